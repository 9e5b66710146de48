"""Invariants of reading an Act lawref does not list by its own name (``unlisted_acts``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.analysis.unlisted_acts import ID_PREFIX, ActNameWords, unlisted_acts
from lawref.catalog import Catalog

JOINS = frozenset({"of", "and", "for", "to"})
STOPS = frozenset({"the", "under", "said", "section"})
WORDS_READ = ActNameWords(JOINS, STOPS, frozenset({"under", "of"}))
WORDS = [
    "Act", "ACT", "act", "Goa", "Children's", "Police", "Kerala", "of", "and", "the", "The",
    "Under", "Said", "(Amendment)", "(", ")", "2003", ",", "Section", "8", "\n", "Criminal",
    "under", "of", "8(a)",
]  # fmt: skip


@settings(max_examples=500)
@given(
    words=st.lists(st.sampled_from(WORDS), max_size=40),
    taken_at=st.lists(st.integers(0, 400), max_size=4),
)
def test_an_unlisted_act_is_a_capitalised_name_ending_in_act_outside_known_names(
    words: list[str], taken_at: list[int]
) -> None:
    text = " ".join(words)
    taken = sorted({(at, at + 5) for at in taken_at if at + 5 <= len(text)})
    taken = [span for i, span in enumerate(taken) if i == 0 or span[0] >= taken[i - 1][1]]
    found = unlisted_acts(text, WORDS_READ, taken)
    for act in found:
        name = text[act.start : act.end]
        assert re.search(r"(?:Act|ACT)(?:,?\s(?:of\s)?(?:19|20)\d\d)?$", name)
        assert "\n" not in name
        assert name[0].isupper() or name[0] == "("
        assert not any(s < act.end and act.start < e for s, e in taken)
        assert act.id.startswith(ID_PREFIX)
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", act.id[len(ID_PREFIX) :])
        outside_brackets = re.sub(r"\([^()]*\)", " ", name)
        assert not any(w.lower() in STOPS for w in re.findall(r"[A-Za-z']+", outside_brackets))
    assert [a.start for a in found] == sorted(a.start for a in found)


def test_a_citing_word_may_stand_across_one_line_break_not_a_blank_line(catalog: Catalog) -> None:
    # hard-wrapped text (review 2026-12-02l); a word in an earlier paragraph cites nothing
    read = catalog.analyze("He was booked under Section 25 of the\nArms Act.").statute_references
    assert [(r.act, r.section) for r in read] == [("unlisted:arms-act", "25")]
    read = catalog.analyze("He was booked under\nthe Arms Act.").statute_references
    assert [(r.act, r.section) for r in read] == [("unlisted:arms-act", None)]
    assert catalog.analyze("67B\n\nDec Act").statute_references == ()


def test_a_section_in_brackets_after_an_unlisted_act_is_that_acts(catalog: Catalog) -> None:
    # a case digest's list of Acts: "(Section 8)" after an Act lawref does not know is that
    # Act's, not the POCSO Act's named on the line before (it was read as POCSO s.8)
    text = (
        "• The Protection of Children from Sexual Offences Act, 2012 (Sections 13, 14)\n"
        "• The Goa Children's Act, 2003 (Section 8)\n"
        "• The Criminal Law Amendment Act, 1932 (Section 7)\n"
    )
    read = [(r.act, r.section) for r in catalog.analyze(text).statute_references]
    assert read == [
        ("pocso-2012", None),
        ("pocso-2012", "13"),
        ("pocso-2012", "14"),
        ("unlisted:goa-childrens-act", None),
        ("unlisted:goa-childrens-act", "8"),
        ("unlisted:criminal-law-amendment-act", None),
        ("unlisted:criminal-law-amendment-act", "7"),
    ]


def test_amendment_is_a_word_of_a_title_only_after_a_capitalised_word(catalog: Catalog) -> None:
    read = catalog.analyze(
        "He was booked under Section 12 of the POCSO Act and Section 7 of the Criminal Law "
        "Amendment Act, 1932."
    ).statute_references
    assert [(r.act, r.section) for r in read] == [
        ("pocso-2012", "12"),
        ("unlisted:criminal-law-amendment-act", "7"),
    ]
    # "the Amendment Act" names no Act of its own; the amending Act lawref knows stays itself
    read = catalog.analyze(
        "The Amendment Act raised the penalty under Section 15 of the POCSO Act."
    ).statute_references
    assert [(r.act, r.section) for r in read] == [("pocso-2012", "15")]
    amended = catalog.analyze("Section 67B was inserted by the IT (Amendment) Act, 2008.")
    assert [r.act for r in amended.statute_references] == [None, "it-act-2000"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amending Act lends its name to no bare section after it (review 2026-12-15a H3)
        ("He was booked under Section 376 of the IPC and the Criminal Law Amendment Act, 2018, "
         "which added Section 376AB.",
         [("ipc-1860", "376"), ("unlisted:criminal-law-amendment-act", None), (None, "376AB")]),
        # an Act lawref knows by its acronym, amended, is no unlisted Act: "IT Amendment Act"
        # is a misnomer of the IT Act (review 2026-12-15b M-a)
        ("Under the IT Amendment Act, 2008, Section 67B was introduced to punish publishing "
         "child pornography.", [("it-act-2000", "67B")]),
    ],
)  # fmt: skip
def test_an_amending_act_lends_its_name_to_no_bare_section(
    catalog: Catalog, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    read = catalog.analyze(text).statute_references
    assert [(r.act, r.section) for r in read] == expected


def test_a_one_word_name_before_a_bracketed_section_is_no_act(catalog: Catalog) -> None:
    # "The Special Act" is the POCSO Act in a court's words (review 2026-12-15a M8): "special"
    # ends a name, as "said" does; "The Arms Act (Section 25)" is the Arms Act's (15b H3)
    read = catalog.analyze(
        "He was booked under Section 12 of the POCSO Act. The Arms Act (Section 25) was also "
        "invoked after a pistol was found."
    ).statute_references
    assert [(r.act, r.section) for r in read] == [
        ("pocso-2012", "12"),
        ("unlisted:arms-act", None),
        ("unlisted:arms-act", "25"),
    ]
    # a bracketed section follows the Arms Act in a list of laws too (review 2026-12-15c M-e)
    read = catalog.analyze(
        "He was booked under Section 12 of the POCSO Act and the Arms Act (Section 25)."
    ).statute_references
    assert [(r.act, r.section) for r in read] == [
        ("pocso-2012", "12"),
        ("unlisted:arms-act", None),
        ("unlisted:arms-act", "25"),
    ]
    # "Central" begins Acts' titles, so it ends no name (review 2026-12-16b M-c; "The Central
    # Act (Section 29)" for the POCSO Act, 15c M-d, is left read as an Act of that name)
    read = catalog.analyze(
        "He was also booked under Section 16 of the Central Goods and Services Tax Act."
    ).statute_references
    assert [(r.act, r.section) for r in read] == [
        ("unlisted:central-goods-and-services-tax-act", "16")
    ]
    read = catalog.analyze(
        "He was booked under Sections 4 and 6 of the POCSO Act. The Special Act (Section 29) "
        "raises a presumption of guilt."
    ).statute_references
    assert [(r.act, r.section) for r in read] == [
        ("pocso-2012", "4"),
        ("pocso-2012", "6"),
        ("pocso-2012", "29"),
    ]
