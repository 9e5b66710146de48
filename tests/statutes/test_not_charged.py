"""The section numbers of each Act in its parts that create no offence and no punishment for
one (``ActRecord.not_charged``): a legal fact in the data, with its source, that the reading of a
list of sections after two or more Acts uses (reviews 2026-12-29e H5, 29c H4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawref.catalog import Catalog
from lawref.errors import DataError
from lawref.statutes.models import NotCharged, Source

RECORDED = {
    # Chapter I (1-5), Chapter II (6-52A) but ss.34-38, Chapter III (53-75) but s.75, Chapter IV
    "ipc-1860": ((1, 33), (39, 52), (53, 74), (76, 106)),
    # Chapter I but s.3 (general explanations: 3(5), common intention), Chapter II but s.13,
    # Chapter III
    "bns-2023": ((1, 2), (4, 12), (14, 44)),
    # Chapters I to VIII but s.33 (failing to surrender a licence is an offence); Chapter X
    # (the Appellate Tribunal); ss.80 to 83 and 86 to 90, not s.84 (84B and 84C punish
    # abetment and attempt) nor s.85 (offences by companies; review 2026-12-30e M2)
    "it-act-2000": ((1, 32), (34, 42), (48, 64), (80, 83), (86, 90)),
    # Chapter I; ss.34 to 41 and 43 to 46, procedure and the miscellaneous, not s.33 (its
    # compensation) nor s.42 (alternative punishment; review 2026-12-30f H2)
    "pocso-2012": ((1, 2), (34, 41), (43, 46)),
}


def test_each_act_lawref_resolves_records_its_parts_that_charge_nothing(catalog: Catalog) -> None:
    recorded = {act.id: act.not_charged.ranges for act in catalog.statutes.acts if act.not_charged}
    assert recorded == RECORDED
    for act in catalog.statutes.acts:
        if act.not_charged is not None:
            assert act.not_charged.source.url
            assert act.not_charged.note


@pytest.mark.parametrize(
    ("act", "section"),
    [
        # cited with the offences they join, though in chapters that create none
        ("ipc-1860", "34"),  # common intention ("read with 34")
        ("ipc-1860", "35"),
        ("ipc-1860", "38"),
        ("ipc-1860", "75"),  # enhanced punishment after a previous conviction
        ("ipc-1860", "107"),  # abetment: Chapter V
        ("ipc-1860", "120B"),
        ("bns-2023", "3(5)"),  # common intention
        ("bns-2023", "13"),
        ("bns-2023", "45"),
        ("it-act-2000", "33"),  # s.33(2): "guilty of an offence"
        ("it-act-2000", "43"),  # penalties, cited beside s.66
        ("it-act-2000", "66"),
        ("it-act-2000", "84B"),  # abetment
        ("it-act-2000", "84C"),  # attempt
        ("it-act-2000", "85"),  # offences by companies
        ("pocso-2012", "3"),
        ("pocso-2012", "33"),  # s.33(8): compensation
        ("pocso-2012", "42"),  # alternative punishment
        ("pocso-2012", "42A"),
    ],
)
def test_a_section_charged_with_offences_lies_in_no_such_part(
    catalog: Catalog, act: str, section: str
) -> None:
    assert not catalog.statutes.act(act).never_charged(section)


@pytest.mark.parametrize(
    ("act", "section"),
    [
        ("ipc-1860", "4"),  # extension of the Code to extra-territorial offences
        ("ipc-1860", "6"),  # definitions subject to the exceptions
        ("ipc-1860", "29A"),  # "electronic record"
        ("ipc-1860", "52A"),  # "harbour", the last of Chapter II
        ("ipc-1860", "55A"),
        ("ipc-1860", "67"),  # imprisonment in default of fine
        ("ipc-1860", "82"),  # act of a child under seven
        ("ipc-1860", "106"),
        ("bns-2023", "2(24)"),
        ("bns-2023", "12"),
        ("bns-2023", "44"),
        ("it-act-2000", "5"),  # legal recognition of electronic signatures
        ("it-act-2000", "6A"),
        ("it-act-2000", "40A"),
        ("it-act-2000", "42"),
        ("pocso-2012", "2(1)(d)"),
    ],
)
def test_a_definition_an_exception_or_a_rule_of_sentencing_lies_in_one(
    catalog: Catalog, act: str, section: str
) -> None:
    assert catalog.statutes.act(act).never_charged(section)


def test_no_provision_lawref_holds_with_a_punishment_lies_in_such_a_part(
    catalog: Catalog,
) -> None:
    """The data agree with themselves: every provision lawref records a penalty for is outside
    its Act's parts that create no offence."""
    for provision in catalog.statutes.provisions:
        punished = any(
            v.penalty is not None or v.derived_penalty is not None for v in provision.versions
        )
        if punished:
            act = catalog.statutes.act(provision.act)
            assert not act.never_charged(provision.number), provision.id


