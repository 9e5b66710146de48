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
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from lawref.analysis.articles import ArticleReader, with_articles
from lawref.analysis.dates import MONTHS
from lawref.analysis.devanagari import DevanagariReader, SectionList
from lawref.analysis.models import (
    AnalysisConfig,
    StatuteReference,
)
from lawref.analysis.patterns import Prefiltered, alternation
from lawref.analysis.unlisted_acts import ID_PREFIX as _UNLISTED
from lawref.analysis.unlisted_acts import ActNameWords, in_headline, unlisted_acts, unlisted_id
from lawref.statutes.phrases import extent_reached
from lawref.statutes.references import normalise

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.statutes.book import Statutes

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*|\n")
# A section number as reports write it: 67B, 67 B, 67-B, 67 (B), 15(1), 294 (2) (a), 11(iv).
# Capitals after a space that begin an Act's name on the same line ("67 IT Act", "75 JJ Act", "67
# I.T. Act") are not the section's letters (not across a line break: a text read in stretches,
# cut at blank lines, reads the same). A small letter after a space is one only where the list
# goes on or its Act follows ("376, 506 and 120 b of IPC"), or where a list read apart ends:
# "section 302 a day later" has none.
_LETTERS = (
    r"(?:\s?-\s?[A-Za-z]{1,2}\b|[A-Za-z]{1,2}\b|\s(?-i:[A-Z]{1,2})\b(?![.\w]*\.?[ \t]*(?i:act)\b)"
    r"|\s(?-i:[a-z])\b(?=\s?(?:,|&|\)|\Z|(?:of|under|and|or|r/w|read)\b)))"
)
_BRACKET = r"\(\s?(?:\d{1,3}[A-Za-z]?|[A-Za-z]{1,2}|[ivxlIVXL]{1,5})\s?\)"
_CORE = rf"\d{{1,3}}{_LETTERS}?(?:\s?{_BRACKET})*"
# A gloss reports put after a number: "Section 8 (sexual assault) of the POCSO Act". It holds a
# word of three letters or more that is not a roman numeral, which no sub-section or clause does.
_GLOSS = r"(?:\s?\((?=[^()\n]{0,240}?[A-Za-z]{3})(?![ivxlIVXL]{1,5}\))[^()\n]{3,240}\))"
_NUMBER = rf"{_CORE}{_GLOSS}?"
_GLOSS_AFTER = re.compile(r"[ \t]?,?\s?\(((?=[^()\n]{0,240}?[A-Za-z]{3})[^()\n]{3,240})\)")
# A blank line: the end of a paragraph, which no reference or gloss runs across, and where a long
# text is cut into stretches.
_BLANK = re.compile(r"\n[ \t\r]*\n")
_PART = rf"{_BRACKET}(?:\s?{_BRACKET})*{_GLOSS}?"
# A range between two numbers: "Sections 3 to 6", "354A-354D", "66 through 67B".
_RANGE = r"(?:to\b|through\b|till\b|upto\b|up\sto\b|\u2013|-(?=\s?[\d(]))"
# the same, read between two items already found (the hyphen's digit is past the join)
_RANGE_JOIN = re.compile(
    r"\s?(?:to|through|till|upto|up\sto|\u2013|-)\s?(?:(?:sections?|secs?\.?)\s)?",
    re.IGNORECASE,
)
# "Section 11 punishable under Section 12 of the POCSO Act", as courts write an offence and the
# section that punishes it: both of the Act named after the second (the first only where the Act
# has it: ``_PUNISHING_JOIN``)
_JOIN = (
    rf"\s?(?:,|and\b|&|/|or\b|read\s+with\b|r/w\b|punishable\s(?:under\b|u/s)|{_RANGE})"
    r"\s?(?:,\s?)?(?:and\s)?(?:(?:sections?|secs?\.?)\s)?"
)
_PUNISHING_JOIN = re.compile(
    r"\s?punishable\s(?:under\b|u/s)\s?(?:(?:sections?|secs?\.?)\s)?", re.IGNORECASE
)
_KEYWORD = r"(?:sub-?sections?\.?|sections?\.?|secs?\.?|ss\.|s\.|u/s\.?|rules?|r\.)"
# "sections, including 64 (rape)", "sections such as 67B": words between the keyword and the
# list that name part of what the keyword covers.
_INCLUDING = r"(?P<including>,?\s?(?:including|includes|namely|viz\.?|such\sas)\s)?"
_SECTIONS = re.compile(
    rf"\b{_KEYWORD}{_INCLUDING}\s?(?P<list>{_NUMBER}(?:{_JOIN}(?:{_NUMBER}|{_PART}))*)",
    re.IGNORECASE,
)
_ITEM = re.compile(
    rf"(?P<gloss>{_GLOSS})|(?P<number>{_CORE})|(?P<part>{_BRACKET}(?:\s?{_BRACKET})*)",
    re.IGNORECASE,
)
_DIRECT = re.compile(
    rf"\s?(?:,\s?)?(?:{_KEYWORD}{_INCLUDING}\s?)?(?P<list>{_NUMBER}(?:{_JOIN}{_NUMBER})*)(?![\d/-])",
    re.IGNORECASE,
)
# A number with no "Section" before it, in a list or after "under", followed by the Act it belongs
# to: "…, 67B (publishing or transmitting …) of the Information Technology Act", "and 509 of the
# IPC", "booked under 66C IT Act". Every part after the list is optional, so the pattern matches
# once per list and scanning goes on after it (linear); what must follow is checked in code: an
# Act's name right at the end, after "of" when the list came after a comma or "and", and no
# count noun after the Act ("45 of the POCSO cases").
_BACK = re.compile(
    rf"(?P<lead>,|;|&|\band\b|\bunder\b|\bu/s|\br/w|\bread\s+with)\s?"
    rf"(?P<list>{_NUMBER}(?:{_JOIN}{_NUMBER})*)"
    r"\s?(?P<link>(?:of|under)\s)?(?:the\s)?",
    re.IGNORECASE,
)
# A number as only a section is written: with a letter or a sub-section's bracket after it
# ("66C", "67-B", "15(1)"; not "25 (a labourer)").
_SECTION_SHAPED = re.compile(
    rf"\d{{1,3}}(?:\s?-\s?[A-Za-z]{{1,2}}\b|[A-Za-z]{{1,2}}\b|\s?{_BRACKET})"
)
# "… and sections 4 and 6": "section(s)" after a join inside a list, where it starts again
_RESTART = re.compile(r"(?:,|&|\band\b)\s?(?P<keyword>(?:sections?|secs?)\.?\s)", re.IGNORECASE)
# a word that starts a list of sections again, between a number and a later Act's name
_RESTART_WORD = re.compile(r"\b(?:sections?|secs?|u/s)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[\s,.'\u2019]*([A-Za-z]+)")
# what may follow an Act's name that ends a list of bare numbers before it ("IPC 354 and 67 IT
# Act." or "…, and", "r/w"); a verb or a noun after it ("17 POCSO were registered") makes the
# number a count
# an Act's name in full ("POCSO Act", "Indian Penal Code", "… Act, 2012"): a number before it
# is its section whatever follows ("IPC 354 and 12 POCSO Act was registered"); a count is
# written with the short name ("17 POCSO were registered")
_FULL_NAME_END = re.compile(r"(?:\bact|\bcode|\bsanhita|\d{4})\W*\Z", re.IGNORECASE)
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

