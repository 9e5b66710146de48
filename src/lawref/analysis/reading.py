"""Reading a whole report: its date first, then its conduct, statute references and stated
punishments stretch by stretch, gathered into one :class:`~lawref.analysis.models.Analysis`.

A text in memory (``analyze``) and a file read as a stream of bytes (``analyze_stream``)
go through the same steps with the same stretches (:mod:`lawref.analysis.stretches`), so they
give the same answer. What is held at a time is one stretch and the answer; the answer lists at
most ``LISTED`` mentions, statute references and stated punishments and counts the rest
(``mentions_not_listed`` …), while the summary counts them all. Memory is therefore bounded
whatever the length of the text (docs/analysis.md#reading-at-scale).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Generator
from contextlib import AbstractContextManager, closing
from typing import IO, Literal, NamedTuple, TypeVar

from lawref.analysis import stretches
from lawref.analysis.citations import Anaphora
from lawref.analysis.furniture import unmarked_teasers
from lawref.analysis.models import (
    Analysis,
    DaySource,
    Mention,
    SentenceWords,
    StatedPunishment,
    StatuteReference,
)
from lawref.analysis.reader import Analyzer
from lawref.analysis.references.helpers import within_any
from lawref.analysis.summary import Tally

LISTED = 10_000
"""The most mentions (and, each, statute references and stated punishments) an answer lists;
the rest are counted. No report comes near it; a text that does is not one report."""

Stretches = Callable[[], Generator[tuple[int, str]]]
"""Something that yields a text's stretches (offset, words) afresh each time it is called."""

_Spanned = TypeVar("_Spanned", Mention, StatuteReference, StatedPunishment)

_DEVANAGARI = re.compile("[\u0900-\u097f]")
# every byte but the Latin letters A-Z and a-z: deleted from a text's ASCII to count its letters
_NOT_LATIN = bytes(c for c in range(256) if not (65 <= c <= 90 or 97 <= c <= 122))


def _latin_letters(text: str) -> int:
    """How many of *text*'s characters are the Latin letters A-Z and a-z (counted in C: its
    ASCII, those bytes kept)."""
    return len(text.encode("ascii", "ignore").translate(None, _NOT_LATIN))


def analyze(analyzer: Analyzer, text: str, as_of: dt.date | None = None) -> Analysis:
    """Read *text*: the conduct it describes and the laws it names, with exact spans, mapped to
    the law in force on *as_of* — given, or else the date the text states, or else today."""
    if not isinstance(text, str):
        from lawref.errors import LawrefError

        raise LawrefError(f"analyze reads text (str), not {type(text).__name__}")

    def each() -> Generator[tuple[int, str]]:
        yield from stretches.text_stretches(text, stretches.CHUNK, analyzer.citations.act_pattern)

    return _read(analyzer, each, as_of)


def analyze_stream(
    analyzer: Analyzer,
    open_stream: Callable[[], AbstractContextManager[IO[bytes]]],
    as_of: dt.date | None = None,
) -> Analysis:
    """Read the UTF-8 text *open_stream* gives (undecodable bytes replaced) as :func:`analyze`
    reads it, without holding it: once for its date (unless *as_of* is given), once for the
    rest. *open_stream* opens the text afresh each time it is called."""

    def each() -> Generator[tuple[int, str]]:
        with open_stream() as stream:
            yield from stretches.stream_stretches(
                stream, stretches.CHUNK, analyzer.citations.act_pattern
            )

    return _read(analyzer, each, as_of)


def _read(analyzer: Analyzer, each: Stretches, as_of: dt.date | None) -> Analysis:
    from lawref import clock

    quote = note = None
    source: Literal["given", "text", "inferred", "today"]
    if as_of is not None:
        day, source = analyzer.statutes.check_date(as_of), "given"
    else:
        scan = analyzer.dates.scan(clock.today())
        with closing(each()) as parts:
            for _, words in parts:
                scan.feed(_as_read(words, _UNSEEN_ONLY)[0])
                if scan.decided:
                    break
        read = scan.result()
        if read is not None:
            day, quote, source, note = read.day, read.quote, read.source, read.note
        else:
            day, source = clock.today(), "today"
    answer = _Answer(analyzer, day, source)
    with closing(each()) as parts:
        for offset, words in parts:
            answer.add(offset, words)
    answer.finish()
    return Analysis.model_construct(
        as_of=day,
        as_of_source=source,
        as_of_quote=quote,
        as_of_note=note,
        mentions=tuple(answer.mentions),
        statute_references=tuple(answer.references),
        summary=answer.tally.summary(analyzer.statutes, analyzer.book, day, answer.source),
        reviewed_on=analyzer.statutes.reviewed_on,
        stated_punishments=tuple(answer.stated),
        mentions_note=answer.note,
        mentions_not_listed=answer.not_listed[0],
        statute_references_not_listed=answer.not_listed[1],
        stated_punishments_not_listed=answer.not_listed[2],
    )


