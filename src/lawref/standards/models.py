"""Models of an international benchmark and lawref's reading of Indian law against it."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from lawref.statutes.models import Confidence, Frozen, Key, Source

Verdict = Literal["met", "partly met", "not met"]
"""lawref's reading of how far the Indian law then in force meets a criterion."""


class Benchmark(Frozen):
    """A benchmark: its title, edition and publisher, the words that lead into its criteria, and
    where they were read."""

    id: Key
    title: str
    edition: str
    publisher: str
    published: dt.date
    lead_in: str
    source: Source
    confidence: Confidence
    note: str | None = None


class Criterion(Frozen):
    """One criterion, in the benchmark's own words."""

    id: Key
    number: int
    words: str


class Reading(Frozen):
    """lawref's reading of the Indian law on a criterion from ``valid_from`` (the day a provision
    or holding it names came in) until the next reading: the provisions and holdings
    (``judgment#holding``) that bear on it, the verdict, and why."""

    criterion: str
    valid_from: dt.date
    verdict: Verdict
    provisions: tuple[str, ...]
    holdings: tuple[str, ...] = ()
    explanation: str


class StandardFile(Frozen):
    """A benchmark as ``data/standards/<id>.toml`` holds it."""

    standard: dict[str, object]
    criteria: tuple[Criterion, ...]
    readings: tuple[Reading, ...]


class Standard(Frozen):
    """A benchmark with its criteria and lawref's readings, each criterion's oldest first."""

    benchmark: Benchmark
    criteria: tuple[Criterion, ...]
    readings: tuple[Reading, ...]


class CriterionOn(Frozen):
    """A criterion on a day: lawref's reading then (none before the first), and every reading's
    day, so that a reader sees when the law came to meet it."""

    criterion: Criterion
    reading: Reading | None
    history: tuple[Reading, ...]


class StandardOn(Frozen):
    """A benchmark's criteria on a day, as lawref reads the Indian law then in force."""

    benchmark: Benchmark
    as_of: dt.date
    criteria: tuple[CriterionOn, ...]
    reviewed_on: dt.date


def standing(standard: Standard, day: dt.date, reviewed_on: dt.date) -> StandardOn:
    """Each criterion of *standard* with lawref's reading of the law in force on *day*."""
    rows = []
    for criterion in sorted(standard.criteria, key=lambda c: c.number):
        history = tuple(
            sorted(
                (r for r in standard.readings if r.criterion == criterion.id),
                key=lambda r: r.valid_from,
            )
        )
        current = [r for r in history if r.valid_from <= day]
        rows.append(
            CriterionOn(
                criterion=criterion, reading=current[-1] if current else None, history=history
            )
        )
    return StandardOn(
        benchmark=standard.benchmark, as_of=day, criteria=tuple(rows), reviewed_on=reviewed_on
    )
