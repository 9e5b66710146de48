"""Lists and ranges of sections: after a keyword ("Sections 67 and 67B of the IT Act"), before
or after an Act with no keyword ("66C IT Act", "IPC 354, POCSO 8"), ranges ("Sections 3 to 6"),
the Devanagari lists, and the Act each list is read against.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from lawref.analysis.dates import MONTHS
from lawref.analysis.devanagari import DevanagariReader, SectionList
from lawref.analysis.models import StatuteReference
from lawref.analysis.references.helpers import (
    _BLANK,
    _BRACKET,
    _GLOSS,
    _INCLUDING,
    _ITEM,
    _JOIN,
    _KEYED_NUMBER,
    _KEYWORD,
    _KEYWORD_GAP,
    _LETTER_END,
    _LETTER_LAST,
    _LETTER_LISTED,
    _NEXT_WORD,
    _NUMBER,
    _RANGE_JOIN,
    _WORD_OF,
    ActMatch,
    ActName,
    _act_flags,
    _ascii_digits,
    _base,
    _Budget,
    _restates,
    _words_of,
    within_any,
)
from lawref.analysis.references.names import _CONTINUATIONS
from lawref.analysis.references.sections import SectionRules

_PART = rf"{_BRACKET}(?:\s?{_BRACKET})*{_GLOSS}?"

# after "of", the words that make a number a part of a group ("2 of his associates", "2 of
# them were arrested"); not "of these rules", "of those Acts" (reviews 2026-12-23b M2, 23c H3)
_PARTITIVE_OWNERS = frozenset({"his", "her", "them", "their"})

# a plural verb after a counted noun: the count is a clause's subject ("and 2 accused were
# arrested", "and 3 students are detained")
_PLURAL_VERBS = frozenset({"were", "are", "have", "had"})

# what joins a letter written alone to the lettered section before it ("354A, B and D")
_LETTER_JOIN = re.compile(r"\s?(?:,|/|&|and|or)\s?(?:(?:and|or)\s)?", re.IGNORECASE)

# a comma and "and" or "or" before a number: a new clause ("…, and 2 accused were arrested")
_CLAUSE_JOIN = re.compile(r"\s?,\s?(?:and|or)\s", re.IGNORECASE)

# the word right after a number in the same clause: only spaces or a hyphen between
_WORD_RIGHT_AFTER = re.compile(r"[ \t-]*([A-Za-z]+)")

# a gloss that names a part of a section of two limbs ("506 Part II", "506 part-I"): its numeral
_PART_GLOSS = re.compile(r"\s*part\s?-?\s?(II|I|2|1)", re.IGNORECASE)

_SECTIONS = re.compile(
    rf"\b{_KEYWORD}{_INCLUDING}{_KEYWORD_GAP}(?P<list>{_KEYED_NUMBER}"
    rf"(?:{_JOIN}(?:{_KEYED_NUMBER}|{_PART})|{_LETTER_END}|{_LETTER_LAST}|{_LETTER_LISTED})*)",
    re.IGNORECASE,
)

# A number with no "Section" before it, in a list or after "under", followed by the Act it belongs
# to: "…, 67B (publishing or transmitting …) of the Information Technology Act", "and 509 of the
# IPC", "booked under 66C IT Act", "… of the POCSO Act along with 67B of the IT Act" (or "as
# well as", "besides", "plus", "also"). Every part after the list is optional, so the pattern
# matches once per list and scanning goes on after it (linear); what must follow is checked in
# code: an Act's name right at the end, after "of" when the list came after a comma, "and" or
# another joining word, and no count noun after the Act ("45 of the POCSO cases").
# (a word lead is written with no "\b" before it, so that every alternative opens with a letter
# or a mark and the engine skips quickly to where one may start; a word lead inside a word,
# "husband 12", is passed over by ``_back_lists``, which searches again one place on: the
# matches are those the "\b" would give)
_BACK = re.compile(
    rf"(?P<lead>,|;|&|and\b|under\b|u/s|r/w|read\s+with|with\b|as\s+well\s+as\b"
    r"|besides\b|plus\b|also\b)\s?"
    rf"(?P<list>{_NUMBER}(?:{_JOIN}{_NUMBER}|{_LETTER_END}|{_LETTER_LAST}|{_LETTER_LISTED})*)"
    r"\s?(?P<link>(?:of|under)\s)?(?:the\s)?",
    re.IGNORECASE,
)


def _back_lists(text: str, low: int, high: int) -> list[re.Match[str]]:
    """The matches of ``_BACK`` in *text* from *low* to *high*, each word lead at the start of a
    word (as a word boundary before it would have it): a match whose word lead stands inside a
    word is passed over, and the search goes on one place after its start. Each search starts
    past the last: linear in the text."""
    found: list[re.Match[str]] = []
    at = low
    while (match := _BACK.search(text, at, high)) is not None:
        start = match.start()
        if (
            match["lead"][0].isalpha()
            and start > 0
            and (text[start - 1].isalnum() or text[start - 1] == "_")
        ):
            at = start + 1
            continue
        found.append(match)
        at = max(match.end(), start + 1)
    return found


# a word that starts a list of sections again, between a number and a later Act's name
_RESTART_WORD = re.compile(r"\b(?:sections?|secs?|u/s)\b", re.IGNORECASE)


def _later_act_split(numbers: Sequence[tuple[int, int, str, str]], last: int | None) -> int:
    """Where a list with an Act before it and another right after it passes to the later Act
    ("आईपीसी की धारा 376 और 3/4 पॉक्सो एक्ट": 3 and 4 are POCSO's; "… धारा 376, 3/4 पॉक्सो":
    a group joined by "/" after a comma): at the last number joined by a word, else at the
    start of a last "/" group after a comma; not where a number after it is past the later
    Act's last section ("भादवि की धारा 363, 366 व 376 पॉक्सो एक्ट": POCSO has no 376)."""
    split = next((i for i in range(len(numbers) - 1, 0, -1) if numbers[i][3] == "word"), None)
    if split is None:
        group = len(numbers) - 1
        # (a range's high end stays with its low: "धारा 376, 4 से 6 पॉक्सो"; review 2026-12-31d M2)
        while group > 0 and numbers[group][3] in ("/", "range"):
            group -= 1
        if 0 < group < len(numbers) - 1 and numbers[group][3] == ",":
            split = group
    if split is None:
        return len(numbers)
    if last is not None:
        for _, _, number, _ in numbers[split:]:
            digits = re.match(r"\d+", number)
            if digits is not None and int(digits.group()) > last:
                return len(numbers)
    return split


