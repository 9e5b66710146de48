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

from lawref.analysis.punishments.grammar import _HI


class ProposalWords(NamedTuple):
    """The words of ``[analysis]`` that make a statement a proposal."""

    words: Sequence[str] = ()
    """Words that give a punishment as a proposal ("proposed", "recommendation", "प्रस्ताव")."""
    not_before: Sequence[str] = ()
    """Words right after a proposal word that make it a suitor's ("to her", "marriage")."""


def _alternation(words: Sequence[str]) -> str:
    """*words* as one alternation, longest first, a space inside a phrase standing for any
    run of spaces."""
    ordered = sorted({w.strip().lower() for w in words if w.strip()}, key=lambda s: (-len(s), s))
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)


class ProposalReader:
    """Finds the proposal word that makes a stated punishment a proposal (:func:`proposed`)."""

    def __init__(self, words: ProposalWords) -> None:
        names = _alternation(words.words)
        # a word standing alone: not inside a longer word, Latin or Devanagari
        self.word = (
            re.compile(rf"(?<![\w{_HI}])(?:{names})(?![\w{_HI}])", re.IGNORECASE) if names else None
        )
        after = _alternation(words.not_before)
        self.suitor = re.compile(rf"\s+(?:{after})\b", re.IGNORECASE) if after else None

    def proposed(self, text: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
        """The proposal word that gives the statement at *start*..*end* as a proposal, in its
        *sentence* (start, end): before the statement, or (a Devanagari word) after it; None
        when there is none."""
        if self.word is None:
            return None
        low, high = sentence
        for match in self.word.finditer(text, low, high):
            if start <= match.start() < end:
                continue
            if match.start() >= end and match.group().isascii():
                break  # an English proposal is said before what it proposes
            if self.suitor is not None and self.suitor.match(text, match.end()):
                continue
            return match.group()
        return None
