"""The English reader's shared pieces: constants, token and sentence helpers, phrase sets.

Every rule module of :mod:`lawref.analysis.english` reads tokens and sentences with these. The
words of conduct and of the law are data (``[analysis]`` in ``data/conduct.toml``); what is
here is grammar (articles, possessives, the forms of "be") and the reach of each rule in words
or characters. The names keep their leading underscore: they belong to this package, not to
lawref's API.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from lawref.analysis.models import (
    AnalysisConfig,
    Mention,
    NotObject,
    SubjectWords,
)
from lawref.numbers import NUMBER_WORDS

_TOKEN = re.compile(r"[A-Za-z0-9]+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*|\n")


# how many words after a conduct word its object is looked for in, and the words that make it
# a particular one or a kind
_OBJECT_WINDOW = 6
# words that may stand between a future word and the conduct it governs ("would be circulated",
# "will continue to share", "would then upload")
_FUTURE_BETWEEN = frozenset(
    {"be", "been", "have", "then", "also", "soon", "not", "continue", "to", "get", "further"}
)
# after "nothing", words that make it "only": "found nothing but obscene videos of minors"
_ONLY_AFTER = frozenset({"but", "except", "else", "other", "besides"})
# words that end what a denial cue denies, or turn it round ("nothing to show that anyone other
# than the accused uploaded it" says he did)
_DENIAL_ENDS = frozenset({"but", "except", "than", "besides", "save"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "your", "our", "this", "that"})
_RELATIVES = frozenset({"who", "which", "whom", "that"})
# material words a participle after them describes ("the video shared by the accused")
_DESCRIBED = frozenset(
    {
        "video",
        "videos",
        "photo",
        "photos",
        "image",
        "images",
        "picture",
        "pictures",
        "clip",
        "clips",
        "material",
        "content",
        "messages",
        "message",
        "file",
        "files",
    }
)


def _described(tokens: list[tuple[int, int, str]], first: int) -> bool:
    """Whether the conduct word at *first* is a participle describing material right before it
    and followed by "by" ("the video shared by the accused"): what the material is, taken as
    given, not what a denial denies."""
    return (
        first >= 1
        and tokens[first - 1][2] in _DESCRIBED
        and first + 1 < len(tokens)
        and tokens[first + 1][2] == "by"
    )


# a definite article or possessive right after a denial's "that": what follows is presupposed
_DEFINITES = frozenset({"the", "his", "her", "their", "its"})
# what says an act happened: denied, it is denied ("no proof that the sharing … took place")
_HAPPENED = frozenset({"happened", "occurred", "took", "existed", "happen", "occur", "committed"})
# words after "no" that make it a comparison, not a denial ("no less than 300 videos")
_NOT_DENYING = frozenset({"less", "fewer", "more", "sooner", "longer", "other", "doubt"})
_KINDS = frozenset({"such", "children", "minors", "kids", "child", "abuse"})

# the words after "not" that make it no negation ("not only shared … but also uploaded")
_NOT_ONLY = frozenset({"only", "just", "merely"})

# the forms of "be" that make a verb after them passive ("the victim was blackmailed")
_BE_FORMS = frozenset({"was", "were", "is", "are", "been", "being", "be"})


# the end of a sentence, looked for at most ``_SENTENCE_REACH`` characters from an Act's name
_SENTENCE_MARK = re.compile(r"[.!?\n\u0964]")
# a list's bullet, a term of at most three words, and a dash or colon ("• Possession - ",
# "● Non-Reporting -"): the head of a term's gloss
# (a hyphen is a dash only with a space on both sides: "• Child-abuse videos … shared" is no
# gloss; review 2026-12-13b H3)
_GLOSSED_TERM = re.compile(
    r"[ \t]*[\u2022\u25cf\u25aa\u25e6\u2023\u2219*-][ \t]*(?P<term>[A-Z][\w/-]*)"
    r"(?:[ \t][\w/-]+){0,2}(?:[ \t]*[\u2013\u2014:]|[ \t]+-[ \t])"
)
_SENTENCE_REACH = 300
# how far after a conduct word its object, and before it a passive's material, is looked for
_OBJECT_REACH = 120
# how many words in a row a sentence must share with a provision to restate it
_ECHO = 6
# how many words after a conduct word a run of a provision's words may start and still hold it
# (a list of the statute's verbs: "publishes, transmits or causes to be published …")
_ECHO_AFTER = 8
# how far either side of a word its sentence is read for a statute's general subject
_SENTENCE_WORDS = 60
# how far either side of a child word a phrase that names no child is looked for
_NOT_CHILD_REACH = 30
# the most words an aside between commas after a subject may have ("the victim, trusting his
# assurance, deleted …")
_ASIDE = 8
_CLAUSE_MARK = re.compile(r"[.!?\n;:,\u0964]")


_NUMBER_WORDS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)


def _alternation(phrases: Iterable[str], joiner: str) -> str:
    """One regular-expression alternation of *phrases*, lower-cased, longest first (so a longer
    phrase wins), each word escaped and the words of a phrase joined by *joiner*; empty when
    there are none."""
    ordered = sorted({p.lower() for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(joiner.join(re.escape(word) for word in p.split()) for p in ordered)


def _ages_below(limit: int, persons: Sequence[str] = ()) -> str:
    """A pattern for an age below *limit* as reports write it: "a 12-year-old", "a nine-year-old
    girl", "aged 15", "15 years old" (not "a six-year-old video", "a twenty-one-year-old man");
    after a name, as Indian reports give ages, where a person's words follow: "Abhi, 17, a
    student", "[name] (16) was", "Priya (14), a student" (not "Kerala (12), Maharashtra (10)");
    and "she is 15.", "who was 16 when"; and after one of *persons* ("the girl, 15, was"). No age
    at all when *limit* is 0."""
    if limit <= 1:
        return r"(?!)"
    numbers = "|".join(str(n) for n in range(limit - 1, 0, -1))
    spelt = "|".join(_NUMBER_WORDS[: limit - 1][::-1])
    people = "|".join(re.escape(p.lower()) for p in persons)
    name = (
        r"(?:\b(?!(?:Section|Sub|Clause|Rule|Article|Chapter|Schedule|Form)\b)[A-Z][a-z]+|\]"
        + (rf"|\b(?i:{people})" if people else "")
        + ")"
    )
    person = r"(?=\s?\(|\s(?-i:[a-z]))"
    follows = r"(?=\s(?:was|is|had|has|who|allegedly)\b|,\s(?:a|an|who|was|is)\b)"
    thing = (
        r"(?![\s-](?:video|videos|clip|case|cases|matter|fir|complaint|order|incident|post|"
        r"account|photo|image|law|act|phone|company|building|car)\b)"
    )
    return (
        rf"(?<![\w-])(?:{numbers}|{spelt})[\s-]?(?:years?|yrs?)[\s-]?old\b{thing}"
        rf"|\baged\s(?:{numbers})\b"
        rf"|(?-i:{name}),\s(?:{numbers}),{person}"
        rf"|(?-i:{name})\s?\((?:{numbers})\){follows}"
        rf"|\b(?:she|he|who)\s(?:is|was)\s(?:{numbers})(?=\s?[.,;]|\s(?:and|when)\b)"
    )


class _Phrases:
    """A set of word phrases indexed by their first word, so that finding one in *n* words
    costs *n* dictionary lookups, not *n* times the number of phrases."""

    __slots__ = ("by_first",)

    def __init__(self, phrases: Iterable[Sequence[str]]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            if phrase:
                self.by_first.setdefault(phrase[0], []).append(tuple(phrase))

    def at(self, tokens: Sequence[str], index: int) -> bool:
        """Whether one of the phrases starts at *tokens[index]*."""
        for phrase in self.by_first.get(tokens[index], ()):
            if tuple(tokens[index : index + len(phrase)]) == phrase:
                return True
        return False

    def length_at(self, tokens: Sequence[str], index: int) -> int:
        """The number of words of the longest phrase starting at *tokens[index]*, or 0."""
        best = 0
        for phrase in self.by_first.get(tokens[index], ()):
            if len(phrase) > best and tuple(tokens[index : index + len(phrase)]) == phrase:
                best = len(phrase)
        return best

    def anywhere(self, tokens: Sequence[str]) -> bool:
        """Whether one of the phrases occurs in *tokens* (a set intersection first, in C)."""
        if self.by_first.keys().isdisjoint(tokens):
            return False
        return any(self.at(tokens, index) for index in range(len(tokens)))


def _present_form(word: str, past_forms: frozenset[str]) -> bool:
    """Whether a conduct word is in the present tense, as a statement about offenders in general
    is told ("Predators lure children", "Offenders typically groom"): not a past ("-ed", or one
    of *past_forms*: "sold", "sent") and not a participle or a noun in "-ing"."""
    return not word.endswith(("ed", "ing")) and word not in past_forms


def _after_preposition(
    after: Sequence[str],
    objects: frozenset[str],
    prepositions: Sequence[str],
    people: Sequence[str] = (),
) -> bool:
    """Whether one of *objects* stands in *after* at most four words after one of
    *prepositions* (a possessive's "s" is a word): "sent the seized videos for forensic
    examination", "sent to judicial custody", "sent them to their parent's custody" (what is
    sent, named first or not). Not where one of *people* stands between or right after it:
    the institution is then the people's ("sent … to inmates of the jail", "to the shelter home
    girls")."""
    for index, word in enumerate(after):
        if word not in prepositions:
            continue
        for offset in range(index + 1, min(len(after), index + 5)):
            if after[offset] in people:
                break
            if after[offset] in objects:
                if not any(w in people for w in after[offset + 1 : offset + 3]):
                    return True
                break
    return False


