"""A report's own date: labelled, on a date line, in a yearless dateline, or only inferred."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.analysis.dates import DateReader
from lawref.catalog import Catalog

D = dt.date
TODAY = D(2026, 12, 1)
READER = DateReader(
    [
        "updated",
        "published",
        "updated on",
        "date of decision",
        "pronounced on",
        "publish date",
        "posted on",
        "posted",
    ],
    ["PTI", "IANS", "ANI"],
    ["said", "told"],
    ["here", "PTI", "in a statement"],
    ["uploaded on"],
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("PTI | Kochi | Updated: 27-06-2020 21:48 IST\nA man was held.", D(2020, 6, 27)),
        ("Published: 05th October 2020 01:42 PM | A+A-\nText.", D(2020, 10, 5)),
        ("Order\nDate of Decision: 09th May, 2024\nThe petitioner...", D(2024, 5, 9)),
        ("Reserved on: 31.10.2025 Pronounced on: 05.12.2025 The applicant", D(2025, 12, 5)),
        ("By PTI Updated On - 07:16 PM, Sat - 30 September 23\nBody.", D(2023, 9, 30)),
        ("Publish Date - September 7, 2020 / 10:08 AM IST,\nBody.", D(2020, 9, 7)),
        # two digits each, one separator throughout: a two-digit year
        ("Published: 02.12.25, 10:15 AM\nBody.", D(2025, 12, 2)),
        ("Updated: 07/03/21\nBody.", D(2021, 3, 7)),
    ],
)
def test_a_labelled_date_is_stated(text: str, day: dt.date) -> None:
    read = READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source) == (day, "text")
    assert read.quote in text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Headline here\n29 December 2021 23:56 IST\nOn March 3, 2019 he was held.",
            D(2021, 12, 29),
        ),
        ("Tue, 06 January 2026\nA court in 2019 said...", D(2026, 1, 6)),
        ("THE GOAN NETWORK | SEPTEMBER 25, 2022, 12:37 AM IST\nBody.", D(2022, 9, 25)),
        # hyphens between day, month and year; a day glued to its byline
        ("Bail Condition\n\n22-Sep-2025\n\nHe was arrested on 21st February 2025.", D(2025, 9, 22)),
        ("Rohit Wadhwaney25 May 2024 03:40\n\nImages were posted on Instagram.", D(2024, 5, 25)),
        # a comma with no space before the year (survey of unseen English pages, 2027-01-14)
        ("24 September,2022 08:29 PM IST\n\nThe CBI arrested a man.", D(2022, 9, 24)),
        ("September 24,2022\n\nThe CBI arrested a man.", D(2022, 9, 24)),
    ],
)
def test_a_short_line_that_is_a_date_is_stated(text: str, day: dt.date) -> None:
    read = READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source) == (day, "text")


def test_a_comma_glued_to_two_digits_is_no_year() -> None:
    """ "On 24 September,22 people were arrested": the two digits are a count, not 2022."""
    read = READER.read("On 24 September,22 people were arrested for sharing videos.", TODAY)
    assert read is None or read.day.year != 2022


@pytest.mark.parametrize(
    "title",
    [
        "\u2018 Child Under Conflict With Law\u2019 vs The State Of Madhya Pradesh on 14 October, "
        "2024",
        "Some Long Party Name And Another Party Name vs The State Of Madhya Pradesh And Others on "
        "14 October, 2024",
    ],
)
def test_a_case_title_gives_the_judgment_s_date_however_long(title: str) -> None:
    """Indian Kanoon, and the pages that copy it, print a judgment's date at the end of its
    title, "<party> vs <party> on 14 October, 2024": the date line, however many words the
    parties' names take."""
    text = f"Madhya Pradesh High Court\n{title}\nAuthor: A Judge\nThe petition is allowed."
    read = READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source, read.quote) == (D(2024, 10, 14), "text", title)


def test_a_headline_with_vs_is_no_case_title() -> None:
    """Review 2026-12-30a L3: a headline's "X vs Y: … on <date>" is no case's title."""
    text = (
        "Police vs fraudsters: retired teacher loses Rs 40 lakh to a fake CBI officer on 14 "
        "October, 2024\nThe victim, a retired teacher, lost Rs 40 lakh."
    )
    read = READER.read(text, TODAY)
    assert read is None or read.source != "text"


def test_a_date_that_goes_on_with_the_line_before_is_no_date_line() -> None:
    """A judgment's text wrapped at its page's width: "… against the order dated\n24.05.2024
    passed in Crime No.301/2024 …" is a date inside a sentence, not the report's date line."""
    text = (
        "ORDER\nThis revision petition has been preferred against the order dated\n"
        "24.05.2024 passed in Crime No.301/2024 of the aforesaid police station by\n"
        "the Principal Magistrate."
    )
    read = READER.read(text, TODAY)
    assert read is None or read.source != "text"


def test_a_label_in_the_body_outranks_an_earlier_event() -> None:
    text = "The FIR of June 2, 2019 was quashed.\nUpdated: Jan 5, 2021\nMore."
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.day == D(2021, 1, 5)


def test_a_yearless_dateline_takes_the_first_year_after_the_events_it_reports() -> None:
    text = "Bengaluru, July 19: The man was flagged in March 2023 and arrested later."
    read = READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source) == (D(2023, 7, 19), "inferred")
    assert read.quote.startswith("Bengaluru, July 19")
    assert read.note is not None
    assert "2023-03-01" in read.note


@pytest.mark.parametrize(
    "text",
    [
        "COVID19 March 2020 figures were released.\nNew Delhi, Oct 23 (PTI): Police said.",
        "Covid19 May 2020 lockdown rules\nNew Delhi, Oct 23 (PTI): Police said.",
    ],
)
def test_a_number_glued_to_a_word_is_no_day(text: str) -> None:
    read = DateReader([], ["PTI"]).read(text, TODAY)
    assert read is not None
    assert (read.day.month, read.day.day) == (10, 23)


def test_a_dateline_may_give_the_state_in_brackets() -> None:
    text = (
        "Hyderabad (Telangana) [India], August 25 (ANI): Police arrested a man on 23.08.2025 "
        "for posting obscene videos."
    )
    read = DateReader([], ["ANI"]).read(text, TODAY)
    assert read is not None
    assert (read.day, read.source) == (D(2025, 8, 25), "inferred")


def test_a_dateline_is_never_before_a_full_date_the_text_names() -> None:
    text = "Prayagraj, May 27 (HS). He has been in jail since November 2023."
    read = DateReader([], ["HS"]).read(text, TODAY)
    assert read is not None
    assert read.day == D(2024, 5, 27)


def test_a_statute_year_is_no_evidence_of_when_events_happened() -> None:
    text = "New Delhi, Oct 23 (PTI): A case under the IT Act, 2000 was registered."
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.day == D(2026, 10, 23)
    assert read.note is not None
    assert "names no other date" in read.note


def test_a_year_on_the_line_after_an_acts_name_is_a_date_the_text_names() -> None:
    """Only a year on the line of the Act's name is the Act's; so a text cut into stretches at
    a line break reads as the whole text does."""
    text = "New Delhi, Oct 23 (PTI): booked under the POCSO Act\n2019 saw more such cases."
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.day == D(2019, 10, 23)


def test_an_unknown_agency_is_not_a_dateline() -> None:
    assert READER.read("Kochi, Oct 23 (XYZQ): text with no other date", TODAY) is None


def test_a_printed_weekday_picks_the_year() -> None:
    text = "The Supreme Court on Monday (March 11), orally disapproved of the order."
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.day == D(2024, 3, 11)
    assert read.day.weekday() == 0


def test_the_weekday_of_what_was_said_in_the_first_paragraph_picks_the_year() -> None:
    # 27 June 2026 is a Saturday; the latest Friday 27 June before 1 December 2026 is in 2025
    text = "Chandigarh, June 27 (IANS): The police chief said here on Friday that 40 were held."
    read = READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source) == (D(2025, 6, 27), "inferred")
    assert read.note is not None
    assert "what was said (Friday)" in read.note


