"""Derived penalties computed from their rules, independent of the shipped data."""

from __future__ import annotations

import pytest

from lawref.errors import DerivationError
from lawref.statutes.derive import derive, tier_matches
from lawref.statutes.models import DerivedPenalty, Penalty, PenaltyTier


def _tier(**kwargs: object) -> PenaltyTier:
    return PenaltyTier.model_validate(kwargs)


REACH = {"acts": ["x-act-2000"], "quote": "under this Act"}

FIVE_YEARS = _tier(
    combinator="imprisonment_and_fine",
    imprisonment={"max_months": 60, "description": "either"},
    fine={"max_inr": 1000000},
)
SEVEN_YEARS = _tier(
    combinator="imprisonment_and_fine",
    imprisonment={"max_months": 84, "description": "either"},
    fine={"max_inr": 1000000},
)
TEN_YEARS = _tier(combinator="imprisonment_and_fine", imprisonment={"max_months": 120}, fine={})
LIFE = _tier(
    combinator="imprisonment_and_fine",
    imprisonment={"min_months": 120, "life": True, "description": "rigorous"},
    fine={},
)
DEATH = _tier(combinator="imprisonment_and_fine", death=True, imprisonment={"life": True}, fine={})
SIX_MONTHS = _tier(
    combinator="imprisonment_or_fine_or_both", imprisonment={"max_months": 6}, fine={}
)
FINE_ONLY = _tier(combinator="fine_only", fine={"min_inr": 5000})
AT_LEAST_FIVE = _tier(
    combinator="imprisonment_and_fine",
    imprisonment={"min_months": 60, "description": "either"},
    fine={},
)  # POCSO s.14(1) as amended in 2019: "not less than five years", no maximum stated
SIMPLE_THREE_YEARS = _tier(
    combinator="imprisonment_or_fine_or_both",
    imprisonment={"max_months": 36, "description": "simple"},
    fine={},
)
CONSPIRACY = DerivedPenalty.model_validate(
    {
        "relation": "conspiracy",
        "reach": REACH,
        "tiers": [
            {
                "applies_when": "underlying_two_years_or_more",
                "limb": "punishable with death, imprisonment for life or rigorous imprisonment",
                "rule": "same_as_underlying",
            },
            {
                "applies_when": "underlying_not_two_years_or_more",
                "limb": "other than a criminal conspiracy to commit an offence punishable",
                "rule": "fixed",
                "penalty": {
                    "combinator": "imprisonment_or_fine_or_both",
                    "imprisonment": {"max_months": 6, "description": "either"},
                    "fine": {},
                },
            },
        ],
    }
)

EVIDENCE = DerivedPenalty.model_validate(
    {
        "relation": "disappearance_of_evidence",
        "reach": REACH,
        "tiers": [
            {
                "applies_when": "underlying_death",
                "rule": "fixed",
                "penalty": {
                    "combinator": "imprisonment_and_fine",
                    "imprisonment": {"max_months": 84, "description": "either"},
                    "fine": {},
                },
            },
            {
                "applies_when": "underlying_life_or_ten_years_or_more",
                "rule": "fixed",
                "penalty": {
                    "combinator": "imprisonment_and_fine",
                    "imprisonment": {"max_months": 36, "description": "either"},
                    "fine": {},
                },
            },
            {
                "applies_when": "underlying_less_than_ten_years",
                "rule": "fraction_of_longest_term",
                "fraction": "1/4",
                "fine": "unlimited",
                "combinator": "imprisonment_or_fine_or_both",
            },
        ],
    }
)
ATTEMPT = DerivedPenalty.model_validate(
    {
        "relation": "attempt",
        "reach": REACH,
        "tiers": [
            {
                "applies_when": "any",
                "rule": "fraction_of_longest_term",
                "fraction": "1/2",
                "fine": "as_underlying",
                "combinator": "imprisonment_or_fine_or_both",
            }
        ],
    }
)


@pytest.mark.parametrize(
    ("condition", "tier", "expected"),
    [
        ("underlying_death", DEATH, True),
        ("underlying_death", LIFE, False),
        ("underlying_life_or_ten_years_or_more", LIFE, True),
        ("underlying_life_or_ten_years_or_more", TEN_YEARS, True),
        ("underlying_life_or_ten_years_or_more", SEVEN_YEARS, False),
        ("underlying_less_than_ten_years", SEVEN_YEARS, True),
        ("underlying_less_than_ten_years", TEN_YEARS, False),
        ("underlying_less_than_ten_years", FINE_ONLY, False),
        ("underlying_two_years_or_more", FIVE_YEARS, True),
        ("underlying_two_years_or_more", DEATH, True),
        ("underlying_two_years_or_more", AT_LEAST_FIVE, True),
        ("underlying_two_years_or_more", FINE_ONLY, False),
        ("underlying_two_years_or_more", SIMPLE_THREE_YEARS, False),
        ("underlying_not_two_years_or_more", SIX_MONTHS, True),
        ("underlying_not_two_years_or_more", FINE_ONLY, True),
        ("underlying_not_two_years_or_more", SIMPLE_THREE_YEARS, True),
        ("underlying_not_two_years_or_more", FIVE_YEARS, False),
        ("underlying_not_two_years_or_more", AT_LEAST_FIVE, False),
        ("underlying_life_or_ten_years_or_more", AT_LEAST_FIVE, True),
        ("underlying_less_than_ten_years", AT_LEAST_FIVE, False),
        ("any", FINE_ONLY, True),
    ],
)
def test_conditions_read_the_thresholds(condition: str, tier: PenaltyTier, expected: bool) -> None:
    assert tier_matches(condition, tier) is expected  # type: ignore[arg-type]


