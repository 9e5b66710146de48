"""How the law that reaches a conduct changed over time: each day on which the provisions that
reach it, or their punishments, changed, with the law that applied the day before and the day
itself, and the instruments that made the change.

The answer is computed from the dated data, never written: the days are the edges of every
mapping's validity and of every version, and the Acts' commencement and repeal dates, of the
provisions the conduct maps to; on each such day the lookup of the day before is compared with
the lookup of the day (Article 20(1) of the Constitution makes the law of the date of the conduct
the one that counts, so a trainer needs to know where those dates fall)."""

from __future__ import annotations

import datetime as dt

from lawref.conduct.book import ConductBook
from lawref.conduct.lookup import lookup
from lawref.conduct.models import LookupResult
from lawref.statutes.book import Statutes
from lawref.statutes.models import Frozen

ONE_DAY = dt.timedelta(days=1)


class LawChange(Frozen):
    """One day on which the law reaching a conduct changed.

    ``before`` and ``after`` are the provisions that reached it on the day before ``date`` and on
    ``date``; ``punishment_changed`` those in both whose punishment changed; ``instruments`` the
    titles of the instruments that made the change (an amending Act, a new Code), oldest first."""

    date: dt.date
    before: tuple[str, ...]
    after: tuple[str, ...]
    punishment_changed: tuple[str, ...]
    instruments: tuple[str, ...]

    @property
    def added(self) -> tuple[str, ...]:
        """Provisions that reach the conduct from ``date`` and did not the day before."""
        return tuple(p for p in self.after if p not in self.before)

    @property
    def removed(self) -> tuple[str, ...]:
        """Provisions that reached the conduct the day before ``date`` and no longer do."""
        return tuple(p for p in self.before if p not in self.after)


def _edges(statutes: Statutes, book: ConductBook, conduct_id: str) -> list[dt.date]:
    """Every day on which something the conduct's law depends on may change."""
    days: set[dt.date] = set()
    for mapping in book.conduct(conduct_id).mappings:
        days.update(d for d in (mapping.valid_from, mapping.valid_to) if d is not None)
        provision = statutes.provision(mapping.provision)
        for version in provision.versions:
            days.update(d for d in (version.valid_from, version.valid_to) if d is not None)
        act = statutes.act(provision.act)
        days.update(d for d in (act.in_force_from, act.repealed_on) if d is not None)
    return sorted(days)


def _state(result: LookupResult) -> dict[str, object]:
    return {
        entry.id: (entry.penalty, entry.derived_rule, entry.subdivided)
        for entry in result.provisions
    }


def _instruments(
    statutes: Statutes, change_day: dt.date, before: set[str], after: set[str]
) -> list[str]:
    titles: list[str] = []
    for provision_id in sorted(after):
        version = statutes.at(provision_id, change_day).version
        if version is not None and version.valid_from == change_day:
            titles.append(version.instrument_title)
    for provision_id in sorted(before - after):
        act = statutes.act(statutes.provision(provision_id).act)
        if act.repealed_on == change_day and act.repealed_by:
            titles.append(statutes.act(act.repealed_by).title)
        version = statutes.at(provision_id, change_day).version
        if version is not None and version.omitted and version.valid_from == change_day:
            titles.append(version.instrument_title)
    return list(dict.fromkeys(titles))


def law_changes(
    statutes: Statutes, book: ConductBook, conduct_id: str, until: dt.date
) -> tuple[LawChange, ...]:
    """Every change, up to *until*, in the law that reaches *conduct_id*, oldest first. A day on
    which the first provision lawref records begins to reach the conduct is not a change: there
    is no earlier law in the data to compare it with."""
    changes: list[LawChange] = []
    for day in _edges(statutes, book, conduct_id):
        if day > until:
            break
        before = lookup(statutes, book, conduct_id, day - ONE_DAY, day - ONE_DAY)
        after = lookup(statutes, book, conduct_id, day, day)
        then, now = _state(before), _state(after)
        if not then or then == now:
            continue
        changed = tuple(p for p in now if p in then and now[p] != then[p])
        changes.append(
            LawChange(
                date=day,
                before=tuple(then),
                after=tuple(now),
                punishment_changed=changed,
                instruments=tuple(_instruments(statutes, day, set(then), set(now))),
            )
        )
    return tuple(changes)
