"""What the steps of the reference reader share: the patterns of a section's number, a list's
joins and keywords; ``ActName`` (an Act as a name in a text resolves to it) and ``ActMatch``
(where a text names it); section numbers (their base, order and variants), sub-sections, spans
and the words of a text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from lawref.analysis.unlisted_acts import ID_PREFIX as _UNLISTED
from lawref.statutes.phrases import extent_reached

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.statutes.book import Statutes


LETTERED_IN_FULL = "(its lettered sections are recorded in full)"
"""The words that end the flag of a lettered number an Act lacks, as a section and as a clause,
where its lettered sections are recorded in full ("BNS has no section 354C (its lettered
sections are recorded in full)")."""

CLAUSES_IN_FULL = "(its sections' clauses are recorded in full)"
"""The words that end the flag of a clause an Act's section lacks, where the Act's data records
its sections with clauses and their last lettered clauses ("BNS s.304 has no clause (b): the
section has no clauses (its sections' clauses are recorded in full)")."""

LAST_CLAUSE_RECORDED = "(the section's last clause is recorded)"
"""The words that end that flag where the Act's data records the section's last lettered clause
but not every section's ("POCSO Act s.9 has no clause (w): its lettered clauses end at (v) (the
section's last clause is recorded)")."""

PREDECESSOR_NUMBER = "read as no section of "
"""How the note opens on a lettered number an Act lacks that the Act it replaced has ("Section
326A of the BNS": the IPC's acid attack, or a clause of BNS s.326 misprinted): no difference is
claimed, and the number is neither carried into the Act nor placed in it in a list."""

# A section number as reports write it: 67B, 67 B, 67-B, 67 (B), 15(1), 294 (2) (a), 11(iv).
# Capitals after a space that begin an Act's name on the same line ("67 IT Act", "75 JJ Act", "67
# I.T. Act") are not the section's letters (not across a line break: a text read in stretches,
# cut at blank lines, reads the same). A small letter after a space is one only where the list
# goes on or its Act follows ("376, 506 and 120 b of IPC"), or where a list read apart ends:
# "section 302 a day later" has none.
_LETTERS = (
    # (a hyphen, or, with no space either side, a dash a word processor put for one: "67B"
    # written with a non-breaking hyphen, U+2011, or an en dash, U+2013, which is no range of
    # sections before a letter; a spaced dash is punctuation, "Section 67 (dash) IT Act", review
    # 2027-01-08 H1)
    r"(?:\s?-\s?[A-Za-z]{1,2}\b|[\u2010-\u2013\u2212][A-Za-z]{1,2}\b|[A-Za-z]{1,2}\b(?!/[Ww]\b)"
    # (not the "R" of "R/W" or "R.W.", read with: "379 R/W 75"; review 2026-12-31c H2)
    # (nor, in a text in capitals, a word of two letters: "SECTIONS 302 AND 34 OF IPC",
    # "SECTION 66 AS PER …" name no s.34OF or s.66AS; review 2027-01-01a H3)
    r"|\s(?!RW\b)(?!(?-i:OF|IN|AS|AT|BY|TO|OR|ON|IS|NO|AN|IF|UP|SO|BE|HE|WE|IT|US|DO)\b)"
    r"(?-i:[A-Z]{1,2})\b(?!\.(?-i:[A-Z]))(?!\s?[/.&-]\s?[Ww]\b)"
    r"(?![.\w]*\.?[ \t]*(?:\((?i:amendment)\)\s*)?(?i:act)\b)"
    r"|\s(?-i:[a-z])\b(?=\s?(?:,|&|\)|\Z|(?:of|under|and|or|r/w|read)\b)))"
)

_BRACKET = r"\(\s?(?:\d{1,3}[A-Za-z]?|[A-Za-z]{1,2}|[ivxlIVXL]{1,5})\s?\)"

# (a number of four digits is no section: "(IT Act), 2000" names no section 200; review
# 2026-12-18a H2)
_CORE = rf"\d{{1,3}}(?!\d){_LETTERS}?(?:\s?{_BRACKET})*"

