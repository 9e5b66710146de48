"""Reading a report: the offending conduct it describes and the statutes it names, with spans.

One pass tokenises the text (a C-level ``finditer``) and walks a trie of the lexicon's phrases
word by word, taking the longest phrase at each position: time is linear in the text, whatever
the text. Phrases that only look like conduct ("photo sharing platform", "produced before the
court", "first published") are in the trie too, so they win over their shorter conduct words and
report nothing. Sentence-level rules, all configured in ``data/conduct.toml`` ``[analysis]``,
drop site boilerplate, sentences about adult material only, negated conduct ("neither published
nor transmitted"), and information passed on by officials ("shared the information"). Statute
references are found by regular expressions without nested repetition (no catastrophic
backtracking) and resolved against the Acts' names, misnomers and provisions.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from lawref.analysis.models import (
    Analysis,
    AnalysisConfig,
    AnalysisSummary,
    Mention,
    StatuteReference,
)
from lawref.conduct.lexicon import words
from lawref.conduct.lookup import lookup
from lawref.conduct.models import LookupProvision
from lawref.statutes.references import normalise

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.conduct.book import ConductBook
    from lawref.statutes.book import Statutes

_TOKEN = re.compile(r"[A-Za-z0-9]+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*|\n")
_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_LABELLED_DATE = re.compile(
    r"(?:last\s+updated|updated|first\s+published|published|posted)\s*:?\s*(?:on\s+)?"
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b")
_TEXT_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}),\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}}))\b",
    re.IGNORECASE,
)

# A section number as reports write it: 67B, 67 B, 67-B, 67 (B), 15(1), 294 (2) (a).
_LETTERS = r"(?:\s?-\s?[A-Za-z]{1,2}\b|[A-Za-z]{1,2}\b|\s(?-i:[A-Z]{1,2})\b)"
_NUMBER = rf"\d{{1,3}}{_LETTERS}?(?:\s?\(\s?[0-9A-Za-z]{{1,4}}\s?\))*"
_PART = r"\(\s?[0-9A-Za-z]{1,4}\s?\)(?:\s?\(\s?[0-9A-Za-z]{1,4}\s?\))*"
_JOIN = r"\s?(?:,|and|&|/|or)\s?(?:,\s?)?(?:and\s)?(?:(?:sections?|secs?\.?)\s)?"
_KEYWORD = r"(?:sub-?sections?|sections?|secs?\.?|ss\.|s\.|u/s\.?|rules?|r\.)"
_SECTIONS = re.compile(
    rf"\b{_KEYWORD}\s?(?P<list>{_NUMBER}(?:{_JOIN}(?:{_NUMBER}|{_PART}))*)", re.IGNORECASE
)
_ITEM = re.compile(rf"(?P<number>{_NUMBER})|(?P<part>{_PART})", re.IGNORECASE)
_DIRECT = re.compile(
    rf"\s?(?:,\s?)?(?:{_KEYWORD}\s?)?(?P<list>{_NUMBER}(?:{_JOIN}{_NUMBER})*)(?![\d/-])",
    re.IGNORECASE,
)
_GAP = re.compile(r"[\s,'s:-]*(?:section|sec)?[\s.]*", re.IGNORECASE)
_LINK_AFTER = re.compile(r"\s?(?:,\s?)?(?:of|under|in|read\s+with)?\s?(?:the\s)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _ActName:
    act: str
    misnomer: bool
    needs_act_word: bool


@dataclass
class _Trie:
    children: dict[str, _Trie] = field(default_factory=dict)
    payload: tuple[str | None, str] | None = None

    def add(self, phrase: Sequence[str], conduct: str | None, text: str) -> None:
        node = self
        for word in phrase:
            node = node.children.setdefault(word, _Trie())
        if node.payload is None or conduct is None:
            node.payload = (conduct, text)


class Analyzer:
    """Reads texts against a statute book and a conduct book, with the words of *config*
    (``[analysis]`` in ``data/conduct.toml``); build once (``Catalog.analyzer``), use many
    times."""

    def __init__(self, statutes: Statutes, book: ConductBook, config: AnalysisConfig) -> None:
        self.statutes = statutes
        self.book = book
        self.config = config
        self.trie = _Trie()
        for conduct in book.conducts:
            for term in conduct.terms:
                phrase = words(term)
                if phrase:
                    self.trie.add(phrase, conduct.id, term)
        for stop in self.config.not_conduct:
            phrase = words(stop)
            if phrase:
                self.trie.add(phrase, None, stop)
        self.negators = frozenset(w.lower() for w in self.config.negators)
        self.information = frozenset(w.lower() for w in self.config.information_words)
        self.adult = tuple(words(m) for m in self.config.adult_markers)
        self.child = frozenset(w.lower() for w in self.config.child_markers)
        self.boilerplate = tuple(m.lower() for m in self.config.boilerplate_markers)

    # --- acts --------------------------------------------------------------------------------

    @cached_property
    def act_names(self) -> dict[str, _ActName]:
        """Normalised name → act, from each Act's title, short title, aliases and misnomers."""
        names: dict[str, _ActName] = {}
        for act in self.statutes.acts:
            for name, misnomer in (
                *((n, False) for n in (act.title, act.short_title, *act.aliases, act.id)),
                *((n, True) for n in act.misnomers),
            ):
                core = _core(name)
                if core:
                    names.setdefault(core, _ActName(act.id, misnomer, _needs_act_word(core)))
        return names

    @cached_property
    def act_pattern(self) -> re.Pattern[str]:
        """One alternation of every act name, longest first, each word separated flexibly."""
        cores = sorted(self.act_names, key=lambda c: (-len(c), c))
        alternatives = [r"[\s.()]*".join(re.escape(w) for w in core.split()) for core in cores]
        return re.compile(
            r"\b(?P<core>" + "|".join(alternatives) + r")\b"
            r"(?:\s?\([^()\n]{1,90}\))?(?P<actword>\s(?:act|rules|code))?"
            r"(?:,?\s(?:of\s)?(?:\(?(?:19|20)\d\d\)?))?",
            re.IGNORECASE,
        )

    def _acts_in(self, text: str) -> list[tuple[int, int, _ActName]]:
        found = []
        for match in self.act_pattern.finditer(text):
            name = self.act_names.get(_core(match["core"]))
            if name is None:
                continue
            if name.needs_act_word and not match["actword"]:
                continue
            found.append((match.start(), match.end(), name))
        return found

    # --- statute references --------------------------------------------------------------------

    def references(self, text: str, day: dt.date) -> list[StatuteReference]:
        """Every law *text* names, resolved and flagged (none from site boilerplate)."""
        skipped = self._boilerplate_spans(text)
        acts = [a for a in self._acts_in(text) if not _within_any(a[0], skipped)]
        starts = [a[0] for a in acts]
        used_acts: set[int] = set()
        refs: list[StatuteReference] = []
        for match in _SECTIONS.finditer(text):
            if _within_any(match.start(), skipped):
                continue
            act_index = _act_for(match.start(), match.end(), text, acts, starts)
            if act_index is not None:
                used_acts.add(act_index)
            name = acts[act_index][2] if act_index is not None else None
            base: str | None = None
            for item in _ITEM.finditer(match["list"]):
                start = match.start("list") + item.start()
                end = match.start("list") + item.end()
                if item["number"]:
                    number = _normal_number(item["number"])
                    base = _base(number)
                elif base is not None:
                    number = base + _normal_parts(item["part"])
                else:
                    continue
                refs.append(self._resolve(text, start, end, number, name, day))
        for index, (_, act_end, name) in enumerate(acts):
            if index in used_acts:
                continue
            direct = _DIRECT.match(text, act_end)
            if direct is None:
                continue
            used_acts.add(index)
            for item in _ITEM.finditer(direct["list"]):
                if not item["number"]:
                    continue
                start = direct.start("list") + item.start()
                end = direct.start("list") + item.end()
                refs.append(
                    self._resolve(text, start, end, _normal_number(item["number"]), name, day)
                )
        covered = sorted((ref.start, ref.end) for ref in refs)
        for index, (start, end, name) in enumerate(acts):
            if index not in used_acts and not _within_any(start, covered):
                refs.append(
                    StatuteReference(
                        start=start,
                        end=end,
                        text=text[start:end],
                        act=name.act,
                        provision=None,
                        flags=tuple(_act_flags(self.statutes, name, day)),
                    )
                )
        return sorted(refs, key=lambda r: (r.start, r.end))

    def _resolve(
        self, text: str, start: int, end: int, number: str, name: _ActName | None, day: dt.date
    ) -> StatuteReference:
        flags: list[str] = []
        provision = None
        act_id = name.act if name else None
        if name is None:
            flags.append("no Act named: the section cannot be placed")
        else:
            flags.extend(_act_flags(self.statutes, name, day))
            act = self.statutes.act(name.act)
            prefix = "r" if act.kind == "rules" else "s"
            for candidate in _variants(number):
                pid = f"{act.id}/{prefix}{candidate}"
                if pid in self.statutes:
                    provision = pid
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
                        f"{act.short_title} s.{number} is not among the provisions lawref holds"
                    )
            else:
                standing = self.statutes.at(provision, day)
                if standing.status != "in_force":
                    flags.append(f"not in force on {day}: {standing.message}")
        return StatuteReference(
            start=start,
            end=end,
            text=text[start:end],
            act=act_id,
            provision=provision,
            flags=tuple(flags),
        )

    # --- conduct -----------------------------------------------------------------------------

    def mentions(self, text: str, day: dt.date) -> list[Mention]:
        """Every offending conduct *text* describes, one per phrase."""
        tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
        sentence_of = _sentence_index(text, tokens)
        sentences = _sentences(text, tokens, sentence_of)
        dropped = {i for i, s in enumerate(sentences) if self._skip_sentence(s)}
        found: list[Mention] = []
        provisions: dict[str, tuple[str, ...]] = {}
        index, count = 0, len(tokens)
        while index < count:
            node = self.trie.children.get(tokens[index][2])
            if node is None:
                index += 1
                continue
            best: tuple[int, tuple[str | None, str]] | None = None
            cursor = index
            while node is not None:
                if node.payload is not None:
                    best = (cursor, node.payload)
                cursor += 1
                node = node.children.get(tokens[cursor][2]) if cursor < count else None
            if best is None:
                index += 1
                continue
            last, (conduct, _) = best
            if (
                conduct is not None
                and sentence_of[index] not in dropped
                and self._offending(tokens, index, last, conduct, sentence_of)
            ):
                if conduct not in provisions:
                    provisions[conduct] = tuple(
                        p.id for p in lookup(self.statutes, self.book, conduct, day).provisions
                    )
                start, end = tokens[index][0], tokens[last][1]
                found.append(
                    Mention(
                        start=start,
                        end=end,
                        text=text[start:end],
                        conduct=conduct,
                        provisions=provisions[conduct],
                    )
                )
            index = last + 1
        return found

    def _boilerplate_spans(self, text: str) -> list[tuple[int, int]]:
        return [
            (m.start(), m.end())
            for m in _SENTENCE.finditer(text)
            if any(marker in m.group().lower() for marker in self.boilerplate)
        ]

    def _skip_sentence(self, sentence: tuple[str, tuple[str, ...]]) -> bool:
        raw, tokens = sentence
        lowered = raw.lower()
        if any(marker in lowered for marker in self.boilerplate):
            return True
        if any(_contains(tokens, marker) for marker in self.adult):
            return not any(t in self.child for t in tokens)
        return False

    def _offending(
        self,
        tokens: list[tuple[int, int, str]],
        first: int,
        last: int,
        conduct: str,
        sentence_of: list[int],
    ) -> bool:
        sentence = sentence_of[first]
        if conduct != "failure_to_report":
            low = max(0, first - self.config.negation_window)
            before = [tokens[i][2] for i in range(low, first) if sentence_of[i] == sentence]
            if any(word in self.negators for word in before):
                return False
        if conduct == "sharing":
            high = min(len(tokens), last + 1 + self.config.information_window)
            after = [tokens[i][2] for i in range(last + 1, high) if sentence_of[i] == sentence]
            if any(word in self.information for word in after):
                return False
        return True

    # --- dates -------------------------------------------------------------------------------

    @staticmethod
    def stated_date(text: str, today: dt.date) -> tuple[dt.date, str] | None:
        """The date a text states about itself: an "Updated:"/"Published:" line first, then an
        ISO date near the top, then the first full date written out. Never a future date."""
        head = text[:400]
        for pattern, where in ((_LABELLED_DATE, text), (_ISO_DATE, head), (_TEXT_DATE, text)):
            for match in pattern.finditer(where):
                day = _to_date(match)
                if day is not None and day <= today:
                    return day, match.group()
        return None


