"""The date a report gives itself, read the way an Indian news or court page writes it.

The date decides the law a report is read against, so the reader prefers the page's own words
about itself and says when it only infers. In order:

1. a **labelled date** anywhere ("Updated: 27-06-2020 21:48 IST", "Published: 05th October
   2020", "Date of Decision: 09th May, 2024", "Pronounced on: 05.12.2025", "Updated On - 07:16
   PM, Sat - 30 September 23"), in the shape of page metadata (``_metadata_shaped``: "the
   accused posted on 12 March 2024 a video" is a sentence); the labels are words in
   ``data/conduct.toml`` ``[analysis]``;
2. a **date line**: a short line that is mostly a date ("29 December 2021 23:56 IST", "Tue, 06
   January 2026", "THE GOAN NETWORK | SEPTEMBER 25, 2022, 12:37 AM IST", "देहरादून, 20 जुलाई
   2020": months are read in English and in Devanagari), not a sentence that dates an event
   ("The incident took place on October 19, 2019.", "घटना 5 मई 2024 की है।");
   A dateline with its year opening a paragraph before the report's body is a date line too,
   however long the paragraph ("New Delhi, October 23, 2020: …", "नाशिक, १० जून २०२५ …"): after
   a headline, a byline, a page's links and at most a one-sentence standfirst or a caption
   (``DateReader._date_line``); one further on, or one whose date opens an event ("…, March
   5, 2019: the day …"), tells of an event;
3. a **dateline** opening a paragraph ("New Delhi, Oct 23 :", "Panaji, Sep 10 (IANS):",
   "Bengaluru, July 19:"), which news agencies print without a year. The year is inferred: a
   report is published after the events it reports, so the dateline's day is placed on or after
   the latest date, month or year the text names, and on or after the day an Act it names as law
   came into force, for the Acts whose every name is new to them (``dating_acts`` in
   ``data/conduct.toml``: a report booking someone under the BNS is no earlier than 1 July 2024;
   "the BNS Bill" is a draft); a weekday, where printed, must match, and so
   must the weekday the dateline's paragraph gives to what its sources said ("officials said on
   Friday"), which in wire copy is the dateline's day (or, where no year allows that, the day
   before it, as a print edition dates the next day's paper);
4. the **latest date the text names** in full, when it has no date line of its own: a report is
   written on or after every event it reports, so this is the nearest lower bound, and the
   answer says it is inferred; or a later day it names by weekday, month and day with no year
   ("on Wednesday, June 25"), placed on that weekday (in that date's year, else the latest
   year not after today).

Every pattern is a regular expression without nested repetition, run once over the text: time is
linear in the text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from lawref.numbers import HINDI_NUMBER_WORDS

_MONTH_NAMES = (
    ("jan", "january"),
    ("feb", "february"),
    ("mar", "march"),
    ("apr", "april"),
    ("may",),
    ("jun", "june"),
    ("jul", "july"),
    ("aug", "august"),
    ("sep", "sept", "september"),
    ("oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
)
# the months as Hindi and Marathi reports print them ("20 जुलाई 2020", "१ जानेवारी २०२४"), in
# their common spellings; Marathi's May, "मे", only before a year (``_MONTH``), since Hindi
# pages misspell "में" (in) so
_HINDI_MONTHS = (
    ("जनवरी", "जानेवारी"),
    ("फरवरी", "फ़रवरी", "फेब्रुवारी"),
    ("मार्च",),
    ("अप्रैल", "अप्रेल", "एप्रिल"),
    ("मई", "मे"),
    ("जून",),
    ("जुलाई", "जुलै"),
    ("अगस्त", "ऑगस्ट"),
    ("सितंबर", "सितम्बर", "सप्टेंबर"),
    ("अक्टूबर", "अक्तूबर", "ऑक्टोबर"),
    ("नवंबर", "नवम्बर", "नोव्हेंबर"),
    ("दिसंबर", "दिसम्बर", "डिसेंबर"),
)
MONTHS = {
    name: number
    for months in (_MONTH_NAMES, _HINDI_MONTHS)
    for number, names in enumerate(months, start=1)
    for name in names
}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "wednesday"),
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        )
    )
    for name in names
}
# Devanagari letters and signs, without the dandas and digits (a word may end at "।")
_HINDI_LETTERS = "\u0900-\u0963\u0970-\u097f"
# the weekdays as Hindi reports print them
_HINDI_WEEKDAYS = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
_WEEKDAYS.update({name: number for number, name in enumerate(_HINDI_WEEKDAYS)})
_WEEKDAYS["बृहस्पतिवार"] = 3
# days and years in ASCII or Devanagari digits ("२० जुलाई २०२०"; Python's ``\d`` and ``int``
# read both)
_DAY = r"(?:[0-3\u0966-\u0969]?\d)(?:st|nd|rd|th)?"
_YEAR4 = r"(?:19|20|\u0967\u096f|\u0968\u0966)\d\d"
_MONTH = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|"
    + "|".join(
        name if name != "मे" else rf"मे(?=,?\s{_YEAR4})"
        for names in _HINDI_MONTHS
        for name in sorted(names, key=len, reverse=True)
    )
    + ")"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?"
# a comma with no space before a four-digit year, as some pages print it ("24 September,2022
# 08:29 PM IST"; survey of unseen English pages, 2027-01-14): never before two digits ("on 24
# September,22 people …")
_COMMA_YEAR = rf",(?={_YEAR4}\b)"
# One full date, in the forms Indian pages print: "October 13, 2019", "05th October 2020",
# "09th May, 2024", "30 September 23" (two-digit year), "22-Sep-2025", a day glued to a byline
# before a time or the line's end ("Rohit Wadhwaney25 May 2024 03:40"; not "COVID19 March 2020"
# or "Covid19 May 2020 lockdown"), "27-06-2020", "05.12.2025",
# "05/12/2025" (day first; month first only where the day could be no month: "7/28/2023"),
# "2020-06-27", "02.12.25" (two digits each, one separator throughout); never
# inside a longer run of numbers and dots (an IP address, "172.16.10.12", or a version).
_FULL = (
    rf"(?:(?P<m1>{_MONTH})\s(?P<d1>{_DAY})(?:,?\s|{_COMMA_YEAR})(?P<y1>{_YEAR4})\b"
    rf"|\b(?P<d2>{_DAY})(?:\s|-(?=[a-z]))(?P<m2>{_MONTH})(?:,?\s|-|{_COMMA_YEAR})"
    rf"(?P<y2>{_YEAR4}|\d\d)"
    # (a Devanagari year glued to the Latin word after it, as pages join two scripts: a Nashik
    # page's dateline runs its year into "Nashik Crime News")
    r"(?:\b|(?<=[\u0966-\u096f])(?=[A-Za-z]))"
    rf"|(?<=(?-i:[a-z]{{3}}))(?P<d6>{_DAY})\s(?P<m6>{_MONTH}),?\s(?P<y6>{_YEAR4})"
    r"(?=\s+\d{1,2}:\d\d|[ \t]*(?:\n|\Z))"
    rf"|(?<![\d.])\b(?P<d3>[0-3]?\d)[-./](?P<n3>[0-3]?\d)[-./](?P<y3>{_YEAR4})\b(?!\d)"
    rf"|\b(?P<y4>{_YEAR4})-(?P<n4>[01]\d)-(?P<d4>[0-3]\d)\b"
    rf"|(?<![\d.])\b(?P<d5>[0-3]\d)(?P<s5>[-./])(?P<n5>[01]\d)(?P=s5)(?P<y5>\d\d)\b"
    rf"(?![-./]?\d))"
)
_FULL_DATE = re.compile(_FULL, re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTH})[,\s]\s?(?P<y>{_YEAR4})\b", re.IGNORECASE)
_YEAR = re.compile(rf"(?<![\d/.-])(?P<y>{_YEAR4})(?![\d/-])")
# A year that names a statute ("IT Act, 2000", "the Code of 1973") says nothing of the events.
# It is on the line of the Act's name: a year on the next line or paragraph is not read as the
# Act's, which also keeps the reading of a text cut into stretches at line breaks the same as
# the reading of the whole.
_STATUTE_YEAR = re.compile(
    r"(?:act|rules|code|sa[nm]hita|adhiniyam|amendment"
    # the Hindi and Marathi words for an Act, a code, rules ("आईटी अधिनियम 2000", "आईटी एक्ट
    # 2000", "माहिती तंत्रज्ञान कायदा 2000")
    r"|अधिनियम|एक्ट|संहिता|नियम|नियमावली|कायदा|कायद्या)[^\w\n]{0,3}(?:of[^\w\n]{1,2})?\Z",
    re.IGNORECASE,
)
# a year named alone before 2000 bounds no report's date: reports on online abuse material come
# after the IT Act, 2000, and such a number is mostly the cybercrime helpline's ("helpline
# number (1930)", "report such crimes at 1930", "हेल्पलाइन नंबर 1930", "1930-m walkathon")
_FIRST_REPORT_YEAR = 2000
# a number, not a year: an FIR's, a crime's, a house's or a phone's ("FIR No. 2015", "crime no.
# 2021", "house no. 2014", "flat number 2008", "एफआईआर नंबर 2019", "गुन्हा रजिस्टर क्रमांक 2021";
# review 2026-12-08a H6)
_NUMBER_BEFORE = re.compile(
    # (a crime register's or a complaint's number: "CR no 2022", "C.R. no 2022", "complaint no
    # 2022"; review 2026-12-08c L3)
    r"(?:\bnumber|\bno\.|\bnos\.|\b(?:fir|case|crime|house|flat|plot|room|cr|c\.r\.|complaint|gr"
    r"|sr|reg)\s+no\b|\bdial|\bcall"
    r"|\btoll[\s-]?free|\bhelpline|नंबर|नम्बर|क्रमांक"
    r"|हेल्पलाइन)[\s:.(#-]{0,4}\Z",
    re.IGNORECASE,
)
# "New Delhi, Oct 23 :", "New Delhi [India], December 5 (ANI):", "Hyderabad (Telangana)
# [India], August 25 (ANI):", "Prayagraj, May 27 (HS).",
# "Monday (March 11)": a place (or weekday) then a month and day, with no year. The place is one
# to four capitalised words, "and", "of" or "/" between them ("Daman and Diu", "Mewat/New
# Delhi"), the day perhaps glued to the month ("RAMPUR,May29:"): "The video surfaced on
# Saturday, March 30" opens no dateline, nor does "On Saturday, March 30" (a weekday in it).
_EDITORS_NOTE = re.compile(r"\A\(Eds?:[^()\n]{1,80}\)\s?")
_DATELINE = re.compile(
    # (after a news agency's note to editors: "(Eds: Updates with details) Noida (UP), Apr 22
    # (PTI)")
    rf"(?:^|\n)[ \t]*(?:\(Eds?:[^()\n]{{1,80}}\)\s?)?(?P<place>(?-i:[A-Z][A-Za-z.]{{1,20}}"
    rf"(?:[ /](?:and[ ]|of[ ])?[A-Z][A-Za-z.]{{0,20}}){{0,3}})"
    rf"(?:\s?\([A-Za-z .&]{{2,30}}\))?"
    rf"(?:\s?\[[A-Za-z ]{{1,20}}\])?),\s?"
    rf"(?P<m>{_MONTH})\s?(?P<d>{_DAY})(?!\s?,?\s?\d)(?P<agency>\s?\([A-Za-z]{{2,10}}\))?\s?[:.]?",
    re.IGNORECASE,
)
# the days below ten as Hindi wire copy spells them ("भुवनेश्वर, आठ दिसंबर (भाषा)", PTI's Hindi
# service; survey of unseen pages, 2027-01-04): read only before a news agency in brackets
_HINDI_DAY_WORDS = {word: value for word, value in HINDI_NUMBER_WORDS.items() if value < 10}
_HINDI_DAY_WORD = "|".join(sorted(_HINDI_DAY_WORDS, key=len, reverse=True))
# "Bhopal, 21 March (IANS):", "नई दिल्ली, 20 जुलाई (भाषा)": day first, then a news agency in
# brackets or a colon (or the Hindi full stop "।")
_DATELINE_DAY_FIRST = re.compile(
    rf"(?:^|\n)[ \t]*(?P<place>[A-Za-z\u0900-\u097f][A-Za-z\u0900-\u097f .]{{1,30}}?"
    # a state in brackets after the place ("संभल (उप्र), 15 जुलाई।")
    rf"(?:\s?\([\u0900-\u097f.]{{2,12}}\))?),\s?"
    rf"(?:(?P<d>{_DAY})|(?P<dw>{_HINDI_DAY_WORD})(?=\s[\u0900-\u097f]+\s?\([^()\n]{{2,12}}\)))"
    rf"\s(?P<m>{_MONTH})(?!\s?,?\s?\d)"
    rf"(?:(?P<agency>\s?\([A-Za-z\u0900-\u097f.]{{2,12}}\))\s?[:.\u0964]?|\s?[:\u0964]"
    # Hindi wire copy often prints nothing after the month ("नयी दिल्ली, 18 मई दिल्ली भाजपा
    # की …"): a Hindi month, then a word that is no postposition ("…, 18 मई को" is a sentence)
    rf"|(?P<bare>(?<=[\u0900-\u097f])(?=\s(?!(?:को|की|के|का|से|तक|में|तारीख|रोजी|रात|रात्री|सुबह"
    rf"|सकाळी|शाम|सायंकाळी|दोपहर|दुपारी|देर)(?![\u0900-\u097f]))[\u0900-\u097f])))",
    re.IGNORECASE,
)
# (Marathi's "मे", May, is left out: "मे" is also Hindi's misspelt "में")
_HINDI_MONTH_NAMES = "|".join(
    name for names in _HINDI_MONTHS for name in sorted(names, key=len, reverse=True) if name != "मे"
)
# "समस्तीपुर, जुलाई 14 --": a Devanagari place, a Hindi month, then the day, as Hindi papers
# syndicated by HT print it (survey of unseen pages, 2027-01-04: three pages, two outlets); a
# dash, a colon, a danda or a news agency after the day
_DATELINE_HINDI_MONTH_FIRST = re.compile(
    rf"(?:^|\n)[ \t]*(?P<place>[\u0900-\u097f][\u0900-\u097f .]{{1,30}}?"
    rf"(?:\s?\([\u0900-\u097f.]{{2,12}}\))?),\s?"
    rf"(?P<m>{_HINDI_MONTH_NAMES})"
    rf"\s(?P<d>{_DAY})(?!\s?,?\s?\d)(?P<agency>\s?\([A-Za-z\u0900-\u097f.]{{2,12}}\))?"
    rf"\s?(?:--|[-\u2013\u2014:\u0964])"
    # (not a range of dates, "सुनवाई, जनवरी 12 - फरवरी 3", "… जुलाई 14 - 20 तक", by a month or
    # a day range's number, not any number: a story may open with one, "(भाषा) - 17 साल की …";
    # reviews 2027-01-04b H13, 04c H10, 04d H6)
    rf"(?!\s?(?:{_HINDI_MONTH_NAMES}|[\d\u0966-\u096f]{{1,2}}\s(?:तक|के\sबीच|तारीख)))"
)
# words of a phrase, not of a place: "according to", "after", "that", a genitive, an agent
_NOT_A_PLACE = re.compile(
    r"(?<![\u0900-\u097f])(?:के|की|का|ने|कि|अनुसार|मुताबिक|बाद|दिन|बीच|इसी|उसी|त्यानंतर|याबाबत"
    r"|दरम्यान"
    # a clause's verbs and nouns, not a place's words ("मामला दर्ज हुआ, 5 मार्च 2019", "आरोपी
    # युवक, 5 मार्च 2019"; a place of three words is a place: "गौतम बुद्ध नगर", "छत्रपती
    # संभाजी नगर"; review 2026-12-13a H7)
    r"|हुआ|हुई|हुए|गया|गई|गए|दर्ज|आरोपी|युवक|युवती|मामला|मामले|पुलिस|पोलीस|घटना|किया|है|था|थी"
    r"|थे|में|से|को|झाला|झाली|केला|केली|आहे|गुन्हा|प्रकरण)(?![\u0900-\u097f])|नुसार"
)
# A dateline with its year: a place as a dateline names one (capitalised words, or Devanagari
# words), a comma, a full date, and then a news agency, a colon, a full stop, a dash or a bar, or
# a Latin word glued to a Devanagari year (``_dated_dateline``)
_PLACE_OPENING = re.compile(
    r"[ \t]*(?:\U0001F4CD\s?)?(?P<place>(?-i:[A-Z][A-Za-z.]{1,20}"
    r"(?:[ /](?:and[ ]|of[ ])?[A-Z][A-Za-z.]{0,20}){0,3})"
    r"(?:\s?\([A-Za-z .&]{2,30}\))?(?:\s?\[[A-Za-z ]{1,20}\])?"
    r"|[\u0900-\u097f][\u0900-\u097f .]{1,30}?(?:\s?\([\u0900-\u097f.]{2,12}\))?),\s?"
)
_DATELINE_CLOSE = re.compile(
    r"\s?\([A-Za-z\u0900-\u097f.]{2,12}\)\s?[:.\u0964|\-\u2013]?"
    r"|\s?[:.\u0964|\-\u2013]|(?<=[\u0966-\u096f])(?=[A-Za-z])"
)
_DATELINE_BARE = re.compile(
    rf"(?:^|\n)[ \t]*(?P<m>{_MONTH})\s(?P<d>{_DAY})\s?\((?P<agency>[A-Za-z]{{2,10}})\)",
    re.IGNORECASE,
)
_WEEKDAY_DATE = re.compile(
    rf"\b(?P<w>{_WEEKDAY})\s?\(\s?(?P<m>{_MONTH})\s(?P<d>{_DAY})\s?\)", re.IGNORECASE
)
# "on Wednesday, June 25", "on Monday, 14 March": a weekday (capitalised: "the couple wed May 5"
# names none), a month and a day with no year after them; the weekday fixes the year within 28.
_WEEKDAY_DAY = re.compile(
    r"\b(?P<w>(?-i:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY))"
    rf"\.?,?\s(?:(?P<m>{_MONTH})\s(?P<d>{_DAY})|(?P<d2>{_DAY})\s(?P<m2>{_MONTH}))"
    r"\b(?!,?\s?\d)",
    re.IGNORECASE,
)
_MARKED = re.compile(r"\s?[:|\-\u2013]")
_SHAPE_REACH = 120
_MARKED_GAP = 8
_WEEKDAY_WORD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|"
    r"thurs|fri|sat|sun)"
)


def _spaced(words: Iterable[str]) -> str:
    """An alternation of *words*, longest first, each space any one space; ``""`` for none."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s".join(map(re.escape, w.split())) for w in ordered)


