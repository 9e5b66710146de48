"""Statute references in reports written in Devanagari (Hindi).

Hindi reports name the same laws as English ones, in their own words: "आईटी एक्ट की धारा 67बी"
(the IT Act's section 67B), "पॉक्सो एक्ट की धारा 11 और 12" (sections 11 and 12 of the POCSO
Act), "धारा 354 आईपीसी", "भारतीय दंड संहिता (IPC)". This module finds the Acts they name and
the lists of section numbers after "धारा" (section), and writes each number the way the English
reader reads one ("67बी" → "67B", "354(क)" → "354(a)", Devanagari digits → ASCII), so that the
reader resolves both alike (``Analyzer.references`` in :mod:`lawref.analysis.reader`). The words are
data (``[analysis.devanagari]`` in ``data/conduct.toml``); what is here is their grammar.

Every pattern is a regular expression without nested repetition, run once over the text: time
is linear in the text. A text with no Devanagari letter costs one scan for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from lawref.analysis.models import DevanagariWords

_BLOCK = "\u0900-\u097f"
_HAS_DEVANAGARI = re.compile(f"[{_BLOCK}]")
# the Devanagari digits, U+0966 to U+096F
_DIGITS = str.maketrans("".join(chr(0x0966 + d) for d in range(10)), "0123456789")
_DIGIT = r"[0-9\u0966-\u096f]"
# No letter of either script right before a word, and no Devanagari letter or vowel sign right
# after it: Python's ``\b`` takes a vowel sign ("ा", "ो") for a word's end, so it is not used.
_START = rf"(?<![{_BLOCK}A-Za-z0-9])"
_END = rf"(?![{_BLOCK}])"


@dataclass(frozen=True, slots=True)
class SectionList:
    """A list of section numbers after "धारा": where it is, the words that introduce it
    (from "धारा" or from the Act named before it), and each number as the English reader
    writes one, with its place."""

    start: int
    end: int
    keyword_start: int
    numbers: tuple[tuple[int, int, str], ...]


def _alternation(words: Iterable[str]) -> str:
    """The words, longest first, each space matching any run of one or two spaces."""
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(r"\s{1,2}".join(map(re.escape, w.split())) for w in ordered) or "(?!)"


class DevanagariReader:
    """Finds the Acts a Devanagari text names (:meth:`acts`) and its lists of sections
    (:meth:`lists`), with the words of *words*."""

    def __init__(self, words: DevanagariWords) -> None:
        self.words = words
        self.letters = {k: v.upper() for k, v in words.letters.items()}
        names = {name: act for act, listed in words.act_names.items() for name in listed}
        self.act_of = {" ".join(name.split()): act for name, act in names.items()}
        act_word = _alternation(words.act_words)
        # a name, then "Act" where the name left it out ("पॉक्सो एक्ट"), then a year
        self.act_pattern = re.compile(
            rf"{_START}(?P<name>{_alternation(names)}){_END}"
            rf"(?:\s{{1,2}}(?:{act_word}){_END})?(?:,?\s?(?:19|20)\d\d(?!\d))?"
        )
        letter = _alternation(self.letters)
        bracket = rf"\s?\((?:{_DIGIT}{{1,2}}|[A-Za-z]{{1,4}}|(?:{letter}))\)"
        number = (
            rf"{_DIGIT}{{1,3}}(?:\s?-?\s?(?:{letter}){_END}|[A-Za-z]{{1,2}}(?![A-Za-z]))?"
            rf"(?:{bracket})*"
        )
        join = rf"\s?(?:,|/|(?:{_alternation(words.joins)}){_END})\s?"
        self.list_pattern = re.compile(
            rf"{_START}(?P<keyword>{_alternation(words.section_words)}){_END}[\s:-]{{0,3}}"
            rf"(?P<list>{number}(?:{join}{number})*)(?!{_DIGIT})"
        )
        self.item = re.compile(number)
        # between an Act named before a list and its "धारा": "Act", a short name in brackets
        # ("भारतीय दंड संहिता (IPC) की धारा"), the possessive
        self.gap_before = re.compile(
            rf"\)?\s{{0,2}}(?:(?:{act_word}){_END}\s{{0,2}})?(?:\([^()\n]{{1,20}}\)\s{{0,2}})?"
            rf"(?:(?:{_alternation(words.links)}){_END}\s{{0,2}})?"
        )
        self.gap_after = re.compile(r"\s{0,2}[,(]?\s{0,2}")

    @staticmethod
    def present(text: str, low: int = 0, high: int | None = None) -> bool:
        """Whether *text* (between *low* and *high*) has a Devanagari letter at all."""
        end = len(text) if high is None else high
        return _HAS_DEVANAGARI.search(text, low, end) is not None

    def acts(self, text: str, low: int = 0, high: int | None = None) -> list[tuple[int, int, str]]:
        """Where *text* names an Act in Devanagari: start, end and the Act's id."""
        end = len(text) if high is None else high
        found = []
        for match in self.act_pattern.finditer(text, low, end):
            act = self.act_of.get(" ".join(match["name"].split()))
            if act is not None:
                found.append((match.start(), match.end(), act))
        return found

    def lists(self, text: str, low: int = 0, high: int | None = None) -> list[SectionList]:
        """The lists of section numbers after "धारा" in *text*, each number written as the
        English reader writes one ("67बी" → "67B", "(ख)" → "(b)", "६७" → "67")."""
        end = len(text) if high is None else high
        found = []
        for match in self.list_pattern.finditer(text, low, end):
            numbers = tuple(
                (item.start(), item.end(), self.latin(item.group()))
                for item in self.item.finditer(text, match.start("list"), match.end("list"))
            )
            found.append(SectionList(match.start(), match.end(), match.start(), numbers))
        return found

    def latin(self, number: str) -> str:
        """A number as the English reader writes one: ASCII digits, a section's letter after
        its digits as a capital ("67बी", "67 बी" → "67B"), a letter in brackets as a clause
        ("(ख)" → "(b)")."""
        number = number.translate(_DIGITS)
        head = re.match(r"\d+", number)
        assert head is not None
        rest = number[head.end() :]
        out = head.group()
        letter = re.match(r"\s?-?\s?([A-Za-z]{1,2}(?![A-Za-z])|[^\s(\d-][^\s(]*)", rest)
        if letter is not None and (letter[1] in self.letters or letter[1].isascii()):
            out += self.letters.get(letter[1], letter[1].upper())
            rest = rest[letter.end() :]
        for part in re.finditer(r"\(([^()]*)\)", rest):
            inner = part[1]
            out += f"({self.letters[inner].lower() if inner in self.letters else inner})"
        return out
