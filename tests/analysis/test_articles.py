"""Articles of the Constitution of India named in reports (lawref.analysis.articles): read to
their numbers, flagged as not in lawref's data, and kept apart from the sections of Acts."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.analysis.models import StatuteReference
from lawref.catalog import Catalog

DAY = dt.date(2023, 6, 1)
CONSTITUTION = "constitution-1950"


def _refs(catalog: Catalog, text: str) -> list[StatuteReference]:
    return list(catalog.analyze(text, DAY).statute_references)


def _read(catalog: Catalog, text: str) -> list[tuple[str | None, str | None]]:
    return [(r.act, r.section) for r in _refs(catalog, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The petitioner invoked Article 21 of the Constitution and sought bail.",
            [(CONSTITUTION, "21")],
        ),
        (
            "Articles 14, 19 and 21 of the Constitution guarantee equality, speech and liberty.",
            [(CONSTITUTION, "14"), (CONSTITUTION, "19"), (CONSTITUTION, "21")],
        ),
        (
            "Article 19(1)(a) protects speech; Article 15 (3) allows special provisions.",
            [(CONSTITUTION, "19(1)(a)"), (CONSTITUTION, "15(3)")],
        ),
        # lower case, with the Constitution named after the list
        ("He filed a writ under article 32 of the Constitution of India.", [(CONSTITUTION, "32")]),
        # in Hindi, the Constitution named before
        ("याचिकाकर्ता ने संविधान के अनुच्छेद 21 का हवाला दिया।", [(CONSTITUTION, "21")]),
        # beside an Act's section, each keeps its own law
        (
            "The High Court, under Article 226, quashed the FIR under Section 67B of the IT Act.",
            [(CONSTITUTION, "226"), ("it-act-2000", "67B")],
        ),
        (
            "The right to privacy under Article 21 and Section 67 of the IT Act were discussed.",
            [(CONSTITUTION, "21"), ("it-act-2000", "67")],
        ),
        # an Article takes no Act named before it
        (
            "The accused was booked under Section 15 of the POCSO Act. Article 21 applies.",
            [("pocso-2012", "15"), (CONSTITUTION, "21")],
        ),
        # another instrument's Article, and "article" as a piece of writing, are none
        (
            "Article 34 of the UN Convention on the Rights of the Child obliges states to act.",
            [],
        ),
        ("This article 5 times mentions the case.", []),
    ],
)
def test_articles_of_the_constitution(
    catalog: Catalog, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _read(catalog, text) == expected


def test_an_article_says_lawref_does_not_hold_it_and_where_the_constitution_is_named(
    catalog: Catalog,
) -> None:
    text = "He moved the court under Article 226 of the Constitution of India."
    (ref,) = _refs(catalog, text)
    assert ref.text == "226"
    assert ref.provision is None
    assert ref.flags == ("not in lawref's data: lawref does not hold The Constitution of India",)
    assert ref.act_start is not None
    assert ref.act_end is not None
    assert text[ref.act_start : ref.act_end] == "Constitution of India"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Article", "Articles", "21", "19(1)(a)", ",", "and", "of the", "Constitution",
             "UNCRC", "Section 67B", "IT Act", "अनुच्छेद", "संविधान के", "(", ")", "\n"]
        ),
        max_size=40,
    )
)  # fmt: skip
def test_every_article_read_is_its_own_words_in_the_text(
    catalog: Catalog, parts: list[str]
) -> None:
    """Whatever the words, an Article read is the number at its place in the text, with the
    Constitution's id and the flag, and no two references overlap."""
    text = " ".join(parts)
    refs = _refs(catalog, text)
    for ref in refs:
        assert text[ref.start : ref.end] == ref.text
        if ref.act == CONSTITUTION:
            assert ref.provision is None
            assert ref.section is not None
            assert ref.section[0].isdigit()
    spans = sorted((r.start, r.end) for r in refs if r.act == CONSTITUTION)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@pytest.mark.parametrize(
    "text",
    [
        # another instrument named before or right after (review 2026-12-11b H5)
        "UNCRC Article 34 obliges states to protect children from sexual exploitation.",
        "Article 34 UNCRC obliges states to act.",
        "The Budapest Convention's Article 9 deals with child pornography offences.",
        "यूएनसीआरसी के अनुच्छेद 34 के तहत बच्चों का संरक्षण जरूरी है।",
        # a section misnamed in a charge, page furniture, past the last Article (M11)
        "The accused was booked under Article 376 of the IPC.",
        "The Times of India Article 5 days ago reported the arrest.",
        "Article 400 says nothing.",
    ],
)
def test_what_is_no_article_of_the_constitution(catalog: Catalog, text: str) -> None:
    assert CONSTITUTION not in {r.act for r in _refs(catalog, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Constitution named after the Article wins over a charge's words (11c H6)
        ("The High Court quashed the FIR under Article 226 of the Constitution.", ["226"]),
        # "Directive" names no instrument (11c H7)
        ("The Directive Principles under Article 39 direct the State to protect children.", ["39"]),
        # an instrument anywhere before it in its sentence, with no "of the Constitution": not
        # read, a missed reference being better than a wrong Act (11d H4)
        (
            "The court referred to the UN Convention on the Rights of the Child and held that "
            "Article 21 protects the child's dignity.",
            [],
        ),
        (
            "The UN Convention on the Rights of the Child, Article 34, obliges states to act.",
            [],
        ),
        ("Article 9 (Budapest Convention) deals with child pornography offences.", []),
        # a Devanagari Article only with "संविधान" before it in its sentence (11d H5): a bare
        # "अनुच्छेद 226" is a reference missed, accepted rather than a wrong Act for "X के
        # अनुच्छेद N"
        ("हाईकोर्ट ने अनुच्छेद 226 के तहत याचिका पर सुनवाई की।", []),
        ("फैसले के अनुच्छेद 45 में अदालत ने कहा।", []),
    ],
)
def test_articles_in_court_reports(catalog: Catalog, text: str, expected: list[str]) -> None:
    assert [r.section for r in _refs(catalog, text) if r.act == CONSTITUTION] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the EU's instruments (11e H6); "संविधान" earlier in the sentence (11e M5)
        ("The EU Directive's Article 25 deals with child sexual abuse material.", []),
        ("संविधान के अनुच्छेद 21 और अनुच्छेद 14 का उल्लंघन हुआ।", ["21", "14"]),
    ],
)
def test_articles_after_review_11e(catalog: Catalog, text: str, expected: list[str]) -> None:
    assert [r.section for r in _refs(catalog, text) if r.act == CONSTITUTION] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another's "X के अनुच्छेद N", though "संविधान" stands earlier (11f N4)
        (
            "संविधान के अनुच्छेद 21 के साथ आरोपी पर आईपीसी के अनुच्छेद 376 के तहत मामला दर्ज किया गया।",
            ["21"],
        ),
        ("संविधान पीठ ने फैसले के अनुच्छेद 45 में कहा।", []),
        # "EU" is no instrument's name (11f MEDIUM)
        ("The petitioner, an EU national, moved the High Court under Article 226.", ["226"]),
    ],
)
def test_articles_after_review_11f(catalog: Catalog, text: str, expected: list[str]) -> None:
    assert [r.section for r in _refs(catalog, text) if r.act == CONSTITUTION] == expected


def test_the_last_article_is_data_with_its_source(catalog: Catalog) -> None:
    """The Constitution's last Article is a legal fact: it stands in data with where it was
    read, not in code."""
    words = catalog.analysis_config.constitution
    assert words is not None
    assert words.last_article == 395
    assert words.source is not None
    assert words.source.citation == "Constitution of India, art. 395"
