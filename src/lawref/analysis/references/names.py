"""Which Acts a text names: the reference reader's words (``ActNames``: every Act's title,
short title, aliases and misnomers, the Acts lawref does not hold or list, State Acts, the
Devanagari names) and where each name stands in a text (``acts_in``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cached_property

from lawref.analysis.devanagari import DevanagariReader
from lawref.analysis.furniture import LinkHeadlines
from lawref.analysis.models import AnalysisConfig
from lawref.analysis.patterns import Prefiltered, alternation
from lawref.analysis.references.helpers import (
    ActMatch,
    ActName,
    _words_of,
)
from lawref.analysis.unlisted_acts import ActNameWords, in_headline, unlisted_acts, unlisted_id
from lawref.statutes.references import normalise

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.statutes.book import Statutes
    from lawref.statutes.models import Act


# a Bill or an Ordinance right after an Act's name, past "(Amendment)" or "Amendment" ("the
# POCSO (Amendment) Bill, 2019", "the POCSO Amendment Bill", "the POCSO Act Amendment Bill")
_BILL_AFTER = re.compile(
    r"[ \t]*(?:(?:act[ \t]+)?\(?amendment\)?[ \t]*)?(?:bill|ordinance)\b", re.IGNORECASE
)

_SHARED_ACT_WORD = re.compile(
    r"(?:(?:[ \t]?,[ \t]?|[ \t](?:and|&|or)[ \t])(?:the[ \t])?[A-Z][\w.()&-]*"
    r"(?:[ \t][A-Z][\w.()&-]*){0,5}){1,4}[ \t]Acts\b"
)

# how many lists may follow one another after their Acts with no "धारा" ("… भादवि व 3/4 पॉक्सो
# एक्ट व 67बी आईटी एक्ट"): a bound that keeps the reading linear
_CONTINUATIONS = 20


# the acts a relative clause after a law names right after its opener: a list of gerunds or
# nouns of acts ("publishing, browsing or transmitting", "online distribution of obscene
# content"), or the doer in general and the verb ("anyone who shares", "any person who
# publishes")
_GLOSSED_ACT = r"(?:(?:the|online|electronic)[ \t]+){0,2}[a-z]+(?:ing|tion|sion)\b"
_GLOSSED_ACTS = (
    rf"(?:{_GLOSSED_ACT}(?:[ \t]*,[ \t]*{_GLOSSED_ACT}){{0,6}}"
    rf"(?:[ \t]*,?[ \t]+(?:and/or|and|or)[ \t]+{_GLOSSED_ACT})?"
    r"|(?:anyone|any[ \t]+person|persons|those|people|whoever)[ \t]+(?:who[ \t]+)?"
    r"(?!(?:was|were|has|had|is|are|did)\b)[a-z]+(?<!ed)\b)"
)
# … not when the words after the acts name this case's child, victim or doer ("which relates to
# the online sharing of the victim's photos by him", "… circulating the minor girl's obscene
# videos"; review 2026-12-19d H5), before a comma (not "…, on a complaint by the girl's father":
# review 2026-12-19e H4): then the clause tells the case
_CASE_AFTER_GLOSS = re.compile(
    r"[^.,;!?\n]{0,60}?(?:\bby[ \t]+(?:him|her|them|the[ \t]+accused)\b"
    r"|\bthe[ \t]+(?:victim|victims|minor|girl|boy|child|survivor|complainant)\b"
    r"|\b(?:victim|girl|boy|child|minor|survivor)(?:'|\u2019)s?)",
    re.IGNORECASE,
)


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
    numbered: dict[str, tuple[ActName, str]] = field(default_factory=dict)
    """Each section number (without its sub-sections) the text cited with an Act, with the
    latest such Act and its words: a bare one of them later, after another Act is named, may be
    either Act's, and is read as neither unless its gloss or the text decides ("Sections 64 and
    66 of the BNS and Section 67 of the IT Act. Section 66 provides …"; reviews 2026-12-27b to
    27d)."""


def _earlier_act(name: ActName, year: int) -> ActName:
    """The earlier Act of *name*'s name of *year*, which *name*'s Act repealed and lawref does
    not know ("किशोर न्याय (…) अधिनियम 2000": the Juvenile Justice (Care and Protection of
    Children) Act, 2000; review 2027-01-04b H6)."""
    title = _TITLE_YEAR.sub(str(year), re.sub(r"^The\s+", "", name.title))
    return ActName(unlisted_id(title), False, False, False, title)


def _stems(words: str) -> set[str]:
    """The first six letters of each word of four letters or more but "with" and "from"
    ("Intermediaries" and "Intermediary" alike)."""
    return {w[:6] for w in re.findall(r"[a-z]{4,}", words) if w not in {"with", "from"}}


def _names_words_of(bracket: str, title: str) -> bool:
    """Whether a name's words in brackets are, for the most part, the words of *title*: at
    least half of their stems are the title's, in any order and spelling ("Guidelines for
    Intermediaries and …" for "Intermediary Guidelines and …"; not "Procedure and Safeguards
    for Blocking for Access of Information by Public")."""
    said = _stems(bracket)
    return bool(said) and 2 * len(said & _stems(title)) >= len(said)


