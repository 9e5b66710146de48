"""Text views for people: short, aligned, readable at a glance in an 100-column terminal."""

from __future__ import annotations

import datetime as dt
import textwrap

from lawref.statutes.phrases import (
    classification_lines,
    derived_limbs,
    format_classification,
    format_date,
    format_reach,
    format_tier,
    limb_citation_lines,
    punishment_lines,
    tier_labels,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.analysis.models import Analysis
    from lawref.cases.models import Case, Citation, Conflict
    from lawref.catalog import Catalog
    from lawref.conduct.models import LookupResult
    from lawref.standards.models import StandardOn
    from lawref.statistics.book import HeadFigures
    from lawref.statistics.models import StatisticConflict
    from lawref.statutes.models import (
        Classification,
        ClassificationAt,
        DerivedPenaltyResult,
        ProvisionAt,
        TimelineEntry,
    )

WIDTH = 100


def _wrap(text: str, indent: str = "  ") -> str:
    lines = []
    for paragraph in text.strip().splitlines():
        if not paragraph.strip():
            lines.append("")
            continue
        lines.extend(
            textwrap.wrap(
                paragraph.strip(),
                WIDTH,
                initial_indent=indent,
                subsequent_indent=indent,
                break_on_hyphens=False,
            )
        )
    return "\n".join(lines)


def _classification(c: Classification) -> str:
    text = format_classification(c) + f"  [{c.source.title}; confidence {c.confidence}]"
    return text + (f" {c.note}" if c.note else "")


def classification_block(catalog: Catalog, at: ClassificationAt, indent: str = "  ") -> list[str]:
    """The classification in a proceeding: which Code, then one line per conviction."""
    code = next((c for c in catalog.procedure.codes if c.id == at.code), None)
    head = f"in a proceeding begun on {at.proceeding_date}" + (
        f", under the {code.short_title}" if code else ""
    )
    lines = classification_lines(
        at.first, at.subsequent, catalog.label_any, limbs=at.limbs, first_limb=at.first_limb
    )
    if not lines:
        return [_wrap(f"{head}: not stated. {at.message}", indent)]
    return [_wrap(f"{head}:", indent)] + [
        _wrap(f"{label}: {words}", indent + "  ") for label, words in lines
    ]


def show_text(
    catalog: Catalog, standing: ProvisionAt, classification: ClassificationAt | None = None
) -> str:
    """The provision as in force on the date: heading, status, penalty, classification in a
    proceeding (when given), text, source."""
    provision = catalog.provision(standing.provision)
    act = catalog.act(provision.act)
    division = "rule" if act.kind == "rules" else "section"
    out = [
        f"{provision.id}  —  {act.title}, {division} {provision.number}",
        _wrap(provision.heading, ""),
        "",
        f"On {standing.as_of} (date of the conduct): {standing.status.replace('_', ' ')}",
        _wrap(standing.message),
    ]
    version = standing.version
    if version is not None and not version.omitted and not version.text_not_recorded:
        heading = "Punishment" + (" (the parent provision's)" if version.penalty_inherited else "")
        out += ["", heading]
        lines = punishment_lines(
            version.penalty,
            version.derived_penalty,
            subdivided=bool(provision.children),
        )
        out.extend(_wrap(f"{label}: {words}") for label, words in lines)
        out.extend(_wrap(line) for line in limb_citation_lines(version.penalty, provision.number))
        derived = version.derived_penalty
        if derived is not None:
            names = {a.id: a.short_title for a in catalog.acts}
            out.append(_wrap("reaches: " + format_reach(derived.reach, names)))
            if any(depends for _, _, depends in derived_limbs(derived)):
                out.append(_wrap(f'for a given offence: lawref derive {provision.id} "OFFENCE"'))
    if version is not None and not version.omitted:
        if classification is not None and (
            classification.first is not None or classification.limbs or version.penalty is not None
        ):
            out += ["", "Classification", *classification_block(catalog, classification)]
        text = version.text or ""
        if version.text_not_recorded:
            text = "not recorded: no authoritative copy was read (see the note)"
        out += ["", "Text", _wrap(text)]
        out += ["", _wrap(f"Citation: {version.citation}", "")]
        out.append(
            _wrap(
                f"Text read in: {version.source.title}"
                + (f" <{version.source.url}>" if version.source.url else ""),
                "",
            )
        )
        out.append(f"Confidence: {version.confidence}")
        if version.note:
            out.append(_wrap("Note: " + version.note, ""))
    if provision.children:
        out += ["", "Sub-divisions: " + ", ".join(provision.children)]
    if provision.successors:
        out.append("Succeeded by: " + ", ".join(provision.successors))
    if provision.predecessors:
        out.append("Replaces: " + ", ".join(provision.predecessors))
    if provision.changes:
        out.append(_wrap("What changed: " + provision.changes, ""))
    out += ["", f"Law as reviewed on {catalog.reviewed_on}."]
    return "\n".join(out) + "\n"


def derived_text(catalog: Catalog, result: DerivedPenaltyResult) -> str:
    """A derived penalty on both scales of the offence it concerns, each named as the statute
    counts it (``tier_labels``: a conviction, or an offence); an offence with one scale has no
    tier named (review 15c L4)."""
    first, later = tier_labels(result.penalty)
    scale = f" for a {first}" if result.penalty.subsequent is not None else ""
    lines = [
        f"{result.provision} applied to {result.underlying}, as of {result.as_of}",
        _wrap(f"limb: {result.limb or 'every offence the rule reaches'}", ""),
        _wrap(f"on the offence's punishment{scale}: {format_tier(result.penalty.first)}", ""),
    ]
    if result.penalty.subsequent is not None:
        lines.append(
            _wrap(
                f"on its punishment for a {later}: " + format_tier(result.penalty.subsequent),
                "",
            )
        )
        lines.append("(which scale a court applies is a question of interpretation)")
    lines += [_wrap(f"note: {note}", "") for note in result.notes]
    lines += ["", f"Law as reviewed on {catalog.reviewed_on}."]
    return "\n".join(lines) + "\n"


def timeline_text(catalog: Catalog, provision_id: str, entries: tuple[TimelineEntry, ...]) -> str:
    """One line per event, oldest first."""
    provision = catalog.provision(provision_id)
    out = [f"{provision.id}  —  {provision.heading}", ""]
    for entry in entries:
        out.append(f"{entry.date}  {entry.event:<12} {entry.instrument_title}")
        out.append(_wrap(entry.description, " " * 12))
    out += ["", f"Law as reviewed on {catalog.reviewed_on}."]
    return "\n".join(out) + "\n"


def lookup_text(catalog: Catalog, result: LookupResult) -> str:
    """A compact answer: each provision with its punishment, condition and authority, then how
    overlapping laws are settled, then the judgments that govern the reading."""
    out = [
        f"{result.query!r} → {result.conduct} ({result.label}), matched by {result.matched!r}",
        f"Law in force on {result.as_of} (date of the conduct)"
        + (
            f"; classified for a proceeding begun on {result.proceeding_date}"
            if result.proceeding_date
            else ""
        ),
        "",
    ]
    if not result.provisions:
        out.append("  No provision in lawref's data reaches this conduct on that date.")
    out.extend(_wrap(note, "  ") for note in result.extent_notes)
    if result.extent_notes:
        out.append("")
    for entry in result.provisions:
        flags = entry.overlap_flags
        head = entry.id + (f"  [{'; '.join(flags)}]" if flags else "")
        out.append(head)
        out.append(_wrap(entry.heading, "    "))
        for label, words in punishment_lines(
            entry.penalty,
            entry.derived_rule,
            subdivided=entry.subdivided,
        ):
            out.append(_wrap(f"{label}: {words}", "    "))
        for label, words in classification_lines(
            entry.classification,
            entry.classification_subsequent,
            catalog.label_any,
            brief=True,
            limbs=entry.classification_limbs,
            first_limb=entry.penalty.first_limb if entry.penalty else None,
            unstated=entry.classification_message,
        ):
            out.append(_wrap(f"classification, {label}: {words}", "    "))
        out.append(_wrap("when: " + entry.condition, "    "))
        authority = entry.authority
        if authority.quote:
            out.append(_wrap(f"the statute's words: “{authority.quote}”", "    "))
        if authority.judgment:
            anchor = f"#{authority.holding}" if authority.holding else ""
            out.append(_wrap(f"judgment: {authority.judgment}{anchor}", "    "))
        if entry.judgments:
            out.append(_wrap("read with: " + ", ".join(entry.judgments), "    "))
        for note in entry.notes:
            out.append(_wrap("note: " + note, "    "))
        out.append("")
    if result.overlaps:
        out.append("Overlapping laws")
        out.extend(_wrap("- " + text, "  ") for text in result.overlaps)
        out.append("")
    if result.judgments:
        out.append("Judgments")
        for judgment in result.judgments:
            out.append(
                _wrap(
                    f"- {judgment.title} ({judgment.court}, {judgment.decided}; "
                    f"{', '.join(judgment.citations[:1])}; {judgment.status.replace('_', ' ')})",
                    "  ",
                )
            )
            for holding in judgment.holdings:
                if result.conduct in holding.conduct:
                    other = f"{judgment.id}#{holding.id}" in result.other_text_holdings
                    read_on = holding.text_as_of or judgment.decided
                    prefix = (
                        f"[construing the text in force on {read_on}, not the text of "
                        f"{result.as_of}] "
                        if other
                        else ""
                    )
                    out.append(_wrap(f"{prefix}{holding.summary}", "      "))
        out.append("")
    out.append(f"Law as reviewed on {catalog.reviewed_on}.")
    if result.beyond_review:
        out.append("The date of the conduct is after that review: later changes are not reflected.")
    return "\n".join(out) + "\n"


def case_text(catalog: Catalog, case: Case) -> str:
    """A case with its facts, each followed by a numbered citation; the quoted passages after."""
    citations: list[Citation] = []

    def ref(citation: Citation) -> str:
        citations.append(citation)
        return f"[{len(citations)}]"

    precision = {"day": "", "month": " (month)", "year": " (year)"}[case.date_precision]
    out = [
        f"{case.id}  —  {case.title}",
        _wrap(case.summary, ""),
        "",
        f"date: {case.date}{precision} {ref(case.date_citation)}",
    ]
    for label, items in (("places", case.places), ("agencies", case.agencies)):
        if items:
            out.append(f"{label}: " + "; ".join(f"{i.value} {ref(i.citation)}" for i in items))
    if case.platforms:
        out.append(
            "platforms: " + "; ".join(f"{p.value} {ref(p.citation)}" for p in case.platforms)
        )
    if case.conduct:
        out.append("conduct: " + "; ".join(f"{c.conduct} {ref(c.citation)}" for c in case.conduct))
    if case.provisions:
        out.append(
            "law named in the reports: "
            + "; ".join(f"{p.provision or p.act} {ref(p.citation)}" for p in case.provisions)
        )
    if case.facts:
        out += ["", "facts"]
        for fact in case.facts:
            period = f" ({fact.period})" if fact.period else ""
            out.append(f"  {fact.kind}: {fact.value}{period} {ref(fact.citation)}")
    flags = catalog.case_flags(case.id)
    if flags:
        out += ["", "checked against the law"]
        out.extend(_wrap(f"- {flag.reason}", "  ") for flag in flags)
    conflicts = [c for c in catalog.conflicts() if c.case == case.id]
    if conflicts:
        out += ["", "the reports disagree"]
        out.extend(_wrap(f"- {c.explanation}", "  ") for c in conflicts)
    if case.note:
        out += ["", _wrap("note: " + case.note, "")]
    out += ["", "citations"]
    for number, citation in enumerate(citations, 1):
        out.append(
            _wrap(
                f"[{number}] {citation.article} @{citation.start}-{citation.end}: "
                f"“{citation.quote}”",
                "  ",
            )
        )
    out += ["", f"Law as reviewed on {catalog.reviewed_on}."]
    return "\n".join(out) + "\n"


def cases_text(catalog: Catalog, cases: tuple[Case, ...]) -> str:
    """One line per case: date, id, title, conduct."""
    out = []
    for case in cases:
        conduct = ", ".join(dict.fromkeys(c.conduct for c in case.conduct))
        out.append(f"{case.date}  {case.id:<34} {case.title}")
        if conduct:
            out.append(f"            conduct: {conduct}")
    if not cases:
        out.append("No case matches.")
    out += ["", f"Law as reviewed on {catalog.reviewed_on}."]
    return "\n".join(out) + "\n"


def conflicts_text(
    catalog: Catalog,
    conflicts: tuple[Conflict, ...],
    figures: tuple[StatisticConflict, ...] = (),
) -> str:
    """Every fact the reports give differently, with each value's quote; then every official
    figure that publications give differently, with each publication and its words."""
    out = []
    for conflict in conflicts:
        out.append(f"{conflict.case}: {conflict.kind}")
        for fact in conflict.values:
            period = f" ({fact.period})" if fact.period else ""
            out.append(
                _wrap(
                    f"{fact.value}{period}  {fact.citation.article}: “{fact.citation.quote}”",
                    "    ",
                )
            )
    if not conflicts:
        out.append("The reports do not disagree on any recorded fact.")
    if figures:
        from lawref.views.figures import measure_words, period_words, source_words, value_words

        out += ["", "Official figures that publications give differently:"]
        for disagreement in figures:
            first = disagreement.figures[0]
            out.append(
                f"{disagreement.head}: {period_words(first)}, {disagreement.area}, "
                f"{measure_words(first)}"
            )
            for figure in disagreement.figures:
                source = source_words(catalog.statistics.sources[figure.source])
                out.append(_wrap(f"{value_words(figure)}  {source}: “{figure.quote}”", "    "))
    out += ["", f"Law as reviewed on {catalog.reviewed_on}."]
    return "\n".join(out) + "\n"


def figures_text(catalog: Catalog, groups: tuple[HeadFigures, ...]) -> str:
    """The official figures of each head: its label (a head is not a section), the law its label
    names with when each version was in force, then each figure with its source and words, and
    where publications disagree."""
    from lawref.views.figures import measure_words, period_words, source_words, value_words

    sources = catalog.statistics.sources
    out: list[str] = []
    for group in groups:
        head = group.head
        out.append(f"{head.id}  ({head.publisher})")
        out.append(
            _wrap(
                f"label: “{head.label}”"
                + ("" if head.label_citation else " (lawref's description)")
            )
        )
        for version in group.law:
            last = version.valid_to and version.valid_to - dt.timedelta(days=1)
            until = f", until {format_date(last)}" if last else ""
            out.append(_wrap(f"law the label names: {version.citation}{until}"))
        if not group.law:
            out.append(_wrap("the label names no provision"))
        for figure, changed in zip(group.figures, group.law_changed, strict=True):
            line = (
                f"{period_words(figure)}, {figure.area}: {measure_words(figure)} "
                f"{value_words(figure)}"
            )
            if changed:
                days = ", ".join(map(format_date, changed))
                line += f" (the law changed within it, on {days})"
            if figure.confidence == "low":
                line += " (low confidence)"
            out.append(_wrap(line))
            out.append(_wrap(f"{source_words(sources[figure.source])}: “{figure.quote}”", "      "))
        for conflict in group.conflicts:
            values = " or ".join(value_words(f) for f in conflict.figures)
            out.append(
                _wrap(
                    f"the publications disagree: {conflict.period}, {conflict.area}, "
                    f"{conflict.measure.replace('_', ' ')}: {values}"
                )
            )
        out.append("")
    if not groups:
        out += ["No figures match.", ""]
    out.append(f"Law as reviewed on {catalog.reviewed_on}.")
    return "\n".join(out) + "\n"


def standard_text(catalog: Catalog, standing: StandardOn) -> str:
    """A benchmark's criteria in its own words, each with lawref's reading of the Indian law in
    force on the day asked about, the provisions and holdings it rests on, and when the reading
    changed. Every verdict is said to be lawref's reading."""
    bench = standing.benchmark
    out = [
        f"India against {bench.publisher}: “{bench.title}” ({bench.edition}, "
        f"{format_date(bench.published)})",
        _wrap(
            f"Law in force on {format_date(standing.as_of)}. Each verdict is lawref's reading of "
            "the Indian law, not a rating by the benchmark's publisher.",
            "",
        ),
        "",
        f"“{bench.lead_in}”",
    ]
    for row in standing.criteria:
        out.append(_wrap(f"{row.criterion.number}. “{row.criterion.words}”", ""))
        reading = row.reading
        if reading is None:
            first = row.history[0].valid_from if row.history else None
            since = f" before {format_date(first)}" if first else ""
            out.append(
                _wrap(f"lawref's reading: none{since} (no provision lawref holds bears on it)")
            )
        else:
            out.append(
                _wrap(
                    f"lawref's reading: {reading.verdict}, since {format_date(reading.valid_from)}"
                )
            )
            cited = [catalog.label_any(p) for p in reading.provisions]
            for ref in reading.holdings:
                judgment = catalog.judgment(ref.split("#")[0])
                cited.append(f"{judgment.title} ({format_date(judgment.decided)})")
            out.append(_wrap("rests on: " + "; ".join(cited)))
            out.append(_wrap(reading.explanation))
        changes = [
            f"{r.verdict} from {format_date(r.valid_from)}" for r in row.history if r is not reading
        ]
        if changes:
            out.append(_wrap("other readings: " + "; ".join(changes)))
        out.append("")
    out.append(
        _wrap(
            f"Source: {bench.source.title}"
            + (f" <{bench.source.url}>" if bench.source.url else ""),
            "",
        )
    )
    out += ["", f"Law as reviewed on {catalog.reviewed_on}."]
    return "\n".join(out) + "\n"


def highlight(text: str, analysis: Analysis, *, colour: bool) -> str:
    """*text* with each conduct mention and statute reference marked: in colour on a terminal,
    else as ``[[words|conduct]]`` and ``{{words|provision}}``."""
    marks: list[tuple[int, int, str, str]] = [
        (m.start, m.end, m.conduct, "conduct") for m in analysis.mentions
    ] + [(r.start, r.end, r.provision or r.act or "?", "law") for r in analysis.statute_references]
    out: list[str] = []
    position = 0
    for start, end, label, kind in sorted(marks):
        if start < position:
            continue
        out.append(text[position:start])
        words = text[start:end]
        if colour:
            code = "1;33" if kind == "conduct" else "1;36"
            out.append(f"\x1b[{code}m{words}\x1b[0m\x1b[2m[{label}]\x1b[0m")
        else:
            out.append(f"[[{words}|{label}]]" if kind == "conduct" else f"{{{{{words}|{label}}}}}")
        position = end
    out.append(text[position:])
    return "".join(out)


def _quoted(words: str | None) -> str:
    return f"“{words}”" if words else "not found"


def analysis_text(
    catalog: Catalog, text: str | None, analysis: Analysis, *, colour: bool, explain: bool = False
) -> str:
    """The highlighted text (``None`` when it was too long to hold: then a line saying so), then
    what a lawyer would take from it on the date used; with *explain*, each mention's evidence
    (trigger, what it acts on, actor, confidence)."""
    source = {
        "given": "given",
        "text": f"stated in the text: “{analysis.as_of_quote}”",
        "inferred": f"inferred from “{analysis.as_of_quote}”: {analysis.as_of_note}",
        "today": "today: the text states no date",
    }[analysis.as_of_source]
    shown = (
        highlight(text, analysis, colour=colour).rstrip()
        if text is not None
        else "(the text is too long to repeat here; --json lists every span)"
    )
    out = [shown, "", "—" * 40]
    unlisted = {
        "mentions": analysis.mentions_not_listed,
        "statute references": analysis.statute_references_not_listed,
        "stated punishments": analysis.stated_punishments_not_listed,
    }
    if any(unlisted.values()):
        counts = ", ".join(f"{n:,} {kind}" for kind, n in unlisted.items() if n)
        from lawref.analysis.reading import LISTED

        out.append(
            f"Not listed (an answer lists {LISTED:,} of each; the summary counts all): {counts}"
        )
    out.append(f"Law in force on {analysis.as_of} ({source})")
    summary = analysis.summary
    out.append("conduct described: " + (", ".join(summary.conducts) or "none found"))
    if analysis.mentions_note:
        out.append(_wrap(f"({analysis.mentions_note})", ""))
    out.append("law named in the text: " + (", ".join(summary.named_in_text) or "none"))
    if summary.provisions:
        out += ["", "Provisions a lawyer would consider"]
        for entry in summary.provisions:
            penalty = "; ".join(
                f"{label}: {words}"
                for label, words in punishment_lines(
                    entry.penalty, entry.derived_rule, subdivided=entry.subdivided
                )[:1]
            )
            flag = "".join(f"  [{words}]" for words in entry.overlap_flags)
            out.append(_wrap(f"{entry.id}{flag}: {penalty}", "  "))
    if explain and analysis.mentions:
        out += ["", "Why each mention counts"]
        for mention in analysis.mentions:
            out.append(
                _wrap(
                    f"- “{mention.text}” → {mention.conduct} ({mention.confidence}): "
                    f"trigger “{mention.trigger}”; acts on "
                    f"{_quoted(mention.acts_on)}; actor {_quoted(mention.actor)}",
                    "  ",
                )
            )
    if analysis.stated_punishments:
        out += ["", "Punishments the text states"]
        for stated in analysis.stated_punishments:
            said = stated.claims or "no term or fine stated"
            where = f" (of {stated.provision})" if stated.provision else ""
            # (a statement lawref chose not to compare says so: review 2026-12-26d M7)
            why = f"; {stated.not_compared}" if stated.not_compared else ""
            out.append(_wrap(f"- “{stated.text}”: {said}{where}{why}", "  "))
    if summary.differences:
        out += ["", "Where the text's statement of the law differs"]
        out.extend(_wrap(f"- {d}", "  ") for d in summary.differences)
    if summary.reading_notes:
        out += ["", "How lawref read the references (its notes, not checked against the law)"]
        out.extend(_wrap(f"- {d}", "  ") for d in summary.reading_notes)
    if summary.date_notes:
        out += [
            "",
            "Law named that was not in force on the day read "
            "(notes: the day read may not be the conduct's)",
        ]
        out.extend(_wrap(f"- {d}", "  ") for d in summary.date_notes)
    if summary.conduct_notes:
        out += [
            "",
            "What lawref's map of the conduct it read adds (its notes, not claims about the text)",
        ]
        out.extend(_wrap(f"- {d}", "  ") for d in summary.conduct_notes)
    out += ["", f"Law as reviewed on {catalog.reviewed_on}."]
    return "\n".join(out) + "\n"