_RANGE_LIMIT = 60

_TOO_WIDE = "the sections inside the range “{}” are not listed: it spans more than {} numbers"

_NO_ACT_RANGE = (
    "the sections inside the range “{}” are not listed: the Act they belong to is not named "
    "with them"
)

_NOT_EXPANDED = (
    "the sections inside the range “{}” are not listed: the text names more ranges than lawref "
    "expands in one stretch"
)

_UNIT_WORD = re.compile(r"[\s,.'\u2019-]*([A-Za-z]+)")

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv")


@dataclass(frozen=True, slots=True)
class _Between:
    """The numbers strictly inside a range of sections, and whether lettered sections lawref
    does not hold may be missing from them."""

    numbers: tuple[str, ...]
    partial: bool
    wide: bool = False
    """The range spans more than ``_RANGE_LIMIT`` numbers: its ends are read, not what is in
    it."""


def _part_range(low: str, high: str) -> _Between | None:
    """The sub-sections or clauses between "15(1)" and "15(3)" (15(2)), between "(a)" and
    "(d)" of one section, or between roman "(i)" and "(iv)"; None when the two are not the last
    parts of one provision."""
    ends = [re.fullmatch(r"(.+)\(([0-9a-z]{1,4})\)", n) for n in (low, high)]
    if ends[0] is None or ends[1] is None or ends[0][1] != ends[1][1]:
        return None
    head, first, last = ends[0][1], ends[0][2], ends[1][2]
    if first.isdigit() and last.isdigit():
        inside = [str(n) for n in range(int(first) + 1, int(last))]
    elif first in _ROMAN and last in _ROMAN:
        # both roman: "(v) to (x)" is v to x, not the letters v to x
        inside = list(_ROMAN[_ROMAN.index(first) + 1 : _ROMAN.index(last)])
    elif len(first) == 1 and len(last) == 1 and first.isalpha() and last.isalpha():
        inside = [chr(code) for code in range(ord(first) + 1, ord(last))]
    else:
        return None
    if len(inside) > _RANGE_LIMIT:
        return None
    return _Between(tuple(f"{head}({part})" for part in inside), partial=False)


# a single capital in brackets right after a section's digits ("5 (L)", "354 (C)"), and what
# follows it
# everything after a number's leading digits ("354D" → "354")
_LEADING_DIGITS = re.compile(r"(?<=\d)\D.*", re.DOTALL)

_BRACKET_LETTER = re.compile(r"\s*(\d+)\s?\(\s?([A-Z])\s?\)(.*)", re.DOTALL)

# one or two capitals in brackets that are a section's letters, not a roman numeral's ("(IV)")
_SECTION_LETTERS = re.compile(r"\(\s?([A-Z](?:(?<![IVX])[A-Z]|[A-HJ-UWYZ])?)\s?\)")


def _part_number(base: str, part: str, low: str | None, before: str | None = None) -> str:
    """The provision a bare bracket names: after a range word, the low end's parent with this
    part ("376(2)(i) to (n)": 376(2)(n)) or, after a lettered section, its letter ("354(A) to
    (D)": 354D); right after a lettered section (not after its clause: "67B (A), (B)" is
    67B(b)), capitals are a section of the same number ("376 (AB), (DA)": 376DA; "67 (A) and
    (B)": 67B; "376 (D) and (DB)": 376DB); otherwise the section before it with
    this part ("11(i), (v)": 11(v))."""
    letters = _SECTION_LETTERS.fullmatch(part.strip())
    if low is not None:
        lettered = re.fullmatch(r"(\d+)[A-Z]{1,2}", low)
        if letters is not None and lettered is not None:
            return lettered[1] + letters[1]
        parent = re.fullmatch(r"(.+)\([0-9a-z]{1,4}\)", low)
        if parent is not None:
            return parent[1] + _normal_parts(part)
    lettered = re.fullmatch(r"(\d+)([A-Z]{1,2})", base)
    if (
        letters is not None
        and lettered is not None
        and before is not None
        and re.fullmatch(rf"{lettered[1]}[A-Z]{{1,2}}", before) is not None
    ):
        # "376 (AB), (DA) and (DB)", "67 (A) and (B)": capitals after a lettered section, as
        # many as it has, are the next section's letters on the same number (376DA, 67B), not
        # a clause of 376AB or 67A
        return lettered[1] + letters[1]
    sibling = re.fullmatch(r"(\d+[A-Z]{0,2}\(.+\))\(([0-9]{1,3}|[a-z]{1,4})\)", before or "")
    normal = _normal_parts(part)
    if sibling is not None and (
        (sibling[2].isdigit() and re.fullmatch(r"\(\d{1,3}\)", normal) is not None)
        or (sibling[2].isalpha() and re.fullmatch(r"\([a-z]{1,4}\)", normal) is not None)
    ):
        # "376 (2) (f) and (i)": a clause of the same kind as the last of the number before is
        # its sibling, 376(2)(i), not s.376's own (survey of unseen reports, 2027-01-04)
        return sibling[1] + normal
    return base + normal


