"""What a statement of punishment is read into: its parts (a term, a fine, life, death, each
with its place) and the statement they combine into (``_Stated``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lawref.analysis.models import Payer, PaymentKind


@dataclass(frozen=True, slots=True)
class _Part:
    start: int
    end: int
    kind: str
    min_months: float | None = None
    max_months: float | None = None
    fine_inr: int | None = None
    limited: bool = False  # said with a limit ("up to", "at least") or as a range: the law's form
    days: int | None = None  # a term said in days ("ten days' simple imprisonment")
    at_least: bool = False  # a fine said as a minimum ("a fine of not less than Rs 5,000")
    # a fine said as a range's end ("a fine of Rs 10,000 to Rs 1,00,000"), the low end a minimum
    # (``at_least``) and the high end a maximum (``limited``)
    fine_range: bool = False
    # a term with "or more" or "and above" after it ("five years or more"): a minimum, or the
    # class of offences whose maximum reaches it, as the law words that class (IT Act s.77B:
    # "the offence punishable with imprisonment of three years and above shall be
    # cognizable"; the Codes' "3 years and upwards")
    or_more: bool = False
    # … said with "and upwards" or "and onwards", the Codes' words for a band of offences by
    # their maximum ("3 years and upwards but not more than 7 years"): a maximum said with it
    # is the band's top, not the law's maximum
    upwards: bool = False
    # a payment a court ordered that is not a fine (kind "payment"): its rupees, and what for
    # ("compensation" or "fund"; :mod:`lawref.analysis.punishments.payments`)
    paid_inr: int | None = None
    paid_for: PaymentKind | None = None
    paid_by: Payer | None = None


# the word that joins alternatives of the law ("death or life imprisonment": one statement)
_OR = re.compile(r"\bor\b", re.IGNORECASE)

_MOST_PIECES = 6


def _death_apart_from_life(text: str, parts: Sequence[_Part]) -> list[Sequence[_Part]]:
    """*parts* as statements: one, unless death and life are both in it, which no one person
    holds at once ("sentenced him to death, which the High Court commuted to life
    imprisonment", "the accused to death and the co-accused to life imprisonment": two
    sentences; review 2026-12-12a M4), split where the one kind gives way to the other with no
    "or" between ("punishable with death or life imprisonment" is one law)."""
    kinds = {p.kind for p in parts}
    if not {"death", "life"} <= kinds:
        return [parts]
    ordered = sorted(parts, key=lambda p: p.start)
    pieces: list[list[_Part]] = [[]]
    last: str | None = None
    previous_end = 0
    for part in ordered:
        if part.kind in ("death", "life"):
            if (
                last is not None
                and part.kind != last
                and pieces[-1]
                and _OR.search(text, previous_end, part.start) is None
            ):
                pieces.append([])
            last = part.kind
        pieces[-1].append(part)
        previous_end = part.end
    found: list[Sequence[_Part]] = [piece for piece in pieces if piece]
    # (six at most: a clause of more alternations is read as one statement, so that each piece's
    # reading of its clause stays linear in the text; reviews 2026-12-12b M1, 12c H6)
    return found if len(found) <= _MOST_PIECES else [parts]


_DAYS_A_YEAR = 365


def _day_term(start: int, end: int, days: int) -> _Part:
    """A term said in days, as a term part: its months are the days in twelfths of a year
    (a day is 12/365 of a month), for comparison with the law's terms in months and years."""
    months = days * 12 / _DAYS_A_YEAR
    return _Part(start, end, "term", None, months, None, False, days)


@dataclass(frozen=True, slots=True)
class _Stated:
    min_months: float | None
    max_months: float | None
    fine_inr: int | None
    # a term said with no limit ("carries 20 years of rigorous imprisonment", "5 साल की सजा"):
    # it may be the law's maximum or its minimum (POCSO s.6 since 2019: not less than twenty
    # years), so it is compared with the law's range, never as a maximum
    bare_term: bool = False
    days: int | None = None  # the term said in days, where every term is ("15 days' RI")
    # every minimum said after its term ("punishable with imprisonment of three years and
    # above"), with no maximum beside it, or a band's floor ("3 years and upwards but not more
    # than 7 years", the maximum its top): a class of offences by their maximum, or a minimum;
    # it differs only where the law's terms are neither (``compare._problems``). "Three years
    # or more … may go up to seven years" is a range (review 2026-12-25a M3).
    or_more: bool = False


def _combine(parts: Sequence[_Part]) -> _Stated:
    terms = [p for p in parts if p.kind == "term"]
    fines = [p.fine_inr for p in parts if p.fine_inr is not None]
    mins = [p.min_months for p in terms if p.min_months is not None]
    maxes = [p.max_months for p in terms if p.max_months is not None]
    low = min(mins) if mins else None
    high = max(maxes) if maxes else None
    if low is not None and high is not None and high < low:
        # "a minimum of 20 years under POCSO, and a sentence under the IT Act which may extend
        # to 7 years": two punishments, no range; the maximum below the minimum is not said
        high = None
    bare = bool(terms) and low is None and not any(p.limited for p in terms)
    days = [p.days for p in terms if p.days is not None]
    in_days = max(days) if days and len(days) == len(terms) else None
    floors = [p for p in terms if p.min_months is not None]
    or_more = (
        bool(floors)
        and all(p.or_more for p in floors)
        and (high is None or all(p.upwards for p in floors))
    )
    return _Stated(low, high, max(fines) if fines else None, bare, in_days, or_more)
