"""Reading penalties: rendering them the way Indian lawyers write them, and computing penalties
that a statute defines by reference to another offence."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from lawref.statutes.models import (
    Act,
    ActRecord,
    ChangeKind,
    Classification,
    DerivedPenalty,
    DerivedTier,
    Fine,
    Imprisonment,
    Instrument,
    OffenceReach,
    Penalty,
    PenaltyTier,
    Source,
)

_LAKH = 100_000
_CRORE = 10_000_000


def format_count(number: int) -> str:
    """A count the Indian way: ``100000`` → ``1 lakh``, ``500000`` → ``5 lakh``,
    ``25000000`` → ``2.5 crore``, ``123456`` → ``1,23,456``, ``4280`` → ``4,280`` (the words
    lakh and crore where the figure is a whole number of hundredths of one; otherwise digits
    grouped in lakhs and crores)."""
    if number < 0:
        return "-" + format_count(-number)
    if number >= _CRORE and number % (_CRORE // 100) == 0:
        return f"{_trim(number / _CRORE)} crore"
    if number >= _LAKH and number % (_LAKH // 100) == 0:
        return f"{_trim(number / _LAKH)} lakh"
    digits = str(number)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail])


def format_inr(amount: int) -> str:
    """Rupees the Indian way: ``1000000`` → ``₹10 lakh``, ``5000`` → ``₹5,000``,
    ``25000000`` → ``₹2.5 crore``, ``123456`` → ``₹1,23,456`` (lakh/crore digit grouping)."""
    return "₹" + format_count(amount)


def _trim(value: float) -> str:
    """At most two decimals, none when whole: ``1.5`` → ``1.5``, ``10.0`` → ``10``."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def format_term(months: int | float) -> str:
    """A term in words: ``60`` → ``5 years``, ``6`` → ``6 months``, ``18`` → ``1 year and 6
    months``, ``1.5`` → ``1.5 months``."""
    if isinstance(months, float) and not months.is_integer():
        return f"{_trim(months)} months"
    whole = int(months)
    years, rest = divmod(whole, 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years != 1 else ''}")
    if rest:
        parts.append(f"{rest} month{'s' if rest != 1 else ''}")
    return " and ".join(parts) if parts else "0 months"


def format_days(days: int) -> str:
    """A term said in days, in words: ``10`` → ``10 days``, ``1`` → ``1 day``."""
    return f"{days} day{'s' if days != 1 else ''}"


def format_imprisonment(prison: Imprisonment) -> str:
    """``imprisonment of either description up to 5 years``; ``rigorous imprisonment of at
    least 10 years, up to life``; ``imprisonment for 3 to 5 years``; ``rigorous imprisonment for
    life`` (life with no minimum is a fixed life term, as in POCSO 2012 s.14(3))."""
    noun = {
        "either": "imprisonment of either description",
        "rigorous": "rigorous imprisonment",
        "simple": "simple imprisonment",
        None: "imprisonment",
    }[prison.description]
    low, high = prison.min_months, prison.max_months
    if prison.life and low is None:
        return f"{noun} for life"
    if prison.life:
        return f"{noun} of at least {format_term(low or 0)}, up to life"
    if low is not None and high is not None:
        if low == high:
            return f"{noun} for {format_term(low)}"
        if low and low % 12 == 0 and high % 12 == 0:
            return f"{noun} for {int(low) // 12} to {format_term(high)}"
        return f"{noun} for {format_term(low)} to {format_term(high)}"
    if high is not None:
        return f"{noun} up to {format_term(high)}"
    if low is not None:
        return f"{noun} of at least {format_term(low)}"
    return f"{noun} (term not stated)"


def format_fine(fine: Fine) -> str:
    """``fine up to ₹10 lakh``; ``fine of at least ₹5,000``; ``fine`` when no amount is stated."""
    low, high = fine.min_inr, fine.max_inr
    if low is not None and high is not None:
        return f"fine of {format_inr(low)} to {format_inr(high)}"
    if high is not None:
        return f"fine up to {format_inr(high)}"
    if low is not None:
        return f"fine of at least {format_inr(low)}"
    return "fine"


