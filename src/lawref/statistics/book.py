"""Questions put to the official figures: which figures a head, a State or both have; which
versions of the provisions a head's label names were in force, and whether the law changed within
a figure's period (a count for 2019 spans POCSO s.15 as enacted, which reached only storage for a
commercial purpose, and s.15 as substituted from 16 August 2019)."""

from __future__ import annotations

import datetime as dt
import difflib
import typing

from lawref.cases.models import Area
from lawref.errors import LawrefError
from lawref.statistics.models import (
    Figure,
    Head,
    StatisticConflict,
    Statistics,
    find_conflicts,
)
from lawref.statutes.models import Frozen

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.statutes.book import Statutes

AREAS: tuple[str, ...] = typing.get_args(Area)
"""India and its States and Union territories, as figures name them."""


class UnknownHeadError(LawrefError):
    """No statistical head has that id."""


class UnknownAreaError(LawrefError):
    """No State or Union territory has that name."""


class LawVersion(Frozen):
    """A version of a provision a head's label names: its legal citation and when it was in
    force (``valid_to`` is the first day it no longer was)."""

    provision: str
    citation: str
    valid_from: dt.date
    valid_to: dt.date | None


class HeadFigures(Frozen):
    """A head, the law its label names across time, its figures (each with the days within its
    period on which that law changed), and the groups of its figures that disagree."""

    head: Head
    law: tuple[LawVersion, ...]
    figures: tuple[Figure, ...]
    law_changed: tuple[tuple[dt.date, ...], ...]
    """For each figure, in order, the days within its period on which the law changed."""
    conflicts: tuple[StatisticConflict, ...]


def resolve_area(name: str) -> str:
    """The area *name* names (case and spacing aside), or :class:`UnknownAreaError`."""
    from lawref.cases.casebook import resolve_state

    try:
        return resolve_state(name)
    except LawrefError as exc:
        raise UnknownAreaError(str(exc)) from None


def resolve_head(statistics: Statistics, head_id: str) -> Head:
    """The head with id *head_id*, or :class:`UnknownHeadError` naming the nearest ids."""
    head = statistics.heads.get(head_id)
    if head is not None:
        return head
    near = difflib.get_close_matches(head_id, list(statistics.heads), n=3, cutoff=0.4)
    hint = f"; did you mean {', '.join(near)}?" if near else ""
    raise UnknownHeadError(f"no statistical head {head_id[:60]!r}{hint}")


def law_versions(statutes: Statutes, head: Head) -> tuple[LawVersion, ...]:
    """Every version of the provisions *head*'s label names, oldest first within each."""
    found = []
    for provision_id in head.provisions:
        for version in statutes.provision(provision_id).versions:
            found.append(
                LawVersion(
                    provision=provision_id,
                    citation=version.citation,
                    valid_from=version.valid_from,
                    valid_to=version.valid_to,
                )
            )
    return tuple(found)


def changes_within(law: tuple[LawVersion, ...], figure: Figure) -> tuple[dt.date, ...]:
    """The days after a figure's first day and up to its last on which a version of its head's
    law began or ended (a running total of unknown start counts every such day up to its end)."""
    start = figure.start
    days = {
        day
        for version in law
        for day in (version.valid_from, version.valid_to)
        if day is not None and (start is None or day > start) and day <= figure.end
    }
    return tuple(sorted(days))


def figures_by_head(
    statutes: Statutes,
    statistics: Statistics,
    *,
    head: str | None = None,
    area: str | None = None,
) -> tuple[HeadFigures, ...]:
    """The figures of every head (or of *head*), for India and every State (or only *area*),
    grouped by head in the data's order of heads, each head's figures by period and area."""
    chosen_area = resolve_area(area) if area is not None else None
    heads = [resolve_head(statistics, head)] if head is not None else statistics.heads.values()
    groups = []
    for item in heads:
        figures = tuple(
            sorted(
                (
                    f
                    for f in statistics.figures
                    if f.head == item.id and (chosen_area is None or f.area == chosen_area)
                ),
                key=lambda f: (f.end, f.start or dt.date.min, f.area != "India", f.area),
            )
        )
        if not figures and head is None:
            continue
        law = law_versions(statutes, item)
        groups.append(
            HeadFigures(
                head=item,
                law=law,
                figures=figures,
                law_changed=tuple(changes_within(law, f) for f in figures),
                conflicts=find_conflicts(figures),
            )
        )
    return tuple(groups)
