"""The handout formats, one module each, behind one registry: ``md`` (Markdown), ``html``,
``typ`` (Typst source), ``pdf`` and ``docx`` (Word). An unknown format is an error, never a
silent default."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from lawref.views.handout.build import Detail, Document, build
from lawref.views.handout.common import HandoutError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.catalog import Catalog

Writer = Callable[[Document], "str | bytes"]
"""A format's writer: the document in, its text (or PDF or DOCX bytes) out."""


def _markdown(document: Document) -> str | bytes:
    from lawref.views.handout.markdown import to_markdown

    return to_markdown(document)


def _html(document: Document) -> str | bytes:
    from lawref.views.handout.html import to_html

    return to_html(document)


def _typst(document: Document) -> str | bytes:
    from lawref.views.handout.typst import to_typst

    return to_typst(document)


def _pdf(document: Document) -> str | bytes:
    from lawref.views.handout.typst import to_pdf

    return to_pdf(document)


def _docx(document: Document) -> str | bytes:
    from lawref.views.handout.docx import to_docx

    return to_docx(document)


FORMATS: dict[str, Writer] = {
    "md": _markdown,
    "html": _html,
    "typ": _typst,
    "pdf": _pdf,
    "docx": _docx,
}
"""Each format's name → its writer (imported only when that format is asked for)."""


def write(document: Document, format: str) -> str | bytes:
    """*document* in *format*; raises ``HandoutError`` naming the formats there are."""
    writer = FORMATS.get(format)
    if writer is None:
        raise HandoutError(
            f"no handout format {format!r}: choose one of {', '.join(sorted(FORMATS))}"
        )
    return writer(document)


def make(
    catalog: Catalog,
    conducts: list[str],
    as_of: dt.date | None = None,
    *,
    format: str = "md",
    title: str | None = None,
    everything: bool = False,
    detail: Detail = "standard",
    state: str | None = None,
) -> str | bytes:
    """A trainers' handout for *conducts* (ids or words; all with *everything*) as in force
    on *as_of*, from *catalog*, in *format* (see :data:`FORMATS`), printing as much as *detail*
    says (``standard``: a summary page and at most three pages per conduct; ``full``: all), its
    cases from *state* where it has any."""
    document = build(
        catalog,
        conducts,
        as_of,
        title=title,
        everything=everything,
        detail=detail,
        state=state,
    )
    return write(document, format)