def format_tier(tier: PenaltyTier) -> str:
    """One tier in words, joined as the statute joins it."""
    prison = format_imprisonment(tier.imprisonment) if tier.imprisonment else None
    fine = format_fine(tier.fine) if tier.fine else None
    if tier.combinator == "fine_only":
        text = fine or ""
    elif tier.combinator == "imprisonment_only":
        text = prison or ""
    elif tier.combinator == "imprisonment_and_fine":
        text = f"{prison} and {fine}"
    elif tier.combinator == "imprisonment_or_fine":
        text = f"{prison} or {fine}"
    else:
        text = f"{prison}, or {fine}, or both"
    if tier.death:
        text = f"death, or {text}" if text else "death"
    return text


SINGLE_TIER_LABEL = "every conviction"
"""The label of a punishment the statute does not grade by earlier convictions or offences: a
"first conviction" label would suggest a second tier the statute does not have (POCSO s.15(2)
from 2019 has one scale; s.15(3) has two)."""

FIRST_TIER_HEADING = "First or every conviction"
"""The heading of a table's column of first tiers: the first conviction's scale where the
statute grades by earlier convictions, and the only scale where it does not (POCSO s.15(2) from
2019, with "—" in the next column; reviews 2026-12-15c L4, 16b L1)."""

STATED_CONVICTION = {
    "first": "on a first conviction",
    "subsequent": "on a second or subsequent conviction",
}
"""The conviction a report's statement of punishment is said for, as its claims word it
("imprisonment up to 7 years, on a second or subsequent conviction"), whether the report says
"second conviction", "repeat offence" or "subsequent offence"."""


def tier_labels(penalty: Penalty) -> tuple[str, str]:
    """The names of a penalty's two tiers in the statute's own count: "first conviction" and
    "second or subsequent conviction", or, where the statute counts offences (POCSO s.15(1)
    from 2019: "in the event of second or subsequent offence"), "first offence" and "second
    or subsequent offence" (``Penalty.subsequent_on``)."""
    counted = penalty.subsequent_on
    return f"first {counted}", f"second or subsequent {counted}"


def format_penalty(penalty: Penalty) -> str:
    """Both tiers in one line: ``… ; on a second or subsequent conviction, …`` (or "offence",
    where the statute counts offences: :func:`tier_labels`); a penalty graded by its cases
    gives the general punishment, then each limb after the statute's words for its cases
    (``…; if the threat be to cause death or grievous hurt, …, imprisonment … up to 7
    years, …``)."""
    text = format_tier(penalty.first)
    if penalty.subsequent is not None:
        text += f"; on a {tier_labels(penalty)[1]}, {format_tier(penalty.subsequent)}"
    for limb in penalty.limbs:
        text += f"; {limb.limb}, {format_tier(limb.penalty)}"
    return text


def format_classification(classification: Classification) -> str:
    """``cognizable, non-bailable, triable by Magistrate of the first class`` (only the parts the
    data records; the source and confidence are the caller's to show)."""
    parts = []
    settled = classification.settled
    if classification.cognizable is not None:
        parts.append("cognizable" if classification.cognizable else "non-cognizable")
    elif settled:
        parts.append("cognizable if the offence concerned is cognizable")
    if classification.bailable is not None:
        parts.append("bailable" if classification.bailable else "non-bailable")
    elif settled:
        parts.append("bailable if the offence concerned is bailable")
    if classification.triable_by:
        parts.append(f"triable by {classification.triable_by}")
    if classification.also_triable_by:
        parts.append(f"and also by {classification.also_triable_by}")
    return ", ".join(parts) if parts else "not stated"


def classification_basis(
    classification: Classification, label: Callable[[str], str], *, brief: bool = False
) -> str:
    """Where a classification comes from, as people cite it: the Schedule row (its source's
    title; *brief* drops the row's quoted words) and the special Act provisions applied on top
    (``label`` writes a provision id as people write it)."""
    title = classification.source.title
    if brief:
        title = title.split(" (“", 1)[0].split(", entry for", 1)[0]
    return "; ".join([title, *(label(rule) for rule in classification.rules)])


