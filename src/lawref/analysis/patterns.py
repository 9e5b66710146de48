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

import heapq
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
    case), beginning at most *before* characters before that key and ending at most *after*
    characters after it, blanks not counted; scanned only around the keys. Python's :mod:`re`
    tries a case-insensitive pattern that opens with a word boundary and an alternation
    ("\\b(?:face|faces|attract …)") at every position of the text; a key written as
    ``[jJ][aA][iI…][lL]`` is found by :mod:`re`'s fast scan for its first letter, so a text with
    no key costs a few milliseconds a megabyte, and one with keys only the stretches around
    them. :meth:`finditer` gives the matches of ``pattern.finditer`` wherever the reach holds
    (counting no blanks, however long a run of them joins the words: layout kept from a PDF);
    it does not hold for a match whose words, blanks left out, run further from its key
    (review 2027-01-01b F1)."""

    def __init__(
        self, pattern: re.Pattern[str], keys: Iterable[str], before: int, after: int
    ) -> None:
        self.pattern = pattern
        self.keys = tuple(re.compile(_any_case(key)) for key in keys)
        self.before = before
        self.after = after
        # *before* or *after* characters other than blanks, each after any blanks: matched
        # forward from a key's end, and backward, on the reversed text, from its start
        self._forward = re.compile(rf"(?:\s*\S){{0,{after}}}")
        self._backward = re.compile(rf"(?:\s*\S){{0,{before}}}")

    def windows(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[tuple[int, int]]:
        """The stretches of *text* between *pos* and *endpos* around the keys, merged where
        they overlap or touch, in order; made as the keys are found (heap-merged), so that a
        text full of keys holds no list of them. Each stretch's ends are measured, in
        characters other than blanks, only where it may not meet the next key's: the reach
        counted with blanks is shorter, so two keys whose stretches meet by it meet."""
        end = len(text) if endpos is None else endpos
        hits = heapq.merge(
            *(
                ((hit.start(), hit.end()) for hit in key.finditer(text, pos, end))
                for key in self.keys
            )
        )
        reversed_text: str | None = None

        def low_of(start: int) -> int:
            nonlocal reversed_text
            if reversed_text is None:
                reversed_text = text[::-1]
            size = len(text)
            found = self._backward.match(reversed_text, size - start, size - pos)
            return max(pos, start - (found.end() - (size - start)) if found else start)

        def high_of(key_end: int) -> int:
            found = self._forward.match(text, key_end, end)
            return min(end, found.end() if found else key_end)

        low = last_end = -1
        for start, key_end in hits:
            if low >= 0 and start - self.before <= last_end + self.after:
                last_end = max(last_end, key_end)  # (they meet counting blanks: no measure)
                continue
            next_low = low_of(start)
            if low >= 0:
                high = high_of(last_end)
                if next_low <= high:
                    last_end = max(last_end, key_end)
                    continue
                yield low, high
            low, last_end = next_low, key_end
        if low >= 0:
            yield low, high_of(last_end)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of the pattern in *text* between *pos* and *endpos*, left to right and
        not overlapping, as :meth:`re.Pattern.finditer` gives them where the reach holds. In
        each stretch around the keys a match is looked for, then matched again from where it
        starts on the whole text, so that a look-ahead, a ``\\b`` or a repetition the
        stretch's end would cut answers as a scan of the whole text does (review 2027-01-01b
        F2); one that fails so is looked for again a character on. A match is kept only if it
        starts after the last one kept ended. A stretch starts mid-text, but a pattern's
        ``\\b`` and look-behinds still see the text before it."""
        end = len(text) if endpos is None else endpos
        last = pos
        for low, high in self.windows(text, pos, endpos):
            at = max(low, last)
            while at <= high:
                found = self.pattern.search(text, at, high)
                if found is None:
                    break
                whole = self.pattern.match(text, found.start(), end)
                if whole is None:
                    at = found.start() + 1
                    continue
                yield whole
                last = at = whole.end() if whole.end() > whole.start() else whole.start() + 1


# the letters beyond ASCII that :data:`re.IGNORECASE` matches with an ASCII letter (its Unicode
# case folding: U+0130 and U+0131, the dotted and dotless i, with "i"; U+212A, the Kelvin sign,
# with "k"; U+017F, the long s, with "s"), so that a key finds every place its pattern does
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
