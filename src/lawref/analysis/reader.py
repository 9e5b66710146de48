"""Reading a report: the offending conduct it describes, with spans, evidence and confidence.

One pass tokenises the text (a C-level ``finditer``) and walks a trie of the lexicon's phrases
word by word within a sentence, taking the longest phrase at each position: time is linear in the
text, whatever the text. Phrases that only look like conduct ("photo sharing platform", "produced
before the court", "first published") are in the trie too, so they win over their shorter
conduct words and report nothing. Each conduct word is then read in its clause, by rules whose
words are all in ``data/conduct.toml`` ``[analysis]``: site boilerplate and adult-only sentences,
negation, topics and advice ("monitors sharing of"), law stated in general ("… is a criminal
offence", "it is a crime to …", to the end of its sentence), conditions and threats to the end of
their clause ("if … are made viral", "threatened to post … and make them viral"), statutory
glosses in brackets, information sent to agencies, statistics told in the passive, and words
coordinated with a refused one are not conduct. Frames catch conduct told
with words between verb and object ("threatened to make the photos public"), and each mention
carries its evidence and a confidence.

The rules are grouped by what they decide, one module each in :mod:`lawref.analysis.english`
(who the subject is, frames, law stated rather than conduct, charges and counts, material,
threats and conditions, denial, the gates over a whole text), every group a subclass of
``ReaderWords``, which holds the words. ``Analyzer`` is all
of them; here are the reading of one stretch (``Analyzer.mentions``) and the hub that asks
each rule of a conduct word (``_offending``). The laws a text names are read by
``CitationReader`` in :mod:`lawref.analysis.citations` (``Analyzer.citations``), its date by
:mod:`lawref.analysis.dates` and its punishments by :mod:`lawref.analysis.punishments`. The
methods read one stretch of text; :mod:`lawref.analysis.reading` reads a whole report with them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property

from lawref.analysis.citations import ActMatch, within_any
from lawref.analysis.dates import DateReader, ReadDate
from lawref.analysis.english.clauses import (
    _TOKEN,
    _a_name_before,
    _in_a_material_phrase,
    _Phrases,
    _released_by_sentence,
    _sentence_around,
    _SubjectSets,
)
from lawref.analysis.english.denial import DenialRules
from lawref.analysis.english.frames import FrameRules
from lawref.analysis.english.gates import TextGates
from lawref.analysis.english.law import LawRules
from lawref.analysis.english.material import MaterialRules
from lawref.analysis.english.threats import ThreatRules
from lawref.analysis.english.topics import TopicRules
from lawref.analysis.models import (
    AnalysisConfig,
    DatedEvent,
    Mention,
)
from lawref.analysis.punishments import PunishmentReader
from lawref.analysis.punishments.proposals import ProposalWords
from lawref.analysis.punishments.reader import list_item_at
from lawref.analysis.punishments.tiers import ConvictionTiers
from lawref.conduct.lookup import lookup

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*|\n")


def _present_form(word: str, past_forms: frozenset[str]) -> bool:
    """Whether a conduct word is in the present tense, as a statement about offenders in general
    is told ("Predators lure children", "Offenders typically groom"): not a past ("-ed", or one
    of *past_forms*: "sold", "sent") and not a participle or a noun in "-ing"."""
    return not word.endswith(("ed", "ing")) and word not in past_forms


# how far before and after an Act's name a word of its use is looked for ("booked under Section
# 64 of the BNS", "बीएनएस की धारा 64")
_USE_BEFORE = 40

_USE_AFTER = 25


# a sentence's end for a law named: not the dot of police copy's abbreviations ("u/s.", "u/ss.",
# "r/w.", "Sec.", "No.", "Dr.", "Insp.", "C.R.") or of an initial ("booked u/s. 292 IPC and Sec.
# 15 POCSO Act", "vide C.R. No. 45"; reviews 2026-12-16a F2, 16b M-g)
_LAW_SENTENCE_MARK = re.compile(
    r"(?<!\bu/s)(?<!\bu/ss)(?<!\br/w)(?<!\bsec)(?<!\bsecs)(?<!\bno)(?<!\bdr)(?<!\bsr)"
    r"(?<!\binsp)(?<!\bstn)(?<!\bcr)(?<!\b[a-z])\.|[!?\n\u0964]",
    re.IGNORECASE,
)


# a charge denied before an Act's name: "have not invoked any IPC section", "No case was
# registered under the IPC"
_NO_RIGHT_BEFORE = re.compile(r"\b(?:no|not\s+any|without\s+any)\s+\Z", re.IGNORECASE)
_DENIED_AFTER = re.compile(
    r"[^.,;:!?]{0,40}?\b(?:invoked|registered|applied|added|slapped)\b", re.IGNORECASE
)
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|no|never|neither|nor)\b(?:\s+(?:case|cases|fir|firs|was|were|been|has|have|had|is"
    r"|are|yet|any|the|so|far|even|ipc|section|sections|of))*?\s+(?:invoked?|registered|booked|charged"
    r"|filed|lodged|applied|slapped|added)\b"
    # (to the Act's name, with no turn to a charge made: "did not invoke POCSO but booked him
    # under Section 292 of the IPC" charges under the IPC; review 2026-12-17a F6)
    r"(?:(?!\b(?:but|however|instead|though|rather|only)\b"
    r"|\band\s+(?:\w+\s+)?(?:booked|charged|registered|slapped|invoked|added|filed|lodged)\b)"
    r"[^.,;:!?])*\Z",
    re.IGNORECASE,
)


def _words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of *words* (phrases allowed) as words of their own: a Latin one between word
    boundaries, a Devanagari one not inside a longer Devanagari word (Python's ``\\b`` takes
    a vowel sign for a word's end)."""
    ordered = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    alternatives = "|".join(
        (r"\s+".join(map(re.escape, w.split())) + (r"\b" if w.isascii() else "")) for w in ordered
    )
    return re.compile(rf"(?<![\w\u0900-\u097f])(?:{alternatives or '(?!)'})", re.IGNORECASE)


def _byline(
    text: str, tokens: list[tuple[int, int, str]], first: int, verbs: Sequence[str]
) -> bool:
    """Whether the word at *first* opens a page's byline: first on its line, capitalised, and
    followed by "by" and a name ("Edited By Kalash, Updated: 30 Aug, 2025", "Edited by: Rahul
    Sharma"), or by "On:" and a date ("Posted On: 10 JUL 2019", a government release's date
    line), with one of *verbs* (``byline_verbs``): who edited the page and when it was posted,
    no act on material. Mid-line, only as a label ("… Edited By: Rajesh Kumar Updated: …",
    "देश-विदेशPosted at: सितम्बर 23, 2024") or with the page's "Updated:" stamp on the line
    after the name."""
    start = tokens[first][0]
    if not text[start : start + 1].isupper() or tokens[first][2] not in verbs:
        return False  # ("Shared By Accused On Instagram, …": a headline, not a byline)
    # (the line before the word, read back at most _BYLINE_LINE characters: a byline's line is
    # short, and a long line read whole for each capitalised word took time quadratic in it)
    line_start = text.rfind("\n", max(0, start - _BYLINE_LINE), start) + 1
    if line_start == 0 and start > _BYLINE_LINE:
        line_start = start - _BYLINE_LINE
    label = re.match(r"\s?(?:By|[Ii]n|[Aa]t|[Oo]n):", text[tokens[first][1] : tokens[first][1] + 5])
    stamped = start - line_start < _BYLINE_LINE and _stamped_byline(
        text, line_start, start, tokens[first][1]
    )
    if text[line_start:start].strip() and not label and not stamped:
        # mid-line only as a label or before the page's "Updated:" stamp ("date 2026-01-07
        # Edited By Mansa Devi,Updated: 07 Jan, 2026"; survey of unseen Hindi pages,
        # 2027-01-13), "Edited By:" ("By Rakesh Kumar Edited By: Rajesh Kumar"),
        # "Posted in:" (a page's category: "29/07/2019, Posted in: Press Information Bureau")
        return False
    if label and label.group().strip().lower() == "in:":
        return True
    if first + 2 >= len(tokens) or tokens[first + 1][2] not in ("by", "on", "at"):
        return False
    name = text[tokens[first + 2][0] : tokens[first + 2][0] + 1]
    gap = text[tokens[first][1] : tokens[first + 2][0]]
    if "\n" in gap:
        return False
    if tokens[first + 1][2] in ("on", "at"):
        # "Posted On: 10 JUL 2019", "Posted at: सितम्बर 23, 2024": the page's date line (a
        # Devanagari month too, on a Hindi page)
        return ":" in gap and (name.isdigit() or name.isupper() or "\u0900" <= name <= "\u097f")
    return name.isupper()


