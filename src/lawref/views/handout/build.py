"""Trainers' handouts: what the law says about a conduct, what it costs, where it has happened —
as in force on the date of the conduct, every claim sourced.

Page one is the summary a trainer photocopies: for each conduct, the sections as people cite
them, the punishment for a first and a later conviction, the classification, the condition, and
what changed and when. Each conduct's pages follow (the statute's words with their legal
citations, punishments that depend on the offence computed for the offences in the handout,
judgments, overlaps, cases as prose), then the words to use, how to report, and the sources.

The content is built once as a small block model (headings, paragraphs, tables, quotations,
lists, footnotes) from the same queries the library answers (lookup, law changes, timelines,
cases, judgments, terminology, reporting); :mod:`lawref.views.handout.formats` writes it as
Markdown, HTML or Typst (and PDF). No legal fact is written here: every sentence is data or a
query's answer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from lawref.cases.models import Case, FactKind
from lawref.conduct.history import LawChange, law_changes
from lawref.conduct.models import LookupProvision, LookupResult
from lawref.errors import LawrefError
from lawref.statistics.models import Figure
from lawref.statutes.phrases import (
    FIRST_TIER_HEADING,
    citable_copy,
    cite_ids,
    cite_overlap,
    classification_summary,
    format_change,
    format_date,
    punishment_lines,
)
from lawref.views.reports import case_when, counted_facts, report_name

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.catalog import Catalog

RunKind = Literal["text", "strong", "em", "note"]
Run = tuple[RunKind, str]
OPERATIVE_LIMIT = 700
_CLAUSE = re.compile(r"(?<=[\s—])\((?:[a-z]{1,4}|[0-9]+[A-Z]?)\) ")


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
    as_of: dt.date | None = None
    """The date of the conduct the handout states the law for (formats that record a date,
    such as DOCX's core properties, use it, never the clock)."""


def _text(value: str) -> tuple[Run, ...]:
    return (_plain(value),)


def _plain(value: str) -> Run:
    return "text", value


def _note_run(value: str) -> Run:
    return "note", value


def _strong(value: str) -> Run:
    return "strong", value


Detail = Literal["standard", "full"]
"""How much a handout prints: ``standard`` (a summary page, then at most three pages per
conduct) or ``full`` (every word lawref holds: whole statute texts, every holding, every case)."""

DETAILS: tuple[Detail, ...] = ("standard", "full")
STANDARD_CASES = 2
"""Cases a standard handout tells per conduct (the most recent); the rest are counted."""
STANDARD_FACTS = 5
"""Figures a standard handout gives per case besides those the reports disagree on."""
STANDARD_REPORTS = 3
"""Reports a standard handout names per case; the rest are counted."""
STANDARD_CHANNELS = 3
"""Reporting channels whose steps a standard handout tells; the rest are named."""
STANDARD_STEPS = 3
"""Steps per reporting channel a standard handout tells; the rest are counted."""


def _label(catalog: Catalog, text: str) -> str:
    return cite_ids(text, catalog.label_any)


def _first_sentence(text: str) -> str:
    """The first sentence of a summary (to the first full stop followed by a capital)."""
    match = re.search(r"(?:(?<=[a-z]{3})|(?<=\)))\.\s+(?=[A-Z(“])", text)
    return text[: match.start() + 1] if match else text


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
    if end - start > OPERATIVE_LIMIT:
        # one long sentence of lettered clauses (IPC s.292): the clause holding the words
        markers = [m.start() for m in _CLAUSE.finditer(flat)]
        start = max([start, *(m for m in markers if m <= at)])
        end = min([end, *(m for m in markers if m > at + len(needle))])
    return ("… " if start > 0 else "") + flat[start:end].strip() + (" …" if end < len(flat) else "")


def _penalty_cells(entry: LookupProvision) -> tuple[tuple[Run, ...], tuple[Run, ...]]:
    lines = punishment_lines(
        entry.penalty,
        entry.derived_rule,
        subdivided=entry.subdivided,
    )
    if entry.penalty is not None and entry.penalty.limbs:
        # a penalty graded by its cases, not by convictions: every limb in the first column,
        # after the statute's words for its cases (IPC s.506)
        return _text("; ".join(f"{label}: {words}" for label, words in lines)), _text("—")
    if entry.penalty is not None:
        if entry.penalty.subsequent_on == "conviction":
            later = lines[1][1] if len(lines) > 1 else "—"
            return _text(lines[0][1]), _text(later)
        # the columns name convictions; a statute that counts offences says so in the cell
        # (POCSO s.15(1) from 2019: "in the event of second or subsequent offence")
        cells = [f"{words} ({label})" for label, words in lines]
        return _text(cells[0]), _text(cells[1] if len(cells) > 1 else "—")
    return _text("; ".join(f"{label}: {words}" for label, words in lines)), _text("—")


def _summary_table(catalog: Catalog, result: LookupResult) -> Table:
    rows = []
    for entry in result.provisions:
        first, later = _penalty_cells(entry)
        condition: tuple[Run, ...] = _text(entry.condition)
        if entry.overlap_flags:
            flags = "; ".join(_label(catalog, flag) for flag in entry.overlap_flags)
            condition += (("em", f" ({flags})"),)
        classification = classification_summary(
            entry.classification,
            entry.classification_subsequent,
            entry.classification_limbs,
            entry.penalty.first_limb if entry.penalty else None,
        )
        rows.append(
            (
                (_strong(catalog.label(entry.id)),),
                condition,
                first,
                later,
                _text(classification),
            )
        )
    return Table(
        (
            "Section",
            "When it applies",
            FIRST_TIER_HEADING,
            "Second or subsequent",
            "Classification",
        ),
        tuple(rows),
    )


def _change_items(
    catalog: Catalog, changes: tuple[LawChange, ...], day: dt.date
) -> tuple[tuple[Run, ...], ...]:
    items = []
    for change in changes:
        line = format_change(
            change.date,
            change.instruments,
            [catalog.label(p) for p in change.removed],
            [catalog.label(p) for p in change.added],
            [catalog.label(p) for p in change.punishment_changed],
        )
        after = change.date > day
        items.append(
            (_plain(line), ("em", " After the date of the conduct.")) if after else _text(line)
        )
    return tuple(items)


def _summary(
    catalog: Catalog, result: LookupResult, changes: tuple[LawChange, ...], day: dt.date
) -> list[Block]:
    blocks: list[Block] = [Heading(2, result.label), _summary_table(catalog, result)]
    if changes:
        blocks += [
            Para((_strong("What changed and when"),)),
            Bullets(_change_items(catalog, changes, day)),
        ]
    return blocks


def _statute_words(catalog: Catalog, result: LookupResult, detail: Detail) -> list[Block]:
    blocks: list[Block] = [Heading(2, "The statute's words")]
    for entry in result.provisions:
        version = catalog.at(entry.id, result.as_of).version
        blocks.append(Para((_strong(f"{catalog.label(entry.id)} — {entry.heading}"),)))
        if version is None or not version.text:
            blocks.append(Para(_text("lawref does not hold the words of this text."), "small"))
            continue
        copy = citable_copy(version.source) if detail == "full" else None
        cite = version.citation + (f"; read in {copy}" if copy else "")
        cite += f" (confidence {version.confidence})"
        words = (
            re.sub(r"\s+", " ", version.text).strip()
            if detail == "full"
            else operative_words(version.text, entry.authority.quote)
        )
        blocks.append(Quote(words, cite))
    return blocks


def _derived(
    catalog: Catalog, result: LookupResult, offences: list[str], detail: Detail
) -> list[Block]:
    """Punishments defined by another offence's, computed for the offences in the handout."""
    rules = [e for e in result.provisions if e.derived_rule is not None]
    if not rules:
        return []
    rows = []
    unmatched: list[tuple[Run, ...]] = []
    for entry in rules:
        found = False
        for offence in offences:
            try:
                derived = catalog.derived_penalty(entry.id, offence, result.as_of)
            except LawrefError:
                continue
            found = True
            lines = punishment_lines(derived.penalty, None)
            offence_cell: tuple[Run, ...] = _text(catalog.label(offence))
            if derived.limb and detail == "full":
                offence_cell += (("em", f" (the limb “{derived.limb}”)"),)
            if derived.notes:
                # the limb rests on lawref's reading of a term with no stated maximum
                offence_cell += (
                    (
                        "em",
                        " (its term has a minimum and no stated maximum, read "
                        "as reaching this limb)",
                    ),
                )
            rows.append(
                (
                    (_strong(catalog.label(entry.id)),),
                    offence_cell,
                    _text(lines[0][1]),
                    _text(lines[1][1] if len(lines) > 1 else "—"),
                )
            )
        if not found:
            limbs = punishment_lines(None, entry.derived_rule)
            unmatched.append(
                (
                    _strong(catalog.label(entry.id) + ": "),
                    _plain("; ".join(f"{when}: {words}" for when, words in limbs) + "."),
                )
            )
    blocks: list[Block] = [Heading(2, "Punishments that depend on the offence")]
    if rows:
        blocks.append(
            Table(
                ("Section", "For the offence", FIRST_TIER_HEADING, "Second or subsequent"),
                tuple(rows),
            )
        )
    if unmatched:
        blocks.append(Bullets(tuple(unmatched)))
    return blocks


def _judgments(catalog: Catalog, result: LookupResult, detail: Detail) -> list[Block]:
    if not result.judgments:
        return []
    rows: list[tuple[Run, ...]] = []
    for judgment in result.judgments:
        citation = judgment.citations[0] if judgment.citations else "citation not confirmed"
        held = []
        for holding in judgment.holdings:
            if result.conduct not in holding.conduct:
                continue
            summary = holding.summary if detail == "full" else _first_sentence(holding.summary)
            if f"{judgment.id}#{holding.id}" in result.other_text_holdings:
                construed = format_date(holding.text_as_of or judgment.decided)
                summary = (
                    f"(Construing the text in force on {construed}, not the text of "
                    f"{format_date(result.as_of)}.) {summary}"
                )
            held.append(summary)
        rows.append(
            (
                _strong(judgment.title),
                _plain(
                    f" ({judgment.court}, {format_date(judgment.decided)}; {citation}; "
                    f"{judgment.status.replace('_', ' ')}). " + " ".join(held)
                ),
            )
        )
    return [Heading(2, "Judgments that govern the reading"), Bullets(tuple(rows))]


def _overlaps(catalog: Catalog, result: LookupResult) -> list[Block]:
    if not result.overlaps:
        return []
    items = tuple(_text(cite_overlap(text, catalog.label_any)) for text in result.overlaps)
    return [Heading(2, "When several laws reach the same act"), Bullets(items)]


def _changes_in_full(catalog: Catalog, result: LookupResult) -> list[Block]:
    """Every version's legal citation and the data's notes on what changed (``--detail full``)."""
    items: list[tuple[Run, ...]] = []
    for entry in result.provisions:
        provision = catalog.provision(entry.id)
        events = catalog.timeline(entry.id)
        parts = [
            f"{format_date(event.date)}: {event.event.replace('_', ' ')} ({event.instrument_title})"
            for event in events
        ]
        line = "; ".join(parts) + "."
        if provision.predecessors:
            line += " Follows " + ", ".join(map(catalog.label_any, provision.predecessors)) + "."
        if provision.changes:
            line += " " + provision.changes
        items.append((_strong(catalog.label(entry.id) + ": "), _plain(line)))
    return [Heading(2, "The history of each section"), Bullets(tuple(items))] if items else []


def _note(catalog: Catalog, article_id: str, quote: str) -> Run:
    name = report_name(catalog.article(article_id))
    return ("note", f"{name[0].upper()}{name[1:]}: “{quote}”")


def _case_blocks(
    catalog: Catalog, case: Case, conduct: str, conflicts: set[FactKind], detail: Detail
) -> list[Block]:
    """One case as prose: where and when, what was done, what the reports count (saying where
    they disagree, with each report's words), which law they name, and which reports tell it.
    A standard handout quotes the reports for what was done and where they disagree; ``full``
    quotes them for every figure."""
    described = next(c for c in case.conduct if c.conduct == conduct)
    places = ", ".join(dict.fromkeys(p.value for p in case.places))
    where = f"{places}, {case_when(case)}. " if places else f"{case_when(case)}. "
    runs: list[Run] = [
        _strong(case.title + ". "),
        _plain(where + case.summary),
        _note(catalog, described.citation.article, described.citation.quote),
    ]
    counted: list[list[Run]] = []
    plain_count = 0
    for words, disputed, facts in counted_facts(case, conflicts):
        notes = list(dict.fromkeys((f.citation.article, f.citation.quote) for f in facts))
        if not (disputed or detail == "full"):
            notes = []
        counted.append([_plain(words), *(_note(catalog, a, q) for a, q in notes)])
        if detail == "standard" and not disputed:
            plain_count += 1
            if plain_count > STANDARD_FACTS:
                counted.pop()
    if counted:
        runs.append(_plain(" The reports give: "))
        for index, part in enumerate(counted):
            runs += part
            runs.append(_plain("; " if index < len(counted) - 1 else "."))
    named = list(
        dict.fromkeys(
            catalog.label_any(p.provision)
            if p.provision
            else f"the {catalog.act(p.act or '').short_title}"
            for p in case.provisions
        )
    )
    if named:
        runs.append(_plain(" Law the reports name: " + ", ".join(named) + "."))
    told = case.articles if detail == "full" else case.articles[:STANDARD_REPORTS]
    reports = "; ".join(report_name(catalog.article(a)) for a in told)
    more = len(case.articles) - len(told)
    if more:
        reports += f"; and {more} more {'report' if more == 1 else 'reports'}"
    runs.append(_plain(f" Reported in: {reports}."))
    return [Para(tuple(runs))]


def _chosen_cases(
    catalog: Catalog, conduct: str, detail: Detail, state: str | None, day: dt.date
) -> tuple[list[Case], int, str]:
    """The cases a handout tells for *conduct*: those of *state* (and national operations that
    name it) when given and there are any; of those, the ones dated on or before the handout's
    *day* when there are any (a handout on the law of 2021 does not lead with a case of 2026
    charged under the BNS), most recent first; all of them with ``full``, else
    :data:`STANDARD_CASES`. Also how many more there are, and a line saying where or when they
    are from when they are not what was asked."""
    everywhere = catalog.cases(conduct=conduct)
    local = catalog.cases(conduct=conduct, state=state) if state else everywhere
    pool: list[Case] = list(local or everywhere)
    lead = ""
    if state and not local and everywhere:
        lead = f"No case from {state} in lawref's casebook yet; cases from elsewhere in India."
    earlier = [case for case in pool if case.date <= day]
    if earlier:
        pool = earlier
    elif pool:
        lead = (lead + " " if lead else "") + (
            f"No case dated on or before {format_date(day)} in lawref's casebook; these came "
            "later, under the law then in force."
        )
    ordered = sorted(pool, key=lambda c: (c.date, c.id), reverse=True)
    shown = ordered if detail == "full" else ordered[:STANDARD_CASES]
    return shown, len(ordered) - len(shown), lead


def _cases(
    catalog: Catalog, shown: list[Case], rest: int, lead: str, conduct: str, detail: Detail
) -> list[Block]:
    if not shown:
        return []
    disputed = {(c.case, c.kind) for c in catalog.conflicts()}
    blocks: list[Block] = [Heading(2, "Where it has happened")]
    if lead:
        blocks.append(Para(_text(lead), "small"))
    for case in shown:
        kinds = {kind for case_id, kind in disputed if case_id == case.id}
        blocks += _case_blocks(catalog, case, conduct, kinds, detail)
    if rest:
        blocks.append(
            Para(
                _text(
                    f"{rest} more {'case' if rest == 1 else 'cases'} of this conduct "
                    "in lawref's casebook."
                ),
                "small",
            )
        )
    return blocks


def _sources(
    catalog: Catalog,
    results: list[LookupResult],
    cases: list[Case],
    extra: list[tuple[Run, ...]],
    *,
    full: bool,
) -> list[Block]:
    acts = sorted({entry.id.split("/")[0] for r in results for entry in r.provisions})
    # a standard handout cites each judgment once, where it is told
    judgments = {j.id: j for r in results for j in r.judgments} if full else {}
    limit = None if full else STANDARD_REPORTS
    articles = sorted({a for case in cases for a in case.articles[:limit]})
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
                _plain(
                    f", {judgment.court}, {format_date(judgment.decided)}; "
                    + ", ".join(judgment.citations)
                    + "."
                ),
            )
        )
    for article_id in articles:
        name = report_name(catalog.article(article_id))
        sources.append(_text(f"{name[0].upper()}{name[1:]}."))
    return [Heading(1, "Sources"), Bullets(tuple(sources + extra))]