def _labelled_pattern(labels: Iterable[str]) -> re.Pattern[str] | None:
    """A label, then within a few characters a full date: "Updated: 27-06-2020",
    "Published on 05th October 2020"."""
    names = sorted({label.lower() for label in labels}, key=lambda s: (-len(s), s))
    if not names:
        return None
    alternation = "|".join(r"\s?".join(re.escape(w) for w in n.split()) for n in names)
    return re.compile(
        rf"\b(?P<label>{alternation})\b[\s.:\-\u2013|]{{0,4}}(?:on\b[\s:\-\u2013]{{0,3}})?"
        rf"(?P<between>[^\n]{{0,28}}?){_FULL}",
        re.IGNORECASE,
    )


def _metadata_shaped(text: str, match: re.Match[str]) -> bool:
    """Whether a labelled date stands as page metadata does: its label followed by ":", "|"
    or a dash ("Updated: …", "Publish Date - …"); or its label at the start of a line, after
    "|" or capitalised ("By Staff Reporter, Posted Jun 27, 2020 10:00 IST"), with nothing but a
    time or a weekday after the date on its line. "The accused\nposted on 12 March 2024 obscene
    videos …" and "Posted on 5 June 2023, the video went viral" are sentences. Reads at most
    ``_SHAPE_REACH`` characters either side: linear over a text's labels."""
    if _MARKED.match(text, match.end("label")) is not None:
        return True
    start = match.start()
    window = text[max(0, start - _SHAPE_REACH) : start]
    newline = window.rfind("\n")
    before = window[newline + 1 :] if newline >= 0 or start <= _SHAPE_REACH else window
    before = before.rstrip(" \t")
    if not (before == "" or before.endswith("|") or match["label"][:1].isupper()):
        return False
    rest = text[match.end() : match.end() + _SHAPE_REACH].split("\n", 1)[0]
    return _WORDS_BETWEEN.search(rest) is None