_BYLINE_REACH = 80

# how far back a byline's line is read (``_byline``)
_BYLINE_LINE = 160

# a byline's name of one to four capitalised words running straight into the page's stamp of
# its last update ("Edited By Mansa Devi,Updated: 07 Jan"), no preposition or conjunction in it
# ("Posted By Ex-Classmate On Instagram, Updated:" is a headline; review 2027-01-13a H5)
_UPDATED = re.compile(
    r"\s(?:By|by):?\s(?!(?:On|And|In|To|At|For|Of|With)\b)[A-Z][\w.-]*"
    r"(?:\s(?!(?:On|And|In|To|At|For|Of|With)\b)[A-Z][\w.-]*){0,3}\s?[,|\u2022-]?\s?Updated\s?:"
)


def _stamped_byline(text: str, line_start: int, start: int, verb_end: int) -> bool:
    """Whether the byline verb ending at *verb_end* runs into the page's "Updated:" stamp past
    a name (``_UPDATED``), with nothing on its line before it but words in lower case and
    figures, or another field closed by "|" or "•" (" date 2026-01-07 Edited By Mansa
    Devi,Updated: …", "Rohit Sharma | Edited By Mansa Devi | Updated: …"; not a headline's
    "Minor Girl's Morphed Photos Posted By …", nor "The video was Posted By …"; review
    2027-01-13c H4)."""
    before = text[line_start:start]
    if any(word[:1].isupper() for word in before.split()) and not before.rstrip().endswith(
        ("|", "\u2022")
    ):
        return False
    return _UPDATED.match(text, verb_end, min(len(text), verb_end + 60)) is not None


_BYLINE_LEAD = re.compile(r"(?:(?:posted|written|edited|published)\s+)?by:?\s+", re.IGNORECASE)

_BYLINE_TAIL = re.compile(
    # (a date after "on": "Posted by Site Admin on September 24, 2024"; review 2026-12-08c L5)
    r"\s*(?:\Z|[|\u2022,-]|\d|(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+\d)",
    re.IGNORECASE,
)


def _byline_name(
    text: str, start: int, end: int, names: Sequence[str], lead_only: bool = False
) -> bool:
    """Whether the words at *start*..*end* stand in a byline's name (``byline_names``: "Site
    Admin | September 24, 2024", "Posted by Site Admin."): the name opens its line (after
    "By" or "Posted by" at most) and nothing but a "|", a comma, a dash, a date or the line's
    end follows it. "The accused was the site admin of a portal" is an admin. With
    *lead_only*, only after "By" or "Posted by"."""
    # the line around the words, read at most ``_BYLINE_REACH`` characters either side (a
    # byline is short; reading a whole long line for each mention would be quadratic)
    floor = max(0, start - _BYLINE_REACH)
    line_start = text.rfind("\n", floor, start) + 1 or floor
    line_end = text.find("\n", end, end + _BYLINE_REACH)
    line = text[line_start : line_end if line_end >= 0 else min(len(text), end + _BYLINE_REACH)]
    lead = _BYLINE_LEAD.match(line)
    if lead is None and lead_only:
        return False  # "Admin, two members held …" (*lead_only*: after "By" only)
    at = lead.end() if lead else 0
    lowered = line.lower()
    for name in names:
        if lowered.startswith(name, at) and line_start + at <= start:
            rest = line[at + len(name) :]
            # after "Posted by", a full stop ends the byline too ("Posted by Site Admin. Police …")
            closed = lead is not None and re.match(r"\.(?:\s|\Z)", rest) is not None
            if line_start + at + len(name) >= end and (closed or _BYLINE_TAIL.match(rest)):
                return True
    return False


_LEADING_SPACE = re.compile(r"\s{0,200}")


