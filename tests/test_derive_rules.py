"""Derived penalties computed from their rules, independent of the shipped data."""

from __future__ import annotations

import pytest

from lawref.errors import DerivationError
from lawref.models import DerivedPenalty, Penalty, PenaltyTier
from lawref.penalties import derive, tier_matches


def _tier(**kwargs: object) -> PenaltyTier:
    return PenaltyTier.model_validate(kwargs)


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

EVIDENCE = DerivedPenalty.model_validate(
    {
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
        ]
    }
)
ATTEMPT = DerivedPenalty.model_validate(
    {
        "tiers": [
            {
                "applies_when": "any",
                "rule": "fraction_of_longest_term",
                "fraction": "1/2",
                "fine": "as_underlying",
                "combinator": "imprisonment_or_fine_or_both",
            }
        ]
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
        ("underlying_less_than_two_years", SIX_MONTHS, True),
        ("underlying_less_than_two_years", FIVE_YEARS, False),
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
    with pytest.raises(DerivationError, match="none of its limbs"):
        derive(EVIDENCE, Penalty(first=FINE_ONLY))


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