def _needs_act_word(core: str) -> bool:
    """Whether a name only counts when followed by "Act": "IT" or "Information Technology"
    alone are everyday words; "POCSO", "IPC", "Indian Penal Code", "IT Rules" are not."""
    if " " not in core and len(core) >= 3 and core.isalpha():
        return False
    return not any(word in core.split() for word in ("code", "sanhita", "rules"))


def _core(name: str) -> str:
    """A name without "The", a trailing "Act"/"Act, 2000"/year, in lower-case words."""
    text = normalise(name)
    text = re.sub(r"^the ", "", text)
    text = re.sub(r"\b(of )?(19|20)\d\d$", "", text).strip()
    text = re.sub(r"\bact$", "", text).strip()
    text = text.replace("(", " ").replace(")", " ")
    return re.sub(r"\s+", " ", text).strip()


def _contains(tokens: Sequence[str], phrase: Sequence[str]) -> bool:
    size = len(phrase)
    return any(tuple(tokens[i : i + size]) == tuple(phrase) for i in range(len(tokens) - size + 1))


def _sentence_index(text: str, tokens: list[tuple[int, int, str]]) -> list[int]:
    bounds = [m.end() for m in _SENTENCE.finditer(text)]
    index, current = [], 0
    for start, _, _ in tokens:
        while current < len(bounds) and start >= bounds[current]:
            current += 1
        index.append(current)
    return index


