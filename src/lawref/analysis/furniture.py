"""A web page's links to other stories, run into the report's own text.

A page pasted or scraped as text carries links to other reports ("Also read: Man held for
sharing child porn in Pune"). Their words are another report's, not this one's: no conduct or
law is read from them. Where the page keeps each link on its own line, the line ends the link;
where it does not ("Also read: Man held for sharing child porn in Pune The accused uploaded
…"), the link's headline ends where the report's next sentence opens: a capitalised opening
word (``headline_openers``: "The", "He", "Police") after a word with no stop, followed by a
word in lower case ("… in Pune The accused uploaded"). In a headline written in title case the
word after an opener is capitalised too ("In The City"), so the headline goes on; where no
opening is found, the link runs to its sentence's end, as it did before the rule.

The markers and openers are data (``link_markers``, ``headline_openers`` in
``data/conduct.toml`` ``[analysis]``); this module holds the rule. Each search is one compiled
alternation over a bounded stretch after a marker: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lawref.analysis.patterns import alternation

__all__ = ["LinkHeadlines"]

# a link's headline is read for its end only this far after its marker (a headline is short)
_HEADLINE_REACH = 200

# a sentence's end: a stop, a danda, a bar (which some Hindi pages use for a danda) or a line
# break
_SENTENCE_END = re.compile(r"[.!?\n\u0964|]")

# small words a headline in title case keeps in lower case ("Teacher Says He and Two Others
# …"): after an opener, they do not show that the report's sentence has begun (review
# 2026-12-19c H2)
_TITLE_SMALL_WORDS = (
    "and",
    "or",
    "nor",
    "but",
    "of",
    "in",
    "to",
    "for",
    "the",
    "a",
    "an",
    "on",
    "at",
    "by",
    "with",
    "from",
    "as",
    "vs",
    "into",
    "over",
    "after",
)

_FIRST_WORD = re.compile(r"\s*\S+")


class LinkHeadlines:
    """The spans of a text that are links to other stories (marker and headline), from the
    words of *markers* ("Also read:") and *openers* ("The", "He")."""

    def __init__(self, markers: Sequence[str], openers: Sequence[str]) -> None:
        # (factored as a trie, one trial per letter: a dozen markers tried one by one at every
        # position cost more than the rest of this class; of two markers that begin at one
        # place, "Also read" and "Also read:", the longer is taken, and each is written with
        # single spaces, as ``AnalysisConfig`` checks)
        marked = alternation(markers, r"\ ")
        self._markers = re.compile(marked, re.IGNORECASE) if marked else None
        # an opening word right after a word with no stop, and a word in lower case after it
        self._opening = (
            re.compile(
                r"(?<=[\w\])'\"\u2019\u201d])[ \t]+(?P<opener>"
                + "|".join(re.escape(o) for o in sorted(openers, key=lambda o: (-len(o), o)))
                + r")[ \t]+(?=[a-z])(?!(?:"
                + "|".join(_TITLE_SMALL_WORDS)
                + r")\b)"
            )
            if openers
            else None
        )

    def spans(self, text: str, low: int = 0, high: int | None = None) -> list[tuple[int, int]]:
        """Each link in *text* between *low* and *high*, from its marker to its headline's end:
        the report's next sentence's opening word, or else the end of the sentence that holds
        it."""
        end = len(text) if high is None else high
        if self._markers is None:
            return []
        found: list[tuple[int, int]] = []
        sentence_end = -1  # the next stop after the last marker (searched forward only: linear)
        for marker in self._markers.finditer(text, low, end):
            if found and marker.start() < found[-1][1]:
                continue
            if sentence_end < marker.end():
                stop = _SENTENCE_END.search(text, marker.end(), end)
                sentence_end = stop.start() if stop is not None else end
            reach = min(sentence_end, marker.end() + _HEADLINE_REACH)
            headline_end = sentence_end
            if self._opening is not None:
                # (the headline's own first word may be an opener: "Also read: The man who …")
                first = _FIRST_WORD.match(text, marker.end(), reach)
                after_first = first.end() if first is not None else marker.end()
                opening = self._opening.search(text, after_first, reach)
                if opening is not None:
                    headline_end = opening.start("opener")
            found.append((marker.start(), headline_end))
        return found
