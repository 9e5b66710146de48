"""A handout as Markdown: markup characters in every piece of text are backslash-escaped, and
notes become Markdown footnotes."""

from __future__ import annotations

import re

from lawref.views.handout.build import Block, Bullets, Document, Heading, Para, Quote, Run, Table
from lawref.views.handout.common import LINE_BREAKS, Notes

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#!|<>~&])")
_MD_LINE_START = re.compile(r"^(\s*)(\d+[.)]|[-+=])")
# Two or more colons may open a MyST colon fence (":::") at the start of a line or list item.
_COLONS = re.compile(r":(?=:)|(?<=:):")


def escape_markdown(text: str) -> str:
    """Text that Markdown shows as written: markup characters backslash-escaped, and list or
    heading markers at the start of a line neutralised."""
    escaped = _MD_SPECIAL.sub(r"\\\1", LINE_BREAKS.sub(" ", text))
    escaped = _COLONS.sub(r"\\:", escaped)
    return _MD_LINE_START.sub(_neutral_marker, escaped)


def _neutral_marker(match: re.Match[str]) -> str:
    """A list or heading marker at the start of a line, escaped so it is text: "1\\." (the
    backslash before the punctuation, which is what Markdown escapes), "\\-"."""
    lead, marker = match.group(1), match.group(2)
    if marker[0].isdigit():
        return lead + marker[:-1] + "\\" + marker[-1]
    return lead + "\\" + marker


def _md_runs(runs: tuple[Run, ...], notes: Notes) -> str:
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
    notes = Notes()
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


def _md_block(block: Block, notes: Notes) -> list[str]:
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
