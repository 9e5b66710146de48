"""Penalties in words, the way Indian lawyers and reporters write them."""

from __future__ import annotations

import pytest

from lawref.statutes.models import Fine, Imprisonment, Penalty, PenaltyTier
from lawref.statutes.phrases import format_inr, format_penalty, format_term, format_tier


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (500, "₹500"),
        (2000, "₹2,000"),
        (5000, "₹5,000"),
        (10000, "₹10,000"),
        (99999, "₹99,999"),
        (100000, "₹1 lakh"),
        (150000, "₹1.5 lakh"),
        (200000, "₹2 lakh"),
        (1000000, "₹10 lakh"),
        (123456, "₹1,23,456"),
        (2500000, "₹25 lakh"),
        (10000000, "₹1 crore"),
        (25000000, "₹2.5 crore"),
        (123456789, "₹12,34,56,789"),
    ],
)
def test_format_inr(amount: int, text: str) -> None:
    assert format_inr(amount) == text


@pytest.mark.parametrize(
    ("months", "text"),
    [
        (6, "6 months"),
        (12, "1 year"),
        (60, "5 years"),
        (18, "1 year and 6 months"),
        (1.5, "1.5 months"),
        (15, "1 year and 3 months"),
    ],
)
def test_format_term(months: float, text: str) -> None:
    assert format_term(months) == text


def _tier(**kwargs: object) -> PenaltyTier:
    return PenaltyTier.model_validate(kwargs)


@pytest.mark.parametrize(
    ("tier", "text"),
    [
        (
            _tier(
                combinator="imprisonment_and_fine",
                imprisonment={"max_months": 60, "description": "either"},
                fine={"max_inr": 1000000},
            ),
            "imprisonment of either description up to 5 years and fine up to ₹10 lakh",
        ),
        (
            _tier(
                combinator="imprisonment_or_fine_or_both",
                imprisonment={"max_months": 36},
                fine={"max_inr": 200000},
            ),
            "imprisonment up to 3 years, or fine up to ₹2 lakh, or both",
        ),
        (_tier(combinator="fine_only", fine={"min_inr": 5000}), "fine of at least ₹5,000"),
        (
            _tier(
                combinator="imprisonment_and_fine",
                imprisonment={"min_months": 120, "life": True, "description": "rigorous"},
                fine={},
            ),
            "rigorous imprisonment of at least 10 years, up to life and fine",
        ),
        (
            _tier(
                combinator="imprisonment_or_fine_or_both",
                imprisonment={"min_months": 36, "max_months": 60, "description": "either"},
                fine={},
            ),
            "imprisonment of either description for 3 to 5 years, or fine, or both",
        ),
    ],
)
def test_format_tier(tier: PenaltyTier, text: str) -> None:
    assert format_tier(tier) == text


def test_format_penalty_names_the_subsequent_tier() -> None:
    penalty = Penalty(
        first=PenaltyTier(combinator="fine_only", fine=Fine(min_inr=5000)),
        subsequent=PenaltyTier(combinator="fine_only", fine=Fine(min_inr=10000)),
    )
    assert format_penalty(penalty) == (
        "fine of at least ₹5,000; on a second or subsequent conviction, fine of at least ₹10,000"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"combinator": "fine_only", "imprisonment": {"max_months": 6}, "fine": {}},
            "cannot have an imprisonment",
        ),
        (
            {"combinator": "imprisonment_and_fine", "imprisonment": {"max_months": 6}},
            "needs a fine",
        ),
        ({"combinator": "imprisonment_only", "fine": {}}, "needs an imprisonment"),
        (
            {
                "combinator": "imprisonment_only",
                "imprisonment": {"min_months": 12, "max_months": 6},
            },
            "greater than",
        ),
        ({"combinator": "fine_only", "fine": {"min_inr": 10, "max_inr": 5}}, "greater than"),
        (
            {"combinator": "imprisonment_only", "imprisonment": {"max_months": 6, "life": True}},
            "life",
        ),
        ({"combinator": "sometimes", "fine": {}}, "combinator"),
    ],
)
def test_inconsistent_tiers_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PenaltyTier.model_validate(kwargs)


def test_imprisonment_alone_reads_plainly() -> None:
    assert format_tier(
        PenaltyTier(combinator="imprisonment_only", imprisonment=Imprisonment(max_months=6))
    ) == ("imprisonment up to 6 months")
