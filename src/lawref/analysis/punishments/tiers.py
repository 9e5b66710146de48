"""Which conviction a stated punishment is said of: a report that states both of a provision's
scales ("up to five years for the first offence and seven years for a repeat offence", as IT Act
ss.67, 67A and 67B punish "on first conviction" and "in the event of second or subsequent
conviction") states two punishments, each shown with its conviction, not one range from the
first scale's term to the second's.

The words that name a tier are data (``first_conviction_words``,
``subsequent_conviction_words``); the grammar of where a tier's words stand is here.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Literal

from lawref.analysis.punishments.grammar import _NUM
from lawref.analysis.punishments.parts import _Part

Conviction = Literal["first", "subsequent"]

# a clause of more parts or tier words than this is read as one statement, so that splitting
# it stays linear in the text (each tier's words look at each part)
_MOST_PARTS = 8

# between a statement's last part and a tier's words after it: the place of the term, and the
# preposition and article of the tier ("up to five years in jail for a first conviction", "seven
# years each on subsequent conviction", "…, in the event of a second conviction")
_BACK_GAP = re.compile(
    r"[\s,]*(?:(?:in|of)\s+(?:jail|prison|imprisonment)\b[\s,]*)?(?:each\b[\s,]*)?"
    r"(?:(?:for|on|upon|after|as|in\s+(?:the\s+)?(?:event|case)\s+of)\s+)?"
    r"(?:(?:a|an|the|every|any|his|their)\s+)?",
    re.IGNORECASE,
)
# a fine joined to a term before a tier's words after them ("… up to seven years and a fine up
# to Rs 10 lakh for a second conviction"), for ``ConvictionTiers.said_after``
_FINE_BETWEEN = r"(?:[\s,]*(?:and|with|plus)\s+(?:an?\s+)?fine\b[^.;\n]{0,40}?)?"
# between a tier's words and the statement's first part after them: a few words of the law's
# verb, with no "and", "or" or "but" that would join another statement ("on first conviction
# with imprisonment …", "a first conviction attracts up to five years", "for a repeat offence,
# the term is seven years", "a repeat offender under Section 67B of the IT Act faces …"; review
# 2026-12-18b M4)
_FORWARD_GAP = re.compile(
    r"[\s,:\u2013-]*(?:(?!(?:and|or|but|who|which|that|while|whereas)\b)[A-Za-z0-9'()]+"
    r"[\s,:\u2013-]*){0,8}",
    re.IGNORECASE,
)
# before a tier's words, what makes them no tier of the statement: a negation, a contrast, or a
# description of a person in apposition ("As this was not his first offence, he faces up to
# seven years", "Unlike first-time offenders, he faces …", "the accused, a repeat offender,
# faces …"; reviews 2026-12-17b F3, 17c F6)
_NOT_A_TIER_BEFORE = re.compile(
    r"\b(?:not|no|never|unlike|than)\s+(?:(?:a|an|the|his|her|their|its)\s+)?\Z", re.IGNORECASE
)
# (an article right after the comma, then at most two words: "the accused, an alleged repeat
# offender, faces", ", the repeat offender,", ", a 32-year-old repeat offender,"; not ", while a
# repeat offender, …", whose comma opens a clause; review 2026-12-17d F4)
_APPOSITION_BEFORE = re.compile(r",\s*(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,2}\Z", re.IGNORECASE)
# … closed by a comma or "who" before any term (", a repeat offender with three similar cases
# against him, faces …"; review 2026-12-18a H5); not a list of tiers, whose tier words a term
# follows, after a comma or not (", a repeat offender up to seven years", ", a repeat offender,
# up to seven years"; 17d F3, 2026-12-18a M2)
_APPOSITION_AFTER = re.compile(r"[^,.;:!?()\n]{0,80}?(?:,|\bwho\b)", re.IGNORECASE)
_TERM_AFTER = re.compile(
    r"[\s,]*(?:(?:up\s*to|upto|at\s+least|not\s+less\s+than|(?:a\s+)?(?:minimum|maximum)"
    rf"(?:\s+of)?)\s+)?(?:rs\.?|\u20b9|inr|{_NUM}\b|(?:an?\s+)?(?:fine|jail|imprisonment)\b)",
    re.IGNORECASE,
)
# (a sentence passed in the description is the person's past: ", a repeat offender jailed for two
# years in 2019, faces …"; review 2026-12-18b H6)
_PASSED_INSIDE = re.compile(
    r"\b(?:jailed|sentenced|convicted|fined|imprisoned|awarded|served|serving)\b", re.IGNORECASE
)
# … and the words an apposition holds before its closing comma tell no punishment (", a
# first-time offender faces up to two years in jail and a fine of Rs 2,000, while …" is a tier's
# statement, its comma the list's)
_PUNISHMENT_INSIDE = re.compile(
    rf"\b(?:{_NUM}[\s-]+(?:years?|yrs?|months?)|up\s*to|upto|faces?|facing|gets?|attracts?"
    r"|carr(?:y|ies)|punish\w*|jail|imprisonment|prison|fine|rs)\b|\u20b9",
    re.IGNORECASE,
)


def _key(words: str) -> str:
    """*words* as a tier's key: lower-cased, a hyphen read as a space ("first-time offender" is
    "first time offender"), as the pattern matches either."""
    return " ".join(re.split(r"[\s-]+", words.lower().strip()))


class ConvictionTiers:
    """Reads the tier words of a clause and splits its statement of punishment by them."""

    def __init__(
        self,
        first: Iterable[str],
        subsequent: Iterable[str],
        devanagari_cues: Iterable[str] = (),
        devanagari_not_between: Iterable[str] = (),
        devanagari_conditions: Iterable[str] = (),
    ) -> None:
        tiers: dict[str, Conviction] = {_key(w): "first" for w in first}
        tiers.update({_key(w): "subsequent" for w in subsequent})
        self._tier_of = tiers
        # (Hindi and Marathi tier words name the tier before its punishment, "पहली बार अपराध
        # करने पर पांच साल तक … दूसरी बार सात साल तक": read by their own grammar, ``_apart_hindi``)
        devanagari = sorted((w for w in tiers if _DEVANAGARI.search(w)), key=lambda w: (-len(w), w))
        self._hindi = (
            re.compile(
                rf"(?<![\w{_DEVANAGARI_LETTERS}])(?:"
                + "|".join(r"[\s-]+".join(map(_joiners_optional, w.split())) for w in devanagari)
                + rf")(?![\w{_DEVANAGARI_LETTERS}])"
            )
            if devanagari
            else None
        )
        # (a Hindi tier's words count only as a tier of offence: ``_hindi_tiers``; reviews
        # 2027-01-03a H3, 03b H2, H3)
        self._hindi_cues = _phrases(devanagari_cues)
        self._hindi_not_between = _phrases(devanagari_not_between)
        self._hindi_conditions = _phrases(devanagari_conditions)
        ordered = sorted(
            (w for w in tiers if not _DEVANAGARI.search(w)), key=lambda w: (-len(w), w)
        )
        alternatives = "|".join(r"[\s-]+".join(map(re.escape, w.split())) for w in ordered)
        self._words = re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE) if ordered else None
        # (past a fine joined to the term: "… and up to seven years and a fine up to Rs 10 lakh
        # for a second conviction"; review 2026-12-18d)
        self._after = (
            re.compile(rf"{_FINE_BETWEEN}{_BACK_GAP.pattern}(?:{alternatives})\b", re.IGNORECASE)
            if ordered
            else None
        )
        self._before = (
            re.compile(rf"\b(?:{alternatives})[\s,]*\Z", re.IGNORECASE) if ordered else None
        )

    def said_before(self, text: str, start: int) -> tuple[int, int] | None:
        """Where a tier's words stand right before *start*, as in a list of tiers ("…, a
        repeat offender up to seven years", "…, a repeat offender, up to seven years"); None
        where none do."""
        if self._before is None:
            return None
        found = self._before.search(text, max(0, start - 60), start)
        return (found.start(), found.end()) if found is not None else None

    def said_after(self, text: str, end: int) -> bool:
        """Whether a tier's words follow right after *end* ("… seven years for a repeat
        offence")."""
        return self._after is not None and self._after.match(text, end) is not None

    def apart(
        self, text: str, parts: Sequence[_Part], low: int, high: int
    ) -> list[tuple[list[_Part], Conviction | None]]:
        """*parts* (one statement, in the clause *low*..*high*) as the statements of each tier
        the clause names: a tier's words take the parts right before them ("five years for a
        first offence") or, failing that, right after them ("on first conviction with
        imprisonment …"), one part of each kind (a term, a fine) back or forward; parts no tier
        takes are the first conviction's where only the second is named ("up to five years, and
        up to seven years in the event of a second conviction"), else of no tier. With no tier
        words, one statement of no tier; tier words after a negation or a contrast ("not his
        first offence", "unlike first-time offenders") or describing a person in apposition
        ("the accused, a repeat offender, …") are none. The tier read is shown with the
        statement; the comparison with the law takes every tier (:func:`compare._tiers`)."""
        if not parts or len(parts) > _MOST_PARTS:
            return [(list(parts), None)]
        ordered = sorted(parts, key=lambda p: (p.end, p.start))
        lowest, highest = min(p.start for p in parts), ordered[-1].end
        found = (
            list(self._words.finditer(text, max(low, lowest - 120), min(high, highest + 120)))
            if self._words is not None
            else []
        )
        if not found and self._hindi is not None:
            said = self._hindi_tiers(
                text, ordered, list(self._hindi.finditer(text, max(low, lowest - 120), highest))
            )
            if said and len(said) <= _MOST_PARTS:
                return self._apart_hindi(text, ordered, said)
        if not found or len(found) > _MOST_PARTS:
            return _least_fines_apart(ordered)
        names = [self._tier_of[_key(m.group())] for m in found]
        tier: dict[int, Conviction] = {}
        for at, match in enumerate(found):
            named = names[at]
            if _NOT_A_TIER_BEFORE.search(text, max(low, match.start() - 30), match.start()):
                continue
            listed = _TERM_AFTER.match(text, match.end()) is not None
            if (
                match.group().lower().endswith("offender")
                and _APPOSITION_BEFORE.search(text, max(low, match.start() - 50), match.start())
                and not listed
                and (closing := _APPOSITION_AFTER.match(text, match.end())) is not None
                and (
                    _PUNISHMENT_INSIDE.search(text, match.end(), closing.end()) is None
                    or _PASSED_INSIDE.search(text, match.end(), closing.end()) is not None
                )
            ):
                # "the accused, a repeat offender, faces …": a person described (not a list of
                # tiers, "… up to three years, a repeat offender up to five"; 17d F3)
                continue
            # a part is placed by its end, where its term or amount ends: its span may begin at
            # a punishment word before the tier's ("imprisonment on first conviction and seven
            # years")
            before = [i for i, p in enumerate(ordered) if p.end <= match.start()]
            after = [i for i, p in enumerate(ordered) if p.end > match.end()]
            earlier = found[at - 1].end() if at else low
            later = found[at + 1].start() if at + 1 < len(found) else high
            taken: list[int] = []
            if (
                before
                and not (listed and at)
                and _BACK_GAP.fullmatch(text, ordered[before[-1]].end, match.start())
            ):
                # (not back when a term follows the words of a later tier in a list: "a
                # first-time offender faces … a fine of up to Rs 10 lakh, a second-time offender
                # up to seven years" — the fine is the first tier's; review 2026-12-18a H6)
                taken = _run(text, ordered, reversed(before), earlier, tier)
            if (
                not taken
                and after
                and (
                    ordered[after[0]].start <= match.end()
                    or _FORWARD_GAP.fullmatch(text, match.end(), ordered[after[0]].start)
                )
            ):
                # (forward also when the parts before are another tier's: "a first-time
                # offender faces up to five years, a repeat offender up to seven"; 17d F3)
                taken = _run(text, ordered, after, later, tier, forward=True)
            for i in taken:
                tier[i] = named
        if not tier:
            return [(list(parts), None)]
        # parts no tier took are the first conviction's only where the second alone is named
        # ("up to five years, and up to seven years in the event of a second conviction"); else
        # they are of no tier ("five years for a first offence and seven years thereafter";
        # review 2026-12-17b F2)
        rest: Conviction | None = "first" if set(tier.values()) == {"subsequent"} else None
        split: list[tuple[list[_Part], Conviction | None]] = []
        for name in ("first", "subsequent", None):
            others = [p.end for i, p in enumerate(ordered) if tier.get(i, rest) != name]
            piece = [
                _after_others(text, p, [m.end() for m in found if m.start() >= p.start] + others)
                for i, p in enumerate(ordered)
                if tier.get(i, rest) == name
            ]
            if piece:
                split.append((piece, name))
        return split

    def _hindi_tiers(
        self, text: str, ordered: Sequence[_Part], found: Sequence[re.Match[str]]
    ) -> list[re.Match[str]]:
        """Of the Hindi or Marathi tier words *found* before a statement's parts (*ordered*),
        those that name a tier: each before a part, with none of ``devanagari_tier_not_between``
        between them and it (a complaint, an arrest, an intent, a case registered: "दोबारा अपराध
        की नीयत से …"), and either a word of the offence in them or within the six words after
        them (``devanagari_tier_cues``) followed there by a word of a condition
        (``devanagari_tier_conditions``: "पहली बार अपराध करने पर", "प्रथम दोषसिद्धि पर", "…
        गुन्हा केल्यास"), or both tiers' words in the clause, each with a part of its own before
        the next tier's words ("पहली बार एक से तीन साल … दूसरी बार तीन से सात साल …"). "दोबारा"
        (again) and "पहली बार" (for the first time) are everyday adverbs too ("दोबारा गिरफ्तार
        किया"; reviews 2027-01-03a H3, 03b H2, H3, 03c H4, 03d H5)."""
        placed: list[tuple[re.Match[str], bool, int]] = []
        for match in found:
            part = next((p for p in ordered if p.start >= match.end()), None)
            if part is None or (
                self._hindi_not_between is not None
                and self._hindi_not_between.search(text, match.end(), part.start)
            ):
                continue
            reach = _words_after(text, match.end(), 6)
            cue = (
                self._hindi_cues.search(text, match.start(), reach)
                if self._hindi_cues is not None
                else None
            )
            # (the offence's word said as a condition, as the law's tiers are: "पहली बार अपराध
            # करने पर", "… की दशा में", "… केल्यास"; not "पहली बार साइबर अपराध के मामले में";
            # review 2027-01-03c H4)
            cued = (
                cue is not None
                and self._hindi_conditions is not None
                and self._hindi_conditions.search(text, cue.start(), reach) is not None
            )
            placed.append((match, cued, part.start))
        # (the two tiers named together, each with a punishment of its own before the next
        # tier's words: "पहली बार एक से तीन साल … और दूसरी बार तीन से सात साल …"; not "पहली बार
        # 2019 में और दूसरी बार 2021 में पकड़ा गया, … तीन साल तक"; 03c H4)
        own = [
            self._tier_of[_key(_joiners_dropped(m.group()))]
            for at, (m, _, first_part) in enumerate(placed)
            if at + 1 == len(placed) or first_part < placed[at + 1][0].start()
        ]
        paired = len(own) == len(placed) and set(own) == {"first", "subsequent"}
        return [m for m, cued, _ in placed if cued or paired]

    def _apart_hindi(
        self, text: str, ordered: Sequence[_Part], found: Sequence[re.Match[str]]
    ) -> list[tuple[list[_Part], Conviction | None]]:
        """*ordered* (one statement's parts, by their ends) split by the Hindi or Marathi tier
        words *found* in its clause, which name the tier before its punishment, as the Hindi
        texts of IT Act s.67B ("प्रथम दोषसिद्धि पर … और द्वितीय या पश्चात्वर्ती दोषसिद्धि की दशा
        में …") and POCSO s.15(1) word it and reports retell it ("पहली बार अपराध करने पर पांच
        साल तक की सजा … दूसरी बार अपराध करने पर सात साल तक"): each part is the tier's whose
        words stand last before it. Parts before any tier's words are the first conviction's
        where the second alone is named, as in English (:meth:`apart`), else of no tier."""
        named = [
            (m.start(), m.end(), self._tier_of[_key(_joiners_dropped(m.group()))]) for m in found
        ]
        rest: Conviction | None = (
            "first" if {tier for _, _, tier in named} == {"subsequent"} else None
        )
        tiers: list[Conviction | None] = []
        # (each tier's words take one part of each kind, the nearest first: "प्रथम दोषसिद्धि पर
        # पांच वर्ष तक और … सात वर्ष तक" gives the first tier five years, not seven, where the
        # second tier's words are not read; review 2027-01-03a H7)
        taken: dict[int, set[tuple[str, bool, bool, bool]]] = {}
        for part in ordered:
            before = [
                (at, end, tier) for at, (_, end, tier) in enumerate(named) if end <= part.start
            ]
            if not before:
                tiers.append(rest)
                continue
            at, _, tier = before[-1]
            kind = _kind_of(part)
            if kind in taken.setdefault(at, set()):
                tiers.append(None)
                continue
            taken[at].add(kind)
            tiers.append(tier)
        if all(tier is None for tier in tiers):
            return [(list(ordered), None)]
        ends = [end for _, end, _ in named]
        split: list[tuple[list[_Part], Conviction | None]] = []
        for name in ("first", "subsequent", None):
            others = [p.end for p, tier in zip(ordered, tiers, strict=True) if tier != name]
            piece = [
                _after_others(text, p, ends + others)
                for p, tier in zip(ordered, tiers, strict=True)
                if tier == name
            ]
            if piece:
                split.append((piece, name))
        return split