# Words after a section that name a law lawref cannot place ("of the Goa Children's Act"):
# such a section is not read as belonging to an Act named earlier.
_UNKNOWN_ACT_BEFORE = (
    "not in lawref's data: the Act named right before the section is one lawref does not know"
)
_NAMES_ANOTHER_LAW = re.compile(
    r"\s?(?:,\s?)?(?:of|under)\s(?:the\s)?(?!(?i:act|said|this|same|above|aforesaid)\b)[A-Z]"
)


# Names that share one "Acts" after the last of them ("the IT and POCSO Acts", "the POCSO, IT and
# Juvenile Justice Acts"): capitalised names joined by a comma, "and", "&" or "or", on one line,
# each of at most six words, then "Acts"
# a gloss in brackets right after a section's number: words, not a sub-section's "(1)" or a
# clause's "(a)" ("Section 34 (common intention)")
_WORDS_GLOSS_AFTER = re.compile(
    r"[ \t]?\((?![a-z]{1,4}\))(?P<gloss>[A-Za-z][A-Za-z ,'\u2019-]{2,60})\)"
)
# a section number with its letters and nothing else ("67B", "66E", "376AB")
_LETTERED = re.compile(r"\d+[A-Z]{1,2}")
# an Act's name, then a section in brackets, right before a section ("… Act, 1932 (Section 7")
_BRACKET_SECTION_BEFORE = re.compile(
    r"\b(?:Act|ACT)(?:,?\s(?:of\s)?(?:19|20)\d\d)?[ \t]*\((?:sections?|ss?\.)[ \t]*\Z",
    re.IGNORECASE,
)

# a Bill or an Ordinance right after an Act's name, past "(Amendment)" or "Amendment" ("the
# POCSO (Amendment) Bill, 2019", "the POCSO Amendment Bill", "the POCSO Act Amendment Bill")
_BILL_AFTER = re.compile(
    r"[ \t]*(?:(?:act[ \t]+)?\(?amendment\)?[ \t]*)?(?:bill|ordinance)\b", re.IGNORECASE
)

_SHARED_ACT_WORD = re.compile(
    r"(?:(?:[ \t]?,[ \t]?|[ \t](?:and|&|or)[ \t])(?:the[ \t])?[A-Z][\w.()&-]*"
    r"(?:[ \t][A-Z][\w.()&-]*){0,5}){1,4}[ \t]Acts\b"
)


@dataclass(frozen=True, slots=True)
class ActName:
    """An Act as a name read in a text resolves to it: its id, whether the name is a misnomer,
    whether the name counts only before "Act", whether lawref holds the Act, and its title."""

    act: str
    misnomer: bool
    needs_act_word: bool
    held: bool = True
    title: str = ""
    union: str = ""
    """For a State's own Act read by its name ("J&K POCSO Act"): the Union's Act of that name."""


ActMatch = tuple[int, int, ActName]
"""Where a text names an Act (start, end) and the Act the name resolves to."""


# how many lists may follow one another after their Acts with no "धारा" ("… भादवि व 3/4 पॉक्सो
# एक्ट व 67बी आईटी एक्ट"): a bound that keeps the reading linear
_CONTINUATIONS = 20


@dataclass
class Anaphora:
    """What a reference that names no Act is read against: the Acts named so far and the last
    reference that named one (its Act and its words)."""

    names: dict[str, ActName] = field(default_factory=dict)
    last: tuple[ActName, str] | None = None
    section: tuple[ActName, str, str] | None = None
    """The last section read with its Act: the Act, the section's number without its
    sub-sections ("15" of "15(1)") and its words, for a "sub-section 2" that names neither."""
    last_unknown: bool = False
    """Whether the last Act named is one lawref does not know ("बाल विवाह निषेध अधिनियम की धारा
    9"): "इसी एक्ट की धारा 10" after it is that Act's."""
    unknown_sections: set[str] = field(default_factory=set)
    """The section numbers read against an Act lawref does not know: a bare one of them later
    is that Act's ("… गोवा बाल कायदा कलम ८(२) … कलम ८ मध्ये …")."""