def _sentences(
    text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int]
) -> list[tuple[str, tuple[str, ...]]]:
    grouped: dict[int, list[int]] = {}
    for position, sentence in enumerate(sentence_of):
        grouped.setdefault(sentence, []).append(position)
    size = (max(sentence_of) + 1) if sentence_of else 0
    result: list[tuple[str, tuple[str, ...]]] = []
    for sentence in range(size):
        members = grouped.get(sentence, [])
        if not members:
            result.append(("", ()))
            continue
        raw = text[tokens[members[0]][0] : tokens[members[-1]][1]]
        result.append((raw, tuple(tokens[i][2] for i in members)))
    return result


def _act_for(
    start: int, end: int, text: str, acts: list[tuple[int, int, _ActName]], starts: list[int]
) -> int | None:
    """The act a section list belongs to: one named right after it ("67B of the IT Act"), else
    one right before it ("IPC Section 292", "POCSO Act section 15"). *acts* are in text order
    and *starts* are their start offsets, searched by bisection."""
    link = _LINK_AFTER.match(text, end)
    after = link.end() if link else end
    index = bisect.bisect_left(starts, after)
    if index < len(acts) and acts[index][0] <= after + 2:
        return index
    index = bisect.bisect_right(starts, start) - 1
    if index >= 0:
        act_end = acts[index][1]
        gap = text[act_end:start]
        if act_end <= start and len(gap) <= 12 and _GAP.fullmatch(gap):
            return index
    return None


