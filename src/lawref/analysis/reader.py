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
carries its evidence and a confidence. The laws a text names are read by
``CitationReader`` in :mod:`lawref.analysis.citations` (``Analyzer.citations``), its date by
:mod:`lawref.analysis.dates` and its punishments by :mod:`lawref.analysis.punishments`. The
methods read one stretch of text; :mod:`lawref.analysis.reading` reads a whole report with them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from lawref.analysis.citations import ActMatch, CitationReader, within_any
from lawref.analysis.dates import DateReader, ReadDate
from lawref.analysis.hindi_conduct import HindiConductReader
from lawref.analysis.models import (
    AnalysisConfig,
    Frame,
    Mention,
    NotObject,
    StatedPunishment,
    StatuteReference,
    SubjectWords,
)
from lawref.analysis.punishments import PunishmentReader
from lawref.conduct.lexicon import words
from lawref.conduct.lookup import lookup
from lawref.numbers import NUMBER_WORDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.conduct.book import ConductBook
    from lawref.statutes.book import Statutes

_TOKEN = re.compile(r"[A-Za-z0-9]+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*|\n")


# how many words after a conduct word its object is looked for in, and the words that make it
# a particular one or a kind
_OBJECT_WINDOW = 6
# words that may stand between a future word and the conduct it governs ("would be circulated",
# "will continue to share", "would then upload")
_FUTURE_BETWEEN = frozenset(
    {"be", "been", "have", "then", "also", "soon", "not", "continue", "to", "get", "further"}
)
# after "nothing", words that make it "only": "found nothing but obscene videos of minors"
_ONLY_AFTER = frozenset({"but", "except", "else", "other", "besides"})
# words that end what a denial cue denies, or turn it round ("nothing to show that anyone other
# than the accused uploaded it" says he did)
_DENIAL_ENDS = frozenset({"but", "except", "than", "besides", "save"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "your", "our", "this", "that"})
_RELATIVES = frozenset({"who", "which", "whom", "that"})
# material words a participle after them describes ("the video shared by the accused")
_DESCRIBED = frozenset(
    {
        "video",
        "videos",
        "photo",
        "photos",
        "image",
        "images",
        "picture",
        "pictures",
        "clip",
        "clips",
        "material",
        "content",
        "messages",
        "message",
        "file",
        "files",
    }
)


def _described(tokens: list[tuple[int, int, str]], first: int) -> bool:
    """Whether the conduct word at *first* is a participle describing material right before it
    and followed by "by" ("the video shared by the accused"): what the material is, taken as
    given, not what a denial denies."""
    return (
        first >= 1
        and tokens[first - 1][2] in _DESCRIBED
        and first + 1 < len(tokens)
        and tokens[first + 1][2] == "by"
    )


# a definite article or possessive right after a denial's "that": what follows is presupposed
_DEFINITES = frozenset({"the", "his", "her", "their", "its"})
# what says an act happened: denied, it is denied ("no proof that the sharing … took place")
_HAPPENED = frozenset({"happened", "occurred", "took", "existed", "happen", "occur", "committed"})
# words after "no" that make it a comparison, not a denial ("no less than 300 videos")
_NOT_DENYING = frozenset({"less", "fewer", "more", "sooner", "longer", "other", "doubt"})
_KINDS = frozenset({"such", "children", "minors", "kids", "child", "abuse"})

# the words after "not" that make it no negation ("not only shared … but also uploaded")
_NOT_ONLY = frozenset({"only", "just", "merely"})

# the forms of "be" that make a verb after them passive ("the victim was blackmailed")
_BE_FORMS = frozenset({"was", "were", "is", "are", "been", "being", "be"})