class CitationReader:
    """Reads the laws a text names: Acts by their names, misnomers and the names of Acts lawref
    does not hold or list, and the sections after or before them, resolved against the statute
    book on a date (``references``); the glosses reports put in brackets after them
    (``glosses``). Built once by the ``Analyzer`` of :mod:`lawref.analysis.reader`, with the
    words of ``[analysis]`` in ``data/conduct.toml``."""

    def __init__(self, statutes: Statutes, config: AnalysisConfig) -> None:
        self.statutes = statutes
        self.config = config
        self.counted_nouns = frozenset(w.lower() for w in self.config.counted_nouns)
        self.amendment_words = frozenset(_words_of(" ".join(self.config.amendment_words), 0, None))
        self.amending_verbs = frozenset(_words_of(" ".join(self.config.amending_verbs), 0, None))
        self.range_units = frozenset(w.lower() for w in self.config.range_units)
        self.count_words = frozenset(w.lower() for w in self.config.count_words)
        self.boilerplate = tuple(m.lower() for m in self.config.boilerplate_markers)
        # one search per sentence, in C, in place of a test of each marker on its lower case
        self._boilerplate_pattern = (
            re.compile("|".join(re.escape(m) for m in self.boilerplate), re.IGNORECASE)
            if self.boilerplate
            else None
        )
        self._kept_lists: (
            tuple[str, tuple[int, int], tuple[list[re.Match[str]], list[re.Match[str]]]] | None
        ) = None

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

    @cached_property
    def held_sections(self) -> dict[str, tuple[str, ...]]:
        """The whole sections (no sub-section) lawref holds of each Act, by Act id: the lettered
        sections a range of sections reaches ("66 to 67B": 66A … 66F, 67A)."""
        return {
            act.id: tuple(
                number
                for pid in act.provisions
                if re.fullmatch(r"\d+[A-Z]{0,2}", number := self.statutes.provision(pid).number)
            )
            for act in self.statutes.acts
        }

    @cached_property
    def act_names(self) -> dict[str, ActName]:
        """Normalised name → act, from each Act's title, short title, aliases and misnomers, and
        the names of the Acts lawref does not hold (``other_acts``)."""
        names: dict[str, ActName] = {}
        for act in self.statutes.acts:
            for name, misnomer in (
                *((n, False) for n in (act.title, act.short_title, *act.aliases, act.id)),
                *((n, True) for n in act.misnomers),
            ):
                core = _core(name)
                if core:
                    names.setdefault(
                        core, ActName(act.id, misnomer, _needs_act_word(name, core), True, "")
                    )
        codes = {code.id: code.title for code in self.statutes.procedure.codes}
        for other in self.config.other_acts:
            title = other.title or codes.get(other.id, other.id)
            for name in (title, *other.names):
                core = _core(name)
                if core:
                    names.setdefault(
                        core, ActName(other.id, False, _needs_act_word(name, core), False, title)
                    )
        return names

    @cached_property
    def act_pattern(self) -> re.Pattern[str]:
        """One alternation of every act name, longest first, each word separated flexibly."""
        cores = sorted(self.act_names, key=lambda c: (-len(c), c))
        alternatives = [r"[\s.()]*".join(re.escape(w) for w in core.split()) for core in cores]
        return re.compile(
            r"\b(?P<core>" + "|".join(alternatives) + r")\b"
            r"(?:\s?\((?P<bracket>[^()\n\d]{1,90})\))?(?P<actword>\)?(?:\.?\s|\.)(?:act|rules|code))?"
            r"(?:,?\s(?:of\s)?(?:\(?(?:19|20)\d\d\)?))?",
            re.IGNORECASE,
        )

    @cached_property
    def act_scanner(self) -> Prefiltered:
        """:attr:`act_pattern`, scanned by the trie of the act names' words
        (:class:`~lawref.analysis.patterns.Prefiltered`): the same matches, found faster."""
        prefilter = re.compile(
            r"\b(?:" + alternation(self.act_names, r"[\s.()]*") + r")\b", re.IGNORECASE
        )
        return Prefiltered(self.act_pattern, prefilter)

    def acts_in(self, text: str, low: int = 0, high: int | None = None) -> list[ActMatch]:
        """Where *text* names an Act: start, end and the name read (computed once per text by
        :func:`analyze` and shared by the readers of references and of glosses)."""
        return self._acts_in(text, low, high)

    def _acts_in(self, text: str, low: int = 0, high: int | None = None) -> list[ActMatch]:
        found = []
        for match in self.act_scanner.finditer(text, low, len(text) if high is None else high):
            name = self.act_names.get(_core(match["core"]))
            if name is None:
                continue
            if (
                name.needs_act_word
                and not match["actword"]
                and not _SHARED_ACT_WORD.match(text, match.end(), match.end() + 120)
                and not _titled_long_name(
                    match["core"], in_headline(text, match.start(), match.end())
                )
            ):
                inner = self.act_names.get(_core(match["bracket"] or ""))
                if inner is None or inner.act != name.act or inner.needs_act_word:
                    # "Information Technology" alone is no Act; "Protection of Children from
                    # Sexual Offences (Pocso) cases" is, by the short name in its brackets
                    continue
            state = (
                self._state_prefix.search(text, max(low, match.start() - 30), match.start())
                if name.act in self.config.state_acts and self._state_prefix is not None
                else None
            )
            if state is not None:
                # "Section 23 of J&K POCSO Act": a State's own Act of that name, not the Union's
                title = re.sub(r"\s+", " ", text[state.start() : match.end()])
                bare = re.sub(r",?\s(?:of\s)?\(?(?:19|20)\d\d\)?$", "", title)
                found.append(
                    (
                        state.start(),
                        match.end(),
                        ActName(unlisted_id(bare), False, False, False, title, name.act),
                    )
                )
                continue
            if _BILL_AFTER.match(text, match.end()):
                # "the Protection of Children from Sexual Offences (Amendment) Bill, 2019": a
                # Bill or an Ordinance is not the Act (review 2026-12-14g M2)
                continue
            found.append((match.start(), match.end(), name))
        # "Section 8 of Goa Children Act, 2003": an Act lawref does not list, by its own name;
        # "P.O.C.S.O. Act", "Sexual Offence Act": one it lists, spelt otherwise
        for act in unlisted_acts(
            text,
            self._act_name_words,
            [(start, end) for start, end, _ in found],
            low,
            high,
            lambda title: self._listed_name(title) is not None,
        ):
            name = self._listed_name(act.title)
            found.append(
                (
                    act.start,
                    act.end,
                    name or ActName(act.id, False, False, False, act.title),
                )
            )
        found.sort(key=lambda a: (a[0], a[1]))
        if self.devanagari.present(text, low, high):
            by_id = self._names_by_id
            found.extend(
                (start, end, replace(by_id[act], misnomer=True) if misnamed else by_id[act])
                for start, end, act, misnamed in self.devanagari.acts(text, low, high)
                if act in by_id
            )
            found.sort(key=lambda a: (a[0], a[1]))
        return found

    @cached_property
    def _amending_agent_marks(self) -> frozenset[str]:
        """``amending_agent_marks``: Hindi's "के जरिए", "द्वारा" after an amending Act's name."""
        return frozenset(self.config.amending_agent_marks)

    @cached_property
    def _agent_marks(self) -> frozenset[str]:
        """The Hindi agent's mark ("ने"), from ``[analysis.hindi_conduct.grammar]``."""
        return frozenset(self.config.hindi_conduct.grammar.agent)

    @cached_property
    def _state_prefix(self) -> re.Pattern[str] | None:
        """A State's name right before the name of an Act a State had its own of
        (``state_act_prefixes``, ``state_acts``: "J&K POCSO Act", "Jammu and Kashmir Protection
        of Children from Sexual Offences Act, 2018"), with only spaces between (not across a
        full stop or a line: "… Jammu and Kashmir. POCSO Act provisions …" is the Union's): the
        State's own Act, which lawref does not hold."""
        states = self._state_names
        if not states:
            return None
        return re.compile(rf"(?<![\w&-])(?:{states})[ \t]+\Z", re.IGNORECASE)

    @cached_property
    def _state_names(self) -> str:
        """``state_act_prefixes`` as one alternation, longest first (empty when none)."""
        names = sorted(set(self.config.state_act_prefixes), key=lambda n: (-len(n), n))
        return "|".join(r"\s?".join(re.escape(w) for w in n.split()) for n in names)

    @cached_property
    def _state_before_act(self) -> re.Pattern[str] | None:
        """A State's name (``state_act_prefixes``) and the spaces after it, matched where a
        section's link to its Act ends: what may stand before the name of an Act the State had
        none of its own of."""
        states = self._state_names
        return re.compile(rf"(?:{states})[ \t]+", re.IGNORECASE) if states else None

    @cached_property
    def _act_name_words(self) -> ActNameWords:
        return ActNameWords(
            frozenset(w.lower() for w in self.config.act_name_joins),
            frozenset(w.lower() for w in self.config.act_name_stops),
            frozenset(w.lower() for w in self.config.act_use_words),
            frozenset(w.lower() for w in self.config.act_name_inner_words),
        )

    def _other_code_gloss(self, text: str, end: int) -> bool:
        """Whether a gloss in brackets right after the section ending at *end* names an offence
        of the general criminal law (``other_code_glosses``: "common intention", "criminal
        intimidation"), not one of the Act named before it."""
        found = _WORDS_GLOSS_AFTER.match(text, end)
        if found is None or self._other_code_glosses is None:
            return False
        return self._other_code_glosses.search(found["gloss"]) is not None

    @cached_property
    def _other_code_glosses(self) -> re.Pattern[str] | None:
        words = self.config.other_code_glosses
        if not words:
            return None
        return re.compile(r"\b(?:" + alternation(words, r"\s+") + r")\b", re.IGNORECASE)

    def _amending_act(self, name: ActName) -> bool:
        """Whether *name* is an Act lawref does not know whose title holds one of
        ``act_name_inner_words`` ("the Criminal Law Amendment Act, 2018"): an amending Act."""
        if name.held or not name.title:
            return False
        title = name.title.lower().split()
        return any(word.lower() in title for word in self.config.act_name_inner_words)

    def _listed_name(self, title: str) -> ActName | None:
        """The listed Act a name read as unlisted spells otherwise, if any: without the dots of
        initials ("P.O.C.S.O. Act" is the POCSO Act) or with a word in the singular for the
        plural or the other way ("Sexual Offence Act"; then flagged as misnamed)."""
        core = _core(title)
        if all(len(word) == 1 for word in core.split()):
            core = core.replace(" ", "")  # "p o c s o": initials with dots
        if core in self.act_names:
            return self.act_names[core]
        name = self._singular_names.get(_singular(core))
        if name is None:
            return None
        return replace(name, misnomer=True) if name.held else name

    @cached_property
    def _singular_names(self) -> dict[str, ActName]:
        names: dict[str, ActName] = {}
        for core in sorted(self.act_names):
            names.setdefault(_singular(core), self.act_names[core])
        return names

    @cached_property
    def devanagari(self) -> DevanagariReader:
        """The reader of Acts and sections named in Devanagari, with the config's words."""
        return DevanagariReader(self.config.devanagari)

    @cached_property
    def marathi(self) -> DevanagariReader:
        """The same reader for Marathi texts, which letter sections by their own alphabet."""
        return DevanagariReader(self.config.devanagari, marathi=True)

    def _devanagari_for(self, text: str, low: int, high: int) -> DevanagariReader:
        """The Devanagari reader for *text*: the Marathi one where its words are Marathi's."""
        return self.marathi if self.devanagari.is_marathi(text, low, high) else self.devanagari

    @cached_property
    def _names_by_id(self) -> dict[str, ActName]:
        """Each Act's name as the reader resolves it, by Act id (its first name that is no
        misnomer)."""
        by_id: dict[str, ActName] = {}
        for name in self.act_names.values():
            if not name.misnomer:
                by_id.setdefault(name.act, name)
        return by_id

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
            before = by_end.get(_skip_space_back(text, match.start()))
            if (
                lead in (",", ";", "&", "and")
                and (match["link"] or "").strip().lower() != "of"
                and not _SECTION_SHAPED.match(match["list"])
                and "/" not in match["list"]
                and (before is None or before not in used_acts)
            ):
                # "… and 12 POCSO cases": a bare number after a comma or "and" is read as a
                # section only before "of"; one with a section's letter or bracket ("…, and
                # 66C IT Act") is no count, nor numbers joined by a slash (", 5/6 POCSO Act"),
                # nor one right after an Act read with its sections ("u/s 67B IT Act and 15
                # POCSO")
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
        for index, (act_start, act_end, _) in enumerate(acts):
            if index in used_acts:
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
                    # "IPC 354 and 67 of the IT Act": 67 is the IT Act's, 354 still the IPC's
                    used_acts.add(index)
                    head = listed[:cut]
                    refs.extend(self._list(text, offset, head, acts[index], day, budget))
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
            refs.extend(self._devanagari_refs(text, low, high, acts, used_acts, refs, day))
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
    ) -> list[StatuteReference]:
        """The references of the lists after "धारा" in *text* (:mod:`lawref.analysis.devanagari`):
        each number read against the Act named right before the list ("आईटी एक्ट की धारा
        67बी") or right after it ("धारा 354 आईपीसी"), else none (the anaphora then gives it the
        Act of the reference before, as in English). Where both are named and differ, the
        numbers after the list's last "व" or "और" are the later Act's ("आईपीसी की धारा 376 और
        3/4 पॉक्सो एक्ट"); a list continues after its Act with no "धारा" ("धारा 363, 376
        भादवि व 3/4 पॉक्सो एक्ट"). A number the English reader has read already is not read
        twice."""
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
            for position, (start, end, number, _) in enumerate(numbers):
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
                if bracketed is not None and not self._has_lettered(name, bracketed[1]):
                    # Marathi "पोक्सो कायद्याच्या कलम ५ (फ)": no lettered section 5 in the Act's
                    # data, so the letter is a clause, 5(f); "६७ (ब)" stays 67B
                    number = bracketed[1] + f"({bracketed[2].lower()})" + bracketed[3]
                ref = self._resolve(text, start, end, _read_numbers(number)[0], name, day)
                if act is not None:
                    ref = ref.model_copy(update={"act_start": act[0], "act_end": act[1]})
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
            if item["number"]:
                numbers = _read_numbers(item["number"])
                bracketed = _BRACKET_LETTER.match(_ascii_digits(item["number"]))
                if bracketed is not None and not self._has_lettered(name, bracketed[1]):
                    # "Section 5 (L) of the POCSO Act": no lettered section 5 in the Act's
                    # data, so the capital is a clause, 5(l)
                    rest = _normal_parts(bracketed[3])
                    numbers = (bracketed[1] + f"({bracketed[2].lower()})" + rest,)
            elif item["part"] and base is not None:
                low = previous[1] if previous is not None and in_range else None
                before = previous[1] if previous is not None else None
                number = _part_number(base, item["part"], low, before)
                single = re.fullmatch(r"(\d+)[A-Z]", number)
                if single is not None and not self._has_lettered(name, single[1]):
                    # "Section 5 (L) and (M) of the POCSO Act": the Act's data holds no lettered
                    # section 5, so the capitals are clauses, 5(m)
                    number = single[1] + _normal_parts(item["part"])
                numbers = (number,)
            else:
                continue
            if previous is not None and in_range:
                if self._unit_after(text, end):
                    break  # "under Section 6 to 10 years": a term; the list ends before "to"
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
            beyond = name is not None and self._beyond_last(name, ref.text)
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

    def _beyond_last(self, name: ActName, listed: str) -> bool:
        """Whether a list names a number past the last section of the Act *name* ("509" for
        the IT Act), so that it cannot be that Act's."""
        last = self._last_section(name)
        return last is not None and any(int(n) > last for n in re.findall(r"\d+", listed))

    def _counted_after(self, text: str, act_end: int) -> bool:
        """Whether a count's noun follows an Act's name ending at *act_end* ("12 POCSO
        cases", "12 POCSO-related FIRs")."""
        if text[act_end : act_end + 1] == "-":
            return True
        after = _NEXT_WORD.match(text, act_end)
        return after is not None and (
            after[1].lower() in self.counted_nouns or after[1].lower() in self.count_words
        )

    def _last_section(self, name: ActName) -> int | None:
        """The Act's last section where lawref records it."""
        return self.statutes.act(name.act).last_section if name.held else None

    def _has_lettered(self, name: ActName | None, digits: str) -> bool:
        """Whether a capital after *digits* can be a section's letter in the Act of *name*: not
        where the Act's data lists every number with lettered sections (``lettered_bases``) and
        *digits* is not one of them ("Section 5 (L) of the POCSO Act" is s.5(l)); otherwise it
        can (IPC 376D, IT Act 67A)."""
        if name is None or not name.held:
            return True
        bases = self.statutes.act(name.act).lettered_bases
        return bases is None or int(digits) in bases

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
        - sections of one number: "354A-354D" holds 354B and 354C, and any section with two
          letters lawref holds between (it holds none today, so "376A to 376E" lists 376B to
          376D and says lettered sections may be missing);
        - sub-sections of different sections: "354A(1) to 354D" holds the whole sections
          between (354B, 354C);
        - sections of different numbers: "3 to 6" holds 4 and 5, every number between up to
          the Act's last section; a lettered section between ("66 to 67B": 66A … 66F, 67A)
          only where lawref holds it.

        Which lettered sections an Act has is a fact of its text that lawref holds only in
        part: but for a range of sub-sections, ``partial`` says lettered sections may be
        missing."""
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
        numbers: set[str] = set()
        if low_key[0] == high_key[0]:
            # one number: the single letters between ("354A-354D": B, C; "376AB to 376DB":
            # B, C, D)
            first = ord(low_key[1][:1] or "@") + 1
            last = ord(high_key[1][:1]) + (1 if len(high_key[1]) > 1 else 0)
            numbers.update(f"{low_key[0]}{chr(c)}" for c in range(first, last))
        else:
            top = high_key[0] if high_key[1] else high_key[0] - 1
            if last_section is not None:
                top = min(top, last_section)
            numbers.update(str(n) for n in range(low_key[0] + 1, top + 1))
        for section in held:
            head = re.fullmatch(r"(\d+)([A-Z]{1,2})", section)
            if head is not None and low_key < (int(head[1]), head[2]) < high_key:
                numbers.add(section)
        return _Between(tuple(sorted(numbers, key=_section_order)), partial=True)

    def _split(self, numbers: tuple[str, ...], name: ActName | None) -> tuple[str, ...]:
        """ "67(A)(B)" is two sections when the Act has 67A and 67B and no 67A(b)."""
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
            if ref.act is not None:
                state.last_unknown = False
                state.last = (names[ref.act], ref.text) if ref.act in names else state.last
                if ref.section is not None and ref.act in names and not inside:
                    state.section = (names[ref.act], _section_base(ref.section), ref.text)
                result.append(ref)
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
                result.append(ref)
                continue
            name, quote = state.last
            range_end = any(f.startswith(_RANGE_CAVEAT) for f in ref.flags)
            group = group_of.get(position)
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
                elif resolved.provision is None or not _LETTERED.fullmatch(ref.section):
                    # a plain number the Act holds may be the other law's too ("Sections 77,
                    # 79 and 351(2)" after the IT Act: BNS ss.77, 79; review 2026-12-15a H2);
                    # a lettered one ("67B") is the Act's own
                    not_read = f"its list names section {beyond}, which that Act has not"
                else:
                    caveat = (
                        f"its list names section {beyond}, which {name.act} has not: the list "
                        f"may be another law's",
                    )
            elif resolved.provision is None and name.held and self._other_code_gloss(text, ref.end):
                # "Section 67B of the IT Act and Section 34 (common intention)": a section glossed
                # with the name of an offence of the general Codes, which lawref does not hold
                # for the Act named before, is likely another law's (review 2026-12-14g H14); a
                # gloss of the Act's own ("Section 6 (aggravated penetrative sexual assault)"
                # after the POCSO Act) keeps it (review 2026-12-15a H1)
                not_read = (
                    "the text glosses it with the name of an offence of the general criminal "
                    f"law, and lawref does not hold section {ref.section} of that Act to check it"
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

    def _sub_section(
        self, text: str, ref: StatuteReference, section: tuple[ActName, str, str], day: dt.date
    ) -> StatuteReference:
        """*ref*, a "sub-section 2" that names no section, read as that sub-section of the last
        section named (*section*: its Act, number and words), saying so."""
        name, base, quote = section
        number = ref.section.strip("()") if ref.section else ""
        resolved = self._resolve(text, ref.start, ref.end, f"{base}({number})", name, day)
        return resolved.model_copy(
            update={
                "act_from": quote,
                "flags": (
                    f"the text names no section here; read as a sub-section of s.{base} of "
                    f"{name.act} from “{quote}”",
                    *resolved.flags,
                ),
            }
        )

    def _resolve(
        self, text: str, start: int, end: int, number: str, name: ActName | None, day: dt.date
    ) -> StatuteReference:
        flags: list[str] = []
        provision = None
        act_id = name.act if name else None
        number = _ascii_digits(number)
        glued = _GLUED_LETTER.fullmatch(number)
        if (
            glued is not None
            and name is not None
            and not self._has_lettered(name, glued[1])
            and int(glued[1]) <= (self._last_section(name) or 0)
        ):
            # "Sections 5G/6 of the POCSO Act": the Act has a section 5 and no lettered one, so
            # 5(g); a number past its last section is no section of it at all (said so below)
            number = f"{glued[1]}({glued[2].lower()}){glued[3] or ''}"
            clause_read = (
                f"read as clause ({glued[2].lower()}) of s.{glued[1]}: the Act has no "
                f"s.{glued[1]}{glued[2]}"
            )
        else:
            clause_read = None
        section = number
        if name is None:
            flags.append(_NO_ACT)
        elif not name.held:
            flags.extend(_act_flags(self.statutes, name, day))
        else:
            flags.extend(_act_flags(self.statutes, name, day))
            act = self.statutes.act(name.act)
            prefix = "r" if act.kind == "rules" else "s"
            for candidate in _variants(number):
                pid = f"{act.id}/{prefix}{candidate}"
                if pid in self.statutes:
                    provision, section = pid, candidate
                    break
            if provision is None:
                digits = int("".join(ch for ch in _base(number) if ch.isdigit()))
                if act.last_section is not None and digits > act.last_section:
                    flags.append(
                        f"{act.short_title} has no section {number} "
                        f"(its last is {act.last_section})"
                    )
                else:
                    flags.append(
                        f"not in lawref's data: {act.short_title} s.{number} is not among the "
                        "provisions lawref holds"
                    )
            else:
                standing = self.statutes.at(provision, day)
                if standing.status != "in_force":
                    flags.append(f"not in force on {day}: {standing.message}")
        if clause_read is not None and provision is None:
            flags.append(clause_read)  # (review 2026-12-10b L2)
        return StatuteReference(
            start=start,
            end=end,
            text=text[start:end],
            act=act_id,
            provision=provision,
            flags=tuple(flags),
            section=section,
        )

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
        found = (list(_SECTIONS.finditer(text, low, high)), list(_BACK.finditer(text, low, high)))
        self._kept_lists = (text, (low, high), found)
        return found

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
            for item in _ITEM.finditer(match["list"]):
                if item["gloss"]:
                    base = match.start("list")
                    spans.append((base + item.start(), base + item.end()))
        for _, end, _ in acts:
            after = _GLOSS_AFTER.match(text, end)
            if after is not None:
                spans.append((after.start(1), after.end(1)))
        return sorted(set(spans))

    def _boilerplate_spans(
        self, text: str, low: int = 0, high: int | None = None
    ) -> list[tuple[int, int]]:
        pattern = self._boilerplate_pattern
        if pattern is None:
            return []
        end = len(text) if high is None else high
        if pattern.search(text, low, end) is None:
            return []  # most texts hold no page furniture at all
        return [
            (m.start(), m.end())
            for m in _SENTENCE.finditer(text, low, end)
            if pattern.search(text, m.start(), m.end())
        ]


def _titled_long_name(written: str, headline: bool) -> bool:
    """Whether a name is long and written as a title, so that it names its Act without "Act"
    after it ("a Protection of Children from Sexual Offences case"; not "for the protection of
    children from sexual offences", a purpose): five words or more, the first capitalised and
    every word of five letters or more capitalised. In a *headline* in title case ("Plea In HC
    For Protection Of Children From Sexual Offences On Social Media") every word is
    capitalised, so there the small words must be in lower case, as an Act's title writes
    them (review 2026-12-14g M2); in prose a writer's "Protection Of Children …" is still the
    Act (review 2026-12-15a M7)."""
    words = written.replace("(", " ").replace(")", " ").split()
    return (
        len(words) >= 5
        and words[0][:1].isupper()
        and all(w[:1].isupper() for w in words if len(w) >= 5)
        and not (
            headline and any(not w.islower() for w in words[1:] if 2 <= len(w) <= 3 and w.isalpha())
        )
    )


def _needs_act_word(name: str, core: str) -> bool:
    """Whether a name only counts when followed by "Act": "IT", "Evidence" or "Information
    Technology" alone are everyday words; an acronym written in capitals ("POCSO", "IPC",
    "CrPC", "BNSS"), initials of three letters or more ("I.P.C.", "Cr.P.C."), and names holding
    "Code", "Sanhita" or "Rules" are not."""
    words = core.split()
    if len(words) == 1 and len(core) >= 3 and core.isalpha():
        written = re.sub(r"[^A-Za-z]", "", re.sub(r"(?i)\bact\b.*$", "", name))
        return sum(ch.isupper() for ch in written) < 2
    if len(words) >= 3 and all(len(w) <= 2 for w in words):
        return False
    return not any(word in words for word in ("code", "sanhita", "rules", "adhiniyam"))


def _singular(core: str) -> str:
    """A name's words without a plural "s" ("sexual offences" and "sexual offence" alike) and
    with a letter typed three times or more typed twice ("Offfences")."""
    words = (re.sub(r"([a-z])\1\1+", r"\1\1", w) for w in core.split())
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)


def _core(name: str) -> str:
    """A name without "The", a trailing "Act"/"Act, 2000"/year, in lower-case words."""
    text = normalise(name)
    text = re.sub(r"^the ", "", text)
    text = re.sub(r"\b(of )?(19|20)\d\d$", "", text).strip()
    text = re.sub(r"\bact$", "", text).strip()
    text = text.replace("(", " ").replace(")", " ")
    return re.sub(r"\s+", " ", text).strip()


# between an Act's name and its short name restated in brackets: a year the name did not take
# ("Penal Code, 1860 ("IPC")"), "hereinafter referred to as", quotes, "the"
_RESTATED = re.compile(
    r",?\s?(?:1[6-9]\d\d\s?)?\(\s?(?:hereinafter\s(?:referred\sto\sas\s|called\s)?)?"
    r"[\"'\u201c\u2018]?(?:the\s)?"
)


def _restates(text: str, earlier: ActMatch, later: ActMatch) -> bool:
    """Whether *later* is the same Act's short name in brackets right after *earlier* ("the
    Information Technology Act, 2000 (IT Act)", "… Act, 2012 (hereinafter "POCSO")"): one
    reference, not two."""
    if earlier[2].act != later[2].act:
        return False
    gap = _RESTATED.match(text, earlier[1], later[0])
    return gap is not None and gap.end() == later[0]


def _later_act_split(numbers: Sequence[tuple[int, int, str, str]], last: int | None) -> int:
    """Where a list with an Act before it and another right after it passes to the later Act
    ("आईपीसी की धारा 376 और 3/4 पॉक्सो एक्ट": 3 and 4 are POCSO's; "… धारा 376, 3/4 पॉक्सो":
    a group joined by "/" after a comma): at the last number joined by a word, else at the
    start of a last "/" group after a comma; not where a number after it is past the later
    Act's last section ("भादवि की धारा 363, 366 व 376 पॉक्सो एक्ट": POCSO has no 376)."""
    split = next((i for i in range(len(numbers) - 1, 0, -1) if numbers[i][3] == "word"), None)
    if split is None:
        group = len(numbers) - 1
        while group > 0 and numbers[group][3] == "/":
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
    Devanagari reader reads as that Act's."""
    more = reader.continued(text, at, high)
    if more is None or not more.numbers:
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
        ):
            # "IPC Section 292, POCSO and the IT Act": the Act before wins over one that only
            # follows a comma
            return index
    return following


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