# Words between a date label and its date that make it a sentence, not page metadata: any word
# of two letters or more but a weekday, "am", "pm" or "IST".
_WORDS_BETWEEN = re.compile(rf"(?!\b(?:{_WEEKDAY}|am|pm|ist)\b)\b[a-z]{{2,}}", re.IGNORECASE)
# How far after a dateline its paragraph is searched for the weekday of a statement.
# a Hindi postposition or verb right after a date makes its line a sentence ("5 मई 2024 की है",
# "2 जून 2024 को गिरफ्तार"); a time word, a place or a byline does not ("10:30 पूर्वाह्न", "| लखनऊ")
_HINDI_AFTER_DATE = re.compile(
    "\\s*(?:को|का|की|के|है|हैं|था|थी|थे|तक|में|से|हुआ|हुई|हुए|गया|गई|गए)(?![\u0900-\u097f])"
)
# … and an English one: a verb of being or happening before the date's preposition ("The
# incident took place on October 19, 2019.", "He was arrested on 5 March 2024.")
_EVENT_BEFORE_DATE = re.compile(
    r"\b(?:took\s+place|occurred|happened|was|were|is|are|had|has|have)\b[^.!?]*\b(?:on|in|since)"
    r"\s+\Z",
    re.IGNORECASE,
)
# … or a sentence opening with "On" and the date and going on ("On March 12, 2024 the court
# convicted him."; review 2026-12-12c)
_ON_DATE_SENTENCE = re.compile(rf"On\s(?:{_FULL})[,\s]+[a-z]+\s+\w+\s+\w+", re.IGNORECASE)
_LEAD_LIMIT = 600
# the paragraphs of prose after which the report's body has begun (``DateReader._date_line``)
_BODY = 2
# a photograph's caption ends so ("… (Representational image)", "(File photo)")
_CAPTION_END = re.compile(
    r"\((?:representational|file|photo|image|picture|pic|credit)[^()]{0,40}\)\s*\Z",
    re.IGNORECASE,
)
# a day of the week in a paragraph: a news lead's "on Tuesday" ("सोमवार को")
_LEAD_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|(?:सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार)",
    re.IGNORECASE,
)
# a date that opens an event's telling, not a page's ("…, March 5, 2019: the day the first video
# was uploaded"; review 2026-12-13c H7)
# (not "When …", nor "the day after/before": "New Delhi, October 23, 2020: When the police
# raided …", "…: The day after a court convicted …" open a page's lead; reviews 2026-12-14e H6,
# 14f H9)
_EVENT_AFTER_DATELINE = re.compile(
    r"\s*(?:on\s+)?(?:the|that)\s+day\b(?!\s+(?:after|before)\b)", re.IGNORECASE
)
# a court's own act on a weekday in a lead, in the past: "The Delhi High Court on Wednesday
# refused bail" gives the dateline's day (not "will be produced in court on Monday", nor "had on
# Monday"; review 2026-12-16b M-h)
_COURT_ON_WEEKDAY = re.compile(
    rf"\b(?:court|bench|judge|justice)\b[^.\n]{{0,40}}?(?<!\bhad\s)\bon\s(?P<w>{_WEEKDAY_WORD})"
    r"(?![a-z])"
    r",?\s(?:\w+ed|upheld|held|gave|sent|set|took|struck|sought|told|said|ruled|granted)\b",
    re.IGNORECASE,
)
# … with a court in it (not a standfirst's "arrested on Monday": review 2026-12-13d H9; a verb
# of the story after the weekday, "The Delhi Police on Monday busted …", is a standfirst's too:
# 14f H8)
_LEAD_COURT = re.compile(r"\b(?:court|bench|judge|justice)\b|न्यायालय|अदालत|कोर्ट", re.IGNORECASE)
# a full stop followed by another sentence's start, not after an initial or a title ("Dr.
# Sharma", "U.P. man"; "Shocking! Delhi tutor held …" is a headline): two sentences
_SENTENCE_BREAK = re.compile(
    r"(?<![A-Z])(?<!\b(?:Dr|Mr|Ms|St|No|Sh))[.\u0964]\s+[A-Z\u0900-\u097f]"
)
_PARAGRAPH_END = re.compile(r"\n[ \t\r]*\n")
# between a page's first date and its "Updated" label: a separator, and a time ("23 Oct 2020,
# 10:30 AM IST | Updated: …"; review 2026-12-15a M4)
_UPDATE_GAP = re.compile(
    r"[\s|/\u2022\u00b7,;-]*(?:\d{1,2}[:.]\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?(?:\s?ist)?"
    r"[\s|/\u2022\u00b7,;-]*)?",
    re.IGNORECASE,
)
# before a page's first date on its line: an indent, up to three cells ended by a separator ("By
# PTI | ", "PTI | New Delhi | "; review 2026-12-15b H7), a weekday, or a publication label
# ("Published", "First published on:"); not a sentence ("The tutor, arrested on 12 January
# 2021, …": review 2026-12-14g H10). Read within one line of at most ``_LINE_LIMIT`` characters.
_BEFORE_FIRST_DATE = re.compile(
    rf"[ \t]*(?:[^\n|\u2022]{{0,60}}[|\u2022][ \t]*){{0,3}}"
    rf"(?:(?:first\s+)?(?:published|posted)(?:\s+on)?[ \t]*:?[ \t]*)?"
    rf"(?:{_WEEKDAY_WORD},?[ \t]*)?\Z",
    re.IGNORECASE,
)
# A date line: short, and mostly the date (a byline, a weekday and a time may stand beside it).
_LINE_LIMIT = 80