# the end of a sentence, looked for at most ``_SENTENCE_REACH`` characters from an Act's name
_SENTENCE_MARK = re.compile(r"[.!?\n\u0964]")
# a list's bullet, a term of at most three words, and a dash or colon ("• Possession - ",
# "● Non-Reporting -"): the head of a term's gloss
# (a hyphen is a dash only with a space on both sides: "• Child-abuse videos … shared" is no
# gloss; review 2026-12-13b H3)
_GLOSSED_TERM = re.compile(
    r"[ \t]*[\u2022\u25cf\u25aa\u25e6\u2023\u2219*-][ \t]*(?P<term>[A-Z][\w/-]*)"
    r"(?:[ \t][\w/-]+){0,2}(?:[ \t]*[\u2013\u2014:]|[ \t]+-[ \t])"
)
_SENTENCE_REACH = 300
# how far after a conduct word its object, and before it a passive's material, is looked for
_OBJECT_REACH = 120
# how many words in a row a sentence must share with a provision to restate it
_ECHO = 6
# how many words after a conduct word a run of a provision's words may start and still hold it
# (a list of the statute's verbs: "publishes, transmits or causes to be published …")
_ECHO_AFTER = 8
# how far either side of a word its sentence is read for a statute's general subject
_SENTENCE_WORDS = 60
# how far either side of a child word a phrase that names no child is looked for
_NOT_CHILD_REACH = 30
# the most words an aside between commas after a subject may have ("the victim, trusting his
# assurance, deleted …")
_ASIDE = 8
_CLAUSE_MARK = re.compile(r"[.!?\n;:,\u0964]")


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
        self.citations = CitationReader(statutes, config)
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
        self.not_objects = tuple(
            (frozenset(rule.conducts), frozenset(w.lower() for w in rule.objects), rule)
            for rule in self.config.not_objects
        )
        self.not_object_words = frozenset(w for _, objects, _ in self.not_objects for w in objects)
        self.not_objects_of: dict[str, list[tuple[frozenset[str], NotObject]]] = {}
        for conducts, objects, rule in self.not_objects:
            for conduct_id in sorted(conducts):
                self.not_objects_of.setdefault(conduct_id, []).append((objects, rule))
        self.not_objects_before = max((r.before for r in self.config.not_objects), default=0)
        self.needed_settings = [
            (
                frozenset(rule.conducts),
                frozenset(tuple(words(t)) for t in rule.triggers),
                _Phrases(words(w) for w in rule.words),
            )
            for rule in self.config.needed_settings
        ]
        self.refusing_settings = [
            (
                frozenset(rule.conducts),
                frozenset(tuple(words(t)) for t in rule.triggers),
                _Phrases(words(w) for w in rule.words),
            )
            for rule in self.config.refusing_settings
        ]
        self.adult = _Phrases(words(m) for m in self.config.adult_markers)
        self.child = frozenset(w.lower() for w in self.config.child_markers)
        ages = _ages_below(self.config.child_age_below, self.config.age_persons)
        alternation = _alternation(self.config.child_context, r"\s?")
        self.child_context = re.compile(
            rf"\b(?:{alternation})\b|{ages}" if alternation else ages, re.IGNORECASE
        )
        sexual = _alternation(self.config.sexual_context, r"[\s-]?")
        self.sexual_context = re.compile(rf"\b(?:{sexual})\b", re.IGNORECASE) if sexual else None
        self.generic_material = frozenset(w.lower() for w in self.config.generic_material)
        idioms = _alternation(self.config.not_child, r"\s")
        self.not_child = re.compile(rf"\b(?:{idioms})\b", re.IGNORECASE) if idioms else None
        child_words = _alternation(
            (*self.config.child_markers, *self.config.child_context, *self.config.victim_subjects),
            r"\s?",
        )
        self.child_object = re.compile(rf"\b(?:{child_words or '(?!)'})\b|{ages}", re.IGNORECASE)
        enders = _alternation(self.config.object_enders, r"\s")
        self.object_end = re.compile(
            rf"[.!?\n;:(),\u0964]|\b(?:{enders or '(?!)'})\b", re.IGNORECASE
        )
        depicting = _alternation(self.config.depicting_material, r"\s")
        between = _alternation(self.config.passive_between, r"\s")
        # a form of "be" (and an adverb) right before a conduct word: its subject is acted on
        be = _alternation(self.config.passive_words, r"\s")
        adverbs = _alternation(
            set(self.config.passive_between) - set(self.config.passive_words), r"\s"
        )
        self.passive_before = re.compile(
            rf"\b(?:{be or '(?!)'})\s(?:(?:{adverbs or '(?!)'})\s)?$", re.IGNORECASE
        )
        self.material_of_before = re.compile(
            rf"\b(?:{depicting or '(?!)'})\s+of\s+(?P<who>[^.!?\n;:()]{{1,80}}?)\s+"
            rf"(?:(?:{between or '(?!)'})\s+)*$",
            re.IGNORECASE,
        )
        self.sexual_conducts = frozenset(self.config.sexual_context_conducts)
        self.adult_depicted = frozenset(w.lower() for w in self.config.adult_depicted)
        self.adult_modifiers = frozenset(w.lower() for w in self.config.adult_modifiers)
        self.adult_enders = frozenset(w.lower() for w in self.config.adult_enders)
        self.depicting = frozenset(w.lower() for w in self.config.depicting_material)
        self.child_words = frozenset(
            w.lower()
            for w in (*self.config.child_markers, *self.config.child_context)
            if " " not in w
        )
        self.passive_be = frozenset(w.lower() for w in self.config.passive_words)
        self.not_owners = frozenset(w.lower() for w in self.config.not_owners)
        self.object_negators = frozenset(w.lower() for w in self.config.object_negators)
        self.subject_stops = frozenset(w.lower() for w in self.config.subject_stops)
        self.verb_prefixes = frozenset(w.lower() for w in self.config.verb_prefixes)
        self.lawful_agents = frozenset(w.lower() for w in self.config.lawful_agents)
        self.lawful_may = frozenset(self.config.lawful_agents_may)
        self.victim_subjects = frozenset(w.lower() for w in self.config.victim_subjects)
        self.victim_conducts = frozenset(self.config.victim_subject_conducts)
        self.generic_subjects = frozenset(w.lower() for w in self.config.generic_subjects)
        self.generic_possessors = frozenset(w.lower() for w in self.config.generic_possessors)
        self.frame_between_words = frozenset(
            w for frame in self.config.frames if frame.child_object for w in frame.between
        )
        self.own_material_words = frozenset(w.lower() for w in self.config.own_material_words)
        self.own_material_pronouns = frozenset(w.lower() for w in self.config.own_material_pronouns)
        self.generic_adverbs = frozenset(w.lower() for w in self.config.generic_adverbs)
        self.past_forms = frozenset(w.lower() for w in self.config.past_forms)
        self.passive_between = frozenset(w.lower() for w in self.config.passive_between)
        self.subject_stops = frozenset(w.lower() for w in self.config.subject_stops)
        self.boilerplate = tuple(m.lower() for m in self.config.boilerplate_markers)
        self.topic_cues = _Phrases(words(c) for c in self.config.topic_cues)
        self.conditional_cues = _Phrases(words(c) for c in self.config.conditional_cues)
        self.conditional_cue_heads = frozenset(
            words(c)[0] for c in self.config.conditional_cues if len(words(c)) > 1
        )
        self.law_cues = _Phrases(words(c) for c in self.config.law_cues)
        self.threat_cues = _Phrases(words(c) for c in self.config.threat_cues)
        self.threatened = frozenset(self.config.threatened_conducts)
        self.adjacent_threats = frozenset(tuple(words(c)) for c in self.config.adjacent_threat_cues)
        self.warning_verbs = frozenset(self.config.warning_verbs)
        self.future_words = frozenset(self.config.future_words)
        self.anyone_words = frozenset(self.config.anyone_words)
        self.law_predicates = _Phrases(words(c) for c in self.config.law_predicates)
        self.general_verbs = frozenset(w.lower() for w in self.config.general_verbs)
        self.aspect_verbs = frozenset(w.lower() for w in self.config.aspect_verbs)
        self.aspect_followers = frozenset(w.lower() for w in self.config.aspect_followers)
        self.statute_subjects = frozenset(w.lower() for w in self.config.statute_subjects)
        self.material = _Phrases(
            words(c) for c in (*self.config.material_words, *self.config.child_markers)
        )
        self.material_only = _Phrases(words(c) for c in self.config.material_words)
        self.actors = _Phrases(words(c) for c in self.config.actor_words)
        self.clause_ends = frozenset(w.lower() for w in self.config.clause_words)
        self.recipients = frozenset(w.lower() for w in self.config.recipient_words)
        self.agencies = tuple(p for p in (words(c) for c in self.config.agency_words) if p)
        self.frames: dict[str, list[Frame]] = {}
        for frame in self.config.frames:
            for trigger in frame.triggers:
                self.frames.setdefault(trigger.lower(), []).append(frame)

    # --- conduct -----------------------------------------------------------------------------

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

    @cached_property
    def identity_reveal(self) -> frozenset[str]:
        """The config's ``identity_reveal_words``."""
        return frozenset(self.config.identity_reveal_words)

    @cached_property
    def identity_words(self) -> frozenset[str]:
        """The config's ``identity_words``."""
        return frozenset(self.config.identity_words)

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

    def _framed(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        sentences: list[tuple[str, tuple[str, ...]]],
        covered: list[tuple[int, int]],
        told: list[tuple[int, int]],
    ) -> list[tuple[int, int, str, bool, int, bool]]:
        """Conduct told with words between verb and object (``frames``): each trigger word not
        inside a lexicon phrase, and the first object word after it within the frame's window
        (or, for a passive frame, its subject before it: :meth:`_passive_subject`), in one
        sentence, with one of the frame's ``between`` words before the object when it
        has them. A frame that does not replace its object is not read across a conduct phrase
        of the lexicon ("found uploading the obscene videos" is uploading, not videos found), and
        a trigger inside the words a frame of the same conduct has already taken starts none.
        Each trigger looks at most ``window`` words ahead: linear time."""
        taken = [False] * len(tokens)
        for low, high in covered:
            for position in range(low, high + 1):
                taken[position] = True
        conduct_word = [False] * len(tokens)
        for low, high in told:
            for position in range(low, high + 1):
                conduct_word[position] = True
        result: list[tuple[int, int, str, bool, int, bool]] = []
        framed_until: dict[str, int] = {}  # the last object word framed, by conduct
        names_child: dict[int, bool] = {}  # by sentence, worked out once
        text_names_child: list[bool] = []  # worked out once, when first asked
        for first, (_, _, word) in enumerate(tokens):
            frames = self.frames.get(word)
            if frames is not None and taken[first]:
                # a lexicon word starts only a frame read over the lexicon ("sent obscene
                # messages to the minor")
                frames = [f for f in frames if f.over_lexicon] or None
            if frames is None:
                continue
            sentence = sentence_of[first]
            for frame in frames:
                if framed_until.get(frame.conduct, -1) >= first:
                    # "seized computers with … videos": the computers are inside the seizure
                    # already framed, not a second storing
                    continue
                child_named = True
                if frame.needs_child:
                    if sentence not in names_child:
                        names_child[sentence] = any(t in self.child for t in sentences[sentence][1])
                    child_named = names_child[sentence] or (
                        frame.child_object and self._asks_a_named_child(tokens, first, frame)
                    )
                    if not child_named and frame.child_object:
                        continue
                if frame.passive:
                    hit = self._passive_subject(text, tokens, sentence_of, first, frame)
                    inside = range(0)
                else:
                    end = min(len(tokens), first + 1 + frame.window)
                    if frame.clause_bound:
                        end = next(
                            (
                                j
                                for j in range(first + 1, end)
                                if tokens[j][2] in self.subject_stops
                            ),
                            end,
                        )
                    hit = next(
                        (
                            j
                            for j in range(first + 1, end)
                            if sentence_of[j] == sentence and tokens[j][2] in frame.objects
                        ),
                        None,
                    )
                    inside = range(first + 1, hit) if hit is not None else range(0)
                if hit is None:
                    continue
                while (
                    not frame.passive
                    and hit + 1 < len(tokens)
                    and sentence_of[hit + 1] == sentence_of[hit]
                    and tokens[hit + 1][2] in frame.objects
                    and not text[tokens[hit][1] : tokens[hit + 1][0]].strip()
                ):
                    hit += 1  # "recovered 1,200 CSAM files": the object is the whole noun
                if not child_named:
                    if not text_names_child:
                        text_names_child.append(self.child_context.search(text) is not None)
                    if not self._child_is_framed(text, tokens, first, hit, text_names_child[0]):
                        continue  # "the rescue was videographed": no child in the sentence
                if frame.between and not any(tokens[j][2] in frame.between for j in inside):
                    continue
                if frame.subject_before and not any(
                    sentence_of[j] == sentence and tokens[j][2] in frame.subject_before
                    for j in range(max(0, first - 4), first)
                ):
                    continue  # "her phone was used for pornographic purposes"
                if frame.not_between and any(tokens[j][2] in frame.not_between for j in inside):
                    continue  # "seeking a complete ban on porn sites": no porn sought
                if frame.child_object and not self._child_is_object(tokens, inside, frame):
                    continue  # "asked his friend to send the minor's video": no child enticed
                if frame.child_object and self._material_of_another(text, tokens, inside, hit):
                    continue  # "asked the teenager to share the obscene video of the girl"
                if any(
                    tokens[j][2] in self.object_negators
                    and not (j + 1 < len(tokens) and tokens[j + 1][2] in _ONLY_AFTER)
                    for j in inside
                ):
                    continue  # "the phone has no photos", "found no videos" (not "nothing but")
                if frame.refuses_owners and self._owned_by_other(
                    text, tokens, sentence_of, first, frame
                ):
                    continue
                if (
                    not frame.replaces_object
                    and any(conduct_word[j] for j in inside)
                    and not self._verbs_share_object(tokens, first, inside, conduct_word)
                ):
                    continue
                if frame.child_recipient:
                    receiver = self._child_receives(text, tokens, sentence_of, first, hit, frame)
                    if receiver == "material":
                        continue
                    if receiver == "adult":
                        # text messages to an adult, or from a child: no abuse material, so
                        # the trigger's own reading (sharing) goes, and nothing takes its place
                        result.append((first, hit, "", True, first, False))
                        framed_until[frame.conduct] = max(first, hit)
                        break
                # whether the subject before an active trigger did the conduct: not the finder
                # of material ("Police recovered 1,200 CSAM files"); a passive frame's agent is
                # read after "by" instead
                if frame.passive:
                    result.append((hit, first, frame.conduct, frame.replaces_object, first, False))
                else:
                    result.append(
                        (first, hit, frame.conduct, frame.replaces_object, first, frame.agent_acts)
                    )
                framed_until[frame.conduct] = max(first, hit)
                break
        return result

    def _about_a_provision(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the sentence of the conduct word at *first* is about a provision: past a
        label of at most four words and a colon ("Storage/possession:"), it opens with a
        provision's words (``provision_subject_heads``: "Section", "POCSO", "IT Act", "The
        BNS") and a verb of what a law does follows within twelve words, up to the conduct
        word (``provision_verbs``: "POCSO Section 15 creates a specific three-tier possession
        offence", "IT Act Section 67B primarily targets electronic publication", "Section 15 …
        declares possessing child pornography as a crime"; seventeenth session, batch dev-43).
        A provision said of an accused ("Section 67B was invoked against him for sharing …")
        has no such verb. Reads at most forty words back: linear."""
        config = self.config
        heads = self.provision_heads
        verbs = self.provision_verb_words
        if not config.provision_subject_heads or not verbs:
            return False
        sentence = sentence_of[first]
        found = _sentence_start(sentence_of, first, 40)
        if found is None:
            return False
        start = found
        # a label before a colon ("Storage/possession: POCSO Section 15 creates …"), which may
        # hold the conduct word itself
        end = first
        for label_end in range(start, min(len(tokens) - 1, start + 4)):
            if sentence_of[label_end + 1] != sentence:
                break
            gap = text[tokens[label_end][1] : tokens[label_end + 1][0]]
            if ":" in gap:
                start = label_end + 1
                end = max(first, start + 12)
                break
        if start == found:
            # a court's or a speaker's "that" before the provision ("Justice X highlighted that
            # the law is designed to target …", "He confirmed that Section 67B specifically
            # targets …"): the provision's words open the reported clause
            start = self._reported_clause_start(tokens, sentence_of, start, first)
            end = max(first, start + 12) if start != found else first
        high = min(len(tokens), end + 1, start + 13)
        opening = [tokens[i][2] for i in range(start, min(high, start + 6))]
        if not opening or not heads.at(opening, 0):
            return False
        # (the verb may be the conduct word itself: "POCSO Section 14 creates …"); the
        # provision's own verb, before any clause's opener or ";" ("Section 67B, which carries
        # …, was invoked against the man who shared …"), in a sentence that names no doer
        # ("Sections invoked against the accused include …"; review 2026-12-13d H1)
        doers = self._heading_doers
        stops = self.provision_stop_words
        sentence_words = {
            tokens[i][2]
            for i in range(start, min(len(tokens), first + 30))
            if sentence_of[i] == sentence
        }
        if not sentence_words.isdisjoint(doers):
            return False
        phrases = self.provision_verb_phrases
        gerund_verbs = self.provision_gerund_verb_words
        said = [tokens[i][2] for i in range(start, min(len(tokens), high + 2))]
        for i in range(start + 1, high):
            if sentence_of[i] != sentence or ";" in text[tokens[i - 1][1] : tokens[i][0]]:
                return False
            if tokens[i][2] in stops:
                return False
            if (
                tokens[i][2] in verbs
                or phrases.at(said, i - start)
                # "The POCSO Act makes storing child pornography a crime" (review 2026-12-14e
                # H2)
                or (
                    tokens[i][2] in gerund_verbs
                    and i + 1 < len(tokens)
                    and tokens[i + 1][2].endswith("ing")
                )
            ):
                # … and not past a ";" after which a doer is named ("The POCSO Act makes it
                # mandatory to report; the teacher had filmed …"; but "…; personal viewing of
                # downloaded CSAM is better covered by POCSO Section 15" is the law's)
                semicolon = text.rfind(";", tokens[i][1], tokens[first][0]) if first > i else -1
                if semicolon >= 0 and any(
                    tokens[k][2] in self.finite_doer_words
                    for k in range(i + 1, first)
                    if tokens[k][0] > semicolon
                ):
                    return False
                return first <= i or not self._case_after_provision(
                    text, tokens, sentence_of, i, first
                )
        return False

    def _case_after_provision(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        verb: int,
        first: int,
    ) -> bool:
        """Whether the conduct word at *first*, after a provision's verb at *verb*, is told of
        a case: past one of ``provision_after_stops``, a comma before "who" or "which", or ",
        and" before a new subject ("… applies to the tutor, who filmed …", "…, but the tutor
        had already circulated …"; not a list's serial comma, "the creation, storage, sharing,
        and transmission of …"), in "<someone>'s act of …" ("covers the tutor's act of
        uploading …"; not "a person's act of …"), or a past verb right after a doer or a name
        (reviews 2026-12-14f H3, H4, 14g H3). An explainer's content after the verb is a gerund
        or a noun."""
        stops = self.provision_after_stop_words
        for k in range(verb + 1, first):
            word = tokens[k][2]
            if word in stops:
                return True
            comma = "," in text[tokens[k - 1][1] : tokens[k][0]]
            if comma and (
                word in ("who", "which")
                or (
                    word == "and"
                    and k + 1 < first
                    and tokens[k + 1][2] in self.subject_words.clause_subject_heads
                )
            ):
                return True
        if first >= 3 and tokens[first - 1][2] == "of" and tokens[first - 2][2] == "act":
            # "the tutor's act of uploading", not "the act of uploading" or "a person's act of
            # storing" said in general (review 2026-12-14g H3)
            owner = tokens[first - 3][2]
            if owner in ("his", "her", "their"):
                return True
            return (
                owner == "s"
                and first >= 4
                and tokens[first - 4][2] not in self.config.general_people
                and tokens[first - 4][2] not in self.config.anyone_words
            )
        word = tokens[first][2]
        return (word.endswith("ed") or word in self.past_forms) and (
            tokens[first - 1][2] in self.finite_doer_words
            or _a_name_before(text, tokens, sentence_of, first, self.subject_words)
        )

    @cached_property
    def subject_words(self) -> _SubjectSets:
        """The config's ``subject_words``, as sets."""
        return _SubjectSets.of(self.config.subject_words)

    @cached_property
    def charged_person_words(self) -> frozenset[str]:
        """The config's ``charged_persons``: who can be a doer (no auxiliary or adverb)."""
        return frozenset(self.config.charged_persons)

    @cached_property
    def provision_after_stop_words(self) -> frozenset[str]:
        """``provision_after_stops`` in lower case, read once."""
        return frozenset(w.lower() for w in self.config.provision_after_stops)

    @cached_property
    def provision_verb_phrases(self) -> _Phrases:
        """The config's ``provision_verb_phrases``, as words."""
        return _Phrases(words(c) for c in self.config.provision_verb_phrases)

    @cached_property
    def provision_gerund_verb_words(self) -> frozenset[str]:
        """``provision_gerund_verbs`` in lower case, read once."""
        return frozenset(w.lower() for w in self.config.provision_gerund_verbs)

    def _reported_clause_start(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], start: int, first: int
    ) -> int:
        """Where a clause reported by one of ``provision_reporting_verbs`` and "that" begins,
        within the first eight words of the sentence opening at *start* and before the conduct
        word at *first*; else *start*."""
        verbs = self.provision_reporting_verb_words
        sentence = sentence_of[start]
        for i in range(start, min(first - 1, start + 8)):
            if sentence_of[i + 1] != sentence:
                break
            if tokens[i][2] in verbs and tokens[i + 1][2] == "that":
                return i + 2
        return start

    @cached_property
    def provision_reporting_verb_words(self) -> frozenset[str]:
        """``provision_reporting_verbs`` in lower case, read once."""
        return frozenset(w.lower() for w in self.config.provision_reporting_verbs)

    @cached_property
    def provision_verb_words(self) -> frozenset[str]:
        """The config's ``provision_verbs``."""
        return frozenset(self.config.provision_verbs)

    @cached_property
    def provision_stop_words(self) -> frozenset[str]:
        """The config's ``provision_clause_stops``."""
        return frozenset(self.config.provision_clause_stops)

    @cached_property
    def finite_doer_words(self) -> frozenset[str]:
        """The config's ``finite_doers`` and ``charged_persons``: words before a past verb
        that tell its doer (a person's noun only outside a material's phrase:
        :func:`_in_a_material_phrase`)."""
        return frozenset(self.config.finite_doers) | frozenset(self.config.charged_persons)

    @cached_property
    def provision_heads(self) -> _Phrases:
        """The config's ``provision_subject_heads``, as words."""
        return _Phrases(words(c) for c in self.config.provision_subject_heads)

    def _about_offenders_in_general(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
    ) -> bool:
        """Whether the sentence of the conduct word at *first* is about offenders in general
        (``generic_sentence_openers``, ``generic_subjects``): it opens, past its openers, with a
        generic subject, then a verb in the present (not ending in "-ed", not one of
        ``past_forms`` or ``generic_sentence_not_verbs``), and names no particular case
        (``generic_sentence_specifics``). A determiner before the subject makes it the report's
        offenders ("The predators lure children …") unless an adverb of frequency says they are
        any ("Generally, the abusers …"); a particular thing as the conduct word's object makes
        it an act ("Criminals sell the videos of the girl"). Read at most 40 words back and 40
        ahead, so linear."""
        config = self.config
        sentence = sentence_of[first]
        found = _sentence_start(sentence_of, first, 40)
        if found is None:
            return False
        start = found
        at = start
        openers = frozenset(config.generic_sentence_openers)
        while at < first and tokens[at][2] in openers:
            at += 1
        if at >= first or tokens[at][2] not in self.generic_subjects:
            return False
        opened = {tokens[i][2] for i in range(start, at)}
        if not opened.isdisjoint(config.determiners) and opened.isdisjoint(self.generic_adverbs):
            return False  # "The predators lure children …": those of the report, unless "generally"
        verb = at + 1
        while verb < first and tokens[verb][2] in self.generic_adverbs:
            verb += 1
        word = tokens[verb][2] if verb < len(tokens) else ""
        if (
            not word.isalpha()
            or text[tokens[verb][0]].isupper()  # "Criminals Ravi and Mohan sell …": a name
            or word.endswith("ed")
            or word in self.past_forms
            or word in config.generic_sentence_not_verbs
        ):
            return False
        # a particular thing as the conduct word's object: "Criminals sell the videos of the
        # girl" (not "their photographs", "the victims": kinds)
        following = [
            tokens[i][2]
            for i in range(last + 1, min(len(tokens), last + 1 + _OBJECT_WINDOW))
            if sentence_of[i] == sentence
        ]
        if (
            len(following) > 1
            and following[0] != "their"
            and (following[0] in config.determiners or following[0] in _POSSESSIVES)
            # "her videos", "his photos": one person's, particular (only "their" is a kind's;
            # review 2026-12-09b L3)
            and (not following[1].endswith("s") or following[0] in ("her", "his"))
        ) or any(
            word == "of"
            and after not in self.generic_subjects
            and after not in _KINDS
            and after not in ("their", "children", "minors", "kids")
            for word, after in itertools.pairwise(following)
        ):
            return False
        end = min(len(tokens), first + 40)
        specifics = frozenset(config.generic_sentence_specifics)
        return not any(
            tokens[i][2] in specifics for i in range(start, end) if sentence_of[i] == sentence
        )

    def _asks_a_named_child(
        self, tokens: list[tuple[int, int, str]], first: int, frame: Frame
    ) -> bool:
        """Whether a word of a child (``child_words``: "teenager", "schoolgirls") stands between
        the trigger at *first* and its first ``between`` word, within the frame's window ("asked
        the teenager to share …", "bullied the girls into sending …"): the sentence names the
        child it asks, though not by one of ``child_markers``."""
        for j in range(first + 1, min(len(tokens), first + 1 + frame.window)):
            if tokens[j][2] in frame.between:
                return False
            if tokens[j][2] in self.child_words:
                return True
        return False

    @staticmethod
    def _verbs_share_object(
        tokens: list[tuple[int, int, str]],
        first: int,
        inside: range,
        conduct_word: list[bool],
    ) -> bool:
        """Whether the conduct words between a frame's trigger at *first* and its object are
        one verb joined to the trigger by "and" or "or" right after it, both taking the object
        ("accused of making and circulating an explicit video of a 14-year-old girl": making
        the video too; not "found uploading the obscene videos")."""
        if not inside or tokens[first + 1][2] not in ("and", "or"):
            return False
        told = [j for j in inside if conduct_word[j]]
        return bool(told) and told[0] == first + 2 and told == list(range(told[0], told[-1] + 1))

    def _child_is_framed(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        first: int,
        hit: int,
        text_names_child: bool,
    ) -> bool:
        """Whether a frame that needs a child, in a sentence with no ``child_markers``, acts on
        one all the same: an age below eighteen or a child's word (``child_context``) between
        its trigger and its object ("videographed the 14-year-old"), or the object is a victim
        (``victim_subjects``) in a report that names a child ("videographed the victim in the
        bathroom"; review 2026-12-09b M8)."""
        if self.child_context.search(text, tokens[first][1], tokens[hit][1]) is not None:
            return True
        return tokens[hit][2] in self.victim_subjects and text_names_child

    def _material_of_another(
        self, text: str, tokens: list[tuple[int, int, str]], inside: range, hit: int
    ) -> bool:
        """Whether the material a child is asked or forced to send is another's: a possessive
        between the ``between`` word and the material ("to share the girl's obscene video"),
        or "of" after it naming someone ("… obscene video of the girl", "… of his classmate"),
        not the child ("… of herself", "nude photos of her", "of him to …"). Then the child is
        asked to pass material on, and the sending stays the conduct (review 2026-12-09b M4).
        Reads at most ``_OWNER_REACH`` words after the object."""
        asked = False  # past the word that asks the sending ("to share …")
        for j in inside:
            asked = asked or tokens[j][2] in self.frame_between_words
            if (
                asked
                and tokens[j][2] == "s"
                and text[tokens[j - 1][1] : tokens[j][0]] in ("'", "\u2019")
            ):
                return True
        sentence_end = min(len(tokens), hit + 1 + _OWNER_REACH)
        for j in range(hit + 1, sentence_end):
            if text[tokens[j - 1][1] : tokens[j][0]].strip():
                return False  # a mark of punctuation ends the material's phrase
            if tokens[j][2] != "of":
                continue
            if j + 1 >= len(tokens) or text[tokens[j][1] : tokens[j + 1][0]].strip():
                return False
            owner = tokens[j + 1][2]
            if owner in self.own_material_words:
                return False  # "of herself"
            if text[tokens[j + 1][0]].isupper():
                return True  # "… obscene photos of Priya": a name
            # past a pronoun or a determiner, another only where a person is named ("of her
            # friend", "of the girl", "of his classmate"); "of her", "of her private parts",
            # "of her body", "of the previous day" are the child's own (review 2026-12-10b H3)
            named = j + 1
            if owner in self.own_material_pronouns or owner in self.config.determiners:
                named = j + 2
            owners = self.config.material_owners
            # (one adjective may stand before the person: "of her best friend", "of his
            # younger sister"; review 2026-12-10c; not a preposition, a joining word or a
            # pronoun: "of her to friends", "of her and her sister" are her own; review
            # 2026-12-10d M6)
            slots = [named]
            if named < len(tokens) and not (
                tokens[named][2] in self.config.prepositions
                or tokens[named][2] in self.subject_stops
                or tokens[named][2] in self.own_material_pronouns
                or tokens[named][2] in self.config.determiners
            ):
                slots.append(named + 1)
            return any(
                at < len(tokens)
                and not text[tokens[at - 1][1] : tokens[at][0]].strip()
                and tokens[at][2] in owners
                for at in slots
            )
        return False

    def _child_is_object(
        self, tokens: list[tuple[int, int, str]], inside: range, frame: Frame
    ) -> bool:
        """Whether the words between a trigger and its first ``between`` word (the person
        forced or asked: "forced the 15-year-old girl to send", "persuaded her to share") name
        a child or are "her"/"him", with no negator ("ask their children not to send": advice)
        and no one else ("asked his friend to send the minor's video")."""
        before: list[str] = []
        for j in inside:
            if tokens[j][2] in frame.between:
                break
            before.append(tokens[j][2])
        if not before or not self.negators.isdisjoint(before):
            return False
        if before[:1] in (["her"], ["him"]) and len(before) <= 2:
            return True  # "persuaded her to send", "forced him to share"
        # a child's possessive names another's thing ("used the girl's phone for …", "asked the
        # girl's brother to send"), unless the thing is her pictures ("used the minor girl's
        # photos for pornographic purposes"; review 2026-12-11b M10)
        kept = before
        for k in range(len(before) - 1, 0, -1):
            if before[k] == "s" and not (
                k + 1 < len(before) and before[k + 1] in self.material_nouns
            ):
                kept = before[k + 1 :]  # the possessor's whole phrase ("the minor girl's phone")
                break
        return not self.child_words.isdisjoint(kept) or any(
            w.isdigit() and int(w) < 18 for w in kept if len(w) < 3
        )

    def _child_receives(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        hit: int,
        frame: Frame,
    ) -> str:
        """Who receives what the trigger at *first* sends with its object at *hit*
        (:attr:`Frame.child_recipient`): "child" when a child word stands between them ("sent
        the minor obscene messages") or within six words after a "to" at most four words past
        the object, not a child's possessive ("to the minor girl's mother") and with none of
        ``not_recipients`` before it or right after it ("to the parents of the minor girl",
        "to the Child Welfare Committee"); "adult" when the words go to someone else, or a child
        sends them ("The 14-year-old girl sent obscene messages to the accused"): text messages
        then, no abuse material; "material" when material is sent as well (a word of
        ``keeps_trigger_with`` in the clause, or "of" right after the object: "messages of the
        minor"), or no recipient is named: the trigger keeps its own reading."""
        keeps = frozenset(frame.keeps_trigger_with)
        others = frozenset(frame.not_recipients)
        sentence = sentence_of[first]

        def child_at(j: int) -> bool:
            if tokens[j][2] not in self.child:
                return False
            while j + 1 < len(tokens) and tokens[j + 1][2] in self.child:
                j += 1  # "the minor girl's mother": the phrase's last word is the possessive
            after = tokens[j + 1][2] if j + 1 < len(tokens) else ""
            possessive = after == "s" and text[tokens[j][1] : tokens[j + 1][0]] in ("'", "\u2019")
            return not possessive and after not in others

        clause_end = first + 1
        while (
            clause_end < min(len(tokens), hit + 16)
            and sentence_of[clause_end] == sentence
            and not any(
                mark in text[tokens[clause_end - 1][1] : tokens[clause_end][0]] for mark in ".;:()"
            )
        ):
            clause_end += 1
        if any(tokens[j][2] in keeps for j in range(first + 1, clause_end)):
            return "material"  # "… to the minor with child pornography links"
        if hit + 1 < len(tokens) and tokens[hit + 1][2] == "of":
            return "material"  # "obscene messages of the minor": material of a child
        sender = [j for j in range(max(0, first - 5), first) if sentence_of[j] == sentence]
        if any(child_at(j) for j in sender):
            return "adult"  # a child sends them
        if any(child_at(j) for j in range(first + 1, hit)):
            return "child"
        reach = range(hit + 1, min(clause_end, hit + 5))
        to = next((j for j in reach if tokens[j][2] == "to"), None)
        if to is None:
            return "material"
        for j in range(to + 1, min(clause_end, to + 7)):  # "to the 14-year-old girl"
            if "," in text[tokens[j - 1][1] : tokens[j][0]] or tokens[j][2] in others:
                return "adult"
            if child_at(j):
                return "child"
        return "adult"

    def _passive_subject(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        trigger: int,
        frame: Frame,
    ) -> int | None:
        """The object word that is the subject of the passive trigger at *trigger* (see
        :attr:`Frame.passive`), or None. Looks back at most ``window`` words."""
        sentence = sentence_of[trigger]
        between = self.config.passive_between
        position = trigger - 1
        auxiliaries = 0
        while (
            position >= 0
            and trigger - position <= frame.window
            and sentence_of[position] == sentence
            and tokens[position][2] in between
            and text[tokens[position][1] : tokens[position + 1][0]].strip() == ""
        ):
            auxiliaries += 1
            position -= 1
        if position < 0 or sentence_of[position] != sentence:
            return None
        if tokens[position][2] not in frame.objects:
            # "photos of the minor were recovered": the head before an "of" phrase, for frames
            # whose objects are material ("a group of volunteers was formed" is no group)
            head = _head_before_of(tokens, sentence_of, position) if frame.of_head else None
            if head is None or tokens[head][2] not in frame.objects:
                return None
            position = head
        if text[tokens[position][1] : tokens[position + 1][0]].strip() != "":
            return None  # "… images, has been seized": the comma ends the subject
        if auxiliaries == 0:
            # "channels run by the accused"; material found on someone, "CSAM seized from
            # them", for frames whose agent is not the doer (storing)
            after = trigger + 1
            follows = tokens[after][2] if after < len(tokens) else ""
            if not (
                after < len(tokens)
                and sentence_of[after] == sentence
                and (follows == "by" or (follows == "from" and not frame.agent_acts))
            ):
                return None
        # the subject's own phrase, back to a mark: a preposition in it puts the object word in
        # a phrase of its own ("the content shared in the WhatsApp groups was created")
        prepositions = self.config.prepositions
        back = position - 1
        while (
            back >= 0
            and position - back <= _NOUN_PHRASE
            and sentence_of[back] == sentence
            and text[tokens[back][1] : tokens[back + 1][0]].strip() == ""
            and tokens[back][2] not in self.subject_stops
            and tokens[back][2] not in between
        ):
            # the subject's phrase ends at a conjunction, a relative or subordinating word or
            # an auxiliary ("arrested on Monday after explicit videos were recovered"); a
            # preposition before a number is a quantity's ("over 300 videos were found")
            if (
                tokens[back][2] in prepositions
                and not (
                    tokens[back][2] in self.config.quantity_prepositions
                    and back + 1 < position
                    and tokens[back + 1][2][:1].isdigit()
                )
                and not (
                    tokens[back][2] == "of" and back > 0 and tokens[back - 1][2] in _QUANTITY_HEADS
                )
            ):
                return None
            if tokens[back][2] == "of" and back > 0 and tokens[back - 1][2] in _QUANTITY_HEADS:
                break  # "of" after a quantity is the material's: "the quantity of CSAM seized"
            back -= 1
        by = trigger + 1 < len(tokens) and tokens[trigger + 1][2] == "by"
        if frame.agent_acts and by and self._lawful_agent(text, tokens, sentence_of, trigger + 2):
            return None  # "channels run by the state", "a group created by the police"
        return position

    def _owned_by_other(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        trigger: int,
        frame: Frame,
    ) -> bool:
        """Whether the thing the frame speaks of belongs to one of ``not_owners``: a
        possessive right before the trigger ("the minor girl's phone with photos", "the lab's
        computers") or within the window after it ("photos were recovered from the victim's
        phone")."""
        sentence = sentence_of[trigger]

        def owner_at(position: int) -> bool:
            return (
                position >= 1
                and sentence_of[position] == sentence
                and tokens[position][2] == "s"
                and text[tokens[position - 1][1] : tokens[position][0]] in ("'", "\u2019")
                and tokens[position - 1][2] in self.not_owners
            )

        # the thing the trigger is or holds: "the victim's phone containing videos"
        if owner_at(trigger - 1) or owner_at(trigger - 2):
            return True
        if not frame.passive:
            return False
        # where a passive frame's material came from: "recovered by the police from the
        # victim's laptop", up to the first mark of punctuation
        origin = False
        for position in range(trigger + 1, min(len(tokens), trigger + 1 + _ORIGIN_REACH)):
            if sentence_of[position] != sentence:
                break
            if text[tokens[position - 1][1] : tokens[position][0]].strip(" '\u2019"):
                break
            origin = origin or tokens[position][2] in self.config.origin_prepositions
            if origin and owner_at(position):
                return True
        return False

    def _negated(
        self, text: str, tokens: list[tuple[int, int, str]], first: int, sentence_of: list[int]
    ) -> bool:
        """Whether a negator within ``negation_window`` words before the conduct word at
        *first*, in its sentence, denies it ("didn't share", "neither published nor
        transmitted"). "Not only", "not just" and "not merely" deny nothing ("not only shared
        the videos but also uploaded them")."""
        sentence = sentence_of[first]
        low = max(-1, first - 1 - self.config.negation_window)
        for index in range(first - 1, low, -1):
            if sentence_of[index] != sentence:
                return False
            if tokens[index][2] in self.negators:
                following = tokens[index + 1][2] if index + 1 < first else ""
                return following not in _NOT_ONLY
        return self._no_passive_subject(text, tokens, first, sentence_of)

    def _no_passive_subject(
        self, text: str, tokens: list[tuple[int, int, str]], first: int, sentence_of: list[int]
    ) -> bool:
        """Whether a passive conduct word's subject is denied: "no obscene content was
        uploaded", "no videos of the minor were shared" (one of ``object_negators`` opening the
        subject, at most eight words before the form of "be", with no mark, ``subject_stops``
        word or determiner that opens the subject between: "no doubt the videos were
        uploaded" is no denial)."""
        sentence = sentence_of[first]
        at = first - 1
        skipped = 0
        while at >= 0 and sentence_of[at] == sentence and skipped < 3:
            if tokens[at][2] in _BE_FORMS:
                break
            if tokens[at][2] not in self.passive_between:
                return False
            at, skipped = at - 1, skipped + 1
        else:
            return False
        if at < 0 or sentence_of[at] != sentence or tokens[at][2] not in _BE_FORMS:
            return False
        for index in range(at - 1, max(-1, at - 9), -1):
            gap = text[tokens[index][1] : tokens[index + 1][0]]
            if sentence_of[index] != sentence or any(mark in gap for mark in ",;:()"):
                return False
            word = tokens[index][2]
            if word in self.object_negators:
                return self._opens_subject(text, tokens, sentence_of, index)
            if word in self.subject_stops:
                return False
            if (word in self.config.determiners or word in _POSSESSIVES) and (
                index == 0 or tokens[index - 1][2] != "of"
            ):
                return False  # the subject opens here: "no doubt the videos were uploaded"
        return False

    def _opens_subject(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        index: int,
    ) -> bool:
        """Whether the denying word at *index* opens a subject ("No videos were shared", "…
        that no such material is uploaded"): first in its sentence or clause, or after one of
        ``subject_stops``; not a comparison or a number ("no less than 300 videos were
        uploaded", "FIR No 45")."""
        sentence = sentence_of[index]
        following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
        if following in _NOT_DENYING or following.isdigit():
            return False
        if index == 0 or sentence_of[index - 1] != sentence:
            return True
        # first in its clause only: after a verb "no" is most often an object ("offered no
        # explanation why the videos were stored", "had no clue the videos were circulated")
        gap = text[tokens[index - 1][1] : tokens[index][0]]
        return tokens[index - 1][2] in self.subject_stops or any(m in gap for m in ',;:("')

    def _names_no_material(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        first: int,
        last: int,
        sentence_of: list[int],
        after: list[str],
        conduct: str,
    ) -> bool:
        """Whether one of the conduct's ``not_objects`` is its object (:class:`NotObject`): in
        the words *after* it, before the first material word (the first noun is the object:
        "shared the videos, causing panic"; a material word that only qualifies an object word
        is none: "recorded the video statement of the minor"), or right before it. Most
        conduct words have no object word near: one set test decides them."""
        rules = self.not_objects_of.get(conduct)
        if not rules:
            return False
        sentence = sentence_of[first]
        low = max(0, first - self.not_objects_before)
        near = [tokens[i][2] for i in range(low, first) if sentence_of[i] == sentence]
        if self.not_object_words.isdisjoint(after) and self.not_object_words.isdisjoint(near):
            return False

        def joined(i: int) -> bool:
            # the word after[i] follows after[i - 1] with nothing but spaces between
            index = last + 1 + i
            return index < len(tokens) and not text[tokens[index - 1][1] : tokens[index][0]].strip()

        reach = next(
            (
                i
                for i in range(len(after))
                if (size := self.material_only.length_at(after, i))
                and (
                    i + size >= len(after)
                    or after[i + size] not in self.not_object_words
                    or not joined(i + size)
                )
            ),
            len(after),
        )

        # material named with the object word counts ("sold drugs and child sexual abuse videos")
        # but not past "and" before another verb ("sent letters to the girl and later shared
        # her photos")
        def ends_clause(i: int) -> bool:
            if after[i] not in self.subject_stops:
                return False
            if after[i] not in ("and", "or") or i + 1 >= len(after):
                return True
            following = after[i + 1]
            return (
                following.endswith("ed")
                or following in self.past_forms
                or following in self.generic_adverbs
                or following in self.passive_between
            )

        clause = next((i for i in range(len(after)) if ends_clause(i)), len(after))
        # the object does not run past a comma: "… were shared, we will write to Snapchat for
        # account details"
        comma = next(
            (
                i
                for i in range(len(after))
                if last + 1 + i < len(tokens)
                and any(
                    mark in text[tokens[last + i][1] : tokens[last + 1 + i][0]] for mark in ",;:"
                )
            ),
            len(after),
        )
        reach = min(reach, comma)
        said = " ".join(tokens[i][2] for i in range(first, last + 1))
        sharer = tokens[first - 1][2] if first > 0 and sentence_of[first - 1] == sentence else ""
        # a preposition ends the object only where the material is named already, in the
        # conduct's own words or right before it ("made child pornography videos for a
        # website"); not "generated revenue through websites" (review 2026-12-09a M4)
        said_words = [tokens[i][2] for i in range(max(0, first - 3), last + 1)]
        material_named = any(self.material_only.at(said_words, i) for i in range(len(said_words)))

        def material_before(rule_kept: tuple[str, ...] = ()) -> bool:
            # material named earlier in the sentence, at most `_MATERIAL_BEFORE` words back, and
            # no person named after it ("kidnapped the two sisters and kept them"; not "videos
            # of minors", a person in the material's own "of" phrase; review 2026-12-10b M6)
            earlier = [
                tokens[i][2]
                for i in range(max(0, first - _MATERIAL_BEFORE), first)
                if sentence_of[i] == sentence
            ]
            material = max(
                (
                    i
                    for i in range(len(earlier))
                    if self.material_only.at(earlier, i) or earlier[i] in rule_kept
                ),
                default=-1,
            )
            if material < 0:
                return False
            if not after or after[0] not in _PEOPLE_PRONOUNS:
                return True  # "recorded the girl bathing and kept it": "it" is no person
            # a person kept: the object of a verb of confining or luring after the material
            # ("… lured the two girls and kept them"; not "videos of the minor girl and her
            # friend", "showed them to his friend"; review 2026-12-11b M7)
            owners = self.config.material_owners
            confining = self.config.confining_verbs
            verb = next(
                (i for i in range(material + 1, len(earlier)) if earlier[i] in confining), None
            )
            return verb is None or not any(
                earlier[i] in owners for i in range(verb + 1, min(len(earlier), verb + 5))
            )

        for objects, rule in rules:
            if rule.triggers and said not in rule.triggers:
                continue
            if rule.after_preposition:
                if _after_preposition(
                    after[: rule.after], objects, rule.after_preposition, rule.not_between
                ):
                    return True
                continue
            if (
                _object_named(
                    after[: min(rule.after, reach)],
                    objects,
                    rule.not_after if material_named or not rule.not_after_needs_material else (),
                )
                and not (
                    rule.clear_of_material
                    and any(
                        self.material_only.at(after, i) or _kept_by(after, i, objects, rule, sharer)
                        # past the clause, not past a comma or a relative "who" ("shared what
                        # had happened with her parents, who found obscene photos …"; review
                        # 2026-12-10b M5)
                        for i in range(
                            (
                                min(comma, _before_relative(after))
                                if rule.clear_to_comma
                                else len(after)
                            )
                            if rule.clear_past_clause
                            else max(clause, _next_clause(after))
                            if rule.unless_material_before
                            else clause
                        )
                    )
                )
                and not (rule.unless_material_before and material_before(rule.kept_by))
                and not (rule.unless_after and not set(rule.unless_after).isdisjoint(after[:5]))
                and not (
                    rule.clear_of_sexual_material
                    and self._names_sexual(_before_topic(after[:clause], rule.topic_words))
                )
            ):
                return True
            named = [
                i
                for i in self._words_before(tokens, sentence_of, first, rule.before)
                if tokens[i][2] in objects
            ]
            if named and rule.before_clear_of_doers:
                # "Police have proof the tutor uploaded …", "After a few messages the accused
                # shared a nude video …": a doer between, or material after, is the act
                doers = self.charged_person_words
                named = [
                    i
                    for i in named
                    if all(
                        tokens[k][2] not in doers
                        and not (k > i + 1 and text[tokens[k][0]].isupper())
                        for k in range(i + 1, first)
                    )
                ]
                if named and not self.subject_words.material_of_heads.isdisjoint(after[:clause]):
                    named = []
            # "the data shared on Facebook"; but, where the rule allows, not the last of a list
            # that names material ("videos of the minor and her personal details uploaded")
            if named and not (
                rule.after_material_list
                and self._last_of_material_list(text, tokens, named[-1], sentence_of)
            ):
                return True
        return False

    @cached_property
    def conduct_first_words(self) -> frozenset[str]:
        """The first words of the conduct lexicon's terms ("sharing", "circulation" of
        "circulation of"), not of ``not_conduct``'s phrases ("prosecution", "transaction")."""

        def names_conduct(node: _Trie) -> bool:
            if node.payload is not None and node.payload[0] is not None:
                return True
            return any(names_conduct(child) for child in node.children.values())

        return frozenset(w for w, node in self.trie.children.items() if names_conduct(node))

    @cached_property
    def person_conducts(self) -> frozenset[str]:
        """The config's ``person_conducts``."""
        return frozenset(self.config.person_conducts)

    def _done_to_a_child(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
    ) -> bool:
        """Whether the conduct word is done to a child herself, not to material: a child is
        its object, past determiners and an age ("sold the minor girl to a man for Rs 50,000"),
        with no possessive or material word right after ("sold the minor girl's videos"), or the
        subject of its passive ("The children were sold to a man", "the girl was kept in a
        room"). Selling, buying or keeping a child is trafficking or confinement (IPC ss.370,
        372, 373; BNS ss.143, 98, 99), not abuse material."""
        sentence = sentence_of[first]
        at = last + 1
        while (
            at < len(tokens)
            and sentence_of[at] == sentence
            and at - last <= 6
            and (
                tokens[at][2] in self.config.determiners
                or tokens[at][2].isdigit()
                or tokens[at][2] in ("year", "years", "old", "aged")
            )
        ):
            at += 1
        run = at
        while (
            run < len(tokens)
            and sentence_of[run] == sentence
            and tokens[run][2] in self.person_words
        ):
            run += 1
        if run > at:
            # the child ends the object: a sentence's end, a mark, or a preposition or
            # conjunction after it ("sold the minor girl to a man"); not a possessive ("the
            # minor girl's videos") nor a modifier of the object ("child sexual abuse material")
            if run >= len(tokens) or sentence_of[run] != sentence:
                return True
            gap = text[tokens[run - 1][1] : tokens[run][0]]
            if gap.startswith(("'", "\u2019")):
                return False
            if gap.strip():
                return True
            following = tokens[run][2]
            if following in ("and", "or"):
                # "sold a 16-year-old girl and her obscene video": her material is sold too;
                # not "sold the minor girl and made obscene videos of her" (a new verb)
                later = [tokens[i][2] for i in range(run + 1, min(len(tokens), run + 6))]
                while later and later[0] in ("also", "even"):
                    later = later[1:]
                if not later or later[0] in self.material_nouns:
                    return not later
                if later[0] in self.config.determiners or later[0] in _POSSESSIVES:
                    # "and her obscene video", "and the recorded videos of her": material; not
                    # "and the man made videos of her" (a subject and its verb)
                    noun = next(
                        (
                            i
                            for i in range(1, min(4, len(later)))
                            if later[i] in self.material_nouns
                        ),
                        None,
                    )
                    if noun is None:
                        return True
                    between = later[1:noun]
                    # a subject and its verb: "and the man made videos"; not an adverb or a
                    # number before a participle ("the illegally shot obscene videos", "her
                    # three recorded videos")
                    return any(
                        (w.endswith("ed") or w in self.past_forms)
                        and at > 0
                        and not between[at - 1].endswith("ly")
                        and not between[at - 1].isdigit()
                        and between[at - 1] not in NUMBER_WORDS
                        for at, w in enumerate(between)
                    )
                return True  # "and made obscene videos of her": a new verb
            return following in self.config.prepositions or following in self.subject_stops
        before = text[max(0, tokens[first][0] - _OBJECT_REACH) : tokens[first][0]]
        marks = list(_CLAUSE_MARK.finditer(before))
        if marks:
            before = before[marks[-1].end() :]
        passive = self.passive_before.search(before)
        if passive is None:
            return False
        subject = [w.lower().strip(_QUOTES) for w in before[: passive.start()].split()]
        # "obscene videos of the minor were stored": material is the subject, not the minor
        return (
            bool(subject)
            and subject[-1] in self.person_words
            and self.material_nouns.isdisjoint(subject)
        )

    @cached_property
    def person_words(self) -> frozenset[str]:
        """Words that name a child herself (``child_markers``, ``child_context`` and
        ``person_nouns``), for :meth:`_done_to_a_child`."""
        return frozenset(
            w
            for w in (*self.child_words, *(w.lower() for w in self.config.person_nouns))
            if w not in self.material_nouns and w not in ("csam", "cseam", "pocso")
        )

    def _names_sexual(self, said: Sequence[str]) -> bool:
        """Whether *said* calls what it names sexual: a word of the sexual ``material_words``,
        or of ``sexual_qualifiers`` ("vulgar", "intimate", "rape") right before one of
        ``qualified_nouns`` ("intimate videos", "private parts"), "rape" not naming a victim
        ("the minor rape survivor"; "sexual assault survivor", "private school": no material)."""
        qualifiers = frozenset(self.config.sexual_qualifiers)
        nouns = frozenset(self.config.qualified_nouns)
        return any(
            word in self.sexual_material_words
            or (
                word in qualifiers
                and not (at + 1 < len(said) and said[at + 1] in _VICTIM_NAMES)
                and (
                    not nouns.isdisjoint(said[at + 1 : at + 3])
                    # "clips of the sexual assault": the pictures are of the act (not "photos
                    # of the rape spot", "of the rape accused": a place or a person)
                    or (
                        any(
                            said[k] in nouns and "of" in said[k + 1 : at]
                            for k in range(max(0, at - 3), at)
                        )
                        and not (at + 1 < len(said) and said[at + 1] in _NOT_THE_ACT)
                        and not (
                            at + 2 < len(said)
                            and said[at + 1] in _ACT_NOUNS
                            and said[at + 2] in _NOT_THE_ACT
                        )
                    )
                )
            )
            for at, word in enumerate(said)
        )

    @cached_property
    def sexual_material_words(self) -> frozenset[str]:
        """The single words of ``material_words`` that call material sexual ("obscene",
        "nude"; not the ``generic_material`` "photo" or "video")."""
        return frozenset(
            w.lower()
            for w in self.config.material_words
            if " " not in w and w.lower() not in self.generic_material
        )

    @cached_property
    def punishment_cues(self) -> _Phrases:
        """The config's ``punishment_cues``, as words."""
        return _Phrases(words(c) for c in self.config.punishment_cues)

    def _punished_act(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
    ) -> bool:
        """Whether a conduct word after "punishment for" is an act punished, not the law: a
        word of ``sentencing_words`` in the fourteen words before it in its sentence ("awarded
        him three years … as punishment for circulating …"), or a particular object after it
        (:meth:`_specific_object`: "for circulating the obscene video of the 14-year-old")."""
        sentence = sentence_of[first]
        config = self.config
        sentencing = frozenset(config.sentencing_words)
        for i in range(max(0, first - 14), first):
            if sentence_of[i] != sentence or i == 0 or sentence_of[i - 1] != sentence:
                continue  # not a sentence's first word ("Given the menace, the punishment …")
            word = tokens[i][2]
            if word in sentencing:
                return True
            if (
                word in config.passive_sentencing_words
                and tokens[i - 1][2] in (*_BE_FORMS, "had")
                and _names_a_sentence(tokens, i + 1, config.sentence_openers)
            ):
                return True  # "was given five years' RI as punishment for …"; not "given bail"
            if word in config.object_sentencing_words:
                # "the court gave him three years as punishment for …"; not "gave them details
                # of the punishment for …"
                size = self._sentencing_object(tokens, i + 1)
                if size and _names_a_sentence(tokens, i + 1 + size, config.sentence_openers):
                    return True
            if word in config.facing_words and self._particular_subject(
                text, tokens, sentence_of, i
            ):
                return True  # "the accused faces punishment for sharing …": charged
        if any(
            tokens[i][2] == "as" and tokens[i + 1][2] in ("punishment", "penalty")
            for i in range(max(0, first - 4), first - 1)
            if sentence_of[i] == sentence
        ):
            return True  # "… as punishment for uploading …"
        return self._specific_object(tokens, sentence_of, last)

    @cached_property
    def near_topic_cues(self) -> _Phrases:
        """The config's ``near_topic_cues``, as words."""
        return _Phrases(words(c) for c in self.config.near_topic_cues)

    @cached_property
    def related_cues(self) -> _Phrases:
        """The config's ``related_cues``, as words."""
        return _Phrases(words(c) for c in self.config.related_cues)

    @cached_property
    def other_topic_cues(self) -> _Phrases:
        """``topic_cues`` other than ``related_cues``."""
        related = {tuple(words(c)) for c in self.config.related_cues}
        return _Phrases(
            cue for c in self.config.topic_cues if (cue := tuple(words(c))) not in related
        )

    def _charged_with(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        before: list[str],
    ) -> bool:
        """Whether the topic cues in *before* (the words just before the conduct word at
        *first*) are only relation cues (``related_cues``) that an arrest or a charge governs:
        right before the cue, a charge's words (``charge_anchors``) with one of
        ``charge_prepositions`` ("for offences", "on charges", "in a case", "in connection with
        offences"), and earlier in the clause one of ``charged_words`` (or ``charged_passives``
        after an auxiliary: "was held"), not in a relative clause ("officials who arrested
        several offenders spoke on crimes related to …") and with no ";", "and the" or one of
        ``charge_clause_stops`` between ("arrested on Sunday for offences related to the
        circulation of …" is the charge; "He was arrested on Tuesday; the police have registered
        40 cases related to …" and "attended a counselling session related to …" are not;
        reviews 2026-12-10a M3, M4, 2026-12-10b H1). Reads at most ``_ANCHOR_REACH`` and
        ``_CHARGE_REACH`` words back from the cue: linear."""
        if not self.related_cues.anywhere(before) or self.other_topic_cues.anywhere(before):
            return False
        sentence = sentence_of[first]
        cue = next(
            (
                i
                for i in range(max(0, first - self.config.topic_window), first)
                if sentence_of[i] == sentence and self.related_cues.by_first.get(tokens[i][2])
            ),
            None,
        )
        if cue is None:
            return False
        config = self.config
        anchor = cue
        while (
            anchor > 0
            and cue - anchor < _ANCHOR_REACH
            and sentence_of[anchor - 1] == sentence
            and tokens[anchor - 1][2] in config.charge_anchors
        ):
            anchor -= 1
        if not any(tokens[i][2] in config.charge_prepositions for i in range(anchor, cue)):
            return False  # "heard arguments related to …": no charge's words before the cue
        for i in range(anchor - 1, max(-1, anchor - 1 - _CHARGE_REACH), -1):
            if sentence_of[i] != sentence or ";" in text[tokens[i][1] : tokens[i + 1][0]]:
                return False
            word = tokens[i][2]
            if word in config.charge_clause_stops or (
                word == "and" and i + 1 < len(tokens) and tokens[i + 1][2] == "the"
            ):
                return False
            following = tokens[i + 1][2] if i + 1 < len(tokens) else ""
            if (
                word in config.charge_finite_verbs
                and following not in config.prepositions
                and not (
                    i > 0
                    and (
                        tokens[i - 1][2] in config.charge_auxiliaries
                        or tokens[i - 1][2] in config.charge_relatives
                    )
                )
            ):
                return False  # "the police conducted an awareness drive on crimes related to …"
            if "," in text[tokens[i][1] : tokens[i + 1][0]] and self._fronted_clause(
                text, tokens, sentence_of, i
            ):
                return False  # "After two men were arrested, the police met parents on …"
            # not in a relative clause ("the officer who had arrested …"), nor a charge word
            # as an adjective ("the detained youths were counselled on …"; review 2026-12-10c
            # H1)
            # (an active relative only: "who was arrested for …" is the one charged; review
            # 2026-12-10d H1)
            # (past an active auxiliary and an adverb: "who had already arrested"; review
            # 2026-12-10d M2)
            # (a relative clause's charge governs a cue inside it: "The SIT, which has already
            # arrested five persons in cases related to …"; review 2026-12-11b M3)
            # ("The inspector who arrested the accused delivered a lecture on crimes related to
            # …": a finite verb with an object after the relative's ends it too; review
            # 2026-12-11c H5)
            # (a relative's charge governs a cue only when its object leads right to it: "which
            # has already arrested five persons in cases related to …"; "who arrested the gang
            # last year took a class on …" is another clause; reviews 2026-12-11c H5,
            # 2026-12-11d H3)
            relative = self._active_relative(tokens, i) and (
                anchor - i > _RELATIVE_OBJECT + 1
                or any("," in text[tokens[j][1] : tokens[j + 1][0]] for j in range(i, anchor - 1))
                or any(
                    (
                        tokens[j][2].endswith("ed")
                        and tokens[j][2] not in config.charged_persons
                        and tokens[j - 1][2] not in config.determiners
                    )
                    or tokens[j][2] in config.clause_verbs
                    for j in range(i + 2, anchor)
                )
            )
            attributive = i > 0 and tokens[i - 1][2] in config.determiners
            if word in self.charged_words and not relative and not attributive:
                return True
            if word in config.charged_passives:
                return self._held_as_charge(text, tokens, sentence_of, i, anchor, cue)
        return False

    def _event_held(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], auxiliary: int
    ) -> bool:
        """Whether the noun right before the auxiliary of "was held" (past a comma-closed
        aside: "A meeting, chaired by the DM, was held …") is an event (``held_events``), and
        not the object of a relative clause ("A man who attended the meeting was held …").
        Only that noun is read: "Last week two men were held …", "A sitting MLA was held …"
        are arrests (reviews 2026-12-11d H1, 2026-12-11e H1, H2). Bounded: linear."""
        sentence = sentence_of[auxiliary]
        head = auxiliary - 1
        if head >= 0 and "," in text[tokens[head][1] : tokens[auxiliary][0]]:
            head = next(
                (
                    k - 1
                    for k in range(head, max(0, head - _ASIDE_REACH), -1)
                    if sentence_of[k] == sentence and "," in text[tokens[k - 1][1] : tokens[k][0]]
                ),
                -1,
            )
        if head < 0 or sentence_of[head] != sentence:
            return False
        config = self.config
        if tokens[head][2] not in config.held_events:
            # past one phrase after the event: "A workshop for students was held …", "A meeting
            # of senior officers was held …" (review 2026-12-11f N1)
            head = next(
                (
                    k - 1
                    for k in range(head - 1, max(0, head - _ASIDE_REACH), -1)
                    if sentence_of[k] == sentence and tokens[k][2] in config.prepositions
                ),
                -1,
            )
            if (
                head < 0
                or sentence_of[head] != sentence
                or tokens[head][2] not in config.held_events
            ):
                return False
        # not a relative clause's object ("A man who attended the meeting was held …"); "that"
        # after a verb of saying opens what was said ("Police said that a workshop was held …";
        # review 2026-12-11f N2)
        return not any(
            tokens[k][2] in config.charge_relatives
            and not (
                tokens[k][2] == "that"
                and k > 0
                and tokens[k - 1][2] in config.that_complement_verbs
            )
            for k in range(max(0, head - _ASIDE_REACH), head)
            if sentence_of[k] == sentence
        )

    def _fronted_clause(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        comma_at: int,
    ) -> bool:
        """Whether the comma after the word at *comma_at* closes a subordinate clause that
        opens its sentence: the sentence's first comma, after "After", "When", "Soon after" …
        ("After two men were arrested, …"; not the later commas of "As part of Operation
        Carbon, the CBI arrested 41 persons, including two women, on charges …"; review
        2026-12-11c H4). Read back at most ``_CHARGE_REACH`` words."""
        sentence = sentence_of[comma_at]
        first = comma_at
        while first > 0 and comma_at - first < _CHARGE_REACH and sentence_of[first - 1] == sentence:
            first -= 1
            if "," in text[tokens[first][1] : tokens[first + 1][0]]:
                return False  # an earlier comma in the sentence: this one closes no clause
        if first > 0 and sentence_of[first - 1] == sentence:
            return False  # the sentence opens further back than the reach
        opener = tokens[first][2]
        if opener == "soon" and first + 1 < len(tokens):
            opener = tokens[first + 1][2]
        return opener in _SUBORDINATORS

    def _active_relative(self, tokens: list[tuple[int, int, str]], verb: int) -> bool:
        """Whether the verb at *verb* is in an active relative clause: one of
        ``charge_relatives`` right before it, or past up to two ``charge_active_auxiliaries``
        or adverbs ("who had already arrested"); not a passive one ("who was arrested for …"
        names the one charged; review 2026-12-10d H1), nor "that" after a verb of saying
        (``that_complement_verbs``: "said that they arrested …")."""
        config = self.config
        at = verb - 1
        for _ in range(3):
            if at < 0:
                return False
            word = tokens[at][2]
            if word in config.charge_relatives:
                return not (
                    word == "that" and at > 0 and tokens[at - 1][2] in config.that_complement_verbs
                )
            if word in config.charge_auxiliaries or not (
                word in config.charge_active_auxiliaries or word in self.generic_adverbs
            ):
                return False
            at -= 1
        return False

    def _held_as_charge(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        held: int,
        anchor: int,
        cue: int,
    ) -> bool:
        """Whether "held" at *held* is an arrest. After an auxiliary (and perhaps an adverb),
        when the charge's words before the cue (``tokens[anchor:cue]``) are a charge's, not a
        topic's: a preposition other than "on" ("was held for offences related to …", "was
        held in a case related to …"), or "on charges" ("was held on charges related to …");
        events are held "on" their topic ("A workshop was held at the school on crimes related
        to …", whatever the event's name), and a ruling is "held" of no one ("It was held …")
        nor "held liable", "held back", "held in camera" (``held_not_after``). With no
        auxiliary, a person at the head of its sentence, as headlines write it ("Man held for
        offences related to …"). Reviews 2026-12-10b L5, 2026-12-10c H1, 2026-12-10d H2,
        2026-12-11a H1 to H3, 2026-12-11b H2, H3, 2026-12-11c H1 to H3."""
        config = self.config
        sentence = sentence_of[held]
        following = [tokens[k][2] for k in range(held + 1, min(len(tokens), held + 3))]
        if following[:1] and following[0] in config.held_not_after:
            return False
        if following in (["in", "camera"], ["as", "evidence"], ["as", "proof"]):
            return False  # "The computer was held as evidence in the case …"
        back = held - 1
        if back >= 0 and (
            tokens[back][2] in self.generic_adverbs or tokens[back][2] in config.charge_anchors
        ):
            back -= 1  # "allegedly"
        if back < 0 or sentence_of[back] != sentence:
            return False
        if tokens[back][2] in config.charge_auxiliaries:
            while back > 0 and (
                tokens[back - 1][2] in config.charge_auxiliaries
                or tokens[back - 1][2] in config.charge_active_auxiliaries
            ):
                back -= 1  # "has (already) been held"
            if back > 0 and tokens[back - 1][2] in _NO_PERSONS:
                return False  # "It was held in a case related to …": a ruling
            if self._event_held(text, tokens, sentence_of, back):
                return False  # "A workshop was held for students in connection with …"
            anchors = [tokens[k][2] for k in range(anchor, cue)]
            prepositions = [w for w in anchors if w in config.charge_prepositions]
            return bool(prepositions) and (
                prepositions[0] != "on" or not set(anchors).isdisjoint(_CHARGE_NOUNS)
            )
        # a headline's "held" with no auxiliary: a person within its first words ("Man held
        # for …", "Pune man held for …"), a charge's preposition after it
        start = back
        while start > 0 and sentence_of[start - 1] == sentence:
            start -= 1
        return (
            back - start <= 2
            and tokens[back][2] in config.charged_persons
            and bool(following)
            and following[0] in config.charge_prepositions
        )

    @cached_property
    def charged_words(self) -> frozenset[str]:
        """The config's ``charged_words``."""
        return frozenset(w.lower() for w in self.config.charged_words)

    @cached_property
    def topic_list_cues(self) -> _Phrases:
        """The config's ``topic_list_cues``, as words."""
        return _Phrases(words(c) for c in self.config.topic_list_cues)

    def _in_topic_list(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first* is an item of a list of topics that one of
        ``topic_list_cues`` opens (:class:`~lawref.analysis.models.AnalysisConfig`): walking
        back at most ``topic_list_reach`` words of its sentence, past no clause word other than
        "and" or "or" and no ";" or ":", to the end of a cue. Bounded, so linear."""
        cues = self.topic_list_cues
        if not cues.by_first:
            return False
        word = tokens[first][2]
        if not word.endswith(("ing", "ion", "ions")):
            return False  # a noun of conduct, not a verb ("…, later shared obscene videos")
        ahead = [tokens[i][2] for i in range(first + 1, min(len(tokens), first + 8))]
        sentence = sentence_of[first]
        low = max(0, first - self.config.topic_list_reach)
        if "by" in ahead:
            agent = ahead[ahead.index("by") + 1 :][:2]
            if any(w in self.config.topic_list_doers for w in agent):
                return False  # "issues such as the sharing of the videos by the accused": his act
            if any(w in self.config.topic_list_doer_pronouns for w in agent) and not any(
                tokens[i][2] in self.config.general_people
                for i in range(low, first)
                if sentence_of[i] == sentence
            ):
                return False  # "… by him", where no people in general came before
        if not any(tokens[i][2] in cues.by_first for i in range(low, first)):
            return False  # most conduct nouns have no cue's first word before them
        for i in range(first - 1, low - 1, -1):
            if sentence_of[i] != sentence:
                return False
            gap = text[tokens[i][1] : tokens[i + 1][0]]
            if ";" in gap or ":" in gap:
                return False
            # a cue that ends at *i*: its first word at most three words back
            for size in (1, 2, 3):
                start = i - size + 1
                if start >= 0 and cues.length_at([t[2] for t in tokens[start : i + 1]], 0) == size:
                    return True
            said = tokens[i][2]
            if said in self.subject_stops and said not in ("and", "or"):
                return False
            if said in self.config.topic_list_ends or said in self.past_forms:
                return False  # "who faced issues such as depression, was sharing …": his act
        return False

    def _quoted_term(
        self, text: str, tokens: list[tuple[int, int, str]], first: int, last: int
    ) -> bool:
        """Whether the conduct words at *first*..*last* stand alone in quotation marks (a full
        stop or comma may close them inside) right after one of ``quoted_term_cues``, or after
        "of" and one of ``quoted_term_of_nouns``: a term
        discussed ("the interpretation of “possession” under Section 15 of the POCSO Act", "also
        called “sextortion”"), not an act told. Scare quotes after other words ("held for
        “sharing” videos") are left as they are."""
        start, end = tokens[first][0], tokens[last][1]
        if start == 0 or text[start - 1] not in _OPENING_QUOTES:
            return False
        if start >= 2 and text[start - 2].isalnum():
            return False  # an apostrophe inside a word, not a quotation mark
        closing = end + (1 if text[end : end + 1] in (".", ",") else 0)
        if text[closing : closing + 1] not in _CLOSING_QUOTES or first == 0:
            return False
        before = tokens[first - 1][2]
        if before == "of":
            # "the interpretation of “possession”", not "accused of “sharing”" (review
            # 2026-12-13b H1)
            return first >= 2 and tokens[first - 2][2] in self.config.quoted_term_of_nouns
        return before in self.quoted_term_cues

    @cached_property
    def quoted_term_cues(self) -> frozenset[str]:
        """The config's ``quoted_term_cues``."""
        return frozenset(self.config.quoted_term_cues)

    def _near_topic(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether one of ``near_topic_cues`` ends right before the conduct word at *first*
        ("a campaign against sextortion"), with no comma, semicolon or colon between; or up to
        three words before it when they are the topic's own phrase before a noun that heads an
        "of" phrase ("combat the growing online circulation of …"), or one word of
        ``general_people`` ("its inability to stop people upload child porn"). A person noun
        ("peddlers") is the cue's topic only right after it, and never after a cue ending in
        "the" ("dealing with the buyer and sold …")."""
        cues = self.near_topic_cues.by_first
        if not any(tokens[i][2] in cues for i in range(max(0, first - 7), first)):
            return False  # most conduct words have no cue's first word before them
        word = tokens[first][2]
        person = word.endswith(("er", "ers", "or", "ors"))
        noun = word.endswith(("ion", "ions", "ing")) or word in ("sale", "sales", "spread")
        following = tokens[first + 1][2] if first + 1 < len(tokens) else ""
        # a noun that heads an "of" phrase, or is joined to one ("the downloading and sharing
        # of", "the circulation and sale of"), or a gerund after "of" ("the consequences of
        # sharing …")
        # a noun that heads an "of" phrase, alone or joined to the next ("the circulation and
        # sale of", "the downloading and sharing of"); not "unable to stop the boy viewing and
        # downloading child pornography" (no "of": his acts)
        ahead = [tokens[i][2] for i in range(first + 1, min(len(tokens), first + 6))]
        # … or listed with commas before one ("the uploading, storing and sharing of")
        listed = (
            first + 1 < len(tokens)
            and "," in text[tokens[first][1] : tokens[first + 1][0]]
            and "of" in ahead[:5]
            and all(
                w in self.trie.children or w in ("and", "or") for w in ahead[: ahead.index("of")]
            )
        )
        nominal = noun and (
            following == "of"
            or (following in ("and", "or") and len(ahead) >= 3 and ahead[2] == "of")
            or listed
        )
        sentence = sentence_of[first]
        low = first
        nouns = ("ion", "ions", "ing", "sale", "age")
        conduct_words = self.conduct_first_words
        while low > max(0, first - 7) and sentence_of[low - 1] == sentence:
            gap = text[tokens[low - 1][1] : tokens[low][0]]
            if any(mark in gap for mark in ";:") or (
                "," in gap
                # a comma inside a list of conduct nouns ("the creation, storage and sharing
                # of"); not "While tackling the investigation, sharing of …"
                and not (
                    tokens[low - 1][2] in conduct_words
                    and tokens[low - 1][2].endswith(nouns)
                    and tokens[low][2] in conduct_words
                )
            ):
                break
            low -= 1
        said = [tokens[i][2] for i in range(low, first)]
        stops = self.config.coordinators
        for i, word in enumerate(said):
            for cue in cues.get(word, ()):
                if tuple(said[i : i + len(cue)]) != cue:
                    continue
                between = said[i + len(cue) :]
                # a person only as the cue's own object ("the war against peddlers of …"; not
                # "dealing with the buyer and sold …", whose cue ends in "the")
                if person and (between or cue[-1] == "the"):
                    continue
                if not between:
                    return True
                if cue == ("what", "is"):
                    continue  # "What is Sextortion?"; not "What is shocking is the selling …"
                # up to three words of the topic's own phrase between ("the growing online
                # circulation of", "the online sharing of"): the conduct word a noun heading an
                # "of" phrase, and no clause or subject between ("Despite the ban on Telegram he
                # uploaded …", "some kind of online racket selling …")
                while between and between[-1] in conduct_words and between[-1].endswith(nouns):
                    between = between[:-1]  # "the creation, storage and sharing of …"
                    if between and between[-1] in ("and", "or"):
                        between = between[:-1]
                if (
                    len(between) >= 2
                    and between[-1] in ("and", "or")
                    and between[-2].endswith(nouns)
                ):
                    between = between[:-2]  # "the online downloading and sharing of …"
                if (
                    len(between) <= 3
                    and nominal
                    and not any(
                        w in stops or w in self.subject_stops or w in _PRONOUNS for w in between
                    )
                ):
                    return True
                if len(between) == 1 and between[0] in self.config.general_people:
                    return True  # "its inability to stop people upload child porn"
        return False

    def _cases_counted_for(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first* names what counted cases were registered for:
        "for" right before it (past "online"), and before that, in its sentence and within six
        words, one of ``counted_cases`` after a count of two or more and a word of
        ``statistics_words`` ("A total of 116 cases were registered for publishing pictures
        …"), or the count alone after such a noun ("… and 21 for publishing or transmitting
        obscene material"); not cases "against" someone ("cases against 58 for sharing …": their
        acts)."""
        sentence = sentence_of[first]
        at = first - 1
        if at >= 0 and tokens[at][2] == "online":
            at -= 1
        if at < 1 or sentence_of[at] != sentence or tokens[at][2] != "for":
            return False
        nouns = frozenset(self.config.counted_cases)
        earlier = [i for i in range(max(0, at - 20), at - 1) if sentence_of[i] == sentence]
        if any(tokens[i][2] == "against" for i in earlier[-6:]):
            return False
        if (
            _count_of(tokens[at - 1][2]) >= 2
            and at >= 2
            and (tokens[at - 2][2] == "and" or "," in text[tokens[at - 2][1] : tokens[at - 1][0]])
            and any(tokens[i][2] in nouns for i in earlier)
        ):
            return True  # "… and 21 for publishing"; not "charged members Rs 200 for sharing"
        statistics = frozenset(self.config.statistics_words)
        for i in range(at - 1, max(-1, at - 7), -1):
            if sentence_of[i] != sentence:
                return False
            if tokens[i][2] in nouns:
                # a count in statistics' words: "A total of 116 cases were registered for …";
                # not an operation's own cases ("As many as 268 cases were registered for
                # circulating …" tells what its accused did)
                return any(_count_of(tokens[j][2]) >= 2 for j in range(max(0, i - 3), i)) and any(
                    tokens[j][2] in statistics for j in range(max(0, i - 6), i)
                )
        return False

    def _counted_cases_of(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first* is said of counted cases of material, as
        statistics count them: one of ``counted_cases`` or ``counted_reports`` after a count of
        two or more, then "of", within ten words before it in its sentence, with no other verb's
        subject between ("over 25,000 cases of suspected child pornography material were
        uploaded", "1,200 instances of child sexual abuse material were shared from the state"):
        no one's act. Not with "by" after it ("12 cases of child pornography uploaded by a
        gang"); "40 videos of child abuse were uploaded by the accused" counts videos."""
        sentence = sentence_of[first]
        after = [tokens[i][2] for i in range(first + 1, min(len(tokens), first + 7))]
        if "by" in after[:2] or not _OWNERS.isdisjoint(after):
            # "12 cases of child pornography uploaded by a gang", "… stored on his laptop",
            # "… uploaded from the accused's account": the acts of someone named
            return False
        nouns = frozenset((*self.config.counted_cases, *self.config.counted_reports))
        for at in range(first - 1, max(0, first - 11), -1):
            if sentence_of[at] != sentence:
                return False
            word = tokens[at][2]
            if word in self.subject_stops:
                return False
            if (
                word in nouns
                and tokens[at + 1][2] == "of"
                # the material counted between "of" and the verb ("cases of suspected child
                # pornography material were uploaded"); not the offence named ("two cases of
                # online circulation of …", "cases of sharing …")
                and self.material.anywhere([tokens[i][2] for i in range(at + 2, first)])
                and any(_count_of(tokens[j][2]) >= 2 for j in range(max(0, at - 2), at))
            ):
                return True
        return False

    def _sentencing_object(self, tokens: list[tuple[int, int, str]], at: int) -> int:
        """The number of words of the one of ``sentencing_objects`` that begins at the word at
        *at* ("him", "the accused"), or 0."""
        for phrase in self.config.sentencing_objects:
            said = phrase.split()
            if at + len(said) <= len(tokens) and all(
                tokens[at + k][2] == word for k, word in enumerate(said)
            ):
                return len(said)
        return 0

    def _particular_subject(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], verb: int
    ) -> bool:
        """Whether the subject of the verb at *verb* is one person of the report: back past
        ``subject_skips`` and an aside between commas ("The youth, arrested on Monday, faces
        …"), "he", "she", a phrase opened by a definite determiner ("The youth from Bhopal",
        "The 22-year-old") or a name (a capitalised word that does not open its sentence, or
        opens it before an aside: "Ravi Kumar, 24, now faces …", "Rahul, the school's computer
        teacher, faces …"), with no quantifier and no people in general (``general_people``):
        not "Users in Kerala", "a student", "every person in Telangana"."""
        sentence = sentence_of[verb]
        skips = frozenset(self.config.subject_skips)
        at = verb - 1
        while at >= 0 and sentence_of[at] == sentence and tokens[at][2] in skips:
            at -= 1
        if at < 0 or sentence_of[at] != sentence:
            return False
        if (
            "," in text[tokens[at][1] : tokens[at + 1][0]]
            and not (at + 1 == verb and tokens[verb][2].endswith("ing"))
            and tokens[at + 1][2] != "who"
        ):
            # an aside ends here: "The youth, arrested on Monday, faces …" (not "The accused,
            # who is facing …" or "The accused, facing …", a participle's phrase: the subject
            # is right before the comma)
            at = _before_aside(text, tokens, sentence_of, at)
            if at < 0:
                return False
            via_aside = True
        else:
            via_aside = False
        if tokens[at][2] in ("he", "she", "name"):
            return True
        # the subject's phrase, back to its clause's start: "The youth from Bhopal", "The
        # Noida-based techie", "The accused Rahul Sharma"; not "Users in Tamil Nadu", "a
        # student", "every person in Telangana", "Even NRIs"
        phrase = [at]
        while (
            phrase[0] > 0
            and at - phrase[0] < 6
            and sentence_of[phrase[0] - 1] == sentence
            and not any(m in text[tokens[phrase[0] - 1][1] : tokens[phrase[0]][0]] for m in ",;:")
            and tokens[phrase[0] - 1][2] not in self.subject_stops
        ):
            phrase.insert(0, phrase[0] - 1)
        said = [tokens[i][2] for i in phrase]
        if len(said) > 2 and said[0] in _QUANTIFIERS and said[1] == "of":
            # "Each of the accused faces …": of the report's own accused
            phrase, said = phrase[2:], said[2:]
        if not self._one_of_the_report(said):
            return False
        if said[0] in _DEFINITE:
            return True
        # a name: a capitalised word that does not open its sentence ("The accused Rahul
        # Sharma"), or opens it before an aside ("Rahul, the school's computer teacher,"); not a
        # place after a preposition ("in Kerala")
        for i in phrase:
            opens = i == 0 or sentence_of[i - 1] != sentence
            if not all(text[tokens[k][0]].isupper() for k in range(i, phrase[-1] + 1)):
                continue  # a name runs to the head ("Ravi Kumar"; not "Telegram channel admins")
            if opens and not (via_aside and len(phrase) == 1):
                continue
            if not opens and tokens[i - 1][2] in self.config.prepositions:
                continue
            return True
        return False

    def _one_of_the_report(self, said: Sequence[str]) -> bool:
        """Whether a subject's words name no one in general: no quantifier ("every", "a",
        "any"), no general people (``generic_subjects``, ``general_people``: "users", "people",
        "children", "citizens")."""
        general = frozenset(self.config.general_people) | self.generic_subjects
        return not any(w in _QUANTIFIERS or w in general for w in said)

    def _words_before(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int, count: int
    ) -> list[int]:
        """The indexes of up to *count* words before the word at *first* in its sentence, not
        counting auxiliaries and adverbs (``passive_between``, ``future_words``, "be") of a
        passive, at most three of them: "further details will be shared", "reports have been
        shared" name their subject as "the data shared" does; and the head before a phrase of
        one or two words after it ("cases against children recorded", "details of the case
        were shared")."""
        found: list[int] = []
        skipped = 0
        at = first - 1
        while at >= 0 and len(found) < count and sentence_of[at] == sentence_of[first]:
            word = tokens[at][2]
            if (
                skipped < 3
                and not found
                and (word in self.passive_between or word in self.future_words or word == "be")
            ):
                skipped += 1
            else:
                found.append(at)
            at -= 1
        verb = tokens[first][2]
        if found and (verb.endswith("ed") or verb in self.past_forms):
            # a participle's subject with a phrase after its head: "cybercrime cases against
            # children recorded in 2020", "details of the case were shared"; not "a complaint
            # against him for spreading", "details of persons who shared"
            nearest = found[0]
            word = tokens[nearest][2]
            plain_noun = word.isalpha() and not (
                word in self.config.prepositions
                or word in self.config.determiners
                or word in self.subject_stops
                or word in _POSSESSIVES
                or word in _PRONOUNS
            )
            determiner = nearest >= 1 and tokens[nearest - 1][2] in self.config.determiners
            prep = nearest - (2 if determiner else 1)
            if (
                plain_noun
                and prep >= 1
                and sentence_of[prep - 1] == sentence_of[first]
                and tokens[prep][2] in _HEAD_PHRASE_OPENERS
            ):
                found.append(prep - 1)
        return found

    def _specific_object(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], last: int
    ) -> bool:
        """Whether the object right after a conduct word is a particular one: it opens with a
        determiner or a possessive ("share the obscene video", "upload her photos"), or names
        a child of its own ("photos of classmate"), so that the present tense tells what was
        done, not what offenders do in general."""
        sentence = sentence_of[last]
        window = [
            tokens[i][2]
            for i in range(last + 1, min(len(tokens), last + 1 + _OBJECT_WINDOW))
            if sentence_of[i] == sentence
        ]
        if window and (window[0] in self.config.determiners or window[0] in _POSSESSIVES):
            return True
        return any(
            word == "of" and following not in self.generic_subjects and following not in _KINDS
            for word, following in itertools.pairwise(window)
        )

    @cached_property
    def reported_pronouns(self) -> frozenset[str]:
        """The config's ``reported_pronouns``."""
        return frozenset(self.config.reported_pronouns)

    @cached_property
    def reporting_verbs(self) -> frozenset[str]:
        """The config's ``reporting_verbs``."""
        return frozenset(self.config.reporting_verbs)

    def _speaker(self, tokens: list[tuple[int, int, str]], sentence_of: list[int], at: int) -> int:
        """For a pronoun at *at* right after "that" and a reporting verb ("the victim stated
        that she …"), the index of the last word of the verb's subject (past one auxiliary:
        "had told"); -1 when the pronoun is not so placed."""
        sentence = sentence_of[at]
        verb = at - 2
        if verb < 1 or tokens[at - 1][2] != "that" or tokens[verb][2] not in self.reporting_verbs:
            return -1
        subject = verb - 1
        if tokens[subject][2] in _BE_FORMS | {"had", "has", "have"}:
            subject -= 1
        return subject if subject >= 0 and sentence_of[subject] == sentence else -1

    def _subject_is(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        heads: frozenset[str],
        phrases: Sequence[tuple[str, ...]],
        *,
        bare: bool = False,
        asides: bool = False,
    ) -> bool:
        """Whether the subject right before the conduct word at *first* (past at most three
        auxiliaries and adverbs, ``passive_between``, with no comma) is one of *heads* or
        *phrases* as the whole subject — opening its clause, past determiners — in the active
        voice (a form of "be" between makes the subject the one acted on: "the victim was
        blackmailed"). With the agencies and ``lawful_agents``: "the police posted a warning",
        "the cyber cell has also shared", "Police created a WhatsApp group to coordinate"; with
        ``victim_subjects``: "the victim sent her pictures to him". Not "a police constable
        shared" (the subject's head is the constable), "a state government official shared",
        "fraudsters impersonating police threatened", "police said he shared" (the subject is
        "he") or "a video of the police posted" (the lawful word ends a longer phrase). With
        *bare*, a subject with no determiner only ("Predators lure children", not "the
        predators"), past adverbs of frequency too ("Offenders typically groom"). With
        *asides*, the subject may stand before an aside between commas ("the victim, trusting
        his assurance, deleted the images"), and a pronoun after "that" and a reporting verb
        stands for the verb's subject ("the victim stated that she did not report …")."""
        sentence = sentence_of[first]
        at = first - 1
        skipped = 0
        skip = self.passive_between | self.generic_adverbs if bare else self.passive_between
        while at >= 0 and sentence_of[at] == sentence and skipped < 3 and tokens[at][2] in skip:
            if tokens[at][2] in _BE_FORMS:
                return False  # "the victim was blackmailed": a passive's subject is no doer
            at, skipped = at - 1, skipped + 1
        if at < 0 or sentence_of[at] != sentence:
            return False
        gap = text[tokens[at][1] : tokens[first][0]]
        if any(mark in gap for mark in ';:()"\u201c\u201d') or gap.count(",") > 1:
            return False
        if "," in gap:
            if not asides:
                return False
            # an aside between commas after the subject: "the victim, trusting his assurance,
            # deleted the images" (for victims only: "The officials, who were later suspended,
            # shared the video of the minor" is an allegation against them)
            at = _before_aside(text, tokens, sentence_of, at)
            if at < 0:
                return False
        word = tokens[at][2]
        if asides and word in self.reported_pronouns:
            at = self._speaker(tokens, sentence_of, at)
            if at < 0:
                return False
            word = tokens[at][2]
        size = 1 if word in heads else 0
        if not size and any(p[-1] == word for p in phrases):
            size = next(
                (
                    len(p)
                    for p in phrases
                    if p[-1] == word
                    and at - len(p) + 1 >= 0
                    and tuple(tokens[i][2] for i in range(at - len(p) + 1, at + 1)) == p
                ),
                0,
            )
        if not size:
            return False
        before = at - size
        if bare and before >= 0 and tokens[before][2] in self.config.determiners:
            return False  # "the predators lure": those of the report, not predators in general
        # "the minor victim", "the 14-year-old victim": a child word or an age before the head
        while before >= 0:
            if tokens[before][2] in self.child:
                before -= 1
            elif (
                before >= 2
                and tokens[before][2] == "old"
                and tokens[before - 1][2] in ("year", "years")
                and tokens[before - 2][2].isdigit()
            ):
                before -= 3  # "14-year-old", three words
            else:
                break
        while before >= 0 and tokens[before][2] in self.config.determiners:
            before -= 1
        if before >= 1 and tokens[before][2] == "of" and tokens[before - 1][2] in _PARTITIVES:
            before -= 2  # "one of the victims, …, shared": a part of them is still them
        if before < 0 or sentence_of[before] != sentence:
            return True
        # the phrase is the whole subject: it opens its clause, after a comma or one of
        # ``subject_stops`` ("… and the police posted"). Not "a state government official", "a
        # teacher in the education department", "fraudsters impersonating police", "videos
        # featuring the victim", "a video of the police": the lawful word ends a longer phrase.
        gap = text[tokens[before][1] : tokens[at - size + 1][0]]
        return "-" not in gap and (
            any(mark in gap for mark in ",;:") or tokens[before][2] in self.subject_stops
        )

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

    def _requested_by_authority(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
    ) -> bool:
        """Whether the conduct word at *first* is what a lawful agent asked for: "to" right before
        it, and before that, within ``topic_window`` words of its sentence, one of
        ``request_verbs`` whose subject is a lawful agent or an agency ("the police asked
        Facebook to delete the videos", "the court directed the platforms to remove"). A
        takedown asked for by the police or a court is no offence (IT Act s.79(3)(b): an
        intermediary removes material on the appropriate Government's notice); what an offender
        asks for is not judged here ("he asked her to delete the chats")."""
        sentence = sentence_of[first]
        to = first - 1
        if to < 0 or sentence_of[to] != sentence or tokens[to][2] != "to":
            return False
        for at in range(to - 2, max(-1, to - 6), -1):
            # the verb, then its object of one to four words ("asked Facebook to", "directed the
            # social media platforms to"), with no clause between ("asked how he managed to")
            if sentence_of[at] != sentence or tokens[at + 1][2] in self.request_blockers:
                return False
            if tokens[at][2] in self.request_verbs:
                return self._subject_is(
                    text, tokens, sentence_of, at, self.lawful_agents, self.agencies
                )
        return False

    @cached_property
    def request_blockers(self) -> frozenset[str]:
        """Words that open a clause of their own between a request verb and "to" ("asked how
        the accused managed to upload"): then the "to" is not the request's."""
        return frozenset(self.config.request_blockers)

    @cached_property
    def request_verbs(self) -> frozenset[str]:
        """Verbs of asking and ordering (``request_verbs``), whose "to" makes what follows a
        request, not an act."""
        return frozenset(self.config.request_verbs)

    def _lawful_agent(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], at: int
    ) -> bool:
        """Whether the agent named at *at* (after "by", past a determiner) is an agency or
        another lawful actor (``lawful_agents``: the state, the police, an NGO) as its head,
        not as a modifier of it ("a police constable")."""
        if at >= len(tokens):
            return False
        sentence = sentence_of[at - 1]
        words = [
            tokens[i][2] for i in range(at, min(len(tokens), at + 6)) if sentence_of[i] == sentence
        ]
        skipped = 0
        while words and words[0] in self.config.determiners:
            words = words[1:]
            skipped += 1
        if not words:
            return False
        size = 1 if words[0] in self.lawful_agents else 0
        if not size:
            size = next((len(p) for p in self.agencies if tuple(words[: len(p)]) == p), 0)
        if not size:
            return False
        # the lawful word is the agent's head, not a modifier: "a police constable", "a
        # government school teacher" and "the state-level racket" are no lawful agents
        head_end = at + skipped + size - 1
        following = head_end + 1
        if following >= len(tokens) or sentence_of[following] != sentence:
            return True
        gap = text[tokens[head_end][1] : tokens[following][0]]
        if "-" in gap:
            return False
        if not gap.strip() and tokens[following][2] in self.lawful_agents:
            return True  # "by CCTV cameras": a lawful word before a lawful head
        return gap.strip() != "" or tokens[following][2] in self.config.agent_followers

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
    def prohibitions(self) -> frozenset[tuple[str, ...]]:
        """The config's ``prohibition_cues``, as words."""
        return frozenset(tuple(words(c)) for c in self.config.prohibition_cues)

    @cached_property
    def prohibition_verbs(self) -> frozenset[str]:
        """The config's ``prohibition_verbs``."""
        return frozenset(w.lower() for w in self.config.prohibition_verbs)

    def _prohibited(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first* is forbidden, not reported: one of
        ``prohibition_cues`` ends right before it ("restrained the sharing of"), or "from" does,
        after one of ``prohibition_verbs`` and at most four words with no mark between
        ("restrained the accused from uploading"; a court's injunction)."""
        sentence = sentence_of[first]
        for size in sorted({len(cue) for cue in self.prohibitions}):
            low = first - size
            if (
                low >= 0
                and sentence_of[low] == sentence
                and tuple(tokens[i][2] for i in range(low, first)) in self.prohibitions
            ):
                return True
        if first == 0 or tokens[first - 1][2] != "from":
            return False
        verbs = self.prohibition_verbs
        for at in range(first - 2, max(-1, first - 7), -1):
            gap = text[tokens[at][1] : tokens[first - 1][0]]
            if sentence_of[at] != sentence or any(mark in gap for mark in ",;:()"):
                return False
            if tokens[at][2] in verbs:
                return True
        return False

    def _lacks_setting(
        self,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
        conduct: str,
    ) -> bool:
        """Whether the words at *first*..*last* need a setting neither their sentence nor the
        one before names (``needed_settings``: "lured the girls with the promise of a drive" is
        no online grooming; "befriended her on Instagram" is), or stand in a setting their
        sentence names that makes them no such conduct (``refusing_settings``: "blackmailed her
        for money" is no selling). The sentences are read at most ``_SENTENCE_WORDS`` words
        either side."""
        trigger = tuple(tokens[i][2] for i in range(first, last + 1))
        for conducts, triggers, settings in self.needed_settings:
            if conduct not in conducts or trigger not in triggers:
                continue
            sentence = sentence_of[first]
            low, high = max(0, first - _SENTENCE_WORDS), min(len(tokens), last + _SENTENCE_WORDS)
            around = [
                tokens[i][2] for i in range(low, high) if sentence - 1 <= sentence_of[i] <= sentence
            ]
            return not settings.anywhere(around)
        for conducts, triggers, settings in self.refusing_settings:
            if conduct not in conducts or trigger not in triggers:
                continue
            # the trigger's clause: ten words either side in its sentence, not past a word that
            # opens another clause ("… for money and threatened to kill the informer")
            sentence = sentence_of[first]
            clause: list[str] = []
            for step, edge in ((-1, first - 1), (1, last + 1)):
                at = edge
                while 0 <= at < len(tokens) and abs(at - edge) < 10:
                    if sentence_of[at] != sentence or tokens[at][2] in self.subject_stops:
                        break
                    clause.append(tokens[at][2])
                    at += step
            if settings.anywhere(clause):
                return True
        return False

    @cached_property
    def _statute_runs(self) -> frozenset[tuple[str, ...]]:
        """Every run of ``_ECHO`` words of every version of every provision lawref holds, in
        lower case: the statutes' own words."""
        runs: set[tuple[str, ...]] = set()
        for provision in self.statutes.provisions:
            for version in provision.versions:
                if not version.text:
                    continue
                words = [w.lower() for w in _TOKEN.findall(version.text)]
                runs.update(tuple(words[i : i + _ECHO]) for i in range(len(words) - _ECHO + 1))
        return frozenset(runs)

    @cached_property
    def _heading_runs(self) -> frozenset[tuple[str, ...]]:
        """Every run of ``_ECHO`` words of the heading of every provision lawref holds, in
        lower case ("publishing or transmitting of material depicting children …", IT Act
        s.67B's heading): the names of offences, as crime statistics and lists of offences
        print them."""
        runs: set[tuple[str, ...]] = set()
        for provision in self.statutes.provisions:
            words = [w.lower() for w in _TOKEN.findall(provision.heading or "")]
            runs.update(tuple(words[i : i + _ECHO]) for i in range(len(words) - _ECHO + 1))
        return frozenset(runs)

    def _echoes_heading(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
    ) -> bool:
        """Whether the words at *first*..*last* open or stand in a run of ``_ECHO`` words of a
        provision's heading, in a sentence that names no one who did it (no pronoun, no
        "accused", none of ``charged_words``) and counts cases or lists offences
        (``counted_cases``, ``counted_reports``, ``statistics_words``): an offence named, as
        NCRB's tables and lists of offences name it ("a total of 749 cases were registered
        under publishing or transmitting of material containing sexually explicit act", "The
        other offences are …, publishing or transmitting obscene material in electronic
        form"), not an act told. "He was booked for publishing or transmitting material
        depicting children …" tells his."""
        runs = self._heading_runs
        sentence = sentence_of[first]
        found = False
        for start in range(max(0, last - _ECHO + 1), min(first, len(tokens) - _ECHO) + 1):
            if sentence_of[start] != sentence or sentence_of[start + _ECHO - 1] != sentence:
                continue
            if tuple(tokens[i][2] for i in range(start, start + _ECHO)) in runs:
                found = True
                break
        if not found:
            return False
        low = first
        while low > 0 and sentence_of[low - 1] == sentence and first - low < _SENTENCE_WORDS:
            low -= 1
        high = last
        while (
            high + 1 < len(tokens)
            and sentence_of[high + 1] == sentence
            and high - last < _SENTENCE_WORDS
        ):
            high += 1
        doers = self._heading_doers
        counts = self._heading_counts
        sentence_words = {tokens[i][2] for i in range(low, high + 1)}
        # … in a count or a list of offences ("749 cases were registered under …", "The other
        # offences are …"), not a charge ("registered against Rahul Patil … for publishing or
        # transmitting of material depicting children"; review 2026-12-13c H2)
        # … or a line that opens with the provision ("Section 67B - Punishment for publishing
        # or transmitting …": an explainer's heading; review 2026-12-13d H8)
        # … on its own line (past a bullet or a number), in a sentence that tells no charge
        # ("Section 67B of the IT Act was invoked against the tutor for publishing or
        # transmitting …": ``heading_line_stops``; review 2026-12-14e H3)
        opening = [tokens[i][2] for i in range(low, min(high + 1, low + 6))]
        heading_line = (
            bool(opening)
            and self.provision_heads.at(opening, 0)
            and _opens_its_line(text, tokens[low][0])
            and sentence_words.isdisjoint(self.config.heading_line_stops)
        )
        return sentence_words.isdisjoint(doers) and (
            heading_line or not sentence_words.isdisjoint(counts)
        )

    @cached_property
    def _heading_counts(self) -> frozenset[str]:
        """Words of a count or a list of offences: the config's ``counted_cases``,
        ``counted_reports`` and ``statistics_words``."""
        config = self.config
        return frozenset([*config.counted_cases, *config.counted_reports, *config.statistics_words])

    @cached_property
    def _heading_doers(self) -> frozenset[str]:
        """Words that name who did an act: pronouns, "accused", a redacted name and the
        config's ``charged_words``."""
        return frozenset(
            {"he", "she", "they", "him", "her", "his", "accused", "name", "man", "woman", "youth"}
            | set(self.config.charged_words)
        )

    def _echoes_statute(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
    ) -> bool:
        """Whether the words at *first*..*last* stand in a run of ``_ECHO`` words of a provision
        lawref holds (its verbatim text), in a sentence that speaks of no one in particular
        (:meth:`_states_in_general`): a sentence that restates the law is law, not conduct
        ("a person who, with sexual intent, repeatedly or constantly follows or watches or
        contacts a child …", POCSO s.11(iv); issue #13)."""
        sentence = sentence_of[first]
        runs = self._statute_runs
        # the run holds the conduct word, or starts at most `_ECHO_AFTER` words after it: one of
        # a list of the statute's verbs said in the report's words ("one who publishes,
        # transmits or causes to be published or transmitted any material in any electronic
        # form which depicts children …": "publishes" before the run; dev-29)
        high = min(first + _ECHO_AFTER, len(tokens) - _ECHO)
        for start in range(max(0, last - _ECHO + 1), high + 1):
            if sentence_of[start] != sentence or sentence_of[start + _ECHO - 1] != sentence:
                continue
            if start > last + 1 and any(
                tokens[i][2] not in ("or", "and") and tokens[i][2] not in self.conduct_first_words
                for i in range(last + 1, start)
            ):
                # past the conduct word, only a list of verbs joins it to the run ("posted in
                # the group a porn video depicting children engaged in …" is an allegation)
                continue
            if tuple(tokens[i][2] for i in range(start, start + _ECHO)) in runs:
                return self._states_in_general(tokens, sentence_of, first) or _clause_label(
                    text, tokens, sentence_of, first
                )
        return False

    def _states_in_general(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], index: int
    ) -> bool:
        """Whether the sentence of the word at *index* speaks of no one in particular, as a
        statute does (``statute_subjects``: "whoever", "any person", "punishable"): the
        statute's words said of a particular accused ("the accused transmitted material in any
        electronic form which depicts children") are an allegation, not law."""
        sentence = sentence_of[index]
        low = index
        while low > 0 and sentence_of[low - 1] == sentence and index - low < _SENTENCE_WORDS:
            low -= 1
        high = index
        while (
            high + 1 < len(tokens)
            and sentence_of[high + 1] == sentence
            and high - index < (_SENTENCE_WORDS)
        ):
            high += 1
        return any(tokens[i][2] in self.statute_subjects for i in range(low, high + 1))

    def _depicts_adult(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
    ) -> bool:
        """Whether the material the words at *first*..*last* act on shows an adult and no one
        beside (IT Act s.67B Explanation: a child has not completed the age of 18 years): the
        first material word after them is a picture or video (``depicting_material``) "of" an
        adult (``adult_depicted``, after any ``adult_modifiers``) who closes the phrase ("made
        obscene videos of his female teacher on his phone"); or, in the passive, such material
        stands just before "was"/"were" and the conduct word ("videos of the woman were
        circulated"). Not where a child or child abuse material is named first ("child
        pornographic clips in a group of men")."""
        if not self.adult_depicted:
            return False
        high = min(len(tokens), last + 1 + self.config.evidence_window)
        passive = first >= 2 and tokens[first - 1][2] in self.passive_be
        if not passive and not any(tokens[i][2] in self.depicting for i in range(last + 1, high)):
            return False  # most conduct words: no picture or video near, one set test each
        sentence = sentence_of[first]

        def joined(i: int) -> bool:
            # tokens[i - 1] and tokens[i] stand in one clause
            return (
                0 < i < len(tokens)
                and sentence_of[i] == sentence
                and not any(mark in text[tokens[i - 1][1] : tokens[i][0]] for mark in ",;:()")
            )

        for i in range(last + 1, high):
            if not joined(i):
                break
            if tokens[i][2] in self.child_words:
                return False
            if tokens[i][2] in self.depicting:
                return (
                    i + 1 < len(tokens)
                    and tokens[i + 1][2] == "of"
                    and joined(i + 1)
                    and self._adult_of(text, tokens, i + 2, joined)
                )
        if not passive or not joined(first):
            return False
        end = first - 2  # the word before "was"/"were"
        for of in range(end, max(0, end - 5), -1):
            if not joined(of + 1):
                return False
            if tokens[of][2] == "of":
                return (
                    joined(of)
                    and tokens[of - 1][2] in self.depicting
                    and self._adult_of(text, tokens, of + 1, joined, end)
                )
        return False

    def _adult_of(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        start: int,
        joined: Callable[[int], bool],
        end: int | None = None,
    ) -> bool:
        """Whether the words from *start* (just after "of"; to *end* at most) name an adult who
        closes the phrase: the clause ends after them, or one of ``adult_enders`` follows ("of
        women on Telegram", "of the woman were"). Anything else puts someone beside them ("of
        a woman and her daughter", "of several women, including two minors", "of a man
        sexually assaulting a minor girl", "of his wife's sister"): see :meth:`_depicts_adult`."""
        if start >= len(tokens) or not joined(start):
            return False
        stop = min(len(tokens) - 1, start + 4, len(tokens) if end is None else end)
        head = start
        while head < stop and tokens[head][2] in self.adult_modifiers and joined(head + 1):
            head += 1
        if tokens[head][2] not in self.adult_depicted:
            return False
        after = head + 1
        if end is not None:
            return after == end + 1
        if after >= len(tokens):
            return True
        gap = text[tokens[head][1] : tokens[after][0]]
        if "," in gap or "'" in gap or "\u2019" in gap:
            return False
        return not joined(after) or tokens[after][2] in self.adult_enders

    def _last_of_material_list(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        index: int,
        sentence_of: list[int],
    ) -> bool:
        """Whether the word at *index* ends a list joined by "and" to material named before it,
        with no punctuation between ("obscene videos of the minor and her personal details"):
        at most two words between "and" and it, at most five between the material and "and"."""
        sentence = sentence_of[index]
        low = max(0, index - 8)
        if any(
            text[tokens[i][1] : tokens[i + 1][0]].strip()
            for i in range(low, index)
            if sentence_of[i] == sentence
        ):
            return False
        for joint in range(index - 1, max(low, index - 4) - 1, -1):
            if sentence_of[joint] != sentence or tokens[joint][2] != "and":
                continue
            before = [tokens[i][2] for i in range(max(low, joint - 5), joint)]
            return self.material.anywhere(before)
        return False

    def _in_scope_of_cue(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        first: int,
        sentence_of: list[int],
        conduct: str,
    ) -> bool:
        """Whether the word at *first* is within the scope of a conditional cue (back to it with
        no comma, semicolon, colon or relative word between) or of a law cue (no semicolon,
        colon, relative word outside the cue, or comma followed by "and" or "but" between: "it
        is a crime to share such videos, and arrested the man who shared one" ends the law at
        the comma), in its sentence and within ``scope_window`` words. A threat cue scopes as a
        conditional one, over ``threatened_conducts`` only."""
        threat = conduct in self.threatened
        sentence = sentence_of[first]
        low = max(0, first - self.config.scope_window)
        span = [i for i in range(low, first) if sentence_of[i] == sentence]
        words = [tokens[i][2] for i in span]
        if threat and any(
            len(cue) <= len(words) and tuple(words[len(words) - len(cue) :]) == cue
            for cue in self.adjacent_threats
        ):
            return True  # "issued a threat to upload her photos"
        if threat and (
            self._warned_of(text, tokens, span, first)
            or self._condition_after(tokens, span, first, sentence_of)
        ):
            return True
        in_cue = [False] * len(words)
        starts_cue = [False] * len(words)
        own_that = [False] * len(words)
        for offset in range(len(words)):
            size = self.law_cues.length_at(words, offset)
            if size:
                starts_cue[offset] = True
                for inside in range(offset, min(len(words), offset + size)):
                    in_cue[inside] = True
            # a cue's own "that" ends no clause: a threat's ("threatened that"; read only where
            # a word that ends clauses follows) …
            size = (
                self.threat_cues.length_at(words, offset)
                if threat and not self.clause_ends.isdisjoint(words[offset : offset + 4])
                else 0
            )
            for inside in range(offset, min(len(words), offset + size)):
                own_that[inside] = True
            # … and a condition's own "that" ("if it is established that the accused had
            # stored …": what would make an offence, not what was done)
            if words[offset] in self.conditional_cue_heads:
                for inside in range(
                    offset, min(len(words), offset + self.conditional_cues.length_at(words, offset))
                ):
                    own_that[inside] = True
        condition_ended = law_ended = False
        for offset in range(len(span) - 1, -1, -1):
            following = span[offset + 1] if offset + 1 < len(span) else first
            gap = text[tokens[span[offset]][1] : tokens[following][0]]
            if ";" in gap or ":" in gap:
                return False
            # "that" inside a threat's or a condition's own words ("threatened that", "warned
            # her that", "if it is proved that") ends no clause
            relative = words[offset] in self.clause_ends and not own_that[offset]
            # a comma or a relative word ("a couple who filmed …") ends a condition's clause
            condition_ended = condition_ended or "," in gap or relative
            law_ended = law_ended or (relative and not in_cue[offset])
            if "," in gap and offset + 1 < len(words) and words[offset + 1] in ("and", "but"):
                law_ended = True
            if not condition_ended and (
                self.conditional_cues.at(words, offset)
                or (
                    threat
                    and self.threat_cues.at(words, offset)
                    and not self._done_after_threat(tokens, first, words[offset:])
                )
            ):
                return True
            if not law_ended and starts_cue[offset]:
                return True
        return False

    def _done_after_threat(
        self, tokens: list[tuple[int, int, str]], first: int, said: Sequence[str]
    ) -> bool:
        """Whether the conduct word at *first*, in a threat's clause (*said*: the words from
        the threat's cue up to it), is an act done after the threat: a past form right after
        "and" ("and then", "and later"), with no future word or form of "be" in the clause
        ("threatened to upload the video and uploaded it when she refused"; not "threatened
        that her photos would be uploaded and circulated", all one threat)."""
        before = tokens[first - 1][2] if first else ""
        if before in ("then", "later") and first >= 2:
            before = tokens[first - 2][2]
        if before != "and":
            return False
        word = tokens[first][2]
        if not (word.endswith("ed") or word in self.past_forms):
            return False
        return not any(w in _BE_FORMS or w in self.future_words for w in said)

    def _generic_future(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether a future word governs the conduct word at *first* with one of
        ``generic_subjects`` right before it: "warned that predators would share children's
        photos", "offenders will continue to circulate CSAM": a forecast of what offenders in
        general do, no act of the report's accused."""
        low = max(0, first - 4)
        if not any(tokens[i][2] in self.future_words for i in range(low, first)):
            return False  # no "would" or "will" near: no forecast
        sentence = sentence_of[first]
        span = [i for i in range(low, first) if sentence_of[i] == sentence]
        at = self._future_at(tokens, span)
        if at <= 0 or tokens[span[at - 1]][2] not in self.generic_subjects:
            return False
        subject = span[at - 1]
        before = tokens[subject - 1][2] if subject > 0 else ""
        if before in _DEFINITE:
            # "the offenders would share …": those of the report, their habit; but a warning's
            # "the predators would circulate …" is still a forecast
            return any(
                tokens[i][2] in _WARNED and not any(m in text_between for m in ",;")
                for i in range(max(0, subject - 8), subject)
                if sentence_of[i] == sentence
                for text_between in (text[tokens[i][1] : tokens[subject][0]],)
            )
        # "the two arrested offenders would share …": those of the report
        return not (before in ("arrested", "accused") or _count_of(before) > 0)

    @cached_property
    def denial_openers(self) -> frozenset[str]:
        """The first word of each of ``denial_cues``."""
        return frozenset(words(c)[0] for c in self.config.denial_cues if words(c))

    @cached_property
    def denial_cues(self) -> _Phrases:
        """The config's ``denial_cues``, as words."""
        return _Phrases(words(c) for c in self.config.denial_cues)

    def _denied_by_cue(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether one of ``denial_cues`` stands before the conduct word at *first*, within
        ``scope_window`` words in its clause (no comma, semicolon, colon, ``subject_stops`` word
        but "that", or word of ``_DENIAL_ENDS`` between): "found nothing to suggest obscene
        videos of the minor were uploaded"; not "no evidence that the accused knew the girl was
        a minor when he shared …", nor "nothing to show that anyone other than the accused
        uploaded …" (which says he did), nor an act named with "the" right after the cue's
        "that" ("not the case of the prosecution that the possession or transmission was for
        commercial purposes": a definite description presupposes what it names)."""
        sentence = sentence_of[first]
        low = max(0, first - self.config.scope_window)
        openers = self.denial_openers
        if not any(tokens[i][2] in openers for i in range(low, first)):
            return False  # no cue's first word near: most conduct words
        if (
            first >= 2
            and tokens[first - 2][2] == "that"
            and tokens[first - 1][2] in _DEFINITES
            and sentence_of[first - 2] == sentence
            and not any(
                tokens[i][2] in _HAPPENED and sentence_of[i] == sentence
                for i in range(first + 1, min(len(tokens), first + 9))
            )
        ):
            # "it is not the case of the prosecution that the possession or transmission was for
            # commercial purposes": the act, named as the subject with "the", is taken as done;
            # what is denied is said of it (not its happening: "no proof that the sharing of the
            # video happened"; review 2026-12-12b H2)
            return False
        span = [i for i in range(low, first) if sentence_of[i] == sentence]
        words_before = [tokens[i][2] for i in span]
        for offset in range(len(span) - 1, -1, -1):
            following = span[offset + 1] if offset + 1 < len(span) else first
            gap = text[tokens[span[offset]][1] : tokens[following][0]]
            word = words_before[offset]
            if any(mark in gap for mark in ",;:") or word in _DENIAL_ENDS:
                return False
            if word != "that" and word in self.subject_stops:
                return False  # "no proof that he was in Delhi when he uploaded …"
            if self.denial_cues.at(words_before, offset):
                side = self._denial_side(text, tokens, sentence_of, span[offset])
                if side == "defence" or side == "relative":
                    # "The accused failed to prove that the videos he had downloaded were of
                    # adults", "the accused who failed to show that he was a juvenile had
                    # shared …": his excuse, or a relative clause's denial whose main verb is
                    # told after it (review 2026-12-13a H5)
                    return False
                # not "could not show that the video shared by the accused was …": the video
                return not _described(tokens, first)
        return False

    def _denial_side(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], cue: int
    ) -> str | None:
        """Whose failure the denial cue at *cue* tells, from the word before it (past
        ``denial_subject_skips``): ``"defence"`` (one of ``denial_defence_subjects``: "the
        accused failed to prove that"), ``"prosecution"`` (``denial_prosecution_subjects``, or
        a relative pronoun whose antecedent is one: "The police, who failed to prove that"),
        ``"relative"`` (a relative pronoun with any other antecedent: its main verb is told
        after the clause), or None (no subject read: "there is nothing to show that"). Reads at
        most eight words back: linear."""
        config = self.config
        skips = frozenset(config.denial_subject_skips)
        sentence = sentence_of[cue]
        index = cue - 1
        while index >= max(0, cue - 8) and sentence_of[index] == sentence:
            word = tokens[index][2]
            if word in skips:
                index -= 1
                continue
            if word in _RELATIVES:
                before = index - 1
                while (
                    before >= 0 and sentence_of[before] == sentence and tokens[before][2] in skips
                ):
                    before -= 1
                antecedent = tokens[before][2] if before >= 0 else ""
                if antecedent in config.denial_prosecution_subjects:
                    return "prosecution"
                return "relative"
            if word in config.denial_defence_subjects:
                return self._defence_or_not(text, tokens, sentence_of, cue, index)
            if word in config.denial_prosecution_subjects:
                return "prosecution"
            return None
        return None

    def _defence_or_not(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        cue: int,
        index: int,
    ) -> str | None:
        """Whose failure a denial cue tells when the word before it (at *index*) is one of
        ``denial_defence_subjects``: the prosecution's when that word ends a phrase after a
        preposition whose head, within eight words, is the prosecution's ("The evidence led
        against the accused failed to establish that …", "The FSL report on the phone of the
        accused failed to show that …"), or when it is a pronoun and the cue's clause names the
        accused ("…, but he failed to prove that the accused had uploaded …": a witness or an
        officer); else the defence's (review 2026-12-13b H9). Reads at most eight words either
        side: linear."""
        config = self.config
        sentence = sentence_of[cue]
        prepositions = frozenset(config.denial_subject_prepositions)
        # (the phrases may nest: "The FSL report on the phone of the accused failed …")
        seen_preposition = False
        for back in range(index - 1, max(-1, index - 9), -1):
            if sentence_of[back] != sentence or any(
                mark in text[tokens[back][1] : tokens[back + 1][0]] for mark in ",;:"
            ):
                break  # "Confronted with the FSL report on his phone, the accused failed …"
            word = tokens[back][2]
            if word in prepositions:
                seen_preposition = True
            elif seen_preposition and word in config.denial_prosecution_subjects:
                return "prosecution"
        if tokens[index][2] in _PRONOUNS:
            named = frozenset(config.denial_defence_subjects) - _PRONOUNS
            after = range(cue + 1, min(len(tokens), cue + 9))
            if any(tokens[i][2] in named and sentence_of[i] == sentence for i in after):
                return "prosecution"
        return "defence"

    def _befalls_anyone(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first* is said of anyone at all, with what will befall
        them: an "-ing" form right after one of ``anyone_words`` (or after one and "found")
        that opens its clause (at the sentence's start, or after "that" or a comma), and a
        future word later in that clause, before any comma, semicolon, "and" or "but"
        ("anyone sharing obscene videos of minors would face action"; not "police are tracing
        anyone sharing the video, and the accused will be produced")."""
        if not tokens[first][2].endswith("ing"):
            return False
        sentence = sentence_of[first]
        before = first - 1
        if before >= 0 and tokens[before][2] == "found":
            before -= 1
        if before < 0 or sentence_of[before] != sentence:
            return False
        if tokens[before][2] not in self.anyone_words:
            return False
        opens = (
            before == 0
            or sentence_of[before - 1] != sentence
            or tokens[before - 1][2] == "that"
            or "," in text[tokens[before - 1][1] : tokens[before][0]]
        )
        if not opens:
            return False
        for j in range(first + 1, min(len(tokens), first + 1 + self.config.law_window)):
            gap = text[tokens[j - 1][1] : tokens[j][0]]
            if sentence_of[j] != sentence or any(mark in gap for mark in ",;:"):
                return False
            if tokens[j][2] in ("and", "but"):
                return False
            if tokens[j][2] in self.future_words:
                return True
        return False

    def _warned_of(
        self, text: str, tokens: list[tuple[int, int, str]], span: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first* is what a warning says is to come: a future word
        (``future_words``) governs it, with at most two of ``_FUTURE_BETWEEN`` between ("would
        upload", "would be circulated", "will continue to share"), and back from that word, in
        its clause (no comma, semicolon, colon or ``subject_stops`` word but the "that"), a
        "that" with a warning verb (``warning_verbs``) at most ``warning_reach`` words before it
        ("warned the minor girl that her photos would be circulated"). A past act warned of
        ("warned that the accused had uploaded …") and a future of another clause ("warned that
        she would go to the police as the accused had shared …") are read as done."""
        at = self._future_at(tokens, span)
        if at < 0:
            return False
        if at > 0 and tokens[span[at - 1]][2] in self.generic_subjects:
            # "warned parents that predators would share children's photos": a warning of what
            # offenders in general do, no threat of the speaker's own
            return False
        for offset in range(at, -1, -1):
            following = span[offset + 1] if offset + 1 < len(span) else first
            if _ends_clause(text, tokens, span[offset], following):
                # "if she did not pay, he would circulate her photos": the clause before is
                # the condition a threat sets
                return self._condition_before(text, tokens, span, offset, first)
            word = tokens[span[offset]][2]
            if word == "that":
                return self._warning_before(tokens, span, offset) is not None
            if offset < at and word in self.subject_stops:
                return False
        return False

    def _threat_goes_on(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        threat_ends: Sequence[int],
        first: int,
    ) -> bool:
        """Whether the conduct word at *first* is a second verb of a threat read before it
        (*threat_ends*: the last word of each): right after a coordinator, in the threat's
        sentence, at most ``warning_reach`` * 2 words on, with no semicolon or colon between,
        and in the threat's own form, not a past one ("threatened her that he would upload her
        photos and circulate them"; not "threatened to upload the video and uploaded it" or
        "… and later uploaded it", acts done). A threat is the offence its words say will be
        done (POCSO s.11(v)); the spreading it names is not done."""
        if not threat_ends or first == 0:
            return False
        threat = threat_ends[-1]
        if threat >= first or sentence_of[threat] != sentence_of[first]:
            return False
        if first - threat > 2 * self.config.warning_reach:
            return False
        if tokens[first - 1][2] not in ("and", "or"):
            return False
        word = tokens[first][2]
        if word.endswith(("ed", "ing", "s")) or word in self.past_forms:
            return False  # the threat's own form is the bare verb ("… upload … and circulate")
        gap = text[tokens[threat][1] : tokens[first][0]]
        return ";" not in gap and ":" not in gap

    def _future_at(self, tokens: list[tuple[int, int, str]], span: list[int]) -> int:
        """The offset in *span* (the words before a conduct word) of the future word that
        governs it, past at most two of ``_FUTURE_BETWEEN`` ("would upload", "would be
        circulated", "will continue to share"), or -1."""
        at = len(span) - 1
        between = 0
        while at >= 0 and tokens[span[at]][2] in _FUTURE_BETWEEN and between < 2:
            at, between = at - 1, between + 1
        if at < 0 or tokens[span[at]][2] not in self.future_words:
            return -1
        return at

    def _warning_before(
        self, tokens: list[tuple[int, int, str]], span: list[int], offset: int
    ) -> int | None:
        """The index of the warning verb (``warning_verbs``) at most ``warning_reach`` words
        before the "that" at *span[offset]*, the nearest, or None."""
        for i in range(offset - 1, max(0, offset - self.config.warning_reach) - 1, -1):
            if tokens[span[i]][2] in self.warning_verbs:
                return span[i]
        return None

    def _threat_at(
        self, text: str, tokens: list[tuple[int, int, str]], first: int, sentence_of: list[int]
    ) -> int | None:
        """Where the threat that :meth:`_threat_of` finds is said: its warning verb ("warned
        her that he would circulate …": "warned", where reports and their readers place the
        offence), else the conduct word itself; None when there is no threat."""
        sentence = sentence_of[first]
        low = max(0, first - self.config.scope_window)
        span = [i for i in range(low, first) if sentence_of[i] == sentence]
        if not self._threat_of(text, tokens, first, sentence_of, span):
            return None
        for offset in range(len(span) - 1, -1, -1):
            if tokens[span[offset]][2] == "that":
                verb = self._warning_before(tokens, span, offset)
                if verb is None or self._warned_victim(text, tokens, sentence_of, verb, first):
                    return first if verb is None else verb
                # a warning to all; still a threat when its condition is set to a victim
                return first if self._condition_after(tokens, span, first, sentence_of) else None
        return first

    def _warned_victim(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        verb: int,
        first: int,
    ) -> bool:
        """Whether the warning at *verb* is made to a victim about her material: a victim
        (``threat_victims``, or a child word) between the verb and its "that" ("warned the
        minor that …", "warned her family that …") or the material after the conduct word at
        *first* a victim's ("… would circulate her nude photos", "… of the 14-year-old"); and
        the warner is not police, a court, an agency or an expert ("Police warned that the
        gang would upload …": a warning to all, no threat)."""
        if self._subject_is(text, tokens, sentence_of, verb, self.warners, self.agencies):
            return False
        between = {tokens[i][2] for i in range(verb + 1, first) if tokens[i][2] != "that"}
        sentence = sentence_of[first]
        after = [
            tokens[i][2]
            for i in range(first + 1, min(len(tokens), first + 8))
            if sentence_of[i] == sentence
        ]
        if between & self.trade_parties:
            return False  # "warned the other members that he would share more …"
        if between & (self.threat_victims | self.child_words | {"him", "them"}):
            return True
        if any(w.isdigit() and len(w) < 3 and int(w) < 18 for w in between):
            return True  # "warned the 15-year-old that …"
        if {"her", "his"} & set(after[:3]):
            return True  # "… would circulate her nude photos"
        if any(  # "… the minor's obscene video"
            word in self.child_words and following == "s"
            for word, following in itertools.pairwise(after)
        ):
            return True
        return (
            any(  # "… the obscene photos of the 14-year-old", "of the minor"
                word == "of" and not self.child_words.isdisjoint(after[at + 1 : at + 4])
                for at, word in enumerate(after)
            )
            or any(w.isdigit() and int(w) < 18 for w in after if w.isdigit() and len(w) < 3)
        )

    @cached_property
    def warners(self) -> frozenset[str]:
        """Those whose warnings are to all, not threats: ``lawful_agents`` and experts."""
        return self.lawful_agents | {"expert", "experts", "officials", "official", "sp", "dcp"}

    def _threat_of(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        first: int,
        sentence_of: list[int],
        span: list[int],
    ) -> bool:
        """Whether the conduct word at *first* (*span*: the words before it in its sentence,
        within ``scope_window``) is what a threat says will be done: right after one of
        ``adjacent_threats`` ("issued a threat to upload"), a warning (:meth:`_warned_of`) or a
        condition set to the victim (:meth:`_condition_before`, :meth:`_condition_after`)."""
        words = [tokens[i][2] for i in span]
        if any(
            len(cue) <= len(words) and tuple(words[len(words) - len(cue) :]) == cue
            for cue in self.adjacent_threats
        ):
            return True  # "issued a threat to upload her photos"
        return self._warned_of(text, tokens, span, first) or self._condition_after(
            tokens, span, first, sentence_of
        )

    def _condition_before(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        span: list[int],
        end: int,
        first: int,
    ) -> bool:
        """Whether the clause that ends with the word at *span[end]* (before a comma) opens
        with one of ``threat_conditions`` ("if", "unless") and is set to a victim
        (:meth:`_threat_set`), read back to the clause before it or the start of *span*:
        "(told her that) if she did not pay Rs 50,000, he would circulate …" (a comma between
        digits ends no clause)."""
        for offset in range(end, -1, -1):
            word = tokens[span[offset]][2]
            if word in self.threat_conditions:
                said = [tokens[span[i]][2] for i in range(offset, end + 1)]
                return self._threat_set(said, tokens, first)
            if offset > 0 and _ends_clause(text, tokens, span[offset - 1], span[offset]):
                return False
        return False

    def _condition_after(
        self,
        tokens: list[tuple[int, int, str]],
        span: list[int],
        first: int,
        sentence_of: list[int],
    ) -> bool:
        """Whether a future word governs the conduct word at *first* (as in
        :meth:`_warned_of`) and one of ``threat_conditions`` follows it in its sentence within
        ``warning_reach`` * 2 words, set to a victim (:meth:`_threat_set`): "he would leak
        her photos unless she paid"; not the terms of a trade ("would forward CSAM to groups if
        members paid him")."""
        if self._future_at(tokens, span) < 0:
            return False
        sentence = sentence_of[first]
        reach = min(len(tokens), first + 1 + 2 * self.config.warning_reach)
        for index in range(first + 1, reach):
            if sentence_of[index] != sentence:
                return False
            if tokens[index][2] in self.threat_conditions:
                said = [
                    tokens[i][2]
                    for i in range(index, min(len(tokens), index + 13))
                    if sentence_of[i] == sentence
                ]
                return self._threat_set(said, tokens, first)
        return False

    def _victims_material(self, tokens: list[tuple[int, int, str]], first: int) -> bool:
        """Whether the material after the conduct word at *first* is the victim's: "her",
        "his", "your" or "their" in the two words after it ("would upload his obscene video"),
        or a child's or victim's possessive ("the girl's video"); not material in general
        ("would forward CSAM", "the obscene videos of minors")."""
        after = [tokens[i][2] for i in range(first + 1, min(len(tokens), first + 6))]
        for at, word in enumerate(after):
            if word in self.threat_conditions:
                after = after[:at]  # the condition is no part of the material
                break
        if {"her", "your"} & set(after[:2]):
            return True
        if {"his", "their"} & set(after[:2]):
            # "his obscene video", not "his videos of minor girls" or "his child pornography
            # links" (a trader's stock)
            return "of" not in after[1:5] and self.child_words.isdisjoint(after[1:5])
        people = self.child_words | self.threat_victims
        return any(
            word in people and following == "s" for word, following in itertools.pairwise(after)
        )

    def _threat_set(
        self, said: Sequence[str], tokens: list[tuple[int, int, str]], first: int
    ) -> bool:
        """Whether a condition (its words *said*) on the conduct word at *first* is set to a
        victim: it names no party to a trade (``trade_parties``: "buyers", "members"; or,
        as its subject, one of ``trade_subjects``: "if anyone paid") and names a victim
        (``threat_victims``: "she", "the girl", "her family") or the material is the victim's
        own (:meth:`_victims_material`: "his obscene video")."""
        if not self.trade_parties.isdisjoint(said):
            return False
        subject = next((w for w in said[1:4] if w not in ("a", "an", "any", "the")), None)
        if subject in self.config.trade_subjects and not frozenset(
            self.config.trade_verbs
        ).isdisjoint(said[2:6]):
            return False  # "if anyone paid Rs 100": an offer to all, a trade's terms
        return not self.threat_victims.isdisjoint(said) or self._victims_material(tokens, first)

    @cached_property
    def threat_victims(self) -> frozenset[str]:
        """The config's ``threat_victims``."""
        return frozenset(self.config.threat_victims)

    @cached_property
    def trade_parties(self) -> frozenset[str]:
        """The config's ``trade_parties``."""
        return frozenset(self.config.trade_parties)

    @cached_property
    def threat_conditions(self) -> frozenset[str]:
        """The config's ``threat_conditions``."""
        return frozenset(self.config.threat_conditions)

    def _describes_material(
        self,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
        conduct: str,
    ) -> bool:
        """Whether a participle of spreading or making (``described_conducts``: "leaked",
        "circulated", "morphed") stands between a determiner (``describing_determiners``: "the",
        "a"), or for making a verb of sending or using (``describing_verbs``: "sent morphed nude
        images"), and the noun it describes ("in connection with the leaked videos of the
        victim", "The leaked chargesheet shows …", "A leaked video of the minor shows …"): it
        tells no one's act. An act is told
        with its doer ("he leaked the videos"; "the man that shared the video": a determiner
        after it)."""
        if conduct not in self.config.described_conducts or first == 0 or first != last:
            return False
        before, after = first - 1, last + 1
        if after >= len(tokens) or sentence_of[before] != sentence_of[first]:
            return False
        if sentence_of[after] != sentence_of[first] or not tokens[first][2].endswith("ed"):
            return False
        following = tokens[after][2]
        config = self.config
        # (after a verb of sending or using only when that verb has no subject of its own
        # right before it, a relative clause's: "The spy camera the accused used recorded
        # videos of the girls" tells his recording; review 2026-12-13c H6)
        verb_subject = tokens[before - 1][2] if before > 0 else ""
        # (a relative clause only after a noun: "the camera the accused used"; not "when she
        # received morphed images", "He uploaded edited videos")
        at = before - 2
        if at >= 0 and tokens[at][2] in config.determiners:
            at -= 1  # "the camera the accused used": past the subject's "the"
        opener = tokens[at][2] if at >= 0 else ""
        relative = (
            verb_subject in config.describing_verb_subjects
            and at >= 0
            and sentence_of[at] == sentence_of[first]
            and opener not in config.describing_clause_openers
            # ("Police said the accused sent morphed nude images …": what was said; review
            # 2026-12-13d H7)
            and opener not in config.reporting_verbs
            and opener not in config.that_complement_verbs
        )
        return (
            (
                tokens[before][2] in config.describing_determiners
                or (
                    conduct in config.describing_verb_conducts
                    and tokens[before][2] in config.describing_verbs
                    and not relative
                )
            )
            and following.isalpha()
            and following not in self.config.determiners
            and following not in self.config.prepositions
            and following not in _POSSESSIVES
            and following not in _PRONOUNS
        )

    @cached_property
    def material_nouns(self) -> frozenset[str]:
        """The single words of ``material_words`` ("videos", "clip", "photos")."""
        return frozenset(w.lower() for w in self.config.material_words if " " not in w)

    def _in_a_compound(
        self, text: str, tokens: list[tuple[int, int, str]], index: int, sentence_of: list[int]
    ) -> bool:
        """Whether the word at *index* ends a hyphenated modifier ("pandemic-induced lockdown",
        "AI-morphed images"): it describes a thing and names no act of anyone. A verb's own
        prefix (``verb_prefixes``: "re-uploaded", "cross-posted", "self-recorded") makes no
        modifier."""
        if index == 0 or sentence_of[index - 1] != sentence_of[index]:
            return False
        gap = text[tokens[index - 1][1] : tokens[index][0]]
        if gap not in ("-", ")-", "\u2010", "\u2011"):
            return False
        return tokens[index - 1][2] not in self.verb_prefixes

    # --- children ----------------------------------------------------------------------------

    def names_child(self, text: str, refs: Sequence[StatuteReference]) -> bool:
        """Whether *text* says it is about a child: it names a child or child abuse material
        (``child_context``), a person by an age below ``child_age_below`` (eighteen: IT Act
        s.67B Explanation, "a person who has not completed the age of 18 years"), or a provision
        about children
        (``child_provisions``: POCSO, IT Act s.67B)."""
        for match in self.child_context.finditer(text):
            if not self._in_not_child(text, match.start(), match.end()):
                return True
        if self.hindi.present(text) and self.hindi.names_child(text):
            return True
        prefixes = self.config.child_provisions
        return any(
            (ref.provision or ref.act or "").startswith(prefixes) for ref in refs if prefixes
        )

    def _in_not_child(self, text: str, start: int, end: int) -> bool:
        """Whether *text[start:end]* lies in a phrase that names no child (``not_child``)."""
        if self.not_child is None:
            return False
        low = max(0, start - _NOT_CHILD_REACH)
        return any(
            m.start() <= start and end <= m.end()
            for m in self.not_child.finditer(text, low, min(len(text), end + _NOT_CHILD_REACH))
        )

    def names_sexual(self, text: str, refs: Sequence[StatuteReference]) -> bool:
        """Whether *text* speaks of a sexual act or sexual material: it names one
        (``sexual_context``) or a provision about one (``sexual_provisions``: POCSO, IT Act
        ss.66E, 67, 67A, 67B, rape and the modesty of a woman in the IPC and BNS …; or
        ``sexual_sections_alone``, "Section 67B" with no Act). Abuse material is sexual (IT Act
        s.67B(a): material "which depicts children engaged in sexually explicit act or
        conduct"). Without a sexual context lawref reads no offence on unnamed material: see
        :meth:`held_back`."""
        if self.sexual_context is None:
            return True
        if self.sexual_context.search(text):
            return True
        if self.hindi.present(text) and self.hindi.names_sexual(text):
            return True
        named = self.config.sexual_provisions
        alone = self.config.sexual_sections_alone
        for ref in refs:
            if ref.act is None and ref.section in alone:
                return True
            key = ref.provision or (
                f"{ref.act}/s{ref.section}" if ref.act and ref.section else ref.act
            )
            if key and any(key == p or key.startswith((p + "(", p + "/")) for p in named):
                return True
        return False

    @cached_property
    def hindi(self) -> HindiConductReader:
        """The reader of conduct told in Hindi (``[analysis.hindi_conduct]``)."""
        return HindiConductReader(self.config.hindi_conduct)

    def discloses_identity(self, text: str, refs: Sequence[StatuteReference]) -> bool:
        """Whether *text* speaks of a child's identity disclosed and of no abuse material: one
        of ``identity_reveal_words`` with one of ``identity_words`` within four words after it
        (:meth:`_revealed_before`: not shielded, "withheld to protect her identity"; not
        denied, "police refused to reveal her identity"; not an adult's, "revealed the identity
        of the accused"), and the text calls no material sexual and names none of
        ``abuse_material_provisions`` (:meth:`names_abuse_material`). See
        :meth:`identity_held`."""
        pattern = self.identity_word_pattern
        if pattern is None or not self.identity_reveal:
            return False
        if not any(
            self._revealed_before(text, m.start()) and not self._adult_identity(text, m.end())
            for m in pattern.finditer(text)
        ) and not (self.hindi.present(text) and self.hindi.reveals_identity(text)):
            return False
        return not self.names_abuse_material(text, refs)

    def names_abuse_material(self, text: str, refs: Sequence[StatuteReference]) -> bool:
        """Whether *text* calls material sexual (a word of ``material_words`` that is not
        ``generic_material``: "obscene", "nude", "child pornography"; or in Hindi, "अश्लील",
        "दुष्कर्म का वीडियो": :meth:`HindiConductReader.calls_material_sexual`) or names one of
        ``abuse_material_provisions``."""
        if self.sexual_material_pattern is not None and self.sexual_material_pattern.search(text):
            return True
        if self.hindi.present(text) and self.hindi.calls_material_sexual(text):
            return True
        named = self.config.abuse_material_provisions
        for ref in refs:
            key = ref.provision or (f"{ref.act}/s{ref.section}" if ref.act and ref.section else "")
            if key and any(key == p or key.startswith(p + "(") for p in named):
                return True
        return False

    @cached_property
    def sexual_material_pattern(self) -> re.Pattern[str] | None:
        """The ``material_words`` that call material sexual (not ``generic_material``)."""
        sexual = sorted(
            (w for w in self.config.material_words if w.lower() not in self.generic_material),
            key=lambda w: (-len(w), w),
        )
        if not sexual:
            return None
        return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in sexual)})\b", re.IGNORECASE)

    @cached_property
    def adult_material_pattern(self) -> re.Pattern[str] | None:
        """A picture or video (``depicting_material``) "of" an adult (``adult_depicted``, after
        up to three of ``adult_modifiers``) who closes the phrase: "a nude video of a woman",
        "image of their female teacher"; not "photos of the woman's daughter"; or an adult's
        possessive before it ("woman's private pics")."""
        if not self.adult_depicted or not self.depicting:
            return None
        depicting = "|".join(re.escape(w) for w in sorted(self.depicting, key=len, reverse=True))
        # a couple may be a 16-year-old and her lover: no adult for a whole text
        adults = "|".join(
            re.escape(w)
            for w in sorted(self.adult_depicted - {"couple", "couples"}, key=len, reverse=True)
        )
        modifiers = "|".join(
            re.escape(w) for w in sorted(self.adult_modifiers, key=len, reverse=True)
        )
        abusing = "|".join(re.escape(w) for w in self.config.abuse_participles) or "(?!)"
        return re.compile(
            rf"\b(?:{depicting})\s+of\s+(?:(?:{modifiers})\s+){{0,3}}(?:{adults})\b"
            rf"(?![\w'\u2019-])(?!\s+(?:{abusing}))"
            # "shares woman's private pics": an adult's possessive before the pictures
            rf"|\b(?:{adults})['\u2019]s\s+(?:(?:{modifiers})\s+){{0,2}}(?:{depicting})\b",
            re.IGNORECASE,
        )

    @cached_property
    def child_material_pattern(self) -> re.Pattern[str] | None:
        """``child_material_words``, or a picture or video "of" a child (a child word within
        four words after the "of": "video of the minor girl", "photos of a 14-year-old")."""
        words = sorted(self.config.child_material_words, key=len, reverse=True)
        depicting = "|".join(re.escape(w) for w in sorted(self.depicting, key=len, reverse=True))
        children = "|".join(
            re.escape(w)
            for w in sorted(self.person_words - self.adult_depicted, key=len, reverse=True)
        )
        ages = _ages_below(self.config.child_age_below, self.config.age_persons)
        parts = [rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b"] if words else []
        if depicting and children:
            parts.append(
                rf"\b(?:{depicting})\s+of\s+(?:[\w'\u2019-]+\s+){{0,3}}?"
                rf"(?:(?:{children})\b|{ages})"
            )
            # "the woman's minor daughter's photos": a child's pictures by a possessive
            parts.append(rf"\b(?:{children})['\u2019]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{depicting})\b")
        return re.compile("|".join(parts), re.IGNORECASE) if parts else None

    @cached_property
    def child_person_pattern(self) -> re.Pattern[str]:
        """A child herself: a child word that names a person ("minor", "girl", "daughter"; not
        "school" or "Class IX") or an age under eighteen."""
        children = "|".join(
            re.escape(w)
            for w in sorted(
                self.person_words - self.adult_depicted - _NOT_PERSONS, key=len, reverse=True
            )
        )
        ages = _ages_below(self.config.child_age_below, self.config.age_persons)
        return re.compile(rf"\b(?:{children or '(?!)'})\b|{ages}", re.IGNORECASE)

    @cached_property
    def sexual_act_pattern(self) -> re.Pattern[str]:
        """``sexual_act_words`` that name the act itself ("raped", "sexually assaulted"; not
        "the act" or "the incident", which may be any), as one pattern."""
        acts = sorted(
            (w for w in self.config.sexual_act_words if not w.startswith("the ")),
            key=len,
            reverse=True,
        )
        alternation = "|".join(re.escape(w) for w in acts) or "(?!)"
        return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)

    def names_adult_material(self, text: str) -> bool:
        """Whether *text* says a picture or video is of an adult
        (:attr:`adult_material_pattern`)."""
        pattern = self.adult_material_pattern
        return pattern is not None and pattern.search(text) is not None

    def names_child_material(self, text: str, refs: Sequence[StatuteReference]) -> bool:
        """Whether *text* names material of a child (:attr:`child_material_pattern`), a
        sentence that names both a child and a sexual act ("raped a minor girl and recorded the
        act": the material of that act is a child's), or one of
        ``child_material_provisions``."""
        pattern = self.child_material_pattern
        if pattern is not None and pattern.search(text):
            return True
        for match in self.sexual_act_pattern.finditer(text):
            low, high = _sentence_around(text, match.start(), match.end())
            if self.child_person_pattern.search(text, low, high):
                return True
        named = self.config.child_material_provisions
        return any(
            (key := ref.provision or "") and any(key == p or key.startswith(p + "(") for p in named)
            for ref in refs
        )

    def _adult_identity(self, text: str, end: int) -> bool:
        """Whether the identity word ending at *end* is an adult's: "identity of (the)" then one
        of ``identity_adults`` ("revealed the identity of the accused")."""
        after = _words_of(text, end, min(len(text), end + 40))[:3]
        if not after or after[0] != "of":
            return False
        rest = (
            after[2:3] if after[1:2] in (["the"], ["a"], ["an"], ["his"], ["her"]) else after[1:2]
        )
        return bool(rest) and rest[0] in self.identity_adults

    @cached_property
    def identity_adults(self) -> frozenset[str]:
        """The config's ``identity_adults``."""
        return frozenset(self.config.identity_adults)

    @cached_property
    def identity_word_pattern(self) -> re.Pattern[str] | None:
        """``identity_words`` as one pattern (a literal prefix: a fast scan)."""
        identity = self.config.identity_words
        if not identity:
            return None
        return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in identity)})\b", re.IGNORECASE)

    def _revealed_before(self, text: str, at: int) -> bool:
        """Whether one of ``identity_reveal_words`` stands at most four words before *at* (an
        identity word), with none of ``identity_shields`` between ("not revealed to protect
        her identity") and none of ``identity_denials`` in the three words before it ("police
        did not reveal", "refused to disclose")."""
        words = _words_of(text, max(0, at - 120), at)[-8:]
        shields = self.identity_shields
        for index in range(len(words) - 1, max(-1, len(words) - 6), -1):
            word = words[index]
            if word in shields:
                return False
            if word in self.identity_reveal:
                return self.identity_denials.isdisjoint(words[max(0, index - 3) : index])
        return False

    @cached_property
    def identity_denials(self) -> frozenset[str]:
        """The config's ``identity_denials``."""
        return frozenset(self.config.identity_denials)

    @cached_property
    def identity_shields(self) -> frozenset[str]:
        """The config's ``identity_shields``."""
        return frozenset(self.config.identity_shields)

    def identity_held(self, text: str, mentions: Sequence[Mention]) -> list[bool]:
        """Which of *mentions* are, in a text that speaks of a child's identity disclosed
        (:meth:`discloses_identity`), that disclosure and not abuse material: those
        :meth:`held_back` would hold (conduct on nothing named or on plain material, not on a
        child) whose sentence names no sexual act (``sexual_act_words``: "posted the pictures
        of the family on Facebook", not "live-streamed the act to a friend"). A mention that
        counts releases the others of its sentence."""
        held = [
            self._needs_sexual_context(text, m) and not self._near_sexual_act(text, m)
            for m in mentions
        ]
        return _released_by_sentence(text, mentions, held)

    def _near_sexual_act(self, text: str, mention: Mention) -> bool:
        """Whether the sentence of *mention* names a sexual act (``sexual_act_words``:
        "live-streamed the act to a friend")."""
        low, high = _sentence_around(text, mention.start, mention.end)
        if self.hindi.present(text, low, high) and self.hindi.names_sexual_act(text, low, high):
            return True  # "नाबालिग से दुष्कर्म किया और उसका वीडियो बनाकर …"
        return self.sexual_acts.anywhere(_words_of(text, low, high))

    @cached_property
    def sexual_acts(self) -> _Phrases:
        """The config's ``sexual_act_words``, as words."""
        return _Phrases(words(c) for c in self.config.sexual_act_words)

    def stated_as_law(
        self, text: str, mentions: Sequence[Mention], stated: Sequence[StatedPunishment]
    ) -> list[bool]:
        """Which of *mentions* (found in *text*, in English) are the conduct a punishment of the
        law is stated for: no doer was found for it, and its sentence states a punishment that
        no court passed ("Section 15 (2): Imprisonment of up to three years, or a fine, or both,
        for possessing such material with the intent to disseminate it"; "Storing or having
        child pornographic material for commercial purposes First offence - Jail time of three
        to five years"). A punishment is the law's answer to conduct in general (issue #13: law
        stated in general is not conduct); a sentence a court passed ("sentenced to five years
        for sharing …", a sentencing word before the mention) and a verb in the past or a
        participle ("were circulated") tell what someone did. Devanagari headlines often state
        a sentence passed in the law's words ("… के दोषी को 5 हजार का जुर्माना"), so their
        mentions stay."""
        law = [p for p in stated if not p.imposed]
        sentencing = frozenset(self.config.sentencing_words)
        # (the law's own subjects only, not "children" or "one" anywhere: "sentenced a tutor who
        # taught children … for circulating …" is a sentence passed; review 2026-12-13d H6)
        anyone = frozenset(self.config.anyone_words)
        generic = frozenset(self.config.law_subject_words)
        convicting = sentencing | frozenset(self.config.law_subject_verbs)
        doers = self.finite_doer_words | self.passive_be
        flags = []
        for mention in mentions:
            if mention.actor or not law or self.hindi.present(text, mention.start, mention.end):
                flags.append(False)
                continue
            low, high = _sentence_around(text, mention.start, mention.end)
            # (the clause after a ";" only: "Asked if he had anything to say, the convict wept;
            # the court sentenced him …"; review 2026-12-14e H9)
            low = max(low, text.rfind(";", low, mention.start) + 1)
            said = _TOKEN.findall(text, low, mention.start)
            before = [w.lower() for w in said]
            head = mention.text.split()[0].lower() if mention.text.split() else ""
            subject_words = self.subject_words
            named = len(said) >= 2 and _looks_like_a_name(
                said[-1],
                before[-2],
                said[-7:-1] + _TOKEN.findall(text, mention.start, high)[:6],
                subject_words,
            )
            if not named and len(said) >= 4 and before[-2] in subject_words.place_prepositions:
                # "Rahul Patil from Thane shared …": the subject before its place (14g H2)
                named = before[-3] in doers or (said[-3][:1].isupper() and not said[-3].isupper())
            if (head.endswith("ed") or head in self.past_forms) and (
                (
                    before[-1:]
                    and before[-1] in doers
                    and (
                        before[-1] in self.passive_be
                        or not _in_a_material_phrase(before, subject_words)
                    )
                )
                or named
            ):
                # a past told of a doer or a passive ("Obscene videos of the minor were
                # circulated …, an offence that attracts up to five years"; review 2026-12-13b
                # H2); not a participle after a noun ("Material … published or transmitted
                # electronically: imprisonment up to five years": 13c H5)
                flags.append(False)
                continue
            # "anyone" anywhere before; "those", "if", "a person" only right before a verb of
            # conviction ("Those convicted of …", "If convicted, …", "A person convicted for the
            # first time …"; not "sentenced a person to five years for storing …" nor "Asked if
            # he had …": review 2026-12-14e H9)
            said_of_anyone = not anyone.isdisjoint(before) or any(
                (a in generic or (a in ("a", "any") and b == "person"))
                and (c in convicting or (a in generic and b in convicting))
                for a, b, c in _triples(before)
            )
            if any(w in sentencing for w in before) and not said_of_anyone:
                # "sentenced to 20 years for filming the minor girl, …"; not "A person
                # convicted for the first time for storing … shall be punished" (13c H5)
                flags.append(False)
                continue
            flags.append(any(low <= p.start and p.end <= high for p in law))
        return flags

    def in_examples(self, text: str, mentions: Sequence[Mention]) -> list[bool]:
        """Which of *mentions* (found in *text*) stand in an explainer's example: their line,
        or the line before it, opens with an example's label and a colon ("Example 1: Selling
        Obscene Content to a Child\nA shopkeeper sells obscene magazines to a minor …",
        ``example_labels``): a case made up to show the law, whose acts no one did (seventeenth
        session, batch dev-43). Reads at most two lines of ``_SENTENCE_REACH`` characters
        back: linear."""
        labels = self.config.example_labels
        flags = []
        for mention in mentions:
            floor = max(0, mention.start - 2 * _SENTENCE_REACH)
            starts = []
            at = mention.start
            for _ in range(2):  # the mention's line and the one before it
                brk = text.rfind("\n", floor, at)
                if brk < 0:
                    if floor == 0:
                        starts.append(0)
                    break
                starts.append(brk + 1)
                at = brk
            flags.append(bool(labels) and any(_example_label(text, a, labels) for a in starts))
        return flags

    def glossed_terms(self, text: str, mentions: Sequence[Mention]) -> list[bool]:
        """Which of *mentions* (found in *text*) gloss a term in a list of terms: a line that
        opens with a bullet, a term of at most three words and a dash or colon, the conduct
        words being the term or after it, and no doer found ("• Possession - Storage/ viewing
        child pornographic material.", "• Transmission - Transmitting/ propagating/
        displaying/ distributing child pornographic material."; an explainer's list of what the
        law makes an offence, issue #13: law stated in general). The term must be a conduct's
        own word; a bulleted line that tells news ("• Mumbai: Obscene video of minor girl
        circulated …", "• Kerala: Man held for sharing …") stays (review 2026-12-13b H3)."""
        flags = []
        first_words = self.conduct_first_words
        for mention in mentions:
            if mention.actor:
                flags.append(False)
                continue
            floor = max(0, mention.start - _SENTENCE_REACH)
            line = text.rfind("\n", floor, mention.start) + 1
            if line == 0 and floor > 0:
                flags.append(False)  # no line's start near: no list's line (13b H3)
                continue
            head = _GLOSSED_TERM.match(text, line, mention.end + 3)
            # the term glossed is itself a conduct's name ("Possession", "Transmission"), not a
            # place or a word of news ("• Mumbai: Obscene video of minor girl circulated …")
            term = head["term"].lower().split("/")[0].removeprefix("non-") if head else ""
            flags.append(term in first_words)
        return flags

    def held_back(self, text: str, mentions: Sequence[Mention]) -> list[bool]:
        """Which of *mentions* (found in *text*) count only in a text that speaks of a sexual
        act or material (:meth:`names_sexual`): conduct on material
        (``sexual_context_conducts``) that acts on nothing the text names, or only on material
        not said to be sexual (``generic_material``: "recording videos on their phones"), and
        not on a child (:meth:`_acts_on_child`). A mention that counts releases the others of
        its sentence, which act on the same material ("recorded the minor girl's video while
        she was changing clothes and circulated it")."""
        held = [self._needs_sexual_context(text, m) for m in mentions]
        return _released_by_sentence(text, mentions, held)

    def _needs_sexual_context(self, text: str, mention: Mention) -> bool:
        if mention.conduct not in self.sexual_conducts:
            return False
        if (
            mention.acts_on is not None
            and mention.acts_on.lower() not in self.generic_material
            and mention.acts_on not in self.hindi.plain
        ):
            return False
        return not self._acts_on_child(text, mention.start, mention.end)

    def _acts_on_child(self, text: str, start: int, end: int) -> bool:
        """Whether the conduct word at *text[start:end]* acts on a child: a child (its word,
        ``victim_subjects`` or an age below eighteen) in its object, up to the clause's end or
        the first of ``object_enders`` ("selling videos of minors", "filmed the 13-year-old
        while she was bathing"), or, in the passive, in the "of" of the material before it
        ("videos of the minor girl were circulated"), or in the subject of a passive ("the
        16-year-old was filmed")."""
        window = text[end : end + _OBJECT_REACH]
        cut = self.object_end.search(window)
        if cut is not None:
            window = window[: cut.start()]
        if self.child_object.search(window):
            return True
        before = text[max(0, start - _OBJECT_REACH) : start]
        marks = list(_CLAUSE_MARK.finditer(before))
        if marks:
            before = before[marks[-1].end() :]
        passive = self.passive_before.search(before)
        if passive is not None and self._child_subject(text[start:end], before[: passive.start()]):
            return True  # "The 16-year-old was filmed", "The minor's photos were edited"
        material_of = self.material_of_before.search(before)
        return material_of is not None and bool(self.child_object.search(material_of["who"]))

    def _child_subject(self, verb: str, subject: str) -> bool:
        """Whether *subject*, before "was"/"were" and the past participle *verb*, has a child
        at its head ("The 16-year-old was filmed", "the girls were photographed") or owns the
        pictures it names ("The minor's photos were edited"); not a thing a child word only
        describes ("The school's annual day function was recorded")."""
        first = verb.split()[0].lower() if verb.split() else ""
        if not (first.endswith("ed") or first in self.past_forms):
            return False
        words = subject.split()
        if not words:
            return False
        head = words[-1].lower().strip("\"'\u2019\u201d")
        age = re.fullmatch(r"\((\d{1,2})\)", head)
        if age is not None:
            return int(age[1]) < self.config.child_age_below  # "Priya (14) was filmed"
        if head in self.depicting and len(words) > 1:
            owner = words[-2].lower()
            if not owner.endswith(("'s", "\u2019s")):
                return False
            head = owner[:-2]
        return bool(
            head in self.child_words
            or head.rstrip("s") in self.child_words
            or self.child_object.fullmatch(head)
        )

    # --- dates -------------------------------------------------------------------------------

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


_NUMBER_WORDS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)


def _alternation(phrases: Iterable[str], joiner: str) -> str:
    """One regular-expression alternation of *phrases*, lower-cased, longest first (so a longer
    phrase wins), each word escaped and the words of a phrase joined by *joiner*; empty when
    there are none."""
    ordered = sorted({p.lower() for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(joiner.join(re.escape(word) for word in p.split()) for p in ordered)


def _ages_below(limit: int, persons: Sequence[str] = ()) -> str:
    """A pattern for an age below *limit* as reports write it: "a 12-year-old", "a nine-year-old
    girl", "aged 15", "15 years old" (not "a six-year-old video", "a twenty-one-year-old man");
    after a name, as Indian reports give ages, where a person's words follow: "Abhi, 17, a
    student", "[name] (16) was", "Priya (14), a student" (not "Kerala (12), Maharashtra (10)");
    and "she is 15.", "who was 16 when"; and after one of *persons* ("the girl, 15, was"). No age
    at all when *limit* is 0."""
    if limit <= 1:
        return r"(?!)"
    numbers = "|".join(str(n) for n in range(limit - 1, 0, -1))
    spelt = "|".join(_NUMBER_WORDS[: limit - 1][::-1])
    people = "|".join(re.escape(p.lower()) for p in persons)
    name = (
        r"(?:\b(?!(?:Section|Sub|Clause|Rule|Article|Chapter|Schedule|Form)\b)[A-Z][a-z]+|\]"
        + (rf"|\b(?i:{people})" if people else "")
        + ")"
    )
    person = r"(?=\s?\(|\s(?-i:[a-z]))"
    follows = r"(?=\s(?:was|is|had|has|who|allegedly)\b|,\s(?:a|an|who|was|is)\b)"
    thing = (
        r"(?![\s-](?:video|videos|clip|case|cases|matter|fir|complaint|order|incident|post|"
        r"account|photo|image|law|act|phone|company|building|car)\b)"
    )
    return (
        rf"(?<![\w-])(?:{numbers}|{spelt})[\s-]?(?:years?|yrs?)[\s-]?old\b{thing}"
        rf"|\baged\s(?:{numbers})\b"
        rf"|(?-i:{name}),\s(?:{numbers}),{person}"
        rf"|(?-i:{name})\s?\((?:{numbers})\){follows}"
        rf"|\b(?:she|he|who)\s(?:is|was)\s(?:{numbers})(?=\s?[.,;]|\s(?:and|when)\b)"
    )


class _Phrases:
    """A set of word phrases indexed by their first word, so that finding one in *n* words
    costs *n* dictionary lookups, not *n* times the number of phrases."""

    __slots__ = ("by_first",)

    def __init__(self, phrases: Iterable[Sequence[str]]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            if phrase:
                self.by_first.setdefault(phrase[0], []).append(tuple(phrase))

    def at(self, tokens: Sequence[str], index: int) -> bool:
        """Whether one of the phrases starts at *tokens[index]*."""
        for phrase in self.by_first.get(tokens[index], ()):
            if tuple(tokens[index : index + len(phrase)]) == phrase:
                return True
        return False

    def length_at(self, tokens: Sequence[str], index: int) -> int:
        """The number of words of the longest phrase starting at *tokens[index]*, or 0."""
        best = 0
        for phrase in self.by_first.get(tokens[index], ()):
            if len(phrase) > best and tuple(tokens[index : index + len(phrase)]) == phrase:
                best = len(phrase)
        return best

    def anywhere(self, tokens: Sequence[str]) -> bool:
        """Whether one of the phrases occurs in *tokens* (a set intersection first, in C)."""
        if self.by_first.keys().isdisjoint(tokens):
            return False
        return any(self.at(tokens, index) for index in range(len(tokens)))


def _present_form(word: str, past_forms: frozenset[str]) -> bool:
    """Whether a conduct word is in the present tense, as a statement about offenders in general
    is told ("Predators lure children", "Offenders typically groom"): not a past ("-ed", or one
    of *past_forms*: "sold", "sent") and not a participle or a noun in "-ing"."""
    return not word.endswith(("ed", "ing")) and word not in past_forms


def _after_preposition(
    after: Sequence[str],
    objects: frozenset[str],
    prepositions: Sequence[str],
    people: Sequence[str] = (),
) -> bool:
    """Whether one of *objects* stands in *after* at most four words after one of
    *prepositions* (a possessive's "s" is a word): "sent the seized videos for forensic
    examination", "sent to judicial custody", "sent them to their parent's custody" (what is
    sent, named first or not). Not where one of *people* stands between or right after it:
    the institution is then the people's ("sent … to inmates of the jail", "to the shelter home
    girls")."""
    for index, word in enumerate(after):
        if word not in prepositions:
            continue
        for offset in range(index + 1, min(len(after), index + 5)):
            if after[offset] in people:
                break
            if after[offset] in objects:
                if not any(w in people for w in after[offset + 1 : offset + 3]):
                    return True
                break
    return False


# how far before and after an Act's name a word of its use is looked for ("booked under Section
# 64 of the BNS", "बीएनएस की धारा 64")
_USE_BEFORE = 40
_USE_AFTER = 25


def _words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of *words* (phrases allowed) as words of their own: a Latin one between word
    boundaries, a Devanagari one not inside a longer Devanagari word (Python's ``\\b`` takes
    a vowel sign for a word's end)."""
    ordered = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    alternatives = "|".join(
        (r"\s+".join(map(re.escape, w.split())) + (r"\b" if w.isascii() else "")) for w in ordered
    )
    return re.compile(rf"(?<![\w\u0900-\u097f])(?:{alternatives or '(?!)'})", re.IGNORECASE)


# child words that name no person: "school", "Class IX"
_NOT_PERSONS = frozenset({"school", "schools", "pocso", "csam", "cseam", "juvenile", "juveniles"})
# words for the victim a sexual word may name ("the rape survivor")
_VICTIM_NAMES = frozenset({"survivor", "survivors", "victim", "victims"})
# quotation marks around a word
_QUOTES = "\"'\u2019\u201d"
_OPENING_QUOTES = "\"'\u2018\u201c"
_CLOSING_QUOTES = "\"'\u2019\u201d"
# nouns of quantity whose "of" phrase is the thing counted: "a huge quantity of CSAM"
_QUANTITY_HEADS = frozenset(
    {
        "quantity",
        "quantities",
        "volume",
        "volumes",
        "cache",
        "stash",
        "hoard",
        "amount",
        "lot",
        "lots",
    }
)
# prepositions that open a phrase after a subject's head: "cases against children recorded"
_HEAD_PHRASE_OPENERS = frozenset({"of", "against", "about", "on", "from", "in"})
# personal pronouns: no head of a phrase ("a complaint against him")
_PRONOUNS = frozenset({"him", "her", "them", "it", "he", "she", "they", "us", "me", "you", "who"})
# the words before "of" that take a part of a group: "one of the victims"
_PARTITIVES = frozenset({"one", "two", "some", "all", "both", "many", "several", "few", "most"})


def _ends_clause(text: str, tokens: list[tuple[int, int, str]], before: int, after: int) -> bool:
    """Whether a comma, semicolon or colon stands between the words at *before* and *after*; a
    comma between digits ("Rs 50,000") is a number's, not a clause's end."""
    gap = text[tokens[before][1] : tokens[after][0]]
    if not any(mark in gap for mark in ",;:"):
        return False
    return not (gap == "," and tokens[before][2].isdigit() and tokens[after][2].isdigit())


def _byline(
    text: str, tokens: list[tuple[int, int, str]], first: int, verbs: Sequence[str]
) -> bool:
    """Whether the word at *first* opens a page's byline: first on its line, capitalised, and
    followed by "by" and a name ("Edited By Kalash, Updated: 30 Aug, 2025", "Edited by: Rahul
    Sharma"), or by "On:" and a date ("Posted On: 10 JUL 2019", a government release's date
    line), with one of *verbs* (``byline_verbs``): who edited the page and when it was posted,
    no act on material. Mid-line, only as a label: "… Edited By: Rajesh Kumar Updated: …",
    "देश-विदेशPosted at: सितम्बर 23, 2024"."""
    start = tokens[first][0]
    line_start = text.rfind("\n", 0, start) + 1
    if not text[start : start + 1].isupper():
        return False
    label = re.match(r"\s?(?:By|[Ii]n|[Aa]t|[Oo]n):", text[tokens[first][1] : tokens[first][1] + 5])
    if text[line_start:start].strip() and not label:
        # mid-line only as a label, "Edited By:" ("By Rakesh Kumar Edited By: Rajesh Kumar"),
        # "Posted in:" (a page's category: "29/07/2019, Posted in: Press Information Bureau")
        return False
    if tokens[first][2] not in verbs:
        return False  # "Shared By Accused On Instagram, …": a headline, not a byline
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


# words after a counted report's verb that name whose act it was ("on his laptop")
_OWNERS = frozenset({"his", "her", "their", "accused", "accused's", "accused\u2019s"})
_BYLINE_REACH = 80
_BYLINE_LEAD = re.compile(r"(?:(?:posted|written|edited|published)\s+)?by:?\s+", re.IGNORECASE)
_BYLINE_TAIL = re.compile(
    # (a date after "on": "Posted by Site Admin on September 24, 2024"; review 2026-12-08c L5)
    r"\s*(?:\Z|[|\u2022,-]|\d|(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+\d)",
    re.IGNORECASE,
)


def _object_named(said: Sequence[str], objects: frozenset[str], not_after: Sequence[str]) -> bool:
    """Whether one of *objects* is in *said* before any of *not_after* ("made child pornography
    for a website": the site is a purpose, not the thing made)."""
    for word in said:
        if word in not_after:
            return False
        if word in objects:
            return True
    return False


def _before_topic(said: Sequence[str], topic_words: Sequence[str]) -> Sequence[str]:
    """*said* up to the first of *topic_words* ("leaflets about child pornography laws": what
    follows "about" is the leaflets' topic, not what they bear)."""
    for at, word in enumerate(said):
        if word in topic_words:
            return said[:at]
    return said


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


def _released_by_sentence(
    text: str,
    mentions: Sequence[Mention],
    held: list[bool],
    releasing: Sequence[bool] | None = None,
) -> list[bool]:
    """*held*, less each mention in the sentence of a mention that counts (and, where
    *releasing* is given, is one it marks): they act on the same material ("recorded the minor
    girl's video … and circulated it")."""
    if not any(held) or all(held):
        return held
    marks = releasing if releasing is not None else [True] * len(mentions)
    # the sentence of each held mention only (the counting ones are many): a counting mention
    # that starts inside it releases it
    counting = sorted(m.start for m, h, r in zip(mentions, held, marks, strict=True) if not h and r)
    result: list[bool] = []
    for mention, hold in zip(mentions, held, strict=True):
        if not hold:
            result.append(False)
            continue
        low, high = _sentence_around(text, mention.start, mention.end)
        at = bisect.bisect_left(counting, low)
        result.append(not (at < len(counting) and counting[at] < high))
    return result


def _words_of(text: str, low: int, high: int) -> list[str]:
    """The lower-cased words of *text[low:high]*."""
    return [m.group().lower() for m in _TOKEN.finditer(text, low, high)]


def _sentence_start(sentence_of: list[int], index: int, reach: int) -> int | None:
    """The index of the first word of the sentence of the word at *index*, or None when it lies
    more than *reach* words back (a long sentence is not read whole: linear)."""
    start = index
    while start > 0 and sentence_of[start - 1] == sentence_of[index]:
        start -= 1
        if index - start > reach:
            return None
    return start


def _opens_its_line(text: str, at: int) -> bool:
    """Whether only a bullet, a number or punctuation stands between the start of *at*'s line
    and *at* (at most 12 characters back: linear)."""
    low = max(0, at - 12)
    brk = text.rfind("\n", low, at)
    if brk < 0 and low > 0:
        return False
    return not any(ch.isalpha() for ch in text[brk + 1 : at])


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


_EXAMPLE_HEAD = re.compile(r"[ \t]*(?P<label>[A-Za-z]+)(?:[ \t]+(?:\d{1,2}|[ivx]{1,4}))?[ \t]*:")


def _example_label(text: str, at: int, labels: Sequence[str]) -> bool:
    """Whether the line at *at* opens with one of *labels* and has a colon in its first 60
    characters ("Example 1: …")."""
    # (the label, at most a number, then the colon: "Example 1:"; not "Example of how the gang
    # operated:", nor an image credit, "Illustration: Sajith Kumar"; review 2026-12-13d H2)
    found = _EXAMPLE_HEAD.match(text, at, at + 40)
    return found is not None and found["label"].lower() in labels


def _clause_label(
    text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], index: int
) -> bool:
    """Whether the sentence of the word at *index* opens with a statute's clause label, "(a)",
    "(iv)", on a line of its own: a provision's clause quoted ("(a) publishes or transmits or
    causes to be published …"), its "Whoever" lines before it."""
    low = index
    while low > 0 and sentence_of[low - 1] == sentence_of[index] and index - low < _SENTENCE_WORDS:
        low -= 1
    start, end, word = tokens[low]
    if len(word) > 4 or not (len(word) == 1 or set(word) <= set("ivx")):
        return False
    before = text[max(0, start - 8) : start].rstrip(" \t")
    if not before.endswith("(") or text[end : end + 1] != ")":
        return False
    opening = before[:-1].rstrip(" \t")
    return opening.endswith("\n") or (not opening and start <= 8)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around *text[start:end]*, at most ``_SENTENCE_REACH`` characters either
    side (bounded: linear reading). A full stop inside a number or an abbreviation may cut it
    short."""
    low = max(0, start - _SENTENCE_REACH)
    marks = [m.end() for m in _SENTENCE_MARK.finditer(text, low, start)]
    low = marks[-1] if marks else low
    high = min(len(text), end + _SENTENCE_REACH)
    mark = _SENTENCE_MARK.search(text, end, high)
    return low, mark.start() if mark else high


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


@dataclass(frozen=True, slots=True)
class _SubjectSets:
    """The config's ``subject_words`` as sets, read once by the ``Analyzer``."""

    clause_subject_heads: frozenset[str]
    material_phrase_openers: frozenset[str]
    material_of_heads: frozenset[str]
    not_material_phrase_words: frozenset[str]
    not_before_names: frozenset[str]
    place_prepositions: frozenset[str]

    @classmethod
    def of(cls, words: SubjectWords) -> _SubjectSets:
        """The sets of *words*, each in lower case."""
        return cls(
            *(
                frozenset(w.lower() for w in getattr(words, name))
                for name in (
                    "clause_subject_heads",
                    "material_phrase_openers",
                    "material_of_heads",
                    "not_material_phrase_words",
                    "not_before_names",
                    "place_prepositions",
                )
            )
        )


def _in_a_material_phrase(words: Sequence[str], subject_words: _SubjectSets) -> bool:
    """Whether the last of *words* (a person's noun, lower case) stands in a material's phrase:
    one of ``material_phrase_openers``, or "of" right after one of ``material_of_heads``,
    within the four words before it; never one of ``not_material_phrase_words`` ("all of
    them")."""
    if not words or words[-1] in subject_words.not_material_phrase_words:
        return False
    before = words[-5:-1]
    for index in range(len(before) - 1, -1, -1):
        word = before[index]
        if word in subject_words.material_phrase_openers:
            return True
        if word == "of":
            previous = before[index - 1] if index else (words[-6] if len(words) > 5 else "")
            return previous in subject_words.material_of_heads
    return False


def _a_name_before(
    text: str,
    tokens: list[tuple[int, int, str]],
    sentence_of: list[int],
    first: int,
    subject_words: _SubjectSets,
    doers: frozenset[str] = frozenset(),
) -> bool:
    """Whether the word before the one at *first*, in its sentence, is a person's name
    (:func:`_looks_like_a_name`), or a place after "from" or "at" whose subject before it is a
    name or one of *doers* ("Rahul Patil from Thane shared …", "A Nigerian national from
    Bengaluru shared …"; not "material from India uploaded …")."""
    if first < 2 or sentence_of[first - 2] != sentence_of[first]:
        return False
    if (
        tokens[first - 2][2] in subject_words.place_prepositions
        and first >= 3
        and sentence_of[first - 3] == sentence_of[first]
    ):
        start, end, word = tokens[first - 3]
        said = text[start:end]
        if word in doers or (said[:1].isupper() and not said.isupper() and first >= 4):
            return True
    sentence = sentence_of[first]
    near = [
        text[tokens[i][0] : tokens[i][1]]
        for i in range(max(0, first - 6), min(len(tokens), first + 7))
        if sentence_of[i] == sentence and i != first - 1
    ]
    start, end, _ = tokens[first - 1]
    return _looks_like_a_name(text[start:end], tokens[first - 2][2], near, subject_words)


def _triples(words: Sequence[str]) -> Iterable[tuple[str, str, str]]:
    """Each word with the two after it (the last two with "" after them)."""
    padded = [*words, "", ""]
    return zip(padded, padded[1:], padded[2:], strict=False)


def _looks_like_a_name(
    word: str, previous: str, near: Sequence[str], subject_words: _SubjectSets
) -> bool:
    """Whether *word* (after *previous*, in lower case, with the words *near* it) is a
    person's name: capitalised, not all capitals ("CSAM", "CP"), not after a preposition of
    material or place (``not_before_names``), and not in a Title Case run (more than half of
    *near* capitalised: a headline's "Obscene Videos Of Minors Shared On WhatsApp …")."""
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    if previous in subject_words.not_before_names:
        return False
    capitalised = sum(1 for w in near if w[:1].isupper())
    return capitalised * 2 <= len(near)


def _states_law(after: Sequence[str], predicates: _Phrases, clause_ends: frozenset[str]) -> bool:
    """Whether the conduct is the subject of a statement of law ("… is a criminal offence",
    "… will not constitute an offence"): a predicate follows with no word that ends the clause
    ("which", "that", "observed") between, so "arrested for sharing CSAM, which is a crime"
    still counts."""
    for index in range(len(after)):
        if after[index] in clause_ends:
            return False
        if predicates.at(after, index):
            return True
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


# the nouns of a sexual act after its qualifier ("the sexual assault", "the sexual abuse")
_ACT_NOUNS = frozenset({"assault", "assaults", "abuse", "act", "acts", "harassment"})
# what an act's name may head that is no act: "the sexual assault accused", "the rape case"
_NOT_THE_ACT = frozenset(
    {
        "accused",
        "case",
        "cases",
        "convict",
        "spot",
        "site",
        "scene",
        "house",
        "family",
        "protest",
        "trial",
        "survivor",
        "survivors",
        "victim",
        "victims",
    }
)
# the determiners of one particular person or thing ("the accused", "his aide")
_DEFINITE = frozenset({"the", "this", "that", "his", "her", "their", "its"})
# the verbs of a warning that make "the predators would …" a forecast (not the noun "warning")
_WARNED = frozenset({"warned", "warns", "warn", "cautioned", "cautions"})
# words that make a subject any or every one ("every person in Telangana", "a student")
_QUANTIFIERS = frozenset({"every", "any", "a", "an", "all", "each", "some", "many", "most"})


def _count_of(word: str) -> int:
    """The number a word says ("116", "twenty"), or 0."""
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word, 0)


def _names_a_sentence(tokens: list[tuple[int, int, str]], at: int, openers: Sequence[str]) -> bool:
    """Whether the word at *at*, right after "given" or "gave him", opens a sentence of a
    court: one of *openers* ("life", "rigorous", "punishment"), or a number ("five", "5") whose
    term is not a time allowed for something ("was given three months to recommend …"); not
    "bail" or "details"."""
    if at >= len(tokens):
        return False
    word = tokens[at][2]
    if word in openers:
        return True
    if not (word.isdigit() or word in NUMBER_WORDS):
        return False
    return not (at + 2 < len(tokens) and tokens[at + 2][2] == "to")


def _before_aside(
    text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], last: int
) -> int:
    """The word before an aside between commas that ends at *last* ("the victim, trusting his
    assurance, deleted": victim), the aside at most ``_ASIDE`` words with no other mark in it;
    or -1."""
    for start in range(last, max(0, last - _ASIDE), -1):
        if start == 0 or sentence_of[start - 1] != sentence_of[last]:
            return -1
        gap = text[tokens[start - 1][1] : tokens[start][0]]
        if any(mark in gap for mark in ';:()"\u201c\u201d') or gap.count(",") > 1:
            return -1
        if "," in gap:
            return start - 1
    return -1


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


def _head_before_of(
    tokens: list[tuple[int, int, str]], sentence_of: list[int], position: int
) -> int | None:
    """The word before an "of" phrase ending at *position* ("photos of the minor": photos),
    the phrase at most three words long, or None."""
    for back in range(position - 1, max(-1, position - 4), -1):
        if sentence_of[back] != sentence_of[position]:
            return None
        if tokens[back][2] == "of":
            return back - 1 if back >= 1 and sentence_of[back - 1] == sentence_of[back] else None
    return None


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


# How far back a passive frame's subject phrase is read for a preposition.
_NOUN_PHRASE = 5
# How far after a passive trigger the phrase its material came from is read.
_ORIGIN_REACH = 10
# how many words after a frame's material an "of" naming its owner may stand ("the obscene video
# of the girl")
_OWNER_REACH = 3
# how far back from a relation cue ("related to") the arrest or charge that governs it may stand
# ("arrested 95 people for offences related to …")
_CHARGE_REACH = 25
# how far back from "was held" an event noun makes it an event held ("A seminar on cyber safety
# was held …")
_NO_PERSONS = ("it", "this", "that", "these", "those", "there", "which", "what")
# the nouns of a charge after "on" ("held on charges related to …")
_CHARGE_NOUNS = ("charges", "charge")
# how far back a comma-closed aside or a relative word before "was held" is read
_ASIDE_REACH = 8
# how many words a relative's object may take before the charge's words it governs
_RELATIVE_OBJECT = 6
_SUBORDINATORS = (
    "after",
    "before",
    "when",
    "while",
    "as",
    "since",
    "because",
    "if",
    "once",
    "until",
    "though",
    "although",
    "whereas",
    "whenever",
)
# how many of a charge's words may stand right before its relation cue ("for allegedly committing
# offences related to", "in connection with cases pertaining to")
_ANCHOR_REACH = 6
# how far back in its sentence material named before a conduct word is read ("downloaded the
# obscene videos of minors and kept them")
_MATERIAL_BEFORE = 20


_PEOPLE_PRONOUNS = ("them",)
_CLAUSE_OPENERS = ("where", "who", "whom", "which", "when", "while", "after", "before", "but")


def _next_clause(words: Sequence[str]) -> int:
    """Where the clause after a conduct word's object ends: at "and" or "or" before a past
    verb ("kept them in his house and showed them …") or at a word that opens a clause
    ("… where he showed them …"); not at "as" ("saved as many as 200 videos") or a comma ("kept
    them, along with obscene videos of children, on his laptop"). Review 2026-12-10b M6."""
    for i, word in enumerate(words):
        if word in _CLAUSE_OPENERS and (i > 1 or word not in ("which", "who")):
            # (not a relative right after the object: "kept them, which included obscene
            # videos of minors, in his phone"; review 2026-12-11b M7)
            return i
        if word in ("and", "or") and i + 1 < len(words) and words[i + 1].endswith("ed"):
            return i
    return len(words)


def _kept_by(
    after: Sequence[str], i: int, objects: Collection[str], rule: NotObject, sharer: str
) -> bool:
    """Whether ``after[i]`` is one of the rule's ``kept_by`` words that keeps its conduct: any
    such word, or, where the rule gives ``kept_by_within``, one at most that many words after
    an object word, when the sharer (the word before the conduct word) is none of
    ``kept_by_not_sharers`` ("he shared what he had secretly recorded"; not "the girl shared
    what her uncle had shot")."""
    if after[i] not in rule.kept_by:
        return False
    if rule.kept_by_within is None:
        return True
    if sharer in rule.kept_by_not_sharers:
        return False
    what = next(
        (j for j in range(i - 1, max(-1, i - 1 - rule.kept_by_within), -1) if after[j] in objects),
        None,
    )
    if what is None:
        return False
    # a victim's family telling what another, named, recorded (review 2026-12-11d H7)
    return sharer not in rule.kept_by_family_sharers or all(
        after[j] in rule.kept_by_recorder_pronouns for j in range(what + 1, i)
    )


def _before_relative(words: Sequence[str]) -> int:
    """The index of the first relative word ("who", "which") in *words*, or their length."""
    return next((i for i, w in enumerate(words) if w in ("who", "which")), len(words))