_PARTS = re.compile(r"\(([0-9a-z]{1,4})\)")


_MOST_CLAUSE_PARTS = 6


def _sibling_clauses(number: str) -> tuple[str, ...]:
    """The provisions a run of clause brackets names where a letter follows a lettered clause:
    "5(l)(m)" is POCSO s.5(l) and s.5(m), "376(2)(j)(n)" is 376(2)(j) and 376(2)(n), "5(j)(ii)(l)"
    is 5(j)(ii) and 5(l) (LiveLaw, Indian Express; survey of unseen reports, 2027-01-06). The
    Acts lawref reads letter their clauses and number a clause's sub-clauses in roman numerals
    (POCSO s.5(j)(ii), IPC s.376(2)(i)), so a letter after a letter is the next clause, not a
    part of the first; a roman numeral (``_ROMAN``: i, v, x) stays a sub-clause."""
    head = re.match(r"\d+[A-Z]{0,2}", number)
    if head is None or number.count("(") > _MOST_CLAUSE_PARTS:
        return (number,)  # (a run of many brackets is no citation: read as before, linearly)
    parts = _PARTS.findall(number, head.end())
    if "".join(f"({p})" for p in parts) != number[head.end() :]:
        return (number,)
    found: list[str] = []
    chain: list[str] = []
    for part in parts:
        letter = len(part) == 1 and part.isalpha() and part not in _ROMAN
        level = next(
            (
                at
                for at in range(len(chain) - 1, -1, -1)
                if len(chain[at]) == 1 and chain[at].isalpha() and chain[at] not in _ROMAN
            ),
            None,
        )
        if letter and level is not None:
            found.append(head.group() + "".join(f"({p})" for p in chain))
            chain = chain[:level]
        chain.append(part)
    found.append(head.group() + "".join(f"({p})" for p in chain))
    return tuple(found)


def _section_order(number: str) -> tuple[int, str]:
    head = re.match(r"\d+", number)
    return (int(head.group()) if head else 0, number)


def _normal_parts(parts: str) -> str:
    return "".join(f"({p.lower()})" for p in re.findall(r"\(\s?([0-9A-Za-z]{1,4})\s?\)", parts))


def _read_numbers(raw: str) -> tuple[str]:
    """A number as written, normalised: "67 - b" → "67B", "354 (C)" → "354C", "376 (AB)" →
    "376AB" (one or two capital letters in brackets right after the digits are a section's
    letters: clauses are lower-case, and two that could be a roman numeral, "(IV)", are a
    clause), "294 (2) (a)" → "294(2)(a)"."""
    raw = _ascii_digits(raw)
    head = re.match(r"\s*(\d+)\s?[-\u2010-\u2013\u2212]?\s?([A-Za-z]{0,2})", raw)
    assert head is not None
    base = head.group(1) + head.group(2).upper()
    rest = raw[head.end() :]
    if not head.group(2):
        # two capitals that could be a roman numeral ("(IV)") are a clause
        letter = re.match(r"\s?\(\s?([A-Z](?:(?<![IVX])[A-Z]|[A-HJ-UWYZ])?)\s?\)", rest)
        if letter is not None:
            base += letter.group(1)
            rest = rest[letter.end() :]
    return (base + _normal_parts(rest),)


# How far either side of an Act's name its sentence is read for an amending verb, and what ends
# a sentence there (a full stop and a space, "?", "!", a danda or a line break)
_AMENDING_REACH = 200

# ", 2000," after an Act's name: its year, not the end of a clause
_YEAR_AFTER_COMMA = re.compile(r",\s?(?=(?:19|20)\d\d\b)|(?<=\b(?:19|20)\d\d),")

# a relative clause set off by commas right after an Act's name ("…, 2008, which came into force
# in 2009, inserted …"), bounded
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|that)\b[^,.;]{0,120},", re.IGNORECASE)

_SENTENCE_BREAK = re.compile(r"[.?!]\s|[\n\u0964]")