def _within_any(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether *position* falls in one of *spans* (sorted, not overlapping): binary search."""
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _base(number: str) -> str:
    """``'294(2)(a)'`` → ``'294'``; ``'67B'`` → ``'67B'``."""
    return number.split("(", 1)[0]


def _normal_parts(parts: str) -> str:
    return "".join(f"({p.lower()})" for p in re.findall(r"\(\s?([0-9A-Za-z]{1,4})\s?\)", parts))


def _normal_number(raw: str) -> str:
    head = re.match(r"\s*(\d+)\s?-?\s?([A-Za-z]{0,2})", raw)
    assert head is not None
    base = head.group(1) + head.group(2).upper()
    return base + _normal_parts(raw[head.end() :])


def _variants(number: str) -> tuple[str, ...]:
    """As written, then the sloppy "67(b)" read as section 67B."""
    match = re.fullmatch(r"(\d+)\(([a-z])\)(.*)", number)
    return (number, match[1] + match[2].upper() + match[3]) if match else (number,)


def _act_flags(statutes: Statutes, name: _ActName, day: dt.date) -> list[str]:
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


def _to_date(match: re.Match[str]) -> dt.date | None:
    try:
        if match.groupdict().get("iso"):
            return dt.date.fromisoformat(match["iso"])
        month = (match["m1"] or match["m2"] or "").lower().rstrip(".")
        day = match["d1"] or match["d2"]
        year = match["y1"] or match["y2"]
        number = _MONTHS.get(month) or _MONTHS.get(month[:3])
        if number is None or day is None or year is None:
            return None
        return dt.date(int(year), number, int(day))
    except (ValueError, TypeError):
        return None


def summarise(
    statutes: Statutes,
    book: ConductBook,
    mentions: Sequence[Mention],
    refs: Sequence[StatuteReference],
    day: dt.date,
) -> AnalysisSummary:
    """The distinct conducts, the provisions they reach on *day*, and where the text's own
    statement of the law differs: a named section its conduct does not reach, one not in force,
    a misnamed Act, and the heaviest provisions it leaves unnamed."""
    conducts = tuple(dict.fromkeys(m.conduct for m in mentions))
    entries: dict[str, LookupProvision] = {}
    for conduct in conducts:
        for entry in lookup(statutes, book, conduct, day).provisions:
            entries.setdefault(entry.id, entry)
    named = tuple(dict.fromkeys(r.provision or r.act or "" for r in refs if r.provision or r.act))
    differences: list[str] = []
    for ref in refs:
        for flag in ref.flags:
            differences.append(f"“{ref.text}”: {flag}")
        if (
            ref.provision
            and conducts
            and not any(
                ref.provision == pid or pid.startswith(ref.provision + "(") for pid in entries
            )
        ):
            differences.append(
                f"“{ref.text}” ({ref.provision}): none of the conduct the text describes "
                f"({', '.join(conducts)}) reaches it on {day}"
            )
    if named:
        for entry in entries.values():
            if entry.heaviest and not any(
                n == entry.id or entry.id.startswith(n + "(") or entry.id.startswith(n + "/")
                for n in named
            ):
                differences.append(
                    f"the text does not name {entry.id} ({'; '.join(entry.overlap_flags)})"
                )
    return AnalysisSummary(
        conducts=conducts,
        provisions=tuple(entries.values()),
        named_in_text=named,
        differences=tuple(dict.fromkeys(differences)),
    )


def analyze(analyzer: Analyzer, text: str, as_of: dt.date | None = None) -> Analysis:
    """Read *text*: the conduct it describes and the laws it names, with exact spans, mapped to
    the law in force on *as_of* — given, or else the date the text states, or else today."""
    from lawref import clock

    if not isinstance(text, str):
        from lawref.errors import LawrefError

        raise LawrefError(f"analyze reads text (str), not {type(text).__name__}")
    quote = None
    source: Literal["given", "text", "today"]
    if as_of is not None:
        day, source = analyzer.statutes.check_date(as_of), "given"
    else:
        stated = analyzer.stated_date(text, clock.today())
        if stated is not None:
            (day, quote), source = stated, "text"
        else:
            day, source = clock.today(), "today"
    mentions = analyzer.mentions(text, day)
    refs = analyzer.references(text, day)
    return Analysis.model_construct(
        as_of=day,
        as_of_source=source,
        as_of_quote=quote,
        mentions=tuple(mentions),
        statute_references=tuple(refs),
        summary=summarise(analyzer.statutes, analyzer.book, mentions, refs, day),
        reviewed_on=analyzer.statutes.reviewed_on,
    )
