"""A whole report read stretch by stretch: a text in memory and the same text streamed from
bytes give one answer; the date is read across stretches; a text with more findings than an
answer lists counts the rest, and its summary still covers them."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawref.analysis import reading
from lawref.analysis.dates import DateReader
from lawref.analysis.models import Mention, StatedPunishment, StatuteReference
from lawref.analysis.stretches import text_stretches
from lawref.catalog import Catalog

D = dt.date
WORDS = st.sampled_from(
    [
        "Section 67B of the IT Act",
        "Sec 15 POCSO",
        "section 21 of the Act",
        "he circulated the videos",
        "he downloaded child pornography",
        "police shared details with CBI",
        "imprisonment up to five years",
        "Updated: 28-12-2020",
        "Kochi, Oct 23 (PTI):",
        "March 2021",
        "2019",
        "12 July 2022",
        "New Delhi, Dec 5:",
        "Monday (March 11)",
        "ഓപ്പറേഷൻ",
        "\n",
    ]
)
PARAGRAPHS = st.lists(
    st.lists(WORDS, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=8
).map("\n\n".join)


def _stretch_size(text: str, extra: int) -> int:
    return max(len(paragraph) for paragraph in text.split("\n\n")) + 2 + extra


@settings(max_examples=120, deadline=None)
@given(text=PARAGRAPHS, extra=st.integers(min_value=0, max_value=40))
# found by this test: the year after the paragraph break was an Act's year in the whole text
# and a date the text names in the stretch that began with it
@example(text="Section 67B of the IT Act\n\n2019 Monday (March 11)", extra=0)
# a Devanagari list, name or number and its Act across a blank line (review 2026-12-08c L2):
# read as two paragraphs, in the whole text as in stretches
@example(text="67B\n\nपोक्सोच्या", extra=0)
@example(text="IT\n\nएक्ट", extra=0)
@example(text="कलम १२\n\nपोक्सोच्या", extra=0)
@example(text="धारा 67\n\nआईटी एक्ट", extra=0)
@example(text="आईटी एक्ट\n\nधारा 67", extra=0)
def test_a_streamed_text_reads_as_the_text_in_memory_does(
    catalog: Catalog, text: str, extra: int
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LAWREF_TODAY", "2026-12-01")
        whole = catalog.analyze(text)
        patch.setattr("lawref.analysis.stretches.CHUNK", _stretch_size(text, extra))
        patch.setattr("lawref.analysis.stretches._READ_BYTES", 7)
        in_memory = catalog.analyze(text)
        streamed = catalog.analyze_stream(lambda: io.BytesIO(text.encode()))
    assert in_memory == whole
    assert streamed == whole


Spanned = Mention | StatuteReference | StatedPunishment

LINES = st.lists(
    st.lists(WORDS, min_size=1, max_size=10).map(" ".join), min_size=1, max_size=6
).map("\n".join)


@settings(max_examples=120, deadline=None)
@given(text=LINES)
@example(text="He was booked under Section\n67B of the IT\nAct.")
@example(text="Kochi, Oct 23 (PTI):\nhe circulated the videos\n\nSection 67B of the IT Act")
def test_a_text_with_crlf_line_ends_reads_as_its_lf_copy(catalog: Catalog, text: str) -> None:
    """A file from Windows ends its lines with CR LF: it reads as its copy with LF line ends
    ("Section\r\n67B" was no section, "the IT\r\nAct" no Act), every finding placed and
    quoted in the text as written; streamed as in memory."""
    crlf = text.replace("\n", "\r\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LAWREF_TODAY", "2026-12-01")
        lf_read = catalog.analyze(text)
        crlf_read = catalog.analyze(crlf)
        streamed = catalog.analyze_stream(lambda: io.BytesIO(crlf.encode()))
    assert streamed == crlf_read
    assert (crlf_read.as_of, crlf_read.as_of_source) == (lf_read.as_of, lf_read.as_of_source)
    assert crlf_read.summary == lf_read.summary
    pairs: list[tuple[Spanned, Spanned]] = [
        *zip(lf_read.mentions, crlf_read.mentions, strict=True),
        *zip(lf_read.statute_references, crlf_read.statute_references, strict=True),
        *zip(lf_read.stated_punishments, crlf_read.stated_punishments, strict=True),
    ]
    for one_lf, one_crlf in pairs:
        assert crlf[one_crlf.start : one_crlf.end] == one_crlf.text
        assert one_crlf.text.replace("\r\n", "\n") == one_lf.text
        shifted: dict[str, object] = {
            "start": one_lf.start,
            "end": one_lf.end,
            "text": one_lf.text,
        }
        if isinstance(one_lf, StatuteReference) and isinstance(one_crlf, StatuteReference):
            shifted.update(act_start=one_lf.act_start, act_end=one_lf.act_end)
            if one_crlf.act_start is not None and one_crlf.act_end is not None:
                act = crlf[one_crlf.act_start : one_crlf.act_end].replace("\r\n", "\n")
                assert one_lf.act_start is not None
                assert act == text[one_lf.act_start : one_lf.act_end]
        assert one_crlf.model_copy(update=shifted) == one_lf


def _same_findings(catalog: Catalog, plain: str, written: str, unseen: str) -> None:
    """*written* (the *plain* text with *unseen* characters put in) reads as *plain* does: the
    same findings, each placed and quoted in *written*, its quote without them *plain*'s."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LAWREF_TODAY", "2026-12-01")
        plain_read = catalog.analyze(plain)
        written_read = catalog.analyze(written)
    assert written_read.summary == plain_read.summary
    assert written_read.as_of == plain_read.as_of
    pairs: list[tuple[Spanned, Spanned]] = [
        *zip(plain_read.mentions, written_read.mentions, strict=True),
        *zip(plain_read.statute_references, written_read.statute_references, strict=True),
        *zip(plain_read.stated_punishments, written_read.stated_punishments, strict=True),
    ]
    for one_plain, one_written in pairs:
        assert written[one_written.start : one_written.end] == one_written.text
        assert one_written.text.replace(unseen, "") == one_plain.text