_RUN_IN_PRONOUN = re.compile(r"\b(?:him|her|them|his|he|she|they)\b", re.IGNORECASE)


def _in_a_link(text: str, at: int, links: list[tuple[int, int]]) -> bool:
    """Whether *at* falls in a marked link's span (sorted, not overlapping) with no pronoun
    between the span's start and *at* (which would show the report's own sentence run in)."""
    index = bisect.bisect_right(links, (at, len(text) + 1)) - 1
    if index < 0 or not links[index][0] <= at < links[index][1]:
        return False
    return _RUN_IN_PRONOUN.search(text, links[index][0], at) is None


class _Answer:
    """The answer as it grows, a stretch at a time: the listed findings with their offsets in
    the whole text, the counts of those not listed, the summary's tally and the Act a later
    "the said Act" refers back to. Mentions that count only if the text turns out to speak of
    a sexual act or material (``Analyzer.held_back``) are held apart until its end."""

    def __init__(self, analyzer: Analyzer, day: dt.date, source: DaySource = "given") -> None:
        self.analyzer = analyzer
        self.day = day
        self.source = source
        """Where *day* came from (``Analysis.as_of_source``)."""
        self.mentions: list[Mention] = []
        self.references: list[StatuteReference] = []
        self.stated: list[StatedPunishment] = []
        self.not_listed = [0, 0, 0]
        self.tally = Tally()
        self.anaphora = Anaphora()
        self.names_child = False
        self.names_sexual = False
        self.held: list[Mention] = []
        self.held_not_listed = 0
        self.held_tally = Tally()
        self.discloses_identity = False
        self.adult_material = False
        self.child_material = False
        self.note: str | None = None
        self.case_told = False
        self.devanagari = 0
        self.latin = 0
        self.length = 0

    def add(self, offset: int, text: str) -> None:
        """Read one stretch that starts *offset* characters into the text. A stretch with
        CRLF line ends is read with LF ones, and one with soft hyphens or zero-width spaces
        without them (:func:`_as_read`); what is found in it is placed and quoted in the
        stretch as written (:func:`_restored`)."""
        analyzer, day = self.analyzer, self.day
        written = text
        copy = _as_read(text)
        text = copy.text
        unwrapped = _unwrapped(text, analyzer.config.sentences)
        restore = bool(copy.removed) or bool(copy.joined) or unwrapped is not text
        text = unwrapped
        # (characters as a reader counts them: a CRLF file is no longer than its LF copy)
        self.length += len(text) - text.count("\r")
        self.case_told = self.case_told or analyzer.tells_of_a_case(text)
        self.devanagari += len(_DEVANAGARI.findall(text))
        self.latin += _latin_letters(text)
        acts = analyzer.citations.acts_in(text)
        mentions = analyzer.mentions(text, day, acts)
        refs = analyzer.citations.references(text, day, acts, anaphora=False)
        refs = analyzer.citations.anaphora(text, refs, acts, day, self.anaphora)
        refs = analyzer.citations.paired_respectively(text, refs, acts, day)
        refs = analyzer.citations.parts_named_before(text, refs, acts, day)
        refs = analyzer.citations.unplaced_past_last(text, refs)
        refs = analyzer.citations.with_articles(text, refs)
        stated = analyzer.punishments.read(text, refs, analyzer.statutes, day, self.source)
        if stated:
            # a punishment in a title-case teaser of another story is that story's ("… police
            # custody. Tutor Gets Twenty Years In Jail For Filming Minor Student In Pune."; review
            # 2027-01-12a H7); not a marked link's run-in span, which may hold the report's own
            # next sentence (review 2027-01-12c H3)
            teasers = unmarked_teasers(text)
            if teasers:
                stated = [p for p in stated if not within_any(p.start, teasers)]
            # … and in a marked link ("Also read: Man gets 10 years …"), unless a pronoun before
            # the statement in the link's span shows the report's own sentence run in ("Also
            # read: Tutor held in Kota A special POCSO court … sentenced him to 20 years";
            # reviews 2027-01-12c H3, 12e H1)
            links = analyzer.citations.link_headlines.spans(text)
            if links:
                stated = [p for p in stated if not _in_a_link(text, p.start, links)]
        if mentions and stated:
            # conduct a punishment of the law is stated for, in the same sentence, is law
            flags = analyzer.stated_as_law(text, mentions, stated)
            mentions = [m for m, law in zip(mentions, flags, strict=True) if not law]
        if mentions:
            # "Example 1: … A shopkeeper sells obscene magazines to a minor": made up
            flags = analyzer.in_examples(text, mentions)
            mentions = [m for m, made_up in zip(mentions, flags, strict=True) if not made_up]
        if mentions:
            # a term's gloss in a bulleted list of what the law makes an offence
            flags = analyzer.glossed_terms(text, mentions)
            mentions = [m for m, gloss in zip(mentions, flags, strict=True) if not gloss]
        self.names_child = self.names_child or analyzer.names_child(text, refs)
        self.names_sexual = self.names_sexual or analyzer.names_sexual(text, refs)
        self.discloses_identity = self.discloses_identity or analyzer.discloses_identity(text, refs)
        self.child_material = self.child_material or analyzer.names_child_material(text, refs)
        # a child's material named anywhere opens the gate whatever adults' pictures there are
        self.adult_material = self.adult_material or (
            not self.child_material and analyzer.names_adult_material(text)
        )
        if self.discloses_identity and mentions:
            # a text about a child's identity disclosed (so far): plain material in a sentence
            # with no sexual act is that disclosure, not abuse material
            flags = analyzer.identity_held(text, mentions)
            if any(flags):
                mentions = [m for m, h in zip(mentions, flags, strict=True) if not h]
                self.note = self.note or (
                    "the text speaks of a child's identity disclosed (POCSO s.23), so conduct "
                    "words on plain photos, videos or posts, where no sexual act is named beside "
                    "them, are read as that disclosure, not as abuse material"
                )
        if mentions and not (self.names_sexual and self.child_material):
            # held until the end: they count only if the text speaks of a sexual act or
            # material, and not only of adults' pictures (once it names both a sexual act and a
            # child's material, they count as they come)
            flags = analyzer.held_back(text, mentions)
            held = [m for m, h in zip(mentions, flags, strict=True) if h]
            mentions = [m for m, h in zip(mentions, flags, strict=True) if not h]
            self.held_tally.add(held, (), (), offset)
            room = max(0, LISTED - len(self.held))
            self.held_not_listed += max(0, len(held) - room)
            if restore:
                held = [_restored(m, copy, written) for m in held]
            self.held.extend(m if offset == 0 else _shifted(m, offset) for m in held[:room])
        self.tally.add(
            mentions,
            refs,
            stated,
            offset,
            law_to_come=lambda ref: analyzer.law_to_come(text, ref.start, ref.end),
        )
        if restore:
            mentions = [_restored(m, copy, written) for m in mentions]
            refs = [_restored(r, copy, written) for r in refs]
            stated = [_restored(p, copy, written) for p in stated]
        self._list(self.mentions, mentions, offset, 0)
        self._list(self.references, refs, offset, 1)
        self._list(self.stated, stated, offset, 2)

    def finish(self) -> None:
        """Settle the mentions held back (:meth:`_settle`), then those of a text that tells of
        no particular case (:meth:`_in_general`)."""
        self._settle()
        self._in_general()

    def _in_general(self) -> None:
        """In a text of ``case_gate_chars`` or more that tells of no particular case (no arrest,
        booking, accused, court process or complaint, ``case_words``, and no person named by
        age: ``Analyzer.tells_of_a_case``), drop the mentions with no doer found: an explainer's
        or an awareness piece's "gangs record the victims and threaten to share the clips" speaks
        of offending in general, not of an offence the text reports (issue #13); so are those
        whose doer is people in general ("what they share online": ``case_gate_general_doers``).
        Mentions with a doer named otherwise ("she sent him photos") stay. Only in English: not
        applied to a text a fifth or more of whose letters are Devanagari (its case words are not
        English ones), nor to one with mentions beyond those listed, whose count could not be
        narrowed."""
        config = self.analyzer.config
        if (
            self.case_told
            or self.devanagari * 4 > self.latin  # a report in Devanagari, in good part
            or self.length < config.case_gate_chars
            or self.not_listed[0]
        ):
            return
        general = {w.lower() for w in config.case_gate_general_doers}
        kept = [m for m in self.mentions if m.actor is not None and m.actor.lower() not in general]
        if len(kept) == len(self.mentions):
            return
        self.mentions = kept
        self.tally.recount(kept)
        self.note = self.note or (
            "the text tells of no particular case: it names no arrest, booking, accused, court "
            "process, complaint or person by age, so conduct words in it with no doer found are "
            "read as said of offending in general, not as offences it reports"
        )

    def _settle(self) -> None:
        """Drop every mention of a text that never says it is about a child: conduct words
        there ("circulated her video", "recorded the clip") are not offences against children,
        which is all lawref maps (issue #13: a mention counts only when done to abuse material
        or to a child). In a text about a child, the mentions held back count if the text
        speaks of a sexual act or material somewhere and does not say that its pictures are
        all adults' ("a nude video of a woman", with no picture of a child, no child abuse
        material and no provision on it named: IT Act s.67B reaches only material of a child);
        else they are dropped, and the note says why."""
        if not self.names_child and (self.tally.conducts or self.held_tally.conducts):
            self.note = (
                "the text names no child, no child sexual abuse material and no provision about "
                "children (POCSO Act, IT Act s.67B), so its conduct words are not read as "
                "offences against children"
            )
            self.mentions.clear()
            self.not_listed[0] = 0
            self.tally.conducts.clear()
            self.tally.sure.clear()
            return
        if not self.held_tally.conducts:
            return
        adults_only = self.adult_material and not self.child_material
        if self.names_sexual and not adults_only:
            self.tally.merge(self.held_tally)
            merged = sorted([*self.mentions, *self.held], key=lambda m: (m.start, m.end))
            self.not_listed[0] += self.held_not_listed + max(0, len(merged) - LISTED)
            self.mentions = merged[:LISTED]
        elif self.names_sexual:
            self.note = self.note or (
                "the text says its pictures or videos are of adults ('a video of a woman') and "
                "names none of a child, so conduct words on material it does not call a "
                "child's ('the video', 'photos') are read as about that material, not as "
                "offences about abuse material"
            )
        else:
            self.note = (
                "the text names no sexual act, no sexual material and no provision about one, "
                "so conduct words on material it does not call sexual ('videos', 'photos') or "
                "on none, and not on a child, are not read as offences about abuse material"
            )

    def _list(self, kept: list[_Spanned], found: list[_Spanned], offset: int, kind: int) -> None:
        room = max(0, LISTED - len(kept))
        self.not_listed[kind] += max(0, len(found) - room)
        for item in found[:room]:
            kept.append(item if offset == 0 else _shifted(item, offset))