def classification_lines(
    first: Classification | None,
    subsequent: Classification | None,
    label: Callable[[str], str],
    *,
    brief: bool = False,
    limbs: Sequence[Classification] = (),
    first_limb: str | None = None,
    unstated: str | None = None,
) -> list[tuple[str, str]]:
    """A classification as ``(label, words)`` lines, per conviction where they differ, each with
    its basis and confidence (and, unless *brief*, the Schedule row's words and any note); the
    one wording of classification every view uses. The general row of a penalty graded by its
    cases is labelled with *first_limb*, the statute's words for its cases (IPC s.506), as its
    punishment is (:func:`punishment_lines`). Where no row is stated, *unstated* (why) is the
    one line, labelled "not stated"."""
    lines = []
    for name, row in (("first conviction", first), ("second or subsequent conviction", subsequent)):
        if row is None:
            continue
        basis = classification_basis(row, label, brief=brief)
        words = f"{format_classification(row)} [{basis}; confidence {row.confidence}]"
        if row.note and not brief:
            words += f" {row.note}"
        lines.append((name if subsequent is not None else first_limb or SINGLE_TIER_LABEL, words))
    for row in limbs:
        basis = classification_basis(row, label, brief=brief)
        words = f"{format_classification(row)} [{basis}; confidence {row.confidence}]"
        if row.note and not brief:
            words += f" {row.note}"
        lines.append((row.limb or "", words))
    if not lines and unstated:
        lines.append(("not stated", unstated))
    return lines


# --- wording derived punishments for people --------------------------------------------------

_FRACTIONS = {"1/2": "one-half", "1/3": "one-third", "1/4": "one-fourth", "3/4": "three-fourths"}


def fraction_words(fraction: str) -> str:
    """``"1/4"`` → ``one-fourth``, as the statutes write it (IPC s.201 "one-fourth part";
    IT Act s.84C and POCSO s.18 "one-half"); other fractions as figures."""
    return _FRACTIONS.get(fraction, fraction)


def format_derived_tier(tier: DerivedTier) -> str:
    """What a limb punishes with, in words: a fixed punishment as :func:`format_tier` words it;
    "the punishment provided for the offence"; or a fraction of the offence's longest term."""
    if tier.rule == "fixed":
        assert tier.penalty is not None
        return format_tier(tier.penalty)
    if tier.rule == "same_as_underlying":
        return "the punishment provided for the offence"
    assert tier.fraction is not None
    prison = (
        f"imprisonment of the description provided for the offence up to "
        f"{fraction_words(tier.fraction)} of its longest term"
    )
    fine = {
        "as_underlying": "the fine provided for the offence",
        "unlimited": "fine",
        "none": None,
    }[tier.fine or "none"]
    if fine is None or tier.combinator == "imprisonment_only":
        return prison
    if tier.combinator == "imprisonment_and_fine":
        return f"{prison}, and {fine}"
    if tier.combinator == "imprisonment_or_fine":
        return f"{prison}, or {fine}"
    return f"{prison}, or {fine}, or both"


def derived_limbs(derived: DerivedPenalty) -> list[tuple[str, str, bool]]:
    """Each limb as ``(when, punishment, depends)``: the statute's words for when it applies
    (or "for any offence it reaches"), the punishment in words, and whether that punishment can
    only be stated for a given offence (``lawref derive``) rather than outright."""
    return [
        (
            tier.limb or "for any offence it reaches",
            format_derived_tier(tier),
            tier.rule != "fixed",
        )
        for tier in derived.tiers
    ]


def format_reach(reach: OffenceReach, act_names: dict[str, str]) -> str:
    """Which offences a rule reaches, in words, with the statute's words that say so:
    ``offences under the IT Act (“… under this Act”)``."""
    names = [act_names.get(act, act) for act in reach.acts]
    text = "offences under the " + " and the ".join(names)
    if reach.other_laws:
        text += " and under any other law"
        if reach.other_laws_min_months is not None:
            text += (
                " punishable with imprisonment for a term of "
                f"{format_term(reach.other_laws_min_months)} or more"
            )
    return f"{text} (“{reach.quote}”)"


