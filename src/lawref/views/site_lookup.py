"""The site's answers for any date, computed when the site is built and embedded in its pages.

The reader of the lookup page picks a conduct and a date; the reader of the penalties page picks a
date. The browser never applies a rule of law: at build time lawref asks the library itself
(:meth:`~lawref.catalog.Catalog.lookup`, :meth:`~lawref.catalog.Catalog.at`) on every day on which
an answer can change — the law's boundaries: each version's start and end, each Act's commencement,
repeal and extent clause, each mapping's and overlap rule's dates, each Code of procedure's — and
words each answer with :mod:`lawref.statutes.phrases`, exactly as the other views do. Between two
boundaries the answer is the same (a test checks days inside every span), so the page holds one
answer per span; the script shipped with the site (``docs/_static/lawref-site.js``) only matches
the reader's words to a conduct, as :class:`~lawref.conduct.lexicon.Lexicon` does, and picks the
span holding the date. Everything is in the page: no network, no server.

Data never becomes markup: the answers travel as JSON inside a ``<script type="application/json">``
element with ``<``, ``>`` and ``&`` written as ``\\u`` escapes (so no value can close the element or
open a comment), and the script puts every value into the page as text, never as HTML.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

from lawref.statutes.phrases import (
    cite_ids,
    cite_overlap,
    classification_lines,
    format_date,
    punishment_lines,
)
from lawref.statutes.references import LONGEST
from lawref.views.handout.markdown import escape_markdown as md
from lawref.views.site_markup import slug

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.catalog import Catalog
    from lawref.conduct.models import LookupProvision, LookupResult

Json = dict[str, Any]

SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}
"""What JSON may hold but an HTML ``<script>`` element may not show as written."""


def boundaries(catalog: Catalog) -> tuple[dt.date, ...]:
    """Every day on which the law in lawref's data can change, oldest first, from the day the
    earliest Act came into force up to today (a later day cannot be asked of the library): each
    provision version's start and end, each Act's commencement, repeal and extent clause, each
    conduct mapping's and overlap rule's dates, and each Code of procedure's commencement and
    repeal (the Code classifies the offence in a proceeding begun that day)."""
    days: set[dt.date] = set()
    for act in catalog.acts:
        days.add(act.in_force_from)
        days.update(d for d in (act.repealed_on,) if d)
        days.update(entry.valid_from for entry in act.extent)
    for provision in catalog.provisions:
        for version in provision.versions:
            days.add(version.valid_from)
            days.update(d for d in (version.valid_to,) if d)
    for conduct in catalog.conducts:
        for mapping in conduct.mappings:
            days.update(d for d in (mapping.valid_from, mapping.valid_to) if d)
    for rule in catalog.overlaps:
        days.update(d for d in (rule.valid_from, rule.valid_to) if d)
    for code in catalog.procedure.codes:
        days.add(code.in_force_from)
        days.update(d for d in (code.repealed_on,) if d)
    earliest = min(act.in_force_from for act in catalog.acts)
    today = catalog.check_date(None)
    return tuple(sorted(d for d in days if earliest <= d <= today))


def _lines(pairs: list[tuple[str, str]]) -> list[list[str]]:
    return [[label, words] for label, words in pairs]


def _entry(catalog: Catalog, entry: LookupProvision) -> Json:
    """One provision of a lookup answer, worded as the command line words it."""
    version = catalog.provision(entry.id).version_on(entry.valid_from)
    return {
        "id": entry.id,
        "label": catalog.label(entry.id),
        "href": f"provisions/{slug(entry.id)}.html",
        "anchor": slug(entry.id),
        "heading": entry.heading,
        "citation": version.citation if version is not None else "",
        "span": _span(entry.valid_from, entry.valid_to),
        "flags": [cite_ids(flag, catalog.label_any) for flag in entry.overlap_flags],
        "punishment": _lines(
            punishment_lines(
                entry.penalty,
                entry.derived_rule,
                subdivided=entry.subdivided,
            )
        ),
        "classification": _lines(
            classification_lines(
                entry.classification,
                entry.classification_subsequent,
                catalog.label_any,
                brief=True,
                limbs=entry.classification_limbs,
                first_limb=entry.penalty.first_limb if entry.penalty else None,
                unstated=entry.classification_message,
            )
        ),
        "condition": entry.condition,
        "quote": entry.authority.quote or "",
        "notes": list(entry.notes),
    }


def _dates(start: dt.date, end: dt.date | None) -> str:
    """``from 1 July 2024`` or ``4 September 1969 to 30 June 2024`` (the last day in force)."""
    if end is None:
        return f"from {format_date(start)}"
    return f"{format_date(start)} to {format_date(end - dt.timedelta(days=1))}"


def _span(start: dt.date, end: dt.date | None) -> str:
    """``in force from 27 October 2009`` or ``… to 30 June 2024`` (the last day in force)."""
    if end is None:
        return f"in force from {format_date(start)}"
    return f"in force from {format_date(start)} to {format_date(end - dt.timedelta(days=1))}"


def answer(catalog: Catalog, result: LookupResult) -> Json:
    """A lookup's answer as the page shows it. Extent notes name the day asked about, as people
    write dates; they are kept as the text before and after that day, for the page to join with
    the reader's day written the same way (``months``)."""
    day = format_date(result.as_of)
    code = catalog.procedure.code_on(result.proceeding_date or result.as_of)
    return {
        "provisions": [_entry(catalog, entry) for entry in result.provisions],
        "extent": [note.split(day) for note in result.extent_notes],
        "overlaps": [cite_overlap(text, catalog.label_any) for text in result.overlaps],
        "code": f"{code.short_title} ({code.title})" if code else "",
    }


