"""Table-driven: the penalty of every punishing provision, on dates either side of each change.

Each row is read from the statute's own words (the operative clause is quoted in the row's
comment) and written independently of the data files, so that a slip in the data fails here.
Values: imprisonment (min months, max months, life, description), fine (min ₹, max ₹), combinator.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from lawref.catalog import Catalog
from lawref.statutes.models import PenaltyTier
from lawref.statutes.phrases import punishment_lines

D = dt.date
Tier = tuple[
    tuple[float | None, float | None, bool, str | None] | None,
    tuple[int | None, int | None] | None,
    str,
]

AND, OR_BOTH, FINE_ONLY = "imprisonment_and_fine", "imprisonment_or_fine_or_both", "fine_only"

# (provision, date of conduct, first conviction, subsequent conviction or None)
TABLE: list[tuple[str, dt.date, Tier, Tier | None]] = [
    # IT Act s.66 (2000): "imprisonment up to three years, or with fine which may extend up to two lakh rupees, or with both"
    ("it-act-2000/s66", D(2005, 1, 1), ((None, 36, False, None), (None, 200000), OR_BOTH), None),
    # s.66 (2009): "imprisonment for a term which may extend to three years or with fine which may extend to five lakh rupees or with both"
    ("it-act-2000/s66", D(2010, 1, 1), ((None, 36, False, None), (None, 500000), OR_BOTH), None),
    # s.66E: "imprisonment which may extend to three years or with fine not exceeding two lakh rupees, or with both"
    ("it-act-2000/s66E", D(2019, 10, 13), ((None, 36, False, None), (None, 200000), OR_BOTH), None),
    # s.67 (2000): 5 years and 1 lakh; 10 years and 2 lakh
    (
        "it-act-2000/s67",
        D(2009, 10, 26),
        ((None, 60, False, "either"), (None, 100000), AND),
        ((None, 120, False, "either"), (None, 200000), AND),
    ),
    # s.67 (2009): 3 years and 5 lakh; 5 years and 10 lakh
    (
        "it-act-2000/s67",
        D(2009, 10, 27),
        ((None, 36, False, "either"), (None, 500000), AND),
        ((None, 60, False, "either"), (None, 1000000), AND),
    ),
    # s.67A: 5 years and 10 lakh; 7 years and 10 lakh
    (
        "it-act-2000/s67A",
        D(2019, 10, 13),
        ((None, 60, False, "either"), (None, 1000000), AND),
        ((None, 84, False, "either"), (None, 1000000), AND),
    ),
    # s.67B: imprisonment AND fine (not "or"): 5 years and 10 lakh; 7 years and 10 lakh
    (
        "it-act-2000/s67B",
        D(2019, 10, 13),
        ((None, 60, False, "either"), (None, 1000000), AND),
        ((None, 84, False, "either"), (None, 1000000), AND),
    ),
    (
        "it-act-2000/s67B(b)",
        D(2020, 12, 28),
        ((None, 60, False, "either"), (None, 1000000), AND),
        ((None, 84, False, "either"), (None, 1000000), AND),
    ),
    # s.67C(2): "imprisonment for a term which may extend to three years and also be liable to fine"
    ("it-act-2000/s67C", D(2019, 10, 13), ((None, 36, False, None), (None, None), AND), None),
    # POCSO s.12: "imprisonment of either description for a term which may extend to three years and shall also be liable to fine"
    ("pocso-2012/s12", D(2019, 10, 13), ((None, 36, False, "either"), (None, None), AND), None),
    # POCSO s.14(1) (2012): "imprisonment of either description which may extend to five years and shall also be liable to fine"; subsequent seven years
    (
        "pocso-2012/s14(1)",
        D(2019, 4, 21),
        ((None, 60, False, "either"), (None, None), AND),
        ((None, 84, False, "either"), (None, None), AND),
    ),
    # POCSO s.14(1) (2019): "not be less than five years and shall also be liable to fine"; subsequent "not be less than seven years"
    (
        "pocso-2012/s14(1)",
        D(2019, 8, 16),
        ((60, None, False, None), (None, None), AND),
        ((84, None, False, None), (None, None), AND),
    ),
    # POCSO s.14(2) (2012): not less than ten years, may extend to life, and fine
    ("pocso-2012/s14(2)", D(2019, 6, 11), ((120, None, True, "either"), (None, None), AND), None),
    # POCSO s.14(3) (2012): "rigorous imprisonment for life and shall also be liable to fine"
    (
        "pocso-2012/s14(3)",
        D(2019, 6, 11),
        ((None, None, True, "rigorous"), (None, None), AND),
        None,
    ),
    # POCSO s.14(4), (5) (2012): six to eight years; eight to ten years; and fine
    ("pocso-2012/s14(4)", D(2019, 6, 11), ((72, 96, False, "either"), (None, None), AND), None),
    ("pocso-2012/s14(5)", D(2019, 6, 11), ((96, 120, False, "either"), (None, None), AND), None),
    # POCSO s.15 (2012): "imprisonment of either description which may extend to three years or with fine or with both"
    ("pocso-2012/s15", D(2019, 4, 21), ((None, 36, False, "either"), (None, None), OR_BOTH), None),
    # POCSO s.15(1) (2019): "fine not less than five thousand rupees"; subsequent "not be less than ten thousand rupees"
    (
        "pocso-2012/s15(1)",
        D(2020, 12, 28),
        (None, (5000, None), FINE_ONLY),
        (None, (10000, None), FINE_ONLY),
    ),
    # POCSO s.15(2) (2019): "imprisonment of either description which may extend to three years, or with fine, or with both"
    (
        "pocso-2012/s15(2)",
        D(2020, 12, 28),
        ((None, 36, False, "either"), (None, None), OR_BOTH),
        None,
    ),
    # POCSO s.15(3) (2019): 3 to 5 years, or fine, or both; subsequent 5 to 7 years and fine
    (
        "pocso-2012/s15(3)",
        D(2020, 12, 28),
        ((36, 60, False, "either"), (None, None), OR_BOTH),
        ((60, 84, False, "either"), (None, None), AND),
    ),
    # POCSO s.21(1): "imprisonment of either description which may extend to six months or with fine or with both"
    (
        "pocso-2012/s21(1)",
        D(2020, 12, 28),
        ((None, 6, False, "either"), (None, None), OR_BOTH),
        None,
    ),
    # POCSO s.21(2): "imprisonment for a term which may extend to one year and with fine"
    ("pocso-2012/s21(2)", D(2020, 12, 28), ((None, 12, False, None), (None, None), AND), None),
    # IPC s.292: 2 years and 2,000; 5 years and 5,000
    (
        "ipc-1860/s292",
        D(2019, 10, 13),
        ((None, 24, False, "either"), (None, 2000), AND),
        ((None, 60, False, "either"), (None, 5000), AND),
    ),
    # IPC s.293: 3 years and 2,000; 7 years and 5,000
    (
        "ipc-1860/s293",
        D(2019, 10, 13),
        ((None, 36, False, "either"), (None, 2000), AND),
        ((None, 84, False, "either"), (None, 5000), AND),
    ),
    # IPC s.354C: not less than 1 year up to 3 years and fine; 3 to 7 years and fine
    (
        "ipc-1860/s354C",
        D(2020, 12, 28),
        ((12, 36, False, "either"), (None, None), AND),
        ((36, 84, False, "either"), (None, None), AND),
    ),
    # IPC s.354A(2): "rigorous imprisonment for a term which may extend to three years, or with fine, or with both"
    (
        "ipc-1860/s354A(2)",
        D(2020, 1, 1),
        ((None, 36, False, "rigorous"), (None, None), OR_BOTH),
        None,
    ),
    # IPC s.354A(3): "imprisonment of either description for a term which may extend to one year, or with fine, or with both"
    (
        "ipc-1860/s354A(3)",
        D(2020, 1, 1),
        ((None, 12, False, "either"), (None, None), OR_BOTH),
        None,
    ),
    # IPC s.354D(2): 3 years and fine; subsequent 5 years and fine
    (
        "ipc-1860/s354D",
        D(2020, 1, 1),
        ((None, 36, False, "either"), (None, None), AND),
        ((None, 60, False, "either"), (None, None), AND),
    ),
    # BNS ss.75(2), 75(3), 78(2): as IPC ss.354A(2), 354A(3), 354D(2)
    (
        "bns-2023/s75(2)",
        D(2025, 1, 1),
        ((None, 36, False, "rigorous"), (None, None), OR_BOTH),
        None,
    ),
    ("bns-2023/s75(3)", D(2025, 1, 1), ((None, 12, False, "either"), (None, None), OR_BOTH), None),
    (
        "bns-2023/s78",
        D(2025, 1, 1),
        ((None, 36, False, "either"), (None, None), AND),
        ((None, 60, False, "either"), (None, None), AND),
    ),
    # BNS s.294: 2 years and 5,000; 5 years and 10,000
    (
        "bns-2023/s294",
        D(2024, 7, 1),
        ((None, 24, False, "either"), (None, 5000), AND),
        ((None, 60, False, "either"), (None, 10000), AND),
    ),
    # BNS s.295: 3 years and 2,000; 7 years and 5,000
    (
        "bns-2023/s295",
        D(2025, 1, 1),
        ((None, 36, False, "either"), (None, 2000), AND),
        ((None, 84, False, "either"), (None, 5000), AND),
    ),
    # BNS s.77: as IPC s.354C
    (
        "bns-2023/s77",
        D(2025, 1, 1),
        ((12, 36, False, "either"), (None, None), AND),
        ((36, 84, False, "either"), (None, None), AND),
    ),
    # IT Act s.66C: "either description ... three years and shall also be liable to fine which may extend to rupees one lakh"
    ("it-act-2000/s66C", D(2020, 1, 1), ((None, 36, False, "either"), (None, 100000), AND), None),
    # IT Act s.66D: "either description ... three years and shall also be liable to fine which may extend to one lakh rupees"
    ("it-act-2000/s66D", D(2020, 1, 1), ((None, 36, False, "either"), (None, 100000), AND), None),
    # IT Act s.69A(3): "an imprisonment for a term which may extend to seven years and also be liable to fine"
    ("it-act-2000/s69A", D(2020, 1, 1), ((None, 84, False, None), (None, None), AND), None),
    # POCSO s.23(4): "either description for a period which shall not be less than six months but which may extend to one year or with fine or with both"
    ("pocso-2012/s23", D(2020, 1, 1), ((6, 12, False, "either"), (None, None), OR_BOTH), None),
    # IPC s.384: "either description for a term which may extend to three years, or with fine, or with both"
    ("ipc-1860/s384", D(2020, 1, 1), ((None, 36, False, "either"), (None, None), OR_BOTH), None),
    # IPC s.506, first limb: "either description for a term which may extend to two years, or with fine, or with both"
    ("ipc-1860/s506", D(2020, 1, 1), ((None, 24, False, "either"), (None, None), OR_BOTH), None),
    # IPC s.509 before 2013: "simple imprisonment for a term which may extend to one year, or with fine, or with both"
    ("ipc-1860/s509", D(2013, 2, 2), ((None, 12, False, "simple"), (None, None), OR_BOTH), None),
    # IPC s.509 from 3 February 2013: "simple imprisonment for a term which may extend to three years, and also with fine"
    ("ipc-1860/s509", D(2013, 2, 3), ((None, 36, False, "simple"), (None, None), AND), None),
    # BNS s.79: as IPC s.509 from 2013
    ("bns-2023/s79", D(2025, 1, 1), ((None, 36, False, "simple"), (None, None), AND), None),
    # BNS s.95: "either description which shall not be less than three years but which may extend to ten years, and with fine"
    ("bns-2023/s95", D(2025, 1, 1), ((36, 120, False, "either"), (None, None), AND), None),
    # BNS s.308(2): "either description ... seven years, or with fine, or with both" (IPC s.384: three years)
    ("bns-2023/s308(2)", D(2025, 1, 1), ((None, 84, False, "either"), (None, None), OR_BOTH), None),
    # BNS s.308(3): "two years, or with fine, or with both"
    ("bns-2023/s308(3)", D(2025, 1, 1), ((None, 24, False, "either"), (None, None), OR_BOTH), None),
    # BNS s.308(4): "seven years, and shall also be liable to fine"
    ("bns-2023/s308(4)", D(2025, 1, 1), ((None, 84, False, "either"), (None, None), AND), None),
    # BNS s.308(5), (6), (7): "ten years, and shall also be liable to fine"
    ("bns-2023/s308(5)", D(2025, 1, 1), ((None, 120, False, "either"), (None, None), AND), None),
    ("bns-2023/s308(6)", D(2025, 1, 1), ((None, 120, False, "either"), (None, None), AND), None),
    ("bns-2023/s308(7)", D(2025, 1, 1), ((None, 120, False, "either"), (None, None), AND), None),
    # BNS s.351(2), (3): as the two limbs of IPC s.506 (two years; seven years; or fine, or both)
    ("bns-2023/s351(2)", D(2025, 1, 1), ((None, 24, False, "either"), (None, None), OR_BOTH), None),
    ("bns-2023/s351(3)", D(2025, 1, 1), ((None, 84, False, "either"), (None, None), OR_BOTH), None),
    # BNS s.351(4): "either description ... two years, in addition to the punishment provided for the offence"
    (
        "bns-2023/s351(4)",
        D(2025, 1, 1),
        ((None, 24, False, "either"), None, "imprisonment_only"),
        None,
    ),
]


def _shape(tier: PenaltyTier | None) -> Tier | None:
    if tier is None:
        return None
    prison = tier.imprisonment
    fine = tier.fine
    return (
        (prison.min_months, prison.max_months, prison.life, prison.description) if prison else None,
        (fine.min_inr, fine.max_inr) if fine else None,
        tier.combinator,
    )


@pytest.mark.parametrize(
    ("ref", "day", "first", "subsequent"), TABLE, ids=[f"{r[0]}@{r[1]}" for r in TABLE]
)
def test_penalty_in_force_on_the_date(
    catalog: Catalog, ref: str, day: dt.date, first: Tier, subsequent: Tier | None
) -> None:
    standing = catalog.at(ref, day)
    assert standing.status == "in_force", standing.message
    assert standing.version is not None
    assert standing.version.penalty is not None
    assert _shape(standing.version.penalty.first) == first
    assert _shape(standing.version.penalty.subsequent) == subsequent


def test_table_covers_every_punishing_provision(catalog: Catalog) -> None:
    """A provision that carries a penalty of its own must have a row above."""
    covered = {row[0] for row in TABLE}
    punishing = {
        p.id
        for p in catalog.provisions
        if any(v.penalty is not None and not v.penalty_inherited for v in p.versions)
    }
    # sub-divisions whose own penalty equals a covered parent's are fine to leave out
    missing = {pid for pid in punishing - covered if catalog.provision(pid).parent not in covered}
    assert not missing, sorted(missing)


_WORDS = {1: "one", 2: "two", 3: "three", 5: "five", 6: "six", 7: "seven", 8: "eight", 10: "ten"}


def _term_words(months: int | float) -> str:
    if months % 12 == 0:
        years = int(months // 12)
        return f"{_WORDS.get(years, str(years))} year"
    return f"{_WORDS.get(int(months), str(months))} month"


def _rupee_words(amount: int) -> tuple[str, ...]:
    """The amount as statutes write it: "one lakh rupees", or "rupees one lakh" (IT Act s.66C)."""
    if amount % 100000 == 0:
        words = f"{_WORDS[amount // 100000]} lakh"
    else:
        words = f"{_WORDS[amount // 1000]} thousand"
    return (f"{words} rupees", f"rupees {words}")


def test_structured_penalties_are_in_the_verbatim_text(catalog: Catalog) -> None:
    """Literate check (cf. Catala): every term and amount in a structured penalty appears, in
    words, in the version's own text — the numbers were read from the statute, not invented."""
    for provision in catalog.provisions:
        for version in provision.versions:
            if version.penalty is None or version.penalty_inherited or not version.text:
                continue
            text = re.sub(r"\s+", " ", version.text.lower())
            for tier in (version.penalty.first, version.penalty.subsequent):
                if tier is None:
                    continue
                prison, fine = tier.imprisonment, tier.fine
                for months in (prison.min_months, prison.max_months) if prison else ():
                    if months is not None:
                        assert _term_words(months) in text, (provision.id, months)
                if prison and prison.life:
                    assert "for life" in text, provision.id
                if prison and prison.description == "either":
                    assert "either description" in text, provision.id
                if prison and prison.description == "rigorous":
                    assert "rigorous" in text, provision.id
                for amount in (fine.min_inr, fine.max_inr) if fine else ():
                    if amount is not None:
                        assert any(w in text for w in _rupee_words(amount)), (provision.id, amount)
                if tier.combinator == "imprisonment_or_fine_or_both":
                    assert "or with both" in text or "or both" in text, provision.id


