"""The English reader's words: ``[analysis]`` of ``data/conduct.toml`` read once into sets,
phrase indexes, a trie of the lexicon's phrases and compiled patterns (``ReaderWords``).

Every rule group of :mod:`lawref.analysis.english` is a subclass of ``ReaderWords`` and reads
its words from it; the rules themselves are in the modules beside this one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from lawref.analysis.citations import CitationReader
from lawref.analysis.english.clauses import (
    _ECHO,
    _TOKEN,
    _Phrases,
    _SubjectSets,
)
from lawref.analysis.models import (
    AnalysisConfig,
    Frame,
    NotObject,
)
from lawref.conduct.lexicon import words

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.conduct.book import ConductBook
    from lawref.statutes.book import Statutes


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


# child words that name no person: "school", "Class IX"
_NOT_PERSONS = frozenset({"school", "schools", "pocso", "csam", "cseam", "juvenile", "juveniles"})


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


class ReaderWords:
    """The words of ``[analysis]`` (*config*) read once for the English reader: sets, phrase
    indexes, the lexicon's trie and compiled patterns, with the statute and conduct books they
    were built against. Every rule group is a subclass; ``Analyzer``
    is all of them."""

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
                rule.sentences_before,
                rule.sentences_after,
                rule.across_lines,
                frozenset(tuple(words(t)) for t in rule.report_triggers),
                _Phrases(words(w) for w in rule.report_words),
                frozenset(w.lower() for w in rule.report_helpers),
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
        self.class_groups = _Phrases(words(m) for m in self.config.class_audience_groups)
        self.class_material = frozenset(w.lower() for w in self.config.class_audience_material)
        self.class_children = frozenset(w.lower() for w in self.config.class_audience_children)
        self.class_words = frozenset(w.lower() for w in self.config.class_audience_class_words)
        self.class_about = frozenset(w.lower() for w in self.config.class_audience_about)
        self.class_members = frozenset(w.lower() for w in self.config.class_audience_members)
        self.class_made = frozenset(w.lower() for w in self.config.class_audience_made)
        self.child_age = re.compile(
            _ages_below(self.config.child_age_below, self.config.age_persons), re.IGNORECASE
        )
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
        self.topic_adults = frozenset(w.lower() for w in self.config.topic_adults)
        self.class_grades = frozenset(
            (parts[0], parts[1])
            for parts in (w.lower().split() for w in self.config.child_context)
            # (not Class 11 or 12, whose students may be eighteen: "an 18-year-old class 12 youth")
            if len(parts) == 2 and parts[0] == "class" and parts[1] not in ("11", "12", "xi", "xii")
        )
        self.topic_breaks = tuple(
            tuple(phrase.lower().split()) for phrase in self.config.topic_breaks
        )
        self.particular_doers = frozenset(w.lower() for w in self.config.particular_doers)
        self.victim_conducts = frozenset(self.config.victim_subject_conducts)
        self.generic_subjects = frozenset(w.lower() for w in self.config.generic_subjects)
        self.generic_subjects_singular = frozenset(
            w.lower() for w in self.config.generic_subjects_singular
        )
        self.generic_modals = frozenset(w.lower() for w in self.config.generic_modals)
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
        self.gerund_general_verb_words = frozenset(
            w.lower() for w in self.config.gerund_general_verbs
        )
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

    @cached_property
    def identity_reveal(self) -> frozenset[str]:
        """The config's ``identity_reveal_words``."""
        return frozenset(self.config.identity_reveal_words)

    @cached_property
    def identity_words(self) -> frozenset[str]:
        """The config's ``identity_words``."""
        return frozenset(self.config.identity_words)

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

    @cached_property
    def person_words(self) -> frozenset[str]:
        """Words that name a child herself (``child_markers``, ``child_context`` and
        ``person_nouns``), for :meth:`_done_to_a_child`."""
        return frozenset(
            w
            for w in (*self.child_words, *(w.lower() for w in self.config.person_nouns))
            if w not in self.material_nouns and w not in ("csam", "cseam", "pocso")
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

    @cached_property
    def charged_words(self) -> frozenset[str]:
        """The config's ``charged_words``."""
        return frozenset(w.lower() for w in self.config.charged_words)

    @cached_property
    def kinds_of_act_doers(self) -> frozenset[str]:
        """The config's ``kinds_of_act_doers``."""
        return frozenset(w.lower() for w in self.config.kinds_of_act_doers)

    @cached_property
    def kinds_of_act_persons(self) -> frozenset[str]:
        """The config's ``kinds_of_act_persons``."""
        return frozenset(w.lower() for w in self.config.kinds_of_act_persons)

    @cached_property
    def kinds_of_act_owners(self) -> frozenset[str]:
        """The config's ``kinds_of_act_owners``."""
        return frozenset(w.lower() for w in self.config.kinds_of_act_owners)

    @cached_property
    def kinds_of_act_events(self) -> frozenset[str]:
        """The config's ``kinds_of_act_events``."""
        return frozenset(w.lower() for w in self.config.kinds_of_act_events)

    @cached_property
    def kinds_of_act_general(self) -> frozenset[str]:
        """The config's ``kinds_of_act_general``."""
        return frozenset(w.lower() for w in self.config.kinds_of_act_general)

    @cached_property
    def kinds_of_cases_before(self) -> frozenset[str]:
        """The config's ``kinds_of_cases_before``."""
        return frozenset(w.lower() for w in self.config.kinds_of_cases_before)

    @cached_property
    def kinds_of_cases_be(self) -> frozenset[str]:
        """The config's ``kinds_of_cases_be``."""
        return frozenset(w.lower() for w in self.config.kinds_of_cases_be)

    @cached_property
    def kinds_of_cases_arrests(self) -> frozenset[str]:
        """The config's ``kinds_of_cases_arrests``, with ``charged_words``."""
        return frozenset(
            [*(w.lower() for w in self.config.kinds_of_cases_arrests), *self.charged_words]
        )

    @cached_property
    def kinds_of_cases_speech(self) -> frozenset[str]:
        """The config's ``kinds_of_cases_speech``."""
        return frozenset(w.lower() for w in self.config.kinds_of_cases_speech)

    @cached_property
    def kinds_of_cases_not_names(self) -> frozenset[str]:
        """The config's ``kinds_of_cases_not_names``."""
        return frozenset(w.lower() for w in self.config.kinds_of_cases_not_names)

    @cached_property
    def kinds_of_cases_stops(self) -> frozenset[str]:
        """The config's ``kinds_of_cases_stops``, with ``kinds_of_act_doers``."""
        return frozenset(
            [*(w.lower() for w in self.config.kinds_of_cases_stops), *self.kinds_of_act_doers]
        )

    @cached_property
    def topic_list_cues(self) -> _Phrases:
        """The config's ``topic_list_cues``, as words."""
        return _Phrases(words(c) for c in self.config.topic_list_cues)

    @cached_property
    def quoted_term_cues(self) -> frozenset[str]:
        """The config's ``quoted_term_cues``."""
        return frozenset(self.config.quoted_term_cues)

    @cached_property
    def reported_pronouns(self) -> frozenset[str]:
        """The config's ``reported_pronouns``."""
        return frozenset(self.config.reported_pronouns)

    @cached_property
    def reporting_verbs(self) -> frozenset[str]:
        """The config's ``reporting_verbs``."""
        return frozenset(self.config.reporting_verbs)

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

    @cached_property
    def asking_verbs(self) -> frozenset[str]:
        """``request_verbs`` and ``inducing_verbs``: verbs whose object does what follows
        "to"."""
        return frozenset(self.config.request_verbs) | frozenset(self.config.inducing_verbs)

    @cached_property
    def causative_verbs(self) -> frozenset[str]:
        """The config's ``causative_verbs``: "made her send", with no "to"."""
        return frozenset(self.config.causative_verbs)

    @cached_property
    def asked_persons(self) -> frozenset[str]:
        """The child words, ``victim_subjects`` and ``asked_persons``: objects of an asking
        verb that stand for the victim."""
        return (
            self.child
            | frozenset(w.lower() for w in self.config.victim_subjects)
            | frozenset(w.lower() for w in self.config.asked_persons)
        )

    @cached_property
    def prohibitions(self) -> frozenset[tuple[str, ...]]:
        """The config's ``prohibition_cues``, as words."""
        return frozenset(tuple(words(c)) for c in self.config.prohibition_cues)

    @cached_property
    def prohibition_verbs(self) -> frozenset[str]:
        """The config's ``prohibition_verbs``."""
        return frozenset(w.lower() for w in self.config.prohibition_verbs)

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

    @cached_property
    def denial_openers(self) -> frozenset[str]:
        """The first word of each of ``denial_cues``."""
        return frozenset(words(c)[0] for c in self.config.denial_cues if words(c))

    @cached_property
    def denial_cues(self) -> _Phrases:
        """The config's ``denial_cues``, as words."""
        return _Phrases(words(c) for c in self.config.denial_cues)

    @cached_property
    def warners(self) -> frozenset[str]:
        """Those whose warnings are to all, not threats: ``lawful_agents`` and experts."""
        return self.lawful_agents | {"expert", "experts", "officials", "official", "sp", "dcp"}

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

    @cached_property
    def material_nouns(self) -> frozenset[str]:
        """The single words of ``material_words`` ("videos", "clip", "photos")."""
        return frozenset(w.lower() for w in self.config.material_words if " " not in w)

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

    @cached_property
    def identity_denials(self) -> frozenset[str]:
        """The config's ``identity_denials``."""
        return frozenset(self.config.identity_denials)

    @cached_property
    def identity_shields(self) -> frozenset[str]:
        """The config's ``identity_shields``."""
        return frozenset(self.config.identity_shields)

    @cached_property
    def sexual_acts(self) -> _Phrases:
        """The config's ``sexual_act_words``, as words."""
        return _Phrases(words(c) for c in self.config.sexual_act_words)
