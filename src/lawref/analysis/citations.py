"""The laws a report names: Acts and sections, resolved against the statute book on a date.

Statute references are found by regular expressions without nested repetition (no catastrophic
backtracking): a list of sections after a keyword ("Sections 67 and 67B of the IT Act", "u/s
67-B"), a list before an Act with no keyword ("…, 67B (publishing …) of the Information
Technology Act", "booked under 66C IT Act"), a list right after an Act ("IPC 354, POCSO 8"),
ranges ("Sections 3 to 6"), glosses in brackets, Acts named alone, and sections named with no Act
("Section 21 of the Act"), which take the Act named before them (``CitationReader.anaphora``).
Names resolve against each Act's title, short title, aliases and misnomers, the Acts lawref does
not hold (``other_acts``), Acts named in Devanagari (:mod:`lawref.analysis.devanagari`) and Acts
lawref does not list at all, read by their own name (:mod:`lawref.analysis.unlisted_acts`). Every
word these rules use is in ``data/conduct.toml`` ``[analysis]``; the grammar of section numbers
is here.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from functools import cached_property

from lawref.analysis.articles import ArticleReader, with_articles
from lawref.analysis.devanagari import DevanagariReader
from lawref.analysis.models import StatuteReference
from lawref.analysis.references.anaphora import AnaphoraRules
from lawref.analysis.references.helpers import (
    _BLANK,
    _BRACKET,
    _INCLUDING,
    _ITEM,
    _JOIN,
    _KEYWORD,
    _KEYWORD_GAP,
    _LETTER_END,
    _LETTER_LAST,
    _LETTER_LISTED,
    _NEXT_WORD,
    _NO_ACT,
    _NUMBER,
    _PUNISHING_JOIN,
    _RANGE_JOIN,
    LETTERED_IN_FULL,
    PREDECESSOR_NUMBER,
    ActMatch,
    ActName,
    _Budget,
    _restates,
    within_any,
)
from lawref.analysis.references.lists import ListRules
from lawref.analysis.references.names import (
    _CASE_AFTER_GLOSS,
    _CONTINUATIONS,
    Anaphora,
)

__all__ = ["ActMatch", "ActName", "Anaphora", "CitationReader", "within_any"]


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*|\n")

_GLOSS_AFTER = re.compile(r"[ \t]?,?\s?\(((?=[^()\n]{0,240}?[A-Za-z]{3})[^()\n]{3,240})\)")


_DIRECT = re.compile(
    rf"\s?(?:,\s?)?(?:{_KEYWORD}{_INCLUDING}{_KEYWORD_GAP})?(?P<list>{_NUMBER}"
    rf"(?:{_JOIN}{_NUMBER}|{_LETTER_END}|{_LETTER_LAST}|{_LETTER_LISTED})*)(?![\d/-])",
    re.IGNORECASE,
)

# a court or a judge named right before an Act, and a bare number of one or two digits after it:
# the court's own number, no section ("the additional sessions judge (Pocso 2)", "Special Court
# POCSO 3"; surveys of unseen pages, 2027-01-11)
_COURT_NAMED_BEFORE = re.compile(r"\b(?:judge|court)\s?[(\[,-]?\s?\Z", re.IGNORECASE)
_COURT_NUMBER = re.compile(r"\d{1,2}")

# A number as only a section is written: with a letter or a sub-section's bracket after it
# ("66C", "67-B", "15(1)"; not "25 (a labourer)").
_SECTION_SHAPED = re.compile(
    rf"\d{{1,3}}(?:\s?-\s?[A-Za-z]{{1,2}}\b|[A-Za-z]{{1,2}}\b|\s?{_BRACKET})"
)

# "… and sections 4 and 6": "section(s)" after a join inside a list, where it starts again
_RESTART = re.compile(r"(?:,|&|\band\b)\s?(?P<keyword>(?:sections?|secs?)\.?\s)", re.IGNORECASE)

# what may follow an Act's name that ends a list of bare numbers before it ("IPC 354 and 67 IT
# Act." or "…, and", "r/w"); a verb or a noun after it ("17 POCSO were registered") makes the
# number a count
# an Act's name in full ("POCSO Act", "Indian Penal Code", "… Act, 2012"): a number before it
# is its section whatever follows ("IPC 354 and 12 POCSO Act was registered"); a count is
# written with the short name ("17 POCSO were registered")
_FULL_NAME_END = re.compile(r"(?:\bact|\bcode|\bsa[nm]hita|\d{4})\W*\Z", re.IGNORECASE)

_LIST_ENDS = re.compile(r"\s*(?:\Z|[.,;:)\]]|and\b|or\b|r/w|read\b|\(|\n)", re.IGNORECASE)

# (and a dash, as headnotes write an Act then its section: "Information Technology Act, 2000 —
# Section 67B — Scope of …"; dev-29)
_GAP = re.compile(r"[\s,'s:\-\u2013\u2014]*(?:section|sec)?\s*", re.IGNORECASE)

# "… and other relevant provisions of": a list's link to an Act named for more sections than it
_OTHERS_AFTER = re.compile(
    r"\s?(?:,\s?)?and\s(?:other\s)?(?:relevant\s|related\s|applicable\s|other\s)?"
    r"(?:provisions|sections)\sof\b",
    re.IGNORECASE,
)

_LINK_AFTER = re.compile(
    r"\s?(?:,\s?)?(?:(?:of|under|in|read\s+with|(?:is\s|are\s)?punishable\sunder)\b"
    # "Section 67B was inserted into the IT Act", "… was added to the IT Act"
    r"|(?:was|were)\s(?:inserted|added|introduced|incorporated)\s(?:into|in|to)\b"
    # "sections 500, 504 and other relevant provisions of the Indian Penal Code"
    r"|and\s(?:other\s)?(?:relevant\s|related\s|applicable\s|other\s)?"
    r"(?:provisions|sections)\sof\b)?\s?(?:the\s)?",
    re.IGNORECASE,
)

# "was added to the POCSO Act case": a charge added to a case the Act names, not a section put
# into the Act (review 2026-12-09a H5)
_INSERTED = re.compile(r"\b(?:inserted|added|introduced|incorporated)\b", re.IGNORECASE)

_CASE_AFTER_ACT = re.compile(
    r"[\s,]*(?:\(?\d{4}\)?\s*)?(?:case|cases|fir|firs|chargesheet|charge-sheet|charges?|matter|"
    r"complaint|probe)\b",
    re.IGNORECASE,
)


def _devanagari_list_ends(
    reader: DevanagariReader, text: str, low: int, high: int, acts: Sequence[ActMatch]
) -> frozenset[int]:
    """Where the Devanagari lists of *text* end: each list after "धारा" and each list that
    continues it after an Act's name ("धारा 354 भादवि, 11 पॉक्सो एक्ट, 67 बी आईटी एक्ट": after
    354, after 11 and after 67 बी), at most ``_CONTINUATIONS`` after each."""
    starts = {start: index for index, (start, _, _) in enumerate(acts)}
    ends: set[int] = set()
    for found in reader.lists(text, low, high):
        if found.cut:
            continue
        ends.add(found.end)
        current = found
        for _ in range(_CONTINUATIONS):
            gap = reader.gap_after.match(text, current.end)
            index = starts.get(gap.end()) if gap is not None else None
            if index is None:
                break
            more = reader.continued(text, acts[index][1], high)
            if more is None or not more.numbers:
                break
            ends.add(more.end)
            current = more
    return frozenset(ends)


def _continues_to_act(
    reader: DevanagariReader, text: str, at: int, high: int, act_starts: Sequence[int]
) -> bool:
    """Whether the numbers after the Act's name ending at *at* are a list the next Act's name
    closes ("66 ई आईटी एक्ट, 354 सी आईपीसी": 354C is the IPC's, not the IT Act's), which the
    Devanagari reader reads as that Act's; plain numbers (no section's letter, no "/") never
    are."""
    more = reader.continued(text, at, high)
    if more is None or not more.numbers:
        return False
    if reader.plain(text, more) and not any(n[3] == "/" for n in more.numbers):
        # plain numbers the next Act closes are no list of it (``DevanagariReader.before_act``
        # reads none): they stay the list after this Act ("आय पी सी 117,153,आय टी ऍक्ट 67";
        # closing note 2027-01-12, left open)
        return False
    gap = reader.gap_after.match(text, more.end)
    following = gap.end() if gap is not None else more.end
    index = bisect.bisect_left(act_starts, following)
    return index < len(act_starts) and act_starts[index] == following


def _skip_list_gap(text: str, index: int) -> int:
    """Where a list that an Act's name at *index* closes would end: back over the spaces, a
    comma or an opening bracket between them (``DevanagariReader.gap_after``)."""
    at = _skip_space_back(text, index, 2)
    if at > 0 and text[at - 1] in ",(":
        at = _skip_space_back(text, at - 1, 2)
    return at


def _skip_space_forward(text: str, index: int, limit: int = 8) -> int:
    """*index* moved on over at most *limit* spaces after it (bounded: linear reading)."""
    stop = min(len(text), index + limit)
    while index < stop and text[index].isspace():
        index += 1
    return index


def _last_item_start(listed: str) -> int | None:
    """Where the last number of a list of two or more numbers joined by a word, a comma or "/"
    starts ("354 and 67": at 67), or None for a single number or a range's end."""
    items = [m for m in _ITEM.finditer(listed) if m["number"]]
    if len(items) < 2:
        return None
    joined = listed[items[-2].end() : items[-1].start()]
    if _RANGE_JOIN.fullmatch(joined):
        return None
    return items[-1].start()


def _skip_space_back(text: str, index: int, limit: int = 8) -> int:
    """*index* moved back over at most *limit* spaces before it (bounded: linear reading)."""
    stop = max(0, index - limit)
    while index > stop and text[index - 1].isspace():
        index -= 1
    return index


_DIGIT = re.compile(r"\d")

# ", and" between two Acts: the later one named on its own, not sharing a list
_COMMA_AND = re.compile(r",\s*(?:and|&)(?!\w)", re.IGNORECASE)

# the flag of a lettered section read as a clause ("read as clause (b) of s.67: the Act has no
# s.67B"): the section as written is its group
_CLAUSE_READ = re.compile(r"^read as clause \(\w+\) of s\.\w+: the Act has no s\.(\S+)$")
# the joining words of ``lists._BACK`` that need a section read right before them
_JOINING_LEADS = frozenset({"with", "besides", "plus", "also"})
_JOINING_GAP = re.compile(r"\s*,?\s*(?:and\s+)?(?:(?:along|together)\s+)?", re.IGNORECASE)
# a number and a word counted by it, in the clause before a joining word ("Of the 56 FIRs, 30 were
# under the POCSO Act, along with 14 of the IT Act": counts; review 2026-12-18c H9)
_COUNTED_BEFORE = re.compile(r"\b\d[\d,]*\s+(?P<first>[A-Za-z]+)(?:\s+(?P<second>[A-Za-z]+))?")
# the words that may follow the later Act of a joined list: punctuation, a clause's words; a noun
# there makes the number a count of it ("along with 15 of the IT Act experts", "12 of the IT Act
# cell staff"; review 2026-12-18d H2)
_AFTER_A_JOINED_ACT = frozenset(
    {
        "and",
        "or",
        "was",
        "were",
        "is",
        "are",
        "has",
        "had",
        "have",
        "which",
        "who",
        "that",
        "read",
        "r",
        "besides",
        "along",
        "as",
        "also",
        "with",
        "in",
        "on",
        "at",
        "for",
        "to",
        "by",
        "against",
        "under",
        "after",
        "while",
        "apart",
        "of",
        "the",
        "a",
        "an",
    }
)
_WORD_RIGHT_AFTER = re.compile(
    r"(?P<possessive>['\u2019]s\b)|[ \t]+(?P<word>[A-Za-z]+)", re.IGNORECASE
)
_SENTENCE_STOP = re.compile(r"[.!?]\s")
_GLOSS_OPENS = re.compile(r"\(\s*(?:the\s+)?", re.IGNORECASE)
_GLOSS_CLOSES = re.compile(r"(?:,?\s*(?:18|19|20)\d\d)?\s*\)")


