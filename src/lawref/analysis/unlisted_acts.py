"""Acts a report names that lawref knows no name of: "Section 8 of Goa Children Act, 2003",
"the Kerala Police Act", "Narcotic Drugs and Psychotropic Substances Act, 1985".

Reports across India book offenders under State Acts and central Acts lawref neither holds nor
lists (``other_acts`` in ``data/conduct.toml``). Such a reference is still a reference: read to its
Act and section, it is flagged "not in lawref's data", and a section after it is not given the
Act named before it. The name is read back from the capitalised word "Act": the capitalised words
before it (and the small words that join words inside a title, ``act_name_joins``), up to a word
that ends a name (``act_name_stops``: "under", "Section", "The", "Said", "Special", "Obscene" …,
except ``act_name_inner_words`` after a capitalised word: "Criminal Law Amendment Act"),
the end of an Act lawref knows ("IPC and Kerala Police Act"), or any other word. Words in
brackets belong to the name when a capitalised word is inside ("Criminal Law (Amendment) Act");
a section's clause glued to its number is not ("Section 118(a) Kerala Police Act").

Only a name used as law counts: right after a word that cites a law (``act_use_words``: "under",
"of", "u/s"), a section number, or "and" or a comma after another law, or followed by its
section in brackets ("The Goa Children's Act, 2003 (Section 8)"); with two words of its own
or a year, or right after "under" ("under the Arms Act"); and not in a headline written in
capitals, whose words are no title ("Teacher Filmed Obscene Act"). So "the Special Act", "an
overt act" and a name in passing are no Acts. A name of three words or more that spells an Act
lawref lists otherwise ("a case pertaining to the Protection of Children from Sexual Offence Act,
2012") needs no word citing it as law, as that Act's own name needs none (though, unlike it, it
is still not read in a headline in title case, nor after a capitalised possessive).

The reader never guesses what the Act is: its id is ``unlisted:`` and the name as written, in
lower-case words joined by hyphens, without "the" or the year ("unlisted:goa-children-act"), so
two spellings of one Act with and without its year are one Act. Each "Act" is read back at most
120 characters: time is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

ID_PREFIX = "unlisted:"
"""The start of the id of an Act read by its name alone (an Act lawref does not list)."""

_ACT_WORD = re.compile(r"(?<![\w-])(?:Act|ACT)\b(?:,?\s(?:of\s)?(?:19|20)\d\d\b)?")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019.-]*|[()&]|\S")
_LOOK_BACK = 120
_BLANK = re.compile(r"\n[ \t\r]*\n")
_HEADLINE = 200
_LIST_GAP = 40  # "IPC and Kerala Police Act": how far a listed Act before makes a list of laws
_MAX_WORDS = 10


@dataclass(frozen=True, slots=True)
class UnlistedAct:
    """An Act named in a text that lawref does not list: where its name is, its id and the
    name as the text writes it."""

    start: int
    end: int
    id: str
    title: str


def unlisted_acts(
    text: str,
    words: ActNameWords,
    taken: Sequence[tuple[int, int]],
    low: int = 0,
    high: int | None = None,
    listed: Callable[[str], bool] | None = None,
) -> list[UnlistedAct]:
    """Every Act named as law in ``text[low:high]`` outside *taken* (the spans of Acts lawref
    knows, sorted and without overlaps), read by its capitalised name before the word "Act";
    a name of three words or more that *listed* says spells a listed Act otherwise ("a case
    under the Protection of Children from Sexual Offence Act, 2012") needs no word citing it as
    law, as the listed Act's own name needs none."""
    high = len(text) if high is None else high
    starts = [span[0] for span in taken]
    found: list[UnlistedAct] = []
    for match in _ACT_WORD.finditer(text, low, high):
        if _overlaps(match.start(), match.end(), taken, starts):
            continue
        floor = max(low, match.start() - _LOOK_BACK)
        index = bisect.bisect_left(starts, match.start()) - 1
        if index >= 0 and taken[index][1] > floor:
            floor = taken[index][1]  # a name ends where a known Act's does
        named = _name_start(text, floor, match.start(), words)
        if named is None:
            continue
        start, count = named
        if _in_headline(text, start, match.end()):
            continue
        after_law = index >= 0 and start - taken[index][1] <= _LIST_GAP
        use_low = max(low, start - _LOOK_BACK)
        blanks = list(_BLANK.finditer(text, use_low, start))
        if blanks:
            use_low = blanks[-1].end()  # no use of it stands beyond a blank line
            after_law = after_law and taken[index][1] >= use_low
        use = _use_before(text, use_low, start, words, after_law=after_law)
        if _SECTION_AFTER.match(text, match.end(), min(high, match.end() + 20)):
            use = "("  # "The Goa Children's Act, 2003 (Section 8)": its section follows it
        if use is None and (listed is None or count < 3 or not listed(text[start : match.end()])):
            continue
        title = re.sub(r"\s+", " ", text[start : match.end()])
        name = re.sub(r",?\s(?:of\s)?(?:19|20)\d\d$", "", title)
        if (
            use is not None
            and use != "("
            and count < 2
            and name == title
            and not _cites_one_word(text, start, use, low)
        ):
            # "of the Arms Act" says too little; "under the Arms Act" does not, nor its section
            # in brackets, whatever stands before ("The Arms Act (Section 25)", "… of the POCSO
            # Act and the Arms Act (Section 25)"; "The Special Act (Section 29)" is the POCSO
            # Act in a court's words: "special" ends a name; reviews 2026-12-15a M8, 15b H3,
            # 15c M-e)
            continue
        found.append(UnlistedAct(start, match.end(), unlisted_id(name), title))
    return found


def unlisted_id(name: str) -> str:
    """The id of an Act lawref does not know, from its name: ``unlisted:`` and the name's words
    in lower case, joined by hyphens ("Goa Children's Act" → ``unlisted:goa-childrens-act``)."""
    slug = re.sub(r"[^a-z0-9]+", "-", re.sub(r"['\u2019.]", "", name.lower())).strip("-")
    return ID_PREFIX + slug


@dataclass(frozen=True, slots=True)
class ActNameWords:
    """The words of reading an unlisted Act's name, in lower case: those that join its words
    (``act_name_joins``), those that end it (``act_name_stops``), and those that cite it as law
    (``act_use_words``)."""

    joins: frozenset[str]
    stops: frozenset[str]
    uses: frozenset[str]
    inner: frozenset[str] = frozenset()
    """Stop words that are words of a title after a capitalised word of it
    (``act_name_inner_words``: "Criminal Law Amendment Act")."""


def _name_start(text: str, low: int, act_start: int, words: ActNameWords) -> tuple[int, int] | None:
    """Where the name before the "Act" at *act_start* begins and how many capitalised words it
    has, or None when no name is there."""
    tokens = list(_TOKEN.finditer(text, low, act_start))
    start: int | None = None
    depth = 0  # inside brackets, read backwards: ")" opens, "(" closes
    inner_capital = False
    count = 0
    previous = act_start
    for position, token in enumerate(reversed(tokens)):
        if "\n" in text[token.end() : previous]:
            break  # a name does not run across lines
        word = token.group()
        if word.lower() == "act":
            break  # the end of another Act's name
        if word == ")":
            if depth:
                break  # brackets in brackets are no title's
            depth, inner_capital = 1, False
        elif word == "(":
            if depth == 0 or not inner_capital:
                break  # "(a)", "(2)": a clause, not words of a title
            earlier = len(tokens) - position - 2
            if earlier >= 0 and tokens[earlier].end() == token.start():
                break  # "118(a)": glued to a number
            depth = 0
        elif depth > 0:
            if not word[0].isalnum() and word != "&":
                break
            inner_capital = inner_capital or word[0].isupper()
        elif word.lower() in words.joins:
            pass
        elif word[0].isupper() and word.lower().strip(".") not in words.stops:
            count += 1
        elif _inside_a_name(tokens, len(tokens) - position - 2, word, words):
            pass  # "Criminal Law Amendment Act": a word of its title, not the name's end
        else:
            break
        previous = token.start()
        if depth == 0 and word.lower() not in words.joins and word != ")":
            start = token.start()
        if count > _MAX_WORDS:
            return None
    if start is None or count == 0:
        return None
    return start, count


def _inside_a_name(
    tokens: Sequence[re.Match[str]], earlier: int, word: str, words: ActNameWords
) -> bool:
    """Whether *word*, a stop word read back from an Act word, is inside a title: one of
    ``act_name_inner_words`` ("Amendment") right after a capitalised word that is no stop
    word and no acronym, on the same line ("Criminal Law Amendment Act, 1932"; "the Amendment
    Act" and "the IT Amendment Act", an Act lawref knows by its acronym amended, still end at
    "Amendment")."""
    if word.lower() not in words.inner or earlier < 0:
        return False
    before = tokens[earlier].group()
    return (
        before[0].isupper()
        and not before.isupper()  # "IT Amendment Act": an amending Act of an Act by its acronym
        and before.lower().strip(".") not in words.stops
        and before.lower() != "act"
    )


# the word before a name, in its paragraph (across one line break, as hard-wrapped text has
# it: "booked under\nthe Arms Act"): a word before a blank line cites nothing, and a text read
# in stretches, cut at blank lines, reads the same as a whole
_WORD_BEFORE = re.compile(
    r"([A-Za-z/]+|\d[\w()]*|[,&])[ \t]*\n?[ \t]*(?:the[ \t]*\n?[ \t]*)?\Z", re.IGNORECASE
)


_SECTION_OF = re.compile(r"\d[\w()]*\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)


def _cites_one_word(text: str, start: int, use: str, low: int) -> bool:
    """Whether a name of one word and no year at *start* is cited as law all the same: after
    "under" ("under the Arms Act"), right after a section's number ("Section 25 Arms Act"), or
    after a section's number and "of" ("Section 25 of the Arms Act")."""
    if use == "under" or use[0].isdigit():
        return True
    floor = max(low, start - 30)
    for blank in _BLANK.finditer(text, floor, start):
        floor = blank.end()  # not past a blank line: a text read in stretches reads the same
    return use == "of" and _SECTION_OF.search(text, floor, start) is not None


# a section in brackets right after the name cites it as law as a word before it would
_SECTION_AFTER = re.compile(r"[ \t]*\((?:sections?|ss?\.)[ \t]*\d", re.IGNORECASE)

_LAW_BEFORE = re.compile(r"\b(?:Act|Code|\d{1,3}[A-Z]?)\b")


def _use_before(
    text: str, low: int, start: int, words: ActNameWords, *, after_law: bool
) -> str | None:
    """The word that cites the name at *start* as law ("under", "of", a section number, or "and"
    or a comma after another law), or None."""
    found = _WORD_BEFORE.search(text, low, start)
    if found is None:
        return None
    word = found[1].lower()
    if word[0].isdigit() or word in words.uses:
        return word
    # "under IPC and Kerala Police Act", "Sections 354 and 509, Kerala Police Act": in a list of
    # laws, after a listed Act (*after_law*) or a section's number or another Act's name
    if word in ("and", "&", ",") and (
        after_law or _LAW_BEFORE.search(text, max(low, found.start() - 40), found.start())
    ):
        return word
    return None


def in_headline(text: str, start: int, end: int) -> bool:
    """Whether the words at *start*..*end* stand in a headline (:func:`_in_headline`)."""
    return _in_headline(text, start, end)


def _in_headline(text: str, start: int, end: int) -> bool:
    """Whether the name at *start*..*end* is in a headline: a line of twenty words or fewer that
    does not end as a sentence does, in capitals, or in title case (most words of four letters or
    more outside the name, other than words of the law such as "Section" and acronyms, begin with
    a capital)."""
    before = text.rfind("\n", max(0, start - _HEADLINE), start)
    after = text.find("\n", end, end + _HEADLINE)
    if (before < 0 and start > _HEADLINE) or (after < 0 and len(text) > end + _HEADLINE):
        return False  # a line this long is a paragraph, not a headline
    whole = text[before + 1 : len(text) if after < 0 else after].strip()
    if whole.endswith((".", ":", ";")) or len(whole.split()) > 20:
        return False  # a sentence, not a headline
    letters = re.sub(r"[^A-Za-z]", "", whole)
    if letters.isupper() and len(letters) > 12:
        return True  # "MAN HELD UNDER GOA CHILDREN ACT"
    line = text[before + 1 : start] + " " + text[end : len(text) if after < 0 else after]
    long_words: list[str] = [
        w
        for w in re.findall(r"[A-Za-z][A-Za-z'\u2019]{3,}", line)
        if not w.isupper() and w.lower() not in ("section", "sections", "act", "acts")
    ]
    if len(long_words) < 3:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return bool(capitalised >= 0.7 * len(long_words))


def _overlaps(
    start: int, end: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]
) -> bool:
    """Whether ``[start, end)`` overlaps one of *spans* (sorted, without overlaps; *starts*
    are their starts): only the last span starting before *end* can."""
    index = bisect.bisect_left(starts, end) - 1
    return index >= 0 and spans[index][1] > start
