"""The trie of phrases (:mod:`lawref.analysis.patterns`): the same places as the plain
alternation, and, prefiltered, the same matches as the pattern itself; a pattern scanned around
its keys (:class:`~lawref.analysis.patterns.Keyed`): the same matches as a scan of the whole
text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.analysis.patterns import Keyed, Prefiltered, _any_case, alternation

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


# the words of the patterns scanned around their keys, their keys and the words near them, in
# the cases reports print them
_PUNISHMENT_WORDS = [
    *("5", "14", "ten", "twenty-one", "one", "Rs", "Rs.", "₹", "10,000", "2", "lakh", "50k"),
    *("day", "days", "days'", "Day", "Sunday", "today", "imprisonment", "Imprisonment"),
    *("simple", "rigorous", "additional", "further", "a", "period", "term", "of", "for", "in"),
    *("sentenced", "him", "her", "the", "accused", "to", "judicial", "custody", "remand"),
    *("life", "Life", "natural", "remainder", "his", "till", "until", "extendable", "extends"),
    *("death", "DEATH", "capital", "punishment", "punishable", "with", "hanged", "penalty"),
    *("face", "faces", "attract", "invite", "land", "them", "police", "action", "and"),
    *("jail", "prison", "Prison", "compensation", "Compensation", "fund", "Fund", "as"),
    *("by", "way", "interim", "amounting", "towards", "into", "army", "welfare", "victim"),
    *("fine", "fines", "Fine", "FINES", "levied", "imposed", "will", "be", "also", "could"),
    *("go", "not", "no", "or", "and/or", "impose", "penalties", "punished", "up", "less"),
    *(",", ".", "-", "(", ")", "\n"),
    # letters re.IGNORECASE folds to ASCII ones: a dotless i, a long s
    *("l\u0131fe", "compen\u017fation", "JA\u0130L"),
]
# whole statements of each pattern, so that texts hold matches as well as near misses
_PUNISHMENT_PHRASES = [
    "sentenced the accused to 14 days",
    "5 days' rigorous imprisonment",
    "simple imprisonment for a further period of twenty-one days",
    "sentenced to ten days' judicial custody",
    "Rs 5 lakh as compensation",
    "compensation amounting to Rs. 10,000",
    "Rs 50k towards the army battle casualties welfare fund",
    "life imprisonment",
    "imprisonment until the remainder of his natural life",
    "capital punishment",
    "punishable with death",
    "faces jail",
    "land them in police action and prison",
    "could also go to jail",
    "punishable with rigorous imprisonment",
    "not punishable with imprisonment for less",
    "punished by a fine",
    "a fine will also be levied",
    "impose penalties and fines",
    "no fines and imprisonment",
    "jail terms or a fine",
]
_punishment_texts = st.lists(
    st.tuples(
        st.sampled_from(_PUNISHMENT_WORDS) | st.sampled_from(_PUNISHMENT_PHRASES),
        st.sampled_from([" ", " ", "  ", "\n", "-", " " * 70, "\n" * 130]),
        st.sampled_from([" ", "  ", "\n ", " " * 150]),
    ),
    max_size=30,
).map(lambda parts: "".join(words.replace(" ", blank) + gap for words, blank, gap in parts))


def _keyed_patterns() -> list[Keyed]:
    from lawref.analysis.punishments import payments, reader

    return [
        reader._LIFE_SAID,
        reader._DEATH_SAID,
        reader._UNSTATED_SAID,
        reader._UNSTATED_FINE_SAID,
        reader._UNSTATED_BOTH_SAID,
        reader._EN_DAYS_SAID,
        payments._PAYMENT_SAID,
    ]


@settings(max_examples=600, deadline=None)
@given(_punishment_texts, st.integers(0, 400), st.integers(0, 400))
def test_a_keyed_pattern_finds_the_pattern_s_own_matches(text: str, low: int, high: int) -> None:
    """The punishment reader's patterns scanned only around their keys ("life", "death",
    "capital", "jail", "prison", "fine", "day", "compensation", "fund") give the very matches
    of a scan of the whole text, in whole texts and between any *pos* and *endpos*: the same
    spans and the same groups."""
    low, high = min(low, len(text)), min(max(low, high), len(text))
    for keyed in _keyed_patterns():
        for pos, endpos in ((0, len(text)), (low, high)):
            expected = [
                (m.span(), m.groupdict()) for m in keyed.pattern.finditer(text, pos, endpos)
            ]
            found = [(m.span(), m.groupdict()) for m in keyed.finditer(text, pos, endpos)]
            assert found == expected, keyed.pattern.pattern[:60]


def test_a_keyed_pattern_is_scanned_only_within_its_reach() -> None:
    """A match is found where its key stands within *before* characters of its start and its
    end within *after* of the key, blanks not counted however many (review 2027-01-01b F1), and
    missed beyond (the documented limit); a look-ahead past the stretch's end is read on the
    whole text (F2); keys are ASCII words in any case, and stretches that meet are merged."""
    pattern = re.compile(r"\bsentenced\s+to\s+life\b(?!\s+in\s+jest)", re.IGNORECASE)
    keyed = Keyed(pattern, ("life",), before=12, after=5)
    near = "He was SENTENCED to LIFE on Monday."
    assert [m.group() for m in keyed.finditer(near)] == ["SENTENCED to LIFE"]
    # forty blanks count for nothing: "sentencedto" is eleven characters
    spaced = "He was sentenced" + " " * 40 + "to" + "\n" * 90 + "life."
    assert [m.span() for m in keyed.finditer(spaced)] == [
        m.span() for m in pattern.finditer(spaced)
    ]
    assert list(keyed.finditer(spaced))
    # … and a look-ahead the stretch's end would cut is read on the whole text
    jest = "He was sentenced to life" + " " * 200 + "in jest."
    assert list(pattern.finditer(jest)) == []
    assert list(keyed.finditer(jest)) == []
    # a thirteen-letter start is past the reach
    far = Keyed(pattern, ("life",), before=8, after=5)
    assert list(pattern.finditer(near))
    assert list(far.finditer(near)) == []
    assert list(keyed.windows("life and life", 0, None)) == [(0, 13)]
    assert list(keyed.windows("no key here")) == []
    with pytest.raises(ValueError, match="ASCII"):
        Keyed(pattern, ("जेल",), before=10, after=10)


def test_a_key_finds_every_letter_its_pattern_matches_in_any_case() -> None:
    """A pattern compiled with ``re.IGNORECASE`` matches "life" written with a dotted or a
    dotless i, "compensation" with a long s (its Unicode case folding); the keys find them
    too, so the scan around the keys misses no match. Every character of the Basic
    Multilingual Plane that folds to an ASCII letter is checked."""
    for letter in "abcdefghijklmnopqrstuvwxyz":
        folded = {
            chr(code) for code in range(0x10000) if re.fullmatch(letter, chr(code), re.IGNORECASE)
        }
        key = re.compile(_any_case(letter))
        assert {c for c in folded if key.fullmatch(c)} == folded, letter
    pattern = re.compile(r"\bsentenced\s+to\s+life\b", re.IGNORECASE)
    keyed = Keyed(pattern, ("life",), before=30, after=5)
    text = "He was sentenced to l\u0130fe."
    assert [m.span() for m in keyed.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert list(keyed.finditer(text))