def _state_numbers(catalog: Catalog, state: str) -> list[Block]:
    """The official figures for *state*, each with its publication (issue #16: "your State in
    numbers"); nothing when lawref holds none."""
    from lawref.views.figures import measure_words, period_words, source_words, value_words

    rows = []
    for group in catalog.figures(state=state):
        same: dict[tuple[str, str, float], list[Figure]] = {}
        for figure in group.figures:
            same.setdefault((figure.period, figure.measure, figure.value), []).append(figure)
        for figures in same.values():
            first = figures[0]
            told: list[Run] = []
            for figure in figures:
                source = catalog.statistics.sources[figure.source]
                told += [
                    _plain(("; " if told else "") + source_words(source)),
                    _note_run(f"“{figure.quote}” {source.url}"),
                ]
            rows.append(
                (
                    _text(period_words(first)),
                    _text(f"{measure_words(first)}: {value_words(first)}"),
                    _text(group.head.label),
                    tuple(told),
                )
            )
    if not rows:
        return []
    return [
        Heading(1, f"{state} in numbers"),
        Para(
            _text(
                "Official figures as their publishers label them: a statistical head is not a "
                "section of any Act."
            ),
            "small",
        ),
        Table(("Period", "Figure", "Head", "Publication"), tuple(rows)),
    ]