# A gloss reports put after a number: "Section 8 (sexual assault) of the POCSO Act". It holds a
# word of three letters or more that is not a roman numeral, which no sub-section or clause does.
#   … and, with no brackets, the part of a section of two limbs practitioners name ("506 Part II",
# "506 Part-II": IPC s.506's second limb, in FIR lists "354, 509, 506 Part II of the IPC")
_BRACKET_GLOSS = (
    r"\s?\((?=[^()\n]{0,240}?[A-Za-z]{3})(?![ivxlIVXL]{1,5}\))[^()\n]{3,240}\)"
    r"|[ \t](?i:part)(?:[ \t]?-[ \t]?|[ \t])(?:II|I|2|1)\b"
)
# … and, after a section keyword only, a title in title case with no brackets, right before a
# lower-case "of the" and an Act: "Section 77 Voyeurism of the Bharatiya Nyaya Sanhita",
# "Section 67B Publishing Child Pornography of the IT Act" (dev misses of 2026-12-27). At most
# six words, none an Act's own word, so "Section 8 Protection of Children …" and "Section 6
# Bhartiya Nyaya Sanhita" keep their Acts; never after a bare number, where the words count
# ("2 Provisions of the POCSO Act", "24 Special Courts of the POCSO Act"; review 2026-12-27b H1)
_TITLE_WORD = (
    r"(?!(?:Protection|Information|Indian|Juvenile|Bharatiya|Bhartiya|Bharatiy|Bhartiy|Nyaya"
    r"|Nagarik|Suraksha|Sakshya|Sanhita|Adhiniyam|Criminal|Code|Immoral|Indecent|Prevention"
    r"|Prohibition|Penal|Representation|Act|Acts|Section|Sections|Sec|Rules?)\b)"
    r"(?-i:[A-Z][a-z]{2,})"
)
_TITLE_GLOSS = (
    rf"[ \t]{_TITLE_WORD}(?:[ \t](?:{_TITLE_WORD}|(?-i:of|and|or|in|to|for|by|with))){{0,5}}"
    r"(?=(?-i:[ \t]of[ \t]the[ \t]))"
)
# … and, after a section keyword, a relative clause that says what the sections deal with, right
# before "of the" and an Act: "Sections 67 and 67(A) which deals with publishing or transmitting
# obscene material in electronic form of the Information Technology (IT) Act, 2000" (survey of
# unseen English pages, 2027-01-12: the Act was lost). At most 120 characters, no bracket,
# sentence mark or other section between, and no afterthought or second verb (", a crime also
# of the Indian Penal Code", ", punishable under provisions of", "besides a similar provision
# of", "and was replaced by a new provision of the BNS"; reviews 2027-01-12a H3, 12c H5, 12e
# H3): a comma only before a list's next act ("publishing, browsing or transmitting"); the
# "of the" must open an
# Act's name (the reader reads the name after it as it reads any "of the …": no Act there, none
# is taken)
_RELATIVE_GLOSS = (
    r",?[ \t](?-i:which|that)[ \t](?:deals?|relates?|pertains?|refers?|provides?)[ \t]"
    r"(?:with|to|for)[ \t](?:(?![Ss]ections?\b)(?!\b(?:besides|similar|unlike|mirroring|like"
    r"|punishable|earlier|also|now|under)\b)(?![ \t]and[ \t](?:was|is|were|has|had|are)\b)"
    r"(?:[^()\n.;,\d]|,(?=[ \t](?:(?:and|or)[ \t])?[a-z]+(?:ing|ion|ions|ment|ments)\b))){1,120}?"
    r"(?=[ \t]of[ \t]the[ \t])"
)
_GLOSS = rf"(?:{_BRACKET_GLOSS}|{_TITLE_GLOSS}|{_RELATIVE_GLOSS})"

# a number as any list holds it, with a gloss in brackets; after a section keyword, with a
# title gloss too (``_KEYED_NUMBER``)
_NUMBER = rf"{_CORE}(?:{_BRACKET_GLOSS})?"
_KEYED_NUMBER = rf"{_CORE}{_GLOSS}?"

