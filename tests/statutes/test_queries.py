"""Queries over the shipped data: references, time switches, timelines, links, derived penalties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.catalog import Catalog
from lawref.errors import InvalidDateError, LawrefError, UnknownActError, UnknownProvisionError
from lawref.statutes.references import Resolver

D = dt.date


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("it-act-2000/s67B", "it-act-2000/s67B"),
        ("IT-ACT-2000/S67B", "it-act-2000/s67B"),
        ("67B IT Act", "it-act-2000/s67B"),
        ("Section 67B of the IT Act", "it-act-2000/s67B"),
        ("Section 67 B of the Information Technology Act of 2000", "it-act-2000/s67B"),
        ("u/s 67-B IT Act", "it-act-2000/s67B"),
        ("Sec 67 (B) IT Act", "it-act-2000/s67B"),
        ("s. 67B, Information Technology Act, 2000", "it-act-2000/s67B"),
        ("67B(b) IT Act", "it-act-2000/s67B(b)"),
        ("67B", "it-act-2000/s67B"),
        ("Section 15(1) POCSO", "pocso-2012/s15(1)"),
        ("POCSO Act section 15 (2)", "pocso-2012/s15(2)"),
        ("section 2(1)(da) of the POCSO Act, 2012", "pocso-2012/s2(1)(da)"),
        ("IPC 292", "ipc-1860/s292"),
        ("Section 354C IPC", "ipc-1860/s354C"),
        ("Indian Penal Code section 201", "ipc-1860/s201"),
        ("BNS 294(2)(a)", "bns-2023/s294(2)(a)"),
        ("Bharatiya Nyaya Sanhita s.238", "bns-2023/s238"),
        ("rule 11 POCSO Rules", "pocso-rules-2020/r11"),
        ("Rule 4(2) of the IT Rules 2021", "it-rules-2021/r4(2)"),
    ],
)
def test_references_resolve(catalog: Catalog, reference: str, expected: str) -> None:
    assert catalog.resolve(reference) == expected


@pytest.mark.parametrize(
    ("reference", "suggestion"),
    [
        ("it-act-2000/s67b", None),  # case-insensitive ids resolve; no error
        ("it-act-2000/s67D", "it-act-2000/s67B"),
        ("67Z IT Act", "it-act-2000/s67"),
        ("POCSO 99", None),
    ],
)
def test_unknown_references_suggest_close_ids(
    catalog: Catalog, reference: str, suggestion: str | None
) -> None:
    if reference == "it-act-2000/s67b":
        assert catalog.resolve(reference) == "it-act-2000/s67B"
        return
    with pytest.raises(UnknownProvisionError) as caught:
        catalog.resolve(reference)
    if suggestion:
        assert any(s.startswith(suggestion) for s in caught.value.suggestions), caught.value
    assert "unknown provision" in str(caught.value)


def test_a_number_in_several_acts_asks_for_the_act() -> None:
    resolver = Resolver.build(
        ["ipc-1860/s201", "bns-2023/s201", "bns-2023/s238"],
        {"ipc-1860": ["IPC"], "bns-2023": ["BNS"]},
    )
    with pytest.raises(UnknownProvisionError, match="several Acts") as caught:
        resolver.resolve("section 201")
    assert caught.value.suggestions == ("bns-2023/s201", "ipc-1860/s201")
    assert resolver.resolve("section 238") == "bns-2023/s238"
    assert resolver.resolve("IPC 201") == "ipc-1860/s201"


@settings(max_examples=300, deadline=None)
@given(text=st.text())
def test_any_string_is_an_id_or_a_lawref_error(catalog: Catalog, text: str) -> None:
    """No input makes resolution raise anything but a LawrefError."""
    try:
        resolved = catalog.resolve(text)
    except LawrefError:
        return
    assert catalog.provision(resolved).id == resolved


def test_acts_by_name(catalog: Catalog) -> None:
    assert catalog.act("POCSO").id == "pocso-2012"
    assert catalog.act("POCSO Rules").id == "pocso-rules-2020"
    assert catalog.act("Indian Penal Code").id == "ipc-1860"
    with pytest.raises(UnknownActError, match="did you mean"):
        catalog.act("ipc-1861")


# --- time switches (docs/design.md#time) ---


def test_pocso_15_before_and_after_the_2019_amendment(catalog: Catalog) -> None:
    before = catalog.at("pocso-2012/s15", D(2019, 8, 15))
    after = catalog.at("pocso-2012/s15", D(2019, 8, 16))
    assert before.version is not None
    assert after.version is not None
    assert before.version.instrument == "pocso-2012"
    assert after.version.instrument == "pocso-amendment-act-2019"
    assert catalog.at("pocso-2012/s15(1)", D(2019, 8, 15)).status == "not_yet_in_force"
    assert catalog.at("pocso-2012/s15(1)", D(2019, 8, 16)).status == "in_force"


def test_pocso_14_sub_sections_omitted_in_2019(catalog: Catalog) -> None:
    assert catalog.at("pocso-2012/s14(3)", D(2019, 8, 15)).status == "in_force"
    omitted = catalog.at("pocso-2012/s14(3)", D(2019, 8, 16))
    assert omitted.status == "omitted"
    assert "omitted with effect from 2019-08-16" in omitted.message


def test_ipc_to_bns_on_1_july_2024(catalog: Catalog) -> None:
    assert catalog.at("ipc-1860/s292", D(2024, 6, 30)).status == "in_force"
    repealed = catalog.at("ipc-1860/s292", D(2024, 7, 1))
    assert repealed.status == "act_repealed"
    assert repealed.successors == ("bns-2023/s294",)
    assert catalog.at("bns-2023/s294", D(2024, 6, 30)).status == "act_not_yet_in_force"
    assert catalog.at("bns-2023/s294", D(2024, 7, 1)).status == "in_force"


@pytest.mark.parametrize(
    ("ipc", "bns"),
    [
        ("ipc-1860/s120B", "bns-2023/s61(2)"),
        ("ipc-1860/s201", "bns-2023/s238"),
        ("ipc-1860/s292", "bns-2023/s294"),
        ("ipc-1860/s293", "bns-2023/s295"),
        ("ipc-1860/s354C", "bns-2023/s77"),
    ],
)
def test_successor_links_both_ways(catalog: Catalog, ipc: str, bns: str) -> None:
    assert bns in [p.id for p in catalog.successors(ipc)]
    assert ipc in [p.id for p in catalog.predecessors(bns)]
    assert catalog.provision(bns).changes


def test_it_act_before_and_after_27_october_2009(catalog: Catalog) -> None:
    assert catalog.at("it-act-2000/s67B", D(2009, 10, 26)).status == "not_yet_in_force"
    assert catalog.at("it-act-2000/s67B", D(2009, 10, 27)).status == "in_force"
    old = catalog.at("it-act-2000/s67", D(2009, 10, 26)).version
    new = catalog.at("it-act-2000/s67", D(2009, 10, 27)).version
    assert old is not None
    assert new is not None
    assert old.valid_to == D(2009, 10, 27)
    assert old.penalty != new.penalty


def test_dates_outside_the_acts_are_answered(catalog: Catalog) -> None:
    assert catalog.at("it-act-2000/s67", D(1999, 1, 1)).status == "act_not_yet_in_force"
    assert catalog.at("ipc-1860/s292", D(1950, 1, 1)).status == "not_recorded"
    unrecorded = catalog.at("pocso-rules-2020/r11", D(2021, 1, 1))
    assert unrecorded.status == "not_recorded"
    assert "does not record its text" in unrecorded.message


def test_a_change_whose_text_is_not_recorded(catalog: Catalog) -> None:
    """IT Act s.67C(2) lost its imprisonment under the Jan Vishwas Act 2023 (from 30 November
    2023, medium confidence); lawref has not read the new English words, so it states no
    punishment from that day, and the 2009 punishment still answers for earlier conduct."""
    before = catalog.at("it-act-2000/s67C", D(2023, 11, 29))
    after = catalog.at("it-act-2000/s67C", D(2023, 11, 30))
    assert before.status == "in_force"
    assert before.version is not None
    assert before.version.penalty is not None
    assert before.version.penalty.first.imprisonment is not None
    assert before.version.penalty.first.imprisonment.max_months == 36
    assert after.status == "not_recorded"
    assert after.version is not None
    assert after.version.text_not_recorded
    assert after.version.text is None
    assert after.version.penalty is None
    assert after.version.classification is None
    assert "Jan Vishwas" in after.message
    assert "twenty-five lakh" in (after.version.note or "")
    (last,) = [e for e in catalog.timeline("it-act-2000/s67C") if e.date == D(2023, 11, 30)]
    assert "not recorded" in last.description


def test_a_future_date_is_refused(catalog: Catalog) -> None:
    with pytest.raises(InvalidDateError, match="in the future"):
        catalog.at("it-act-2000/s67B", D(2030, 1, 1))


def test_after_the_review_date_the_answer_says_so(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAWREF_TODAY", "2027-06-01")
    standing = catalog.at("it-act-2000/s67B", D(2027, 5, 1))
    assert standing.beyond_review
    assert "as reviewed on 2026-11-23" in standing.message
    assert not catalog.at("it-act-2000/s67B", D(2026, 1, 1)).beyond_review


def test_timeline_of_pocso_15(catalog: Catalog) -> None:
    events = catalog.timeline("pocso-2012/s15")
    assert [(e.date, e.event) for e in events] == [
        (D(2012, 11, 14), "enacted"),
        (D(2019, 8, 16), "amended"),
    ]


def test_timeline_of_67b_starts_with_its_insertion(catalog: Catalog) -> None:
    events = catalog.timeline("it-act-2000/s67B")
    assert (events[0].date, events[0].event) == (D(2009, 10, 27), "inserted")


def test_timeline_of_ipc_292_ends_with_repeal(catalog: Catalog) -> None:
    events = catalog.timeline("ipc-1860/s292")
    assert events[0].event == "first_recorded"
    assert "confidence low" in events[0].description
    assert events[-1].event == "act_repealed"
    assert events[-1].date == D(2024, 7, 1)
    assert "bns-2023/s294" in events[-1].description


# --- derived penalties ---


def _max(result_tier: object) -> object:
    return result_tier.imprisonment.max_months if result_tier.imprisonment else None  # type: ignore[attr-defined]


def test_attempt_under_84c_for_67b(catalog: Catalog) -> None:
    result = catalog.derived_penalty("84C IT Act", "67B IT Act", D(2019, 10, 13))
    assert _max(result.penalty.first) == 30
    assert result.penalty.first.fine is not None
    assert result.penalty.first.fine.max_inr == 1000000
    assert result.penalty.first.combinator == "imprisonment_or_fine_or_both"
    assert result.penalty.subsequent is not None
    assert _max(result.penalty.subsequent) == 42


def test_abetment_under_84b_for_67b_is_the_same_punishment(catalog: Catalog) -> None:
    result = catalog.derived_penalty("84B IT Act", "67B IT Act", D(2019, 10, 13))
    underlying = catalog.at("67B IT Act", D(2019, 10, 13)).version
    assert underlying is not None
    assert result.penalty == underlying.penalty


@pytest.mark.parametrize(
    ("rule", "day"), [("IPC 201", D(2020, 12, 28)), ("BNS 238", D(2025, 1, 1))]
)
def test_evidence_destruction_for_67b(catalog: Catalog, rule: str, day: dt.date) -> None:
    """Formatting phones every three days to defeat the police (seed 002): one-fourth of the
    longest term of s.67B — 15 months on a first conviction's scale — or fine, or both."""
    result = catalog.derived_penalty(rule, "67B IT Act", day)
    assert result.tier == "underlying_less_than_ten_years"
    assert _max(result.penalty.first) == 15
    assert result.penalty.first.combinator == "imprisonment_or_fine_or_both"


def test_evidence_destruction_for_a_life_offence(catalog: Catalog) -> None:
    result = catalog.derived_penalty("IPC 201", "pocso-2012/s14(2)", D(2019, 1, 1))
    assert result.tier == "underlying_life_or_ten_years_or_more"
    assert _max(result.penalty.first) == 36


def test_conspiracy_to_commit_67b_is_punished_as_abetment(catalog: Catalog) -> None:
    result = catalog.derived_penalty("IPC 120B", "67B IT Act", D(2019, 10, 13))
    assert result.tier == "underlying_two_years_or_more"
    underlying = catalog.at("67B IT Act", D(2019, 10, 13)).version
    assert underlying is not None
    assert result.penalty == underlying.penalty


def test_conspiracy_to_a_six_month_offence_is_120b_2(catalog: Catalog) -> None:
    result = catalog.derived_penalty("IPC 120B", "pocso-2012/s21(1)", D(2019, 10, 13))
    assert result.tier == "underlying_not_two_years_or_more"
    assert result.limb is not None
    assert "other than a criminal conspiracy" in result.limb
    assert _max(result.penalty.first) == 6