@pytest.mark.parametrize(
    "text",
    [
        "Chandigarh, June 27 (IANS): Officials said in a statement on Friday that 40 were held.",
        "Chandigarh, June 27 (IANS): The SP told PTI on Friday that 40 were held.",
    ],
)
def test_a_statement_may_say_where_it_was_made_before_its_weekday(text: str) -> None:
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.day == D(2025, 6, 27)
    assert read.note is not None
    assert read.note.endswith("(Friday)")


@pytest.mark.parametrize(
    "text",
    [
        # the weekday of an event a statement reports, not of the statement
        "Lucknow, June 27: Police said the accused was arrested on Friday.",
        "Lucknow, June 27: The accused, police said, was arrested on Friday.",
        "Lucknow, June 27: The girl told her mother on Friday what had happened.",
        # an event's weekday is not the dateline's ("on Sunday" the arrest, reported on Monday)
        "Lucknow, June 27: The CBI on Sunday arrested an engineer.",
        # a statement in a later paragraph may be of another day
        "Kochi, June 27 (PTI): A man was held.\n\nOfficials said on Friday that more would be.",
        # a weekday past the statement's sentence is not its own
        "Kochi, June 27 (PTI): Officials said so. The raid on Friday found phones.",
    ],
)
def test_a_weekday_not_given_to_the_first_paragraphs_statement_is_not_read(text: str) -> None:
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.day == D(2026, 6, 27)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a label in a sentence is no page's date: the dateline is placed after it
        (
            "New Delhi, Oct 23 (PTI): A man was held. The video was uploaded on 5 June 2023 "
            "to Instagram.",
            D(2023, 10, 23),
        ),
        # a metadata label in metadata's shape is the page's date
        ("Reserved on: 31.10.2025 Uploaded on: 05.12.2025 BAIL APPLN.", D(2025, 12, 5)),
    ],
)
def test_a_metadata_label_is_read_only_as_metadata(text: str, day: dt.date) -> None:
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.day == day


@pytest.mark.parametrize(
    "text",
    [
        # a label in lower case in a sentence
        "Kochi, May 2 (PTI): The accused posted on 12 March 2024 an obscene video.",
        # a label at the start of a hard-wrapped line, its sentence going on after the date
        "Kochi, May 2 (PTI): The accused\nposted on 12 March 2024 obscene videos of the minor "
        "girl on Instagram and Facebook.",
        # a capitalised label starting a sentence that goes on
        "Kochi, May 2 (PTI): A man was held. Posted on 12 March 2024, the video went viral.",
    ],
)
def test_a_label_in_a_sentence_is_not_the_pages_date(text: str) -> None:
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.source == "inferred"
    assert read.day == D(2024, 5, 2)  # the dateline, placed after the date the sentence names


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Man held\nBy Staff Reporter, Posted Jun 27, 2020 10:00 IST\nPolice said.",
            D(2020, 6, 27),
        ),
        ("Posted on Mon, 05 Jan 2026 10:02 AM IST\nThe accused was held.", D(2026, 1, 5)),
    ],
)
def test_a_byline_or_a_line_of_its_own_is_the_pages_date(text: str, day: dt.date) -> None:
    read = READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source) == (day, "text")


def test_a_lower_case_label_in_a_sentence_is_not_the_pages_date() -> None:
    text = "Kochi, May 2 (PTI): The accused posted on 12 March 2024 an obscene video."
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.source == "inferred"
    assert read.day == D(2024, 5, 2)  # the dateline, placed after the date the sentence names


def test_a_text_with_only_body_dates_is_inferred_from_the_latest() -> None:
    text = "The order of March 23, 2023 was recalled; the accused was held on 5 June 2024."
    read = READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source) == (D(2024, 6, 5), "inferred")


def test_a_day_named_by_weekday_with_no_year_takes_its_year_from_the_weekday() -> None:
    # 25 June fell on a Wednesday in 2025, and next in 2031 (after today) and before in 2014
    text = "New Delhi: The Delhi High Court on Wednesday, June 25, restrained the sharing."
    read = READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source, read.quote) == (D(2025, 6, 25), "inferred", "Wednesday, June 25")
    assert "weekday" in (read.note or "")
    # in the year of the latest full date the text names, after it: 12 August 2019 was a
    # Monday; a weekday day before that date is no later than it, and is never pushed into a
    # later year (review 2026-12-02l: "Monday, August 5 … August 9, 2019" was read as 2024)
    text = "The FIR was registered on August 9, 2019. He was held on Monday, August 12."
    assert READER.read(text, TODAY).day == D(2019, 8, 12)  # type: ignore[union-attr]
    text = "The man filmed the girl on Monday, August 5. The FIR was registered on August 9, 2019."
    assert READER.read(text, TODAY).day == D(2019, 8, 9)  # type: ignore[union-attr]
    # a birth date or an old conviction whose year has no such weekday bounds nothing: the
    # latest year on the weekday (review 2026-12-02m)
    text = "The girl, born on April 2, 2009, was filmed. Police acted on Wednesday, June 25."
    assert READER.read(text, TODAY).day == D(2025, 6, 25)  # type: ignore[union-attr]
    # a day on no such weekday is no date; a weekday is capitalised ("wed" is a verb)
    assert READER.read("It began on Monday, February 30.", TODAY) is None
    assert READER.read("The couple wed May 5 in a temple.", TODAY) is None


def test_a_dateline_place_may_join_words_and_holds_no_weekday(catalog: Catalog) -> None:
    analysis = catalog.analyze("Daman and Diu, Oct 23 (PTI): Police arrested a man in 2025.")
    assert analysis.as_of_quote == "Daman and Diu, Oct 23 (PTI):"
    analysis = catalog.analyze("On Saturday, March 30, police arrested a man.")
    assert (analysis.as_of, analysis.as_of_quote) == (D(2024, 3, 30), "Saturday, March 30")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Mewat/New Delhi, Aug 6 (IANS) Scammers were held in 2023.",
            "Mewat/New Delhi, Aug 6 (IANS)",
        ),
        ("RAMPUR,May29: Footage from 2017 emerged.", "RAMPUR,May29:"),
    ],
)
def test_dateline_places_joined_by_a_slash_and_days_glued_to_the_month(
    catalog: Catalog, text: str, quote: str
) -> None:
    assert catalog.analyze(text).as_of_quote == quote


def test_a_weekday_may_come_before_the_day_and_month() -> None:
    read = READER.read("Police said on Monday, 14 March that 15 were held.", TODAY)
    assert read is not None
    assert (read.day, read.quote) == (D(2022, 3, 14), "Monday, 14 March")


def test_regional_news_services_are_agencies_of_a_dateline(catalog: Catalog) -> None:
    text = "Baramulla, Feb 22 (KNS): A court took note of a post made on 21-02-2018 at 8 PM."
    analysis = catalog.analyze(text)
    assert (analysis.as_of, analysis.as_of_quote) == (D(2018, 2, 22), "Baramulla, Feb 22 (KNS):")


def test_two_digit_years_and_impossible_days() -> None:
    assert READER.read("Updated: 31 February 2020", TODAY) is None
    read = READER.read("Updated On - 01:51 PM, Sat - 18 March 23", TODAY)
    assert read is not None
    assert read.day == D(2023, 3, 18)


@pytest.mark.parametrize(
    "text",
    [
        "Updated: 02.12-25\nBody.",  # two separators
        "Updated: 2.12.25\nBody.",  # a one-digit day
        "Updated: 02.12.25.4\nBody.",  # a version number
        "Updated: 02.13.25\nBody.",  # no thirteenth month
        "The server at 172.16.10.12 hosted it.",  # an IP address
        "Seen at 10.27.06.2020 in the log.",
    ],
)
def test_a_numeric_date_with_a_two_digit_year_is_read_only_in_full(text: str) -> None:
    """Never inside a run of numbers and dots: "02.12.25.4", or an IP address (below)."""
    assert READER.read(text, TODAY) is None