@settings(max_examples=60, deadline=None)
@given(text=LINES)
@example(text="he downloaded child pornography Section 67B of the IT Act")
def test_soft_hyphens_and_zero_width_spaces_are_read_through(catalog: Catalog, text: str) -> None:
    """A page with soft hyphens ("down\u00adloaded", as sites that hyphenate print words) or
    zero-width spaces inside its words reads as the text without them, every finding quoted as
    written."""
    for unseen in ("\u00ad", "\u200b"):
        written = re.sub(r"(?<=\b[A-Za-z]{3})(?=[a-z]{3})", unseen, text)
        _same_findings(catalog, text, written, unseen)


READER = DateReader(["updated"], ["PTI"])


@settings(max_examples=200, deadline=None)
@given(text=PARAGRAPHS, extra=st.integers(min_value=0, max_value=40))
def test_a_date_read_in_stretches_is_the_date_read_whole(text: str, extra: int) -> None:
    today = D(2026, 12, 1)
    scan = READER.scan(today)
    for _, words in text_stretches(text, _stretch_size(text, extra)):
        scan.feed(words)
    assert scan.result() == READER.read(text, today)


def test_an_answer_lists_at_most_listed_findings_and_counts_the_rest(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "LISTED", 2)
    text = (
        "He circulated the videos. He circulated the videos. He circulated the videos.\n\n"
        "Section 67B of the IT Act, Section 67B of the IT Act, Section 67B of the IT Act.\n\n"
        "He was arrested for downloading child pornography videos on his phone."
    )
    analysis = catalog.analyze(text, D(2021, 1, 1))
    assert len(analysis.mentions) == 2
    assert analysis.mentions_not_listed >= 2
    assert len(analysis.statute_references) == 2
    assert analysis.statute_references_not_listed == 1
    assert "downloading" in analysis.summary.conducts
    assert all(text[m.start : m.end] == m.text for m in analysis.mentions)