_UNSEEN = "\r+(?=\n)|[\u00ad\u200b\u2060\ufeff]"
# a PDF's padding: the second and third space of a run of two or three between words, spaces at
# a line's end, a line's indent
_PADDING = (
    "(?<=[^ \t\u00a0\n][ \u00a0])[ \u00a0]{1,2}(?![ \t\u00a0])"
    "|(?<![ \t\u00a0])[ \t\u00a0]+(?=\r*\n)|(?<=\n)[ \t\u00a0]+"
)
# Devanagari vowel signs typed as two where one is meant, which look the same on a page:
# "फाेटाे" (the sign of ā, then of e) for "फोटो", "माॅर्फ" for "मॉर्फ", "पाेक्साे" for "पोक्सो", "अाणि"
# for "आणि" (survey of unseen Hindi and Marathi reports, 2027-01-09: mymarathi.net). No
# consonant carries two vowel signs, so the pair is always the one. (And Marathi's short "e"
# with a candra, "ऍक्ट", "ऍप", as its "a" with one, "ॲक्ट": one for one; belgaumlive.com, the
# same survey.)
_RECOMPOSED = {
    "\u090d": "\u0972",
    "\u093e\u0945": "\u0949",
    "\u093e\u0947": "\u094b",
    "\u093e\u0948": "\u094c",
    "\u0905\u093e": "\u0906",
}
_UNREAD = re.compile("|".join((_UNSEEN, _PADDING, *_RECOMPOSED)))
"""What a stretch is read without, or with one character for two: the CR of a CRLF line end
(or the CRs of a CR CR LF one, review 2027-01-08 L4); the characters a reader does not see: a
soft hyphen, a zero-width space, a word joiner and a byte order mark (not the zero-width joiner
and non-joiner, which Devanagari spells with); the white space a copy from a PDF or a court
order pads with: the second and third space of a run of two or three between words ("for 5
years" with three spaces), spaces at a line's end and a line's indent ("for 5", a line break,
"    years"), which the readers, allowing one character of white space between words, read as
no words between (review 2027-01-09 G1); and a vowel sign typed as two
(:data:`_RECOMPOSED`). A longer run of spaces or a tab between words stays: it parts a table's
columns ("67B IT Act         5 years RI" named no s.5; review 2027-01-09b F2). Each run is
matched from its first or second character only (the look-behinds, a bounded count): linear.
A mention's evidence words (``trigger``, ``acts_on``, ``actor``) are the copy's; its ``text``
and offsets are the text's."""
_UNSEEN_ONLY = re.compile(_UNSEEN)
"""What the date reader reads a stretch without: only the characters a reader does not see
(:data:`_UNREAD` less the padding and the vowel signs), so that the dateline it quotes keeps
its spaces as written."""