_YEAR_BEFORE_GAP = re.compile(r",?\s?(?:18|19|20)\d\d\b")
_DASH_THEN_SECTION = re.compile(r"[\s,]*[\u2013\u2014]\s*(?:section|sec)\b", re.IGNORECASE)


def _heads_by_dash(text: str, act_end: int) -> bool:
    """Whether the Act ending at *act_end* (with its year, if any) is followed by a dash and
    "Section", as a headnote writes an Act then its own section."""
    year = _YEAR_BEFORE_GAP.match(text, act_end)
    return _DASH_THEN_SECTION.match(text, year.end() if year else act_end) is not None


def within_any(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether *position* falls in one of *spans* (sorted, not overlapping): binary search."""
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


_RANGE_LIMIT = 60
# The sections ranges may add to one stretch of text (about 256,000 characters): a text of
# ranges alone ("1 to 60, 1 to 60, …") is read in time and memory linear in its length.
_RANGE_BUDGET = 2_000
_NO_ACT = "no Act named: the section cannot be placed"
# how each caveat of a range's end begins (the three below)
_RANGE_CAVEAT = "the sections inside the range "
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


@dataclass(slots=True)
class _Budget:
    """How many more sections ranges may add in the stretch being read."""

    left: int


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
# a number and one capital, as a section is read ("5G" of "Sections 5G/6", "5-L"): where the
# Act it resolves in has no lettered section of that number, the capital is a clause (dev-29)
_GLUED_LETTER = re.compile(r"(\d+)([A-Z])(\(.*)?")

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
    return base + _normal_parts(part)


def _section_order(number: str) -> tuple[int, str]:
    head = re.match(r"\d+", number)
    return (int(head.group()) if head else 0, number)


def _base(number: str) -> str:
    """``'294(2)(a)'`` → ``'294'``; ``'67B'`` → ``'67B'``."""
    return number.split("(", 1)[0]


def _normal_parts(parts: str) -> str:
    return "".join(f"({p.lower()})" for p in re.findall(r"\(\s?([0-9A-Za-z]{1,4})\s?\)", parts))


def _read_numbers(raw: str) -> tuple[str]:
    """A number as written, normalised: "67 - b" → "67B", "354 (C)" → "354C", "376 (AB)" →
    "376AB" (one or two capital letters in brackets right after the digits are a section's
    letters: clauses are lower-case, and two that could be a roman numeral, "(IV)", are a
    clause), "294 (2) (a)" → "294(2)(a)"."""
    raw = _ascii_digits(raw)
    head = re.match(r"\s*(\d+)\s?-?\s?([A-Za-z]{0,2})", raw)
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


def _ascii_digits(text: str) -> str:
    """*text* with every decimal digit of another script ("३", "৩") written in ASCII: ``\\d``
    matches them all, and a section number is one number whatever its script."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


def _variants(number: str) -> tuple[str, ...]:
    """As written, then the sloppy "67(b)" read as section 67B, and "5G" read as 5(g)."""
    match = re.fullmatch(r"(\d+)\(([a-z])\)(.*)", number)
    if match:
        return (number, match[1] + match[2].upper() + match[3])
    match = re.fullmatch(r"(\d+)([A-Z])(\(.*)?", number)
    if match:
        return (number, f"{match[1]}({match[2].lower()}){match[3] or ''}")
    return (number,)


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
_WORD_OF = re.compile(r"[\w\u0900-\u0963\u0966-\u097f]+")


def _ordered_words(text: str) -> list[str]:
    """The words of *text* in order, in lower case and NFC (as :func:`_words_of`)."""
    return [unicodedata.normalize("NFC", w.lower()) for w in _WORD_OF.findall(text)]


def _words_of(text: str, low: int, high: int | None) -> set[str]:
    """The words of *text* from *low* to *high*, in lower case and NFC (a Devanagari word with
    its vowel signs and nukta, which a pattern of letters alone would split; "ड़" in one code
    point or two)."""
    found = _WORD_OF.findall(text, low, len(text) if high is None else high)
    return {unicodedata.normalize("NFC", w.lower()) for w in found}


def _act_flags(statutes: Statutes, name: ActName, day: dt.date) -> list[str]:
    if name.act.startswith(_UNLISTED):
        unknown = (
            f"not in lawref's data: an Act lawref does not know, read by its name “{name.title}”"
        )
        # a State's own Act named for a day the Union's of that name reached the State
        union = next((act for act in statutes.acts if act.id == name.union), None)
        reached = extent_reached(union, day) if union is not None else None
        return [unknown, reached] if reached else [unknown]
    if not name.held:
        return [f"not in lawref's data: lawref does not hold {name.title}"]
    act = statutes.act(name.act)
    flags = []
    if name.misnomer:
        flags.append(f"misnamed: the Act is {act.title}")
    if day < act.in_force_from:
        flags.append(f"{act.short_title} was not yet in force on {day}")
    elif act.repealed_on is not None and day >= act.repealed_on:
        flags.append(
            f"{act.short_title} was repealed with effect from {act.repealed_on} "
            f"by {act.repealed_by}"
        )
    return flags
