"""The statute book's rules of time, derivation and classification, on small books built in
code (``tests/factories.py``), independent of the shipped data."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawref.errors import DerivationError
from lawref.statutes.book import Statutes
from lawref.statutes.models import DerivedPenalty, SpecialRule
from tests.factories import D, act, penalty, procedure, provision, statutes, tier, version

FIVE_YEARS = penalty(tier(60), tier(84))
AMENDED = D(2010, 1, 1)
REPEALED = D(2020, 1, 1)


def _book() -> Statutes:
    old = provision(
        "x-act/s5",
        [
            version(D(2000, 1, 1), AMENDED, penalty=penalty(tier(36))),
            version(AMENDED, D(2015, 1, 1), penalty=FIVE_YEARS),
            version(D(2015, 1, 1), REPEALED, omitted=True),
        ],
        successors=["y-act/s9"],
    )
    unrecorded = provision(
        "x-act/s7",
        [
            version(D(2000, 1, 1), D(2012, 1, 1), penalty=penalty(tier(24))),
            version(D(2012, 1, 1), REPEALED, not_recorded=True),
        ],
    )
    inserted = provision("x-act/s8", [version(AMENDED, REPEALED, penalty=penalty(tier(12)))])
    new = provision("y-act/s9", [version(REPEALED, penalty=FIVE_YEARS)])
    return statutes(
        [
            act(
                "x-act",
                ["x-act/s5", "x-act/s7", "x-act/s8"],
                repealed_on=REPEALED,
                repealed_by="y-act",
            ),
            act("y-act", ["y-act/s9"], in_force_from=REPEALED),
        ],
        [old, unrecorded, inserted, new],
    )


@pytest.mark.parametrize(
    ("ref", "day", "status"),
    [
        ("x-act/s5", D(1999, 6, 1), "act_not_yet_in_force"),
        ("x-act/s5", D(2005, 6, 1), "in_force"),
        ("x-act/s5", D(2016, 6, 1), "omitted"),
        ("x-act/s5", D(2021, 6, 1), "act_repealed"),
        ("x-act/s8", D(2005, 6, 1), "not_yet_in_force"),
        ("x-act/s7", D(2013, 6, 1), "not_recorded"),
        ("y-act/s9", D(2021, 6, 1), "in_force"),
    ],
)
def test_standing_on_a_date(ref: str, day: dt.date, status: str) -> None:
    assert _book().at(ref, day).status == status


def test_the_version_follows_the_date_of_the_conduct() -> None:
    book = _book()
    before = book.at("x-act/s5", D(2009, 12, 31)).version
    after = book.at("x-act/s5", AMENDED).version
    assert before is not None
    assert after is not None
    assert before.penalty == penalty(tier(36))
    assert after.penalty == FIVE_YEARS


def test_a_repealed_acts_answer_names_the_successor() -> None:
    standing = _book().at("x-act/s5", D(2021, 1, 1))
    assert standing.successors == ("y-act/s9",)
    assert "y-act/s9" in standing.message


def test_the_timeline_lists_every_change_and_the_repeal() -> None:
    events = [(e.date, e.event) for e in _book().timeline("x-act/s5")]
    assert events == [
        (D(2000, 1, 1), "enacted"),
        (AMENDED, "amended"),
        (D(2015, 1, 1), "omitted"),
        (REPEALED, "act_repealed"),
    ]


@given(day=st.dates(min_value=D(2000, 1, 1), max_value=D(2019, 12, 31)))
def test_exactly_one_version_applies_on_every_day(day: dt.date) -> None:
    """Catala's temporal coverage: no gap, no overlap, for any date in the Act's life."""
    for ref in ("x-act/s5", "x-act/s7"):
        versions = _book().provision(ref).versions
        assert sum(v.applies_on(day) for v in versions) == 1


ABETMENT = DerivedPenalty.model_validate(
    {
        "relation": "abetment",
        "reach": {"acts": ["x-act"], "quote": "under this Act"},
        "tiers": [{"applies_when": "any", "rule": "same_as_underlying"}],
    }
)


def _derivation_book() -> Statutes:
    rule = provision(
        "x-act/s84", [version(D(2000, 1, 1), text="abets under this Act", derived=ABETMENT)]
    )
    own = provision("x-act/s5", [version(D(2000, 1, 1), penalty=FIVE_YEARS)])
    other = provision("z-act/s3", [version(D(2000, 1, 1), penalty=FIVE_YEARS)])
    other_rule = provision(
        "z-act/s17",
        [
            version(
                D(2000, 1, 1),
                derived=ABETMENT.model_copy(
                    update={"reach": ABETMENT.reach.model_copy(update={"acts": ("z-act",)})}
                ),
            )
        ],
    )
    return statutes(
        [act("x-act", ["x-act/s5", "x-act/s84"]), act("z-act", ["z-act/s3", "z-act/s17"])],
        [rule, own, other, other_rule],
    )


def test_a_rule_reaches_what_its_words_reach() -> None:
    book = _derivation_book()
    result = book.derived_penalty("x-act/s84", "x-act/s5", D(2010, 1, 1))
    assert result.penalty == FIVE_YEARS
    with pytest.raises(DerivationError, match=r"reaches only .*z-act/s17"):
        book.derived_penalty("x-act/s84", "z-act/s3", D(2010, 1, 1))


def test_part_two_and_a_special_rule_classify_an_offence() -> None:
    rule = SpecialRule(
        provision="x-act/s77",
        acts=("x-act",),
        from_months=36,
        to_months=36,
        bailable=True,
        quote="three years shall be bailable",
        confidence="high",
    )
    three = provision("x-act/s66", [version(D(2000, 1, 1), penalty=penalty(tier(36)))])
    five = provision("x-act/s67", [version(D(2000, 1, 1), penalty=FIVE_YEARS)])
    special = provision("x-act/s77", [version(D(2005, 1, 1), text="three years shall be bailable")])
    book = statutes(
        [act("x-act", ["x-act/s66", "x-act/s67", "x-act/s77"])],
        [three, five, special],
        procedure(rule),
    )
    before = book.classification("x-act/s66", D(2003, 1, 1), D(2004, 1, 1)).first
    after = book.classification("x-act/s66", D(2003, 1, 1), D(2006, 1, 1)).first
    five_years = book.classification("x-act/s67", D(2003, 1, 1), D(2006, 1, 1)).first
    assert before is not None
    assert after is not None
    assert five_years is not None
    assert (before.bailable, after.bailable) == (False, True)  # the rule speaks from 2005
    assert after.rules == ("x-act/s77",)
    assert (five_years.cognizable, five_years.bailable) == (True, False)
