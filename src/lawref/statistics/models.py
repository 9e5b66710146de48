"""Official figures on online child sexual abuse material in India, as lawref holds them
(``data/statistics/``): where each was published, the statistical head it counts under (by the
head's own label, which is not a section of any Act), and each figure with the publisher's words.

A figure is a claim of its publisher, read in a copy lawref records (a press release, a
parliamentary answer, a news report quoting it). Two publications that give different figures
for the same head, period, area and measure are both kept; :func:`find_conflicts` reports them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, Self

from pydantic import Field, model_validator

from lawref.cases.models import Area
from lawref.statutes.models import Confidence, Frozen, Key

Measure = Literal[
    "cases_registered",
    "cases_chargesheeted",
    "cases_trials_completed",
    "persons_arrested",
    "persons_chargesheeted",
    "persons_convicted",
    "conviction_rate_percent",
    "crime_rate_per_lakh_children",
    "reports",
    "share_of_global_reports_percent",
    "complaints",
    "firs_registered",
    "locations_raided",
    "devices_seized",
    "persons_under_observation",
    "websites_shut_down",
]
"""What a figure counts. Rates and shares are percentages or per lakh, as their names say."""

MEASURE_WORDS: dict[Measure, str] = {
    "cases_registered": "cases registered",
    "cases_chargesheeted": "cases charge-sheeted",
    "cases_trials_completed": "cases whose trial was completed",
    "persons_arrested": "persons arrested",
    "persons_chargesheeted": "persons charge-sheeted",
    "persons_convicted": "persons convicted",
    "conviction_rate_percent": "conviction rate (%)",
    "crime_rate_per_lakh_children": "crime rate (per lakh children)",
    "reports": "reports",
    "share_of_global_reports_percent": "share of reports worldwide (%)",
    "complaints": "complaints",
    "firs_registered": "FIRs registered",
    "locations_raided": "places raided",
    "devices_seized": "devices seized",
    "persons_under_observation": "persons under watch",
    "websites_shut_down": "websites shut down",
}
"""Each measure in words, for tables and pages."""

_PERIOD = re.compile(r"\A(?:(\d{4})|(\d{4}-\d{2}-\d{2})?/(\d{4}-\d{2}-\d{2}))\Z")


class StatisticSource(Frozen):
    """A publication a figure was read in: who published it, its title and date, where it can be
    found again, and the SHA-256 of the text lawref read (the passage, not a whole page, is kept
    only as the figures' quotes)."""

    id: Key
    publisher: str
    title: str
    date: dt.date | None = None
    url: str
    read_sha256: str
    note: str | None = None

    @model_validator(mode="after")
    def _hash_is_a_hash(self) -> Self:
        if not re.fullmatch(r"[0-9a-f]{64}", self.read_sha256):
            raise ValueError("read_sha256 must be 64 lower-case hexadecimal digits")
        return self


class LabelCitation(Frozen):
    """Where a head's label is printed: a source and its words."""

    source: str
    quote: str


class Head(Frozen):
    """A statistical head as its publisher labels it. ``provisions`` are the provisions the label
    itself names (none where it names none): lawref says which of their versions were in force in
    a figure's period, and never treats the head as the provision."""

    id: Key
    label: str
    publisher: str
    label_citation: LabelCitation | None = None
    provisions: tuple[str, ...] = ()
    note: str | None = None


class Figure(Frozen):
    """One figure: a head, a period (``2019``; ``2020-01-01/2023-05-15``; ``/2024-04-30``, a
    running total to that day), an area, a measure, the value, and the publication's words."""

    head: str
    period: str
    area: Area = "India"
    measure: Measure
    value: int | float
    qualifier: Literal["about", "more than"] | None = None
    """The publication's own hedge on the value ("about 10,000"; "more than 525")."""
    source: str
    quote: str
    confidence: Confidence = "medium"
    note: str | None = None

    @model_validator(mode="after")
    def _period_reads(self) -> Self:
        match = _PERIOD.match(self.period)
        if match is None:
            raise ValueError(
                "period must be a year (2019), from/to dates (2020-01-01/2023-05-15) or a running "
                "total to a date (/2024-04-30)"
            )
        start, end = self.start, self.end
        if start is not None and start > end:
            raise ValueError(f"period {self.period!r} ends before it starts")
        if self.value < 0:
            raise ValueError("a figure cannot be negative")
        return self

    @property
    def start(self) -> dt.date | None:
        """The first day the figure counts (``None`` for a running total of unknown start)."""
        match = _PERIOD.match(self.period)
        assert match is not None
        if match[1]:
            return dt.date(int(match[1]), 1, 1)
        return dt.date.fromisoformat(match[2]) if match[2] else None

    @property
    def end(self) -> dt.date:
        """The last day the figure counts."""
        match = _PERIOD.match(self.period)
        assert match is not None
        if match[1]:
            return dt.date(int(match[1]), 12, 31)
        return dt.date.fromisoformat(match[3])


class StatisticConflict(Frozen):
    """Two or more publications giving different values for one head, period, area and
    measure."""

    head: str
    period: str
    area: str
    measure: str
    figures: tuple[Figure, ...]


class Statistics(Frozen):
    """Every statistical source, head and figure lawref holds."""

    sources: dict[str, StatisticSource] = Field(default_factory=dict)
    heads: dict[str, Head] = Field(default_factory=dict)
    figures: tuple[Figure, ...] = ()


ABOUT = 0.01
"""How far an "about" figure may lie from another and still agree with it: one per cent."""


def _agree(left: Figure, right: Figure) -> bool:
    """Whether two figures for the same thing can both be true: equal values; "about X" within
    :data:`ABOUT` of the other; "more than X" below the other's value."""
    if left.qualifier is None and right.qualifier is None:
        return left.value == right.value
    for hedged, other in ((left, right), (right, left)):
        if hedged.qualifier == "about" and abs(hedged.value - other.value) <= ABOUT * max(
            hedged.value, other.value
        ):
            return True
        if hedged.qualifier == "more than" and other.qualifier is None:
            return other.value >= hedged.value
    return left.qualifier == right.qualifier and left.value == right.value


def find_conflicts(figures: tuple[Figure, ...]) -> tuple[StatisticConflict, ...]:
    """The groups of figures for one head, period, area and measure of which two cannot both be
    true (equal values; "about" within :data:`ABOUT`; "more than" below the other), in the
    order the data lists them."""
    groups: dict[tuple[str, str, str, str], list[Figure]] = {}
    for figure in figures:
        key = (figure.head, figure.period, figure.area, figure.measure)
        groups.setdefault(key, []).append(figure)
    return tuple(
        StatisticConflict(
            head=key[0], period=key[1], area=key[2], measure=key[3], figures=tuple(group)
        )
        for key, group in groups.items()
        if any(not _agree(a, b) for i, a in enumerate(group) for b in group[i + 1 :])
    )