def punishment_lines(
    penalty: Penalty | None,
    derived: DerivedPenalty | None,
    *,
    subdivided: bool = False,
) -> list[tuple[str, str]]:
    """A provision's punishment as ``(label, words)`` lines — the one wording of punishments
    that the CLI, JSON-free text views, handouts and the site share.

    A penalty graded by earlier convictions (or offences) gives each tier in the statute's
    count; one graded by its cases gives each limb with the statute's words for the cases it
    punishes (IPC s.506: "Whoever commits, the offence of criminal intimidation" up to two
    years; "if the threat be to cause death or grievous hurt, …" up to seven); one that is
    neither is labelled "every conviction" (:data:`SINGLE_TIER_LABEL`); a punishment defined by
    reference to another offence gives each limb with the statute's words for when it applies
    (a fixed limb is a punishment outright; one that depends on the offence says so); a
    provision whose sub-divisions carry the punishment says so; otherwise it has none of its
    own (a definition, a duty)."""
    if penalty is not None:
        if penalty.first_limb is not None:
            return [(penalty.first_limb, format_tier(penalty.first))] + [
                (limb.limb, format_tier(limb.penalty)) for limb in penalty.limbs
            ]
        if penalty.subsequent is None:
            return [(SINGLE_TIER_LABEL, format_tier(penalty.first))]
        first, later = tier_labels(penalty)
        return [(first, format_tier(penalty.first)), (later, format_tier(penalty.subsequent))]
    if derived is not None:
        return [
            (when, words + (" (stated for a given offence)" if depends else ""))
            for when, words, depends in derived_limbs(derived)
        ]
    if subdivided:
        return [("punishment", "set out in its sub-divisions")]
    return [("punishment", "none of its own (it defines an offence or sets a duty)")]


# --- legal citations -------------------------------------------------------------------------


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(day: dt.date) -> str:
    """A date as people write it in India: ``13 October 2019`` (day, month, year; no ordinal)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_month(day: dt.date) -> str:
    """A month as people write it: ``October 2019``."""
    return f"{_MONTHS[day.month - 1]} {day.year}"


def format_change(
    day: dt.date,
    instruments: Sequence[str],
    removed: Sequence[str],
    added: Sequence[str],
    punishment_changed: Sequence[str],
) -> str:
    """One change in the law that reaches a conduct, saying which law applied before and after:
    ``16 August 2019 (The … (Amendment) Act, 2019): before, POCSO Act s.15; from then, POCSO Act
    s.15(1), POCSO Act s.15(2)``. The arguments are provisions as people write them."""
    made = f" ({'; '.join(instruments)})" if instruments else ""
    parts = []
    if removed and added:
        parts.append(f"before, {', '.join(removed)}; from then, {', '.join(added)}")
    elif added:
        parts.append(f"from then also {', '.join(added)}")
    elif removed:
        parts.append(f"from then no longer {', '.join(removed)}")
    if punishment_changed:
        parts.append(f"the punishment under {', '.join(punishment_changed)} changed")
    if not parts:
        parts.append("the text of the provisions that reach it was amended")
    return f"{format_date(day)}{made}: " + "; ".join(parts) + "."


_ID_IN_TEXT = re.compile(
    r"\b[a-z][a-z0-9-]*[a-z0-9]/[sr][0-9]+[A-Z]*(?:\((?:[0-9]+[A-Z]*|[a-z]{1,6}|proviso|explanation)\))*"
)


def cite_ids(text: str, label: Callable[[str], str]) -> str:
    """*text* with every provision id in it (``it-act-2000/s67B(b)``) written as people cite the
    provision (``IT Act s.67B(b)``, by *label*): for views on paper, where an id means nothing.
    Linear: one pass of a pattern without nested repetition."""
    return _ID_IN_TEXT.sub(lambda match: label(match[0]), text)


def cite_overlap(explanation: str, label: Callable[[str], str]) -> str:
    """An overlap rule's explanation as a lookup gives it (``pocso-2012/s42 (pocso-s42-2019):
    …``) for people: the rule's provision cited, its data id dropped, every provision cited."""
    return cite_ids(re.sub(r"\A(\S+) \([a-z0-9-]+\): ", r"\1: ", explanation), label)