def spans_of(answers: list[tuple[dt.date, Json]]) -> list[Json]:
    """Answers on the law's boundaries as spans: each from its boundary up to the day the next
    span begins (``to``, exclusive; the last is open), with the span in words
    (``wording``); neighbouring boundaries with the same answer make one span."""
    spans: list[Json] = []
    for day, now in answers:
        if spans and spans[-1]["answer"] == now:
            continue
        spans.append({"from": day.isoformat(), "to": None, "answer": now})
    for span, following in itertools.pairwise(spans):
        span["to"] = following["from"]
    for span in spans:
        start = dt.date.fromisoformat(span["from"])
        end = dt.date.fromisoformat(span["to"]) if span["to"] else None
        span["wording"] = (
            f"from {format_date(start)} to {format_date(end - dt.timedelta(days=1))}"
            if end
            else f"from {format_date(start)} on"
        )
    return spans


def conduct_spans(catalog: Catalog, conduct_id: str, days: tuple[dt.date, ...]) -> list[Json]:
    """The conduct's answer on each of *days* (the law's boundaries) as spans (see
    :func:`spans_of`); each day is also the day the proceeding began, which picks the Code
    that classifies the offence."""
    return spans_of(
        [
            (day, answer(catalog, catalog.lookup(conduct_id, day, proceeding_date=day)))
            for day in days
        ]
    )


def lexicon_map(catalog: Catalog) -> Json:
    """The lexicon as the page's script matches with it: ``names`` (a conduct's id or label, as
    its words joined by spaces) and ``phrases`` (each term's words, the term, its conduct; the
    longest first, as :meth:`~lawref.conduct.lexicon.Lexicon.find` tries them)."""
    lexicon = catalog.lexicon
    return {
        "names": {" ".join(name): conduct for name, conduct in sorted(lexicon.names.items())},
        "phrases": [[" ".join(words), term, conduct] for words, term, conduct in lexicon.phrases],
    }


def lookup_data(catalog: Catalog) -> Json:
    """Everything the lookup page needs: the lexicon, each conduct's spans, the review date."""
    days = boundaries(catalog)
    earliest = min(catalog.acts, key=lambda act: (act.in_force_from, act.id))
    return {
        "reviewed": catalog.reviewed_on.isoformat(),
        "reviewed_words": format_date(catalog.reviewed_on),
        "months": [format_date(dt.date(2000, month, 1)).split()[1] for month in range(1, 13)],
        "earliest": days[0].isoformat(),
        "longest": str(LONGEST),
        "earliest_words": f"{earliest.title}, in force from {format_date(earliest.in_force_from)}",
        "lexicon": lexicon_map(catalog),
        "conducts": [
            {
                "id": conduct.id,
                "label": conduct.label,
                "href": f"conduct/{slug(conduct.id)}.html",
                "terms": list(conduct.terms),
                "spans": conduct_spans(catalog, conduct.id, days),
            }
            for conduct in catalog.conducts
        ],
    }


def _penalty_rows(catalog: Catalog, day: dt.date) -> list[Json]:
    """Each punishing provision in force on *day*, with the punishment then in force, in the
    order of the penalties table. A punishment is a list of parts to be joined with the day
    asked about: a provision in force whose text lawref does not record says so, and where
    that is because its recorded text begins later, names the day."""
    rows = []
    for provision in catalog.provisions:
        if not any(v.penalty is not None and not v.penalty_inherited for v in provision.versions):
            continue
        standing = catalog.at(provision.id, day)
        version = standing.version
        own = version.penalty if version is not None and not version.penalty_inherited else None
        if standing.status == "not_recorded" and version is None:
            words = standing.message.split(day.isoformat())  # "was in force on <day>, but …"
        elif standing.status == "not_recorded":
            words = [standing.message]  # "was changed with effect from <its start> …"
        elif standing.status == "in_force" and own is not None:
            lines = punishment_lines(own, None)
            words = ["; ".join(f"{label}: {text}" for label, text in lines)]
        else:
            continue
        rows.append(
            {
                "id": provision.id,
                "label": catalog.label(provision.id),
                "href": f"provisions/{slug(provision.id)}.html",
                "span": _dates(version.valid_from, version.valid_to) if version else "",
                "punishment": words,
            }
        )
    return rows