def _short_name(publisher: str) -> str:
    """A publisher by the abbreviation it gives itself ("… Children (ICMEC)" → "ICMEC")."""
    found = re.search(r"\(([A-Z]{2,})\)\s*\Z", publisher)
    return found[1] if found else publisher


def _benchmark(catalog: Catalog, day: dt.date) -> list[Block]:
    """India against each international benchmark on *day*, as lawref reads the law."""
    blocks: list[Block] = []
    for standard in catalog.standards:
        standing = catalog.standard(standard.benchmark.id, day)
        bench = standing.benchmark
        items = []
        for row in standing.criteria:
            reading = row.reading
            verdict = (
                f"{reading.verdict}, since {format_date(reading.valid_from)}: {reading.explanation}"
                if reading
                else "no reading: no provision lawref holds bears on it"
            )
            items.append(
                (
                    _strong(f"{row.criterion.number}. “{row.criterion.words}” "),
                    _plain(f"lawref's reading: {verdict}"),
                )
            )
        blocks += [
            Heading(1, f"India against {_short_name(bench.publisher)}'s criteria"),
            Para(
                _text(
                    f"{bench.title} ({bench.edition}, {format_date(bench.published)}): "
                    f"“{bench.lead_in}” Each verdict is lawref's reading of the law in force on "
                    f"{format_date(day)}, not a rating by the benchmark's publisher."
                ),
                "small",
            ),
            Bullets(tuple(items)),
        ]
    return blocks


