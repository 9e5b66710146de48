"""A judgment that is not good law (recalled, pending, reversed) is never cited as authority, a
recalled judgment names what recalled it, and every holding is tied to a version of each of its
provisions that exists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lawref.catalog import Catalog
from lawref.errors import DataError, Problem

RECALLED = "inayathulla-v-state-karnataka-2024-07-10"
RECALL_ORDER = "inayathulla-v-state-karnataka-2024-07-19"
PENDING = "in-re-prajwala-2015"


def _days_from(start: dt.date, catalog: Catalog) -> list[dt.date]:
    """*start*, the day after it, the first of every month after it, and every day a recorded
    version came into force after it, up to the data's review date."""
    end = catalog.reviewed_on
    days = {start, start + dt.timedelta(days=1)}
    month = dt.date(start.year, start.month, 1)
    while month <= end:
        if month > start:
            days.add(month)
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    for provision in catalog.provisions:
        for version in provision.versions:
            if start < version.valid_from <= end:
                days.add(version.valid_from)
    return sorted(d for d in days if d <= end)


def _cited(catalog: Catalog, day: dt.date) -> set[str]:
    """Every ``judgment#holding`` ref any conduct's lookup cites on *day*."""
    return {
        ref.split("#")[0]
        for conduct in catalog.conducts
        for entry in catalog.lookup(conduct.id, day).provisions
        for ref in entry.judgments
    }


@pytest.mark.parametrize("judgment_id", [RECALLED, PENDING])
def test_recalled_and_pending_are_never_authority(catalog: Catalog, judgment_id: str) -> None:
    judgment = catalog.judgment(judgment_id)
    assert judgment.status in ("recalled", "pending")
    for day in _days_from(judgment.decided, catalog):
        assert judgment_id not in _cited(catalog, day), day


def test_the_recall_order_is_cited_where_the_recalled_order_is_not(catalog: Catalog) -> None:
    recalled = catalog.judgment(RECALLED)
    assert recalled.recalled_by == RECALL_ORDER
    assert catalog.judgment(RECALL_ORDER).status == "good_law"
    result = catalog.lookup("viewing", dt.date(2024, 8, 1))
    clause_b = next(p for p in result.provisions if p.id == "it-act-2000/s67B(b)")
    assert f"{RECALL_ORDER}#s67b-b-covers-browsing" in clause_b.judgments
    # the recalled order is still listed, with its status, among the lookup's judgments
    listed = {j.id: j.status for j in result.judgments}
    assert listed[RECALLED] == "recalled"


def test_a_pending_matter_records_no_holdings(catalog: Catalog) -> None:
    for judgment in catalog.judgments:
        if judgment.status == "pending":
            assert not judgment.holdings, judgment.id


def test_every_holding_construes_an_existing_version(catalog: Catalog) -> None:
    for judgment in catalog.judgments:
        for holding in judgment.holdings:
            read_on = holding.text_as_of or judgment.decided
            for provision_id in holding.provisions:
                provision = catalog.provision(provision_id)
                if not provision.versions:
                    continue  # lawref records no text of it at all (POCSO Rules r.11)
                version = provision.version_on(read_on)
                where = (judgment.id, holding.id, provision_id, read_on)
                assert version is not None, where
                assert not version.omitted, where
                assert not version.text_not_recorded, where


def _problems(path: Path) -> tuple[Problem, ...]:
    with pytest.raises(DataError) as caught:
        Catalog.load(path)
    return caught.value.problems


@pytest.mark.parametrize(
    ("replacement", "reason"),
    [
        ("", "a recalled judgment names what recalled it"),
        ('recalled_by = "nowhere-2099"\n', "no judgment 'nowhere-2099'"),
    ],
)
def test_a_recalled_judgment_names_what_recalled_it(
    data_copy: Path, replacement: str, reason: str
) -> None:
    path = data_copy / "judgments.toml"
    line = f'recalled_by = "{RECALL_ORDER}"\n'
    text = path.read_text(encoding="utf-8")
    assert text.count(line) == 1
    path.write_text(text.replace(line, replacement), encoding="utf-8")
    problems = _problems(data_copy)
    assert any(
        p.file.endswith("judgments.toml")
        and p.key_path == f"judgments.{RECALLED}.recalled_by"
        and reason in p.reason
        for p in problems
    ), [str(p) for p in problems]


def test_a_holding_tied_to_a_provision_without_text_is_still_cited(catalog: Catalog) -> None:
    """Just Rights (2024) on intermediaries also construes POCSO Rules r.11, whose text lawref
    does not record; that must not stop it being cited for POCSO ss.19-20 on the dates of its
    text."""
    import datetime as dt

    result = catalog.lookup("failure_to_report", dt.date(2025, 1, 1))
    refs = {ref for entry in result.provisions for ref in entry.judgments}
    assert "just-rights-v-harish-2024#intermediaries-must-report-not-only-remove" in refs
