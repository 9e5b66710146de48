"""The trie of phrases (:mod:`lawref.analysis.patterns`): the same places as the plain
alternation, and, prefiltered, the same matches as the pattern itself."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.analysis.patterns import Prefiltered, alternation

_WORDS = ["i", "t", "it", "ita", "pocso", "po", "act", "rules", "child", "porn", "pornography"]
_JOINERS = [r"\s?", r"\s+", r"[\s.()]*", r"\W+"]
_phrases = st.lists(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(" ".join),
    min_size=1,
    max_size=8,
)
_texts = st.lists(
    st.sampled_from([*_WORDS, "I.T.", "IT", "(", ")", ".", "x", "PORN", " ", "  "]), max_size=30
).map(" ".join)


def _plain(phrases: list[str], joiner: str) -> str:
    ordered = sorted({p.lower() for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(joiner.join(re.escape(w) for w in p.split()) for p in ordered)


@settings(max_examples=400, deadline=None)
@given(_phrases, st.sampled_from(_JOINERS), _texts)
def test_the_trie_matches_where_the_plain_alternation_does(
    phrases: list[str], joiner: str, text: str
) -> None:
    plain = re.compile(rf"\b(?:{_plain(phrases, joiner)})\b", re.IGNORECASE)
    trie = re.compile(rf"\b(?:{alternation(phrases, joiner)})\b", re.IGNORECASE)
    for start in range(len(text) + 1):
        assert (plain.match(text, start) is None) == (trie.match(text, start) is None)


@settings(max_examples=400, deadline=None)
@given(_phrases, st.sampled_from(_JOINERS), _texts)
def test_a_prefiltered_pattern_finds_the_pattern_s_own_matches(
    phrases: list[str], joiner: str, text: str
) -> None:
    """Even where the trie prefers another phrase ("I.T." read as "i t" or "it"), the
    prefiltered scan gives the pattern's own choice: same spans, same groups."""
    pattern = re.compile(
        rf"\b(?P<core>{_plain(phrases, joiner)})\b(?P<tail>\s(?:act|rules))?", re.IGNORECASE
    )
    prefilter = re.compile(rf"\b(?:{alternation(phrases, joiner)})\b", re.IGNORECASE)
    expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    scanned = [(m.span(), m.groupdict()) for m in Prefiltered(pattern, prefilter).finditer(text)]
    assert scanned == expected


def test_the_trie_prefers_the_longer_phrase() -> None:
    """Of "child porn" and "child pornography", the longer where both match."""
    phrases = alternation(["child porn", "child pornography"], r"\s")
    trie = re.compile(rf"\b(?:{phrases})\b")
    found = trie.search("he shared child pornography")
    assert found is not None
    assert found.group() == "child pornography"
    assert alternation([], r"\s") == ""