# "by the", "through", "vide": the agent of a change before an amending Act's name (after it in
# Hindi, the agent's mark of ``DevanagariGrammar.agent``: "… अधिनियम 2008 ने … जोड़ी")
_AGENT_BY = re.compile(r"\b(?:by|through|vide|via)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _ordered_words(text: str) -> list[str]:
    """The words of *text* in order, in lower case and NFC (as :func:`_words_of`)."""
    return [unicodedata.normalize("NFC", w.lower()) for w in _WORD_OF.findall(text)]


class ListRules(SectionRules):
    """The lists and ranges of sections a text names, in English and in Devanagari, each read
    against its Act."""

    @cached_property
    def _amending_agent_marks(self) -> frozenset[str]:
        """``amending_agent_marks``: Hindi's "के जरिए", "द्वारा" after an amending Act's name."""
        return frozenset(self.config.amending_agent_marks)

    @cached_property
    def _agent_marks(self) -> frozenset[str]:
        """The Hindi agent's mark ("ने"), from ``[analysis.hindi_conduct.grammar]``."""
        return frozenset(self.config.hindi_conduct.grammar.agent)

    @cached_property
    def marathi(self) -> DevanagariReader:
        """The same reader for Marathi texts, which letter sections by their own alphabet."""
        return DevanagariReader(
            self.config.devanagari, marathi=True, replaced_years=self._replaced_years
        )

    def _devanagari_for(self, text: str, low: int, high: int) -> DevanagariReader:
        """The Devanagari reader for *text*: the Marathi one where its words are Marathi's."""
        return self.marathi if self.devanagari.is_marathi(text, low, high) else self.devanagari

    def _flags_alone(
        self, text: str, start: int, end: int, name: ActName, day: dt.date
    ) -> list[str]:
        """The flags of an Act named alone at *start*..*end*: as any Act's, except that an
        amending Act's name (one of ``amendment_words`` in it) in a sentence that says it changed
        the law (one of ``amending_verbs``) is said to be the amending Act, not misnamed
        ("Section 67B was inserted by the Information Technology (Amendment) Act, 2008"). The
        sentence is read at most ``_AMENDING_REACH`` characters either side."""
        flags = _act_flags(self.statutes, name, day)
        if not name.held or not self.amendment_words.intersection(_words_of(text, start, end)):
            return flags
        low = max(0, start - _AMENDING_REACH)
        high = min(len(text), end + _AMENDING_REACH)
        before = _SENTENCE_BREAK.split(text[low:start])[-1]
        after = _SENTENCE_BREAK.split(text[end:high])[0]
        # the Act as the change's agent: "inserted by the …", "… Act, 2008 added", "…
        # अधिनियम 2008 ने … जोड़ी"; not an Act booked under with an amending verb elsewhere in
        # the sentence ("booked under the … (Amendment) Act and more sections would be added")
        # the verb anywhere in the clause before "by" ("was inserted into the IT Act by the …",
        # eight words back, not past a comma); after the name, past a relative clause set off
        # by commas ("…, 2008, which came into force in 2009, inserted …") and through Hindi's
        # agent marks ("के जरिए", "द्वारा"; review 2026-12-08c M5)
        by = _AGENT_BY.search(before)
        # (not cut at the comma before an Act's year: "inserted into the Information Technology
        # Act, 2000 by …"; review 2026-12-09a M5)
        clause = _YEAR_AFTER_COMMA.sub(" ", before[: by.start()]) if by else ""
        before_words = _ordered_words(re.split(r"[,;:]", clause)[-1])[-8:]
        relative = _RELATIVE_AFTER.match(after)
        after_words = _ordered_words(after[relative.end() :] if relative else after)[:8]
        marked = bool(after_words) and (
            after_words[0] in self._agent_marks
            or not self._amending_agent_marks.isdisjoint(after_words[:2])
        )
        agent_of_change = (by is not None and not self.amending_verbs.isdisjoint(before_words)) or (
            bool(after_words)
            and not self.amending_verbs.isdisjoint(after_words if marked else after_words[:3])
        )
        if not agent_of_change:
            return flags
        title = self.statutes.act(name.act).title
        kept = [flag for flag in flags if not flag.startswith("misnamed: ")]
        return [f"the amending Act: it changed {title}", *kept]

    def _devanagari_refs(
        self,
        text: str,
        low: int,
        high: int,
        acts: Sequence[ActMatch],
        used_acts: set[int],
        covered: Sequence[StatuteReference],
        day: dt.date,
        budget: _Budget,
    ) -> list[StatuteReference]:
        """The references of the lists after "धारा" in *text* (:mod:`lawref.analysis.devanagari`):
        each number read against the Act named right before the list ("आईटी एक्ट की धारा
        67बी") or right after it ("धारा 354 आईपीसी"), else none (the anaphora then gives it the
        Act of the reference before, as in English). Where both are named and differ, the
        numbers after the list's last "व" or "और" are the later Act's ("आईपीसी की धारा 376 और
        3/4 पॉक्सो एक्ट"); a list continues after its Act with no "धारा" ("धारा 363, 376
        भादवि व 3/4 पॉक्सो एक्ट"). A number the English reader has read already is not read
        twice. A range ("धारा 66 से 67बी", "कलम ६६ ते ६७ (ब)") reads every section between its
        ends against its Act, as "66 to 67B" does (``_range``), within the stretch's *budget*
        (review 2026-12-31a M4)."""
        reader = self._devanagari_for(text, low, high)
        by_end = {end: index for index, (_, end, _) in enumerate(acts)}
        by_start = {start: index for index, (start, _, _) in enumerate(acts)}
        ends = sorted(by_end)
        spans = sorted((ref.start, ref.end) for ref in covered)
        refs: list[StatuteReference] = []

        def act_after(found: SectionList) -> int | None:
            if found.cut:
                return None
            after = reader.gap_after.match(text, found.end)
            if after is not None and _BLANK.search(text, found.end, after.end()):
                return None  # not across a blank line, where a text read in stretches is cut
            index = by_start.get(after.end()) if after is not None else None
            if index is not None and reader.opens_list(text, acts[index][1], high):
                return None  # "…, पॉक्सो एक्ट की धारा 6": that Act's own list follows it
            return index

        def read(found: SectionList, before: int | None, after: int | None) -> None:
            numbers = found.numbers
            split = len(numbers)
            if (
                before is not None
                and after is not None
                and acts[before][2].act != acts[after][2].act
                and not text[found.end : acts[after][0]].strip()
            ):
                split = _later_act_split(numbers, self._last_section(acts[after][2]))
            previous: tuple[int, str] | None = None
            for position, (start, end, number, kind) in enumerate(numbers):
                index = before if position < split else after
                if index is None:
                    index = after if before is None else before
                if within_any(start, spans):
                    continue
                if index is not None:
                    used_acts.add(index)
                    if index > 0 and _restates(text, acts[index - 1], acts[index]):
                        # "भारतीय दंड संहिता (IPC) की धारा 377": the full name is the place
                        index -= 1
                        used_acts.add(index)
                act = acts[index] if index is not None else None
                name = act[2] if act is not None else None
                bracketed = _BRACKET_LETTER.match(number)
                if (
                    bracketed is not None
                    and not self._has_lettered(name, bracketed[1])
                    and self._may_have_clauses(name, bracketed[1])
                ):
                    # Marathi "पोक्सो कायद्याच्या कलम ५ (फ)": no lettered section 5 in the Act's
                    # data, so the letter is a clause, 5(f); "६७ (ब)" stays 67B
                    number = bracketed[1] + f"({bracketed[2].lower()})" + bracketed[3]
                read_number = _read_numbers(number)[0]
                place = {"act_start": act[0], "act_end": act[1]} if act is not None else {}
                if kind == "range" and previous is not None:
                    # "धारा 66 से 67बी": the sections between the ends, with the range's words;
                    # a high end not above the low bounds no range and is no section ("धारा 302
                    # से 2 भाई": from the two brothers; review 2026-12-31d M2); the list goes on
                    # ("धारा 6 से 4 और 8": s.8; 31e L4)
                    between = self._range(previous[1], read_number, name)
                    if between is None:
                        previous = None
                        continue
                    if name is not None and not between.wide:
                        refs.extend(
                            self._range_refs(
                                text, previous[0], end, between, name, day, place, budget
                            )
                        )
                previous = (start, read_number)
                ref = self._resolve(text, start, end, read_number, name, day)
                if place:
                    ref = ref.model_copy(update=place)
                refs.append(ref)

        def go_on(after: int | None) -> None:
            # the list goes on after its Act: "धारा 363, 376 भादवि व 3/4 पॉक्सो एक्ट", "66ई आईटी
            # एक्ट और 12 पॉक्सो एक्ट"
            steps = 0
            while after is not None and steps < _CONTINUATIONS:
                steps += 1
                more = reader.continued(text, acts[after][1], high)
                if more is None or not more.numbers:
                    break
                following = act_after(more)
                if following is None:
                    break
                if reader.plain(text, more) and reader.counts_after_act(
                    text, acts[following][1], high
                ):
                    break  # "… और 2 पॉक्सो एक्ट के मुकदमे": two cases, not s.2
                read(more, None, following)
                after = following

        for found in reader.lists(text, low, high):
            before = None
            preceding = bisect.bisect_right(ends, found.keyword_start) - 1
            if preceding >= 0 and found.keyword_start - ends[preceding] <= 40:
                gap = reader.gap_before.fullmatch(text, ends[preceding], found.keyword_start)
                if gap is not None and not _BLANK.search(
                    text, ends[preceding], found.keyword_start
                ):
                    before = by_end[ends[preceding]]
            after = act_after(found)
            read(found, before, after)
            go_on(after)
        # a list right after an Act's Devanagari name, with no "धारा": "आईटी एक्ट 67बी"
        for index, (start, end, _) in enumerate(acts):
            if index in used_acts or not reader.present(text, start, end):
                continue
            if reader.opens_list(text, end, high):
                continue
            found_after = reader.after_act(text, end, high)
            if found_after is None:
                # "67 बी आईटी एक्ट": a list with a section's letter right before the name
                found_before = reader.before_act(text, start, low)
                if found_before is not None and not _BLANK.search(text, found_before.end, start):
                    read(found_before, None, index)
                    go_on(index)
                continue
            # the list's last items may be the next Act's ("पॉक्सो एक्ट 7/8 व 354ए आईपीसी":
            # 354A is the IPC's), split as a list between two Acts is; not when that Act has
            # a list of its own after it ("आईटी एक्ट 67 व 67बी आईपीसी 354")
            later = act_after(found_after)
            if later is not None and reader.after_act_pattern.match(text, acts[later][1], high):
                last = self._last_section(acts[index][2])
                if last is None or all(
                    int(_LEADING_DIGITS.sub("", n[2]) or 0) <= last for n in found_after.numbers[1:]
                ):
                    later = None  # every item can be the first Act's
            read(found_after, index, later)
        return refs

    def _list(
        self,
        text: str,
        offset: int,
        listed: str,
        act: ActMatch | None,
        day: dt.date,
        budget: _Budget,
    ) -> list[StatuteReference]:
        """The references of one list of numbers ("376 (rape), 354(C) and 506", "11(i), (v)"),
        its glosses skipped, a bare bracket taking the number before it; each places the name
        of *act*, the Act the list was read against."""
        name = act[2] if act is not None else None
        place = {"act_start": act[0], "act_end": act[1]} if act is not None else {}
        refs: list[StatuteReference] = []
        base: str | None = None
        previous: tuple[int, str] | None = None  # the last item read: its end, its number
        unexpanded: tuple[str, ...] = ()
        for item in _ITEM.finditer(listed):
            start, end = offset + item.start(), offset + item.end()
            joined = listed[previous[0] - offset : item.start()] if previous else ""
            in_range = previous is not None and _RANGE_JOIN.fullmatch(joined) is not None
            if item["gloss"]:
                if refs and previous is not None and refs[-1].end == previous[0]:
                    refs[-1] = self._part_cited(text, refs[-1], item["gloss"], end, name, day)
                continue
            if item["number"]:
                numbers = _read_numbers(item["number"])
                bracketed = _BRACKET_LETTER.match(_ascii_digits(item["number"]))
                if (
                    bracketed is not None
                    and not self._has_lettered(name, bracketed[1])
                    and self._may_have_clauses(name, bracketed[1])
                ):
                    # "Section 5 (L) of the POCSO Act": no lettered section 5 in the Act's
                    # data, so the capital is a clause, 5(l), where s.5 has clauses (not
                    # "Section 506(B) of the IPC": s.506 has none, so the capital is a letter,
                    # of a section the Code lacks)
                    rest = _normal_parts(bracketed[3])
                    numbers = (bracketed[1] + f"({bracketed[2].lower()})" + rest,)
            elif item["letter"]:
                lettered = re.fullmatch(r"(\d+)([A-Z])", previous[1]) if previous else None
                listed_after = (
                    _LETTER_JOIN.fullmatch(joined) is not None
                    and lettered is not None
                    and lettered[2] < item["letter"]
                )
                if lettered is None or not (in_range or listed_after):
                    # a capital read alone names a section only as a range's end or, after a
                    # list's join, as a later letter of the section before ("354A, B and D")
                    continue
                numbers = (lettered[1] + item["letter"],)
            elif item["part"] and base is not None:
                low = previous[1] if previous is not None and in_range else None
                before = previous[1] if previous is not None else None
                number = _part_number(base, item["part"], low, before)
                single = re.fullmatch(r"(\d+)[A-Z]", number)
                if (
                    single is not None
                    and not self._has_lettered(name, single[1])
                    and self._may_have_clauses(name, single[1])
                ):
                    # "Section 5 (L) and (M) of the POCSO Act": the Act's data holds no lettered
                    # section 5, so the capitals are clauses, 5(m)
                    number = single[1] + _normal_parts(item["part"])
                numbers = (number,)
            else:
                continue
            if (
                previous is not None
                and item["number"]
                and item["number"].strip().isdigit()
                and self._quantity_after(text, end, joined)
            ):
                # "under POCSO Section 14, or 5 years for a first offence", "Section 12 and 15
                # days later", "Section 354, or 4 others", "Section 6 to 10 years": a term, a
                # time or a count, not a section; the list ends before it (review 2026-12-23a
                # H1)
                break
            if previous is not None and in_range:
                between = self._range(previous[1], numbers[0], name)
                if between is None:
                    # "Section 6 to 3": no range; the high end is not read, what follows is
                    previous = None
                    continue
                low_start = refs[-1].start if refs else start
                quote = text[low_start:end]
                if name is None:
                    # the Act comes from earlier words (or none): what it holds between the ends
                    # is not known here
                    unexpanded = (_NO_ACT_RANGE.format(quote),) if between.numbers else ()
                else:
                    inside = self._range_refs(
                        text, low_start, end, between, name, day, place, budget
                    )
                    refs.extend(inside)
                    if between.wide:
                        unexpanded = (_TOO_WIDE.format(quote, _RANGE_LIMIT),)
                    elif between.numbers and not inside:
                        unexpanded = (_NOT_EXPANDED.format(quote),)
            if item["number"]:
                base = _base(numbers[0])
            previous = (end, numbers[0])
            split = self._split(numbers, name)
            if not item["number"] and len(split) == 2:
                split = split[1:]  # "354A(1) and (D)": 354A is read already, (D) names 354D
            for number in split:
                ref = self._resolve(text, start, end, number, name, day)
                if unexpanded:
                    ref = ref.model_copy(update={"flags": (*ref.flags, *unexpanded)})
                refs.append(ref.model_copy(update=place) if place else ref)
            unexpanded = ()
        return refs

    def _part_cited(
        self,
        text: str,
        ref: StatuteReference,
        gloss: str,
        end: int,
        name: ActName | None,
        day: dt.date,
    ) -> StatuteReference:
        """*ref* with the limb its gloss cites, where the gloss is a part practitioners name
        ("506 Part II": IPC s.506's second limb; ``LimbCitation``), its span taking the part;
        else *ref* as it is."""
        part = _PART_GLOSS.fullmatch(gloss)
        if part is None or name is None or not name.held or ref.provision is None:
            return ref
        act = self.statutes.act(name.act)
        prefix = "r" if act.kind == "rules" else "s"
        number = ref.provision.split("/", 1)[1][len(prefix) :]
        cited = self._cited_limb(act.id, prefix, number, day, f"Part {part[1].upper()}")
        if cited is None:
            return ref
        return ref.model_copy(
            update={
                "end": end,
                "text": text[ref.start : end],
                "limb": cited.limb,
                "flags": (*ref.flags, cited.note),
            }
        )

    def _one_reading(
        self,
        text: str,
        refs: list[StatuteReference],
        acts: Sequence[ActMatch],
        by_start: dict[int, int],
        used_acts: set[int],
    ) -> list[StatuteReference]:
        """One reading of each number the passes read twice. "IT Act Section 67B and Section
        15 of POCSO Act": the word "Section" starts the list again, so 67B is the IT Act's, the
        Act right before it, not POCSO's (which has no s.67B); "BNS Section 79 and Section 67B
        of the IT Act": 79 is the BNS's. A number past the later Act's last section is never
        its. Read twice for one Act ("the Prevention of … Act, Section 68 of the POCSO Act"),
        the number keeps the Act named nearest it, and the other name is read on its own (so
        its "misnamed" flag stays with the name). *used_acts* loses each Act left with no
        number."""
        spans: dict[tuple[int, int, str | None], list[StatuteReference]] = {}
        for ref in refs:  # "67(A) (B)" is two sections in one span, not one read twice
            spans.setdefault((ref.start, ref.end, ref.section), []).append(ref)
        if all(len(readings) == 1 for readings in spans.values()):
            return refs

        def rank(ref: StatuteReference) -> tuple[bool, bool, bool, int]:
            index = by_start.get(ref.act_start) if ref.act_start is not None else None
            name = acts[index][2] if index is not None else None
            # (a letter read alone is its section's: "376 A, D and Section 6 of POCSO Act", D
            # is 376D, past POCSO's last)
            beyond = name is not None and self._beyond_last(name, f"{ref.text} {ref.section or ''}")
            after = ref.act_start is not None and ref.act_start >= ref.end
            if ref.act_start is None or ref.act_end is None:
                distance = len(ref.text) + 10**6
            elif after:
                distance = ref.act_start - ref.end
            else:
                distance = ref.start - ref.act_end
            same_act = len({r.act for r in spans[(ref.start, ref.end, ref.section)]}) == 1
            # "BNS Section 79 and Section 67B of the IT Act": a "Section" between the number
            # and the later Act starts that Act's part; with none ("IPC sections 354, 509 and
            # 11, 12 of the POCSO Act") the later Act's list holds the number
            restarted = (
                after
                and not same_act
                and ref.act_start is not None
                and _RESTART_WORD.search(text, ref.end, ref.act_start) is not None
            )
            return (beyond, restarted, ref.provision is None, distance)

        kept: list[StatuteReference] = []
        dropped: set[int] = set()
        for readings in spans.values():
            best = min(readings, key=rank)
            kept.append(best)
            for ref in readings:
                if ref is not best and ref.act_start is not None:
                    index = by_start.get(ref.act_start)
                    if index is not None:
                        dropped.add(index)
        still = {by_start.get(ref.act_start) for ref in kept if ref.act_start is not None}
        used_acts.difference_update(dropped - still)
        return kept

    def _counted_after(self, text: str, act_end: int) -> bool:
        """Whether a count's noun follows an Act's name ending at *act_end* ("12 POCSO
        cases", "12 POCSO-related FIRs")."""
        if text[act_end : act_end + 1] == "-":
            return True
        after = _NEXT_WORD.match(text, act_end)
        return after is not None and (
            after[1].lower() in self.counted_nouns or after[1].lower() in self.count_words
        )

    def _quantity_after(self, text: str, end: int, joined: str = "") -> bool:
        """Whether the number ending at *end* counts something or measures a term or a time,
        said right after it in the same clause (only spaces or a hyphen between): one of
        ``range_units`` ("5 years", "10 lakh"), ``count_words`` ("4 others", "2 more
        sections") or, after a comma and "and" or "or" (*joined*, the words before the
        number), ``list_count_nouns`` ("…, and 2 accused were arrested"), or "of" and a
        possessive ("2 of his associates", "3 of them"). The caller asks only of a number
        with no letter (a lettered section counts nothing: "67 and 67B offenders"; review
        2026-12-23d H1). Not words that follow a section named ("Sections 354 and 509
        registered against him", "354 and 509 charges") nor a word past a stop ("… 67B.
        Accused shared …"; reviews 2026-12-23b H1, H2, 23c H2, H3)."""
        after = _WORD_RIGHT_AFTER.match(text, end)
        if after is None:
            return False
        word = after[1].lower()
        if word in self.range_units:
            return word.rstrip(".")[:3] not in MONTHS or after[1][:1].isupper()
        if word in self.count_words:
            return True
        if word in self.list_count_nouns:
            # "…, and 2 accused were arrested", "… and 14 girls were rescued": a new clause,
            # after a comma and "and" or "or", or people with a plural verb after them
            # (reviews 2026-12-23c H2, 23e H1); not "u/s 363, 366 accused arrested", "Section
            # 4 and 6 accused was granted bail", "POCSO Section 12 and 14 cases were clubbed",
            # where the noun follows the sections (reviews 2026-12-23d H2, 23f H1)
            verb = _WORD_RIGHT_AFTER.match(text, after.end())
            return _CLAUSE_JOIN.fullmatch(joined) is not None or (
                word in self.list_count_people
                and verb is not None
                and verb[1].lower() in _PLURAL_VERBS
            )
        if word == "of":
            owner = _WORD_RIGHT_AFTER.match(text, after.end())
            return owner is not None and owner[1].lower() in _PARTITIVE_OWNERS
        return False

    def _unit_after(self, text: str, end: int) -> bool:
        """Whether the number ending at *end* is a term, a time or a date ("to 10 years", "to
        20-year", "till 12 noon", "till 15 August"): one of ``range_units`` after it, a month
        only when capitalised ("may apply" is no month)."""
        unit = _UNIT_WORD.match(text, end)
        if unit is None or unit[1].lower() not in self.range_units:
            return False
        return unit[1].lower().rstrip(".")[:3] not in MONTHS or unit[1][:1].isupper()

    def _range_refs(
        self,
        text: str,
        start: int,
        end: int,
        between: _Between,
        name: ActName | None,
        day: dt.date,
        place: dict[str, int],
        budget: _Budget,
    ) -> list[StatuteReference]:
        """The references inside a range (its ends are read as any number is), each with the
        whole range as its words; the caveat that lettered sections may be missing is said once,
        on the first. Past *budget* (the sections a stretch may expand) the range is not
        expanded, nor is any later range of the stretch (the budget is spent): none are
        returned, and the caller's high end says so (:data:`_NOT_EXPANDED`)."""
        if len(between.numbers) > budget.left:
            budget.left = 0
            return []
        budget.left -= len(between.numbers)
        caveat: str | None = (
            f"read from the range “{text[start:end]}”: lettered sections inside it that lawref "
            "does not hold are not listed"
            if between.partial
            else None
        )
        refs = []
        for number in between.numbers:
            ref = self._resolve(text, start, end, number, name, day)
            flags = (*ref.flags, caveat) if caveat else ref.flags
            refs.append(ref.model_copy(update={**place, "flags": flags}))
            caveat = None
        return refs

    def _range(self, low: str, high: str, name: ActName | None) -> _Between | None:
        """What lies strictly between the ends of a range, or None when they do not bound one
        (a high end not above the low); a range of more than ``_RANGE_LIMIT`` numbers is
        ``wide`` and lists nothing:

        - sub-sections or clauses of one section: "15(1) to (3)" holds 15(2), "(a) to (d)"
          holds (b) and (c), "(i) to (iv)" holds (ii) and (iii);
        - sections of one number: "354A-354D" holds 354B and 354C; where the Act's data lists
          its lettered sections (``ActRecord.lettered_sections``: the IPC, the IT Act, POCSO
          and the BNS), those between ("376A to 376E": 376AB, 376B, 376C, 376D, 376DA,
          376DB), else the single letters between and any section with two letters lawref
          holds;
        - sub-sections of different sections: "354A(1) to 354D" holds the whole sections
          between (354B, 354C);
        - sections of different numbers: "3 to 6" holds 4 and 5, every number between up to
          the Act's last section; a lettered section between ("66 to 67B": 66A … 66F, 67A)
          where the Act's data lists it or lawref holds it.

        Which lettered sections an Act has is a fact of its text that lawref holds in full only
        for the Acts whose data lists them: for the others, but for a range of sub-sections,
        ``partial`` says lettered sections may be missing."""
        parts = _part_range(low, high)
        if parts is not None:
            return parts
        # "354A(1) to 354D", "11 to 12(1)": the whole sections between the two ends' sections
        low, high = _base(low), _base(high)
        ends = [re.fullmatch(r"(\d+)([A-Z]{0,2})", n) for n in (low, high)]
        if ends[0] is None or ends[1] is None:
            return None
        low_key = (int(ends[0][1]), ends[0][2])
        high_key = (int(ends[1][1]), ends[1][2])
        if high_key <= low_key:
            return None
        if high_key[0] - low_key[0] > _RANGE_LIMIT:
            return _Between((), partial=True, wide=True)
        held = self.held_sections.get(name.act, ()) if name is not None and name.held else ()
        last_section = (
            self.statutes.act(name.act).last_section if name is not None and name.held else None
        )
        listed = (
            self.statutes.act(name.act).lettered_sections
            if name is not None and name.held
            else None
        )
        numbers: set[str] = set()
        if low_key[0] == high_key[0] and listed is None:
            # one number: the single letters between ("354A-354D": B, C; "376AB to 376DB":
            # B, C, D)
            first = ord(low_key[1][:1] or "@") + 1
            last = ord(high_key[1][:1]) + (1 if len(high_key[1]) > 1 else 0)
            numbers.update(f"{low_key[0]}{chr(c)}" for c in range(first, last))
        elif low_key[0] != high_key[0]:
            top = high_key[0] if high_key[1] else high_key[0] - 1
            if last_section is not None:
                top = min(top, last_section)
            numbers.update(str(n) for n in range(low_key[0] + 1, top + 1))
        # the lettered sections between: every one the Act has where its data lists them all
        # ("376A to 376E": 376AB, 376B, 376C, 376D, 376DA, 376DB), else those lawref holds
        for section in listed.numbers if listed is not None else held:
            head = re.fullmatch(r"(\d+)([A-Z]{1,2})", section)
            if head is not None and low_key < (int(head[1]), head[2]) < high_key:
                numbers.add(section)
        return _Between(tuple(sorted(numbers, key=_section_order)), partial=listed is None)

    def _split(self, numbers: tuple[str, ...], name: ActName | None) -> tuple[str, ...]:
        """ "67(A)(B)" is two sections when the Act has 67A and 67B and no 67A(b); clauses run
        together are siblings (``_sibling_clauses``: "5(l)(m)" is 5(l) and 5(m))."""
        if len(numbers) == 1:
            siblings = _sibling_clauses(numbers[0])
            if len(siblings) > 1:
                return siblings
        if len(numbers) != 1 or name is None or not name.held:
            return numbers
        match = re.fullmatch(r"(\d+)(?:\(([a-z])\)|([A-Z]))\(([a-z])\)", numbers[0])
        if match is None:
            return numbers
        act = self.statutes.act(name.act)
        prefix = "r" if act.kind == "rules" else "s"
        first = f"{match[1]}{(match[2] or match[3]).upper()}"
        second = f"{match[1]}{match[4].upper()}"
        ids = [f"{act.id}/{prefix}{n}" for n in (first, second, f"{first}({match[4]})")]
        if ids[0] in self.statutes and ids[1] in self.statutes and ids[2] not in self.statutes:
            return (first, second)
        return numbers

    def _lists(
        self, text: str, low: int, high: int
    ) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
        """The lists of section numbers in *text* between *low* and *high*: after a keyword
        ("Sections 67 and 67B") and with none (``_BACK``). Found once for a stretch, which the
        readers of conduct (for glosses) and of references both need: the last stretch's are
        kept, with the stretch itself, so they are never taken for another text's."""
        kept = self._kept_lists
        if kept is not None and kept[0] is text and kept[1] == (low, high):
            return kept[2]
        found = (list(_SECTIONS.finditer(text, low, high)), _back_lists(text, low, high))
        self._kept_lists = (text, (low, high), found)
        return found