def test_a_future_date_is_never_taken() -> None:
    assert READER.read("Published: 05 March 2027", TODAY) is None


def test_analyze_reads_the_weekday_of_what_was_said(catalog: Catalog) -> None:
    text = "Chandigarh, June 27 (IANS): The police chief said here on Friday that 40 were held."
    analysis = catalog.analyze(text)  # today is 2026-11-23 in tests: 27 June 2026 is a Saturday
    assert analysis.as_of == D(2025, 6, 27)
    assert analysis.as_of_source == "inferred"


def test_the_analysis_says_when_the_date_is_inferred(catalog: Catalog) -> None:
    analysis = catalog.analyze("Kochi, March 3 (PTI): He shared clips in 2020.")
    assert analysis.as_of_source == "inferred"
    assert analysis.as_of == D(2020, 3, 3)
    assert analysis.as_of_note
    assert "no year" in analysis.as_of_note


TOKENS = st.sampled_from(
    [
        "Updated:",
        "Published",
        "on",
        "-",
        "05th",
        "May",
        "Sep",
        "23",
        "2020",
        "27-06-2020",
        "05.12.2025",
        ",",
        "(PTI)",
        "New Delhi",
        ":",
        "\n",
        "Monday",
        "(March 11)",
        "IST",
        " ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(TOKENS, max_size=40), today=st.dates(D(2000, 1, 1), D(2030, 12, 31)))
def test_a_date_read_is_never_after_today_and_quotes_the_text(
    parts: list[str], today: dt.date
) -> None:
    text = " ".join(parts)
    read = READER.read(text, today)
    if read is not None:
        assert read.day <= today
        assert read.quote in text
        assert (read.note is None) == (read.source == "text")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a report that charges under the BNS was written once it was in force (1 July 2024)
        (
            "Bhopal, March 21 (IANS): A case was registered under Section 351 of the BNS "
            "against a man who threatened to post a girl's photos.",
            D(2025, 3, 21),
        ),
        (
            "New Delhi, December 5 (ANI): The High Court quashed nothing under Section 528 of "
            "the Bharatiya Nagarik Suraksha Sanhita.",
            D(2024, 12, 5),
        ),
        # a later date the text names still places the dateline after it
        (
            "Bhopal, March 21 (IANS): The man, held in June 2025, was booked under the BNS.",
            D(2026, 3, 21),
        ),
        # a Bill, a draft or a proposal is no law in force: not its commencement, only the
        # year its name prints (a year the text names), or else the latest such day
        (
            "New Delhi, March 21 (PTI): The Bharatiya Nyaya Sanhita Bill, 2023 was debated.",
            D(2023, 3, 21),
        ),
        ("New Delhi, March 21 (PTI): Under the proposed BNS, the term rises.", D(2026, 3, 21)),
        # a law to come, in its sentence, places nothing (review of 2026-12-02 (d)); the
        # weekday then places the year
        (
            "New Delhi, Feb 24 (PTI): The Centre has notified that the BNS will come into force "
            "on July 1, replacing the IPC.",
            D(2026, 2, 24),
        ),
        (
            "New Delhi, Dec 20 (PTI): The new laws will make punishments stricter, the minister "
            "said on Wednesday, after the Lok Sabha passed the Bharatiya Nyaya Sanhita.",
            D(2023, 12, 20),
        ),
        # a name an older law bore ("IT Rules": the 2011 Rules too) places nothing
        (
            "New Delhi, March 21 (PTI): In 2019 the platform was told to follow the IT Rules.",
            D(2019, 3, 21),
        ),
    ],
)
def test_an_act_named_as_law_places_a_dateline_after_it_came_into_force(
    catalog: Catalog, text: str, day: dt.date
) -> None:
    analysis = catalog.analyze(text)  # today is 2026-11-23 in tests
    assert analysis.as_of == day
    assert analysis.as_of_source == "inferred"


def test_the_note_names_the_act_that_placed_the_year(catalog: Catalog) -> None:
    analysis = catalog.analyze("Bhopal, March 21 (IANS): He was booked under Section 351 BNS.")
    assert analysis.as_of == D(2025, 3, 21)
    assert analysis.as_of_note is not None
    assert "The Bharatiya Nyaya Sanhita, 2023" in analysis.as_of_note
    assert "2024-07-01" in analysis.as_of_note


@pytest.mark.parametrize(
    ("text", "day", "source"),
    [
        # Hindi reports print months in Devanagari: a date line, and dates in the body
        ("देहरादून, 20 जुलाई 2020\nपुलिस ने मुकदमा दर्ज किया।", D(2020, 7, 20), "text"),
        ("प्रकाशित: 05 फ़रवरी, 2024\nपुलिस ने", D(2024, 2, 5), "text"),
        (
            "इस मामले में 12 सितम्बर 2019 को केस दर्ज हुआ था। 3 मार्च 2021 को गिरफ्तारी हुई।",
            D(2021, 3, 3),
            "inferred",
        ),
    ],
)
def test_hindi_month_names_are_read(text: str, day: dt.date, source: str) -> None:
    read = READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source) == (day, source)


@pytest.mark.parametrize(
    ("text", "day", "quote"),
    [
        # a dateline with its year opens a long paragraph: the page's own date, stated, not the
        # latest date the text names
        (
            "Police act\n\nNew Delhi, October 23, 2020: Police arrested a man for sharing "
            "obscene videos of a minor. The hearing is on November 5, 2020.",
            D(2020, 10, 23),
            "New Delhi, October 23, 2020",
        ),
        (
            "Police act\n\nBhopal, 21 March 2020 (IANS) Police arrested a man who had shared "
            "obscene videos of a minor girl on WhatsApp groups.",
            D(2020, 3, 21),
            "Bhopal, 21 March 2020 (IANS)",
        ),
        # a Devanagari year glued to the Latin word after it
        (
            "सायबर पोलिसांची मोठी कारवाई\n\n📍 नाशिक, १० जून २०२५Nashik Crime News नाशिक शहरात "  # noqa: RUF001
            "सोशल मीडियाचा गैरवापर करणाऱ्या आरोपीला अटक केली आहे.",
            D(2025, 6, 10),
            "नाशिक, १० जून २०२५",
        ),
        # month first, where the day could be no month
        ("By nisha patil - 7/28/2023 7:42:02 PM\n\nText.", D(2023, 7, 28), None),
    ],
)
def test_a_dateline_with_its_year_is_stated(text: str, day: dt.date, quote: str | None) -> None:
    read = READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source) == (day, "text")
    if quote is not None:
        assert read.quote == quote


def test_a_day_first_date_stays_day_first() -> None:
    read = READER.read("Updated: 11/7/2020\n\nText.", TODAY)
    assert read is not None
    assert read.day == D(2020, 7, 11)


@pytest.mark.parametrize(
    "line",
    [
        "The incident took place on October 19, 2019.",
        "He was arrested on 5 March 2024.",
        "On March 12, 2024 the court convicted him of sharing the videos.",
        # short: only the "On <date>" opening says it is a sentence (review 2026-12-13a L1)
        "On 12 March 2024, the court convicted the tutor.",
    ],
)
def test_an_english_sentence_with_a_date_is_no_date_line(line: str) -> None:
    """An event's date, said in a sentence of a line of its own, is no date the page gives
    itself: the text's date is then only inferred."""
    read = READER.read(f"Court convicts man\n\n{line}\n\nThe verdict was pronounced.", TODAY)
    assert read is not None
    assert read.source == "inferred"