_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def limb_citation_lines(penalty: Penalty | None, number: str) -> list[str]:
    """How courts and police cite each limb of *penalty* by marks the statute does not print
    (``Penalty.limb_citations``), one line per citation, with where the usage was read:
    "cited as “506(i)”, “506(1)”: the first limb (usage, not the text; read in G. Nambi v.
    State, …; confidence medium)"."""
    if penalty is None:
        return []
    lines = []
    for cited in sorted(penalty.limb_citations, key=lambda c: c.limb):
        marks = ", ".join(
            f"“{number}{mark}”" if mark.startswith("(") else f"“{number} {mark}”"
            for mark in cited.marks
        )
        ordinal = _ORDINALS.get(cited.limb, str(cited.limb))
        where = cited.source.title + (f", {cited.source.citation}" if cited.source.citation else "")
        lines.append(
            f"cited as {marks}: the {ordinal} limb (usage, not the text; read in {where}; "
            f"confidence {cited.confidence})"
        )
    return lines


def cited_limb_words(label: str, limb: int, words: str, successors: Sequence[str] = ()) -> str:
    """How a report's citation of one limb by a mark the statute does not print ("506(ii)",
    "506 Part II"; ``LimbCitation``) is read: "read as the second limb of IPC s.506, which
    numbers no sub-divisions: “if the threat be to cause death …”", and, once the Code is
    repealed, the successor that carries the limb ("; its successor for this limb:
    bns-2023/s351(3)")."""
    ordinal = _ORDINALS.get(limb, str(limb))
    said = f"read as the {ordinal} limb of {label}, which numbers no sub-divisions: “{words}”"
    if successors:
        said += f"; its successor for this limb: {', '.join(successors)}"
    return said


def classification_summary(
    first: Classification | None,
    subsequent: Classification | None,
    limbs: Sequence[Classification] = (),
    first_limb: str | None = None,
) -> str:
    """A classification in a few words for a summary table, per conviction where they differ
    and per limb (a penalty graded by its cases, *first_limb* given, by the limbs' order —
    "first limb", "second limb" — as the punishment beside it words each limb); its basis and
    confidence are for the fuller views (:func:`classification_lines`)."""
    parts = []
    graded = first_limb is not None and bool(limbs)
    if first is not None and subsequent is not None:
        parts.append(f"first conviction: {format_classification(first)}")
        parts.append(f"second or subsequent conviction: {format_classification(subsequent)}")
    elif first is not None:
        parts.append(
            f"first limb: {format_classification(first)}"
            if graded
            else format_classification(first)
        )
    for position, row in enumerate(limbs, start=2):
        label = f"{_ORDINALS.get(position, str(position))} limb" if graded else row.limb
        parts.append(
            f"{label}: {format_classification(row)}" if label else format_classification(row)
        )
    return "; ".join(parts) if parts else "not stated in lawref's data"