def test_a_second_tier_counts_what_the_statute_counts(catalog: Catalog) -> None:
    """Audit 2026-12-15a D2: POCSO s.15(1) as substituted in 2019 raises the fine "in the event of
    second or subsequent offence", not conviction. A version's second tier is counted by offence
    exactly where its text says "subsequent offence", and by conviction where it says
    "subsequent conviction"."""
    counted = []
    for provision in catalog.provisions:
        for version in provision.versions:
            penalty = version.penalty
            if penalty is None or penalty.subsequent is None or version.penalty_inherited:
                continue
            if not version.text:
                continue
            text = re.sub(r"\s+", " ", version.text.lower())
            if penalty.subsequent_on == "offence":
                counted.append(provision.id)
                assert "subsequent offence" in text, provision.id
            elif "subsequent offence" in text:
                assert "subsequent conviction" in text, provision.id
    assert "pocso-2012/s15(1)" in counted


def test_a_tier_counted_by_offence_is_worded_so(catalog: Catalog) -> None:
    from lawref.statutes.phrases import format_penalty, punishment_lines

    version = catalog.at("pocso-2012/s15(1)", dt.date(2020, 1, 1)).version
    assert version is not None
    assert version.penalty is not None
    assert punishment_lines(version.penalty, None) == [
        ("first offence", "fine of at least ₹5,000"),
        ("second or subsequent offence", "fine of at least ₹10,000"),
    ]
    assert "second or subsequent offence" in format_penalty(version.penalty)
    assert "conviction" not in format_penalty(version.penalty)
    # a tier counted by conviction keeps its words (IT Act s.67B)
    version = catalog.at("it-act-2000/s67B", dt.date(2020, 1, 1)).version
    assert version is not None
    assert version.penalty is not None
    assert [label for label, _ in punishment_lines(version.penalty, None)] == [
        "first conviction",
        "second or subsequent conviction",
    ]