def test_a_hindi_sentence_with_a_date_is_no_date_line(catalog: Catalog) -> None:
    """Review of 2026-12-02 (e): "पुलिस के मुताबिक घटना 5 मई 2024 की है।" is an event's date;
    the report charges under the BNS, so it is no earlier than the BNS."""
    text = (
        "नाबालिग का अश्लील वीडियो वायरल\n\nपुलिस के मुताबिक घटना 5 मई 2024 की है।\n\n"
        "एसपी ने बताया कि बीएनएस की धारा 64 के तहत मामला दर्ज किया गया।"
    )
    analysis = catalog.analyze(text)
    assert analysis.as_of == D(2024, 7, 1)
    assert analysis.as_of_source == "inferred"
    assert analysis.as_of_note is not None
    assert "2024-05-05" in analysis.as_of_note


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # day-first datelines, in English and in Hindi, with a news agency
        ("Bhopal, 21 March (IANS): He was booked under the BNS.", D(2025, 3, 21)),
        ("नई दिल्ली, 20 जुलाई (भाषा) दिल्ली पुलिस ने आरोपी को गिरफ्तार किया।", D(2026, 7, 20)),
        ("भोपाल, 21 मार्च (आईएएनएस)। बीएनएस की धारा 64 के तहत केस दर्ज।", D(2025, 3, 21)),
    ],
)
def test_a_day_first_dateline_is_placed(catalog: Catalog, text: str, day: dt.date) -> None:
    analysis = catalog.analyze(text)  # today is 2026-11-23 in tests
    assert analysis.as_of == day


@pytest.mark.parametrize(
    "text",
    [
        # a BNS booking with a later clause in the future still dates the report
        "Bhopal, March 21 (IANS): A man who filmed a girl on January 5, 2023 was booked under "
        "Section 64 of the BNS and will be produced in court on Monday.",
    ],
)
def test_a_use_of_the_bns_dates_a_report_whatever_else_its_sentence_says(
    catalog: Catalog, text: str
) -> None:
    assert catalog.analyze(text).as_of == D(2025, 3, 21)


def test_a_hindi_month_takes_no_two_digit_year() -> None:
    assert READER.read("घटना 12 मार्च 11 बजे की है।", TODAY) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a time word, a place or a byline after a Hindi page date keeps it the page's date
        ("अपडेटेड: 05 फ़रवरी 2024 10:30 पूर्वाह्न\n\nसुनवाई 20 मार्च 2024 को होगी।", D(2024, 2, 5)),
        ("05 फ़रवरी 2024 | लखनऊ\n\nपुलिस ने आरोपी को पकड़ा।", D(2024, 2, 5)),
    ],
)
def test_a_hindi_page_date_line_may_end_in_a_time_or_a_place(
    catalog: Catalog, text: str, day: dt.date
) -> None:
    analysis = catalog.analyze(text)
    assert (analysis.as_of, analysis.as_of_source) == (day, "text")


@pytest.mark.parametrize(
    "text",
    [
        # a use word in another sentence, and a law to come in Hindi, date nothing
        "Bhopal, March 21 (IANS): A man was booked under Section 376 of the IPC. The BNS "
        "replaces the IPC from July 1.",
        "भोपाल, 21 मार्च (भाषा)। आरोपी के खिलाफ आईपीसी की धारा 376 के तहत केस दर्ज। 1 जुलाई से "
        "बीएनएस लागू होगा।",
    ],
)
def test_the_bns_named_beside_no_use_of_it_dates_nothing(catalog: Catalog, text: str) -> None:
    # no floor from the BNS; the IPC the accused is booked under places the report before its
    # repeal (1 July 2024), as its own words say ("replaces the IPC from July 1")
    read = catalog.analyze(text)
    assert read.as_of == D(2024, 3, 21)  # today is 2026-11-23 in tests
    assert read.as_of_note is not None
    assert "repealed" in read.as_of_note


HINDI_READER = DateReader(
    [],
    ["भाषा"],
    hindi_statement_verbs=["बताया", "जानकारी दी"],
    hindi_statement_words=["यह"],
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "पुलिस ने बृहस्पतिवार को बताया": the statement's weekday; 12 March 2026 is a Thursday
        ("लखनऊ, 12 मार्च (भाषा) पुलिस ने बृहस्पतिवार को बताया कि आरोपी पकड़ा गया।", D(2026, 3, 12)),
        # 25 June 2026 is a Thursday; the latest Saturday 25 June before today is in 2022
        ("नई दिल्ली, 25 जून: पुलिस ने शनिवार को यह जानकारी दी।", D(2022, 6, 25)),
        # a state in brackets after the place; nothing after the month in wire copy
        ("संभल (उप्र), 15 जुलाई। पुलिस ने मंगलवार को यह जानकारी दी।", D(2025, 7, 15)),
        ("नयी दिल्ली, 15 जुलाई दिल्ली पुलिस ने मंगलवार को यह जानकारी दी।", D(2025, 7, 15)),
    ],
)
def test_a_hindi_dateline_takes_the_weekday_of_what_was_said(text: str, day: dt.date) -> None:
    read = HINDI_READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source) == (day, "inferred")


@pytest.mark.parametrize(
    "text",
    [
        # a sentence, not a dateline: "18 मई को" (on 18 May)
        "पुलिस ने बताया, 18 मई को आरोपी को पकड़ा गया।",
        # an event's weekday, not the statement's
        "नई दिल्ली, 25 जून: पुलिस ने शनिवार को आरोपी को गिरफ्तार किया।",
    ],
)
def test_a_hindi_sentence_or_an_event_s_weekday_places_no_dateline(text: str) -> None:
    read = HINDI_READER.read(text, TODAY)
    assert read is None or read.day == D(2026, 6, 25)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Marathi months, and days and years in Devanagari digits
        ("पुणे, १२ जानेवारी २०२४ : पोलिसांनी आरोपीला अटक केली आहे.", D(2024, 1, 12)),
        ("मुंबई, 6 मे 2021 : पोलिसांनी गुन्हा दाखल केला आहे.", D(2021, 5, 6)),
        ("देहरादून, २० जुलाई २०२० : आरोपी को गिरफ्तार किया गया।", D(2020, 7, 20)),
    ],
)
def test_marathi_months_and_devanagari_digits(text: str, day: dt.date) -> None:
    read = HINDI_READER.read(text, TODAY)
    assert read is not None
    assert read.day == day


def test_a_hindi_misspelling_of_in_is_no_month() -> None:
    """ "मे" is Marathi's May only before a year: Hindi pages write it for "में" (in)."""
    assert HINDI_READER.read("आरोपी पर धारा 12 मे 20 साल की सजा का प्रावधान है।", TODAY) is None


@pytest.mark.parametrize(
    "text",
    [
        "Lucknow, April 18: The accused was remanded in police custody till April 21, 2025.",
        "अहेरी (गडचिरोली), १८ एप्रिल : आरोपीला २१ एप्रिल २०२५ पर्यंत पोलीस कोठडी सुनावण्यात आली आहे.",
    ],
)
def test_a_day_that_ends_a_period_is_no_lower_bound(text: str) -> None:
    """Custody "till April 21, 2025" may end after the report: the dateline's year is the one
    the rest of the text allows (2025), not the next."""
    read = READER.read(text, TODAY) or HINDI_READER.read(text, TODAY)
    assert read is not None
    assert read.day == D(2025, 4, 18)


