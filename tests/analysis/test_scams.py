"""The scam rule reads its words from data: every word of ``[analysis.scam]`` that tells of a
scam makes a sentence's punishments compared with nothing, and the rule's English patterns are
built from those words alone."""

from __future__ import annotations

import datetime as dt

import pytest

from lawref.analysis.models import ScamWords
from lawref.analysis.punishments.scams import ScamReader
from lawref.catalog import Catalog

_SENTENCE = (
    "Police said the {word} told him he would be jailed for 10 years under Section 67 of the IT "
    "Act."
)


def _words(catalog: Catalog) -> ScamWords:
    return catalog.analysis_config.scam


def test_every_word_that_tells_of_a_scam_withholds_the_comparison(catalog: Catalog) -> None:
    """Each phrase of ``tell`` and each stem of ``tell_stems`` (with an ending) in a sentence
    stating ten years under IT Act s.67 (up to three on a first conviction): compared with
    nothing, and the view says why."""
    words = _words(catalog)
    phrases = [*words.tell, *(f"{stem}ed" for stem in words.tell_stems)]
    assert len(phrases) > 40
    for phrase in phrases:
        text = _SENTENCE.format(word=phrase)
        stated = catalog.analyze(text, dt.date(2022, 3, 3)).stated_punishments
        assert stated, phrase
        for one in stated:
            assert one.differs is None, phrase
            assert one.not_compared is not None, phrase
            assert "tells of a scam" in one.not_compared, phrase


def test_a_gang_rape_tells_of_no_scam(catalog: Catalog) -> None:
    # ``not_before``: "gang" before "rape" is no scam's gang
    text = (
        "The gang-rape accused was sentenced to 10 years under Section 67 of the IT Act, the "
        "court said."
    )
    (stated,) = catalog.analyze(text, dt.date(2022, 3, 3)).stated_punishments
    assert stated.not_compared is None
    assert stated.differs is not None


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        # the words come from data: a word no list holds tells of nothing until it is added
        (ScamWords(), "The grifters told him he would be jailed.", None),
        (ScamWords(tell=("grifters",)), "The grifters told him he would be jailed.", 0),
        (ScamWords(tell=("grifters",)), "The grifter told him he would be jailed.", None),
        (ScamWords(tell_stems=("grift",)), "The grifters told him he would be jailed.", 0),
        # a phrase's space stands for spaces or a hyphen
        (ScamWords(tell=("digital arrest",)), "In the digital-arrest call, he was told …", 0),
        # a payment as a threat's condition: from the end of the reporting word
        (
            ScamWords(reporting=("told",), conditions=("unless",), pay_words=("paid",)),
            "She was told that unless she paid, she would be jailed.",
            len("She was told"),
        ),
        (
            ScamWords(reporting=("told",), conditions=("unless",), pay_words=("paid",)),
            "She was told that she would be jailed.",
            None,
        ),
    ],
)
def test_the_rule_is_built_from_its_words(
    words: ScamWords, text: str, expected: int | None
) -> None:
    assert ScamReader(words).said_from(text, 0, len(text)) == expected


def test_a_sentence_opening_with_people_named_before_is_read_from_the_openers() -> None:
    reader = ScamReader(ScamWords(openers=("they", "the callers")))
    assert reader.opens_with_people_named_before(" They told him.", 0)
    assert reader.opens_with_people_named_before("The callers told him.", 0)
    assert not reader.opens_with_people_named_before("Theyre told.", 0)
    assert not ScamReader(ScamWords()).opens_with_people_named_before("They told him.", 0)