def _act_glosses(
    text: str, low: int, high: int, acts: list[tuple[int, int, ActName]], starts: list[int]
) -> list[tuple[int, int]]:
    """The end of each bracket in the list *low*..*high* that holds only an Act's name ("292
    (IPC)", "67 (IT Act, 2000)"), with the index of that Act in *acts*."""
    found: list[tuple[int, int]] = []
    index = bisect.bisect_left(starts, low)
    while index < len(acts) and acts[index][0] < high:
        act_start, act_end, _ = acts[index]
        opening = text.rfind("(", low, act_start)
        closing = _GLOSS_CLOSES.match(text, act_end, high)
        # (the Act's name may take its year and the bracket: "(IT Act, 2000)"; review
        # 2026-12-18b H5)
        closing_end = act_end if text[act_end - 1] == ")" else closing.end() if closing else None
        if (
            opening != -1
            and _GLOSS_OPENS.fullmatch(text, opening, act_start)
            and closing_end is not None
        ):
            found.append((closing_end, index))
        index += 1
    return found


def _act_for(
    start: int,
    end: int,
    text: str,
    acts: list[tuple[int, int, ActName]],
    starts: list[int],
    state: re.Pattern[str] | None = None,
) -> int | None:
    """The act a section list belongs to: one named right after it ("67B of the IT Act"), else
    one right before it ("IPC Section 292", "POCSO Act section 15"). *acts* are in text order
    and *starts* are their start offsets, searched by bisection. A State's name (*state*)
    may stand between the link and an Act the State had none of its own of ("Section 67B of the
    J&K IT Act" is the Union's IT Act's: review 2026-12-08c L4; "J&K RPC" the State's Ranbir
    Penal Code); an Act the State had its own of (``state_acts``: "J&K POCSO Act", "J&K IPC")
    is read, with the State's name, as that State's Act (review 2026-12-10a M1, M2)."""
    link = _LINK_AFTER.match(text, end)
    after = link.end() if link else end
    named = state.match(text, after) if state is not None else None
    at = bisect.bisect_left(starts, after)
    if named is not None and not (at < len(acts) and acts[at][0] <= after + 2):
        after = named.end()  # no Act (a State's own, "J&K POCSO Act") starts at the name
    others = link is not None and re.search(r"provisions|sections", link.group(), re.IGNORECASE)
    following: int | None = None
    index = bisect.bisect_left(starts, after)
    if (
        index < len(acts)
        and acts[index][0] <= after + 2
        and not _BLANK.search(text, end, acts[index][0])
        and not (
            link is not None
            and _INSERTED.search(link.group())
            and _CASE_AFTER_ACT.match(text, acts[index][1])
        )
    ):
        following = index
        if not others and re.search(r"[a-z]", text[end:after], re.IGNORECASE):
            return following
    index = bisect.bisect_right(starts, start) - 1
    if index >= 0:
        act_end = acts[index][1]
        # (an Act's year before the gap is the Act's: "Indian Penal Code, 1860 — Section 376";
        # review 2026-12-10b M13)
        year = _YEAR_BEFORE_GAP.match(text, act_end, start)
        gap = text[year.end() if year else act_end : start]
        if (
            act_end <= start
            and len(gap) <= 12
            and _GAP.fullmatch(gap)
            and not _BLANK.search(gap)
            and (following is None or "," not in gap or others)
            # an Act right after the section wins over one joined by a dash before it ("the
            # POCSO Act — Section 376 IPC"; review 2026-12-10b M13)
            and not (
                following is not None
                and ("\u2014" in gap or "\u2013" in gap)
                and not text[end : acts[following][0]].strip()
                # (unless that Act heads a section of its own by a dash: "Indian Penal Code,
                # 1860 \u2013 Section 354A POCSO Act, 2012 \u2013 Section 12"; review 10d L4)
                and not _heads_by_dash(text, acts[following][1])
            )
            and not (
                # an Act that closes a section of its own ("354 IPC") does not also head the
                # list after it when another Act follows that list at once ("धारा 354 IPC
                # 8,12 Pocso Act": POCSO ss.8, 12; review 2027-01-04d, two outlets)
                following is not None
                and not text[end : acts[following][0]].strip()
                and _CLOSES_SECTION.search(text, max(0, acts[index][0] - 16), acts[index][0])
            )
        ):
            # "IPC Section 292, POCSO and the IT Act": the Act before wins over one that only
            # follows a comma
            return index
    return following


# "read with" and at most an article between a section and the Act's name
_READ_WITH_ACT = re.compile(r"\s*,?\s*read\s+with\s+(?:the\s+)?\Z", re.IGNORECASE)

# a section's number right before an Act's name: the name closes that section ("354 IPC")
# (on its line: a blank line between ends the section's reach, as a stretch does)
_CLOSES_SECTION = re.compile(r"\d[\dA-Za-z()]*[ \t]{1,2}\Z")

# a bare list of numbers right after an Act's name and before the next Act's, on one line:
# "IPC 11, 12 POCSO Act", "IPC 8,12 Pocso Act" (a space before, one or two after)
_BARE_LIST = re.compile(rf"[ \t](?P<list>{_NUMBER}(?:{_JOIN}{_NUMBER})*)[ \t]{{1,2}}(?![\d/-])")


_YEAR_BEFORE_GAP = re.compile(r",?\s?(?:18|19|20)\d\d\b")

_DASH_THEN_SECTION = re.compile(r"[\s,]*[\u2013\u2014]\s*(?:section|sec)\b", re.IGNORECASE)


def _heads_by_dash(text: str, act_end: int) -> bool:
    """Whether the Act ending at *act_end* (with its year, if any) is followed by a dash and
    "Section", as a headnote writes an Act then its own section."""
    year = _YEAR_BEFORE_GAP.match(text, act_end)
    return _DASH_THEN_SECTION.match(text, year.end() if year else act_end) is not None


# The sections ranges may add to one stretch of text (about 256,000 characters): a text of
# ranges alone ("1 to 60, 1 to 60, …") is read in time and memory linear in its length.
_RANGE_BUDGET = 2_000


# the flag of a section its Act cannot have: past its last ("POCSO Act has no section 376 (its
# last is 46)"), or a lettered one of an Act whose lettered sections are listed in full ("IPC
# has no section 67B (its lettered sections are recorded in full)"; review 2026-12-24d M1)
_PAST_LAST = re.compile(
    r" has no section \S+ \((?:its last is \d+|its lettered sections are recorded in full)\)"
)
_PAST_LAST_NUMBER = re.compile(r"\(its last is \d+\)")
# a clause or sub-section named before its section, as statutes cite one: "clause (b) of
# sub-section (1) of section ", "sub-section (2) of Section ", "clause (c) of section "
_PART_BEFORE = re.compile(
    r"(?:\bclause\s?\((?P<clause>[a-z]{1,2}|[ivx]{1,4})\)\s+of\s+(?:the\s+)?)?"
    r"(?:\bsub-?\s?section\s?\((?P<sub>\d{1,2}[A-Z]?)\)\s+of\s+(?:the\s+)?)?"
    r"sections?\s+\Z",
    re.IGNORECASE,
)
# a section as one number, plain or lettered ("15", "67B")
_PLAIN_NUMBER = re.compile(r"\d{1,3}[A-Z]{0,2}")
# where a sentence ends, as another Act is looked for in a clause's sentence
_SENTENCE_MARK = re.compile(r"[.!?\n\u0964](?!\d)")


# between two Acts a list's sections are shared out between ("… of the POCSO Act and the IT
# Act respectively"): a year after the first name, then "and", "&" or a comma, then "the"
def _offence_and_punishment(first: str | None, second: str | None) -> bool:
    """Whether two sections of a list are numbered one or two apart, as an offence and the
    section that punishes it are ("4 and 6", "11 and 12" of the POCSO Act)."""
    low = re.match(r"\d+", first or "")
    high = re.match(r"\d+", second or "")
    return low is not None and high is not None and 0 < int(high.group()) - int(low.group()) <= 2


_ACT_PAIR_JOIN = re.compile(
    r"(?:,?\s?(?:19|20)\d\d)?\s?(?:,\s?(?:and\s|&\s?)?|\s(?:and|&)\s)(?:the\s)?",
    re.IGNORECASE,
)
# … and "respectively" right after the last Act (and its year; or its plural "s", where the two
# names share it: "the POCSO and IT Acts respectively"; review 2026-12-25b H4)
# two Acts' names sharing one plural "Acts" ("the IPC and POCSO Acts")
_SHARED_ACTS = re.compile(r"\band\s+(?:the\s+)?[\w.]+\s+acts\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(
    r"(?:(?<=act)s\b)?(?:,?\s?(?:19|20)\d\d)?[\s,]{0,3}\(?respectively\b", re.IGNORECASE
)


# the list right after its Act ("IPC Sections 354D and 67B", "the IT Act, Sections 12 and 67B",
# "IPC u/s 354")
_LIST_AFTER_ACT = re.compile(
    r"(?:,?\s?(?:19|20)\d\d)?[\s,:\-]{0,3}(?:u/s\.?\s?|under\s)?"
    r"(?:sections?|secs?\.?|ss?\.)?\s{0,2}",
    re.IGNORECASE,
)
# a bare comma between two Acts (a year before it at most)
_COMMA_ONLY = re.compile(r"(?:,?\s?(?:19|20)\d\d)?\s?,\s?(?:the\s)?", re.IGNORECASE)
# a word that sets an Act against what follows: "Unlike the POCSO Act, IPC sections …"
_CONTRAST_BEFORE = re.compile(
    r"\b(?:unlike|apart\s+from|besides|other\s+than|instead\s+of|except|beyond|not)\s+"
    r"(?:the\s+)?\Z",
    re.IGNORECASE,
)
# how the flag of a section read against the Act named before it begins (``anaphora``)
_CARRIED = "the text names no Act here; read as"
# "read with" right before a section ("379 r/w 75", "302 read with Section 34"): the section
# is charged joined to the one before it
_READ_WITH_REACH = 24
_READ_WITH_BEFORE = re.compile(
    r"(?:\br\s?[/&.-]?\s?w\b\.?|\bw/r|\bread\s+(?:along\s+)?with)\s*(?:(?:secs?|sections?)\.?\s*)?\Z",
    re.IGNORECASE,
)


def _read_with_before(text: str, at: int) -> bool:
    """Whether "read with" (in any of its spellings) stands right before the section at *at*."""
    return _READ_WITH_BEFORE.search(text, max(0, at - _READ_WITH_REACH), at) is not None


# the flag of a section carried from an earlier one: its Act and the earlier one's words
_CARRIED_FROM = re.compile(r"the text names no Act here; read as (\S+) from \u201c(.*?)\u201d")


