"""Articles of the Constitution of India named in a report: "Article 21 of the Constitution",
"Articles 14, 19 and 21", "Article 19(1)(a)", "संविधान के अनुच्छेद 21".

Court reports of POCSO and IT Act cases cite the Constitution beside the Acts: a writ under
Article 226, bail heard under Article 21, the right to privacy. lawref holds no Article, so each
is read to its number and flagged "not in lawref's data", as a section of an Act lawref does not
hold is; the words are in ``data/conduct.toml`` ``[analysis.constitution]``
(:class:`~lawref.analysis.models.ConstitutionWords`).

Articles are read apart from sections: an Article takes no Act named before it, and no section
named after it takes the Constitution, so "Section 67B of the IT Act … Article 21" stays two
laws. An English "Article" opens a list only capitalised, or in lower case with the
Constitution named right after the list; an Article "of" any other instrument ("Article 34 of
the UN Convention on the Rights of the Child") is not read. The list is one atomic match of a
pattern without nested repetition, read once over the text: time is linear.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from lawref.analysis.models import ConstitutionWords, StatuteReference

# an Article's number as reports write it: 21, 21A, 19(1)(a), 15 (3), 243ZH
_NUMBER = (
    r"\d{1,3}(?:[A-Z]{1,2})?(?![\w])(?:\s?\((?:\d{1,2}[A-Za-z]?|[a-z]{1,2}|[ivx]{1,5})\)){0,4}"
)
_NUMBER_RE = re.compile(_NUMBER)
# what joins two Articles in a list: ",", "&", "/" and the ``list_joins`` words
_JOIN = r"\s?(?:,\s?(?:and\s|or\s)?|&\s?|/\s?|(?:{joins})\s)(?:Articles?\s)?"
_LIST_MAX = 30
# an instrument named after the list ("of the UNCRC", "of the Convention"): not the Constitution
_OF_ANOTHER = re.compile(r"\s?,?\s?of\s")
_NAME_LINKS = r"\s?,?\s?(?:of|under|in)\s(?:the\s|our\s|India's\s|India\u2019s\s)?"
_FLAG = "not in lawref's data: lawref does not hold {title}"
# a unit of time after the number: "Article 5 days ago", "Article 3 min read" (page furniture)
_TIME_AFTER = re.compile(r"\s?(?:days?|hours?|hrs?|mins?|minutes?|weeks?|months?|years?)\b")
_DIGITS = re.compile(r"\d+")
# a sentence's end, read back from an Article (for an instrument named before it)
_SENTENCE_BREAK = re.compile(r"[.!?\u0964\n]\s")
_SENTENCE_REACH = 200


@dataclass(frozen=True, slots=True)
class _Name:
    """Where a list's Constitution is named, if it is."""

    start: int
    end: int


