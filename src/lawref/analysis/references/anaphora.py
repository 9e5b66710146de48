"""Sections that name no Act ("Section 21 of the Act", a bare "Section 67B" after "the IT Act"):
the Act named before them, unless the section cannot be that Act's (past its last section, in a
list with such a number, glossed with another law's offence, after an amending Act), or an Act
lawref does not know stands right before it. Where no Act can take it, a gloss naming a general
Code's section of that number places it there ("Section 376 (rape)": IPC s.376;
``section_glosses``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property

from lawref.analysis.models import SectionGloss, StatuteReference
from lawref.analysis.patterns import alternation
from lawref.analysis.references.helpers import (
    _NO_ACT,
    LETTERED_IN_FULL,
    PREDECESSOR_NUMBER,
    ActName,
    within_any,
)
from lawref.analysis.references.names import Anaphora
from lawref.analysis.references.sections import SectionRules

# Words after a section that name a law lawref cannot place ("of the Goa Children's Act"):
# such a section is not read as belonging to an Act named earlier.
_UNKNOWN_ACT_BEFORE = (
    "not in lawref's data: the Act named right before the section is one lawref does not know"
)

_BILL_BEFORE_FLAG = (
    "not placed: a Bill is named right before the section, and a Bill's clause is no Act's section"
)

# a Bill named right before a section, its year or "(Amendment)" between ("the new (amended)
# Information Technology Bill Section 67", "the POCSO (Amendment) Bill, 2019 Section 15"): the
# Bill's clause, not a section of the Act named earlier (survey of unseen English pages,
# 2027-01-14). A name: capitalised, not "the Bill" or "a hotel bill" (review 2027-01-14c H7)
_BILL_BEFORE = re.compile(
    # two capitalised words, an acronym, or a name's "(Amendment)" before "Bill" ("Information
    # Technology Bill", "POCSO Bill", "Anti-Rape (Amendment) Bill"), not one word ("the Proposed
    # Bill", "the Electricity Bill"; review 2027-01-14e M1)
    r"(?:\b(?!(?:The|This|That|A|An|New|Draft|Said|Such|Every|Any|Proposed)\b)"
    r"[A-Z][\w.&-]*[ \t]+[A-Z][\w.&-]*|\b[A-Z]{2,}[\w.&-]*|\b[A-Z][\w.&-]*[ \t]+\(?[Aa]mendment\)?)"
    r"[ \t]+Bill\b(?:,?[ \t]*(?:of[ \t]+)?(?:19|20)\d\d)?"
    r"[ \t,]*(?:(?:[Ss]ection|SECTION|[Ss]ec\.?|[Ss]\.)[ \t]*)?\Z"
)
# … and a one-word or hyphened name right before "Bill" when nothing but space (and a year)
# stands between the Bill and its section: a compound that names the Bill's own section ("the
# Shakti Bill Section 6", "the Anti-Rape Bill Section 9", "the Disha Bill 2019 sec 4"; survey of
# unseen English pages, 2027-01-14, left open then), not a Bill followed by a comma's new clause
# ("He paid the Electricity Bill, Section 67B was then invoked", "After the Assembly passed the
# Anti-Conversion Bill, Section 67B was invoked"; reviews 2027-01-14e M1, 15a H6) nor a common
# noun ("the Proposed Bill"); nor a Bill a verb's "-ed" form takes as its object, which ends an
# opening clause with no comma ("After the Assembly passed the Shakti Bill Section 67B was also
# invoked"; review 2027-01-15a H7: read in code)
_ONE_WORD_BILL_BEFORE = re.compile(
    r"\b(?!(?:The|This|That|A|An|New|Draft|Said|Such|Every|Any|Proposed|Amended|Finance|Money)\b)"
    r"[A-Z][\w.&-]*[ \t]+Bill(?:[ \t]+(?:of[ \t]+)?(?:19|20)\d\d)?"
    r"[ \t]+(?:[Ss]ection|SECTION|[Ss]ec\.?|[Ss]\.)[ \t]*\Z"
)
# a verb's "-ed" form (and "the") right before a one-word Bill's name: the Bill is its object
_AN_OBJECT_BEFORE = re.compile(r"\b\w+ed[ \t]+(?:the[ \t]+)?\Z")


def _after_a_bill(text: str, ref: StatuteReference) -> bool:
    """Whether the section *ref* stands right after a Bill's name (``_BILL_BEFORE``, or
    ``_ONE_WORD_BILL_BEFORE`` not after an "-ed" verb) and names no Act of its own right after it
    (``_OWN_ACT_AFTER``): the Bill's clause, no Act's section."""
    if ref.section is None or _OWN_ACT_AFTER.match(text, ref.end):
        return False
    low = max(0, ref.start - 60)
    if _BILL_BEFORE.search(text, low, ref.start):
        return True
    bill = _ONE_WORD_BILL_BEFORE.search(text, low, ref.start)
    return bill is not None and not _AN_OBJECT_BEFORE.search(
        text, max(0, bill.start() - 40), bill.start()
    )


def _bill_clause(ref: StatuteReference) -> StatuteReference:
    """*ref* left unplaced, flagged as a Bill's clause (an Act's notes on it dropped)."""
    kept = () if ref.act is not None else tuple(f for f in ref.flags if not f.startswith(_NO_ACT))
    return ref.model_copy(update={"act": None, "flags": (_BILL_BEFORE_FLAG, *kept)})


# … unless the section names its own Act after it ("… on the Bill, Section 67B of the Act was
# discussed"; review 2027-01-14c H7)
_OWN_ACT_AFTER = re.compile(r"[ \t]*(?:of|under)[ \t]+(?:the|this|that|said)\b", re.IGNORECASE)

_NAMES_ANOTHER_LAW = re.compile(
    r"\s?(?:,\s?)?(?:of|under)\s(?:the\s)?(?!(?i:act|said|this|same|above|aforesaid)\b)[A-Z]"
)

# Names that share one "Acts" after the last of them ("the IT and POCSO Acts", "the POCSO, IT and
# Juvenile Justice Acts"): capitalised names joined by a comma, "and", "&" or "or", on one line,
# each of at most six words, then "Acts"
# a gloss in brackets right after a section's number: words, not a sub-section's "(1)" or a
# clause's "(a)" ("Section 34 (common intention)")
# how the flag of a lettered section read as a clause opens (``sections._resolve``)
_CLAUSE_READ_OPENING = "read as clause ("

_WORDS_GLOSS_AFTER = re.compile(
    r"[ \t]?\((?!(?:[a-z]{1,2}|[ivxlc]{1,5})\))(?P<gloss>[A-Za-z][A-Za-z ,'\u2019-]{2,60})\)"
)

# what a report says a section is about, right after it: in brackets ("Section 376 (rape)"), or
# after "for" or a dash ("under section 354 for outraging the modesty of a girl", "Section 376 -
# rape"), up to the clause's end
_GLOSS_AFTER = re.compile(
    r"[ \t]*(?:\((?P<bracket>[A-Za-z][A-Za-z ,'\u2019-]{2,60})\)"
    r"|(?:for|[-\u2013\u2014])[ \t]+"
    r"(?:(?:allegedly|alleged|the|an?|(?:offen[cs]es?|crimes?|charges?)[ \t]+of)[ \t]+){0,3}"
    # (after "for", the offence is the phrase's first words, past "the offence of", "the
    # alleged": "for confirmation in the kidnapping …", "for hosting videos that insult …" name
    # no offence of the section; reviews 2026-12-21c H2, H3, 21e H6)
    r"(?P<phrase>[A-Za-z][A-Za-z'\u2019-]*(?:[ \t][A-Za-z'\u2019-]+){0,2}))"
)

# how the flag of a section past its Act's last begins after the Act's name ("POCSO Act has no
# section 79 (its last is 46)")
_NO_SUCH_SECTION = " has no section "

# a "for" gloss as shown: to the clause's end or the next law's ("… and under the POCSO Act"),
# at most 60 characters
_PHRASE_SHOWN = re.compile(r"(?:(?![ \t](?:and|under|or|with|read)[ \t])[^,.;:()\n]){1,60}")

# a section number with its letters and nothing else ("67B", "66E", "376AB")
_LETTERED = re.compile(r"\d+[A-Z]{1,2}")

# an Act's name, then a section in brackets, right before a section ("… Act, 1932 (Section 7")
_BRACKET_SECTION_BEFORE = re.compile(
    r"\b(?:Act|ACT)(?:,?\s(?:of\s)?(?:19|20)\d\d)?[ \t]*\((?:sections?|ss?\.)[ \t]*\Z",
    re.IGNORECASE,
)

# "sub-section 1", "Sub-section (2)", "sub-sections 2 and 3": sub-sections named with no section,
# which are the last section's (a fourteenth-session fresh batch; "sub-section 1" was read as s.1)
# (the list is atomic: "(1A) of Section 439" may not be read back to "(1", nor "(1), (2) and
# (3) of Section 15" to "(1), (2)", whose lookahead would then miss the section named after
# them; review 2026-12-11a H4)
_SUB_SECTION_ATOM = r"(?:\(\d{1,2}[A-Z]?\)|\d{1,2}[A-Z]?(?!\w))"

_SUB_SECTIONS = re.compile(
    rf"\bsub-?\s?sections?\s?(?P<list>(?>{_SUB_SECTION_ATOM}"
    rf"(?:\s?(?:,|and|&|or)\s?{_SUB_SECTION_ATOM})*))"
    r"(?!\d)(?!\s?(?:of\b|\(\w))",
    re.IGNORECASE,
)

_SUB_SECTION_NUMBER = re.compile(r"\(?(\d{1,2}[A-Z]?)\)?")


def _sub_sections(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """The lists of sub-sections named with no section in *text* (``_SUB_SECTIONS``), as
    spans, and their numbers (start, end, number)."""
    spans: list[tuple[int, int]] = []
    numbers: list[tuple[int, int, str]] = []
    for match in _SUB_SECTIONS.finditer(text):
        spans.append((match.start("list"), match.end("list")))
        for number in _SUB_SECTION_NUMBER.finditer(text, match.start("list"), match.end("list")):
            numbers.append((number.start(), number.end(), number[1]))
    return spans, numbers


def _with_sub_sections(
    text: str, refs: list[StatuteReference], numbers: list[tuple[int, int, str]]
) -> list[StatuteReference]:
    """*refs* with a reference for each sub-section number no reference covers ("sub-section
    (1)", which the section lists do not read), in text order."""
    if not numbers:
        return refs
    spans = sorted((r.start, r.end) for r in refs)
    added = [
        StatuteReference(
            start=start,
            end=end,
            text=text[start:end],
            act=None,
            provision=None,
            section=number,
            flags=(),
        )
        for start, end, number in numbers
        if not _overlaps_any(start, end, spans)
    ]
    return sorted([*refs, *added], key=lambda r: (r.start, r.end))


def _overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps one of the sorted *spans*."""
    index = bisect.bisect_right(spans, (end, end)) - 1
    return any(s < end and start < e for s, e in spans[max(0, index - 2) : index + 1])


def _section_base(section: str) -> str:
    """A section's number without its sub-sections and clauses: "15(1)" → "15"."""
    return section.split("(", 1)[0]


# how each caveat of a range's end begins (the three below)
_RANGE_CAVEAT = "the sections inside the range "


# a bare section that says whose it is: "Section 79 of that Act", "of the said Sanhita", "of
# this Code" (the one of the two Acts whose title has that word; not "of the Act", which may be
# either), or "the IT Act, whose Section 66" (reviews 2026-12-27c H1, 27d M3, 27e H1)
_THAT_ACT_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:that|this|said|same)\s+(?P<kind>act|sanhita|code|law)\b",
    re.IGNORECASE,
)
_WHOSE_BEFORE = re.compile(r"\bwhose\s+(?:sections?\s+)?$", re.IGNORECASE)