@pytest.mark.parametrize(
    "text",
    [
        # review 2026-12-06b H16: a phrase, not a place, before the day
        "मिळालेल्या माहितीनुसार, १२ जून रोजी सायंकाळी आरोपीने अल्पवयीन मुलीचा व्हिडिओ काढला.",
        "पुलिस के अनुसार, 15 जुलाई रात आरोपी ने नाबालिग का अश्लील वीडियो वायरल किया।",
        "इसके बाद, 5 अप्रैल शनिवार को आरोपी ने वीडियो वायरल किया।",
        # H17: Hindi's "मे" for "में"
        "पॉक्सो एक्ट की धारा 14 मे 2019 में संशोधन किया गया।",
        "कक्षा 9 मे 2022 से पढ़ रही छात्रा के साथ आरोपी ने छेड़छाड़ की।",
    ],
)
def test_no_dateline_and_no_may_where_there_is_none(text: str) -> None:
    assert HINDI_READER.read(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the cybercrime helpline "1930" is a number to dial, no year that places a dateline
        (
            "Chandigarh, September 7\nTo make people aware of cyber helpline Number (1930), "
            "walkathons were organised. Police said 12 cases were registered in 2021.",
            2021,
        ),
        (
            "Chandigarh, September 7\nTo make people aware of cyber helpline Number (1930), "
            "walkathons were organised.",
            2026,
        ),
        # an FIR's, a crime's, a flat's number that looks like a year (review 2026-12-08a H6)
        (
            "New Delhi, Oct 23 (ANI): Police arrested a man for sharing child sexual abuse "
            "material. An FIR (No. 2015) was registered under Section 67B of the IT Act.",
            2026,
        ),
        (
            "New Delhi, Oct 23 (ANI): Police registered a case, crime no. 2021, under Section 67B.",
            2026,
        ),
        ("New Delhi, Oct 23 (ANI): He was arrested from flat number 2008, police said.", 2026),
        # a crime register's and a complaint's number (review 2026-12-08c L3)
        (
            "Pune, Oct 23: A case was registered vide CR no 2022 at the cyber police station. He "
            "had been sharing videos since 2019.",
            2019,
        ),
        ("Pune, Oct 23: Police registered complaint no 2022 against the accused.", 2026),
        ("Pune, Oct 23: The case was filed as GR no 2021 in the court.", 2026),
        # a word ending in a label's letters is no label ("scr no": the "cr" needs a boundary)
        ("Pune, Oct 23: Police said there was a descr no 2019 case.", 2019),
        # the word "no" is no number's label (review 2026-12-08b L3)
        (
            "New Delhi, Oct 23 (ANI): Police arrested a man. There was no 2022 case against him.",
            2022,
        ),
        (
            "नई दिल्ली, 23 अक्टूबर : पुलिस ने युवक को गिरफ्तार किया। उसके खिलाफ एफआईआर नंबर 2019"
            " दर्ज की गई है।",
            2026,
        ),
        # an Act's year in Hindi ("आईटी अधिनियम 2000") is no date the text names
        (
            "नई दिल्ली, 10 अक्टूबर : पुलिस ने आईटी अधिनियम 2000 की धारा 67बी के तहत एफआईआर दर्ज की।",
            2026,
        ),
    ],
)
def test_numbers_that_are_no_years_place_no_dateline(text: str, year: int) -> None:
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.day.year == year


def test_a_year_before_a_helpline_is_still_a_year() -> None:
    text = (
        "New Delhi, Oct 23 (ANI): Police arrested a man for sharing child sexual abuse material. "
        "In 2023, helpline 1930 received over five lakh complaints, police said."
    )
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.day == D(2023, 10, 23)


def test_a_year_before_2000_places_no_dateline() -> None:
    # "report such crimes at 1930": the helpline's number, however it is introduced
    text = (
        "New Delhi, Oct 23 (ANI): Police arrested a man for sharing child sexual abuse "
        "material. Victims can report such crimes at 1930 or on cybercrime.gov.in."
    )
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.day.year == 2026


def test_a_dateline_after_an_agency_note_to_editors_is_read() -> None:
    """PTI copy opens with a note to editors: "(Eds: Updates with details) Noida (UP), Apr 22
    (PTI)"; the dateline after it is read, and quoted without the note."""
    text = (
        "Minister's video\n\n(Eds: Updates with details, quotes) Noida (UP), Apr 22 (PTI) A "
        "woman was arrested for blackmailing a minister with a video in 2019."
    )
    read = READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source, read.quote) == (
        D(2019, 4, 22),
        "inferred",
        "Noida (UP), Apr 22 (PTI)",
    )


def test_a_dated_dateline_far_into_the_text_is_no_date_line() -> None:
    """Review 2026-12-12c H1: a paragraph that opens with a place and a date further on tells
    of an event; only the text's lead may hold its dateline."""
    text = (
        "Court convicts man\n\n"
        + "The case has a long history of hearings before the special court. " * 12
        + "\n\nKathua, January 10, 2018: the girl, who was eight, went missing from the meadow "
        "where she had taken the horses to graze, and the case came to court much later.\n\n"
        "On March 12, 2024 the court convicted him."
    )
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.day == D(2024, 3, 12)
    assert "Kathua" not in read.quote


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a dated dateline after the first paragraph of prose tells of an event (review
        # 2026-12-13a H6; unpadded)
        ("Tutor gets 5 years for sharing child abuse videos\n\nA special POCSO court on 12 March "
         "2024 sentenced a tutor to five years for sharing child sexual abuse videos.\n\n"
         "Kathua, January 10, 2018: An eight-year-old girl went missing from her home.",
         D(2024, 3, 12)),
        ("Court convicts tutor\n\nNew Delhi, Oct 23 (PTI) A court on Friday convicted a tutor of "
         "sharing child abuse videos.\n\nThe case dates back years.\n\nMumbai, 5 March 2019: "
         "the day he was arrested, police seized his phone.", D(2019, 10, 23)),
        ("जयपुर, 12 मार्च (भाषा) अदालत ने आरोपी को पॉक्सो एक्ट में पांच साल की सजा सुनाई है।\n\n"
         "अलवर, 5 मार्च 2019 : इसी तरह के एक मामले में अदालत ने सजा सुनाई थी।", D(2019, 3, 12)),
    ],
)  # fmt: skip
def test_a_dated_dateline_after_the_first_paragraph_is_an_event(
    catalog: Catalog, text: str, day: dt.date
) -> None:
    analysis = catalog.analyze(text)
    assert analysis.as_of_source == "inferred"
    assert (analysis.as_of.month, analysis.as_of.day) == (day.month, day.day)


@pytest.mark.parametrize(
    "text",
    [
        # a dated dateline after a headline, a byline or a page's links is the page's date,
        # however long they run (review 2026-12-13a M5)
        "Home | India | Crime | Cities | Opinion | Sports | Business | Tech | Videos | Photos | "
        * 12
        + "\n\nTutor held for sharing child abuse videos\n\nNew Delhi, October 23, 2020: A tutor "
        "was arrested under POCSO. He will be produced in court on 5 November 2020.",
        "Man held\nBy Staff Reporter\n\nNew Delhi, October 23, 2020: A tutor was arrested. He "
        "will be produced in court on 5 November 2020.",
        # a Devanagari place of three words, or with its state in brackets (review 2026-12-13a H7)
        "गौतम बुद्ध नगर, 23 अक्टूबर 2020 : पॉक्सो एक्ट में केस दर्ज। अगली सुनवाई 5 नवंबर 2020 को होगी।",
        "सवाई माधोपुर (राजस्थान), 23 अक्टूबर 2020 : पॉक्सो एक्ट में केस दर्ज। अगली सुनवाई 5 नवंबर "
        "2020 को होगी।",
        "छत्रपती संभाजी नगर, 23 ऑक्टोबर 2020 : पोक्सो कायद्यान्वये गुन्हा दाखल. पुढील सुनावणी 5 "
        "नोव्हेंबर 2020 रोजी होणार आहे.",
    ],
)
def test_a_dated_dateline_before_the_first_paragraph_is_the_page_s_date(text: str) -> None:
    read = READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source) == (D(2020, 10, 23), "text")


@pytest.mark.parametrize(
    "text",
    [
        "मामला दर्ज हुआ, 5 मार्च 2019 - पुलिस ने बताया। अगली सुनवाई 20 जून 2025 को होगी।",
        "आरोपी युवक, 5 मार्च 2019 - पुलिस ने बताया। अगली सुनवाई 20 जून 2025 को होगी।",
    ],
)
def test_a_clause_before_a_date_is_no_dateline(text: str) -> None:
    """Review 2026-12-13a H7: a clause's verbs and nouns are no place's words."""
    read = READER.read(text, TODAY)
    assert read is not None
    assert read.source == "inferred"