def test_offsets_in_later_stretches_point_into_the_whole_text(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "A quiet paragraph about nothing at all.\n\n" * 40
    ) + "He circulated the obscene videos of a minor."
    monkeypatch.setattr("lawref.analysis.stretches.CHUNK", 100)
    analysis = catalog.analyze(text, D(2021, 1, 1))
    (mention,) = analysis.mentions
    assert text[mention.start : mention.end] == mention.text == "circulated"


def test_the_act_name_of_a_reference_in_a_later_stretch_is_placed_in_the_whole_text(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = ("A quiet paragraph about nothing at all.\n\n" * 40) + (
        "He was booked under Section 15 of the POCSO Act."
    )
    monkeypatch.setattr("lawref.analysis.stretches.CHUNK", 100)
    (ref,) = catalog.analyze(text, D(2021, 1, 1)).statute_references
    assert ref.start > 1000
    assert text[ref.start : ref.end] == "15"
    assert ref.act_start is not None
    assert text[ref.act_start : ref.act_end] == "POCSO Act"


def test_cr_cr_lf_line_ends_read_as_lf(catalog: Catalog) -> None:
    """Review 2027-01-08 L4: a file whose lines end CR CR LF (a CRLF file saved again on
    Windows) reads as its LF copy; a lone CR inside a line stays, and is quoted where written."""
    plain = (
        "Man held\n\nHe uploaded child sexual abuse videos, booked under Section\n67B of the"
        " IT\nAct."
    )
    written = plain.replace("\n", "\r\r\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LAWREF_TODAY", "2026-12-01")
        read = catalog.analyze(written)
        lone = catalog.analyze(
            "He uploaded child sexual abuse videos\r under Section 67B of the IT Act."
        )
    assert [(r.act, r.section) for r in read.statute_references] == [("it-act-2000", "67B")]
    assert [m.conduct for m in read.mentions] == ["uploading"]
    assert all(written[m.start : m.end] == m.text for m in read.mentions)
    assert [(r.act, r.section) for r in lone.statute_references] == [("it-act-2000", "67B")]


_PARAGRAPH = (
    "The Special Court on Tuesday sentenced the accused, a 32-year-old tuition teacher from"
    " Kozhikode, to five years of rigorous imprisonment after finding that he had recorded"
    " obscene videos of two minor students and shared them on a WhatsApp group, under"
    " Section 67B of the Information Technology Act and Section 14 of the POCSO Act."
)


@pytest.mark.parametrize("width", [60, 72, 80, 100])
def test_a_paragraph_wrapped_as_a_pdf_wraps_it_reads_as_one(catalog: Catalog, width: int) -> None:
    """A PDF's or a court order's copy wraps a paragraph's lines: it reads as the paragraph
    does (the corpus wrapped at 80 columns read as stored in 71% of its reports), every quote
    the wrapped text's own."""
    import textwrap

    wrapped = textwrap.fill(_PARAGRAPH, width=width, break_on_hyphens=False)
    plain, read = catalog.analyze(_PARAGRAPH), catalog.analyze(wrapped)
    assert {m.conduct for m in read.mentions} == {m.conduct for m in plain.mentions}
    assert [(r.act, r.section) for r in read.statute_references] == [
        (r.act, r.section) for r in plain.statute_references
    ]
    assert [(p.claims, p.provision, p.imposed) for p in read.stated_punishments] == [
        (p.claims, p.provision, p.imposed) for p in plain.stated_punishments
    ]
    assert all(wrapped[m.start : m.end] == m.text for m in read.mentions)


def test_a_headline_s_line_break_ends_it(catalog: Catalog) -> None:
    """A long headline written as a title, with no stop, is no wrapped line: its conduct is
    read in it, not run into the story's first sentence."""
    text = (
        "Delhi HC Denies Pre-Arrest Bail To Man Accused Of Blackmailing 15-Yr-Old Girl With Her"
        " Photos\nThe Delhi High Court dismissed the plea of a man booked under the POCSO Act."
    )
    assert "sextortion" in {m.conduct for m in catalog.analyze(text).mentions}


def test_a_devanagari_line_is_no_wrapped_line(catalog: Catalog) -> None:
    """A line in Devanagari ends its statement (it has no capitals to tell a headline from a
    wrapped line): a sentence passed on it is not joined to the law named on the next, and no
    difference is claimed between them (review 2027-01-08b H2's Hindi near miss)."""
    text = (
        "मामले में अदालत ने आरोपी को दस साल की सजा सुनाई,\nsection 67B of the IT Act provides up to"
        " five years."
    )
    analysis = catalog.analyze(text)
    assert not analysis.summary.differences
    assert any(p.imposed and p.provision is None for p in analysis.stated_punishments)


def test_a_line_wrapped_after_a_comma_reads_as_one_line(catalog: Catalog) -> None:
    """A Latin line wrapped after a comma is read as the one line it was: the sentence passed
    keeps no section its next clause books the accused under, as on one line (review
    2027-01-08b H2 found the wrong difference on a wrapped line; it was the one line's too)."""
    one_line = (
        "Accused sentenced to 20 years in jail for rape of minor, cyber police also booked him"
        " under section 67B of the IT Act for filming the act."
    )
    wrapped = one_line.replace("minor, ", "minor,\n")
    for text in (one_line, wrapped):
        analysis = catalog.analyze(text)
        assert not analysis.summary.differences
        assert [(p.claims, p.provision) for p in analysis.stated_punishments] == [
            (p.claims, p.provision) for p in catalog.analyze(one_line).stated_punishments
        ]
        assert all(p.imposed and p.provision is None for p in analysis.stated_punishments)
    assert {m.conduct for m in catalog.analyze(wrapped).mentions} == {
        m.conduct for m in catalog.analyze(one_line).mentions
    }


def _reading(catalog: Catalog, text: str) -> tuple[object, ...]:
    analysis = catalog.analyze(text, dt.date(2025, 1, 1))
    return (
        sorted((m.conduct, m.confidence) for m in analysis.mentions),
        sorted((r.act or "", r.section or "") for r in analysis.statute_references),
        sorted((p.claims, p.provision or "", p.imposed) for p in analysis.stated_punishments),
        analysis.summary.differences,
    )


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised word after a small word that ends no clause (review 2027-01-09 near
        # misses of F1): a place, an Act
        "The special court sentenced the accused, a teacher from Thane district in\nMaharashtra,"
        " to rigorous imprisonment for 5 years and a fine of Rs 10,000 under Section 14 of the"
        " POCSO Act for filming a minor girl.",
        "The special court sentenced the accused to rigorous imprisonment under the\nPOCSO Act for"
        " 5 years and a fine of Rs 10,000 for filming a minor girl.",
        # a small letter, a digit after a letter, a comma; spaces padding the break (G1, W13)
        "The special court sentenced the accused to rigorous imprisonment for 5\nyears and a fine"
        " of Rs 10,000 under Section 14 of the POCSO Act for filming a minor girl.",
        "The special court sentenced the accused to rigorous imprisonment for 5 \nyears and a"
        " fine of Rs 10,000 under Section 14 of the POCSO Act for filming a minor girl.",
        "The special court sentenced the accused to rigorous imprisonment for 5\n    years and a"
        " fine of Rs 10,000 under Section 14 of the POCSO Act for filming a minor girl.",
        "The special court sentenced the accused to rigorous imprisonment for five years,\na fine"
        " of Rs 10,000 under Section 14 of the POCSO Act for filming a minor girl.",
        "The prosecution case is that the accused recorded obscene videos of the minor victim"
        " and\nthreatened to circulate them on social media.",
        # "under" then "Section": the commonest break in these reports (review 2027-01-09b F6)
        "The Special POCSO Court in Thane sentenced the 35-year-old accused to ten years in jail"
        " under\nSection 67B of the IT Act for sharing child sexual abuse material.",
    ],
)
def test_a_wrapped_sentence_reads_as_its_one_line(catalog: Catalog, text: str) -> None:
    """A sentence a PDF's copy wraps reads as the one line it was: the same conduct, references
    and punishments, whatever spaces pad the break."""
    one_line = re.sub(r"[ \t]*\n[ \t]*", " ", text)
    assert _reading(catalog, text) == _reading(catalog, one_line)