@dataclass(frozen=True, slots=True)
class ReadDate:
    """The date read, the words it was read from, whether the text states it or lawref inferred
    it, and, when inferred, how."""

    day: dt.date
    quote: str
    source: Literal["text", "inferred"]
    note: str | None = None


_PLAIN_SPACES = str.maketrans(dict.fromkeys("\t\u00a0\u2007\u2009\u202f\ufeff", " "))
"""Spaces the date reader reads as a space, one character for one: a tab, a no-break space
("NEW\u00a0DELHI, March\u00a03, 2021:" as web pages print it), a figure, thin or narrow
no-break space, and the byte order mark a file from Windows opens with, which stood before a
dateline's place and hid it. Its patterns are written with plain spaces; a quote it gives is
the text's own (review 2027-01-08b L1)."""


def _as_written(read: ReadDate | None, reading: str, written: str) -> ReadDate | None:
    """*read*, found in *reading* (the stretch with its spaces made plain), quoted as *written*
    (the same characters, one for one); as it is where its quote is not found there."""
    if read is None or reading is written:
        return read
    at = reading.find(read.quote)
    if at < 0:
        return read
    return replace(read, quote=written[at : at + len(read.quote)])


class DateReader:
    """Reads a report's own date; *labels* are the words that introduce a page's date
    ("published", "updated on", "date of decision"), *agencies* the news agencies whose
    bracketed names close a dateline ("PTI", "IANS"), and *statement_verbs* the verbs of what a
    report's sources said ("said", "told"), whose weekday in a dateline's paragraph is the
    dateline's day when only *statement_words* stand between ("said here on Friday");
    *metadata_labels* are labels read only as page metadata, never from a sentence ("Uploaded
    on: 05.12.2025"); *law_named* gives the latest day an Act a text names as law came into
    force, with its title (a report is no earlier); *law_repealed_named* the earliest day an Act
    it names as law was repealed (a yearless dateline of a text that names no Act of
    *law_named* is placed before it: the conduct it tells is of the old law's time);
    *event_named* the latest day a dated event the text names began, with what it is and its
    words (a yearless dateline is placed on or after it: "… lost his job during the COVID-19
    lockdown")."""

    def __init__(
        self,
        labels: Iterable[str],
        agencies: Iterable[str],
        statement_verbs: Iterable[str] = (),
        statement_words: Iterable[str] = (),
        metadata_labels: Iterable[str] = (),
        law_named: Callable[[str], tuple[dt.date, str, str] | None] | None = None,
        hindi_statement_verbs: Iterable[str] = (),
        hindi_statement_words: Iterable[str] = (),
        clause_heads: Iterable[str] = (),
        update_labels: Iterable[str] = (),
        law_repealed_named: Callable[[str], tuple[dt.date, str, str] | None] | None = None,
        event_named: Callable[[str], tuple[dt.date, str, str] | None] | None = None,
    ) -> None:
        self.law_named = law_named
        self.law_repealed_named = law_repealed_named
        self.event_named = event_named
        # labels of a page's update ("Updated on"), after which a date on the same line is the
        # page's first publication
        self.update_labels = frozenset(w.lower() for w in update_labels)
        # words that open a clause, not a place ("Police, 23 March 2020: the accused was
        # arrested"; review 2026-12-13a H6)
        self.clause_heads = frozenset(w.lower() for w in clause_heads)
        # a page's date labels, read only in the shape of page metadata: "Uploaded on:
        # 05.12.2025" is the page's, "the video was uploaded on 5 June 2023" is a sentence
        self.metadata = _labelled_pattern([*labels, *metadata_labels])
        self.agencies = frozenset(a.lower() for a in agencies)
        verbs = sorted({verb.lower() for verb in statement_verbs})
        words = sorted({word.lower() for word in statement_words})
        between = "|".join(r"\s".join(map(re.escape, w.split())) for w in words) or "(?!)"
        # "officials said on Friday", "said here on Friday", "told PTI on Monday", "said in a
        # statement on Friday": a statement verb, at most four of ``statement_words``, "on" and
        # a weekday ("police said the accused was arrested on Friday" is an event's weekday)
        self.stated_on = (
            re.compile(
                rf"\b(?:{'|'.join(map(re.escape, verbs))})(?:\s(?:{between})){{0,4}}\son\s"
                rf"(?P<w>{_WEEKDAY_WORD})(?![a-z])",
                re.IGNORECASE,
            )
            if verbs
            else None
        )
        # "पुलिस ने सोमवार को यह जानकारी दी": "ने", the weekday, "को", at most two of
        # *hindi_statement_words*, the verb
        hindi_verbs = _spaced(hindi_statement_verbs)
        hindi_between = _spaced(hindi_statement_words)
        weekdays = "|".join([*_HINDI_WEEKDAYS, "बृहस्पतिवार"])
        self.stated_on_hindi = (
            re.compile(
                rf"(?<![{_HINDI_LETTERS}])ने\s(?P<w>{weekdays})\sको\s(?:(?:{hindi_between})\s){{0,2}}"
                rf"(?:{hindi_verbs})(?![{_HINDI_LETTERS}])"
            )
            if hindi_verbs
            else None
        )

    def read(self, text: str, today: dt.date) -> ReadDate | None:
        """The report's date, or None when the text names no date at all."""
        scan = self.scan(today)
        scan.feed(text)
        return scan.result()

    def scan(self, today: dt.date) -> DateScan:
        """A reading of the date of a text that arrives in stretches (:class:`DateScan`)."""
        return DateScan(self, today)

    def labelled_spans(
        self, text: str, low: int = 0, high: int | None = None
    ) -> list[tuple[int, int]]:
        """Where *text* (between *low* and *high*) states a page's date with a label ("Uploaded
        on: 05.12.2025", "Published: 12 March 2024", "Updated On - 07:16 PM, Sat - 30 September
        23"): page metadata, whose words are never conduct. Only a label in the shape of
        metadata (``_metadata_shaped``, or right after another such label) and followed by
        its date, with at most a time and a weekday between: "the accused posted on 12 March
        2024 an obscene video" is a sentence. Sorted."""
        if self.metadata is None:
            return []
        end = len(text) if high is None else high
        spans: list[tuple[int, int]] = []
        for match in self.metadata.finditer(text, low, end):
            if _WORDS_BETWEEN.search(match["between"]):
                continue
            after_label = (
                bool(spans)
                and match.start() - spans[-1][1] <= _MARKED_GAP
                and not text[spans[-1][1] : match.start()].strip()
            )
            if after_label or _metadata_shaped(text, match):
                spans.append((match.start(), match.end()))
        return spans

    # --- stated ------------------------------------------------------------------------------

    def _labelled(self, text: str, today: dt.date) -> ReadDate | None:
        if self.metadata is None:
            return None
        for match in self.metadata.finditer(text):
            if not _metadata_shaped(text, match):
                continue  # "the accused posted on 12 March 2024 a video": a sentence
            day = full_date(match, today)
            if day is None or day > today:
                continue
            if match["label"].lower() in self.update_labels:
                # "September 9th, 2017 | Updated on June 11th, 2018": the page's first date,
                # before its update on the same line, is when it was published
                line_start = text.rfind("\n", max(0, match.start() - _LINE_LIMIT), match.start())
                first = _FULL_DATE.search(text, line_start + 1, match.start())
                published = full_date(first, today) if first is not None else None
                if (
                    first is not None
                    and published is not None
                    and published <= day
                    # the date opens its line and only a separator stands before the label (not
                    # "The tutor, arrested on 12 January 2021, … Updated on …": 14g H10)
                    and _BEFORE_FIRST_DATE.fullmatch(text, line_start + 1, first.start())
                    is not None
                    and _UPDATE_GAP.fullmatch(text, first.end(), match.start()) is not None
                ):
                    return ReadDate(published, first.group().strip(), "text")
            return ReadDate(day, match.group().strip(), "text")
        return None

    def _date_line(self, text: str, today: dt.date, prose: int = 0) -> tuple[ReadDate | None, int]:
        """The first date line of *text* (a stretch of the whole) and how far into the body the
        text is by its end (*prose*: as far as earlier stretches went; ``_BODY`` once the
        report's body has begun). A date line is a short line that is mostly a date, or a
        paragraph opening with a dateline and its year before the report's body: after a
        headline, a byline, a page's links, and one paragraph of prose with no date of its
        own, one sentence and no court's act on a day of the week (a standfirst), or a caption.
        The body begins at a paragraph of prose that names a date or a court and a day of the
        week, opens with a dateline or holds two sentences, or at the second paragraph of
        prose; a dated dateline
        after it tells of an event ("Kathua, January 10, 2018: …"; reviews 2026-12-12c H1,
        2026-12-13a H6, M5, 2026-12-13b H10)."""
        previous = ""
        for line in _lines(text):
            opened = None if prose >= _BODY else self._dated_dateline(line, today)
            if opened is not None:
                return opened, _BODY
            stripped = line.strip()
            # (a line that goes on with the sentence the line before broke off: "… against the
            # order dated\n24.05.2024 passed in Crime No. 301/2024 …", a judgment's text
            # wrapped at its page's width)
            continued = _BROKEN_OFF.search(previous) is not None
            if stripped:
                previous = stripped
            if _is_prose(stripped):
                caption = _CAPTION_END.search(stripped) is not None
                body = not caption and (
                    _FULL_DATE.search(stripped) is not None
                    or any(
                        form.match(stripped)
                        for form in (_DATELINE, _DATELINE_DAY_FIRST, _DATELINE_HINDI_MONTH_FIRST)
                    )
                    # two sentences or more: no standfirst or caption
                    or _SENTENCE_BREAK.search(stripped) is not None
                    # a court's act on a day of the week: a lead's "The High Court on Tuesday
                    # upheld …" (review 2026-12-13c H7), not a standfirst's "arrested on
                    # Monday" (13d H9)
                    or (
                        _LEAD_WEEKDAY.search(stripped) is not None
                        and _LEAD_COURT.search(stripped) is not None
                    )
                )
                prose = _BODY if body else prose + 1
            if not stripped or continued or len(stripped) > 2 * _LINE_LIMIT:
                continue
            match = _FULL_DATE.search(stripped)
            if match is None:
                continue
            # (a case's title, its date after "on", however long the parties' names: "'Child
            # Under Conflict With Law' vs The State Of Madhya Pradesh on 14 October, 2024", as
            # Indian Kanoon and the pages that copy it print a judgment's date)
            title = (
                _CASE_TITLE.search(stripped, 0, match.start()) is not None
                # (the date ends the line, and no headline's colon comes before it: "Police vs
                # fraudsters: … on 14 October, 2024" is a headline; review 2026-12-30a L3)
                and not stripped[match.end() :].strip(" .")
                and ":" not in stripped[: match.start()]
            )
            if len(stripped) > _LINE_LIMIT and not title:
                continue
            if _HINDI_AFTER_DATE.match(stripped, match.end()) or stripped.endswith("\u0964"):
                continue  # "पुलिस के मुताबिक घटना 5 मई 2024 की है।": a Hindi sentence
            if _EVENT_BEFORE_DATE.search(stripped, 0, match.start()) or _ON_DATE_SENTENCE.match(
                stripped
            ):
                # "The incident took place on October 19, 2019.", "On March 12, 2024 the court
                # convicted him.": an English sentence
                continue
            rest = (stripped[: match.start()] + stripped[match.end() :]).lower()
            # words of three Latin letters or more ("pm" is not counted), and every word with a
            # letter of another script (Hindi's short words are words: "को", "था")
            words = [
                word
                for word in rest.split()
                if re.search(r"[a-z]{3}", word)
                or any(not ch.isascii() and ch.isalpha() for ch in word)
            ]
            if len(words) > 6 and not title:
                continue
            day = full_date(match, today)
            if day is not None and day <= today:
                return ReadDate(day, stripped, "text"), prose
        return None, prose

    def _dated_dateline(self, line: str, today: dt.date) -> ReadDate | None:
        """The date a paragraph opens with when it is a dateline with its year ("New Delhi, October
        23, 2020: …", "Bhopal, 21 March 2020 (IANS) …", "📍 नाशिक, १० जून २०२५ …"): the page's
        own date, stated, however long the paragraph runs on."""
        opening = _PLACE_OPENING.match(line)
        if opening is None:
            return None
        words = [w.lower().rstrip(".") for w in opening["place"].split()]
        if (
            not words
            or words[0] in self.clause_heads
            or words[0] in MONTHS
            or any(w in _WEEKDAYS for w in words)
            or _NOT_A_PLACE.search(opening["place"])
        ):
            return None
        match = _FULL_DATE.match(line, opening.end())
        if match is None:
            return None
        close = _DATELINE_CLOSE.match(line, match.end())
        if close is None:
            return None
        if _EVENT_AFTER_DATELINE.match(line, close.end()):
            return None  # "Mumbai, March 5, 2019: the day the first video was uploaded …": an event
        day = full_date(match, today)
        if day is None or day > today:
            return None
        return ReadDate(
            day, line[opening.start("place") : close.end()].strip(" :.-\u2013|"), "text"
        )

    # --- inferred ----------------------------------------------------------------------------

    def weekday_stated(self, text: str, dateline_end: int) -> str | None:
        """The weekday the paragraph after a dateline (to its blank line, at most
        ``_LEAD_LIMIT`` characters) gives to what its sources said ("officials said on Friday",
        "पुलिस ने शुक्रवार को बताया"), or None."""
        limit = min(len(text), dateline_end + _LEAD_LIMIT)
        blank = _PARAGRAPH_END.search(text, dateline_end, limit)
        end = blank.start() if blank else limit
        match = None if self.stated_on is None else self.stated_on.search(text, dateline_end, end)
        if match is None and self.stated_on_hindi is not None:
            match = self.stated_on_hindi.search(text, dateline_end, end)
        if match is None:
            # a court's act on a weekday in the lead's first sentence ("The Delhi High Court on
            # Wednesday refused bail …"): the dateline's day, as wire copy writes it (review
            # 2026-12-16b M-h)
            first = _SENTENCE_BREAK.search(text, dateline_end, end)
            match = _COURT_ON_WEEKDAY.search(text, dateline_end, first.start() if first else end)
        return match["w"] if match else None

    def first_datelines(self, text: str) -> list[tuple[int, re.Match[str], bool]]:
        """The first match in *text* of each dateline form (its index, the match), and whether
        it is a dateline: a place that is not a month or weekday, and an agency, where one is
        bracketed, that is a news agency. Only a form's first match counts."""
        found: list[tuple[int, re.Match[str], bool]] = []
        forms = (
            _DATELINE,
            _DATELINE_BARE,
            _WEEKDAY_DATE,
            _DATELINE_DAY_FIRST,
            _DATELINE_HINDI_MONTH_FIRST,
        )
        for form, pattern in enumerate(forms):
            match = pattern.search(text)
            if match is None:
                continue
            valid = True
            if pattern in (_DATELINE, _DATELINE_DAY_FIRST, _DATELINE_HINDI_MONTH_FIRST):
                agency = (match["agency"] or "").strip(" ()").lower()
                words = [w.lower().rstrip(".") for w in match["place"].split()]
                place = words[0]
                valid = place not in MONTHS and not any(w in _WEEKDAYS for w in words)
                if (
                    match.groupdict().get("bare") is not None
                    or pattern is _DATELINE_HINDI_MONTH_FIRST
                ):
                    # with nothing after the month, or the month first, a place of one or two
                    # words that is no phrase ("पुलिस के अनुसार, 15 जुलाई रात …", "मिळालेल्या
                    # माहितीनुसार, …", "पुलिस के अनुसार, जुलाई 14 --"; review 2027-01-04b H13)
                    named = [w for w in words if not w.startswith("(")]
                    valid = valid and len(named) <= 2 and not _NOT_A_PLACE.search(match["place"])
                valid = valid and (not agency or agency in self.agencies)
            elif pattern is _DATELINE_BARE:
                valid = match["agency"].lower() in self.agencies
            found.append((form, match, valid))
        return found


