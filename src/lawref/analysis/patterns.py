"""Regular-expression alternations of many phrases, factored as a trie.

Python's :mod:`re` tries the branches of an alternation one after another at every position it
scans, so a list of a few hundred phrases costs a few hundred trials per position. The same
phrases factored by their common beginnings ("child porn", "child pornography", "child sexual
abuse material" share "child ") cost one trial per letter that can still match. A trie matches
at the same places as the plain alternation; where its words are joined by a pattern that can
match nothing ("I.T." and "IT"), it may prefer another of the phrases that match there, so a
pattern whose choice matters is scanned with :class:`Prefiltered`: the trie finds the places,
the plain pattern chooses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_END = ""
"""The key that marks, in a node of the trie, that a phrase ends there."""

_Node = dict[str, "_Node"]


def alternation(phrases: Iterable[str], joiner: str) -> str:
    """One regular expression that matches any of *phrases*, lower-cased, preferring the longer
    where one phrase begins another (as an alternation sorted longest first does): each word
    escaped and the words of a phrase joined by *joiner* (a pattern such as ``\\s?``); empty
    when there are none."""
    root: _Node = {}
    for phrase in {p.lower() for p in phrases}:
        words = phrase.split()
        if not words:
            continue
        node = root
        for index, word in enumerate(words):
            if index:
                node = node.setdefault(joiner, {})  # the joiner as one step of the trie
            for letter in word:
                node = node.setdefault(re.escape(letter), {})
        node[_END] = {}
    return _render(root)


def _render(node: _Node) -> str:
    """The pattern of the phrases below *node*: its branches, longer ones first, then the end
    of a phrase (an empty branch), so that a longer match is tried before a shorter one."""
    branches = []
    for step in sorted(key for key in node if key != _END):
        child = node[step]
        # a run of single steps is written as one literal run: "c", "h", "i" … as "chi…"
        run = [step]
        while len(child) == 1 and _END not in child:
            (following,) = child
            run.append(following)
            child = child[following]
        rest = _render(child)
        branches.append("".join(run) + (f"(?:{rest})" if "|" in rest else rest))
    if _END in node:
        if not branches:
            return ""
        branches.append("")
    return "|".join(branches)


class Prefiltered:
    """A pattern that begins with an alternation of many phrases, scanned as fast as their trie
    (:func:`alternation`) and matched as the pattern itself: the trie finds each place where one
    of the phrases can begin (a place the pattern cannot match at otherwise), and the pattern is
    tried there alone. :meth:`finditer` gives exactly the matches of ``pattern.finditer``,
    whatever order of preference the pattern's own alternation has (a phrase whose words may
    be joined by nothing, "I.T." and "IT", makes that order matter). The pattern must match
    no empty string, and *prefilter* must match wherever the pattern does (at the same
    start)."""

    def __init__(self, pattern: re.Pattern[str], prefilter: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.prefilter = prefilter

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of the pattern in *text* between *pos* and *endpos*, left to right and
        not overlapping, as :meth:`re.Pattern.finditer` gives them. Linear in the text as the
        pattern is: each place is tried at most once."""
        end = len(text) if endpos is None else endpos
        while pos <= end:
            candidate = self.prefilter.search(text, pos, end)
            if candidate is None:
                return
            found = self.pattern.match(text, candidate.start(), end)
            if found is None:
                pos = candidate.start() + 1
                continue
            yield found
            pos = found.end() if found.end() > found.start() else found.start() + 1
