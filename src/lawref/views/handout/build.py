"""Trainers' handouts: what the law says about a conduct, what it costs, where it has happened —
as in force on the date of the conduct, every claim sourced.

The content is built once as a small block model (headings, paragraphs, tables, quotations,
lists, footnotes) from the same queries the library answers (lookup, timelines, cases,
judgments, terminology, reporting); :mod:`lawref.views.handout.formats` writes it as Markdown,
HTML or Typst (and PDF). No legal fact is written here: every sentence is data or a query's answer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from lawref.cases.models import Case
from lawref.conduct.models import LookupProvision, LookupResult
from lawref.errors import LawrefError
from lawref.statutes.phrases import (
    citable_copy,
    classification_lines,
    format_date,
    punishment_lines,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.catalog import Catalog

RunKind = Literal["text", "strong", "em", "note"]
Run = tuple[RunKind, str]
OPERATIVE_LIMIT = 700


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading; level 1 starts a conduct's section."""

    level: int
    text: str


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph of runs; ``style`` ``banner`` or ``small`` changes how it looks."""

    runs: tuple[Run, ...]
    style: Literal["", "banner", "small"] = ""


@dataclass(frozen=True, slots=True)
class Table:
    """A table: a header row and rows of cells, each cell a sequence of runs."""

    header: tuple[str, ...]
    rows: tuple[tuple[tuple[Run, ...], ...], ...]


@dataclass(frozen=True, slots=True)
class Quote:
    """Statutory words, verbatim, with where they were read."""

    text: str
    cite: str


@dataclass(frozen=True, slots=True)
class Bullets:
    """A list of items, each a sequence of runs."""

    items: tuple[tuple[Run, ...], ...]


@dataclass(frozen=True, slots=True)
class PageBreak:
    """Start the next conduct on a new page (print formats)."""


Block = Heading | Para | Table | Quote | Bullets | PageBreak


@dataclass(frozen=True, slots=True)
class Document:
    """A whole handout."""

    title: str
    subtitle: str
    contents: bool
    blocks: tuple[Block, ...] = field(default_factory=tuple)


def _text(value: str) -> tuple[Run, ...]:
    return (_plain(value),)


def _plain(value: str) -> Run:
    return "text", value


def _strong(value: str) -> Run:
    return "strong", value


def _classification(catalog: Catalog, entry: LookupProvision) -> str:
    lines = classification_lines(
        entry.classification,
        entry.classification_subsequent,
        catalog.label_any,
        brief=True,
        limbs=entry.classification_limbs,
    )
    if not lines:
        return "not stated in lawref's data"
    if len(lines) == 1:
        return lines[0][1]
    return "; ".join(f"{label}: {words}" for label, words in lines)


def operative_words(text: str, quote: str | None) -> str:
    """The provision's words a handout quotes: the whole text when short, otherwise the clause or
    sentence holding the mapping's quoted words."""
    flat = re.sub(r"\s+", " ", text).strip()
    if len(flat) <= OPERATIVE_LIMIT or not quote:
        return flat
    needle = re.sub(r"\s+", " ", quote).strip()
    at = flat.find(needle)
    if at < 0:
        return flat[:OPERATIVE_LIMIT].rsplit(" ", 1)[0] + " …"
    start = max(flat.rfind(";", 0, at), flat.rfind(".", 0, at), flat.rfind("—", 0, at)) + 1
    stops = [i for i in (flat.find(";", at), flat.find(".", at + len(needle))) if i >= 0]
    end = min(stops) + 1 if stops else len(flat)
    return ("… " if start > 0 else "") + flat[start:end].strip() + (" …" if end < len(flat) else "")


def _penalty_cells(entry: LookupProvision) -> tuple[tuple[Run, ...], tuple[Run, ...]]:
    lines = punishment_lines(entry.penalty, entry.derived_rule, subdivided=entry.subdivided)
    if entry.penalty is not None:
        later = lines[1][1] if len(lines) > 1 else "—"
        return _text(lines[0][1]), _text(later)
    return _text("; ".join(f"{label}: {words}" for label, words in lines)), _text("—")


