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


_TAIL = "he would be jailed for 10 years under Section 67 of the IT Act."
_COURT = "The court sentenced him to 10 years in jail under Section 67 of the IT Act."
_COURT_HI = "अदालत ने उसे आईटी एक्ट की धारा 67 के तहत 10 साल की सजा सुनाई।"


@pytest.mark.parametrize(
    "text",
    [
        # the scam's threat told across sentences, in quotation, in words no sentence list
        # holds: a report that tells of such a scam anywhere compares nothing (review
        # 2026-12-31b H3 to H5)
        f"The fraudsters called him. It was claimed {_TAIL}",
        'The fraudsters called him. "You will be jailed for 10 years under Section 67 of the IT '
        'Act," they said.',
        f"The fraudsters called him. He was frightened. Then one of them said {_TAIL}",
        f"He received a call from a man who said he was a CBI officer and that {_TAIL}",
        f"A man posing as a Mumbai police officer called him. Later it was said {_TAIL}",
        f"The bogus CBI officers called him on Skype and told him {_TAIL}",
        f"He was digitally arrested for two days. He was told {_TAIL}",
        # Hindi and Marathi: nukta spellings, fused endings, words the sentence lists lack
        "फ़र्ज़ी पुलिस अधिकारी ने कहा कि उसे आईटी एक्ट की धारा 67 के तहत 10 साल की जेल होगी।",
        "नक़ली पुलिसवालों ने कहा कि उसे आईटी एक्ट की धारा 67 के तहत 10 साल की जेल होगी।",
        "डिजीटल अरेस्ट के दौरान उसे आईटी एक्ट की धारा 67 के तहत 10 साल की जेल होगी।",
        "ठगों ने उसे फोन किया। फिर उनमें से एक ने कहा कि उसे आईटी एक्ट की धारा 67 के तहत 10 साल की जेल होगी।",
        "तोतया पोलिसांनी सांगितले की माहिती तंत्रज्ञान कायद्याच्या कलम 67 नुसार 10 वर्षांचा तुरुंगवास होईल.",
        "ठगांनी सांगितले की माहिती तंत्रज्ञान कायद्याच्या कलम 67 नुसार 10 वर्षांचा तुरुंगवास होईल.",
        # words the report-wide lists lacked (review 2026-12-31c H1)
        f"A caller pretending to be from the Mumbai Cyber Cell phoned him. He was told {_TAIL}",
        f"A man identifying himself as a Delhi Police sub-inspector called. He was told {_TAIL}",
        f"Cyber crooks called him on a video call. He was told {_TAIL}",
        f'He was put under "digital house arrest". He was told {_TAIL}',
        f"Someone posing as a Telecom Department employee called. He was told {_TAIL}",
        "स्कैमरों ने उसे वीडियो कॉल किया। पीड़ित को बताया गया कि उसे आईटी एक्ट की धारा 67 के तहत 10 "
        "साल की जेल होगी।",
        "फेक पुलिस अफसर ने उसे फोन किया। पीड़ित को बताया गया कि उसे आईटी एक्ट की धारा 67 के तहत 10 साल "
        "की जेल होगी।",
        # (review 2026-12-31d H1, H3)
        f"A man who said he was a CBI officer called him. He was told {_TAIL}",
        f"Someone posing as the Narcotics Control Bureau called. He was told {_TAIL}",
        "ठग ने उसे फोन किया। पीड़ित को बताया गया कि उसे आईटी एक्ट की धारा 67 के तहत 10 साल की जेल होगी।",
        # (review 2026-12-31e H3)
        f"A crook called him. He was told {_TAIL}",
        f"Cyber criminals called him. He was told {_TAIL}",
        f"A man in police uniform appeared on the video call. He was told {_TAIL}",
        f"The caller claimed he was a police officer. He was told {_TAIL}",
        "आरोपी पुलिस बनकर आया। पीड़ित को बताया गया कि उसे आईटी एक्ट की धारा 67 के तहत 10 साल की जेल "
        "होगी।",
        "आरोपीने पोलीस असल्याचे भासवून फोन केला. पीडिताला सांगण्यात आले की माहिती तंत्रज्ञान "
        "कायद्याच्या कलम 67 नुसार 10 वर्षांचा तुरुंगवास होईल.",
    ],
)
def test_a_report_that_tells_of_a_scam_compares_nothing(catalog: Catalog, text: str) -> None:
    stated = catalog.analyze(text, dt.date(2022, 3, 3)).stated_punishments
    assert stated
    for one in stated:
        assert one.differs is None
        assert one.not_compared is not None
        assert "scam" in one.not_compared


