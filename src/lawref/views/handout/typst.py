"""A handout as Typst source, and as PDF through the ``typst`` package (the ``pdf`` extra):
text reaches Typst only as string literals, and any warning from the engine is an error."""

from __future__ import annotations

import re
from typing import Any

from lawref.views.handout.build import Block, Bullets, Document, Heading, Para, Quote, Run, Table
from lawref.views.handout.common import LINE_BREAKS, HandoutError


def _typ(text: str) -> str:
    """A Typst string literal: ``\\`` and ``"`` are escaped inside it, and every kind of line
    break becomes a space (a value in data is one line)."""
    return "#" + _typ_string(text)


def _typ_string(text: str) -> str:
    """A Typst string value for code mode (``set`` arguments), escaped as :func:`_typ`."""
    flat = LINE_BREAKS.sub(" ", text)
    return '"' + flat.replace("\\", "\\\\").replace('"', '\\"') + '"'


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
    """The Typst source of the handout: A4, page numbers, embedded fonts only; the PDF's title
    and subject are the handout's title and subtitle, its language English."""
    out = [
        f"#set document(title: {_typ_string(document.title)}, "
        f"description: {_typ_string(document.subtitle)})",
        '#set page(paper: "a4", margin: (x: 16mm, y: 18mm), numbering: "1 / 1")',
        f'#set text(font: "{FONT}", size: 9.5pt, lang: "en")',
        "#set par(justify: false, leading: 0.55em, spacing: 0.95em)",
        "#show footnote.entry: set text(size: 7.5pt)",
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


_COLUMNS = {5: "1fr, 1.9fr, 1.3fr, 1.1fr, 1.5fr", 4: "1fr, 1fr, 1.5fr, 1.5fr"}
"""Column widths by the number of columns: the summary's five, the derived punishments' four."""


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
        widths = _COLUMNS.get(len(block.header), ", ".join(["1fr"] * len(block.header)))
        return (
            f"#text(size: 8pt)[#table(columns: ({widths}), inset: 4pt, "
            f"table.header({header}), {cells})]"
        )
    if isinstance(block, Quote):
        return f"#quote(block: true, attribution: [{_typ(block.cite)}])[{_typ(block.text)}]"
    if isinstance(block, Bullets):
        return "\n".join(f"- {_typ_runs(item)}" for item in block.items)
    return "#pagebreak()"


_LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"')
_FILE_ACCESS = re.compile(
    r"\b(?:import|include|read|json|csv|yaml|toml|xml|cbor|image|plugin|eval)\b"
)


def compile_typst(typst: Any, source: bytes) -> tuple[object, list[object]]:
    """Compile *source* with an empty folder as Typst's root and as its package folders, so the
    engine can read no file of the user's (``#read``); no timestamp, no system fonts. A source
    that names a function reading files or packages, or ``eval`` (which could build such a
    call from strings), outside its string literals is refused
    before the engine sees it (Typst would try to download a ``@preview`` package): lawref's
    sources never do, and text reaches them only inside literals."""
    import tempfile

    code = _LITERAL.sub('""', source.decode("utf-8"))
    found = _FILE_ACCESS.search(code)
    if found is not None:
        raise HandoutError(f"the Typst source asks for {found.group()!r}: not compiled")

    with tempfile.TemporaryDirectory(prefix="lawref-typst-") as empty:
        result = typst.compile_with_warnings(
            source,
            root=empty,
            package_path=empty,
            package_cache_path=empty,
            timestamp=0,
            ignore_system_fonts=True,
        )
    pdf, warnings = result
    return pdf, list(warnings)


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
        pdf, warnings = compile_typst(typst, source)
    except typst.TypstError as exc:
        raise HandoutError(f"the PDF engine failed: {exc}") from None
    if warnings:
        raise HandoutError("the PDF engine warned: " + "; ".join(str(w) for w in warnings))
    assert isinstance(pdf, bytes)
    return pdf