def _carried_from_where_placed(
    text: str, refs: list[StatuteReference], acts: Sequence[ActMatch]
) -> list[StatuteReference]:
    """*refs* with the flag of a section carried to an Act from an earlier section naming the
    nearest earlier words in that Act — a section placed there or the Act's name (*acts*) —
    where the earlier section it named was then placed in another ("पॉक्सो एक्ट और आईपीसी की
    धारा 4, धारा 6 और धारा 376": s.376 is the IPC's, read from "आईपीसी", not from "4", which is
    POCSO's; reviews 2026-12-30e L1, 30f L2). One pass over the references and the Acts in
    order, the last words of each text and of each Act kept as it goes (linear)."""
    result = list(refs)
    last_of_text: dict[str, StatuteReference] = {}
    last_in_act: dict[str, str] = {}
    named_acts = sorted(acts)
    next_act = 0
    for index, ref in enumerate(refs):
        while next_act < len(named_acts) and named_acts[next_act][1] <= ref.start:
            start, end, name = named_acts[next_act]
            last_in_act[name.act] = text[start:end]
            next_act += 1
        for at, flag in enumerate(ref.flags):
            carried = _CARRIED_FROM.match(flag)
            if carried is None or carried[1] != ref.act:
                continue
            source = last_of_text.get(carried[2])
            nearer = last_in_act.get(carried[1])
            if source is not None and source.act != ref.act and nearer is not None:
                named = f"{flag[: carried.start(2)]}{nearer}{flag[carried.end(2) :]}"
                result[index] = ref.model_copy(
                    update={
                        "flags": (*ref.flags[:at], named, *ref.flags[at + 1 :]),
                        "act_from": nearer if ref.act_from == carried[2] else ref.act_from,
                    }
                )
            break
        last_of_text[ref.text] = ref
        if ref.act is not None:
            last_in_act[ref.act] = ref.text
    return result


# the most Acts a list of sections named after them is shared among
_CHAIN_MOST = 6

# "respectively" right after a list's last section ("Sections 12 and 67B respectively")
_RESPECTIVELY_AFTER_LIST = re.compile(r"[\s,]{0,3}\(?respectively\b", re.IGNORECASE)


def _written(ref: StatuteReference) -> str | None:
    """*ref*'s section as the text wrote it: a lettered one read as a clause by its letter
    ("5L", not "5(l)")."""
    lettered = next((m for f in ref.flags if (m := _CLAUSE_READ.search(f))), None)
    return lettered[1] if lettered is not None else ref.section


# a lettered section number as written ("354A", "376AB")
_LETTERED_NUMBER = re.compile(r"\d+[A-Z]{1,2}")


def _cannot_have(ref: StatuteReference) -> bool:
    """Whether *ref* was read against an Act that cannot have its section as written: a
    number past its last, a lettered section it lacks (read as a clause, said to be none, or
    the number of the Act it replaced)."""
    return any(
        " has no section " in f
        or " has no clause " in f
        or _CLAUSE_READ.search(f)
        or f.startswith(PREDECESSOR_NUMBER)
        for f in ref.flags
    )


def _placed_nowhere(ref: StatuteReference, note: str, kept: tuple[str, ...]) -> StatuteReference:
    """*ref* read against no Act: its Act, provision and the Act's place cleared, *note* (why)
    first among its flags, then the flags *kept*."""
    return ref.model_copy(
        update={
            "act": None,
            "provision": None,
            "act_start": None,
            "act_end": None,
            "flags": (note, *kept),
        }
    )


def _of_the_act_read(flag: str) -> bool:
    """Whether *flag* was said of the section as read against its Act (the Act lacks it, holds
    it not, reads its letter as a clause) or of the Act itself: none holds where the section is
    placed in no Act."""
    return (
        _is_act_flag(flag)
        or " has no section " in flag
        or " has no clause " in flag
        or "not in lawref" in flag
        or _CLAUSE_READ.search(flag) is not None
    )


def _is_act_flag(flag: str) -> bool:
    """Whether *flag* is said of the Act a section was read against, not of the section (its
    name misnamed, the Act repealed or not yet in force): dropped with the Act."""
    return (
        flag.startswith("misnamed")
        or " was repealed with effect from " in flag
        or (" was not yet in force on " in flag)
    )