def format_wef(day: dt.date) -> str:
    """A commencement date as India Code's footnotes write it: ``27-10-2009``."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def act_label(act: ActRecord) -> str:
    """An Act as lawyers cite it in short: its short title and year (``IT Act 2000``,
    ``POCSO Act 2012``, ``BNS 2023``, ``POCSO Rules 2020``)."""
    year = act.title.rsplit(", ", 1)[-1] if act.title[-4:].isdigit() else ""
    if not year or act.short_title.endswith(year):
        return act.short_title
    return f"{act.short_title} {year}"


def extent_reached(act: Act, day: dt.date) -> str | None:
    """Where *act*'s extent on *day* reaches a place an earlier extent clause excluded, the words
    that say so, with the change's legal citation: a report that names a State's own Act of the
    same name for that day names a law the Union's had reached (POCSO s.1(2): "except the State
    of Jammu and Kashmir", omitted from 31 October 2019 by the Jammu and Kashmir Reorganisation
    Act, 2019). ``None`` where no exclusion was lifted by *day*."""
    now = act.extent_on(day)
    if now is None or now.excludes:
        return None
    lifted = sorted(
        {
            place
            for entry in act.extent
            if entry.valid_from < now.valid_from
            for place in entry.excludes
        }
    )
    if not lifted:
        return None
    instrument = next((i for i in act.instruments if i.id == now.instrument), None)
    title = instrument.title if instrument else ""
    if title.startswith("The "):
        title = "the " + title[4:]  # mid-sentence
    by = f" by {title} ({_short_citation(instrument.citation)})" if instrument else ""
    places = ", ".join(f"“{place}”" for place in lifted)
    return (
        f"from {format_date(now.valid_from)} the extent clause of the Union's {act_label(act)} "
        f"no longer excludes {places}: the exclusion was omitted{by}; the State's own law is "
        "right only for what came before that day"
    )


def _short_citation(citation: str) -> str:
    """``Act No. 10 of 2009`` → ``Act 10 of 2009``; ``G.S.R. 120(E), dated 10 February 2026`` →
    ``G.S.R. 120(E)``."""
    return citation.replace("Act No. ", "Act ").split(", dated")[0]


def legal_citation(
    act: ActRecord,
    number: str,
    change: ChangeKind,
    valid_from: dt.date,
    instrument: Instrument | None,
    amended_by: str | None,
) -> str:
    """A version's legal citation: the Act and section, what made this text and when, e.g.
    ``IT Act 2000 s.67B, inserted by Act 10 of 2009, s.32, w.e.f. 27-10-2009``;
    ``POCSO Act 2012 s.15, as enacted (Act 32 of 2012), w.e.f. 14-11-2012 (S.O. 2705(E), dated
    9 November 2012)``. A section of the amending instrument that lawref has not confirmed is
    said to be not recorded, never guessed."""
    division = "r." if act.kind == "rules" else "s."
    head = f"{act_label(act)} {division}{number}"
    if change == "first_recorded":
        return (
            f"{head}, text as in force on {format_wef(valid_from)} (earlier history not recorded)"
        )
    if change == "enacted" or instrument is None:
        made = "as made" if act.kind == "rules" else "as enacted"
        when = f"w.e.f. {format_wef(valid_from)}"
        if act.commencement:
            when += f" ({act.commencement})"
        return f"{head}, {made} ({_short_citation(act.citation)}), {when}"
    verb = {
        "inserted": "inserted by",
        "substituted": "substituted by",
        "amended": "as amended by",
        "omitted": "omitted by",
    }[change]
    by = _short_citation(instrument.citation)
    by += f", {amended_by}" if amended_by else " (amending provision not recorded)"
    when = f"w.e.f. {format_wef(valid_from)}"
    if instrument.confidence == "low":
        when += " (not confirmed)"
    elif instrument.commencement:
        when += f" ({instrument.commencement})"
    return f"{head}, {verb} {by}, {when}"


_UNCITABLE_HOSTS = (
    "github.com",
    "githubusercontent.com",
    "gitlab.com",
    "huggingface.co",
    "slideshare.net",
    "scribd.com",
    "yumpu.com",
    "slidepub.com",
)
_UNCITABLE_WORDS = ("github", "repository", ".dart", ".py", ".md ", "jsonl", "slideshare", "scribd")


def citable_copy(source: Source) -> str | None:
    """The copy a text was read in, as handouts and the site show it beside the legal citation,
    or ``None`` when that copy is a file in a code repository or an upload to a document- or
    slide-sharing site: such a copy stays in the data and the JSON as provenance, but is never
    presented to people as the source of the law (issue #11) — the legal citation is."""
    url = (source.url or "").lower()
    title = source.title.lower()
    if any(host in url for host in _UNCITABLE_HOSTS):
        return None
    if any(word in title for word in _UNCITABLE_WORDS):
        return None
    return source.title