def test_evidence_destruction_for_a_five_year_offence_is_a_quarter() -> None:
    limb, penalty = derive(EVIDENCE, Penalty(first=FIVE_YEARS, subsequent=SEVEN_YEARS))
    assert limb == "underlying_less_than_ten_years"
    assert penalty.first.imprisonment is not None
    assert penalty.first.imprisonment.max_months == 15
    assert penalty.first.imprisonment.description == "either"
    assert penalty.first.combinator == "imprisonment_or_fine_or_both"
    assert penalty.first.fine is not None
    assert penalty.first.fine.max_inr is None
    assert penalty.subsequent is not None
    assert penalty.subsequent.imprisonment is not None
    assert penalty.subsequent.imprisonment.max_months == 21


def test_evidence_destruction_for_life_offence_is_three_years() -> None:
    _, penalty = derive(EVIDENCE, Penalty(first=LIFE))
    assert penalty.first.imprisonment is not None
    assert penalty.first.imprisonment.max_months == 36


def test_evidence_destruction_for_capital_offence_is_seven_years() -> None:
    limb, penalty = derive(EVIDENCE, Penalty(first=DEATH))
    assert limb == "underlying_death"
    assert penalty.first.imprisonment is not None
    assert penalty.first.imprisonment.max_months == 84


def test_quarter_of_six_months_is_fractional() -> None:
    _, penalty = derive(EVIDENCE, Penalty(first=SIX_MONTHS))
    assert penalty.first.imprisonment is not None
    assert penalty.first.imprisonment.max_months == 1.5


def test_fine_only_offence_is_outside_evidence_destruction() -> None:
    with pytest.raises(DerivationError, match="no limb of it reaches") as caught:
        derive(EVIDENCE, Penalty(first=FINE_ONLY))
    assert "underlying_" not in str(caught.value)


def test_attempt_takes_half_and_the_underlying_fine() -> None:
    _, penalty = derive(ATTEMPT, Penalty(first=FIVE_YEARS, subsequent=SEVEN_YEARS))
    assert penalty.first.imprisonment is not None
    assert penalty.first.imprisonment.max_months == 30
    assert penalty.first.fine == FIVE_YEARS.fine
    assert penalty.subsequent is not None
    assert penalty.subsequent.imprisonment is not None
    assert penalty.subsequent.imprisonment.max_months == 42


def test_attempt_of_life_offence_is_not_guessed() -> None:
    with pytest.raises(DerivationError, match="imprisonment for life"):
        derive(ATTEMPT, Penalty(first=LIFE))


def test_attempt_of_fine_only_offence_is_refused() -> None:
    with pytest.raises(DerivationError, match="not punishable with imprisonment"):
        derive(ATTEMPT, Penalty(first=FINE_ONLY))


def test_conspiracy_to_commit_an_offence_with_only_a_minimum_term_is_the_abetment_limb() -> None:
    """Issue #11: IPC s.120B / BNS s.61(2) reach POCSO s.14(1) (five years or more)."""
    limb, penalty = derive(CONSPIRACY, Penalty(first=AT_LEAST_FIVE))
    assert limb == "underlying_two_years_or_more"
    assert penalty.first == AT_LEAST_FIVE


def test_conspiracy_to_commit_a_fine_only_offence_is_the_six_month_limb() -> None:
    """Issue #11: s.120B(2) / s.61(2)(b) reach every other conspiracy, fine-only included."""
    limb, penalty = derive(CONSPIRACY, Penalty(first=FINE_ONLY))
    assert limb == "underlying_not_two_years_or_more"
    assert penalty.first.imprisonment is not None
    assert penalty.first.imprisonment.max_months == 6


def test_half_of_a_term_with_no_stated_maximum_is_refused_in_words() -> None:
    with pytest.raises(DerivationError, match="states no longest term") as caught:
        derive(ATTEMPT, Penalty(first=AT_LEAST_FIVE))
    assert "one-half" in str(caught.value)