# how far before and after an Act's name a word of its use is looked for ("booked under Section
# 64 of the BNS", "बीएनएस की धारा 64")
_USE_BEFORE = 40
_USE_AFTER = 25


def _words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of *words* (phrases allowed) as words of their own: a Latin one between word
    boundaries, a Devanagari one not inside a longer Devanagari word (Python's ``\\b`` takes
    a vowel sign for a word's end)."""
    ordered = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    alternatives = "|".join(
        (r"\s+".join(map(re.escape, w.split())) + (r"\b" if w.isascii() else "")) for w in ordered
    )
    return re.compile(rf"(?<![\w\u0900-\u097f])(?:{alternatives or '(?!)'})", re.IGNORECASE)


# child words that name no person: "school", "Class IX"
_NOT_PERSONS = frozenset({"school", "schools", "pocso", "csam", "cseam", "juvenile", "juveniles"})
# words for the victim a sexual word may name ("the rape survivor")
_VICTIM_NAMES = frozenset({"survivor", "survivors", "victim", "victims"})
# quotation marks around a word
_QUOTES = "\"'\u2019\u201d"
_OPENING_QUOTES = "\"'\u2018\u201c"
_CLOSING_QUOTES = "\"'\u2019\u201d"
# nouns of quantity whose "of" phrase is the thing counted: "a huge quantity of CSAM"
_QUANTITY_HEADS = frozenset(
    {
        "quantity",
        "quantities",
        "volume",
        "volumes",
        "cache",
        "stash",
        "hoard",
        "amount",
        "lot",
        "lots",
    }
)
# prepositions that open a phrase after a subject's head: "cases against children recorded"
_HEAD_PHRASE_OPENERS = frozenset({"of", "against", "about", "on", "from", "in"})
# personal pronouns: no head of a phrase ("a complaint against him")
_PRONOUNS = frozenset({"him", "her", "them", "it", "he", "she", "they", "us", "me", "you", "who"})
# the words before "of" that take a part of a group: "one of the victims"
_PARTITIVES = frozenset({"one", "two", "some", "all", "both", "many", "several", "few", "most"})


def _ends_clause(text: str, tokens: list[tuple[int, int, str]], before: int, after: int) -> bool:
    """Whether a comma, semicolon or colon stands between the words at *before* and *after*; a
    comma between digits ("Rs 50,000") is a number's, not a clause's end."""
    gap = text[tokens[before][1] : tokens[after][0]]
    if not any(mark in gap for mark in ",;:"):
        return False
    return not (gap == "," and tokens[before][2].isdigit() and tokens[after][2].isdigit())


def _byline(
    text: str, tokens: list[tuple[int, int, str]], first: int, verbs: Sequence[str]
) -> bool:
    """Whether the word at *first* opens a page's byline: first on its line, capitalised, and
    followed by "by" and a name ("Edited By Kalash, Updated: 30 Aug, 2025", "Edited by: Rahul
    Sharma"), or by "On:" and a date ("Posted On: 10 JUL 2019", a government release's date
    line), with one of *verbs* (``byline_verbs``): who edited the page and when it was posted,
    no act on material. Mid-line, only as a label: "… Edited By: Rajesh Kumar Updated: …",
    "देश-विदेशPosted at: सितम्बर 23, 2024"."""
    start = tokens[first][0]
    line_start = text.rfind("\n", 0, start) + 1
    if not text[start : start + 1].isupper():
        return False
    label = re.match(r"\s?(?:By|[Ii]n|[Aa]t|[Oo]n):", text[tokens[first][1] : tokens[first][1] + 5])
    if text[line_start:start].strip() and not label:
        # mid-line only as a label, "Edited By:" ("By Rakesh Kumar Edited By: Rajesh Kumar"),
        # "Posted in:" (a page's category: "29/07/2019, Posted in: Press Information Bureau")
        return False
    if tokens[first][2] not in verbs:
        return False  # "Shared By Accused On Instagram, …": a headline, not a byline
    if label and label.group().strip().lower() == "in:":
        return True
    if first + 2 >= len(tokens) or tokens[first + 1][2] not in ("by", "on", "at"):
        return False
    name = text[tokens[first + 2][0] : tokens[first + 2][0] + 1]
    gap = text[tokens[first][1] : tokens[first + 2][0]]
    if "\n" in gap:
        return False
    if tokens[first + 1][2] in ("on", "at"):
        # "Posted On: 10 JUL 2019", "Posted at: सितम्बर 23, 2024": the page's date line (a
        # Devanagari month too, on a Hindi page)
        return ":" in gap and (name.isdigit() or name.isupper() or "\u0900" <= name <= "\u097f")
    return name.isupper()


# words after a counted report's verb that name whose act it was ("on his laptop")
_OWNERS = frozenset({"his", "her", "their", "accused", "accused's", "accused\u2019s"})
_BYLINE_REACH = 80
_BYLINE_LEAD = re.compile(r"(?:(?:posted|written|edited|published)\s+)?by:?\s+", re.IGNORECASE)
_BYLINE_TAIL = re.compile(
    # (a date after "on": "Posted by Site Admin on September 24, 2024"; review 2026-12-08c L5)
    r"\s*(?:\Z|[|\u2022,-]|\d|(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+\d)",
    re.IGNORECASE,
)


def _object_named(said: Sequence[str], objects: frozenset[str], not_after: Sequence[str]) -> bool:
    """Whether one of *objects* is in *said* before any of *not_after* ("made child pornography
    for a website": the site is a purpose, not the thing made)."""
    for word in said:
        if word in not_after:
            return False
        if word in objects:
            return True
    return False


def _before_topic(said: Sequence[str], topic_words: Sequence[str]) -> Sequence[str]:
    """*said* up to the first of *topic_words* ("leaflets about child pornography laws": what
    follows "about" is the leaflets' topic, not what they bear)."""
    for at, word in enumerate(said):
        if word in topic_words:
            return said[:at]
    return said


def _byline_name(
    text: str, start: int, end: int, names: Sequence[str], lead_only: bool = False
) -> bool:
    """Whether the words at *start*..*end* stand in a byline's name (``byline_names``: "Site
    Admin | September 24, 2024", "Posted by Site Admin."): the name opens its line (after
    "By" or "Posted by" at most) and nothing but a "|", a comma, a dash, a date or the line's
    end follows it. "The accused was the site admin of a portal" is an admin. With
    *lead_only*, only after "By" or "Posted by"."""
    # the line around the words, read at most ``_BYLINE_REACH`` characters either side (a
    # byline is short; reading a whole long line for each mention would be quadratic)
    floor = max(0, start - _BYLINE_REACH)
    line_start = text.rfind("\n", floor, start) + 1 or floor
    line_end = text.find("\n", end, end + _BYLINE_REACH)
    line = text[line_start : line_end if line_end >= 0 else min(len(text), end + _BYLINE_REACH)]
    lead = _BYLINE_LEAD.match(line)
    if lead is None and lead_only:
        return False  # "Admin, two members held …" (*lead_only*: after "By" only)
    at = lead.end() if lead else 0
    lowered = line.lower()
    for name in names:
        if lowered.startswith(name, at) and line_start + at <= start:
            rest = line[at + len(name) :]
            # after "Posted by", a full stop ends the byline too ("Posted by Site Admin. Police …")
            closed = lead is not None and re.match(r"\.(?:\s|\Z)", rest) is not None
            if line_start + at + len(name) >= end and (closed or _BYLINE_TAIL.match(rest)):
                return True
    return False


def _released_by_sentence(
    text: str,
    mentions: Sequence[Mention],
    held: list[bool],
    releasing: Sequence[bool] | None = None,
) -> list[bool]:
    """*held*, less each mention in the sentence of a mention that counts (and, where
    *releasing* is given, is one it marks): they act on the same material ("recorded the minor
    girl's video … and circulated it")."""
    if not any(held) or all(held):
        return held
    marks = releasing if releasing is not None else [True] * len(mentions)
    # the sentence of each held mention only (the counting ones are many): a counting mention
    # that starts inside it releases it
    counting = sorted(m.start for m, h, r in zip(mentions, held, marks, strict=True) if not h and r)
    result: list[bool] = []
    for mention, hold in zip(mentions, held, strict=True):
        if not hold:
            result.append(False)
            continue
        low, high = _sentence_around(text, mention.start, mention.end)
        at = bisect.bisect_left(counting, low)
        result.append(not (at < len(counting) and counting[at] < high))
    return result


def _words_of(text: str, low: int, high: int) -> list[str]:
    """The lower-cased words of *text[low:high]*."""
    return [m.group().lower() for m in _TOKEN.finditer(text, low, high)]


def _sentence_start(sentence_of: list[int], index: int, reach: int) -> int | None:
    """The index of the first word of the sentence of the word at *index*, or None when it lies
    more than *reach* words back (a long sentence is not read whole: linear)."""
    start = index
    while start > 0 and sentence_of[start - 1] == sentence_of[index]:
        start -= 1
        if index - start > reach:
            return None
    return start


def _opens_its_line(text: str, at: int) -> bool:
    """Whether only a bullet, a number or punctuation stands between the start of *at*'s line
    and *at* (at most 12 characters back: linear)."""
    low = max(0, at - 12)
    brk = text.rfind("\n", low, at)
    if brk < 0 and low > 0:
        return False
    return not any(ch.isalpha() for ch in text[brk + 1 : at])


_LEADING_SPACE = re.compile(r"\s{0,200}")


def _on_the_first_line(text: str, start: int) -> bool:
    """Whether *start*, at most 40 characters into it, is on the text's first line that holds
    anything (past at most 200 characters of blank lines): a one-word headline. Linear."""
    lead = _LEADING_SPACE.match(text)
    begin = lead.end() if lead else 0
    return begin <= start <= begin + 40 and text.find("\n", begin, start) < 0


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether the words at *start*..*end*, capitalised, are all the letters of their line
    and no "!" follows them: a page's marker or button ("- Advertisement -", "Share"; review
    2026-12-13c H10), a tag or a sub-heading, no sentence; not "Sextortion!" (13d M3). Reads
    at most 40 characters either side: linear."""
    low = text.rfind("\n", max(0, start - 40), start)
    if low < 0 and start > 40:
        return False
    high = text.find("\n", end, end + 40)
    if high < 0 and end + 40 < len(text):
        return False
    before = text[low + 1 : start]
    after = text[end : high if high >= 0 else len(text)]
    # (a capitalised marker only: "admin" alone on a line is still a word of the text)
    return (
        text[start : start + 1].isupper()
        and "!" not in after
        and not any(ch.isalnum() for ch in before + after)
    )


_EXAMPLE_HEAD = re.compile(r"[ \t]*(?P<label>[A-Za-z]+)(?:[ \t]+(?:\d{1,2}|[ivx]{1,4}))?[ \t]*:")


def _example_label(text: str, at: int, labels: Sequence[str]) -> bool:
    """Whether the line at *at* opens with one of *labels* and has a colon in its first 60
    characters ("Example 1: …")."""
    # (the label, at most a number, then the colon: "Example 1:"; not "Example of how the gang
    # operated:", nor an image credit, "Illustration: Sajith Kumar"; review 2026-12-13d H2)
    found = _EXAMPLE_HEAD.match(text, at, at + 40)
    return found is not None and found["label"].lower() in labels


def _clause_label(
    text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], index: int
) -> bool:
    """Whether the sentence of the word at *index* opens with a statute's clause label, "(a)",
    "(iv)", on a line of its own: a provision's clause quoted ("(a) publishes or transmits or
    causes to be published …"), its "Whoever" lines before it."""
    low = index
    while low > 0 and sentence_of[low - 1] == sentence_of[index] and index - low < _SENTENCE_WORDS:
        low -= 1
    start, end, word = tokens[low]
    if len(word) > 4 or not (len(word) == 1 or set(word) <= set("ivx")):
        return False
    before = text[max(0, start - 8) : start].rstrip(" \t")
    if not before.endswith("(") or text[end : end + 1] != ")":
        return False
    opening = before[:-1].rstrip(" \t")
    return opening.endswith("\n") or (not opening and start <= 8)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around *text[start:end]*, at most ``_SENTENCE_REACH`` characters either
    side (bounded: linear reading). A full stop inside a number or an abbreviation may cut it
    short."""
    low = max(0, start - _SENTENCE_REACH)
    marks = [m.end() for m in _SENTENCE_MARK.finditer(text, low, start)]
    low = marks[-1] if marks else low
    high = min(len(text), end + _SENTENCE_REACH)
    mark = _SENTENCE_MARK.search(text, end, high)
    return low, mark.start() if mark else high


def _recipient_is_agency(
    after: Sequence[str],
    window: int,
    recipients: frozenset[str],
    agencies: Sequence[Sequence[str]],
) -> bool:
    """ "… forwarded to the Superintendents of Police", "shares it with nodal agencies": a
    recipient word among the first *window* words, then an agency within five words."""
    for index, word in enumerate(after[:window]):
        if word in recipients:
            following = after[index + 1 : index + 6]
            if any(_contains(following, agency) for agency in agencies):
                return True
    return False


def _counted_by_origin(
    before: Sequence[str], after: Sequence[str], config: AnalysisConfig, material: _Phrases
) -> bool:
    """ "15,255 videos have been uploaded from Maharashtra", "was being uploaded from different
    parts of India", "content posted online from India": a passive conduct word (after a passive
    word, or right after the material it says was acted on) whose only actor is a place it came
    from, the way statistics are told; not "were uploaded from his phone" (an owner word follows
    "from") nor "material downloaded from Telegram" (a platform follows it)."""
    passive = any(word in config.passive_words for word in before)
    if not passive and not (before and material.at(before, len(before) - 1)):
        return False
    for index, word in enumerate(after[:3]):
        if word in config.origin_words:
            following = after[index + 1] if index + 1 < len(after) else None
            if following in config.owner_words:
                return False
            # "material, downloaded from Telegram": with no "be", a platform says where one act
            # took it from; "15,000 videos were uploaded from Telegram accounts" is a statistic
            return passive or following not in config.platform_words
    return False


def _past_finite(
    text: str,
    tokens: list[tuple[int, int, str]],
    sentence_of: list[int],
    first: int,
    past_forms: frozenset[str],
    doers: frozenset[str],
    subject_words: _SubjectSets,
) -> bool:
    """Whether the conduct word at *first* is a verb in the past told of a doer ("the accused
    shared the video", "students who circulated the video"): an "-ed" word or one of
    ``past_forms`` right after one of *doers* (``finite_doers`` and ``charged_persons``: a
    pronoun, "accused", "tutor", a relative pronoun, an auxiliary or an adverb of the telling)
    or a capitalised name. After a noun of material it
    is a participle ("Videos of children shared online is a crime": the law; review
    2026-12-13c H4)."""
    word = tokens[first][2]
    if not (word.endswith("ed") or word in past_forms):
        return False
    if first == 0 or sentence_of[first - 1] != sentence_of[first]:
        return False
    # … or a name, capitalised inside its sentence ("Rahul Patil shared …"; review 2026-12-13d
    # H5), and the roles of ``charged_persons`` ("The tutor shared …")
    if tokens[first - 1][2] in doers:
        # … not a person's noun inside a material's phrase ("Videos of minors shared online is
        # a crime", "material involving girls stored …"; reviews 2026-12-14e H1, 14f H1, 14g H1)
        return not _in_a_material_phrase(
            [t[2] for t in tokens[max(0, first - 6) : first]], subject_words
        )
    return _a_name_before(text, tokens, sentence_of, first, subject_words, doers)


@dataclass(frozen=True, slots=True)
class _SubjectSets:
    """The config's ``subject_words`` as sets, read once by the ``Analyzer``."""

    clause_subject_heads: frozenset[str]
    material_phrase_openers: frozenset[str]
    material_of_heads: frozenset[str]
    not_material_phrase_words: frozenset[str]
    not_before_names: frozenset[str]
    place_prepositions: frozenset[str]

    @classmethod
    def of(cls, words: SubjectWords) -> _SubjectSets:
        """The sets of *words*, each in lower case."""
        return cls(
            *(
                frozenset(w.lower() for w in getattr(words, name))
                for name in (
                    "clause_subject_heads",
                    "material_phrase_openers",
                    "material_of_heads",
                    "not_material_phrase_words",
                    "not_before_names",
                    "place_prepositions",
                )
            )
        )


def _in_a_material_phrase(words: Sequence[str], subject_words: _SubjectSets) -> bool:
    """Whether the last of *words* (a person's noun, lower case) stands in a material's phrase:
    one of ``material_phrase_openers``, or "of" right after one of ``material_of_heads``,
    within the four words before it; never one of ``not_material_phrase_words`` ("all of
    them")."""
    if not words or words[-1] in subject_words.not_material_phrase_words:
        return False
    before = words[-5:-1]
    for index in range(len(before) - 1, -1, -1):
        word = before[index]
        if word in subject_words.material_phrase_openers:
            return True
        if word == "of":
            previous = before[index - 1] if index else (words[-6] if len(words) > 5 else "")
            return previous in subject_words.material_of_heads
    return False


def _a_name_before(
    text: str,
    tokens: list[tuple[int, int, str]],
    sentence_of: list[int],
    first: int,
    subject_words: _SubjectSets,
    doers: frozenset[str] = frozenset(),
) -> bool:
    """Whether the word before the one at *first*, in its sentence, is a person's name
    (:func:`_looks_like_a_name`), or a place after "from" or "at" whose subject before it is a
    name or one of *doers* ("Rahul Patil from Thane shared …", "A Nigerian national from
    Bengaluru shared …"; not "material from India uploaded …")."""
    if first < 2 or sentence_of[first - 2] != sentence_of[first]:
        return False
    if (
        tokens[first - 2][2] in subject_words.place_prepositions
        and first >= 3
        and sentence_of[first - 3] == sentence_of[first]
    ):
        start, end, word = tokens[first - 3]
        said = text[start:end]
        if word in doers or (said[:1].isupper() and not said.isupper() and first >= 4):
            return True
    sentence = sentence_of[first]
    near = [
        text[tokens[i][0] : tokens[i][1]]
        for i in range(max(0, first - 6), min(len(tokens), first + 7))
        if sentence_of[i] == sentence and i != first - 1
    ]
    start, end, _ = tokens[first - 1]
    return _looks_like_a_name(text[start:end], tokens[first - 2][2], near, subject_words)


def _triples(words: Sequence[str]) -> Iterable[tuple[str, str, str]]:
    """Each word with the two after it (the last two with "" after them)."""
    padded = [*words, "", ""]
    return zip(padded, padded[1:], padded[2:], strict=False)


def _looks_like_a_name(
    word: str, previous: str, near: Sequence[str], subject_words: _SubjectSets
) -> bool:
    """Whether *word* (after *previous*, in lower case, with the words *near* it) is a
    person's name: capitalised, not all capitals ("CSAM", "CP"), not after a preposition of
    material or place (``not_before_names``), and not in a Title Case run (more than half of
    *near* capitalised: a headline's "Obscene Videos Of Minors Shared On WhatsApp …")."""
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    if previous in subject_words.not_before_names:
        return False
    capitalised = sum(1 for w in near if w[:1].isupper())
    return capitalised * 2 <= len(near)


def _states_law(after: Sequence[str], predicates: _Phrases, clause_ends: frozenset[str]) -> bool:
    """Whether the conduct is the subject of a statement of law ("… is a criminal offence",
    "… will not constitute an offence"): a predicate follows with no word that ends the clause
    ("which", "that", "observed") between, so "arrested for sharing CSAM, which is a crime"
    still counts."""
    for index in range(len(after)):
        if after[index] in clause_ends:
            return False
        if predicates.at(after, index):
            return True
    return False


def _in_a_name(
    text: str,
    tokens: list[tuple[int, int, str]],
    index: int,
    sentence_of: list[int],
    sentences: list[tuple[str, tuple[str, ...]]],
    lower_case: dict[int, bool],
) -> bool:
    """Whether the word at *index* is part of a proper name ("Hotel River View"): capitalised,
    not first in its sentence, right after a capitalised word, in a sentence written in lower
    case (a headline in title case, "Man Held For Sharing Clips", is not a name). *lower_case*
    holds what is known of each sentence's case, so each is counted once."""
    if index == 0 or sentence_of[index - 1] != sentence_of[index]:
        return False
    word = text[tokens[index][0] : tokens[index][1]]
    before = text[tokens[index - 1][0] : tokens[index - 1][1]]
    if not (_capitalised(word) and _capitalised(before)):
        return False
    if text[tokens[index - 1][1] : tokens[index][0]] != " ":
        return False
    sentence = sentence_of[index]
    if sentence not in lower_case:
        raw = sentences[sentence][0]
        words: list[str] = [m.group() for m in _TOKEN.finditer(raw) if m.group()[0].isalpha()]
        lower_case[sentence] = sum(1 for w in words if w[0].islower()) * 2 > len(words)
    return lower_case[sentence]


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def _contains(tokens: Sequence[str], phrase: Sequence[str]) -> bool:
    size = len(phrase)
    return any(tuple(tokens[i : i + size]) == tuple(phrase) for i in range(len(tokens) - size + 1))


def _sentence_index(
    text: str, tokens: list[tuple[int, int, str]], low: int, high: int
) -> list[int]:
    bounds = [m.end() for m in _SENTENCE.finditer(text, low, high)]
    index, current = [], 0
    for start, _, _ in tokens:
        while current < len(bounds) and start >= bounds[current]:
            current += 1
        index.append(current)
    return index


# the nouns of a sexual act after its qualifier ("the sexual assault", "the sexual abuse")
_ACT_NOUNS = frozenset({"assault", "assaults", "abuse", "act", "acts", "harassment"})
# what an act's name may head that is no act: "the sexual assault accused", "the rape case"
_NOT_THE_ACT = frozenset(
    {
        "accused",
        "case",
        "cases",
        "convict",
        "spot",
        "site",
        "scene",
        "house",
        "family",
        "protest",
        "trial",
        "survivor",
        "survivors",
        "victim",
        "victims",
    }
)
# the determiners of one particular person or thing ("the accused", "his aide")
_DEFINITE = frozenset({"the", "this", "that", "his", "her", "their", "its"})
# the verbs of a warning that make "the predators would …" a forecast (not the noun "warning")
_WARNED = frozenset({"warned", "warns", "warn", "cautioned", "cautions"})
# words that make a subject any or every one ("every person in Telangana", "a student")
_QUANTIFIERS = frozenset({"every", "any", "a", "an", "all", "each", "some", "many", "most"})


def _count_of(word: str) -> int:
    """The number a word says ("116", "twenty"), or 0."""
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word, 0)


