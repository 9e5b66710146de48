"""A handout as one self-contained HTML page: every piece of text is entity-escaped."""

from __future__ import annotations

import html

from lawref.views.handout.build import Block, Bullets, Document, Heading, Para, Quote, Run, Table
from lawref.views.handout.common import Notes

_CSS = """
body { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; max-width: 46rem;
  margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #111; }
h1 { font-size: 1.6rem; border-bottom: 2px solid #333; padding-bottom: .2rem; }
h2 { font-size: 1.15rem; margin-top: 1.6rem; }
.subtitle { color: #444; font-style: italic; }
.banner { border-left: 5px solid #8a1c1c; background: #f7eded; padding: .5rem .8rem; }
.small { font-size: .85rem; color: #444; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
th, td { border: 1px solid #999; padding: .3rem .4rem; vertical-align: top; text-align: left; }
th { background: #eee; }
blockquote { margin: .6rem 0; padding: .4rem .8rem; border-left: 3px solid #999; }
blockquote footer { font-size: .8rem; color: #444; margin-top: .3rem; }
ol.notes { font-size: .8rem; }
@media print {
  body { max-width: none; margin: 0; }
  .break { page-break-before: always; }
  a { color: inherit; text-decoration: none; }
  @page { size: A4; margin: 18mm 16mm; }
}
"""


def _html_runs(runs: tuple[Run, ...], notes: Notes) -> str:
    out = []
    for kind, text in runs:
        if kind == "note":
            n = notes.add(text)
            out.append(f'<sup><a href="#note-{n}" id="ref-{n}">{n}</a></sup>')
        elif kind == "strong":
            out.append(f"<strong>{html.escape(text)}</strong>")
        elif kind == "em":
            out.append(f"<em>{html.escape(text)}</em>")
        else:
            out.append(html.escape(text))
    return "".join(out)


def to_html(document: Document) -> str:
    """One self-contained HTML file with print CSS (A4) and numbered footnotes."""
    notes = Notes()
    body = [
        f"<h1>{html.escape(document.title)}</h1>",
        f'<p class="subtitle">{html.escape(document.subtitle)}</p>',
    ]
    for block in document.blocks:
        body.append(_html_block(block, notes))
    if notes.items:
        body.append('<h2>Notes</h2><ol class="notes">')
        body += [
            f'<li id="note-{n}">{html.escape(text)} <a href="#ref-{n}">↩</a></li>'
            for n, text in enumerate(notes.items, 1)
        ]
        body.append("</ol>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(document.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _html_block(block: Block, notes: Notes) -> str:
    if isinstance(block, Heading):
        level = block.level
        return f"<h{level}>{html.escape(block.text)}</h{level}>"
    if isinstance(block, Para):
        style = f' class="{block.style}"' if block.style else ""
        return f"<p{style}>{_html_runs(block.runs, notes)}</p>"
    if isinstance(block, Table):
        head = "".join(f"<th>{html.escape(h)}</th>" for h in block.header)
        rows = "".join(
            "<tr>" + "".join(f"<td>{_html_runs(cell, notes)}</td>" for cell in row) + "</tr>"
            for row in block.rows
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    if isinstance(block, Quote):
        return (
            f"<blockquote><p>{html.escape(block.text)}</p>"
            f"<footer>{html.escape(block.cite)}</footer></blockquote>"
        )
    if isinstance(block, Bullets):
        items = "".join(f"<li>{_html_runs(item, notes)}</li>" for item in block.items)
        return f"<ul>{items}</ul>"
    return '<div class="break"></div>'