class _Copy(NamedTuple):
    """A stretch as the readers read it (:func:`_as_read`), with where its characters stood in
    the stretch as written."""

    text: str
    removed: list[int]
    """Where each left-out character stood in the copy: before the character at that index."""
    joined: list[int]
    """The index in the copy of each character that stands for two written ones (a vowel sign
    typed as two, :data:`_RECOMPOSED`; one that stands for another is in neither list)."""


def _as_read(text: str, unread: re.Pattern[str] = _UNREAD) -> _Copy:
    """*text* without what *unread* (:data:`_UNREAD` unless given) matches, a pair of vowel
    signs typed for one read as that one (:data:`_RECOMPOSED`), and where each left-out
    character stood in that copy. The readers allow one character of white space where a line
    may break ("Section", a line break, "67B"), and read "downloaded" with a soft hyphen in it
    as two words: a file with Windows line ends, a page with soft hyphens or a PDF's copy
    padded with spaces reads as its plain copy does."""
    if unread.search(text) is None:
        return _Copy(text, [], [])
    parts: list[str] = []
    removed: list[int] = []
    joined: list[int] = []
    kept = at = 0
    for match in unread.finditer(text):
        parts.append(text[at : match.start()])
        kept += match.start() - at
        one = _RECOMPOSED.get(match.group())
        if one is None:
            removed.extend([kept] * (match.end() - match.start()))
        else:
            parts.append(one)
            if match.end() - match.start() == 2:
                joined.append(kept)
            kept += 1
        at = match.end()
    parts.append(text[at:])
    return _Copy("".join(parts), removed, joined)