class AnaphoraRules(SectionRules):
    """The Act a section that names none is read against (``anaphora``), and when it is
    not read against the Act named before it."""

    @cached_property
    def _act_titles(self) -> dict[str, str]:
        """The title of each Act lawref holds, by id."""
        return {act.id: act.title for act in self.statutes.acts}

    def _title_of(self, name: ActName) -> str:
        """The title of the Act *name* reads as: the held Act's, else the name's own, else its
        id."""
        return self._act_titles.get(name.act) or name.title or name.act

    def _by_gloss(self, text: str, ref: StatuteReference, day: dt.date) -> StatuteReference | None:
        """*ref*, a section that names no Act, read as the general Code's whose section of that
        number its gloss names (``section_glosses``: "Section 376 (rape)", "section 354 for
        outraging the modesty of a girl"), saying so; None when no gloss follows it, or its
        words name no entry of a Code in force on *day* (or one since repealed), or entries of
        more than one Act."""
        if ref.section is None:
            return None
        found = _GLOSS_AFTER.match(text, ref.end)
        if found is None:
            return None
        gloss = found["bracket"] or found["phrase"] or ""
        if found["phrase"]:
            # said in full where the phrase runs on ("outraging the modesty of a girl"), matched
            # on its first words only
            shown = _PHRASE_SHOWN.match(text, found.start("phrase"))
            said = shown.group().strip() if shown else gloss
        else:
            said = gloss
        number = _section_base(ref.section)
        # (not a Code yet to come into force on the day: "Section 78 (stalking)" in a report
        # of 2023 is no BNS section, whose Code came into force on 1 July 2024)
        named = [
            entry
            for entry, words in self._section_glosses.get(number, ())
            if words.search(gloss) is not None and day >= self.statutes.act(entry.act).in_force_from
        ]
        if len({entry.act for entry in named}) != 1:
            return None
        entry = named[0]
        name = ActName(entry.act, False, False, True, self.statutes.act(entry.act).title)
        resolved = self._resolve(text, ref.start, ref.end, ref.section, name, day)
        kept = tuple(
            f for f in ref.flags if not f.startswith(_NO_ACT) and _NO_SUCH_SECTION not in f
        )
        return resolved.model_copy(
            update={
                "act_from": said,
                "flags": (
                    (
                        "the text names no Act here"
                        if ref.act is None
                        else f"the Act it is named with, {ref.act}, has no section {number}"
                    )
                    + f"; read as {entry.act} from its gloss "
                    f"\u201c{said}\u201d: the heading of that Act's s.{number} is "
                    f"\u201c{entry.heading}\u201d"
                    + (
                        f" (confidence {entry.confidence}: "
                        f"{entry.source.note or entry.source.title})"
                        if entry.source is not None
                        else ""
                    ),
                    *resolved.flags,
                    *kept,
                ),
            }
        )

    @cached_property
    def _section_glosses(
        self,
    ) -> dict[str, tuple[tuple[SectionGloss, re.Pattern[str]], ...]]:
        """The config's ``section_glosses`` by section number, each with its words as one
        pattern of word starts."""
        by_number: dict[str, list[tuple[SectionGloss, re.Pattern[str]]]] = {}
        for entry in self.config.section_glosses:
            by_number.setdefault(entry.section, []).append((entry, _word_starts(entry.words)))
        return {number: tuple(entries) for number, entries in by_number.items()}

    def _foreign_gloss(self, text: str, end: int, act: str, section: str) -> bool:
        """Whether a gloss in brackets right after the section ending at *end* names no offence
        of the Act *act*, where the config gives the Act's own words (``act_gloss_words``: the
        POCSO Act's "sexual", "assault", "penetrative"; the IT Act's "computer", "electronic",
        "privacy"): a gloss with none of them at a word's start ("Section 69 (sexual
        intercourse by deceitful means)" or "Section 34 (common intention)" after the IT Act;
        reviews 2026-12-14g H14, 2026-12-15b H1). An Act with no such words (the IPC, the BNS,
        whose own offences reports gloss with every kind of word) keeps its sections. A gloss
        with a word of the general Codes' offences (``act_gloss_foreign_words``) is another
        law's too, as the Act's offence sections (``act_offence_sections``) allow."""
        found = _WORDS_GLOSS_AFTER.match(text, end)
        own = self._act_gloss_words.get(act)
        if found is None or own is None:
            return False
        gloss = found["gloss"]
        own_word = own.search(gloss)
        if own_word is None:
            return True
        # a word of the general Codes makes the gloss theirs: anywhere in it for a number that
        # is none of the Act's offences ("Section 78 (cyber stalking)" after the IT Act), and,
        # for one that is, a rule of joint liability before the Act's own words ("Section 3(5)
        # (common intention in the rape)" after the POCSO Act; not "Section 6 (aggravated
        # assault after abducting the child)" nor "Section 6 (kidnapping and aggravated
        # penetrative sexual assault)"; reviews 2026-12-16a F3, 16b M-b, 16c H6, 16d H2, 17a F9)
        offences = self.config.act_offence_sections.get(act, ())
        if _section_base(section) in offences:
            rule = self._gloss_rule_words.search(gloss)
            return rule is not None and rule.start() < own_word.start()
        return self._foreign_gloss_words.search(gloss) is not None

    @cached_property
    def _foreign_gloss_words(self) -> re.Pattern[str]:
        """The config's ``act_gloss_foreign_words`` as one pattern of word starts (review
        2026-12-16a F3)."""
        return _word_starts(self.config.act_gloss_foreign_words)

    @cached_property
    def _gloss_rule_words(self) -> re.Pattern[str]:
        """The config's ``act_gloss_rule_words`` as one pattern of word starts (review
        2026-12-17a F9)."""
        return _word_starts(self.config.act_gloss_rule_words)

    @cached_property
    def _act_gloss_words(self) -> dict[str, re.Pattern[str]]:
        """The config's ``act_gloss_words``, each Act's as one pattern of word starts."""
        return {
            act: re.compile(r"\b(?:" + alternation(words, r"\s+") + r")", re.IGNORECASE)
            for act, words in self.config.act_gloss_words.items()
            if words
        }

    def _other_code_holds(self, act: str, section: str, beyond: str) -> bool:
        """Whether an Act other than *act* of which lawref holds sections holds both *section*
        and the list's number *beyond* (whole sections): "Sections 77, 79 and 351(2)" after the
        IT Act are all the BNS's (review 2026-12-15b H2)."""
        number, other = _section_base(section), _section_base(beyond)
        return any(
            number in held and other in held
            for held_act, held in self.held_sections.items()
            if held_act != act
        )

    def _amending_act(self, name: ActName) -> bool:
        """Whether *name* is an Act lawref does not know whose title holds one of
        ``act_name_inner_words`` ("the Criminal Law Amendment Act, 2018"): an amending Act."""
        if name.held or not name.title:
            return False
        title = name.title.lower().split()
        return any(word.lower() in title for word in self.config.act_name_inner_words)

    def anaphora(
        self,
        text: str,
        refs: list[StatuteReference],
        acts: list[tuple[int, int, ActName]],
        day: dt.date,
        carried: Anaphora | None = None,
    ) -> list[StatuteReference]:
        """*refs* with each section that names no Act given the Act of the reference before it,
        saying so (``act_from``). *carried* holds that earlier reference across the stretches of
        a long text, so a stretch's first "Section 21 of the Act" reads as it would whole."""
        state = carried if carried is not None else Anaphora()
        result: list[StatuteReference] = []
        for _, _, name in acts:
            state.names.setdefault(name.act, replace(name, misnomer=False))
        names = state.names
        spans, numbers = _sub_sections(text)
        read = list(_with_sub_sections(text, refs, numbers))
        # the numbers of one list with no Act ("Sections 506 and 34"): where one is past the last
        # section of the Act named before, none of them is that Act's (review 2026-12-14f H10)
        group_of = self._bare_list_groups(text, read)
        beyond_lists: dict[tuple[int, str], str | None] = {}
        for position, ref in enumerate(read):
            inside = within_any(ref.start, spans)
            if inside and ref.act is None and ref.section is not None:
                if state.section is not None:
                    # "Section 15 …, under sub-section 1, declares …": s.15(1)
                    result.append(self._sub_section(text, ref, state.section, day))
                elif _NO_ACT in ref.flags:
                    # a list read before, with no Act (kept as it was); a bare "(1)" added
                    # here with no section to read it against is dropped (review 2026-12-10c)
                    result.append(ref)
                continue
            if ref.act is not None and _after_a_bill(text, ref):
                # a list's Act after a Bill's section ("the Disha Bill Section 4 and Sections 11
                # and 12 of the POCSO Act": 4 is the Bill's; review 2027-01-15c M2)
                result.append(_bill_clause(ref))
                continue
            if ref.act is not None:
                state.last_unknown = False
                state.last = (names[ref.act], ref.text) if ref.act in names else state.last
                if (
                    any(_NO_SUCH_SECTION in flag for flag in ref.flags)
                    and (glossed := self._by_gloss(text, ref, day)) is not None
                ):
                    # "Section 79 (insulting the modesty of a woman) and Section 12 of the POCSO
                    # Act": the list's Act has no s.79, and its gloss names the BNS's; the Act
                    # named stays the one a later bare section is read against (review
                    # 2026-12-21c H1)
                    result.append(glossed)
                    continue
                if ref.section is not None and ref.act in names and not inside:
                    state.section = (names[ref.act], _section_base(ref.section), ref.text)
                    state.numbered[_section_base(ref.section)] = (names[ref.act], ref.text)
                result.append(ref)
                continue
            if _after_a_bill(text, ref):
                result.append(_bill_clause(ref))
                continue
            unknown = ref.section is not None and self._unknown_act_before(text, ref.start, acts)
            # … and the next sections of its list ("बाल विवाह निषेध अधिनियम की धारा 9 व 10":
            # 10 is that Act's too, not the POCSO Act's named before; review 2026-12-13a H8)
            listed = (
                ref.section is not None
                and bool(result)
                and result[-1].act is None
                and _UNKNOWN_ACT_BEFORE in result[-1].flags
                and self._list_joiner.fullmatch(text, result[-1].end, ref.start) is not None
            )
            # "इसी एक्ट की धारा 10", or a bare number already read against it, right after an
            # Act lawref does not know is that Act's (reviews 2026-12-13a H8, 13c H8); another
            # bare section stays the Act named before (13b M6)
            again = (
                ref.section is not None
                and state.last_unknown
                and (
                    self._this_act_before(text, ref.start)
                    or _section_base(ref.section) in state.unknown_sections
                )
            )
            if unknown or listed or again:
                # "गोवा बाल कायदा कलम ८(२)": a section of an Act lawref does not know
                state.last_unknown = True
                if ref.section is not None:
                    state.unknown_sections.add(_section_base(ref.section))
                result.append(
                    ref.model_copy(
                        update={
                            "flags": (
                                _UNKNOWN_ACT_BEFORE,
                                *(f for f in ref.flags if not f.startswith(_NO_ACT)),
                            )
                        }
                    )
                )
                continue
            if state.last is None or ref.section is None or _NAMES_ANOTHER_LAW.match(text, ref.end):
                glossed = (
                    self._by_gloss(text, ref, day)
                    if state.last is None and not _NAMES_ANOTHER_LAW.match(text, ref.end)
                    else None
                )
                result.append(glossed or ref)
                continue
            name, quote = state.last
            range_end = any(f.startswith(_RANGE_CAVEAT) for f in ref.flags)
            group = group_of.get(position)
            base = _section_base(ref.section)
            earlier = (
                state.numbered.get(base)
                if not _WHOSE_BEFORE.search(text, max(0, ref.start - 20), ref.start)
                else None
            )
            conflict = None
            if earlier is not None and earlier[0].act != name.act:
                # a section the text cited before with one Act, after another Act is named:
                # "Sections 64 and 66 of the BNS and Section 67 of the IT Act. Section 66
                # provides …" may be either's, and the wrong one draws a wrong difference (BNS
                # s.66 is rape causing death; IT Act s.66 computer-related offences): read as
                # neither, unless the text says whose ("of that Act", "of the said Sanhita",
                # "whose Section 66"), the last Act cannot have it ("Section 67B" after the
                # POCSO Act), or its gloss decides (reviews 2026-12-27b to 27e)
                back = _THAT_ACT_AFTER.match(text, ref.end)
                if back is not None:
                    kind = back.group("kind").lower()
                    fits = [n for n in (name, earlier[0]) if kind in self._title_of(n).lower()]
                    chosen = fits[0] if len(fits) == 1 else None
                elif self._beyond_last(name, base) or any(
                    " has no section " in flag
                    for flag in self._resolve(
                        text, ref.start, ref.end, ref.section, name, day
                    ).flags
                ):
                    chosen = earlier[0]
                else:
                    chosen = None
                if chosen is not None and chosen.act == earlier[0].act:
                    name, quote = earlier
                elif chosen is None:
                    conflict = (
                        f"the text cited section {base} before as "
                        f"{self._title_of(earlier[0])}'s (\u201c{earlier[1]}\u201d) and names "
                        f"{self._title_of(name)} since; which it means is not said"
                    )
            own_beyond = self._beyond_last(name, _section_base(ref.section))
            if group is None or own_beyond:
                beyond = ref.section if own_beyond else None
            else:
                # (once per list and Act: a list of n numbers is read in linear time)
                key = (group[0], name.act)
                if key not in beyond_lists:
                    beyond_lists[key] = next(
                        (
                            read[m].section
                            for m in group
                            if read[m].section is not None
                            and self._beyond_last(name, _section_base(read[m].section or ""))
                        ),
                        None,
                    )
                beyond = beyond_lists[key]
            resolved = self._resolve(text, ref.start, ref.end, ref.section, name, day)
            caveat: tuple[str, ...] = ()
            not_read = None
            if not range_end and beyond is not None:
                # "Section 66E of the IT Act and Section 506 (criminal intimidation)": the IT
                # Act's last section is 94, so 506 is another law's (the IPC's, most likely, but
                # the text does not say so): no Act is read into it, nor into the numbers of its
                # list that lawref does not hold for that Act ("Sections 506 and 34"); one it
                # holds keeps the Act, saying so ("Sections 67B and 120B": review 2026-12-14g
                # M1). A range's end past the last ("Sections 40 to 50" after the POCSO Act)
                # keeps the range's Act, flagged as one it lacks, as it does with the Act named
                # beside it
                if own_beyond:
                    not_read = f"that Act has no section {ref.section}"
                elif resolved.provision is None or (
                    not _LETTERED.fullmatch(_section_base(ref.section))
                    and self._other_code_holds(name.act, ref.section, beyond)
                ):
                    # a plain number the Act holds is the other law's where that law holds it
                    # and the list's number beyond the Act ("Sections 77, 79 and 351(2)" after
                    # the IT Act: BNS ss.77, 79; reviews 2026-12-15a H2, 15b H2); a lettered one
                    # ("67B(a)") is the Act's own
                    not_read = f"its list names section {beyond}, which that Act has not"
                else:
                    caveat = (
                        f"its list names section {beyond}, which {name.act} has not: the list "
                        f"may be another law's",
                    )
            elif (
                resolved.provision is None
                and name.held
                and self._foreign_gloss(text, ref.end, name.act, ref.section or "")
            ):
                # "Section 67B of the IT Act and Section 34 (common intention)": a section glossed
                # with the name of an offence of the general Codes, which lawref does not hold
                # for the Act named before, is likely another law's (review 2026-12-14g H14); a
                # gloss of the Act's own ("Section 6 (aggravated penetrative sexual assault)"
                # after the POCSO Act) keeps it (review 2026-12-15a H1)
                not_read = (
                    "the text glosses it with words of another law's offence, and lawref does "
                    f"not hold section {ref.section} of that Act to check them"
                )
            elif self._amending_act(name) and not _BRACKET_SECTION_BEFORE.search(
                text, max(0, ref.start - 40), ref.start
            ):
                # "… the Criminal Law Amendment Act, 2018, which added Section 376AB": an
                # amending Act is cited for what it put into another Act; only a section in
                # brackets right after its name is its own ("… Act, 1932 (Section 7)"; review
                # 2026-12-15a H3)
                not_read = (
                    "an amending Act is named for the sections it put into another Act, and the "
                    "text does not say which"
                )
            if (
                not_read is None
                and not range_end
                and any(
                    # (… or one read as a clause of the Act's section where the Act's data does
                    # not record which sections have clauses: "Notices have been issued under
                    # Section 41A" after "IT Act", the IT Act having no s.41A, is CrPC s.41A,
                    # not IT Act s.41(a); the Act taken from before and the letter read as a
                    # clause would be a guess on a guess, and s.41A is the procedure Code's
                    # notice (``procedure_lettered_sections``); survey of unseen English pages,
                    # 2027-01-12, review 2027-01-12c H1. "Section 5M" after the POCSO
                    # Act stays s.5(m): its data records s.5's clauses; review 2027-01-12a H1)
                    LETTERED_IN_FULL in flag
                    or flag.startswith(PREDECESSOR_NUMBER)
                    or (
                        flag.startswith(_CLAUSE_READ_OPENING)
                        and (
                            not self._clause_sections_recorded(name)
                            or (ref.section or "").upper().replace("-", "")
                            in self._procedure_lettered
                        )
                    )
                    for flag in resolved.flags
                )
            ):
                # a lettered number the Act before lacks, as a section and as a clause, where
                # its lettered sections are recorded in full ("Section 77 of the BNS … Section
                # 354C Voyeurism, … of the … IPC": the BNS has neither s.354C nor s.354(c)): no
                # section of that Act, and no difference drawn from it
                not_read = f"that Act has no section {ref.section}"
            if (
                not_read is None
                and not range_end
                and self.config.procedure_lettered_act
                and name.act != self.config.procedure_lettered_act
                and (ref.section or "").upper().replace("-", "") in self._procedure_lettered
            ):
                # "… Section 35 of the BNSS. … a notice under Section 41A": the procedure
                # Code's lettered section, which the Act named before (held or not) lacks
                not_read = f"section {ref.section} is a section of the Code of Criminal Procedure"
            if conflict is not None and not_read is None:
                not_read = conflict
            if not_read is not None and (glossed := self._by_gloss(text, ref, day)) is not None:
                # "the POCSO Act and Section 376 (rape)": not the POCSO Act's, and its gloss
                # names the IPC's s.376
                result.append(glossed)
                continue
            if not_read is not None:
                result.append(
                    ref.model_copy(
                        update={
                            "flags": (
                                *ref.flags,
                                f"not read as {name.act} from \u201c{quote}\u201d, the Act "
                                f"named before it: {not_read}",
                            )
                        }
                    )
                )
                continue
            # what the reference said of itself beyond having no Act (a range's caveat) stays
            kept = (*caveat, *(f for f in ref.flags if not f.startswith(_NO_ACT)))
            result.append(
                resolved.model_copy(
                    update={
                        "act_from": quote,
                        "flags": (
                            f"the text names no Act here; read as {name.act} from “{quote}”",
                            *resolved.flags,
                            *kept,
                        ),
                    }
                )
            )
            if resolved.section is not None:
                state.section = (name, _section_base(resolved.section), ref.text)
        return result

    @cached_property
    def _procedure_lettered(self) -> frozenset[str]:
        """The config's ``procedure_lettered_sections``, upper case, with no hyphen."""
        return frozenset(
            s.upper().replace("-", "") for s in self.config.procedure_lettered_sections
        )

    def _clause_sections_recorded(self, name: ActName) -> bool:
        """Whether the data of the Act of *name* records which of its sections have clauses
        (``LetteredSections.clause_sections``)."""
        if not name.held:
            return False
        listed = self.statutes.act(name.act).lettered_sections
        return listed is not None and listed.clause_sections is not None

    @cached_property
    def _act_word_before(self) -> re.Pattern[str] | None:
        """A Devanagari word for "Act" and at most a section word, right before a section
        (``act_words``, ``section_words`` of ``[analysis.devanagari]``)."""
        words = self.config.devanagari
        if not words.act_words:
            return None
        acts = "|".join(re.escape(w) for w in sorted(words.act_words, key=len, reverse=True))
        sections = "|".join(
            re.escape(w) for w in sorted(words.section_words, key=len, reverse=True)
        )
        # the word before the Act word is read too: "this Act", "the said Act" ("या कायद्याच्या",
        # "उक्त एक्ट") name the Act named before, not another
        links = "|".join(re.escape(w) for w in sorted(words.links, key=len, reverse=True))
        link = rf"(?:(?:{links})[ \t]{{1,2}})?" if links else ""
        return re.compile(
            rf"(?:^|(?<=\s))(?P<before>\S+)[ \t]{{1,2}}(?:{acts})[ \t]{{1,2}}{link}"
            rf"(?:(?:{sections})[ \t]{{0,2}})?\Z"
        )

    def _unknown_act_before(
        self, text: str, start: int, acts: Sequence[tuple[int, int, ActName]]
    ) -> bool:
        """Whether an Act lawref knows no name of stands right before the section at *start*,
        on its line ("गोवा बाल कायदा कलम ८(२)", the Goa Children's Act): a section of that Act,
        not of the Act named before it. An Act word that ends a name lawref knows (*acts*) is
        that Act's."""
        pattern = self._act_word_before
        if pattern is None:
            return False
        found = pattern.search(text, max(0, start - 60), start)
        if found is None:
            return False
        before = found["before"]
        if before.startswith("(") and before.endswith(")"):
            # a bracket group that is the whole name ("। (संशोधित) अधिनियम धारा 6": the amended
            # Act named before; review 2026-12-13b M5)
            ahead = text[max(0, found.start("before") - 3) : found.start("before")].rstrip()
            if not ahead or ahead[-1] in ",.;:\u0964":
                return False
        if before[-1] in ",.;:\u0964" or before in self._anaphoric_act_words:
            # "या कायद्याच्या कलम 12": this Act's section; ", कायद्याचे कलम 12": no name before
            # the Act word (review 2026-12-12c H8). A closing bracket ends a name ("अनुसूचित
            # जाति-जनजाति (अत्याचार निवारण) अधिनियम धारा 3(2)(v)": review 2026-12-13a H4)
            return False
        act_word = found.end("before")
        return not any(low <= act_word < high for low, high, _ in acts)

    def _this_act_before(self, text: str, start: int) -> bool:
        """Whether the Act word right before the section at *start* is said with a word that
        makes it the Act named last (``this_act_words``: "इसी एक्ट", "उक्त अधिनियम", "याच
        कायद्याच्या")."""
        pattern = self._act_word_before
        if pattern is None:
            return False
        found = pattern.search(text, max(0, start - 60), start)
        return found is not None and found["before"] in self._this_act_words

    @cached_property
    def _this_act_words(self) -> frozenset[str]:
        """The config's ``this_act_words``."""
        return frozenset(self.config.devanagari.this_act_words)

    def _bare_list_groups(
        self, text: str, refs: Sequence[StatuteReference]
    ) -> dict[int, tuple[int, ...]]:
        """For each of *refs* that names a section and no Act and is joined to the one before or
        after it by a list's joiner alone (no "Section" between), the positions of all the
        members of its list."""
        groups: dict[int, tuple[int, ...]] = {}
        run: list[int] = []

        def close() -> None:
            if len(run) > 1:
                group = tuple(run)  # one tuple, shared by its members: linear
                for member in run:
                    groups[member] = group

        for position, ref in enumerate(refs):
            bare = ref.act is None and ref.section is not None
            if (
                bare
                and run
                and self._list_joiner.fullmatch(text, refs[run[-1]].end, ref.start) is not None
            ):
                run.append(position)
                continue
            close()
            run = [position] if bare else []
        close()
        return groups

    @cached_property
    def _list_joiner(self) -> re.Pattern[str]:
        """What stands between two sections of one list: a comma, "and", or one of the
        Devanagari ``joins`` ("9 व 10", "८(२) व ९", "9, 10 और 11")."""
        joins = sorted([*self.config.devanagari.joins, "and", "&"], key=len, reverse=True)
        words = "|".join(re.escape(w) for w in joins)
        return re.compile(rf"\s*(?:,\s*(?:(?:{words})\s+)?|\s(?:{words})\s+)")

    @cached_property
    def _anaphoric_act_words(self) -> frozenset[str]:
        """The config's Devanagari words that make an Act word refer to the Act named before
        (``anaphoric_act_words``: "या", "सदर", "उक्त", "इसी")."""
        return frozenset(self.config.devanagari.anaphoric_act_words)


def _word_starts(words: Sequence[str]) -> re.Pattern[str]:
    """*words* as one pattern of word starts (a phrase's words apart by any space); none
    matches nothing."""
    return re.compile(
        r"\b(?:" + alternation(words, r"\s+") + r")" if words else "(?!)", re.IGNORECASE
    )