_SOURCE = Source(title="a copy", url="https://example.org")


@given(
    st.lists(st.integers(1, 600), min_size=2, max_size=8, unique=True).map(sorted),
    st.integers(0, 700),
    st.sampled_from(["", "A", "AB", "(1)", "(m)"]),
)
def test_a_number_is_covered_exactly_when_a_range_holds_it(
    bounds: list[int], number: int, tail: str
) -> None:
    """Ranges from sorted, distinct bounds taken in pairs; a section is covered by its leading
    number, whatever letter or sub-division follows it."""
    pairs = tuple(zip(bounds[::2], bounds[1::2], strict=False))
    ranges = NotCharged(ranges=pairs, source=_SOURCE, confidence="low")
    expected = any(first <= number <= end for first, end in pairs)
    assert ranges.covers(f"{number}{tail}") is expected


@pytest.mark.parametrize(
    ("ranges", "reason"),
    [
        ("[[1, 33], [30, 52]]", "overlaps"),
        ("[[39, 52], [1, 33]]", "overlaps or comes before"),
        ("[[33, 1]]", "to one not below it"),
        ("[[0, 5]]", "at least 1"),
        ("[]", "at least one range"),
        ("[[1, 33], [500, 600]]", "past the last section"),
    ],
)
def test_the_ranges_are_checked(data_copy: Path, ranges: str, reason: str) -> None:
    """``lawref validate`` refuses ranges out of order, overlapping, empty, or past the Act's
    last section."""
    path = data_copy / "statutes" / "ipc-1860.toml"
    text = path.read_text(encoding="utf-8")
    old = "not_charged = { ranges = [[1, 33], [39, 52], [53, 74], [76, 106]]"
    assert old in text
    path.write_text(text.replace(old, f"not_charged = {{ ranges = {ranges}", 1), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        Catalog.load(data_copy, cache=False)
    assert any(reason in problem.reason for problem in caught.value.problems)


def test_the_sections_charged_only_joined_to_an_offence_are_recorded(catalog: Catalog) -> None:
    """IPC s.75 and BNS s.13 (enhanced punishment after a previous conviction) are charged only
    joined to an offence ("379 read with 75"), each with its source; s.34 (common intention)
    is not among them: beside another Act it stays the Code's."""
    recorded = {
        act.id: act.joined_only.sections for act in catalog.statutes.acts if act.joined_only
    }
    assert recorded == {"ipc-1860": ("75",), "bns-2023": ("13",)}
    ipc = catalog.statutes.act("ipc-1860")
    assert ipc.only_joined("75")
    assert ipc.only_joined("75(a)")
    assert not ipc.only_joined("34")
    assert not ipc.only_joined("7")
    assert not ipc.only_joined("175")


@pytest.mark.parametrize(
    ("act", "sections", "reason"),
    [
        ("bns-2023", '["400"]', "past the last section"),
        ("ipc-1860", '["33"]', "lies in a not_charged range"),
        ("ipc-1860", '["75", "75"]', "listed twice"),
        ("ipc-1860", "[]", "at least one section"),
    ],
)
def test_the_joined_only_sections_are_checked(
    data_copy: Path, act: str, sections: str, reason: str
) -> None:
    path = data_copy / "statutes" / f"{act}.toml"
    text = path.read_text(encoding="utf-8")
    old = "joined_only = { sections = [" + ('"75"' if act == "ipc-1860" else '"13"') + "]"
    assert old in text
    path.write_text(
        text.replace(old, f"joined_only = {{ sections = {sections}", 1), encoding="utf-8"
    )
    with pytest.raises(DataError) as caught:
        Catalog.load(data_copy, cache=False)
    assert any(reason in problem.reason for problem in caught.value.problems)


def test_the_sections_charged_read_with_an_offence_are_recorded(catalog: Catalog) -> None:
    """IPC ss.34, 109, 114, 120B, 149 and 511 and their BNS counterparts are charged read with
    an offence (``joined_with``), each list with its source."""
    recorded = {
        act.id: act.joined_with.sections for act in catalog.statutes.acts if act.joined_with
    }
    assert recorded == {
        "ipc-1860": ("34", "109", "114", "120B", "149", "511"),
        "bns-2023": ("3(5)", "49", "54", "61(2)", "62", "190"),
    }
    bns = catalog.statutes.act("bns-2023")
    assert bns.read_with_offence("3(5)")
    assert not bns.read_with_offence("3")
    assert not bns.read_with_offence("13")
