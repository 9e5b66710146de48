"""The numbers a publication's words state, so that a figure can be held to its quote: digits with
Indian or international grouping (``1,58,190``; ``1,987,430``), decimals, ``lakh``/``crore``/
``million`` after a number (in English, Hindi ``लाख`` and Malayalam ``ലക്ഷം``), and the English
words for zero to twenty ("Four people were convicted", "no one was convicted"). One pass of a
pattern without nested repetition: linear in the length of the quote."""

from __future__ import annotations

import re

from lawref.numbers import NUMBER_WORDS

_WORDS = {"zero": 0, "nil": 0, "none": 0, "no one": 0, **NUMBER_WORDS}
_SCALE = {"lakh": 100_000, "crore": 10_000_000, "million": 1_000_000, "लाख": 100_000}
_SCALE["ലക്ഷം"] = 100_000
_NUMBER = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{2,3})+|\d+)(?:\.(\d+))?"
    r"(?:[ \u00a0]*(lakh|crore|million|लाख|ലക്ഷം))?",
    re.IGNORECASE,
)
_WORD = re.compile(r"\b(?:no one|[a-z]+)\b", re.IGNORECASE)


def stated_numbers(text: str) -> set[float]:
    """Every number *text* states, as a float (``"1.94 lakh"`` → 194000.0)."""
    found: set[float] = set()
    for match in _NUMBER.finditer(text):
        value = float(match[1].replace(",", "") + (f".{match[2]}" if match[2] else ""))
        if match[3]:
            value = round(value * _SCALE[match[3].lower()], 6)
        found.add(value)
    for word in _WORD.findall(text):
        if word.lower() in _WORDS:
            found.add(float(_WORDS[word.lower()]))
    return found


def states(text: str, value: float) -> bool:
    """Whether *text* states *value* (in any of the forms :func:`stated_numbers` reads)."""
    return float(value) in stated_numbers(text)