class DateScan:
    """The evidence of a text's date gathered stretch by stretch (:meth:`feed`), giving what
    :meth:`DateReader.read` gives for the whole text (:meth:`result`): the first labelled date,
    the first date line, the first dateline of each form with the latest date the rest of the
    text names, and the latest full date. It holds a few dates and one per stretch, never the
    text."""

    def __init__(self, reader: DateReader, today: dt.date) -> None:
        self.reader = reader
        self.today = today
        self.offset = 0
        self.labelled: ReadDate | None = None
        self.date_line: ReadDate | None = None
        # how far into the report's body the text is (no dated dateline after ``_BODY``)
        self.prose = 0
        self.forms_seen: set[int] = set()
        # each dateline: offset, words, month|day, weekday, the latest date the rest of its
        # stretch names, the stretch's index, whether the weekday is a statement's
        self.datelines: list[tuple[int, str, str, str | None, dt.date | None, int, bool]] = []
        self.stretch_latest: list[dt.date | None] = []
        self.latest: tuple[dt.date, str] | None = None
        # the latest day an Act the text names as law came into force, and its title
        self.law: tuple[dt.date, str, str] | None = None
        # the earliest day an Act the text names as law was repealed, and its title
        self.repealed: tuple[dt.date, str, str] | None = None
        # the latest day a dated event the text names began, what it is and its words
        self.event: tuple[dt.date, str, str] | None = None
        # each day named by weekday, month and day with no year ("on Wednesday, June 25"): a
        # set of (month, day, weekday) with the first words that named it, bounded by the
        # calendar
        self.weekday_days: dict[tuple[int, int, int], str] = {}

    @property
    def decided(self) -> bool:
        """Whether the rest of the text can no longer change the result (a labelled date,
        which comes first, has been read)."""
        return self.labelled is not None

    def feed(self, text: str) -> None:
        """Read the date evidence of the next stretch of the text, its spaces of other kinds
        read as spaces (:data:`_PLAIN_SPACES`)."""
        if self.labelled is not None:
            return
        written = text
        text = text.translate(_PLAIN_SPACES)
        today = self.today
        self.labelled = _as_written(self.reader._labelled(text, today), text, written)
        if self.labelled is not None:
            return
        if self.date_line is None:
            line, self.prose = self.reader._date_line(text, today, self.prose)
            self.date_line = _as_written(line, text, written)
        index = len(self.stretch_latest)
        for form, match, valid in self.reader.first_datelines(text):
            if form in self.forms_seen:
                continue
            self.forms_seen.add(form)
            if not valid:
                continue
            floor = _latest_named(text, today, exclude=(match.start(), match.end()))
            weekday = match.groupdict().get("w")
            stated = weekday is None
            if stated:
                weekday = self.reader.weekday_stated(text, match.end())
            self.datelines.append(
                (
                    self.offset + match.start(),
                    written[match.start() : match.end()],
                    f"{match['m']}|{_day_text(match)}",
                    weekday,
                    floor,
                    index,
                    stated and weekday is not None,
                )
            )
        self.stretch_latest.append(_latest_named(text, today, exclude=(0, 0)))
        if self.reader.law_named is not None:
            law = self.reader.law_named(text)
            if law is not None and law[0] <= today and (self.law is None or law > self.law):
                self.law = law
        if self.reader.event_named is not None:
            event = self.reader.event_named(text)
            if (
                event is not None
                and event[0] <= today
                and (self.event is None or event > self.event)
            ):
                self.event = event
        if self.reader.law_repealed_named is not None:
            repealed = self.reader.law_repealed_named(text)
            if repealed is not None and (self.repealed is None or repealed < self.repealed):
                self.repealed = repealed
        for match in _FULL_DATE.finditer(text):
            day = full_date(match, today)
            if day is not None and day <= today and (self.latest is None or day > self.latest[0]):
                self.latest = (day, written[match.start() : match.end()])
        for match in _WEEKDAY_DAY.finditer(text):
            name = (match["m"] or match["m2"]).lower()
            month = MONTHS.get(name.rstrip(".")) or MONTHS.get(name[:3])
            weekday = _WEEKDAYS.get(match["w"].lower().rstrip("."))
            if month is not None and weekday is not None:
                key = (month, int(re.sub(r"\D", "", match["d"] or match["d2"])), weekday)
                self.weekday_days.setdefault(key, written[match.start() : match.end()])
        self.offset += len(text)

    def result(self) -> ReadDate | None:
        """The text's date: stated, else inferred (with how), else None."""
        for stated in (self.labelled, self.date_line):
            if stated is not None:
                return stated
        if self.datelines:
            placed = self._dateline()
            if placed is not None:
                return placed
        law = self.law
        if law is not None and (self.latest is None or law[0] > self.latest[0]):
            # "घटना 5 मई 2024 की है … बीएनएस की धारा 64 के तहत": a report that charges under
            # the BNS is no earlier than 1 July 2024, whatever earlier dates it names
            return ReadDate(
                law[0],
                law[2],
                "inferred",
                f"the text has no date line; it names {law[1]} as law, in force from "
                f"{law[0].isoformat()}, and the report is no earlier"
                + (
                    f" (the latest date it names is {self.latest[0].isoformat()})"
                    if self.latest
                    else ""
                ),
            )
        weekday_day = self._latest_weekday_day()
        if weekday_day is not None and (self.latest is None or weekday_day[0] > self.latest[0]):
            return ReadDate(
                weekday_day[0],
                weekday_day[1],
                "inferred",
                "the text has no date line; this is the latest day it names, by weekday, month "
                "and day with no year, placed in "
                + (
                    f"the year of the latest date it names ({self.latest[0].isoformat()}), on "
                    "that weekday"
                    if self.latest and weekday_day[0].year == self.latest[0].year
                    else "the latest year on that weekday not after today"
                )
                + ", and the report is no earlier",
            )
        if self.latest is None:
            return None
        return ReadDate(
            self.latest[0],
            self.latest[1],
            "inferred",
            "the text has no date line; this is the latest date it names, and the report is "
            "no earlier",
        )

    def _latest_weekday_day(self) -> tuple[dt.date, str] | None:
        """The latest of the days the text names by weekday, month and day with no year, each
        placed on that weekday: in the year of the latest full date the text names when it
        falls on that weekday there, and counted only after that date ("filmed on Monday,
        August 5; the FIR was registered on August 9, 2019" is an earlier event of 2019);
        otherwise, or when the text names no full date, in the latest such year not after today
        (and after that date: a birth date or an old conviction is no bound on the report)."""
        floor = self.latest[0] if self.latest else None
        placed = []
        for (month, number, weekday), quote in sorted(self.weekday_days.items()):
            same_year = _on_weekday(floor.year, month, number, weekday) if floor else None
            if same_year is not None and floor is not None:
                # the day falls on its weekday in the latest date's year: after that date it is
                # the report's latest day; before it, an earlier event
                if same_year > floor and same_year <= self.today:
                    placed.append((same_year, quote))
                continue
            # it does not (the latest date is a birth date or an old conviction): the latest such
            # year after that date, not after today
            day = _place_year(month, number, weekday, None, self.today)
            if day is not None and (floor is None or day > floor):
                placed.append((day, quote))
        return max(placed) if placed else None

    def _dateline(self) -> ReadDate | None:
        _, quote, month_day, weekday, own_floor, index, stated = min(self.datelines)
        month_name, day_text = month_day.split("|")
        name = month_name.lower().rstrip(".")
        month = MONTHS.get(name) or MONTHS.get(name[:3])
        if month is None:
            return None
        day_number = int(re.sub(r"\D", "", day_text))
        floors = [f for i, f in enumerate(self.stretch_latest) if i != index and f is not None]
        if own_floor is not None:
            floors.append(own_floor)
        floor = max(floors) if floors else None
        if self.law is not None and (floor is None or self.law[0] > floor):
            floor = self.law[0]
            why = (
                f"on or after {floor.isoformat()}, when {self.law[1]}, which the text names, "
                "came into force"
            )
        elif floor is not None:
            why = f"on or after the latest date the text names ({floor.isoformat()})"
        else:
            why = "the text names no other date; the latest such day not after today"
        if self.event is not None and (floor is None or self.event[0] > floor):
            # "… lost his job during the COVID-19 lockdown": no earlier than the event, and
            # nearest it (the text names no year; a report of such a time tells of it)
            floor = self.event[0]
            why = f"on or after {floor.isoformat()}, when {self.event[1]}, which the text names"
        wanted = _WEEKDAYS.get(weekday.lower().rstrip(".")) if weekday else None
        # (the floor with an Act's or an event's day, which the next day's paper is held to;
        # review 2027-01-02d M4)
        full_floor, full_why = floor, why
        chosen = None
        if self.law is None and self.repealed is not None and wanted is None:
            # (not with a weekday printed: the weekday is the stronger evidence, and reaching
            # back to its year could apply a law older than the conduct's; review 2026-12-15c
            # F1)
            # a text that charges under the IPC and names no BNS: the conduct is of the old
            # law's time, and so, as far as the date decides the law, is the report
            before = self.repealed[0] - dt.timedelta(days=1)
            chosen = _place_year(month, day_number, wanted, floor, min(self.today, before))
            if chosen is not None:
                why = (
                    f"before {self.repealed[0].isoformat()}, when {self.repealed[1]}, which the "
                    "text charges under, was repealed"
                    + (f", and on or after {floor.isoformat()}" if floor is not None else "")
                )
        if chosen is None:
            chosen = _place_year(month, day_number, wanted, floor, self.today)
        if chosen is None and (
            (self.law is not None and floor == self.law[0])
            or (self.event is not None and floor == self.event[0])
        ):
            # the weekday is stronger evidence than an Act's name: placed without the Act
            floor = max(floors) if floors else None
            why = (
                f"on or after the latest date the text names ({floor.isoformat()})"
                if floor
                else "the text names no other date; the latest such day not after today"
            )
            chosen = _place_year(month, day_number, wanted, floor, self.today)
        next_day = False
        if chosen is None and wanted is not None and stated:
            # a print edition dates its story the day after what it tells was said or done
            # ("New Delhi, August 13 … a Bench … on Monday decided": Tuesday's paper)
            next_day, why = True, full_why
            chosen = _place_year(month, day_number, (wanted + 1) % 7, full_floor, self.today)
        if chosen is None:
            return None
        if next_day:
            why += (
                ", on the day after the weekday its first paragraph gives to what was said or "
                f"done ({weekday}), as a print edition dates the next day's paper"
            )
        elif wanted is not None and stated:
            why += f", on the weekday its first paragraph gives to what was said ({weekday})"
        elif wanted is not None:
            why += ", on the weekday printed"
        return ReadDate(
            chosen,
            _EDITORS_NOTE.sub("", quote.strip()),
            "inferred",
            f"the dateline prints no year; {chosen.year} is inferred: {why}",
        )