def penalties_data(catalog: Catalog) -> Json:
    """Every punishing provision's punishment on any day: one span per table (each span's
    ``answer`` is its rows)."""
    days = boundaries(catalog)
    return {
        "reviewed": catalog.reviewed_on.isoformat(),
        "reviewed_words": format_date(catalog.reviewed_on),
        "earliest": days[0].isoformat(),
        "earliest_words": format_date(days[0]),
        "spans": spans_of([(day, {"rows": _penalty_rows(catalog, day)}) for day in days]),
    }


def pack(value: Any, texts: dict[str, int]) -> Any:
    """*value* with every string (not the keys) replaced by its number in *texts*, which it
    extends in the order met (keys sorted): the answers repeat the same words many times, and
    the page holds each once. The data holds no numbers of its own, so a number is a text."""
    if isinstance(value, str):
        return texts.setdefault(value, len(texts))
    if isinstance(value, list):
        return [pack(item, texts) for item in value]
    if isinstance(value, dict):
        return {key: pack(value[key], texts) for key in sorted(value)}
    if value is None:
        return None
    raise TypeError(f"no numbers or other values in the page's data: {value!r}")


def unpack(value: Any, texts: list[str]) -> Any:
    """The reverse of :func:`pack` (the page's script does the same)."""
    if isinstance(value, int):
        return texts[value]
    if isinstance(value, list):
        return [unpack(item, texts) for item in value]
    if isinstance(value, dict):
        return {key: unpack(item, texts) for key, item in value.items()}
    return value


def embed(element_id: str, data: Json) -> str:
    """*data* as one line of HTML: a JSON ``<script>`` element the page's script reads, holding
    ``{"data": …, "texts": […]}`` (see :func:`pack`). The JSON is canonical (sorted keys, no
    spaces) and plain ASCII, and holds no ``<``, ``>`` or ``&``, so no value can end the
    element or open a comment, and no line break of any kind (U+2028 included), so the line
    stays one Markdown HTML block."""
    texts: dict[str, int] = {}
    packed = pack(data, texts)
    text = json.dumps(
        {"data": packed, "texts": list(texts)},
        ensure_ascii=True,
        sort_keys=True,
        separators=(",", ":"),
    )
    text = text.translate(SCRIPT_ESCAPES)
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def embedded(line: str) -> Json:
    """The data of an :func:`embed` line, as the page's script reads it."""
    start = line.index(">") + 1
    whole = json.loads(line[start : line.rindex("</script>")])
    data: Json = unpack(whole["data"], whole["texts"])
    return data


def lookup_page(catalog: Catalog) -> list[str]:
    """The lookup page: the form, the place for the answer, the data, and for readers without
    scripts, the conduct pages (each with the law on the review date)."""
    reviewed = catalog.reviewed_on.isoformat()
    data = lookup_data(catalog)
    lines = [
        "# What law reaches this conduct on this date",
        "",
        "Type the words a report uses for the conduct and pick the date it was done: the answer "
        "shows the provisions that reached it that day, the punishment for a first and a later "
        "conviction, when each applies, and how the offence is classified in a proceeding begun "
        "that day. lawref computed every answer from its data (reviewed on "
        f"{format_date(catalog.reviewed_on)}) when this site was built; the page sends nothing "
        "anywhere.",
        "",
        '<form class="lawref-form" id="lawref-lookup" action="#" autocomplete="off">'
        '<div class="lawref-field"><label for="lawref-conduct">Conduct</label>'
        '<input id="lawref-conduct" name="conduct" type="text" list="lawref-terms" '
        'placeholder="e.g. circulating" spellcheck="false"></div>'
        '<div class="lawref-field"><label for="lawref-date">Date of the conduct</label>'
        f'<input id="lawref-date" name="date" type="date" value="{reviewed}" '
        f'min="{data["earliest"]}"></div>'
        '<datalist id="lawref-terms"></datalist></form>',
        "",
        '<div id="lawref-lookup-answer" class="lawref-answer" aria-live="polite"></div>',
        "",
        embed("lawref-lookup-data", data),
        "",
        "## Every conduct",
        "",
        f"Each conduct's page shows the law on {reviewed} and what changed when.",
        "",
    ]
    lines += [
        f"- [{md(c.label)}](conduct/{slug(c.id)}.md): " + md(", ".join(c.terms[:6]))
        for c in catalog.conducts
    ]
    return lines


def penalties_picker(catalog: Catalog) -> list[str]:
    """The date picker of the penalties page, its table's place and its data."""
    data = penalties_data(catalog)
    return [
        '<form class="lawref-form" id="lawref-penalties" action="#" autocomplete="off">'
        '<div class="lawref-field"><label for="lawref-penalties-date">In force on</label>'
        f'<input id="lawref-penalties-date" name="date" type="date" value="{data["reviewed"]}" '
        f'min="{data["earliest"]}"></div></form>',
        "",
        '<div id="lawref-penalties-answer" class="lawref-answer" aria-live="polite"></div>',
        "",
        embed("lawref-penalties-data", data),
    ]
