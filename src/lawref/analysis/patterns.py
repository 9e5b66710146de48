"""Regular-expression alternations of many phrases, factored as a trie.

Python's :mod:`re` tries the branches of an alternation one after another at every position it
scans, so a list of a few hundred phrases costs a few hundred trials per position. The same
phrases factored by their common beginnings ("child porn", "child pornography", "child sexual
abuse material" share "child ") cost one trial per letter that can still match. A trie matches
at the same places as the plain alternation; where its words are joined by a pattern that can
match nothing ("I.T." and "IT"), it may prefer another of the phrases that match there, so a
pattern whose choice matters is scanned with :class:`Prefiltered`: the trie finds the places,
the plain pattern chooses. A pattern that always holds one of a few words near its start
("life", "death", "compensation") is scanned only around them: :class:`Keyed`.
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


class Keyed:
    """A pattern every match of which holds one of a few *keys* (ASCII words, matched in any
    case), beginning at most *before* characters before that key and ending, with whatever the
    pattern looks at after its match, at most *after* characters after it; scanned only around
    the keys. Python's :mod:`re` tries a case-insensitive pattern that opens with a word boundary
    and an alternation ("\\b(?:face|faces|attract …)") at every position of the text; a key
    written as ``[jJ][aA][iI][lL]`` is found by :mod:`re`'s fast scan for its first letter, so a
    text with no key costs a few milliseconds a megabyte and one with keys only the stretches
    around them. :meth:`finditer` gives the matches of ``pattern.finditer`` wherever the reach
    holds: it does not hold for a match whose key stands further from its start than *before*
    (words joined by a run of blanks longer than the room left), which is not found."""

    def __init__(
        self, pattern: re.Pattern[str], keys: Iterable[str], before: int, after: int
    ) -> None:
        self.pattern = pattern
        self.keys = tuple(re.compile(_any_case(key)) for key in keys)
        self.before = before
        self.after = after

    def windows(self, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
        """The stretches of *text* between *pos* and *endpos* around the keys, merged where
        they overlap or touch, in order."""
        end = len(text) if endpos is None else endpos
        found = sorted(
            (max(pos, hit.start() - self.before), min(end, hit.end() + self.after))
            for key in self.keys
            for hit in key.finditer(text, pos, end)
        )
        merged: list[tuple[int, int]] = []
        for low, high in found:
            if merged and low <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], high))
            else:
                merged.append((low, high))
        return merged

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of the pattern in *text* between *pos* and *endpos*, left to right and
        not overlapping, as :meth:`re.Pattern.finditer` gives them where the reach holds: each
        window is scanned once, and a match is kept only if it starts after the last one kept
        ended (so windows that meet give no match twice). A window starts mid-text, but a
        pattern's ``\\b`` and look-behinds still see the text before it."""
        last = -1
        for low, high in self.windows(text, pos, endpos):
            for match in self.pattern.finditer(text, max(low, last), high):
                if match.start() >= last:
                    last = match.end() if match.end() > match.start() else match.start() + 1
                    yield match


# the letters beyond ASCII that :data:`re.IGNORECASE` matches with an ASCII letter (its Unicode
# case folding: U+0130 and U+0131, the dotted and dotless i, with "i", U+212A, the Kelvin sign,
# with "k", U+017F, the long s, with "s"), so that a
# key finds every place its pattern does
_FOLDED_WITH = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _any_case(word: str) -> str:
    """*word* as a pattern of its letters in either case ("jail" as ``[jJ][aA][iI…][lL]``),
    each with the letters :data:`re.IGNORECASE` folds to it: compiled without the flag, it
    opens with a set of characters that :mod:`re` scans for quickly."""
    if not word or not word.isascii():
        raise ValueError(f"a key is a non-empty ASCII word: {word!r}")
    return "".join(
        f"[{letter.lower()}{letter.upper()}{_FOLDED_WITH.get(letter.lower(), '')}]"
        if letter.isalpha()
        else re.escape(letter)
        for letter in word
    )