@pytest.mark.parametrize(
    "head",
    [
        # review 2026-12-13b H10: a standfirst, a caption, a long headline before the dateline
        "Tutor held for sharing child abuse videos\n\nThe accused had been sharing the videos on "
        "a Telegram channel with over 2,000 members, police said.",
        "Tutor held for videos\n\nThe accused was produced before a magistrate on Friday. "
        "(Representational image)",
        "Delhi tutor arrested for sharing child sexual abuse videos on Telegram channel (VIDEO)",
        "Shocking! Delhi tutor held for sharing child sexual abuse videos of his own students!",
        "Dr. Sharma, a Delhi tutor, held for sharing child sexual abuse videos on Telegram",
    ],
)
def test_a_dated_dateline_after_a_standfirst_or_a_long_headline(
    catalog: Catalog, head: str
) -> None:
    text = (
        head + "\n\nNew Delhi, October 23, 2020: A tutor was arrested under the POCSO Act for "
        "sharing child sexual abuse videos. He will be produced in court on 5 November 2020."
    )
    analysis = catalog.analyze(text)
    assert (analysis.as_of, analysis.as_of_source) == (D(2020, 10, 23), "text")


def test_a_one_sentence_lead_with_a_weekday_ends_the_lead(catalog: Catalog) -> None:
    """Review 2026-12-13c H7: "… on Tuesday upheld …" is a lead, not a standfirst; the event's
    dateline after it is no page date."""
    text = (
        "Court upholds life term for Kathua accused\n\nThe Punjab and Haryana High Court on "
        "Tuesday upheld the life sentence of three men convicted in the Kathua case.\n\nKathua, "
        "January 10, 2018: The eight-year-old girl went missing while grazing horses. The case "
        "was heard on 5 June 2019."
    )
    analysis = catalog.analyze(text)
    assert analysis.as_of_source == "inferred"
    assert analysis.as_of == D(2019, 6, 5)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # review 2026-12-13d H9: a standfirst naming a weekday, with no court
        ("Tutor held for sharing child abuse videos\n\nThe tutor was arrested on Monday after a "
         "parent complained, police said.\n\nNew Delhi, October 23, 2020: A tutor was arrested "
         "under the POCSO Act. He will be produced in court on 5 November 2020.", "text"),
        # 13c H7: a date that opens an event
        ("Tutor held\n\nA Delhi tutor who had been sharing child abuse videos on Telegram for two "
         "years was arrested on Friday, police said.\n\nMumbai, March 5, 2019: the day the first "
         "video was uploaded from his phone, the channel had twelve members.", "inferred"),
    ],
)  # fmt: skip
def test_a_weekday_lead_needs_a_court_and_an_event_date_is_none(
    catalog: Catalog, text: str, source: str
) -> None:
    assert catalog.analyze(text).as_of_source == source


@pytest.mark.parametrize("head", ["Police", "The court", "Officials"])
def test_a_clause_s_subject_before_a_date_is_no_dateline(catalog: Catalog, head: str) -> None:
    """Review 2026-12-13a H6: "Police, 23 March 2020: …" opens a clause, not a dateline
    (``dateline_clause_heads`` in ``data/conduct.toml``); the date is an event's, inferred, and
    a place before the same date is the page's, stated."""
    text = f"{head}, 23 March 2020: the accused was arrested for sharing videos of a minor."
    analysis = catalog.analyze(text)
    assert analysis.as_of_source == "inferred"
    placed = catalog.analyze(text.replace(head, "Bhopal", 1))
    assert (placed.as_of, placed.as_of_source) == (D(2020, 3, 23), "text")


_KATHUA = (
    "\n\nKathua, January 10, 2018: The eight-year-old girl went missing while grazing horses "
    "near her home. Her body was found a week later. The case was heard on 5 June 2019."
)


@pytest.mark.parametrize(
    ("text", "day", "source"),
    [
        # (14e H5, a police lead on a weekday before an event's dateline, is left open: the same
        # shape as 14f H8's standfirst before the page's own dateline, which wins)
        ("Delhi tutor held for sharing child abuse videos\n\nThe Delhi Police on Monday busted "
         "a Telegram racket; a tutor is among those held.\n\nNew Delhi, October 23, 2020: A "
         "tutor was arrested. He will be produced in court on 5 November 2020.",
         D(2020, 10, 23), "text"),
        # 14f H9: "The day …" in capitals opens an event too, "The day after …" a lead
        ("Mumbai tutor case\n\nMumbai, March 5, 2019: The day the first video was uploaded, the "
         "girl told her mother. The tutor was convicted on 5 June 2020.", D(2020, 6, 5),
         "inferred"),
        # the court's lead still begins the body (13c H7)
        ("Kathua verdict\n\nThe High Court on Tuesday upheld the conviction of the three men in "
         "the case." + _KATHUA,
         D(2019, 6, 5), "inferred"),
        # H6: a lead that opens "When …" or "The day after …" is no event's date
        ("Delhi tutor held for sharing child abuse videos\n\nNew Delhi, October 23, 2020: When "
         "the Delhi Police's cyber cell raided a flat, they found 2,000 child sexual abuse "
         "videos. The tutor will be produced in court on 5 November 2020.",
         D(2020, 10, 23), "text"),
        ("Delhi tutor convicted\n\nNew Delhi, October 23, 2020: The day after a Delhi court "
         "convicted a tutor for sharing child sexual abuse videos, the police began a drive. "
         "The court will hear arguments on 5 November 2020.", D(2020, 10, 23), "text"),
        # 13d H9: a standfirst's "arrested on Monday" is no lead
        ("Delhi tutor held\n\nA tutor arrested on Monday for sharing child abuse videos was "
         "remanded.\n\nNew Delhi, October 23, 2020: The Delhi Police arrested a tutor.",
         D(2020, 10, 23), "text"),
    ],
)  # fmt: skip
def test_the_fourteenth_e_review_s_datelines(
    catalog: Catalog, text: str, day: dt.date, source: str
) -> None:
    analysis = catalog.analyze(text)
    assert (analysis.as_of, analysis.as_of_source) == (day, source)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Video created every 40 seconds\n\nSeptember 9th, 2017   |   Updated on June 11th, "
         "2018\n\nA tutor was arrested.", D(2017, 9, 9)),
        # with no date before it, the update is the page's date
        ("Tutor held\n\nUpdated on June 11th, 2018\n\nA tutor was arrested.", D(2018, 6, 11)),
    ],
)  # fmt: skip
def test_a_page_s_first_date_before_its_update_is_its_date(
    catalog: Catalog, text: str, day: dt.date
) -> None:
    """A page printing "September 9th, 2017 | Updated on June 11th, 2018" was published in
    2017; its update, a year on, is no date of the events it reports
    (``date_update_labels``)."""
    analysis = catalog.analyze(text)
    assert (analysis.as_of, analysis.as_of_source) == (day, "text")


@pytest.mark.parametrize(
    "text",
    [
        "Delhi tutor held\n\nThe tutor, arrested on 12 January 2021, remains in custody. Updated "
        "on March 3, 2021\n\nA tutor was arrested for sharing child sexual abuse videos.",
        "Delhi tutor held\n\nRepresentative image (file photo, 1 January 2019) | Updated: 24 Oct "
        "2020\n\nA tutor was arrested for sharing child sexual abuse videos.",
    ],
)
def test_a_date_in_prose_before_an_update_is_no_publication(catalog: Catalog, text: str) -> None:
    """Review 2026-12-14g H10: only a date that opens its line, with a separator alone before
    "Updated", is the page's first publication."""
    analysis = catalog.analyze(text)
    assert analysis.as_of_quote is not None
    assert analysis.as_of_quote.lower().startswith("updated")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("By PTI | 23 Oct 2020, 10:30 AM | Updated: 24 Oct 2020", D(2020, 10, 23)),
        ("Mumbai | 23 Oct 2020 | Updated: 24 Oct 2020", D(2020, 10, 23)),
        ("  23 Oct 2020 | Updated: 24 Oct 2020", D(2020, 10, 23)),
        ("PTI | New Delhi | 23 Oct 2020 | Updated: 24 Oct 2020", D(2020, 10, 23)),
        ("Friday, October 23, 2020 | Updated: October 24, 2020", D(2020, 10, 23)),
        ("First published on: Oct 23, 2020, 10:30 IST | Last updated on: Oct 24, 2020",
         D(2020, 10, 23)),
        # a sentence before the first date: the update is the page's date (review 14g H10)
        ("The tutor, arrested on 12 January 2021, is in custody. Updated on 3 March 2021",
         D(2021, 3, 3)),
    ],
)  # fmt: skip
def test_a_pages_first_date_before_its_update_on_one_line(
    catalog: Catalog, line: str, day: dt.date
) -> None:
    """Review 2026-12-15a M4: a byline, a place, a weekday, a publication label or a time may
    stand beside a page's first date on the line of its update."""
    text = f"Teacher held\n{line}\nThe police arrested a teacher under the POCSO Act."
    assert catalog.analyze(text).as_of == day


