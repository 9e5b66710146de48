"""Provision ids, numbers and Akoma Ntoso portions (cf. laws-africa/cobalt tests/test_uri.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawref.statutes import ids
from lawref.statutes.models import ActKind


@pytest.mark.parametrize(
    ("number", "parts"),
    [
        ("67B", ("67B",)),
        ("15(2)", ("15", "2")),
        ("2(1)(da)", ("2", "1", "da")),
        ("67B(proviso)", ("67B", "proviso")),
        ("3(1)(b)(ii)", ("3", "1", "b", "ii")),
        ("120B(1)", ("120B", "1")),
    ],
)
def test_split_and_join_number(number: str, parts: tuple[str, ...]) -> None:
    assert ids.split_number(number) == parts
    assert ids.join_number(parts) == number


@pytest.mark.parametrize("bad", ["", "67b", "s67B", "15 (2)", "15(2", "(a)", "67B()", "15(A)"])
def test_malformed_numbers_are_refused(bad: str) -> None:
    assert not ids.is_valid_number(bad)
    with pytest.raises(ValueError, match="not a provision number"):
        ids.split_number(bad)


@pytest.mark.parametrize(
    ("number", "kind", "portion"),
    [
        ("67B", "act", "sec_67B"),
        ("67B(a)", "act", "sec_67B__cl_a"),
        ("15(2)", "act", "sec_15__subsec_2"),
        ("2(1)(da)", "act", "sec_2__subsec_1__cl_da"),
        ("2(1)(i)", "act", "sec_2__subsec_1__cl_i"),
        ("67B(proviso)", "act", "sec_67B__proviso"),
        ("67B(explanation)", "act", "sec_67B__explanation"),
        ("11", "rules", "rule_11"),
        ("4(2)", "rules", "rule_4__subrule_2"),
        ("3(1)(b)(ii)", "rules", "rule_3__subrule_1__cl_b__subcl_ii"),
    ],
)
def test_akn_portion(number: str, kind: ActKind, portion: str) -> None:
    assert ids.akn_portion(number, kind) == portion


def test_akn_uri_of_67b() -> None:
    assert ids.akn_uri("/akn/in/act/2000/21", "67B", "act") == "/akn/in/act/2000/21/~sec_67B"


def test_ancestors_nearest_first() -> None:
    assert ids.ancestors("2(1)(d)") == ("2(1)", "2")
    assert ids.ancestors("67B") == ()


_numbers = st.builds(
    lambda base, letters, parts: ids.join_number((f"{base}{letters}", *parts)),
    st.integers(1, 999),
    st.sampled_from(["", "A", "B", "AA"]),
    st.lists(
        st.one_of(st.integers(1, 20).map(str), st.sampled_from(["a", "b", "da", "ii", "proviso"])),
        max_size=3,
    ),
)


@given(number=_numbers, act=st.sampled_from(["it-act-2000", "pocso-rules-2020"]))
def test_id_round_trip(number: str, act: str) -> None:
    """Any well-formed id parses back to the parts it was made from."""
    text = ids.provision_id(act, "act", number)
    parsed = ids.ProvisionId.parse(text)
    assert (parsed.act, parsed.prefix, parsed.number) == (act, "s", number)
    assert str(parsed) == text
    assert ids.join_number(parsed.parts) == number


@pytest.mark.parametrize(
    "bad", ["it-act-2000", "it-act-2000/67B", "IT-ACT/s67B", "x/s67B", "a-/s1"]
)
def test_malformed_ids_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="not a provision id"):
        ids.ProvisionId.parse(bad)
