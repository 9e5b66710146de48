"""Whether a punishment is stated as someone's proposal, so that it is compared with no law.

"The state government has proposed a fine of Rs 5 lakh for those found sharing such material
under Section 67B" does not say what s.67B provides: a proposal is what a law would provide if
it were made, and lawref holds only the law that was made. So a statement with a proposal word
before it in its own sentence ("has proposed", "recommended"; a Devanagari one after it as well,
as Hindi puts the verb last: "… आर्थिक दंड लगाने का प्रस्ताव रखा है") is compared with nothing,
and the view says why. A comparison withheld costs a comparison; a proposal compared as the law
would tell a reader that the law differs from what the report says when the report said nothing
of the law. A sentence a court passed is never a proposal (the reader checks it first).

The words are data (``proposal_words`` and ``proposal_not_before`` in ``[analysis]``), so that
a suitor's proposal ("proposed to her", "proposed marriage") is none. Each pattern is one
alternation of words: linear in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from lawref.analysis.patterns import alternation
from lawref.analysis.punishments.grammar import _HI


class ProposalWords(NamedTuple):
    """The words of ``[analysis]`` that make a statement a proposal."""

    words: Sequence[str] = ()
    """Words that give a punishment as a proposal ("proposed", "recommendation", "प्रस्ताव")."""
    not_before: Sequence[str] = ()
    """Words right after a proposal word that make it a suitor's ("to her", "marriage")."""
    not_between: Sequence[str] = ()
    """Words of the law in force that, between a proposal word and the statement, make the
    statement the law's ("provides", "punishable", "प्रावधान")."""
    to_verbs: Sequence[str] = ()
    """Verbs after "proposed to" that propose a penalty ("impose", "raise"); any other is an
    intent ("proposed to file a chargesheet")."""


# how far before a statement its proposal word may stand, and after it a Devanagari one
_REACH_BEFORE = 80
_REACH_AFTER = 40
# a clause's end between a proposal word before the statement and the statement
_CLAUSE_STOP = re.compile(r"[;:]")
# … and between the statement and a Devanagari proposal word after it
_HI_CLAUSE_STOP = re.compile(rf"[,;:\u0964]|(?<![{_HI}])(?:और|है|हैं)(?![{_HI}])")
_TO = re.compile(r"\s+to\s+(\w+)", re.IGNORECASE)


def _word_pattern(words: Sequence[str]) -> re.Pattern[str] | None:
    """*words* as a pattern of whole words, Latin or Devanagari, or None when there are none."""
    names = alternation(words, r"\s+")
    if not names:
        return None
    return re.compile(rf"(?<![\w{_HI}])(?:{names})(?![\w{_HI}])", re.IGNORECASE)


class ProposalReader:
    """Finds the proposal word that makes a stated punishment a proposal (:func:`proposed`)."""

    def __init__(self, words: ProposalWords) -> None:
        self.word = _word_pattern(words.words)
        after = alternation(words.not_before, r"\s+")
        self.suitor = re.compile(rf"\s+(?:{after})\b", re.IGNORECASE) if after else None
        self.law = _word_pattern(words.not_between)
        self.to_verbs = frozenset(w.lower() for w in words.to_verbs)

    def proposed(self, text: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
        """The proposal word that gives the statement at *start*..*end* as a proposal, in its
        *sentence* (start, end), or None: one within ``_REACH_BEFORE`` characters before it in
        its clause, with no word of the law in force between ("proposed that the accused be
        tried under Section 67B, which provides …" states the law) and not an intent ("proposed
        to file a chargesheet"); or a Devanagari one right after it, within ``_REACH_AFTER``
        characters, no comma, "और" or "है" between ("… आर्थिक दंड लगाने का प्रस्ताव"; review
        2027-01-07b H1, H2)."""
        if self.word is None:
            return None
        low, high = sentence
        # the law's own word right after the statement: "… की सजा का प्रावधान है" is the law
        # stated, whatever was proposed before it (review 2027-01-07b H2)
        said_as_law = self.law is not None and bool(self.law.search(text, end, min(high, end + 25)))
        for match in self.word.finditer(text, max(low, start - _REACH_BEFORE), start):
            if said_as_law:
                break
            if match.end() > start:
                break
            if self.suitor is not None and self.suitor.match(text, match.end()):
                continue
            if _CLAUSE_STOP.search(text, match.end(), start):
                continue
            if self.law is not None and self.law.search(text, match.end(), start):
                continue
            to = _TO.match(text, match.end())
            if to is not None and to.group(1).lower() not in self.to_verbs:
                continue  # "proposed to file a chargesheet": an intent
            return match.group()
        for match in self.word.finditer(text, end, min(high, end + _REACH_AFTER)):
            if match.group().isascii():
                continue  # an English proposal is said before what it proposes
            if _HI_CLAUSE_STOP.search(text, end, match.start()):
                break
            return match.group()
        return None