# A blank line: the end of a paragraph, which no reference or gloss runs across, and where a long
# text is cut into stretches.
_BLANK = re.compile(r"\n[ \t\r]*\n")

# A range between two numbers: "Sections 3 to 6", "354A-354D", "66 through 67B".
_RANGE = r"(?:to\b|through\b|till\b|upto\b|up\sto\b|\u2013|-(?=\s?[\d(]))"

# the same, read between two items already found (the hyphen's digit is past the join)
_RANGE_JOIN = re.compile(
    r"\s?(?:to|through|till|upto|up\sto|\u2013|-)\s?(?:(?:sections?|secs?\.?)\s)?",
    re.IGNORECASE,
)

# an Act's name right after a number read after "Sec-" (the lookaheads below): an abbreviation
# not followed by a capitalised noun other than the Act's own word ("BNS Colony", "ITA Tower"
# are places), or a long name with its Act's word ("Information Technology Park" is none), or
# any capitalised name ending in "Act" after "of", with no verb of a headline in it ("Sec-62 Of
# Noida Arrested … Under IT Act" names a sector; reviews 2026-12-18a H3, H4, 18c H13)
_NOT_A_PLACE = r"(?!\s+(?!(?:Act|Code|Sa[nm]hita)\b)(?-i:[A-Z][a-z]))"
_ACT_AHEAD = (
    rf"(?:(?:IPC|I\.\s?P\.\s?C\.?|ITA|POCSO|BNSS?|CrPC|Cr\.?\s?P\.?\s?C)\b{_NOT_A_PLACE}"
    r"|(?:IT|I\.\s?T\.?)\s*Act\b|Indian\s+Penal\s+Code|Information\s+(?:and\s+)?Technology\s+"
    r"(?:\(Amendment\)\s+)?Act|Protection\s+of\s+Children|Bharatiya\s+(?:Nyaya|Nagarik|Sakshya)"
    r"|(?<=of\s)(?:the\s+)?(?:(?!(?:Arrested|Held|Booked|Nabbed|Caught|Under|Over|After|By|At)\b)"
    r"\(?(?-i:[A-Z])[\w.&()-]*\s+(?:(?:of|and|for|from|to|on|against)\s+)?)"
    r"{1,8}Act\b)"
)
# a number and its letter after "Sec-" that a place follows ("Sec-22-B, Chandigarh", "Sec-15-A,
# Noida": sectors), unless an Act's name does ("Sec-67B, IT Act")
_PLACE_AFTER = rf"(?!\s?,\s?(?!{_ACT_AHEAD})(?-i:[A-Z][a-z]))"
# a list of numbers after "Sec-", joined by commas, "and", "or", "&", "/", "r/w", each may repeat
# the keyword ("Sec-14, Sec-15 and Sec-16 of the POCSO Act"), that an Act follows (at most
# twelve numbers: bounded, so linear)
_SHORT_LIST_TO_ACT = (
    r"\d{1,3}(?!\d)(?:-?[A-Za-z]\b|\(\w{1,4}\))*"
    r"(?:\s?(?:,|and|or|&|/|r\s?[/&-]?\s?w\b\.?|r\.\s?w\.?|w/r|read\s+(?:along\s+)?with)\s?"
    r"(?:(?:secs?|sections?|u/s)\.?[-:\s]?\s?)?"
    r"\d{1,3}(?!\d)(?:-?[A-Za-z]\b|\(\w{1,4}\))*){0,12}"
    rf"\s?[,(]?\s?(?:(?:of|under)\s+(?:the\s+)?)?{_ACT_AHEAD}"
)
# after a short keyword and a hyphen or colon inside a list ("… and Sec-67B of the IT Act"): a
# number shaped as only a section is (not a sector before a place), or a list an Act follows
_SHORT_KEYWORD_NUMBER_LATE = (
    rf"(?=\d{{1,3}}(?:-?[A-Za-z]\b|\()(?!\d){_PLACE_AFTER}|{_SHORT_LIST_TO_ACT})"
)

