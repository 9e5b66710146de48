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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lawref.analysis.models import (
    Mention,
    SubjectWords,
)
from lawref.numbers import NUMBER_WORDS

_TOKEN = re.compile(r"[A-Za-z0-9]+")

_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "your", "our", "this", "that"})

# the forms of "be" that make a verb after them passive ("the victim was blackmailed")
_BE_FORMS = frozenset({"was", "were", "is", "are", "been", "being", "be"})


# the end of a sentence, looked for at most ``_SENTENCE_REACH`` characters from an Act's name
_SENTENCE_MARK = re.compile(r"[.!?\n\u0964]")
_SENTENCE_REACH = 300
# how far after a conduct word its object, and before it a passive's material, is looked for
_OBJECT_REACH = 120
# how many words in a row a sentence must share with a provision to restate it
_ECHO = 6
# the most words an aside between commas after a subject may have ("the victim, trusting his
# assurance, deleted …")
_ASIDE = 8
_CLAUSE_MARK = re.compile(r"[.!?\n;:,\u0964]")


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


# personal pronouns: no head of a phrase ("a complaint against him")
_PRONOUNS = frozenset({"him", "her", "them", "it", "he", "she", "they", "us", "me", "you", "who"})


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


def _sentence_around(
    text: str, start: int, end: int, marks_end: re.Pattern[str] = _SENTENCE_MARK
) -> tuple[int, int]:
    """The sentence around *text[start:end]*, at most ``_SENTENCE_REACH`` characters either
    side (bounded: linear reading), ended by *marks_end*. A full stop inside a number or an
    abbreviation may cut it short, unless *marks_end* passes over it."""
    low = max(0, start - _SENTENCE_REACH)
    marks = [m.end() for m in marks_end.finditer(text, low, start)]
    low = marks[-1] if marks else low
    high = min(len(text), end + _SENTENCE_REACH)
    mark = marks_end.search(text, end, high)
    return low, mark.start() if mark else high


def _sentence_span(
    sentence_of: Sequence[int], first: int, last: int, reach: int
) -> tuple[int, int]:
    """The first and last word indexes of the sentence of the words *first*..*last*, at most
    *reach* words before *first* and after *last* (bounded: linear reading)."""
    sentence = sentence_of[first]
    low = first
    while low > 0 and sentence_of[low - 1] == sentence and first - low < reach:
        low -= 1
    high = last
    while high + 1 < len(sentence_of) and sentence_of[high + 1] == sentence and high - last < reach:
        high += 1
    return low, high


@dataclass(frozen=True, slots=True)
class _SubjectSets:
    """The config's ``subject_words`` as sets, read once by the ``Analyzer``."""

    clause_subject_heads: frozenset[str]
    material_phrase_openers: frozenset[str]
    material_of_heads: frozenset[str]
    not_material_phrase_words: frozenset[str]
    not_before_names: frozenset[str]
    place_prepositions: frozenset[str]
    purpose_verbs: frozenset[str]

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
                    "purpose_verbs",
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
        in_material = _in_a_material_phrase(
            [t[2] for t in tokens[max(0, first - 8) : first - 2]], subject_words
        )
        if not in_material and (
            word in doers or (said[:1].isupper() and not said.isupper() and first >= 4)
        ):
            # (not "videos of minors from Kerala shared …": the subject is material; review
            # 2026-12-15a H8)
            return True
    sentence = sentence_of[first]
    near = [
        text[tokens[i][0] : tokens[i][1]]
        for i in range(max(0, first - 6), min(len(tokens), first + 7))
        if sentence_of[i] == sentence and i != first - 1
    ]
    start, end, _ = tokens[first - 1]
    return _looks_like_a_name(text[start:end], tokens[first - 2][2], near, subject_words)


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


# the determiners of one particular person or thing ("the accused", "his aide")
_DEFINITE = frozenset({"the", "this", "that", "his", "her", "their", "its"})


def _count_of(word: str) -> int:
    """The number a word says ("116", "twenty"), or 0."""
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word, 0)


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