class CitationReader(ListRules, AnaphoraRules):
    """Reads the laws a text names: Acts by their names, misnomers and the names of Acts lawref
    does not hold or list, and the sections after or before them, resolved against the statute
    book on a date (``references``); the glosses reports put in brackets after them
    (``glosses``). Built once by the ``Analyzer`` of :mod:`lawref.analysis.reader`, with the
    words of ``[analysis]`` in ``data/conduct.toml``."""

    @cached_property
    def known_lettered(self) -> dict[str, frozenset[str]]:
        """The lettered sections each Act lawref does not hold is known to have
        (``NamedAct.lettered_sections``: the Evidence Act's 65B), by Act id."""
        return {
            other.id: frozenset(other.lettered_sections)
            for other in self.config.other_acts
            if other.lettered_sections
        }

    @cached_property
    def act_join(self) -> re.Pattern[str]:
        """What joins two Acts named one after the other before a list they share: ", ", "and",
        "&" (``_ACT_PAIR_JOIN``), or a Devanagari join of ``[analysis.devanagari]`` ("आईटी एक्ट
        और पॉक्सो एक्ट", "पोक्सो कायदा आणि आयटी कायद्याच्या"; review 2026-12-29c H5)."""
        joins = self.config.devanagari.joins
        if not joins:
            return _ACT_PAIR_JOIN
        words = "|".join(re.escape(w) for w in sorted(joins, key=lambda w: (-len(w), w)))
        return re.compile(
            rf"(?:{_ACT_PAIR_JOIN.pattern})|(?:\s?(?:18|19|20|१८|१९|२०)\d\d)?\s(?:{words})\s",
            re.IGNORECASE,
        )

    @cached_property
    def act_word(self) -> re.Pattern[str]:
        """The word that ends an Act's name: "Act" or "Acts", or one of the Devanagari
        ``act_words`` ("एक्ट", "अधिनियम", "कायदा")."""
        words = self.config.devanagari.act_words
        devanagari = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
        return re.compile(rf"\bActs?\b{f'|(?:{devanagari})' if devanagari else ''}")

    def _other_act_in_sentence(
        self, text: str, ref: StatuteReference, refs: Sequence[StatuteReference]
    ) -> bool:
        """Whether the sentence of *ref* names an Act other than *ref*'s: another reference's
        Act, or the word that ends an Act's name (``act_word``) outside *ref*'s own Act's name
        ("… 25(1)(a) of the BNS and the Arms Act, 1959", "बीएनएस और आर्म्स एक्ट")."""
        before = text[max(0, ref.start - 300) : ref.start]
        marks = [m.end() for m in _SENTENCE_MARK.finditer(before)]
        low = ref.start - len(before) + (marks[-1] if marks else 0)
        ending = _SENTENCE_MARK.search(text, ref.end, min(len(text), ref.end + 300))
        high = ending.start() if ending is not None else min(len(text), ref.end + 300)
        if any(
            r is not ref and r.act is not None and r.act != ref.act and low <= r.start < high
            for r in refs
        ):
            return True
        own = (ref.act_start, ref.act_end) if ref.act_start is not None else None
        return any(
            own is None or not own[0] <= word.start() < (own[1] or 0)
            for word in self.act_word.finditer(text, low, high)
        )

    @cached_property
    def list_after_act(self) -> re.Pattern[str]:
        """What stands between an Act and the list of sections right after it: "Sections",
        "u/s" (``_LIST_AFTER_ACT``), or a Devanagari link and section word of
        ``[analysis.devanagari]`` ("पॉक्सो एक्ट की धारा 67बी", "आयटी कायद्याच्या कलम 12")."""
        words = self.config.devanagari
        if not words.section_words:
            return _LIST_AFTER_ACT
        sections = "|".join(
            re.escape(w) for w in sorted(words.section_words, key=lambda w: (-len(w), w))
        )
        links = "|".join(re.escape(w) for w in sorted(words.links, key=lambda w: (-len(w), w)))
        link = rf"(?:(?:{links})\s)?" if links else ""
        return re.compile(
            rf"(?:{_LIST_AFTER_ACT.pattern})|(?:\s?(?:19|20|१९|२०)\d\d)?\s{link}(?:{sections})\s?",
            re.IGNORECASE,
        )

    @cached_property
    def list_continues(self) -> re.Pattern[str]:
        """What joins an item of a list to the next that repeats the section word: ", ",
        "and", "&", or a Devanagari join, then "section" or a Devanagari section word
        ("धारा 4 व धारा 6", "कलम 354, कलम 8 व कलम 12")."""
        words = self.config.devanagari
        joins = sorted([*words.joins, "and", "&"], key=lambda w: (-len(w), w))
        sections = sorted(
            [*words.section_words, "section", "sections", "sec.", "s."], key=lambda w: (-len(w), w)
        )
        join = "|".join(re.escape(w) for w in joins)
        section = "|".join(re.escape(w) for w in sections)
        return re.compile(
            rf"\s?(?:,\s?(?:(?:{join})\s)?|\s(?:{join})\s)(?:{section})\s?", re.IGNORECASE
        )

    @cached_property
    def articles(self) -> ArticleReader | None:
        """The reader of Articles of the Constitution (:mod:`lawref.analysis.articles`), when
        the config has their words."""
        words = self.config.constitution
        return ArticleReader(words) if words is not None else None

    def with_articles(
        self, text: str, refs: list[StatuteReference], low: int = 0, high: int | None = None
    ) -> list[StatuteReference]:
        """*refs* with the Articles of the Constitution ``text[low:high]`` names, read apart
        from sections and after their Acts are placed, so that no Article takes an Act and no
        section the Constitution."""
        reader = self.articles
        if reader is None:
            return refs
        return with_articles(refs, reader.references(text, low, high))

    def paired_respectively(
        self,
        text: str,
        refs: list[StatuteReference],
        acts: Sequence[ActMatch],
        day: dt.date,
    ) -> list[StatuteReference]:
        """*refs* with a list of sections shared out among the Acts named after it, where the
        text says "respectively" and names as many Acts as the list has sections: "Sections 14
        and 67B of the POCSO Act and the IT Act respectively" is POCSO s.14 and IT Act s.67B,
        not a POCSO s.67B that the POCSO Act lacks. Every section of the list is read against
        the Act in its place; a list with more or fewer sections than Acts (a range, "Sections
        14, 15 and 67B of the POCSO Act and the IT Act respectively") is left as read. Where
        no order is given ("… of the POCSO and IT Acts", "… of the POCSO Act and the IT Act"),
        a section the first Act lacks is read as the later one's that has it. Each Act
        is found right after the one before it (linear: one step per Act)."""
        if not refs or (
            "respectively" not in text.lower()
            and _SHARED_ACTS.search(text) is None
            and not any(_cannot_have(ref) for ref in refs)
            and not any(
                ref.provision is None and ref.act_start is not None and ref.act_start > ref.end
                for ref in refs
            )
        ):
            # (the lists after the Acts are read whatever the text says: review 2026-12-29a L3)
            if not refs:
                return refs
            return _carried_from_where_placed(
                text,
                self._after_moves(
                    text, refs, self._shared_from_before(text, refs, acts, day), acts, day
                ),
                acts,
            )
        by_start = {match[0]: match for match in acts}
        lists: dict[tuple[int, int], list[int]] = {}
        for index, ref in enumerate(refs):
            if (
                ref.section is not None
                and ref.act_start is not None
                and ref.act_end is not None
                and ref.act_start > ref.end
            ):
                lists.setdefault((ref.act_start, ref.act_end), []).append(index)
        paired = list(refs)
        for (start, end), members in lists.items():
            first = by_start.get(start)
            if first is None or first[1] != end or len(members) < 2:
                continue
            spans = {(refs[i].start, refs[i].end) for i in members}
            if len(spans) != len(members):
                continue  # one item read as several (a clause and its section): not a list
            # every Act joined after the list ("of the POCSO Act, the IT Act and the BNS"), one
            # step per Act: linear (review 2026-12-28b H1)
            chain = [first]
            at = end
            while True:
                join = _ACT_PAIR_JOIN.match(text, at)
                following = by_start.get(join.end()) if join is not None else None
                if following is None:
                    break
                chain.append(following)
                at = following[1]
            respectively = _RESPECTIVELY.match(text, at) is not None
            if not respectively or len(chain) != len(members):
                shared = (
                    None
                    if respectively
                    else self._paired_by_order(text, refs, members, chain, at, day)
                )
                if shared is not None:
                    for index, read in shared.items():
                        paired[index] = read
                    continue
                if len(chain) > 1:
                    # "Sections 14 and 67B of the POCSO and IT Acts", "… of the POCSO Act and
                    # the IT Act": no order given; each section placed among the Acts
                    # (``_placed_among``)
                    ordered = sorted(members, key=lambda i: refs[i].start)
                    for at, index in enumerate(ordered):
                        paired[index] = self._placed_among(
                            text,
                            refs[index],
                            chain,
                            refs[ordered[at - 1]].section if at else None,
                            day,
                            respectively,
                        )
                continue
            ordered = sorted(members, key=lambda i: refs[i].start)
            for index, (act_start, act_end, name) in zip(ordered[1:], chain[1:], strict=True):
                ref = refs[index]
                read = self._resolve(text, ref.start, ref.end, ref.section or "", name, day)
                paired[index] = read.model_copy(update={"act_start": act_start, "act_end": act_end})
        spread = self._shared_from_before(text, paired, acts, day)
        return _carried_from_where_placed(
            text, self._after_moves(text, refs, spread, acts, day), acts
        )

    def _after_moves(
        self,
        text: str,
        before: list[StatuteReference],
        after: list[StatuteReference],
        acts: Sequence[ActMatch],
        day: dt.date,
    ) -> list[StatuteReference]:
        """*after* (the references once lists beside several Acts are shared among them) with a
        later bare section that names no Act of its own read against the Act its number was
        moved to: the text cited it there first ("… under the POCSO Act and IPC sections 4, 6
        and 376. Section 6 provides …" is POCSO s.6, not the IPC's definitions; "… the IT Act
        and POCSO Act sections 67B and 12. Section 67B carries …" is IT Act s.67B; review
        2026-12-29c M9). Only where the bare section was read from the Act the list's section
        left, or read against none, and exactly one earlier section of that number moved;
        *before* holds the readings before the lists were shared. No Act may be named between
        the two (review 2026-12-30e M1). Each reference looks at the moves of its own number
        only."""
        moved: dict[str, list[int]] = {}
        for index, (old, new) in enumerate(zip(before, after, strict=True)):
            if new is not old and new.act is not None and new.act != old.act and new.section:
                moved.setdefault(new.section.split("(", 1)[0], []).append(index)
        if not moved:
            return after
        names = {name.act: name for _, _, name in acts}
        act_starts = sorted(start for start, _, _ in acts)
        result = list(after)
        # the last citation of each number with its Act named in its own words: a later bare
        # section follows it ("… Section 67 of the IPC was not invoked. Section 67 …")
        cited: dict[str, int] = {}
        for at, ref in enumerate(after):
            if ref.section is None:
                continue
            base = ref.section.split("(", 1)[0]
            if ref.act_start is not None:
                cited[base] = at
                continue  # its own words name its Act
            movers = [i for i in moved.get(base, []) if i < at]
            if (
                len(movers) != 1
                or cited.get(base) != movers[0]
                # (no Act named between them: "… Under the IPC, … Section 4 extends the Code …"
                # is the IPC's; review 2026-12-30e M1)
                or bisect.bisect_left(act_starts, ref.start)
                != bisect.bisect_left(
                    act_starts,
                    # (past the Acts its list names after it: "Sections 6 and 376 of the IPC
                    # and POCSO Act")
                    max(
                        after[movers[0]].end,
                        after[movers[0]].act_end or 0,
                        before[movers[0]].act_end or 0,
                    ),
                )
            ):
                continue
            old, new = before[movers[0]], after[movers[0]]
            read_from_old = ref.act == old.act and any(
                f.startswith(f"the text names no Act here; read as {old.act} from")
                for f in ref.flags
            )
            read_in_none = ref.act is None and any(
                f.startswith((_NO_ACT, f"not read as {old.act} from")) for f in ref.flags
            )
            name = names.get(new.act or "")
            if name is None or not (read_from_old or read_in_none):
                continue
            resolved = self._resolve(text, ref.start, ref.end, ref.section, name, day)
            result[at] = resolved.model_copy(
                update={
                    "act_from": new.text,
                    "flags": (
                        f"the text names no Act here; read as {name.act} from \u201c{new.text}"
                        "\u201d, the section its list placed there",
                        *resolved.flags,
                    ),
                }
            )
        return result

    def _shared_from_before(
        self,
        text: str,
        refs: list[StatuteReference],
        acts: Sequence[ActMatch],
        day: dt.date,
    ) -> list[StatuteReference]:
        """*refs* with the sections of a list that two or more Acts named right before it share
        ("under the POCSO Act, the IT Act and IPC Sections 354D, 67B and 12"), each read against
        the Act it belongs to, not only the last Act, which stands next to the list: in the
        Acts' order where "respectively" follows the list and the counts match ("the POCSO Act
        and the IT Act, Sections 12 and 67B respectively"); otherwise a section the last Act
        cannot have (a number past its last, a lettered section it lacks or reads as a clause)
        is read as the one earlier Act's that can (not "IPC has no section 67B", nor BNS
        s.67(b) for the IT Act's s.67B; reviews 2026-12-28e H3, 29a H2), in none where more than
        one can. A section the last Act does not hold and an earlier Act holds is placed in none
        ("the IT Act and BNS Sections 67 and 351": IT Act s.67, not BNS s.67, may be meant); a
        section the last Act has only in a part that creates no offence
        (``ActRecord.not_charged``) is an earlier Act's (``_charged_before``: "the POCSO Act and
        IPC sections 4, 6 and 376" is POCSO s.4 and s.6, not the IPC's extra-territorial reach
        and its definitions; reviews 2026-12-29e H5, 29c H4); the others stay the last Act's
        ("the POCSO Act and IPC Sections 354 and 34"), unless the section before it went to an
        earlier Act that can have it too, when it is placed in none ("the IPC and POCSO Act
        sections 354, 509 and 34"; review 2026-12-30e H1). A list's items that repeat the
        section word ("धारा 4 व धारा 6"), carried to the last Act or refused by it, are the
        list's too (reviews 2026-12-30b H2, 30e H2). Each Act is found right before the next,
        at most ``_CHAIN_MOST`` of them, so that each section is read against a bounded number
        of Acts (linear)."""
        ordered_acts = sorted(acts)
        index_of = {match[0]: at for at, match in enumerate(ordered_acts)}
        lists: dict[int, list[int]] = {}
        for index, ref in enumerate(refs):
            if (
                ref.section is not None
                and ref.act_start is not None
                and ref.act_end is not None
                and ref.act_end <= ref.start
                and ref.act_start in index_of
            ):
                lists.setdefault(ref.act_start, []).append(index)
        refs = list(refs)
        for act_start, members in lists.items():
            # (and the items after it that repeat the section word, which the Act before them
            # was carried to, or refused for a number it has not: "पॉक्सो एक्ट और आईपीसी की धारा 4
            # व धारा 6", "आईपीसी और आईटी एक्ट की धारा 67 व धारा 354डी"; reviews 2026-12-30b H2,
            # 30e H2)
            name = ordered_acts[index_of[act_start]][2]
            last = max(members, key=lambda i: refs[i].start)
            act = refs[last].act
            for index in range(last + 1, len(refs)):
                ref = refs[index]
                if (
                    ref.section is None
                    or ref.act_start is not None
                    or self.list_continues.fullmatch(text, refs[last].end, ref.start) is None
                ):
                    break
                if ref.act is None and any(
                    f.startswith(f"not read as {act} from") and "that Act has no section" in f
                    for f in ref.flags
                ):
                    # read against the list's Act, which has it not, so that it is placed
                    # among the Acts as any such section is
                    ref = refs[index] = self._resolve(
                        text, ref.start, ref.end, ref.section, name, day
                    )
                elif ref.act != act or not any(
                    f.startswith(f"{_CARRIED} {act} from") for f in ref.flags
                ):
                    break
                members.append(index)
                last = index
        shared = list(refs)
        for act_start, members in lists.items():
            at = index_of[act_start]
            ordered = sorted(members, key=lambda i: refs[i].start)
            if (
                self.list_after_act.fullmatch(text, ordered_acts[at][1], refs[ordered[0]].start)
                is None
            ):
                continue  # not the list right after the Act ("the Act … Section 67B")
            chain = [ordered_acts[at]]
            # (at most _CHAIN_MOST Acts: no list follows more, and each section is read against
            # each of them, so a text of Acts alone stays linear; review 2026-12-29a M8)
            while (
                at > 0
                and len(chain) < _CHAIN_MOST
                and self.act_join.fullmatch(text, ordered_acts[at - 1][1], ordered_acts[at][0])
                # (not across a blank line, where the text is read in stretches: "IPC\n\nand
                # POCSO 67B" names one Act before its list, read whole or in stretches)
                and not _BLANK.search(text, ordered_acts[at - 1][1], ordered_acts[at][0])
                # (not an Act set against the next by a comma: "Unlike the POCSO Act, IPC
                # sections 10 and 375 …"; but "Besides the IPC and POCSO Act sections …" joins
                # them; reviews 2026-12-30e M3, 30f H1)
                and not (
                    _COMMA_ONLY.fullmatch(text, ordered_acts[at - 1][1], ordered_acts[at][0])
                    and _CONTRAST_BEFORE.search(
                        text, max(0, ordered_acts[at - 1][0] - 20), ordered_acts[at - 1][0]
                    )
                )
            ):
                at -= 1
                chain.insert(0, ordered_acts[at])
            if len(chain) < 2:
                continue
            respectively = _RESPECTIVELY_AFTER_LIST.match(text, refs[ordered[-1]].end) is not None
            if respectively and len(chain) == len(ordered):
                zipped = self._zipped(text, refs, ordered, chain, day)
                if zipped is not None:
                    for index, read in zipped.items():
                        shared[index] = read
                    continue
            earlier = chain[:-1]
            for index in ordered:
                ref = refs[index]
                if not _cannot_have(ref):
                    continue
                can = self._able(text, ref, earlier, day)
                if not can:
                    # a clause of an earlier Act ("5L" beside the IPC, which records its lettered
                    # sections in full, is POCSO s.5(l)); where the last Act is no such Code,
                    # two Acts may read the letter as a clause or none has the number as
                    # written ("the BNS and POCSO Act sections 354A and 12"): placed in none
                    # (reviews 2026-12-29c H3, 29d H2); unless the last Act's clause lies in a
                    # part of it that creates no offence ("the POCSO Act and BNS sections 5M, 6
                    # and 351": BNS s.5 is on commuting sentences, POCSO s.5(m) is meant; review
                    # 2026-12-29e H5)
                    loose = self._able(text, ref, earlier, day, clause=True)
                    if (
                        loose
                        and not any(LETTERED_IN_FULL in f for f in ref.flags)
                        # (not even where the number is past the last Act's end: the earlier
                        # Act's clause may not exist, "the BNS and IT Act sections 296C and
                        # 67", BNS s.296 having only (a) and (b); review 2027-01-01c M2)
                        and not self._never_charged(chain[-1][2], ref.section)
                    ) or (
                        not loose
                        and _LETTERED_NUMBER.fullmatch(_written(ref) or "")
                        and any(name.act != chain[-1][2].act for _, _, name in earlier)
                    ):
                        # (nor where every Act named lacks the lettered number, as a section
                        # and as a clause: the BNS, whose clauses are recorded in full, has no
                        # s.354A and no s.354(a), and the POCSO Act ends at s.46; not where the
                        # Acts are one named twice, "POCSO … and POCSO 67B", which lacks it)
                        shared[index] = self._unplaced(text, ref, chain, before=True)
                        continue
                    can = loose
                names = {start: name for start, _, name in chain}
                charging = [e for e in can if not self._never_charged(names[e[0]], e[2].section)]
                if can and not charging:
                    # (the only Act that can have it charges nothing by it: "the IPC and POCSO
                    # Act sections 354 and 66" names no IPC s.66, on imprisonment in default of
                    # a fine; review 2026-12-30f L1)
                    shared[index] = self._unplaced(text, ref, chain, before=True)
                    continue
                can = charging
                if (
                    len(can) == 1
                    and not names[can[0][0]].held
                    and any(LETTERED_IN_FULL in f for f in ref.flags)
                    and _written(ref) not in self.known_lettered.get(names[can[0][0]].act, ())
                ):
                    # (a lettered number the last Act lacks may be its own misprinted, "68B"
                    # for 67B: not moved into an Act lawref does not hold, whose lettered
                    # sections it cannot check: "the CrPC and IT Act sections 41A and 68B";
                    # review 2026-12-31a H2; unless that Act is known to have it, "65B" of the
                    # Evidence Act, ``NamedAct.lettered_sections``; 31c M2)
                    shared[index] = self._unplaced(text, ref, chain, before=True)
                elif len(can) == 1:
                    start, end, read = can[0]
                    shared[index] = read.model_copy(update={"act_start": start, "act_end": end})
                elif can:
                    shared[index] = self._unplaced(text, ref, chain, before=True)
            for at, index in enumerate(ordered):
                ref = refs[index]
                if shared[index] is not ref or _cannot_have(ref):
                    continue
                charged = self._charged_before(text, ref, chain, day)
                if charged is not None:
                    shared[index] = charged
                    continue
                if ref.provision is not None:
                    continue
                # a section the last Act does not hold may be an earlier Act's: where one holds
                # it ("the IT Act and BNS Sections 67 and 351": IT Act s.67 or BNS s.67, rape
                # causing death; review 2026-12-29a L3), or where the section before it went to
                # an earlier Act and the two are an offence and its punishment (29b H4); else it
                # stays the last's ("the IPC and POCSO Act sections 376 and 6"). (A section the
                # last Act charges nothing with went above: "the POCSO Act and IT Act Sections
                # 67B, 11 and 12", "the POCSO Act and IPC sections 5L, 6 and 506"; 29e H5.)
                names = {start: name for start, _, name in chain}
                able = [
                    entry
                    for entry in self._able(text, ref, earlier, day)
                    if not self._never_charged(names[entry[0]], entry[2].section)
                ]
                previous = ordered[at - 1] if at else None
                moved = (
                    shared[previous]
                    if previous is not None and shared[previous] is not refs[previous]
                    else None
                )
                partner = moved is not None and (
                    _offence_and_punishment(_written(refs[previous or 0]), ref.section)
                    # (or the section before it went to an earlier Act that can have this one
                    # too: "the IPC and POCSO Act sections 354, 509 and 34" may name IPC s.34,
                    # common intention, not POCSO s.34 on a child offender's procedure; review
                    # 2026-12-30e H1)
                    or any(start == moved.act_start for start, _, _ in able)
                )
                read_with = _read_with_before(text, ref.start)
                if read_with:
                    # read with an offence, it stays the last Act's ("the POCSO Act and BNS
                    # sections 303 read with 13" is BNS s.13; review 2026-12-31c L1), unless
                    # it is a section another Act's charges name read with an offence and the
                    # last Act's do not (``joined_with``: "the BNS and POCSO Act sections 64
                    # read with 3(5)" is BNS s.3(5), common intention; reviews 31d M3, 31e H2)
                    joined = [e for e in able if self._read_with_offence(names[e[0]], ref)]
                    if len(joined) == 1 and not self._read_with_offence(chain[-1][2], ref):
                        start, end, read = joined[0]
                        shared[index] = read.model_copy(update={"act_start": start, "act_end": end})
                elif able and (any(read.provision is not None for _, _, read in able) or partner):
                    shared[index] = self._unplaced(text, ref, chain, before=True)
        return shared

    def _charged_before(
        self,
        text: str,
        ref: StatuteReference,
        chain: list[ActMatch],
        day: dt.date,
    ) -> StatuteReference | None:
        """*ref*, read against the last Act of *chain* (named right before its list), placed
        among the earlier ones where the last Act has its section only in a part that creates
        no offence and no punishment for one (``ActRecord.not_charged``): no charge names it
        there, so the list names it for an earlier Act. "Booked under the POCSO Act and the IT
        Act sections 5M, 6 and 67B" is POCSO s.5(m) and s.6 and IT Act s.67B, not the IT Act's
        ss.5 and 6 on electronic signatures and e-governance (review 2026-12-29e H5); "the
        POCSO Act and IPC sections 4, 6 and 376" is POCSO s.4 and s.6 and IPC s.376, not IPC
        s.4 (the Code's reach beyond India) and s.6 (definitions subject to the exceptions;
        review 2026-12-29c H4). The section goes to the one earlier Act that can have it as
        written or as a clause ("5M" of the POCSO Act, s.5(m); ``_able``) and has it outside
        such a part of its own; to none where more than one can, or the one is an Act lawref
        does not hold or one that replaced the last (``_charged_among``, ``_unplaced``; review
        2026-12-30b H1). ``None``
        where the last Act may charge it, or no earlier Act can: the reading stands (IPC s.34,
        common intention, is charged with the offence it joins and is recorded in no such
        part)."""
        return self._charged_among(text, ref, chain, chain[-1][2], chain[:-1], day, before=True)

    def _charged_among(
        self,
        text: str,
        ref: StatuteReference,
        chain: list[ActMatch],
        read_in: ActName,
        others: list[ActMatch],
        day: dt.date,
        before: bool,
        respectively: bool = False,
    ) -> StatuteReference | None:
        """*ref*, read against *read_in*, one of the Acts of *chain* its list shares, placed
        among the *others* where *read_in* has its section only in a part that charges nothing
        (``ActRecord.not_charged``): in the one other that can have it as written or as a
        clause (``_able``) outside such a part of its own, in none where more than one can
        (``_unplaced``; *before*: the Acts are named before the list); ``None`` where
        *read_in* may charge it or no other can. A section *read_in* names only joined to an
        offence (``ActRecord.joined_only``: IPC s.75, BNS s.13) with no "read with" right before
        it is placed in none where another Act can have it ("the JJ Act and IPC sections 75 and
        323": JJ Act s.75, cruelty to a child, may be meant; review 2026-12-30b M1)."""
        if self._only_joined(read_in, ref) and not _read_with_before(text, ref.start):
            if self._able(text, ref, others, day):
                return self._unplaced(text, ref, chain, respectively, before=before)
            return None
        if not self._never_charged(read_in, _written(ref)):
            return None
        names = {start: name for start, _, name in chain}
        can = [
            (start, end, read)
            for start, end, read in self._able(text, ref, others, day, clause=True)
            if not self._never_charged(names[start], read.section)
        ]
        # (moved only into an Act lawref holds, whose parts it knows, and not between a Code and
        # the one that replaced it: "Sections 82 and 83 of the IPC and the JJ Act" may be the
        # IPC's exceptions for children, and "Sections 96 and 97 of the IPC and the BNS" the
        # IPC's private defence beside the BNS's; placed in none; review 2026-12-30b H1)
        if (
            len(can) == 1
            and names[can[0][0]].held
            and not self._successive(read_in, names[can[0][0]])
        ):
            start, end, read = can[0]
            return read.model_copy(update={"act_start": start, "act_end": end})
        if can:
            return self._unplaced(text, ref, chain, respectively, before=before)
        return None

    def _successive(self, one: ActName, other: ActName) -> bool:
        """Whether one of the Acts *one* and *other* replaced the other (the BNS the IPC): a
        number shared between them may be either's."""
        if not (one.held and other.held):
            return False
        first, second = self.statutes.act(one.act), self.statutes.act(other.act)
        return first.repealed_by == second.id or second.repealed_by == first.id

    def _read_with_offence(self, name: ActName, ref: StatuteReference) -> bool:
        """Whether *ref*'s section, read in the Act *name*, is one a charge names read with an
        offence (``ActRecord.joined_with``: IPC s.34, BNS s.3(5)); never for an Act lawref does
        not hold."""
        written = _written(ref)
        return (
            name.held
            and written is not None
            and self.statutes.act(name.act).read_with_offence(written)
        )

    def _only_joined(self, name: ActName, ref: StatuteReference) -> bool:
        """Whether *ref*'s section, read in the Act *name*, is one a charge names only joined
        to an offence (``ActRecord.joined_only``); never for an Act lawref does not hold."""
        written = _written(ref)
        return (
            name.held and written is not None and self.statutes.act(name.act).only_joined(written)
        )

    def _never_charged(self, name: ActName, section: str | None) -> bool:
        """Whether *section* of the Act *name* resolves to lies in a part of it that creates no
        offence and no punishment for one (``ActRecord.not_charged``); never for an Act lawref
        does not hold, whose parts it does not know."""
        return (
            name.held and section is not None and self.statutes.act(name.act).never_charged(section)
        )

    def _zipped(
        self,
        text: str,
        refs: list[StatuteReference],
        ordered: list[int],
        chain: list[ActMatch],
        day: dt.date,
    ) -> dict[int, StatuteReference] | None:
        """The sections of a list read against the Acts before it in their order, for a list
        "respectively" follows; ``None`` where the order cannot be the Acts': an Act that cannot
        have its section as written, a section the last Act holds moved to one lawref does not
        hold there, or two next to each other that neither Act holds (an offence and its
        punishment in one Act) — "respectively" then pairs the accused, not the Acts ("The two
        men were booked under the IT Act and IPC sections 354D and 509 respectively"; "The
        teacher and the principal … under IPC and POCSO Act Sections 21 and 19 respectively";
        review 2026-12-29a H1) — or a section placed in a part of its Act that creates no
        offence (``ActRecord.not_charged``: "the POCSO Act and IPC sections 10 and 4
        respectively" names no IPC s.4, the Code's reach beyond India; review 2026-12-29c
        H4)."""
        zipped: dict[int, StatuteReference] = {}
        for index, (start, end, name) in zip(ordered, chain, strict=True):
            ref = refs[index]
            read = self._resolve(text, ref.start, ref.end, ref.section or "", name, day)
            if (
                _cannot_have(read)
                or (read.provision is None and ref.provision is not None)
                or self._never_charged(name, read.section)
            ):
                return None
            zipped[index] = read.model_copy(update={"act_start": start, "act_end": end})
        first, second = refs[ordered[0]], refs[ordered[1]]
        if (
            len(ordered) == 2
            and all(read.provision is None for read in zipped.values())
            and _offence_and_punishment(first.section, second.section)
        ):
            return None  # "… the IPC and the POCSO Act sections 4 and 6 respectively"
        return zipped

    def _able(
        self,
        text: str,
        ref: StatuteReference,
        chain: Sequence[ActMatch],
        day: dt.date,
        clause: bool = False,
    ) -> list[tuple[int, int, StatuteReference]]:
        """*ref*'s section read against each Act of *chain* that can have it as written (no
        number past its last, no lettered section it lacks), with that Act's place; with
        *clause*, also one that reads a lettered section as a clause of its number ("5L" of the
        POCSO Act, s.5(l), where the IPC after it records its lettered sections in full and has
        no s.5L; review 2026-12-29b H4)."""
        written = _written(ref) or ""
        reads = [
            (start, end, self._resolve(text, ref.start, ref.end, written, name, day))
            for start, end, name in chain
        ]
        if clause:
            return [
                entry for entry in reads if not any(" has no section " in f for f in entry[2].flags)
            ]
        return [entry for entry in reads if not _cannot_have(entry[2])]

    def _placed_among(
        self,
        text: str,
        ref: StatuteReference,
        chain: list[ActMatch],
        previous: str | None,
        day: dt.date,
        respectively: bool = False,
    ) -> StatuteReference:
        """*ref*, read against the first of two or more Acts named after its list with no order
        given ("Sections 354 and 67 of the IPC and IT Act"), placed among them: where the first
        Act cannot have the section as written (a number past its last, a lettered section it
        lacks: "Sections 75 and 67B of the BNS and IT Act"; reviews 2026-12-25c H4, 28a H1, H4),
        in the one later Act that can; where the first can have it and lawref does not hold it
        there, in neither if a later Act holds it or can have it too — the text may mean either
        (IPC s.67 beside IT Act s.67; BNS s.66, rape causing death, beside IT Act s.66; reviews
        2026-12-27a H1, 27e M7), and a wrong section is worse than none — unless it is one or
        two past the section before it, an offence and its punishment in the first Act ("4 and
        6"), or the next Act follows ", and". A section lawref holds as read, the list's first
        one the first Act can have, and one no later Act can have stay as read."""
        if ref.section is None:
            return ref
        # (a section the first Act has only in a part that charges nothing is a later one's:
        # "Sections 6 and 376 of the IPC and POCSO Act" names POCSO s.6, not the IPC's
        # definitions subject to its exceptions; "Sections 67B and 12 of the IT Act and the
        # POCSO Act", POCSO s.12)
        charged = self._charged_among(
            text, ref, chain, chain[0][2], chain[1:], day, False, respectively
        )
        if charged is not None:
            return charged
        first_lacks = _cannot_have(ref)
        if ref.provision is not None and not first_lacks:
            return ref
        can = self._able(text, ref, chain[1:], day)
        if first_lacks:
            if len(can) == 1:
                start, end, read = can[0]
                return read.model_copy(update={"act_start": start, "act_end": end})
            if len(can) > 1:
                # "Sections 12 and 64 of the POCSO Act, the IT Act and the BNS": two later Acts
                # may have it, and the first cannot (review 2026-12-28b H1)
                return self._unplaced(text, ref, chain, respectively)
            return ref
        # (an Act lawref does not hold, whose sections it cannot tell, is no rival: "Section
        # 376,354,506 of IPC, POSCO and Goa Children's Act"; dev)
        # (nor a later Act that has it only in a part that charges nothing: "Sections 354 and
        # 34 of the IPC and IT Act" is IPC s.34, common intention, not the IT Act's s.34 on
        # certifying authorities)
        known = {start: name for start, _, name in chain[1:] if name.held}
        can = [
            entry
            for entry in can
            if entry[0] in known and not self._never_charged(known[entry[0]], entry[2].section)
        ]
        if (
            previous is None
            or not can
            or (not chain[0][2].held and _COMMA_AND.search(text, chain[0][1], chain[1][0]))
        ):
            # (", and" after an Act lawref does not hold names the next on its own: "Sections
            # 376, 354 and 8 of the Goa Children Act, and the POCSO Act"; dev; not after one it
            # holds, a serial comma: "… of the IPC, and the IT Act"; review 2026-12-28b H2)
            return ref
        if not any(read.provision is not None for _, _, read in can) and _offence_and_punishment(
            previous, ref.section
        ):
            return ref
        return self._unplaced(text, ref, chain, respectively)

    @staticmethod
    def _unplaced(
        text: str,
        ref: StatuteReference,
        chain: list[ActMatch],
        respectively: bool = False,
        before: bool = False,
    ) -> StatuteReference:
        """*ref* placed in none of the Acts of *chain*, named after its list (or *before* it),
        with a note naming them all and why: no order given, or "respectively" with more
        sections than Acts; its section as the text wrote it ("5M", not the clause s.5(m) one
        Act would read)."""
        names = [f"\u201c{text[start:end]}\u201d" for start, end, _ in chain]
        named = ", ".join(names[:-1]) + " and " + names[-1]
        whose = "either's" if len(names) == 2 else "any of theirs"
        why = (
            "“respectively”, with more sections than Acts"
            if respectively
            else "with no order given"
        )
        written = _written(ref)
        placed = _placed_nowhere(
            ref,
            f"its list names {named} {'before' if before else 'after'} it {why}: section "
            f"{written} may be {whose}",
            # (none of what was said of the first Act: "POCSO Act has no section 64" is no
            # difference when the section is placed in no Act; review 2026-12-28c H1)
            tuple(f for f in ref.flags if not _of_the_act_read(f)),
        )
        return placed.model_copy(update={"section": written})

    def _paired_by_order(
        self,
        text: str,
        refs: list[StatuteReference],
        members: list[int],
        chain: list[ActMatch],
        at: int,
        day: dt.date,
    ) -> dict[int, StatuteReference] | None:
        """The sections of a list read against the Acts named after it in their order, where
        the Acts share one plural "Acts" ("Sections 67B and 14 of the IT and POCSO Acts"), name
        as many Acts as the list has sections, the Act in each place has the section, and no
        section lawref holds as read is moved to one it does not; each moved one says so in a
        reading note (the text gives no "respectively"; review 2026-12-25d M5). ``None`` where
        any of that fails: "Sections 354 and 509 of the IPC and POCSO Acts" (the POCSO Act has
        no s.509) and "Sections 11 and 12 of the POCSO and IT Acts" (POCSO s.12 held, IT Act
        s.12 not: a POCSO offence and its punishment; review 2026-12-26b M1) are left as read,
        and "Sections 376 and 6 of the IPC and POCSO Acts" (neither held) is read by order
        (review 2026-12-26c M2)."""
        if len(chain) != len(members) or text[at : at + 1].lower() != "s":
            return None
        ordered = sorted(members, key=lambda i: refs[i].start)
        if any(" has no section " in flag for flag in refs[ordered[0]].flags):
            return None
        moved: dict[int, StatuteReference] = {}
        for index, (act_start, act_end, name) in zip(ordered[1:], chain[1:], strict=True):
            ref = refs[index]
            read = self._resolve(text, ref.start, ref.end, ref.section or "", name, day)
            if (
                read.provision is None
                and ref.provision is None
                and _offence_and_punishment(refs[ordered[0]].section, ref.section)
            ):
                # neither held, and the two next to each other: an offence and its punishment
                # in the first Act ("Sections 4 and 6 of the POCSO and IT Acts"; review
                # 2026-12-26d M1)
                return None
            if read.provision is None and ref.provision is not None:
                # a section held as read is not moved to one lawref does not hold: reports pair
                # a POCSO offence with its punishment before an unnumbered IT Act ("Sections 11
                # and 12 of the POCSO and IT Acts"; review 2026-12-26b M1); unheld either way,
                # the order stands ("Sections 376 and 6 of the IPC and POCSO Acts"; 26c M2)
                return None
            if read.act is None or any(" has no section " in flag for flag in read.flags):
                return None
            note = (
                f"read as {text[act_start:act_end]}'s, by its place: the Acts named after the "
                'list share one "Acts", in the list\'s order'
            )
            moved[index] = read.model_copy(
                update={"act_start": act_start, "act_end": act_end, "flags": (*read.flags, note)}
            )
        return moved

    def parts_named_before(
        self,
        text: str,
        refs: list[StatuteReference],
        acts: Sequence[ActMatch],
        day: dt.date,
    ) -> list[StatuteReference]:
        """*refs* with a sub-section or clause the text names before its section, as statutes
        and judgments cite one ("sub-section (2) of Section 15 of the POCSO Act", "clause (b) of
        sub-section (1) of section 64"), read as that part ("15(2)", "64(1)(b)"): the section
        alone would lose the part's own punishment (POCSO s.15(1) a fine, s.15(2) a term). Only
        a section read against an Act named in the text, written as a plain or lettered
        number."""
        by_start = {start: name for start, _, name in acts}
        read = []
        for ref in refs:
            part = _PART_BEFORE.search(text, max(0, ref.start - 80), ref.start)
            name = by_start.get(ref.act_start) if ref.act_start is not None else None
            if (
                part is None
                or not (part["sub"] or part["clause"])
                or name is None
                or ref.section is None
                or not _PLAIN_NUMBER.fullmatch(ref.section)
            ):
                read.append(ref)
                continue
            number = ref.section + "".join(
                f"({p})" for p in (part["sub"], part["clause"]) if p is not None
            )
            resolved = self._resolve(text, part.start(), ref.end, number, name, day)
            read.append(
                ref.model_copy(
                    update={
                        "start": part.start(),
                        "text": text[part.start() : ref.end],
                        "section": resolved.section,
                        "provision": resolved.provision,
                        "limb": resolved.limb,
                        # (what was said of the section as read goes; how its list was read
                        # stays)
                        "flags": (
                            *(f for f in ref.flags if not _of_the_act_read(f)),
                            *resolved.flags,
                        ),
                    }
                )
            )
        return read

    def unplaced_past_last(self, text: str, refs: list[StatuteReference]) -> list[StatuteReference]:
        """*refs* with each section read against an Act named after other sections of its list,
        where that Act cannot have it, placed nowhere ("Section 376/511, Section 8 of the POCSO
        Act"; "Sections 67B and 292 IPC"): a number past the Act's last, or a lettered section
        the Code lacks that another Act lawref holds has, is the evidence that the list joins
        sections of two laws, and the text never says the Act has it (reviews 2026-12-24c H2,
        24d M1). A section with its Act's name right after it ("Section 376 of the POCSO Act"),
        or a lettered number no held Act has ("Sections 354E and 509 of the IPC": no second
        law; review 2026-12-24e H1), keeps the Act and the flag, which the summary lists as a
        difference."""
        placed = []
        for ref in refs:
            missing = next((f for f in ref.flags if " has no clause " in f), None)
            if missing is not None and self._other_act_in_sentence(text, ref, refs):
                # a clause the Act lacks in a sentence that names another Act may be that
                # Act's, however the list is joined ("BNS Sections 109(1) and 25(1)(a) and the
                # Arms Act", "… of BNS r/w Arms Act"): a note, not the text's error (reviews
                # 2027-01-02a M1, 02c H1, 02d H1, M2)
                ref = ref.model_copy(
                    update={
                        "flags": tuple(
                            f"not read as a difference: {f}; its sentence names another Act, "
                            "which may be the clause's"
                            if f == missing
                            else f
                            for f in ref.flags
                        )
                    }
                )
            beyond = next((f for f in ref.flags if _PAST_LAST.search(f)), None)
            if (
                beyond is not None
                and (_PAST_LAST_NUMBER.search(beyond) is not None or self._held_elsewhere(ref))
                and ref.act_start is not None
                and ref.act_start > ref.end
                and _DIGIT.search(text, ref.end, ref.act_start) is not None
            ):
                ref = _placed_nowhere(
                    ref,
                    f"no Act named: its list names an Act after other sections, and {beyond}; "
                    "the list may join sections of two laws",
                    tuple(f for f in ref.flags if f != beyond and not _is_act_flag(f)),
                )
            elif (
                beyond is not None
                and (_PAST_LAST_NUMBER.search(beyond) is not None or self._held_elsewhere(ref))
                and ref.act_start is not None
                and _READ_WITH_ACT.match(text, ref.end, ref.act_start)
            ):
                # "u/s 376 read with POCSO Act": the Act read with the section is another law,
                # which cannot have it (review 2027-01-04d); "Section 67B read with the IT Act"
                # keeps its Act (review 2027-01-05a M1)
                ref = _placed_nowhere(
                    ref,
                    f"no Act named: the Act is read with the section, and {beyond}",
                    tuple(f for f in ref.flags if f != beyond and not _is_act_flag(f)),
                )
            placed.append(ref)
        return placed

    def _held_elsewhere(self, ref: StatuteReference) -> bool:
        """Whether an Act lawref holds, other than the one *ref* was read against, has a
        section of *ref*'s number."""
        number = ref.section or ""
        return any(
            act.id != ref.act and f"{act.id}/s{number}" in self.statutes
            for act in self.statutes.acts
        )

    @cached_property
    def _state_before_act(self) -> re.Pattern[str] | None:
        """A State's name (``state_act_prefixes``) and the spaces after it, matched where a
        section's link to its Act ends: what may stand before the name of an Act the State had
        none of its own of."""
        states = self._state_names
        return re.compile(rf"(?:{states})[ \t]+", re.IGNORECASE) if states else None

    def references(
        self,
        text: str,
        day: dt.date,
        acts: Sequence[ActMatch] | None = None,
        low: int = 0,
        high: int | None = None,
        *,
        anaphora: bool = True,
    ) -> list[StatuteReference]:
        """Every law *text* names, resolved and flagged (none from site boilerplate). A section
        named with no Act ("Section 21 of the Act", "the said section 67B") takes the Act of the
        reference before it, and says so (``act_from``)."""
        high = len(text) if high is None else high
        skipped = self._boilerplate_spans(text, low, high)
        acts = [
            a
            for a in (self._acts_in(text, low, high) if acts is None else acts)
            if not within_any(a[0], skipped)
        ]
        starts = [a[0] for a in acts]
        used_acts: set[int] = set()
        budget = _Budget(_RANGE_BUDGET)
        refs: list[StatuteReference] = []
        section_lists, back_lists = self._lists(text, low, high)
        for match in section_lists:
            if within_any(match.start(), skipped):
                continue
            glossed = _act_glosses(text, match.start("list"), match.end("list"), acts, starts)
            if glossed:
                # "u/s-292 (IPC) and u/s-67 (IT Act)": each number before a bracket that holds
                # only an Act's name is that Act's (review 2026-12-18a H2)
                glossed_refs, begin = self._glossed(
                    text, match.start("list"), glossed, acts, (day, budget), used_acts
                )
                refs.extend(glossed_refs)
                if _DIGIT.search(text, begin, match.end("list")):
                    rest_index = _act_for(begin, match.end(), text, acts, starts, None)
                    if rest_index is not None:
                        used_acts.add(rest_index)
                    rest = text[begin : match.end("list")]
                    refs.extend(
                        self._list(
                            text,
                            begin,
                            rest,
                            acts[rest_index] if rest_index is not None else None,
                            day,
                            budget,
                        )
                    )
                continue
            act_index = _act_for(
                match.start(),
                match.end(),
                text,
                acts,
                starts,
                self._state_before_act,
            )
            if match["including"] and not _SECTION_SHAPED.match(match["list"]):
                # "358 sections, including 20 new offences": after "including", a bare number
                # followed by a count's noun is a count
                after = _NEXT_WORD.match(text, match.end())
                if after is not None and (
                    after[1].lower() in self.counted_nouns or after[1].lower() in self.count_words
                ):
                    continue
            if (
                act_index is not None
                and acts[act_index][0] >= match.end()
                and _OTHERS_AFTER.match(text, match.end())
            ):
                # "sections 500, 504 and other relevant provisions of the IPC": the Act is the
                # list's where it has every number, and is named as well ("Sections 376, 506
                # and other relevant sections of the POCSO Act": 376 and 506 are not POCSO's)
                last = self._last_section(acts[act_index][2])
                if last is not None and any(
                    int(n) > last for n in re.findall(r"\d+", match["list"])
                ):
                    act_index = None
            elif (
                act_index is not None
                and acts[act_index][1] <= match.start() <= acts[act_index][1] + 40
                and "," in text[acts[act_index][1] : match.start()]
                and self._beyond_last(acts[act_index][2], match["list"])
            ):
                # "Section 67B of the IT Act, Section 354A and Section 509": a list after a
                # comma that names a number past the last section of the Act before it is not
                # that Act's; each of its numbers is read as a section named with no Act (review
                # 2026-12-14f H10)
                act_index = None
            elif act_index is not None:
                used_acts.add(act_index)
            act = acts[act_index] if act_index is not None else None
            punishing = _PUNISHING_JOIN.search(match["list"]) if act is not None else None
            if (
                act is not None
                and punishing is not None
                and self._beyond_last(act[2], match["list"][: punishing.start()])
            ):
                # "Section 354A punishable under Section 12 of the POCSO Act": the offence is
                # another Act's (POCSO has no s.354A); only the punishing section is the Act's
                offset = match.start("list")
                head = match["list"][: punishing.start()]
                refs.extend(self._list(text, offset, head, None, day, budget))
                tail = match["list"][punishing.end() :]
                refs.extend(self._list(text, offset + punishing.end(), tail, act, day, budget))
                continue
            refs.extend(self._list(text, match.start("list"), match["list"], act, day, budget))
        by_start = {start: index for index, (start, _, _) in enumerate(acts)}
        by_end = {end: index for index, (_, end, _) in enumerate(acts)}
        covered_lists = sorted((ref.start, ref.end) for ref in refs)
        for match in back_lists:
            index = by_start.get(match.end())
            if (
                index is None
                and match["lead"].lower() in ("and", ",", "&", "under", "u/s")
                and not within_any(match.start("list"), covered_lists)
                and not within_any(match.start(), skipped)
                # (right after a section read with its Act, or after "under": "u/s-4 POCSO Act
                # and 67 (IT Act)"; not counts, "1,234 (POCSO Act), 456 (IT Act)"; review
                # 2026-12-18c H8)
                and (
                    match["lead"].lower() in ("under", "u/s")
                    or any(
                        r.section is not None
                        and max(r.end, r.act_end or 0) <= match.start()
                        and _JOINING_GAP.fullmatch(text, max(r.end, r.act_end or 0), match.start())
                        for r in refs[-6:]
                    )
                )
            ):
                # "u/s-4 POCSO Act and 67 (IT Act)": a bare number whose bracket holds only an
                # Act's name is that Act's section (review 2026-12-18b M2)
                glossed = _act_glosses(text, match.start("list"), match.end("list"), acts, starts)
                after = _NEXT_WORD.match(text, match.end("list"))
                counted = after is not None and (
                    after[1].lower() in self.counted_nouns or after[1].lower() in self.count_words
                )
                if glossed and glossed[-1][0] == match.end("list") and not counted:
                    glossed_refs, _ = self._glossed(
                        text, match.start("list"), glossed, acts, (day, budget), used_acts
                    )
                    refs.extend(glossed_refs)
                continue
            if index is None or within_any(match.start("list"), covered_lists):
                continue
            if self._beyond_last(acts[index][2], match["list"]):
                # "IPC 292, 293 and 15 of the POCSO Act": POCSO has no s.293; its last number
                # alone may be the Act's ("IPC 354 and 509 of IT Act": none is)
                cut = _last_item_start(match["list"])
                tail = match["list"][cut:] if cut is not None else ""
                if cut is not None and tail and not self._beyond_last(acts[index][2], tail):
                    used_acts.add(index)
                    refs.extend(
                        self._list(text, match.start("list") + cut, tail, acts[index], day, budget)
                    )
                continue
            lead = match["lead"].lower()
            # (the word right after the Act, with only spaces between: "… of the IT Act,
            # officials said" has none; "… of the IT Act cell staff", "… IT Act's cell" a noun)
            joined_noun = _WORD_RIGHT_AFTER.match(text, acts[index][1])
            if (lead in _JOINING_LEADS or lead.startswith("as")) and (
                not self._joins_a_law(text, match.start(), refs, acts, starts)
                or (
                    joined_noun is not None
                    and (
                        joined_noun["possessive"] is not None
                        or (
                            joined_noun["word"][:1].islower()
                            and joined_noun["word"].lower() not in _AFTER_A_JOINED_ACT
                        )
                    )
                )
            ):
                # "… of the POCSO Act along with 67B of the IT Act", "under the IPC along with 67
                # of the IT Act": a number after a joining word is a section only right after a
                # law named ("besides 45 of the POCSO Act", "with 15 of the IT Act experts" are
                # counts; reviews 2026-12-18b H4, 18c H9)
                continue
            before = by_end.get(_skip_space_back(text, match.start()))
            if (
                lead not in ("under", "u/s", "r/w")
                and not lead.startswith("read")
                and (match["link"] or "").strip().lower() != "of"
                and not _SECTION_SHAPED.match(match["list"])
                and "/" not in match["list"]
                and (before is None or before not in used_acts)
            ):
                # "… and 12 POCSO cases": a bare number after a comma, "and", "along with",
                # "as well as" and the like is read as a section only before "of"; one with a
                # section's letter or bracket ("…, and 66C IT Act") is no count, nor numbers
                # joined by a slash (", 5/6 POCSO Act"), nor one right after an Act read with
                # its sections ("u/s 67B IT Act and 15 POCSO")
                continue
            after = _NEXT_WORD.match(text, acts[index][1])
            if (
                after is not None
                and (after[1].lower() in self.counted_nouns or after[1].lower() in self.count_words)
                and not _SECTION_SHAPED.match(match["list"])
            ):
                continue  # "12 POCSO cases", "and 3 POCSO sections"; not "67B IT Act charges"
            if within_any(match.start(), skipped):
                continue
            used_acts.add(index)
            refs.extend(
                self._list(text, match.start("list"), match["list"], acts[index], day, budget)
            )
        act_starts = sorted(start for start, _, _ in acts)
        devanagari: DevanagariReader | None = None  # chosen once: Hindi or Marathi
        list_ends: frozenset[int] = frozenset()  # where the Devanagari "धारा" lists end
        read_spans: list[tuple[int, int]] = []
        synced = 0
        listed_starts = {ref.start for ref in refs}  # the sections keyword lists have read
        for index, (act_start, act_end, _) in enumerate(acts):
            if index in used_acts:
                closed = self._list_between_acts(text, index, acts, by_start)
                if closed is not None and closed[1].start("list") not in listed_starts:
                    # "354 IPC 11, 12 POCSO Act": the IPC closes its own section, and the bare
                    # list after it is the next Act's (as a "धारा" list reads; survey 2027-01-05)
                    next_act, bare = closed
                    used_acts.add(next_act)
                    refs.extend(
                        self._list(
                            text, bare.start("list"), bare["list"], acts[next_act], day, budget
                        )
                    )
                continue
            named_in_devanagari = self.devanagari.present(text, act_start, act_end)
            if named_in_devanagari and devanagari is None:
                devanagari = self._devanagari_for(text, low, high)
                list_ends = _devanagari_list_ends(devanagari, text, low, high, acts)
            if (
                named_in_devanagari
                and devanagari is not None
                and (
                    devanagari.after_act(text, act_end, high) is not None
                    or self.devanagari.counted_after(text, act_start, act_end, high)
                    or _skip_list_gap(text, act_start) in list_ends
                    or _continues_to_act(devanagari, text, act_end, high, act_starts)
                )
            ):
                # "आईटी एक्ट 67बी": the Devanagari reader reads its letters; "पॉक्सो एक्ट 3
                # आरोपियों": a count, no section; "धारा 354 भादवि, 7/8 पॉक्सो एक्ट": the Act
                # closes a "धारा" list, and the Devanagari reader reads the list's continuation
                # (7 and 8 are POCSO's)
                continue
            direct = _DIRECT.match(text, act_end)
            if direct is None:
                continue
            if _COURT_NAMED_BEFORE.search(text, max(0, act_start - 24), act_start) and (
                _COURT_NUMBER.fullmatch(direct["list"])
            ):
                continue  # "the additional sessions judge (Pocso 2)": a court's number
            # the list starts right after this Act: another Act after it takes it only when
            # linked to it ("POCSO, 67B of the IT Act"), not after a comma ("IPC 354, POCSO 8")
            listed, offset = direct["list"], direct.start("list")
            # a number is read once: the spans read so far, kept sorted as refs grows (sorting
            # them all again for each Act's list took time quadratic in the Acts named)
            for ref in refs[synced:]:
                bisect.insort(read_spans, (ref.start, ref.end))
            synced = len(refs)
            read = read_spans

            def unread(
                found: list[StatuteReference], read: list[tuple[int, int]] = read
            ) -> list[StatuteReference]:
                return [ref for ref in found if not within_any(ref.start, read)]

            other = _act_for(
                direct.start("list"),
                direct.end(),
                text,
                acts,
                starts,
                self._state_before_act,
            )
            restart = _RESTART.search(listed)
            # "IPC 376 and sections 4 and 6 of the POCSO Act": a keyword that starts the list
            # again starts the later Act's part of it; else its last number is the later Act's
            cut = restart.start("keyword") if restart else _last_item_start(listed)
            tail = listed[cut:] if cut is not None else listed
            if other is not None and other != index and not self._beyond_last(acts[other][2], tail):
                if cut is not None:
                    # "IPC 354 and 67 of the IT Act": 67 is the IT Act's, 354 still the IPC's —
                    # unless the IPC charges nothing by it and the later Act can: "relevant
                    # sections of the IPC, Sections 8 and 12 of the POCSO Act" names POCSO s.8,
                    # not the IPC's definition of gender (review 2026-12-30b H3)
                    used_acts.add(index)
                    head = listed[:cut]
                    pair = [acts[index], acts[other]]
                    refs.extend(
                        self._charged_among(
                            text, ref, pair, acts[index][2], pair[1:], day, before=False
                        )
                        or ref
                        for ref in self._list(text, offset, head, acts[index], day, budget)
                    )
                continue
            used_acts.add(index)
            following = _skip_space_forward(text, direct.end())
            # the next Act right after the list, on its paragraph (no reference runs across a
            # blank line: a text read in stretches reads the same)
            later = (
                by_start.get(following)
                if not _BLANK.search(text, direct.end(), following)
                else None
            )
            if (
                later is not None
                and later != index
                and cut is not None
                and (
                    self._counted_after(text, acts[later][1])
                    or not (
                        _SECTION_SHAPED.match(tail)
                        or _LIST_ENDS.match(text, acts[later][1])
                        or _FULL_NAME_END.search(text, acts[later][0], acts[later][1])
                    )
                )
            ):
                # "IPC 354 and 12 POCSO-related FIRs", "17 POCSO were registered": the last
                # number counts cases, and is no section of either Act
                head = listed[:cut]
                refs.extend(unread(self._list(text, offset, head, acts[index], day, budget)))
                continue
            if cut is not None and later is not None and later != index:
                # "IPC 354 and 67 IT Act": the number right before another Act is that Act's
                head = listed[:cut]
                refs.extend(unread(self._list(text, offset, head, acts[index], day, budget)))
                refs.extend(unread(self._list(text, offset + cut, tail, acts[later], day, budget)))
                used_acts.add(later)
                continue
            refs.extend(self._list(text, offset, listed, acts[index], day, budget))
        if self.devanagari.present(text, low, high):
            refs.extend(
                ref
                for ref in self._devanagari_refs(
                    text, low, high, acts, used_acts, refs, day, budget
                )
                # (not in a link's headline: "यह भी पढ़ें: … धारा 67बी …"; review 2026-12-19c)
                if not within_any(ref.start, skipped)
            )
        refs = self._one_reading(text, refs, acts, by_start, used_acts)
        covered = sorted((ref.start, ref.end) for ref in refs)
        for index, (start, end, name) in enumerate(acts):
            if index > 0 and _restates(text, acts[index - 1], (start, end, name)):
                continue  # "the Information Technology Act, 2000 (IT Act)": one name, twice
            if index not in used_acts and not within_any(start, covered):
                refs.append(
                    StatuteReference(
                        start=start,
                        end=end,
                        text=text[start:end],
                        act=name.act,
                        provision=None,
                        flags=tuple(self._flags_alone(text, start, end, name, day)),
                    )
                )
        refs.sort(key=lambda r: (r.start, r.end))
        return self.anaphora(text, refs, acts, day) if anaphora else refs

    def _list_between_acts(
        self,
        text: str,
        index: int,
        acts: Sequence[ActMatch],
        by_start: dict[int, int],
    ) -> tuple[int, re.Match[str]] | None:
        """The later Act and the bare list of numbers between an Act that closes a section of
        its own and that later Act's name, on one line: "Section 354 IPC 11, 12 POCSO Act"
        names POCSO ss.11 and 12 (the IPC's part ended with "354 IPC"). None unless the later
        Act's name is written in full or ends the list's clause, no count's noun follows it
        ("354 IPC 3 POCSO cases")."""
        act_start, act_end, _ = acts[index]
        if not _CLOSES_SECTION.search(text, max(0, act_start - 16), act_start):
            return None
        direct = _BARE_LIST.match(text, act_end)
        if direct is None:
            return None
        later = by_start.get(direct.end())
        if later is None or later == index:
            return None
        later_start, later_end, _ = acts[later]
        if self._counted_after(text, later_end) or not (
            _FULL_NAME_END.search(text, later_start, later_end) or _LIST_ENDS.match(text, later_end)
        ):
            return None
        return later, direct

    def glosses(
        self,
        text: str,
        acts: Sequence[ActMatch] | None = None,
        low: int = 0,
        high: int | None = None,
    ) -> list[tuple[int, int]]:
        """The spans of the words reports put in brackets after a section or an Act to say what
        it is about ("Section 67B (publishing or transmitting of material depicting children
        …)", "the IT Act (punishment for …)"): statutory words, never conduct. Sorted."""
        spans: list[tuple[int, int]] = []
        high = len(text) if high is None else high
        acts = self._acts_in(text, low, high) if acts is None else acts
        act_starts = {start for start, _, _ in acts}
        section_lists, back_lists = self._lists(text, low, high)
        # a list with no "Section" before it that ends at an Act's name: "…, 67B (publishing or
        # transmitting of material …) of the Information Technology Act"
        lists = [*section_lists, *(m for m in back_lists if m.end() in act_starts)]
        for match in lists:
            # (read a little past the list: a relative gloss ends where "of the" and its Act
            # follow, which the list does not hold; review 2027-01-12e)
            base = match.start("list")
            listed = text[base : min(len(text), match.end("list") + 12)]
            for item in _ITEM.finditer(listed):
                if item.start() >= match.end("list") - base:
                    break
                if item["gloss"]:
                    spans.append((base + item.start(), base + item.end()))
        for _, end, _ in acts:
            after = _GLOSS_AFTER.match(text, end)
            if after is not None:
                spans.append((after.start(1), after.end(1)))
        # a relative clause that says what the law is about, by the acts it names right after
        # its opener ("section 3(5) of the … Act, which relates to publishing content …", "…,
        # which deals with publishing, browsing or transmitting …", "…, which punishes anyone
        # who shares …"): the opener and those acts only, not the words after them, which may
        # turn to the case ("… relating to the videos the youth shared", "… dealing with child
        # pornography after uploading …"; review 2026-12-19a H3-H5, M4)
        relative = self._relative_gloss
        if relative is not None:
            for end in sorted({e for _, e, _ in acts} | {m.end() for m in section_lists}):
                gloss = relative.match(text, end, high)
                if gloss is not None and _CASE_AFTER_GLOSS.match(text, gloss.end(), high) is None:
                    spans.append((gloss.start("gloss"), gloss.end()))
        return sorted(set(spans))

    def _glossed(
        self,
        text: str,
        begin: int,
        glossed: Sequence[tuple[int, int]],
        acts: Sequence[tuple[int, int, ActName]],
        reading: tuple[dt.date, _Budget],
        used_acts: set[int],
    ) -> tuple[list[StatuteReference], int]:
        """The references of a list from *begin* whose numbers stand before brackets holding
        only an Act's name (:func:`_act_glosses`), each number of the Act in the bracket after
        it ("u/s-292 (IPC) and u/s-67 (IT Act)"), and where the last such bracket ends."""
        day, budget = reading
        refs: list[StatuteReference] = []
        for gloss_end, gloss_act in glossed:
            used_acts.add(gloss_act)
            listed = text[begin:gloss_end]
            refs.extend(self._list(text, begin, listed, acts[gloss_act], day, budget))
            begin = gloss_end
        return refs, begin

    def _joins_a_law(
        self,
        text: str,
        at: int,
        refs: Sequence[StatuteReference],
        acts: Sequence[tuple[int, int, ActName]],
        starts: Sequence[int],
    ) -> bool:
        """Whether a joining word at *at* ("along with", "besides") follows a law named right
        before it: a section read with its Act, or an Act's name; and no count ("56 FIRs") in
        its sentence before."""
        ends = [max(r.end, r.act_end or 0) for r in refs[-6:] if r.section is not None]
        # (the two Acts that start last before *at*, found by bisection)
        before = bisect.bisect_left(starts, at)
        ends += [acts[i][1] for i in range(max(0, before - 2), before)]
        if not any(end <= at and _JOINING_GAP.fullmatch(text, end, at) for end in ends):
            return False
        low = max(0, at - 160)
        stops = list(_SENTENCE_STOP.finditer(text, low, at))
        start = stops[-1].end() if stops else low
        return not any(
            word is not None and word.lower() in self.counted_nouns
            for m in _COUNTED_BEFORE.finditer(text, start, at)
            for word in (m["first"], m["second"])
        )

    def _boilerplate_spans(
        self, text: str, low: int = 0, high: int | None = None
    ) -> list[tuple[int, int]]:
        """The stretches of *text* that are a page's furniture, not the report: each sentence
        holding a boilerplate marker, and each link to another story (marker and headline)."""
        links = self.link_headlines.spans(text, low, high)
        pattern = self._boilerplate_pattern
        if pattern is None:
            return links
        end = len(text) if high is None else high
        if pattern.search(text, low, end) is None:
            return links  # most texts hold no page furniture at all
        merged: list[tuple[int, int]] = []  # sorted and not overlapping, as within_any needs
        for start, stop in sorted(
            [
                *links,
                *(
                    (m.start(), m.end())
                    for m in _SENTENCE.finditer(text, low, end)
                    if pattern.search(text, m.start(), m.end())
                ),
            ]
        ):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
            else:
                merged.append((start, stop))
        return merged