# "amendment" after an Act's name and a year: the amending Act of that year, named as such
# ("the IT Act, 2008 amendment"; review 2026-12-23b L1)
_AMENDMENT_AFTER = re.compile(r"[ \t]*\(?amendments?\)?\b", re.IGNORECASE)

# the year at the end of an Act's title or name ("The Information Technology Act, 2000")
_TITLE_YEAR = re.compile(r"\b((?:19|20)\d\d)\)?\s*$")

# the last word of an Act's title, after which a footnote's number may stand glued ("Code6")
_TITLE_WORDS = frozenset({"act", "code", "sanhita", "rules"})
_FOOTNOTE_OR_END = r"(?:\b|(?=\d{1,2}\b))"


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
    "Code", "Sanhita" (or "Samhita", its other romanisation) or "Rules" are not."""
    words = core.split()
    if len(words) == 1 and len(core) >= 3 and core.isalpha():
        written = re.sub(r"[^A-Za-z]", "", re.sub(r"(?i)\bact\b.*$", "", name))
        return sum(ch.isupper() for ch in written) < 2
    if len(words) >= 3 and all(len(w) <= 2 for w in words):
        return False
    return not any(word in words for word in ("code", "sanhita", "samhita", "rules", "adhiniyam"))


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


# an abbreviation in brackets, and the words before it whose initials may spell it
_BRACKETED_ABBREVIATION = re.compile(r"\(\s?([A-Z][A-Za-z.]{1,7})\s?\)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'\u2019-]*)\s*\Z")


# … but a later short name used as an Act, with a section before or after it, is the Act ("Section
# 63 of the BSA", "BSA Section 63", "BSA, 2023"; review 2027-01-12a H8)
_NUMBER_PART = r"\d+[A-Za-z]?(?:\s?\(\w+\))*"
_SECTION_OF_BEFORE = re.compile(
    r"\b(?:sections?|secs?\.?|s\.|u/s\.?)\s*"
    rf"{_NUMBER_PART}(?:\s*(?:,|and|&|or)\s*{_NUMBER_PART}){{0,6}}"
    r"(?P<comma>\s+of\s+(?:the\s+)?|,\s*)\Z",
    re.IGNORECASE,
)
# … after a bare comma ("S. 63, BSA") only where the short name ends the phrase: not "… Section 12,
# BSA Bhupendra Singh said" (review 2027-01-12e H7)
_NAME_ENDS = re.compile(r"\s*(?:[.;:)]|,\s*(?:19|20)\d\d\b|\Z)")
# (a number after the section word, no comma: not "the BSA section office", "According to the
# BSA, Section 12 of the service rules"; review 2027-01-12c M3)
_SECTION_AFTER = re.compile(
    r"(?!['\u2019]s\b)\s+(?:(?:sections?|secs?\.?|s\.|u/s)\s*\d|(?:19|20)\d\d\b)|,\s*(?:19|20)\d\d\b",
    re.IGNORECASE,
)


# "Section 4 of the BSA's conduct rules": the thing's own rules, not the Act's section
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


def _initials_before(text: str, at: int, count: int, low: int) -> list[str]:
    """The *count* words right before *at* (fewer where the text or a mark ends them)."""
    words: list[str] = []
    end = at
    while len(words) < count:
        found = _WORD_BEFORE.search(text, max(low, end - 40), end)
        if found is None:
            break
        words.append(found.group(1))
        end = found.start()
    return words[::-1]


def _like_a_word_of(word: str, title_words: Sequence[str]) -> bool:
    """Whether *word* is one of *title_words* as written or misspelt: the same first letter and
    their first five letters alike ("Bhartiya", "Nyay", "Sahinta" for the Bharatiya Nyaya
    Sanhita; not "basic" or "shiksha" for the Bharatiya Sakshya Adhiniyam)."""
    head = word[:5].lower()
    return any(
        head[:1] == other[:1] and SequenceMatcher(None, head, other[:5]).ratio() >= 0.75
        for other in title_words
    )


def _without_other_abbreviations(
    text: str, found: list[ActMatch], low: int, statutes: Statutes
) -> list[ActMatch]:
    """*found* without an Act's short name that the text defines as other words: an
    abbreviation in brackets, no Act's name ending right before it, whose initials the words
    before it spell and whose words are not the Act's own, misspelt or not ("the basic shiksha
    adhikari (BSA) Bhupendra Singh": an education officer, not the Bharatiya Sakshya
    Adhiniyam; survey of unseen English pages, 2027-01-12), nor the same short name later in the
    text, which names what the text defined ("… booked under section 354 B" after "BSA" is not
    the BSA's section), unless a section stands right before or after it ("Section 63 of the
    BSA", "BSA Section 63"). "Bharatiya Sakshya Adhiniyam (BSA)" is one name, read whole."""
    other: set[str] = set()
    kept: list[ActMatch] = []
    ends = {end for _, end, _ in found}
    for start, end, name in found:
        said = text[start:end]
        section_before = _SECTION_OF_BEFORE.search(text, max(0, start - 80), start)
        if (
            section_before is not None
            and section_before["comma"].strip() == ","
            and not _NAME_ENDS.match(text, end)
        ):
            section_before = None
        if said in other and (
            _POSSESSIVE_AFTER.match(text, end)
            or not (section_before is not None or _SECTION_AFTER.match(text, end))
        ):
            continue  # the thing the text defined, not the Act ("The BSA said …")
        bracket = _BRACKETED_ABBREVIATION.search(text, max(0, start - 2), min(len(text), end + 2))
        letters = said.replace(".", "")
        if (
            bracket is not None
            and bracket.span(1) == (start, end)
            and letters.isupper()
            and not any(e in ends for e in range(bracket.start() - 3, bracket.start() + 1))
        ):
            words = _initials_before(text, bracket.start(), len(letters), low)
            title = name.title or (statutes.act(name.act).title if name.held else name.act)
            title_words = [w.lower() for w in re.findall(r"[A-Za-z]{3,}", title)]
            if (
                len(words) == len(letters)
                and "".join(w[0] for w in words).upper() == letters
                and sum(_like_a_word_of(w, title_words) for w in words) * 3 < len(words) * 2
            ):
                other.add(said)
                continue
        kept.append((start, end, name))
    return kept


class ActNames:
    """The words of the reference reader, read once from ``[analysis]`` and the statute book, and
    the Acts a text names (``acts_in``). Every step of the reader is a subclass;
    ``CitationReader`` in :mod:`lawref.analysis.citations` is all of them."""

    def __init__(self, statutes: Statutes, config: AnalysisConfig) -> None:
        self.statutes = statutes
        self.config = config
        self.counted_nouns = frozenset(w.lower() for w in self.config.counted_nouns)
        self.amendment_words = frozenset(_words_of(" ".join(self.config.amendment_words), 0, None))
        self.amending_verbs = frozenset(_words_of(" ".join(self.config.amending_verbs), 0, None))
        self.range_units = frozenset(w.lower() for w in self.config.range_units)
        self.count_words = frozenset(w.lower() for w in self.config.count_words)
        self.list_count_nouns = frozenset(w.lower() for w in self.config.list_count_nouns)
        self.list_count_people = frozenset(w.lower() for w in self.config.list_count_people)
        self.boilerplate = tuple(m.lower() for m in self.config.boilerplate_markers)
        # one search per sentence, in C, in place of a test of each marker on its lower case
        self._boilerplate_pattern = (
            re.compile("|".join(re.escape(m) for m in self.boilerplate), re.IGNORECASE)
            if self.boilerplate
            else None
        )
        # a relative clause after a law that says what it is about (``relative_gloss_openers``)
        self._relative_gloss = (
            re.compile(
                # (one run of blanks, then a comma and another: two runs side by side were
                # quadratic on a long blank run; review 2026-12-31e L5)
                r"[ \t]*(?:,[ \t]*)?(?P<gloss>(?:"
                + "|".join(re.escape(o) for o in self.config.relative_gloss_openers)
                + rf")\s+{_GLOSSED_ACTS})",
                re.IGNORECASE,
            )
            if self.config.relative_gloss_openers
            else None
        )
        # links to other stories run into the text (:mod:`lawref.analysis.furniture`)
        self.link_headlines = LinkHeadlines(self.config.link_markers, self.config.headline_openers)
        self._kept_lists: (
            tuple[str, tuple[int, int], tuple[list[re.Match[str]], list[re.Match[str]]]] | None
        ) = None

    @cached_property
    def act_names(self) -> dict[str, ActName]:
        """Normalised name → act, from each Act's title, short title, aliases and misnomers, and
        the names of the Acts lawref does not hold (``other_acts``)."""
        names: dict[str, ActName] = {}
        for act in self.statutes.acts:
            for name, misnomer, spelling in (
                *((n, False, False) for n in (act.title, act.short_title, *act.aliases, act.id)),
                *((n, True, False) for n in act.misnomers),
                *((n, False, True) for n in act.spellings),
            ):
                core = _core(name)
                if core:
                    names.setdefault(
                        core,
                        ActName(
                            act.id,
                            misnomer,
                            _needs_act_word(name, core),
                            True,
                            "",
                            spelling=spelling,
                        ),
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
        # "Samhita", the other romanisation of संहिता, and both with the aspirate written as
        # South Indian English writes it ("Sanhitha", "Samhitha"), in every name the Codes bear
        # with "Sanhita" ("Bhartiya Nyay Samhita", "Bharatiya Nyaya Sanhitha"): a variant
        # spelling of a held Act's name, a misnomer still a misnomer (review 2026-12-25a L5)
        for core, read in list(names.items()):
            if "sanhita" in core.split():
                for spelt in ("samhita", "sanhitha", "samhitha"):
                    variant = " ".join(spelt if w == "sanhita" else w for w in core.split())
                    names.setdefault(
                        variant, replace(read, spelling=read.held and not read.misnomer)
                    )
        return names

    @cached_property
    def _replaced_years(self) -> dict[str, frozenset[int]]:
        """For each Act lawref does not hold, the years of the earlier Acts of its name it
        repealed (``NamedAct.replaced_years``)."""
        return {o.id: frozenset(o.replaced_years) for o in self.config.other_acts}

    @cached_property
    def act_pattern(self) -> re.Pattern[str]:
        """One alternation of every act name, longest first, each word separated flexibly."""
        cores = sorted(self.act_names, key=lambda c: (-len(c), c))
        # (a title's last word may carry a footnote's number glued to it, as a court's order
        # copied from its PDF prints it: "Sections 292, 294 and 509 of the Indian Penal Code6,
        # Sections 67 and 67A of the IT Act" named the IPC's sections the IT Act's, said to be
        # misnamed; batch dev-69)
        alternatives = [
            r"[\s.()]*".join(re.escape(w) for w in core.split())
            + (_FOOTNOTE_OR_END if core.split()[-1].lower() in _TITLE_WORDS else r"\b")
            for core in cores
        ]
        return re.compile(
            r"\b(?P<core>" + "|".join(alternatives) + r")"
            r"(?:\s?\((?P<bracket>[^()\n\d]{1,90})\))?(?P<actword>\)?(?:\.?\s|\.)(?:act|rules|code))?"
            r"(?:,?\s(?:of\s)?(?:\(?(?P<year>(?:19|20)\d\d)\)?))?",
            re.IGNORECASE,
        )

    @cached_property
    def act_scanner(self) -> Prefiltered:
        """:attr:`act_pattern`, scanned by the trie of the act names' words
        (:class:`~lawref.analysis.patterns.Prefiltered`): the same matches, found faster."""
        prefilter = re.compile(
            r"\b(?:" + alternation(self.act_names, r"[\s.()]*") + r")" + _FOOTNOTE_OR_END,
            re.IGNORECASE,
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
            found.append((match.start(), match.end(), self._dated(text, match, name)))
        found = _without_other_abbreviations(text, found, low, self.statutes)
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
                (start, end, _earlier_act(by_id[act], replaced) if replaced else by_id[act])
                if not misnamed
                else (start, end, replace(by_id[act], misnomer=True))
                for start, end, act, misnamed, replaced in self.devanagari.acts(text, low, high)
                if act in by_id
            )
            found.sort(key=lambda a: (a[0], a[1]))
        return found

    def _dated(self, text: str, match: re.Match[str], name: ActName) -> ActName:
        """The instrument a name with its year and the word after it names. Rules are
        known by the Act they are made under and their year: "IT (Intermediary Guidelines and
        Digital Media Ethics Code) Rules, 2021", "I.T. Rules, 2021" are the IT Rules, 2021
        (held Rules of that year whose title opens with the Act's), "IT (Intermediaries
        Guidelines) Rules, 2011" and "POCSO Rules, 2012" are Rules lawref does not hold (the 2011
        Rules were superseded by the 2021 Rules, the POCSO Rules, 2012 by those of 2020), not
        the IT Act nor the POCSO Rules, 2020; held Rules named with the year of one of their
        amending instruments ("IT Rules, 2023") are those Rules. "Rules" counts only
        capitalised or before a year ("Section 375 of the IPC rules out consent" is the IPC;
        review 2026-12-23b H3); Rules named after an Act lawref does not hold ("RPWD Rules,
        2017") are Rules lawref does not hold, not that Act. An Act's name with the year of one
        of its misnomers ("IT Act 2008") is that misnomer, unless the year names an amendment
        ("the IT Act, 2008 amendment")."""
        year = match["year"]
        word = (match["actword"] or "").strip(" \t.)")
        if re.match(r"\)?\.\s", match["actword"] or "") and not re.search(r"\b\w$", match["core"]):
            word = ""  # "Section 164 of CrPC. Rules framed …": a sentence's end, not Rules
            # (review 2026-12-23e M1); "I.T. Rules" are initials
        if not name.held:
            if (
                year is not None
                and int(year) in self._replaced_years.get(name.act, ())
                and word.lower() != "rules"
                and not _AMENDMENT_AFTER.match(text, match.end())
            ):
                # "Section 68 of the Juvenile Justice (Care and Protection of Children) Act,
                # 2000": the Act of 2000 the 2015 Act repealed, which lawref does not know, not
                # the 2015 Act of that name (survey of unseen reports, 2027-01-04), named by its
                # title whatever the words ("JJ Act, 2000"), as the Hindi name is; another
                # year is a misprint of this Act's ("Immoral Traffic Prevention Act, 1958")
                return _earlier_act(name, int(year))
            if word.lower() == "rules" and (word == "Rules" or year):
                # "RPWD Rules, 2017", "JJ Model Rules": Rules under an Act lawref does not hold,
                # not the Act (review 2026-12-23d M1)
                written = re.sub(r"\s+", " ", match.group().strip())
                return ActName(unlisted_id(written), False, False, False, written)
            return name
        act = self.statutes.act(name.act)
        if word.lower() == "rules" and act.kind != "rules" and (word == "Rules" or year):
            return self._rules_under(act, match, year)
        title_year = _TITLE_YEAR.search(act.title)
        if year is None or title_year is None or title_year[1] == year:
            return name
        if act.kind == "rules":
            if year in {str(i.assented.year) for i in act.instruments if i.assented}:
                return name  # "IT Rules, 2023": the Rules as amended that year
            written = re.sub(r"\s+", " ", match.group().strip())
            # replaced only by a name that is the old Rules' alone ("POCSO Rules, 2012"), not
            # one other Rules of the year share ("IT Rules, 2011"; review 2026-12-23e H2)
            replaced = any(
                str(old.year) == year and _core(written) in {_core(n) for n in old.names}
                for old in act.supersedes
            )
            return ActName(
                unlisted_id(written),
                False,
                False,
                False,
                written,
                superseded_by=act.id if replaced else "",
            )
        if _AMENDMENT_AFTER.match(text, match.end()):
            return name
        if (_core(match["core"]), year) in self._dated_misnomers.get(name.act, ()):
            return replace(name, misnomer=True)
        return name

    def _rules_under(self, act: Act, match: re.Match[str], year: str | None) -> ActName:
        """The held Rules a name of *act* followed by "Rules" and *year* names: Rules whose
        title opens with the Act's title, whose year is *year* (any, with none) and whose title
        has the words in the name's brackets, if any; else Rules lawref does not hold, by the
        name as written."""
        parent = _core(act.title)
        inner = _core(match["bracket"] or "")
        restated = self.act_names.get(inner)
        if restated is not None and restated.act == act.id:
            inner = ""  # "Protection of Children from Sexual Offences (POCSO) Rules": the Act's
            # own short name restated, no words of the Rules
        found = []
        for rules in self.statutes.acts:
            title_year = _TITLE_YEAR.search(rules.title)
            if (
                rules.kind == "rules"
                and _core(rules.title).startswith(parent)
                and (year is None or (title_year is not None and title_year[1] == year))
                # the words in brackets name the Rules: "(Procedure and Safeguards for
                # Blocking …) Rules" are not the Intermediary Guidelines Rules (review
                # 2026-12-23c H1); "(Intermediaries Guidelines & Digital Media Ethics Code)"
                # and "(Guidelines for Intermediaries …)" are (review 2026-12-23d H3)
                and (not inner or _names_words_of(inner, _core(rules.title)))
            ):
                found.append(rules)
        found.sort(key=lambda r: r.id)
        older = [
            old
            for rules in found
            for old in rules.supersedes
            if inner and _names_words_of(inner, _core(old.title))
        ]
        if found and not (year is None and older):
            return self._names_by_id.get(found[0].id, ActName(found[0].id, False, False))
        written = re.sub(r"\s+", " ", match.group().strip())
        if year is None:
            # "IT (Intermediaries Guidelines) Rules" with no year: the 2021 Rules' words and the
            # replaced 2011 Rules' own title alike; which is not known (review 2026-12-23e H3)
            return ActName(unlisted_id(written), False, False, False, written)
        # Rules held Rules replaced ("IT (Intermediaries Guidelines) Rules, 2011")
        replacing = next(
            (
                rules.id
                for rules in self.statutes.acts
                for old in rules.supersedes
                if rules.kind == "rules"
                and _core(rules.title).startswith(parent)
                and str(old.year) == year
                # by its own words in brackets, or a name it alone has ("I.T. Rules, 2011" is
                # also the Cyber Cafe Rules'; review 2026-12-23f H4)
                and (
                    _names_words_of(inner, _core(old.title))
                    if inner
                    else _core(written) in {_core(n) for n in old.names}
                )
            ),
            "",
        )
        return ActName(unlisted_id(written), False, False, False, written, superseded_by=replacing)

    @cached_property
    def _dated_misnomers(self) -> dict[str, frozenset[tuple[str, str]]]:
        """Each held Act's misnomers that carry a year ("IT Act 2008"), as (name without the
        year, year): the name alone is the Act's, with that year a misnomer."""
        dated: dict[str, set[tuple[str, str]]] = {}
        for act in self.statutes.acts:
            for misnomer in act.misnomers:
                year = _TITLE_YEAR.search(misnomer)
                if year is not None:
                    dated.setdefault(act.id, set()).add((_core(misnomer), year[1]))
        return {act: frozenset(pairs) for act, pairs in dated.items()}

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
    def _act_name_words(self) -> ActNameWords:
        return ActNameWords(
            frozenset(w.lower() for w in self.config.act_name_joins),
            frozenset(w.lower() for w in self.config.act_name_stops),
            frozenset(w.lower() for w in self.config.act_use_words),
            frozenset(w.lower() for w in self.config.act_name_inner_words),
        )

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
        if not name.held or name.misnomer:
            return name
        return replace(name, spelling=True)

    @cached_property
    def _singular_names(self) -> dict[str, ActName]:
        names: dict[str, ActName] = {}
        for core in sorted(self.act_names):
            names.setdefault(_singular(core), self.act_names[core])
        return names

    @cached_property
    def devanagari(self) -> DevanagariReader:
        """The reader of Acts and sections named in Devanagari, with the config's words."""
        return DevanagariReader(self.config.devanagari, replaced_years=self._replaced_years)

    @cached_property
    def _names_by_id(self) -> dict[str, ActName]:
        """Each Act's name as the reader resolves it, by Act id (its first name that is no
        misnomer)."""
        by_id: dict[str, ActName] = {}
        for name in self.act_names.values():
            if not name.misnomer and not name.spelling:
                by_id.setdefault(name.act, name)
        return by_id