@pytest.mark.parametrize(
    "text",
    [
        # no scam that threatens with the law: a fake profile, a claim to be a juvenile, a gang
        # rape with a dash, one posing as a teenager (review 2026-12-31b M1, L1)
        "The accused, who had created a fake Instagram profile of the girl, was sentenced to 10 "
        "years under Section 67 of the IT Act.",
        "The accused, who claimed to be a juvenile, was sentenced to 10 years under Section 67 of "
        "the IT Act.",
        "The gang\u2013rape convict was sentenced to 10 years under Section 67 of the IT Act.",
        "The accused posed as a teenager on Instagram. The court sentenced him to 10 years under "
        "Section 67 of the IT Act.",
        "Police said he was arrested, and the court sentenced him to 10 years under Section 67 of "
        "the IT Act.",
        # words of cheating, a plea, a victim's account, a real policeman, a fake ID or a mock
        # drill beside the police tell of no such scam (review 2026-12-31c M1)
        f"आरोपी ने खुद को बेकसूर बताया। {_COURT_HI}",
        f"पीड़िता ने खुद को बचाकर घर आकर मां को बताया। {_COURT_HI}",
        f"आरोपी ने शादी का झांसा देकर युवती को ठगा। {_COURT_HI}",
        f"यह सेक्सटॉर्शन का मामला था। {_COURT_HI}",
        f"आरोपी के पास से नकली नोट पुलिस ने बरामद किए थे। {_COURT_HI}",
        f"The prosecution said he was a police constable posted at the station. {_COURT}",
        f"The accused claimed he was absent from trial on two dates. {_COURT}",
        f"The accused had given a fake ID to police. {_COURT}",
        f"Police conducted a mock drill by police teams. {_COURT}",
        f"Relatives staged protests outside court. {_COURT}",
        f"The accused claimed to be innocent and blamed the police. {_COURT}",
        # (review 2026-12-31d M1)
        f"The accused was involved in a fake police encounter case. {_COURT}",
        f"आरोपी फर्जी पुलिस मुठभेड़ में शामिल था। {_COURT_HI}",
        f"The accused claimed he was beaten by police. {_COURT}",
        f"वह पुलिस अधिकारी बनकर रिटायर हुआ। {_COURT_HI}",
        f"He got the job by hook or by crook. {_COURT}",
        f"Police warned people against cyber criminals. {_COURT}",
        f"साइबर ठगी के मामले बढ़े हैं। {_COURT_HI}",
        f"He complained to the telecom department. {_COURT}",
        # (review 2026-12-31e M3, M4)
        f"He said he was a telecom engineer. {_COURT}",
        f"Police said they were in crime branch custody. {_COURT}",
        f"Inspector Rao, who said he was from the cyber cell, said the probe was on. {_COURT}",
        f"पुलिस ने नकली नोट पुलिस अधिकारियों को सौंपे। {_COURT_HI}",
    ],
)
def test_a_report_of_no_such_scam_is_compared(catalog: Catalog, text: str) -> None:
    (stated,) = catalog.analyze(text, dt.date(2022, 3, 3)).stated_punishments
    assert stated.not_compared is None
    assert stated.differs is not None  # IT Act s.67: up to three years on a first conviction


@pytest.mark.parametrize(
    ("words", "problem"),
    [
        ({"tell": ["fraudsters", " "]}, "is empty"),
        ({"openers": [""]}, "is empty"),
        ({"tell": ["gang"], "not_before": {"gangs": ["rap"]}}, "not a word of tell"),
    ],
)
def test_the_words_are_checked(words: dict[str, object], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        ScamWords.model_validate(words)


def test_a_not_before_key_matches_in_any_case() -> None:
    reader = ScamReader(ScamWords(tell=("Gang",), not_before={"Gang": ("rap",)}))
    assert reader.said_from("the gang-rape case", 0, 18) is None
    assert reader.said_from("the Gang told him", 0, 17) == 0