# "Section 11 punishable under Section 12 of the POCSO Act", as courts write an offence and the
# section that punishes it: both of the Act named after the second (the first only where the Act
# has it: ``_PUNISHING_JOIN``)
_JOIN = (
    # (", read along with Sections 509 and 107 of the IPC": a comma before "read with" too;
    # survey of unseen English pages, 2027-01-11)
    rf"\s?(?:,|and\b|&|/|or\b|(?:,\s?)?(?:to\s+be\s+)?read\s+(?:along\s+)?with\b"
    rf"|r\s?[/&-]?\s?w\b\.?"
    r"|r\.\s?w\.?"
    rf"|w/r\b"
    rf"|punishable\s(?:under\b|u/s)|{_RANGE})"
    r"\s?(?:,\s?)?(?:(?:and|or)\s)?(?:(?:sections?|secs?\.?)(?:\s|(?:(?<=n)|(?<=ns))[-:\u2013]\s?"
    rf"|(?:(?<=c)|(?<=\.))[-:]\s?{_SHORT_KEYWORD_NUMBER_LATE})|u/s\.?(?:\s|[-:]\s?)(?=\d))?"
)

_PUNISHING_JOIN = re.compile(
    r"\s?punishable\s(?:under\b|u/s)\s?(?:(?:sections?|secs?\.?)\s)?", re.IGNORECASE
)

_KEYWORD = r"(?:sub-?sections?\.?|sections?\.?|secs?\.?|ss\.|s\.|u/s\.?|rules?|r\.)"
# between the keyword and its number: a space, or a hyphen, dash or colon as police copy and
# tables write ("Section-67B", "Section: 67B"); after a short keyword ("Sec-", "Sec.-", "u/s-",
# "U/s:") only before a number shaped as only a section is ("66E", "15(1)") or one an Act or
# another section follows ("Sec-67 of the IT Act", "Sec-292 IPC", "Sec-14 and Sec-15 of the
# POCSO Act"), not a city's sector ("near the Sec-14 market", "Sec-15 (Noida)") nor "Sec: 1098"
# (reviews 2026-12-17b F5, 17c F1)
_SHORT_KEYWORD_NUMBER = _SHORT_KEYWORD_NUMBER_LATE
# (after "u/s-" or "U/s:", any number: "u/s" names a section and never a city's sector, and a
# list of any length follows it in FIR copy, "u/s-363, 366, 376 IPC"; review 2026-12-18a H1)
_KEYWORD_GAP = (
    r"\s?(?:(?:(?<=n)|(?<=ns))[-:\u2013]\s?"
    r"|(?:(?<=u/s)|(?<=u/s\.))[-:]\s?(?=\d)"
    rf"|(?:(?<=c)|(?<=s)|(?<=\.))[-:]\s?{_SHORT_KEYWORD_NUMBER})?"
)

# "sections, including 64 (rape)", "sections such as 67B": words between the keyword and the
# list that name part of what the keyword covers.
_INCLUDING = r"(?P<including>,?\s?(?:including|includes|namely|viz\.?|such\sas)\s)?"

# The high end of a range of lettered sections written as its letter alone: "354A to D",
# "354A-D", "376A through E" (as FIRs and reports shorten "354A to 354D"). A capital that stands
# alone, read only after a lettered low end (``SectionLists._list``): not an initial ("to D.K.",
# "- D K Singh, SHO", "- S P Meena") nor a block's letter ("to D Block", "- B Ramesh"): no full
# stop or apostrophe after it, no other capital standing alone, and no word in title case but
# those that open an Act's name or go on a list ("Of", "And", "R/W", "Penal Code", "CrPC",
# "JJ Act"); reviews 2026-12-23a H2, 23b H4
_LETTER_END = (
    r"\s?(?:to\b|through\b|till\b|\u2013|-)\s?(?-i:[A-Z])\b(?![.\u2019'])"
    r"(?![ \t]+(?:(?-i:[A-Z])(?![\w/.])|(?!(?-i:(?:Of|And|Read|Penal|Code|Act|Indian|Information"
    r"|Protection|Bharatiya|Juvenile|Criminal|Sections?|Sec)\b|Cr\.?\s?P))(?-i:[A-Z][a-z])))"
)

