"""Statute references in reports written in Devanagari (Hindi).

Hindi reports name the same laws as English ones, in their own words: "आईटी एक्ट की धारा 67बी"
(the IT Act's section 67B), "पॉक्सो एक्ट की धारा 11 और 12" (sections 11 and 12 of the POCSO
Act), "धारा 354 आईपीसी", "भारतीय दंड संहिता (IPC)". This module finds the Acts they name and
the lists of section numbers after "धारा" (section), and writes each number the way the English
reader reads one ("67बी" → "67B", "354(क)" → "354(a)", Devanagari digits → ASCII), so that the
reader resolves both alike (``CitationReader.references`` in :mod:`lawref.analysis.citations`).
The words are data (``[analysis.devanagari]`` in ``data/conduct.toml``); what is here is their
grammar.

Every pattern is a regular expression without nested repetition, run once over the text: time
is linear in the text. A text with no Devanagari letter costs one scan for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from lawref.analysis.models import DevanagariWords

_BLOCK = "\u0900-\u097f"
_HAS_DEVANAGARI = re.compile(f"[{_BLOCK}]")
_DEVANAGARI_RUN = re.compile(f"[{_BLOCK}]+")
# a blank line: the end of a paragraph, which no name, list or punishment runs across (a long
# text is read in stretches cut there)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")


def devanagari_paragraphs(
    text: str, low: int = 0, high: int | None = None
) -> list[tuple[int, int]]:
    """The paragraphs of *text* between *low* and *high* (cut at blank lines, and at *low* and
    *high*) that hold a Devanagari letter, as (start, end): the only places a Hindi or Marathi
    name, list or punishment can be. Linear: each paragraph is found once, from the first
    Devanagari run in it, and the breaks before it are read once."""
    end = len(text) if high is None else high
    spans: list[tuple[int, int]] = []
    position = low
    while (run := _DEVANAGARI_RUN.search(text, position, end)) is not None:
        start = max(
            (found.end() for found in _PARAGRAPH_BREAK.finditer(text, position, run.start())),
            default=position,
        )
        following = _PARAGRAPH_BREAK.search(text, run.end(), end)
        stop = following.start() if following else end
        spans.append((start, stop))
        position = stop
    return spans


# the Devanagari digits, U+0966 to U+096F
_DIGITS = str.maketrans("".join(chr(0x0966 + d) for d in range(10)), "0123456789")
_DIGIT = r"[0-9\u0966-\u096f]"
# No letter of either script right before a word, and no Devanagari letter or vowel sign right
# after it: Python's ``\b`` takes a vowel sign ("ा", "ो") for a word's end, so it is not used.
# a letter or a vowel sign of the block, not its dandas or digits
_LETTER = "\u0900-\u0963\u0970-\u097f"
_START = rf"(?<![{_BLOCK}A-Za-z0-9])"
_END = rf"(?![{_BLOCK}])"
# … and a section's letter ends at a danda too ("धारा 67ब।", "67बी।": 67B at a sentence's end;
# review 2026-12-27a M3)
_LETTER_END = rf"(?![{_LETTER}])"


# how far back from an Act's name a list before it may start ("67 बी, 67 ए, 66 ई आईटी एक्ट")
_BEFORE_ACT_REACH = 40
# how far back from such a list a case's number word may stand ("मु0अ0सं0 45/23", "अपराध क्र.
# 112/23")
_NUMBERED_REACH = 16
# what may follow a word of ``DevanagariWords.used_under`` ("के तहत", "में"): no letter or vowel
# sign of a longer word, but a danda, a digit or punctuation
_USED_UNDER_END = r"(?![\u0900-\u0963\u0970-\u097f])"


@dataclass(frozen=True, slots=True)
class SectionList:
    """A list of section numbers after "धारा" (or, continuing a list after its Act, after a
    join: "… भादवि व 3/4 पॉक्सो एक्ट"): where it is, where its introducing word starts, and
    each number as the English reader writes one, with its place and what joined it to the one
    before: "word" ("व", "और"), "range" ("से", "ते": "धारा 66 से 67बी"), "," or "/" ("" for
    the first)."""

    start: int
    end: int
    keyword_start: int
    numbers: tuple[tuple[int, int, str, str], ...]
    cut: bool = False
    """Whether the list was cut before a number that counts something ("3 अन्य धाराओं", "15
    दिन"): no Act after it is the list's."""


def _alternation(
    words: Iterable[str], swaps: Sequence[str] = (), swap_before: Iterable[str] = ()
) -> str:
    """The words, longest first, each space matching any run of one or two spaces and each
    virama ("्") allowing a zero-width joiner or non-joiner after it, as many Hindi sites print
    ("एक्‍ट"); a word of *swaps* standing alone matches any of them ("का" or "के") in an entry
    whose last word is one of *swap_before* ("… संरक्षण अधिनियम"), or in another entry where one
    of them follows it ("… बच्चों के संरक्षण कानून", the entry "… बच्चों का संरक्षण"; reviews
    2027-01-04a H2, 04b H8)."""
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    swapped = "(?:" + "|".join(re.escape(swap) for swap in swaps) + ")"
    last_words = frozenset(swap_before)
    after = rf"(?=\s{{1,2}}(?:{_alternation(last_words)})(?![{_BLOCK}]))" if last_words else "(?!)"

    def spelt(w: str, swapping: bool) -> str:
        return r"\s{1,2}".join(
            swapped
            if swapping and part in swaps
            else re.escape(part).replace("\u094d", "\u094d[\u200c\u200d]?")
            for part in w.split()
        )

    def entry(w: str) -> str:
        if not swaps or not set(w.split()) & set(swaps):
            return spelt(w, False)
        if w.split()[-1] in last_words:
            return spelt(w, True)
        return f"(?:{spelt(w, False)}|{spelt(w, True)}{after})"

    return "|".join(entry(w) for w in ordered) or "(?!)"


class DevanagariReader:
    """Finds the Acts a Devanagari text names (:meth:`acts`) and its lists of sections
    (:meth:`lists`), with the words of *words*; with *marathi*, a section's Devanagari letter is
    read by the Marathi alphabet ("६७ (ब)" is 67B), not the Hindi one ("354क" is 354A)."""

    def __init__(
        self,
        words: DevanagariWords,
        marathi: bool = False,
        replaced_years: Mapping[str, frozenset[int]] | None = None,
    ) -> None:
        self.words = words
        self.marathi = marathi
        # the years of earlier Acts of an Act's name it repealed (``NamedAct.replaced_years``):
        # "किशोर न्याय (…) अधिनियम 2000" is the Act of 2000, which lawref does not know
        self.replaced_years = replaced_years or {}
        alphabet = words.marathi_letters if marathi else words.hindi_letters
        self.tables = (
            {k: v.upper() for k, v in words.letters.items()},
            {k: v.upper() for k, v in alphabet.items()},
        )
        self.letters = {**self.tables[0], **self.tables[1]}
        # the Marathi alphabet's letters that are no Hindi letter ("अ", "ब", "ड"): in brackets
        # or quotes a section's letter in any Devanagari text ("६७ (ब)" is 67B, "५ (फ)" 5(f))
        self.marathi_only = {
            k: v.upper() for k, v in words.marathi_letters.items() if k not in words.hindi_letters
        }
        self.bracket_tables = (
            {k: v.upper() for k, v in {**words.bracket_letters, **words.letters}.items()},
            self.tables[1],
            self.marathi_only,
        )
        self.bracket_letters = {**self.bracket_tables[0], **self.bracket_tables[1]}
        names = {name: act for act, listed in words.act_names.items() for name in listed}
        misnomers = {name: act for act, listed in words.act_misnomers.items() for name in listed}
        names.update(misnomers)
        self.genitives = words.name_genitives
        self.act_words = frozenset(words.act_words)
        self.not_an_act_after = (
            re.compile(rf"\s{{1,2}}(?:{_alternation(words.act_name_not_before)}){_END}")
            if words.act_name_not_before
            else None
        )
        self.misnamed = frozenset(self.key(name) for name in misnomers)
        # a name that needs its Act word ("माहिती तंत्रज्ञान कायद्याच्या"), one pattern of the
        # two alternations (not every pair spelt out: a long alternation is slow to try)
        self.stem_of = {
            self.key(stem): act for act, stems in words.act_stems.items() for stem in stems
        }
        self.stem_pattern = re.compile(
            rf"{_START}(?P<name>(?:{_alternation(self.stem_of)})\s{{1,2}}"
            rf"(?:{_alternation(words.act_words)})){_END}"
        )
        self.act_of = {self.key(name): act for name, act in names.items()}
        act_word = _alternation(words.act_words)
        # a short name that names the Act only right before "धारा" or "कलम" ("IT कलम 67")
        led = {name: act for act, listed in words.section_led_names.items() for name in listed}
        self.act_of.update({self.key(name): act for name, act in led.items()})
        # "IT कलम 67", "आईटी की धारा 67": the name, one of ``links`` at most, then "धारा"
        link = rf"(?:(?:{_alternation(words.links)}){_END}\s{{1,2}})?" if words.links else ""
        self.led_pattern = re.compile(
            rf"{_START}(?P<name>{_alternation(led)})(?=\s{{1,2}}{link}"
            rf"(?:{_alternation(words.section_words)}){_END})"
        )
        # a name, then "Act" where the name left it out ("पॉक्सो एक्ट"), then a year
        # (Marathi glues "of" or "under" to a name: "पोक्सोच्या", "भा.दं.सं.च्या")
        suffix = rf"(?:{_alternation(words.name_suffixes)})?" if words.name_suffixes else ""
        if words.name_suffixes_before_sections:
            # ("पोक्सोमधील कलम ६, १४": "-मधील", of, only right before a section word)
            sections = _alternation(words.section_words)
            suffix = (
                rf"(?:{_alternation(words.name_suffixes)}"
                rf"|(?:{_alternation(words.name_suffixes_before_sections)})"
                rf"(?=\s{{1,2}}(?:{sections}){_END}))?"
            )
        self.act_pattern = re.compile(
            rf"{_START}(?P<name>{_alternation(names, self.genitives, words.act_words)})"
            rf"{suffix}{_END}"
            rf"(?P<actword>\s{{1,2}}(?:{act_word}){_END})?"
            rf"(?:[,-]?\s?(?P<year>(?:19|20|१९|२०)\d\d)(?!\d))?"
        )
        # one or two letters of one table: "एबी", "कख"; not "एक" or "कई" (words)
        letter = "|".join(f"(?:{_alternation(table)}){{1,2}}" for table in self.tables)
        inner = "|".join(f"(?:{_alternation(table)}){{1,2}}" for table in self.bracket_tables)
        quoted = f"{letter}|{_alternation(self.marathi_only)}"
        # (or apart from them, "कलम 67 अ नुसार", where a short text is not told Marathi: a letter
        # standing alone is no Hindi word, and dropping it reads s.67 for s.67A, review
        # 2027-01-03c H7; before a full stop too, which ends its sentence, "… कलम 67 अ.
        # सांगते.", an initial right after a section's number being rarer, 03d M2)
        glued = (
            rf"\s?-?\s?(?:{_alternation(self.marathi_only)}){_LETTER_END}(?!-[{_BLOCK}])"
            if not marathi
            else "(?!)"
        )
        # in Marathi, "इ." is et cetera ("५०९ इ." is 509), not section 509E
        stop = (
            "(?!(?:" + "|".join(f"(?<={re.escape(a)})" for a in words.marathi_et_cetera) + r")\.)"
            if marathi and words.marathi_et_cetera
            else ""
        )
        # (not two letters with a full stop between, "376(डी.बी)": they made sections that do not
        # exist, "376(ए.के)"; review 2027-01-04c H8)
        bracket = rf"\s?\((?:{_DIGIT}{{1,2}}|[A-Za-z]{{1,4}}|{inner})\)"
        # the names of Latin letters glued to the digits beyond those ``letters`` holds ("धारा
        # 5एम/6", 5M: POCSO's 5(m); "5आई", 5(i); survey of unseen pages, 2027-01-04), not those
        # that are words (``not_glued_letters``: "धारा 4के तहत")
        self.glued_names = {
            k: v.upper()
            for k, v in words.bracket_letters.items()
            if k not in words.not_glued_letters
        }
        glued_name = (
            rf"|(?:{_alternation(self.glued_names)}){_LETTER_END}(?![.\-][{_BLOCK}])"
            if self.glued_names
            else ""
        )
        number = (
            # a letter, not the first of a hyphened word or of initials ("67 ई-मेल", "506
            # ए.के. सिंह": sections 67 and 506)
            rf"{_DIGIT}{{1,3}}(?:\s?-?\s?(?:{letter}){_LETTER_END}(?![.\-][{_BLOCK}]){stop}"
            # a letter in quotes, a suffix glued after them ("६७ 'अ'नुसार", under 67A)
            rf"|\s?[\u2018'\u201c\"](?:{quoted})[\u2019'\u201d\"]"
            # a Marathi-only letter glued to the digits or apart, in any Devanagari text ("कलम
            # 67ब" is 67B, not s.67 with its letter lost; review 2026-12-26b)
            rf"|{glued}"
            rf"|-?[A-Za-z]{{1,2}}(?![A-Za-z])"
            rf"{glued_name}"
            # (or one capital apart, "धारा 66 E के अंतर्गत": 66E; not an initial, "67 A.K.", nor
            # a short name, "67 IT एक्ट"; survey of unseen pages, 2027-01-04)
            rf"|\s[A-Z](?![A-Za-z.\-]))?"
            rf"(?:{bracket})*"
        )
        range_words = _alternation(words.range_joins) if words.range_joins else "(?!)"
        # (a comma before the last join, "धारा 67, 67A, और 67B", is that join: the last
        # section was lost; survey of unseen Hindi pages, 2027-01-09)
        self.join = re.compile(
            rf"\s?(?:(?:,\s?)?(?P<word>{_alternation(words.joins)}){_END}|,|/"
            rf"|(?<=\s)(?P<range>{range_words}){_END})\s?"
        )
        join = (
            rf"\s?(?:(?:,\s?)?(?:{_alternation(words.joins)}){_END}|,|/"
            rf"|(?<=\s)(?:{range_words}){_END})\s?"
        )
        # right after a section word ("धारा", "कलम" …) only, a number may be a word ("धारा छह"),
        # unless a count follows it
        self.number_values = dict(words.section_number_words)
        count_after = (
            rf"(?!\s{{1,2}}(?:{_alternation(words.not_section_stems)}"
            rf"|(?:{_alternation(words.not_section_words)}){_END}))"
        )
        # a list is of digits or of words, never both: a word after "6 व" counts something
        # ("कलम 6 व तीन साथीदारांवर": three accomplices; review 2026-12-15a H4)
        in_words = (
            rf"(?:{_alternation(self.number_values)}){_END}{count_after}"
            if self.number_values
            else "(?!)"
        )
        listed = rf"(?:{number}|{in_words})"
        # a word after a join only where the list ends right after it: another join, an Act's
        # word or name, "के तहत", "अन्वये", punctuation ("धारा 4 और छह के तहत", "धारा सात और आठ
        # पॉक्सो एक्ट के तहत"; not "कलम सहा व तीन साथीदारांवर", three accomplices: reviews
        # 2026-12-15b H11, 15c M-a)
        counted_after = (
            # ("के मामले", the plural: not "का मामला", the case under them; 16c)
            rf"(?:\s{{1,2}}(?:{act_word}){_END})?\s{{1,2}}(?:{_alternation(words.counted_links)})"
            rf"{_END}\s{{1,2}}(?:{_alternation(words.counted_after_act)})"
        )
        # (what may end a list, without the lookahead that holds it: ``ends`` and ``list_end``
        # open it, and ``spaced`` below adds its own first alternative)
        ends_body = (
            rf"\s?(?:,|/|(?:{_alternation(words.joins)}){_END})"
            rf"|\s{{1,2}}(?:{_alternation(words.used_under)}|{_alternation(words.cited_words)}"
            rf"|{_alternation(words.act_words)}){_END}"
            # an Act's name, unless cases are counted after it ("तीन पॉक्सो एक्ट के मामले", three
            # POCSO Act cases; review 2026-12-16b M-a)
            rf"|\s{{1,2}}(?:{_alternation(names, self.genitives, words.act_words)}){suffix}{_END}"
            rf"(?!{counted_after})"
        )
        ends = f"(?={ends_body}"
        list_end_body = rf"{ends_body}|\s?[\u0964.,;:)]|\s*\Z)" if self.number_values else ""
        list_end = f"(?={list_end_body}" if self.number_values else ""
        # a lettered section's next letter written alone ("धारा 67ए/बी आईटी एक्ट", "354 ए, बी
        # भादवि": 67B, 354B), where the list ends after it as a word's list does, but not at a
        # full stop (Marathi's "इ." is et cetera); read only after a lettered section, and
        # later in the alphabet (``_read``)
        one_letter = "|".join(_alternation(table) for table in self.tables)
        self.letter_alone = re.compile(
            rf"(?<![{_LETTER}])(?:{one_letter}){_LETTER_END}(?![.\-][{_BLOCK}])"
        )
        alone = rf"{self.letter_alone.pattern}{ends}|\s?[\u0964;:)]|\s*\Z)"
        # a number after a space alone, as police notes list sections ("धारा 67(क) 67(ख) के
        # तहत", "धारा 13 14 15 में", "धारा 354(क) 509 भादवि"): only digits then, no year, and
        # only where the list goes on or ends right after it (not "धारा 376 2 साल", "धारा 302
        # 10 दिसंबर को"; left open in the note of 2027-01-10)
        # (… or ends at one of ``spaced_list_ends``: "धारा 13 14 15 लगाई")
        spaced = (
            rf"\s(?={_DIGIT})(?!{_DIGIT}{{4}}){number}(?=\s{_DIGIT}"
            rf"|\s{{1,2}}(?:{_alternation(words.spaced_list_ends)}){_END}|{list_end_body}"
            if self.number_values
            else "(?!)"
        )
        # where a list with a number joined by a space alone must end: an Act's word or name,
        # "के तहत", "में", a danda, a bracket, a stop not before a digit, the text's end; not a
        # join, a comma, a count or a date ("धारा 376 2 और आरोपियों", "धारा 67बी 15, 16 और 17
        # वर्ष की", "धारा 67 10.12.2023 को": review 2027-01-11b M1, M2)
        self.spaced_end = re.compile(
            rf"\s{{1,2}}(?:{_alternation(words.used_under)}|{_alternation(words.cited_words)}"
            rf"|{_alternation(words.act_words)}){_END}"
            rf"|\s{{1,2}}(?:{_alternation(names, self.genitives, words.act_words)}){suffix}{_END}"
            rf"(?!{counted_after})"
            # (or one of ``spaced_list_ends``, or a comma and an Act's name: "धारा 13 14 15
            # लगाई", "धारा 376 506, पॉक्सो एक्ट की धारा 4"; review 2027-01-11d M2)
            rf"|\s{{1,2}}(?:{_alternation(words.spaced_list_ends)}){_END}"
            rf"|\s?,\s?(?:{_alternation(names, self.genitives, words.act_words)}){suffix}{_END}"
            # (or another "धारा" list after a comma: "धारा 67(क) 67(ख), धारा 354 भादवि")
            rf"|\s?,?\s?(?:{_alternation(words.section_words)}){_END}"
            # (or a join and an Act's name: "धारा 67(क) 67(ख) और आईटी एक्ट के तहत")
            rf"|\s?(?:{_alternation(words.joins)}){_END}\s{{1,2}}"
            rf"(?:{_alternation(names, self.genitives, words.act_words)}){suffix}{_END}"
            rf"|\s?[\u0964;)]|\s?[.:](?!\s?{_DIGIT})|\s*\Z"
        )
        # an Act's name right after a list (its numbers may be that Act's, as a later Act's)
        self.act_after_list = re.compile(
            rf"\s?,?\s{{0,2}}(?:{_alternation(names, self.genitives, words.act_words)})"
            rf"{suffix}{_END}"
        )
        self.list_pattern = re.compile(
            rf"{_START}(?P<keyword>{_alternation(words.section_words)}){_END}[\s:-]{{0,3}}"
            rf"(?P<list>{listed}(?:{join}(?:{number}|{in_words}{list_end}|{alone})|{spaced})*)"
            rf"(?!{_DIGIT})"
        )
        # a list that continues after an Act with no "धारा": ", 4/6 पॉक्सो एक्ट", "व 3/4 …"
        # (or with nothing between, as police notes write it: "धारा 354 भादवि 7/8 पॉक्सो एक्ट";
        # such a list is read only before another Act's name)
        # (and numbers joined by a space alone: "धारा 363 366 376 भादवि एवं 4 6 पॉक्सो एक्ट";
        # review 2027-01-11b M3)
        self.continuation = re.compile(
            rf"\s?(?:(?:,|(?:{_alternation(words.joins)}){_END})\s?)?"
            rf"(?P<list>{number}(?:{join}{number}|\s(?={_DIGIT})(?!{_DIGIT}{{4}}){number})*)"
            rf"(?!{_DIGIT})"
        )
        # a list right after an Act's name, with no "धारा": "आईटी एक्ट 67बी", "आईटी एक्ट-67 बी",
        # "आईपीसी 354 डी और 509"
        self.after_act_pattern = re.compile(
            rf"\s?-?\s?(?P<list>{number}(?:{join}{number})*)(?!{_DIGIT})"
        )
        # a list right before an Act's name, with no "धारा": "67 बी आईटी एक्ट"
        self.before_act_pattern = re.compile(
            rf"(?<![{_BLOCK}A-Za-z0-9\u0966-\u096f])(?P<list>{number}(?:{join}{number})*)"
            r"\s{1,2}\Z"
        )
        # the case noun after an Act's name, the link before it and the word after it: "… 2
        # पॉक्सो एक्ट के मुकदमे दर्ज हैं" (two cases); its letters end at a danda too
        links = _alternation(words.links) if words.links else "(?!)"
        self.counted_after_act_pattern = (
            re.compile(
                rf"\s{{0,2}}(?:(?P<link>{_alternation(words.links)}){_END}\s{{1,2}})?"
                rf"(?P<noun>(?:{_alternation(words.counted_after_act)})[{_LETTER}]*)(?![{_LETTER}])"
                rf"(?:\s{{1,2}}(?P<next>(?:{_alternation(words.used_under)}|{links})"
                rf"(?![{_LETTER}])))?"
            )
            if words.counted_after_act and words.links
            else None
        )
        self.counted_links = frozenset(words.counted_links)
        self.links = frozenset(words.links)
        self.not_counted_nouns = frozenset(words.not_counted_nouns)
        self.counted_oblique = frozenset(words.counted_oblique)
        self.numbered_before = (
            re.compile(rf"(?:{_alternation(words.number_words)})[\s:.\-]{{0,3}}\Z")
            if words.number_words
            else None
        )
        self.item = re.compile(listed)
        self.list_item = re.compile(rf"{listed}|(?P<alone>{self.letter_alone.pattern})")
        self.keyword = re.compile(rf"(?:{_alternation(words.section_words)}){_END}")
        self.stop_after = re.compile(rf"\s{{0,2}}(?:{_alternation(words.stop_words)}){_END}")
        # between an Act named before a list and its "धारा": "Act", a short name in brackets
        # ("भारतीय दंड संहिता (IPC) की धारा"), the possessive
        self.gap_before = re.compile(
            rf"\)?\s{{0,2}}(?:(?:{act_word}){_END}\s{{0,2}})?"
            # the Act's year after a short name ("POCSO एक्ट 2012 के सेक्शन 14", "आईपीसी 1860 की
            # धारा 292")
            rf"(?:,?\s?(?:18|19|20|१८|१९|२०)\d\d\s{{0,2}})?(?:\([^()\n]{{1,20}}\)\s{{0,2}})?"
            rf"(?:(?:{_alternation(words.links)}){_END}\s{{0,2}})?"
        )
        self.gap_after = re.compile(r"\s{0,2}[,(]?\s{0,2}")
        # what follows a number after an Act's name that is no section: a count, a span, a
        # date, a court ("2 सालों", "3 दोषियों", "10 जनवरी", "3 की अदालत", "2 कोर्ट")
        self.not_a_section = re.compile(
            rf"\s{{0,2}}-?\s{{0,2}}(?:(?:{_alternation(words.not_section_stems)})"
            rf"|(?:{_alternation(words.not_section_words)}){_END})"
        )
        # a Marathi Act word that says "under" ("पोक्सो कायद्यान्वये", "…खाली", "…अंतर्गत"):
        # Marathi puts "कलम" before a section, so a bare number after it counts something ("…
        # १२ तरुणांची"), unless the number is cited ("… १२ अन्वये", "… १२ व १७ …")
        self.under_end = re.compile(rf"(?:{_alternation(words.under_endings)})\Z")
        self.cited_after = re.compile(
            rf"\s?(?:{_alternation(words.cited_words)}|(?:{_alternation(words.cited_joins)})\s|,|/)"
        )
        # a judge's post named with an Act ("विशेष न्यायाधीश पॉक्सो एक्ट 2"), or a court's name,
        # which no "के तहत", "के अंतर्गत" or "में" follows ("विशेष अदालत पॉक्सो एक्ट 6 के तहत …"
        # is a section)
        self.judge_before = re.compile(
            rf"(?:{_alternation(words.judge_words)})\s{{1,2}}(?:\(?\s?)?$"
        )
        self.court_before = re.compile(
            rf"(?:{_alternation(words.court_words)})\s{{1,2}}(?:\(?\s?)?$"
        )
        self.used_under = re.compile(
            rf"\s{{1,2}}(?:{_alternation(words.used_under)}){_USED_UNDER_END}"
        )
        self.marathi_markers = _word_pattern(words.marathi_markers)
        self.hindi_markers = _word_pattern(words.hindi_markers)

    def key(self, name: str) -> str:
        """*name* as the table of names holds it (``_key``), each of ``name_genitives`` standing
        alone written as the first of them ("बच्चों के संरक्षण अधिनियम" → "बच्चों का संरक्षण
        अधिनियम"); the pattern decides where they stand for each other (``_alternation``)."""
        return " ".join(
            self.genitives[0] if word in self.genitives else word for word in _key(name).split()
        )

    def is_marathi(self, text: str, low: int = 0, high: int | None = None) -> bool:
        """Whether *text* (between *low* and *high*) is Marathi: at least two of
        ``marathi_markers`` and more of them than of ``hindi_markers``."""
        spans = devanagari_paragraphs(text, low, high)
        marathi = sum(1 for a, b in spans for _ in self.marathi_markers.finditer(text, a, b))
        if marathi < 2:
            return False
        return marathi > sum(1 for a, b in spans for _ in self.hindi_markers.finditer(text, a, b))

    @staticmethod
    def present(text: str, low: int = 0, high: int | None = None) -> bool:
        """Whether *text* (between *low* and *high*) has a Devanagari letter at all."""
        end = len(text) if high is None else high
        return _HAS_DEVANAGARI.search(text, low, end) is not None

    def acts(
        self, text: str, low: int = 0, high: int | None = None
    ) -> list[tuple[int, int, str, bool, int | None]]:
        """Where *text* names an Act in Devanagari: start, end, the Act's id, whether the name
        is one of ``act_misnomers``, and the year of an earlier Act of its name that the Act
        repealed, where the name is given that year ("किशोर न्याय (…) अधिनियम 2000": the Act of
        2000, which lawref does not know; ``replaced_years``), else None."""
        found: list[tuple[int, int, str, bool, int | None]] = []
        for begin, end in devanagari_paragraphs(text, low, high):
            for pattern in (self.act_pattern, self.led_pattern):
                for match in pattern.finditer(text, begin, end):
                    key = self.key(match["name"])
                    act = self.act_of.get(key)
                    if (
                        self.not_an_act_after is not None
                        and match.groupdict().get("actword") is None
                        and key.split()[-1] not in self.act_words
                        and self.not_an_act_after.match(text, match.end())
                    ):
                        # "पॉक्सो नियम": the Rules, "… विधेयक": a Bill (not after a word for Act:
                        # "आईटी एक्ट नियमों के उल्लंघन पर …"; review 2027-01-04c M2)
                        continue
                    year = match.groupdict().get("year")
                    replaced = (
                        int(year)
                        if year is not None and int(year) in self.replaced_years.get(act or "", ())
                        else None
                    )
                    if act is not None:
                        found.append(
                            (match.start(), match.end(), act, key in self.misnamed, replaced)
                        )
            named = [(entry[0], entry[1]) for entry in found]
            for match in self.stem_pattern.finditer(text, begin, end):
                stem = self.key(match["name"]).rsplit(" ", 1)[0]
                act = self.stem_of.get(stem)
                # (a name read already over the same words is not read twice: "IT एक्ट" is a
                # name, and "IT" a stem before "कायद्याच्या")
                if act is not None and not any(
                    a < match.end() and match.start() < b for a, b in named
                ):
                    found.append((match.start(), match.end(), act, False, None))
        found.sort()
        return found

    def lists(self, text: str, low: int = 0, high: int | None = None) -> list[SectionList]:
        """The lists of section numbers after "धारा" in *text*, each number written as the
        English reader writes one ("67बी" → "67B", "(ख)" → "(b)", "६७" → "67")."""
        return [
            self._read(text, match.start(), match.start("list"), match.end("list"))
            for begin, end in devanagari_paragraphs(text, low, high)
            for match in self.list_pattern.finditer(text, begin, end)
        ]

    def opens_list(self, text: str, at: int, high: int) -> bool:
        """Whether the words at *at*, right after an Act's name, open its own list ("… की
        धारा 6"): that Act is not the one a list before it was read against."""
        gap = self.gap_before.match(text, at, high)
        return gap is not None and self.keyword.match(text, gap.end(), high) is not None

    def after_act(self, text: str, at: int, high: int) -> SectionList | None:
        """The list right after an Act's name at *at*, with no "धारा", that opens with a number
        with a section's letter ("आईटी एक्ट 67बी", "आईपीसी 354 डी और 509"), or None (a plain
        number is the English reader's), and none with a year."""
        match = self.after_act_pattern.match(text, at, high)
        if match is None:
            return None
        found = self._read(text, at, match.start("list"), match.end("list"))
        if not found.numbers:
            return None
        if all(text[n[0] : n[1]].translate(_DIGITS).isdigit() for n in found.numbers):
            # plain numbers after an Act's name are left to the English reader's list after an
            # Act ("पॉक्सो एक्ट 3/4 में", "आईपीसी 376 और पॉक्सो एक्ट 6 में"); a list with a
            # section's letter needs this one ("आईटी एक्ट 67बी", "67, 67ए": the English reader
            # reads 67)
            return None
        if any(len(number[2]) == 4 and number[2].isdigit() for number in found.numbers):
            return None  # "…/2023": a year
        return found

    def before_act(self, text: str, at: int, low: int) -> SectionList | None:
        """The list right before an Act's name at *at*, with no "धारा", in which a number has
        a section's letter ("67 बी आईटी एक्ट", "354ए, 509 भादवि") or two numbers are joined by
        "/" ("3/4 पॉक्सो एक्ट"), or None: a plain number before an Act's name counts its cases
        as often ("5 पॉक्सो एक्ट के मामले")."""
        match = self.before_act_pattern.search(text, max(low, at - _BEFORE_ACT_REACH), at)
        if match is None:
            return None
        found = self._read(text, match.start("list"), match.start("list"), match.end("list"))
        if self.plain(text, found):
            if not any(n[3] == "/" for n in found.numbers):
                return None  # a pair "3/4" is sections ("3/4 पॉक्सो एक्ट के तहत"), never a count
            numbered = (
                self.numbered_before.search(
                    text, max(low, match.start("list") - _NUMBERED_REACH), match.start("list")
                )
                if self.numbered_before is not None
                else None
            )
            if numbered is not None and not self.keyword.search(
                text, max(low, numbered.start() - 8), numbered.start()
            ):
                # "मु0अ0सं0 45/23 पॉक्सो एक्ट": a case's number and its year; not "धारा संख्या
                # 3/4" (section no. 3/4; review 2026-12-10b M11)
                return None
        return found

    @staticmethod
    def plain(text: str, found: SectionList) -> bool:
        """Whether every number of *found* is plain digits, with no section's letter."""
        return all(text[n[0] : n[1]].translate(_DIGITS).isdigit() for n in found.numbers)

    def counts_after_act(self, text: str, at: int, high: int) -> bool:
        """Whether the words right after an Act's name, ending at *at*, make plain numbers
        before it a count of cases (``counted_after_act``: "2 पॉक्सो एक्ट के मुकदमे")."""
        pattern = self.counted_after_act_pattern
        match = pattern.match(text, at, high) if pattern is not None else None
        if match is None:
            return False
        if match["link"] is not None and match["link"] not in self.counted_links:
            return False  # "4 पॉक्सो एक्ट का मामला दर्ज": the case under s.4 (review 10a M8)
        if match["noun"] in self.not_counted_nouns:
            return False  # the singular "मामला", "मुकदमा": one case, under the section
        following = match["next"]
        if following is None:
            return True
        if following in self.links:
            return False  # "4 पॉक्सो एक्ट के मामले की सुनवाई": the case's hearing, under s.4
        # "… के मामले में" (in the case under …; review 2026-12-09b H3), but "12 पॉक्सो एक्ट के
        # मामलों में" (in twelve cases) counts
        return match["noun"] in self.counted_oblique

    def counted_after(self, text: str, start: int, at: int, high: int) -> bool:
        """Whether the number right after an Act's name (from *start* to *at*) is no section:
        it counts something, dates or names ("पॉक्सो एक्ट 3 आरोपियों", "2 सालों", "10 जनवरी",
        "3 की अदालत": one of ``stop_words``, ``not_section_stems`` or ``not_section_words``
        after it), or the Act names a judge's post ("विशेष न्यायाधीश पॉक्सो एक्ट 2 …"), or a
        court's, with no "के तहत" or "में" after the number ("अपर सत्र न्यायालय पॉक्सो एक्ट 3 ने
        …"; not "विशेष अदालत पॉक्सो एक्ट 6 के तहत दोषी …")."""
        match = self.after_act_pattern.match(text, at, high)
        if match is None:
            return False
        item = self.item.match(text, match.start("list"), match.end("list"))
        if item is None:
            return False
        if self.stop_after.match(text, item.end()) or self.not_a_section.match(text, item.end()):
            return True
        if self.under_end.search(text, start, at):
            cited = self.cited_after.match(text, item.end())
            if cited is None:
                return True  # "पोक्सो कायद्यान्वये १२ तरुणांची चौकशी": a count, not s.12
            joined = self.item.match(text, cited.end())
            if joined is not None and (
                self.not_a_section.match(text, joined.end())
                or self.stop_after.match(text, joined.end())
            ):
                return True  # "… कायद्यान्वये १२ व १४ वर्षांच्या मुलींवर": ages, not sections
        if self.judge_before.search(text, max(0, start - 25), start) is not None:
            return True
        return (
            self.court_before.search(text, max(0, start - 25), start) is not None
            and self.used_under.match(text, item.end()) is None
        )

    def continued(self, text: str, at: int, high: int) -> SectionList | None:
        """The list that continues at *at*, right after an Act ("… भादवि व 3/4 पॉक्सो एक्ट",
        "… भादवि, 4/6 पॉक्सो"), or None."""
        match = self.continuation.match(text, at, high)
        if match is None:
            return None
        return self._read(text, at, match.start("list"), match.end("list"))

    def _read(self, text: str, keyword: int, low: int, high: int) -> SectionList:
        """The numbers of the list between *low* and *high*, cut before a number that counts
        something ("धारा 376 और 3 अन्य धाराओं", "67बी व 15 दिन की रिमांड")."""
        numbers: list[tuple[int, int, str, str]] = []
        previous = low
        cut = False
        first_spaced: int | None = None
        for item in self.list_item.finditer(text, low, high):
            plain = item.group().translate(_DIGITS).isdigit() or item.group() in self.number_values
            if numbers and plain and self.stop_after.match(text, item.end()):
                cut = True  # "धारा 376 और 3 अन्य धाराओं": a count; never the first number
                break
            join = self.join.match(text, previous, item.start()) if numbers else None
            latin = self._latin_item(item, numbers[-1][2] if numbers else None)
            if latin is None:
                continue
            spaced = join is None and bool(numbers) and text[previous : item.start()].isspace()
            if spaced and first_spaced is None:
                first_spaced = len(numbers)
            kind = (
                ("," if spaced else "")
                if join is None
                else "range"
                if join["range"]
                else "word"
                if join["word"]
                else join.group().strip()
            )
            numbers.append((item.start(), item.end(), latin, kind))
            previous = item.end()
        if first_spaced is not None and (
            cut or self.spaced_end.match(text, numbers[-1][1]) is None
        ):
            # a number joined by a space alone is a section only in a list that ends as a list
            # of sections does, not one cut before a count: else the list ends before it (a
            # count, a date, an amount)
            numbers = numbers[:first_spaced]
        elif first_spaced is not None and not self.act_after_list.match(text, numbers[-1][1]):
            # one digit after a section of three, a space alone between, is its sub-section
            # ("धारा 376 2 का मामला": s.376(2)), unless an Act's name after the list may take
            # it ("धारा 376 6 पॉक्सो एक्ट"; review 2027-01-11b L4, 11d)
            for at in range(max(first_spaced, 1), len(numbers)):
                if (
                    numbers[at][3] == ","
                    and text[numbers[at - 1][1] : numbers[at][0]].isspace()
                    and numbers[at][2].isdigit()
                    and len(numbers[at][2]) == 1
                    and numbers[at - 1][2].isdigit()
                    and len(numbers[at - 1][2]) == 3
                ):
                    numbers = numbers[:at]
                    break
        end = numbers[-1][1] if numbers else low
        return SectionList(keyword, end, keyword, tuple(numbers), cut)

    def _latin_item(self, item: re.Match[str], before: str | None) -> str | None:
        """An item of a list as the English reader writes it (:meth:`latin`); a letter alone
        as the next letter of the lettered section *before* ("67ए/बी": 67B), or None where none
        is before it or its letter is not later in the alphabet."""
        if item.lastgroup != "alone":
            return self.latin(item.group())
        lettered = re.fullmatch(r"(\d+)([A-Z])", before or "")
        letter = _spell(_unjoined(item["alone"]), self.tables)
        if lettered is None or letter is None or letter.upper() <= lettered[2]:
            return None
        return lettered[1] + letter.upper()

    def latin(self, number: str) -> str:
        """A number as the English reader writes one: ASCII digits, a section's letters after
        its digits as capitals ("67बी", "67 बी" → "67B", "376एबी" → "376AB"), a letter in
        brackets as a clause ("(ख)" → "(b)", "(एन)" → "(n)")."""
        value = self.number_values.get(number)
        if value is not None:
            return str(value)  # "छह": 6
        # a letter in quotes is read as one in brackets ("६७ 'अ'" as "६७ (अ)")
        number = re.sub(
            r"\s?[\u2018'\u201c\"]([^\u2019'\u201d\"]+)[\u2019'\u201d\"]", r" (\1)", number
        )
        number = _unjoined(number).translate(_DIGITS)
        head = re.match(r"\d+", number)
        assert head is not None
        rest = number[head.end() :]
        out = head.group()
        latin = re.match(r"\s?-?\s?([A-Za-z]{1,2})(?![A-Za-z])", rest)
        if latin is not None:
            out += latin[1].upper()
            rest = rest[latin.end() :]
        else:
            attached = re.match(r"\s?-?\s?([^\s(\d-][^\s(]*)", rest)
            if attached is not None:
                letters = _spell(attached[1], self.tables)
                if letters is None:
                    # "67ब", "67 अ": a Marathi-only letter, glued or apart, 67B, 67A (the
                    # pattern takes it apart only where no Devanagari letter follows it)
                    letters = self.marathi_only.get(attached[1])
                if letters is None and attached.start(1) == 0:
                    letters = self.glued_names.get(attached[1])  # "5एम": 5M, glued only
                if letters is not None:
                    out += letters.upper()
                    rest = rest[attached.end() :]
        for index, part in enumerate(re.finditer(r"\(([^()]*)\)", rest)):
            inner = part[1].strip()
            spelled = _spell(inner, self.bracket_tables)
            roman = spelled is not None and set(spelled.upper()) <= set("IVX")
            if (
                index == 0
                and out.isdigit()
                and spelled is not None
                and (inner in self.marathi_only or (self.marathi and inner in self.tables[1]))
            ):
                # one letter of the Marathi alphabet: a section's letter or a clause, as "(B)"
                # is in English ("कलम ६७ (ब)" is 67B, "५ (फ)" 5(f): the Act's data decides)
                out += f"({spelled.upper()})"
            elif (
                index == 0
                and out.isdigit()
                and spelled is not None
                and len(spelled) == 2
                and not roman
            ):
                # "376 (डीबी)": two letters are a section's, as "(DB)"
                out += spelled.upper()
            else:
                out += f"({spelled.lower() if spelled is not None else inner})"
        return out


def _word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of *words* as a word of its own (no Devanagari letter or sign on either side)."""
    return re.compile(rf"{_START}(?:{_alternation(words)}){_END}")


def _key(name: str) -> str:
    """A name as the table of names holds it: single spaces, no zero-width joiners."""
    return " ".join(_unjoined(name).split())


def _unjoined(text: str) -> str:
    return text.replace("\u200c", "").replace("\u200d", "")


def _spell(written: str, tables: tuple[dict[str, str], ...]) -> str | None:
    """*written* as Latin letters: one letter of any of *tables*, or two of one table ("एबी"
    → "AB"; "एक" and "कई", a Latin letter's name and a Hindi letter, are words), or None."""
    for letters in tables:
        if written in letters:
            return letters[written]
    for letters in tables:
        for size in range(1, len(written)):
            head, tail = written[:size], written[size:]
            if head in letters and tail in letters:
                return letters[head] + letters[tail]
    return None