def _law_table(catalog: Catalog, result: LookupResult) -> Table:
    rows = []
    for entry in result.provisions:
        notes = entry.overlap_flags
        first, later = _penalty_cells(entry)
        condition: tuple[Run, ...] = _text(entry.condition)
        if notes:
            condition += (("em", " (" + "; ".join(notes) + ")"),)
        rows.append(
            (
                (_strong(entry.id), _plain(" — " + entry.heading)),
                condition,
                first,
                later,
                _text(_classification(catalog, entry)),
            )
        )
    return Table(
        (
            "Provision",
            "When it applies",
            "First conviction",
            "Second or subsequent",
            "Classification",
        ),
        tuple(rows),
    )


def _statute_words(catalog: Catalog, result: LookupResult) -> list[Block]:
    blocks: list[Block] = [Heading(2, "The statute's words")]
    for entry in result.provisions:
        version = catalog.at(entry.id, result.as_of).version
        if version is None or not version.text:
            continue
        cite = f"{version.citation} (confidence {version.confidence})"
        blocks.append(Quote(operative_words(version.text, entry.authority.quote), cite))
    return blocks


def _changes(catalog: Catalog, result: LookupResult) -> list[Block]:
    items: list[tuple[Run, ...]] = []
    for entry in result.provisions:
        events = catalog.timeline(entry.id)
        provision = catalog.provision(entry.id)
        if len(events) < 2 and not provision.predecessors and not provision.successors:
            continue
        parts = [
            f"{format_date(event.date)}: {event.event.replace('_', ' ')} ({event.instrument_title})"
            for event in events
        ]
        line = "; ".join(parts) + "."
        if provision.predecessors:
            line += " Replaces " + ", ".join(provision.predecessors) + "."
        if provision.changes:
            line += " " + provision.changes
        items.append((_strong(entry.id + ": "), _plain(line)))
    blocks: list[Block] = []
    if items:
        blocks += [Heading(2, "What changed over time"), Bullets(tuple(items))]
    if result.judgments:
        rows: list[tuple[Run, ...]] = []
        for judgment in result.judgments:
            citation = judgment.citations[0] if judgment.citations else "citation not confirmed"
            held = " ".join(
                (
                    f"(Construing the text in force on "
                    f"{format_date(h.text_as_of or judgment.decided)}, "
                    f"not the text of {format_date(result.as_of)}.) {h.summary}"
                    if f"{judgment.id}#{h.id}" in result.other_text_holdings
                    else h.summary
                )
                for h in judgment.holdings
                if result.conduct in h.conduct
            )
            rows.append(
                (
                    _strong(judgment.title),
                    (
                        "text",
                        f" ({judgment.court}, {format_date(judgment.decided)}; {citation}; "
                        f"{judgment.status.replace('_', ' ')}). {held}",
                    ),
                )
            )
        blocks += [Heading(2, "Judgments that govern the reading"), Bullets(tuple(rows))]
    if result.overlaps:
        blocks += [
            Heading(2, "When several laws reach the same act"),
            Bullets(tuple(_text(text) for text in result.overlaps)),
        ]
    return blocks


def _note(catalog: Catalog, article_id: str, quote: str) -> Run:
    article = catalog.article(article_id)
    named = f"“{article.headline}”" + (f", {article.publisher}" if article.publisher else "")
    label = f"{named} [{article_id}]" if article.headline else f"Report {article_id}"
    when = f", {format_date(article.date_used)}" if article.date_used else ""
    return ("note", f"{label}{when}: “{quote}”")


def _cases(catalog: Catalog, cases: tuple[Case, ...], conduct: str) -> list[Block]:
    if not cases:
        return []
    blocks: list[Block] = [Heading(2, "Where it has happened")]
    for case in cases:
        described = next(c for c in case.conduct if c.conduct == conduct)
        blocks.append(
            Para(
                (
                    _strong(case.title + ". "),
                    _plain(case.summary),
                    _note(catalog, described.citation.article, described.citation.quote),
                )
            )
        )
        items = tuple(
            (
                _plain(
                    f"{fact.kind.replace('_', ' ')}: {fact.value}"
                    + (f" ({fact.period})" if fact.period else "")
                ),
                _note(catalog, fact.citation.article, fact.citation.quote),
            )
            for fact in case.facts
        )
        if items:
            blocks.append(Bullets(items))
    return blocks


