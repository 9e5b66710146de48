"""Issue #11: a rule that punishes by reference to another offence reaches only the offences its
own words reach (IT Act ss.84B/84C: this Act; POCSO ss.17/18: this Act; IPC s.40 / BNS s.2(24)
for the Codes), names the rule that does reach an offence it refuses, and shows a limb that fixes
its own punishment as a punishment with its condition."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.catalog import Catalog
from lawref.errors import DerivationError, LawrefError
from lawref.views.text import show_text

D = dt.date


@pytest.mark.parametrize(
    ("rule", "offence", "day", "names"),
    [
        # the three errors: a rule applied outside its Act
        ("84B IT Act", "POCSO 15(2)", D(2020, 12, 28), "pocso-2012/s17"),
        ("84C IT Act", "POCSO 15(3)", D(2020, 12, 28), "pocso-2012/s18"),
        ("POCSO 17", "BNS 294", D(2025, 1, 10), "bns-2023/s49"),
        # and their mirror images
        ("POCSO 18", "67B IT Act", D(2020, 12, 28), "it-act-2000/s84C"),
        ("IPC 511", "67B IT Act", D(2020, 12, 28), "it-act-2000/s84C"),
        ("BNS 62", "POCSO 15(2)", D(2025, 1, 10), "pocso-2012/s18"),
    ],
)
def test_a_rule_outside_its_reach_is_refused_and_names_the_rule_that_reaches(
    catalog: Catalog, rule: str, offence: str, day: dt.date, names: str
) -> None:
    with pytest.raises(DerivationError) as caught:
        catalog.derived_penalty(rule, offence, day)
    message = str(caught.value)
    assert "reaches only" in message
    assert names in message


def test_evidence_rule_reaches_a_special_law_offence_of_six_months_or_more(
    catalog: Catalog,
) -> None:
    result = catalog.derived_penalty("IPC 201", "67B IT Act", D(2019, 10, 13))
    assert result.penalty.first.imprisonment is not None
    assert result.penalty.first.imprisonment.max_months == 15  # one-fourth of five years
    assert result.limb is not None
    assert "not extending to ten years" in result.limb


@pytest.mark.parametrize("rule", ["IPC 120B", "IPC 120B(1)"])
def test_conspiracy_to_an_offence_with_only_a_minimum_term_is_answered(
    catalog: Catalog, rule: str
) -> None:
    """POCSO s.14(1) as amended in 2019: not less than five years, no maximum stated."""
    result = catalog.derived_penalty(rule, "POCSO 14(1)", D(2020, 12, 28))
    assert result.tier == "underlying_two_years_or_more"
    prison = result.penalty.first.imprisonment
    assert prison is not None
    assert prison.min_months == 60
    assert prison.max_months is None


@pytest.mark.parametrize(
    ("rule", "day"),
    [("IPC 120B", D(2020, 12, 28)), ("BNS 61", D(2025, 1, 10)), ("BNS 61(2)(b)", D(2025, 1, 10))],
)
def test_conspiracy_to_a_fine_only_offence_is_up_to_six_months(
    catalog: Catalog, rule: str, day: dt.date
) -> None:
    """POCSO s.15(1) as amended in 2019 is punishable with fine only."""
    result = catalog.derived_penalty(rule, "POCSO 15(1)", day)
    assert result.tier == "underlying_not_two_years_or_more"
    prison = result.penalty.first.imprisonment
    assert prison is not None
    assert prison.max_months == 6
    assert result.penalty.first.combinator == "imprisonment_or_fine_or_both"


def test_the_clause_for_other_conspiracies_refuses_a_serious_offence_in_words(
    catalog: Catalog,
) -> None:
    with pytest.raises(DerivationError) as caught:
        catalog.derived_penalty("BNS 61(2)(b)", "67B IT Act", D(2025, 1, 10))
    assert "no limb of it reaches" in str(caught.value)
    assert "underlying_" not in str(caught.value)


@pytest.mark.parametrize(
    ("ref", "condition", "punishment"),
    [
        (
            "IPC 120B(2)",
            "other than a criminal conspiracy to commit an offence punishable as aforesaid",
            "imprisonment of either description up to 6 months, or fine, or both",
        ),
        (
            "BNS 61(2)(b)",
            "other than a criminal conspiracy to commit an offence punishable as aforesaid",
            "imprisonment of either description up to 6 months, or fine, or both",
        ),
        (
            "IPC 201",
            "punishable with death",
            "imprisonment of either description up to 7 years and fine",
        ),
        (
            "BNS 238",
            "punishable with imprisonment for life, or with imprisonment which may extend to ten",
            "imprisonment of either description up to 3 years and fine",
        ),
    ],
)
def test_fixed_limbs_are_shown_as_punishments_with_their_condition(
    catalog: Catalog, ref: str, condition: str, punishment: str
) -> None:
    day = D(2025, 1, 10) if ref.startswith("BNS") else D(2020, 1, 1)
    text = " ".join(show_text(catalog, catalog.at(ref, day)).split())
    assert condition in text
    assert punishment in text
    assert "depends on the offence" not in text


def test_derive_shows_the_limb_in_the_statutes_words(catalog: Catalog) -> None:
    result = catalog.derived_penalty("BNS 238", "67B IT Act", D(2025, 1, 10))
    assert (
        result.limb
        == "if the offence is punishable with imprisonment for any term not extending to ten years"
    )


DERIVING = [
    "it-act-2000/s84B",
    "it-act-2000/s84C",
    "pocso-2012/s17",
    "pocso-2012/s18",
    "ipc-1860/s109",
    "ipc-1860/s120B",
    "ipc-1860/s120B(2)",
    "ipc-1860/s201",
    "ipc-1860/s511",
    "bns-2023/s49",
    "bns-2023/s61(2)",
    "bns-2023/s61(2)(b)",
    "bns-2023/s62",
    "bns-2023/s238",
]
INTERNAL = re.compile(r"underlying_|same_as_underlying|fraction_of_longest_term|as_underlying")


@settings(max_examples=120, deadline=None)
@given(
    rule=st.sampled_from(DERIVING),
    index=st.integers(min_value=0, max_value=10_000),
    day=st.dates(min_value=D(2009, 10, 27), max_value=D(2026, 11, 23)),
)
def test_every_derivation_answers_or_refuses_in_words(
    catalog: Catalog, rule: str, index: int, day: dt.date
) -> None:
    """Whatever rule and offence are paired on whatever date, the answer is a punishment or a
    refusal that shows no internal name."""
    offences = [p.id for p in catalog.provisions]
    offence = offences[index % len(offences)]
    try:
        result = catalog.derived_penalty(rule, offence, day)
    except LawrefError as exc:
        said = str(exc)
    else:
        said = result.explanation
        assert result.provision == rule
    assert not INTERNAL.search(said), said


@pytest.mark.parametrize(("rule", "day"), [("IPC 201", D(2020, 1, 1)), ("BNS 238", D(2025, 1, 1))])
def test_a_limb_chosen_on_a_term_with_no_stated_maximum_says_so(
    catalog: Catalog, rule: str, day: D
) -> None:
    """Legal audit 2026-12-15a D3: POCSO s.14(1) from 2019 states "not less than five years"
    and no maximum. The ten-year limb of IPC s.201 / BNS s.238 ("may extend to ten years") is
    met only by reading the open term as reaching ten years: the answer says so."""
    result = catalog.derived_penalty(rule, "POCSO 14(1)", day)
    assert result.tier == "underlying_life_or_ten_years_or_more"
    assert len(result.notes) == 1
    assert "no maximum" in result.notes[0]
    assert result.notes[0] in result.explanation


def test_a_limb_the_minimum_alone_meets_needs_no_note(catalog: Catalog) -> None:
    # "two years or upwards" (IPC s.120B): five years at least is two years or upwards
    result = catalog.derived_penalty("IPC 120B", "POCSO 14(1)", D(2020, 12, 28))
    assert result.notes == ()
    # a closed term needs none either
    assert catalog.derived_penalty("IPC 201", "IT Act 67B", D(2020, 1, 1)).notes == ()


def test_a_derived_tier_is_counted_as_the_offence_counts_it(catalog: Catalog) -> None:
    """Review 2026-12-15b G1: abetment of POCSO s.15(1) (2019) takes its punishment, whose later
    tier is for a "second or subsequent offence"; the answer and its words say "offence"."""
    from lawref.views.text import derived_text

    result = catalog.derived_penalty("POCSO 17", "POCSO 15(1)", D(2020, 1, 1))
    assert result.penalty.subsequent_on == "offence"
    words = derived_text(catalog, result)
    assert "second or subsequent offence" in words
    assert "conviction" not in words
    assert "conviction" not in result.explanation


def test_a_derived_punishment_on_one_scale_names_no_tier(catalog: Catalog) -> None:
    """Review 2026-12-15c L4: abetment of POCSO s.15(2) (2019), an offence with one scale, is
    worded "the offence's punishment", not its punishment "for a first conviction"."""
    from lawref.views.text import derived_text

    result = catalog.derived_penalty("POCSO 17", "POCSO 15(2)", D(2020, 1, 1))
    assert result.penalty.subsequent is None
    words = derived_text(catalog, result)
    assert "on the offence's punishment: imprisonment" in words
    assert "first" not in words
