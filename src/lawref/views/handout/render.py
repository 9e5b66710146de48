"""Rendering a handout as Markdown, HTML or PDF (through Typst).

Every piece of text from the data or from the user (``--title``) goes through the format's
escaping: Markdown punctuation is backslash-escaped, HTML is entity-escaped, and Typst receives
text only as string literals (``#"…"``), so nothing can become markup or code. Output is
deterministic: no timestamps (Typst is given ``timestamp=0``).
"""

from __future__ import annotations

import html
import re

from lawref.errors import LawrefError
from lawref.views.handout.build import Block, Bullets, Document, Heading, Para, Quote, Run, Table

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#!|<>~&])")
_MD_LINE_START = re.compile(r"^(\s*)(\d+[.)]|[-+=])")


class HandoutError(LawrefError):
    """The PDF engine is missing or reported a problem (a missing font fails the handout)."""


def escape_markdown(text: str) -> str:
    """Text that Markdown shows as written: markup characters backslash-escaped, and list or
    heading markers at the start of a line neutralised."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " "))
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


class _Notes:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, text: str) -> int:
        self.items.append(text)
        return len(self.items)


def _md_runs(runs: tuple[Run, ...], notes: _Notes) -> str:
    out = []
    for kind, text in runs:
        if kind == "note":
            out.append(f"[^{notes.add(text)}]")
        elif kind == "strong":
            out.append(
                f"**{escape_markdown(text.strip())}** "
                if text.endswith(" ")
                else f"**{escape_markdown(text)}**"
            )
        elif kind == "em":
            lead = " " if text.startswith(" ") else ""
            out.append(f"{lead}*{escape_markdown(text.strip())}*")
        else:
            out.append(escape_markdown(text))
    return "".join(out)


def to_markdown(document: Document) -> str:
    """Markdown with footnotes (``[^n]``), for wikis and learning platforms."""
    notes = _Notes()
    out = [
        f"# {escape_markdown(document.title)}",
        "",
        f"*{escape_markdown(document.subtitle)}*",
        "",
    ]
    for block in document.blocks:
        out += _md_block(block, notes)
    if notes.items:
        out += ["", "---", ""]
        out += [f"[^{n}]: {escape_markdown(text)}" for n, text in enumerate(notes.items, 1)]
    return "\n".join(out).rstrip() + "\n"


def _md_block(block: Block, notes: _Notes) -> list[str]:
    if isinstance(block, Heading):
        return ["#" * (block.level + 1) + " " + escape_markdown(block.text), ""]
    if isinstance(block, Para):
        text = _md_runs(block.runs, notes)
        return [f"> **{text}**" if block.style == "banner" else text, ""]
    if isinstance(block, Table):
        rows = ["| " + " | ".join(escape_markdown(h) for h in block.header) + " |"]
        rows.append("|" + "---|" * len(block.header))
        rows += [
            "| " + " | ".join(_md_runs(cell, notes) for cell in row) + " |" for row in block.rows
        ]
        return [*rows, ""]
    if isinstance(block, Quote):
        return [f"> {escape_markdown(block.text)}", ">", f"> — {escape_markdown(block.cite)}", ""]
    if isinstance(block, Bullets):
        return [f"- {_md_runs(item, notes)}" for item in block.items] + [""]
    return ["---", ""]


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


def _html_runs(runs: tuple[Run, ...], notes: _Notes) -> str:
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
    notes = _Notes()
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


def _html_block(block: Block, notes: _Notes) -> str:
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


def _typ(text: str) -> str:
    """A Typst string literal: only ``\\`` and ``"`` need escaping inside it."""
    return '#"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _typ_runs(runs: tuple[Run, ...]) -> str:
    out = []
    for kind, text in runs:
        if kind == "note":
            out.append(f"#footnote[{_typ(text)}]")
        elif kind == "strong":
            out.append(f"#strong[{_typ(text)}]")
        elif kind == "em":
            out.append(f"#emph[{_typ(text)}]")
        else:
            out.append(_typ(text))
    return "".join(out)


FONT = "Libertinus Serif"


def to_typst(document: Document) -> str:
    """The Typst source of the handout: A4, page numbers, embedded fonts only."""
    out = [
        '#set page(paper: "a4", margin: (x: 16mm, y: 18mm), numbering: "1 / 1")',
        f'#set text(font: "{FONT}", size: 10pt, lang: "en")',
        "#set par(justify: false)",
        "#set table(stroke: 0.5pt + luma(120), inset: 4pt)",
        "#show heading.where(level: 1): set text(size: 15pt)",
        "#show heading.where(level: 2): set text(size: 11.5pt)",
        f'#text(size: 17pt, weight: "bold")[{_typ(document.title)}]',
        "",
        f"#emph[{_typ(document.subtitle)}]",
        "",
    ]
    if document.contents:
        out += ["#outline(depth: 1)", "#pagebreak()", ""]
    for block in document.blocks:
        out.append(_typ_block(block))
        out.append("")
    return "\n".join(out)


def _typ_block(block: Block) -> str:
    if isinstance(block, Heading):
        return "=" * block.level + " " + _typ(block.text)
    if isinstance(block, Para):
        if block.style == "banner":
            return (
                '#block(fill: rgb("#f7eded"), stroke: (left: 3pt + rgb("#8a1c1c")), '
                f"inset: 6pt, width: 100%)[#strong[{_typ_runs(block.runs)}]]"
            )
        if block.style == "small":
            return f"#text(size: 8.5pt)[{_typ_runs(block.runs)}]"
        return _typ_runs(block.runs)
    if isinstance(block, Table):
        header = ", ".join(f"[#strong[{_typ(h)}]]" for h in block.header)
        cells = ", ".join(f"[{_typ_runs(cell)}]" for row in block.rows for cell in row)
        return (
            "#text(size: 8.5pt)[#table(columns: (1.3fr, 1.6fr, 1.3fr, 1.1fr, 1.2fr), "
            f"table.header({header}), {cells})]"
        )
    if isinstance(block, Quote):
        return f"#quote(block: true, attribution: [{_typ(block.cite)}])[{_typ(block.text)}]"
    if isinstance(block, Bullets):
        return "\n".join(f"- {_typ_runs(item)}" for item in block.items)
    return "#pagebreak()"


def to_pdf(document: Document) -> bytes:
    """The handout as PDF through the ``typst`` package (the ``pdf`` extra). Any warning from the
    engine (a missing font, for one) is an error: a handout is not printed half-right."""
    try:
        import typst
    except ImportError:
        raise HandoutError(
            "PDF needs the typst package: pip install 'lawref[pdf]' (or use --format html/md)"
        ) from None
    source = to_typst(document).encode("utf-8")
    try:
        pdf, warnings = typst.compile_with_warnings(source, timestamp=0, ignore_system_fonts=True)
    except typst.TypstError as exc:
        raise HandoutError(f"the PDF engine failed: {exc}") from None
    if warnings:
        raise HandoutError("the PDF engine warned: " + "; ".join(str(w) for w in warnings))
    assert isinstance(pdf, bytes)
    return pdf
