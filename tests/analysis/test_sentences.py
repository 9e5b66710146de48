"""Where the punishment reader's sentences end (``[analysis.sentences]``): a stop after an
initial of a judge's or an officer's name ends no sentence, so a punishment keeps the court its
own sentence names (review 2027-01-07 M4); a sentence-opening word after initials ends one
(review 2027-01-07b H3)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawref.analysis.models import SentenceWords
from lawref.analysis.punishments.sentences import sentence_pattern
from lawref.catalog import Catalog


def _sentences(words: SentenceWords, text: str) -> list[str]:
    pattern = sentence_pattern(words.titles, words.openers, words.wrap_ends, words.wrap_not_next)
    return [m.group().strip() for m in pattern.finditer(text) if m.group().strip()]


@pytest.fixture(scope="module")
def words(catalog: Catalog) -> SentenceWords:
    return catalog.analysis_config.sentences


def test_the_words_are_the_datas(words: SentenceWords) -> None:
    """The splitter holds no titles or openers of its own: with none, a title's initial ends a
    sentence; with the data's, it does not; a title added to the data is read."""
    text = "Justice N. Anand Venkatesh reduced his sentence to five years."
    assert _sentences(SentenceWords(), text) == ["Justice N.", text[len("Justice N. ") :]]
    assert _sentences(words, text) == [text]
    text = "Commissioner P. Kumar said the accused faces five years."
    assert len(_sentences(words, text)) == 2
    added = words.model_copy(update={"titles": (*words.titles, "Commissioner")})
    assert _sentences(added, text) == [text]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # a title's initial, initials before a name, two judges' initials joined by "and"
        (
            "Special Judge S. K. Sharma sentenced him to five years.",
            "Special Judge S. K. Sharma sentenced him to five years.",
        ),
        ("Judge R.K. Singh awarded ten years.", "Judge R.K. Singh awarded ten years."),
        (
            "Justices B.R. Gavai and K.V. Viswanathan commuted it to life.",
            "Justices B.R. Gavai and K.V. Viswanathan commuted it to life.",
        ),
        # a stop in a number, "Rs." or "Sec." before a number
        (
            "He was fined Rs. 10,000 under Sec. 67B and 2.5 lakh more.",
            "He was fined Rs. 10,000 under Sec. 67B and 2.5 lakh more.",
        ),
        # initials before a sentence-opening word end the sentence
        (
            "He lived in the U.S. The accused was jailed for five years.",
            "The accused was jailed for five years.",
        ),
        ("He was taken to the N.C.R. Section 67B was invoked.", "Section 67B was invoked."),
        ("A student of Class IX and X. Section 14 applies.", "Section 14 applies."),
        # a semicolon ends a clause that states its own law
        (
            "He got five years under s.67B; the rape charge is punishable with death.",
            "the rape charge is punishable with death.",
        ),
        ("He was fined 10,000 Rs. 2 co-accused were acquitted.", "2 co-accused were acquitted."),
    ],
)
def test_sentences_end_where_a_reader_ends_them(words: SentenceWords, text: str, last: str) -> None:
    """Each case names a stop that ends a sentence, or one that does not: the text's last
    sentence (the one a punishment in it is read with) is *last*."""
    assert _sentences(words, text)[-1] == last


def test_the_data_words_are_whole_capitalised_words(words: SentenceWords) -> None:
    """A data rule: each title and opener is one capitalised word of letters, listed once (a
    title becomes a fixed-width look-behind; an opener a whole word)."""
    for listed in (words.titles, words.openers):
        assert listed
        assert len(set(listed)) == len(listed)
        for word in listed:
            assert re.fullmatch(r"[A-Z][A-Za-z]*", word), word
    for listed in (words.wrap_ends, words.wrap_not_next):
        assert listed
        assert len(set(listed)) == len(listed)
        for word in listed:
            assert re.fullmatch(r"[a-z]+", word), word


def test_with_no_wrap_words_every_line_break_ends_a_sentence(words: SentenceWords) -> None:
    """The wrap words are the data's: with none, a wrapped line ends its sentence."""
    text = "The court sentenced the accused to\nten years' imprisonment."
    bare = words.model_copy(update={"wrap_ends": ()})
    assert _sentences(bare, text) == [
        "The court sentenced the accused to",
        "ten years' imprisonment.",
    ]
    assert _sentences(words, text) == [text]


_TEXT = st.text(alphabet="AJNKSTRD. and\nxyz;", max_size=60)


@given(_TEXT)
def test_titles_only_join_sentences(words: SentenceWords, text: str) -> None:
    """Titles only spare stops: every sentence end read with the data's titles is one read
    without any, and the sentences cover the same characters."""
    with_titles = sentence_pattern(words.titles, words.openers)
    without = sentence_pattern((), words.openers)
    ends = {m.end() for m in with_titles.finditer(text)}
    assert ends <= {m.end() for m in without.finditer(text)}
    covered = "".join(m.group() for m in with_titles.finditer(text))
    assert covered == "".join(m.group() for m in without.finditer(text))


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # a line wrapped inside a sentence: a small letter or a comma, then one or a bracket
        (
            "The court sentenced the accused to\nten years' imprisonment under Section 67B.",
            "The court sentenced the accused to\nten years' imprisonment under Section 67B.",
        ),
        (
            "The Special Court sentenced the accused, a teacher, to \nrigorous imprisonment.",
            "The Special Court sentenced the accused, a teacher, to \nrigorous imprisonment.",
        ),
        # a line that ends a clause, or in a comma, ends the sentence; and a line that opens
        # with a word that opens one (review 2027-01-08b H2)
        (
            "He was jailed for ten years\nsection 14 of the POCSO Act provides five years.",
            "section 14 of the POCSO Act provides five years.",
        ),
        (
            "Accused sentenced to 20 years in jail for rape of minor, \ncyber police also booked"
            " him.",
            "cyber police also booked him.",
        ),
        (
            "मामले में अदालत ने आरोपी को दस साल की सजा सुनाई,\nsection 67B provides five years.",
            "section 67B provides five years.",
        ),
        ("He was sentenced to\nsection 14's term.", "section 14's term."),
        # a headline's line: the next opens with a capital or a number
        (
            "Man jailed for five years\nThe court also fined him Rs 10,000.",
            "The court also fined him Rs 10,000.",
        ),
        ("Man jailed for 5 years\n10 others acquitted.", "10 others acquitted."),
        # a line that ends a sentence, and a blank line
        ("He was sentenced to five years.\nthe court said.", "the court said."),
        ("He was sentenced to\n\nfive years.", "five years."),
    ],
)
def test_a_wrapped_line_stays_in_its_sentence(words: SentenceWords, text: str, last: str) -> None:
    """A copy of a court's order or a PDF wraps its lines inside sentences: "sentenced the
    accused to\\nten years' imprisonment under Section 67B" was two sentences, the second read
    as the law's term for s.67B and said to differ from it."""
    assert _sentences(words, text)[-1] == last


def test_a_wrapped_sentence_passed_is_read_as_one(catalog: Catalog) -> None:
    """The sentence passed across a wrapped line is a court's, compared as one (the law does not
    allow ten years for s.67B alone), not the law's own term said to differ."""
    text = (
        "The court sentenced the accused to\nten years' imprisonment under Section 67B of the IT"
        " Act."
    )
    (stated,) = catalog.analyze(text).stated_punishments
    assert (stated.imposed, stated.provision) == (True, "it-act-2000/s67B")
    one_line = catalog.analyze(text.replace("\n", " ")).stated_punishments[0]
    assert stated.claims == one_line.claims