def _how_to_report(catalog: Catalog, day: dt.date) -> list[Block]:
    """Every reporting channel that existed on *day*, what it is for, with its source."""
    blocks: list[Block] = []
    blocks.append(Heading(1, "How to report"))
    blocks.append(
        Bullets(
            tuple(
                (
                    _strong(
                        channel.name + (f" — {channel.address}" if channel.address else "") + ". "
                    ),
                    _plain(channel.what),
                    (
                        "note",
                        channel.source.title
                        + (f", {channel.source.url}" if channel.source.url else ""),
                    ),
                )
                for channel in catalog.reporting_on(day)
            )
        )
    )
    return blocks


def _after_report(catalog: Catalog, day: dt.date, detail: Detail) -> list[Block]:
    """What happens after a report, as it stood on *day*: each channel's steps in order, every
    step with its source's words in a note (a standard handout gives the dated steps' sources
    only)."""
    steps = catalog.after_report(day)
    if not steps:
        return []
    names = {c.id: c.name for c in catalog.reporting}
    items: list[tuple[Run, ...]] = []
    channels = list(dict.fromkeys(step.channel for step in steps))
    if detail == "standard" and len(channels) > STANDARD_CHANNELS:
        rest = channels[STANDARD_CHANNELS:]
        channels = channels[:STANDARD_CHANNELS]
    else:
        rest = []
    for channel in channels:
        runs: list[Run] = [_strong(names.get(channel, channel) + ". ")]
        own = [s for s in steps if s.channel == channel]
        told = own if detail == "full" else own[:STANDARD_STEPS]
        for number, step in enumerate(told, start=1):
            since = f" (from {format_date(step.valid_from)})" if step.valid_from else ""
            runs.append(_plain(f"{number}. {step.what}{since}"))
            if detail == "full" or step.valid_from is not None:
                runs.append(
                    _note_run(f"{step.source.title}: “{step.quote}” {step.source.url or ''}")
                )
            runs.append(_plain(" "))
        if len(told) < len(own):
            runs.append(_plain(f"({len(own) - len(told)} more in a full handout.)"))
        items.append(tuple(runs))
    if rest:
        also = "; ".join(names.get(channel, channel) for channel in rest)
        items.append((_strong("Also: "), _plain(f"{also}.")))
    title = "What happens after a report" if detail == "full" else "How to report, and what then"
    return [Heading(1, title), Bullets(tuple(items))]


