"""The data rules, run over the shipped data (cf. courts-db tests.py): each rule is a test."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.catalog import Catalog
from lawref.loading.datapath import checkout_data
from lawref.statutes import ids

TODAY = dt.date(2026, 11, 23)
STATUTES = sorted((checkout_data() / "statutes").glob("*.toml"))


def test_required_acts_are_present(catalog: Catalog) -> None:
    assert {a.id for a in catalog.acts} >= {
        "it-act-2000",
        "pocso-2012",
        "pocso-rules-2020",
        "ipc-1860",
        "bns-2023",
        "it-rules-2021",
    }


def test_ids_are_unique_and_well_formed(catalog: Catalog) -> None:
    seen = [p.id for p in catalog.provisions]
    assert len(seen) == len(set(seen))
    for pid in seen:
        parsed = ids.ProvisionId.parse(pid)
        assert str(parsed) == pid


def test_every_reference_resolves(catalog: Catalog) -> None:
    known = {p.id for p in catalog.provisions}
    for provision in catalog.provisions:
        assert set(provision.successors) <= known, provision.id
        assert set(provision.predecessors) <= known, provision.id
        assert set(provision.children) <= known, provision.id
        assert provision.parent is None or provision.parent in known, provision.id
        for successor in provision.successors:
            assert provision.id in catalog.provision(successor).predecessors
    for act in catalog.acts:
        assert act.repealed_by is None or act.repealed_by in {a.id for a in catalog.acts}


def test_every_version_is_sourced_and_dated_inside_its_act(catalog: Catalog) -> None:
    for provision in catalog.provisions:
        act = catalog.act(provision.act)
        for version in provision.versions:
            assert version.source.title.strip(), provision.id
            assert version.source.url or version.source.citation, provision.id
            assert version.confidence in ("high", "medium", "low")
            assert version.valid_from >= act.in_force_from, provision.id
            if version.valid_to is not None:
                assert version.valid_from < version.valid_to, provision.id


def test_acts_and_instruments_name_their_sources(catalog: Catalog) -> None:
    for act in catalog.acts:
        assert act.source.url or act.source.citation, act.id
        for instrument in act.instruments:
            assert instrument.source.url or instrument.source.citation, instrument.id


def test_minimum_never_exceeds_maximum(catalog: Catalog) -> None:
    for provision in catalog.provisions:
        for version in provision.versions:
            if version.penalty is None:
                continue
            for tier in (version.penalty.first, version.penalty.subsequent):
                if tier is None:
                    continue
                prison, fine = tier.imprisonment, tier.fine
                if prison and prison.min_months is not None and prison.max_months is not None:
                    assert prison.min_months <= prison.max_months, provision.id
                if fine and fine.min_inr is not None and fine.max_inr is not None:
                    assert fine.min_inr <= fine.max_inr, provision.id


def test_subsequent_conviction_is_never_lighter(catalog: Catalog) -> None:
    for provision in catalog.provisions:
        for version in provision.versions:
            penalty = version.penalty
            if penalty is None or penalty.subsequent is None:
                continue
            first, later = penalty.first.imprisonment, penalty.subsequent.imprisonment
            if first and later and first.max_months and later.max_months:
                assert later.max_months >= first.max_months, provision.id


def test_statute_text_carries_no_editorial_markers(catalog: Catalog) -> None:
    """India Code prints amendment footnotes as ``1[`` … ``]``; the data holds the law only."""
    for provision in catalog.provisions:
        for version in provision.versions:
            if version.text:
                assert not re.search(r"\d\[|\*\*\*", version.text), provision.id


@pytest.mark.parametrize("path", STATUTES, ids=lambda p: p.name)
def test_statute_file_is_canonical(path: Path) -> None:
    """One file per act, named after it; no tabs; no trailing spaces; ends with a newline."""
    text = path.read_text(encoding="utf-8")
    assert tomllib.loads(text)["act"]["id"] == path.stem
    assert "\t" not in text
    assert not [n for n, line in enumerate(text.splitlines(), 1) if line != line.rstrip()]
    assert text.endswith("\n")


def _days() -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=dt.date(1862, 1, 1), max_value=TODAY)


@settings(max_examples=300, deadline=None)
@given(day=_days())
def test_exactly_one_version_or_none_on_any_day(catalog: Catalog, day: dt.date) -> None:
    """Temporal coverage (cf. Catala's tests): on any day, every provision has exactly one
    version in force, or none, and none exactly when the provision did not exist that day."""
    for provision in catalog.provisions:
        act = catalog.act(provision.act)
        applicable = [v for v in provision.versions if v.applies_on(day)]
        assert len(applicable) <= 1, (provision.id, day)
        first = provision.versions[0].valid_from if provision.versions else dt.date.max
        exists = day >= first and (act.repealed_on is None or day < act.repealed_on)
        assert bool(applicable) == exists, (provision.id, day)
        standing = catalog.at(provision.id, day)
        if day < act.in_force_from:
            assert standing.status == "act_not_yet_in_force"
        elif act.repealed_on is not None and day >= act.repealed_on:
            assert standing.status == "act_repealed"
        elif not applicable:
            assert standing.status in ("not_yet_in_force", "not_recorded")
        else:
            expected = "not_recorded" if applicable[0].text_not_recorded else None
            assert standing.status in ((expected,) if expected else ("in_force", "omitted"))
            assert standing.version == applicable[0]


def test_no_gap_between_versions(catalog: Catalog) -> None:
    """Each version ends exactly where the next begins (end dates are derived, never typed)."""
    for provision in catalog.provisions:
        for earlier, later in zip(provision.versions, provision.versions[1:], strict=False):
            assert earlier.valid_to == later.valid_from, provision.id
        act = catalog.act(provision.act)
        if provision.versions:
            assert provision.versions[-1].valid_to == act.repealed_on, provision.id
        else:
            assert provision.earlier_versions_not_recorded, provision.id


CONDUCT_IDS = [
    "viewing",
    "downloading",
    "storing",
    "sharing",
    "uploading",
    "producing",
    "selling",
    "advertising",
    "administering",
    "grooming",
    "sextortion",
    "live_streaming",
    "buying",
    "evidence_destruction",
    "hacking_spyware",
    "failure_to_report",
]


def test_conduct_ids_are_the_design_vocabulary(catalog: Catalog) -> None:
    assert [c.id for c in catalog.conducts] == CONDUCT_IDS


def test_every_conduct_reaches_some_law_today(catalog: Catalog) -> None:
    for conduct in catalog.conducts:
        assert catalog.lookup(conduct.id, TODAY).provisions, conduct.id


def test_every_mapping_names_its_authority_and_confidence(catalog: Catalog) -> None:
    for conduct in catalog.conducts:
        for mapping in conduct.mappings:
            assert mapping.condition.strip()
            assert mapping.authority.quote or mapping.authority.judgment
            assert mapping.confidence in ("high", "medium", "low")


def test_every_judgment_is_sourced_and_its_holdings_tied(catalog: Catalog) -> None:
    for judgment in catalog.judgments:
        assert judgment.source.url or judgment.source.citation, judgment.id
        # a pending matter has directions, not holdings; it records its orders in its note
        assert judgment.holdings or (judgment.status == "pending" and judgment.note), judgment.id
        for holding in judgment.holdings:
            assert holding.provisions or holding.conduct, (judgment.id, holding.id)
        if judgment.status == "reversed":
            assert judgment.reversed_by in {j.id for j in catalog.judgments}
        if judgment.status == "recalled":
            assert judgment.recalled_by in {j.id for j in catalog.judgments}


def test_terminology_recommends_one_term(catalog: Catalog) -> None:
    preferred = [t for t in catalog.terms if t.preferred]
    assert [t.abbreviation for t in preferred] == ["CSAM"]
    assert any(t.statutory and t.term == "child pornography" for t in catalog.terms)