def test_a_punishment_with_one_scale_names_no_first_tier(catalog: Catalog) -> None:
    """Review 2026-12-15c L4: POCSO s.15(2) from 2019 has one scale ("shall be punished with
    imprisonment … which may extend to three years, or with fine, or with both"); calling it the
    punishment "for a first conviction" suggests a second tier the statute does not have. Every
    one-scale penalty is labelled "every conviction", in every view's words."""
    from lawref.statutes.phrases import SINGLE_TIER_LABEL, punishment_lines

    version = catalog.at("pocso-2012/s15(2)", dt.date(2020, 1, 1)).version
    assert version is not None
    assert version.penalty is not None
    assert punishment_lines(version.penalty, None) == [
        (SINGLE_TIER_LABEL, "imprisonment of either description up to 3 years, or fine, or both")
    ]
    for provision in catalog.provisions:
        for each in provision.versions:
            if each.penalty is not None and each.penalty.subsequent is None:
                if each.penalty.limbs:
                    continue  # graded by its cases: each limb after its words (IPC s.506)
                labels = [label for label, _ in punishment_lines(each.penalty, None)]
                assert labels == [SINGLE_TIER_LABEL], provision.id


@pytest.mark.parametrize(
    ("ref", "day", "punishes"),
    [
        # its own punishment
        ("it-act-2000/s67B", D(2020, 1, 1), True),
        # POCSO s.15: its own punishment before 16 August 2019, its sub-sections' after
        ("pocso-2012/s15", D(2015, 1, 1), True),
        ("pocso-2012/s15", D(2020, 1, 1), True),
        # a rule of which law's punishment applies, not an offence
        ("pocso-2012/s42", D(2020, 1, 1), False),
        # before the Act, nothing
        ("bns-2023/s294", D(2020, 1, 1), False),
    ],
)
def test_a_provision_punishes_in_itself_or_its_parts(
    catalog: Catalog, ref: str, day: dt.date, punishes: bool
) -> None:
    assert catalog.statutes.punishes(ref, day) is punishes