def _shared_sections(
    catalog: Catalog, results: list[LookupResult], cases: list[Case]
) -> list[Block]:
    blocks: list[Block] = [PageBreak(), Heading(1, "Terminology")]
    blocks.append(
        Bullets(
            tuple(
                (
                    (
                        "strong",
                        term.term + (f" ({term.abbreviation})" if term.abbreviation else "") + ". ",
                    ),
                    _plain(f"{term.meaning} {term.guidance}"),
                    (
                        "note",
                        f"{term.source.title}"
                        + (f", {term.source.url}" if term.source.url else ""),
                    ),
                )
                for term in catalog.terms
            )
        )
    )
    blocks.append(Heading(1, "How to report"))
    blocks.append(
        Bullets(
            tuple(
                (
                    (
                        "strong",
                        channel.name + (f" — {channel.address}" if channel.address else "") + ". ",
                    ),
                    _plain(channel.what),
                    (
                        "note",
                        channel.source.title
                        + (f", {channel.source.url}" if channel.source.url else ""),
                    ),
                )
                for channel in catalog.reporting
            )
        )
    )
    acts = sorted({entry.id.split("/")[0] for r in results for entry in r.provisions})
    judgments = {j.id: j for r in results for j in r.judgments}
    articles = sorted({c for case in cases for c in case.articles})
    sources: list[tuple[Run, ...]] = []
    for act_id in acts:
        act = catalog.act(act_id)
        copy = citable_copy(act.source)
        sources.append(
            (
                _strong(act.title),
                _plain(f" ({act.citation})" + (f"; read in {copy}." if copy else ".")),
            )
        )
    for judgment in judgments.values():
        sources.append(
            (
                _strong(judgment.title),
                (
                    "text",
                    f", {judgment.court}, {format_date(judgment.decided)}; "
                    + ", ".join(judgment.citations)
                    + ".",
                ),
            )
        )
    for article_id in articles:
        article = catalog.article(article_id)
        described = ", ".join(
            x for x in (article.headline, article.publisher, str(article.date_used or "")) if x
        )
        sources.append((_strong(article_id), _plain(f" {described}".rstrip() + ".")))
    blocks += [Heading(1, "Sources"), Bullets(tuple(sources))]
    blocks.append(
        Para(
            _text(
                f"Law as reviewed on {format_date(catalog.reviewed_on)}. lawref is a reference, "
                "not legal "
                "advice: read the provisions in an authoritative copy before relying on them."
            ),
            "small",
        )
    )
    return blocks


def build(
    catalog: Catalog,
    conducts: list[str],
    as_of: dt.date | None = None,
    *,
    title: str | None = None,
    everything: bool = False,
) -> Document:
    """The handout for *conducts* (ids or words; every conduct with *everything*) on *as_of*."""
    day = catalog.check_date(as_of)
    if everything:
        conducts = [c.id for c in catalog.conducts]
    if not conducts:
        raise LawrefError("name at least one conduct, or ask for all of them")
    from lawref.conduct.lookup import resolve_conduct

    ids = list(dict.fromkeys(resolve_conduct(catalog.lexicon, c)[0] for c in conducts))
    blocks: list[Block] = []
    results: list[LookupResult] = []
    all_cases: list[Case] = []
    for index, conduct_id in enumerate(ids):
        conduct = catalog.conduct(conduct_id)
        result = catalog.lookup(conduct_id, day, proceeding_date=day)
        cases = catalog.cases(conduct=conduct_id)
        results.append(result)
        all_cases.extend(cases)
        if index:
            blocks.append(PageBreak())
        blocks += [
            Heading(1, conduct.label),
            Para(_text(conduct.description)),
            Para(
                _text(
                    f"Law as in force on {format_date(day)} (the date of the conduct); "
                    "classification for a proceeding begun that day. Data reviewed on "
                    f"{format_date(catalog.reviewed_on)}."
                    + "".join(f" {note}" for note in result.extent_notes)
                ),
                "banner",
            ),
            Heading(2, "The law that reaches it"),
            _law_table(catalog, result),
            *_statute_words(catalog, result),
            *_changes(catalog, result),
            *_cases(catalog, cases, conduct_id),
        ]
    blocks += _shared_sections(catalog, results, all_cases)
    labels = ", ".join(catalog.conduct(c).label for c in ids)
    return Document(
        title=title or f"Online child sexual abuse material: {labels}",
        subtitle=f"Indian law as in force on {format_date(day)} · lawref",
        contents=everything,
        blocks=tuple(blocks),
    )
