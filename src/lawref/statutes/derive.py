"""Punishments defined by reference to another offence: which limb of a rule reaches an offence,
and the punishment that limb gives (attempt, abetment, conspiracy, causing disappearance of
evidence). The rules and their reach are data (``derived_penalty`` in ``data/statutes/``); this
module holds how they are applied, each step citing the words it reads."""

from __future__ import annotations

from lawref.errors import DerivationError
from lawref.statutes.models import (
    DerivedCondition,
    DerivedPenalty,
    DerivedTier,
    Fine,
    Imprisonment,
    Penalty,
    PenaltyTier,
)
from lawref.statutes.phrases import format_term, format_tier, fraction_words


def _longest_months(prison: Imprisonment) -> float | None:
    """The longest term a tier allows, in months: ``inf`` for life or for a term with a minimum
    and no stated maximum ("not less than five years": the statute sets no upper limit), ``None``
    when no term is stated at all."""
    if prison.life:
        return float("inf")
    if prison.max_months is not None:
        return float(prison.max_months)
    if prison.min_months is not None:
        return float("inf")
    return None


def tier_matches(condition: DerivedCondition, tier: PenaltyTier) -> bool:
    """Whether a derived limb's condition holds for the underlying offence's *tier*.

    The thresholds read the statutes' words: IPC s.201 / BNS s.238 distinguish offences
    "punishable with death", "with imprisonment for life, or with imprisonment which may extend to
    ten years", and "with imprisonment for any term not extending to ten years"; IPC s.120B /
    BNS s.61(2) distinguish offences punishable with "death, imprisonment for life or rigorous
    imprisonment for a term of two years or upwards" from every other offence (fine-only
    offences, and offences punishable only with simple imprisonment, included).

    A term with a minimum and no stated maximum (POCSO s.14(1) as amended in 2019: "not less than
    five years") has no upper limit, so it is punishable with two years or upwards and with a
    term that may extend to ten years. An offence punishable with fine only meets none of the
    imprisonment conditions.
    """
    prison = tier.imprisonment
    longest = _longest_months(prison) if prison is not None else None
    life = prison is not None and prison.life
    if condition == "any":
        return True
    if condition == "underlying_death":
        return tier.death
    two_years_or_more = tier.death or (
        prison is not None
        and prison.description != "simple"
        and longest is not None
        and longest >= 24
    )
    if condition == "underlying_two_years_or_more":
        return two_years_or_more
    if condition == "underlying_not_two_years_or_more":
        return not two_years_or_more
    if tier.death:
        return False
    if condition == "underlying_life_or_ten_years_or_more":
        return life or (longest is not None and longest >= 120)
    return longest is not None and longest < 120


def _fraction_tier(rule: DerivedTier, underlying: PenaltyTier) -> PenaltyTier:
    from fractions import Fraction

    assert rule.fraction is not None
    assert rule.fine is not None
    assert rule.combinator is not None
    prison = underlying.imprisonment
    if prison is None:
        raise DerivationError("the underlying offence is not punishable with imprisonment")
    if prison.life or prison.max_months is None:
        words = fraction_words(rule.fraction)
        if prison.life:
            raise DerivationError(
                f"the longest term of the offence is imprisonment for life; lawref does not turn "
                f"{words} of imprisonment for life into a term (IPC s.57 / BNS s.6 reckon life "
                "as twenty years for fractions of the Codes' own punishments)"
            )
        raise DerivationError(
            "the offence states no longest term"
            + (
                f" (only a minimum of {format_term(prison.min_months)})"
                if prison.min_months is not None
                else ""
            )
            + f", so {words} of its longest term cannot be computed"
        )
    share = Fraction(rule.fraction) * Fraction(prison.max_months).limit_denominator(1000)
    months: int | float = share.numerator if share.denominator == 1 else float(share)
    fine: Fine | None
    if rule.fine == "as_underlying":
        fine = underlying.fine
    elif rule.fine == "unlimited":
        fine = Fine()
    else:
        fine = None
    combinator = rule.combinator
    if fine is None:
        combinator = "imprisonment_only"
    return PenaltyTier(
        imprisonment=Imprisonment(max_months=months, description=prison.description),
        fine=fine,
        combinator=combinator,
    )


def _apply(rule: DerivedTier, underlying: PenaltyTier) -> PenaltyTier:
    if rule.rule == "fixed":
        assert rule.penalty is not None
        return rule.penalty
    if rule.rule == "same_as_underlying":
        return underlying
    return _fraction_tier(rule, underlying)


def choose_tier(derived: DerivedPenalty, underlying: PenaltyTier) -> DerivedTier:
    """The first tier of *derived* whose condition the underlying punishment meets; the
    refusal names the limbs by the statute's words, never by lawref's internal names."""
    for rule in derived.tiers:
        if tier_matches(rule.applies_when, underlying):
            return rule
    limbs = "; ".join(f"“{t.limb}”" for t in derived.tiers if t.limb)
    raise DerivationError(
        "no limb of it reaches an offence punishable with "
        + format_tier(underlying)
        + (f" (its limbs: {limbs})" if limbs else "")
    )


def derive(derived: DerivedPenalty, underlying: Penalty) -> tuple[DerivedCondition, Penalty]:
    """The derived penalty for an offence punished by *underlying*.

    Each conviction tier is derived from the same tier of the underlying offence: a first
    conviction from the first-conviction punishment, a subsequent one from the enhanced
    punishment, since the enhanced term is "the punishment provided for the offence" on that
    conviction (IT Act s.84C; IPC s.201). The limb chosen is the one the first-conviction
    punishment meets.
    """
    rule = choose_tier(derived, underlying.first)
    first = _apply(rule, underlying.first)
    subsequent = None
    if underlying.subsequent is not None:
        subsequent = _apply(choose_tier(derived, underlying.subsequent), underlying.subsequent)
        if rule.rule == "fixed" and subsequent == first:
            subsequent = None
    # the later tier is counted as the offence's own is ("in the event of second or subsequent
    # offence", POCSO s.15(1)): abetment and attempt take the offence's punishment
    counted = underlying.subsequent_on if subsequent is not None else "conviction"
    return rule.applies_when, Penalty(first=first, subsequent=subsequent, subsequent_on=counted)