# A line a PDF or a court order's copy wrapped: one of at least ``_WRAPPED_WIDTH`` characters,
# with no Devanagari, that ends in a Latin letter, a digit or a comma (no stop, colon, bracket
# or quote), spaces after it at most, before a line that opens with a Latin letter, a digit or
# a bracket (not a blank line, not a list's mark). :func:`_unwrapped` decides by the words at
# the break whether it is one. A Devanagari line is none: a Devanagari headline has no capitals
# to tell it from a wrapped line, and a Hindi sentence passed may end its line in a comma.
_WRAPPED_WIDTH = 45
_WRAPPED = re.compile(
    rf"(?m)^(?P<line>[^\n\u0900-\u097f]{{{_WRAPPED_WIDTH - 1},}}[A-Za-z0-9,])[ \t\u00a0]*\n"
    r"(?=[ \t]*(?P<next>[A-Za-z0-9(][A-Za-z]*))"
)
# a table's row: cells between bars ("| Accused | Section 67B |")
_CELLS = 2
# a list's mark opening a line: "(ii)", "(b)", "2." (review 2027-01-09b F1: a court's sentences
# one to a line)
_LIST_MARK = re.compile(r"[ \t]*(?:\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)|\d{1,2}\.[ \t])")


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _a_title(line: str) -> bool:
    """Whether *line* is written as a headline is, most of its words capitalised ("Delhi HC
    Denies Pre-Arrest Bail To Man Accused Of Blackmailing 15-Yr-Old Girl"): its line break
    ends it, however long it is."""
    words = _WORD.findall(line)
    return bool(words) and 2 * sum(w[0].isupper() for w in words) > len(words)


