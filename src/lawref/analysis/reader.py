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
from collections.abc import Sequence
from functools import cached_property

from lawref.analysis.citations import ActMatch, within_any
from lawref.analysis.dates import DateReader, ReadDate
from lawref.analysis.english.clauses import (
    _TOKEN,
    _USE_AFTER,
    _USE_BEFORE,
    _alone_on_its_line,
    _byline,
    _byline_name,
    _counted_by_origin,
    _in_a_name,
    _merged,
    _on_the_first_line,
    _past_finite,
    _Phrases,
    _present_form,
    _recipient_is_agency,
    _released_by_sentence,
    _sentence_around,
    _sentence_index,
    _sentences,
    _states_law,
    _words_pattern,
)
from lawref.analysis.english.denial import DenialRules
from lawref.analysis.english.frames import FrameRules
from lawref.analysis.english.gates import TextGates
from lawref.analysis.english.law import LawRules
from lawref.analysis.english.material import MaterialRules
from lawref.analysis.english.threats import ThreatRules
from lawref.analysis.english.topics import TopicRules
from lawref.analysis.models import Mention
from lawref.analysis.punishments import PunishmentReader
from lawref.conduct.lookup import lookup


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
        # statutory glosses and a page's labelled date ("Uploaded on: 05.12.2025") are not
        # conduct
        glosses = _merged(
            [
                *self.citations.glosses(text, acts, low, high),
                *self.dates.labelled_spans(text, low, high),
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
            if conduct is not None and self._describes_material(
                tokens, sentence_of, index, last, conduct
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
            for first, last, _, replaces, _, _ in framed
            if replaces
        )
        if replaced:
            found = [m for m in found if not within_any(m.start, replaced)]
        for first, last, conduct, replaces, trigger, subject_acts in framed:
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
            found.extend(self.hindi.mentions(text, reaching, low, high, marathi))
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
        if self._lacks_setting(tokens, sentence_of, first, last, conduct):
            return False
        if self._prohibited(text, tokens, sentence_of, first):
            return False
        if self._echoes_statute(text, tokens, sentence_of, first, last):
            return False
        if self._echoes_heading(text, tokens, sentence_of, first, last):
            return False  # "749 cases were registered under publishing or transmitting of …"
        if _byline(text, tokens, first, self.config.byline_verbs):
            return False
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
        if self._about_a_provision(text, tokens, sentence_of, first):
            return False  # "POCSO Section 15 creates a three-tier possession offence"
        if self._requested_by_authority(text, tokens, sentence_of, first):
            return False
        if self._generic_future(text, tokens, sentence_of, first):
            return False
        after = words(last + 1, last + 1 + config.law_window)
        if self._names_no_material(text, tokens, first, last, sentence_of, after, conduct):
            return False
        if self._depicts_adult(text, tokens, sentence_of, first, last):
            return False
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
        if self.topic_cues.anywhere(before) and not self._charged_with(
            text, tokens, sentence_of, first, before
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
        if (
            (first == 0 or sentence_of[first - 1] != sentence)
            and after[:1]
            and after[0] in self.general_verbs
            and not any(w in self.child_words for w in after)
        ):
            return False  # "Morphing has become a child's play": the conduct in general
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
        return not _states_law(clause_after, self.law_predicates, self.clause_ends)

    @cached_property
    def punishments(self) -> PunishmentReader:
        """The reader of the punishments a text states, with the words of the config."""
        return PunishmentReader(
            self.config.punishment_words, self.config.devanagari.punishment_words
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
        dating = self._dating_acts
        latest: tuple[dt.date, str, str] | None = None
        for start, end, name in self.citations.acts_in(text):
            found = dating.get(name.act)
            if found is None or (latest is not None and found[0] <= latest[0]):
                continue
            low, high = _sentence_around(text, start, end)
            used = self._law_use.search(text, max(low, start - _USE_BEFORE), start) or (
                self._law_use.search(text, end, min(high, end + _USE_AFTER))
            )
            if used is None:
                continue
            if self._draft_pattern.search(text, low, high) is None:
                latest = (*found, text[start:end])
        return latest

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

    @cached_property
    def _draft_pattern(self) -> re.Pattern[str]:
        """One of ``draft_words`` as words of their own."""
        return _words_pattern(self.config.draft_words)

    def read_date(self, text: str, today: dt.date) -> ReadDate | None:
        """The date *text* gives itself, stated or inferred (see :mod:`lawref.analysis.dates`);
        never after *today*."""
        return self.dates.read(text, today)
