"""The punishments a report states, read into numbers and compared with the law on the date."""

from __future__ import annotations

import datetime as dt

import pytest

from lawref.analysis.models import StatedPunishment
from lawref.catalog import Catalog
from lawref.views.text import analysis_text

D = dt.date


DAY = D(2020, 12, 28)


def _stated(catalog: Catalog, text: str, day: dt.date = DAY) -> list[StatedPunishment]:
    return list(catalog.analyze(text, day).stated_punishments)


@pytest.mark.parametrize(
    ("text", "min_months", "max_months", "fine"),
    [
        (
            "It can attract imprisonment upto five years and a fine of up to Rs 10 lakh.",
            None,
            60,
            1_000_000,
        ),
        (
            "The maximum punishment is five-year imprisonment with fine up to Rs 10 lakh.",
            None,
            60,
            1_000_000,
        ),
        ("Offenders can face up to five years of imprisonment.", None, 60, None),
        ("He faces a ten-year jail term.", None, 120, None),
        ("The section provided an imprisonment of six months to one year.", 6, 12, None),
        ("He was given rigorous imprisonment of not less than 7 years.", 84, None, None),
        ("a fine of Rs 5,00,000 was imposed along with a sentence of 3 years", None, 36, 500_000),
        # a minimum, then the statute's "which may extend to" for the maximum
        ("It is punishable with a minimum of 3 years which may extend to 5 years.", 36, 60, None),
        # a minimum joined to a maximum takes the maximum's punishment word (review o L2)
        (
            "He faces a minimum of five years and a maximum of seven years in jail.",
            60,
            84,
            None,
        ),
        # the statute's own words, as explainers quote them
        (
            "shall be punished on first conviction with imprisonment of either description for "
            "a term which shall not be less than one year, but which may extend to three years, "
            "and shall also be liable to fine",
            12,
            36,
            None,
        ),
        (
            "punished with imprisonment of either description for a term which may extend to "
            "five years and with fine which may extend to ten lakh rupees",
            None,
            60,
            1_000_000,
        ),
        # Hindi: a term beside a punishment word, a fine, "कम से कम" (at least)
        (
            "आईटी एक्ट की धारा 67बी के तहत पांच साल तक की सजा और दस लाख रुपये तक का जुर्माना।",
            None,
            60,
            1_000_000,
        ),
        ("इसमें कम से कम दस वर्ष का कारावास है।", 120, None, None),
        ("उसे 20 साल की कैद हुई।", None, 240, None),
        # review of 2026-12-02 (g): a word right before "।"; an age in the sentence; decimals,
        # "डेढ़"; plain four-digit amounts, "₹" and "लाख" with no "रुपये"
        ("दोषी को 20 साल की कैद।", None, 240, None),
        ("25 साल के युवक को 10 साल की सजा, नाबालिग से की थी छेड़छाड़।", None, 120, None),
        ("दोषी को 2.5 साल की सजा हुई।", None, 30, None),
        ("दोषी को डेढ़ साल की सजा हुई।", None, 18, None),
        ("दोषी पर 1.5 लाख रुपये का जुर्माना लगाया गया।", None, None, 150_000),
        ("दोषी पर 5000 रुपये अर्थदंड लगाया गया।", None, None, 5000),
        ("इसमें ₹10 लाख तक का जुर्माना है।", None, None, 1_000_000),
        # ranges and the statute's minimum
        ("पॉक्सो एक्ट की धारा 8 के तहत तीन से पांच साल तक की सजा हो सकती है।", 36, 60, None),
        ("इसमें 6 महीने से 1 साल तक की सजा हो सकती है।", 6, 12, None),
        ("पॉक्सो एक्ट की धारा 14 के तहत पांच वर्ष से कम की सजा नहीं होगी।", 60, None, None),
    ],
)
def test_stated_terms_and_fines_are_read(
    catalog: Catalog, text: str, min_months: int | None, max_months: int | None, fine: int | None
) -> None:
    (stated,) = _stated(catalog, text)
    assert (stated.min_months, stated.max_months, stated.fine_max_inr) == (
        min_months,
        max_months,
        fine,
    )
    assert text[stated.start : stated.end] == stated.text


def test_life_and_death_are_read(catalog: Catalog) -> None:
    (life,) = _stated(catalog, "The offence carries life imprisonment.")
    assert life.life
    assert life.claims == "imprisonment for life"
    (death,) = _stated(catalog, "The court directed that both be hanged till death.")
    assert death.death


@pytest.mark.parametrize(
    ("text", "life", "death"),
    [
        ("The court handed them two life sentences each.", True, False),
        ("The main accused got four life terms.", True, False),
        ("All nine were sentenced to life by the special court.", True, False),
        ("Aggravated assault is punishable with death or life imprisonment.", True, True),
    ],
)
def test_life_terms_in_the_plural_and_death_in_the_law_s_words_are_read(
    catalog: Catalog, text: str, life: bool, death: bool
) -> None:
    (stated,) = _stated(catalog, text)
    assert (stated.life, stated.death) == (life, death)
    assert ("imprisonment for life" in stated.claims) == life
    assert ("death" in stated.claims) == death


@pytest.mark.parametrize(
    ("text", "life", "death"),
    [
        (
            "A special court sentenced a former junior engineer of the Irrigation Department "
            "and his wife to death for the sexual exploitation of 33 minor boys.",
            False,
            True,
        ),
        ("The sessions court sentenced [name], 34, to death for the murder.", False, True),
        ("The court sentenced him to life for raping the girl.", True, False),
    ],
)
def test_persons_named_between_sentenced_and_death_or_life_are_sentenced(
    catalog: Catalog, text: str, life: bool, death: bool
) -> None:
    (stated,) = _stated(catalog, text)
    assert (stated.life, stated.death, stated.imposed) == (life, death, True)
    assert stated.text.startswith("sentenced ")


def test_death_or_life_after_a_participle_or_in_a_phrase_is_no_sentence(
    catalog: Catalog,
) -> None:
    """Review 2026-12-12a H1, H2: a participle or another verb between "sentenced" and "to
    death", and "to life" in a phrase, say no sentence of death or life."""
    for text in (
        "The court sentenced the man accused of beating the boy to death to seven years in jail.",
        "The court sentenced the mother of the child she starved to death to ten years in jail.",
        "The court sentenced him, and a vigilante group later beat him to death.",
        "The accused was sentenced\n\nMob beats thief to death.",
        "A sentenced prisoner's right to life and dignity under Article 21 survives.",
        "The court sentenced him, saying the threat to life was grave.",
    ):
        assert not any(s.death or s.life for s in _stated(catalog, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The court sentenced Mohd. Rafiq to death.",
        "The court sentenced S.K. Verma to death.",
        # an aside between commas closed right before "to death" (review 2026-12-12a M2)
        "The court sentenced the accused, who had raped and murdered a six-year-old, to death.",
    ],
)
def test_a_name_with_initials_is_sentenced(catalog: Catalog, text: str) -> None:
    (stated,) = _stated(catalog, text)
    assert (stated.death, stated.imposed) == (True, True)


@pytest.mark.parametrize(
    "text",
    [
        # a clause between: the man was not said to be sentenced to death
        "The court sentenced the man who had beaten the boy to death to ten years in jail.",
        "He was sentenced for beating the child to death.",
        "She was sentenced. Her husband starved the dog to death.",
    ],
)
def test_death_after_a_clause_or_another_sentence_is_no_death_sentence(
    catalog: Catalog, text: str
) -> None:
    assert not any(s.death for s in _stated(catalog, text))


@pytest.mark.parametrize(
    "text",
    [
        "Offences punishable with imprisonment for less than three years are bailable.",
        "He has been in jail for five years.",
        "Children aged between 10 and 16 years were contacted.",
        "The operation ran for five years.",
        # "may extend to" is the statute's maximum only after "term" or "imprisonment"
        "The prison is crowded and the trial may extend to two years, lawyers said.",
        "He was sent to jail on Monday; the investigation may extend to six months.",
        # nor after a minimum that is not a punishment's ("at least two years" of a probe)
        "The probe took at least two years; it may extend to five years.",
        # nor with the punishment word in another sentence, or after the term
        "The court sentenced him to imprisonment. The probation period is a minimum of 2 years "
        "which may extend to 3 years.",
        "Trials must end within a minimum of 6 months which may extend to 1 year, the judge "
        "said, adding that the punishment was harsh.",
    ],
)
def test_terms_that_are_not_punishments(catalog: Catalog, text: str) -> None:
    assert all(s.max_months is None and s.min_months is None for s in _stated(catalog, text))


def test_a_number_word_with_no_scale_is_not_a_fine(catalog: Catalog) -> None:
    assert all(s.fine_max_inr is None for s in _stated(catalog, "He paid a fine of two and left."))
    (stated,) = _stated(catalog, "He was sentenced to pay a fine of five lakh rupees.")
    assert stated.fine_max_inr == 500_000
    # the longest word first: "sixteen" is not "six"
    (stated,) = _stated(catalog, "The court imposed a fine of sixteen lakh rupees.")
    assert stated.fine_max_inr == 1_600_000


def test_a_wrong_statement_of_the_law_is_said_to_differ(catalog: Catalog) -> None:
    text = "He faces a ten-year jail term under Section 67B of the IT Act."
    (stated,) = _stated(catalog, text)
    assert stated.provision == "it-act-2000/s67B"
    assert stated.differs is not None
    assert "on 2020-12-28" in stated.differs
    assert "5 years" in stated.differs
    assert "7 years" in stated.differs
    summary = catalog.analyze(text, D(2020, 12, 28)).summary
    assert any("ten-year jail term" in d and "7 years" in d for d in summary.differences)


def test_a_right_statement_of_the_law_does_not_differ(catalog: Catalog) -> None:
    text = (
        "Sharing such material under Section 67B of the IT Act entails imprisonment up to five "
        "years and a fine of up to Rs 10 lakh."
    )
    (stated,) = _stated(catalog, text)
    assert stated.provision == "it-act-2000/s67B"
    assert stated.differs is None


def test_a_statement_with_no_provision_is_read_but_not_compared(catalog: Catalog) -> None:
    (stated,) = _stated(catalog, "Offenders can face imprisonment up to ten years.")
    assert stated.provision is None
    assert stated.differs is None


def test_a_statement_provided_under_a_later_reference_is_said_of_that_one(
    catalog: Catalog,
) -> None:
    """Review 2026-12-04a L3: the range is POCSO s.14's, not IT Act s.67B's named before it, and
    no difference is claimed for s.67B."""
    text = (
        "Police booked him under Section 67B of the IT Act, and a minimum of five years and a "
        "maximum of seven years in jail is provided under Section 14 of the POCSO Act."
    )
    (stated,) = _stated(catalog, text)
    assert stated.provision == "pocso-2012/s14"
    assert stated.differs is None


def test_a_statement_is_said_of_the_reference_it_follows_and_of_its_own_clause(
    catalog: Catalog,
) -> None:
    # POCSO s.6 is not held: death is said of it, not of the IT Act s.67B named after it
    text = (
        "He was booked under Section 6 of the POCSO Act, which is punishable with death, and "
        "Section 67B of the IT Act."
    )
    (stated,) = _stated(catalog, text)
    assert stated.death
    assert (stated.provision, stated.differs) == (None, None)
    # a semicolon ends the clause a statement is read in
    text = (
        "He faces imprisonment up to five years under Section 67B of the IT Act; the rape "
        "charge is punishable with death."
    )
    first, second = _stated(catalog, text)
    assert (first.provision, first.differs) == ("it-act-2000/s67B", None)
    assert second.death
    assert (second.provision, second.differs) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # "got", "jailed" and "faces" say no court passed a sentence (review 2026-12-02m)
        "The accused got the videos from a Telegram group and faces five years in jail under "
        "Section 67B of the IT Act.",
        "He remained jailed for 3 years as an undertrial under Section 67B of the IT Act.",
        # a bare fine may be a minimum (POCSO s.15(1)) or a fine paid: no maximum claimed
        "It attracts a Rs 5,000 fine under Section 15(1) of the POCSO Act.",
        "He paid a Rs 500 fine for riding without a helmet and was booked under Section 67B of "
        "the IT Act.",
    ],
)
def test_no_sentence_imposed_and_no_fine_claimed_as_a_maximum(catalog: Catalog, text: str) -> None:
    for stated in _stated(catalog, text):
        assert not stated.imposed
        assert stated.differs is None


def test_a_court_named_with_its_act_takes_no_statement(catalog: Catalog) -> None:
    # "the special POCSO court" names no section: the sentence is said of s.67B, above its
    # maximum of seven years on a second conviction
    text = "The special POCSO court sentenced him to 10 years under Section 67B of the IT Act."
    (stated,) = _stated(catalog, text)
    assert stated.provision == "it-act-2000/s67B"
    assert stated.differs is not None


def test_a_bare_fine_differs_only_outside_every_tier_and_maximum_is_a_limit(
    catalog: Catalog,
) -> None:
    # IT Act s.67B: a fine up to Rs 10 lakh; POCSO s.15(1): a fine of at least Rs 5,000
    for text in (
        "Section 67B of the IT Act provides a fine of Rs 20 lakh.",
        "Section 67B of the IT Act provides a maximum fine of Rs 20 lakh.",
        "It attracts a fine of Rs 1,000 under Section 15(1) of the POCSO Act.",
    ):
        (stated,) = _stated(catalog, text)
        assert stated.differs is not None, text
    for text in (
        "Section 67B of the IT Act provides a fine of Rs 10 lakh.",
        "It attracts a Rs 5,000 fine under Section 15(1) of the POCSO Act.",
    ):
        (stated,) = _stated(catalog, text)
        assert stated.differs is None, text


def test_an_act_named_as_law_takes_a_statement_and_no_minimum_is_none(catalog: Catalog) -> None:
    # "the POCSO Act, which is punishable with death" is said of the POCSO Act, not of s.67B
    text = (
        "He was booked under Section 67B of the IT Act and the POCSO Act, which is punishable "
        "with death."
    )
    (stated,) = _stated(catalog, text)
    assert (stated.provision, stated.differs) == (None, None)
    text = "Section 67B of the IT Act has no minimum punishment and the maximum is five years."
    (stated,) = _stated(catalog, text)
    assert (stated.min_months, stated.max_months, stated.differs) == (None, 60, None)


@pytest.mark.parametrize(
    "text",
    [
        # a court's name in brackets names no law (review 2026-12-02o)
        "The Special Court (POCSO) sentenced him to 10 years under Section 67B of the IT Act.",
    ],
)
def test_a_sentence_beyond_the_provision_still_differs(catalog: Catalog, text: str) -> None:
    (stated,) = _stated(catalog, text)
    assert stated.provision == "it-act-2000/s67B"
    assert stated.differs is not None


@pytest.mark.parametrize(
    "text",
    [
        # a court's sentence with "the maximum fine" is still a sentence, within s.67
        "The court sentenced him to two years in jail and imposed the maximum fine of Rs 5 lakh "
        "under Section 67 of the IT Act.",
        # "not less than Rs 5,000" is POCSO s.15(1)'s own minimum
        "Section 15(1) of the POCSO Act provides a fine of not less than Rs 5,000.",
        # no minimum stated in other words
        "Section 67B of the IT Act prescribes no fixed minimum punishment and up to five years.",
    ],
)
def test_right_statements_and_lawful_sentences_do_not_differ(catalog: Catalog, text: str) -> None:
    for stated in _stated(catalog, text):
        assert stated.differs is None, stated


def test_a_statement_that_names_no_law_is_compared_with_none(catalog: Catalog) -> None:
    # the words of conduct do not say which provision a report means: "publishing obscene
    # material" is IT Act s.67 (three years), "publishing … of a child" s.67B (five), and the
    # same words may punish an act under POCSO s.14(2) before 2019 (ten years to life); a
    # review of 2026-12-02 found every such comparison open to a wrong "differs"
    for text in (
        "Publishing or transmitting obscene material in electronic form is punishable with "
        "imprisonment up to three years and a fine up to Rs 5 lakh.",
        "Viewing or storing child sexual abuse material is punishable with ten years in jail.",
        "Filming a child in a sexual act is a crime, and raping a child can attract the death "
        "penalty.",
    ):
        for stated in _stated(catalog, text, D(2021, 3, 3)):
            assert stated.provision is None
            assert stated.differs is None


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        # a fine told after its amount, or as "fined"
        (
            "The offence carries 3 years' jail and Rs 5,000 fine.",
            "imprisonment of 3 years; a fine of ₹5,000",
            False,
        ),
        ("The accused was fined Rs 10,000.", "a fine of ₹10,000", True),
        ("The court fined him Rs 20,000.", "a fine of ₹20,000", True),
        # the one fined named, with an aside after it
        ("The court also fined the accused Rs 20,000.", "a fine of ₹20,000", True),
        (
            "The court also fined the accused, who was out on bail, Rs 20,000.",
            "a fine of ₹20,000",
            True,
        ),
        ("The court fined the two convicts Rs 5,000 each.", "a fine of ₹5,000", True),
        # "minimum" before the punishment word makes a bare term a minimum
        ("The minimum punishment is 20 years.", "imprisonment of at least 20 years", False),
        ("Possession attracts a penalty of Rs. 5,000.", "a fine of ₹5,000", False),
        # "RI", "jailed", a range with a hyphen, life "till the remainder of his natural life"
        (
            "The offence carries imprisonment of 3-5 years.",
            "imprisonment from 3 years to 5 years",
            False,
        ),
        (
            "He was awarded seven years' imprisonment by the court.",
            "a sentence of imprisonment for 7 years",
            True,
        ),
        (
            "The special court handed down a 20-year jail term.",
            "a sentence of imprisonment for 20 years",
            True,
        ),
        (
            "The court sentenced him to imprisonment till the remainder of his natural life.",
            "a sentence of imprisonment for life",
            True,
        ),
        (
            "It is punishable with not less than 20 years, which may extend to life.",
            "imprisonment for life; imprisonment of at least 20 years",
            False,
        ),
        # an age is no term
        (
            "The court sentenced a 47-year-old tailor to two-year imprisonment for molesting a "
            "7-year-old girl.",
            "a sentence of imprisonment for 2 years",
            True,
        ),
    ],
)
def test_sentences_and_statements_in_the_forms_reports_use(
    catalog: Catalog, text: str, claims: str, imposed: bool
) -> None:
    (stated,) = _stated(catalog, text)
    assert (stated.claims, stated.imposed) == (claims, imposed)


def test_a_statement_is_said_of_a_reference_in_its_own_sentence_only(catalog: Catalog) -> None:
    text = (
        "The court noted imprisonment up to five years.\n\n"
        "He was booked under Section 67B of the IT Act. Section 292 IPC was also invoked."
    )
    (stated,) = catalog.analyze(text, dt.date(2021, 1, 1)).stated_punishments
    assert stated.provision is None
    text = (
        "Many words come first here. Section 67B of the IT Act provides imprisonment up to "
        "five years."
    )
    (stated,) = catalog.analyze(text, dt.date(2021, 1, 1)).stated_punishments
    assert stated.provision == "it-act-2000/s67B"


def test_a_maximum_below_the_minimum_is_no_range(catalog: Catalog) -> None:
    (stated,) = _stated(
        catalog,
        "The accused was sentenced to a minimum of 10 years, and his appeal which may extend "
        "to 2 years will be heard.",
    )
    assert stated.min_months == 120
    assert stated.max_months is None


def test_a_hindi_statement_of_the_law_is_compared_with_the_law(catalog: Catalog) -> None:
    (stated,) = _stated(
        catalog, "आईटी एक्ट की धारा 67बी के तहत पांच साल तक की सजा और दस लाख रुपये तक का जुर्माना।"
    )
    assert stated.provision == "it-act-2000/s67B"
    assert stated.differs is None  # what the law provided on 2020-12-28


# the Hindi texts of the Acts, as reports quote them (IT Act s.67B; POCSO ss.14(1), 15(1); the
# Code of Criminal Procedure's "से अनधिक", not exceeding)
_IT_67B_HINDI = (
    "आईटी एक्ट की धारा 67ख के अधीन प्रथम दोषसिद्धि पर दोनों में से किसी भांति के कारावास से, जिसकी "
    "अवधि पांच वर्ष तक की हो सकेगी और जुर्माने से, जो दस लाख रुपए तक का हो सकेगा, दंडित किया जाएगा "
    "और द्वितीय या पश्चात्वर्ती दोषसिद्धि की दशा में दोनों में से किसी भांति के कारावास से, जिसकी "
    "अवधि सात वर्ष तक की हो सकेगी और जुर्माने से भी, जो दस लाख रुपए तक का हो सकेगा, दंडित किया "
    "जाएगा।"
)


def test_the_hindi_text_of_an_act_is_read_with_its_tiers(catalog: Catalog) -> None:
    """IT Act s.67B in its Hindi text: the term after its word ("कारावास से, जिसकी अवधि पांच
    वर्ष तक की हो सकेगी"), the fine after its ("जुर्माने से, जो दस लाख रुपए तक का हो सकेगा"),
    each tier named before its punishment; both as the law has them, so neither differs."""
    read = _stated(catalog, _IT_67B_HINDI)
    assert [(p.conviction, p.max_months, p.fine_max_inr, p.differs) for p in read] == [
        ("first", 60, 1_000_000, None),
        ("subsequent", 84, 1_000_000, None),
    ]
    assert all(p.provision == "it-act-2000/s67B" and not p.imposed for p in read)
    wrong = _IT_67B_HINDI.replace("पांच वर्ष", "दस वर्ष")
    assert _stated(catalog, wrong)[0].differs is not None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "पॉक्सो एक्ट की धारा 14(1) के तहत वह ऐसे कारावास से, जिसकी अवधि पांच वर्ष से कम की"
            " नहीं "
            "होगी, दंडित किया जाएगा और जुर्माने का भी दायी होगा।",
            [(None, 60, None, None, None)],
        ),
        (
            "वह ऐसी अवधि के कारावास से, जो तीन वर्ष से कम की नहीं होगी किंतु जो पांच वर्ष तक की हो "
            "सकेगी, दंडनीय होगा।",
            [(None, 36, 60, None, None)],
        ),
        (
            "वह दोनों में से किसी भांति के कारावास से, जिसकी अवधि सात वर्ष से अन्यून की होगी, दण्डनीय होगा।",
            [(None, 84, None, None, None)],
        ),
        (
            "पॉक्सो एक्ट की धारा 15(1) के तहत वह पांच हजार रुपए से अन्यून के जुर्माने से और दूसरे"
            " या "
            "पश्चात्वर्ती अपराध की दशा में ऐसे जुर्माने से, जो दस हजार रुपए से कम का नहीं होगा,"
            " दायी "
            "होगा।",
            [("first", None, None, 5_000, None), ("subsequent", None, None, 10_000, None)],
        ),
        (
            "यह अपराध तीन वर्ष से अनधिक अवधि के लिए कारावास या पांच हजार रुपये से अनधिक जुर्माने से दंडनीय है।",
            [(None, None, 36, None, 5_000)],
        ),
    ],
)
def test_the_acts_hindi_minimum_and_maximum_are_read(
    catalog: Catalog,
    text: str,
    read: list[tuple[str | None, int | None, int | None, int | None, int | None]],
) -> None:
    """ "से कम की नहीं होगी" (not less than) and "से अन्यून" give a minimum, "तक की हो सकेगी"
    (which may extend to) and "से अनधिक" (not exceeding) a maximum, of a term or a fine."""
    assert [
        (p.conviction, p.min_months, p.max_months, p.fine_min_inr, p.fine_max_inr)
        for p in _stated(catalog, text)
    ] == read


@pytest.mark.parametrize(
    "text",
    [
        # a duration of no imprisonment, a limit of no punishment
        "सरकार ने एक योजना शुरू की, जिसकी अवधि पांच वर्ष तक की हो सकेगी।",
        "यह अवधि तीन वर्ष से अनधिक नहीं होगी।",
        "जांच, जो दो माह तक की हो सकेगी, पूरी होने के बाद रिपोर्ट दी जाएगी।",
    ],
)
def test_a_term_worded_as_the_acts_word_one_is_read_only_of_imprisonment(
    catalog: Catalog, text: str
) -> None:
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "tiers"),
    [
        (
            "आईटी एक्ट की धारा 67बी के तहत पहली बार अपराध करने पर 5 साल तक की सजा और 10 लाख रुपये"
            " तक "
            "का जुर्माना, और दूसरी बार अपराध करने पर 7 साल तक की सजा का प्रावधान है।",
            [("first", 60, 1_000_000), ("subsequent", 84, None)],
        ),
        (
            "सोशल मीडियावर अश्लिल मजकूर शेअर केल्याप्रकरणी पहिल्यांदा अपराध केल्यास तीन "
            "वर्षांपर्यंत शिक्षा होऊ शकते. दुसऱ्यांदा अशा प्रकारचा गुन्हा केल्यास पाच वर्षाचा "
            "कारावास आणि दहा लाख रुपयांचा दंड देखील होऊ शकते.",
            [("first", 36, None), ("subsequent", 60, 1_000_000)],
        ),
        # the second tier alone named: what stands before it is the first's
        (
            "आईटी एक्ट की धारा 67बी में 5 साल तक की सजा का प्रावधान है और दोबारा अपराध करने पर 7"
            " साल "
            "तक की सजा का प्रावधान है।",
            [("first", 60, None), ("subsequent", 84, None)],
        ),
    ],
)
def test_hindi_and_marathi_tiers_take_the_punishment_after_them(
    catalog: Catalog, text: str, tiers: list[tuple[str, int, int | None]]
) -> None:
    """Hindi and Marathi name a conviction's tier before its punishment ("पहली बार अपराध करने
    पर …", "दुसऱ्यांदा … केल्यास …"): each statement is its tier's, as the law has it."""
    read = _stated(catalog, text)
    assert [(p.conviction, p.max_months, p.fine_max_inr) for p in read] == tiers
    assert all(p.differs is None for p in read)


@pytest.mark.parametrize(
    ("text", "fine", "imposed"),
    [
        # "ण्ड" for "ंड" and "रूपये" for "रुपये", as Hindi also spells them
        ("कोर्ट ने आरोपी को 2 हजार रुपये का अर्थदण्ड लगाया।", 2_000, True),
        ("कोर्ट ने आरोपी को 5000 रूपये के अर्थदंड की सजा सुनाई।", 5_000, True),
        ("न्यायालय ने 10 वर्ष का सश्रम कारावास एवं 10,000 रुपये अर्थदण्ड से दण्डित किया।", 10_000, True),
        # hundreds
        ("कोर्ट ने उसे 52 सौ रुपये के अर्थदंड से दंडित किया।", 5_200, True),
        # the Marathi of the Acts' money penalty
        ("आरोपीला दोन वर्षे सश्रम कारावास व पाच हजार रुपये द्रव्यदंडाची शिक्षा सुनावली.", 5_000, True),
    ],
)
def test_hindi_and_marathi_fines_in_their_other_spellings(
    catalog: Catalog, text: str, fine: int, imposed: bool
) -> None:
    """A fine spelt as Hindi also spells it ("अर्थदण्ड", "रूपये"), in hundreds ("52 सौ"), or
    in Marathi's "द्रव्यदंड", is read; a court's "दण्डित किया" makes it a sentence passed, as
    "दंडित किया" does, not the law."""
    (stated,) = _stated(catalog, text)
    assert stated.fine_max_inr == fine
    assert stated.imposed is imposed


def test_hundreds_after_thousands_are_no_amount_of_their_own(catalog: Catalog) -> None:
    """ "5 हजार 5 सौ रुपये" is 5,500 rupees, not 500: the hundreds alone are not read."""
    assert _stated(catalog, "कोर्ट ने उसे 5 हजार 5 सौ रुपये के अर्थदंड से दंडित किया।") == []


@pytest.mark.parametrize(
    ("text", "least", "most", "life"),
    [
        ("इस अधिनियम में सात साल की सजा से लेकर उम्रकैद तक का प्रावधान है।", 84, None, True),
        ("इसमें 3 साल की कैद से 5 साल तक का प्रावधान है।", 36, 60, False),
    ],
)
def test_a_hindi_range_that_names_its_word_at_its_low_end(
    catalog: Catalog, text: str, least: int, most: int | None, life: bool
) -> None:
    """ "सात साल की सजा से लेकर उम्रकैद तक" (from seven years to life): the word of punishment
    stands after the low end, and "से लेकर" or "तक" says it is a range ("2 साल कैद से 3 साल
    बाद छूटा" is none)."""
    (stated,) = _stated(catalog, text)
    assert (stated.min_months, stated.max_months, stated.life) == (least, most, life)
    assert _stated(catalog, "वह 2 साल कैद से 3 साल बाद छूटा।") == []


@pytest.mark.parametrize(
    "text",
    [
        # a class of offences or a court's power, as the Codes word them (review 2027-01-03a H1)
        "आईटी एक्ट की धारा 67 के तहत दर्ज मामले में गिरफ्तारी जरूरी नहीं, क्योंकि सात वर्ष से"
        " अनधिक "
        "अवधि के कारावास से दंडनीय अपराधों में नोटिस दिया जाता है।",
        "आईटी एक्ट की धारा 67 का मामला मुख्य न्यायिक मजिस्ट्रेट की अदालत में चलेगा, जो सात वर्ष से "
        "अनधिक अवधि के लिए कारावास का दंडादेश दे सकती है।",
        "आईपीसी की धारा 509 के तहत मामला छोटा अपराध है, क्योंकि एक हजार रुपए से अनधिक जुर्माने से "
        "ही दंडनीय अपराध को छोटा अपराध कहते हैं।",
        # denied after it (H6)
        "आईटी एक्ट की धारा 66E के तहत कारावास, जिसकी अवधि पांच वर्ष तक की हो सकेगी, नहीं है।",
        # the Code's form of a sentence passed, with no verb of the law (M1)
        "आईटी एक्ट की धारा 67B के तहत दोषी आरोपी को तीन वर्ष से अनधिक अवधि के लिए कारावास की सजा "
        "सुनाई गई।",
    ],
)
def test_the_acts_hindi_forms_are_read_only_as_the_law(catalog: Catalog, text: str) -> None:
    """A term or fine worded as the Acts word one is no punishment of an offence when a class of
    offences or a court's power follows it, when it is denied, or, in the amount-first form,
    when no verb of the law follows it: each was read, some with a false difference."""
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "अदालत ने आईटी एक्ट की धारा 67B के तहत आरोपी को दो साल की सजा और 20 हजार रुपये "
            "जुर्माने की सजा सुनाई, जुर्माना न देने पर उसे अतिरिक्त कारावास भुगतना होगा, जिसकी "
            "अवधि छह मास तक की हो सकेगी।",
            24,
        ),
        (
            "अदालत ने आरोपी को आईटी एक्ट की धारा 67B के तहत दो साल की सजा सुनाई, जबकि इस धारा में "
            "कारावास से, जिसकी अवधि पांच वर्ष तक की हो सकेगी, दंड का प्रावधान है।",
            24,
        ),
    ],
)
def test_the_acts_hindi_words_beside_a_sentence_passed_leave_it_passed(
    catalog: Catalog, text: str, passed: int
) -> None:
    """The Acts' words quoted in a sentence that tells of a court's sentence would join the
    sentence and make it the law's (review 2027-01-03a H2): they are not read there, and the
    sentence passed stays one, compared with nothing it does not exceed."""
    read = _stated(catalog, text)
    assert [(p.imposed, p.max_months or p.min_months) for p in read] == [(True, passed)]
    assert all(p.differs is None for p in read)


@pytest.mark.parametrize(
    "text",
    [
        "पुलिस ने आरोपी को दोबारा गिरफ्तार किया, उस पर आईटी एक्ट की धारा 67 लगी है जिसमें तीन साल "
        "तक की सजा का प्रावधान है।",
        "जिले में पहली बार आईटी एक्ट की धारा 67B के तहत केस दर्ज हुआ है, जिसमें पांच साल तक की सजा "
        "का प्रावधान है।",
        "आरोपीला दुसऱ्यांदा अटक करण्यात आली असून, माहिती तंत्रज्ञान कायद्याच्या कलम 67 नुसार तीन "
        "वर्षांपर्यंत शिक्षा होऊ शकते.",
    ],
)
def test_an_everyday_again_or_first_time_is_no_tier(catalog: Catalog, text: str) -> None:
    """ "दोबारा गिरफ्तार" (arrested again), "पहली बार … केस दर्ज" (a case registered for the first
    time), "दुसऱ्यांदा अटक" (arrested a second time): no word of the offence follows them, so they
    name no tier of conviction (review 2027-01-03a H3)."""
    (stated,) = _stated(catalog, text)
    assert stated.conviction is None


def test_two_least_fines_with_no_tier_read_are_two_statements(catalog: Catalog) -> None:
    """POCSO s.15(1)'s two least fines, their tier's words misspelt: two statements, not one
    "at least ₹10,000" that misstates the first offence's (review 2027-01-03a H7)."""
    read = _stated(
        catalog,
        "पॉक्सो एक्ट की धारा 15(1) के अनुसार वह ₹5000 के अन्यून के जुर्माने से और दूसरे या "
        "पश्चातात्वर्ती अपराध की दशा में जुर्माने से जो 10000 रुपए से कम का नहीं होगा उसका दायी "
        "होगा।",
    )
    assert [p.fine_min_inr for p in read] == [5_000, 10_000]
    assert all(p.differs is None for p in read)


def test_a_tier_written_with_a_zero_width_joiner_is_read(catalog: Catalog) -> None:
    """ "पश्चात्‌वर्ती" as the Acts' Unicode texts print it: the second tier's words, so the
    seven years are the second conviction's, not the first's (review 2027-01-03a H7)."""
    (stated,) = _stated(
        catalog,
        "आईटी एक्ट की धारा 67B के अनुसार प्रथम दोषसिद्धि पर पांच वर्ष तक और द्वितीय या "
        "पश्चात्‌वर्ती दोषसिद्धि पर सात वर्ष तक के कारावास का प्रावधान है।",
    )
    assert (stated.max_months, stated.conviction) == (84, "subsequent")


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a clause denied ends at a colon, a semicolon or a dash (reviews 2027-01-03a H4, 03c H2)
        (
            "It is false that the law is silent: Section 67B of the IT Act provides up to five "
            "years in jail.",
            ["imprisonment up to 5 years"],
        ),
        # "whether … or not," and "if not" deny nothing after them (H5)
        (
            "Those found guilty, whether first offenders or not, will face up to five years in "
            "jail under Section 67B of the IT Act.",
            ["imprisonment up to 5 years"],
        ),
        (
            "Those who circulate such clips face hefty fines, if not imprisonment of up to five "
            "years under Section 67B of the IT Act.",
            ["imprisonment up to 5 years"],
        ),
    ],
)
def test_a_denial_reaches_no_further_than_its_clause(
    catalog: Catalog, text: str, claims: list[str]
) -> None:
    assert [s.claims for s in _stated(catalog, text)] == claims


@pytest.mark.parametrize(
    "text",
    [
        # a comma or "and" inside the clause denied is no end of it (review 2027-01-03b H1)
        "It is not true that viewing and sharing such videos carries seven years in jail under "
        "Section 67 of the IT Act.",
        "It is false that, under Section 67 of the IT Act, anyone forwarding such a video will be "
        "jailed for seven years.",
        "It is not true that the accused, a 24-year-old engineer, was sentenced to seven years "
        "under Section 67 of the IT Act.",
    ],
)
def test_a_clause_denied_holds_its_commas(catalog: Catalog, text: str) -> None:
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the rest of the sentence may still be the clause denied (review 2027-01-03c H2, H3)
        "It is a myth that only creators are punished, as Section 67B of the IT Act carries up to "
        "five years in jail.",
        "Busting the myth that sharing such content, even once, attracts seven years in jail "
        "under Section 67 of the IT Act, police said the maximum is three years.",
        "It is not true that, as claimed in the viral post, users will be jailed for seven years "
        "under Section 67 of the IT Act.",
        # a claim denied after it, an aside in the denial, "no truth in", "contrary to" (03c H8)
        "FACT CHECK: Claim that forwarding memes attracts seven years in jail under Section 67 of "
        "IT Act is false.",
        "The viral claim that forwarders will be jailed for seven years under Section 67 of the IT "
        "Act is false.",
        "There is no truth in the claim that viewers face seven years under Section 67 of the IT "
        "Act.",
        "It is untrue, police said, that viewers face seven years under Section 67 of the IT Act.",
        "Contrary to the claim that viewers face seven years under Section 67, the law provides "
        "five years.",
        # abbreviations and titles end no sentence
        "It is false that under Sec. 67 of the I.T. Act Mr. Kumar faces seven years.",
    ],
)
def test_a_denied_claim_is_read_to_the_end_of_its_sentence(catalog: Catalog, text: str) -> None:
    """A clause denied runs to the end of its sentence, or to a colon, a semicolon or a dash: a
    statement after it in the same sentence is not read, a miss where reading a denied one would
    state the law wrongly."""
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The claim that viewers face seven years under Section 67 of the IT Act is not true.",
        "The claim that viewers face seven years under Section 67 of the IT Act has no basis.",
        "Forwarding memes will not land you in jail for seven years under Section 67 of the IT "
        "Act.",
        "Forwarding memes won't get you seven years in jail under Section 67 of the IT Act.",
    ],
)
def test_a_claim_denied_in_other_words(catalog: Catalog, text: str) -> None:
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # another's claim, in its sentence; a question (review 2027-01-03d H4)
        "The post claims that those sharing such videos will be jailed for seven years under "
        "Section 67 of the IT Act.",
        "Claim: Forwarding memes attracts seven years in jail under Section 67 of the IT Act. "
        "Fact: The claim is false.",
        "Fact Check: Does forwarding memes attract seven years in jail under Section 67 of the IT "
        "Act? No.",
        "A viral post claims seven years of jail under Section 67 of the IT Act for forwarding. "
        "The claim is false.",
    ],
)
def test_a_claim_or_a_question_is_compared_with_nothing(catalog: Catalog, text: str) -> None:
    """A punishment given as another's claim or asked is listed, and compared with nothing: the
    text need not state it as the law, and may deny it in the next sentence."""
    (stated,) = _stated(catalog, text)
    assert stated.differs is None
    assert stated.not_compared is not None
    assert catalog.analyze(text, DAY).summary.differences == ()


def test_a_sentence_passed_then_the_law_are_two_statements(catalog: Catalog) -> None:
    """ "अदालत ने आरोपी को पांच साल की सजा सुनाई, जबकि … धारा 354सी में … तीन साल तक की सजा का
    प्रावधान है": the court's sentence, with no provision of the law's clause, and the law's range
    (reviews 2027-01-03a H2, 03d H6: one statement, read as the law, said to differ)."""
    passed, law = _stated(
        catalog,
        "अदालत ने आरोपी को पांच साल की सजा सुनाई, जबकि आईपीसी की धारा 354सी में एक साल की सजा से "
        "लेकर तीन साल तक की सजा का प्रावधान है।",
    )
    assert (passed.imposed, passed.provision, passed.differs) == (True, None, None)
    assert (law.imposed, law.provision, law.min_months, law.max_months) == (
        False,
        "ipc-1860/s354C",
        12,
        36,
    )
    assert law.differs is None


def test_a_bound_in_a_marathi_sentence_passed_on_several_is_no_law(catalog: Catalog) -> None:
    """ "चार आरोपींना दोन वर्षांपासून पाच वर्षांपर्यंत कारावासाची शिक्षा सुनावली": sentences passed
    on four, not the law's maximum (review 2027-01-03d H6: read as "up to 5 years" and said to
    differ from IT Act s.66E)."""
    assert (
        _stated(
            catalog,
            "न्यायालयाने आयटी कायद्याच्या कलम 66 ई नुसार चार आरोपींना दोन वर्षांपासून पाच "
            "वर्षांपर्यंत कारावासाची शिक्षा सुनावली.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a quotation closed, then the next sentence (review 2027-01-03d H1)
        (
            'It is a myth that "only those who make such videos are punished." Under Section 67B '
            "of the IT Act, even viewers face up to five years in jail.",
            ["imprisonment up to 5 years"],
        ),
        # a denial after a comma is of its own clause, not of a sentence passed (03d H3)
        (
            "The court rejected the claim that the girl was an adult and sentenced him to 10 years "
            "of rigorous imprisonment under Section 6 of the POCSO Act, saying the documents were "
            "fake.",
            # (read, if not as a sentence passed: "rejected the claim that …" before it keeps
            # the reader from the verb, as before this session)
            ["imprisonment of 10 years"],
        ),
        # "is not false" denies nothing
        (
            "The claim that viewers face seven years under Section 67 of the IT Act is not false.",
            ["imprisonment of 7 years"],
        ),
    ],
)
def test_a_denial_of_a_claim_reaches_only_the_claim(
    catalog: Catalog, text: str, claims: list[str]
) -> None:
    assert [s.claims for s in _stated(catalog, text)] == claims


@pytest.mark.parametrize(
    ("text", "tiers"),
    [
        # a tier's words beside the other's, each before a punishment (review 2027-01-03b H3)
        (
            "आईपीसी की धारा 354सी के तहत पहली बार एक से तीन साल तक की सजा और दूसरी बार तीन से सात "
            "साल तक की सजा का प्रावधान है।",
            [("first", 36), ("subsequent", 84)],
        ),
        (
            "माहिती तंत्रज्ञान कायद्याच्या कलम 67 नुसार पहिल्यांदा तीन वर्षांपर्यंत कारावास आणि "
            "दुसऱ्यांदा पाच वर्षांपर्यंत कारावास होऊ शकतो.",
            [("first", 36), ("subsequent", 60)],
        ),
        # Marathi's "if convicted" (03d M1)
        (
            "माहिती तंत्रज्ञान कायद्याच्या कलम 67 नुसार पहिल्यांदा दोषी ठरल्यास तीन वर्षांपर्यंत "
            "कारावास होऊ शकतो.",
            [("first", 36)],
        ),
        # "besides" keeps a tier's own fine (03b M1)
        (
            "आईटी एक्ट की धारा 67बी के तहत दूसरी बार अपराध करने पर पांच साल तक की सजा होगी, इसके "
            "अलावा दस लाख रुपये तक का जुर्माना भी लगेगा।",
            [("subsequent", 60)],
        ),
    ],
)
def test_hindi_tiers_named_together_or_with_their_offence(
    catalog: Catalog, text: str, tiers: list[tuple[str, int]]
) -> None:
    assert [(p.conviction, p.max_months) for p in _stated(catalog, text)] == tiers


@pytest.mark.parametrize(
    "text",
    [
        # a complaint, an intent, an offender (review 2027-01-03b H2)
        "पीड़िता के दोबारा शिकायत करने पर पुलिस ने आरोपी पर आईपीसी की धारा 509 के तहत केस दर्ज "
        "किया, जिसमें तीन साल तक की सजा का प्रावधान है।",
        "पहली बार किसी अपराधी पर आईटी एक्ट की धारा 67बी लगी है, जिसमें सात साल तक की सजा का प्रावधान है।",
        "आरोपी दोबारा अपराध की नीयत से घूम रहा था, उस पर आईटी एक्ट की धारा 67 के तहत केस है जिसमें "
        "पांच साल तक की सजा का प्रावधान है।",
        # both tiers' words, neither with a punishment of its own; an offence not as a condition;
        # a case registered between (03c H4)
        "आरोपी पहली बार 2019 में और दूसरी बार 2021 में पकड़ा गया था, उस पर आईटी एक्ट की धारा 67 के "
        "तहत तीन साल तक की सजा का प्रावधान है।",
        "जिले में पहली बार साइबर अपराध के मामले में आईटी एक्ट की धारा 67बी के तहत केस दर्ज हुआ, "
        "जिसमें सात साल तक की सजा का प्रावधान है।",
        "आरोपी ने दोबारा ऐसा करते हुए वीडियो वायरल किया, उस पर आईटी एक्ट की धारा 67 के तहत केस"
        " दर्ज "
        "हुआ है, जिसमें तीन साल तक की सजा का प्रावधान है।",
        # repetition's prevention; the police's action threatened between (03d H5)
        "पुनरावृत्ति पर रोक के लिए पुलिस सख्ती करेगी, आईटी एक्ट की धारा 67 के तहत तीन साल तक की"
        " सजा "
        "का प्रावधान है।",
        "पुन्हा गुन्हा केल्यास पोलीस कठोर कारवाई करतील, माहिती तंत्रज्ञान कायद्याच्या कलम 67 नुसार "
        "तीन वर्षांपर्यंत शिक्षा होऊ शकते.",
    ],
)
def test_again_or_first_said_of_no_conviction_is_no_tier(catalog: Catalog, text: str) -> None:
    """Review 2027-01-03b H2, 03c H4."""
    (stated,) = _stated(catalog, text)
    assert stated.conviction is None


def test_a_range_passed_on_several_convicts_is_no_law(catalog: Catalog) -> None:
    """ "चारों दोषियों को दो साल की कैद से लेकर पांच साल तक की सजा सुनाई": sentences passed on
    four, no range of the law to compare, nor its high end alone (reviews 2027-01-03b H4, 03c
    H5: the "पांच साल तक की सजा" left was read as the law, and differed from s.66E's)."""
    assert (
        _stated(
            catalog,
            "अदालत ने आईटी एक्ट की धारा 66ई के तहत चारों दोषियों को दो साल की कैद से लेकर पांच साल "
            "तक की सजा सुनाई।",
        )
        == []
    )
    # … nor with a fine after a comma, nor in the older range form (03d H6)
    assert (
        _stated(
            catalog,
            "अदालत ने आईटी एक्ट की धारा 66ई के तहत चारों दोषियों को दो साल की कैद से लेकर पांच साल "
            "तक की सजा, और दस हजार रुपये जुर्माने की सजा सुनाई।",
        )[0].min_months
        is None
    )
    assert (
        _stated(
            catalog,
            "अदालत ने आईटी एक्ट की धारा 66ई के तहत चारों दोषियों को दो से पांच साल तक की सजा सुनाई।",
        )
        == []
    )
    # a range of the law keeps its minimum where another clause tells of a sentence passed
    (law,) = _stated(
        catalog,
        "आईपीसी की धारा 354सी में एक साल की कैद से लेकर तीन साल तक की सजा का प्रावधान है, लेकिन "
        "इस मामले में आरोपी को सिर्फ जुर्माना लगाया गया।",
    )
    assert (law.min_months, law.max_months) == (12, 36)


@pytest.mark.parametrize(
    ("text", "months", "fine"),
    [
        ("कोर्ट ने आरोपी को साढ़े तीन साल की सजा सुनाई।", 42, None),
        ("कोर्ट ने आरोपी को पौने दो साल की सजा सुनाई।", 21, None),
        ("कोर्ट ने 3 माह की सजा और साढ़े सात सौ रुपये जुर्माना लगाया।", 3, 750),
        ("कोर्ट ने साढ़े तीन हजार रुपये का अर्थदण्ड लगाया।", None, 3_500),
        # Marathi "सव्वा", "पावणे" (review 2027-01-03c M1)
        ("न्यायालयाने आरोपीला सव्वा दोन वर्षे सश्रम कारावास सुनावला.", 27, None),
        ("न्यायालयाने आरोपीला पावणे दोन हजार रुपये दंड ठोठावला.", None, 1_750),
    ],
)
def test_a_half_or_a_quarter_before_a_hindi_number(
    catalog: Catalog, text: str, months: int | None, fine: int | None
) -> None:
    """ "साढ़े" (and a half), "पौने" (less a quarter) before a number are part of it (review
    2027-01-03b H6): "साढ़े तीन साल" is 42 months, not three years."""
    (stated,) = _stated(catalog, text)
    assert (stated.max_months or stated.min_months, stated.fine_max_inr) == (months, fine)


def test_a_hindi_tier_word_in_a_sentence_passed_is_no_tier(catalog: Catalog) -> None:
    """ "दोबारा" (again) in a court's sentence is no conviction's tier of the law."""
    (passed,) = _stated(
        catalog,
        "उसे दोबारा गिरफ्तार किया गया और अदालत ने आईटी एक्ट की धारा 67बी के तहत 5 साल की सजा सुनाई।",
    )
    assert passed.imposed
    assert passed.conviction is None


@pytest.mark.parametrize(
    ("text", "differs"),
    [
        # a term said with no limit: the law's maximum or its minimum
        ("He was booked under Section 67B of the IT Act, which carries five years in jail.", False),
        # a term no tier has as a bound: said to differ (review 2026-12-05b H7)
        (
            "He was booked under Section 67B of the IT Act, which carries three years in jail.",
            True,
        ),
        (
            "He was booked under Section 14(1) of the POCSO Act, which carries seven years of "
            "imprisonment.",
            False,
        ),
        # beyond every tier's range, or below a minimum: said to differ
        (
            "He was booked under Section 67B of the IT Act, which carries a ten-year jail term.",
            True,
        ),
        (
            "He was booked under Section 14(1) of the POCSO Act, which carries three years of "
            "imprisonment.",
            True,
        ),
        # a maximum said is still compared with the law's maxima
        (
            "He was booked under Section 67B of the IT Act, which carries up to three years in "
            "jail.",
            True,
        ),
    ],
)
def test_a_term_said_with_no_limit_differs_only_where_no_tier_has_it_as_a_bound(
    catalog: Catalog, text: str, differs: bool
) -> None:
    """ "Carries seven years" may name the law's minimum (POCSO s.14(1) since the 2019
    amendment: not less than five years, seven on a subsequent conviction) or its maximum: it is
    worded as said ("imprisonment of 7 years") and differs only where no tier has it as its
    minimum or maximum."""
    (stated,) = _stated(catalog, text, D(2021, 6, 1))
    assert (stated.differs is not None) == differs
    if "up to" not in text:
        assert stated.claims.startswith("imprisonment of ")


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "कोर्ट ने आरोपी को आईटी एक्ट की धारा 67बी में 20 वर्ष के कठोर कारावास की सजा सुनाई और "
            "58 हजार रुपये जुर्माना भी लगाया है।",
            "a sentence of rigorous imprisonment for 20 years; a fine of ₹58,000",
        ),
        (
            "न्यायालय ने दोषी को आईटी एक्ट की धारा 67बी में तीन साल के कारावास और 10 हजार रुपये "
            "अर्थदंड से दंडित किया।",
            "a sentence of imprisonment for 3 years; a fine of ₹10,000",
        ),
        # "5-5 हजार रुपये आर्थिक जुर्माना": five thousand each, a monetary fine
        (
            "कोर्ट ने दोनों दोषियों पर आईटी एक्ट की धारा 67बी में 5 -5 हजार रुपये आर्थिक जुर्माना लगाया है।",
            "a fine of ₹5,000",
        ),
    ],
)
def test_a_hindi_sentence_a_court_passed_is_imposed_not_the_law(
    catalog: Catalog, text: str, claims: str
) -> None:
    """ "… की सजा सुनाई" (pronounced a sentence of …), "… से दंडित किया" (punished with …): a
    sentence imposed, not "imprisonment up to 20 years" said of the law; one beyond IT Act
    s.67B's seven years says so."""
    (stated,) = _stated(catalog, text)
    assert stated.imposed
    assert stated.claims == claims
    assert (stated.differs is not None) == ("20 वर्ष" in text)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # jail with no term, as Hindi warns of it; a range "तक के लिए"
        ("दोस्तों को ऐसे वीडियो भेजने पर आपको जेल जाना पड़ सकता है।", "imprisonment (no term read)"),
        (
            "गूगल पर चाइल्ड पोर्नोग्राफी सर्च करना पड़ेगा भारी, हो सकती है जेल!",
            "imprisonment (no term read)",
        ),
        ("ये आपको जेल की हवा तक खिला सकता है।", "imprisonment (no term read)"),
        (
            "चाइल्ड पॉर्नोग्राफी वीडियो सर्च करने पर 5 से 7 साल तक के लिए जेल हो सकती है।",
            "imprisonment from 5 years to 7 years",
        ),
    ],
)
def test_hindi_jail_warned_of_is_read(catalog: Catalog, text: str, claims: str) -> None:
    (stated,) = _stated(catalog, text)
    assert stated.claims == claims
    assert not stated.imposed


def test_jail_as_a_fact_is_no_hindi_punishment(catalog: Catalog) -> None:
    """ "जेल भेजा गया" (was sent to jail) tells what happened, not what the law provides."""
    assert _stated(catalog, "पुलिस ने आरोपी को गिरफ्तार कर जेल भेजा।") == []


@pytest.mark.parametrize(
    "text",
    [
        "आईटी एक्ट की धारा 67बी के तहत पांच साल तक की सजा सुनाई जा सकती है।",
        "आईटी एक्ट की धारा 67बी में 5 साल की सजा का प्रावधान है।",
    ],
)
def test_a_hindi_sentence_that_may_be_passed_is_the_law(catalog: Catalog, text: str) -> None:
    (stated,) = _stated(catalog, text)
    assert not stated.imposed
    assert stated.differs is None


@pytest.mark.parametrize(
    "text",
    [
        "दोबारा ये काम करने पर सजा को बढ़ाकर 7 साल कर दिया जाता है।",
        "दोबारा ये काम करने पर सजा को ब\u095dाकर 7 साल कर दिया जाता है।",  # "ढ़" in one code point
    ],
)
def test_a_hindi_punishment_raised_to_a_term_is_the_laws_limit(catalog: Catalog, text: str) -> None:
    """ "सजा को बढ़ाकर 7 साल" (the punishment raised to seven years): the law's maximum for
    doing it again (IT Act s.67B, a subsequent conviction), said word first."""
    (stated,) = _stated(catalog, text)
    assert stated.max_months == 84
    assert not stated.imposed


@pytest.mark.parametrize(
    "text",
    [
        "आरोपी 5 साल से फरार था।",  # five years on the run: no punishment word
        "उसकी उम्र 15 साल है और वह जेल नहीं गया। पांच साल पहले की बात है।",
        # a trial's length, time in jail, held captive, another sentence after "|"
        "कोर्ट ने महज 3 महीने में सुनवाई पूरी कर सजा सुनाई।",
        "आरोपी दो साल तक जेल में रहा और फिर जमानत पर छूटा।",
        "आरोपी ने किशोरी को दो महीने तक कमरे में कैद रखा।",
        "पुलिस ने आरोपी को जेल भेजा| 15 साल की किशोरी ने शिकायत की थी|",
    ],
)
def test_a_hindi_term_with_no_punishment_word_beside_it_is_none(
    catalog: Catalog, text: str
) -> None:
    assert [s for s in _stated(catalog, text) if s.min_months or s.max_months] == []


def test_hindi_life_and_death_are_read(catalog: Catalog) -> None:
    life = _stated(catalog, "अदालत ने उसे आजीवन कारावास की सजा दी।")
    death = _stated(catalog, "दोषी दंपति को फांसी की सजा सुनाई गई।")
    assert [s.life for s in life] == [True]
    assert [s.death for s in death] == [True]


def test_a_hanging_that_is_no_sentence_is_no_death(catalog: Catalog) -> None:
    text = "धमकी से तंग आकर किशोरी ने फांसी लगा ली, आईटी एक्ट की धारा 67 के तहत केस दर्ज।"
    assert _stated(catalog, text) == []


def test_a_hindi_range_up_to_life_gives_its_minimum_and_life(catalog: Catalog) -> None:
    (stated,) = _stated(catalog, "इसमें 7 साल से उम्रकैद तक की सजा हो सकती है।")
    assert (stated.min_months, stated.life) == (84, True)


@pytest.mark.parametrize("text", ["उसकी उम्र 18 वर्ष से कम नहीं है।", "आरोपी 5 साल से फरार था।"])
def test_an_age_or_a_span_is_no_hindi_minimum(catalog: Catalog, text: str) -> None:
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The court sentenced him to three years rigorous imprisonment and a fine of Rs "
            "10,000 under Section 67B of the IT Act.",
            "a sentence of rigorous imprisonment for 3 years; a fine of ₹10,000",
        ),
        (
            "He was convicted under Section 67B of the IT Act and sentenced to five years "
            "rigorous imprisonment.",
            "a sentence of rigorous imprisonment for 5 years",
        ),
        (
            "He was sentenced to six years simple imprisonment under Section 67B of the IT Act.",
            "a sentence of simple imprisonment for 6 years",
        ),
        (
            "The Juvenile Justice Board imposed a fine of Rs 10, 000 on the boy under Section 67B "
            "of the IT Act.",
            "a fine of ₹10,000",
        ),
    ],
)
def test_a_sentence_imposed_within_the_law_is_read_but_does_not_differ(
    catalog: Catalog, text: str, claims: str
) -> None:
    """A court may impose less than the maximum: a sentence reported is not a statement of
    what the law provides, so only one beyond the law is said to differ."""
    (stated,) = _stated(catalog, text)
    assert stated.imposed
    assert stated.provision == "it-act-2000/s67B"
    assert stated.claims == claims
    assert stated.differs is None


def test_a_sentence_imposed_beyond_the_provision_says_so(catalog: Catalog) -> None:
    text = "He was sentenced to ten years rigorous imprisonment under Section 67B of the IT Act."
    (stated,) = _stated(catalog, text)
    assert stated.imposed
    assert stated.max_months == 120
    assert stated.differs is not None
    assert stated.differs.startswith(
        "the text reports a sentence of rigorous imprisonment for 10 years under "
        "IT Act s.67B, which the law on 2020-12-28 does not allow for it alone"
    )
    assert "7 years" in stated.differs


@pytest.mark.parametrize(
    "text",
    [
        # below the minimum of POCSO s.14(1) as amended in 2019, and imprisonment or a fine
        # below the minimum where s.15(1) provides a fine only
        "The court sentenced him to three years rigorous imprisonment under Section 14(1) of the "
        "POCSO Act.",
        "The court sentenced him to two years imprisonment under Section 15(1) of the POCSO Act.",
        "The court imposed a fine of Rs 1,000 under Section 15(1) of the POCSO Act.",
    ],
)
def test_a_sentence_imposed_that_the_provision_does_not_allow_says_so(
    catalog: Catalog, text: str
) -> None:
    (stated,) = _stated(catalog, text, D(2022, 1, 1))
    assert stated.imposed
    assert stated.differs is not None
    assert "does not allow for it alone" in stated.differs


def test_a_term_in_default_of_a_fine_is_not_the_sentence(catalog: Catalog) -> None:
    text = (
        "The court sentenced him to three years rigorous imprisonment and a fine of Rs 10,000 "
        "under Section 67B of the IT Act, and in default of payment of fine, simple imprisonment "
        "for one year."
    )
    (stated,) = _stated(catalog, text)
    assert stated.imposed
    assert stated.claims == (
        "a sentence of rigorous imprisonment for 3 years; a fine of ₹10,000; simple imprisonment "
        "for 1 year in default of payment"
    )
    assert stated.differs is None


def test_fines_in_a_list_are_not_one_amount(catalog: Catalog) -> None:
    stated = _stated(catalog, "Fines of Rs 200, 500 and 1,000 were collected.")
    assert [s.fine_max_inr for s in stated] == [200]


@pytest.mark.parametrize(
    "text",
    [
        "He was sentenced under Section 67B of the IT Act, which provides imprisonment up to ten "
        "years.",
        "He was sentenced to a term which may extend to ten years under Section 67B of the IT Act.",
        "He faces a ten-year jail term under Section 67B of the IT Act.",
        # what may be imposed, and what a law imposed (review 2026-12-02k)
        "He could be sentenced to ten years under Section 67B of the IT Act.",
        "The 2019 amendment imposed imprisonment of ten years under Section 67B of the IT Act.",
    ],
)
def test_a_statement_of_the_law_beside_a_sentencing_word_is_still_the_law(
    catalog: Catalog, text: str
) -> None:
    (stated,) = _stated(catalog, text)
    assert not stated.imposed
    assert stated.differs is not None
    assert stated.differs.startswith("the text says")


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a fine ordered or paid, and a term got or given, is a sentence, not the law stated
        # (review 2026-12-02o)
        (
            "The accused was directed to pay a fine of Rs 15 lakh under Section 67B of the IT Act.",
            "a fine of ₹15 lakh",
        ),
        (
            "He got five years in jail and a fine of Rs 20 lakh under Section 67B of the IT Act.",
            "a sentence of imprisonment for 5 years; a fine of ₹20 lakh",
        ),
        (
            "He was given ten years of rigorous imprisonment under Section 67B of the IT Act.",
            "a sentence of rigorous imprisonment for 10 years",
        ),
    ],
)
def test_a_fine_ordered_or_a_term_got_is_a_sentence(
    catalog: Catalog, text: str, claims: str
) -> None:
    (stated,) = _stated(catalog, text)
    assert stated.imposed
    assert stated.claims == claims
    assert stated.differs is not None
    assert stated.differs.startswith("the text reports")


@pytest.mark.parametrize(
    "text",
    [
        # "got" with no term right after it is no sentencing word (review 2026-12-02m)
        "The accused got the videos from a Telegram group and faces five years in jail under "
        "Section 67B of the IT Act.",
        "The accused could be ordered to pay a fine of Rs 15 lakh under Section 67B of the IT Act.",
    ],
)
def test_got_or_ordered_that_is_no_sentence_is_the_law(catalog: Catalog, text: str) -> None:
    (stated,) = _stated(catalog, text)
    assert not stated.imposed


def test_a_statement_said_of_two_provisions_together_is_compared_with_neither(
    catalog: Catalog,
) -> None:
    text = (
        "He was booked under Section 67B of the IT Act and Section 292 of the IPC, which provide "
        "up to five years in jail and a fine of Rs 10 lakh."
    )
    (stated,) = _stated(catalog, text)
    assert stated.provision is None
    assert stated.differs is None
    # … nor with one provision's verb: after a list, "which provides" (or "which entails", "is
    # punishable") is as often said of the list as of its last member, and IPC s.506 ends most
    # such lists ("Sections 354D and 506 of the IPC, which entails up to three years"; review
    # 2026-12-22a H1)
    (stated,) = _stated(catalog, text.replace("which provide up to five", "which provides ten"))
    assert stated.provision is None
    assert stated.differs is None


def test_an_amount_before_fines_is_a_fine_and_before_fined_none(catalog: Catalog) -> None:
    # "Rs 20 lakh fines" claims a fine s.67B does not provide (review 2026-12-03b L1)
    text = "Section 67B of the IT Act attracts up to five years in jail and Rs 20 lakh fines."
    (stated,) = _stated(catalog, text)
    assert stated.fine_max_inr == 2_000_000
    assert stated.differs is not None
    (stated,) = _stated(catalog, text.replace("fines", "fined"))
    assert stated.fine_max_inr is None
    assert stated.differs is None


@pytest.mark.parametrize(
    "text",
    [
        # a term wished for or had earlier is no sentence reported (review 2026-12-03b P4)
        "Lawyers said he could have got life imprisonment under Section 67B of the IT Act.",
        "He should have got 10 years in jail under Section 67B of the IT Act, the family said.",
        "The victim's family wanted that he got 10 years in jail under Section 67B of the IT Act.",
        # a demand to pay is no court's order (review 2026-12-03b M2)
        "The accused asked the minor to pay a fine of Rs 50,000 for deleting the video under "
        "Section 67B of the IT Act.",
    ],
)
def test_a_term_wished_for_or_a_demand_is_no_sentence(catalog: Catalog, text: str) -> None:
    (stated,) = _stated(catalog, text)
    assert not stated.imposed


def test_a_court_s_order_to_pay_is_a_sentence(catalog: Catalog) -> None:
    text = (
        "The court directed the accused to pay a fine of Rs 15 lakh under Section 67B of the IT "
        "Act."
    )
    (stated,) = _stated(catalog, text)
    assert stated.imposed


@pytest.mark.parametrize(
    "text",
    [
        # review 2026-12-05b H2: what may be, the law's own wording, a demand
        "दोषी पाए जाने पर आरोपी को आईटी एक्ट की धारा 67बी में 7 साल की सजा सुनाई जा सकती है।",
        "आईटी एक्ट की धारा 67बी के तहत दोषी को 5 साल कैद और 10 लाख रुपये जुर्माने से दंडित किया जाएगा।",
        "ऐसे मामलों में आईटी एक्ट की धारा 67बी के तहत 5 साल की सजा दी जाती है।",
        "परिजनों ने मांग की कि आईटी एक्ट की धारा 67बी के तहत आरोपी को 5 साल की सजा दी जाए।",
    ],
)
def test_a_hindi_sentence_that_may_be_or_is_asked_for_is_not_imposed(
    catalog: Catalog, text: str
) -> None:
    assert not any(p.imposed for p in _stated(catalog, text))


@pytest.mark.parametrize(
    "text",
    [
        "पॉक्सो एक्ट में केस दर्ज होने के बाद आरोपी के जेल जाने के डर से परिवार गांव छोड़ सकता है।",
        "पॉक्सो एक्ट के तहत आरोपी को जेल हो गई थी, अब वह जमानत पर बाहर आ सकता है।",
        "आरोपी पहले भी पॉक्सो एक्ट की धारा 14 के तहत 3 साल के लिए जेल जा चुका है।",
        "The committee was given three months to recommend the punishment under Section 67B.",
        # detention for want of a surety is no sentence (review 2026-12-28f M5)
        "He was booked under Section 67B of the IT Act. He was earlier jailed for 2 years in "
        "default of bail bonds.",
        "Booked under Section 67B of the IT Act, he spent 3 years in jail for want of sureties.",
    ],
)
def test_fear_of_jail_time_served_and_time_allowed_are_no_punishment(
    catalog: Catalog, text: str
) -> None:
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # the commonest Hindi court wording: a term "से दंडित किया"
        (
            "कोर्ट ने आरोपी को आईटी एक्ट की धारा 67बी के तहत 5 वर्ष के सश्रम कारावास से दंडित किया।",
            True,
        ),
        ("चाइल्ड पोर्नोग्राफी के आरोपी को आईटी एक्ट की धारा 67बी में 5 साल की जेल हुई।", True),
        # an earlier case's sentence is not this one's
        ("आरोपी को पहले भी आईटी एक्ट की धारा 67बी के तहत 3 साल की सजा मिली थी।", False),
        # an English court that "gave" a term
        (
            "The court gave the accused three years as punishment under Section 67B of the IT Act.",
            True,
        ),
        # a court that "pronounced" a term
        ("The court pronounced a sentence of 10 years of rigorous imprisonment.", True),
        (
            "The judge will pronounce the sentence on Monday; the offence carries 10 years "
            "in jail.",
            False,
        ),
    ],
)
def test_more_forms_of_a_sentence_passed(catalog: Catalog, text: str, imposed: bool) -> None:
    (stated,) = _stated(catalog, text)
    assert stated.imposed == imposed


def test_the_law_before_but_and_a_sentence_after_it_are_two_statements(
    catalog: Catalog,
) -> None:
    """ "5 साल की सजा का प्रावधान है, लेकिन कोर्ट ने आरोपी को 3 साल की सजा सुनाई": the law, then
    a sentence passed (review 2026-12-05b H2, 05c)."""
    law, sentence = _stated(
        catalog,
        "आईटी एक्ट की धारा 67बी में 5 साल तक की सजा का प्रावधान है, लेकिन कोर्ट ने आरोपी को 3 साल "
        "की सजा सुनाई।",
    )
    assert (law.imposed, law.claims) == (False, "imprisonment up to 5 years")
    assert (sentence.imposed, sentence.claims) == (True, "a sentence of imprisonment for 3 years")


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # review 2026-12-05c: "पहले" of an event, "जबकि" between two convicts, a sentence
        # pronounced ("सुनाई जाने के बाद"), a judgment's own order, a condition, time served
        ("घटना दो साल पहले की है। कोर्ट ने आरोपी को आईटी एक्ट की धारा 67बी में 5 साल की सजा सुनाई।", True),
        (
            "विशेष न्यायाधीश ने आरोपी को आईटी एक्ट की धारा 67बी में 3 वर्ष के कारावास, जबकि दूसरे"
            " को 2 "
            "वर्ष के कारावास से दंडित किया।",
            True,
        ),
        (
            "दोषी को आईटी एक्ट की धारा 67बी में 6 साल की सजा सुनाई जाने के बाद परिवार ने अपील की बात कही।",
            True,
        ),
        ("अतः अभियुक्त को आईटी एक्ट की धारा 67बी में 3 वर्ष के कारावास से दंडित किया जाता है।", True),
        ("अगर आईटी एक्ट की धारा 67बी में 5 साल की जेल हुई तो उसकी नौकरी चली जाएगी।", False),
        (
            "The court sentenced him to five years to run concurrently under Section 67B of the IT "
            "Act.",
            True,
        ),
    ],
)
def test_sentences_passed_in_the_wordings_of_review_c(
    catalog: Catalog, text: str, imposed: bool
) -> None:
    (stated,) = _stated(catalog, text)
    assert stated.imposed == imposed
    assert stated.differs is None


def test_bail_after_time_in_jail_is_no_sentence(catalog: Catalog) -> None:
    text = "The POCSO court gave bail to the accused after he spent two years in jail."
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-05d H3: "gave" a term, before or after its person
        (
            "The court gave Ravi Kumar four years in jail under Section 67B of the IT Act.",
            [(True, "a sentence of imprisonment for 4 years")],
        ),
        (
            "The special court gave four years' imprisonment to the accused under Section 67B of "
            "the IT Act.",
            [(True, "a sentence of imprisonment for 4 years")],
        ),
        # H4: likely, asked for, done in general; a judgment's own order
        (
            "दोषी को आईटी एक्ट की धारा 67बी में 5 साल की सजा सुनाई जाने की संभावना है।",
            [(False, "imprisonment of 5 years")],
        ),
        (
            "ऐसे मामलों में आईटी एक्ट की धारा 67बी के तहत दोषी को 5 साल की कैद से दंडित किया जाता है।",
            [(False, "imprisonment of 5 years")],
        ),
        (
            "अतः अभियुक्त को आईटी एक्ट की धारा 67बी में 3 वर्ष के कारावास से दंडित किया जाता है।",
            [(True, "a sentence of imprisonment for 3 years")],
        ),
        # H5: "पहले भी" of another clause is no earlier case
        (
            "आरोपी पहले भी ऐसी हरकत कर चुका है, कोर्ट ने उसे आईटी एक्ट की धारा 67बी में 5 साल की सजा सुनाई।",
            [(True, "a sentence of imprisonment for 5 years")],
        ),
        # H6: the law in other words before "लेकिन", then a sentence passed
        (
            "आईटी एक्ट की धारा 67बी में 5 साल की सजा दी जाती है, लेकिन कोर्ट ने आरोपी को 2 साल की "
            "सजा सुनाई।",
            [(False, "imprisonment of 5 years"), (True, "a sentence of imprisonment for 2 years")],
        ),
        (
            "अभियोजन ने 10 साल की सजा मांगी, लेकिन कोर्ट ने आरोपी को आईटी एक्ट की धारा 67बी में 5 "
            "साल की सजा सुनाई।",
            [(False, "imprisonment of 10 years"), (True, "a sentence of imprisonment for 5 years")],
        ),
    ],
)
def test_the_eleventh_review_s_sentences(
    catalog: Catalog, text: str, expected: list[tuple[bool, str]]
) -> None:
    """Review 2026-12-05d: what a court passed, what may be, and the law beside it."""
    assert [(p.imposed, p.claims) for p in _stated(catalog, text)] == expected


def test_a_sentence_after_but_keeps_the_provision_named_before(catalog: Catalog) -> None:
    """Review 2026-12-05d M1: a term below POCSO s.14(1)'s minimum after "लेकिन" is compared."""
    _, sentence = _stated(
        catalog,
        "पॉक्सो एक्ट की धारा 14(1) में कम से कम 5 साल की सजा का प्रावधान है, लेकिन कोर्ट ने आरोपी "
        "को 3 साल की सजा सुनाई।",
    )
    assert sentence.imposed
    assert sentence.provision == "pocso-2012/s14(1)"
    assert sentence.differs is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-05e: an age after "gave" is no term; a judgment's "ऐसी स्थिति में" order;
        # a judge's remark of the law after "कि"; a condition with "और" inside; a demand before
        # "जबकि"
        (
            "The court heard that the man gave the 14-year-old girl a phone under Section 67B of "
            "the IT Act, and the prosecutor demanded five years' rigorous imprisonment.",
            [False],
        ),
        (
            "अतः ऐसी स्थिति में अभियुक्त को आईटी एक्ट की धारा 67बी में 3 वर्ष के कारावास से दंडित किया जाता है।",
            [True],
        ),
        (
            "विशेष न्यायाधीश ने टिप्पणी की कि आईटी एक्ट की धारा 67बी में दोषी को 5 साल की सजा दी जाती है।",
            [False],
        ),
        (
            "यदि आरोपी दोषी पाया गया और उसे आईटी एक्ट की धारा 67बी में 5 साल की सजा हुई तो नौकरी जाएगी।",
            [False],
        ),
        (
            "परिजनों की मांग है कि आरोपी को 20 साल की सजा दी जाए, जबकि कोर्ट ने उसे आईटी एक्ट की"
            " धारा "
            "67बी में 5 साल की सजा सुनाई।",
            [False, True],
        ),
    ],
)
def test_the_twelfth_review_s_sentences(catalog: Catalog, text: str, expected: list[bool]) -> None:
    """Review 2026-12-05e: a court's sentence, the law, a demand or a condition."""
    assert [p.imposed for p in _stated(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "imposed", "differs"),
    [
        # review 2026-12-05f: "gave" with an aside; an order after "आदेश दिया कि"; a bare term
        # with no word of the law is not said to differ inside the law's range
        (
            "The court gave the 32-year-old, a resident of Bhopal, five years' rigorous "
            "imprisonment under Section 67B of the IT Act.",
            True,
            False,
        ),
        (
            "न्यायालय ने आदेश दिया कि दोषी को आईटी एक्ट की धारा 67बी में 3 वर्ष के कारावास से "
            "दंडित किया जाता है।",
            True,
            False,
        ),
        # review 2026-12-05g M4: an aside of any length between two commas
        (
            "The court gave the 28-year-old, who had shared obscene videos of a minor, three "
            "years' imprisonment under Section 67B of the IT Act.",
            True,
            False,
        ),
        (
            "The court gave the 40-year-old, a resident of Pune who ran a Telegram channel, six "
            "years' RI under Section 67B of the IT Act.",
            True,
            False,
        ),
        (
            "He gave the minor, aged 13 years, a mobile phone, and the prosecution sought seven "
            "years' imprisonment under Section 67B.",
            False,
            False,
        ),
    ],
)
def test_the_thirteenth_review_s_sentences(
    catalog: Catalog, text: str, imposed: bool, differs: bool
) -> None:
    (stated,) = _stated(catalog, text)
    assert (stated.imposed, stated.differs is not None) == (imposed, differs)


def test_a_judge_s_reported_order_is_not_said_to_differ(catalog: Catalog) -> None:
    """Review 2026-12-05g: "न्यायाधीश ने कहा कि दोषी को … 3 साल … से दंडित किया जाता है" may
    be the order itself; a bare term worded so is compared only with the law's range."""
    (stated,) = _stated(
        catalog,
        "विशेष न्यायाधीश ने कहा कि दोषी को आईटी एक्ट की धारा 67बी में 3 साल के कारावास से दंडित "
        "किया जाता है।",
    )
    assert stated.differs is None


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        (
            "विशेष न्यायाधीश ने फैसले में कहा कि दोषी को आईटी एक्ट की धारा 67बी में 3 वर्ष के"
            " कारावास "
            "और 50 हजार रुपये अर्थदंड से दंडित किया जाता है।",
            True,
        ),
        (
            "विशेष न्यायाधीश ने कहा कि दोषी रमेश को पॉक्सो एक्ट की धारा 14 में 5 वर्ष के कारावास"
            " से "
            "दंडित किया जाता है।",
            True,
        ),
        # not a court's words, or the law in general
        (
            "विशेषज्ञों ने कहा कि दोषी को आईटी एक्ट की धारा 67बी में 3 वर्ष के कारावास से दंडित किया जाता है।",
            False,
        ),
        (
            "न्यायाधीश ने कहा कि ऐसे मामलों में दोषी को आईटी एक्ट की धारा 67बी में 3 वर्ष के"
            " कारावास "
            "से दंडित किया जाता है।",
            False,
        ),
        (
            "न्यायाधीश ने टिप्पणी की कि दोषी पाए जाने पर आईटी एक्ट की धारा 67बी में 3 वर्ष के "
            "कारावास से दंडित किया जाता है।",
            False,
        ),
    ],
)
def test_a_court_s_words_that_the_convict_is_punished_are_its_order(
    catalog: Catalog, text: str, imposed: bool
) -> None:
    """Review 2026-12-05g M3: after a court's "कहा कि", "दोषी को" or "दोषी रमेश को … दंडित किया
    जाता है" names the one sentenced, so the court's order is reported; an expert's words, or
    the law for "ऐसे मामलों", are not."""
    (stated,) = _stated(catalog, text)
    assert (stated.imposed, stated.differs) == (imposed, None)


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # J2: such a thing done by anyone is the law; the court's conclusion is its order
        (
            "ऐसे वीडियो प्रसारित करने वाले किसी भी अभियुक्त को आईटी एक्ट की धारा 67बी में 5 वर्ष"
            " के "
            "कारावास से दंडित किया जाता है।",
            [False],
        ),
        (
            "पुलिस अधीक्षक ने कहा कि ऐसे वीडियो शेयर करने पर अभियुक्त को आईटी एक्ट की धारा 67बी"
            " में "
            "5 साल की सजा दी जाती है।",
            [False],
        ),
        (
            "अभियुक्त ने नाबालिग के ऐसे फोटो सोशल मीडिया पर डाले, अतः उसे पॉक्सो एक्ट की धारा 14"
            " में "
            "5 वर्ष के कठोर कारावास से दंडित किया जाता है।",
            [True],
        ),
        # J3: "माना कि" is the court's view of the law; "दोषी माना है, अतः" is no remark
        (
            "उच्च न्यायालय ने माना कि पॉक्सो एक्ट की धारा 14 में दोषी को 5 वर्ष के कारावास से"
            " दंडित "
            "किया जाता है।",
            [False],
        ),
        (
            "अदालत ने अभियुक्त को दोषी माना है, अतः उसे आईटी एक्ट की धारा 67बी में 3 वर्ष के"
            " कारावास "
            "से दंडित किया जाता है।",
            [True],
        ),
        # J4: only a word that names the law, before the first term, makes it the law
        (
            "बताया जाता है कि वह आईटी एक्ट 67बी में 8 साल की सजा काट रहा था, जबकि दूसरे आरोपी को "
            "कोर्ट ने 3 साल की सजा सुनाई।",
            [True],
        ),
        (
            "प्रावधान के अनुसार दोषी को 7 साल की कैद, लेकिन कोर्ट ने आरोपी को आईटी एक्ट की धारा"
            " 67बी "
            "में 3 साल की सजा सुनाई।",
            [False, True],
        ),
    ],
)
def test_the_sixteenth_review_s_sentences(catalog: Catalog, text: str, imposed: list[bool]) -> None:
    """Review 2026-12-06a: the law in general, a court's view of it and a sentence served are
    not read as the sentence passed, nor the sentence passed as the law; no false "differs"."""
    stated = _stated(catalog, text)
    assert [p.imposed for p in stated] == imposed
    assert all(p.differs is None for p in stated)


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        ("A Mumbai court jailed him for five years under Section 67B of the IT Act.", [True]),
        # custody, not a sentence (review 2026-12-06b H18): only a court's "jailed" is imposed
        (
            "The accused was jailed for two months before he got bail in the case of sharing "
            "obscene videos of a minor girl under Section 67B of the IT Act.",
            [False],
        ),
        (
            "Those found guilty will be jailed for up to seven years under Section 67B of the IT "
            "Act.",
            [False],
        ),
        # time in jail, not a sentence
        ("He remained jailed for 3 years as an undertrial under Section 67B of the IT Act.", []),
    ],
)
def test_jailed_for_a_term_is_a_punishment_stated(
    catalog: Catalog, text: str, imposed: list[bool]
) -> None:
    """ "Jailed for five years" reports a sentence; "will be jailed for up to seven years" the
    law; "remained jailed for 3 years" time spent in jail."""
    assert [p.imposed for p in _stated(catalog, text)] == imposed


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        (
            "न्यायालयाने एका 35 वर्षीय युवकाला दोन वर्षे सश्रम कारावास आणि एक हजार रुपये दंडाची "
            "शिक्षा ठोठावण्यात आली आहे.",
            "a sentence of rigorous imprisonment for 2 years; a fine of ₹1,000",
            True,
        ),
        (
            "चाइल्ड पोर्नोग्राफी पाहणे हा गुन्हा आहे आणि त्यासाठी सात वर्षांपर्यंतच्या शिक्षेची तरतूद आहे.",
            "imprisonment up to 7 years",
            False,
        ),
        ("आरोपीला मुंबई उच्च न्यायालयानं 50 हजारांचा दंड ठोठावला आहे.", "a fine of ₹50,000", True),
        (
            "न्यायालयाने आरोपीला पाच वर्षांची सक्तमजुरी आणि सोळा हजार रुपये दंडाची शिक्षा सुनावली.",
            "a sentence of rigorous imprisonment for 5 years; a fine of ₹16,000",
            True,
        ),
        # one year's genitive; "सक्त मजुरीची" in two words (batch dev-38)
        (
            "न्यायालयाने आरोपीला १ वर्षाच्या तुरुंगवासाची शिक्षा सुनावली आहे.",
            "a sentence of imprisonment for 1 year",
            True,
        ),
        (
            "न्यायालयाने आरोपीला १० वर्षे सक्त मजुरीची शिक्षा आणि २ लाख रुपये दंड ठोठावला आहे.",
            "a sentence of rigorous imprisonment for 10 years; a fine of ₹2 lakh",
            True,
        ),
        # prison in its genitive before the Hindi word "सजा" (survey of unseen Marathi pages,
        # 2027-01-14)
        (
            "चाईल्ड पॉर्न व्हिडिओ पाठवल्यास सात वर्षे कारागृहाची सजा होऊ शकते.",
            "imprisonment of 7 years",
            False,
        ),
        (
            "न्यायालयाने आरोपीला सात वर्षे कारागृहाची सजा सुनावली.",
            "a sentence of imprisonment for 7 years",
            True,
        ),
    ],
)
def test_marathi_punishments(catalog: Catalog, text: str, claims: str, imposed: bool) -> None:
    """Marathi terms ("दोन वर्षे", "सात वर्षांपर्यंतच्या" up to seven years), fines ("50 हजारांचा
    दंड"), rigorous imprisonment ("सक्तमजुरी"), sentences passed ("शिक्षा सुनावली", "ठोठावण्यात
    आली") and the law ("तरतूद आहे", a provision)."""
    (stated,) = _stated(catalog, text)
    assert (stated.claims, stated.imposed) == (claims, imposed)


def test_the_penal_code_s_hindi_name_is_no_fine(catalog: Catalog) -> None:
    """ "दंड" is also punishment in general: "धारा 376 दंड संहिता" states no fine of ₹376."""
    assert _stated(catalog, "आरोपी पर धारा 376 दंड संहिता के तहत मामला दर्ज है।") == []


@pytest.mark.parametrize(
    "text",
    [
        "चाईल्ड पोर्नोग्राफी सर्च केल्यास तुम्हाला तुरुंगाची हवा खावी लागेल, असा इशारा पोलिसांनी दिला.",
        "अश्लील मजकूर शेअर केल्यास तुम्हाला कायद्याने तुरुंगवास होऊ शकतो.",
        "चाईल्ड पोर्नोग्राफी सर्च केल्यास जावे लागेल तुरुंगात",
    ],
)
def test_marathi_warnings_of_jail_are_punishments_with_no_term(catalog: Catalog, text: str) -> None:
    (stated,) = _stated(catalog, text)
    assert (stated.max_months, stated.imposed) == (None, False)


def test_a_marathi_fact_of_jail_is_no_punishment_stated(catalog: Catalog) -> None:
    assert _stated(catalog, "आरोपीला तुरुंगात पाठवण्यात आले असून तपास सुरू आहे.") == []


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # H5: Marathi "मात्र" turns from the law to the court; a term in default is none
        (
            "माहिती तंत्रज्ञान कायद्याच्या कलम ६७ (ब) अन्वये पाच वर्षे कारावासाची तरतूद आहे, मात्र "
            "न्यायालयाने आरोपीला तीन वर्षे सक्तमजुरीची शिक्षा सुनावली आहे.",
            [False, True],
        ),
        # H6: Hindi "शिक्षा" is schooling
        (
            "आरोपी शिक्षक ने चार साल की शिक्षा बीएड में पूरी की थी, उस पर पॉक्सो एक्ट की धारा 12"
            " में "
            "केस दर्ज है।",
            [],
        ),
        # H12: a lawyer speaking in court is no court
        (
            "सरकारी वकील ने अदालत में कहा कि आरोपी को आईटी एक्ट की धारा 67बी में पहली बार दोषी पाए "
            "जाने पर सात साल की कैद दी जाती है।",
            [False],
        ),
        # H13: "माना कि" is a remark, the order after "अतः" the court's
        (
            "अदालत ने माना कि अभियुक्त दोषी है और उसे पॉक्सो एक्ट की धारा 14 में 5 वर्ष के कठोर "
            "कारावास से दंडित किया जाता है।",
            [True],
        ),
        # H14: "अतः कानून के अनुसार …" is the court's conclusion
        (
            "अतः कानून के अनुसार अभियुक्त रमेश को आईटी एक्ट की धारा 67बी के अंतर्गत 3 वर्ष के"
            " सश्रम "
            "कारावास से दंडित किया जाता है।",
            [True],
        ),
        # H15: a demand before the first term is split from the sentence passed
        (
            "अभियोजन पक्ष ने आरोपी को अधिकतम सजा देने की मांग करते हुए 7 साल की कैद की बात कही, "
            "लेकिन कोर्ट ने आईटी एक्ट की धारा 67बी में उसे 3 साल की सजा सुनाई।",
            [False, True],
        ),
    ],
)
def test_the_seventeenth_review_s_sentences(
    catalog: Catalog, text: str, imposed: list[bool]
) -> None:
    """Review 2026-12-06b: the law, a demand, a lawyer's words and a court's order told apart."""
    assert [p.imposed for p in _stated(catalog, text)] == imposed


def test_a_marathi_term_in_default_of_a_fine_is_no_sentence(catalog: Catalog) -> None:
    (stated,) = _stated(
        catalog,
        "न्यायालयाने तीन वर्षे सक्तमजुरी आणि दहा हजार रुपये दंड ठोठावला असून दंड न भरल्यास आणखी "
        "सहा महिने कारावास भोगावा लागेल.",
    )
    assert stated.claims == (
        "a sentence of rigorous imprisonment for 3 years; a fine of ₹10,000; imprisonment for 6 "
        "months in default of payment"
    )


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # review 2026-12-06c H3: Marathi demands, futures and concessions are no sentences
        (
            "दोषी आढळल्यास आरोपीला माहिती तंत्रज्ञान कायद्याच्या कलम ६७ अन्वये पाच वर्षांची शिक्षा "
            "दिली जाईल, असे पोलिसांनी सांगितले.",
            [False],
        ),
        (
            "आरोपीला पाच वर्षांची शिक्षा झाली तरी पीडितेला न्याय मिळणार नाही, असे पीडितेच्या आईने सांगितले.",
            [False],
        ),
        # H4: Hindi "मात्र" is "only"
        (
            "कोर्ट ने पॉक्सो एक्ट के प्रावधान के तहत आरोपी को 10 साल की कैद और मात्र 5 हजार रुपये "
            "जुर्माने की सजा सुनाई।",
            [True],
        ),
        # H5: a demand rejected, arguments heard: both sentences passed
        (
            "अदालत ने अभियोजन की मांग ठुकराते हुए मुख्य आरोपी को 5 साल की कैद, जबकि दूसरे आरोपी"
            " को 2 "
            "साल की सजा सुनाई।",
            [True],
        ),
        # H6: a judge named, a phrase before the remark
        (
            "विशेष न्यायाधीश अनिल शर्मा ने फैसले में कहा कि दोषी रमेश को आईटी एक्ट की धारा 67 में"
            " 5 "
            "वर्ष के कारावास से दंडित किया जाता है।",
            [True],
        ),
        (
            "विशेष न्यायाधीश ने फैसला सुनाते हुए कहा कि दोषी को पॉक्सो एक्ट की धारा 12 में 5 वर्ष"
            " के "
            "कारावास से दंडित किया जाता है।",
            [True],
        ),
        # H7: a holding of the law names no one punished
        (
            "न्यायालय ने यह माना कि कानून में अभियुक्त को आईटी एक्ट की धारा 67बी में 7 वर्ष के"
            " कारावास "
            "से दंडित किया जाता है।",
            [False],
        ),
        # H8: "अतः" lifts a general word only for one named
        (
            "अतः कानून के अनुसार किसी भी व्यक्ति को आईटी एक्ट की धारा 67बी में 5 वर्ष के कारावास"
            " से "
            "दंडित किया जाता है।",
            [False],
        ),
        (
            "किसी भी नाबालिग का अश्लील वीडियो बनाने पर अभियुक्त को आईटी एक्ट की धारा 67बी में 5"
            " वर्ष "
            "के कारावास से दंडित किया जाता है।",
            [False],
        ),
        # H9: "jailed" needs no court named before it; custody is none
        (
            "The man was jailed for five years under Section 12 of the POCSO Act for sending "
            "obscene videos to a 13-year-old girl.",
            [True],
        ),
    ],
)
def test_the_eighteenth_review_s_sentences(
    catalog: Catalog, text: str, imposed: list[bool]
) -> None:
    """Review 2026-12-06c: sentences passed, the law, demands and holdings told apart."""
    assert [p.imposed for p in _stated(catalog, text)] == imposed


@pytest.mark.parametrize(
    "text",
    [
        "परिजनों की मांग है कि आरोपी को पॉक्सो एक्ट की धारा 12 में 20 साल की सजा दी जाए।",
        "आरोपीला पोक्सो कायद्याच्या कलम १२ अन्वये किमान पाच वर्षांची शिक्षा झाली पाहिजे, अशी मागणी "
        "पीडितेच्या कुटुंबीयांनी केली आहे.",
    ],
)
def test_a_term_demanded_is_not_said_to_differ_from_the_law(catalog: Catalog, text: str) -> None:
    """A term asked for is no statement of the law: it is read, not compared."""
    (stated,) = _stated(catalog, text)
    assert (stated.imposed, stated.differs) == (False, None)


def test_a_term_pronounced_with_shiksha_is_a_punishment(catalog: Catalog) -> None:
    """Review 2026-12-06c: "१० वर्ष शिक्षा सुनावली" is a sentence passed, "वर्ष" or not."""
    (stated,) = _stated(catalog, "आरोपीला न्यायालयाने १० वर्ष शिक्षा सुनावली आहे.")
    assert (stated.max_months, stated.imposed) == (120, True)


@pytest.mark.parametrize(
    ("text", "imposed", "differs"),
    [
        # review 2026-12-06d: "मात्र" before a court, "despite", "whereas" after a sentence
        (
            "आईटी एक्ट की धारा 67बी में 5 साल तक की सजा का प्रावधान होने के बावजूद कोर्ट ने आरोपी"
            " को "
            "मात्र 1 साल की सजा सुनाई।",
            [False, True],
            [False, False],
        ),
        (
            "न्यायालयाने मुख्य आरोपीला दहा वर्षे सक्तमजुरीची शिक्षा सुनावली तर अन्य दोघांची निर्दोष मुक्तता केली.",
            [True],
            [False],
        ),
        # a demand before the term
        (
            "अभियोजन ने मांग की कि आरोपी को 10 साल कैद हो, लेकिन अदालत ने उसे 5 साल की सजा सुनाई।",
            [False, True],
            [False, False],
        ),
        # a prosecutor "in court" is no court: the law, and it differs from s.12
        (
            "अदालत में विशेष लोक अभियोजक ने कहा कि दोषी को पॉक्सो एक्ट की धारा 12 में 5 वर्ष के "
            "कारावास से दंडित किया जाता है।",
            [False],
            [True],
        ),
        # "किसी भी सहानुभूति" is no general word
        (
            "अभियुक्त किसी भी नरमी का हकदार नहीं है, अतः उसे आईटी एक्ट की धारा 67बी में 5 वर्ष के "
            "कारावास से दंडित किया जाता है।",
            [True],
            [False],
        ),
        # "jailed" with others acquitted, and bail in the next sentence
        (
            "A special POCSO court in Pune jailed the main accused for five years under Section "
            "67B of the IT Act and acquitted two others.",
            [True],
            [False],
        ),
        (
            "The youth was jailed for five years under Section 12 of the POCSO Act. He was on bail "
            "earlier.",
            [True],
            [True],
        ),
        # a demand word that governs no term leaves a wrong statement of the law flagged
        (
            "आरोपी ने नाबालिग से पैसों की मांग की और पॉक्सो एक्ट की धारा 12 के तहत इस अपराध में 7"
            " साल "
            "तक की सजा का प्रावधान है।",
            [False],
            [True],
        ),
        (
            "Police sought the accused's custody, saying the offence under Section 67B of the IT "
            "Act is punishable with up to three years in jail.",
            [False],
            [True],
        ),
        # Hindi "शिक्षा सुनाई" is a sentence; schooling given is none
        (
            "अदालत ने दोषी को पॉक्सो एक्ट की धारा 12 के तहत पांच वर्ष की शिक्षा सुनाई।",
            [True],
            [True],
        ),
        (
            "आरोपी ने गांव के स्कूल में 15 साल तक शिक्षा दी और अब उस पर पॉक्सो एक्ट की धारा 14 के"
            " तहत "
            "केस दर्ज है।",
            [],
            [],
        ),
    ],
)
def test_the_nineteenth_review_s_sentences(
    catalog: Catalog, text: str, imposed: list[bool], differs: list[bool]
) -> None:
    """Review 2026-12-06d: turns, demands, speakers, custody and schooling; "differs" only where
    the law is misstated or a sentence exceeds it."""
    stated = _stated(catalog, text)
    assert [p.imposed for p in stated] == imposed
    assert [p.differs is not None for p in stated] == differs


@pytest.mark.parametrize(
    ("text", "imposed", "differs"),
    [
        # review 2026-12-06e
        ("न्यायालयाने आरोपीला ५ वर्ष शिक्षा दिली.", [True], [False]),
        (
            "कानून के तहत किसी भी बच्ची का अश्लील वीडियो प्रसारित करने पर अभियुक्त को आईटी एक्ट की "
            "धारा 67बी में 5 वर्ष के कारावास से दंडित किया जाता है।",
            [False],
            [False],
        ),
        (
            "कानून के अनुसार ऐसा वीडियो बनाने वाले को 7 वर्ष की सजा दी जाती है, अतः अभियुक्त रमेश"
            " को "
            "आईटी एक्ट की धारा 67बी में 5 वर्ष के कारावास से दंडित किया जाता है।",
            [False, True],
            [False, False],
        ),
        (
            "The accused was jailed for two months for sharing obscene videos of a minor under "
            "Section 67B of the IT Act and walked out on bail.",
            [False],
            [False],
        ),
        (
            "पीड़िता के परिवार ने मांग की है कि आरोपी को पॉक्सो एक्ट की धारा 12 में 10 साल की सजा दी जाए।",
            [False],
            [False],
        ),
        (
            "पॉक्सो कायद्याच्या कलम १२ अन्वये सात वर्षांपर्यंत शिक्षा होऊ शकते याची जाणीव व्हावी.",
            [False],
            [True],
        ),
    ],
)
def test_the_twentieth_review_s_sentences(
    catalog: Catalog, text: str, imposed: list[bool], differs: list[bool]
) -> None:
    """Review 2026-12-06e: Marathi "दिली", "किसी भी", "अतः" as a turn, custody, demands."""
    stated = _stated(catalog, text)
    assert [p.imposed for p in stated] == imposed
    assert [p.differs is not None for p in stated] == differs


@pytest.mark.parametrize(
    "text",
    [
        # review 2026-12-06f: "किसी भी हालत में" is no law in general; bail earlier in the trial
        # is no custody about the term
        "अतः किसी भी हालत में अभियुक्त को आईटी एक्ट की धारा 67बी में 5 वर्ष के कारावास से दंडित किया जाता है।",
        "The man was jailed for five years under Section 67B of the IT Act; he had been released "
        "on bail earlier during the trial.",
    ],
)
def test_the_twenty_first_review_s_sentences(catalog: Catalog, text: str) -> None:
    (stated,) = _stated(catalog, text)
    assert stated.imposed


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # review 2026-12-07a: custody that ended in bail, however joined, is no sentence
        (
            "The accused, booked under Section 67B of the IT Act, was jailed for two months and "
            "later released on bail.",
            False,
        ),
        (
            "The accused, booked under Section 67B of the IT Act, was jailed for two months but "
            "was released on bail after the police failed to file a chargesheet.",
            False,
        ),
        (
            "The accused, booked under Section 67B of the IT Act, was jailed for two months; he "
            "was released on bail last week.",
            False,
        ),
        # another person's bail, in a clause of its own, leaves the sentence passed
        (
            "Ravi was jailed for five years under Section 67B of the IT Act, while his brother, "
            "who was arrested with him and released on bail in 2021, was acquitted.",
            True,
        ),
        # a denied predicate leaves "किसी भी" of anyone: the law's habitual
        (
            "किसी भी बच्चे की अश्लील फोटो रखना छोटा अपराध नहीं है और अभियुक्त को आईटी एक्ट की "
            "धारा 67बी में 5 वर्ष के कारावास से दंडित किया जाता है।",
            False,
        ),
        # "किसी भी स्थिति में" (in any case), as "किसी भी हालत में", is no law in general
        (
            "अतः किसी भी स्थिति में अभियुक्त को आईटी एक्ट की धारा 67बी में 5 वर्ष के कारावास से "
            "दंडित किया जाता है।",
            True,
        ),
    ],
)
def test_the_twenty_second_review_s_sentences(catalog: Catalog, text: str, imposed: bool) -> None:
    (stated,) = _stated(catalog, text)
    assert stated.imposed is imposed


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        # "maximum" before the punishment word makes the term a limit, as "minimum" makes it
        # a minimum; not after a denial
        (
            "Possession of child pornography carries a maximum punishment of seven years under "
            "Section 67B of the IT Act.",
            "imprisonment up to 7 years",
            False,
        ),
        (
            "There is no maximum sentence of five years under this section; the court may pass "
            "life.",
            "imprisonment of 5 years",
            False,
        ),
        # a court "handed" a term, as it "gave" one; "handed him over" is none
        (
            "The POCSO court handed him a 10-year jail term under Section 4 of the POCSO Act.",
            "a sentence of imprisonment for 10 years",
            True,
        ),
    ],
)
def test_a_maximum_before_the_punishment_word_and_a_term_handed(
    catalog: Catalog, text: str, claims: str, imposed: bool
) -> None:
    (stated,) = _stated(catalog, text)
    assert (stated.claims, stated.imposed) == (claims, imposed)


def test_a_person_handed_over_is_no_sentence(catalog: Catalog) -> None:
    text = "The court handed him over to the police after he spent five years abroad."
    assert _stated(catalog, text) == []


def test_a_marathi_fine_up_to_a_sum_is_a_limit(catalog: Catalog) -> None:
    # "a fine up to ten lakh rupees": "रुपयांपर्यंत" (up to rupees) says the maximum
    text = (
        "माहिती तंत्रज्ञान कायद्याच्या कलम ६७ (ब) नुसार पाच वर्षांपर्यंत कारावास आणि दहा लाख "
        "रुपयांपर्यंत दंडाची तरतूद आहे."
    )
    (stated,) = _stated(catalog, text)
    assert stated.claims == "imprisonment up to 5 years; a fine up to ₹10 lakh"


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # review 2026-12-07b: bail after a court passed the term leaves the sentence passed
        (
            "Sharma, jailed for five years by a Pune court in 2019 for sharing child pornography, "
            "was released on bail by the Bombay High Court on Tuesday after it suspended his "
            "sentence.",
            True,
        ),
        (
            "Ravi, who was jailed for five years by a special POCSO court in 2019 for sharing "
            "child pornography, was released on bail by the High Court pending his appeal.",
            True,
        ),
        # custody while the investigation was on, then bail, granted, got or out on: no sentence
        (
            "The accused was jailed for two months while the investigation was on and was "
            "released on bail after the chargesheet was filed under Section 67B of the IT Act.",
            False,
        ),
        (
            "The accused, booked under Section 67B of the IT Act, was jailed for two months and "
            "was later granted bail by the sessions court.",
            False,
        ),
        (
            "The accused, booked under Section 67B of the IT Act, was jailed for two months; he "
            "is now out on bail.",
            False,
        ),
        # "किसी भी दूसरे थाने", "किसी भी अन्य पुलिस स्टेशन": the accused's record (review 08a M3)
        (
            "अभियुक्त के विरुद्ध किसी भी दूसरे थाने में कोई मामला दर्ज नहीं है, अतः अभियुक्त को"
            " पॉक्सो"
            " एक्ट की धारा 15 में 3 वर्ष के कारावास से दंडित किया जाता है।",
            True,
        ),
        (
            "अभियुक्त के विरुद्ध किसी भी अन्य पुलिस स्टेशन में कोई मामला दर्ज नहीं है, अतः अभियुक्त"
            " को पॉक्सो एक्ट की धारा 15 में 3 वर्ष के कारावास से दंडित किया जाता है।",
            True,
        ),
        # the accused's record "in any other case" is no law in general
        (
            "अभियुक्त का किसी भी अन्य मामले में कोई आपराधिक इतिहास नहीं है, अतः अभियुक्त को आईटी "
            "एक्ट की धारा 67बी में 3 वर्ष के कारावास से दंडित किया जाता है।",
            True,
        ),
    ],
)
def test_the_twenty_third_review_s_sentences(catalog: Catalog, text: str, imposed: bool) -> None:
    (stated,) = _stated(catalog, text)
    assert stated.imposed is imposed


def test_the_maximum_a_court_passed_is_a_sentence_not_a_limit(catalog: Catalog) -> None:
    text = (
        "The special POCSO court on Monday sentenced the accused to the maximum punishment of "
        "five years under Section 67B of the IT Act."
    )
    (stated,) = _stated(catalog, text)
    assert stated.claims == "a sentence of imprisonment for 5 years"
    assert stated.imposed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence passed and the law, turned by "though" or "but": two statements
        (
            "He was sentenced to two years' imprisonment, though Section 67B provides for "
            "imprisonment up to five years.",
            [(True, 24.0), (False, 60.0)],
        ),
        (
            "The offence carries imprisonment up to seven years, but the court sentenced him to "
            "three years' imprisonment under Section 67B.",
            [(False, 84.0), (True, 36.0)],
        ),
        # a co-accused's bail, or bail had earlier, leaves the sentence passed (review 08a H5)
        (
            "The court jailed Ravi for five years, and his co-accused got bail.",
            [(True, 60.0)],
        ),
        (
            "Ravi was jailed for five years on Monday; he had earlier been out on bail during the "
            "trial.",
            [(True, 60.0)],
        ),
        # a law that carries a maximum, said after "jailed" (07d M5); a Marathi fine up to a sum
        # in the genitive (07d M6)
        (
            "The man was jailed under a law that carries a maximum sentence of seven years.",
            [(False, 84.0)],
        ),
        # he among the bailed; a court that raised a sentence states no law (review 08b M7, H1)
        (
            "Ravi was jailed for two months after his arrest; he and a co-accused were granted "
            "bail later.",
            [(False, 2.0)],
        ),
        # he joined to the co-accused in other words (review 08c M4)
        (
            "Ravi was jailed for two months after his arrest; he and the co-accused were granted "
            "bail later.",
            [(False, 2.0)],
        ),
        (
            "Ravi was jailed for two months after his arrest; he and two co-accused were granted "
            "bail later.",
            [(False, 2.0)],
        ),
        (
            "Ravi was jailed for two months after his arrest; Ravi and co-accused Suresh were "
            "granted bail later.",
            [(False, 2.0)],
        ),
        (
            "Ravi was jailed for two months after his arrest, and co-accused Suresh was granted "
            "bail later.",
            [(True, 2.0)],
        ),
        # another accused named before "and co-accused" is no joined subject; "the accused" is
        # (review 09a M2)
        (
            "The court jailed Ravi for two years, while Mohan and two co-accused were granted "
            "bail.",
            [(True, 24.0)],
        ),
        (
            "Ravi was jailed for two months after his arrest; Mohan and co-accused Suresh were "
            "granted bail later.",
            [(True, 2.0)],
        ),
        (
            "Ravi was jailed for two months after his arrest; the accused and the co-accused were "
            "granted bail later.",
            [(False, 2.0)],
        ),
        (
            "हाईकोर्ट ने निचली अदालत के फैसले को बदलते हुए आरोपी की सजा को बढ़ाकर 10 साल कर दिया।",
            [],
        ),
        # a sentence that opens with the concession turns at its comma (review 08b M7)
        (
            "Though the offence carries up to seven years in jail, the court sentenced him to "
            "three years.",
            [(False, 84.0), (True, 36.0)],
        ),
        # not past a comma; a legislature's raise in the perfective (review 08c L7)
        ("हाईकोर्ट ने आरोपी की सजा को बढ़ाकर 10 साल कर दिया, जो पॉक्सो एक्ट में प्रावधान है।", []),
        ("केंद्र सरकार ने कानून में संशोधन कर सजा को बढ़ाकर 7 साल कर दिया।", [(False, 84.0)]),
        # a court or a convict's sentence between the amendment and the raise (review 09b M2)
        ("अधिनियम में संशोधन के बाद हाईकोर्ट ने दोषी की सजा को बढ़ाकर 20 साल कर दिया।", []),
        (
            "हाईकोर्ट ने कहा कि पॉक्सो कानून में संशोधन के बावजूद निचली अदालत ने कम सजा दी, और "
            "सजा को बढ़ाकर 10 साल कर दिया।",
            [],
        ),
        # bail to the accused himself ends custody (review 08a M4)
        (
            "Ravi was jailed for two months after his arrest; the High Court later granted bail to "
            "the accused.",
            [(False, 2.0)],
        ),
    ],
)
def test_the_twenty_sixth_review_s_sentences(
    catalog: Catalog, text: str, expected: list[tuple[bool, float]]
) -> None:
    assert [(p.imposed, p.max_months) for p in _stated(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # review 2026-12-07c: bail to another, or earlier, leaves the sentence passed
        (
            "The court jailed Ravi for five years for sharing child pornography and granted bail "
            "to his co-accused.",
            True,
        ),
        ("Ravi was jailed for five years, while co-accused Suresh was granted bail.", True),
        (
            "The accused was jailed for five years on Monday; he had been out on bail during the "
            "trial.",
            True,
        ),
    ],
)
def test_the_twenty_fourth_review_s_sentences(catalog: Catalog, text: str, imposed: bool) -> None:
    (stated,) = [p for p in _stated(catalog, text) if "jailed" in p.text]
    assert stated.imposed is imposed


def test_the_law_s_maximum_after_another_sentence_is_a_limit(catalog: Catalog) -> None:
    text = (
        "The special court sentenced Rao to three years in jail on Monday. Section 67B carries "
        "a maximum sentence of five years."
    )
    assert [p.claims for p in _stated(catalog, text)] == [
        "a sentence of imprisonment for 3 years",
        "imprisonment up to 5 years",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "या गुन्ह्यासाठी पाच वर्षांपर्यंत कारावास आणि दहा लाख रुपयांपर्यंतचा दंड होऊ शकतो.",
        "या गुन्ह्यासाठी पाच वर्षांपर्यंत कारावास आणि दहा लाखांपर्यंत दंड होऊ शकतो.",
    ],
)
def test_marathi_fine_limits_with_a_genitive_or_a_scale(catalog: Catalog, text: str) -> None:
    (stated,) = _stated(catalog, text)
    assert stated.claims == "imprisonment up to 5 years; a fine up to ₹10 lakh"


def test_life_imprisonments_in_the_plural(catalog: Catalog) -> None:
    (stated,) = _stated(catalog, "The court sentenced him to five life imprisonments under POCSO.")
    assert stated.life
    assert stated.imposed


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # review 2026-12-07d: "has been granted bail" is custody's end; "had been" is earlier
        ("Ravi was jailed for two months after his arrest; he has now been granted bail.", False),
        (
            "The accused was jailed for two months along with a co-accused before being granted "
            "bail.",
            False,
        ),
        (
            "अभियुक्त के विरुद्ध किसी भी अन्य पुलिस थाने में कोई मामला दर्ज नहीं है, अतः अभियुक्त"
            " को "
            "पॉक्सो एक्ट की धारा 15 में 3 वर्ष के कारावास से दंडित किया जाता है।",
            True,
        ),
    ],
)
def test_the_twenty_fifth_review_s_sentences(catalog: Catalog, text: str, imposed: bool) -> None:
    (stated,) = _stated(catalog, text)
    assert stated.imposed is imposed


def test_a_marathi_fine_up_to_a_sum_in_the_genitive_is_a_limit(catalog: Catalog) -> None:
    """ "दहा लाख रुपयांपर्यंतच्या दंडाची तरतूद" (a provision of a fine up to ten lakh rupees;
    review 2026-12-07d M6)."""
    (stated,) = _stated(catalog, "आरोपीवर दहा लाख रुपयांपर्यंतच्या दंडाची तरतूद आहे.")
    assert stated.fine_max_inr == 1_000_000
    assert stated.claims == "a fine up to ₹10 lakh"


def test_a_long_sentence_of_sentences_and_bail_is_read_in_bounded_reach(catalog: Catalog) -> None:
    """Review 2026-12-08c H7: each sentence passed is read within a bounded reach (the time is
    measured by benchmarks/analyze_speed.py); what is read near stays the same."""
    text = "Ravi was jailed for two months; he and a co-accused were granted bail and " * 50
    stated = _stated(catalog, text)
    assert stated
    assert all(not p.imposed for p in stated)


@pytest.mark.parametrize(
    "text",
    [
        "वर्ष 2019 में पॉक्सो अधिनियम में संशोधन कर न्यूनतम सजा को बढ़ाकर 20 वर्ष कर दिया गया।",
        "संशोधन के बाद पॉक्सो एक्ट में न्यूनतम सजा को बढ़ाकर 20 साल कर दिया गया है।",
    ],
)
def test_a_raised_minimum_is_a_least_term_not_a_limit(catalog: Catalog, text: str) -> None:
    """The 2019 amendment of the POCSO Act as Hindi reports tell it: the least punishment
    raised to 20 years is "at least", never "up to" (review 2026-12-09b M2)."""
    assert [(p.min_months, p.max_months, p.imposed) for p in _stated(catalog, text)] == [
        (240.0, None, False)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court sentenced him to ten days' simple imprisonment and a fine of Rs 500.",
            [(True, 10, "a sentence of simple imprisonment for 10 days; a fine of ₹500")],
        ),
        (
            "In default of payment of fine, he shall undergo simple imprisonment for 15 days.",
            [(True, 15, "simple imprisonment for 15 days in default of paying the fine")],
        ),
        (
            "अदालत ने दोनों को 10-10 दिन के कारावास की सजा सुनाई।",
            [(True, 10, "a sentence of imprisonment for 10 days")],
        ),
        (
            "जुर्माना अदा न करने पर पांच दिनों के अतिरिक्त कारावास की सजा भुगतनी होगी।",
            [(True, 5, "imprisonment for 5 days in default of paying the fine")],
        ),
        (
            "अदालत ने उसे 30 दिन का अतिरिक्त कारावास भी सुनाया।",
            [(True, 30, "a sentence of imprisonment for 30 days")],
        ),
        # "कड़ी" (harsh) before the word (survey of unseen Hindi pages, 2027-01-13)
        (
            "कोर्ट ने शख्स को 15 दिन की कड़ी सजा और 1000 रुपये का जुर्माना लगाया।",
            [(True, 15, "a sentence of imprisonment for 15 days; a fine of ₹1,000")],
        ),
        # (a term in days with no genitive before its prison word was tried and withdrawn:
        # "2 साल 6 महीने 15 दिन कैद की सजा" was read as 15 days; review 2027-01-16b H3)
        ("पुलिस ने उसे 14 दिन जेल भेजा।", []),
        # a remand in days is no sentence
        ("The accused was sent to 14 days' judicial custody.", []),
        ("The magistrate sentenced the accused to 14 days' judicial custody.", []),
        ("The accused was sent to jail for 14 days.", []),
        ("आरोपी को 14 दिन की न्यायिक हिरासत में जेल भेजा गया।", []),
    ],
)
def test_a_term_in_days_is_read_only_with_a_word_of_sentence(
    catalog: Catalog, text: str, expected: list[tuple[bool, int, str]]
) -> None:
    """Terms in days: said with imprisonment itself or a sentence, in English and Hindi, with
    the days kept (``term_days``) and worded as said; a remand in days is none."""
    stated = _stated(catalog, text)
    assert [(p.imposed, p.term_days, p.claims) for p in stated] == expected
    for p in stated:
        assert p.term_days is not None
        assert p.max_months == pytest.approx(p.term_days * 12 / 365)


def test_a_raised_minimum_said_of_convicts_is_the_law(catalog: Catalog) -> None:
    """Review 2026-12-10b M10: a raised minimum is the law's, whoever it is said of."""
    text = "संसद ने पॉक्सो एक्ट में संशोधन कर बच्चों से दुष्कर्म के दोषी की न्यूनतम सजा को बढ़ाकर 20 साल कर दिया।"
    assert [(p.min_months, p.imposed) for p in _stated(catalog, text)] == [(240.0, False)]


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # a term to be undergone under an Act, with no court, is the law's (review 10c M2)
        ("पॉक्सो एक्ट में दोषी को 10 साल की सजा भुगतनी होगी।", False),
        # a court's order to undergo it is a sentence passed
        ("अदालत ने कहा कि पॉक्सो एक्ट के तहत दोषी को 20 साल की सजा भुगतनी होगी।", True),
        ("जुर्माना अदा न करने पर दोषी को छह माह की अतिरिक्त सजा भुगतनी होगी।", True),
    ],
)
def test_a_term_to_be_undergone_under_an_act_is_the_law_s(
    catalog: Catalog, text: str, imposed: bool
) -> None:
    """ "… सजा भुगतनी होगी" is a sentence passed when a court or a default orders it, and the
    law's term when the sentence names only the Act it is in."""
    assert [p.imposed for p in _stated(catalog, text)] == [imposed]


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # a court's masculine "… कारावास दिया" is a sentence passed (review 2026-12-11a H3)
        ("कोर्ट ने आरोपी को 10 साल का कारावास दिया।", True),
        ("अदालत ने आरोपी को सात दिन का कारावास दिया।", True),
        # the law's, named as where the term is, with no court (review 2026-12-10d L1)
        ("नए कानून में दोषी को 20 साल का कारावास दिया गया है।", False),
        # under an Act, passed: news writes the passive without the court
        ("पॉक्सो एक्ट के तहत दोषी को 20 साल की सजा सुनाई गई है।", True),
    ],
)
def test_a_hindi_court_s_term_given_is_passed(catalog: Catalog, text: str, imposed: bool) -> None:
    """ "कारावास दिया" said by a court is imposed; said of the law ("कानून में") it is not."""
    assert [p.imposed for p in _stated(catalog, text)] == [imposed]


@pytest.mark.parametrize(
    "text",
    [
        "The accused was sentenced to 14-day remand.",
        "The court sentenced the accused to 14 days in jail custody.",
    ],
)
def test_a_remand_or_jail_custody_in_days_is_no_sentence(catalog: Catalog, text: str) -> None:
    """Review 2026-12-11a L4: a remand in days is custody, not a sentence passed."""
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # a court as the subject passes the sentence, whatever Act it names "में" (11b H1)
        ("अदालत ने पॉक्सो एक्ट में दोषी को 20 साल की सजा सुनाई।", [True]),
        ("पॉक्सो एक्ट में दोषी को 20 साल की सजा सुनाई गई।", [True]),
        ("विशेष न्यायालयाने पोक्सो कायद्यात आरोपीला 20 वर्षांची शिक्षा सुनावली.", [True]),
        # a default clause under an Act is ordered (11b M12)
        (
            "कोर्ट ने दोषी को 20 साल की सजा सुनाई है। अर्थदंड अदा न करने पर उसे पॉक्सो एक्ट के"
            " तहत एक "
            "साल की अतिरिक्त सजा भुगतनी होगी।",
            [True, True],
        ),
    ],
)
def test_a_court_s_sentence_under_an_act_is_passed(
    catalog: Catalog, text: str, imposed: list[bool]
) -> None:
    """Review 2026-12-11b H1 and M12."""
    assert [p.imposed for p in _stated(catalog, text)] == imposed


@pytest.mark.parametrize(
    "court",
    [
        "न्यायमूर्ति",
        "जस्टिस शर्मा",
        "खंडपीठ",
        "एकल पीठ",
        "डबल बेंच",
        "हाइकोर्ट",
        "एएसजे",
        "सीजेएम",
        "न्यायिक मजिस्ट्रेट",
        "न्यायधीश",
        "पीठ",
        "युगल पीठ",
        "डिविजन बेंच",
    ],
)
def test_a_justice_or_a_bench_passes_the_sentence_it_upholds(catalog: Catalog, court: str) -> None:
    """Review 2026-12-11e M8: a justice, a bench or a magistrate's court is a court."""
    text = (
        f"{court} ने पॉक्सो एक्ट के तहत दोषी रमेश की अपील खारिज कर दी, अब उसे 20 साल की सजा भुगतनी होगी।"
    )
    assert [p.imposed for p in _stated(catalog, text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        # a back, a bench to sit on, one who speaks before the bench (review 2026-12-12a H3, M5)
        "बच्ची की पीठ पर आरोपी ने सिगरेट से जलाया, पॉक्सो एक्ट के तहत उसे 20 साल की सजा भुगतनी होगी।",
        "बेंच पर बैठे आरोपी ने कहा कि पॉक्सो एक्ट के तहत उसे 20 साल की सजा भुगतनी होगी।",
        "खंडपीठ के समक्ष याचिकाकर्ता ने कहा कि पॉक्सो एक्ट के तहत दोषी को 20 साल की सजा भुगतनी होगी।",
        # an executive magistrate; a board that is no court (review 2026-12-12b H7)
        "जिला मजिस्ट्रेट ने कहा कि पॉक्सो एक्ट के तहत दोषी को 20 साल की सजा भुगतनी होगी।",
        "मदरसा बोर्ड के अध्यक्ष ने कहा कि पॉक्सो एक्ट के तहत दोषी को 20 साल की सजा भुगतनी होगी।",
    ],
)
def test_a_back_or_a_seat_is_no_bench_that_passes_a_sentence(catalog: Catalog, text: str) -> None:
    assert [p.imposed for p in _stated(catalog, text)] == [False]


def test_a_lawyer_s_argument_in_court_is_no_court_s_sentence(catalog: Catalog) -> None:
    """Review 2026-12-11c H8: "कोर्ट में सरकारी वकील ने …" names the court as a place; the
    term the prosecutor says must be undergone is the law's, not a sentence passed."""
    text = "कोर्ट में सरकारी वकील ने दलील दी कि पॉक्सो एक्ट के तहत दोषी को 20 साल की सजा भुगतनी होगी।"
    assert [p.imposed for p in _stated(catalog, text)] == [False]


def test_a_court_s_remark_on_the_law_is_no_sentence_passed(catalog: Catalog) -> None:
    """Review 2026-12-11d H6: what a court remarks "कि" a new law gives is the law's term."""
    text = "हाईकोर्ट ने टिप्पणी की कि नए कानून में ऐसे दोषी को 20 साल का कारावास दिया गया है।"
    assert [p.imposed for p in _stated(catalog, text)] == [False]


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # a court's remark on such offences states the law (11e H5)
        ("हाईकोर्ट ने कहा कि पॉक्सो एक्ट में ऐसे अपराधों के लिए 20 साल की सजा भुगतनी होगी।", False),
        # a court's order naming the one punished is a sentence passed (11e M1)
        ("कोर्ट ने फैसले में लिखा कि नए कानून में अभियुक्त रमेश को 20 साल का कारावास दिया गया है।", True),
    ],
)
def test_a_court_s_remark_names_the_one_punished_or_states_the_law(
    catalog: Catalog, text: str, imposed: bool
) -> None:
    """Review 2026-12-11e H5 and M1."""
    assert [p.imposed for p in _stated(catalog, text)] == [imposed]


@pytest.mark.parametrize(
    "text",
    [
        # "ऐसे दोषी को" is anyone convicted: the law (11f U1)
        "हाईकोर्ट ने कहा कि पॉक्सो एक्ट में ऐसे दोषी को 20 साल की सजा भुगतनी होगी।",
        # a connective is no one named (11f N5)
        "न्यायालय ने कहा कि बच्चों के प्रति अपराध गंभीर हैं इसलिए कानून में ऐसे अपराधी को आजीवन"
        " कारावास "
        "दिया गया है।",
    ],
)
def test_a_court_s_remark_on_such_convicts_states_the_law(catalog: Catalog, text: str) -> None:
    """Review 2026-12-11f U1 and N5."""
    assert [p.imposed for p in _stated(catalog, text)] == [False]


@pytest.mark.parametrize(
    ("text", "imposed", "claims"),
    [
        (
            "The High Court directed him to perform community service at a government "
            "hospital for a month.",
            True,
            "an order of community service",
        ),
        (
            "The Juvenile Justice Board ordered the boy to do community service at two public "
            "places for 15 days each.",
            True,
            "an order of community service",
        ),
        (
            "He was sentenced to community service for 15 days and a fine of Rs 1,000.",
            True,
            "an order of community service; a fine of ₹1,000",
        ),
        (
            "किशोर न्याय बोर्ड ने किशोर को 15 दिन सामुदायिक सेवा करने का आदेश दिया।",
            True,
            "an order of community service",
        ),
    ],
)
def test_community_service_ordered_is_read_and_never_compared(
    catalog: Catalog, text: str, imposed: bool, claims: str
) -> None:
    """Community service (BNS s.4(f); a Juvenile Justice Board's order; a High Court's condition
    for quashing) is read where a text says it is to be done or was ordered; no provision lawref
    holds provides it, so nothing is said to differ."""
    text += " The case was registered under Section 67 of the IT Act."
    (stated,) = _stated(catalog, text)
    assert (stated.community_service, stated.imposed, stated.claims) == (True, imposed, claims)
    assert stated.differs is None


@pytest.mark.parametrize(
    ("text", "payment", "kind", "payer", "claims"),
    [
        (
            "The court also directed him to pay Rs 5 lakh as compensation to the victim.",
            500_000,
            "compensation",
            "accused",
            "an order to pay ₹5 lakh as compensation",
        ),
        (
            "The court sentenced him to 10 years of rigorous imprisonment and ordered him to pay "
            "₹2 lakh compensation to the survivor.",
            200_000,
            "compensation",
            "accused",
            "a sentence of rigorous imprisonment for 10 years; an order to pay ₹2 lakh as "
            "compensation",
        ),
        # an award that names no payer: the Special Court's under POCSO s.33(8) is the State's
        # to pay, the convict's where the text says so
        (
            "The Special Court also awarded compensation of Rs 1,15,000 to the victim.",
            115_000,
            "compensation",
            None,
            "compensation of ₹1.15 lakh awarded",
        ),
        # the State pays: named as told to pay, after the amount, or as interim compensation
        # (POCSO Rules, 2020, r.9(1)); review 2026-12-28a M2
        (
            "The court directed the state government to pay Rs 3 lakh as compensation to the "
            "victim.",
            300_000,
            "compensation",
            "state",
            "compensation of ₹3 lakh, paid by the State",
        ),
        (
            "The POCSO court awarded Rs 4 lakh as compensation to the survivor under the Victim "
            "Compensation Scheme, to be paid by the DLSA.",
            400_000,
            "compensation",
            "state",
            "compensation of ₹4 lakh, paid by the State",
        ),
        (
            "The court granted Rs 3 lakh interim compensation to the survivor.",
            300_000,
            "compensation",
            "state",
            "compensation of ₹3 lakh, paid by the State",
        ),
        # a fund, as a condition of quashing, beside community service (the payer after
        # "government hospital and" is still the accused)
        (
            "The Delhi High Court has directed a POCSO accused to perform community service at a "
            "government hospital and pay Rs 50,000 towards ''Army Welfare Fund Battle "
            "Casualties'' and quashed the FIR against him.",
            50_000,
            "fund",
            None,
            "an order of community service; an order to pay ₹50,000 to a fund",
        ),
        (
            "The High Court quashed the case and asked him to pay Rs 50k to the Army welfare fund.",
            50_000,
            "fund",
            "accused",
            "an order to pay ₹50,000 to a fund",
        ),
        # "lacs", "each", a judge's initials, the order in the next sentence (review 2026-12-28a
        # M7)
        (
            "Additional Sessions Judge Dr. R.K. Sharma directed him to pay Rs 1 lakh each as "
            "compensation to the two girls.",
            100_000,
            "compensation",
            "accused",
            "an order to pay ₹1 lakh as compensation",
        ),
        (
            "The court sentenced him to 10 years. He was also directed to pay Rs 5 lacs as "
            "compensation.",
            500_000,
            "compensation",
            "accused",
            "an order to pay ₹5 lakh as compensation",
        ),
        # the passive's subject is the payer; a payer named after the amount wins over a
        # scheme; a participle goes on with the court's clause (review 2026-12-28b H4, M5)
        (
            "The court convicted him. The state was asked to pay Rs 5 lakh as compensation.",
            500_000,
            "compensation",
            "state",
            "compensation of ₹5 lakh, paid by the State",
        ),
        (
            "The court awarded Rs 5 lakh as compensation to the victim, to be recovered from the "
            "accused, and asked the state to frame a scheme.",
            500_000,
            "compensation",
            "accused",
            "an order to pay ₹5 lakh as compensation",
        ),
        (
            "While quashing the case, the court directed the accused to do community service, "
            "while also asking him to pay Rs 50,000 towards the Army Welfare Fund.",
            50_000,
            "fund",
            "accused",
            "an order of community service; an order to pay ₹50,000 to a fund",
        ),
        # the court goes on ordering after ", and", "; it also": its own clause still; a
        # payer told to pay wins over a "by the accused" of another clause (review 2026-12-28c
        # M1, H2)
        (
            "The court sentenced him to 20 years' rigorous imprisonment, and directed him to pay "
            "Rs 50,000 as compensation to the victim.",
            50_000,
            "compensation",
            "accused",
            "a sentence of rigorous imprisonment for 20 years; an order to pay ₹50,000 as "
            "compensation",
        ),
        (
            "The court sentenced him to 20 years. It also directed the state to pay Rs 3 lakh as "
            "compensation.",
            300_000,
            "compensation",
            "state",
            "compensation of ₹3 lakh, paid by the State",
        ),
        (
            "The court directed the state to pay Rs 4 lakh compensation to the girl, who was "
            "raped by the accused.",
            400_000,
            "compensation",
            "state",
            "compensation of ₹4 lakh, paid by the State",
        ),
        # the accused's own participle right after the amount wins over a scheme named later
        # (review 2026-12-28d H2)
        (
            "The court awarded Rs 5 lakh compensation to the victim, to be paid by the accused "
            "under the victim compensation scheme.",
            500_000,
            "compensation",
            "accused",
            "an order to pay ₹5 lakh as compensation",
        ),
        # a court's order reported by others, or opened by "In its order, it" (review
        # 2026-12-28e M1); interim compensation is the State's, whatever fine follows (28e H2)
        (
            "Police said the court also directed the accused to pay Rs 50,000 compensation to the "
            "victim.",
            50_000,
            "compensation",
            "accused",
            "an order to pay ₹50,000 as compensation",
        ),
        (
            "The court sentenced him to 20 years. In its order, it also directed the state to pay "
            "Rs 5 lakh compensation to the girl.",
            500_000,
            "compensation",
            "state",
            "compensation of ₹5 lakh, paid by the State",
        ),
        (
            "The court awarded Rs 4 lakh interim compensation to the girl, with the fine payable "
            "by the accused.",
            400_000,
            "compensation",
            "state",
            "compensation of ₹4 lakh, paid by the State",
        ),
        # the text names the accused as the payer of interim compensation (review 2026-12-28f
        # L1); a court the sentence before names, acting, is the "it" of the order
        (
            "The court directed that Rs 1 lakh interim compensation be paid to the girl by the "
            "accused.",
            100_000,
            "compensation",
            "accused",
            "an order to pay ₹1 lakh as compensation",
        ),
        (
            "The special court convicted him. Further, it directed the state government to pay "
            "Rs 5 lakh compensation to the girl.",
            500_000,
            "compensation",
            "state",
            "compensation of ₹5 lakh, paid by the State",
        ),
        (
            "Police said the special court awarded Rs 5 lakh compensation to the girl.",
            500_000,
            "compensation",
            None,
            "compensation of ₹5 lakh awarded",
        ),
        # the police report a court's order in more words; "it" after a sentence that reports a
        # court, or names its verdict; "by them" (the authorities) over interim compensation
        # (review 2026-12-29a M2, M3)
        (
            "Police said the Additional District and Sessions Judge awarded Rs 3 lakh "
            "compensation to the survivor.",
            300_000,
            "compensation",
            None,
            "compensation of ₹3 lakh awarded",
        ),
        (
            "Police said the court sentenced him to 10 years in jail. It also directed him to pay "
            "Rs 50,000 as compensation to the victim.",
            50_000,
            "compensation",
            "accused",
            "an order to pay ₹50,000 as compensation",
        ),
        (
            "The special POCSO court's verdict came on Monday. It also directed the State to pay "
            "Rs 3 lakh as compensation to the girl.",
            300_000,
            "compensation",
            "state",
            "compensation of ₹3 lakh, paid by the State",
        ),
        (
            "The court directed the authorities that interim compensation of Rs 3 lakh be paid to "
            "the survivor by them within 30 days.",
            300_000,
            "compensation",
            "state",
            "compensation of ₹3 lakh, paid by the State",
        ),
        # a court as a place that then acts (review 2026-12-29c M7)
        (
            "Police said the case went to court, which awarded Rs 2 lakh compensation to the "
            "victim.",
            200_000,
            "compensation",
            None,
            "compensation of ₹2 lakh awarded",
        ),
        # two payers in one sentence: each amount its own (review 2026-12-28a M7)
        (
            "The court directed the state to pay Rs 7 lakh to the victim, and the accused to pay "
            "Rs 1 lakh as compensation.",
            100_000,
            "compensation",
            "accused",
            "an order to pay ₹1 lakh as compensation",
        ),
        # the accused named by occupation or by age, not an institution
        (
            "The court directed the teacher to pay Rs 50,000 as compensation to the victim.",
            50_000,
            "compensation",
            "accused",
            "an order to pay ₹50,000 as compensation",
        ),
        (
            "The court directed the 24-year-old to pay Rs 50,000 as compensation to the victim.",
            50_000,
            "compensation",
            "accused",
            "an order to pay ₹50,000 as compensation",
        ),
        # … the one convicted, whatever else is said of him; the State by its name (review
        # 2026-12-30d M2)
        (
            "The court directed the convict father to pay Rs 50,000 as compensation to the girl.",
            50_000,
            "compensation",
            "accused",
            "an order to pay ₹50,000 as compensation",
        ),
        (
            "The court directed the State of Maharashtra to pay Rs 3 lakh as compensation to the "
            "girl.",
            300_000,
            "compensation",
            "state",
            "compensation of ₹3 lakh, paid by the State",
        ),
        # … an institution's word before the accused's own (review 2026-12-30c M2)
        (
            "The court directed the school van driver to pay Rs 50,000 as compensation to the "
            "victim.",
            50_000,
            "compensation",
            "accused",
            "an order to pay ₹50,000 as compensation",
        ),
    ],
)
def test_a_payment_a_court_orders_is_read_and_never_compared(
    catalog: Catalog, text: str, payment: int, kind: str, payer: str | None, claims: str
) -> None:
    """Compensation a court orders (the accused's under CrPC s.357(3); the State's under POCSO
    s.33(8) with the POCSO Rules, 2020, r.9, and CrPC s.357A), or a sum to a fund set as the
    condition of quashing, is an order passed, not a fine: read into ``payment_inr`` with its
    payer where the text names one, and never compared with a provision (dev misses: Kathua,
    Palwal, the Army Welfare Fund)."""
    text += " The case was registered under Section 67B of the IT Act."
    (stated,) = [s for s in _stated(catalog, text) if s.payment_inr is not None]
    assert (stated.payment_inr, stated.payment, stated.payer, stated.imposed) == (
        payment,
        kind,
        payer,
        True,
    )
    assert stated.claims == claims
    assert stated.fine_max_inr is None
    assert stated.differs is None


@pytest.mark.parametrize(
    "text",
    [
        # another payer told to pay (review 2026-12-28a M1)
        "The court directed the police to pay Rs 25,000 as compensation to the victim for "
        "illegal detention.",
        "The court directed Meta to pay Rs 1 lakh as compensation to the girl.",
        "The court ordered the bank to pay Rs 50,000 as compensation to the complainant.",
        "The court directed the school to pay Rs 50,000 as compensation to the victim.",
        # another's relative, an institution's officer (review 2026-12-30a H4, M1)
        "The High Court directed the complainant's brother to pay Rs 25,000 as compensation to "
        "the teacher for the false complaint.",
        "The Juvenile Justice Board directed the boy's father to pay Rs 25,000 as compensation to "
        "the girl.",
        "The Juvenile Justice Board directed the 17-year-old boy's parents to pay Rs 50,000 as "
        "compensation.",
        "The High Court directed the school principal to pay Rs 5 lakh as compensation to the "
        "girl's parents for failing to report the abuse.",
        # one who is no accused, a civil case's party (review 2026-12-30c H6, M2)
        "The High Court quashed the FIR and directed the complainant woman to pay Rs 25,000 as "
        "compensation to the teacher.",
        "The court directed the husband to pay Rs 5 lakh as compensation to the wife under the "
        "Domestic Violence Act.",
        # an age that is no head (review 2026-12-30d H11)
        "The court directed the 38-year-old husband to pay Rs 5 lakh as compensation to the wife.",
        # sought, refused, proposed, paid already, set aside, to an accused acquitted, a bail
        # condition, extortion into a "fund" (review 2026-12-28a M3, M4)
        "The victim's family sought Rs 10 lakh as compensation from the court.",
        "The court refused to award Rs 5 lakh compensation to the complainant.",
        "The court did not award Rs 5 lakh compensation to the complainant.",
        "The court may award Rs 10 lakh as compensation.",
        "The victim's counsel argued that the court should award Rs 10 lakh as compensation.",
        "The court was told he paid Rs 2 lakh as compensation to the victim's family.",
        "The court quashed the FIR after the accused agreed to pay Rs 5 lakh as compensation.",
        "The High Court set aside the trial court's direction to pay Rs 1 lakh as compensation.",
        "The High Court acquitted him and awarded him Rs 5 lakh compensation for wrongful "
        "incarceration.",
        "The court granted him bail and asked him to deposit Rs 25,000 in the Advocates "
        "Welfare Fund.",
        "The court was told the accused threatened to leak the videos unless she paid Rs "
        "50,000 into his PM relief fund.",
        # no court: a settlement
        "The accused paid Rs 2 lakh as compensation to settle the case, police said.",
        "The victim can claim compensation of Rs 3 lakh under the scheme.",
        # a fine paid over as compensation is the fine, read once (review 2026-12-28a M5)
        "The court ordered him to pay a fine of Rs 20,000 as compensation to the victim.",
        # another payer in the passive, an award by the executive, a civil court's order
        # (review 2026-12-28b H4, M4)
        "The court convicted him. The bank was ordered to pay Rs 50,000 as compensation.",
        "The court sentenced him to life. His family has been asked to pay Rs 5 lakh as "
        "compensation by the panchayat.",
        "The court sentenced him to 10 years. The Women and Child Development department "
        "awarded Rs 2 lakh compensation to the girl.",
        "The court sentenced him to 10 years, and the Chief Minister also awarded Rs 4 lakh "
        "compensation to the family.",
        "The court sentenced him to 10 years. The victim has been granted Rs 4 lakh as "
        "compensation.",
        "The accused, who was ordered by a civil court in 2019 to pay Rs 5 lakh as compensation "
        "to a neighbour, was convicted on Monday.",
        # compensation awarded to the accused himself (final self-review)
        "The court awarded Rs 10 lakh as compensation to the accused for his detention.",
        # the executive, whatever court it cites (review 2026-12-28d M)
        "The court sentenced him to 20 years. The state government, citing the court's order, "
        "awarded Rs 4 lakh compensation.",
        # … or acting on a court's directions; a Commission's "it" after it names the court's
        # verdict (review 2026-12-28f M3, M4)
        "The state government, acting on the High Court directions, awarded Rs 5 lakh "
        "compensation to the girl.",
        "The NCPCR welcomed the court's verdict. Further, it directed the state government to "
        "pay Rs 5 lakh compensation to the girl.",
        # the court told, not ordering (review 2026-12-29a M4)
        "The state government informed the High Court that it had awarded Rs 5 lakh "
        "compensation to the victim's family.",
        # a court as a place, the executive awarding after it (review 2026-12-29b M5)
        "Police said the accused was produced before a court and the state government awarded "
        "Rs 1 lakh compensation to the victim's family.",
    ],
)
def test_a_payment_not_ordered_is_none(catalog: Catalog, text: str) -> None:
    assert all(s.payment_inr is None for s in _stated(catalog, text))


@pytest.mark.parametrize(
    ("text", "default"),
    [
        (
            "The court sentenced him to three years' rigorous imprisonment and a fine of Rs "
            "10,000. If he fails to pay the fine, he will have to undergo three additional "
            "months in jail.",
            "imprisonment for 3 months in default of paying the fine",
        ),
        (
            "He was sentenced to 20 years in jail and fined Rs 25,000. Failing which, he will "
            "spend six more months in jail.",
            "imprisonment for 6 months in default of paying the fine",
        ),
        (
            "He was fined Rs 20,000. In case of non-payment, he will undergo two months more "
            "in jail, the court said.",
            "imprisonment for 2 months in default of paying the fine",
        ),
        # "given" a term in default (review 2026-12-29c M6)
        (
            "The court sentenced him to three years and fined him Rs 20,000. He was given six "
            "months' simple imprisonment in default of payment of fine.",
            "simple imprisonment for 6 months in default of paying the fine",
        ),
        # the words of default right after the term (dev)
        (
            "The court sentenced him to three years and fined him Rs 20,000. He will undergo six "
            "months' imprisonment if he fails to pay the fine.",
            "imprisonment for 6 months in default of paying the fine",
        ),
    ],
)
def test_a_term_in_default_of_the_fine_in_reporters_words(
    catalog: Catalog, text: str, default: str
) -> None:
    """ "If he fails to pay the fine", "failing which", "in case of non-payment": a term a court
    orders in default of the fine (IPC s.64; BNS s.8), however many words it is added with
    ("three additional months"), shown as such and compared with no provision."""
    read = _stated(catalog, text + " He was booked under Section 67B of the IT Act.")
    defaults = [s for s in read if s.in_default]
    assert [(s.claims, s.imposed, s.differs) for s in defaults] == [(default, True, None)]


@pytest.mark.parametrize(
    "text",
    [
        # a payment not of the fine, a cause, a sentencing word between: the sentence's own term
        # (review 2026-12-28a H2)
        "Victims who cannot pay are lured, and the ring leader got 10 years in jail under "
        "Section 67B of the IT Act.",
        "The accused, who did not pay the victim, was sentenced to 3 years rigorous "
        "imprisonment under Section 67B of the IT Act.",
        "Because he failed to deposit the amount, he was sentenced to seven years in prison "
        "under Section 67B of the IT Act.",
        # the words of default after a term the sentencing word opens, or after "and"
        "He was sentenced to five years' rigorous imprisonment in default of payment of fine "
        "under Section 67B of the IT Act.",
        "The court sentenced him to three years under Section 67B of the IT Act, and if he fails "
        "to pay the fine he will serve more time.",
        # "got" opens the term (review 2026-12-29b L1)
        "The convict, a 28-year-old driver, got five years' imprisonment in default of payment "
        "of the fine amount under Section 67B of the IT Act.",
    ],
)
def test_a_sentence_s_own_term_is_not_in_default(catalog: Catalog, text: str) -> None:
    (stated,) = _stated(catalog, text, D(2022, 1, 1))
    assert (stated.imposed, stated.in_default) == (True, False)
    assert stated.claims.startswith("a sentence of")


@pytest.mark.parametrize(
    "text",
    [
        # the law, a prospect, a threat reported: no term a court ordered (review 2026-12-28a H3)
        "A man who fails to pay maintenance can be jailed for one month under Section 125 CrPC.",
        "If he fails to pay, he could face one year in jail.",
        "Anyone who fails to pay the fine may get six more months in jail, the lawyer said.",
        "Sextortionists told the victim that if he failed to pay, he would be jailed for 7 years "
        "under Section 67B of the IT Act.",
        "Fraudsters posing as CBI officers told the victim to pay Rs 50,000, failing which he "
        "would be arrested and jailed for 10 years under Section 67B of the IT Act.",
        "The judge explained that in default of payment of a fine, a convict must serve six "
        "months in jail.",
        # a prospect before two verbs joined: "would be arrested and jailed" (review
        # 2026-12-28b H3)
        "The caller claimed that if she failed to pay, she would be arrested and jailed for "
        "three years.",
        # a scam's threat of a term under a section (review 2026-12-28c H3)
        "The fraudsters said that unless he paid Rs 2 lakh, he would be jailed for 10 years "
        "under Section 67B of the IT Act.",
        "The fake police officer warned that he would be jailed for 10 years under Section 67B "
        "of the IT Act if he did not pay Rs 50,000.",
        # … a fine threatened beside it, and a threat with no condition (review 2026-12-28d H1)
        "The caller said that he would be jailed for 10 years and fined Rs 25 lakh under "
        "Section 67B of the IT Act.",
        "A woman posing as a CBI officer told him he would be jailed for 10 years under Section "
        "67B of the IT Act.",
        # the speaker after "told by", "threatened him with", no modal, anyone's paid condition
        # (review 2026-12-28e H1)
        "He was told by the fraudsters that he would be jailed for 10 years under Section 67B of "
        "the IT Act.",
        "The callers, posing as CBI officers, threatened him with 10 years' imprisonment under "
        "Section 67B of the IT Act.",
        "The fraudster warned that he faces 10 years in jail under Section 67B of the IT Act "
        "unless he paid.",
        "The accused told the victim that unless she paid Rs 50,000, she would be jailed for 10 "
        "years under Section 67B of the IT Act.",
        # a court named in the scam, the law's words beside it, an extortionist, "threatened to
        # jail" (review 2026-12-28f H1 to H3)
        "The fraudsters, posing as Supreme Court officials, said he would be jailed for 10 years "
        "under Section 67B of the IT Act.",
        "The callers said he would be jailed for 10 years under Section 67B of the IT Act, which "
        "is punishable with up to seven years.",
        "The extortionist told the victim he would be jailed for 10 years under Section 67B of "
        "the IT Act.",
        "The fraudsters threatened to jail him for 10 years under Section 67B of the IT Act.",
        "The fraudsters told him the offence carries 10 years in jail under Section 67B of the "
        "IT Act.",
        # one who claims to be an official, one who phones (review 2026-12-28f)
        "A man called him claiming to be a police officer and said he would be jailed for 10 "
        "years under Section 67B of the IT Act.",
        "Pretending to be a CBI officer, the accused told the victim he would be jailed for 10 "
        "years under Section 67B of the IT Act.",
        "Someone called him and said that he would get 10 years in jail under Section 67B of the "
        "IT Act for watching porn.",
        # … in Hindi and Marathi, by the words of [analysis.devanagari] (review 2026-12-28f H3)
        "ठगों ने उससे कहा कि आईटी एक्ट की धारा 67बी के तहत उसे 10 साल की जेल होगी।",
        "साइबर ठगों ने खुद को सीबीआई अधिकारी बताकर धमकी दी कि आईटी एक्ट की धारा 67बी के तहत 20 साल "
        "की सजा होगी।",
        "भामट्यांनी त्याला सांगितले की आयटी कायद्याच्या कलम 67बी अंतर्गत 10 वर्षांची शिक्षा होईल.",
        # … other speakers, a threat word after the term (review 2026-12-29a H3)
        "साइबर अपराधियों ने खुद को सीबीआई अधिकारी बताकर कहा कि आईटी एक्ट की धारा 67बी के तहत 10"
        " साल "
        "की जेल होगी।",
        "ठगों ने आईटी एक्ट की धारा 67बी के तहत 10 साल की जेल का डर दिखाकर 2 लाख रुपये ऐंठ लिए।",
        "सायबर गुन्हेगारांनी त्याला सांगितले की आयटी कायद्याच्या कलम 67बी अंतर्गत 10 वर्षांची शिक्षा होईल.",
        # a gang of them, one posing as an official, one who phones; and English cyber
        # criminals, scamsters, a digital arrest, one who said he was from the police (review
        # 2026-12-29b H2, H3)
        "साइबर ठगों के गिरोह ने छात्र से कहा कि आईटी एक्ट की धारा 67बी में 10 साल की जेल होगी।",
        "आरोपियों ने खुद को पुलिस अधिकारी बताकर कहा कि आईटी एक्ट की धारा 67बी के तहत 10 साल की जेल होगी।",
        "फोन करने वाले ने खुद को पुलिस अधिकारी बताकर कहा कि आईटी एक्ट की धारा 67बी के तहत 10 साल"
        " की "
        "जेल होगी।",
        "Cyber criminals told the student he would get 10 years in prison under Section 67B of the "
        "IT Act.",
        "Scamsters told the student he would be jailed for 10 years under Section 67B of the IT "
        "Act.",
        "In a 'digital arrest' scam, the student was told he would be jailed for 10 years under "
        "Section 67B of the IT Act.",
        "The victim received a call from a man who said he was from the Delhi Police and that he "
        "would be jailed for 10 years under Section 67B of the IT Act.",
        # a threat the police report, one dressed as or introduced as an official, a gang
        # (review 2026-12-29c H1, H2)
        "Police said the fraudsters, posing as CBI officers, told the student he would be jailed "
        "for 10 years under Section 67B of the IT Act unless he paid Rs 5 lakh.",
        "Police said the caller threatened him with 10 years in jail under Section 67B of the IT "
        "Act.",
        "The police officer said the blackmailer threatened to get her jailed for 10 years under "
        "Section 67B of the IT Act if she did not pay.",
        "Men dressed as police officers on a video call told the victim he would be jailed for 10 "
        "years under Section 67B of the IT Act.",
        "A man who introduced himself as a Mumbai Police inspector told the victim he would be "
        "jailed for 10 years under Section 67B of the IT Act.",
        "The gang told the victim he would face 10 years in jail under Section 67B of the IT Act.",
        # a court's sentence inside the scam's words, a police uniform, one who identified herself
        # as an official, the scam's people as the agent after the word (review 2026-12-29d H1,
        # H4)
        "The scammers claimed a court had sentenced him to 10 years under Section 67B of the IT "
        "Act.",
        "The fraudsters told the victim he was being sentenced to 10 years under Section 67B of "
        "the IT Act and asked him to pay Rs 3 lakh.",
        "A man in a police uniform told him on a video call that he would be jailed for 10 years "
        "under Section 67B of the IT Act unless he paid Rs 2 lakh.",
        "A woman who identified herself as a Delhi Police inspector told the student he would "
        "face 10 years in jail under Section 67B of the IT Act unless he paid Rs 1 lakh.",
        "Police said the student was told by the fraudsters that he would be jailed for 10 years "
        "under Section 67B of the IT Act.",
        "एक व्यक्ति ने खुद को मुंबई के अंधेरी थाने का इंस्पेक्टर बताकर कहा कि आईटी एक्ट की धारा"
        " 67बी के "
        "तहत 10 साल की जेल होगी।",
        # a relative clause of the scam's people; an official's title with a student in it
        # (review 2026-12-29e H1, H2)
        "Police said the fraudsters, who had posed as CBI officers, told the victim he would be "
        "jailed for 10 years under Section 67B of the IT Act.",
        "एक व्यक्ति ने खुद को छात्र कल्याण अधिकारी बताकर कहा कि आईटी एक्ट की धारा 67बी के तहत 10"
        " साल की "
        "जेल होगी।",
        # a sentence the scam's people pass themselves, with no word reporting it (review
        # 2026-12-29e H3)
        "The fake judge sentenced him to ten years in jail under Section 67B of the IT Act and "
        "demanded Rs 5 lakh to settle the case.",
        "Posing as a judge on a video call, the accused sentenced the student to ten years under "
        "Section 67B of the IT Act unless he paid Rs 2 lakh.",
        "The fake judge, a man in a black robe, sentenced him to ten years under Section 67B of "
        "the IT Act.",
        # … and a court's sentence told inside their words, past an aside about the one told
        # (review 2026-12-29e H4)
        "The fraudsters told the victim, a retired teacher, that the court had sentenced her to "
        "ten years under Section 67B of the IT Act for watching child pornography.",
        # … one posing as a judge, an impostor dressed as one, a fake court and where it sat,
        # two asides, a long aside, a long description of the one told (review 2026-12-30a H3)
        "A man posing as a judge sentenced the victim to 10 years under Section 67B of the IT Act "
        "during the video call.",
        "The impostor, dressed as a judge, sentenced her to ten years under Section 67B of the IT "
        "Act.",
        "The fake court on the video call convicted the victim and sentenced him to ten years "
        "under Section 67B of the IT Act.",
        "The fraudsters told the victim, a retired teacher, on a video call, that the court had "
        "sentenced her to ten years under Section 67B of the IT Act.",
        "The fraudsters told the victim, a 72-year-old retired government school teacher living "
        "alone in Pune, that the court had sentenced her to ten years under Section 67B of the IT "
        "Act.",
        "The fraudsters told the 72-year-old retired government school teacher from Pune, who "
        "lived alone, that the court had sentenced her to ten years under Section 67B of the IT "
        "Act.",
        # the scam's people acting on others before they speak; a possessive scam word; a judge
        # in a fake hearing, one impersonated, a fake one described (review 2026-12-30c H2, H7)
        "The fraudsters called the victim's son and told him that a court had sentenced his "
        "father to ten years under Section 67B of the IT Act.",
        "The fraudsters threatened the victim and her husband and told them that a court had "
        "sentenced them to ten years under Section 67B of the IT Act.",
        "The gang's members told the victim that a court had sentenced her to ten years under "
        "Section 67B of the IT Act.",
        "During the fake hearing, the judge sentenced her to ten years under Section 67B of the "
        "IT Act.",
        "A person impersonating the Chief Justice sentenced her to ten years under Section 67B of "
        "the IT Act.",
        "A fake judge who was wearing a robe sentenced her to ten years under Section 67B of the "
        "IT Act.",
    ],
)
def test_a_term_in_default_said_of_no_order_is_not_imposed(catalog: Catalog, text: str) -> None:
    """No sentence, and nothing compared: a term in default said of no court's order is worded
    as one in default, and a threat reported is compared with nothing and says why (reviews
    2026-12-28b H3 to 28f H3)."""
    stated = _stated(catalog, text, D(2022, 3, 3))
    assert not any(s.imposed for s in stated)
    assert all(s.differs is None for s in stated)
    if ("67B" in text or "67बी" in text) and "convict" not in text:
        assert stated
        assert all(s.in_default or s.not_compared for s in stated)


@pytest.mark.parametrize(
    "text",
    [
        # a court's words, though they name a threat: its terms stand (review 2026-12-28e M2)
        "The court, which found that the accused had threatened the girl, said he shall undergo "
        "rigorous imprisonment for 5 years and pay a fine of Rs 10,000 under Section 67B of the "
        "IT Act.",
        "The judge told the convict, who had threatened the victim's family, that he would "
        "spend 20 years in jail under Section 6 of the POCSO Act.",
        # the law said of fraudsters
        "Police said the fraudsters would be jailed for up to 7 years if convicted under Section "
        "67B of the IT Act.",
    ],
)
def test_a_term_beside_a_threat_named_is_still_read(catalog: Catalog, text: str) -> None:
    assert any(s.max_months for s in _stated(catalog, text))


@pytest.mark.parametrize(
    "text",
    [
        # a self-description that names no official; a gang rape is no scam (reviews
        # 2026-12-29c M2, 29d M2)
        "आरोपी ने खुद को नाबालिग बताया, जबकि पुलिस अधीक्षक ने कहा कि उसे आईटी एक्ट की धारा 67 के"
        " तहत 7 "
        "साल तक की सजा हो सकती है।",
        "The victim told police that she was gang-raped by three men and that the offence under "
        "Section 67 of the IT Act carries a maximum of 7 years.",
        # a fake profile, or fraudsters named not as the agent, in a report of a sentence a court
        # passed (review 2026-12-29a M1)
        "पुलिस ने बताया कि फर्जी इंस्टाग्राम आईडी से छात्रा की अश्लील फोटो वायरल करने वाले युवक को "
        "कोर्ट ने आईटी एक्ट की धारा 67 के तहत 7 साल की सजा सुनाई।",
        "अभियोजन अधिकारी ने बताया कि नकली प्रोफाइल से छात्रा को ब्लैकमेल करने वाले आरोपी को कोर्ट"
        " ने "
        "आईटी एक्ट की धारा 67 के तहत 7 साल की सजा सुनाई।",
        # one who befriended a child poses as no official; a fake ID beside the police is no
        # fake official
        "आरोपी ने दोस्त बनकर बच्ची का वीडियो बनाया। अदालत ने उसे आईटी एक्ट की धारा 67 के तहत 7 साल "
        "की सजा सुनाई।",
        "आरोपी ने फर्जी आईडी से पुलिस को गुमराह किया। अदालत ने उसे आईटी एक्ट की धारा 67 के तहत 7 "
        "साल की सजा सुनाई।",
        # a pronoun after a sentence that tells of no scam
        "आरोपी ने छात्रा का वीडियो बनाया। उसने वीडियो वायरल किया, अदालत ने उसे आईटी एक्ट की धारा "
        "67 के तहत 7 साल की सजा सुनाई।",
    ],
)
def test_a_sentence_that_tells_of_no_scam_is_compared(catalog: Catalog, text: str) -> None:
    (stated,) = _stated(catalog, text, D(2022, 3, 3))
    assert stated.not_compared is None
    assert stated.differs is not None  # IT Act s.67: up to 3 years (5 on a second conviction)


@pytest.mark.parametrize(
    "text",
    [
        # the police stating the law, a court's sentence, a victim's or a family's report, in a
        # sentence that tells of a scam: the scam's words and theirs are told alike, and six
        # review rounds found every rule that told them apart wrong both ways (reviews
        # 2026-12-29b M4 to 2026-12-30d)
        "Police said the accused, who posed as a teenager on Instagram, faces up to seven years "
        "in jail under Section 67 of the IT Act.",
        "ठगों ने छात्र से 2 लाख रुपये ठग लिए, पुलिस ने बताया कि आरोपियों को आईटी एक्ट की धारा 67"
        " के "
        "तहत 7 साल तक की सजा हो सकती है।",
        "In digital arrest cases, police said the accused face up to 10 years in jail under "
        "Section 67 of the IT Act.",
        "In the fake digital arrest case, police said the accused face up to 10 years under "
        "Section 67 of the IT Act.",
        "Police said the gang had been busted and told reporters the accused face up to 10 years "
        "under Section 67 of the IT Act.",
        "The victim's family said the court had sentenced the fraudsters to 10 years under "
        "Section 67 of the IT Act.",
        "The crooks, who had told the victim that he was under digital arrest, were sentenced to "
        "seven years in jail under Section 67 of the IT Act.",
        "The fake CBI officer was sentenced to seven years under Section 67 of the IT Act.",
        "The court convicted the fraudsters and sentenced them to seven years under Section 67 "
        "of the IT Act.",
        "Extortionist sentenced to seven years under Section 67 of the IT Act for blackmailing a "
        "girl with fake photos.",
        "The digital arrest victim told reporters, after the verdict on Monday, that the court had "
        "sentenced the two fraudsters to seven years under Section 67 of the IT Act.",
        "Public prosecutor in the digital arrest case told reporters, on Monday, that the court "
        "had sentenced the fraudsters to seven years under Section 67 of the IT Act.",
        "The fraudsters would be jailed for 10 years if convicted under Section 67B of the IT Act.",
        # the scam's people named in the sentence before; words the lists lacked (review
        # 2026-12-30f H3)
        "The fraudsters called him. They told him he would be jailed for 10 years under Section "
        "67 of the IT Act.",
        "Swindlers told the student he would be jailed for 10 years under Section 67 of the IT "
        "Act.",
        "In a digital-arrest call, the student was told he would be jailed for 10 years under "
        "Section 67 of the IT Act.",
        "A sextortion gang targeted the student, who was told he would be jailed for 10 years "
        "under Section 67 of the IT Act.",
        # in Hindi and Marathi: one posing as an official, a fake official, a digital arrest,
        # the scam's people named in the sentence before (review 2026-12-30f H3)
        "आरोपी ने सीबीआई अधिकारी बनकर फोन किया और कहा कि उसे आईटी एक्ट की धारा 67 के तहत 10 साल की "
        "जेल होगी।",
        "फर्जी पुलिस अधिकारी ने कहा कि उसे आईटी एक्ट की धारा 67 के तहत 10 साल की जेल होगी।",
        "डिजिटल अरेस्ट के दौरान आरोपियों ने कहा कि उसे आईटी एक्ट की धारा 67 के तहत 10 साल की जेल होगी।",
        "ठगों ने उसे फोन किया। उन्होंने कहा कि उसे आईटी एक्ट की धारा 67 के तहत 10 साल की जेल होगी।",
        "तोतया पोलीस अधिकाऱ्याने सांगितले की माहिती तंत्रज्ञान कायद्याच्या कलम 67 नुसार 10"
        " वर्षांचा "
        "तुरुंगवास होईल.",
    ],
)
def test_a_sentence_that_tells_of_a_scam_is_compared_with_nothing(
    catalog: Catalog, text: str
) -> None:
    """A wrong comparison is worse than none: in a sentence that tells of a scam (its people,
    one posing as an official, a fake court), nothing is compared, and the reason is shown."""
    stated = _stated(catalog, text, D(2022, 3, 3))
    assert stated
    for one in stated:
        assert one.differs is None
        assert one.not_compared is not None
        assert "tells of a scam" in one.not_compared


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # beside a payment or a fine in one sentence, the term in default is worded, not lost
        # (review 2026-12-28a M6, M8)
        (
            "The court convicted him under Section 67B of the IT Act and directed him to pay Rs 5 "
            "lakh as compensation to the victim and in default to undergo one year simple "
            "imprisonment.",
            "an order to pay ₹5 lakh as compensation; simple imprisonment for 1 year in default "
            "of payment",
        ),
        (
            "The court convicted him under Section 14(1) of the POCSO Act and ordered him to pay "
            "Rs 5 lakh as compensation or face six months in jail.",
            "an order to pay ₹5 lakh as compensation; imprisonment for 6 months in default of "
            "payment",
        ),
        (
            "He was fined Rs 10,000, failing which he will undergo one year in jail.",
            "a fine of ₹10,000; imprisonment for 1 year in default of payment",
        ),
        # "jailed" is the term in default's own wording, and the judgment's "in default of
        # payment of the fine amount" (review 2026-12-28b H3, M6)
        (
            "The court sentenced him to five years under Section 14(1) of the POCSO Act and fined "
            "him Rs 5,000, failing which he will be jailed for six more months.",
            "a sentence of imprisonment for 5 years; a fine of ₹5,000; imprisonment for 6 months "
            "in default of payment",
        ),
        (
            "He was sentenced to 5 years rigorous imprisonment under Section 14(1) of the POCSO "
            "Act and a fine of Rs 5,000, and in default of payment of the fine amount, he shall "
            "undergo further rigorous imprisonment for one year.",
            "a sentence of rigorous imprisonment for 5 years; a fine of ₹5,000; rigorous "
            "imprisonment for 1 year in default of payment",
        ),
        (
            "The court fined him Rs 10,000 or face one more year in jail.",
            "a fine of ₹10,000; imprisonment for 1 year in default of payment",
        ),
    ],
)
def test_a_term_in_default_beside_what_is_to_be_paid(
    catalog: Catalog, text: str, claims: str
) -> None:
    (stated,) = _stated(catalog, text)
    assert (stated.claims, stated.imposed, stated.differs) == (claims, True, None)


def test_a_term_added_with_no_default_is_still_no_statement(catalog: Catalog) -> None:
    """ "Three additional months" with no fine unpaid is a term added in another case, not a
    statement of its own (review 2026-12-20a M3)."""
    text = "The court added three additional months in jail for contempt."
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He works for an NGO engaged in community service in the district.",
        "The new BNS introduces community service as a punishment for petty offences.",
    ],
)
def test_community_service_named_in_passing_is_no_punishment_stated(
    catalog: Catalog, text: str
) -> None:
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # denied, supposed, said of courts in general (review 2026-12-12a M3)
        "The court never sentenced the accused to death.",
        "No court has so far sentenced any person to death under the POCSO Act.",
        "If the court had sentenced the accused to death, the High Court would have to confirm it.",
        "Courts in India have sentenced child rapists to death only rarely.",
        "The court never sentenced the accused to ten years in jail.",
        "No person has been sentenced to death under Section 6 so far.",
        "The court sentenced nobody to death.",
    ],
)
def test_a_sentence_denied_or_supposed_is_not_passed(catalog: Catalog, text: str) -> None:
    assert not any(s.imposed for s in _stated(catalog, text))


def test_death_commuted_to_life_is_two_sentences(catalog: Catalog) -> None:
    """No one holds death and life at once (review 2026-12-12a M4); the law's "death or life
    imprisonment" stays one statement."""
    text = "The court sentenced the accused to death and the co-accused to life imprisonment."
    stated = _stated(catalog, text)
    assert [(s.death, s.life) for s in stated] == [(True, False), (False, True)]
    (law,) = _stated(catalog, "Aggravated assault is punishable with death or life imprisonment.")
    assert (law.death, law.life) == (True, True)


@pytest.mark.parametrize(
    "text",
    [
        # names ending in "-ed", "accused" before a name, "the remaining accused" (review 12b H4)
        "The court sentenced Mohammed Rafiq to death.",
        "The court sentenced Syed Ahmed and Javed to death.",
        "The court sentenced accused Ravi Kumar to death.",
        "The court sentenced the remaining accused to death.",
        # a title; a list's last name after a serial comma (review 2026-12-12c)
        "The court sentenced Prof. Sharma to death.",
        "The court sentenced Ram, Shyam, and Mohan to death.",
    ],
)
def test_persons_with_ed_names_are_sentenced(catalog: Catalog, text: str) -> None:
    (stated,) = _stated(catalog, text)
    assert (stated.death, stated.imposed) == (True, True)


@pytest.mark.parametrize(
    "text",
    [
        # a short name's full stop, a line, a new clause (review 2026-12-12b H5, H6)
        "The POCSO court sentenced Raju. A mob beat a thief to death.",
        "Tutor sentenced\nMan beaten to death",
        "The court sentenced Ram, and a mob beat Shyam to death.",
    ],
)
def test_no_death_sentence_across_a_stop_a_line_or_a_new_clause(
    catalog: Catalog, text: str
) -> None:
    assert not any(s.death for s in _stated(catalog, text))


def test_both_courts_that_sentenced_passed_the_sentence(catalog: Catalog) -> None:
    """Review 2026-12-12b M3: "both the courts" are these courts, not courts in general."""
    (stated,) = _stated(catalog, "Both the courts have sentenced the accused to life.")
    assert stated.imposed


@pytest.mark.parametrize(
    "text",
    [
        "He performs community service as a volunteer with an NGO in the district.",
        "The police organised a community service awareness programme for students.",
        "ऐसे मामलों में सामुदायिक सेवा करने का आदेश दिया जा सकता है।",
    ],
)
def test_community_service_not_ordered_is_no_punishment(catalog: Catalog, text: str) -> None:
    """Review 2026-12-12b M4."""
    assert _stated(catalog, text) == []


def test_a_term_of_community_service_is_no_imprisonment(catalog: Catalog) -> None:
    """Review 2026-12-12b M5: "one month of community service" is the service's term."""
    (stated,) = _stated(catalog, "The court sentenced him to one month of community service.")
    assert (stated.community_service, stated.max_months) == (True, None)


def test_a_sentence_split_from_another_takes_only_its_own_provision(catalog: Catalog) -> None:
    """Review 2026-12-12b M9: s.67B after the life term is the life term's, not the death
    sentence's, and the death sentence is said to differ from nothing."""
    text = (
        "The court awarded him death sentence for the murder and life imprisonment under "
        "Section 67B of the IT Act."
    )
    death, life = _stated(catalog, text)
    assert (death.death, death.provision, death.differs) == (True, None, None)
    assert (life.life, life.provision) == (True, "it-act-2000/s67B")


@pytest.mark.parametrize(
    "text",
    [
        # review 2026-12-12c H4, H5, H7, H10
        "The courts have rarely sentenced offenders to death.",
        "The court sentenced him to jail instead of community service.",
        "POCSO Convict Sentenced Last Year Stabbed To Death In Tihar Jail",
        "The judge sentenced the accused and a mob beat a thief to death.",
    ],
)
def test_no_sentence_is_passed_in_general_refused_or_in_a_headline_s_verb(
    catalog: Catalog, text: str
) -> None:
    assert not any(s.imposed and (s.death or s.community_service) for s in _stated(catalog, text))


def test_three_sentences_in_one_clause_are_three(catalog: Catalog) -> None:
    """Review 2026-12-12c H6: death, commuted to life, restored."""
    text = (
        "The trial court sentenced him to death, which the High Court commuted to life "
        "imprisonment, but the Supreme Court restored the death sentence."
    )
    stated = _stated(catalog, text)
    assert [(s.death, s.life, s.imposed) for s in stated] == [
        (True, False, True),
        (False, True, True),
        (True, False, True),
    ]


def test_community_service_under_a_provision_is_not_said_to_differ(catalog: Catalog) -> None:
    """IT Act s.67B provides imprisonment and a fine, no community service: an order of it
    under that section is read, given its provision, and never said to differ (the law does
    not speak to it)."""
    text = (
        "The Juvenile Justice Board ordered the boy to do community service for 15 days under "
        "Section 67B of the IT Act."
    )
    (stated,) = _stated(catalog, text)
    assert (stated.community_service, stated.provision, stated.differs) == (
        True,
        "it-act-2000/s67B",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        # a refusal or "instead of" that governs something else (review 2026-12-13a H1)
        "Instead of jail, he was sentenced to community service for 30 days.",
        "The court did not send him to jail but ordered community service for 30 days.",
        "The court let him off without jail and ordered community service for 30 days.",
        "The court sentenced the first-time offender with no prior record to community service "
        "for 30 days.",
        "The court, noting he was not a habitual offender, ordered community service for a month.",
    ],
)
def test_community_service_ordered_after_other_negations_is_read(
    catalog: Catalog, text: str
) -> None:
    assert [(p.community_service, p.imposed) for p in _stated(catalog, text)] == [(True, True)]


@pytest.mark.parametrize(
    "text",
    [
        "The court refused his plea for community service and sentenced him to two years.",
        "The court rejected community service and sentenced him to two years.",
        "The court sentenced him to two years in jail instead of community service.",
    ],
)
def test_community_service_refused_is_no_order(catalog: Catalog, text: str) -> None:
    assert not any(p.community_service for p in _stated(catalog, text))


@pytest.mark.parametrize(
    "text",
    [
        # a noun phrase with a preposition's own determiner (review 2026-12-13a H2)
        "The court sentenced the father and the uncle of the girl to death for the rape.",
        "The court sentenced the stepfather and the maternal uncle of the victim to death.",
        "The court sentenced Ram and his friend from the village to death.",
        # names in a title-case or all-caps headline, and in a sentence with a capital word
        # (review 2026-12-13a M1)
        "Mumbai Court Sentenced Javed Shaikh To Death For Raping Minor",
        "COURT SENTENCED MOHAMMED AZAM TO DEATH FOR RAPE OF MINOR",
        "In 2019, the Special Court Sentenced Javed to death for the rape of a minor.",
    ],
)
def test_death_passed_on_plain_persons_is_read(catalog: Catalog, text: str) -> None:
    assert [(p.death, p.imposed) for p in _stated(catalog, text)] == [(True, True)]


@pytest.mark.parametrize(
    "text",
    [
        # a headline's "-ed" verbs, at its start too, and its clause words in capitals (review
        # 2026-12-13a M1, M2)
        "Sentenced Tutor Stabbed To Death In Jail",
        "Court Sentenced Tutor, But Mob Beat Thief To Death",
        "Court Sentenced Ravi, But Mob Beat His Brother To Death",
        "The judge sentenced the accused and a mob beat a thief to death.",
    ],
)
def test_a_killing_after_sentenced_is_no_death_sentence(catalog: Catalog, text: str) -> None:
    assert not any(p.death and p.imposed for p in _stated(catalog, text))


@pytest.mark.parametrize(
    "text",
    [
        # the law upheld, not a sentence (review 2026-12-13a H3)
        "The Supreme Court on Tuesday upheld the death penalty provision for aggravated "
        "penetrative sexual assault on children.",
        "The Supreme Court has upheld the constitutional validity of the death penalty provided "
        "under Section 6 of the POCSO Act.",
        "The Supreme Court upheld the amendment that introduced death penalty for the rape of "
        "girls below 12 years.",
    ],
)
def test_a_penalty_of_the_law_upheld_is_no_sentence_passed(catalog: Catalog, text: str) -> None:
    stated = _stated(catalog, text)
    assert stated
    assert not any(p.imposed for p in stated)


@pytest.mark.parametrize(
    "text",
    [
        "The High Court upheld the death sentence awarded to the accused.",
        "The High Court restored the conviction and the sentence of seven years' imprisonment "
        "awarded by the trial court.",
    ],
)
def test_a_sentence_upheld_or_restored_is_passed(catalog: Catalog, text: str) -> None:
    assert [p.imposed for p in _stated(catalog, text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        # review 2026-12-13b H6: a term upheld or confirmed on appeal
        "The High Court upheld the life imprisonment awarded to the accused by the special court.",
        "The High Court upheld the 20-year jail term awarded to the tutor.",
        "The Supreme Court confirmed the death penalty awarded to the accused for the rape.",
        # H8: a lower-case "sentenced" after a judge's title and name
        "On Tuesday, Additional Sessions Judge Rajesh Kumar Gupta of the Special POCSO Court, "
        "Lucknow, sentenced Mohammed Naved to death.",
    ],
)
def test_the_thirteenth_b_review_s_sentences_passed(catalog: Catalog, text: str) -> None:
    stated = _stated(catalog, text)
    assert stated
    assert all(p.imposed for p in stated)


@pytest.mark.parametrize(
    "text",
    [
        # review 2026-12-13b H7: refusals with words between
        "The court sentenced him to three years, refusing to order him to do community service.",
        "The court sentenced him to three years, rejecting pleas for community service.",
        "The court sentenced him to three years instead of the community service sought by the "
        "defence.",
        "The court sentenced him to two years in jail and not to community service.",
    ],
)
def test_the_thirteenth_b_review_s_refused_service(catalog: Catalog, text: str) -> None:
    assert not any(p.community_service for p in _stated(catalog, text))


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a term said with its bound after it (batch dev-43)
        ("POCSO Section 14 has a mandatory 5-year minimum for using a child for pornographic "
         "purposes.", "imprisonment of at least 5 years"),
        ("BNS Section 294 carries a 2-year maximum for a first conviction.",
         "imprisonment up to 2 years, on a first conviction"),
    ],
)  # fmt: skip
def test_a_term_said_with_its_bound_is_read(catalog: Catalog, text: str, claims: str) -> None:
    assert [p.claims for p in _stated(catalog, text)] == [claims]


@pytest.mark.parametrize(
    "text",
    [
        "The investigation must be completed within a maximum of two months, the court said.",
        # review 2026-12-13d H4
        "The app has a 13-year minimum age for users.",
        "The accused had been abusing the girls for a minimum of 3 years, police said.",
    ],
)
def test_a_time_limit_with_a_bound_is_no_punishment(catalog: Catalog, text: str) -> None:
    assert _stated(catalog, text) == []


def test_a_maximum_after_a_sentence_passed_leaves_it_passed(catalog: Catalog) -> None:
    """Review 2026-12-13d H3."""
    text = (
        "The court sentenced him to five years in jail for sharing the videos, against a maximum "
        "of seven years."
    )
    assert any(p.imposed and p.max_months == 60 for p in _stated(catalog, text))


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The offence carries a seven-year maximum in prison.", "imprisonment up to 7 years"),
        ("He faces a 10-year minimum in prison if convicted.",
         "imprisonment of at least 10 years"),
        ("The offence carries a five-year maximum under Section 67B of the IT Act.",
         "imprisonment up to 5 years"),
        ("Offenders face a 5-year minimum under the amended law.",
         "imprisonment of at least 5 years"),
    ],
)  # fmt: skip
def test_a_bound_after_a_term_is_its_limit_whatever_follows(
    catalog: Catalog, text: str, claims: str
) -> None:
    """Review 2026-12-14e H4: "a seven-year maximum in prison" had been read as exactly seven
    years, and "a five-year maximum under Section 67B" not at all."""
    assert [p.claims for p in _stated(catalog, text)] == [claims]


@pytest.mark.parametrize(
    "text",
    [
        "Instagram has a 13-year minimum and the girl was 11.",
        "WhatsApp has a 16-year minimum for users in the European Union.",
        "The platform requires a 13-year minimum: the girl lied about her age.",
    ],
)
def test_a_bound_with_no_word_of_the_law_near_is_no_punishment(catalog: Catalog, text: str) -> None:
    """Review 2026-12-14e M1: an age limit said as "a 13-year minimum" is no term of
    imprisonment; with no punishment's word, a bound is read only near a word of the law or of
    a charge (the rows of ``test_a_bound_after_a_term_is_its_limit_whatever_follows`` are)."""
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The punishment for sharing such videos is up to five years.",
         "imprisonment up to 5 years"),
        ("The punishment for using a child for pornographic purposes under Section 14 is a "
         "minimum of five years.", "imprisonment of at least 5 years"),
        ("The punishment for spreading pornography is minimum five years.",
         "imprisonment of at least 5 years"),
    ],
)  # fmt: skip
def test_punishment_as_the_subject_of_is_reads_the_term_after_it(
    catalog: Catalog, text: str, claims: str
) -> None:
    """Review 2026-12-14e M2: "the punishment … is (a minimum of) N years" states the law's
    term, with its bound, however far the subject stands from it in its clause."""
    (stated,) = _stated(catalog, text)
    assert (stated.claims, stated.imposed) == (claims, False)


def test_a_punishment_that_was_is_no_law_said_by_is(catalog: Catalog) -> None:
    """The subject rule reads "is", not "was" (a sentence passed), and not past a ";"."""
    stated = _stated(
        catalog,
        "He was sentenced to five years; the punishment for the offence is up to seven years.",
    )
    assert [(p.claims, p.imposed) for p in stated] == [
        ("a sentence of imprisonment for 5 years", True),
        ("imprisonment up to 7 years", False),
    ]


def test_a_sentence_to_undergo_with_a_fine_in_rupees_and_slash_dash(catalog: Catalog) -> None:
    """ "convicted the accused to undergo rigorous imprisonment (RI) for 2 years … and Rs.
    15,000/- fine": a sentence passed (a court's words for it), and the fine with the "/-"
    Indian pages write after rupees."""
    (stated,) = _stated(
        catalog,
        "The court convicted the accused to undergo rigorous imprisonment (RI) for 2 years "
        "concurrently and Rs. 15,000/- fine for the offences punishable under Sections 67 and "
        "67B of the IT Act.",
    )
    assert stated.imposed
    assert stated.claims == "a sentence of rigorous imprisonment for 2 years; a fine of ₹15,000"


@pytest.mark.parametrize(
    "text",
    [
        "The POCSO Act requires trials to be completed within a one-year maximum in special "
        "courts.",
        "The app has a 13-year minimum under its terms of service, but the accused created an "
        "account for the 11-year-old.",
    ],
)
def test_a_time_allowed_or_a_platform_s_age_is_no_term(catalog: Catalog, text: str) -> None:
    """Review 2026-12-14f H7: with no punishment's word, a bound near a word of a time allowed
    or a platform's rule is no term of imprisonment."""
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # H7: an age near a law's bound is no sign against it
        ("Section 6 carries a 20-year minimum if the child is below the age of 12.",
         ["imprisonment of at least 20 years"]),
        ("The accused, aged 32, faces a 20-year minimum under Section 6.",
         ["imprisonment of at least 20 years"]),
        # H8: "punishment … is" only with no other verb or cause between
        ("The punishment under the POCSO Act is stricter because the age of consent is 18 "
         "years.", []),
        ("The punishment for such crimes is severe because the limitation period is three "
         "years.", []),
    ],
)  # fmt: skip
def test_the_fourteenth_g_review_s_punishments(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    assert [p.claims for p in _stated(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # M1: a time limit is no term
        ("The High Court fixed a 3-year maximum for completing POCSO trials.", []),
        ("The POCSO Act sets a one-year maximum for the trial to be completed.", []),
        # a trial court is no time limit (review 2026-12-15b M-f)
        ("Section 6 carries a 20-year minimum for the trial court to impose.",
         [(240.0, None, False)]),
        ("POCSO Section 14 has a mandatory 5-year minimum for using a child for pornographic "
         "purposes.", [(60.0, None, False)]),
        # M2: a bound said after a term a court passed is the term passed; a prospect's is a bound
        ("The court sentenced him to 20 years minimum imprisonment under Section 6 of the POCSO "
         "Act.", [(None, 240.0, True)]),
        ("He can be sentenced to a 20-year minimum term under Section 6 of the POCSO Act.",
         [(240.0, None, False)]),
        # a law's "imposed" or "mandates … be sentenced" is no sentence passed (review 15b H6)
        ("The amendment imposed a 20-year minimum term for aggravated penetrative sexual assault "
         "on a child.", [(240.0, None, False)]),
        ("Section 6 mandates that offenders be sentenced to a 20-year minimum term.",
         [(240.0, None, False)]),
        # a sentence passed on a person named by description (review 2026-12-15c F5)
        ("The special court awarded the 35-year-old man 20 years minimum rigorous imprisonment "
         "under Section 6 of the POCSO Act.", [(None, 240.0, True)]),
        # … and after the term; a law "gave the offence" a minimum, passed on no one (review
        # 2026-12-16a F7)
        ("The court handed down 20 years minimum rigorous imprisonment to the accused.",
         [(None, 240.0, True)]),
        ("The 2019 amendment gave the offence 20 years minimum imprisonment.",
         [(240.0, None, False)]),
        ("Parliament gave the courts 20 years minimum imprisonment as the floor for such "
         "offences.", [(240.0, None, False)]),
        # the head noun, not the first word, after "gave the"; a law-maker's "gave" (16b H2)
        ("The court gave the punishment of 20 years minimum rigorous imprisonment to the "
         "accused.", [(None, 240.0, True)]),
        ("The court gave the police constable 20 years minimum rigorous imprisonment.",
         [(None, 240.0, True)]),
        ("The 2019 amendment gave the POCSO offence 20 years minimum imprisonment.",
         [(240.0, None, False)]),
        ("The court handed down 20 years minimum rigorous imprisonment to the two accused.",
         [(None, 240.0, True)]),
        # a court's verbs joined by "and" after a law's name (16c H2)
        ("The court convicted him under Section 6 of the POCSO Act and awarded him 20 years "
         "minimum rigorous imprisonment.", [(None, 240.0, True)]),
        # a law named after "under" is no subject (16d M-a)
        ("The special court under the POCSO Act awarded the accused 20 years minimum rigorous "
         "imprisonment.", [(None, 240.0, True)]),
        # a law named after a court is the court's; a change to a law is a law-maker (17a F10)
        ("The special court for POCSO Act cases awarded the accused 20 years minimum RI.",
         [(None, 240.0, True)]),
        ("The POCSO Act court awarded the accused 20 years minimum rigorous imprisonment.",
         [(None, 240.0, True)]),
        ("The 2019 change in the POCSO Act gave 20 years minimum imprisonment to the accused in "
         "all such cases, the prosecutor said.", [(240.0, None, False)]),
        # the trial courts' own time is no term (16a M-d)
        ("The High Court set a 2-year maximum for trial courts to dispose of POCSO cases.", []),
        # M3: the law's own pairs ("publishing or transmitting"); not a demand
        ("The punishment for sharing and storing such videos is up to five years.",
         [(None, 60.0, False)]),
        ("The punishment demanded by the prosecution is 20 years.", []),
    ],
)  # fmt: skip
def test_review_15a_punishment_rows(
    catalog: Catalog, text: str, expected: list[tuple[float | None, float | None, bool]]
) -> None:
    """Review 2026-12-15a M1-M3: (min months, max months, imposed) of each statement read."""
    read = _stated(catalog, text)
    assert [(p.min_months, p.max_months, p.imposed) for p in read] == expected


@pytest.mark.parametrize(
    ("text", "tiers"),
    [
        # the two scales of IT Act s.67B, each read for its own conviction, not as one range
        (
            "Section 67B of the IT Act prescribes imprisonment of up to five years for the first "
            "offence and seven years for a repeat offence.",
            [("first", 60, None), ("subsequent", 84, None)],
        ),
        (
            "Under Section 67B of the IT Act, the punishment is a jail term of up to 5 years and a "
            "fine up to Rs 10 lakh, which may extend to 7 years for a second conviction.",
            [("first", 60, 1_000_000), ("subsequent", 84, None)],
        ),
        (
            "Under Section 67B of the IT Act, the accused faces up to five years in jail, and up "
            "to seven years in the event of a second conviction.",
            [("first", 60, None), ("subsequent", 84, None)],
        ),
        # "punishes" is a punishment word
        (
            "Section 15(3) of the POCSO Act punishes storing with three to five years, or five "
            "to seven years on a second or subsequent conviction.",
            [("first", 60, None), ("subsequent", 84, None)],
        ),
        # the statute's own order: the tier first, then its punishment
        (
            "Section 67B of the IT Act shall be punished on first conviction with imprisonment of "
            "either description for a term which may extend to five years and with fine which "
            "may extend to ten lakh rupees and in the event of second or subsequent conviction "
            "with imprisonment of either description for a term which may extend to seven years "
            "and also with fine which may extend to ten lakh rupees.",
            [("first", 60, 1_000_000), ("subsequent", 84, 1_000_000)],
        ),
        # a tier's minimum and maximum as two parts (IPC s.354C)
        (
            "Section 354C of the IPC says he shall be punished on first conviction with "
            "imprisonment of either description for a term which shall not be less than one "
            "year, but which may extend to three years, and be punished on a second or "
            "subsequent conviction, with imprisonment of either description for a term which "
            "shall not be less than three years, but which may extend to seven years.",
            [("first", 36, None), ("subsequent", 84, None)],
        ),
    ],
)
def test_a_statement_of_both_tiers_is_two_statements(
    catalog: Catalog, text: str, tiers: list[tuple[str, int, int | None]]
) -> None:
    read = sorted(_stated(catalog, text), key=lambda p: p.conviction or "")
    assert [(p.conviction, p.max_months, p.fine_max_inr) for p in read] == tiers
    assert all(p.differs is None for p in read)  # each tier as the law has it
    assert "on a second or subsequent conviction" in read[-1].claims


def test_a_tier_is_shown_and_compared_with_every_tier_of_the_law(catalog: Catalog) -> None:
    """The conviction a statement is read for is shown, not used to narrow the comparison
    (reviews 2026-12-17a to 17c: a term read for the wrong tier made right statements differ):
    "up to seven years for a first conviction" under s.67B is one of its scales, and is not
    said to differ; a term no tier has still is."""
    (first,) = _stated(
        catalog,
        "Under Section 67B of the IT Act, a first conviction attracts imprisonment of up to "
        "seven years.",
    )
    assert first.conviction == "first"
    assert first.differs is None
    (repeat,) = _stated(
        catalog,
        "Under Section 67B of the IT Act, a repeat offence attracts imprisonment of up to ten "
        "years.",
    )
    assert repeat.conviction == "subsequent"
    assert repeat.differs is not None
    assert "on a second or subsequent conviction" in repeat.differs
    # POCSO s.15(2) from 2019 has one scale: a second conviction's five years is not the law
    said = _stated(
        catalog,
        "Section 15(2) of the POCSO Act provides imprisonment up to three years for a first "
        "conviction and up to five years for a second conviction.",
    )
    assert [(p.conviction, p.differs is None) for p in said] == [
        ("first", True),
        ("subsequent", False),
    ]
    # a person described in apposition names no tier of the law (17c F6)
    (described,) = _stated(
        catalog,
        "Police said the accused, a repeat offender, faces up to five years in jail under Section "
        "67B of the IT Act.",
    )
    assert described.conviction is None
    assert described.differs is None
    # … with a modifier or "the" before the tier's words too (17d F4)
    for person in (
        "an alleged repeat offender",
        "the repeat offender",
        "a 32-year-old repeat offender",
    ):
        (modified,) = _stated(
            catalog,
            f"The accused, {person}, faces up to seven years in jail under Section 67B of the IT "
            "Act.",
        )
        assert modified.conviction is None
    # … but a list of tiers names them (17d F3)
    listed = _stated(
        catalog,
        "Under Section 67B of the IT Act, a first-time offender faces up to five years in jail, a "
        "repeat offender up to seven years in jail.",
    )
    assert [(p.conviction, p.max_months) for p in listed] == [("first", 60), ("subsequent", 84)]


@pytest.mark.parametrize(
    "text",
    [
        # a fine with a thousands comma keeps each tier's term its own (review 2026-12-17b F1)
        "Under Section 292 of the IPC, selling obscene material is punishable with up to two "
        "years in jail and a fine of Rs 2,000 on first conviction, and up to five years in jail "
        "and a fine of Rs 5,000 on a second or subsequent conviction.",
        "Under Section 67 of the IT Act, the punishment is up to three years in jail and a fine "
        "of Rs 5,00,000 on first conviction, and up to five years in jail and a fine of Rs "
        "10,00,000 on subsequent conviction.",
        # a second tier in other words; only the first named (F2)
        "Under Section 67B of the IT Act, a first-time offender faces up to five years in jail, "
        "while a second-time offender faces up to seven years in jail.",
        "Section 67B of the IT Act provides for up to five years in jail on first conviction and "
        "seven years thereafter.",
        "Section 67B of the IT Act provides for up to five years in jail for a first offence and "
        "up to seven years if the offence is repeated.",
        # tier words not said of the statement (F3)
        "As this was not his first offence, the accused faces up to seven years in jail under "
        "Section 67B of the IT Act.",
        "Unlike first-time offenders, he faces up to seven years in jail under Section 67B of the "
        "IT Act.",
        "Police said the accused, a repeat offender who could face up to five years in jail under "
        "Section 67B of the IT Act, had been arrested in 2019 as well.",
        # a description of the accused beside the law's tiers (17c F2)
        "The accused, a repeat offender, was booked under Section 67B of the IT Act, which "
        "provides for up to five years in jail for a first conviction and up to seven years for "
        "a repeat conviction.",
        # terms paired "respectively" are not compared as one (F10)
        "Section 67B of the IT Act provides for jail terms of up to five and seven years for "
        "first and subsequent convictions respectively.",
        # one tier named for two provisions (F4)
        "Section 67 of the IT Act provides for up to three years in jail for a first conviction, "
        "while Section 67B provides for up to five years in jail for a first conviction.",
    ],
)
def test_a_right_statement_of_tiers_does_not_differ(catalog: Catalog, text: str) -> None:
    read = _stated(catalog, text, D(2023, 1, 1))
    assert read
    assert [p.differs for p in read] == [None] * len(read)


def test_a_sentence_passed_for_two_offences_is_no_tier(catalog: Catalog) -> None:
    (passed,) = _stated(
        catalog,
        "The court sentenced him to five years for the first offence and three years for the "
        "second offence.",
    )
    assert passed.imposed
    assert passed.conviction is None


def test_a_tier_s_statement_quotes_its_own_words(catalog: Catalog) -> None:
    """A term's span may reach back to the punishment word before the other tier's words; each
    tier's statement quotes only its own."""
    said = _stated(
        catalog,
        "Section 67B of the IT Act prescribes imprisonment of up to five years for the first "
        "offence and seven years for a repeat offence.",
    )
    assert [(p.conviction, p.text) for p in said] == [
        ("first", "imprisonment of up to five years"),
        ("subsequent", "seven years"),
    ]


def test_a_tier_word_written_with_a_hyphen_matches_either_spelling() -> None:
    """A config word with a hyphen ("first-time offender") and no spaced twin still names its
    tier when a report writes it with a space (no KeyError from the reader)."""
    from lawref.analysis.punishments.parts import _Part
    from lawref.analysis.punishments.tiers import ConvictionTiers

    tiers = ConvictionTiers(["first-time offender"], ["repeat offender"])
    text = "A first time offender faces up to five years."
    term = _Part(text.index("up to"), text.index(" years") + 6, "term", None, 60.0)
    assert tiers.apart(text, [term], 0, len(text)) == [([term], "first")]


def test_a_turn_to_another_section_splits_the_statements(catalog: Catalog) -> None:
    """Review 2026-12-17d F5: "…, while Section 67B provides …" names a second provision; its
    term is its own statement, not merged into the first section's."""
    text = (
        "Section 67 of the IT Act provides for up to three years in jail for a first conviction, "
        "while Section 67B provides for up to five years in jail for a first conviction."
    )
    read = [(p.provision, p.max_months, p.conviction) for p in _stated(catalog, text)]
    assert read == [
        ("it-act-2000/s67", 36, "first"),
        ("it-act-2000/s67B", 60, "first"),
    ]
    wrong = _stated(
        catalog,
        "Section 67 of the IT Act provides for up to ten years in jail, while Section 67B "
        "provides for up to five years.",
    )
    assert [(p.provision, p.differs is not None) for p in wrong] == [
        ("it-act-2000/s67", True),
        ("it-act-2000/s67B", False),
    ]


@pytest.mark.parametrize(
    ("text", "provision", "months"),
    [
        ("Section 67B of the IT Act provides up to ten years.", "it-act-2000/s67B", 120),
        ("Under Section 67B of the IT Act, the offence carries up to ten years.", None, 120),
        (
            "Section 14 of the POCSO Act prescribes a minimum of five years.",
            "pocso-2012/s14",
            None,
        ),
    ],
)
def test_a_provision_s_verb_states_a_bare_term(
    catalog: Catalog, text: str, provision: str | None, months: int | None
) -> None:
    """A term right after "provides", "carries", "prescribes" in a clause naming a provision is
    the law's term, with no punishment word beside it."""
    (stated,) = _stated(catalog, text)
    assert stated.max_months == months
    if provision is not None:
        assert stated.provision == provision
    if months == 120:
        assert stated.differs is not None  # s.67B provides up to five or seven years


def test_a_provision_s_verb_before_a_term_of_something_else_states_none(catalog: Catalog) -> None:
    text = "The scheme under Section 12 of the RTE Act provides for up to five years of schooling."
    assert _stated(catalog, text) == []


def test_a_sentence_and_the_law_after_a_turn_to_a_section_are_two_statements(
    catalog: Catalog,
) -> None:
    """Review 2026-12-17d F5: the law's term after ", though Section 67B … provides" takes no
    punishment word from the sentence passed before the section."""
    text = (
        "The court sentenced him to three years in jail, though Section 67B of the IT Act "
        "provides up to seven years."
    )
    read = [(p.imposed, p.max_months, p.min_months) for p in _stated(catalog, text)]
    assert read == [(True, 36, None), (False, 84, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The accused, a repeat offender with three similar cases against him, faces up to seven "
        "years in jail under Section 67B of the IT Act.",
        "The accused, a repeat offender according to police, faces up to five years in jail under "
        "Section 67B of the IT Act.",
        "Ramesh, a first-time offender with no criminal record, faces up to three years in jail "
        "under Section 67B of the IT Act.",
    ],
)
def test_an_apposition_closed_later_names_no_tier(catalog: Catalog, text: str) -> None:
    """Review 2026-12-18a H5: a person described before the closing comma is no tier."""
    (stated,) = _stated(catalog, text, D(2023, 1, 1))
    assert stated.conviction is None


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # a term after the tier words, with or without a comma (H6, M2, M3)
        (
            "Under Section 67A of the IT Act, a first-time offender faces up to five years and a "
            "fine of up to Rs 10 lakh, a second-time offender up to seven years.",
            [("first", 60, 1_000_000), ("subsequent", 84, None)],
            False,
        ),
        (
            "Under Section 67B of the IT Act, a first-time offender faces up to five years in "
            "jail, a repeat offender, up to seven years.",
            [("first", 60, None), ("subsequent", 84, None)],
            False,
        ),
        (
            "Under Section 67 of the IT Act, a first-time offender faces up to three years in "
            "jail and a fine of up to Rs 5 lakh, a repeat offender up to seven years and a fine of "
            "up to Rs 10 lakh.",
            [("first", 36, 500_000), ("subsequent", 84, 1_000_000)],
            True,
        ),
        # a tier's clause after "while", the verb "faces" before its bare term (M4)
        (
            "Under Section 292 of the IPC, a first-time offender faces up to two years in jail and "
            "a fine of Rs 2,000, while a repeat offender faces up to five years and a fine of Rs "
            "5,000.",
            [("first", 24, 2_000), ("subsequent", 60, 5_000)],
            False,
        ),
    ],
)
def test_a_list_of_tiers_gives_each_tier_its_own_parts(
    catalog: Catalog,
    text: str,
    expected: list[tuple[str, int, int | None]],
    wrong: bool,
) -> None:
    read = _stated(catalog, text, D(2023, 1, 1))
    assert [(p.conviction, p.max_months, p.fine_max_inr) for p in read] == expected
    # a second scale stated wrong differs (IT Act s.67: five years on a subsequent conviction)
    assert (read[-1].differs is not None) == wrong
    assert read[0].differs is None


@pytest.mark.parametrize(
    "text",
    [
        # a provision's verb before an age or a time for a task (review 2026-12-18b H1)
        "Section 67B of the IT Act provides six months for the police to file the chargesheet.",
        "Section 67B of the IT Act carries 18 years as the age limit for a child.",
        "Section 35 of the POCSO Act provides one year for the special court to complete the "
        "trial.",
        # terms paired with sections "respectively" (H8)
        "He was booked under Section 67 of the IT Act and Section 292 of the IPC, which carry up "
        "to three years and two years respectively.",
    ],
)
def test_a_provision_s_verb_before_no_punishment_states_none(catalog: Catalog, text: str) -> None:
    assert _stated(catalog, text, D(2023, 1, 1)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a punishment noun before its own section keeps both tiers (H2)
        (
            "Jail term under Section 67 of the IT Act is up to three years for the first offence "
            "and up to five years for a subsequent offence.",
            [("first", 36, False), ("subsequent", 60, False)],
        ),
        (
            "The punishment under Section 67B of the IT Act is five years for a first offence and "
            "ten years for a repeat offence.",
            [("first", 60, False), ("subsequent", 120, True)],
        ),
    ],
)
def test_a_punishment_noun_before_its_own_section_keeps_its_tiers(
    catalog: Catalog, text: str, expected: list[tuple[str, int, bool]]
) -> None:
    read = _stated(catalog, text, D(2023, 1, 1))
    assert [(p.conviction, p.max_months, p.differs is not None) for p in read] == expected


def test_a_turn_to_a_section_keeps_a_term_with_the_only_section_named(catalog: Catalog) -> None:
    """Review 2026-12-18b H3: the ten years before ", while Section 67B …" are s.67B's."""
    text = (
        "The accused faces up to ten years in jail, while Section 67B of the IT Act also "
        "provides a fine of up to Rs 10 lakh."
    )
    (stated,) = _stated(catalog, text, D(2023, 1, 1))
    assert stated.provision == "it-act-2000/s67B"
    assert stated.differs is not None


@pytest.mark.parametrize(
    ("text", "faced"),
    [
        # a sentence passed before "faces" (review 2026-12-18b H7), in an apposition (H6), and
        # the term faced read too, apart (review 2026-12-18d: dropping it lost the law's term)
        (
            "The offender was jailed for two years last year and faces up to five years under "
            "Section 67 of the IT Act.",
            60,
        ),
        (
            "The accused, a repeat offender jailed for two years in 2019, faces up to seven years "
            "under Section 67B of the IT Act.",
            84,
        ),
        (
            "[name], jailed for two years in 2019 for a similar offence, now faces up to seven "
            "years under Section 67B of the IT Act.",
            84,
        ),
    ],
)
def test_a_sentence_passed_before_faces_stays_a_sentence(
    catalog: Catalog, text: str, faced: int
) -> None:
    read = _stated(catalog, text, D(2023, 1, 1))
    assert [(p.imposed, p.max_months, p.differs) for p in read] == [
        (True, 24, None),
        (False, faced, None),
    ]


def test_a_sentence_passed_and_faces_with_no_turn_between_stays_one_sentence(
    catalog: Catalog,
) -> None:
    """Without a comma or "and" right before "faces", the term is not split off and not read
    as the law's: "jailed for two years he faces" is no turn the reader knows."""
    text = (
        "The offender who was jailed for two years in 2019 he faces up to five years under "
        "Section 67 of the IT Act."
    )
    read = _stated(catalog, text, D(2023, 1, 1))
    assert [(p.imposed, p.max_months) for p in read] == [(True, 24)]


@pytest.mark.parametrize(
    ("amount", "differs"),
    [("5,000", False), ("20,000", True), ("1,000", True)],
)
def test_a_stated_minimum_fine_is_worded_and_compared_as_a_minimum(
    catalog: Catalog, amount: str, differs: bool
) -> None:
    """POCSO s.15(1) (from 2019): a fine of not less than Rs 5,000, or Rs 10,000 on a second or
    subsequent conviction; a stated minimum no tier has differs (review 2026-12-18b L1)."""
    (stated,) = _stated(
        catalog,
        f"Under Section 15(1) of the POCSO Act, the accused faces a fine of not less than Rs "
        f"{amount}.",
        D(2023, 1, 1),
    )
    assert stated.claims == f"a fine of at least ₹{amount}"
    assert (stated.differs is not None) == differs
    # the least fine is no most: the JSON says which it is
    assert stated.fine_min_inr == int(amount.replace(",", ""))
    assert stated.fine_max_inr is None


@pytest.mark.parametrize(
    ("amount", "differs"),
    [("5000", False), ("20000", True)],
)
def test_a_hindi_minimum_fine_is_read_as_a_minimum(
    catalog: Catalog, amount: str, differs: bool
) -> None:
    """ "कम से कम 5000 रुपये का जुर्माना" (a fine of at least Rs 5,000), POCSO s.15(1)'s form:
    worded, held and compared as the least fine, as in English."""
    (stated,) = _stated(
        catalog,
        f"पॉक्सो एक्ट की धारा 15(1) के तहत कम से कम {amount} रुपये का जुर्माना होगा।",
        D(2023, 1, 1),
    )
    assert stated.text == f"कम से कम {amount} रुपये का जुर्माना"
    assert stated.claims == f"a fine of at least ₹{int(amount):,}"
    assert (stated.fine_min_inr, stated.fine_max_inr) == (int(amount), None)
    assert (stated.differs is not None) == differs


@pytest.mark.parametrize(
    "text",
    [
        "Under Section 15(1) of the POCSO Act, he faces a minimum fine of Rs 5,000.",
        "Under Section 15(1) of the POCSO Act, he faces a fine of Rs 5,000 or more.",
        "Under Section 15(1) of the POCSO Act, he faces a fine of no less than Rs 5,000.",
        "Section 15(1) of the POCSO Act provides a fine which shall not be less than five "
        "thousand rupees.",
        "पोक्सो कायद्याच्या कलम 15(1) अंतर्गत किमान 5000 रुपये दंड होऊ शकतो.",
    ],
)
def test_every_wording_of_a_least_fine_is_a_least_fine(catalog: Catalog, text: str) -> None:
    """Review 2026-12-30a M4: "a minimum fine of", "or more", "no less than", the statute's own
    "which shall not be less than", Marathi "किमान" ("not below" is no least fine: it reads ages,
    "not below 18 years"; review 2026-12-30c M1)."""
    (stated,) = _stated(catalog, text, D(2023, 1, 1))
    assert (stated.fine_min_inr, stated.fine_max_inr) == (5000, None)
    assert stated.claims == "a fine of at least ₹5,000"
    assert stated.differs is None


def test_a_least_fine_and_a_most_in_one_statement_are_each_held(catalog: Catalog) -> None:
    """Review 2026-12-30a M2: each fine by its own words, not the largest called a minimum; two
    different fines, one said with a limit, are two statements (a survey of unseen reports,
    2027-01-04: "a fine up to Rs 2,000 … and a fine of Rs 10,000" was one fine up to ₹10,000),
    and a least fine said apart from a most is no range."""
    stated = _stated(
        catalog,
        "He was booked under Section 15 of the POCSO Act and Section 67B of the IT Act, which "
        "carry a fine of not less than Rs 5,000 and a fine of up to Rs 10 lakh respectively.",
        D(2023, 1, 1),
    )
    assert [(s.fine_min_inr, s.fine_max_inr, s.claims) for s in stated] == [
        (5000, None, "a fine of at least ₹5,000"),
        (None, 1_000_000, "a fine up to ₹10 lakh"),
    ]
    besides = _stated(
        catalog,
        "Under Section 67 of the IT Act he faces three years in jail and a fine of Rs 5 lakh, "
        "besides a fine of at least Rs 5,000 under Section 15(1) of the POCSO Act.",
        D(2023, 1, 1),
    )
    assert [(s.claims, s.provision) for s in besides] == [
        ("imprisonment of 3 years; a fine of ₹5 lakh", "it-act-2000/s67"),
        ("a fine of at least ₹5,000", "pocso-2012/s15(1)"),
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Under the IT Act, a fine up to Rs 2,000 can be imposed and a fine of Rs 10,000 to Rs "
            "1,00,000 for the other offence.",
            ["a fine up to ₹2,000", "a fine from ₹10,000 to ₹1 lakh"],
        ),
        (
            "The offence is punishable with a fine of not less than Rs 10,000 which may extend to "
            "Rs 1,00,000.",
            ["a fine from ₹10,000 to ₹1 lakh"],
        ),
        ("Under the IT Act, a fine up to `2,000 can be imposed.", ["a fine up to ₹2,000"]),
        (
            "The court sentenced him to pay a fine amounting to Rupees 10,000.",
            ["a fine of ₹10,000"],
        ),
        (
            "The court sentenced him to rigorous imprisonment for 10 (ten) years.",
            ["a sentence of rigorous imprisonment for 10 years"],
        ),
        (
            "The court sentenced him to undergo rigorous imprisonment for ten (10) years.",
            ["a sentence of rigorous imprisonment for 10 years"],
        ),
        (
            "न्यायालय ने अभियुक्त को 10 (दस) वर्ष के सश्रम कारावास से दंडित किया।",
            ["a sentence of rigorous imprisonment for 10 years"],
        ),
        (
            "अभियुक्त को 20 वर्ष (बीस वर्ष) के कठोर कारावास की सजा सुनाई गई।",
            ["a sentence of rigorous imprisonment for 20 years"],
        ),
    ],
)
def test_fine_ranges_and_numbers_restated_in_brackets(
    catalog: Catalog, text: str, claims: list[str]
) -> None:
    """A survey of unseen reports (2027-01-04): a fine's range ("Rs 10,000 to Rs 1,00,000", "not
    less than … which may extend to …") lost its maximum; "`" printed for "₹" by PDFs, "a fine
    amounting to", and a number restated in brackets ("10 (ten) years", "ten (10) years", "10
    (दस) वर्ष", "20 वर्ष (बीस वर्ष)"), as court orders write it, were not read."""
    assert [s.claims for s in _stated(catalog, text)] == claims


@pytest.mark.parametrize(
    ("text", "claims", "differs"),
    [
        # a least fine and a larger bare one: no least fine of the larger (review 2026-12-30c H4)
        (
            "Under Section 67 of the IT Act he faces three years in jail and a fine of Rs 5 lakh, "
            "besides a fine of at least Rs 5,000 under Section 15(1) of the POCSO Act.",
            "imprisonment of 3 years; a fine of ₹5 lakh",
            False,
        ),
        # "and more" that goes on to other punishments is no least fine (30c H5)
        (
            "Under Section 67 of the IT Act, a first offence attracts a fine of Rs 5 lakh and more "
            "serious penalties follow a second conviction.",
            "a fine of ₹5 lakh, on a first conviction",
            False,
        ),
        # an age "not below" eighteen is no least term (30c M1)
        (
            "Since the survivor was not below 18 years, the accused was sentenced to 7 years under "
            "Section 354A of the IPC.",
            "a sentence of imprisonment for 7 years",
            False,  # (imposed; s.354A's penalties are its sub-sections', none the whole's)
        ),
    ],
)
def test_the_review_2026_12_30c_fines_and_terms(
    catalog: Catalog, text: str, claims: str, differs: bool
) -> None:
    stated = _stated(catalog, text, D(2023, 1, 1))[0]
    assert stated.claims == claims
    assert (stated.differs is not None) == differs


def test_a_fine_imposed_is_held_as_the_fine_imposed(catalog: Catalog) -> None:
    """A court imposes an amount: ``fine_max_inr`` holds it, whatever words come before it."""
    (stated,) = _stated(
        catalog,
        "The court sentenced him to pay a fine of not less than Rs 10,000 under Section 15(1) of "
        "the POCSO Act.",
        D(2023, 1, 1),
    )
    assert stated.imposed
    assert (stated.fine_max_inr, stated.fine_min_inr) == (10_000, None)


@pytest.mark.parametrize(
    ("text", "conviction"),
    [
        (
            "A repeat offender under Section 67B of the IT Act faces up to seven years.",
            "subsequent",
        ),
        ("A first-time offender under Section 67B of the IT Act faces up to three years.", "first"),
    ],
)
def test_a_tier_as_the_subject_before_its_section_labels_the_term(
    catalog: Catalog, text: str, conviction: str
) -> None:
    """Review 2026-12-18b M4: the section between the tier's words and the verb is no bar."""
    (stated,) = _stated(catalog, text, D(2023, 1, 1))
    assert stated.conviction == conviction


def test_faces_before_a_term_and_its_section_states_the_law(catalog: Catalog) -> None:
    """Review 2026-12-18b M6: "He faces up to N years under Section X" is read, its section
    after it; "faces 20 years of trial" is no punishment."""
    read = _stated(
        catalog,
        "He faces up to three years under Section 67 of the IT Act, and Section 292 of the IPC "
        "provides two years.",
        D(2023, 1, 1),
    )
    assert [(p.provision, p.max_months) for p in read] == [
        ("it-act-2000/s67", 36),
        ("ipc-1860/s292", 24),
    ]
    assert _stated(catalog, "He faces 20 years of trial under Section 67 of the IT Act.") == []


def test_a_provision_s_verb_stands_for_the_second_tier_s_punishment_word(
    catalog: Catalog,
) -> None:
    """Review 2026-12-18b M3: "carries five years for a first-time offender and seven years for
    a repeat offender" is two statements; a wrong second scale differs."""
    right = _stated(
        catalog,
        "Section 67B of the IT Act carries five years for a first-time offender and seven years "
        "for a repeat offender.",
        D(2023, 1, 1),
    )
    assert [(p.conviction, p.max_months, p.differs is None) for p in right] == [
        ("first", 60, True),
        ("subsequent", 84, True),
    ]
    wrong = _stated(
        catalog,
        "Section 67 of the IT Act carries three years for a first offence, and seven years for "
        "subsequent offences.",
        D(2023, 1, 1),
    )
    assert [(p.conviction, p.differs is None) for p in wrong] == [
        ("first", True),
        ("subsequent", False),
    ]
    # no term after the verb: no list of tiers
    text = "The accused carries a bag for a first offence and seven years for a repeat offence."
    assert _stated(catalog, text, D(2023, 1, 1)) == []


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # a statement of the law ends in many ways (review 2026-12-18c H1)
        ("Section 67B of the IT Act carries up to ten years along with a fine of Rs 10 lakh.", 120),
        ("Section 67B of the IT Act carries up to ten years if found guilty.", 120),
        (
            "The offence under Section 67 of the IT Act carries up to seven years and is "
            "non-bailable.",
            84,
        ),
        # a conviction with no term passed before "faces" is no bar (H3)
        (
            "The offender, who was convicted under Section 67B of the IT Act in 2019, faces up to "
            "seven years for a repeat offence.",
            84,
        ),
        # "respectively" in the next sentence is no pairing (H4)
        (
            "He was booked under Section 67B of the IT Act, which carries up to ten years. The "
            "other accused were booked under Sections 67 and 292 respectively.",
            120,
        ),
    ],
)
def test_the_law_s_term_after_a_provision_s_verb_stays(
    catalog: Catalog, text: str, months: int
) -> None:
    (stated,) = _stated(catalog, text, D(2023, 1, 1))
    assert stated.max_months == months
    assert stated.imposed is False


@pytest.mark.parametrize(
    "text",
    [
        # an age or a time for a task past an aside (H2)
        "Section 67B of the IT Act provides six months, from the date of the FIR, for the police "
        "to file the chargesheet.",
        "Section 35(2) of the POCSO Act provides one year, from cognizance, to complete the trial.",
    ],
)
def test_a_time_for_a_task_past_an_aside_is_no_punishment(catalog: Catalog, text: str) -> None:
    assert _stated(catalog, text, D(2023, 1, 1)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a term and another section's term across a turn (H5, H14): never one statement of the
        # first section with the second's term, never a false difference
        "Jail term under Section 67 of the IT Act is up to three years, while under Section 67B "
        "of the IT Act it is up to five years for a first offence.",
        "The punishment is up to three years, but under Section 67B of the IT Act it is up to "
        "five years.",
    ],
)
def test_terms_across_a_turn_to_another_section_are_not_merged(catalog: Catalog, text: str) -> None:
    for stated in _stated(catalog, text, D(2023, 1, 1)):
        assert stated.differs is None
        assert not (stated.provision == "it-act-2000/s67" and stated.max_months == 60)


def test_two_sections_contrasted_are_two_statements(catalog: Catalog) -> None:
    """Review 2026-12-18c H14, H6."""
    text = (
        "The punishment under Section 67 of the IT Act is up to three years, while the "
        "punishment under Section 67B of the IT Act is up to five years."
    )
    read = [(p.provision, p.max_months) for p in _stated(catalog, text, D(2023, 1, 1))]
    assert read == [("it-act-2000/s67", 36), ("it-act-2000/s67B", 60)]
    text = (
        "The accused faces up to three years in jail under the IT Act, while Section 67B of the IT "
        "Act provides up to five years."
    )
    read = [(p.provision, p.max_months) for p in _stated(catalog, text, D(2023, 1, 1))]
    assert read == [(None, 36), ("it-act-2000/s67B", 60)]


@pytest.mark.parametrize(
    "text",
    [
        # a later clause's time with a tier's words is no second tier (review 2026-12-18d H3)
        "Section 67A of the IT Act carries five years for a first offence, while the "
        "investigation must be completed in two months for a repeat offence.",
        "Section 14 of the POCSO Act provides at least five years for a first offence, and the "
        "accused was out on bail for two years after his second offence.",
    ],
)
def test_a_later_clause_s_time_is_no_second_tier(catalog: Catalog, text: str) -> None:
    read = _stated(catalog, text, D(2023, 1, 1))
    assert [p.conviction for p in read] == ["first"]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # 18d H4: "as well as", a chargesheet named, children as the material's object
        (
            "Section 67B of the IT Act carries up to ten years, as well as a fine of up to Rs 10 "
            "lakh.",
            120,
        ),
        ("Section 67B of the IT Act carries up to five years, police said in the chargesheet.", 60),
        (
            "Section 67B of the IT Act carries up to ten years for sharing material of children "
            "below the age of 18.",
            120,
        ),
        # 18d H7: sections paired "respectively" are no terms
        (
            "Section 67B of the IT Act carries up to ten years, police said, and the two accused "
            "were booked under Sections 67 and 67A respectively.",
            120,
        ),
        # 18d H9: a sentence passed before a semicolon does not bar the law's term after it
        (
            "The man was jailed for three years in 2015; he now faces up to seven years under "
            "Section 67B of the IT Act.",
            84,
        ),
    ],
)
def test_the_03d_law_terms_stay(catalog: Catalog, text: str, months: int) -> None:
    read = [p for p in _stated(catalog, text, D(2023, 1, 1)) if not p.imposed]
    assert [p.max_months for p in read] == [months]


@pytest.mark.parametrize(
    "text",
    [
        # a definition of a child after "provides" (18d H8)
        "Section 2(d) of the POCSO Act provides 18 years, and anyone below it is a child.",
        "Section 2(1)(d) of the POCSO Act provides 18 years, so the victim was a child.",
    ],
)
def test_a_child_s_age_after_provides_is_no_punishment(catalog: Catalog, text: str) -> None:
    assert _stated(catalog, text, D(2023, 1, 1)) == []


@pytest.mark.parametrize(
    ("text", "day", "differs"),
    [
        # the Codes' own words for the class, "and upwards", "and onwards" (review 2026-12-25a
        # H2)
        (
            "The offence under Section 67A of the IT Act is punishable with imprisonment for "
            "three years and upwards but not more than seven years.",
            D(2022, 3, 3),
            False,
        ),
        (
            "Under Section 67B of the IT Act the offence is punishable with imprisonment for "
            "three years and onwards.",
            D(2022, 3, 3),
            False,
        ),
        # a tier with a minimum and no maximum reaches any floor below it: POCSO s.14(1) since
        # 2019, "not less than five years" (review 2026-12-25a H3)
        (
            "He was booked under Section 14(1) of the POCSO Act, an offence punishable with "
            "imprisonment of three years and above.",
            D(2022, 3, 3),
            False,
        ),
        # "or more" with a maximum beside it is a range, not a class: s.67B has no minimum
        # (review 2026-12-25a M3)
        (
            "Under Section 67B of the IT Act, the punishment is three years or more in jail and "
            "may go up to seven years.",
            D(2022, 3, 3),
            True,
        ),
    ],
)
def test_the_class_of_offences_by_their_maximum(
    catalog: Catalog, text: str, day: dt.date, differs: bool
) -> None:
    (stated,) = _stated(catalog, text, day)
    assert (stated.differs is not None) is differs


@pytest.mark.parametrize(
    ("text", "months", "differs"),
    [
        # IT Act s.67B: up to five years, seven on a subsequent conviction; the class of
        # offences whose maximum is five years or more holds it
        (
            "Under Section 67B of the IT Act, the offence is punishable with imprisonment of "
            "five years or more.",
            60,
            False,
        ),
        # s.77B's own words of s.67A (up to five years): "three years and above"
        (
            "The FIR was registered u/s.67A of the IT Act, an offence punishable with "
            "imprisonment of three years and above.",
            36,
            False,
        ),
        # neither a minimum nor a maximum s.67B has
        (
            "Under Section 67B of the IT Act, the offence is punishable with imprisonment of "
            "ten years or more.",
            120,
            True,
        ),
    ],
)
def test_a_term_or_more_is_a_minimum_or_a_class_by_the_maximum(
    catalog: Catalog, text: str, months: int, differs: bool
) -> None:
    """A term "or more" ("five years or more", "three years and above") is read as a minimum
    (review 2026-12-18d), but the law classes offences by their maximum in the same words (IT
    Act s.77B: "the offence punishable with imprisonment of three years and above shall be
    cognizable"; Knit Pro International v. State (NCT of Delhi), (2022) 10 SCC 221, reads the
    Code's "three years and onwards" of the maximum): it differs only where the law's terms
    are neither, no minimum of that length and no maximum that reaches it."""
    (stated,) = _stated(catalog, text, D(2022, 6, 1))
    assert (stated.min_months, stated.max_months) == (months, None)
    assert stated.claims == f"imprisonment of {months // 12} years or more"
    assert (stated.differs is not None) is differs


def test_a_second_faces_with_its_section_after_is_its_own_statement(catalog: Catalog) -> None:
    """Two "faces", each with its section after ("faces up to three years under Section 67 …
    and faces up to five years under Section 67B"): two statements, each of its own section
    (review 2026-12-18d); before, one of s.67 with five years."""
    read = _stated(
        catalog,
        "The accused faces up to three years under Section 67 of the IT Act and faces up to five "
        "years under Section 67B of the IT Act.",
        D(2022, 6, 1),
    )
    assert [(p.provision, p.max_months, p.differs) for p in read] == [
        ("it-act-2000/s67", 36, None),
        ("it-act-2000/s67B", 60, None),
    ]


def test_a_second_tier_s_term_with_a_fine_before_the_tier_is_read(catalog: Catalog) -> None:
    """In "… and up to seven years and a fine up to Rs 10 lakh for a second conviction" the
    seven years are the second tier's, past the fine joined to them (review 2026-12-18d; before,
    only the fine was read)."""
    read = _stated(
        catalog,
        "Section 67B of the IT Act provides imprisonment up to five years and a fine up to Rs 10 "
        "lakh for a first conviction, and up to seven years and a fine up to Rs 10 lakh for a "
        "second conviction.",
        D(2022, 6, 1),
    )
    assert [(p.conviction, p.max_months, p.fine_max_inr, p.differs) for p in read] == [
        ("first", 60, 1_000_000, None),
        ("subsequent", 84, 1_000_000, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # H1: "face" with several accused splits as "faces" does
        (
            "The two men, jailed for three years in 2019, face up to seven years under Section "
            "67B of the IT Act.",
            [(True, 36, None, None), (False, 84, "it-act-2000/s67B", None)],
        ),
        # H2: the term faced takes the section named in its own half
        (
            "The accused was sentenced to three years under Section 12 of the POCSO Act, and faces "
            "up to five years under Section 67B of the IT Act.",
            [(True, 36, "pocso-2012/s12", None), (False, 60, "it-act-2000/s67B", None)],
        ),
        # H6: the tier of the sentence passed is not the term faced's, nor its section (the
        # 2019 sentence names none; review 2026-12-19e H3)
        (
            "The accused, jailed for two years in 2019 on his first conviction, faces up to seven "
            "years under Section 67B of the IT Act.",
            [(True, 24, None, None), (False, 84, "it-act-2000/s67B", None)],
        ),
        # M5: "three years more" is no statement of the law
        (
            "The man was jailed for seven years under Section 67B of the IT Act and faces up to "
            "three years more.",
            [(True, 84, "it-act-2000/s67B", None)],
        ),
        # M2: "are now facing"
        (
            "Both men, sentenced to three years each in 2020, are now facing up to seven years "
            "under Section 67B of the IT Act.",
            [(True, 36, None, None), (False, 84, "it-act-2000/s67B", None)],
        ),
    ],
)
def test_the_review_2026_12_19a_rows(
    catalog: Catalog, text: str, expected: list[tuple[bool, int, str, str | None]]
) -> None:
    read = _stated(catalog, text, D(2023, 1, 1))
    assert [(p.imposed, p.max_months, p.provision, p.conviction) for p in read] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # H3: the term faced never takes the term passed's section
        (
            "The accused was sentenced to three years under Section 12 of the POCSO Act, and "
            "faces up to seven years in the second case.",
            [(True, 36, "pocso-2012/s12"), (False, 84, None)],
        ),
        # 19e H3: the term passed never takes the term faced's section
        (
            "He was sentenced to ten years in 2015, and now faces up to five years under Section "
            "67B of the IT Act.",
            [(True, 120, None), (False, 60, "it-act-2000/s67B")],
        ),
        # 19e H2: each side with its own section right after its part is its own statement
        (
            "He was sentenced to two years in jail under Section 12 of the POCSO Act and a fine of "
            "Rs 20,000 under Section 67 of the IT Act.",
            # (the fine's clause has no verb of its own: "sentenced" governs it, a fine passed)
            [(True, 24, "pocso-2012/s12"), (True, None, "it-act-2000/s67")],
        ),
    ],
)
def test_the_review_2026_12_19d_rows(
    catalog: Catalog, text: str, expected: list[tuple[bool, int | None, str | None]]
) -> None:
    read = _stated(catalog, text, D(2023, 6, 1))
    assert [(p.imposed, p.max_months, p.provision) for p in read] == expected
    assert all(p.differs is None for p in read)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law's term closed by its own section is that section's, not the one the accused was
        # arrested under (carried review 2026-12-19e MEDIUM: a false "differs" against s.12)
        (
            "The accused was arrested under Section 12 of the POCSO Act and faces up to five "
            "years in jail and a fine of Rs 10 lakh under Section 67B of the IT Act.",
            [(False, 60, "it-act-2000/s67B")],
        ),
        (
            "He was booked under Section 12 of the POCSO Act and faces up to five years in jail "
            "under Section 67B of the IT Act.",
            [(False, 60, "it-act-2000/s67B")],
        ),
        # POCSO s.15 holds its punishments on its sub-sections: still an offence
        (
            "He was booked under Section 67B of the IT Act and faces up to three years under "
            "Section 15 of the POCSO Act.",
            [(False, 36, "pocso-2012/s15")],
        ),
        # a section lawref holds no punishment for, named right after a law's term, takes it
        # from the offence named before: compared with nothing (review 2026-12-20a H3)
        (
            "He was booked under Section 67B of the IT Act and faces up to five years in jail "
            "under Section 248 of the CrPC.",
            [(False, 60, None)],
        ),
        (
            "He was arrested under Section 67B of the IT Act and faces life imprisonment under "
            "Section 6 of the POCSO Act.",
            [(False, None, None)],
        ),
        # … an amount's commas are no clause's end, and "as per" closes as "under" does
        (
            "He was arrested under Section 12 of the POCSO Act and faces up to five years in jail "
            "and a fine of Rs 10,00,000 under Section 67B of the IT Act.",
            [(False, 60, "it-act-2000/s67B")],
        ),
        (
            "He was arrested under Section 12 of the POCSO Act and faces up to five years in jail "
            "as per Section 67B of the IT Act.",
            [(False, 60, "it-act-2000/s67B")],
        ),
        # a sentence passed keeps the offence named before it (review 2026-12-19e H1)
        (
            "The accused was convicted under Section 14 of the POCSO Act and sentenced to five "
            "years under Section 42 of the POCSO Act.",
            [(True, 60, "pocso-2012/s14")],
        ),
        # a term and a fine split at a comma stay with the section named before them
        (
            "He was booked under Section 12 of the POCSO Act, and faces up to three years, and a "
            "fine of Rs 10 lakh under Section 67B of the IT Act.",
            [(False, 36, "pocso-2012/s12")],
        ),
    ],
)
def test_a_law_s_term_takes_the_offence_named_right_after_it(
    catalog: Catalog, text: str, expected: list[tuple[bool, int | None, str | None]]
) -> None:
    read = _stated(catalog, text, D(2023, 6, 1))
    assert [(p.imposed, p.max_months, p.provision) for p in read] == expected
    assert all(p.differs is None for p in read)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # carried review MEDIUMs: the term faced after "and now", "but now", a new subject
        (
            "He was sentenced to five years in prison, and now faces up to seven years under "
            "Section 67B of the IT Act.",
            [(True, 60, None), (False, 84, "it-act-2000/s67B")],
        ),
        (
            "He was sentenced to five years in prison but now faces up to seven years under "
            "Section 67B of the IT Act.",
            [(True, 60, None), (False, 84, "it-act-2000/s67B")],
        ),
        (
            "Jailed for three years in 2019, the accused now faces up to seven years under "
            "Section 67B of the IT Act.",
            [(True, 36, None), (False, 84, "it-act-2000/s67B")],
        ),
        (
            "The first accused was sentenced to three years under Section 67B of the IT Act, "
            "while his associate faces up to five years under Section 15 of the POCSO Act.",
            [(True, 36, "it-act-2000/s67B"), (False, 60, "pocso-2012/s15")],
        ),
        # review 2026-12-20a H2: after "while … faces" and "but now faces" the term faced takes
        # no section of the term passed
        (
            "The first accused was sentenced to five years in prison under Section 67B of the IT "
            "Act, while the second faces up to three years.",
            [(True, 60, "it-act-2000/s67B"), (False, 36, None)],
        ),
        (
            "He was jailed for two years under Section 12 of the POCSO Act in 2019, but now faces "
            "up to five years in jail.",
            [(True, 24, "pocso-2012/s12"), (False, 60, None)],
        ),
        # M3: a term in default of a fine, "more", and the convict's own term are no law
        (
            "He was sentenced to five years in jail under Section 67B of the IT Act and a fine of "
            "Rs 10,000, and in default faces six months more in jail.",
            [(True, 60, "it-act-2000/s67B")],
        ),
        (
            "The court sentenced him to five years under Section 67B of the IT Act, and the "
            "convict now faces five years behind bars.",
            [(True, 60, "it-act-2000/s67B")],
        ),
    ],
)
def test_a_term_faced_after_a_turn_is_read_apart_from_the_term_passed(
    catalog: Catalog, text: str, expected: list[tuple[bool, int | None, str | None]]
) -> None:
    read = _stated(catalog, text, D(2023, 6, 1))
    assert [(p.imposed, p.max_months, p.provision) for p in read] == expected
    assert all(p.differs is None for p in read)


@pytest.mark.parametrize(
    ("text", "months", "conviction", "differs"),
    [
        # a tier's words after the section ("as a repeat offender") name the tier, not what the
        # term is for: the statement is read, and ten years differ from the law's seven
        (
            "He faces up to ten years under Section 67B of the IT Act as a repeat offender.",
            120,
            None,
            True,
        ),
        (
            "He faces up to seven years in jail as a repeat offender under Section 67B of the IT "
            "Act, which provides it.",
            84,
            "subsequent",
            False,
        ),
    ],
)
def test_a_tier_said_with_as_names_the_tier(
    catalog: Catalog, text: str, months: int, conviction: str | None, differs: bool
) -> None:
    (stated,) = _stated(catalog, text, D(2023, 6, 1))
    assert stated.max_months == months
    assert stated.conviction == conviction
    assert (stated.differs is not None) == differs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fine passed after a term passed, each under its own section: both passed
        (
            "The court sentenced him to three years in jail under Section 12 of the POCSO Act "
            "and a fine of Rs 10 lakh under Section 67B of the IT Act.",
            [(True, 36, "pocso-2012/s12"), (True, None, "it-act-2000/s67B")],
        ),
        # … a law's term and a fine joined the same way stay the law's
        (
            "He faces up to three years under Section 12 of the POCSO Act and a fine of up to Rs "
            "10 lakh under Section 67B of the IT Act.",
            [(False, 36, "pocso-2012/s12"), (False, None, "it-act-2000/s67B")],
        ),
    ],
)
def test_a_clause_with_no_verb_of_its_own_is_governed_by_the_one_before(
    catalog: Catalog, text: str, expected: list[tuple[bool, int | None, str | None]]
) -> None:
    read = _stated(catalog, text, D(2023, 6, 1))
    assert [(p.imposed, p.max_months, p.provision) for p in read] == expected


@pytest.mark.parametrize(
    ("text", "inr"),
    [
        # review 2026-12-20a M4: four or more digits with no comma are one amount
        ("He faces a fine of Rs 5000 under Section 292 of the IPC.", 5000),
        ("The court sentenced him to two years in jail and a fine of Rs 2000.", 2000),
        ("The court imposed a Rs 25000 fine on him.", 25000),
    ],
)
def test_an_amount_written_without_commas_is_read_whole(
    catalog: Catalog, text: str, inr: int
) -> None:
    assert [p.fine_max_inr for p in _stated(catalog, text, D(2022, 6, 1))] == [inr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-20c H1: a time or an age with a tier's words elsewhere in the clause
        # is no term ("as" names a tier only with the tier's words right after it)
        (
            "Section 67B of the IT Act provides six months as the time limit for investigation, "
            "even for a repeat offender.",
            [],
        ),
        (
            "The POCSO Act provides 18 years as the age of consent, and a repeat offender faces "
            "seven years.",
            [(False, 84)],
        ),
        # H2: a clause with a verb of its own after its parts is not governed by the one before
        (
            "He was jailed for two years under Section 12 of the POCSO Act and five years in jail "
            "under Section 67B of the IT Act was sought by the prosecution.",
            [(True, 24), (False, 60)],
        ),
        # H3: "the convict's brother" is a new subject
        (
            "He was sentenced to three years under Section 12 of the POCSO Act, and the convict's "
            "brother faces up to ten years under Section 67B of the IT Act.",
            [(True, 36), (False, 120)],
        ),
    ],
)
def test_the_review_2026_12_20c_rows(
    catalog: Catalog, text: str, expected: list[tuple[bool, int | None]]
) -> None:
    read = _stated(catalog, text, D(2022, 6, 1))
    assert [(p.imposed, p.max_months) for p in read] == expected


def test_secs_names_sections_as_sections_does(catalog: Catalog) -> None:
    """ "Secs." before a list of sections closes a statement as "Sections" does: the fine passed
    under them is theirs, not the POCSO section named before (review 2026-12-20e M2)."""
    read = _stated(
        catalog,
        "He was sentenced to two years in jail under Section 12 of the POCSO Act and fined Rs. "
        "10,000 under Secs. 67 and 67B of the IT Act.",
        D(2022, 6, 1),
    )
    assert [(p.imposed, p.provision) for p in read] == [
        (True, "pocso-2012/s12"),
        (True, "it-act-2000/s67"),
    ]


def test_rs_with_a_stop_ends_no_sentence(catalog: Catalog) -> None:
    """ "Rs." before an amount ends no sentence: the section that closes the statement is
    still in it (review 2026-12-20c M3)."""
    (stated,) = _stated(
        catalog,
        "The accused was arrested under Section 12 of the POCSO Act and faces up to five years "
        "in jail and a fine of Rs. 10 lakh under Section 67B of the IT Act.",
        D(2022, 6, 1),
    )
    assert (stated.provision, stated.differs) == ("it-act-2000/s67B", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-20d H1: words after a split-off clause's section (a relative clause, a
        # purpose) are not its own verb: the fine is still passed
        (
            "The court sentenced him to two years in jail under Section 12 of the POCSO Act and a "
            "fine of Rs 20,000 under Section 67 of the IT Act, which he has paid.",
            [(True, 24), (True, None)],
        ),
        (
            "The special court sentenced him to five years in jail under Section 14 of the POCSO "
            "Act and a fine of Rs 50,000 under Section 67B of the IT Act for circulating a video "
            "that showed a minor girl.",
            [(True, 60), (True, None)],
        ),
        # H2: "FIRs." and an amount before "Rs." end their sentence
        (
            "He was sentenced to three years in jail by the Pune court in one of the FIRs. 2 "
            "co-accused face up to seven years under Section 67B of the IT Act.",
            [(True, 36), (False, 84)],
        ),
        (
            "The accused was fined 10,000 Rs. 2 co-accused were sentenced to three years in jail "
            "under Section 67 of the IT Act.",
            [(True, None), (True, 36)],
        ),
        # H3, M1: "as a maximum" is a bound, "as he is a repeat offender" a reason
        (
            "Section 67B of the IT Act provides up to ten years as a maximum for a subsequent "
            "conviction.",
            [(False, 120)],
        ),
        (
            "The accused faces up to seven years under Section 67B of the IT Act as he is a repeat "
            "offender, police said.",
            [(False, 84)],
        ),
        # review 2026-12-20e H1-H3: a verb of the clause's own after an aside or a short
        # phrase; "40 secs." ends its sentence
        (
            "The court sentenced him to five years in jail under Section 14 of the POCSO Act, and "
            "a fine of Rs 1 lakh under Section 67B of the IT Act, sought by the prosecution, was "
            "turned down.",
            [(True, 60), (False, None)],
        ),
        (
            "The court sentenced him to two years in jail under Section 12 of the POCSO Act and "
            "seven years in jail under Section 67B of the IT Act for a repeat offender is what "
            "the law provides.",
            [(True, 24), (False, 84)],
        ),
        (
            "He was sentenced to three years in jail for sharing a clip of 40 secs. 5 years in "
            "jail is the maximum under Section 67B of the IT Act.",
            [(True, 36), (False, 60)],
        ),
    ],
)
def test_the_review_2026_12_20d_rows(
    catalog: Catalog, text: str, expected: list[tuple[bool, int | None]]
) -> None:
    read = _stated(catalog, text, D(2022, 6, 1))
    assert [(p.imposed, p.max_months) for p in read] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a term to serve if the fine is not paid is no sentence for the offence (IPC s.64)
        (
            "The court sentenced him to five years of rigorous imprisonment under Section 67B of "
            "the IT Act and imposed a fine of Rs 10,000. In default of payment of fine, he will "
            "undergo simple imprisonment for three months.",
            [
                (False, "a sentence of rigorous imprisonment for 5 years; a fine of ₹10,000"),
                (True, "simple imprisonment for 3 months in default of paying the fine"),
            ],
        ),
        # … and its kind is not the sentence's
        (
            "He was sentenced to three years of simple imprisonment and fined Rs 5,000, in "
            "default of which he shall undergo rigorous imprisonment for one month.",
            [
                (
                    False,
                    "a sentence of simple imprisonment for 3 years; a fine of ₹5,000; rigorous "
                    "imprisonment for 1 month in default of payment",
                )
            ],
        ),
        (
            "The court sentenced him to five years under Section 67B of the IT Act and a fine of "
            "Rs 10,000, in default of which he shall undergo six months of simple imprisonment.",
            [
                (
                    False,
                    "a sentence of imprisonment for 5 years; a fine of ₹10,000; simple "
                    "imprisonment for 6 months in default of payment",
                )
            ],
        ),
    ],
)
def test_a_term_in_default_of_the_fine_is_said_as_such(
    catalog: Catalog, text: str, expected: list[tuple[bool, str]]
) -> None:
    stated = _stated(catalog, text)
    assert [(p.in_default, p.claims) for p in stated] == expected
    assert all(p.differs is None for p in stated if p.in_default)


@pytest.mark.parametrize(
    ("text", "differs"),
    [
        (
            "He was booked under Section 506 of the IPC, which is punishable with imprisonment "
            "up to seven years.",
            False,
        ),
        (
            "He was booked under Section 506 of the IPC, which is punishable with imprisonment "
            "up to two years.",
            False,
        ),
        ("The court sentenced him to five years under Section 506 of the IPC.", False),
        # above every limb: up to two years, or up to seven
        (
            "He was booked under Section 506 of the IPC, which is punishable with imprisonment "
            "up to ten years.",
            True,
        ),
        ("The court sentenced him to ten years under Section 506 of the IPC.", True),
    ],
)
def test_a_penalty_graded_by_its_cases_is_compared_with_every_limb(
    catalog: Catalog, text: str, differs: bool
) -> None:
    """IPC s.506 punishes criminal intimidation with up to two years and, "if the threat be to
    cause death or grievous hurt, …", with up to seven: a statement of either limb's term is
    the law (review 2026-12-21c M2); one beyond both differs, and the difference words both
    limbs."""
    stated = _stated(catalog, text)
    assert stated
    assert [p.differs is not None for p in stated] == [differs]
    if differs:
        words = stated[0].differs or ""
        assert "up to 2 years" in words
        assert "if the threat be to cause death or grievous hurt" in words
        assert "up to 7 years" in words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-21e H3: "default bail" is no term in default of a fine
        (
            "The accused, who was granted default bail, was sentenced to rigorous imprisonment "
            "for ten years under Section 67B of the IT Act.",
            (False, "a sentence of rigorous imprisonment for 10 years", True),
        ),
        # H4: a fine for failing to report is the offence's (POCSO s.21), no costs
        (
            "The doctor was fined Rs 10,000 for delay in reporting the abuse under Section 21 of "
            "the POCSO Act.",
            (False, "a fine of ₹10,000", False),
        ),
        # M2: a default clause before the sentence takes its kind from it no more than after
        (
            "The court, which noted that in default of payment he would serve six more months, "
            "sentenced him to rigorous imprisonment for five years and a fine of Rs 5,000.",
            (
                False,
                "a sentence of rigorous imprisonment for 5 years; a fine of ₹5,000; imprisonment "
                "for 6 months in default of payment",
                False,
            ),
        ),
    ],
)
def test_the_review_2026_12_21e_rows(
    catalog: Catalog, text: str, expected: tuple[bool, str, bool]
) -> None:
    stated = _stated(catalog, text)
    in_default, claims, differs = expected
    assert [(p.in_default, p.claims) for p in stated] == [(in_default, claims)]
    assert (stated[0].differs is not None) is differs


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # review 2026-12-21f H4: "in default of" bail conditions or a loan is no fine's default
        (
            "He was sentenced, being in default of bail, to ten years' rigorous imprisonment "
            "under Section 67B of the IT Act.",
            [(False, "a sentence of rigorous imprisonment for 10 years")],
        ),
        # 21g H1-H3: a sentence after a default clause, a bare "in default to undergo", a
        # default term's kind in brackets
        (
            "The court sentenced him to a fine of Rs 10,000, in default of which he shall "
            "undergo three months simple imprisonment, and rigorous imprisonment for three "
            "years under Section 67B of the IT Act.",
            [
                (
                    False,
                    "a sentence of rigorous imprisonment for 3 years; a fine of ₹10,000; simple "
                    "imprisonment for 3 months in default of payment",
                )
            ],
        ),
        (
            "He was sentenced to rigorous imprisonment for five years and a fine of Rs 5,000, in "
            "default to undergo simple imprisonment for three months.",
            [
                (
                    False,
                    "a sentence of rigorous imprisonment for 5 years; a fine of ₹5,000; simple "
                    "imprisonment for 3 months in default of payment",
                )
            ],
        ),
        (
            "He was sentenced to five years and a fine of Rs 10,000 (in default, RI for one "
            "month) under Section 67B of the IT Act.",
            [
                (
                    False,
                    "a sentence of imprisonment for 5 years; a fine of ₹10,000; rigorous "
                    "imprisonment for 1 month in default of payment",
                )
            ],
        ),
    ],
)
def test_the_review_2026_12_21f_rows(
    catalog: Catalog, text: str, claims: list[tuple[bool, str]]
) -> None:
    stated = _stated(catalog, text)
    assert [(p.in_default, p.claims) for p in stated if not p.in_default] == claims


@pytest.mark.parametrize(
    "text",
    [
        # review 2026-12-22a H1: a statement after a list of sections is said of the list
        "A case has been registered under Sections 354D and 506 of the IPC, which entails a "
        "punishment of up to three years, against the youth who stalked the minor girl online.",
        "He was booked under Section 12 of the POCSO Act and Section 506 of the IPC, punishable "
        "with up to three years in jail, for sending obscene messages to the minor.",
        "The youth was booked under IPC Sections 354D, 509 and 506, which entails up to three "
        "years in jail.",
        # M1: a sentence passed after a list of the sections convicted under
        "The court convicted him under Sections 376 and 506 of the IPC and sentenced him to 10 "
        "years' rigorous imprisonment for raping the minor girl.",
        # (M2, what someone says is deserved, is now no statement at all: see
        # test_a_punishment_deserved_is_an_opinion)
    ],
)
def test_a_statement_after_a_list_or_an_opinion_is_said_to_differ_from_nothing(
    catalog: Catalog, text: str
) -> None:
    stated = _stated(catalog, text, D(2022, 6, 1))
    assert stated
    assert all(p.differs is None for p in stated)


@pytest.mark.parametrize(
    ("text", "provision"),
    [
        # review 2026-12-22c H6: a section in an earlier clause makes no list
        (
            "The accused, who was booked under Section 354 of the IPC in 2019, now faces charges "
            "under Section 67B of the IT Act, which provides up to ten years in jail. The victim "
            "is a minor.",
            "it-act-2000/s67B",
        ),
        (
            "Apart from Section 12 of the POCSO Act, police added Section 67B of the IT Act, "
            "which carries up to 10 years in jail. The victim is a minor.",
            "it-act-2000/s67B",
        ),
        # H7: "the latter" names its member
        (
            "He was booked under Section 12 of the POCSO Act and Section 67B of the IT Act, the "
            "latter of which carries up to ten years in jail. The victim is a minor.",
            "it-act-2000/s67B",
        ),
        # H8: clauses of one section share its punishment
        (
            "He was booked under Section 67B(a) and (b) of the IT Act, which provides up to ten "
            "years in jail. The victim is a minor.",
            "it-act-2000/s67B(b)",
        ),
        # … and a slash list is a list ("IPC 376/506")
        ("Case registered under IPC 376/506, which entails up to ten years.", None),
    ],
)
def test_a_statement_is_said_of_its_one_section_not_a_list_that_is_none(
    catalog: Catalog, text: str, provision: str | None
) -> None:
    (stated,) = _stated(catalog, text, D(2022, 6, 1))
    assert stated.provision == provision
    assert (stated.differs is not None) is (provision is not None)


def test_deserving_marks_a_demand_only_right_before_the_term(catalog: Catalog) -> None:
    """Review 2026-12-22c M3: "deserves stricter enforcement, provides up to ten years" is the
    law, stated wrong."""
    text = (
        "Section 67B of the IT Act, which the police said deserves stricter enforcement, "
        "provides up to ten years. The victim is a minor."
    )
    (stated,) = _stated(catalog, text, D(2022, 6, 1))
    assert stated.differs is not None


@pytest.mark.parametrize(
    "text",
    [
        # review 2026-12-22d H4: numbered sub-sections of one section may punish apart
        "He was booked under Sections 15(2) and 15(3) of the POCSO Act, which provides up to "
        "three years.",
        # M1: "Part II" is part of a list's joint
        "He was booked under Sections 354, 509, 506 Part II of the IPC and Section 67B of the IT "
        "Act, which provides up to ten years.",
        # H5: what is deserved, in a few words before the term
        "The father said the accused deserved to get ten years in jail under Section 67B of the "
        "IT Act.",
        "The family said he deserves nothing short of ten years in jail under Section 67B of the "
        "IT Act.",
    ],
)
def test_the_review_2026_12_22d_rows_differ_from_nothing(catalog: Catalog, text: str) -> None:
    stated = _stated(catalog, text, D(2022, 6, 1))
    assert stated
    assert all(p.differs is None for p in stated)


@pytest.mark.parametrize(
    ("text", "differs"),
    [
        # review 2026-12-22e H1: what a law "deserves" is no demand of a term
        (
            "Section 67B of the IT Act, which deserves a rethink as it carries up to ten years, "
            "was invoked. The victim is a minor.",
            True,
        ),
        # M2: a list whose second Act is named before its section
        (
            "He was booked under Section 12 of the POCSO Act and the IT Act's Section 67B, which "
            "provides up to three years.",
            False,
        ),
        # M1: longer demands
        (
            "The family said the accused deserves to be locked up in jail for ten years under "
            "Section 67B of the IT Act.",
            False,
        ),
        (
            "The family said he deserves the most exemplary and severe punishment of ten years "
            "under Section 67B of the IT Act.",
            False,
        ),
    ],
)
def test_the_review_2026_12_22e_rows(catalog: Catalog, text: str, differs: bool) -> None:
    (stated,) = _stated(catalog, text, D(2022, 6, 1))
    assert (stated.differs is not None) is differs


def test_a_statement_of_an_earlier_text_does_not_differ_on_the_reports_own_date(
    catalog: Catalog,
) -> None:
    """POCSO s.14(1) punished with up to five years until 16 August 2019, and with at least
    five years after. A report of 2021 that says "up to five years" may tell of conduct before
    the amendment: on the report's own date it does not differ; on a day the caller gives as
    the conduct's, after the amendment, it does."""
    text = (
        "Published: 12 March 2021\n\nThe accused, who filmed the minor girl in 2018, was booked "
        "under Section 14(1) of the POCSO Act, which provides for imprisonment of up to five "
        "years."
    )
    [own] = catalog.analyze(text).stated_punishments
    assert own.provision == "pocso-2012/s14(1)"
    assert own.differs is None
    [given] = catalog.analyze(text, dt.date(2021, 3, 12)).stated_punishments
    assert given.differs is not None
    assert "at least 5 years" in given.differs
    # a term no text of the provision ever had differs on the report's own date too
    [never] = catalog.analyze(text.replace("five years", "ten years")).stated_punishments
    assert never.differs is not None


def test_a_statement_of_law_ended_by_the_reports_date_is_compared_with_its_last_text(
    catalog: Catalog,
) -> None:
    """IPC s.292 ended on 1 July 2024; a report of 2025 that says it provides ten years states
    what none of its texts provided (review 2026-12-24c M2); one that says two years does not
    differ."""
    ten = catalog.analyze(
        "Published: 5 May 2025\n\nHe was booked under Section 292 of the IPC, which provides "
        "imprisonment of up to ten years, for selling obscene videos of a minor girl."
    ).stated_punishments
    assert [p.provision for p in ten] == ["ipc-1860/s292"]
    assert ten[0].differs is not None
    assert "its last text before it ended (it was no longer in force on 2025-05-05)" in (
        ten[0].differs
    )
    two = catalog.analyze(
        "Published: 5 May 2025\n\nHe was booked under Section 292 of the IPC, which provides "
        "imprisonment of up to two years, for selling obscene videos of a minor girl."
    ).stated_punishments
    assert [p.differs for p in two] == [None]


@pytest.mark.parametrize(
    ("text", "months", "fine"),
    [
        (
            "Under Section 67B of the IT Act the offence is punishable with imprisonment up to "
            "twenty-five years.",
            300,
            None,
        ),
        (
            "He was sentenced to twenty five years in jail under Section 6 of the POCSO Act.",
            300,
            None,
        ),
        ("He was fined fifty thousand rupees under Section 67B of the IT Act.", None, 50000),
        # the thousands after a lakh
        (
            "He was fined two lakh fifty thousand rupees under Section 67B of the IT Act.",
            None,
            250000,
        ),
        # not past "and", which as often joins two amounts (review 2026-12-26c H4)
        (
            "The two were fined Rs 2 lakh and 50 thousand respectively under Section 67B of the "
            "IT Act.",
            None,
            200000,
        ),
        ("He was fined Rs 2 lakhs 50 thousand under Section 67B of the IT Act.", None, 250000),
        # Hindi and Marathi lakhs before thousands (review 2026-12-26c H5)
        (
            "अदालत ने आरोपी को पॉक्सो एक्ट की धारा 15(1) के तहत 1 लाख 2 हजार रुपये का जुर्माना लगाया।",
            None,
            102000,
        ),
        ("न्यायालयाने आरोपीला 2 लाख 50 हजार रुपये दंड ठोठावला.", None, 250000),
    ],
)
def test_compound_number_words_are_read_whole(
    catalog: Catalog, text: str, months: int | None, fine: int | None
) -> None:
    """ "twenty-five years" is 25 years, not five (review 2026-12-25a M4)."""
    (stated,) = _stated(catalog, text, D(2022, 3, 3))
    assert (stated.max_months, stated.fine_max_inr) == (months, fine)


@pytest.mark.parametrize(
    "ages",
    [
        "children aged twelve years and above",
        # a range of ages, and other people's (review 2026-12-25c H3)
        "children aged 12 to 18 years",
        "children in the age group of 12 to 18 years",
        "juveniles of 16 years and above",
        "kids of 16 years and above",
        "adolescents of 16 years and above",
    ],
)
def test_an_age_is_no_term(catalog: Catalog, ages: str) -> None:
    """ "children aged twelve years and above" is an age, not a term "12 years or more" (review
    2026-12-25b H3)."""
    (stated,) = _stated(
        catalog,
        f"Under Section 67B of the IT Act, sharing sexually explicit material of {ages} is "
        "punishable with up to five years.",
        D(2022, 3, 3),
    )
    assert (stated.min_months, stated.max_months, stated.differs) == (None, 60, None)


@pytest.mark.parametrize(
    ("text", "differs"),
    [
        # s.15(3)'s text to come, though s.15's own has no penalty (review 2026-12-25b H2)
        (
            "New Delhi, August 12, 2019: Storing child pornography for commercial purposes is "
            "punishable under Section 15 of the POCSO Act with imprisonment of three to five "
            "years.",
            False,
        ),
        # neither the text in force nor any sub-section's text to come has ten years
        (
            "New Delhi, August 12, 2019: Storing child pornography is punishable under Section "
            "15 of the POCSO Act with up to ten years in jail.",
            True,
        ),
    ],
)
def test_a_section_to_come_is_compared_with_its_sub_sections_to_come(
    catalog: Catalog, text: str, differs: bool
) -> None:
    (stated,) = catalog.analyze(text).stated_punishments
    assert (stated.differs is not None) is differs


def test_a_place_after_of_is_no_age(catalog: Catalog) -> None:
    """ "a youth of Rampur to 20 years": a place, not the low end of an age range; the sentence
    passed is read (review 2026-12-25d M4)."""
    (stated,) = _stated(
        catalog,
        "The court sentenced a youth of Rampur to 20 years under Section 6 of the POCSO Act.",
        D(2022, 3, 3),
    )
    assert (stated.max_months, stated.imposed) == (240, True)


@pytest.mark.parametrize(
    ("text", "differs"),
    [
        # the Bill's text to come, not yet enacted: what the report states (review
        # 2026-12-25c H2)
        (
            "New Delhi, July 25, 2019: Under the amendment Bill passed by the Rajya Sabha on "
            "Wednesday, storing child pornography for commercial purposes will be punishable "
            "under Section 15 of the POCSO Act with imprisonment of three to five years.",
            False,
        ),
        (
            "नई दिल्ली, 25 जुलाई 2019: राज्यसभा द्वारा पारित विधेयक के तहत पॉक्सो एक्ट की धारा 15"
            " में "
            "व्यावसायिक उद्देश्य से चाइल्ड पोर्नोग्राफी रखने पर तीन से पांच साल की सजा होगी।",
            False,
        ),
        # the Bill's text is not lawref's to compare with, whatever it states (a Bill may be
        # amended or renumbered: the first BNS Bill's s.294 is the Act's s.296; review
        # 2026-12-26a H1)
        (
            "New Delhi, July 25, 2019: Under the amendment Bill, storing child pornography will "
            "be punishable under Section 15 of the POCSO Act with up to ten years in jail.",
            False,
        ),
        (
            "New Delhi, August 20, 2023: Under the proposed Bharatiya Nyaya Sanhita, obscene "
            "songs in public will be punishable under Section 294 with up to three months.",
            False,
        ),
        (
            "New Delhi, September 5, 2023: Under the Jan Vishwas Bill, an intermediary that fails "
            "to preserve information under Section 67C of the IT Act will be liable to a penalty "
            "of up to Rs 25 lakh instead of jail.",
            False,
        ),
        # a Bill in one of the two sentences before, in English or Hindi, and a Bill's own
        # sentence past an honorific's full stop (review 2026-12-26b H1)
        (
            "New Delhi, July 24, 2019: The Rajya Sabha on Wednesday passed the POCSO (Amendment) "
            "Bill, 2019. Under it, storing child pornography for commercial purposes will be "
            "punishable with three to five years in jail under Section 15 of the POCSO Act.",
            False,
        ),
        (
            "नई दिल्ली, 24 जुलाई 2019: राज्यसभा ने बुधवार को पॉक्सो संशोधन विधेयक पारित कर दिया। "
            "इसके तहत व्यावसायिक उद्देश्य से चाइल्ड पोर्नोग्राफी रखने पर पॉक्सो एक्ट की धारा 15"
            " के तहत "
            "तीन से पांच साल की सजा होगी।",
            False,
        ),
        (
            "New Delhi, July 24, 2019: Under the amendment Bill piloted by Smt. Smriti Irani in "
            "the Rajya Sabha, storing child pornography for commercial purposes will be "
            "punishable with three to five years under Section 15 of the POCSO Act.",
            False,
        ),
        # on a day a Bill to change the provision was before Parliament or approved by the
        # Cabinet, whatever the words and wherever the Bill is named (reviews 2026-12-26c H1,
        # H2)
        (
            "New Delhi, July 24, 2019: The Rajya Sabha on Wednesday passed the POCSO (Amendment) "
            "Bill, 2019. It was moved by the Minister. She said the law would be gender-neutral. "
            "Storing child pornography for commercial purposes will attract three to five years "
            "in jail under Section 15 of the POCSO Act.",
            False,
        ),
        (
            "New Delhi, December 28, 2018: The Union Cabinet on Friday approved amendments to the "
            "POCSO Act. Storing child pornography for commercial purposes will attract three to "
            "five years in jail under Section 15 of the POCSO Act.",
            False,
        ),
        # a Bill the data does not hold named for the statement's Act in a sentence before, or
        # an Ordinance; a list under a colon line counts as one sentence with it (review
        # 2026-12-26d H1, H2)
        (
            "New Delhi, December 23, 2008: The Lok Sabha on Monday passed the Information "
            "Technology (Amendment) Bill, 2008 without debate. Under the amended law, publishing "
            "obscene material in electronic form will attract up to three years in jail and a "
            "fine of up to Rs 5 lakh under Section 67 of the IT Act.",
            False,
        ),
        (
            "New Delhi, February 1, 2013: The Union Cabinet on Friday approved an ordinance on "
            "crimes against women. The new offences:\n- Stalking, under Section 354D of the "
            "IPC.\n- Eve-teasing, under Section 509 of the IPC: up to three years in jail.",
            False,
        ),
        # no Bill pending and none named in the sentence: a Bill in a sentence before, a man
        # named Bill, a bill to pay are no Bill's statement (review 2026-12-26c M1)
        # an unnamed Bill in the sentence before may be the Act's (review 2026-12-26e H1)
        (
            "Kochi, March 3, 2016: Will a new Bill help? Storing child pornography for commercial "
            "purposes is punishable with three to five years in jail under Section 15 of the "
            "POCSO Act.",
            False,
        ),
        (
            "New Delhi, December 23, 2008: The Lok Sabha passed the IT (Amendment) Bill. "
            "Publishing obscene material in electronic form will attract up to three years in "
            "jail and a fine of up to Rs 5 lakh under Section 67 of the IT Act.",
            False,
        ),
        (
            "New Delhi, December 4, 2012: The Criminal Laws (Amendment) Bill, 2012 was "
            "introduced in the Lok Sabha. Under the new law, insulting the modesty of a woman "
            "under Section 509 of the IPC will attract up to five years in jail.",
            False,
        ),
        # another law's Bill, by its name or its topic (review 2026-12-26e H1, M1)
        (
            "Kochi, March 3, 2022: The government has introduced a Bill on data protection. "
            "Sharing child pornography is punishable with up to ten years under Section 67B of "
            "the IT Act.",
            True,
        ),
        (
            "Kochi, March 3, 2016: The Lok Sabha passed the Finance Bill on Tuesday. Under the "
            "POCSO Act, storing child pornography for commercial purposes is punishable with "
            "three to five years in jail under Section 15.",
            True,
        ),
        (
            "Kochi, March 3, 2016: The Lok Sabha passed the Finance Bill on Tuesday. In Kochi, a "
            "man was arrested. Storing child pornography for commercial purposes is punishable "
            "with three to five years in jail under Section 15 of the POCSO Act.",
            True,
        ),
        (
            "Kochi, March 3, 2016: The proposed flyover was discussed. Storing child pornography "
            "for commercial purposes is punishable with three to five years in jail under "
            "Section 15 of the POCSO Act.",
            True,
        ),
        # a Bill that lapsed pends no more (review 2026-12-26d M2)
        (
            "Mumbai, June 15, 2019: Storing child pornography for commercial purposes is "
            "punishable with three to five years in jail under Section 15 of the POCSO Act.",
            True,
        ),
        (
            "Kochi, March 3, 2016: The Bill was discussed. The man was arrested. The court heard "
            "the case. Storing child pornography for commercial purposes is punishable with "
            "three to five years in jail under Section 15 of the POCSO Act.",
            True,
        ),
        (
            "Kochi, March 3, 2022: The accused, who ran up a bill of Rs 2 lakh, faces up to ten "
            "years under Section 67B of the IT Act.",
            True,
        ),
        (
            "Kochi, March 3, 2016: Bill Fernandes, the SP, said storing child pornography for "
            "commercial purposes is punishable with three to five years in jail under Section 15 "
            "of the POCSO Act.",
            True,
        ),
        (
            "Kochi, March 3, 2016: Police told the man who could not pay his hotel bill that "
            "storing child pornography for commercial purposes is punishable with three to five "
            "years in jail under Section 15 of the POCSO Act.",
            True,
        ),
        # no Bill named, but one to change s.15 was before Parliament that day: the statement
        # may be of its text, and is compared with nothing (review 2026-12-26c H1)
        (
            "New Delhi, July 25, 2019: Storing child pornography for commercial purposes is "
            "punishable under Section 15 of the POCSO Act with imprisonment of three to five "
            "years.",
            False,
        ),
    ],
)
def test_a_punishment_a_bill_states_differs_from_nothing(
    catalog: Catalog, text: str, differs: bool
) -> None:
    (stated,) = catalog.analyze(text).stated_punishments
    assert (stated.differs is not None) is differs
    # a statement not compared says why (review 2026-12-26d M7)
    if differs:
        assert stated.not_compared is None
    elif stated.provision is not None:
        assert stated.not_compared is not None
        assert stated.not_compared.startswith("not compared: ")


def test_the_text_view_says_why_a_statement_was_not_compared(catalog: Catalog) -> None:
    """The text view shows a statement lawref chose not to compare with the reason, so that it
    is not taken as agreeing with the law (review 2026-12-26d M7)."""
    text = (
        "New Delhi, July 24, 2019: Storing child pornography for commercial purposes is "
        "punishable under Section 15 of the POCSO Act with imprisonment of three to five years."
    )
    shown = " ".join(analysis_text(catalog, text, catalog.analyze(text), colour=False).split())
    assert (
        "not compared: on 2019-07-24 a Bill to change it was before Parliament (The Protection "
        "of Children from Sexual Offences (Amendment) Bill, 2019, introduced in the Rajya Sabha "
        "on 2019-07-18)"
    ) in shown


def test_a_sentence_passed_is_never_a_bills_text(catalog: Catalog) -> None:
    """A court passes a sentence under the law, never under a Bill: a Bill named in its
    sentence does not excuse a term the law did not allow (review 2026-12-25d M1)."""
    (stated,) = catalog.analyze(
        "New Delhi, March 3, 2022: While the Bill is pending, the court sentenced him to ten "
        "years under Section 67B of the IT Act."
    ).stated_punishments
    assert stated.imposed
    assert stated.differs is not None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a section the Bill would make, not change (the BNS before the Sanhita's assent)
        (
            "New Delhi, October 10, 2023: Publishing obscene material will be punishable under "
            "Section 294 of the BNS with imprisonment up to two years.",
            "a Bill to enact the BNS was before Parliament",
        ),
        # the Cabinet's approval before the Bill's introduction
        (
            "New Delhi, July 12, 2019: Storing child pornography for commercial purposes is "
            "punishable under Section 15 of the POCSO Act with imprisonment of three to five "
            "years.",
            "the Union Cabinet had approved a Bill to change it (The Protection of Children "
            "from Sexual Offences (Amendment) Bill, 2019, introduced later in the Rajya Sabha "
            "on 2019-07-18)",
        ),
        # a proposal quoted with its noun, and where it was found
        (
            "New Delhi, March 3, 2022: Under the proposed changes, storing child pornography "
            "for commercial purposes is punishable under Section 15 of the POCSO Act with "
            "imprisonment up to ten years.",
            "“the proposed changes” is named in its sentence or one of the two before",
        ),
    ],
)
def test_why_a_statement_was_not_compared_is_worded_for_its_case(
    catalog: Catalog, text: str, reason: str
) -> None:
    """The reason a statement is compared with nothing names what stood in the way as it was:
    a Bill that would enact a section not yet in any Act, a Bill the Cabinet had approved and
    Parliament would see later, a proposal quoted with its noun (review 2026-12-26e L1)."""
    (stated,) = catalog.analyze(text).stated_punishments
    assert stated.differs is None
    assert stated.not_compared is not None
    assert reason in stated.not_compared


@pytest.mark.parametrize(
    ("text", "said", "unmeasured", "claims"),
    [
        (
            "Sharing such material is punishable with imprisonment and fine under Section 67B "
            "of the IT Act.",
            "punishable with imprisonment and fine",
            ("imprisonment", "fine"),
            "imprisonment (no term read); a fine (no amount read)",
        ),
        (
            "Offenders may face legal consequences, including fines and imprisonment.",
            "fines and imprisonment",
            ("imprisonment", "fine"),
            "imprisonment (no term read); a fine (no amount read)",
        ),
        ("Such an act is punishable with fine.", "punishable with fine", ("fine",), None),
        ("Those found guilty face jail.", "face jail", ("imprisonment",), None),
        # the law said of one offence, a denial of the act punished, the statute's alternatives
        # (review 2027-01-02c M1, M4, L2)
        (
            "Stalking is a crime punishable with imprisonment under Section 78 of the BNS.",
            "punishable with imprisonment",
            ("imprisonment",),
            None,
        ),
        (
            "Obscenity is an offence punishable with fine under Section 292 of the IPC.",
            "punishable with fine",
            ("fine",),
            None,
        ),
        (
            "Those who do not report such material will be punished with imprisonment.",
            "punished with imprisonment",
            ("imprisonment",),
            None,
        ),
        (
            "Whoever does so shall be punishable with imprisonment, or with fine, or with both.",
            "punishable with imprisonment, or with fine",
            ("imprisonment", "fine"),
            None,
        ),
        (
            "It is punishable with imprisonment of either description.",
            "punishable with imprisonment",
            ("imprisonment",),
            None,
        ),
        # Hindi: imprisonment and a fine provided; jail that may follow
        (
            "इसमें कठोर कारावास और जुर्माने का प्रावधान है।",
            "कारावास और जुर्माने",
            ("imprisonment", "fine"),
            None,
        ),
        ("ऐसे वीडियो शेयर करने पर आपको जेल भी हो सकती है।", "जेल भी हो सकती", ("imprisonment",), None),
        ("इसमें जेल और जुर्माने दोनों का प्रावधान है।", "जेल और जुर्माने", ("imprisonment", "fine"), None),
        (
            "इस धारा में कैद और जुर्माने की सजा का प्रावधान है।",
            "कैद और जुर्माने",
            ("imprisonment", "fine"),
            None,
        ),
        # a denial of the act punished, not of the punishment; the law as a court may apply it;
        # the law's words "attracts a sentence of", "punished with … and fine", "can lead to"
        # (review 2027-01-02d H2, M1, L2)
        ("Those who do not report will face jail.", "face jail", ("imprisonment",), None),
        (
            "If convicted, the accused is punishable with imprisonment and fine under Section 67.",
            "punishable with imprisonment and fine",
            ("imprisonment", "fine"),
            None,
        ),
        (
            "The offence attracts a sentence of imprisonment and fine under Section 67.",
            "imprisonment and fine",
            ("imprisonment", "fine"),
            None,
        ),
        (
            "Sharing such content is punished with imprisonment and fine under Section 67.",
            "punished with imprisonment and fine",
            ("imprisonment", "fine"),
            None,
        ),
        (
            "Sharing such content can lead to imprisonment and fine.",
            "imprisonment and fine",
            ("imprisonment", "fine"),
            None,
        ),
        ("वह जेल जाने से नहीं बच सकता।", "जेल जाने से नहीं बच सकता", ("imprisonment",), None),
    ],
)
def test_a_punishment_named_with_no_term_or_amount_is_read(
    catalog: Catalog,
    text: str,
    said: str,
    unmeasured: tuple[str, ...],
    claims: str | None,
) -> None:
    """A report that names the law's kinds of punishment without their measure ("punishable
    with imprisonment and fine", "कठोर कारावास और जुर्माने का प्रावधान") states a punishment:
    read, worded as named with no term or amount read, and compared with no law."""
    (stated,) = _stated(catalog, text)
    assert stated.text == said
    assert stated.unmeasured == unmeasured
    assert stated.differs is None
    assert claims is None or stated.claims == claims


@pytest.mark.parametrize(
    "text",
    [
        # denied (review 2027-01-02b H1)
        "Possessing adult pornography is not punishable with imprisonment.",
        "Viewing adult content in private is not punishable with imprisonment or fine under "
        "Section 67 of the IT Act, the Supreme Court said.",
        "It attracts no penalty, fine or imprisonment.",
        "Watching such content privately is neither punishable with imprisonment nor fine.",
        "There was no fine or imprisonment in the order.",
        "आईटी एक्ट की धारा 67 के तहत अश्लील वीडियो देखने पर जेल और जुर्माना नहीं होगा।",
        "इस मामले में आपको जेल जाना नहीं पड़ेगा।",
        "उसे पहले भी जेल भी हो चुकी है और वह फिर पकड़ा जा सकता है।",
        "He will not face jail.",
        "Nobody will face jail for sharing a meme, the minister said.",
        "He is unlikely to face jail for the post.",
        "The Jan Vishwas Act removed the provision for imprisonment and fine under Section 66A.",
        "जन विश्वास कानून के तहत जेल और जुर्माने का प्रावधान हटा दिया गया है।",
        "Cases punishable with imprisonment or fine may be compounded.",
        "He won't face jail for this.",
        "Such sharing does not attract imprisonment.",
        # "none of", and a whole clause denied earlier in its sentence
        "None of the users will face jail, police said.",
        "It is not true that viewing such material is punishable with imprisonment.",
        "Police said it is not true that the accused will face jail.",
        "It is a myth that watching such videos attracts imprisonment and fine.",
        "न तो जेल जाना पड़ेगा, न जुर्माना।",
        # custody, a threat, a term in default (H2, H5, M3)
        "He was sent to jail on Monday.",
        "The accused will go to jail after the magistrate rejected his bail plea.",
        "The husband threatened her that she would go to jail if she went to the police.",
        "He was directed to pay the fine, failing which he would go to jail.",
        # the two kinds named with no word of the law's punishment: an acquittal, a statistic,
        # an adjective (H3); fines under other law or refused (H4)
        "The Supreme Court acquitted him, sparing him imprisonment and fine under Section 67.",
        "In 2023, 120 people were sentenced to imprisonment and fines under the POCSO Act.",
        "The inmate is fine and jail authorities have informed his family.",
        "The RBI imposed fines on five cooperative banks last month.",
        "No fine will be levied for the first violation, the traffic police said.",
        # a sentence set aside, law replaced, a sentence passed with no term (review
        # 2027-01-02c H3, M5)
        "The High Court set aside the punishment of imprisonment and fine under Section 67.",
        "The Jan Vishwas Act replaced imprisonment and fine with a penalty.",
        "The court sentenced him to rigorous imprisonment and fine under Section 67B.",
        "अदालत ने उसे कारावास और जुर्माने की सजा सुनाई।",
        # a class of offences (M2; 02c M4)
        "Offences punishable with imprisonment or fine are compoundable.",
        "Any offence punishable with imprisonment and fine is cognisable.",
        "Offences punishable with imprisonment for less than three years were bailable.",
        "Offences punishable with fine only are compoundable under the BNSS.",
        "He was arrested for an offence punishable with imprisonment.",
    ],
)
def test_words_of_punishment_that_state_none_are_not_read(catalog: Catalog, text: str) -> None:
    """Denials, custody, threats, terms in default, acquittals, statistics, other law's fines and
    classes of offences state no punishment of the law."""
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Viewing such material is not punishable with five years of imprisonment.",
        "It is not true that viewing such material is punishable with five years in jail.",
        "None of the accused will face five years in jail.",
        "It is a myth that viewing attracts a fine of Rs 10 lakh.",
        "It is false that the offence carries life imprisonment.",
        "The offence is not punishable with death.",
    ],
)
def test_a_measured_punishment_the_text_denies_is_not_read(catalog: Catalog, text: str) -> None:
    """A term, fine, life or death denied by a word before it in its clause, or by words
    earlier in its sentence that deny the clause ("it is not true that …"), is no statement of
    the law: reading it would compare with the law what the text says the law is not."""
    assert _stated(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "He was not sentenced to life imprisonment but to ten years.",
            ["imprisonment of 10 years"],
        ),
        (
            "It is a myth that only sharing is punishable; viewing is punishable with "
            "imprisonment and fine.",
            ["imprisonment (no term read); a fine (no amount read)"],
        ),
        (
            "The accused, who did not appear, faces seven years in jail.",
            ["imprisonment of 7 years"],
        ),
        (
            "Those who do not report it will face six months in jail.",
            ["imprisonment of 6 months"],
        ),
    ],
)
def test_a_denial_takes_back_only_what_it_reaches(
    catalog: Catalog, text: str, claims: list[str]
) -> None:
    """A denial reaches its own clause ("not … life imprisonment but … ten years": the ten
    years stand), a "that" clause up to a semicolon, and not a punishment after other words of
    its clause (the denial of the act punished, "who do not report").
    """
    assert [s.claims for s in _stated(catalog, text)] == claims


def test_a_stated_term_leaves_no_punishment_unmeasured(catalog: Catalog) -> None:
    """Where the sentence states a term, the kinds it names beside it are read with the term,
    not as a punishment with none ("punishable with imprisonment up to five years and fine")."""
    (stated,) = _stated(
        catalog, "Under Section 67B it is punishable with imprisonment up to five years and fine."
    )
    assert stated.unmeasured == ()
    assert stated.max_months == 60


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        # a court's sentence in words the reader did not know (survey of unseen reports)
        (
            "The Nadiad POCSO court convicted the man, sentencing him to two concurrent 10 years "
            "of rigorous imprisonment and a fine of Rs 5,000.",
            "a sentence of rigorous imprisonment for 10 years; a fine of ₹5,000",
            True,
        ),
        (
            "The court convicted him, directing him to undergo rigorous imprisonment for 7 years.",
            "a sentence of rigorous imprisonment for 7 years",
            True,
        ),
        (
            "The court convicted the three accused and imposed jail terms up to 20 years.",
            "a sentence of imprisonment for up to 20 years",
            True,
        ),
        (
            "The convict has received a 10-year jail term.",
            "a sentence of imprisonment for 10 years",
            True,
        ),
        (
            "The High Court held that the 20-year sentence imposed under Section 6 was "
            "appropriate.",
            "a sentence of imprisonment for 20 years",
            True,
        ),
        ("The court also levied a fine of Rs 10,000 on the accused.", "a fine of ₹10,000", True),
        ("A penalty of Rs 50,000 was also imposed on him by the court.", "a fine of ₹50,000", True),
        (
            "The court sentenced him to imprisonment till his death.",
            "a sentence of imprisonment for life",
            True,
        ),
        (
            "अदालत ने दोषी को आजीवन कारावास और 50 हजार रुपये का अर्थदंड सुनाया।",
            "a sentence of imprisonment for life; a fine of ₹50,000",
            True,
        ),
        (
            "विशेष न्यायाधीश ने आरोपी को 10 साल की सजा के साथ 30 हजार रुपये का जुर्माना भी किया।",
            "a sentence of imprisonment for 10 years; a fine of ₹30,000",
            True,
        ),
        (
            "कोर्ट ने आरोपी को 20 साल के कठोर कारावास की सजा देने का निर्णय सुनाया।",
            "a sentence of rigorous imprisonment for 20 years",
            True,
        ),
        (
            "अदालत ने दोषी को मरते दम तक कारावास की सजा सुनाई।",
            "a sentence of imprisonment for life",
            True,
        ),
        ("दोषी को 20,000 का अर्थ दंड भी लगाया गया है।", "a fine of ₹20,000", True),
        # … and the law's, still the law's
        (
            "The minimum punishment for penetrative sexual assault under POCSO Act is 10 years in "
            "jail.",
            "imprisonment of at least 10 years",
            False,
        ),
        (
            "Under Section 15, the offender shall be punished with imprisonment of either "
            "description which shall not be less than three years which may extend to five years.",
            "imprisonment from 3 years to 5 years",
            False,
        ),
        (
            "The offence is punishable with imprisonment for the remainder of the convict's "
            "natural life.",
            "imprisonment for life",
            False,
        ),
        (
            "A fine of up to Rs 10 lakh can be imposed under Section 67B.",
            "a fine up to ₹10 lakh",
            False,
        ),
    ],
)
def test_the_survey_s_sentences_passed_and_the_law_s_bounds(
    catalog: Catalog, text: str, claims: str, imposed: bool
) -> None:
    """A survey of reports lawref had never seen (2027-01-04) found courts' sentences read as
    the law's ("sentencing him to", "directing him to undergo", "imposed jail terms up to", "has
    received", "the sentence imposed", "levied a fine", "अर्थदंड सुनाया", "जुर्माना भी किया", "सजा देने
    का निर्णय सुनाया"), life in words ("till his death", "मरते दम तक"), a minimum read as a term
    ("The minimum punishment … is 10 years in jail") and a statute's maximum lost."""
    stated = _stated(catalog, text)
    assert [(s.claims, s.imposed) for s in stated] == [(claims, imposed)]


def test_a_span_of_time_ago_is_no_term(catalog: Catalog) -> None:
    """ "… for raping a girl three years ago" (survey of unseen reports, 2027-01-04): three years
    is no term of the sentence."""
    text = (
        "The court sentenced four people to 20 years of rigorous imprisonment each for raping a "
        "girl three years ago."
    )
    assert [s.claims for s in _stated(catalog, text)] == [
        "a sentence of rigorous imprisonment for 20 years"
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "ऐसा अपराधी कठोर कारावास से, जिसकी अवधि बीस वर्ष से कम की नहीं होगी, किन्तु जो आजीवन"
            " कारावास "
            "तक की हो सकेगी, या मृत्यु से दंडित किया जाएगा।",
            ["imprisonment of at least 20 years", "imprisonment for life", "death"],
        ),
        (
            "पॉक्सो एक्ट के तहत न्यूनतम 20 साल और अधिकतम आजीवन कारावास की सजा का प्रावधान है।",
            ["imprisonment for life; imprisonment of at least 20 years"],
        ),
        (
            "पॉक्सो एक्ट में कम से कम 5 साल और अधिकतम 7 साल की सजा का प्रावधान है।",
            ["imprisonment from 5 years to 7 years"],
        ),
        (
            "ऐसे मामलों में 10 से लेकर उम्र कैद तक की सजा का प्रावधान है।",
            ["imprisonment for life; imprisonment of at least 10 years"],
        ),
        (
            "आईटी एक्ट की धारा 67 के तहत 3 वर्ष तक कि सजा और 5 लाख रुपये जुर्माना हो सकता है।",
            ["imprisonment up to 3 years; a fine of ₹5 lakh"],
        ),
        ("कोर्ट ने दोषी को आजीवन कठोर कारावास की सजा सुनाई।", ["a sentence of imprisonment for life"]),
        ("कोर्ट ने दोषी को 1 मास की कैद की सजा सुनाई।", ["a sentence of imprisonment for 1 month"]),
        # a class of offences punishable with death is no punishment stated
        ("मृत्यु से दंडनीय अपराधों में जमानत नहीं मिलती।", []),
    ],
)
def test_the_survey_s_hindi_punishments(catalog: Catalog, text: str, claims: list[str]) -> None:
    """Hindi wordings a survey of unseen reports (2027-01-04) found unread: the Acts' "… या
    मृत्यु से दंडित किया जाएगा", "न्यूनतम 20 साल और अधिकतम आजीवन कारावास", "कम से कम 5 साल और
    अधिकतम 7 साल", "10 से लेकर उम्र कैद" (no unit), "कि" misprinted for "की", "आजीवन कठोर कारावास",
    the month as "मास"."""
    assert [s.claims for s in _stated(catalog, text)] == claims


@pytest.mark.parametrize(
    ("text", "tiers"),
    [
        (
            "धारा 67 के तहत पहली दोषसिद्धि पर 3 वर्ष तक का कारावास और दुबारा दोषसिद्धि पर 5 वर्ष"
            " तक का "
            "कारावास होगा।",
            ["first", "subsequent"],
        ),
        (
            "Under Section 67B, the punishment is five years for the first offence and seven years "
            "for subsequence offence.",
            ["first", "subsequent"],
        ),
    ],
)
def test_the_survey_s_tier_spellings(catalog: Catalog, text: str, tiers: list[str]) -> None:
    """ "दुबारा" as "दोबारा" is spelt, and "subsequence offence" misprinted (survey of unseen
    reports, 2027-01-04): the second tier was lost or untagged."""
    assert [s.conviction for s in _stated(catalog, text)] == tiers


def test_two_adjectives_before_a_hindi_term_s_word(catalog: Catalog) -> None:
    """ "छह माह का अतिरिक्त सश्रम कारावास" (six months' additional rigorous imprisonment, in default
    of the fine): two adjectives between the term and its word."""
    (stated,) = _stated(catalog, "जुर्माना अदा न करने पर छह माह का अतिरिक्त सश्रम कारावास होगा।")
    assert stated.claims == "rigorous imprisonment for 6 months in default of paying the fine"


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        # H5: a court's fines on several, a range
        (
            "The court fined the accused Rs 10,000 to Rs 20,000 each under Section 67A of the IT "
            "Act.",
            ["a fine of ₹10,000 to ₹20,000"],
            [True],
        ),
        # H6: "earlier", "later", "back" after a real term
        (
            "A POCSO court sentenced him to 20 years earlier this week.",
            ["a sentence of imprisonment for 20 years"],
            [True],
        ),
        # H7: a stay in jail is no life sentence
        ("He remained in jail till his death in 2019.", [], []),
        ("आरोपी मरते दम तक जेल में रहा।", [], []),
        ("उसने लड़की को मरते दम तक कैद में रखने की धमकी दी।", [], []),
        # H8: a word in brackets is no number
        ("He was booked under Section 376 (rape) years after the incident.", [], []),
        # H9: a range with its numbers restated
        (
            "Section 354C is punishable with imprisonment of 1 (one) year to 3 (three) years.",
            ["imprisonment from 1 year to 3 years"],
            [False],
        ),
        # H10: fines collected are no fine stated
        ("The police have collected fines amounting to Rs 2 crore this year.", [], []),
        # H11: a law-maker's "imposed" is the law's
        (
            "The Supreme Court noted that the 2019 amendment imposed jail terms up to 20 years for "
            "such offences.",
            ["imprisonment up to 20 years"],
            [False],
        ),
        # M4: "got a fine" is a sentence
        ("He got a fine of Rs 10,000 from the court.", ["a fine of ₹10,000"], [True]),
    ],
)
def test_the_review_2027_01_04a_punishments(
    catalog: Catalog, text: str, claims: list[str], imposed: list[bool]
) -> None:
    """Review 2027-01-04a: each row was read wrongly at the tree it reviewed."""
    stated = _stated(catalog, text)
    assert [s.claims for s in stated] == claims
    assert [s.imposed for s in stated] == imposed


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        # H1, H2: "back", "later", "earlier" of a time, not a term
        ("Section 67 of the IT Act was amended 15 years back to raise the punishment.", [], []),
        (
            "Two years later, the court sentenced him to 7 years under Section 67 of the IT Act.",
            ["a sentence of imprisonment for 7 years"],
            [True],
        ),
        (
            "The convict, sentenced five years earlier under Section 67 of the IT Act, was "
            "arrested "
            "again.",
            [],
            [],
        ),
        (
            "He was jailed for two years back in 2015.",
            ["a sentence of imprisonment for 2 years"],
            [True],
        ),
        # H3: offenders in general fined a range: the law's, with its tier
        (
            "Under Section 67 of the IT Act, first-time offenders are fined Rs 6 lakh to Rs 8 "
            "lakh.",
            ["a fine from ₹6 lakh to ₹8 lakh, on a first conviction"],
            [False],
        ),
        # H4: a court the subject though an Act is named between
        (
            "The judge, who heard the case under the POCSO Act, imposed jail terms up to 10 "
            "years on "
            "the accused.",
            ["a sentence of imprisonment for up to 10 years"],
            [True],
        ),
        # H5: a sentence to stay in jail till death is life
        (
            "अदालत ने दोषी को मरते दम तक जेल में रहने की सजा सुनाई।",
            ["a sentence of imprisonment for life"],
            [True],
        ),
        (
            "He was sentenced to jail till his death by the POCSO court.",
            ["a sentence of imprisonment for life"],
            [True],
        ),
        # H14: a restated number after "was given"
        (
            "He was given 7 (seven) years RI under Section 67 of the IT Act.",
            ["a sentence of rigorous imprisonment for 7 years"],
            [True],
        ),
        # the JJ Act's bar on death and life for a child is no punishment stated
        (
            "जेजे एक्ट के तहत किसी बालक को मृत्युदंड या छोड़े जाने की संभावना के बगैर आजीवन"
            " कारावास से "
            "दंडित नहीं किया जा सकता।",
            [],
            [],
        ),
    ],
)
def test_the_review_2027_01_04b_punishments(
    catalog: Catalog, text: str, claims: list[str], imposed: list[bool]
) -> None:
    """Review 2027-01-04b: each row was read wrongly at the tree it reviewed (most of them by
    the first review's mends)."""
    stated = _stated(catalog, text)
    assert [s.claims for s in stated] == claims
    assert [s.imposed for s in stated] == imposed


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        (
            "In default of payment, the convict will undergo an additional three months of simple "
            "imprisonment.",
            ["simple imprisonment for 3 months in default of paying the fine"],
            [False],
        ),
        (
            "The Court punished a 30-year-old man with six years of rigorous imprisonment.",
            ["a sentence of rigorous imprisonment for 6 years"],
            [True],
        ),
        (
            "The convicts were sentenced to life imprisonment and have also been imposed a fine of "
            "Rs 42,000 each.",
            ["a sentence of imprisonment for life; a fine of ₹42,000"],
            [True],
        ),
        # the law's "shall be punished with" stays the law's
        (
            "Whoever commits the offence shall be punished with imprisonment of five years.",
            ["imprisonment of 5 years"],
            [False],
        ),
    ],
)
def test_the_eastern_survey_s_sentences(
    catalog: Catalog, text: str, claims: list[str], imposed: list[bool]
) -> None:
    """A survey of English pages from eastern and north-eastern States (2027-01-04): a term in
    default told in a clause of its own, "the Court punished … with", and a court's fine after
    "have also been imposed" were read as the law's or as a sentence passed."""
    stated = _stated(catalog, text)
    assert [s.claims for s in stated] == claims
    assert [s.imposed for s in stated] == imposed


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        # H1: a term taken by "to" or "for" is a term whatever follows it
        (
            "He was sentenced to 10 years later under Section 67B of the IT Act.",
            ["a sentence of imprisonment for 10 years"],
            [True],
        ),
        (
            "The court sentenced him to 7 years back to back under Sections 67 and 67A of the IT "
            "Act.",
            ["a sentence of imprisonment for 7 years"],
            [True],
        ),
        # H2: a law the subject of "imposed"
        (
            "The court observed that the POCSO Act imposed jail terms up to 20 years for such "
            "offences.",
            ["imprisonment up to 20 years"],
            [False],
        ),
        # H3: a clause after "लेकिन" forbids nothing said before it
        (
            "अदालत ने आरोपी को 7 साल की सजा सुनाई, लेकिन सह-आरोपी को दंडित नहीं किया जा सकता"
            " क्योंकि वह "
            "नाबालिग है।",
            ["a sentence of imprisonment for 7 years"],
            [True],
        ),
        # H4: a punishment said not to be given is none stated
        ("आईटी एक्ट की धारा 67 के तहत दोषी को मृत्यु दण्ड नहीं दिया जा सकता।", [], []),
        # H9: a court that observed the law does not fine
        (
            "The High Court observed that under Section 67 of the IT Act, first-time offenders are "
            "fined Rs 6 lakh to Rs 8 lakh.",
            ["a fine from ₹6 lakh to ₹8 lakh, on a first conviction"],
            [False],
        ),
        # H11: a Hindi range with both numbers restated
        (
            "आईटी एक्ट की धारा 67 के तहत 3 (तीन) वर्ष से 5 (पांच) वर्ष तक की सजा का प्रावधान है।",
            ["imprisonment from 3 years to 5 years"],
            [False],
        ),
        # H13: a fine's range before a comma
        (
            "Section 67 of the IT Act provides a fine of Rs 6 lakh to Rs 8 lakh, the court said.",
            ["a fine from ₹6 lakh to ₹8 lakh"],
            [False],
        ),
    ],
)
def test_the_review_2027_01_04c_punishments(
    catalog: Catalog, text: str, claims: list[str], imposed: list[bool]
) -> None:
    """Review 2027-01-04c: each row was read wrongly at the tree it reviewed."""
    stated = _stated(catalog, text)
    assert [s.claims for s in stated] == claims
    assert [s.imposed for s in stated] == imposed


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        # H1: "back" after a term no sentencing verb takes is a time
        (
            "The accused, who got married to her 10 years back, was sentenced to 7 years under "
            "Section 67 of the IT Act.",
            ["a sentence of imprisonment for 7 years"],
            [True],
        ),
        # H2: a court that observed and fined the accused a range
        (
            "The court observed that the offence was grave and fined the accused Rs 10,000 to Rs "
            "25,000 each under Section 67 of the IT Act.",
            ["a fine of ₹10,000 to ₹25,000"],
            [True],
        ),
        # H3: "and slapped with a fine" joined to the sentence
        (
            "The accused was sentenced to seven years in jail and slapped with a fine of Rs 50,000 "
            "under Section 67 of the IT Act.",
            ["a sentence of imprisonment for 7 years; a fine of ₹50,000"],
            [True],
        ),
        # H4: a later "… नहीं दी जा सकती" of something else forbids nothing
        (
            "अदालत ने आरोपी को आईटी एक्ट की धारा 67 के तहत 7 साल की सजा सुनाई और कहा कि उसे कोई "
            "राहत नहीं दी "
            "जा सकती।",
            ["a sentence of imprisonment for 7 years"],
            [True],
        ),
        # H7: the past passive "was fined" a range
        (
            "The man was fined Rs 5,000 to Rs 10,000, and sentenced to three years under Section "
            "67 "
            "of the IT Act.",
            ["a sentence of imprisonment for 3 years; a fine of ₹5,000 to ₹10,000"],
            [True],
        ),
    ],
)
def test_the_review_2027_01_04d_punishments(
    catalog: Catalog, text: str, claims: list[str], imposed: list[bool]
) -> None:
    """Review 2027-01-04d: each row was read wrongly at the tree it reviewed."""
    stated = _stated(catalog, text)
    assert [s.claims for s in stated] == claims
    assert [s.imposed for s in stated] == imposed


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # the past passive with "also" is a fine's range passed, as "was fined" is
        (
            "The man was also fined Rs 5,000 to Rs 10,000, and sentenced to three years under "
            "Section 67 of the IT Act.",
            ["a sentence of imprisonment for 3 years; a fine of ₹5,000 to ₹10,000"],
        ),
        # "कड़ी" with "ड़" as one code point (U+095C), as some pages type it, is "कड़ी" too
        (
            "अदालत ने आरोपी को आईटी एक्ट की धारा 67 के तहत 5 साल की क\u095cी कैद की सजा सुनाई।",
            ["a sentence of imprisonment for 5 years"],
        ),
    ],
)
def test_the_self_review_2027_01_04_punishments(
    catalog: Catalog, text: str, claims: list[str]
) -> None:
    """The session's self-review: each row was read wrongly before it (the first as the law's
    range, the second not at all), and both are sentences passed."""
    stated = _stated(catalog, text)
    assert [s.claims for s in stated] == claims
    assert all(s.imposed for s in stated)


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        # a Hindi court's fine range: the court's act, read as a range
        (
            "अदालत ने आरोपी को पॉक्सो एक्ट की धारा 6 के तहत दोषी पाया और 10 हजार से 20 हजार रुपये "
            "तक का जुर्माना लगाया।",
            ["a fine of ₹10,000 to ₹20,000"],
            [True],
        ),
        # … and the law's range in Hindi, a minimum and a maximum
        (
            "पॉक्सो एक्ट में 10 हजार से 20 हजार रुपये तक का जुर्माना है।",
            ["a fine from ₹10,000 to ₹20,000"],
            [False],
        ),
        # the low end takes the high end's scale
        (
            "पॉक्सो एक्ट में पांच से दस हजार रुपये तक का जुर्माना है।",
            ["a fine from ₹5,000 to ₹10,000"],
            [False],
        ),
        # near misses: a court's remark of what may be, and the law with no court, stay the law's
        (
            "अदालत ने कहा कि पॉक्सो एक्ट में 5 साल तक की सजा दी जा सकती है।",
            ["imprisonment up to 5 years"],
            [False],
        ),
        (
            "पॉक्सो एक्ट में 5 साल तक की सजा और 10 लाख रुपये तक का जुर्माना है।",
            ["imprisonment up to 5 years; a fine up to ₹10 lakh"],
            [False],
        ),
        # a higher court's change to a sentence
        (
            "The High Court reduced the sentence to five years under Section 67B of the IT Act.",
            ["a sentence of imprisonment for 5 years"],
            [True],
        ),
        (
            "His sentence was reduced to five years by the High Court.",
            ["a sentence of imprisonment for 5 years"],
            [True],
        ),
        # near misses: a law-maker's change stays the law's
        (
            "The 2019 amendment enhanced the punishment to 20 years.",
            ["imprisonment of 20 years"],
            [False],
        ),
        (
            "The punishment was reduced to five years by the 2019 amendment.",
            ["imprisonment of 5 years"],
            [False],
        ),
        # a fine's range in a statement that opens with the court's verb
        (
            "The court sentenced him to five years and a fine of Rs 10,000 to Rs 20,000.",
            ["a sentence of imprisonment for 5 years; a fine of ₹10,000 to ₹20,000"],
            [True],
        ),
        (
            "He may be sentenced to five years and a fine of Rs 10,000 to Rs 20,000.",
            ["imprisonment of 5 years; a fine from ₹10,000 to ₹20,000"],
            [False],
        ),
    ],
)
def test_the_review_2027_01_04d_left_open(
    catalog: Catalog, text: str, claims: list[str], imposed: list[bool]
) -> None:
    """Readings review 2027-01-04d found wrong and the last session left open: a court's fine
    range, a higher court's change to a sentence, a range after "sentenced", read as the law."""
    stated = _stated(catalog, text)
    assert [s.claims for s in stated] == claims
    assert [s.imposed for s in stated] == imposed


def test_death_denied_after_a_relative_clause_is_no_punishment(catalog: Catalog) -> None:
    """ "मृत्युदंड, जो सबसे कड़ी सजा है, नहीं दिया जा सकता" (death, the harshest punishment,
    cannot be given) states no punishment (review 2027-01-04d); the law's death clause still
    does."""
    assert (
        _stated(catalog, "नाबालिग होने के कारण उसे मृत्युदंड, जो सबसे कड़ी सजा है, नहीं दिया जा सकता।") == []
    )
    assert [s.death for s in _stated(catalog, "इस धारा में मृत्युदंड का प्रावधान है।")] == [True]


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        # H1: a court's remark on the law, in the present
        (
            "The court observed that offenders under Section 67B are sentenced to five years and a "
            "fine of Rs 10,000 to Rs 20,000.",
            ["imprisonment of 5 years; a fine from ₹10,000 to ₹20,000"],
            [False],
        ),
        # H2: a change in the law for repeat offenders
        (
            "For repeat offenders, their punishment has been enhanced to seven years under the "
            "amended Section 67B.",
            ["imprisonment of 7 years, on a second or subsequent conviction"],
            [False],
        ),
        # H3: a relative clause of the law after the court, and a remark after a colon
        (
            "अदालत ने दोषी को धारा 292 में दोषी पाया जिसमें 2 साल तक की कैद और 2 हजार रुपये तक का "
            "जुर्माना लगाया जाता है।",
            ["imprisonment up to 2 years; a fine up to ₹2,000"],
            [False],
        ),
        (
            "न्यायालय ने स्पष्ट किया: इस अपराध में 3 साल तक की सजा और 5 लाख रुपये तक का जुर्माना "
            "लगाया जाता है।",
            ["imprisonment up to 3 years; a fine up to ₹5 lakh"],
            [False],
        ),
        # H4: the law's range in a relative clause
        (
            "अदालत ने पॉक्सो की धारा 15 के तहत, जिसमें 5 हजार से 10 हजार रुपये तक के जुर्माने का "
            "प्रावधान है, आरोपी पर जुर्माना लगाया।",
            ["a fine from ₹5,000 to ₹10,000"],
            [False],
        ),
        # M2: a year is no fine's low end
        (
            "पॉक्सो एक्ट में वर्ष 2019 से 10 लाख रुपये तक का जुर्माना है।",
            ["a fine up to ₹10 lakh"],
            [False],
        ),
    ],
)
def test_the_review_2027_01_05a_punishments(
    catalog: Catalog, text: str, claims: list[str], imposed: list[bool]
) -> None:
    """Review 2027-01-05a: the law's words the session's first mends read as sentences passed."""
    stated = _stated(catalog, text)
    assert [s.claims for s in stated] == claims
    assert [s.imposed for s in stated] == imposed


def test_a_limit_that_could_have_been_imposed_is_not_passed(catalog: Catalog) -> None:
    """Review 2027-01-05a H5: "10 लाख रुपये तक का जुर्माना लगाया जा सकता था, पर केवल 5 हजार रुपये
    का जुर्माना लगाया": the ₹10 lakh is what could have been imposed, never passed."""
    text = (
        "कोर्ट ने दोषी को 7 साल की सजा सुनाई, हालांकि धारा में 10 लाख रुपये तक का जुर्माना लगाया "
        "जा सकता था, पर केवल 5 हजार रुपये का जुर्माना लगाया।"
    )
    for stated in _stated(catalog, text):
        assert not (stated.imposed and stated.fine_max_inr == 1_000_000)


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        (
            "Therefore, his substantive sentence for the offence punishable under the POCSO Act "
            "was brought down to imprisonment for seven years with a fine of Rs.5,000/.",
            ["a sentence of imprisonment for 7 years; a fine of ₹5,000"],
            [True],
        ),
        (
            "The sentence was modified to rigorous imprisonment for a period of 25 years without "
            "remission.",
            ["a sentence of rigorous imprisonment for 25 years"],
            [True],
        ),
        (
            "By the impugned order, he has been ordered to undergo rigorous imprisonment for "
            "twenty years with a fine of Rs.50,000/- under Section 376(3) IPC.",
            ["a sentence of rigorous imprisonment for 20 years; a fine of ₹50,000"],
            [True],
        ),
        (
            "The apex court modified the sentence \u201cto undergo rigorous imprisonment for 6 "
            "years, instead\u201d.",
            ["a sentence of rigorous imprisonment for 6 years"],
            [True],
        ),
        # near misses: the law's changes stay the law's
        (
            "The minimum sentence was enhanced to 20 years by the 2019 amendment.",
            ["imprisonment of at least 20 years"],
            [False],
        ),
    ],
)
def test_sentences_changed_on_appeal_are_passed(
    catalog: Catalog, text: str, claims: list[str], imposed: list[bool]
) -> None:
    """Appeal reports' words for a sentence changed or ordered ("was brought down to", "the
    sentence was modified to", "has been ordered to undergo"), which a survey of 115 unseen court
    sentences found read as the law's in 13 outlets (2027-01-05)."""
    stated = _stated(catalog, text)
    assert [s.claims for s in stated] == claims
    assert [s.imposed for s in stated] == imposed


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        # H1: the law's changes to a sentence
        (
            "With the new BNS, the sentence for gang rape of a minor has been enhanced to life "
            "imprisonment.",
            ["imprisonment for life"],
            [False],
        ),
        (
            "If he pleads guilty, his sentence is reduced to seven years under plea bargaining.",
            ["imprisonment of 7 years"],
            [False],
        ),
        # M1, M4: remission and an argument
        (
            "His sentence was brought down to 12 years by the state government under its "
            "remission policy.",
            ["imprisonment of 12 years"],
            [False],
        ),
        (
            "His sentence was reduced to three years, his lawyer argued, although the court "
            "rejected the plea.",
            ["imprisonment of 3 years"],
            [False],
        ),
        # H2, H3: the sentence set aside is not passed; the one it was changed to is (the
        # fortieth session's open item: the old term is left out of the statement)
        (
            "The Division Bench modified the sentence from life imprisonment to 20 years' "
            "rigorous imprisonment.",
            ["a sentence of rigorous imprisonment for 20 years"],
            [True],
        ),
        # H4: an order's present, and a remark's clause before the court's verb
        (
            "The court, noting that the accused were first-time offenders, sentenced them to three "
            "years and a fine of Rs 5,000 to Rs 10,000 each.",
            ["a sentence of imprisonment for 3 years; a fine of ₹5,000 to ₹10,000"],
            [True],
        ),
        # H12: people in general, in the present
        (
            "The court said persons convicted of such crimes are sentenced to life imprisonment.",
            ["imprisonment for life"],
            [False],
        ),
        # H5: a fine the court ordered paid
        (
            "अदालत ने आरोपी को 5 साल की सजा सुनाई और 10 हजार रुपये तक का जुर्माना भरने का आदेश दिया।",
            ["a sentence of imprisonment for 5 years; a fine of ₹10,000"],
            [True],
        ),
    ],
)
def test_the_review_2027_01_05b_punishments(
    catalog: Catalog, text: str, claims: list[str], imposed: list[bool]
) -> None:
    """Review 2027-01-05b: the appeal and limit rules of this session, mended."""
    stated = _stated(catalog, text)
    assert [s.claims for s in stated] == claims
    assert [s.imposed for s in stated] == imposed


@pytest.mark.parametrize(
    ("text", "claims", "imposed"),
    [
        # H1: an order names its convicts
        (
            "The accused persons are sentenced to undergo rigorous imprisonment for five years and "
            "to pay a fine of Rs 5,000 each.",
            ["a sentence of rigorous imprisonment for 5 years; a fine of ₹5,000"],
            [True],
        ),
        # H3: death commuted to life, life passed
        (
            "The sentence of the appellant was reduced from death to life imprisonment.",
            ["a sentence of imprisonment for life"],
            [True],
        ),
        # H5: the government's plea rejected is no executive's change
        (
            "His sentence was reduced to 10 years by the High Court, which rejected the state "
            "government's plea for enhancement.",
            ["a sentence of imprisonment for 10 years"],
            [True],
        ),
        # H6: a court's remark with "कहा," states the law
        (
            "अदालत ने कहा, ऐसे अपराध में 10 लाख रुपये तक का जुर्माना लगाया गया है।",
            ["a fine up to ₹10 lakh"],
            [False],
        ),
    ],
)
def test_the_review_2027_01_05c_punishments(
    catalog: Catalog, text: str, claims: list[str], imposed: list[bool]
) -> None:
    """Review 2027-01-05c: the appeal, order and remark rules, mended."""
    stated = _stated(catalog, text)
    assert [s.claims for s in stated] == claims
    assert [s.imposed for s in stated] == imposed


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # H1: the executive named in other words
        ("Her sentence was reduced to five years after the Governor's pardon.", False),
        (
            "His sentence was reduced to 12 years after the state government granted him "
            "remission.",
            False,
        ),
        # H2: one in general
        (
            "The court said a person convicted under this section is sentenced to five years and a "
            "fine of Rs 10,000 to Rs 20,000.",
            False,
        ),
        # M3: an advocate's submission
        ("His sentence was reduced to three years, his advocate submitted.", False),
        # near miss: an order "without remission" is the court's
        (
            "The sentence was modified to rigorous imprisonment for a period of 25 years without "
            "remission.",
            True,
        ),
    ],
)
def test_the_review_2027_01_05d_punishments(catalog: Catalog, text: str, imposed: bool) -> None:
    """Review 2027-01-05d: the executive, general subjects and arguments, mended."""
    assert [s.imposed for s in _stated(catalog, text)] == [imposed]


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # H1: a court's own change, with the government named otherwise
        (
            "His sentence was reduced to 10 years by the Madras High Court, which noted that he "
            "was a government school teacher.",
            True,
        ),
        (
            "His sentence was enhanced to life imprisonment by the High Court on the state "
            "government's appeal.",
            True,
        ),
        (
            "The sentence was modified to rigorous imprisonment for a period of 25 years without "
            "any remission.",
            True,
        ),
        # H2: an order's convict described as an offender
        (
            "The accused, being a first-time offender, is sentenced to five years' rigorous "
            "imprisonment.",
            True,
        ),
        ("Every accused person is sentenced to seven years each.", True),
        # H3: people in general, further back
        (
            "Offenders convicted under Section 67B of the IT Act are sentenced to five years in "
            "jail.",
            False,
        ),
        (
            "Those present in the courtroom heard the judge say the accused is sentenced to 20 "
            "years.",
            True,
        ),
    ],
)
def test_the_review_2027_01_05e_punishments(catalog: Catalog, text: str, imposed: bool) -> None:
    """Review 2027-01-05e: the executive guard, singular and plural general subjects, mended."""
    assert [s.imposed for s in _stated(catalog, text)] == [imposed]


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # H1: the executive named with a State's name of two words
        (
            "His sentence was reduced to 14 years by the Tamil Nadu government on the occasion of "
            "Anna's birth anniversary.",
            False,
        ),
        (
            "His sentence was reduced to 14 years following a remission order of the Uttar "
            "Pradesh government.",
            False,
        ),
        # H6: a court's change on an appeal the government filed
        (
            "His sentence was reduced to 10 years by the High Court in a criminal appeal filed by "
            "the state government.",
            True,
        ),
        # H8: a remark's turn to the named convict
        (
            "The court said that people who share such videos harm the child for life and that "
            "Ramesh is sentenced to five years.",
            True,
        ),
    ],
)
def test_the_review_2027_01_05f_punishments(catalog: Catalog, text: str, imposed: bool) -> None:
    """Review 2027-01-05f: the executive named at length, appeals filed by the State, remarks
    that turn to the case."""
    assert [s.imposed for s in _stated(catalog, text)] == [imposed]


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # H1: a general subject's own relative clause
        (
            "A person who stores and transmits such material is sentenced to five years in jail.",
            False,
        ),
        ("Offenders who record and sell such videos are sentenced to seven years.", False),
        # H2: a court's own change on the government's appeal, or barring remission
        (
            "His sentence was enhanced to 20 years' rigorous imprisonment by the HC on the "
            "government's appeal.",
            True,
        ),
        (
            "His sentence was reduced to 10 years by the Supreme Court, which barred any remission "
            "order for 30 years.",
            True,
        ),
    ],
)
def test_the_review_2027_01_05g_punishments(catalog: Catalog, text: str, imposed: bool) -> None:
    """Review 2027-01-05g: the general subject's stops and the executive guard, narrowed."""
    assert [s.imposed for s in _stated(catalog, text)] == [imposed]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fortieth session's open item and the survey of 2027-01-06 (India Today, Hindustan
        # Times, Mid-Day): the new term is passed, the old one left out of the statement
        (
            "The Nagpur bench of the Bombay High Court reduced the life sentence of a man"
            " convicted under the Protection of Children from Sexual Offences (Pocso) Act to 10"
            " years in prison, ruling that the original punishment was harsh.",
            [(False, 120.0, True)],
        ),
        (
            "The High Court reduced his sentence from ten years to seven years.",
            [(False, 84.0, True)],
        ),
        (
            "The sentence was reduced from seven years to ten years by the appellate court.",
            [(False, 120.0, True)],
        ),
        (
            "Justice Anil Kumar Ojha accordingly reduced the sentence of the convict to seven years"
            " from 10 years of rigorous imprisonment awarded by the trial court.",
            [(False, 84.0, True)],
        ),
        # a sentence passed and the one "which" a court changed it to: two sentences passed
        (
            "The trial court had sentenced him to life imprisonment, which the High Court reduced"
            " to 14 years.",
            [(True, None, True), (False, 168.0, True)],
        ),
        # near misses: a range stays a range; the law's change stays the law's; the executive's
        # change is no court's
        ("The punishment ranges from seven years to ten years.", [(False, 120.0, False)]),
        (
            "The punishment was enhanced from three years to five years by the 2019 amendment.",
            [(False, 60.0, False)],
        ),
        (
            "The state government reduced his sentence from life imprisonment to 14 years under"
            " the remission policy.",
            [(False, 168.0, False)],
        ),
    ],
)
def test_a_changed_sentence_passes_its_new_term_only(
    catalog: Catalog, text: str, expected: list[tuple[bool, float | None, bool]]
) -> None:
    """A court's change of a sentence ("reduced the life sentence … to 10 years", "from ten
    years to seven years", "to seven years from 10 years") passes the new term; the old one,
    set aside, is not stated with it (it was read as the law's "life; 10 years", or as a range
    of seven to ten years)."""
    assert [(s.life, s.max_months, s.imposed) for s in _stated(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # the executive's change, named right after the new term (H1, M1): no sentence passed
        (
            "His sentence was reduced to 14 years by the Centre on the recommendation of the"
            " Sentence Review Board.",
            False,
        ),
        ("The sentence was reduced to 10 years by the Union home ministry.", False),
        ("His sentence was reduced to 10 years following a clemency plea to the Governor.", False),
        ("His death sentence was commuted to life imprisonment by the Centre in 2019.", False),
        ("His sentence was reduced to 14 years by the Ministry of Home Affairs.", False),
        ("His sentence was reduced to 10 years under the state's remission scheme.", False),
        ("His sentence was reduced to 10 years by way of clemency.", False),
        (
            "His death sentence was commuted to life imprisonment on the recommendation of the"
            " Governor.",
            False,
        ),
        (
            "His death sentence was commuted to life imprisonment after a mercy petition to the"
            " President.",
            False,
        ),
        ("His sentence was reduced to seven years by the state government's order of 2023.", False),
        (
            "His sentence was reduced to seven years by the Delhi government's Sentence Review"
            " Board.",
            False,
        ),
        (
            "His sentence was reduced to 14 years by the L-G on the advice of the Delhi"
            " government.",
            False,
        ),
        (
            "His death sentence was commuted to life imprisonment after approval of the Governor.",
            False,
        ),
        ("His sentence was reduced to 14 years by the state government's remission order.", False),
        ("His sentence was reduced to 14 years on the orders of the Union government.", False),
        ("His sentence was commuted to 14 years under a clemency scheme.", False),
        (
            "His death sentence was commuted to life imprisonment through presidential clemency.",
            False,
        ),
        (
            "His death sentence was commuted to life imprisonment after President Ram Nath Kovind"
            " accepted his mercy petition.",
            False,
        ),
        ("His sentence was commuted to life imprisonment on the Governor's orders in 2021.", False),
        (
            "His sentence was commuted to life imprisonment after the state cabinet's"
            " recommendation was accepted by the Raj Bhavan.",
            False,
        ),
        (
            "His sentence was reduced to 10 years after the Lieutenant Governor of Delhi accepted"
            " the SRB's recommendation.",
            False,
        ),
        (
            "His death sentence was commuted to life imprisonment following President Droupadi"
            " Murmu's decision on his mercy plea.",
            False,
        ),
        ("His sentence was reduced to 14 years on the Governor's orders.", False),
        # a law stated of people in general (M2): the law's
        (
            "Every person who publishes or transmits child sexual abuse material is sentenced to"
            " five years in jail under Section 67B of the IT Act.",
            False,
        ),
        ("Every offender who watches and stores such videos is sentenced to three years.", False),
        (
            "Any person who shares child sexual abuse material on Telegram and WhatsApp is"
            " sentenced to five years in jail.",
            False,
        ),
        (
            "Anyone who downloads or stores such videos and Instagram reels is sentenced to five"
            " years.",
            False,
        ),
        (
            "Anyone who shares such content even if he deletes it later is sentenced to five"
            " years in jail.",
            False,
        ),
        (
            "A person who uses a child for pornographic purposes and that too for money is"
            " sentenced to seven years.",
            False,
        ),
        (
            "Persons who run such groups under the IT Act and POCSO Act are sentenced to five"
            " years.",
            False,
        ),
        (
            "An offender who repeats the crime and Section 15 applies is sentenced to five years.",
            False,
        ),
        (
            "Every person who shares CSAM is sentenced to five years in jail under Section 67B.",
            False,
        ),
        # a court named as the one that changed it, whatever the executive did beside (M1), and
        # a remark turned to the case (H2): a sentence passed
        (
            "His sentence was reduced to five years by the High Court, which was told by the"
            " government that he had no other case pending.",
            True,
        ),
        (
            "His sentence was reduced to eight years by the Supreme Court after the Governor's"
            " earlier order on his remission was set aside.",
            True,
        ),
        (
            "His sentence was reduced to seven years by the High Court on an appeal by the state"
            " government seeking enhancement, which the bench dismissed.",
            True,
        ),
        (
            "His sentence was reduced to 10 years by the High Court on a petition by the"
            " government.",
            True,
        ),
        (
            "His sentence was reduced to seven years by the High Court after the Bar Association"
            " president argued for the convict.",
            True,
        ),
        (
            "His sentence was enhanced to 20 years by the Madras High Court on an appeal by the"
            " state government.",
            True,
        ),
        (
            "His sentence was reduced to 10 years by the judge as the government did not oppose"
            " the plea.",
            True,
        ),
        (
            "His sentence was reduced to seven years by the appellate court after the President"
            " of the Bar Association argued the case.",
            True,
        ),
        (
            "His sentence was reduced to 10 years by the High Court, which noted the state's"
            " remission policy did not apply.",
            True,
        ),
        (
            "His sentence was enhanced to 20 years by the HC following an appeal by the state"
            " government.",
            True,
        ),
        (
            "The special judge held that those accused in the case are sentenced to ten years of"
            " rigorous imprisonment each.",
            True,
        ),
        (
            "The court observed such persons deserve harsh punishment and accordingly Mohd Salim"
            " is sentenced to seven years' rigorous imprisonment.",
            True,
        ),
        (
            "The judge said persons who abuse children deserve no mercy and hence Rakesh Kumar is"
            " sentenced to five years' rigorous imprisonment.",
            True,
        ),
        (
            "The court held that those who trade in child abuse material deserve no sympathy so"
            " Salim Khan is sentenced to 10 years' rigorous imprisonment.",
            True,
        ),
        (
            "The court said such offenders must be dealt with sternly and therefore the"
            " 32-year-old is sentenced to seven years' rigorous imprisonment.",
            True,
        ),
        (
            "The court said people who exploit children deserve deterrent punishment and thus"
            " Ravi is sentenced to five years' rigorous imprisonment.",
            True,
        ),
        (
            "The court said persons who circulate CSAM deserve no leniency and this convict is"
            " sentenced to five years' rigorous imprisonment.",
            True,
        ),
        (
            "Those convicted in the Kathua case are sentenced to life imprisonment, the special"
            " public prosecutor said.",
            True,
        ),
        (
            "Those convicted in the Operation Megh Chakra raids are sentenced to five years'"
            " rigorous imprisonment each.",
            True,
        ),
        (
            "A 28-year-old offender from Navi Mumbai who shared CSAM on Instagram is sentenced to"
            " five years' rigorous imprisonment.",
            True,
        ),
        (
            "The court said such persons are a menace to society and the two are sentenced to"
            " seven years' rigorous imprisonment.",
            True,
        ),
        (
            "The judge observed that such offenders deserve no leniency and both are sentenced to"
            " 10 years' rigorous imprisonment.",
            True,
        ),
        (
            "The court observed such persons deserve no mercy and accused Ramesh Yadav is"
            " sentenced to five years' rigorous imprisonment.",
            True,
        ),
        (
            "The court observed such persons deserve no mercy and convict Salim is sentenced to"
            " five years' rigorous imprisonment.",
            True,
        ),
        (
            "The court said such persons deserve no mercy and the appellant is sentenced to five"
            " years' rigorous imprisonment.",
            True,
        ),
    ],
)
def test_the_review_2027_01_06_punishments(catalog: Catalog, text: str, imposed: bool) -> None:
    """Review 2027-01-06 (of the last session's last mends): the executive is the agent only in
    the phrase right after the new term, a court named there first keeps the change the court's
    (H1, M1); a remark turns to the case by a linking word and the case's own subject, and a law
    stated of "every person" stays the law's (H2, M2)."""
    stated = _stated(catalog, text)
    assert [s.imposed for s in stated if s.life or s.max_months] == [imposed]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a term in default of a fine, said as what will be: the court's order (Prabhat Khabar,
        # Patrika, Legally Speaking Hindi)
        (
            "जुर्माना नहीं देने पर मुजरिम को छह माह का अतिरिक्त सश्रम कारावास होगा.",
            [(True, True)],
        ),
        (
            "जुर्माने की राशि अदा नहीं करने पर दोषी को दो महीने की कारावास की सजा अलग से भुगतनी होगी।",
            [(True, True)],
        ),
        # "आर्थिक दंड" is a fine, "ठोंका" a court's verb (Khabari Post, NewsTrack)
        ("आरोपी पर 58 हजार रुपये का आर्थिक दंड भी लगाया गया है.", [(False, True)]),
        ("इसके साथ ही उस पर 5 हजार रुपए का जुर्माना भी ठोंका।", [(False, True)]),
        # near misses: what may be, and a term past a turn to the law
        (
            "जुर्माना नहीं देने पर दोषी को छह माह का अतिरिक्त कारावास हो सकता है।",
            [(True, False)],
        ),
        (
            "जुर्माना नहीं देने पर जेल नहीं होगी, यह कानून कहता है कि छह माह का कारावास होगा।",
            [(False, False)],
        ),
    ],
)
def test_hindi_terms_in_default_and_fines_in_other_words(
    catalog: Catalog, text: str, expected: list[tuple[bool, bool]]
) -> None:
    """Survey of unseen reports, 2027-01-06 (four Hindi outlets): a term in default of a fine
    "… होगा" / "… भुगतनी होगी" is the court's order (it was read as the law's), and "आर्थिक दंड"
    is a fine (it was not read)."""
    assert [(s.in_default, s.imposed) for s in _stated(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        ("Persons A1 to A3 are sentenced to rigorous imprisonment for five years each.", True),
        ("Persons A-1 and A-2 are sentenced to life imprisonment.", True),
        ("Persons convicted under Section 67B are sentenced to five years.", False),
    ],
)
def test_an_orders_numbered_accused_are_sentenced(
    catalog: Catalog, text: str, imposed: bool
) -> None:
    """The fortieth session's open item: an order's numbered accused ("Persons A1 to A3 are
    sentenced …") were read as people in general, the law's; persons in general stay so."""
    assert [s.imposed for s in _stated(catalog, text)] == [imposed]


def test_a_change_from_time_served_keeps_its_new_term_and_fine(catalog: Catalog) -> None:
    """A court's change from the period undergone to a term, with a fine and a term in default
    after its own "to pay": the term is the new sentence, none of it an old one (an earlier mend
    of this session took the first "to" with no term right after it as skippable and dropped
    the five years)."""
    text = (
        "The sentence of the respondent is modified from the period already undergone to sentence"
        " of rigorous imprisonment for a period of five years and to pay a fine of Rs 25,000, in"
        " default whereof to undergo simple imprisonment for three months."
    )
    (stated,) = _stated(catalog, text)
    assert (stated.max_months, stated.fine_max_inr, stated.imposed) == (60.0, 25000, True)


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # H1, H2: the old sentence told in a relative clause, and a second person's "from … to"
        (
            "The High Court enhanced the sentence of the accused, who had been sentenced to seven"
            " years by the trial court, to 20 years.",
            [(240.0, False, True)],
        ),
        (
            "The Supreme Court reduced his sentence to 20 years and that of his brother from life"
            " imprisonment to 14 years.",
            [(240.0, False, True)],
        ),
        # H3: a court earlier in the sentence is not the change's subject
        (
            "Years after the High Court confirmed his conviction, his sentence was reduced to 14"
            " years after the Governor accepted the Sentence Review Board's recommendation.",
            [(168.0, False, False)],
        ),
        (
            "The Supreme Court noted that his sentence was reduced to 14 years after the Governor"
            " accepted his plea.",
            [(168.0, False, False)],
        ),
        # H4: the jail's authorities
        ("His sentence was reduced to 14 years by the jail authorities.", [(168.0, False, False)]),
        # H5: one from a place is a case's; "in the case of <a crime>" names a case
        (
            "Those convicted in the case of the murder of the eight-year-old girl in Kathua are"
            " sentenced to life imprisonment.",
            [(None, True, True)],
        ),
        (
            "An offender from Nagpur who uploaded CSAM to Instagram is sentenced to five years'"
            " rigorous imprisonment, the prosecutor said.",
            [(60.0, False, True)],
        ),
        # M1: a court's change in accordance with a remission policy is the court's
        (
            "The High Court reduced his sentence to 14 years as per the remission policy of 1992,"
            " which it held applied to him.",
            [(168.0, False, True)],
        ),
        # M2, L2: a Head Constable is no court; a schedule's clause is no numbered accused
        # (and a fine for riding without a helmet is no statement of an offender's punishment
        # at all: review 2027-01-11 B2)
        (
            "The traffic HC imposed a fine of Rs 2,000 on the youth for riding without a helmet.",
            [],
        ),
        (
            "Any person who is found guilty under clause A1 of the schedule is sentenced to five"
            " years.",
            [(60.0, False, False)],
        ),
    ],
)
def test_the_review_2027_01_06c_punishments(
    catalog: Catalog, text: str, imposed: list[tuple[float | None, bool, bool]]
) -> None:
    """Review 2027-01-06c (of the second round's mends): each form read as a lawyer would."""
    assert [(s.max_months, s.life, s.imposed) for s in _stated(catalog, text)] == imposed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # W3: a change to rigorous imprisonment keeps its kind
        (
            "The sentence was modified to rigorous imprisonment for 10 years.",
            [("a sentence of rigorous imprisonment for 10 years", True)],
        ),
        # W1: a penalty the executive imposed is no court's sentence; a court's is
        ("राज्य सरकार ने कंपनी पर 10 लाख रुपये का आर्थिक दंड लगाया।", [("a fine of ₹10 lakh", False)]),
        ("अदालत ने आरोपी पर 58 हजार रुपये का आर्थिक दंड भी लगाया।", [("a fine of ₹58,000", True)]),
    ],
)
def test_the_review_2027_01_06d_punishments(
    catalog: Catalog, text: str, expected: list[tuple[str, bool]]
) -> None:
    """Review 2027-01-06d (every change of the session's readings of the reviews' probes,
    judged): the regressions it found."""
    assert [(s.claims, s.imposed) for s in _stated(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # H1: an executive body names the penalty's subject only in its own clause
        ("पुलिस ने बताया कि आरोपी को 20 वर्ष के कठोर कारावास की सजा सुनाई गई है।", [True]),
        ("पुलिस ने बताया कि दोषी पर 25 हजार रुपये का जुर्माना भी लगाया गया है।", [True]),
        ("पुलिस ने 15 गवाह पेश किए और दोषी को 20 साल की सजा सुनाई गई।", [True]),
        ("नगर निगम ने दुकानदार पर 5000 रुपये का जुर्माना लगाया।", [False]),
        ("ट्रैफिक पुलिस ने चालक पर 500 रुपये जुर्माना किया।", [False]),
        # H2: the old term passed "down to" someone
        (
            "The High Court reduced the 20-year sentence handed down to Sanjay Kumar to 10 years of"
            " rigorous imprisonment.",
            [True],
        ),
        # M1, M2: a court's aside, and a court in a clause of its own
        (
            "The Madras High Court, on Friday, reduced the sentence of the accused to seven years"
            " after the state government did not oppose the plea.",
            [True],
        ),
        (
            "The Karnataka HC, which heard the appeal, reduced his sentence to five years after the"
            " state government conceded.",
            [True],
        ),
        (
            "The convict, who had been sentenced by a trial court in 2005, had his sentence"
            " commuted to life imprisonment after the President accepted his mercy plea.",
            [False],
        ),
    ],
)
def test_the_review_2027_01_06e_punishments(
    catalog: Catalog, text: str, expected: list[bool]
) -> None:
    """Review 2027-01-06e (of the last mends): the regressions it found, and their near misses."""
    assert [s.imposed for s in _stated(catalog, text) if not s.death] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # H3: a term right after the "to" opens the new term, whatever verb stands before it
        (
            "The High Court reduced the seven-year sentence imposed to five years.",
            [("a sentence of imprisonment for 5 years", True)],
        ),
        (
            "The High Court reduced the life sentence imposed to 20 years.",
            [("a sentence of imprisonment for 20 years", True)],
        ),
        (
            "The High Court reduced the seven-year sentence imposed to rigorous imprisonment for"
            " five years.",
            [("a sentence of rigorous imprisonment for 5 years", True)],
        ),
        # … its near misses: the old term passed to a person is still set aside
        (
            "The High Court reduced the 20-year sentence handed down to Sanjay Kumar to 10 years of"
            " rigorous imprisonment.",
            [("a sentence of rigorous imprisonment for 10 years", True)],
        ),
        (
            "The High Court reduced the 10-year sentence imposed on him to seven years.",
            [("a sentence of imprisonment for 7 years", True)],
        ),
        (
            "The Supreme Court reduced the 25-year sentence handed out to the teacher to 20 years.",
            [("a sentence of imprisonment for 20 years", True)],
        ),
        # M3: an executive body's penalty with other active verbs is no court's; a court's is
        ("नगर निगम ने दुकानदार पर 5000 रुपये का जुर्माना ठोका।", [("a fine of ₹5,000", False)]),
        (
            "नगर निगम ने दुकानदारों पर 5000 रुपये का जुर्माना लगाते हुए चेतावनी दी।",
            [("a fine of ₹5,000", False)],
        ),
        ("अदालत ने दोषी पर 50 हजार रुपये का जुर्माना ठोका।", [("a fine of ₹50,000", True)]),
        (
            "नगर निगम ने बताया कि अदालत ने ठेकेदार पर 5 लाख रुपये का जुर्माना ठोका।",
            [("a fine of ₹5 lakh", True)],
        ),
    ],
)
def test_the_review_2027_01_07_punishments(
    catalog: Catalog, text: str, expected: list[tuple[str, bool]]
) -> None:
    """Review 2027-01-07 (of the last session's final mends): the regressions mended, each
    with the reviewer's near misses."""
    assert [(s.claims, s.imposed) for s in _stated(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "proposal"),
    [
        (
            "The state government has proposed a fine of Rs 5 lakh for those found sharing child"
            " sexual abuse material under Section 67B of the IT Act.",
            "proposed",
        ),
        (
            "The Law Commission recommended imprisonment of up to seven years under Section 67B of"
            " the IT Act.",
            "recommended",
        ),
        (
            "राज्य सरकार ने आईटी एक्ट की धारा 67बी के तहत बाल अश्लील सामग्री साझा करने पर 5 लाख"
            " रुपये का आर्थिक दंड लगाने का प्रस्ताव रखा है।",
            "प्रस्ताव",
        ),
        # near misses: a suitor's proposal, a proposal after the law's statement, a court's
        # sentence as proposed, the law stated
        (
            "The accused, who had proposed to the girl on Instagram, faces up to seven years in"
            " jail under Section 67B of the IT Act.",
            None,
        ),
        (
            "He proposed marriage to the minor and now faces imprisonment of up to five years under"
            " Section 67B of the IT Act.",
            None,
        ),
        (
            "Section 67B of the IT Act provides imprisonment of up to five years; the government"
            " has proposed raising it to seven years.",
            None,
        ),
        (
            "The court sentenced him to five years in jail under Section 67B of the IT Act, as the"
            " prosecution had proposed.",
            None,
        ),
        (
            "आईटी एक्ट की धारा 67बी के तहत पांच साल तक की सजा और 10 लाख रुपये तक के जुर्माने का प्रावधान है।",
            None,
        ),
    ],
)
def test_a_proposed_punishment_is_compared_with_no_law(
    catalog: Catalog, text: str, proposal: str | None
) -> None:
    """A punishment someone proposes or recommends is what a law would provide: compared with
    nothing, and the view says why (``proposal_words``); a suitor's proposal, one said after
    the law's statement, and a court's sentence are not proposals of a law (closing note of
    2027-01-06)."""
    (stated,) = _stated(catalog, text)
    assert stated.provision == "it-act-2000/s67B"
    if proposal is None:
        assert stated.not_compared is None or "proposal" not in stated.not_compared
    else:
        assert stated.not_compared is not None
        assert f"a proposal (“{proposal}”)" in stated.not_compared


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence passed and its change told after it, by a court: two sentences passed
        (
            "The trial court sentenced him to 10 years in jail, which was enhanced to 20 years by"
            " the High Court.",
            [(120.0, True), (240.0, True)],
        ),
        (
            "The trial court sentenced him to life imprisonment; the High Court later reduced it"
            " to 14 years.",
            [(None, True), (168.0, True)],
        ),
        # near misses: the executive's change, and a law's, stay one statement (with no court
        # named after the change: review 2027-01-07c W2), the law's new term only; a relative
        # clause with no change adds nothing; "later" only with "it" (W1)
        (
            "The trial court sentenced him to 10 years in jail, which was reduced to seven years by"
            " the state government under the remission policy.",
            [(120.0, True)],
        ),
        (
            "The punishment under Section 4 was 10 years in jail, which was enhanced to 20 years by"
            " the 2019 amendment.",
            [(240.0, False)],
        ),
        (
            "He was sentenced to life imprisonment, a term which the Supreme Court later reduced"
            " to 20 years.",
            [(240.0, True)],
        ),
        (
            "The trial court sentenced him to 10 years in jail, which was the maximum under the"
            " law.",
            [(120.0, True)],
        ),
    ],
)
def test_a_change_told_after_the_sentence_passed(
    catalog: Catalog, text: str, expected: list[tuple[float | None, bool]]
) -> None:
    """A change told after the sentence it changes ("…, which was enhanced to 20 years by the
    High Court", "; the High Court later reduced it to 14 years") is a second sentence passed,
    not the law's term and not one statement with the first (closing note of 2027-01-06); the
    executive's change (remission: CrPC ss.432-433, BNSS ss.473-474) is no court's."""
    assert [(s.max_months, s.imposed) for s in _stated(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # M4: a judge's initials end no sentence, so the court named before them is the one
        # that passed or changed the sentence
        ("Justice N. Anand Venkatesh reduced his sentence to five years.", [True]),
        (
            "Justices B.R. Gavai and K.V. Viswanathan commuted the death sentence to life"
            " imprisonment.",
            [True],
        ),
        ("Additional Sessions Judge R.K. Singh awarded him seven years in jail.", [True]),
        # near misses: a class's numeral ends its sentence; the law after it is the law's
        (
            "The accused taught a student of Class V. The offence is punishable with imprisonment"
            " of up to five years.",
            [False],
        ),
        (
            "The judge heard Mr. Sharma. The offence carries imprisonment of up to seven years.",
            [False],
        ),
    ],
)
def test_a_judges_initials_end_no_sentence(
    catalog: Catalog, text: str, expected: list[bool]
) -> None:
    """Review 2027-01-07 M4: "Justice N. Anand Venkatesh reduced …" was split at "N.", and the
    change lost its court; a judge's or an officer's initials after a title, or after another
    initial, end no sentence ("Justices" is a court's word too)."""
    assert [s.imposed for s in _stated(catalog, text) if not s.death] == expected


@pytest.mark.parametrize(
    ("text", "proposal"),
    [
        # H1: a proposal word not tied to the statement leaves the law stated compared
        (
            "The prosecution had proposed that the accused be tried under Section 67B of the IT"
            " Act, which provides imprisonment up to five years.",
            None,
        ),
        (
            "The NGO suggested awareness drives in schools; under Section 67B of the IT Act, the"
            " offence is punishable with imprisonment of up to five years.",
            None,
        ),
        (
            "As recommended by the Verma Committee, Section 67B of the IT Act now provides"
            " imprisonment of up to five years.",
            None,
        ),
        (
            "The police proposed to file a chargesheet under Section 67B of the IT Act, which"
            " provides imprisonment up to five years.",
            None,
        ),
        (
            "Officials suggested the accused would face imprisonment of up to seven years under"
            " Section 67B of the IT Act if convicted.",
            None,
        ),
        # H2: a Devanagari proposal word in another clause, or the law's own word after
        (
            "आईटी एक्ट की धारा 67बी के तहत पांच साल तक की सजा का प्रावधान है और मंत्रालय ने इसे"
            " सख्त करने की सिफारिश की है।",
            None,
        ),
        (
            "पुलिस ने अभिभावकों को सुझाव दिया कि बच्चों के फोन पर नजर रखें, क्योंकि आईटी एक्ट की"
            " धारा 67बी के तहत पांच साल तक की सजा का प्रावधान है।",
            None,
        ),
        # H3: a sentence that ends at "and X." ends there
        (
            "The NGO suggested more counselling in Class IX and X. Section 67B of the IT Act"
            " provides imprisonment of up to five years.",
            None,
        ),
        (
            "The police recommended action in the N.C.R. Section 67B of the IT Act provides"
            " imprisonment of up to five years.",
            None,
        ),
        # near misses: proposals tied to the statement stay proposals
        (
            "The committee recommended that the punishment under Section 67B of the IT Act be"
            " raised to imprisonment of up to seven years.",
            "recommended",
        ),
        (
            "The Ministry has proposed amending Section 67B of the IT Act to provide imprisonment"
            " of up to seven years.",
            "proposed",
        ),
        (
            "The Law Commission, headed by Justice B. S. Chauhan, recommended a fine of Rs 10 lakh"
            " under Section 67B of the IT Act.",
            "recommended",
        ),
        (
            "विधि आयोग ने आईटी एक्ट की धारा 67बी के तहत सात साल तक की सजा की सिफारिश की है।",
            "सिफारिश",
        ),
    ],
)
def test_the_review_2027_01_07b_proposals(
    catalog: Catalog, text: str, proposal: str | None
) -> None:
    """Review 2027-01-07b H1-H3, M1: a proposal word counts only tied to the statement (in its
    clause, within reach, no word of the law in force between, not an intent; a Devanagari one
    right after it), and a sentence ends at "and X." or "N.C.R." before a sentence's opener."""
    (stated,) = [s for s in _stated(catalog, text) if s.provision == "it-act-2000/s67B"]
    if proposal is None:
        assert stated.not_compared is None or "proposal" not in stated.not_compared
    else:
        assert stated.not_compared is not None
        assert f"a proposal (“{proposal}”)" in stated.not_compared


@pytest.mark.parametrize(
    ("text", "executive"),
    [
        # a fine an executive body levied, said with a provision: compared with nothing
        ("नगर निगम ने आईटी एक्ट की धारा 67 के तहत दुकानदार पर 5000 रुपये का जुर्माना लगाया।", True),
        ("नगर निगम ने आईटी एक्ट की धारा 67 के तहत दुकानदार पर 5000 रुपये का जुर्माना ठोका।", True),
        # near misses: a court's fine is passed; the law stated is compared
        ("अदालत ने आईटी एक्ट की धारा 67 के तहत दोषी पर 5000 रुपये का जुर्माना लगाया।", False),
        (
            "Under Section 67 of the IT Act, the punishment is imprisonment of up to three years.",
            False,
        ),
    ],
)
def test_a_penalty_the_executive_levied_is_not_compared(
    catalog: Catalog, text: str, executive: bool
) -> None:
    """Review 2027-01-07c (A, C): a term the executive changed or a fine an executive body
    levied is neither a court's sentence nor the law: with a provision named, it was compared
    with the law as the report's statement of it; it is compared with nothing, and says why."""
    (stated,) = _stated(catalog, text)
    assert stated.provision == "it-act-2000/s67"
    said = stated.not_compared or ""
    assert ("the executive, not a court" in said) is executive


@pytest.mark.parametrize(
    ("text", "provision"),
    [
        # the statute's own section before its words; the section they cite for the object
        (
            "Section 295 BNS: Whoever sells, lets to hire, distributes, exhibits or circulates to"
            " any child any such obscene object as is referred to in section 294, or offers or"
            " attempts so to do, shall be punished on first conviction with imprisonment of"
            " either description for a term which may extend to three years, and with fine which"
            " may extend to two thousand rupees.",
            "bns-2023/s295",
        ),
        # a cited section alone gives the statement no provision
        (
            "Whoever sells to any child any obscene object as is referred to in section 294 of the"
            " BNS shall be punished with imprisonment which may extend to three years.",
            None,
        ),
        (
            "A child as defined in Section 2(d) of the POCSO Act is any person below eighteen, and"
            " using a child for pornographic purposes is punishable with five years.",
            None,
        ),
        # near miss: a section the statement is said of
        (
            "Under Section 295 of the BNS, selling an obscene object to a child is punishable"
            " with imprisonment which may extend to three years.",
            "bns-2023/s295",
        ),
        # … and the section the punishment or the offence is "in" (review 2027-01-08b H1)
        (
            "The punishment specified in Section 67B of the IT Act is imprisonment up to five"
            " years.",
            "it-act-2000/s67B",
        ),
        (
            "As mentioned in Section 14 of the POCSO Act, the punishment is imprisonment up to"
            " five years.",
            "pocso-2012/s14",
        ),
        (
            "The accused shall be punished as specified in Section 14 of the POCSO Act, with"
            " imprisonment up to five years.",
            "pocso-2012/s14",
        ),
    ],
)
def test_a_section_cited_for_its_words_is_not_the_statement_s(
    catalog: Catalog, text: str, provision: str | None
) -> None:
    """A section the statute's words cite for what they speak of ("… any such obscene object as
    is referred to in section 294 …") is not the provision the punishment is of: BNS s.295's
    words were compared with s.294, and said to differ from it."""
    (stated,) = catalog.analyze(text, D(2025, 1, 1)).stated_punishments
    assert stated.provision == provision
    assert not catalog.analyze(text, D(2025, 1, 1)).summary.differences


@pytest.mark.parametrize(
    ("text", "provision"),
    [
        # a booking told between: the section is the booking's
        (
            "Accused sentenced to 20 years in jail for rape of minor, cyber police also booked"
            " him under section 67B of the IT Act for filming the act.",
            None,
        ),
        (
            "The man was sentenced to 20 years and a case was also registered against him under"
            " Section 67B of the IT Act.",
            None,
        ),
        # near misses: no booking between, or one before the sentence
        (
            "He was sentenced to five years after he was convicted under Section 67B of the IT"
            " Act.",
            "it-act-2000/s67B",
        ),
        (
            "The man, who was arrested in 2019, was sentenced to 3 years under Section 67B of the"
            " IT Act.",
            "it-act-2000/s67B",
        ),
        (
            "He was booked in 2019 and sentenced to three years under Section 67B of the IT Act.",
            "it-act-2000/s67B",
        ),
        # an arrest in the main clause after a relative one that tells the sentence
        (
            "The accused, who was sentenced to 10 years in jail for raping a minor in 2018, was"
            " arrested again by the cyber police under Section 67B of the IT Act.",
            None,
        ),
        # the case the sentence is in, its own offence, a verb of speech, the charges invoked
        # (review 2027-01-09b F3)
        (
            "A special POCSO court sentenced a 32-year-old man to five years of rigorous"
            " imprisonment in the case registered under Section 67B of the IT Act in 2019.",
            "it-act-2000/s67B",
        ),
        (
            "The accused was sentenced to 10 years rigorous imprisonment for the offence for which"
            " he was booked under Section 67B of the IT Act.",
            "it-act-2000/s67B",
        ),
        (
            "The judge sentenced him to three years in jail and added that the offence under"
            " Section 67B of the IT Act was grave.",
            "it-act-2000/s67B",
        ),
        (
            "The court sentenced the youth to seven years of imprisonment for offences the"
            " prosecution invoked under Section 67B of the IT Act.",
            "it-act-2000/s67B",
        ),
    ],
)
def test_a_section_a_booking_names_after_a_sentence_passed_is_not_its(
    catalog: Catalog, text: str, provision: str | None
) -> None:
    """A sentence passed takes no section named after it past a booking, an arrest or a case
    registered (``booking_words``): "sentenced to 20 years … for rape of minor, cyber police
    also booked him under section 67B" passed no term under s.67B, and no difference is
    claimed; with no booking between, the section after is the sentence's."""
    answer = catalog.analyze(text, D(2025, 1, 1))
    (stated,) = answer.stated_punishments
    assert stated.imposed
    assert stated.provision == provision
    if provision is None:
        assert not answer.summary.differences


def test_the_booking_words_are_the_datas(catalog: Catalog) -> None:
    """The booking words are data, one lower-case word each, listed once, and no word of a
    conviction among them; without them, the section booked after a sentence passed is read as
    the sentence's, and the 20 years are said to differ from s.67B's term."""
    from lawref.analysis.reader import Analyzer
    from lawref.analysis.reading import analyze

    words = catalog.analysis_config.booking_words
    assert "booked" in words
    assert "convicted" not in words
    assert "charged" not in words
    assert len(set(words)) == len(words)
    assert all(w.isalpha() and w.islower() for w in words)
    text = (
        "Accused sentenced to 20 years in jail for rape of minor, cyber police also booked him"
        " under section 67B of the IT Act for filming the act."
    )
    config = catalog.analysis_config.model_copy(update={"booking_words": ()})
    bare = Analyzer(catalog.statutes, catalog.conduct_book, config)
    (stated,) = analyze(bare, text, D(2025, 1, 1)).stated_punishments
    assert stated.provision == "it-act-2000/s67B"
    (stated,) = catalog.analyze(text, D(2025, 1, 1)).stated_punishments
    assert stated.provision is None


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # a headline's present tells a court's sentence (judging pass of 2027-01-09)
        ("Man gets five years in jail for sharing obscene video of a minor girl", True),
        ("For Selling Child Porn On Telegram, Kota Youth Gets 5 Years In Jail", True),
        # near misses: said of anyone, the future
        ("Under Section 67B, an offender gets five years in jail and a fine of Rs 10 lakh.", False),
        ("A convict gets five years in jail under Section 67B.", False),
        ("He will get five years in jail if convicted under Section 67B.", False),
        # said of a class, of anyone who does it, on a condition, or as an order (review
        # 2027-01-10 A-H1, A-H2)
        ("Parents who share such photos get ten years in jail under Section 67B.", False),
        ("Anybody who shares obscene videos of children gets 10 years in jail.", False),
        ("A person who shares such material gets seven years in jail under Section 67.", False),
        ("Violators get 7 years in jail, Rs 10 lakh fine under Section 67 of IT Act", False),
        ("Those who share such videos will also get seven years in jail.", False),
        ("If convicted, he gets seven years in jail under Section 67B of the IT Act.", False),
        ("The victim's family wants that he gets seven years in jail.", False),
        ("Share child porn, get 7 years in jail under Section 67B of IT Act: Police", False),
        ("Watch child porn and get 10 years in jail under Section 67B, warns police", False),
        ("Under Section 67B, a first-time convict gets five years in jail.", False),
        # near misses: the ones sentenced, named, counted, joined, or told in a past clause
        ("Man who shared child porn gets 3 years in jail under Section 67B of IT Act", True),
        ("Two youths who filmed minor get 10 years in jail under Section 6 of POCSO Act", True),
        ("Man who could not pay fine gets 3 years in jail under Section 67B of IT Act", True),
        ("All five accused get 3 years in jail under Section 67B of IT Act", True),
        ("Three of the accused get 7 years in jail under Section 67 of IT Act", True),
        ("Convict gets 3 years in jail under Section 67B of IT Act", True),
        ("Now, man gets 5 years in jail for sharing child porn under Section 67B of IT Act", True),
        # ... and a "who" clause that describes him, adverbs, "to" as a preposition, "if" in
        # what he did, named pairs and groups (review 2027-01-10b H1, H2)
        ("Accused, who is a resident of Thane, gets 5 years in jail for circulating video", True),
        ("Man who is a teacher gets 10 years in jail for sharing nude photos of student", True),
        ("Man who secretly filmed girls in hostel gets 3 years in jail", True),
        ("Man who sent obscene pics to minor gets 5 years in jail", True),
        ("Man who threatened to leak pics if girl refused gets 5 years in jail", True),
        ("Man who lives with minor, films her gets 20 years in jail", True),
        ("Instead of death, man gets 20 years RI for raping and filming minor", True),
        ("Teacher, principal get 5 years in jail for filming minor girls", True),
        ("Father, uncle get 20 years in jail for raping and filming minor", True),
        ("Couple get 10 years in jail for selling child porn videos", True),
        ("Accused get 10 years RI in child porn case", True),
        # counts of the convicted, as statistics give them, tell of sentences passed (judging
        # pass of 2027-01-10), not of the law
        ("Many get 7 years in jail under Section 67 of IT Act every year, NCRB data shows", True),
        ("Most convicts get 2 years in jail under Section 67 of IT Act, NCRB data shows", True),
        # ... while an indefinite head's present "who" clause stays the law
        ("A man who shares such videos gets five years in jail, the SP said.", False),
        ("Any parent who shares such photos gets five years in jail.", False),
    ],
)
def test_a_headline_s_gets_tells_a_sentence_passed(
    catalog: Catalog, text: str, imposed: bool
) -> None:
    """ "Man gets five years in jail" is a court's sentence told as news tells it; "an offender
    gets five years", "Parents who share … get", "Share child porn, get 7 years" are the law
    said of anyone (``_gets_in_general``)."""
    (stated,) = catalog.analyze(text, D(2024, 1, 1)).stated_punishments
    assert stated.imposed is imposed


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # a headline's order with the verb before the term (survey of 2027-01-10)
        ("नाबालिग का अश्लील वीडियो वायरल करने वाले युवक को अदालत ने सुनाई पांच साल की सजा", True),
        ("आरोपी युवक को हाईकोर्ट ने सुनाई 10 साल की सजा", True),
        # near misses: the law's provision, a remark of what may be, a limit, a term cited
        # (review 2027-01-10b L2)
        ("पॉक्सो एक्ट में पांच साल की सजा का प्रावधान है", False),
        ("जमानत याचिका पर अदालत ने दिया 7 साल की सजा का हवाला, जमानत खारिज", False),
        ("कोर्ट ने कहा पांच साल की सजा हो सकती है", False),
        ("अदालत ने सुनाई पांच साल तक की सजा का प्रावधान बताया", False),
    ],
)
def test_a_hindi_headline_s_order_before_its_term(
    catalog: Catalog, text: str, imposed: bool
) -> None:
    """ "… को अदालत ने सुनाई पांच साल की सजा": a court, "ने" and its verb of passing right before
    the term is the sentence passed (``_HI_PASSED_BEFORE``)."""
    (stated,) = catalog.analyze(text, D(2024, 1, 1)).stated_punishments
    assert stated.imposed is imposed


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # a court "slammed" a term on a man (survey of 2027-01-10)
        (
            "A local court slammed a 20-year rigorous imprisonment term on a man accused of"
            " sexually assaulting a minor.",
            True,
        ),
        # near misses: a court that slammed the police, a lawyer or the accused (a rebuke), and
        # a term after it (review 2027-01-10b H3)
        (
            "The court slammed the police for the delay in filing the chargesheet under Section"
            " 67B, which provides five years in jail.",
            False,
        ),
        (
            "The HC slammed the police for seeking 10 years' imprisonment under Section 67B of"
            " the IT Act for a first-time offender.",
            False,
        ),
        ("The court slammed the lawyer for demanding a fine of Rs 5 lakh.", False),
    ],
)
def test_a_term_slammed_on_a_man(catalog: Catalog, text: str, imposed: bool) -> None:
    """ "Slammed … term on" is a court's sentence, as "slapped" is; the law's term said after a
    court's rebuke stays the law's."""
    (stated,) = catalog.analyze(text, D(2024, 1, 1)).stated_punishments
    assert stated.imposed is imposed


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # an amount before "penalty", as before "fine", levied after the sentence (left open in
        # the note of 2027-01-10)
        (
            "A local court sentenced a man to 20 years. Alongside the sentence, a Rs 50,000"
            " penalty was levied.",
            True,
        ),
        ("A Rs 50,000 penalty was levied on him.", True),
        # a fine imposed in the past on the one convicted, in the sentence after the court's
        ("The court sentenced him to 3 years. A fine of Rs 10,000 was also imposed.", True),
        ("A fine of Rs 10,000 was also imposed on the accused.", True),
        # the court as the passive's agent after the statement
        ("He was slapped with a penalty of Rs 1 lakh by the court.", True),
        # near misses: what may be imposed, the law's penalty, a fine since an amendment (a
        # penalty on a platform or by the police is none: see the next tests)
        ("A fine of Rs 10,000 may be imposed on the accused.", False),
        ("Those who share such videos face a Rs 5 lakh penalty.", False),
        (
            "The law was amended in 2019. A fine of Rs 10,000 has been imposed for each"
            " offence since then.",
            False,
        ),
    ],
)
def test_a_penalty_levied_or_imposed_after_its_amount(
    catalog: Catalog, text: str, imposed: bool
) -> None:
    """ "A Rs 50,000 penalty" is a stated fine as "a penalty of Rs 50,000" is; one levied or
    imposed in the past on the one convicted, or beside a sentence named, is a sentence passed
    (``_IMPOSED_ON_PERSON``, ``_SENTENCE_NAMED``); one that may be imposed, or imposed on a
    platform, is not."""
    fines = [
        p for p in catalog.analyze(text, D(2024, 1, 1)).stated_punishments if "fine" in p.claims
    ]
    assert fines
    assert fines[-1].imposed is imposed


@pytest.mark.parametrize(
    "text",
    [
        # a sentence passed after a list of sections joined by spaces or by "व" is said of the
        # list, not its last section (review 2027-01-11b H1)
        "न्यायालय ने आरोपी को धारा 376 506 भादवि में 10 वर्ष के सश्रम कारावास से दंडित किया।",
        "न्यायालय ने आरोपी को धारा 376 व 506 भादवि में 10 वर्ष के सश्रम कारावास से दंडित किया।",
        "विशेष न्यायालय ने आरोपी को पॉक्सो एक्ट की धारा 6 12 में 20 वर्ष के कठोर कारावास की सजा सुनाई।",
        # (and with the section word repeated: review 2027-01-11d H2)
        "अदालत ने आरोपी को धारा 4 पॉक्सो एक्ट व धारा 506 भादवि में 10 वर्ष की सजा सुनाई।",
        "अदालत ने आरोपी को पॉक्सो एक्ट की धारा 6 और भादवि की धारा 506 में 20 साल की सजा सुनाई।",
        "न्यायालयाने आरोपीला पोक्सो कलम ६ व भादंवि कलम ५०६ अन्वये २० वर्षे सक्तमजुरीची शिक्षा सुनावली.",
    ],
)
def test_a_sentence_after_a_hindi_list_is_said_of_the_list(catalog: Catalog, text: str) -> None:
    """No one section of a list takes the sentence, and no difference is claimed."""
    analysis = catalog.analyze(text, D(2024, 1, 1))
    (stated,) = analysis.stated_punishments
    assert stated.provision is None
    assert not analysis.summary.differences


def test_a_sentence_after_one_hindi_section_is_still_compared(catalog: Catalog) -> None:
    """Near miss of the review of 2027-01-11b H1: one section alone keeps the sentence and the
    difference a term beyond it makes."""
    analysis = catalog.analyze(
        "अदालत ने आरोपी को आईटी एक्ट की धारा 67बी में 10 साल की सजा सुनाई।", D(2024, 1, 1)
    )
    (stated,) = analysis.stated_punishments
    assert stated.provision == "it-act-2000/s67B"
    assert analysis.summary.differences


@pytest.mark.parametrize(
    "text",
    [
        # a penalty a platform, a company, the police or a complainant pays, or a body other
        # than a court imposes, or one for another reason: no statement of an offender's
        # punishment (review 2027-01-11 B1-B3, B6)
        "Under Section 67B of the IT Act, the accused faces up to five years in jail. The Ministry"
        " also imposed a Rs 50 lakh penalty on the platform under Section 67B.",
        "The platform was also hit with a Rs 50 lakh penalty under Section 67B by MeitY.",
        "Under Section 67B, the platform that hosted it was levied a Rs 30 lakh penalty.",
        "Platforms failing to take down CSAM within 36 hours could face a Rs 50 lakh penalty.",
        "A Rs 500 penalty was imposed on him by the traffic police for riding without a helmet.",
        "The court had earlier slapped a Rs 5,000 penalty on the police for delay.",
        "A fine of Rs 10,000 was levied on the complainant for filing a false affidavit.",
        "The school imposed a Rs 500 penalty on students found using mobile phones.",
        "The builder agreement had a Rs 10 lakh penalty clause.",
    ],
)
def test_a_penalty_no_offender_pays_is_no_stated_fine(catalog: Catalog, text: str) -> None:
    """No fine is read, and no difference claimed (``_not_a_convicts_fine``)."""
    analysis = catalog.analyze(text, D(2024, 1, 1))
    assert not [p for p in analysis.stated_punishments if "fine" in p.claims]
    assert not analysis.summary.differences


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # near misses: the convict's fine, the law's penalty
        (
            "The POCSO court imposed a Rs 50,000 penalty on the accused, a school bus driver,"
            " besides 20 years in jail.",
            True,
        ),
        (
            "Magistrate R. Kumar sentenced the youth to three years in prison. A fine of Rs"
            " 10,000 was also imposed on him by the court.",
            True,
        ),
        (
            "Under Section 67B of the IT Act, an offender faces up to five years in jail and a"
            " Rs 10 lakh penalty.",
            False,
        ),
    ],
)
def test_a_convicts_penalty_is_still_read(catalog: Catalog, text: str, imposed: bool) -> None:
    """Near misses of the review of 2027-01-11: the one convicted pays, or the law says it."""
    fines = [
        p for p in catalog.analyze(text, D(2024, 1, 1)).stated_punishments if "fine" in p.claims
    ]
    assert fines
    assert fines[-1].imposed is imposed


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a punishment said to be deserved is an opinion (survey of unseen English pages,
        # 2027-01-11): no statement, and no difference
        ("The Chief Minister said the culprits deserved “capital punishment”.", 0),
        (
            "The judge slammed the accused, saying he deserved 10 years in jail under Section 67B"
            " of IT Act.",
            0,
        ),
        ("Such offenders deserve the harshest punishment of death.", 0),
        (
            "The minor's father said the accused, booked under Section 506 IPC, deserved at least"
            " ten years in jail.",
            0,
        ),
        # near miss: a sentence passed beside "deserved no mercy"
        ("The court sentenced him to death, saying he deserved no mercy.", 1),
    ],
)
def test_a_punishment_deserved_is_an_opinion(catalog: Catalog, text: str, read: int) -> None:
    """ "Deserved capital punishment" states neither the law nor a sentence passed."""
    analysis = catalog.analyze(text, D(2024, 1, 1))
    assert len(analysis.stated_punishments) == read
    assert not analysis.summary.differences


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # a court's own sentence or fine by the possessive right before it (closing note of
        # 2027-01-11: "the trial court's Rs 50,000 penalty … was upheld" read as the law's)
        (
            "The High Court upheld the trial court's Rs 50,000 penalty on the accused under"
            " Section 67B of the IT Act.",
            True,
        ),
        ("The trial court's five-year jail term was upheld.", True),
        ("The High Court set aside the sessions court's sentence of five years.", True),
        ("The Special Court\u2019s 10-year sentence was reduced on appeal.", True),
        # near misses: a court's remark on the law, with words between
        ("The court's view was that a fine of Rs 10 lakh is the most Section 67B allows.", False),
        (
            "The court's order said the punishment under Section 67B is imprisonment up to five"
            " years.",
            False,
        ),
    ],
)
def test_a_courts_possessive_sentence_is_one_passed(
    catalog: Catalog, text: str, imposed: bool
) -> None:
    """ "The trial court's Rs 50,000 penalty": the court's, a sentence passed, compared only
    where it exceeds the law."""
    stated = _stated(catalog, text)
    assert len(stated) == 1
    assert stated[0].imposed is imposed


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a stay in custody before bail (survey of unseen English pages, 2027-01-12)
        ("He has to stay in jail for three months before he can apply for bail.", []),
        ("He stayed in jail for two months until he got bail.", []),
        # near misses: the law's term said as a stay, a sentence passed
        (
            "If convicted, he will have to stay in jail for seven years.",
            ["imprisonment of 7 years"],
        ),
        (
            "He was sentenced to stay in jail for five years.",
            ["a sentence of imprisonment for 5 years"],
        ),
    ],
)
def test_a_stay_in_custody_before_bail_is_no_punishment(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    assert [s.claims for s in _stated(catalog, text)] == read


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        # review 2027-01-12a: a court's possessive before a noun the statement qualifies, a
        # related story's punishment
        ("The Supreme Court's death penalty guidelines in Bachan Singh were not applied.", False),
        ("The magistrate's 3 years' punishment power was questioned.", False),
    ],
)
def test_a_courts_possessive_before_another_noun_passes_no_sentence(
    catalog: Catalog, text: str, imposed: bool
) -> None:
    stated = _stated(catalog, text)
    assert stated  # the statement is read, as the law's, not as a sentence passed
    assert all(s.imposed is imposed for s in stated)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "He was arrested on Friday and remanded to police custody. Tutor Gets Twenty Years In"
            " Jail For Filming Minor Student In Pune.\n\nThe investigation is on.",
            [],
        ),
        # near misses: a sentence in capitals is the report's; a marked link's run-in span may
        # hold the report's own next sentence (review 2027-01-12c H3)
        (
            "The accused shared the clip with friends. THE ACCUSED HAS BEEN SENTENCED TO LIFE"
            " IMPRISONMENT BY THE POCSO COURT.\nThe girl is now in a shelter.",
            ["a sentence of imprisonment for life"],
        ),
        (
            "Also read: Tutor held in Kota A special POCSO court on Friday sentenced him to 20"
            " years in jail.",
            ["a sentence of imprisonment for 20 years"],
        ),
    ],
)
def test_a_punishment_in_a_teaser_of_another_story_is_not_stated(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    """A related story's headline run into the report in title case states no punishment of
    this report (review 2027-01-12a H7)."""
    assert [s.claims for s in _stated(catalog, text)] == read


def test_a_term_with_a_comma_before_bail_is_no_custody(catalog: Catalog) -> None:
    text = (
        "The convict has to stay in prison for 10 years till his appeal comes up, and cannot get"
        " bail."
    )
    assert [s.claims for s in _stated(catalog, text)] == ["imprisonment of 10 years"]


@pytest.mark.parametrize(
    "text",
    [
        # a verdict, a judgment or a reference carries the sentence (review 2027-01-12c H2)
        "The high court confirmed the trial court's death penalty verdict against the tutor.",
        "The High Court upheld the sessions court's life imprisonment judgment.",
    ],
)
def test_a_courts_possessive_verdict_is_a_sentence_passed(catalog: Catalog, text: str) -> None:
    stated = _stated(catalog, text)
    assert stated
    assert all(s.imposed for s in stated)


@pytest.mark.parametrize(
    ("text", "read", "imposed"),
    [
        # review 2027-01-12e: a marked link's punishment, a precedent of the Supreme Court
        (
            "He was arrested on Monday. Also read: Tutor gets 20 years in jail for filming minor"
            " student in Pune",
            0,
            False,
        ),
        (
            "The court relied on the Supreme Court's death penalty verdict in Bachan Singh.",
            1,
            False,
        ),
        (
            "The high court confirmed the trial court's death penalty verdict against the tutor.",
            1,
            True,
        ),
    ],
)
def test_the_third_review_of_the_new_punishment_rules(
    catalog: Catalog, text: str, read: int, imposed: bool
) -> None:
    stated = _stated(catalog, text)
    assert len(stated) == read
    assert all(s.imposed is imposed for s in stated)