def _names_a_sentence(tokens: list[tuple[int, int, str]], at: int, openers: Sequence[str]) -> bool:
    """Whether the word at *at*, right after "given" or "gave him", opens a sentence of a
    court: one of *openers* ("life", "rigorous", "punishment"), or a number ("five", "5") whose
    term is not a time allowed for something ("was given three months to recommend …"); not
    "bail" or "details"."""
    if at >= len(tokens):
        return False
    word = tokens[at][2]
    if word in openers:
        return True
    if not (word.isdigit() or word in NUMBER_WORDS):
        return False
    return not (at + 2 < len(tokens) and tokens[at + 2][2] == "to")


def _before_aside(
    text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], last: int
) -> int:
    """The word before an aside between commas that ends at *last* ("the victim, trusting his
    assurance, deleted": victim), the aside at most ``_ASIDE`` words with no other mark in it;
    or -1."""
    for start in range(last, max(0, last - _ASIDE), -1):
        if start == 0 or sentence_of[start - 1] != sentence_of[last]:
            return -1
        gap = text[tokens[start - 1][1] : tokens[start][0]]
        if any(mark in gap for mark in ';:()"\u201c\u201d') or gap.count(",") > 1:
            return -1
        if "," in gap:
            return start - 1
    return -1


def _sentences(
    text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int]
) -> list[tuple[str, tuple[str, ...]]]:
    grouped: dict[int, list[int]] = {}
    for position, sentence in enumerate(sentence_of):
        grouped.setdefault(sentence, []).append(position)
    size = (max(sentence_of) + 1) if sentence_of else 0
    result: list[tuple[str, tuple[str, ...]]] = []
    for sentence in range(size):
        members = grouped.get(sentence, [])
        if not members:
            result.append(("", ()))
            continue
        raw = text[tokens[members[0]][0] : tokens[members[-1]][1]]
        result.append((raw, tuple(tokens[i][2] for i in members)))
    return result