def _day_text(match: re.Match[str]) -> str:
    """A dateline's day in digits: as printed, or a Hindi word for a day below ten ("आठ")."""
    word = match.groupdict().get("dw")
    return str(_HINDI_DAY_WORDS[word]) if word else match["d"]


def _on_weekday(year: int, month: int, day: int, weekday: int) -> dt.date | None:
    """The day *month*/*day* of *year* when it is a calendar day falling on *weekday*."""
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return None
    return candidate if candidate.weekday() == weekday else None


def _place_year(
    month: int, day: int, weekday: int | None, floor: dt.date | None, today: dt.date
) -> dt.date | None:
    """The year a yearless dateline's day falls in: the first on or after *floor* (the latest
    date the text names) when there is one, else the latest not after *today*; in both cases not
    after *today* and, when a weekday is printed, on that weekday (which repeats within 28
    years)."""
    years = range(floor.year, today.year + 1) if floor else range(today.year, today.year - 29, -1)
    for year in years:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate > today or (floor is not None and candidate < floor):
            continue
        if weekday is None or candidate.weekday() == weekday:
            return candidate
    return None


# Hindi pages write "में" (in) as "मे": after a section or class number, or before a Hindi
# postposition after the year, "मे" is no May
_NOT_MAY = re.compile(
    r"(?:धारा|कक्षा|कलम|सेक्शन|क्लास)\s\S+\sमे\s|मे\s\S+\s(?:में|से|तक|को|का|की|के)(?![\u0900-\u097f])"
)