# A lettered section's next letters written alone in a list: "354A, B and D of the IPC",
# "67A/B of the IT Act", "67 A & B" (as FIRs shorten "354A, 354B and 354D"). A capital that
# stands alone after a list's join, read only after a lettered section and later in the
# alphabet than its letter (``SectionLists._list``); then another join, "of", "under" or an
# Act's abbreviation, a bracket's or the clause's end: not an initial ("and B. Ramesh", "and B
# Ramesh"), the pronoun ("67A and I was told") nor the first letter of "R/W" (read with), "U/S"
# (under section), "S/O", "D/O", "W/O", "C/O" (review 2027-01-04a H1)
_LETTER_LISTED = (
    r"\s?(?:,|/|&|and\b|or\b)\s?(?:(?:and|or)\s)?(?-i:[A-Z])\b(?![.\u2019'])"
    r"(?!\s?/\s?(?:[SsWwOo]|[Ss]ec|[Ss]s)\b)"
    r"(?=\s?(?:[,/&;:)]|\Z)|\s(?:and|or|of|under|read|r/w|(?-i:IPC|IT|POCSO|BNS)|I\.P\.C)\b)"
)

# A list's last letter before a full stop, where it cannot be an initial: after another letter
# written alone ("Sections 376A, B and D."), with the line or the text ending after the stop
# ("… 376 A, D."), or before a word that opens a sentence and follows no initial ("u/s 354 A, D.
# The girl …", "Section 66 C, D. Police said …"; review 2027-01-10b L1); "and B. Ramesh" stays
# a name (survey 2027-01-09)
_LETTER_LAST = (
    r"(?:\s?(?:,|/|&|and\b|or\b)\s?(?:(?:and|or)\s)?(?-i:[A-Z])\b(?![.\u2019'])"
    r"(?=\s?(?:,|/|&|and\b|or\b))"
    r"\s?(?:,|/|&|and\b|or\b)\s?(?:(?:and|or)\s)?(?-i:[A-Z])(?=\.(?:\s|\Z))"
    r"|\s?(?:,|/|&|and\b|or\b)\s?(?:(?:and|or)\s)?(?-i:[A-Z])(?=\.[ \t]*(?:\r?\n|\Z))"
    r"|\s?(?:,|/|&|and\b|or\b)\s?(?:(?:and|or)\s)?(?-i:[A-Z])"
    r"(?=\.[ \t]+(?-i:The|He|She|They|It|Police|His|Her|Their|According|Meanwhile|After"
    r"|Later|Earlier|Further|However)\b(?!\.)))"
)

_ITEM = re.compile(
    rf"(?P<gloss>{_GLOSS})|(?P<number>{_CORE})|(?P<part>{_BRACKET}(?:\s?{_BRACKET})*)"
    # (not the first letter of "U/S", "R/W", "S/O" inside a join: review 2027-01-04a H1)
    r"|(?<=[\s\-\u2013/,&])(?P<letter>(?-i:[A-Z]))\b(?!\s?/\s?(?:[SsWwOo]|[Ss]ec|[Ss]s)\b)",
    re.IGNORECASE,
)

_NEXT_WORD = re.compile(r"[\s,.'\u2019]*([A-Za-z]+)")


@dataclass(frozen=True, slots=True)
class ActName:
    """An Act as a name read in a text resolves to it: its id, whether the name is a misnomer,
    whether the name counts only before "Act", whether lawref holds the Act, and its title."""

    act: str
    misnomer: bool
    needs_act_word: bool
    held: bool = True
    title: str = ""
    union: str = ""
    """For a State's own Act read by its name ("J&K POCSO Act"): the Union's Act of that name."""
    superseded_by: str = ""
    """For Rules lawref does not hold that held Rules replaced ("POCSO Rules, 2012"): the id of
    the Rules that replaced them (``ActRecord.supersedes``)."""
    spelling: bool = False
    """The name is a variant spelling of the Act's own (``ActRecord.spellings``: "Bhartiya
    Nyaya Sanhita", "POSCO Act"; or its last word's number changed, "Sexual Offence Act"):
    read as the Act with a note, not flagged as misnamed."""


