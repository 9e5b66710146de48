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

import functools
import re
from collections.abc import Sequence

from lawref.analysis.patterns import alternation

__all__ = ["LinkHeadlines", "unmarked_teasers"]

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

# An unmarked link: a sentence in title case that closes a paragraph of sentences in ordinary
# case, as some pages run a related story's headline into the report ("… they made a plan to
# meet. UP Shocker: Two Minor Boys Rape 9-Year-Old Girl in Mathura, Record Video to
# Blackmail.", LatestLY; survey of unseen English pages, 2027-01-12). Every word of four
# letters or more in it is capitalised (but the small words a title keeps in lower case), at
# least five such words, and fewer than half of the sentence before it are: a report's own
# sentence rich in names ("They are the residents of Deoghar in Jharkhand, …") keeps a word
# in lower case.
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_STOP = re.compile(r"[.!?](?=[\s\u201d\"']*(?:\s[A-Z\u201c\"'\u2018]|$))")
_LONG_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019*-]{3,}")
_TEASER_LOWER = frozenset(
    {"with", "from", "into", "over", "after", "amid", "upon", "onto", "than", "that", "this"}
)
_TEASER_WORDS = 5
_TEASER_TAIL = 600


def _title_case_share(sentence: str) -> tuple[int, int]:
    """How many of *sentence*'s words of four letters or more are capitalised, and how many
    there are, the small words a title keeps in lower case and words in capitals aside ("POSCO",
    "NCRB"; a sentence in capitals, "THE ACCUSED HAS BEEN SENTENCED …", then has too few words
    to be a title: review 2027-01-12c H3)."""
    words = [
        w
        for w in _LONG_WORD.findall(sentence)
        if w.lower() not in _TEASER_LOWER and not w.isupper()
    ]
    return sum(w[0].isupper() for w in words), len(words)


def unmarked_teasers(text: str, low: int = 0, high: int | None = None) -> list[tuple[int, int]]:
    """The spans of *text* that are related stories' headlines run into the report with no
    marker: a title-case sentence closing a paragraph whose sentence before it is in ordinary
    case. One pass over each paragraph: linear. The last few answers are kept: the readers of
    conduct, of references and of punishments ask for the same stretch in turn."""
    return list(_unmarked_teasers(text, low, len(text) if high is None else high))


@functools.lru_cache(maxsize=8)
def _unmarked_teasers(text: str, low: int, end: int) -> tuple[tuple[int, int], ...]:
    found: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text, low, end):
        # (only a paragraph's tail is read: a teaser and the sentence before it are short)
        tail = max(paragraph.start(), paragraph.end() - _TEASER_TAIL)
        stops = [m.end() for m in _SENTENCE_STOP.finditer(text, tail, paragraph.end())]
        if not stops or stops[-1] < paragraph.end() - 1:
            stops.append(paragraph.end())
        if len(stops) < 2:
            continue
        last_start = stops[-2]
        before_start = stops[-3] if len(stops) >= 3 else tail
        capitals, words = _title_case_share(text[last_start : stops[-1]])
        if words < _TEASER_WORDS or capitals < words:
            continue
        before_capitals, before_words = _title_case_share(text[before_start:last_start])
        if before_words and before_capitals * 2 < before_words:
            found.append((last_start, stops[-1]))
    return tuple(found)


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
        teasers = unmarked_teasers(text, low, end)
        if self._markers is None:
            return teasers
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
        if not teasers:
            return found
        merged: list[tuple[int, int]] = []  # sorted and not overlapping
        for span_start, span_end in sorted([*found, *teasers]):
            if merged and span_start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], span_end))
            else:
                merged.append((span_start, span_end))
        return merged