def _head_before_of(
    tokens: list[tuple[int, int, str]], sentence_of: list[int], position: int
) -> int | None:
    """The word before an "of" phrase ending at *position* ("photos of the minor": photos),
    the phrase at most three words long, or None."""
    for back in range(position - 1, max(-1, position - 4), -1):
        if sentence_of[back] != sentence_of[position]:
            return None
        if tokens[back][2] == "of":
            return back - 1 if back >= 1 and sentence_of[back - 1] == sentence_of[back] else None
    return None


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """*spans* sorted, those that overlap or touch merged into one, as :func:`_within_any`
    needs them."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# How far back a passive frame's subject phrase is read for a preposition.
_NOUN_PHRASE = 5
# How far after a passive trigger the phrase its material came from is read.
_ORIGIN_REACH = 10
# how many words after a frame's material an "of" naming its owner may stand ("the obscene video
# of the girl")
_OWNER_REACH = 3
# how far back from a relation cue ("related to") the arrest or charge that governs it may stand
# ("arrested 95 people for offences related to …")
_CHARGE_REACH = 25
# how far back from "was held" an event noun makes it an event held ("A seminar on cyber safety
# was held …")
_NO_PERSONS = ("it", "this", "that", "these", "those", "there", "which", "what")
# the nouns of a charge after "on" ("held on charges related to …")
_CHARGE_NOUNS = ("charges", "charge")
# how far back a comma-closed aside or a relative word before "was held" is read
_ASIDE_REACH = 8
# how many words a relative's object may take before the charge's words it governs
_RELATIVE_OBJECT = 6
_SUBORDINATORS = (
    "after",
    "before",
    "when",
    "while",
    "as",
    "since",
    "because",
    "if",
    "once",
    "until",
    "though",
    "although",
    "whereas",
    "whenever",
)
# how many of a charge's words may stand right before its relation cue ("for allegedly committing
# offences related to", "in connection with cases pertaining to")
_ANCHOR_REACH = 6
# how far back in its sentence material named before a conduct word is read ("downloaded the
# obscene videos of minors and kept them")
_MATERIAL_BEFORE = 20


_PEOPLE_PRONOUNS = ("them",)
_CLAUSE_OPENERS = ("where", "who", "whom", "which", "when", "while", "after", "before", "but")


def _next_clause(words: Sequence[str]) -> int:
    """Where the clause after a conduct word's object ends: at "and" or "or" before a past
    verb ("kept them in his house and showed them …") or at a word that opens a clause
    ("… where he showed them …"); not at "as" ("saved as many as 200 videos") or a comma ("kept
    them, along with obscene videos of children, on his laptop"). Review 2026-12-10b M6."""
    for i, word in enumerate(words):
        if word in _CLAUSE_OPENERS and (i > 1 or word not in ("which", "who")):
            # (not a relative right after the object: "kept them, which included obscene
            # videos of minors, in his phone"; review 2026-12-11b M7)
            return i
        if word in ("and", "or") and i + 1 < len(words) and words[i + 1].endswith("ed"):
            return i
    return len(words)


def _kept_by(
    after: Sequence[str], i: int, objects: Collection[str], rule: NotObject, sharer: str
) -> bool:
    """Whether ``after[i]`` is one of the rule's ``kept_by`` words that keeps its conduct: any
    such word, or, where the rule gives ``kept_by_within``, one at most that many words after
    an object word, when the sharer (the word before the conduct word) is none of
    ``kept_by_not_sharers`` ("he shared what he had secretly recorded"; not "the girl shared
    what her uncle had shot")."""
    if after[i] not in rule.kept_by:
        return False
    if rule.kept_by_within is None:
        return True
    if sharer in rule.kept_by_not_sharers:
        return False
    what = next(
        (j for j in range(i - 1, max(-1, i - 1 - rule.kept_by_within), -1) if after[j] in objects),
        None,
    )
    if what is None:
        return False
    # a victim's family telling what another, named, recorded (review 2026-12-11d H7)
    return sharer not in rule.kept_by_family_sharers or all(
        after[j] in rule.kept_by_recorder_pronouns for j in range(what + 1, i)
    )


def _before_relative(words: Sequence[str]) -> int:
    """The index of the first relative word ("who", "which") in *words*, or their length."""
    return next((i for i, w in enumerate(words) if w in ("who", "which")), len(words))