# a Devanagari letter, sign or digit (the block, for the boundaries of Hindi tier words)
_DEVANAGARI_LETTERS = "\u0900-\u097f"
_DEVANAGARI = re.compile(f"[{_DEVANAGARI_LETTERS}]")
# the zero-width joiners a Hindi text may write after a virama ("पश्चात्\u200cवर्ती", as the Acts'
# Unicode texts print it; review 2027-01-03a H7)
_JOINERS = re.compile("[\u200c\u200d]")
_VIRAMA = "\u094d"
_SENTENCE_STOP = re.compile(r"[\u0964.\n]")
_WORD = re.compile(r"\S+")


def _joiners_optional(word: str) -> str:
    """*word* as a pattern in which a zero-width joiner may follow each virama."""
    return "".join(re.escape(ch) + ("[\u200c\u200d]?" if ch == _VIRAMA else "") for ch in word)


def _joiners_dropped(said: str) -> str:
    """*said* without its zero-width joiners, as a tier's key."""
    return _JOINERS.sub("", said)


def _phrases(words: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern of *words*, each a Devanagari phrase, not inside a longer word; None for
    none."""
    ordered = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    if not ordered:
        return None
    return re.compile(
        rf"(?<![{_DEVANAGARI_LETTERS}])(?:"
        + "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)
        + rf")(?![{_DEVANAGARI_LETTERS}])"
    )


def _words_after(text: str, end: int, count: int) -> int:
    """Where the *count* words after *end* end, within their sentence (a danda, a full stop or
    a line break ends it), at most 80 characters on."""
    stop = min(len(text), end + 80)
    mark = _SENTENCE_STOP.search(text, end, stop)
    stop = mark.start() if mark is not None else stop
    words = list(_WORD.finditer(text, end, stop))
    return words[count - 1].end() if len(words) >= count else stop


def _kind_of(part: _Part) -> tuple[str, bool, bool, bool]:
    """The kind a tier's words take one part of: a term's minimum and its maximum are two, and
    so are a fine range's ends (its least and its most, kept together: "fined Rs 6 lakh to Rs 8
    lakh" for first-time offenders; review 2027-01-04b H3)."""
    return (
        part.kind,
        part.min_months is not None,
        part.max_months is not None,
        part.fine_range and part.at_least,
    )


def _least_fines_apart(ordered: Sequence[_Part]) -> list[tuple[list[_Part], Conviction | None]]:
    """*ordered* as one statement of no tier or, where it names two different "at least" fines
    (POCSO s.15(1)'s "not less than five thousand rupees … not less than ten thousand rupees",
    its tier's words not read) or two different fines one of them with a limit, as a statement
    from each such fine on (the parts before the first with the first): no one statement holds
    two least fines (review 2027-01-03a H7) nor a limit of one fine put on another."""
    least = [i for i, p in enumerate(ordered) if p.kind == "fine" and p.at_least and p.fine_inr]
    if len({ordered[i].fine_inr for i in least}) < 2:
        # … and two different fines one of which is said with a limit, the law's form ("a fine
        # up to Rs 2,000 can be imposed and a fine of Rs 10,000 …" was one fine up to ₹10,000;
        # survey of unseen reports, 2027-01-04); a sentence's fines, with no limit, stay
        # together ("a fine of Rs 5,000 and of Rs 2,000")
        fines = [i for i, p in enumerate(ordered) if p.kind == "fine" and p.fine_inr]
        ranged = {
            j
            for i, j in itertools.pairwise(fines)
            if ordered[i].fine_range and ordered[j].fine_range
        }
        least = [i for i in fines if i not in ranged]  # a range's high end stays with its low
        if len({ordered[i].fine_inr for i in least}) < 2 or not any(
            ordered[i].limited or ordered[i].at_least for i in least
        ):
            return [(list(ordered), None)]
    cuts = [0, *least[1:], len(ordered)]
    return [(list(ordered[a:b]), None) for a, b in itertools.pairwise(cuts) if a < b]


def _after_others(text: str, part: _Part, ends: Sequence[int]) -> _Part:
    """*part*, begun after any tier's words or another tier's part that ends inside its span
    (*ends*), and after the joining word that follows: a term's span may reach back to a
    punishment word before them ("imprisonment of up to five years for the first offence and
    ten years" is, for the second tier, "ten years")."""
    inside = [end for end in ends if part.start < end < part.end]
    if not inside:
        return part
    joined = _JOINING.match(text, max(inside), part.end)
    start = joined.end() if joined is not None else max(inside)
    return dataclasses.replace(part, start=start) if start < part.end else part


# the words that join a tier's statement to the next: "…, and", "while", "but"
_JOINING = re.compile(r"[\s,;]*(?:(?:and|or|while|but|whereas)\b)?[\s,]*", re.IGNORECASE)


def _run(
    text: str,
    ordered: Sequence[_Part],
    indices: Iterable[int],
    bound: int,
    tier: dict[int, Conviction],
    forward: bool = False,
) -> list[int]:
    """The parts a tier's words take, from the nearest on: one of each kind (a term's minimum
    and its maximum may be two parts: "not less than one year, but which may extend to three
    years"), none another tier took, none beyond *bound* (the tier words before or after these),
    and, going back, none across a comma or semicolon ("a jail term of up to 5 years and a fine
    up to Rs 10 lakh, which may extend to 7 years for a second conviction": the fine is not the
    second's alone)."""
    kinds: set[tuple[str, bool, bool, bool]] = set()
    taken: list[int] = []
    for i in indices:
        part = ordered[i]
        kind = _kind_of(part)
        beyond = part.end >= bound if forward else part.end <= bound
        if taken and not forward:
            beyond = beyond or _BREAK.search(text, part.end, ordered[taken[-1]].end) is not None
        if beyond or i in tier or kind in kinds:
            break
        kinds.add(kind)
        taken.append(i)
    return taken


# a comma or a semicolon, not a comma between digits ("a fine of Rs 5,000"; 17b F1)
_BREAK = re.compile(r"(?<!\d),|,(?!\d)|;")