def _shared_sections(
    catalog: Catalog,
    results: list[LookupResult],
    cases: list[Case],
    detail: Detail,
    day: dt.date,
) -> list[Block]:
    blocks: list[Block] = [Heading(1, "Words to use" if detail == "standard" else "Terminology")]
    blocks.append(
        Bullets(
            tuple(
                (
                    _strong(
                        term.term + (f" ({term.abbreviation})" if term.abbreviation else "") + ". "
                    ),
                    _plain(
                        f"{term.meaning} {term.guidance}"
                        if detail == "full"
                        else _first_sentence(term.guidance)
                    ),
                    *(
                        [
                            _note_run(
                                f"{term.source.title}"
                                + (f", {term.source.url}" if term.source.url else "")
                            )
                        ]
                        if detail == "full"
                        else []
                    ),
                )
                for term in catalog.terms
            )
        )
    )
    if detail == "standard":
        blocks += _after_report(catalog, day, detail)
    else:
        blocks += _how_to_report(catalog, day) + _after_report(catalog, day, detail)
    extra: list[tuple[Run, ...]] = []
    if detail == "standard":
        read = "; ".join(dict.fromkeys(term.source.title for term in catalog.terms))
        extra.append((_strong("Words to use: "), _plain(f"{read}.")))
    blocks += _sources(catalog, results, cases, extra, full=detail == "full")
    blocks.append(
        Para(
            _text(
                f"Law as reviewed on {format_date(catalog.reviewed_on)}. lawref is a reference, "
                "not legal advice: read the provisions in an authoritative copy before relying "
                "on them."
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
    detail: Detail = "standard",
    state: str | None = None,
) -> Document:
    """The handout for *conducts* (ids or words; every conduct with *everything*) on *as_of*,
    printing as much as *detail* says (:data:`Detail`), its cases from *state* where it has
    any (a State or Union territory)."""
    day = catalog.check_date(as_of)
    if state is not None:
        from lawref.cases.casebook import resolve_state

        state = resolve_state(state)
    if detail not in DETAILS:
        raise LawrefError(f"no handout detail {detail!r}: choose one of {', '.join(DETAILS)}")
    if everything:
        conducts = [c.id for c in catalog.conducts]
    if not conducts:
        raise LawrefError("name at least one conduct, or ask for all of them")
    from lawref.conduct.lookup import resolve_conduct

    ids = list(dict.fromkeys(resolve_conduct(catalog.lexicon, c)[0] for c in conducts))
    results = [catalog.lookup(conduct_id, day, proceeding_date=day) for conduct_id in ids]
    until = max(catalog.reviewed_on, day)
    history = [
        law_changes(catalog.statutes, catalog.conduct_book, conduct_id, until) for conduct_id in ids
    ]
    blocks: list[Block] = [
        Heading(1, "Summary"),
        Para(
            _text(
                f"Law as in force on {format_date(day)} (the date of the conduct); "
                "classification for a proceeding begun that day. Data reviewed on "
                f"{format_date(catalog.reviewed_on)}."
                + "".join(f" {note}" for r in results for note in dict.fromkeys(r.extent_notes))
            ),
            "banner",
        ),
    ]
    for result, changes in zip(results, history, strict=True):
        blocks += _summary(catalog, result, changes, day)
    all_offences = [e.id for r in results for e in r.provisions if e.penalty is not None]
    all_cases: list[Case] = []
    for conduct_id, result in zip(ids, results, strict=True):
        conduct = catalog.conduct(conduct_id)
        shown, rest, lead = _chosen_cases(catalog, conduct_id, detail, state, day)
        all_cases.extend(shown)
        own = [e.id for e in result.provisions if e.penalty is not None]
        offences = list(dict.fromkeys(all_offences if detail == "full" else own or all_offences))
        blocks += [
            PageBreak(),
            Heading(1, conduct.label),
            Para(_text(conduct.description)),
            *_statute_words(catalog, result, detail),
            *_derived(catalog, result, offences, detail),
            *_judgments(catalog, result, detail),
            *_overlaps(catalog, result),
            *(_changes_in_full(catalog, result) if detail == "full" else []),
            *_cases(catalog, shown, rest, lead, conduct_id, detail),
        ]
    if state is not None:
        blocks += _state_numbers(catalog, state)
    if detail == "full" or everything:
        blocks += _benchmark(catalog, day)
    blocks += _shared_sections(catalog, results, all_cases, detail, day)
    labels = ", ".join(catalog.conduct(c).label for c in ids)
    return Document(
        title=title or f"Online child sexual abuse material: {labels}",
        subtitle=f"Indian law as in force on {format_date(day)} · lawref",
        contents=everything,
        blocks=tuple(blocks),
        as_of=day,
    )