def full_date(match: re.Match[str], today: dt.date) -> dt.date | None:
    """The date a :data:`_FULL` match spells, or None when it is not a calendar day. A
    two-digit year is read in the century that puts it nearest before *today*."""
    groups = match.groupdict()
    try:
        if groups.get("y4"):
            return dt.date(int(groups["y4"]), int(groups["n4"]), int(groups["d4"]))
        if groups.get("y3"):
            first, second = int(groups["d3"]), int(groups["n3"])
            if second > 12 >= first:
                first, second = second, first  # "7/28/2023": month first, as US pages print it
            return dt.date(int(groups["y3"]), second, first)
        if groups.get("y5"):
            month, day, year_text = int(groups["n5"]), groups["d5"], groups["y5"]
        else:
            name = (groups.get("m1") or groups.get("m2") or groups.get("m6") or "").lower()
            name = name.rstrip(".")
            found = MONTHS.get(name) or MONTHS.get(name[:3])
            day = groups.get("d1") or groups.get("d2") or groups.get("d6")
            year_text = groups.get("y1") or groups.get("y2") or groups.get("y6")
            if found is None or day is None or year_text is None:
                return None
            if len(year_text) == 2 and not name.isascii():
                return None  # "12 मार्च 11 बजे": a time, not a year (Hindi prints four digits)
            if name == "मे" and _NOT_MAY.search(
                match.string, max(0, match.start() - 12), match.end() + 4
            ):
                return None  # Hindi's "मे" for "में": "धारा 14 मे 2019 में", "कक्षा 9 मे 2022 से"
            month = found
        year = int(year_text)
        if len(year_text) == 2:
            year += (today.year // 100) * 100
            if year > today.year:
                year -= 100
        return dt.date(year, month, int(re.sub(r"\D", "", day)))
    except ValueError:
        return None


# a day that ends a period ("in custody till April 21, 2025", "२१ एप्रिल २०२५ पर्यंत", "25 अप्रैल
# 2025 तक"): it may lie after the report, so it bounds nothing
_UNTIL_BEFORE = re.compile(r"\b(?:till|until|up\s?to)\s+\Z", re.IGNORECASE)
_UNTIL_AFTER = re.compile(r"\s?(?:पर्यंत|तक)(?![\u0900-\u0963\u0970-\u097f])")


def _latest_named(text: str, today: dt.date, exclude: tuple[int, int]) -> dt.date | None:
    """The latest day the text names outside *exclude*: a full date (not one that ends a
    period: "till April 21, 2025"), else the first of a month named with its year, else the
    first of January of a year named alone."""
    found: list[dt.date] = []
    for match in _FULL_DATE.finditer(text):
        if exclude[0] <= match.start() < exclude[1]:
            continue
        if _UNTIL_BEFORE.search(text, max(0, match.start() - 12), match.start()) or (
            _UNTIL_AFTER.match(text, match.end())
        ):
            continue  # "remanded till April 21, 2025", "२१ एप्रिल २०२५ पर्यंत": a term's end
        day = full_date(match, today)
        if day is not None and day <= today:
            found.append(day)
    for match in _MONTH_YEAR.finditer(text):
        month = MONTHS.get(match["m"].lower().rstrip(".")[:3])
        if month is not None:
            day = dt.date(int(match["y"]), month, 1)
            if day <= today:
                found.append(day)
    for match in _YEAR.finditer(text):
        if _STATUTE_YEAR.search(text, max(0, match.start() - 16), match.start()):
            continue
        if int(match["y"]) < _FIRST_REPORT_YEAR:
            continue  # "report such crimes at 1930": a number, no year of a report on these laws
        if _NUMBER_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # "FIR No. 2015", "house no. 2014": a number
        day = dt.date(int(match["y"]), 1, 1)
        if day <= today:
            found.append(day)
    return max(found) if found else None


# a line that breaks off in mid-sentence: its last word one no sentence or headline ends with
_BROKEN_OFF = re.compile(
    r"\s(?:dated|dt\.?|on|of|the|from|by|and|or|to|in|vide|since|till|until|before|after"
    r"|w\.e\.f\.?)\Z",
    re.IGNORECASE,
)
# a case's title before its date: "<party> vs <party> on ", alone on its line
_CASE_TITLE = re.compile(r"\S\s(?:vs?\.?|versus)\s.+\son\s\Z", re.IGNORECASE)


def _is_prose(line: str) -> bool:
    """Whether *line* is a paragraph of prose: ten words or more and a sentence's end (a
    headline, a byline or a strip of a page's links has none)."""
    return len(line.split()) >= 10 and (
        line.endswith((".", "!", "?", "\u0964", '"', "\u201d", "'", "\u2019", ")"))
        or ". " in line
        or "\u0964 " in line
    )


def _lines(text: str) -> Sequence[str]:
    return text.split("\n")