class ArticleReader:
    """Reads the Articles of the Constitution a text names (see the module's docstring)."""

    def __init__(self, words: ConstitutionWords) -> None:
        self.words = words

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        """The keyword, then an atomic list of numbers. Keywords are matched as written, and
        in lower case as ``lower`` (which needs the Constitution named after the list)."""
        written = _as_written(self.words.article_words)
        lower = _as_written(
            {w.lower() for w in self.words.article_words if w.lower() != w and w.isascii()}
        )
        return re.compile(
            rf"(?<![\w.])(?:(?P<word>{written})|(?P<lower>{lower}))\s?"
            rf"(?P<list>(?>{_NUMBER}(?:{self._join}{_NUMBER}){{0,{_LIST_MAX}}}))"
        )

    @cached_property
    def _name_after(self) -> re.Pattern[str]:
        return re.compile(rf"{_NAME_LINKS}(?P<name>{_as_written(self.words.names)})(?!\w)")

    @cached_property
    def _name_before(self) -> re.Pattern[str]:
        return re.compile(rf"(?P<name>{_as_written(self.words.names)}){self._link}\Z")

    @cached_property
    def _join(self) -> str:
        """What joins two Articles of a list: ",", "&", "/" and ``list_joins`` ("and", "और")."""
        return _JOIN.format(joins=_as_written(self.words.list_joins))

    @cached_property
    def _link(self) -> str:
        """A genitive between a name and "अनुच्छेद" (``name_links``: "संविधान के अनुच्छेद")."""
        return rf"\s(?:{_as_written(self.words.name_links)})\s"

    @cached_property
    def _genitive_owner(self) -> re.Pattern[str]:
        """A word and its genitive right before the keyword ("आईपीसी के अनुच्छेद")."""
        return re.compile(rf"\S+{self._link}\Z")

    def references(
        self, text: str, low: int = 0, high: int | None = None
    ) -> list[StatuteReference]:
        """Every Article of the Constitution named in ``text[low:high]``, one reference per
        number, in text order."""
        high = len(text) if high is None else high
        flag = _FLAG.format(title=self.words.title)
        found: list[StatuteReference] = []
        for match in self._pattern.finditer(text, low, high):
            name = self._named(text, match, high)
            if name is None:
                continue
            for number in _NUMBER_RE.finditer(text, match.start("list"), match.end("list")):
                found.append(
                    StatuteReference(
                        start=number.start(),
                        end=number.end(),
                        text=number.group(),
                        act=self.words.id,
                        provision=None,
                        flags=(flag,),
                        section=_section(number.group()),
                        act_start=name.start if name.end > name.start else None,
                        act_end=name.end if name.end > name.start else None,
                    )
                )
        return found

    def _named(self, text: str, match: re.Match[str], high: int) -> _Name | None:
        """Where the Constitution is named for the list *match* opens: after it ("… of the
        Constitution"), before it in Devanagari ("संविधान के अनुच्छेद 21"), or nowhere (an
        empty span) for a capitalised English keyword with no other instrument named before it
        in its sentence or after it; None when the list is not the Constitution's ("Article 34
        of the UNCRC", "UNCRC Article 34", "यूएनसीआरसी के अनुच्छेद 34", "booked under Article
        376 and Section 6", "Article 5 days ago")."""
        first = _DIGITS.match(_section(text[match.start("list") : match.end("list")]))
        last = self.words.last_article
        if first is not None and last is not None and int(first.group()) > last:
            return None  # past the Constitution's last Article
        after = self._name_after.match(text, match.end(), high)
        if after is not None:
            # the Constitution named: its Article, whatever comes before ("quashed the FIR
            # under Article 226 of the Constitution"; review 2026-12-11c H6)
            return _Name(after.start("name"), after.end("name"))
        if _TIME_AFTER.match(text, match.end(), high):
            return None  # "Article 5 days ago", "Article 3 min read": page furniture
        if self._not_after.search(text, max(0, match.start() - 20), match.start()):
            return None  # "booked under Article 376 and Section 6": a section misnamed
        if match.group("lower") is not None:
            return None  # "article 5 of the report", "this article 21 …": no Article
        if _OF_ANOTHER.match(text, match.end(), high) or self._instrument_after.match(
            text, match.end(), high
        ):
            return None  # "Article 34 of the UNCRC", "Article 34 UNCRC": another instrument's
        sentence = _sentence_start(text, match.start())
        before = self._name_before.search(text, max(sentence, match.start() - 40), match.start())
        if before is not None:
            return _Name(before.start("name"), before.end("name"))
        # another instrument named before it in its sentence ("UNCRC Article 34", "The UN
        # Convention on the Rights of the Child, Article 34, …"): not read, a missed reference
        # being better than a wrong Act (reviews 2026-12-11b H5, 2026-12-11d H4)
        if self._instrument.search(text, sentence, match.start()):
            return None
        if not match.group("word").isascii():
            # a Devanagari "अनुच्छेद" is the Constitution's only with "संविधान" before it in its
            # sentence ("संविधान के अनुच्छेद 21 और अनुच्छेद 14", "भारतीय संविधान में अनुच्छेद
            # 21"): "X के अनुच्छेद N" may be a treaty's, a judgment's paragraph or a misnamed
            # section (reviews 2026-12-11d H5, 2026-12-11e M5)
            named = self._name_anywhere.search(text, sentence, match.start())
            owner = self._genitive_owner.search(
                text, max(sentence, match.start() - 40), match.start()
            )
            if named is None or (
                owner is not None
                and not self._name_before.search(text, owner.start(), match.start())
            ):
                # "आईपीसी के अनुच्छेद 376", "फैसले के अनुच्छेद 45": another's (review 11f N4)
                return None
            return _Name(named.start(), named.end())
        return _Name(match.start(), match.start())

    @cached_property
    def _name_anywhere(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w])(?:{_as_written(self.words.names)})(?![\w])")

    @cached_property
    def _instrument(self) -> re.Pattern[str]:
        words = _as_written(self.words.other_instruments)
        return re.compile(rf"(?<![\w])(?:{words})(?![\w])")

    @cached_property
    def _instrument_after(self) -> re.Pattern[str]:
        words = _as_written(self.words.other_instruments)
        return re.compile(rf"\s?[,(]?\s?(?:the\s)?(?:{words})(?![\w])")

    @cached_property
    def _not_after(self) -> re.Pattern[str]:
        words = _as_written(self.words.not_after)
        return re.compile(rf"(?:{words})\s?\Z", re.IGNORECASE)


def with_articles(
    refs: Sequence[StatuteReference], articles: Sequence[StatuteReference]
) -> list[StatuteReference]:
    """*refs* and *articles*, in text order; an Article, named by its keyword, wins over a
    section reading of its number ("under Article 21 and Section 67 of the IT Act" names no
    s.21 of the IT Act)."""
    if not articles:
        return list(refs)
    spans = sorted((a.start, a.end) for a in articles)
    starts = [s for s, _ in spans]
    kept = []
    for ref in refs:
        at = bisect.bisect_right(starts, ref.end) - 1
        if at >= 0 and spans[at][1] > ref.start and spans[at][0] < ref.end:
            continue
        kept.append(ref)
    return sorted([*kept, *articles], key=lambda r: (r.start, r.end))


def _section(number: str) -> str:
    """The number as lawref writes a section: ASCII digits, no spaces ("19 (1)(a)" is
    "19(1)(a)")."""
    digits = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in number)
    return re.sub(r"\s", "", digits)


def _as_written(phrases: Iterable[str]) -> str:
    """An alternation of *phrases* as written (case kept), the longer first, a space matching
    one space or line break; a pattern that matches nothing when there are none."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s") for p in ordered) or "(?!)"


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding *at* starts, read back at most ``_SENTENCE_REACH``
    characters."""
    low = max(0, at - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, low, at)]
    return ends[-1] if ends else low