def test_a_yearless_dateline_of_a_text_that_charges_under_the_ipc_is_before_its_repeal(
    catalog: Catalog,
) -> None:
    """A report that books the accused under the IPC, and names no BNS, tells of conduct before
    1 July 2024 (the IPC's repeal by BNS s.358, from the data): its yearless dateline is placed
    before that day, so the law applied is the IPC's, not the BNS's."""
    text = (
        "Mumbai, January 28: A tutor was booked under Sections 354 and 509 of the IPC and "
        "Section 67B of the IT Act for sharing obscene videos of a girl."
    )
    read = catalog.analyze(text)
    assert read.as_of_source == "inferred"
    assert read.as_of == D(2024, 1, 28)
    assert read.as_of_note is not None
    assert "repealed" in read.as_of_note
    # a text that names the BNS as law is placed on or after its commencement, as before
    text = text.replace("of the IPC", "of the BNS").replace("354 and 509", "75 and 79")
    read = catalog.analyze(text)
    assert read.as_of >= D(2024, 7, 1)


@pytest.mark.parametrize(
    "text",
    [
        # the IPC named as the law before, not as a charge (review 2026-12-15c F2)
        "Mumbai, January 28: Such acts were earlier punishable under Section 292 of the IPC. "
        "The tutor was arrested under the POCSO Act for sharing obscene videos of a girl.",
        # a weekday printed decides the year, not the IPC's repeal (15c F1)
        "New Delhi, Jan 28 (PTI): A tutor was booked under Sections 354 and 509 of the IPC for "
        "sharing obscene videos of a girl, police said on Wednesday.",
    ],
)
def test_the_ipc_places_no_report_before_its_repeal_in_passing_or_against_a_weekday(
    catalog: Catalog, text: str
) -> None:
    read = catalog.analyze(text)
    assert read.as_of_note is not None
    assert "repealed" not in read.as_of_note


@pytest.mark.parametrize(
    "text",
    [
        # "old" of an age and "former" of a person are no former law (the 15c F2 words read
        # them so and undid the rule in most crime reports)
        "Thane, March 3: A 24-year-old man was booked under Section 354 of the IPC and Section "
        "12 of the POCSO Act for sending obscene messages to a girl.",
        "Thane, March 3: A former teacher was booked under Section 354 of the IPC and Section "
        "12 of the POCSO Act for sending obscene messages to a girl.",
        "Thane, March 3: A man was booked under Section 354 of the IPC and Section 12 of the "
        "POCSO Act and is now in judicial custody.",
    ],
)
def test_an_age_a_former_post_or_now_is_no_former_law(catalog: Catalog, text: str) -> None:
    read = catalog.analyze(text)
    assert read.as_of_source == "inferred"
    assert read.as_of < D(2024, 7, 1)
    assert read.as_of_note is not None
    assert "repealed" in read.as_of_note


def test_the_crpc_named_by_habit_places_no_report_before_its_repeal(catalog: Catalog) -> None:
    """Review 2026-12-15c M-b: reports of cases begun under the BNSS still write "Section 164
    of the CrPC"; the CrPC sets a ceiling only in a sentence of a charge
    (``ceiling_charge_words``), and recording a statement is none."""
    text = (
        "Thane, March 3: A 24-year-old man was booked under Section 12 of the POCSO Act and "
        "Section 67B of the IT Act for sending obscene messages to a 14-year-old girl. The "
        "girl's statement was recorded before a magistrate under Section 164 of the CrPC."
    )
    read = catalog.analyze(text)
    assert read.as_of_note is not None
    assert "repealed" not in read.as_of_note


def test_a_marathi_charge_under_the_ipc_or_the_bns_bounds_a_yearless_dateline(
    catalog: Catalog,
) -> None:
    """Review 2026-12-15c M-c: Marathi reports cite with "कलम … अन्वये" and charge with "गुन्हा
    दाखल" (``law_use_words``, ``ceiling_charge_words``): the IPC ("भादंवि") places the report
    before its repeal, the BNS on or after its commencement."""
    text = (
        "पुणे, 3 मार्च : आरोपीविरुद्ध भादंवि कलम 354 आणि पोक्सो कायद्याच्या कलम 12 अन्वये गुन्हा "
        "दाखल करण्यात आला."
    )
    assert catalog.analyze(text).as_of < D(2024, 7, 1)
    text = text.replace("भादंवि कलम 354", "भारतीय न्याय संहितेच्या कलम 75")
    assert catalog.analyze(text).as_of >= D(2024, 7, 1)


@pytest.mark.parametrize(
    "text",
    [
        # a trial's words are a charge's too, and police copy's abbreviations end no sentence
        # (review 2026-12-16a F2)
        "Mumbai, October 9: A special POCSO court sentenced a 35-year-old tutor to five years "
        "under Section 292 of the IPC and Section 15 of the POCSO Act for storing obscene videos "
        "of his students.",
        "Mumbai, January 28: The tutor was booked u/s. 292 IPC and Sec. 15 POCSO Act for storing "
        "obscene videos of his students.",
        "नई दिल्ली, 28 जनवरी : आरोपी ट्यूटर पर आईपीसी की धारा 354 और पॉक्सो एक्ट की धारा 12 लगाई गई है।",
        "नई दिल्ली, 28 जनवरी : अदालत ने आरोपी को आईपीसी की धारा 376 और पॉक्सो एक्ट की धारा 6 के "
        "तहत दोषी ठहराया।",
    ],
)
def test_a_trial_under_the_ipc_places_a_yearless_dateline_before_its_repeal(
    catalog: Catalog, text: str
) -> None:
    read = catalog.analyze(text)
    assert read.as_of < D(2024, 7, 1)
    assert read.as_of_note is not None
    assert "repealed" in read.as_of_note


def test_a_dated_event_places_a_yearless_dateline_on_or_after_it(catalog: Catalog) -> None:
    """A text that names the COVID-19 pandemic (``dated_events``: its first case in India was
    reported on 30 January 2020) is no earlier, and its yearless dateline is placed nearest
    after it; with no such word, the latest such day before today."""
    text = (
        "Lucknow, January 11: The CBI arrested a software engineer who lost his job during the "
        "pandemic-induced lockdown for selling child sexual abuse material on Instagram."
    )
    read = catalog.analyze(text)
    assert read.as_of == D(2021, 1, 11)
    assert read.as_of_note is not None
    assert "COVID-19" in read.as_of_note
    plain = text.replace(" who lost his job during the pandemic-induced lockdown", "")
    assert catalog.analyze(plain).as_of.year > 2021
    # the pandemic named in passing, as reports of 2024-26 write it, places nothing (16c H4)
    passing = text.replace(
        "who lost his job during the pandemic-induced lockdown",
        "who, like many since the pandemic, worked from home,",
    )
    assert catalog.analyze(passing).as_of.year > 2021
    # nor "during the ongoing investigation" (16d H1)
    ongoing = text.replace(
        "who lost his job during the pandemic-induced lockdown",
        "who was found during the ongoing investigation",
    )
    assert catalog.analyze(ongoing).as_of.year > 2021
    # "the ongoing coronavirus pandemic", "the ongoing nationwide lockdown" are (17a F5)
    for present in (
        "during the ongoing coronavirus pandemic",
        "amid the ongoing nationwide lockdown",
    ):
        said = text.replace("during the pandemic-induced lockdown", present)
        assert catalog.analyze(said).as_of == D(2021, 1, 11)