def test_a_penalty_graded_by_its_cases_gives_each_limb_in_the_statutes_words(
    catalog: Catalog,
) -> None:
    """IPC s.506 punishes criminal intimidation with up to two years and, "if the threat be to
    cause death or grievous hurt, …", with up to seven: both limbs are structured, each after
    the statute's words for its cases (found in the text by the loader), and each has its own
    First Schedule row (the second: Magistrate of the first class)."""
    limbed = [
        (provision.id, version)
        for provision in catalog.provisions
        for version in provision.versions
        if version.penalty is not None and version.penalty.limbs
    ]
    assert [pid for pid, _ in limbed] == ["ipc-1860/s506"]
    standing = catalog.at("ipc-1860/s506", dt.date(2022, 1, 1)).version
    assert standing is not None
    assert standing.penalty is not None
    lines = punishment_lines(standing.penalty, None)
    assert lines == [
        (
            "Whoever commits, the offence of criminal intimidation",
            "imprisonment of either description up to 2 years, or fine, or both",
        ),
        (
            "if the threat be to cause death or grievous hurt, or to cause the destruction of "
            "any property by fire, or to cause an offence punishable with death or imprisonment "
            "for life, or with imprisonment for a term which may extend to seven years, or to "
            "impute, unchastity to a woman",
            "imprisonment of either description up to 7 years, or fine, or both",
        ),
    ]
    at = catalog.classification("IPC 506", dt.date(2022, 1, 1), dt.date(2022, 1, 1))
    assert at.first is not None
    assert at.first.triable_by == "Any Magistrate"
    assert [row.triable_by for row in at.limbs] == ["Magistrate of the first class"]
    assert at.first_limb == lines[0][0]


def test_a_derived_punishment_on_a_partial_penalty_says_so(catalog: Catalog) -> None:
    """Review 2026-12-21e M7: an attempt to commit IPC s.506 is computed on its first limb; the
    answer says the second limb punishes some cases differently, and `timeline` shows that
    limb."""
    result = catalog.derived_penalty("IPC 511", "IPC 506", dt.date(2022, 1, 1))
    assert any(
        "computed on the punishment of IPC s.506's first limb (Whoever commits, the offence of "
        "criminal intimidation: imprisonment of either description up to 2 years"
        in note
        and "its other cases are punished differently (if the threat be" in note
        for note in result.notes
    )
    assert "(imprisonment of either description up to 2 years, or fine, or both)" in (
        result.explanation
    )
    assert "up to 7 years" in result.explanation
    (first, *_) = catalog.timeline("ipc-1860/s506")
    assert "up to 7 years" in first.description
