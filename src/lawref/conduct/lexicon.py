"""Matching people's words to a conduct, using the lexicon in ``data/conduct.toml``.

Words are compared as lower-case runs of letters and digits, so "Group-Admin", "group admin" and
"group  admin." are the same. A phrase matches only whole words. The longest phrase wins: in
"ran a group to share clips", "ran a group" (administering) covers nothing of "share" (sharing),
so both are found and the query is ambiguous; in "group admin", "group admin" covers "admin".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> tuple[str, ...]:
    """The lower-case words of *text*."""
    return tuple(_WORD.findall(text.lower()))


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon phrase found in a query: which conduct, which phrase, which words of the query."""

    conduct: str
    phrase: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every phrase of every conduct, as word tuples, longest first."""

    phrases: tuple[tuple[tuple[str, ...], str, str], ...]
    names: Mapping[tuple[str, ...], str]

    @classmethod
    def build(cls, conduct: Mapping[str, tuple[str, Iterable[str]]]) -> Lexicon:
        """*conduct* maps id → (label, terms)."""
        phrases = []
        names: dict[tuple[str, ...], str] = {}
        for conduct_id, (label, terms) in conduct.items():
            names[words(conduct_id.replace("_", " "))] = conduct_id
            names[words(label)] = conduct_id
            for term in terms:
                phrases.append((words(term), term, conduct_id))
        phrases.sort(key=lambda item: (-len(item[0]), item[0]))
        return cls(tuple(p for p in phrases if p[0]), names)

    def find(self, text: str) -> list[Match]:
        """Every maximal phrase in *text*: a phrase inside a longer match is dropped."""
        tokens = words(text)
        taken = [False] * len(tokens)
        found: list[Match] = []
        for phrase, term, conduct_id in self.phrases:
            size = len(phrase)
            for start in range(len(tokens) - size + 1):
                if tokens[start : start + size] == phrase and not any(taken[start : start + size]):
                    found.append(Match(conduct_id, term, start, start + size))
                    for index in range(start, start + size):
                        taken[index] = True
        return sorted(found, key=lambda m: m.start)

    def named(self, text: str) -> str | None:
        """The conduct named exactly by id or label (``storing``, "Storing or possessing")."""
        return self.names.get(words(text))

    def suggest(self, text: str, limit: int = 3) -> tuple[str, ...]:
        """Conducts whose words look most like *text*."""
        import difflib

        query = " ".join(words(text))
        by_phrase = {" ".join(p): c for p, _, c in self.phrases}
        by_phrase.update({" ".join(n): c for n, c in self.names.items()})
        hits = difflib.get_close_matches(query, list(by_phrase), n=10, cutoff=0.6)
        if not hits:
            for token in words(text):
                hits += difflib.get_close_matches(token, list(by_phrase), n=3, cutoff=0.75)
        seen: list[str] = []
        for hit in hits:
            if by_phrase[hit] not in seen:
                seen.append(by_phrase[hit])
        return tuple(seen[:limit])
