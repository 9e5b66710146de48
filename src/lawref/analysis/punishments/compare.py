"""How a stated punishment differs from the law on the date: the provision it is said of, the
tiers of that provision's penalty (first and subsequent conviction), and the words that say
where the statement says more or less than the law, or a sentence exceeds it. The wording of
the law itself is :mod:`lawref.statutes.phrases`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence

from lawref.analysis.models import StatuteReference
from lawref.analysis.punishments.grammar import _TURN_TO
from lawref.analysis.punishments.parts import (
    _Part,
    _Stated,
)
from lawref.statutes.models import Imprisonment, Penalty, PenaltyTier
from lawref.statutes.phrases import (
    STATED_CONVICTION,
    format_days,
    format_inr,
    format_penalty,
    format_term,
)

# words after an Act's name that make it the law a statement is said of ("… and the POCSO Act,
# which provides …"); with none, the name is a court's, a case's or a charge's ("the special POCSO
# court", "Special Court (POCSO)") and takes no statement
_LAW_AFTER = re.compile(
    r",?\s*(?:which|that|provides?|prescribes?|lays\s+down|under\s+which)\b", re.IGNORECASE
)

# what joins two references of one list, once the first one's Act is taken out: a comma,
# "and", "or", "&" or "/", with at most the words a list repeats ("354D and 506", "Section 12
# of the POCSO Act and Section 506", "354, 509, 506"); not a clause ("booked under Section 354
# … in 2019, now faces charges under Section 67B", "Apart from Section 12 …, police added
# Section 67B"; review 2026-12-22c H6), nor "r/w" (one provision read with another)
_LIST_JOINT = re.compile(
    # (or spaces alone, and Hindi's and Marathi's joins: "धारा 376 506 भादवि में 10 वर्ष",
    # "धारा 6 व 12 में 20 वर्ष"; review 2027-01-11b H1)
    r"(?:(?=.*(?:,|\band\b|\bor\b|&|/))|(?=\s+\Z)|(?=.*(?<![\u0900-\u097f])(?:व|और|एवं|तथा|आणि)"
    r"(?![\u0900-\u097f])))"
    r"[\s,&/]*(?:(?:and|or|of|the|sections?|secs?\.?|u/s"
    # ("506 Part II", a section's part, as the references read it: review 2026-12-22d M1)
    r"|under|also|part(?:[\s-]?(?:ii|i|2|1))?|['\u2019]s)\b[\s,&/]*"
    r"|(?<![\u0900-\u097f])(?:व|और|एवं|तथा|आणि)(?![\u0900-\u097f])[\s,]*"
    # (and the section word repeated, with its genitive: "धारा 4 पॉक्सो एक्ट व धारा 506 भादवि",
    # "पॉक्सो एक्ट की धारा 6 और भादवि की धारा 506", "कलम ६ व भादंवि कलम ५०६"; review
    # 2027-01-11d H2)
    r"|(?<![\u0900-\u097f])(?:धारा|धाराओं|धाराएं|धाराएँ|कलम|कलमे|की|के|का)(?![\u0900-\u097f])[\s,]*)*",
    re.IGNORECASE,
)
# "…, the latter of which carries …", "under the latter": the statement names its member
_LATTER = re.compile(r"\blatter\b", re.IGNORECASE)
# a numbered sub-section in a provision id ("pocso-2012/s15(2)")
_NUMBERED_PART = re.compile(r"\(\d+\)")


def _in_one_list(
    text: str, earlier: StatuteReference, last: StatuteReference, position: int
) -> bool:
    """Whether *earlier* and *last*, the two references nearest before a statement at
    *position*, are members of one list the statement follows: only a list's joint between
    them (the first one's Act name aside), different sections (two clauses of one section share
    its punishment: "Section 67B(a) and (b)"; review 2026-12-22c H8), and no "the latter"
    before the statement (H7)."""
    if _LATTER.search(text, last.end, position):
        return False
    if (
        earlier.provision is not None
        and last.provision is not None
        and _whole_section(earlier.provision) == _whole_section(last.provision)
        and not _NUMBERED_PART.search(earlier.provision + last.provision)
    ):
        # (clauses of one section; not its numbered sub-sections, which may punish apart:
        # POCSO s.15(1), (2) and (3); review 2026-12-22d H4)
        return False
    # the joint with each reference's Act name taken out, where it stands between them ("12 of
    # the POCSO Act and the IT Act's Section 67B"; review 2026-12-22e M2)
    spans = sorted(
        (ref.act_start, ref.act_end)
        for ref in (earlier, last)
        if ref.act_start is not None
        and ref.act_end is not None
        and earlier.end <= ref.act_start <= ref.act_end <= last.start
    )
    pieces, at = [], earlier.end
    for low, high in spans:
        if low >= at:
            pieces.append(text[at:low])
            at = high
    pieces.append(text[at : last.start])
    return _LIST_JOINT.fullmatch(" ".join(pieces)) is not None


def _whole_section(provision: str) -> str:
    """The whole section a provision id is part of ("it-act-2000/s67B(a)": "it-act-2000/s67B")."""
    return provision.split("(", 1)[0]


# a plural verb of the law after two references: the statement is said of them together ("booked
# under Section 67B of the IT Act and Section 292 of the IPC, which provide up to five years"),
# so it is compared with neither alone
_SAID_OF_ALL = re.compile(
    r"\b(?:which|that)\s+(?:together\s+|both\s+|each\s+)?(?:provide|prescribe|carry|attract"
    r"|entail|invite|stipulate)\b|\bboth\s+of\s+which\b",
    re.IGNORECASE,
)


def _claims(
    stated: _Stated,
    kinds: set[str],
    limited_fine: bool = True,
    conviction: str | None = None,
    least_fine: bool = False,
    payments: Sequence[str] = (),
    fine_floor: int | None = None,
) -> str:
    """A statement of the law in words: its terms, its fine, life and death ("imprisonment up to
    5 years; a fine up to ₹10 lakh", "imprisonment for life"); a fine said with no limit is
    worded as said ("a fine of ₹5,000"), one said as a minimum as one ("a fine of at least
    ₹5,000"), and the *payments* ordered beside it, worded; the conviction it is said for,
    where the text names one ("…, on a first conviction":
    :data:`lawref.statutes.phrases.STATED_CONVICTION`); a fine's range from *fine_floor* ("a fine
    from ₹10,000 to ₹1 lakh")."""
    pieces = []
    if "death" in kinds:
        pieces.append("death")
    if "life" in kinds:
        pieces.append("imprisonment for life")
    if "community_service" in kinds:
        pieces.append("community service")
    if stated.min_months is not None and stated.max_months is not None and stated.or_more:
        low, high = format_term(stated.min_months), format_term(stated.max_months)
        pieces.append(f"imprisonment of {low} and upwards, not more than {high}")
    elif stated.min_months is not None and stated.max_months is not None:
        low, high = format_term(stated.min_months), format_term(stated.max_months)
        pieces.append(f"imprisonment from {low} to {high}")
    elif stated.max_months is not None and stated.days is not None:
        pieces.append(f"imprisonment of {format_days(stated.days)}")
    elif stated.max_months is not None and stated.bare_term:
        pieces.append(f"imprisonment of {format_term(stated.max_months)}")
    elif stated.max_months is not None:
        pieces.append(f"imprisonment up to {format_term(stated.max_months)}")
    elif stated.min_months is not None and stated.or_more:
        pieces.append(f"imprisonment of {format_term(stated.min_months)} or more")
    elif stated.min_months is not None:
        pieces.append(f"imprisonment of at least {format_term(stated.min_months)}")
    if "unstated" in kinds and stated.min_months is None and stated.max_months is None:
        pieces.append("imprisonment (no term read)")
    if stated.fine_inr is not None and limited_fine and fine_floor is not None:
        # "a fine of Rs 10,000 to Rs 1,00,000": a range
        pieces.append(f"a fine from {format_inr(fine_floor)} to {format_inr(stated.fine_inr)}")
    elif stated.fine_inr is not None:
        limit = "up to" if limited_fine else "of at least" if least_fine else "of"
        pieces.append(f"a fine {limit} {format_inr(stated.fine_inr)}")
    elif "unstated_fine" in kinds:
        pieces.append("a fine (no amount read)")
    pieces.extend(payments)
    said = "; ".join(pieces)
    if conviction is not None and said:
        said += f", {STATED_CONVICTION[conviction]}"
    return said


def _tiers(penalty: Penalty) -> list[PenaltyTier]:
    """The tiers of *penalty* a statement is compared with: both, whatever conviction the text
    says it is for, and every limb of a penalty graded by its cases (a report's "up to seven
    years under Section 506" is IPC s.506's second limb, not a difference from its first). The
    conviction a statement is read for is shown, not used to narrow the comparison: three
    reviews (2026-12-17a to 17c) found readings that tied a term to the wrong tier, and a term
    compared with the wrong tier alone says a right statement of the law differs — a wrong
    difference is worse than a missed one."""
    return list(penalty.tiers())


def _differs(
    stated: _Stated,
    parts: Sequence[_Part],
    law: Penalty | None,
    provision: str | None,
    claims: str,
    day: dt.date,
    law_worded: object = True,
    law_said: str | None = None,
) -> str | None:
    """How the statement differs from the law on *day*: a stated maximum term or fine that no
    conviction tier of the provision has, a life term or death the provision does not
    provide. *law_said* names the law compared where it is not the law on *day* (a provision
    that had ended by then, compared with its last text)."""
    if law is None or provision is None:
        return None
    if not _problems(stated, parts, law, bool(law_worded)):
        return None
    kinds = {p.kind for p in parts}
    said = claims or ", ".join(sorted(kinds - {"term", "fine"}))
    return (
        f"the text says {said} under {provision}; {law_said or f'the law on {day}'} provides "
        f"{format_penalty(law)}"
    )


def _in_class(imprisonment: Imprisonment, floor: float, top: float | None) -> bool:
    """Whether a tier's imprisonment is in the class of offences punishable with *floor* "and
    above" (its longest term reaches the floor: its maximum, life, or a minimum with no
    maximum, POCSO s.14(1) since 2019; review 2026-12-25a H3), and, for a band with a *top*
    ("3 years and upwards but not more than 7 years"), not beyond the top."""
    longest = (
        None
        if imprisonment.life
        else imprisonment.max_months
        if imprisonment.max_months is not None
        else None
        if imprisonment.min_months is not None
        else 0.0
    )
    if top is not None:
        return longest is not None and floor <= longest <= top
    return longest is None or longest >= floor


def _problems(
    stated: _Stated,
    parts: Sequence[_Part],
    law: Penalty,
    law_worded: bool = True,
) -> list[str]:
    """What of a statement no conviction tier of *law* has: its maximum term, its minimum, its
    fine, life or death."""
    tiers = _tiers(law)
    problems = []
    if stated.bare_term and stated.max_months is not None:
        # a term said with no limit may be the law's maximum or its minimum: it differs when no
        # tier has it as either ("carries three years" under IT Act s.67B, whose terms are up
        # to five and seven years; not "carries 20 years" where twenty is the minimum), when
        # said with a word of the law (``_LAW_WORDED``); with none it may be a sentence ("gave
        # the 28-year-old, who had shared …, three years' imprisonment") and differs only
        # outside every tier's range ("could be sentenced to ten years" under s.67B)
        months = stated.max_months
        if (
            not any(_within(months, t.imprisonment) for t in tiers)
            if not law_worded
            else not any(_a_bound(months, t.imprisonment) for t in tiers)
        ):
            problems.append("term")
    elif stated.or_more and stated.min_months is not None:
        # "punishable with imprisonment of three years and above" of IT Act s.67A (up to five
        # years): the class of offences whose maximum reaches three years, as s.77B and the
        # Codes' First Schedules word it ("3 years and upwards but not more than 7 years": a
        # band), or a minimum; it differs only where no tier is either
        if not any(
            t.imprisonment is not None
            and (
                t.imprisonment.min_months == stated.min_months
                or _in_class(t.imprisonment, stated.min_months, stated.max_months)
            )
            for t in tiers
        ):
            problems.append("term")
    elif stated.max_months is not None and not any(
        t.imprisonment is not None and t.imprisonment.max_months == stated.max_months for t in tiers
    ):
        problems.append("term")
    if (
        stated.min_months is not None
        and not stated.or_more
        and not any(
            t.imprisonment is not None and t.imprisonment.min_months == stated.min_months
            for t in tiers
        )
    ):
        problems.append("minimum")
    limited_fine = any(p.kind == "fine" and p.limited for p in parts)
    # (a least fine only where every fine stated is one: "a fine of Rs 5 lakh, … a fine of at
    # least Rs 5,000" is no least fine of Rs 5 lakh; review 2026-12-30c H4)
    fine_parts = [p for p in parts if p.kind == "fine"]
    least_fine = bool(fine_parts) and all(p.at_least for p in fine_parts)
    fines = [t.fine for t in tiers if t.fine is not None]
    if stated.fine_inr is not None and limited_fine:
        if not any(f.max_inr == stated.fine_inr for f in fines):
            problems.append("fine")  # "a fine up to Rs 20 lakh": a maximum no tier has
    elif stated.fine_inr is not None and least_fine and fines:
        if not any(f.min_inr == stated.fine_inr for f in fines):
            # "a fine of not less than Rs 20,000" under POCSO s.15(1), whose minimums are
            # Rs 5,000 and Rs 10,000: a minimum no tier has
            problems.append("fine")
    elif stated.fine_inr is not None and fines:
        # a bare amount ("a Rs 5,000 fine") may be a minimum (POCSO s.15(1)) or a fine paid: it
        # differs only when it lies outside every tier's range
        amount = stated.fine_inr
        if all(
            (f.max_inr is not None and amount > f.max_inr)
            or (f.min_inr is not None and amount < f.min_inr)
            for f in fines
        ):
            problems.append("fine")
    problems.extend(_life_and_death({p.kind for p in parts}, tiers))
    return problems


def _within(months: float, imprisonment: Imprisonment | None) -> bool:
    """Whether a term of *months* is one a tier allows: at least its minimum, at most its
    maximum (no maximum with a minimum or life: no bound; neither: any term unless life
    outright)."""
    if imprisonment is None:
        return False
    if imprisonment.min_months is not None and months < imprisonment.min_months:
        return False
    if imprisonment.max_months is not None:
        return months <= imprisonment.max_months
    return imprisonment.min_months is not None or not imprisonment.life


def _a_bound(months: float, imprisonment: Imprisonment | None) -> bool:
    """Whether a term of *months* is a tier's minimum or maximum."""
    return imprisonment is not None and months in (
        imprisonment.min_months,
        imprisonment.max_months,
    )


def _life_and_death(kinds: set[str], tiers: Sequence[PenaltyTier]) -> list[str]:
    """Life imprisonment or death stated where no conviction tier of the provision has it."""
    problems = []
    if "life" in kinds and not any(
        t.imprisonment is not None and t.imprisonment.life for t in tiers
    ):
        problems.append("life")
    if "death" in kinds and not any(t.death for t in tiers):
        problems.append("death")
    return problems


def _exceeds(
    text: str,
    parts: Sequence[_Part],
    law: Penalty | None,
    provision: str | None,
    claims: str,
    day: dt.date,
    law_said: str | None = None,
) -> str | None:
    """How a sentence imposed goes beyond what the provision allows on *day* (or the law
    *law_said* names): a term longer
    than its longest or shorter than its shortest minimum, imprisonment where it provides only a
    fine, a fine above its highest or below its lowest minimum, life or death where it provides
    neither. A sentence within the law states nothing wrong about it (a court may impose less
    than the maximum). A statement of several terms ("five years under s.67B and 20 years under
    s.6") is several sentences, perhaps under several provisions, and is not compared; nor is
    one of a single provision that may have been passed with others, beyond what the note says
    ("for it alone")."""
    if law is None or provision is None:
        return None
    terms = [p for p in parts if p.kind == "term"]
    if len(terms) > 1:
        return None
    tiers = _tiers(law)
    problems = []
    kinds = {p.kind for p in parts}
    jail = [t.imprisonment for t in tiers if t.imprisonment is not None]
    life = any(i.life for i in jail)
    if terms:
        months = terms[0].max_months if terms[0].max_months is not None else terms[0].min_months
        if months is not None:
            longest = [i.max_months for i in jail if not i.life]
            if not jail:
                problems.append("imprisonment")
            elif not life and longest and all(m is not None and months > m for m in longest):
                problems.append("term")
            elif all(i.min_months is not None and months < i.min_months for i in jail):
                problems.append("minimum")
    fine = next((p.fine_inr for p in parts if p.fine_inr is not None), None)
    fines = [t.fine for t in tiers if t.fine is not None]
    if fine is not None and fines:
        if all(f.max_inr is not None and fine > f.max_inr for f in fines):
            problems.append("fine")
        elif all(f.min_inr is not None and fine < f.min_inr for f in fines):
            problems.append("fine minimum")
    problems.extend(_life_and_death(kinds, tiers))
    if not problems:
        return None
    said = claims or ", ".join(sorted(kinds - {"term", "fine"}))
    return (
        f"the text reports {said} under {provision}, which {law_said or f'the law on {day}'} "
        f"does not allow for it alone: {format_penalty(law)}"
    )


# a statement of the law closed by its own reference ("faces up to five years in jail under
# Section 67B"); see ``_provision_in`` for where it is taken
_UNDER_RIGHT_AFTER = re.compile(
    r"\s+(?:(?:in\s+)?(?:jail|prison)\s+)?(?:under|u/s|as\s+per)\s+"
    r"(?:(?:section|sections|secs?\.?|s\.)\s*)?",
    re.IGNORECASE,
)
# a comma that ends a clause, not one inside an amount ("Rs 10,00,000")
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
# a statement said to be provided under the reference after it
_PROVIDED_UNDER = re.compile(
    r"\s+(?:(?:is|are)\s+)?(?:provided|prescribed|stipulated|laid\s+down|mandated)\s+"
    r"(?:under|in|by)\s+(?:the\s+)?(?:(?:section|sections|secs?\.?|s\.)\s*)?",
    re.IGNORECASE,
)


def _provision_in(
    text: str,
    refs: Sequence[StatuteReference],
    starts: Sequence[int],
    low: int,
    high: int,
    position: int,
    end: int | None = None,
    punishes: Callable[[str], bool] | None = None,
    cited: Callable[[str, StatuteReference], bool] | None = None,
    booked: Callable[[str, int, int], bool] | None = None,
) -> str | None:
    """The provision a statement in the sentence *low*..*high* is said of: the nearest reference
    before it in the sentence, else the first after it, when lawref holds that provision. A
    nearer reference lawref does not resolve takes the statement from the one beyond it
    ("booked under Section 6 of the POCSO Act, which is punishable with death, and Section 67B
    of the IT Act": death is said of s.6, not of s.67B); an Act named with no section takes one
    only as law ("the POCSO Act, which provides …"), not as a court's or a charge's name ("the
    special POCSO court"). A statement its own clause says is provided under a reference after
    it (*end* onwards: "… is provided under Section 14 of the POCSO Act") is said of that one.
    A statement of the law (*punishes* is given only for statements of the law, never for a
    sentence passed) closed by "under Section X" (or "as per Section X") right after it, in one
    clause with no comma but an amount's, is said of Section X when lawref holds a punishment
    for it (*punishes*: :meth:`lawref.statutes.book.Statutes.punishes`):
    "booked under Section 12 of the POCSO Act and faces up to five years in jail under Section
    67B of the IT Act" states s.67B's term, not s.12's; and of nothing lawref holds when X
    resolves to no provision ("… life imprisonment under Section 6 of the POCSO Act"). A
    court's sentence keeps the offence named before it: the section after a sentence passed is
    often how it was passed (CrPC s.248, IPC s.71, POCSO s.42; review 2026-12-19e H1). *refs*
    are sorted by start (*starts*), so the sentence's references are found by binary search.
    A reference *cited* says the statute's words cite for what it speaks of takes no statement
    (:class:`lawref.analysis.punishments.cross_references.CrossReferences`). A sentence passed
    (*punishes* not given) with no reference before it takes none after it when a word of a
    booking (*booked*: ``booking_words``) is told between ("sentenced to 20 years in jail for
    rape of minor, cyber police also booked him under section 67B" passed no term under
    s.67B)."""
    first, last = bisect.bisect_left(starts, low), bisect.bisect_left(starts, high)
    # an Act named for a court or a case ("the special POCSO court", "a POCSO case") takes no
    # statement; an Act named as law ("… and the POCSO Act, which provides …") does
    # (not a section the statute's words cite for what they speak of: "… any such obscene
    # object as is referred to in section 294, … shall be punished …")
    inside = [
        r
        for r in refs[first:last]
        if (r.section is not None or _LAW_AFTER.match(text, r.end))
        and not (cited is not None and cited(text, r))
    ]
    before = [r for r in inside if r.start < position]
    after = [r for r in inside if end is not None and r.start >= end]
    if after and end is not None and _PROVIDED_UNDER.fullmatch(text, end, after[0].start):
        # "… a maximum of seven years in jail is provided under Section 14 of the POCSO Act":
        # said of the provision its own clause names after it
        return after[0].provision
    if (
        punishes is not None
        and after
        and end is not None
        and after[0].section is not None
        and _CLAUSE_COMMA.search(text, position, end) is None
        and _UNDER_RIGHT_AFTER.fullmatch(text, end, after[0].start)
    ):
        if after[0].provision is None:
            # a section lawref does not hold ("… faces life imprisonment under Section 6 of the
            # POCSO Act"): said of that one, which is compared with nothing (review 2026-12-20a
            # H3)
            return None
        if punishes(after[0].provision):
            return after[0].provision
    if len(before) > 1 and _SAID_OF_ALL.search(text, before[-1].end, position):
        return None  # "Section 67B … and Section 292 IPC, which provide …": said of both
    if len(before) > 1 and _in_one_list(text, before[-2], before[-1], position):
        # "booked under Sections 354D and 506 of the IPC, which entails up to three years",
        # "convicted under Sections 376 and 506 … and sentenced to ten years": said of a list
        # of sections, whichever of them it is of; the last (IPC s.506 ends most such lists)
        # is no more its provision than the others (review 2026-12-22a H1, M1)
        return None
    if before:
        return before[-1].provision
    if (
        punishes is None
        and booked is not None
        and after
        and end is not None
        and booked(text, end, after[0].start)
    ):
        return None  # the section after is the booking's, not the sentence's
    if inside and end is not None and _TURN_TO.search(text, end, inside[0].start):
        # "The punishment is up to three years, but under Section 67B … it is up to five years":
        # a section named after a turn is the other clause's (review 2026-12-18c H14)
        return None
    return inside[0].provision if inside else None