def _joins(line: str, following: str, next_word: str, words: SentenceWords) -> bool:
    """Whether the break between *line* and the line *following* it (which opens with
    *next_word*) is a wrap inside a sentence. Not after a headline (:func:`_a_title`), nor
    between a table's rows, nor between two numbers ("… in 2021", "67 videos were recovered"),
    nor before a list's mark ("(ii) rigorous imprisonment for 5 years …"); after a comma, only
    before a small word that opens no clause of its own (``wrap_not_next``: not "the court also
    imposed …"); else a line that opens with a small letter, a digit or a bracket goes on from
    the one before, and one that opens with a capital only after a small word that ends no
    clause (``wrap_ends``: "arrested by the", "Cyber Crime police", "under", "Section 67B"): a
    sentence-case headline before "He was convicted under Section 15 …" or "Sharing obscene
    pictures of children is an offence …" is two statements (reviews 2027-01-09 F1, F3, F4,
    2027-01-09b F1, F6)."""
    if _a_title(line) or line.count(" | ") >= _CELLS or following.count(" | ") >= _CELLS:
        return False
    last, first = line[-1], next_word[0]
    if (last.isdigit() and first.isdigit()) or _LIST_MARK.match(following):
        return False
    if last == ",":
        # a comma, then a word that opens a clause of its own ("…, the court also imposed a
        # fine …"), is two statements (review 2027-01-09b F1)
        return first.islower() and next_word not in words.wrap_not_next
    if not first.isupper():
        return True
    ends = _WORD.findall(line[-24:])
    return bool(ends) and ends[-1].lower() in words.wrap_ends


def _unwrapped(text: str, words: SentenceWords) -> str:
    """*text* with each line break of a wrapped line (:data:`_WRAPPED`, :func:`_joins` with
    the words of ``[analysis.sentences]``) read as a space, one character for one, so that a
    sentence a PDF's copy wraps is one sentence to every reader (the corpus wrapped at 80
    columns read as stored in 71% of its reports); *text* itself when it has none."""
    if "\n" not in text:
        return text
    ends = []
    for match in _WRAPPED.finditer(text):
        close = text.find("\n", match.end())
        following = text[match.end() : close if close >= 0 else len(text)]
        if _joins(match["line"], following, match["next"], words):
            ends.append(match.end() - 1)
    if not ends:
        return text
    chars = list(text)
    for at in ends:
        chars[at] = " "
    return "".join(chars)


def _restored(item: _Spanned, copy: _Copy, written: str) -> _Spanned:
    """*item*, read in the *copy* of a stretch :func:`_as_read` gives, placed in the stretch as
    *written*: a start moves past every character left out at or before it, an end past those
    before it, and both past the second of each pair read as one before them; the quote is the
    written one."""

    def start_of(at: int) -> int:
        return at + bisect.bisect_right(copy.removed, at) + bisect.bisect_left(copy.joined, at)

    def end_of(at: int) -> int:
        return at + bisect.bisect_left(copy.removed, at) + bisect.bisect_left(copy.joined, at)

    start, end = start_of(item.start), end_of(item.end)
    update: dict[str, object] = {"start": start, "end": end, "text": written[start:end]}
    if isinstance(item, StatuteReference):
        if item.act_start is not None:
            update["act_start"] = start_of(item.act_start)
        if item.act_end is not None:
            update["act_end"] = end_of(item.act_end)
    return item.model_copy(update=update)


def _shifted(item: _Spanned, offset: int) -> _Spanned:
    """*item* read in a stretch, placed in the whole text: every offset it holds moved by
    *offset* (a reference's Act name too)."""
    update = {"start": item.start + offset, "end": item.end + offset}
    if isinstance(item, StatuteReference):
        if item.act_start is not None:
            update["act_start"] = item.act_start + offset
        if item.act_end is not None:
            update["act_end"] = item.act_end + offset
    return item.model_copy(update=update)