@pytest.mark.parametrize(
    ("text", "before_repeal"),
    [
        # a charge denied under the IPC places nothing (review 2026-12-16a M-a)
        ("Mumbai, March 3: The accused was booked under Section 67B of the IT Act and the POCSO "
         "Act. Police have not invoked any IPC section.", False),
        ("Mumbai, March 3: The accused was booked under Section 67B of the IT Act and the POCSO "
         "Act. No case was registered under the IPC.", False),
        # a negation in another clause denies no charge
        ("Mumbai, March 3: The accused, who had no job, was booked under Section 354 of the IPC "
         "and Section 12 of the POCSO Act.", True),
        ("Mumbai, March 3: The accused was booked under Section 67B of the IT Act and the POCSO "
         "Act. No IPC sections were invoked.", False),
        # a charge denied under one Act, then made under the IPC (17a F6)
        ("Mumbai, March 3: A man was arrested for sharing obscene clips of a minor. Police did "
         "not invoke POCSO but booked him under Section 292 of the IPC.", True),
        ("Mumbai, March 3: A man was arrested for sharing obscene clips of a minor. Police did "
         "not invoke POCSO and instead booked him under Section 292 of the IPC.", True),
        # a negation that denies no charge (16c)
        ("Mumbai, March 3: A man with no criminal record was booked under Section 354 of the IPC "
         "and Section 12 of the POCSO Act.", True),
    ],
)  # fmt: skip
def test_a_denied_charge_under_the_ipc_places_nothing(
    catalog: Catalog, text: str, before_repeal: bool
) -> None:
    assert (catalog.analyze(text).as_of < D(2024, 7, 1)) == before_repeal


@pytest.mark.parametrize(
    "text",
    [
        # police copy's abbreviations end no sentence (review 2026-12-16b M-g)
        "Mumbai, January 28: An offence was registered vide C.R. No. 45 u/s. 354, 509 of IPC.",
        "Mumbai, January 28: The accused was booked by Insp. Patil under Sections 354 and 509 of "
        "the Indian Penal Code.",
    ],
)
def test_police_abbreviations_keep_the_charge_in_its_sentence(catalog: Catalog, text: str) -> None:
    assert catalog.analyze(text).as_of < D(2024, 7, 1)


def test_a_court_s_weekday_in_the_lead_is_the_dateline_s(catalog: Catalog) -> None:
    """Review 2026-12-16b M-h: "The Delhi High Court on Wednesday refused bail …" gives the
    dateline's weekday, as a statement's does; "will be produced in court on Monday" does not."""
    text = (
        "New Delhi, Jan 28 (PTI) The Delhi High Court on Wednesday refused bail to a tutor booked "
        "under Section 376 of the IPC and Section 6 of the POCSO Act."
    )
    read = catalog.analyze(text)
    assert read.as_of.weekday() == 2
    assert (read.as_of.month, read.as_of.day) == (1, 28)


def test_a_print_edition_s_dateline_may_be_the_day_after_the_weekday_told(
    catalog: Catalog,
) -> None:
    """ "New Delhi, August 13 … a Supreme Court Bench … on Monday decided": no 13 August from
    2022 (the latest year the text names) to today is a Monday, and a print edition dates its
    story the day after what was done: Tuesday 13 August 2024, said so (a dev report of The
    Tribune, read as no date before)."""
    text = (
        "Tribune News Service\nNew Delhi, August 13\nA Supreme Court Bench on Monday decided to "
        "examine a verdict of the Kerala HC on downloading child pornography. The petitioner "
        "cited a rise in such cases between 2018 and 2022."
    )
    read = catalog.analyze(text)
    assert (read.as_of, read.as_of_source) == (D(2024, 8, 13), "inferred")
    assert read.as_of_note is not None
    assert "day after the weekday" in read.as_of_note


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # PTI's Hindi service spells the days below ten, before its bracketed name
        ("भुवनेश्वर, आठ दिसंबर (भाषा) ओडिशा पुलिस ने एक व्यक्ति को गिरफ्तार किया।", D(2025, 12, 8)),
        ("नागपुर, चार अप्रैल (भाषा) महाराष्ट्र पुलिस ने कहा।", D(2026, 4, 4)),
        # Hindi papers syndicated by HT print the month first
        ("समस्तीपुर, जुलाई 14 -- जिले में पुलिस ने एक युवक को गिरफ्तार किया।", D(2026, 7, 14)),
    ],
)
def test_the_survey_s_hindi_datelines(catalog: Catalog, text: str, day: dt.date) -> None:
    """Yearless Hindi datelines a survey of unseen pages (2027-01-04) found unread: the year is
    inferred as for any dateline (the latest such day not after today, 2026-11-23 here)."""
    analysis = catalog.analyze(text)
    assert (analysis.as_of, analysis.as_of_source) == (day, "inferred")


@pytest.mark.parametrize(
    "text",
    [
        # a number word in a sentence, not before a news agency, is no dateline's day
        "उसने कहा, आठ दिसंबर को वह आया।",
        # a month first with a postposition after its day is a sentence
        "उसने कहा, जुलाई 14 को वह आया।",
    ],
)
def test_hindi_words_of_a_sentence_are_no_dateline(catalog: Catalog, text: str) -> None:
    assert catalog.analyze(text).as_of_source == "today"


@pytest.mark.parametrize(
    "text",
    [
        "पुलिस के अनुसार, जुलाई 14 -- आरोपी तब से फरार है।",
        "सुनवाई, जनवरी 12 - फरवरी 3 तक चली।",
    ],
)
def test_a_phrase_or_a_range_is_no_month_first_dateline(catalog: Catalog, text: str) -> None:
    """Review 2027-01-04b H13: a phrase before the comma, or a range of dates, is no dateline."""
    assert catalog.analyze(text).as_of_source == "today"


def test_a_range_of_days_is_no_month_first_dateline(catalog: Catalog) -> None:
    """Review 2027-01-04c H10: "सुनवाई, जुलाई 14 - 20 तक चली" is a range of days."""
    assert catalog.analyze("सुनवाई, जुलाई 14 - 20 तक चली।").as_of_source == "today"


def test_a_month_first_dateline_before_a_story_that_opens_with_a_number(catalog: Catalog) -> None:
    """Review 2027-01-04d H6: "नई दिल्ली, जुलाई 14 (भाषा) - 17 साल की …" is a dateline (a number
    opens the story, no day range)."""
    analysis = catalog.analyze("नई दिल्ली, जुलाई 14 (भाषा) - 17 साल की लड़की के मामले में पुलिस ने कहा।")
    assert (analysis.as_of, analysis.as_of_source) == (D(2026, 7, 14), "inferred")


_DATED = "NEW DELHI, March 3, 2021: The court sentenced the accused to five years in jail."


@pytest.mark.parametrize(
    "text",
    [
        _DATED,
        "\ufeff" + _DATED,  # a file from Windows opens with a byte order mark
        _DATED.replace(" ", "\u00a0"),  # no-break spaces, as web pages print a dateline
        _DATED.replace("NEW DELHI", "NEW\u00a0DELHI"),
        _DATED.replace(" ", "\t", 3),
        _DATED.replace("March 3", "March\u20093").replace("3, 2021", "3,\u202f2021"),
        "Man jailed\r\n\r\n" + _DATED.replace(" ", "\u00a0"),
    ],
)
def test_a_dateline_with_spaces_of_other_kinds_is_stated(text: str) -> None:
    """A dateline whose place or date is spaced with no-break, thin or figure spaces or tabs,
    or that a byte order mark opens, is the report's stated date as one with plain spaces is
    (it was read as inferred, from the date alone); its quote is the text's own (review
    2027-01-08b L1)."""
    read = READER.read(text, TODAY)
    assert read is not None
    assert (read.day, read.source) == (D(2021, 3, 3), "text")
    assert read.quote in text
    plain = read.quote.translate(str.maketrans("\t\u00a0\u2009\u202f", "    "))
    assert plain == "NEW DELHI, March 3, 2021"