def _on_the_first_line(text: str, start: int) -> bool:
    """Whether *start*, at most 40 characters into it, is on the text's first line that holds
    anything (past at most 200 characters of blank lines): a one-word headline. Linear."""
    lead = _LEADING_SPACE.match(text)
    begin = lead.end() if lead else 0
    return begin <= start <= begin + 40 and text.find("\n", begin, start) < 0


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether the words at *start*..*end*, capitalised, are all the letters of their line
    and no "!" follows them: a page's marker or button ("- Advertisement -", "Share"; review
    2026-12-13c H10), a tag or a sub-heading, no sentence; not "Sextortion!" (13d M3). Reads
    at most 40 characters either side: linear."""
    low = text.rfind("\n", max(0, start - 40), start)
    if low < 0 and start > 40:
        return False
    high = text.find("\n", end, end + 40)
    if high < 0 and end + 40 < len(text):
        return False
    before = text[low + 1 : start]
    after = text[end : high if high >= 0 else len(text)]
    # (a capitalised marker only: "admin" alone on a line is still a word of the text)
    return (
        text[start : start + 1].isupper()
        and "!" not in after
        and not any(ch.isalnum() for ch in before + after)
    )


# what may follow "in" to say the material ("in it", "in them"; "in the video" with a picture
# word after the article: not "in the corridor", "in the CCTV footage")
_IN_IT = frozenset({"it", "them"})
_ARTICLES = frozenset({"the", "a", "this", "that", "these", "those", "one"})


def _in_the_material(words: list[str], at: int, depicting: frozenset[str]) -> bool:
    """Whether *words* at *at* say "in" the material: "in it", "in them", "in the video",
    "in one of the videos" (a picture word of *depicting* right after the article, or after
    "one of the")."""
    if words[at : at + 1] != ["in"] or at + 1 >= len(words):
        return False
    after = words[at + 1]
    if after in _IN_IT:
        return True
    if after not in _ARTICLES:
        return False
    rest = words[at + 2 : at + 5]
    if rest[:2] == ["of", "the"]:
        rest = rest[2:]
    return bool(rest) and rest[0] in depicting


# an advert's own headline after the word: "of", "for" or "offering", then material within six
# words
_ADVERT_HEADLINE = re.compile(
    r"\s+(?i:of|for|offering)\b(?:\s+[\w'\u2019-]+){0,5}?\s+"
    r"(?i:child\s+(?:porn\w*|sexual|sex|abuse)|porn\w*|csam|cseam|csem|obscene|nude|explicit"
    r"|videos?|photos?|clips?|images?|links?|content|material)\b"
)

# what may follow a page's marker run into the text: a capitalised word (the next headline),
# with at most a mark between
_NEXT_HEADLINE = re.compile(r"[\s\-\u2013\u2014|:]*(?-i:[A-Z])")


def _marker_in_running_text(text: str, start: int, end: int) -> bool:
    """Whether a page's marker stands in text whose lines were run together (as scrapers and
    search excerpts give pages): written in capitals ("ADVERTISEMENT"), or capitalised at its
    sentence's start with a capitalised word after it ("Advertisement Maharashtra: Teacher Held
    …"); not an advert's own headline, "of", "for" or "offering" with material soon after
    ("ADVERTISEMENT OF CHILD PORN ON TELEGRAM", "Advertisement Of Child Sexual Abuse Videos On
    Instagram: …"; reviews 2027-01-05a H12, M8, 05c M1, 05d H6). Surveys of unseen reports,
    2027-01-05: the Telegraph, zeenews.india.com."""
    said = text[start:end]
    if _ADVERT_HEADLINE.match(text, end):
        return False
    if said.isupper() and len(said) > 1:
        return True
    if not said[:1].isupper():
        return False
    head = text[max(0, start - 3) : start].rstrip()
    opens = not head or head[-1] in ".!?\n\"'\u201d)"
    return opens and _NEXT_HEADLINE.match(text, end) is not None


def _recipient_is_agency(
    after: Sequence[str],
    window: int,
    recipients: frozenset[str],
    agencies: Sequence[Sequence[str]],
) -> bool:
    """ "… forwarded to the Superintendents of Police", "shares it with nodal agencies": a
    recipient word among the first *window* words, then an agency within five words."""
    for index, word in enumerate(after[:window]):
        if word in recipients:
            following = after[index + 1 : index + 6]
            if any(_contains(following, agency) for agency in agencies):
                return True
    return False


def _counted_by_origin(
    before: Sequence[str], after: Sequence[str], config: AnalysisConfig, material: _Phrases
) -> bool:
    """ "15,255 videos have been uploaded from Maharashtra", "was being uploaded from different
    parts of India", "content posted online from India": a passive conduct word (after a passive
    word, or right after the material it says was acted on) whose only actor is a place it came
    from, the way statistics are told; not "were uploaded from his phone" (an owner word follows
    "from") nor "material downloaded from Telegram" (a platform follows it)."""
    passive = any(word in config.passive_words for word in before)
    if not passive and not (before and material.at(before, len(before) - 1)):
        return False
    for index, word in enumerate(after[:3]):
        if word in config.origin_words:
            following = after[index + 1] if index + 1 < len(after) else None
            if following in config.owner_words:
                return False
            # "material, downloaded from Telegram": with no "be", a platform says where one act
            # took it from; "15,000 videos were uploaded from Telegram accounts" is a statistic
            return passive or following not in config.platform_words
    return False


def _past_finite(
    text: str,
    tokens: list[tuple[int, int, str]],
    sentence_of: list[int],
    first: int,
    past_forms: frozenset[str],
    doers: frozenset[str],
    subject_words: _SubjectSets,
) -> bool:
    """Whether the conduct word at *first* is a verb in the past told of a doer ("the accused
    shared the video", "students who circulated the video"): an "-ed" word or one of
    ``past_forms`` right after one of *doers* (``finite_doers`` and ``charged_persons``: a
    pronoun, "accused", "tutor", a relative pronoun, an auxiliary or an adverb of the telling)
    or a capitalised name. After a noun of material it
    is a participle ("Videos of children shared online is a crime": the law; review
    2026-12-13c H4)."""
    word = tokens[first][2]
    if not (word.endswith("ed") or word in past_forms):
        return False
    if first == 0 or sentence_of[first - 1] != sentence_of[first]:
        return False
    # … or a name, capitalised inside its sentence ("Rahul Patil shared …"; review 2026-12-13d
    # H5), and the roles of ``charged_persons`` ("The tutor shared …")
    if tokens[first - 1][2] in doers:
        # … not a person's noun inside a material's phrase ("Videos of minors shared online is
        # a crime", "material involving girls stored …"; reviews 2026-12-14e H1, 14f H1, 14g H1)
        return not _in_a_material_phrase(
            [t[2] for t in tokens[max(0, first - 6) : first]], subject_words
        )
    return _a_name_before(text, tokens, sentence_of, first, subject_words, doers)


# relatives that end the phrase of a conduct word
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "where"})

# the words that may stand between "by" and a particular doer ("by the accused", "by her
# boyfriend")
_PARTICULAR_DETERMINERS = frozenset({"the", "this", "that", "his", "her"})

# "as he did", "as she has done": the pronouns a court's "as … did" names the doer by
_DOING_PRONOUNS = frozenset({"he", "she"})

# the words between a doer and "done" ("as the accused have done", "as he is alleged to have
# done", "as the accused seems to have done")
_DOING_AUXILIARIES = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "alleged", "said", "to", "seems"}
    | {"seem", "appears", "appear", "believed"}
)


def _states_law(
    after: Sequence[str],
    predicates: _Phrases,
    clause_ends: frozenset[str],
    particular: Callable[[Sequence[str]], bool] | None = None,
) -> bool:
    """Whether the conduct is the subject of a statement of law ("… is a criminal offence",
    "… will not constitute an offence"): a predicate follows with no word that ends the clause
    ("which", "that", "observed") between, so "arrested for sharing CSAM, which is a crime"
    still counts; and, with *particular*, the words before the predicate name no particular
    doer or thing (a court's words of the accused's act: "Circulation of the girl's nude video
    by the accused … would amount to an offence"; review 2027-01-14a H3)."""
    for index in range(len(after)):
        if after[index] in clause_ends:
            return False
        if predicates.at(after, index):
            return particular is None or not particular(after[:index])
    return False


def _in_a_name(
    text: str,
    tokens: list[tuple[int, int, str]],
    index: int,
    sentence_of: list[int],
    sentences: list[tuple[str, tuple[str, ...]]],
    lower_case: dict[int, bool],
) -> bool:
    """Whether the word at *index* is part of a proper name ("Hotel River View"): capitalised,
    not first in its sentence, right after a capitalised word, in a sentence written in lower
    case (a headline in title case, "Man Held For Sharing Clips", is not a name). *lower_case*
    holds what is known of each sentence's case, so each is counted once."""
    if index == 0 or sentence_of[index - 1] != sentence_of[index]:
        return False
    word = text[tokens[index][0] : tokens[index][1]]
    before = text[tokens[index - 1][0] : tokens[index - 1][1]]
    if not (_capitalised(word) and _capitalised(before)):
        return False
    if text[tokens[index - 1][1] : tokens[index][0]] != " ":
        return False
    sentence = sentence_of[index]
    if sentence not in lower_case:
        raw = sentences[sentence][0]
        words: list[str] = [m.group() for m in _TOKEN.finditer(raw) if m.group()[0].isalpha()]
        lower_case[sentence] = sum(1 for w in words if w[0].islower()) * 2 > len(words)
    return lower_case[sentence]


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def _contains(tokens: Sequence[str], phrase: Sequence[str]) -> bool:
    size = len(phrase)
    return any(tuple(tokens[i : i + size]) == tuple(phrase) for i in range(len(tokens) - size + 1))


def _sentence_index(
    text: str, tokens: list[tuple[int, int, str]], low: int, high: int
) -> list[int]:
    bounds = [m.end() for m in _SENTENCE.finditer(text, low, high)]
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


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """*spans* sorted, those that overlap or touch merged into one, as :func:`_within_any`
    needs them."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class Analyzer(
    FrameRules,
    ThreatRules,
    LawRules,
    TopicRules,
    MaterialRules,
    DenialRules,
    TextGates,
):
    """Reads texts against a statute book and a conduct book, with the words of *config*
    (``[analysis]`` in ``data/conduct.toml``); build once (``Catalog.analyzer``), use many
    times. Its rules come from the groups of :mod:`lawref.analysis.english`; its words from
    ``ReaderWords`` (``Analyzer(statutes, book, config)``)."""

    def mentions(
        self,
        text: str,
        day: dt.date,
        acts: Sequence[ActMatch] | None = None,
        low: int = 0,
        high: int | None = None,
    ) -> list[Mention]:
        """Every offending conduct *text* describes, one per phrase."""
        high = len(text) if high is None else high
        tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text, low, high)]
        sentence_of = _sentence_index(text, tokens, low, high)
        sentences = _sentences(text, tokens, sentence_of)
        dropped = {i for i, s in enumerate(sentences) if self._skip_sentence(s)}
        lower_case: dict[int, bool] = {}  # whether a sentence is written in lower case
        # statutory glosses, a page's labelled date ("Uploaded on: 05.12.2025") and its links
        # to other stories ("Also read: Man held for sharing …") are not conduct
        links = self.citations.link_headlines.spans(text, low, high)
        glosses = _merged(
            [
                *self.citations.glosses(text, acts, low, high),
                *self.dates.labelled_spans(text, low, high),
                *links,
            ]
        )
        found: list[Mention] = []
        provisions: dict[str, tuple[str, ...]] = {}
        covered: list[tuple[int, int]] = []
        told: list[tuple[int, int]] = []  # the lexicon's conduct phrases, refused or not
        refused_until = -1
        threat_ends: list[int] = []  # the last word of each threat read, in order
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
                node = (
                    node.children.get(tokens[cursor][2])
                    if cursor < count and sentence_of[cursor] == sentence_of[index]
                    else None
                )  # a phrase never runs across a sentence
            if best is None:
                index += 1
                continue
            last, (conduct, _) = best
            threat_at: int | None = None
            if conduct is not None and (
                self._describes_material(tokens, sentence_of, index, last, conduct)
                or self._generated_kind(text, tokens, sentence_of, index, last, conduct)
            ):
                # "the leaked videos": a thing described, no one's act; a frame may still read
                # across it ("recovered the leaked obscene videos")
                index = last + 1
                continue
            if conduct is not None:
                told.append((index, last))
            if (
                conduct is not None
                and sentence_of[index] not in dropped
                and not within_any(tokens[index][0], glosses)
            ):
                chained = (
                    refused_until >= 0
                    and sentence_of[refused_until] == sentence_of[index]
                    and index - refused_until <= 3
                    and self._coordinated(text, tokens, refused_until, index)
                )
                # "threatened her that he would upload her photos and circulate them": one
                # threat, its second verb no act done
                same_threat = conduct in self.threatened and self._threat_goes_on(
                    text, tokens, sentence_of, threat_ends, index
                )
                threat_at = (
                    self._threat_at(text, tokens, index, sentence_of)
                    if not chained and not same_threat and conduct in self.threatened
                    else None
                )
                if threat_at is not None:
                    # "warned her that he would circulate her photos", "if she did not pay, he
                    # would circulate …": the threat is the conduct (POCSO s.11(v)), said where
                    # the warning is
                    conduct = "sextortion"
                if same_threat:
                    conduct = None
                elif not chained and self._goes_on(tokens, sentence_of, index, last):
                    # "she kept on pleading": no conduct, and nothing after it shares its fate
                    # ("he kept sending obscene videos" is sharing)
                    conduct = None
                elif chained or not self._offending(
                    text, tokens, index, last, conduct, sentence_of
                ):
                    # "no evidence to prove he shared or transmitted …": a word coordinated with
                    # a refused one shares its fate
                    refused_until = last
                    conduct = None
                elif _in_a_name(
                    text, tokens, index, sentence_of, sentences, lower_case
                ) or self._in_a_compound(text, tokens, index, sentence_of):
                    # a word of a name or a modifier: what is coordinated with it is not
                    # refused with it ("stayed at Hotel Sea View and shared videos")
                    conduct = None
            if (
                conduct is not None
                and sentence_of[index] not in dropped
                and not within_any(tokens[index][0], glosses)
            ):
                at, to = (threat_at, threat_at) if threat_at is not None else (index, last)
                found.append(
                    self._mention(text, tokens, sentence_of, at, to, to, conduct, day, provisions)
                )
                if threat_at is not None or (
                    conduct == "sextortion" and tokens[index][2].startswith("threat")
                ):
                    # a threat of what is to come ("threatened to upload", "warned her that he
                    # would …"); not blackmail or extortion done ("was blackmailing the girl and
                    # uploading her videos": the upload is done)
                    threat_ends.append(last)
            if best is not None:
                covered.append((index, last))
            index = last + 1
        framed = self._framed(text, tokens, sentence_of, sentences, covered, told)
        replaced = sorted(
            (tokens[first][0], tokens[last][1])
            for first, last, _, replaces, _, _, _ in framed
            if replaces
        )
        if replaced:
            found = [m for m in found if not within_any(m.start, replaced)]
        for first, last, conduct, replaces, trigger, subject_acts, threat_only in framed:
            if not conduct:
                continue  # a frame that only takes the lexicon's reading away
            if not replaces and within_any(tokens[first][0], replaced):
                # "threatened to make her video viral": the threat is the conduct, not the
                # making viral a frame of its own finds inside it
                continue
            if conduct in self.threatened and self._threat_goes_on(
                text, tokens, sentence_of, threat_ends, first
            ):
                continue  # "threatened to upload her photos and make them viral": one threat
            threat_at = (
                self._threat_at(text, tokens, first, sentence_of)
                if conduct in self.threatened
                else None
            )
            if threat_at is not None:
                # "he would make those viral if she refuses": the threat is the conduct
                conduct, first, last = "sextortion", threat_at, threat_at
                trigger = last
            elif threat_only:
                continue  # "would post it for hearing": a verb read only in a threat
            if (
                sentence_of[first] not in dropped
                and not within_any(tokens[first][0], glosses)
                and self._offending(
                    text, tokens, first, last, conduct, sentence_of, subject_acts=subject_acts
                )
            ):
                found.append(
                    self._mention(
                        text, tokens, sentence_of, first, last, trigger, conduct, day, provisions
                    )
                )
        if self.hindi.present(text, low, high):

            def reaching(conduct: str) -> tuple[str, ...]:
                if conduct not in provisions:
                    provisions[conduct] = tuple(
                        p.id for p in lookup(self.statutes, self.book, conduct, day).provisions
                    )
                return provisions[conduct]

            marathi = self.citations.devanagari.is_marathi(text, low, high)
            found.extend(
                m
                for m in self.hindi.mentions(text, reaching, low, high, marathi)
                if not within_any(m.start, links)  # ("यह भी पढ़ें: …", a link's headline)
            )
        found.sort(key=lambda m: (m.start, m.end))
        pattern = self.identity_word_pattern
        if (self.identity_reveal and pattern is not None and pattern.search(text, low, high)) or (
            self.hindi.present(text, low, high) and self.hindi.reveals_identity(text, low, high)
        ):
            # only a text that writes "identity" at all has a sentence about one disclosed; a
            # mention of its sentence on a child or on sexual material keeps the others ("filmed
            # the 14-year-old and circulated the clip, revealing the survivor's identity")
            on_identity = [self._on_identity(text, m) for m in found]
            # only an act on material releases the sentence ("befriended the girl … and posted
            # her pictures, revealing her identity": grooming keeps no picture)
            on_identity = _released_by_sentence(
                text,
                found,
                on_identity,
                [m.conduct in self.sexual_conducts for m in found],
            )
            found = [m for m, h in zip(found, on_identity, strict=True) if not h]
        return found

    def _on_identity(self, text: str, mention: Mention) -> bool:
        """Whether *mention* is of a child's identity disclosed, not of abuse material: one of
        ``sexual_context_conducts`` acting on nothing or on ``generic_material`` alone, in a
        sentence where one of ``identity_reveal_words`` has one of ``identity_words`` within
        four words after it, or a Hindi one (:meth:`HindiConductReader.reveals_identity`: "पहचान
        उजागर कर दी") (POCSO s.23, not s.15 or IT Act s.67B). The caller keeps it when
        another mention of its sentence counts (:func:`_released_by_sentence`)."""
        if mention.conduct not in self.sexual_conducts:
            return False
        if (
            mention.acts_on is not None
            and mention.acts_on.lower() not in self.generic_material
            and mention.acts_on not in self.hindi.plain
        ):
            return False
        low, high = _sentence_around(text, mention.start, mention.end)
        if self.hindi.present(text, low, high) and self.hindi.reveals_identity(text, low, high):
            # a Hindi mention's material is its noun ("वीडियो"); "अश्लील" may stand before it,
            # or a sexual act be named beside it ("दुष्कर्म किया और उसका वीडियो बनाकर …")
            return not (
                self.hindi.calls_material_sexual(text, low, high)
                or self.hindi.names_sexual_act(text, low, high)
            )
        words = [m.group().lower() for m in _TOKEN.finditer(text, low, high)]
        return any(
            word in self.identity_reveal
            and not self.identity_words.isdisjoint(words[index + 1 : index + 6])
            for index, word in enumerate(words)
        )

    def _mention(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
        trigger_last: int,
        conduct: str,
        day: dt.date,
        provisions: dict[str, tuple[str, ...]],
    ) -> Mention:
        """A mention of *tokens[first..last]* with its evidence: the trigger words, the material
        or child named in it or just after it, the actor named before it (or after it, "by the
        accused") in its sentence, and how sure that makes it."""
        if conduct not in provisions:
            provisions[conduct] = tuple(
                p.id for p in lookup(self.statutes, self.book, conduct, day).provisions
            )
        sentence = sentence_of[first]
        window = self.config.evidence_window
        acts_on = self._find(
            text, tokens, sentence_of, sentence, first, last + 1 + window, self.material
        )
        actor = self._find_before(text, tokens, sentence_of, sentence, first, window + 4)
        if actor is None:
            actor = self._find(
                text, tokens, sentence_of, sentence, last + 1, last + 1 + window, self.actors
            )
        start, end = tokens[first][0], tokens[last][1]
        found = (acts_on is not None) + (actor is not None)
        return Mention(
            start=start,
            end=end,
            text=text[start:end],
            conduct=conduct,
            provisions=provisions[conduct],
            trigger=text[tokens[first][0] : tokens[trigger_last][1]],
            acts_on=acts_on,
            actor=actor,
            confidence=("low", "medium", "high")[found],
        )

    @staticmethod
    def _find(
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        sentence: int,
        low: int,
        high: int,
        phrases: _Phrases,
    ) -> str | None:
        words = [t[2] for t in tokens[low : min(high, len(tokens))]]
        for offset in range(len(words)):
            if sentence_of[low + offset] != sentence:
                break
            size = phrases.length_at(words, offset)
            if size:
                return text[tokens[low + offset][0] : tokens[low + offset + size - 1][1]]
        return None

    def _find_before(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        sentence: int,
        first: int,
        reach: int,
    ) -> str | None:
        low = max(0, first - reach)
        words = [t[2] for t in tokens[low:first]]
        for offset in range(len(words) - 1, -1, -1):
            if sentence_of[low + offset] != sentence:
                break
            size = self.actors.length_at(words, offset)
            if size:
                return text[tokens[low + offset][0] : tokens[low + offset + size - 1][1]]
        return None

    def _goes_on(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int, last: int
    ) -> bool:
        """Whether the conduct word at *first* is one of ``aspect_verbs`` before one of
        ``aspect_followers`` (after "on" or not): "she kept on pleading", "the girl kept refusing"
        say something went on, not that something was kept."""
        if first != last or tokens[first][2] not in self.aspect_verbs:
            return False
        following = first + 1
        if following < len(tokens) and tokens[following][2] == "on":
            following += 1
        return (
            following < len(tokens)
            and sentence_of[following] == sentence_of[first]
            and tokens[following][2] in self.aspect_followers
        )

    def _coordinated(
        self, text: str, tokens: list[tuple[int, int, str]], refused: int, index: int
    ) -> bool:
        """Whether the word at *index* is coordinated with the refused word ending at *refused*:
        only coordinators between ("shared or transmitted"), or one other item of the same list
        ending in a comma ("did not indicate any transmission, propagation, display, or
        distribution")."""
        others = [
            i for i in range(refused + 1, index) if tokens[i][2] not in self.config.coordinators
        ]
        if (
            index == refused + 1
            and tokens[refused][2] in self.config.page_markers
            and not re.search(r"[,/&]", text[tokens[refused][1] : tokens[index][0]])
        ):
            # a word right after with nothing between is none of a list ("ADVERTISEMENT Selling
            # Child Porn On Instagram: …", the page's marker before a headline; review
            # 2027-01-05e H5)
            return False
        if not others:
            return True
        if len(others) > 1:
            return False
        item = others[0]
        return (
            "," in text[tokens[item - 1][1] : tokens[item][0]]
            and "," in text[tokens[item][1] : tokens[item + 1][0]]
        )

    def _skip_sentence(self, sentence: tuple[str, tuple[str, ...]]) -> bool:
        raw, tokens = sentence
        lowered = raw.lower()
        if any(marker in lowered for marker in self.boilerplate):
            return True
        if self.adult.anywhere(tokens):
            return not any(t in self.child for t in tokens)
        return False

    def _adult_material_to_a_class(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        conduct: str,
    ) -> bool:
        """Whether a sharing or an upload at *first* is of sexual material with no child in it
        posted to a class's or a school's group ("The obscene clip was shared on the official
        group of Class 8 students"): the children are its audience, which POCSO s.11(iii) and IT
        Act s.67 reach, not the material's subjects, which abuse material (IT Act s.67B, POCSO
        s.15) needs. Not where a child is named (a child word, ``class_audience_children``, an
        age below eighteen) in its sentence, or in one of the two either side together with the
        material or a victim ("The clips showed the 13-year-old", "The victims are Class 9
        students"; not the audience, "Several Class 7 pupils saw it"), nor where the material is
        said to be of someone ("an obscene video of a classmate"). Reviews 2027-01-05b H6 to
        2027-01-05g H3 drew these lines."""
        if conduct not in ("sharing", "uploading"):
            return False
        sentence = sentence_of[first]
        # (a report's sentence: one of more than 100 words either side is none, which keeps the
        # walk short whatever the text; review 2027-01-05d H4)
        low = high = first
        while low > 0 and sentence_of[low - 1] == sentence:
            low -= 1
            if first - low > 100:
                return False
        while high + 1 < len(tokens) and sentence_of[high + 1] == sentence:
            high += 1
            if high - first > 100:
                return False
        said = [tokens[i][2] for i in range(low, high + 1)]
        if not (self.class_groups.anywhere(said) and any(t in self.class_material for t in said)):
            return False
        if any(
            said[i] in self.depicting and said[i + 1 : i + 2] == ["of"] for i in range(len(said))
        ):
            return False
        if any(t in self.child or t in self.class_children for t in said):
            return False
        if any(
            said[i] in self.class_made
            and any(
                t in self.class_members or t in self.child or t in self.class_children
                for t in said[i + 1 : i + 4]
            )
            for i in range(len(said))
        ):
            return False  # "secretly filmed pupils … and posted the obscene clips"
        if self.child_age.search(text, tokens[low][0], tokens[high][1]) is not None:
            return False
        # the sentences around, two either side (at most 120 words each way)
        for step in (-1, 1):
            at = low if step < 0 else high
            for _ in range(2):
                start = end = at + step
                if not 0 <= start < len(tokens):
                    break
                while (
                    0 <= end + step < len(tokens)
                    and sentence_of[end + step] == sentence_of[start]
                    and abs(end - at) < 120
                ):
                    end += step
                first_word, last_word = min(start, end), max(start, end)
                near = [tokens[i][2] for i in range(first_word, last_word + 1)]
                # a child word, an age or a class by its number (not the group's own, "… on the
                # official group of Class 8 students") …
                aged = (
                    self.child_age.search(text, tokens[first_word][0], tokens[last_word][1])
                    is not None
                )
                a_class = not self.class_groups.anywhere(near) and any(
                    near[k] in self.class_words and near[k + 1][:1].isdigit()
                    for k in range(len(near) - 1)
                )
                child_here = (
                    a_class
                    or any(t in self.child or t in self.class_children for t in near)
                    or aged
                )
                # … with the material or a victim ("seen in it", "seen in the video", not "seen
                # by the students", "seen in the corridor"), or in it ("The girl in it, aged 14";
                # review 2027-01-06 H4, M3)
                about = (
                    any(t in self.depicting or t in self.class_about for t in near)
                    or any(
                        near[k] == "seen" and _in_the_material(near, k + 1, self.depicting)
                        for k in range(len(near) - 2)
                    )
                    or any(
                        (
                            near[k] in self.child
                            or near[k] in self.class_children
                            or near[k] == "old"
                        )
                        and _in_the_material(near, k + 1, self.depicting)
                        for k in range(len(near) - 2)
                    )
                )
                if about and child_here:
                    return False
                # … or a class's members said to be in it ("Pupils seen in the video are from
                # the same school"; review 2027-01-06b H7)
                if any(
                    near[k] in self.class_members
                    and (
                        _in_the_material(near, k + 1, self.depicting)
                        or (near[k + 1] == "seen" and _in_the_material(near, k + 2, self.depicting))
                    )
                    for k in range(len(near) - 2)
                ):
                    return False
                at = end
        return True

    def _offending(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        first: int,
        last: int,
        conduct: str,
        sentence_of: list[int],
        *,
        subject_acts: bool = True,
    ) -> bool:
        """Whether the words at *first*..*last* say an offender did something: not negated,
        not done by a lawful subject (where *subject_acts*, the subject being the doer:
        :meth:`_subject_is`),
        not information passed on to or by an agency, not a topic ("monitors sharing of",
        "warned against viewing", "mere storage"), and not law stated in general ("viewing,
        distributing or storing CSAM is a criminal offence")."""
        config = self.config
        sentence = sentence_of[first]

        def words(low: int, high: int) -> list[str]:
            low, high = max(0, low), min(len(tokens), high)
            return [tokens[i][2] for i in range(low, high) if sentence_of[i] == sentence]

        if conduct != "failure_to_report" and self._negated(text, tokens, first, sentence_of):
            return False
        if self._lacks_setting(text, tokens, sentence_of, first, last, conduct):
            return False
        if self._prohibited(text, tokens, sentence_of, first):
            return False
        if self._echoes_statute(text, tokens, sentence_of, first, last):
            return False
        if self._kinds_of_act(tokens, sentence_of, first):
            return False  # "… regarding publication, transmission, creation, collection …"
        if self._named_as_kinds(text, tokens, sentence_of, first):
            return False  # "… applicable for actions like creating, publishing or …"
        if self._court_holding_law(text, tokens, sentence_of, first):
            return False  # "The court held that viewing such material … would amount to …"
        if self._a_trend(text, tokens, sentence_of, first, last):
            return False  # "… live-streaming of CSAM, online grooming … are on the rise"
        if self._echoes_heading(text, tokens, sentence_of, first, last):
            return False  # "749 cases were registered under publishing or transmitting of …"
        if _byline(text, tokens, first, self.config.byline_verbs):
            return False
        if self._a_ruling_passed(text, tokens, sentence_of, first):
            return False  # "Orders on the bail plea will be passed on Friday"
        if self._adult_material_to_a_class(text, tokens, sentence_of, first, conduct):
            return False  # "The obscene clip was shared on the official group of Class 8 …"
        if self._asked_of_the_law(text, tokens, sentence_of, first):
            return False  # "Is watching child pornography a crime in India?"
        if self._done_from_places(text, tokens, sentence_of, first):
            return False  # "the districts from where such content is being transmitted"
        if tokens[first][2] in self.config.page_markers and _marker_in_running_text(
            text, tokens[first][0], tokens[last][1]
        ):
            return False  # "ADVERTISEMENT Focus on …", "Advertisement Maharashtra: Teacher …"
        if (
            tokens[first][2] in self.config.page_markers
            or not _on_the_first_line(text, tokens[first][0])
        ) and _alone_on_its_line(text, tokens[first][0], tokens[last][1]):
            # "- Advertisement -", "Share": a page's marker or button; a tag, a related topic, a
            # sub-heading ("Tags\nPOCSO\nSextortion"), but not a one-word headline on the
            # text's first line, nor a word said with "!" ("Sextortion!"; reviews 2026-12-13d
            # M3, 2026-12-14e H7)
            return False
        if _byline_name(
            text, tokens[first][0], tokens[last][1], self.config.byline_names
        ) or _byline_name(
            text, tokens[first][0], tokens[last][1], self.config.byline_lead_names, lead_only=True
        ):
            return False
        if subject_acts and (
            (
                conduct not in self.lawful_may
                and self._subject_is(
                    text, tokens, sentence_of, first, self.lawful_agents, self.agencies
                )
            )
            or (
                conduct in self.victim_conducts
                and self._subject_is(
                    text, tokens, sentence_of, first, self.victim_subjects, (), asides=True
                )
            )
            or (
                _present_form(tokens[first][2], self.past_forms)
                and not self._specific_object(tokens, sentence_of, last)
                and self._subject_is(
                    text, tokens, sentence_of, first, self.generic_subjects, (), bare=True
                )
            )
        ):
            return False
        if self._about_offenders_in_general(text, tokens, sentence_of, first, last):
            return False  # "Generally, the abusers … start exchanging their photographs"
        if self._class_by_present_relative(text, tokens, sentence_of, first):
            return False  # "to deal with persons who upload and circulate child pornography"
        if self._about_a_provision(text, tokens, sentence_of, first):
            return False  # "POCSO Section 15 creates a three-tier possession offence"
        if self._defined_term(text, tokens, sentence_of, first):
            return False  # "Cyber grooming: Adults establishing online relationships …"
        if self._requested_by_authority(text, tokens, sentence_of, first):
            return False
        if self._asked_of_a_victim(text, tokens, sentence_of, first, conduct):
            return False  # "asked her to share her photos": her own act
        if self._generic_future(text, tokens, sentence_of, first):
            return False
        after = words(last + 1, last + 1 + config.law_window)
        if self._names_no_material(text, tokens, first, last, sentence_of, after, conduct):
            return False
        if self._depicts_adult(text, tokens, sentence_of, first, last):
            return False
        if conduct in ("sharing", "uploading") and self._own_image_passed_on(
            text, tokens, sentence_of, first, last
        ):
            return False  # "she shared a few photographs of herself"
        if conduct not in self.lawful_may and self._nominal_done_by_lawful_agent(
            text, tokens, sentence_of, last
        ):
            return False  # "Forwarding of the clips by the police to the accused's lawyer"
        if conduct in self.victim_conducts and self._posted_by_a_victim(
            text, tokens, sentence_of, last
        ):
            return False  # "photos posted by the victim on her Instagram account"
        if conduct in self.person_conducts and self._done_to_a_child(
            text, tokens, sentence_of, first, last
        ):
            return False
        clause: list[str] = []
        for i in range(last + 1, min(len(tokens), last + 1 + config.law_window)):
            gap = text[tokens[i - 1][1] : tokens[i][0]]
            if sentence_of[i] != sentence or any(mark in gap for mark in ",;:()"):
                break
            clause.append(tokens[i][2])
        if conduct != "failure_to_report" and _recipient_is_agency(
            clause, config.recipient_window, self.recipients, self.agencies
        ):
            return False
        before = words(first - config.topic_window, first)
        if (
            self.topic_cues.anywhere(before)
            and not self._charged_with(text, tokens, sentence_of, first, before)
            and not self._related_phrase_is_subject(before)
            # (not a particular act the topic names: "The complaints typically include the
            # uploading of the girl's nude video by her former classmate"; review 2027-01-14a M1)
            and not self._names_a_particular(clause)
            and not self._minimised_act(text, tokens, first)
        ):
            return False
        if self._near_topic(text, tokens, sentence_of, first):
            return False
        if self._quoted_term(text, tokens, first, last):
            return False  # "the interpretation of “possession” under Section 15"
        if self._in_topic_list(text, tokens, sentence_of, first):
            return False  # "topics such as safe and unsafe touch, …, grooming, and …"
        if self.punishment_cues.anywhere(before) and not self._punished_act(
            text, tokens, sentence_of, first, last
        ):
            return False  # "the punishment for sharing child pornography is …": law
        if self._in_scope_of_cue(text, tokens, first, sentence_of, conduct):
            return False
        if self._befalls_anyone(text, tokens, sentence_of, first):
            return False
        if self._denied_by_cue(text, tokens, sentence_of, first):
            return False
        if _counted_by_origin(before[-2:], after[:4], config, self.material):
            return False
        if self._cases_counted_for(text, tokens, sentence_of, first):
            return False
        if self._counted_cases_of(tokens, sentence_of, first):
            return False
        if self._kinds_of_cases(text, tokens, sentence_of, first):
            return False  # "There are cases of cyber stalking, morphing videos … and sharing …"
        if (
            (first == 0 or sentence_of[first - 1] != sentence)
            and after[:1]
            and after[0] in self.general_verbs
            and not any(w in self.child_words for w in after)
        ):
            return False  # "Morphing has become a child's play": the conduct in general
        if self._gerund_in_general(text, tokens, sentence_of, first):
            return False  # "Sharing such clips victimises the children repeatedly"
        if self._cleft_law(tokens, sentence_of, first):
            return False  # "It's not just spreading obscene videos … that's a crime"
        if (
            before[-2:] in (["act", "of"], ["acts", "of"])
            and before[-3:-2] in (["s"], ["his"], ["her"], ["their"])
            and not (
                any(w in self.generic_possessors for w in before[-4:-2])
                # "the accused person's act", "their act" said of the accused: a doer's (review
                # 2026-12-10b M9)
                and set(self.config.topic_list_doers).isdisjoint(before[:-2])
            )
        ):
            return True  # "the accused's act of recording … constitutes a crime": his act
        # the law's predicate in the conduct word's own clause, not past a ";" ("He shared …
        # on Telegram; the prosecution argued this constitutes a crime"; review 2026-12-09a M6)
        clause_after = after
        for i in range(last + 1, min(len(tokens), last + 1 + len(after))):
            if ";" in text[tokens[i - 1][1] : tokens[i][0]]:
                clause_after = after[: i - last - 1]
                break
        if _past_finite(
            text,
            tokens,
            sentence_of,
            first,
            self.past_forms,
            self.finite_doer_words,
            self.subject_words,
        ):
            # "The accused shared the video of the minor and it is also a punishable offence":
            # a past act told, then the law said of it; the act stays (review 2026-12-13b H5)
            return True
        return not _states_law(
            clause_after, self.law_predicates, self.clause_ends, self._names_a_particular
        )

    def _names_a_particular(self, said: Sequence[str]) -> bool:
        """Whether the words *said* between a conduct word and a law's predicate name the
        report's own doer (``particular_doers``): "by" and one within four words after "the",
        "this" or a possessive ("by the accused", "by the 19-year-old accused", "by her former
        classmate"; not "by students", "by another person", "by minors", "by him", said in a
        provision's words of anyone), or "as" and one before "did", "has done" or "had done"
        ("as the accused did", "as he has done"; not "as the petitioner has argued", "as they
        do"); reviews 2027-01-14a H3, 2027-01-14c H1, H2, 2027-01-14e H2, H3. Stops at a
        relative or a clause's end."""
        doers = self.particular_doers
        for k, word in enumerate(said):
            if word in _RELATIVES or word in self.clause_ends:
                return False  # "… material that are furnished to State CID by the NCRB"
            following = list(said[k + 1 : k + 6])
            if word == "by" and following and following[0] in _PARTICULAR_DETERMINERS:
                for at in range(1, min(5, len(following))):
                    if following[at] in doers:
                        # not a doer "of a"/"of any" one ("by the tutor of any student")
                        if following[at + 1 : at + 3] in (["of", "a"], ["of", "an"], ["of", "any"]):
                            break
                        return True  # "by the accused", "by her former classmate"
            if word == "as" and following:
                at = 1 if following[0] == "the" else 0
                if at < len(following) and following[at] in ("two", "both", "three", "all"):
                    at += 1  # "as the two accused did"
                if at < len(following) and (
                    following[at] in doers
                    or following[at].removesuffix("s") in doers
                    or following[at] in _DOING_PRONOUNS
                ):
                    rest = [
                        w for w in said[k + 2 + at : k + 9 + at] if not w.endswith("ly")
                    ]  # "as the accused allegedly did", "had reportedly done"
                    while rest and rest[0] in _DOING_AUXILIARIES:
                        rest = rest[1:]  # "has", "is alleged to have", "seems to have"
                    if rest[:1] in (["did"], ["done"]):
                        return True
        return False

    @cached_property
    def punishments(self) -> PunishmentReader:
        """The reader of the punishments a text states, with the words of the config."""
        config = self.config
        return PunishmentReader(
            config.punishment_words,
            config.devanagari.punishment_words,
            ConvictionTiers(
                config.first_conviction_words,
                config.subsequent_conviction_words,
                config.devanagari_tier_cues,
                config.devanagari_tier_not_between,
                config.devanagari_tier_conditions,
            ),
            config.bill_words,
            config.devanagari,
            config.payers,
            config.scam,
            ProposalWords(
                config.proposal_words,
                config.proposal_not_before,
                config.proposal_not_between,
                config.proposal_to_verbs,
            ),
            config.executive,
            config.sentences,
            config.cross_references,
            config.booking_words,
            config.booking_not_after,
            config.booking_relatives,
        )

    @cached_property
    def dates(self) -> DateReader:
        """The reader of a report's own date, with the labels and agencies of the config and
        the commencement of the Acts the text names (:meth:`law_named`)."""
        config = self.config
        return DateReader(
            config.date_labels,
            config.news_agencies,
            config.statement_verbs,
            config.statement_words,
            config.metadata_labels,
            law_named=self.law_named if config.dating_acts else None,
            law_repealed_named=self.law_repealed_named if config.ceiling_acts else None,
            event_named=self.event_named if config.dated_events else None,
            hindi_statement_verbs=config.hindi_statement_verbs,
            hindi_statement_words=config.hindi_statement_words,
            clause_heads=config.dateline_clause_heads,
            update_labels=config.date_update_labels,
        )

    @cached_property
    def _dating_acts(self) -> dict[str, tuple[dt.date, str]]:
        """Each of the config's ``dating_acts`` → the day it came into force and its title,
        from the Act's or the procedure Code's data."""
        known = {act.id: (act.in_force_from, act.title) for act in self.statutes.acts}
        known.update(
            (code.id, (code.in_force_from, code.title)) for code in self.statutes.procedure.codes
        )
        return {act: known[act] for act in self.config.dating_acts if act in known}

    @cached_property
    def _ceiling_acts(self) -> dict[str, tuple[dt.date, str]]:
        """Each of the config's ``ceiling_acts`` → the day it was repealed and its title, from
        the Act's or the procedure Code's data (an Act with no repeal recorded is left out)."""
        known: dict[str, tuple[dt.date, str]] = {
            act.id: (act.repealed_on, act.title)
            for act in self.statutes.acts
            if act.repealed_on is not None
        }
        known.update(
            (code.id, (code.repealed_on, code.title))
            for code in self.statutes.procedure.codes
            if code.repealed_on is not None
        )
        return {act: known[act] for act in self.config.ceiling_acts if act in known}

    def event_named(self, text: str) -> tuple[dt.date, str, str] | None:
        """The latest day one of the config's ``dated_events`` named in *text* began, with what
        it is and the words that name it: a yearless dateline is placed on or after it."""
        best: tuple[dt.date, str, str] | None = None
        for event, pattern in self._event_patterns:
            found = pattern.search(text)
            if found is not None and (best is None or event.began > best[0]):
                best = (event.began, event.event, found.group())
        return best

    @cached_property
    def _event_patterns(self) -> tuple[tuple[DatedEvent, re.Pattern[str]], ...]:
        """Each of the config's ``dated_events`` with one pattern of its words."""
        return tuple((event, _words_pattern(event.words)) for event in self.config.dated_events)

    def law_repealed_named(self, text: str) -> tuple[dt.date, str, str] | None:
        """The earliest day one of the config's ``ceiling_acts`` named in *text* as law was
        repealed, with its title and the words that name it: read as :meth:`law_named` reads
        its Acts (beside a word of its use, not in a draft's sentence). The date reader uses it
        only when the text names none of ``dating_acts`` as law."""
        return self._named_as_law(
            text,
            self._ceiling_acts,
            latest=False,
            charge=self._charge_words,
            former=self._former_law_words,
        )

    @cached_property
    def _charge_words(self) -> re.Pattern[str]:
        """One of ``ceiling_charge_words``: a charge under the Act named ("booked", "दर्ज")."""
        return _words_pattern(self.config.ceiling_charge_words)

    @cached_property
    def _former_law_words(self) -> re.Pattern[str]:
        """One of ``former_law_words``: the Act named as the law before ("earlier", "now")."""
        return _words_pattern(self.config.former_law_words)

    def law_named(self, text: str) -> tuple[dt.date, str, str] | None:
        """The latest day one of the config's ``dating_acts`` named in *text* as law came into
        force, with the Act's title and the words that name it: a report that charges under such
        an Act was written no earlier (a yearless dateline, or a text that names only earlier
        dates, is placed on or after it). The name counts only beside a word of its use
        (``law_use_words``: "booked under the BNS", "Section 64 of the BNS", "बीएनएस की धारा
        64"), and not in a sentence with one of ``draft_words``, which make it a Bill or a law to
        come ("the Lok Sabha passed the Bharatiya Nyaya Sanhita", "the BNS, which takes effect
        on July 1")."""
        if self._dating_names.search(text) is None:
            return None  # most texts name no such Act: one scan decides
        return self._named_as_law(text, self._dating_acts, latest=True)

    def _named_as_law(
        self,
        text: str,
        acts: dict[str, tuple[dt.date, str]],
        *,
        latest: bool,
        charge: re.Pattern[str] | None = None,
        former: re.Pattern[str] | None = None,
    ) -> tuple[dt.date, str, str] | None:
        """Of *acts* (id → a day and a title) named in *text* as law, the one with the latest
        day (or, with *latest* false, the earliest), with the words that name it; with
        *charge*, only in a sentence with one of its words, and with *former*, not in one with
        one of its words ("earlier punishable under Section 292 of the IPC": review 2026-12-15c
        F2)."""
        best: tuple[dt.date, str, str] | None = None
        for start, end, name in self.citations.acts_in(text):
            found = acts.get(name.act)
            if found is None or (
                best is not None and (found[0] <= best[0] if latest else found[0] >= best[0])
            ):
                continue
            low, high = _sentence_around(text, start, end, _LAW_SENTENCE_MARK)
            used = self._law_use.search(text, max(low, start - _USE_BEFORE), start) or (
                self._law_use.search(text, end, min(high, end + _USE_AFTER))
            )
            if used is None:
                continue
            if charge is not None and charge.search(text, low, high) is None:
                continue
            if former is not None and former.search(text, low, high) is not None:
                continue
            if charge is not None and (
                _NEGATED_BEFORE.search(text, max(low, start - 60), start)
                or (
                    _NO_RIGHT_BEFORE.search(text, max(low, start - 12), start)
                    and _DENIED_AFTER.match(text, end, min(high, end + 50))
                )
            ):
                # "Police have not invoked any IPC section", "No IPC sections were invoked"
                # (reviews 2026-12-16a M-a, 16d M-d)
                continue
            if self._draft_pattern.search(text, low, high) is None:
                best = (*found, text[start:end])
        return best

    @cached_property
    def _dating_names(self) -> re.Pattern[str]:
        """Any word of a name of the config's ``dating_acts``, English or Devanagari: a cheap
        first test."""
        dating = set(self.config.dating_acts)
        names = {core for core, name in self.citations.act_names.items() if name.act in dating}
        names.update(
            name
            for act, listed in self.config.devanagari.act_names.items()
            if act in dating
            for name in listed
        )
        words = sorted({w for name in names for w in name.split() if len(w) > 2}, key=len)
        return re.compile("|".join(map(re.escape, reversed(words))) or "(?!)", re.IGNORECASE)

    @cached_property
    def _law_use(self) -> re.Pattern[str]:
        """One of ``law_use_words``: Latin ones as words of their own, Devanagari ones not
        inside a longer Devanagari word."""
        return _words_pattern(self.config.law_use_words)

    def law_to_come(self, text: str, start: int, end: int) -> bool:
        """Whether the text speaks of the law named from *start* to *end* as law to come, for
        law not yet begun on the day read: one of ``draft_words`` ("a Bill", "passed by
        Parliament", "comes into force"), ``future_words`` ("will be punishable") or
        ``to_come_forms`` ("दर्ज किया जाएगा") in its sentence, or one of ``to_come_words``
        ("the new code proposes", "an Ordinance") in it or in one of the two sentences before
        (reviews 2026-12-25a H4, 25c H1, 26a M1: "Parliament cleared the three criminal law
        Bills. Under Section 294 of the Bharatiya Nyaya Sanhita, …")."""
        low, high = _sentence_around(text, start, end, _LAW_SENTENCE_MARK)
        if any(
            pattern.search(text, low, high) is not None
            for pattern in (self._draft_pattern, self._future_pattern, self._to_come_forms)
        ):
            return True
        counted = skipped = 0
        while counted < 2:
            if low <= 0:
                break
            # the sentence before, passing over blank lines (a paragraph's break), not a line
            # with no stop or colon at its end: a headline ("NEW LAW TO PUNISH STALKING" above
            # the dateline; review 2026-12-26b M6; "The new offences:" opens a list, 26c H3)
            before = low
            while before > max(0, low - 200) and text[before - 1].isspace():
                before -= 1  # (bounded: no copy of the text before it)
            if before <= 0 or text[before - 1] not in ".!?:\u0964\"'\u201d":
                break
            low, _end = _sentence_around(text, before - 1, before - 1, _LAW_SENTENCE_MARK)
            # the lines of a list count as one sentence with the line that opens it ("The new
            # offences:\n- Stalking …\n- Voyeurism …"; review 2026-12-26d H2)
            if list_item_at(text, low) and skipped < 12:
                skipped += 1
                continue
            counted += 1
        return self._to_come_pattern.search(text, low, high) is not None

    @cached_property
    def _to_come_forms(self) -> re.Pattern[str]:
        """One of ``to_come_forms`` as words of their own."""
        return _words_pattern(self.config.to_come_forms)

    @cached_property
    def _to_come_pattern(self) -> re.Pattern[str]:
        """One of ``to_come_words`` as words of their own."""
        return _words_pattern(self.config.to_come_words)

    @cached_property
    def _future_pattern(self) -> re.Pattern[str]:
        """One of ``future_words`` as words of their own."""
        return _words_pattern(self.config.future_words)

    @cached_property
    def _draft_pattern(self) -> re.Pattern[str]:
        """One of ``draft_words`` as words of their own."""
        return _words_pattern(self.config.draft_words)

    def read_date(self, text: str, today: dt.date) -> ReadDate | None:
        """The date *text* gives itself, stated or inferred (see :mod:`lawref.analysis.dates`);
        never after *today*."""
        return self.dates.read(text, today)