ActMatch = tuple[int, int, ActName]

# between an Act's name and its short name restated in brackets: a year the name did not take
# ("Penal Code, 1860 ("IPC")"), "hereinafter referred to as", quotes, "the"
_RESTATED = re.compile(
    r",?\s?(?:1[6-9]\d\d\s?)?\(\s?(?:hereinafter\s(?:referred\sto\sas\s|called\s)?)?"
    r"[\"'\u201c\u2018]?(?:the\s)?"
)


def _restates(text: str, earlier: ActMatch, later: ActMatch) -> bool:
    """Whether *later* is the same Act's short name in brackets right after *earlier* ("the
    Information Technology Act, 2000 (IT Act)", "… Act, 2012 (hereinafter "POCSO")"): one
    reference, not two."""
    if earlier[2].act != later[2].act:
        return False
    gap = _RESTATED.match(text, earlier[1], later[0])
    return gap is not None and gap.end() == later[0]


def within_any(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether *position* falls in one of *spans* (sorted, not overlapping): binary search."""
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


_NO_ACT = "no Act named: the section cannot be placed"


@dataclass(slots=True)
class _Budget:
    """How many more sections ranges may add in the stretch being read."""

    left: int


def _base(number: str) -> str:
    """``'294(2)(a)'`` → ``'294'``; ``'67B'`` → ``'67B'``."""
    return number.split("(", 1)[0]


def _ascii_digits(text: str) -> str:
    """*text* with every decimal digit of another script ("३", "৩") written in ASCII: ``\\d``
    matches them all, and a section number is one number whatever its script."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


_WORD_OF = re.compile(r"[\w\u0900-\u0963\u0966-\u097f]+")


def _words_of(text: str, low: int, high: int | None) -> set[str]:
    """The words of *text* from *low* to *high*, in lower case and NFC (a Devanagari word with
    its vowel signs and nukta, which a pattern of letters alone would split; "ड़" in one code
    point or two)."""
    found = _WORD_OF.findall(text, low, len(text) if high is None else high)
    return {unicodedata.normalize("NFC", w.lower()) for w in found}


def _act_flags(statutes: Statutes, name: ActName, day: dt.date) -> list[str]:
    if name.act.startswith(_UNLISTED):
        unknown = (
            f"not in lawref's data: Rules lawref does not know, read by their name “{name.title}”"
            if re.search(r"\bRules\b", name.title, re.IGNORECASE)
            else f"not in lawref's data: an Act lawref does not know, read by its name "
            f"“{name.title}”"
        )
        # a State's own Act named for a day the Union's of that name reached the State
        union = next((act for act in statutes.acts if act.id == name.union), None)
        reached = extent_reached(union, day) if union is not None else None
        flags = [unknown, reached] if reached else [unknown]
        successor = next((act for act in statutes.acts if act.id == name.superseded_by), None)
        if successor is not None and day >= successor.in_force_from:
            # "Rule 7 of the POCSO Rules, 2012" for conduct after 9 March 2020: law replaced
            flags.append(
                f"superseded: {name.title} were replaced from {successor.in_force_from} by "
                f"{successor.title}"
            )
        return flags
    if not name.held:
        return [f"not in lawref's data: lawref does not hold {name.title}"]
    act = statutes.act(name.act)
    flags = []
    if name.misnomer:
        flags.append(f"misnamed: the Act is {act.title}")
    elif name.spelling:
        flags.append(f"read as {act.title} from a variant spelling of its name")
    if day < act.in_force_from:
        flags.append(f"{act.short_title} was not yet in force on {day}")
    elif act.repealed_on is not None and day >= act.repealed_on:
        flags.append(
            f"{act.short_title} was repealed with effect from {act.repealed_on} "
            f"by {act.repealed_by}"
        )
    return flags
