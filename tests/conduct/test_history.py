"""How the law reaching a conduct changed: each change day, with the law before and after it."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.catalog import Catalog
from lawref.conduct.history import ONE_DAY, law_changes

D = dt.date


def _changes(catalog: Catalog, conduct: str) -> dict[dt.date, tuple[set[str], set[str]]]:
    found = law_changes(catalog.statutes, catalog.conduct_book, conduct, catalog.reviewed_on)
    return {c.date: (set(c.removed), set(c.added)) for c in found}


def test_storing_changed_in_2009_2012_2019_and_2024(catalog: Catalog) -> None:
    changes = _changes(catalog, "storing")
    # IT Act s.67B inserted by Act 10 of 2009 w.e.f. 27 October 2009
    assert changes[D(2009, 10, 27)] == (set(), {"it-act-2000/s67B(b)"})
    # POCSO Act 2012 in force 14 November 2012
    assert changes[D(2012, 11, 14)] == (set(), {"pocso-2012/s15"})
    # s.15 substituted by Act 25 of 2019 w.e.f. 16 August 2019
    assert changes[D(2019, 8, 16)] == (
        {"pocso-2012/s15"},
        {"pocso-2012/s15(1)", "pocso-2012/s15(2)", "pocso-2012/s15(3)"},
    )
    # the IPC repealed by the BNS from 1 July 2024
    assert changes[D(2024, 7, 1)] == ({"ipc-1860/s292"}, {"bns-2023/s294(2)(a)"})


def test_a_change_names_what_made_it(catalog: Catalog) -> None:
    found = law_changes(
        catalog.statutes, catalog.conduct_book, "evidence_destruction", D(2026, 1, 1)
    )
    assert [c.date for c in found] == [D(2024, 7, 1)]
    assert found[0].removed == ("ipc-1860/s201",)
    assert found[0].added == ("bns-2023/s238",)
    assert found[0].instruments == ("The Bharatiya Nyaya Sanhita, 2023",)


def test_changes_stop_at_the_date_asked(catalog: Catalog) -> None:
    early = _changes(catalog, "storing")
    assert max(early) == D(2024, 7, 1)
    until_2020 = law_changes(catalog.statutes, catalog.conduct_book, "storing", D(2020, 1, 1))
    assert max(c.date for c in until_2020) == D(2019, 8, 16)


@settings(max_examples=25, deadline=None)
@given(index=st.integers(min_value=0, max_value=15))
def test_every_change_matches_the_lookups_either_side(catalog: Catalog, index: int) -> None:
    conduct = catalog.conducts[index % len(catalog.conducts)].id
    found = law_changes(catalog.statutes, catalog.conduct_book, conduct, catalog.reviewed_on)
    days = [c.date for c in found]
    assert days == sorted(set(days))
    for change in found:
        before = catalog.lookup(conduct, change.date - ONE_DAY, proceeding_date=change.date)
        after = catalog.lookup(conduct, change.date, proceeding_date=change.date)
        assert change.before == tuple(e.id for e in before.provisions)
        assert change.after == tuple(e.id for e in after.provisions)
        assert change.added or change.removed or change.punishment_changed