def test_spaces_padding_words_read_as_one(catalog: Catalog) -> None:
    """A run of spaces a PDF's copy pads with reads as one space: the term is read, and quoted
    as written."""
    text = "The court sentenced him to rigorous imprisonment for 5   years under Section 67B."
    (stated,) = catalog.analyze(text, dt.date(2025, 1, 1)).stated_punishments
    assert stated.imposed
    assert "5   years" in stated.text
    assert text[stated.start : stated.end] == stated.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence-case headline before a sentence that opens with an opener (F1): the
        # sentence passed stays apart from the law the next line states
        (
            "Thane man sentenced to 3 years in jail for storing child porn on phone\nThe court"
            " convicted him under Section 15 of the POCSO Act, which provides up to five years.",
            {"imposed 36", "law 60"},
        ),
        # … before a capitalised gerund that states the law (F3): the act told stays one
        (
            "Police said the accused had been stalking the minor girl for months\nSharing obscene"
            " pictures is an offence under Section 67 of the IT Act, police said.",
            {"grooming"},
        ),
        # … before a statement of what people in general do (F4): no act of a person told
        (
            "Parents must keep a close watch on what their children do online\nMany predators"
            " share sexual abuse material of children on such apps.",
            set(),
        ),
    ],
)
def test_a_line_before_a_new_sentence_is_no_wrapped_line(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """A line whose next opens a new sentence with a capitalised word, after a word that may
    end a clause, is no wrapped line (review 2027-01-09 F1, F3, F4)."""
    analysis = catalog.analyze(text, dt.date(2025, 1, 1))
    read = {m.conduct for m in analysis.mentions} | {
        f"{'imposed' if p.imposed else 'law'} {p.max_months:.0f}"
        for p in analysis.stated_punishments
        if p.max_months is not None
    }
    assert read - {"storing"} == expected
    assert not analysis.summary.differences


def test_two_numbers_and_a_table_s_rows_stay_apart(catalog: Catalog) -> None:
    """A number ending a line and one opening the next are two numbers (review 2027-01-09
    F5), and a table's rows are rows (F7): neither is a wrapped line."""
    text = (
        "The case was registered under Section 15 of the POCSO Act in 2021\n67 videos of minors"
        " were recovered from his laptop, police said."
    )
    assert "storing" in {m.conduct for m in catalog.analyze(text).mentions}
    table = (
        "Offence | Section | Punishment under the law of the land today\n"
        "transmitting csam | 67B IT Act | up to five years"
    )
    words = catalog.analysis_config.sentences
    assert reading._unwrapped(table, words) is table
    assert reading._unwrapped(text, words) is text
    assert reading._unwrapped(table.replace(" |", ","), words) != table.replace(" |", ",")


_HINDI_WORDS = st.sampled_from(
    [
        "आरोपी ने नाबालिग लड़की का अश्लील वीडियो सोशल मीडिया पर वायरल किया",
        "उसके फोटो मॉर्फ कर अश्लील फोटो बनाए",
        "पोक्सो एक्ट की धारा 14 और आईटी एक्ट की धारा 67बी के तहत मामला दर्ज",
        "आणि पोलिसांनी पॉक्सो कायद्यान्वये गुन्हा दाखल केला",
        "मुलीचे फोटो मॉर्फ करून व्हायरल केले",
        "कौन सी धारा लगी",
        "\n",
    ]
)
_TYPED_AS_TWO = {"ो": "ाे", "ौ": "ाै", "ॉ": "ाॅ", "आ": "अा"}


@settings(max_examples=60, deadline=None)
@given(text=st.lists(_HINDI_WORDS, min_size=1, max_size=8).map("। ".join))
@example(text="मुलीचे फोटो मॉर्फ करून व्हायरल केले")
def test_vowel_signs_typed_as_two_read_as_one(catalog: Catalog, text: str) -> None:
    """A Devanagari vowel sign typed as two that look as one ("फाेटाे" for "फोटो", "माॅर्फ" for
    "मॉर्फ", "अाणि" for "आणि"; survey of unseen Marathi reports, 2027-01-09) reads as the one
    sign: the same findings, each placed and quoted in the text as written."""
    written = re.sub("[ोौॉआ]", lambda m: _TYPED_AS_TWO[m.group()], text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LAWREF_TODAY", "2026-12-01")
        plain_read = catalog.analyze(text)
        written_read = catalog.analyze(written)
    assert written_read.summary == plain_read.summary
    pairs: list[tuple[Spanned, Spanned]] = [
        *zip(plain_read.mentions, written_read.mentions, strict=True),
        *zip(plain_read.statute_references, written_read.statute_references, strict=True),
        *zip(plain_read.stated_punishments, written_read.stated_punishments, strict=True),
    ]
    for one_plain, one_written in pairs:
        assert written[one_written.start : one_written.end] == one_written.text
        recomposed = one_written.text
        for one, two in _TYPED_AS_TWO.items():
            recomposed = recomposed.replace(two, one)
        assert recomposed == one_plain.text


def test_a_list_s_items_and_a_new_clause_after_a_comma_stay_apart(catalog: Catalog) -> None:
    """A court's sentences one to a line, each ending in a comma, are as many statements, each
    of its own section; a comma before a clause of its own ("the court also imposed …") ends a
    statement (review 2027-01-09b F1)."""
    listed = (
        "The accused is sentenced as follows,\n(i) rigorous imprisonment for 7 years for the"
        " offence under Section 14 of the POCSO Act,\n(ii) rigorous imprisonment for 5 years for"
        " the offence under Section 67B of the IT Act,\n(iii) both sentences shall run"
        " concurrently."
    )
    stated = catalog.analyze(listed, dt.date(2025, 1, 1)).stated_punishments
    assert sorted((p.max_months, p.provision) for p in stated) == [
        (60.0, "it-act-2000/s67B"),
        (84.0, "pocso-2012/s14"),
    ]
    clause = (
        "He was sentenced to three years in jail under Section 15 of the POCSO Act for storing"
        " child pornography,\nthe court also imposed a fine of Rs 5,000 under Section 67B of the"
        " IT Act."
    )
    fines = [
        p.provision
        for p in catalog.analyze(clause, dt.date(2025, 1, 1)).stated_punishments
        if p.fine_max_inr is not None or "fine" in p.text
    ]
    assert fines == ["it-act-2000/s67B"]


def test_a_table_s_columns_are_not_read_as_one_phrase(catalog: Catalog) -> None:
    """A run of spaces that parts a table's columns is no padding: the term's number in the
    next column is no section of the Act before it (review 2027-01-09b F2); two spaces are."""
    table = (
        "Offence under Section    Act            Sentence\n"
        "67B                      IT Act         5 years RI and fine of Rs 10,000\n"
        "14                       POCSO Act      7 years RI"
    )
    refs = {(r.act, r.section) for r in catalog.analyze(table).statute_references}
    assert ("it-act-2000", "5") not in refs
    assert ("pocso-2012", "7") not in refs
    padded = "Booked under: IT Act  67B\nArrested on: 12 March 2023"
    assert ("it-act-2000", "67B") in {
        (r.act, r.section) for r in catalog.analyze(padded).statute_references
    }
