"""Offending conduct in reports written in Devanagari (Hindi).

Hindi reports tell the same acts as English ones, in their own order and words: the object
comes before the verb ("नाबालिग का अश्लील वीडियो बनाकर वायरल कर दिया", made an obscene video of
the minor and made it viral), and many verbs are an English word with "करना", to do ("अपलोड
करना", "शेयर करना"). This module reads them word by word: a word that starts with one of a
conduct's stems (``[analysis.hindi_conduct]`` in ``data/conduct.toml``), with the material it
asks for near it, is a mention, unless a negator stands right before it or within two words
after it ("अपलोड नहीं किया"), a threat follows it (then the threat is sextortion: "वायरल करने की
धमकी"), or a word of the law follows it in its clause ("देखना अपराध है": law in general). The
words are data, and so are the small words of grammar the rules turn on (the agent's mark,
postpositions, endings: ``[analysis.hindi_conduct.grammar]``, described by
:class:`~lawref.analysis.models.DevanagariGrammar`); what is here is the rules.

Time is linear in the text: one pass of one pattern finds the words, and each is compared with
a fixed number of stems and looks a fixed number of words around it. A text with no Devanagari
letter costs one scan for one.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from lawref.analysis.models import HindiConductTerm, HindiConductWords, Mention

# how far back, in words, a count of material may stand before its act ("२५ हजार चाईल्ड पॉर्न
# व्हिडियो विविध सोशल मीडिया प्लॅटफॉर्म्स आणि वेबसाईट्सवर अपलोड": eleven words)
_COUNT_REACH = 16


def _has_phrase(said: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of *phrases* stands in *said*, word for word (both short: bounded)."""
    return any(
        said[i : i + len(phrase)] == phrase
        for phrase in phrases
        if phrase
        for i in range(len(said) - len(phrase) + 1)
    )


def _under_eighteen(word: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether *word* is a number (in either script's digits) from 1 to 17, or one of *named*
    (the numbers under eighteen in words: "पंद्रह")."""
    if word in named:
        return True
    digits = word.translate(_DIGITS)
    return digits.isdigit() and 0 < int(digits) < 18


_HAS_DEVANAGARI = re.compile("[\u0900-\u097f]")
# a word: Devanagari letters, vowel signs and digits (not the danda "।" or "॥"), or Latin ones
_WORD = re.compile("[\u0900-\u0963\u0966-\u097fA-Za-z0-9]+")
# a Devanagari word, or an ASCII number (an age, a count): the words the reader reads; the Latin
# words of a Hindi report, and every word of an English one, are not its
_READ_WORD = re.compile("[\u0900-\u0963\u0966-\u097f]+|[0-9]+")
# what ends a sentence in Hindi reports: the danda, a full stop, "!" or "?", a line break
_SENTENCE_END = re.compile("[\u0964\u0965.!?\n]")
# what ends a clause inside one
_CLAUSE_END = re.compile("[,;:\u0964\u0965.!?\n]")
_DIGITS = str.maketrans("".join(chr(0x0966 + d) for d in range(10)), "0123456789")


def _asked_at(
    before: list[_Word], asked: tuple[str, ...], passed: tuple[str, ...] = ()
) -> int | None:
    """Where in *before* the person the verb asks stands, when one of *asked* (else None): the
    nearest "से" (from) or "को" (to) in *before*, with the word before it ("नाबालिग से"), or a
    pronoun with it ("उससे") — not one further back, past a source ("नाबालिगों को … डार्क वेब से
    … मंगवाता": the video had from the dark web; review 2026-12-27d M8). A pair whose first word
    is one of *passed* (a time or a means: "कई दिनों से", "इंस्टाग्राम से") names no one, and the
    look goes on past it (review 2026-12-27e M3)."""
    singles = {phrase for phrase in asked if " " not in phrase}
    postpositions = {phrase.split()[-1] for phrase in asked if " " in phrase}
    for k in range(len(before) - 1, -1, -1):
        word = before[k].text
        if word in singles:
            return k
        if word in postpositions:
            if k > 0 and before[k - 1].text in passed:
                continue
            return k - 1 if k > 0 and f"{before[k - 1].text} {word}" in asked else None
    return None


def _asked_on(before: list[_Word], term: HindiConductTerm) -> int | None:
    """Where in *before* the one asked stands when the material went onto her device or account
    (one of the term's ``asked_on``: "नाबालिग छात्रा के मोबाइल पर", Marathi "मुलीच्या
    मोबाईलवर"), else None: the owner right before the phrase must be one asked, after one of
    ``asked_on_genitives`` ("के") or with a glued genitive (see ``HindiConductTerm.asked_on``).
    Looked for only after the nearest "को"/"से", which :func:`_asked_at` reads first (the
    nearest recipient decides)."""
    asked = term.asked_of
    singles = {phrase for phrase in asked if " " not in phrase}
    postpositions = {phrase.split()[-1] for phrase in asked if " " in phrase}
    low = 0
    for k in range(len(before) - 1, -1, -1):
        if (
            before[k].text in postpositions
            or before[k].text in singles
            or before[k].text in term.asked_on_elsewhere
            or (
                k + 1 < len(before)
                and f"{before[k].text} {before[k + 1].text}" in term.asked_on_elsewhere
            )
            or (
                before[k].text in term.asked_on_breaks
                and k > 0
                and before[k - 1].text in term.asked_on_break_verbs
            )
        ):
            # (nor past a clause a finite verb closed before its "और": "… छात्रा के मोबाइल पर फोन
            # कर धमकी दी और अश्लील वीडियो इंटरनेट पर भेज दिया" called her phone; review
            # 2027-01-13b H3; not "… अश्लील वीडियो व फोटो भेजे", "मैसेज कर …", 13d H3)
            low = k + 1
            break
    texts = [w.text for w in before]
    for k in range(len(texts) - 1, low, -1):
        for size in (1, 2, 3):
            if k - size + 1 <= low or " ".join(texts[k - size + 1 : k + 1]) not in term.asked_on:
                continue
            owner = k - size  # the word right before the phrase
            if (
                texts[owner] in term.asked_on_genitives  # "छात्रा के मोबाइल पर"
                and owner > low
                and any(f"{texts[owner - 1]} {mark}" in asked for mark in postpositions)
            ):
                return owner - 1
            for genitive in term.asked_on_genitive_endings:
                stem = texts[owner].removesuffix(genitive)
                if stem != texts[owner] and any(
                    stem + ending in singles for ending in term.asked_on_object_endings
                ):
                    return owner  # "मुलीच्या मोबाईलवर": the girl's, as "मुलीला"
    return None


def _after_last_stop(window: list[_Word], stops: tuple[str, ...]) -> list[_Word]:
    """The words of *window* after the last one that is one of *stops* (all of them when none
    is): a whole word, so that the owner's "आरोपीच्या" is no stop (review 2026-12-10c H3)."""
    if not stops:
        return window
    for back in range(len(window) - 1, -1, -1):
        if window[back].text in stops:
            return window[back + 1 :]
    return window


def _owns_device(words: list[_Word], owner: int, high: int, term: HindiConductTerm) -> bool:
    """Whether the owner's word at *owner* owns a device or place of *term*'s
    ``referring_devices``: right after it, or one word further past a word that names no other
    owner (``referring_other_endings``: "आरोपीच्या ताब्यातील मोबाईल"; not "आरोपीच्या भावाचा
    मोबाईल"), before *high*."""
    devices = term.referring_devices
    if not devices or words[owner + 1].text.startswith(devices):
        return True
    return (
        owner + 2 <= high
        and not words[owner + 1].text.endswith(term.referring_other_endings)
        and words[owner + 2].text.startswith(devices)
    )


def _ahead(words: list[_Word], index: int, reach: int) -> Iterator[int]:
    """The positions of up to *reach* words after the one at *index*, in its sentence."""
    sentence = words[index].sentence
    for at in range(index + 1, min(len(words), index + 1 + reach)):
        if words[at].sentence != sentence:
            return
        yield at


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    sentence: int


def _in_clause(text: str, word: _Word, after: list[_Word]) -> list[_Word]:
    """The words of *after* up to the first comma, semicolon or full stop after *word*."""
    kept: list[_Word] = []
    previous = word.end
    for following in after:
        if any(mark in text[previous : following.start] for mark in ",;\u0964"):
            break
        kept.append(following)
        previous = following.end
    return kept


def _clause_back(text: str, words: list[_Word], index: int, reach: int) -> list[_Word]:
    """The words before the one at *index*, at most *reach*, back to a comma or the sentence's
    start: the conduct word's clause ("आरोपीने … टाकले होते, ते व्हिडिओ … डिलीट करण्यात आले":
    the deletion's clause names no agent)."""
    found: list[_Word] = []
    at = index - 1
    while at >= 0 and index - at <= reach and words[at].sentence == words[index].sentence:
        if "," in text[words[at].end : words[at + 1].start]:
            break
        found.append(words[at])
        at -= 1
    found.reverse()
    return found


class HindiConductReader:
    """Reads the offending conduct of Hindi text (see the module's docstring)."""

    def __init__(self, words: HindiConductWords) -> None:
        self.words = words
        # (a material word with a particle of "too" joined: "व्हिडीओही", the video too)
        self.material = frozenset(words.material) | {
            word + particle
            for word in words.material
            for particle in words.grammar.emphatic_particles
        }
        self.sexual = frozenset(words.sexual)
        self.sexual_prefixes = frozenset(words.sexual_prefixes)
        self.sexual_prefix_before = tuple(words.sexual_prefix_before)
        self.sexual_prefix_not_ending = tuple(words.sexual_prefix_not_ending)
        self.child = frozenset(words.child)
        self.negators = frozenset(words.negators)
        self.offender_stems = tuple(sorted(words.offenders))
        self.threats = frozenset(words.threats)
        self.threatened = frozenset(words.threatened)
        self.law = tuple(tuple(_WORD.findall(phrase)) for phrase in words.law)
        self.resumptives = tuple(tuple(_WORD.findall(p)) for p in words.law_resumptives)
        self.law_words = frozenset(words.law_words)
        self.infinitives = frozenset(words.infinitives)
        self.modals = frozenset(words.modals)
        self.topics = frozenset(words.topics)
        self.conditions = frozenset(words.conditions)
        self.condition_ends = frozenset(words.condition_ends)
        self.otherwise = frozenset(words.otherwise)
        self.selves = frozenset(words.selves)
        self.not_before = frozenset(words.not_before)
        self.trend_heads = frozenset(words.trend_heads)
        self.trend_words = tuple(words.trend_words)
        self.count_scales = frozenset(words.count_scales)
        self.agent_marks = tuple(words.count_agent_marks)
        self.count_money = tuple(words.count_money)
        self.count_passives = frozenset(words.count_passives)
        self.count_not_agents = frozenset(words.count_not_agents)
        self.not_words = frozenset(words.not_words)
        self.denials = frozenset(words.denials)
        self.denial_cues = tuple(tuple(_WORD.findall(c)) for c in words.denial_cues)
        self.not_actors = frozenset(words.not_actors)
        self.imperatives = frozenset(words.imperatives)
        self.intentions = frozenset(words.intentions)
        self.solicits = frozenset(words.solicits)
        self.asked_noun_endings = words.asked_noun_endings
        self.forces = frozenset(words.forces)
        self.young_numbers = frozenset(words.young_numbers)
        self.those = frozenset(words.those)
        self.questions = frozenset(words.questions)
        self.messages = frozenset(words.message_words)
        self.age_words = frozenset(words.age_words)
        self.age_units = frozenset(words.age_units)
        self.age_cues = frozenset(words.age_cues)
        self.persons = frozenset(words.persons)
        self.online = frozenset(words.online)
        self.others_do = frozenset(words.others_do)
        self.offenders = frozenset(words.offenders)
        self.sexual_material = self.material & self.sexual
        self.plain = self.material - self.sexual
        """Material words that do not call it sexual ("वीडियो", "फोटो"): like the English
        ``generic_material``, a mention on one counts only in a text that names a sexual act
        or material."""
        grammar = words.grammar
        self.grammar = grammar
        self.future_endings = grammar.future_endings
        self.infinitive_endings = grammar.infinitive_endings
        self.agent = frozenset(grammar.agent)
        self.agent_endings = grammar.agent_endings
        self.fused_subjects = frozenset(grammar.fused_subjects)
        self.clause_openers = frozenset(grammar.clause_openers)
        self.marathi_openers = frozenset(grammar.marathi_clause_openers)
        self.postpositions = frozenset(grammar.postpositions)
        self.genitives = frozenset(grammar.genitives)
        self.object_marks = frozenset(grammar.object_marks)
        self.object_endings = tuple(grammar.object_endings)
        self.dative_recipients = frozenset(grammar.dative_recipients)
        self.object_clause_breaks = frozenset(grammar.object_clause_breaks)
        self.phrase_ends = frozenset(grammar.phrase_ends)
        self.conjunctive = frozenset(grammar.conjunctive)
        self.coordinators = frozenset(grammar.coordinators)
        self.past_auxiliaries = frozenset(grammar.past_auxiliaries)
        self.perfective_helpers = frozenset(grammar.marathi_perfective_helpers)
        self.bare_accused = frozenset(grammar.marathi_bare_accused)
        self.name_cases = frozenset(grammar.marathi_name_cases)
        self.not_names = frozenset(grammar.marathi_not_names)
        self.marathi_resumptives = frozenset(grammar.marathi_law_resumptives)
        self.case_registered = frozenset(grammar.marathi_case_registered)
        self.negation_particles = frozenset(grammar.negation_particles)
        self.alternatives = frozenset(grammar.alternatives)
        self.upon = frozenset(grammar.upon)
        self.contrasts = frozenset(grammar.contrasts)
        self.such = frozenset(grammar.such)
        self.people_in_general = frozenset(grammar.people_in_general)
        self.habitual_present = tuple(tuple(h) for h in grammar.habitual_present)
        self.relatives = frozenset(grammar.relatives)
        self.complementizers = frozenset(grammar.complementizers)
        self.when = frozenset(grammar.when)
        self.marathi_negation = frozenset(grammar.marathi_negation)
        self.marathi_then = frozenset(grammar.marathi_then)
        self.conditional_endings = tuple(grammar.marathi_conditional_endings)
        self.marathi_new_subjects = frozenset(grammar.marathi_new_subjects)
        self.marathi_consequences = frozenset(grammar.marathi_consequences)
        self.authorities = frozenset(grammar.marathi_authorities)

    def _participle(self, word: str) -> bool:
        """Whether *word* is a Marathi past participle ("पाठवलेले", "दिलेली"): longer than one
        of the grammar's ``marathi_participle_endings``, with which it ends."""
        return any(
            word.endswith(ending) and len(word) > len(ending)
            for ending in self.grammar.marathi_participle_endings
        )

    @cached_property
    def _terms_by_letter(self) -> dict[str, list[HindiConductTerm]]:
        """The terms whose stems start with each letter, in their order: a word is compared
        only with the stems that could begin it."""
        by_letter: dict[str, list[HindiConductTerm]] = {}
        for term in self.words.terms:
            for letter in sorted({stem[:1] for stem in term.stems if stem}):
                by_letter.setdefault(letter, []).append(term)
        return by_letter

    def _future(self, word: str) -> bool:
        """Whether *word* is a future verb ("देगा", "करेगी", "भेजूंगा"), not "आगे" or "लगा":
        it ends with one of the grammar's ``future_endings``."""
        return word.endswith(self.future_endings)

    @staticmethod
    def present(text: str, low: int = 0, high: int | None = None) -> bool:
        """Whether *text[low:high]* has a Devanagari letter at all."""
        return _HAS_DEVANAGARI.search(text, low, len(text) if high is None else high) is not None

    def names_child(self, text: str) -> bool:
        """Whether *text* names a child in Hindi ("नाबालिग", "बच्चों", "किशोरी", "चाइल्ड
        पोर्नोग्राफी" …; "बाल" only before one of ``child_before``: "बाल अश्लील सामग्री"; a
        student not of a college: "कॉलेज की छात्राओं" are adults)."""
        prefixes = frozenset(self.words.child_prefixes)
        before = frozenset(self.words.child_before)
        # "कॉलेज की 70 से ज्यादा छात्राओं": a text of a college's students, and of no school, is
        # of adults wherever it names them
        students = frozenset(self.words.students) if self._of_college(text) else frozenset()
        # ("चाईल्ड लाईन", "चाइल्ड हेल्पलाइन": an organisation's name; review 2027-01-03c H1)
        named = tuple(self.words.child_not_before)
        recent: list[str] = []  # the last four words, nearest last
        for match in _WORD.finditer(text):
            word = match.group()
            if word in students:
                continue
            if word in self.child and named:
                following = _WORD.search(text, match.end(), match.end() + 40)
                if following is not None and following.group().startswith(named):
                    recent = [*recent[-3:], word]
                    continue
            if word in self.child or (recent[-1:] and recent[-1] in prefixes and word in before):
                return True
            recent = [*recent[-3:], word]
            if self._names_age(recent):
                return True
        return False

    def _of_college(self, text: str) -> bool:
        """Whether *text* names a college or university (``adult_institutions``, not after
        ``school_before_institution``: "इंटर कॉलेज" is a school) and no school
        (``school_words``)."""
        institutions = self.words.adult_institutions
        if not any(w in text for w in institutions):
            return False  # one scan of each word: most texts name no college
        previous = ""
        college = False
        for match in _WORD.finditer(text):
            word = match.group()
            if word in self.words.school_words:
                return False
            if word in institutions and previous not in self.words.school_before_institution:
                college = True
            previous = word
        return college

    def _names_age(self, recent: list[str]) -> bool:
        """Whether the last words name an age under eighteen: "15 वर्षीय", "उम्र 14 साल" (age 14
        years), "16 साल की लड़की" (a girl of 16 years); in words, "पंद्रह वर्षीय" only before a
        person ("पांच वर्षीय योजना" is a five-year plan)."""
        named = self.young_numbers
        if len(recent) >= 2 and recent[-1] in self.age_words and _under_eighteen(recent[-2]):
            return True
        if (  # in words, a person must follow: "पंद्रह वर्षीय लड़की", not "पांच वर्षीय योजना"
            len(recent) >= 3
            and recent[-3] in named
            and recent[-2] in self.age_words
            and (recent[-1] in self.persons or recent[-1] in self.child)
        ):
            return True
        if (
            len(recent) >= 3
            and recent[-1] in self.age_units
            and _under_eighteen(recent[-2], named)
            and recent[-3] in self.age_cues
        ):
            return True
        return (
            len(recent) == 4
            and _under_eighteen(recent[-4], named)
            and recent[-3] in self.age_units
            and recent[-2] in self.genitives
            and recent[-1] in self.persons
        )

    def names_sexual(self, text: str) -> bool:
        """Whether *text* names a sexual act or material in Hindi ("अश्लील", "दुष्कर्म" …), or
        a child's sexual abuse: a ``child`` word within three words before a word of
        ``sexual_prefixes``, itself right before one that starts as a word of
        ``sexual_prefix_before`` (Marathi "अल्पवयीन मुलीवरील लैंगिक अत्याचाराचे", of the sexual
        assault of a minor girl; not "लैंगिक समानता", gender equality, nor an awareness talk on
        "लैंगिक उत्पीड़न" or an adult's assault, nor POCSO's own name, "बालकांचे लैंगिक
        अत्याचारांपासून संरक्षण", whose act word ends in one of ``sexual_prefix_not_after``;
        review 2027-01-08 H4)."""
        prefixes = self.sexual_prefixes
        before = self.sexual_prefix_before
        not_ending = self.sexual_prefix_not_ending
        recent: list[str] = []  # the last four words
        for match in _WORD.finditer(text):
            word = match.group()
            if word in self.sexual:
                return True
            if (
                len(recent) >= 2
                and recent[-1] in prefixes
                and word.startswith(before)
                and not word.endswith(not_ending)
                and any(w in self.child for w in recent[-4:-1])
            ):
                return True
            recent.append(word)
            del recent[:-4]
        return False

    def calls_material_sexual(self, text: str, low: int = 0, high: int | None = None) -> bool:
        """Whether *text[low:high]* calls material sexual in Hindi: a word both of ``material``
        and of ``sexual`` ("अश्लील"), or a sexual word with a material word within two words
        after it ("दुष्कर्म का वीडियो", a video of the rape; not "दुष्कर्म पीड़िता की फोटो", a
        photo of the rape survivor), or after one of ``event_words`` that follows it ("दुष्कर्म
        की घटना का वीडियो")."""
        segment = text[low : len(text) if high is None else high]
        if not any(word in segment for word in self.sexual):
            return False  # one scan of each sexual word: most texts have none
        said = [
            m.group() for m in _READ_WORD.finditer(text, low, len(text) if high is None else high)
        ]
        events = frozenset(self.words.event_words)
        acts = frozenset(self.words.sexual_acts)

        def sexual_at(index: int) -> bool:
            # "यौन शोषण का वीडियो": the act's noun after "यौन" is part of the word read
            after = index + 2 if index + 1 < len(said) and said[index + 1] in acts else index + 1
            if not self.material.isdisjoint(said[after : after + 2]):
                return True
            # "दुष्कर्म की घटना का वीडियो", "… घटना से जुड़ा वीडियो": the event's own material;
            # not "घटना के बाद फोटो" or "घटना स्थल का वीडियो"
            for at in (after, after + 1):
                if at < len(said) and said[at] in events:
                    tail = said[at + 1 : at + 4]
                    if tail[:1] and tail[0] in self.genitives and tail[1:2]:
                        return tail[1] in self.material
                    if (
                        tail[:1]
                        and tail[0] in self.grammar.linked
                        and tail[1:2]
                        and tail[1].startswith(self.grammar.linked_stems)
                    ):
                        return tail[2:3] != [] and tail[2] in self.material
            return False

        return any(
            word in self.sexual_material or (word in self.sexual and sexual_at(index))
            for index, word in enumerate(said)
        )

    def reveals_identity(self, text: str, low: int = 0, high: int | None = None) -> bool:
        """Whether *text[low:high]* says in Hindi that an identity was disclosed: one of
        ``identity_words`` with one of ``identity_reveal`` within three words after it ("पीड़िता
        की पहचान उजागर कर दी"), and no negator within two words after that ("पहचान उजागर नहीं
        की", "उजागर न करें": not revealed, do not reveal), and not of those who would
        ("पहचान उजागर करने वालों पर कार्रवाई होगी": a warning); not the identity of one of
        ``offenders`` ("आरोपी की पहचान")."""
        identity = frozenset(self.words.identity_words)
        reveal = frozenset(self.words.identity_reveal)
        segment = text[low:high]
        if self._name_spread(text, low, high):
            return True  # "पीडितेचे फोटो आणि नाव … प्रसारित केल्या"
        if not identity or not reveal or not any(w in segment for w in identity):
            return False  # most texts write no "पहचान": one scan of each identity word
        said = [
            m.group() for m in _READ_WORD.finditer(text, low, len(text) if high is None else high)
        ]
        for index, word in enumerate(said):
            if word not in identity or (index >= 2 and said[index - 2] in self.offenders):
                continue  # "आरोपी की पहचान उजागर": the accused's identity, not a child's
            for at in range(index + 1, min(len(said), index + 4)):
                warning = not self.those.isdisjoint(said[at + 1 : at + 4]) and any(
                    self._future(w) for w in said[at + 1 : at + 10]
                )
                if (
                    said[at] in reveal
                    and self.negators.isdisjoint(said[at + 1 : at + 3])
                    and not warning
                ):
                    return True  # not "पहचान उजागर करने वालों पर कार्रवाई होगी": a warning
        return False

    def _name_spread(self, text: str, low: int, high: int | None) -> bool:
        """Whether a victim's name is said spread with her photo: one of ``identity_names``
        joined to one of ``identity_pictures`` (next to it, or with one of ``identity_joins``
        between: "नाम और फोटो", "फोटो आणि नाव"), within four words after a word beginning with one
        of ``identity_victims``, then a word beginning with one of ``identity_spread`` within six
        words after the pair, and no negator within two words after that. Not a name alone, a
        name changed ("नाम बदलकर") or a video (review 2027-01-12b H5). One pass: linear."""
        names = frozenset(self.words.identity_names)
        pictures = frozenset(self.words.identity_pictures)
        victims = tuple(self.words.identity_victims)
        spread = tuple(self.words.identity_spread)
        segment = text[low:high]
        if not names or not pictures or not victims or not any(v in segment for v in victims):
            return False
        said = [
            m.group() for m in _READ_WORD.finditer(text, low, len(text) if high is None else high)
        ]
        last_victim = -10
        for index, word in enumerate(said):
            if word.startswith(victims):
                last_victim = index
                continue
            if word not in names or index - last_victim > 4:
                continue
            pair_end = None
            for other in (index - 1, index + 1):
                if 0 <= other < len(said) and said[other] in pictures:
                    pair_end = max(index, other)
            for other, joint in ((index - 2, index - 1), (index + 2, index + 1)):
                if (
                    0 <= other < len(said)
                    and said[other] in pictures
                    and said[joint] in self.words.identity_joins
                ):
                    pair_end = max(index, other)
            if pair_end is None:
                continue
            for at in range(pair_end + 1, min(len(said), pair_end + 7)):
                if said[at].startswith(spread) and self.negators.isdisjoint(said[at + 1 : at + 3]):
                    return True
                if said[at].endswith(self.grammar.conjunctive_endings) and (
                    said[at] not in self.grammar.conjunctive_not
                ):
                    break  # "नाम और फोटो लिखकर उसकी तस्वीरें … शेयर कीं": another verb's object
        return False

    def names_sexual_act(self, text: str, low: int = 0, high: int | None = None) -> bool:
        """Whether *text[low:high]* tells a sexual act done in Hindi: one of ``sexual_acts``
        with one of ``act_verbs`` within two words after it ("दुष्कर्म किया", "दुष्कर्म कर"; not
        "दुष्कर्म पीड़िता", "दुष्कर्म की शिकार" or "दुष्कर्म का मामला", the survivor's or the
        case's name)."""
        acts = frozenset(self.words.sexual_acts)
        segment = text[low : len(text) if high is None else high]
        if not any(word in segment for word in acts):
            return False
        said = [
            m.group() for m in _READ_WORD.finditer(text, low, len(text) if high is None else high)
        ]
        doing = frozenset(self.words.act_verbs)
        return any(
            word in acts and not doing.isdisjoint(said[index + 1 : index + 3])
            for index, word in enumerate(said)
        )

    def mentions(
        self,
        text: str,
        provisions: Callable[[str], tuple[str, ...]],
        low: int = 0,
        high: int | None = None,
        marathi: bool = False,
    ) -> list[Mention]:
        """Every offending conduct *text[low:high]* tells in Hindi, one per word; *provisions*
        gives the provisions that reach a conduct on the analysis date. In a *marathi* text an
        agent fused with its case ("पोलिसांनी", by the police) is the subject."""
        high = len(text) if high is None else high
        words = self._words(text, low, high)
        found: list[Mention] = []
        by_letter = self._terms_by_letter
        for index, word in enumerate(words):
            terms = by_letter.get(word.text[:1])
            if terms is None or word.text in self.not_words:
                continue  # no stem starts so; "पोस्टमार्टम", "सेवानिवृत्त": another word
            read: set[str] = set()  # the conducts the word was read as, with ``read_on``
            for term in terms:
                if (
                    not word.text.startswith(term.stems)
                    or word.text in term.not_forms
                    or term.conduct in read
                ):
                    continue
                mention = self._read(text, words, index, term, provisions, marathi)
                if mention is not None:
                    if mention.conduct not in read:
                        found.append(mention)
                    if term.read_on and self._offered_on(text, words, index, term):
                        read.add(mention.conduct)
                        continue  # the next term with its stem may read the word as another
                    break  # one mention a word; else the next term with its stem may read it
        return found

    def _offered_on(
        self, text_read: str, words: list[_Word], index: int, term: HindiConductTerm
    ) -> bool:
        """Whether the word a ``read_on`` term read is offered to the next term: always, unless
        the term names ``read_on_children``; then only where the material before the verb names
        a child: one of ``read_on_child_words``, or a child's word with a genitive right after
        it or one word on ("बच्चों की", "नाबालिग लड़की का"), or glued past the stem as Marathi
        writes it, ending in one of ``read_on_genitive_endings`` ("लहान मुलांचे"), with no word
        of ``read_on_not_before`` after the genitive (a recipient's phone or parents: "मुलीच्या
        मोबाईलवर", "बच्चों के माता-पिता"; reviews 2027-01-12d H6, H7); or a threat follows (the
        next term may read it)."""
        if not term.read_on_children:
            return True
        reach = self.words.object_reach
        sentence = words[index].sentence
        if any(
            w.text in self.threats and w.sentence == sentence for w in words[index + 1 : index + 5]
        ):
            return True  # "… अश्लील वीडियो भेजने और धमकी देने …": the next term may read a threat
        window = [k for k in range(max(0, index - reach), index) if words[k].sentence == sentence]
        if not self._infinitive(words[index], words[index + 1 : index + 3]):
            # a headline's order, the material after a finite verb ("शिक्षक ने छात्रा को भेजे
            # बच्चों के अश्लील वीडियो"; review 2027-01-12f H6), up to a comma
            for k in range(index + 1, min(len(words), index + 5)):
                if (
                    words[k].sentence != sentence
                    or "," in text_read[words[k - 1].end : words[k].start]
                ):
                    break
                window.append(k)
        for k in window:
            text = words[k].text
            following = words[k + 1].text if k + 1 < len(words) else ""
            if text in term.read_on_child_words and (
                following in self.sexual or following in self.material
            ):
                return True  # "चाइल्ड पोर्नोग्राफी", "बाल अश्लील सामग्री"; not "बाल कटवाने"
            glued = any(
                text == stem + ending
                for stem in term.read_on_children
                for ending in term.read_on_genitive_endings
            )  # Marathi's glued genitive ("मुलांचे"; not "मुलाखतीच्या", "बच्ची")
            if not glued and text not in term.read_on_children:
                continue
            genitive = (
                k
                if glued
                else next(
                    (
                        g
                        for g in (k + 1, k + 2)
                        if g < len(words) and words[g].text in self.genitives
                    ),
                    None,
                )
            )
            if genitive is None:
                continue
            owned = words[genitive + 1].text if genitive + 1 < len(words) else ""
            if not owned.startswith(term.read_on_not_before):
                return True
        return False

    @staticmethod
    def _words(text: str, low: int, high: int) -> list[_Word]:
        words: list[_Word] = []
        sentence = 0
        position = low
        for match in _READ_WORD.finditer(text, low, high):
            if _SENTENCE_END.search(text, position, match.start()):
                sentence += 1
            words.append(_Word(match.start(), match.end(), match.group(), sentence))
            position = match.end()
        return words

    def _read(
        self,
        text: str,
        words: list[_Word],
        index: int,
        term: HindiConductTerm,
        provisions: Callable[[str], tuple[str, ...]],
        marathi: bool = False,
    ) -> Mention | None:
        """The mention the word at *index* makes with *term*, or None."""
        word = words[index]
        window = self.words.window
        before = self._around(words, index, -window)
        after = self._around(words, index, window)
        if term.followed_by and not _followed_by(after, term.followed_by):
            return None
        if term.not_followed_by and after and after[0].text in term.not_followed_by:
            return None  # "वायरल होने के बाद": it went viral, no one's act told
        if after and after[0].text in self.imperatives:
            return None  # "पुलिस से साझा करें": a request, no one's act told
        if (
            term.not_after
            and before
            and (
                before[-1].text in term.not_after
                # across a genitive: "कार्रवाई का चित्रीकरण" (filming the proceeding)
                or (
                    len(before) > 1
                    and before[-1].text in self.genitives
                    and before[-2].text in term.not_after
                )
            )
        ):
            return None  # "जेल भेज दिया", "योजना बना रहा था", "जमानत मिली"
        if (
            term.not_near
            and any(w.text in term.not_near for w in before[-4:])
            and not self._offender_agent(_clause_back(text, words, index, 15))
        ):
            return None  # "तपासणीसाठी न्यायवैद्यक विभागाकडे पाठवले": the police's dispatch
        if term.advice_words or term.advice_after_infinitive:
            # (ten words: further on, "… कहा कि … होनी चाहिए" is another clause's; review
            # 2026-12-16b M-e)
            ahead = self._around(words, index, 10)
            if any(w.text in term.advice_words for w in ahead) or any(
                w.text in term.advice_after_infinitive
                and k > 0
                and len(ahead[k - 1].text) > 3
                and ahead[k - 1].text.endswith(
                    self.grammar.advice_infinitive_endings or self.grammar.infinitive_endings
                )
                for k, w in enumerate(ahead)
            ):
                return None  # "… बच्चों को सतर्क रहना चाहिए", "… को बताना चाहिए": advice
        if term.after and not any(w.text in term.after for w in before[-3:]):
            return None  # "सोशल मीडिया पर भी डाल दिया", "मीडिया पर आपत्तिजनक कंटेंट डालने"
        # the object may stand further back than the words read around the verb: "चाइल्ड
        # पोर्नोग्राफी की वीडियो को सोशल मीडिया के माध्यम से भेजने"
        reach_back = self._around(words, index, -self.words.object_reach)
        material_reach = reach_back[-term.material_reach :] if term.material_reach else reach_back
        material_before = [w for w in material_reach if w.text in self.material]
        material_after = [w for w in after if w.text in self.material]
        if term.material == "before" and not material_before:
            return None
        if term.material == "near" and not (material_before or material_after):
            return None
        if (
            term.material in ("sexual_before", "sexual_near")
            and not self._sexual_material_in(
                _after_last_stop(
                    material_reach,
                    term.material_stops,
                )
            )
            and not (
                # a headline's order: the verb, then the material ("छात्रा को भेजे अश्लील मैसेज व
                # वीडियो"), after a finite verb, not an infinitive's noun ("भेजने के लिए")
                term.material == "sexual_near"
                and not self._infinitive(word, after)
                and self._headline_material(text, word, before, self._around(words, index, 8), term)
            )
        ):
            return None  # "चाइल्ड पोर्न देखने", "अश्लील वीडियो मिले"; not "दुष्कर्म पीड़िता का नाम"
        if term.recipients_own and any(
            w.text.startswith(term.recipients_own) for w in material_reach
        ):
            return None  # her own picture sent to her: a threat, not material shown
        asked_window = _after_last_stop(
            [w for w in self._around(words, index, -15) if w.sentence == word.sentence],
            term.recipient_stops,
        )
        asked_at = (
            _asked_at(asked_window, term.asked_of, term.asked_past) if term.asked_of else None
        )
        if asked_at is None and term.asked_on:
            asked_at = _asked_on(asked_window, term)  # "… छात्रा के मोबाइल पर … भेजे"
        if term.asked_of and asked_at is None:
            return None  # "डार्क वेब से … अश्लील वीडियो मंगवाता": procured, not asked of a child
        if asked_at is not None and self._adult_recipient(
            asked_window[max(0, asked_at - 3) : asked_at], asked_window[asked_at], term
        ):
            return None  # "19 वर्षांच्या मुलीला", "बीटेक की छात्रा को": an adult
        if (
            term.not_soon_after
            and word.text.endswith(term.noun_forms)
            and after
            and (
                after[0].text in term.not_soon_after
                # (or after a genitive: "भेजने की धमकी"; not "भेजने और धमकी देने के आरोप में",
                # two acts charged; review 2026-12-28d M)
                or (
                    len(after) > 1
                    and after[0].text in self.genitives
                    and after[1].text in term.not_soon_after
                )
            )
        ):
            return None  # "… को अश्लील वीडियो भेजने की धमकी दी": a threat, nothing sent
        if term.material == "online" and not any(w.text in self.online for w in reach_back + after):
            return None  # "स्नैपचैट के जरिये युवक से दोस्ती हो गई": befriended online
        if (
            term.owners
            and not any(
                w.text in term.owners
                and (
                    not term.owner_place_endings
                    or (
                        at + 1 < len(reach_back)
                        and reach_back[at + 1].text.endswith(term.owner_place_endings)
                    )
                )
                for at, w in enumerate(reach_back)
            )
            and not self._referred_place(words, index, reach_back, term)
        ):
            return None  # a find in no offender's device: the victim's, a parent's, a finding
        near = [w.text for w in (before[-1:] + after[:2])]
        said_after = [w.text for w in after[:4]]
        turn = next((i for i, w in enumerate(said_after) if w in self.marathi_then), None)
        if turn is not None and not self.marathi_negation.isdisjoint(near[1:]):
            following = said_after[turn + 1] if turn + 1 < len(said_after) else ""
            if (
                not following.endswith(self.agent_endings)
                and following not in self.marathi_new_subjects
            ):
                # Marathi "नाही तर … ही": not only … but also ("… पाहिला नाही तर त्याच्या
                # मित्राने पाहिला" is a denial)
                near = [w for w in near if w not in self.marathi_negation]
        if not self.negators.isdisjoint(near) or self._denied(words, index, before, after):
            return None
        finite = not self._nonfinite(word, self._around(words, index, 2 * window))
        other = finite and self._subject_other(text, words, index, marathi)
        if self._such_who(words, index):
            return None  # "पुलिस ऐसे लोगों की पहचान करती है, जो … भेज रहे हैं": a class
        if self._people_do(text, words, index):
            return None  # "कई लोग … शेयरिंग करते हैं": what people do in general
        if (
            other
            and term.conduct == "administering"
            and self._agent_named_after(text, words, index)
        ):
            other = False  # "पुलिस ने … ग्रुप बनाकर … बेचने वाले युवक को गिरफ्तार किया"
        if self._asked(text, words, index) or (other and term.conduct in self.others_do):
            return None  # "क्या आरोपी ने …?", "पुलिस ने वीडियो फोरेंसिक लैब को भेज दिया"
        if other and after and after[0].text.startswith(self.words.causatives):
            return None  # "पुलिस ने … डिलीट कराए": had it done, on an order
        if before and before[-1].text in self.not_before:
            return None  # "आठ और मामले मिले": cases found, not material
        if self._trend(after):
            return None  # "अपलोड करने के मामले लगातार सामने आ रहे हैं": a trend
        if self._counted_material(self._around(words, index, -_COUNT_REACH), after):
            return None  # "२५ हजार चाईल्ड पॉर्न व्हिडियो … अपलोड झाले आहेत": a statistic
        if any(w.text in self.selves for w in before):
            return None  # "खुद की तस्वीरें अपलोड करती हैं": pictures of oneself
        if self._in_condition(words, index, term.conduct == "viewing", text):
            return None  # "अगर … अपलोड करती हैं तो …", "ऐसा पोर्न देखा तो …": a condition
        clause = self._clause_after(text, words, index)
        rest = self._around(words, index, 4 * window)  # the rest of the sentence, bounded
        conduct = term.conduct
        # (a future in the conduct word's own clause: "फोटो काढले, ते व्हायरल करू अशी धमकी" took
        # the photos; review 2026-12-12c H9)
        said = [word, *_in_clause(text, word, after[:3])]
        future = any(
            self._future(w.text)
            # (not "करू लागला", began to do)
            and not (
                k + 1 < len(said)
                and said[k + 1].text in self.grammar.inceptives
                and not (k + 2 < len(said) and said[k + 2].text in self.words.fears)
            )
            for k, w in enumerate(said)
        )
        # (the threat of two acts joined: "वायरल और शेयर करने की धमकी")
        threatened = (
            any(w.text in self.threats for w in (*after[:4], *self._joined(word, after)[1][:4]))
            or self._fear_shown(word, after)
        ) or (
            future
            and (
                any(
                    w.text in self.threats
                    for w in before
                    + self._around(words, index, -3 * window)
                    + self._around(words, index, 8)
                )
                or self._after_condition(words, index)
            )
        )
        if conduct in self.threatened and threatened:
            # "वायरल करने की धमकी", "धमकी दी कि … वायरल कर देगा", and a threat said after what
            # will be done ("… व्हायरल करू, तुला जीवे मारू अशी धमकी")
            conduct = "sextortion"
        elif future:
            return None  # "जो … शेयर करेगा": what will be done, no act
        elif (
            self._heading(text, word, words, index)
            or self._banned_list(text, words, index)
            or (conduct == "evidence_destruction" and self._pretext(word, after))
            or self._states_law(
                self._own_clause(word, after, clause, before[-1].text if before else "")
            )
            or (
                self._infinitive(word, after)
                and (
                    self._states_law(rest)
                    or self._summed_as_law(words, index, rest)
                    or (marathi and self._marathi_summed_as_law(words, index))
                    or self._headline_law(text, words, index)
                )
            )
        ):
            return None  # "देखना अपराध है", "स्टोर करना, देखना और शेयर करना अपराध है"
        elif self._general(text, word, after, clause, rest, before[-1].text if before else ""):
            return None  # "अपलोड करना भारी पड़ सकता है": advice in general
        joined = self._joined(word, after)  # "डाउनलोड व अपलोड करने …": one infinitive
        asked = (
            self._asked_of_child(text, words, index, after, reach_back)
            if conduct == "sharing"
            else None
        )
        if asked is not None:
            conduct = asked  # "भेजने के लिए मजबूर किया" (forced to send), "भेजने को कहा" (asked)
        elif self._infinitive(*joined) and (
            not self.intentions.isdisjoint(w.text for w in joined[1][:4])
            or self._about_to(joined[1])
            or self._counted(before, joined[1])
        ):
            return None  # "वायरल करने की फिराक में", "अपलोड करने के 500 मामले सामने आए"
        if conduct == "sharing" and any(w.text in self.messages for w in before[-3:]):
            conduct = "grooming"  # "अश्लील मैसेज भेजे": obscene messages to the child
        nearest = material_before[-1:] or material_after[:1]
        acts_on = nearest[0] if nearest else None
        return Mention(
            start=word.start,
            end=word.end,
            text=word.text,
            conduct=conduct,
            provisions=provisions(conduct),
            trigger=word.text,
            acts_on=acts_on.text if acts_on is not None else None,
            actor=None,
            confidence="medium" if acts_on is not None else "low",
        )

    def _involved_in(self, words: list[_Word], index: int) -> bool:
        """Whether "में" then one of ``involvement_words`` follows the conduct word at *index*
        in its sentence, within ``involvement_reach`` words ("प्रसार में कथित तौर पर शामिल"):
        the conduct is of the people involved in it."""
        grammar = self.grammar
        if not grammar.involvement_words:
            return False
        sentence = words[index].sentence
        # "में" right after the conduct noun (not "मामले में शामिल", involved in the case; review
        # 2026-12-10b M1), then only ``involvement_adverbs`` before the word of involvement
        link = index + 1
        if link >= len(words) or words[link].text not in grammar.involvement_links:
            return False
        for at in range(link + 1, min(len(words), link + 1 + grammar.involvement_reach)):
            word = words[at]
            if word.sentence != sentence:
                return False
            if word.text in grammar.involvement_words:
                return True
            if word.text not in grammar.involvement_adverbs:
                return False
        return False

    def _adult_recipient(self, before: list[_Word], asked: _Word, term: HindiConductTerm) -> bool:
        """Whether the words right before the one asked name an adult: an age of eighteen to
        ninety-nine before an age word ("19 वर्षांच्या मुलीला", "20 वर्षीय छात्रा को"), or one of
        the term's ``adult_before`` ("बीटेक की छात्रा"); read back only to the sender, an agent
        in "-ने"/"-नी" ("विवाहित आरोपीने"), or a place ("कॉलेज के बाहर"), and never where a word
        of ``minor_words`` names the one asked a minor ("अल्पवयीन मुलीला"; review 2026-12-28c
        M5)."""
        words = [w.text for w in before]
        for k in range(len(words) - 1, -1, -1):
            # (the sender, an agent in "-ने"/"-नी"; not an infinitive before a participle or a
            # genitive, "बीटेक करने वाली छात्रा"; review 2026-12-28d M)
            infinitive = k + 1 < len(words) and words[k + 1] in term.after_infinitive
            if (words[k].endswith(self.grammar.agent_endings) and not infinitive) or words[
                k
            ] in term.place_words:
                words = words[k + 1 :]
                break
        if term.minor_words and any(w.startswith(term.minor_words) for w in (*words, asked.text)):
            return False
        for k, text in enumerate(words):
            if text in term.adult_before:
                return True
            digits = text.translate(_DIGITS)
            if (
                digits.isdigit()
                and 18 <= int(digits) < 100
                and k + 1 < len(words)
                and words[k + 1] in term.age_words
            ):
                return True
        return False

    def _headline_material(
        self,
        text: str,
        word: _Word,
        before: list[_Word],
        after: list[_Word],
        term: HindiConductTerm,
    ) -> bool:
        """Whether sexual material follows the verb as a headline puts it: within three words
        after it; with the term's ``headline_before_endings``, only as the verb's own object
        (the word before the verb, in its sentence, ends in one of them, an agent's "ने" or a
        conjunctive's "-ऊन", or there is none; no comma or coordinator between the verb and the
        material; within six words where an owner's genitive leads to it): "शिक्षक ने बनाया
        छात्रा का अश्लील वीडियो", "खेळून बनविला वर्गमैत्रिणीचा अश्लिल व्हिडीओ"; not "विशेष टीम बनाई,
        अश्लील वीडियो …", "फर्जी खाता बनाया और अश्लील तस्वीरें डालीं" (review 2027-01-13d H1, M6)."""
        endings = term.headline_before_endings
        if not endings:
            return self._sexual_material_in(list(after[:3]))
        previous = [w for w in before if w.sentence == word.sentence][-1:]
        if (
            previous
            and not previous[0].text.endswith(endings)
            and previous[0].text not in term.headline_before_words
        ):
            return False
        reach: list[_Word] = []
        last = word
        for following in after[:8]:
            gap = text[last.end : following.start]
            if any(mark in gap for mark in ",;:()") or following.text in self.coordinators:
                break
            reach.append(following)
            last = following
        # the material is the verb's own object: right after it, or right after an owner's
        # genitive ("बनाया 14 साल की छात्रा का अश्लील वीडियो"); not "बनाया लोगों का भरोसा अश्लील …",
        # "बनाई विशेष टीम अश्लील …" (review 2027-01-13f H1, M2)
        genitive_endings = term.headline_genitive_endings or ("\n",)
        owned_at = {0}  # where the verb's object may open: right after it, or after an owner
        for at, following in enumerate(reach):
            if (
                following.text in self.genitives
                or following.text.endswith(genitive_endings)
                or following.text in term.headline_owner_words
            ):
                owned_at.add(at + 1)
            elif at in owned_at and (
                following.text.isdigit() or following.text in term.headline_skips
            ):
                owned_at.add(at + 1)  # "… का एक अश्लील वीडियो", "… के 20 अश्लील वीडियो"
        for at in sorted(owned_at):
            window = reach[at : at + 2]
            if (
                not window
                or window[0].text not in self.sexual
                or not self._sexual_material_in(window)
            ):
                continue  # the owned word itself sexual: not "बनाया लोगों का भरोसा अश्लील …"
            nouns = [  # (an adjective may stand between: "अश्लील डीपफेक फोटो")
                k for k, w in enumerate(reach[at : at + 3]) if w.text in self.material - self.sexual
            ]
            if not nouns:
                continue  # "बनाया अश्लील ग्रुप": no material made (review 2027-01-13h M1)
            after_noun = at + nouns[0] + 1
            if after_noun < len(reach) and (
                reach[after_noun].text in self.genitives
                or reach[after_noun].text in term.headline_described
            ):
                continue  # "बनाया अश्लील वीडियो का ग्रुप", "… वीडियो वाला पेज": another thing made
            return True
        return False

    def _sexual_material_in(self, window: list[_Word]) -> bool:
        """Whether *window* names sexual material: one word that is both ("अश्लील", "पोर्न"),
        or a sexual word right before a word of material ("नग्न तस्वीरें", "गंदी फोटो"; review
        2026-12-27a M10)."""
        return any(
            w.text in self.sexual_material
            or (
                w.text in self.sexual
                and k + 1 < len(window)
                and window[k + 1].text in self.material
            )
            for k, w in enumerate(window)
        )

    @staticmethod
    def _around(words: list[_Word], index: int, reach: int) -> list[_Word]:
        """Up to *reach* words before (negative) or after the word at *index*, in its
        sentence, nearest last before and first after."""
        sentence = words[index].sentence
        if reach < 0:
            span = words[max(0, index + reach) : index]
        else:
            span = words[index + 1 : index + 1 + reach]
        return [w for w in span if w.sentence == sentence]

    def _denied(
        self, words: list[_Word], index: int, before: list[_Word], after: list[_Word]
    ) -> bool:
        """Whether the conduct word is denied beyond the word next to it: a word of
        ``denials`` within four words after it ("वायरल करने से इनकार किया"), "न ही"/"न तो" in the
        three before it, "या नहीं" after it ("… किया या नहीं, इसकी जांच"), or one of
        ``denial_cues`` earlier in its sentence ("ऐसा कोई सबूत नहीं मिला कि …")."""
        # "करने से इनकार किया" denies; "इनकार करने पर" (on her refusing) does not
        if any(
            word.text in self.denials
            and all(w.text not in self.upon for w in after[at + 1 : at + 3])
            for at, word in enumerate(after[:6])
        ):
            return True
        close = [w.text for w in before[-3:]]
        if any(
            a in self.negators and b in self.negation_particles
            for a, b in itertools.pairwise(close)
        ):
            return True
        said = [w.text for w in after[:5]]
        if any(a in self.alternatives and b in self.negators for a, b in itertools.pairwise(said)):
            return True
        earlier_words = [w.text for w in self._around(words, index, -4 * self.words.window)]
        for at in range(len(earlier_words) - 1, -1, -1):
            if earlier_words[at] in self.contrasts:  # "… पुष्टि नहीं हुई है, लेकिन आरोपी ने …"
                earlier_words = earlier_words[at + 1 :]
                break
        return _has_phrase(tuple(earlier_words), self.denial_cues)

    def _those_headed(self, after: list[_Word], rest: list[_Word]) -> bool:
        """Whether the "वाले/वाली/वाला" (the one who) after a conduct word heads one of
        ``those_own_heads``, the report's own people ("… करने वाले आरोपी", "… वाली युवती"), not
        anyone ("… करने वालों को", "… वाले किसी भी व्यक्ति", "… वाले अपराधियों"; review
        2027-01-12d H2)."""
        for k, word in enumerate(after[:3]):
            if word.text in self.those:
                following = after[k + 1].text if k + 1 < len(after) else ""
                if following in self.grammar.those_own_heads:
                    return True
                # a noun, then what is done to the one who did it ("… वाले मनचले को जल्द
                # गिरफ्तार किया जाएगा"), not a warning ("… वाले व्यक्ति के खिलाफ सख्त कार्रवाई
                # की जाएगी"; review 2027-01-12f H2, H3)
                return (
                    bool(following)
                    and following not in self.postpositions
                    and any(w.text.startswith(self.grammar.those_case_words) for w in rest)
                )
        return False

    def _people_do(self, text: str, words: list[_Word], index: int) -> bool:
        """Whether the conduct word at *index* is said of people in general: one of
        ``people_in_general`` within the twenty words before it in its sentence, opening the
        sentence or after a word of many or some (``people_quantifiers``: "कई लोग", "कुछ लोग";
        not "गिरफ्तार किए गए लोग", "ये तीनों लोग", the report's), no agent's mark, fused subject,
        offender, clause opener, comma or other clause's auxiliary between, and within three
        words after it a verb in the habitual present (``habitual_present``: "करते हैं"), not its
        past ("करते थे"). Reads at most twenty words back and four on."""
        if not self.people_in_general or not self.habitual_present:
            return False
        sentence = words[index].sentence
        ahead = [w.text for w in words[index + 1 : index + 5] if w.sentence == sentence]
        habitual = any(
            ahead[k].endswith(ending) and ahead[k + 1] == auxiliary
            for k in range(len(ahead) - 1)
            for ending, auxiliary in self.habitual_present
        ) or any(
            words[index].text.endswith(ending) and ahead[:1] == [auxiliary]
            for ending, auxiliary in self.habitual_present
        )
        if not habitual:
            return False
        quantifiers = self.grammar.people_quantifiers
        for at in range(index - 1, max(-1, index - 21), -1):
            word = words[at]
            if word.sentence != sentence or "," in text[word.end : words[at + 1].start]:
                return False
            said = word.text
            if (
                said in self.agent
                or said in self.fused_subjects
                or said in self.clause_openers
                or said in self.offenders
                or any(said == auxiliary for _, auxiliary in self.habitual_present)
            ):
                # an agent, an offender, another clause or its verb between ("… के लोग है
                # शामिल, … भेजते है", "कुछ लोग बताते थे कि आरोपी …"; review 2027-01-12b H7)
                return False
            if said in self.people_in_general:
                before = words[at - 1] if at > 0 else None
                if before is None or before.sentence != sentence:
                    return not self._victims_between(words, at, index)
                if before.text not in quantifiers:
                    return False
                # the quantifier not after a group or the arrested ("गिरोह के कुछ लोग",
                # "आरोपियों में से कुछ लोग", "पकड़े गए कुछ लोग": the report's; "देश के कई लोग"
                # are any; reviews 2027-01-12d H3, 12f H4)
                if any(
                    w.text.startswith(self.grammar.people_not_after)
                    for w in words[max(0, at - 4) : at - 1]
                    if w.sentence == sentence
                ):
                    return False
                return not self._victims_between(words, at, index)
        return False

    def _victims_between(self, words: list[_Word], low: int, high: int) -> bool:
        """Whether one of ``people_particulars`` stands between *low* and *high* ("कई लोग पीड़िता
        का अश्लील वीडियो शेयर करते हैं", "… उसका वीडियो …": this victim's video, no statement in
        general; not "पीड़ितों", victims in general: review 2027-01-12f H5)."""
        return any(w.text in self.grammar.people_particulars for w in words[low + 1 : high])

    def _such_who(self, words: list[_Word], index: int) -> bool:
        """Whether the conduct word is said of a class: "जो" (who) before it in its sentence,
        with "ऐसे"/"ऐसी" (such) in the seven words before that ("ऐसे लोगों …, जो … भेज रहे हैं")."""
        sentence = words[index].sentence
        for at in range(index - 1, max(-1, index - 13), -1):
            if words[at].sentence != sentence:
                return False
            if words[at].text in self.relatives:
                return any(w.text in self.such for w in words[max(0, at - 7) : at])
        return False

    def _trend(self, after: Sequence[_Word]) -> bool:
        """Whether the words *after* a conduct word count its acts and tell of their rise
        (``trend_heads`` within four words, then one of ``trend_words`` within ten): "देखने
        वालों की संख्या में लगातार इजाफा हो रहा है" is a trend, not an act."""
        heads = [at for at, w in enumerate(after[:4]) if w.text in self.trend_heads]
        return bool(heads) and any(
            w.text.startswith(self.trend_words) for w in after[heads[0] + 1 : 10]
        )

    def _counted_material(self, before: Sequence[_Word], after: Sequence[_Word]) -> bool:
        """Whether the words before a conduct word in its sentence count material in thousands
        or more (one of ``count_scales`` with material within three words after it, not money:
        ``count_money``) with no agent among them (no offender, no agent's mark or fused
        subject, "ने", "द्वारा", "उसने", no word ending in one of ``count_agent_marks``,
        "आरोपीने", "आरोपीकडून"), and the verb right after it is passive or intransitive
        (``count_passives``: "झाले", "करण्यात", "किए गए"): "भारतातून तब्बल २५ हजार चाईल्ड पॉर्न
        व्हिडियो … अपलोड झाले आहेत" is a statistic (survey of unseen Marathi pages, 2027-01-11);
        "उसने 10 हजार वीडियो अपलोड किए", "आरोपीकडून ३ हजार … अपलोड करण्यात आले", "10 हजार
        फॉलोअर्स", "2 हजार में बेचता था" are not (review 2027-01-11d H1)."""
        if not any(w.text in self.count_passives for w in after[:3]) and not any(
            w.text in self.trend_heads for w in after[:4]
        ):
            return False  # (or counted as cases: "25 हजार … वीडियो अपलोड करने के मामले सामने आए")
        counted = False
        for at, w in enumerate(before):
            if w.text not in self.count_scales:
                continue
            following = before[at + 1 : at + 4]
            if following and following[0].text.startswith(self.count_money):
                continue  # (a sum: "50 हजार रुपये की मांग")
            if any(f.text in self.material for f in following):
                counted = True
        if not counted:
            return False
        return not any(
            w.text in self.offenders
            or w.text in self.agent
            or w.text in self.fused_subjects
            or (w.text.endswith(self.agent_marks) and w.text not in self.count_not_agents)
            for w in before
        )

    def _asked(self, text: str, words: list[_Word], index: int) -> bool:
        """Whether the conduct word's sentence opens with a word of ``questions`` ("क्या"), or
        the conduct word's clause is an indirect question: "कि क्या" before it, with no comma
        and no other "कि" between ("जांच कर रही है कि क्या आरोपी ने … वायरल किया था", is
        probing whether he made it viral; not "जब पूछा गया कि क्या …, आरोपी ने कबूल किया कि
        उसने … शेयर किया था", the answer after the question)."""
        sentence = words[index].sentence
        first = index
        while first > 0 and words[first - 1].sentence == sentence and index - first < 40:
            first -= 1
        if words[first].text in self.questions:
            return True
        for at in range(index - 1, max(first, index - 15), -1):
            if "," in text[words[at].end : words[at + 1].start]:
                return False
            if words[at].text in self.questions and words[at - 1].text in self.complementizers:
                return True
            if words[at].text in self.complementizers:
                return False
        return False

    def _subject_other(
        self, text: str, words: list[_Word], index: int, marathi: bool = False
    ) -> bool:
        """Whether the subject of a finite conduct word, the word before the nearest "ने"
        before it in its clause, is one of ``not_actors`` (police, a court, the victim): not
        past a comma, "कि" (that) or a relative word ("पुलिस ने बताया कि आरोपी ने …"; the
        police only said it), not past a subject of its own ("उसने", "जिसने"), and not "X के
        Y ने" with X the accused ("आरोपी के पिता ने"). Marathi fuses the agent with its case
        ("पोलिसांनी", by the police): such an agent of the police, a court, the victim or a parent
        is the subject (not as the agent of a participle right after it, unless the police or a
        court); in a *marathi* text the search also stops at the act's own agent ("आरोपीने"), a
        Marathi clause opener ("की", "तेव्हा", "असता", "तर", "असून"), a source before "नुसार"
        (not a norm), and a bare accused ("आरोपी") that can be the verb's
        subject (not before a perfective or a passive, not at the head of an oblique phrase)."""
        sentence = words[index].sentence
        if self._involved_in(words, index):
            return False  # "… के प्रसार में कथित तौर पर शामिल 83 लोगों": those involved did it
        position = words[index].start
        for at in range(index - 1, max(-1, index - 15), -1):
            word = words[at]
            if word.sentence != sentence or word.text in self.clause_openers:
                return False
            if word.end < position and "," in text[word.end : position]:
                return False
            position = word.start
            if word.text in self.fused_subjects:
                return False  # "उसने", "जिसने": the accused
            fused = (
                word.text not in self.agent
                and word.text.endswith(self.agent_endings)
                and word.text not in self.grammar.marathi_not_agents
                and not word.text.endswith(self.grammar.marathi_not_agent_endings)
            )
            following = words[at + 1].text if at + 1 < len(words) else ""
            if fused and word.text.startswith(self.offender_stems):
                return False  # "आरोपीने" (by the accused): the act's own subject
            if (
                fused
                and word.text in self.not_actors
                # in a text not read as Marathi, not before a Hindi postposition ("आईने के
                # सामने", before the mirror)
                and (marathi or following not in self.postpositions)
                and not (
                    at + 1 < index
                    and self._participle(words[at + 1].text)
                    and word.text not in self.authorities
                )
            ):
                # an agent fused with its case, as Marathi writes it: "पोलिसांनी" (by the
                # police), "वडिलांनी" (by the father); not the agent of a participle ("मुलीने
                # पाठवलेले फोटो", the photos the girl sent)
                return True
            # the bare accused ("आरोपी", "संशयित") as the act's subject ("आरोपी तिला अश्लील
            # व्हिडिओ पाठवत होता", "… पाठवून फरार झाला"), unless the verb cannot have a bare
            # subject (a perfective transitive takes an agent fused with "ने": "आरोपीने
            # पाठवले"; a passive has none: "पाठविण्यात आले"; a verbal noun is not refused) or
            # the accused heads an oblique phrase ("आरोपी तरुणाच्या मोबाईलमधील", "आरोपी [name]
            # याला", "आरोपी तरुणाकडून"): then the search goes on
            nominative = (
                word.text in self.bare_accused
                and not self._marathi_no_bare_subject(words, index)
                and not self._marathi_oblique(words, at)
                and not self._marathi_not_subject(words, at)
            )
            # a report's source before "नुसार" ("माहितीनुसार", "आरोपपत्रानुसार"); not a norm
            # ("कायद्यानुसार", "त्यानुसार"). The police's own acts after a source are told by
            # their words (`not_near`: "… तक्रारीनुसार … फॉरेन्सिक लॅबमध्ये पाठवले"), not by
            # the verb's form: "पोलिसांनी दिलेल्या माहितीनुसार … व्हायरल केले होते" is the
            # accused's (review 2026-12-08a H2)
            source = word.text.endswith(
                self.grammar.marathi_source_suffix
            ) and not word.text.startswith(self.grammar.marathi_norms)
            if marathi and source and self._authority_before_source(words, at, sentence):
                # "पोलिसांनी पीडितेच्या तक्रारीनुसार … पाहिले": the police, the verb's own agent,
                # acted on the complaint (review 2026-12-08b M1); not "पोलिसांनी दिलेल्या
                # माहितीनुसार …" (the police only gave the information)
                return True
            if marathi and (fused or word.text in self.marathi_openers or source or nominative):
                # the act's own subject ("आरोपीने") or a clause that opens after the police
                # ("पोलिसांनी सांगितले की …", "पोलिसांनी दिलेल्या माहितीनुसार …")
                return False
            phrase = next(
                (
                    len(p)
                    for p in self.grammar.agent_phrases
                    if at + 1 >= len(p)
                    and tuple(w.text for w in words[at + 1 - len(p) : at + 1]) == tuple(p)
                ),
                0,
            )
            if phrase:
                # "साइबर क्राइम सेल की ओर से … भेजी गई": the sender, as an agent; not a source's
                # phrase, a participle or a source's noun right after it ("पुलिस की ओर से मिली
                # जानकारी के मुताबिक आरोपी …"; review 2027-01-12b H1)
                subject_at = at - phrase
                subject = words[subject_at] if subject_at >= 0 else None
                if subject is None or subject.sentence != sentence:
                    return False
                if any(
                    w.text in self.grammar.agent_phrase_breaks
                    for w in words[at + 1 : min(index, at + 4)]
                ):
                    # "… की ओर से मिली जानकारी", "… की ओर से थाने में दी गई तहरीर": a source
                    # (reviews 2027-01-12d H1, 12f H1)
                    return False
                return subject.text in self.not_actors
            if word.text in self.agent:
                subject = words[at - 1] if at > 0 else None
                if subject is None or subject.sentence != sentence:
                    return False
                owner = words[at - 3].text if at >= 3 else ""
                return subject.text in self.not_actors and owner not in self.offenders
        return False

    @staticmethod
    def _referred_place(
        words: list[_Word], index: int, reach_back: list[_Word], term: HindiConductTerm
    ) -> bool:
        """Whether one of *term*'s ``referring_places`` ("त्यात") stands in *reach_back* and an
        owner's word (``owners``, ``referring_owners``) in the fifteen words of the sentence
        before it, right before a device or place it owns (``referring_devices``): the device
        examined earlier in the sentence is the place of the find."""
        if not term.referring_places:
            return False
        sentence = words[index].sentence
        owners = frozenset((*term.owners, *term.referring_owners))
        for word in reach_back:
            if word.text not in term.referring_places:
                continue
            at = next(i for i in range(index, -1, -1) if words[i] is word)
            return any(
                words[i].text in owners
                and words[i].sentence == sentence
                and _owns_device(words, i, at, term)
                for i in range(max(0, at - 15), at)
            )
        return False

    def _threat_person(self, words: list[_Word], index: int, window: list[_Word]) -> bool:
        """Whether the threat's maker or victim is named (``threat_persons``) in *window* (the
        words of the sentence before the conduct word at *index*), or a first-person verb
        (``first_person_endings``) stands in the three words after it."""
        sentence = words[index].sentence
        named = self.words.threat_persons
        # only after the condition's end: "पुलिस ने छात्रों से कहा कि तुम्हें सतर्क रहना होगा, नहीं
        # तो कोई भी …" names the warned, not a threat's victim (review 2026-12-10b M4)
        ends = (*self.otherwise, *self.condition_ends)
        turn = max((at for at, w in enumerate(window) if w.text in ends), default=-1)
        if any(w.text in named and w.sentence == sentence for w in window[turn + 1 :]):
            return True
        endings = self.words.first_person_endings
        return bool(endings) and any(
            w.text.endswith(endings) and w.sentence == sentence
            for w in words[index + 1 : index + 4]
        )

    def _before_material(self, window: list[_Word], at: int) -> bool:
        """Whether the word at *at* of *window* qualifies material after it ("कोई भी अश्लील
        फोटो", any obscene photo: an adjective, no subject; review 2026-12-09b M7): the next
        word, past one of ``indefinite_particles``, is one of the material or sexual words."""
        following = [w.text for w in window[at + 1 : at + 3]]
        if following[:1] and following[0] in self.words.indefinite_particles:
            following = following[1:]
        return bool(following) and (following[0] in self.material or following[0] in self.sexual)

    def _agent_named_after(self, text: str, words: list[_Word], index: int) -> bool:
        """Whether an agentive participle (``agentive_participles``, Marathi's
        ``agentive_participle_endings``) follows the word at *index* within twelve words of its
        sentence, before a comma's clause ends: the act is the participle's subject's ("…
        बेचने वाले युवक को गिरफ्तार किया")."""
        names = self.words
        sentence = words[index].sentence
        # a group an owner's word names before it ("अभिभावकों का व्हाट्सएप ग्रुप") is that
        # owner's, made by the sentence's subject, unless the one the participle names is
        # arrested ("छात्राओं का व्हाट्सएप ग्रुप बनाकर … भेजने वाले शिक्षक को गिरफ्तार किया": the
        # teacher's group; review 2026-12-10b M2)
        owned = False
        members = False  # the owners are children or students, whom the arrested may lead
        for back in range(index - 1, max(-1, index - 3), -1):
            if words[back].sentence != sentence:
                break
            if words[back].text in names.genitive_marks:
                owner = words[back - 1].text if back > 0 else ""
                owned = owner not in self.offenders
                # (or the word before it: "नाबालिग लड़कियों का"; review 2026-12-11b M2)
                before_owner = words[back - 2].text if back > 1 else ""
                members = any(
                    w in self.child or w in names.arrest_group_owners for w in (owner, before_owner)
                )
                break
        position = words[index].end
        previous = words[index]
        for at, word in enumerate(words[index + 1 : index + 13], start=index + 1):
            if word.sentence != sentence:
                return False
            if "," in text[position : word.start] and not (
                names.conjunctive_endings and previous.text.endswith(names.conjunctive_endings)
            ):
                return False  # a comma ends the clause, unless right after "बनाकर"
            position = word.end
            previous = word
            if word.text in names.agentive_participles or (
                names.agentive_participle_endings
                and word.text.endswith(names.agentive_participle_endings)
            ):
                return not owned or (members and self._arrested(words, at, sentence))
        return False

    def _arrested(self, words: list[_Word], participle: int, sentence: int) -> bool:
        """Whether the one the participle at *participle* names is arrested: the first "को"
        after it, within ``_ARREST_REACH`` words of its sentence, then one of ``arrest_words``
        within four words ("… भेजने वाले 35 वर्षीय शिक्षक को पुलिस ने गिरफ्तार किया"), with no
        threat or purpose before the arrest ("… को गिरफ्तार करने की चेतावनी दी", "ताकि उनकी
        गिरफ्तारी हो सके"; review 2026-12-11b M1)."""
        names = self.words
        stop = min(len(words), participle + _ARREST_REACH)
        for at in range(participle + 1, stop):
            word = words[at]
            if word.sentence != sentence or word.text in names.arrest_not_before:
                return False
            if word.text != names.object_mark:
                continue
            for next_at in range(at + 1, min(len(words), at + 5)):
                after = words[next_at]
                if after.sentence != sentence or after.text in names.arrest_not_before:
                    return False
                if after.text in names.arrest_words:
                    following = words[next_at + 1 : next_at + 3]
                    return not any(w.text in names.arrest_not_after for w in following)
            return False
        return False

    def _authority_before_source(self, words: list[_Word], at: int, sentence: int) -> bool:
        """Whether an authority fused with its agent's case (``authorities``: "पोलिसांनी")
        stands at most three words before the source at *at* ("… तक्रारीनुसार"), with no
        participle between (as in "पोलिसांनी दिलेल्या माहितीनुसार", the information the police
        gave): then the authority is the subject of the verb after the source."""
        for back in range(at - 1, max(-1, at - 4), -1):
            word = words[back]
            if word.sentence != sentence or self._participle(word.text):
                return False
            if word.text in self.authorities:
                return True
        return False

    def _marathi_perfective(self, words: list[_Word], index: int) -> bool:
        """Whether the conduct word at *index* is a Marathi perfective ("पाठवले", "टाकला",
        "पाठवलं"; one of ``marathi_perfective_endings``, not "पाठवायला", one of
        ``marathi_not_perfective_endings``) or has a perfective helper after it ("शेअर
        केले")."""
        said = words[index].text
        grammar = self.grammar
        if said.endswith(grammar.marathi_perfective_endings) and not said.endswith(
            grammar.marathi_not_perfective_endings
        ):
            return True
        after = index + 1
        return (
            after < len(words)
            and words[after].sentence == words[index].sentence
            and words[after].text in self.perfective_helpers
        )

    def _marathi_no_bare_subject(self, words: list[_Word], index: int) -> bool:
        """Whether the conduct word at *index* is a Marathi verb form that a bare noun cannot be
        the subject of: a perfective (:meth:`_marathi_perfective`), or a passive (one of
        ``marathi_nonfinite_endings``: "पाठविण्यात आले"), itself or its helper ("व्हायरल
        करण्यात आले"). A verbal noun is not refused: the bare accused may be its subject
        ("आरोपी … व्हायरल करण्याची धमकी देत होता")."""
        if self._marathi_perfective(words, index):
            return True
        grammar = self.grammar
        if words[index].text.endswith(grammar.marathi_nonfinite_endings):
            return True
        after = index + 1
        if after >= len(words) or words[after].sentence != words[index].sentence:
            return False
        helper = words[after].text
        return helper.startswith(grammar.marathi_do_stems) and helper.endswith(
            grammar.marathi_nonfinite_endings
        )

    def _marathi_not_subject(self, words: list[_Word], at: int) -> bool:
        """Whether the bare accused at *at* is no conduct word's subject: the subject of a small
        clause of being (``marathi_copula_stems`` within two words after: "आरोपी दोषी
        असल्याचा निकाल देत …", the court's order follows), or an adjective before a thing
        (one of ``marathi_qualifiers`` with one of ``marathi_thing_stems`` right after:
        "संशयित इन्स्टाग्राम खात्यावरील")."""
        grammar = self.grammar
        sentence = words[at].sentence
        following = [w.text for w in words[at + 1 : at + 3] if w.sentence == sentence]
        if any(w.startswith(grammar.marathi_copula_stems) for w in following):
            return True
        return (
            words[at].text in grammar.marathi_qualifiers
            and bool(following)
            and (
                following[0].startswith(grammar.marathi_thing_stems)
                or following[0].endswith(grammar.marathi_thing_endings)
            )
        )

    def _marathi_oblique(self, words: list[_Word], at: int) -> bool:
        """Whether the bare accused at *at* heads an oblique phrase: the word after it is one
        of ``marathi_accused_nouns`` with a case ending ("आरोपी तरुणाच्या", "आरोपी तरुणास"), or
        ends in one of ``marathi_apposition_endings`` ("आरोपी तरुणाकडून", "आरोपी विरोधात"), or a
        name's case ("याला", "याच्या": ``marathi_name_cases``) follows within three words
        ("आरोपी [name] याला अटक")."""
        grammar = self.grammar
        sentence = words[at].sentence
        following = [w.text for w in words[at + 1 : at + 4] if w.sentence == sentence]
        if not following:
            return False
        first = following[0]
        if first.endswith(grammar.marathi_apposition_endings):
            return True
        if not first.endswith(self.agent_endings):  # "आरोपी पतीने": the agent itself
            for noun in grammar.marathi_accused_nouns:
                # the noun's oblique stem with its case: a noun that ends in a vowel sign takes
                # the case at once ("व्यक्तीच्या"), another after ``marathi_oblique_vowels``
                # ("तरुणाच्या"); not another word it begins ("तरुणीचे", a young woman's)
                if not first.startswith(noun) or len(first) <= len(noun):
                    continue
                stem = len(noun)
                if unicodedata.category(noun[-1]) not in ("Mc", "Mn"):
                    vowel = next(
                        (
                            v
                            for v in sorted(grammar.marathi_oblique_vowels, key=len, reverse=True)
                            if first.startswith(v, stem)
                        ),
                        None,
                    )
                    if vowel is None:
                        continue
                    stem += len(vowel)
                # a case of the phrase ("तरुणाच्या", "तरुणांच्या", "तरुणाच्याच"), not "with" a
                # companion ("मित्रासह", "मित्रासोबत")
                case = first[stem:]
                for emphatic in grammar.marathi_emphatic:
                    if case.endswith(emphatic) and case[: -len(emphatic)] in (
                        grammar.marathi_oblique_cases
                    ):
                        case = case[: -len(emphatic)]
                if noun in grammar.marathi_companions and case in grammar.marathi_company_cases:
                    continue
                if case in grammar.marathi_oblique_cases:
                    return True
        # a name's case right after a name ("आरोपी [name] याला", "आरोपी [name] [name] याच्या"),
        # not after a complainant ("आरोपी फिर्यादी यांच्या मुलीला": the complainant's daughter)
        for position, said in enumerate(following[1:], start=1):
            if said in self.name_cases:
                return self.not_names.isdisjoint(following[:position])
        return False

    def _offender_agent(self, before: list[_Word]) -> bool:
        """Whether the words before a conduct word, in its sentence, name the offender as its
        agent ("आरोपीने", "त्याने", "उसने"): then ``not_near`` words do not make it another's act
        ("आरोपीने … सोशल मीडियावरून … डिलीट केले" is his; review 2026-12-08b H6)."""
        if not before:
            return False
        sentence = before[-1].sentence
        return any(
            w.sentence == sentence
            and (
                w.text in self.fused_subjects
                or (w.text.startswith(self.offender_stems) and w.text.endswith(self.agent_endings))
            )
            for w in before
        )

    def _joined(self, word: _Word, after: list[_Word]) -> tuple[_Word, list[_Word]]:
        """The conduct word and the words after it, or, where it is joined by one of
        ``coordinators`` to a word said as an infinitive ("डाउनलोड व अपलोड करने वालों"), that
        word and the words after it: the two share the infinitive and what follows it."""
        if (
            len(after) > 2
            and after[0].text in self.coordinators
            and not self._infinitive(word, after)
            and self._infinitive(after[1], after[2:])
        ):
            return after[1], after[2:]
        return word, after

    def _about_to(self, after: list[_Word]) -> bool:
        """Whether "वाला/वाले" and "था/थे/थी" follow the infinitive ("अपलोड करने वाला था", was
        about to upload); "पोस्ट करने वाला [name]" (the one who posted) is an act."""
        said = [w.text for w in after[:3]]
        return any(
            a in self.those and b in self.past_auxiliaries for a, b in itertools.pairwise(said)
        )

    def _nonfinite(self, word: _Word, after: list[_Word]) -> bool:
        """Whether the conduct word is an infinitive ("शेयर करने के मामले में", in the case of
        sharing), or joined by "कर" to one ("एडिट कर … वायरल करने के आरोप में"): its subject
        is not the "ने" of the sentence ("पुलिस ने … करने के आरोप में गिरफ्तार किया")."""
        if self._infinitive(word, after):
            return True
        return (
            bool(after)
            and after[0].text in self.conjunctive
            and not self.infinitives.isdisjoint(w.text for w in after[1:])
        )

    def _counted(self, before: list[_Word], after: list[_Word]) -> bool:
        """Whether a number and a word of cases follow the infinitive ("… अपलोड करने के 500
        मामले", a statistic), not the accused's own ("आरोपी पर … करने के 2 मामले दर्ज हैं")."""
        if any(w.text in self.offenders for w in before):
            return False
        said = [w.text for w in after[:4]]
        return any(a[:1].isdigit() and b in self.not_before for a, b in itertools.pairwise(said))

    def _summed_as_law(self, words: list[_Word], index: int, rest: list[_Word]) -> bool:
        """Whether "यह सब" (``law_resumptives``) after the conduct word sums it up as law: a
        word of ``law_words`` ("अपराध", "दंडनीय", "जुर्म", "गैरकानूनी", or "धारा": "यह सब … की
        धारा 67 (ए) … के तहत आता है") stands later in its sentence,
        however far ("… देखना यह सब … की धारा 67 (ए) और … 509 के तहत अपराध है"); not "यह सब वह
        पैसों के लिए करता था" (all this he did for money: a confession)."""
        if not _has_phrase(tuple(w.text for w in rest), self.resumptives):
            return False
        sentence = words[index].sentence
        for word in words[index + 1 : index + 80]:
            if word.sentence != sentence:
                return False
            if word.text in self.law_words:
                return True
        return False

    def _marathi_summed_as_law(self, words: list[_Word], index: int) -> bool:
        """Whether a Marathi list of infinitives that holds the conduct word is summed up as an
        offence: one of ``marathi_law_resumptives`` ("हा", this) right after an infinitive of
        the list, then a word of ``law_words`` within six words ("… डाउनलोड करणं, पाहणं आणि
        साठवणं हा पॉक्सो कायद्यांतर्गत गुन्हा आहे"), as its predicate (one of
        ``marathi_law_predicates`` after it, or the sentence's end), not a case registered
        ("… करणे हे गुन्हे दाखल करण्यात आले", "… नोंदविण्यात आले": these cases were
        registered). The infinitive is Marathi's ("-णे", "-णं"; ``marathi_infinitive_endings``)."""
        for at in _ahead(words, index, 4 * self.words.window):
            if words[at].text not in self.marathi_resumptives:
                continue
            previous = words[at - 1].text
            if not (
                previous in self.infinitives
                or previous.endswith(self.grammar.marathi_infinitive_endings)
            ):
                continue
            for later in _ahead(words, at, 6):
                if words[later].text in self.law_words:
                    after = later + 1
                    if after >= len(words) or words[after].sentence != words[later].sentence:
                        return True  # "… साठवणं हा गुन्हा.": a headline's law
                    following = words[after].text
                    return (
                        following in self.grammar.marathi_law_predicates
                        and following not in self.case_registered
                    )
        return False

    def _headline_law(self, text: str, words: list[_Word], index: int) -> bool:
        """Whether a word of ``law_words`` ends a clause right after an infinitive later in the
        conduct word's sentence: a headline's law with its copula left out ("चाइल्ड पोर्नोग्राफी
        देखना, प्रकाशित और डाउनलोड करना अपराध, …": viewing, publishing and downloading child
        pornography [is] an offence). (A visarga for the colon, "… देखना, रखना अपराधः", was tried
        and withdrawn: reviews 2027-01-15d H3, 15f H2, H3 found accused's acts lost to a quote's
        "… करना अपराधः" and to "आरोपी का … बनाना, फैलाना अपराधः".)"""
        for at in _ahead(words, index, 4 * self.words.window):
            word = words[at]
            if word.text not in self.law_words:
                continue
            previous = words[at - 1].text
            if not (previous in self.infinitives or at - 1 == index):
                continue
            following = words[at + 1] if at + 1 < len(words) else None
            if following is None or _CLAUSE_END.search(text, word.end, following.start):
                return True
        return False

    def _own_clause(
        self, word: _Word, after: list[_Word], clause: list[_Word], previous: str = ""
    ) -> list[_Word]:
        """*clause*, the words after a conduct word; after a finite verb, only up to a relative
        or a complementizer (``clause_openers``): "… वीडियो वायरल किया जो साइबर क्राइम है" says the
        law of the act told, which stays (review 2027-01-12b H8); an infinitive's clause is read
        whole ("देखना, बनाना या शेयर करना क्राइम है")."""
        if self._infinitive(word, after):
            return clause
        finite = (
            (
                any(w.text in self.grammar.finite_past_verbs for w in after[:3])
                or (
                    len(word.text) > 3
                    and bool(self.grammar.finite_past_endings)
                    and word.text.endswith(self.grammar.finite_past_endings)
                    # (not "भेजी जाती हैं", a present passive, nor "की बिक्री", a noun; review
                    # 2027-01-13b M1)
                    and not (after and after[0].text in self.grammar.finite_not_before)
                    and previous not in self.genitives
                )  # "भेजा", the conduct word its own finite past
            )
            and not any(w.text in self.grammar.passive_infinitives for w in after[:4])
        )  # not "शेयर किया जाना और … दंडनीय है", the law (review 2027-01-12f M4)
        for at, following in enumerate(clause):
            if following.text in self.clause_openers or (
                finite and (following.text in self.coordinators or following.text in self.contrasts)
            ):
                return clause[:at]  # "… वायरल किया और यह एक गंभीर क्राइम है" (review 12d H5)
        return clause

    def _heading(self, text: str, word: _Word, words: list[_Word], index: int) -> bool:
        """Whether the conduct noun at *index* is a word of a section's heading: one of
        ``heading_law`` follows it in its sentence, closed by a bracket ("धारा 67बी (… प्रकाशन
        या प्रसारण के लिए दंड) के तहत"), a stop, or a line's end that no postposition continues
        ("… के लिए दंड\nके रूप में पांच साल की सजा" is a sentence passed, wrapped), with no
        comma, bracket, colon, dash or finite verb between the noun and it ("… वायरल किया, उस पर
        … धारा 67बी (… के लिए दंड)" keeps the act; review 2027-01-13d H2, M1, M2)."""
        headings = self.grammar.heading_law
        if not headings:
            return False
        sentence = word.sentence
        for at in range(index + 1, min(len(words), index + 16)):
            if words[at].sentence != sentence:
                return False
            gap = text[words[at - 1].end : words[at].start]
            if any(mark in gap for mark in ",;:()[]\u2014\u2013-") or (
                words[at].text in self.grammar.finite_past_verbs
                or words[at].text in self.grammar.heading_stops
            ):
                return False
            said = tuple(w.text for w in words[at : at + 4])
            for phrase in headings:
                if said[: len(phrase)] != tuple(phrase):
                    continue
                end = words[at + len(phrase) - 1].end
                tail = text[end : end + 24].lstrip(" ")
                # (a colon or a semicolon opens what was passed: "… वायरल करने के लिए दंड: आरोपी
                # को 5 साल की कैद"; review 2027-01-13f H2)
                if not tail or tail[0] in "\u0964.)":
                    return True
                if tail[0] in ":;":
                    # a noun's heading before its measure ("… प्रसारण के लिए दंड: पांच साल तक की
                    # कैद"); an infinitive's is a sentence passed (review 2027-01-13h M2)
                    return not self._infinitive(word, words[index + 1 : index + 3])
                if tail[0] == "\n":
                    following = tail.lstrip()
                    first = following.split(maxsplit=1)[0] if following else ""
                    return first not in self.grammar.heading_continuations
                return False
        return False

    def _pretext(self, word: _Word, after: list[_Word]) -> bool:
        """Whether the conduct word is said as an infinitive whose genitive a word of
        ``pretext_words`` follows: "वीडियो डिलीट करने के बहाने से बुलाया" (on the pretext of
        deleting the video) tells no deletion (survey of unseen Hindi pages, 2027-01-15). Read
        of evidence destroyed only: "… वायरल करने के बहाने … पांच लाख रुपये मांगे" tells a threat
        (review 2027-01-15f M1)."""
        if not self._infinitive(word, after):
            return False
        at = 1 if after and after[0].text in self.infinitives else 0
        said = [w.text for w in after[at : at + 2]]
        return (
            len(said) == 2 and said[0] in self.genitives and said[1] in self.grammar.pretext_words
        )

    def _banned_list(self, text: str, words: list[_Word], index: int) -> bool:
        """Whether the conduct word at *index* heads a list of infinitives that a ban ends:
        every word from it to "पर" (``upon``) is an oblique infinitive (``ban_list_endings``,
        ``infinitives``), a word right before one or before a coordinator, or a coordinator,
        and "पर" is followed by a
        word of ``ban_words`` and a copula (``ban_copulas``): "… पोर्न वीडियो बनाने, पब्लिश करने
        और सर्कुलेट करने पर बैन है" is the law (survey of unseen Hindi pages, 2027-01-14). A noun
        or a finite verb in between is a ban on something else ("… वायरल करने के आरोपी की
        गिरफ्तारी पर रोक है"; review 2027-01-14d H3), and the clause ends at the copula.
        Reads at most twelve words on."""
        grammar = self.grammar
        sentence = words[index].sentence

        def oblique(at: int) -> bool:
            said = words[at].text
            return said in self.infinitives or (
                said.endswith(grammar.ban_list_endings) and len(said) > 3
            )

        for at in range(index, min(len(words) - 2, index + 12)):
            if words[at].sentence != sentence:
                return False
            said = words[at].text
            if at > index and said in grammar.upon:
                if not (
                    oblique(at - 1)
                    and words[at + 1].text in grammar.ban_words
                    and words[at + 2].text in grammar.ban_copulas
                    and words[at + 2].sentence == sentence
                ):
                    return False
                # the clause ends at the copula: not a headline's "… अपलोड करने पर बैन हैं आरोपी
                # के तीन अकाउंट" (his accounts are banned for uploading; review 2027-01-15h H1)
                copula = words[at + 2]
                following = words[at + 3] if at + 3 < len(words) else None
                return (
                    following is None
                    or following.sentence != sentence
                    or _CLAUSE_END.search(text, copula.end, following.start) is not None
                    or following.text in self.coordinators
                )
            if not (
                oblique(at)
                or said in self.coordinators
                or (
                    words[at + 1].sentence == sentence
                    and (oblique(at + 1) or words[at + 1].text in self.coordinators)
                )
            ):
                return False
        return False

    def _states_law(self, clause: list[_Word]) -> bool:
        """Whether one of the ``law`` phrases stands in *clause*, word for word."""
        return _has_phrase(tuple(w.text for w in clause), self.law)

    def _prevented(self, text: str, word: _Word, after: list[_Word], previous: str = "") -> bool:
        """Whether a word of preventing (``prevention_words``) governs the conduct word whose
        next words are *after*: right after it, after its genitive or object mark, or after its
        infinitive ("… अश्लील फिल्म के प्रसार के रोकथाम के लिए", "प्रसार को रोकने": to prevent the
        spread, survey of unseen Hindi pages, 2027-01-13; Marathi, whose marks are glued to the
        noun, "प्रसाराला आळा घालण्यासाठी", "प्रसार रोखण्यासाठी", "शेअर करणे रोखण्यासाठी"), in its
        clause: not past a comma, semicolon, colon, dash or pipe ("… वीडियो किया शेयर, रोकने पर भाई
        को पीटा"; reviews 2027-01-14b H3, 14d H1), not after a headline's finite verb ("किया
        वायरल रोकने पर …": ``prevention_not_after``), not before a word that makes it a clause of
        its own ("रोखण्यासाठी गेलेल्या", who went to stop: ``prevention_not_before``), and, after a
        bare noun or an infinitive, only as a purpose (``prevention_purposes``,
        ``prevention_purpose_phrases``: "प्रसार रोखण्यासाठी", "… रोकने के लिए"; not "वायरल रोकने
        आये भाई को पीटा"; review 2027-01-14h H1)."""
        grammar = self.grammar
        if previous in grammar.prevention_not_after:
            return False
        at = 0
        end = word.end
        if after and after[0].text in self.infinitives:
            at = 1
        marked = len(after) > at and (
            after[at].text in self.genitives or after[at].text in self.object_marks
        )
        if marked:
            at += 1
        if len(after) <= at or after[at].text not in grammar.prevention_words:
            return False
        if len(after) > at + 1 and after[at + 1].text in grammar.prevention_not_before:
            return False
        if any(mark in text[end : after[at].start] for mark in ",;:\u0964-\u2013\u2014|"):
            return False
        if marked:
            return True
        # a bare word or an infinitive before it: only a purpose ("प्रसार रोखण्यासाठी", "प्रसाराला आळा
        # घालण्यासाठी", "… रोकने के लिए"), not a clause of its own ("वायरल रोकने आये भाई को पीटा",
        # "व्हायरल रोखण्यास विरोध करणाऱ्या"; review 2027-01-14h H1)
        said = [w.text for w in after[at : at + 3]]
        if any(w.endswith(grammar.prevention_purposes) for w in said[:2]):
            return True
        return any(
            said[1 : 1 + len(phrase.split())] == phrase.split()
            for phrase in grammar.prevention_purpose_phrases
        )

    def _general(
        self,
        text: str,
        word: _Word,
        after: list[_Word],
        clause: list[_Word],
        rest: list[_Word],
        previous: str = "",
    ) -> bool:
        """Whether the conduct is said in general: as a noun or infinitive a word of prevention
        governs (``_prevented``); as an infinitive (or joined to one by a word of ``conjunctive``,
        "कर" or "करके": "डाउनलोड कर आगे अपलोड करना …") with a modal or a word of a topic in its
        clause ("भारी पड़ सकता है", "शेयर करने को लेकर निगाह"); or with "वाले/वालों" (those who …),
        or Marathi's agentive participle ("शेअर करणाऱ्यांवर", "पसरवणाऱ्यांवर"), and a modal, a
        future or a topic later in its sentence ("अपलोड करने वालों को पुलिस पकड़ेगी", "देखने वालों
        की अब खैर नहीं", "… कठोर कारवाई झाली पाहिजे")."""
        said = [w.text for w in clause]
        if self._prevented(text, word, after, previous):
            return True
        word, after = self._joined(word, after)
        infinitive = self._infinitive(word, after) or (
            bool(after)
            and after[0].text in self.conjunctive
            and not self.infinitives.isdisjoint(said)
        )
        # Marathi's "those who": the agentive participle as a plural noun, its case glued on
        # ("पसरवणाऱ्यांवर", "शेअर करणाऱ्यांवर … कारवाई झाली पाहिजे": action should be taken on
        # those who spread), not one arrested ("… पसरवणाऱ्यांना अटक केली असून …"; review
        # 2026-12-29a M5)
        endings = self.words.generic_agentive_endings
        agentive = (
            bool(endings)
            and any(w.text.endswith(endings) for w in (word, *after[:1]))
            and not any(w.text in self.words.arrest_words for w in rest)
        )
        if not infinitive and not agentive:
            return False
        if infinitive and not (self.modals.isdisjoint(said) and self.topics.isdisjoint(said)):
            return True
        if not agentive and self.those.isdisjoint(w.text for w in after[:2]):
            return False
        if self._those_headed(after, rest):
            # those who did it, a person named after "वाले" ("वायरल करने वाले आरोपी को जेल भेजा
            # जाएगा", "… वाले छात्रों को निलंबित किया जाएगा"): the report's (review
            # 2027-01-12b H2); "वालों" with no noun, or people in general, is a class
            return False
        if any(w.text.isdigit() for w in after[:5]):
            # those who did it, counted: "आपत्तिजनक सामग्री को प्रसारित करने वाले अन्य 10 छात्रों को
            # निलंबित किया जाएगा" (the other 10 students who circulated it will be suspended)
            return False
        later = [w.text for w in rest]
        return (
            not self.modals.isdisjoint(later)
            or not self.topics.isdisjoint(later)
            or any(self._future(w) for w in later)
        )

    def _glued_one_asked(self, sentence: list[_Word]) -> int | None:
        """Where, in the words before a verb of sending, Marathi names the one asked by a mark
        glued to the noun (``object_endings``: "मुलीला", "मित्राला"): the first such word after
        the agent ("आरोपीने मुलीला … मित्राला पाठवण्यास सांगितले": the girl is asked, the friend
        receives; "मुलीला धमकी देऊन आरोपीने मित्राला …": the friend is asked; review 2026-12-29c
        M8) and after the last word that joins another clause (``object_clause_breaks``:
        "… बोलावले आणि मित्राला …"; 29d M4), else the nearest before the verb; never the one it
        is sent to (``dative_recipients``: "आपल्याला", to himself; 29b M1)."""
        glued = [
            at
            for at, word in enumerate(sentence)
            if word.text.endswith(self.object_endings)
            and word.text not in self.object_marks
            and word.text not in self.dative_recipients
            and len(word.text) > 3
        ]
        if not glued:
            return None
        agent = next(
            (
                at
                for at in range(len(sentence) - 1, -1, -1)
                if sentence[at].text.endswith(self.agent_endings)
                and not sentence[at].text.endswith(self.grammar.marathi_not_agent_endings)
                and len(sentence[at].text) > 3
            ),
            None,
        )
        if agent is None:
            return glued[-1]
        joined = max(
            (at for at, word in enumerate(sentence) if word.text in self.object_clause_breaks),
            default=-1,
        )
        after_agent = [at for at in glued if at > max(agent, joined)]
        return after_agent[0] if after_agent else glued[-1]

    def _fear_shown(self, word: _Word, after: list[_Word]) -> bool:
        """Whether one of ``fears`` stands right after the act's own genitive within four words
        of it ("पसरविण्याची भीती", "वायरल कर देने का डर"), with one of ``fear_shown`` right after
        it ("… भीती दाखवून", "… डर दिखाकर"): the act threatened, not done."""
        fears = frozenset(self.words.fears)
        endings = tuple(self.words.genitive_endings)
        chain = [word, *after[:4]]

        def verb_group(w: _Word) -> bool:
            # the words of the act's own verb: "कर", "करने", "देने", "करण्याची"
            return (
                w.text in self.conjunctive
                or w.text in self.infinitives
                or w.text.endswith(self.infinitive_endings)
            )

        # the act's own genitive: the verbal noun itself or the infinitive right after it
        # ("पसरविण्याची भीती", "व्हायरल करण्याची भीती"), or "का/की/के" right after the word or
        # its verb ("वायरल करने का डर", "वायरल कर देने का डर"); not another noun's ("… केले,
        # मुलीच्या आईची भीती", her mother's fear; reviews 2026-12-29b M2, 29c M4)
        # … and the fear shown right after it ("… भीती दाखवून", "… डर दिखाकर"), not a fear felt
        # ("व्हायरल होण्याची भीती असल्याने", fearing it would go viral; review 2026-12-29d M3)
        shown = tuple(self.words.fear_shown)
        return any(
            chain[k].text in fears
            and (
                (k <= 2 and chain[k - 1].text.endswith(endings))
                or (
                    chain[k - 1].text in self.genitives
                    and all(verb_group(w) for w in chain[1 : k - 1])
                )
            )
            and any(w.text.startswith(shown) for w in after[k : k + 2])
            for k in range(1, len(chain))
        )

    def _infinitive(self, word: _Word, after: list[_Word]) -> bool:
        """Whether the conduct word is said as an infinitive: "करना"/"करने" right after it
        ("अपलोड करना"), or it ends as one ("देखना", "भेजने"; Marathi "बनविणे", "पाठवणं")."""
        if after and after[0].text in self.infinitives:
            return True
        return word.text.endswith(self.infinitive_endings) and len(word.text) > 3

    def _asked_of_child(
        self,
        text: str,
        words: list[_Word],
        index: int,
        after: list[_Word],
        reach_back: list[_Word],
    ) -> str | None:
        """The conduct of sending asked of a child, or None: said as an infinitive, with sexual
        material before it ("अश्लील फोटो") and a child as the one asked (the word before "को",
        "से" or "पर" in its sentence), and one of ``forces`` within four words after it
        ("भेजने के लिए मजबूर किया", "भेजने का दबाव"): producing; or one of ``solicits``
        ("भेजने को कहा", "भेजने की मांग"): grooming. In Marathi the one asked may carry its
        mark glued on (``_glued_one_asked``)."""
        word = words[index]
        if not self._infinitive(word, after) and not (
            self.asked_noun_endings and word.text.endswith(self.asked_noun_endings)
        ):
            return None  # (or a Marathi verbal noun: "पाठवण्याची मागणी")
        said = frozenset(w.text for w in after[:4])
        conduct = (
            "producing"
            if not self.forces.isdisjoint(said)
            else "grooming"
            if not self.solicits.isdisjoint(said)
            else None
        )
        if conduct is None or not self._sexual_material_in(reach_back):
            return None
        # the one forced or asked is the child: "नाबालिग को … भेजने के लिए मजबूर किया",
        # "नाबालिग पर … भेजने का दबाव"; not "अपने दोस्त को नाबालिग का वीडियो भेजने को कहा"
        sentence = self._around(words, index, -40)
        asked = self._glued_one_asked(sentence)
        if (
            asked is not None
            and sentence[asked].text in self.child
            and not any(
                w.text.isdecimal() and int(w.text) >= 18
                for w in sentence[max(0, asked - 3) : asked]
            )
        ):
            # Marathi's mark glued to the child asked: "अल्पवयीन मुलीला … पाठवण्यास भाग पाडले";
            # not one of an adult's age ("19 वर्षांच्या मुलीला")
            return conduct
        for at in range(1, len(sentence)):
            if sentence[at].text not in self.object_marks:
                continue
            # the noun phrase before the marker, back to "ने", a postposition or a comma:
            # "नाबालिग लड़की को", "15 साल की लड़की को"; not "नाबालिग का … (दोस्त को)"
            phrase: list[str] = []
            for back in range(at - 1, max(-1, at - 5), -1):
                if (
                    sentence[back].text in self.phrase_ends
                    or "," in text[sentence[back].end : sentence[back + 1].start]
                ):
                    break
                phrase.insert(0, sentence[back].text)
            # the head after a genitive is the one asked: "नाबालिग की मां को" is the mother;
            # an age's genitive is the child's ("15 साल की लड़की को")
            for cut in range(len(phrase) - 2, -1, -1):
                if phrase[cut] in self.genitives and not (
                    cut > 0 and phrase[cut - 1] in self.age_units
                ):
                    phrase = phrase[cut + 1 :]
                    break
            if phrase and phrase[-1] not in self.genitives and self.names_child(" ".join(phrase)):
                return conduct
        return None

    def _in_condition(
        self, words: list[_Word], index: int, viewing: bool = False, text: str = ""
    ) -> bool:
        """See :meth:`_in_condition_before`; also the conduct word, or the word after it, in
        Marathi's conditional (``marathi_conditional_endings``: "शेअर केल्यास", "पाहिल्यास"),
        and a word of ``condition_ends`` within four
        words after the conduct word ("शेयर करता है तो …", "देखा तो"), not before material
        (Marathi's "तो व्हिडिओ" is "that video") unless "जब" (when) opened a clause of
        viewing ("पिता ने जब … देखा तो वीडियो में …")."""
        after = self._around(words, index, 5)
        if self.conditional_endings and any(
            w.text.endswith(self.conditional_endings) for w in [words[index], *after[:1]]
        ):
            return True  # Marathi "शेअर केल्यास", "आढळल्यास": if one shares, if found
        # "जब … देखा तो वीडियो में …": Hindi's when-then, before material too
        when = viewing and any(w.text in self.when for w in self._around(words, index, -8))
        return self._in_condition_before(words, index) or any(
            w.text in self.condition_ends
            and (when or not (i + 1 < len(after) and after[i + 1].text in self.material))
            and not (w.text in self.marathi_then and self._whereas(after, i, words, index, text))
            for i, w in enumerate(after[:4])
        )

    def _whereas(
        self, after: list[_Word], i: int, words: list[_Word], index: int, text: str = ""
    ) -> bool:
        """Whether Marathi "तर" at *after[i]* is "whereas" or "but", not "then": "then" brings a
        consequence within five words ("… शेअर केले तर कारवाई केली जाईल", "… होऊ शकते", "अटक होईल");
        "नाही तर" is "not only … but". A "तर" before "?" (at most three words between, in its
        sentence) leaves the consequence unsaid: a condition asked ("तुम्हाला कुणी नग्न फोटो मागितले
        तर?", what if someone asks you for nude photos?; survey of unseen Marathi pages,
        2027-01-13)."""
        previous = after[i - 1].text if i > 0 else words[index].text
        if previous in self.marathi_negation:
            return True
        asked = text[after[i].end : after[i].end + 30]
        mark = asked.find("?")
        stops = [at for at in (asked.find(c) for c in "\u0964.\n") if at >= 0]
        hypothetical = self.grammar.hypothetical_agents
        if (
            0 <= mark < min(stops, default=len(asked))
            and len(asked[:mark].split()) <= 3
            and any(
                w.text in hypothetical
                for w in words[max(0, index - 8) : index]
                if w.sentence == words[index].sentence
            )
        ):
            # "… मागितले तर?", "… व्हायरल केले तर काय करावे?": the condition alone, asked (not "…
            # तर\n…"; reviews 2027-01-13b H4, 13d M7)
            return False
        rest = [w.text for w in words[index + 1 :][: i + 7]][i + 1 :]
        return not any(
            w.endswith(self.grammar.marathi_consequence_endings) or w in self.marathi_consequences
            for w in rest
        )

    def _after_condition(self, words: list[_Word], index: int) -> bool:
        """Whether the word at *index* follows a condition that ``condition_ends`` closes, in
        its sentence ("अगर उसने पैसे नहीं दिए तो वह … वायरल कर देगा": if she does not pay, he
        will make it viral), or a word of ``otherwise`` ("…, नहीं तो वह तुम्हारे न्यूड फोटो
        वायरल कर देगा": otherwise he will make your nude photos viral): with a future verb, a
        threat set to the victim."""
        sentence = words[index].sentence
        closed = False
        window = words[max(0, index - 20) : index]
        for back, word in enumerate(reversed(window)):
            if word.sentence != sentence:
                return False
            if (
                word.text in self.words.indefinite_subjects
                and not closed
                and not (
                    self._before_material(window, len(window) - back - 1)
                    and self._threat_person(words, index, window)
                )
            ):
                # "…, नहीं तो कोई … वायरल कर देगा", "…, नहीं तो उनकी अश्लील फोटो कोई भी वायरल
                # कर देगा": a warning that anyone will ("कोई" is nominative: the subject wherever
                # it stands; the oblique "किसी" is not here: "वरना वह … किसी और को भेज देगा" is
                # a threat; reviews 2026-12-08c M1, 2026-12-09a H1)
                return False
            if word.text in self.otherwise:
                return True
            if word.text in self.condition_ends:
                before = len(window) - back - 2
                if before >= 0 and window[before].text in self.words.otherwise_negators:
                    return True  # "नहीं तो": otherwise
                closed = True
            elif closed and word.text in self.conditions:
                return True
        return False

    def _in_condition_before(self, words: list[_Word], index: int) -> bool:
        """Whether the word at *index* follows a word of condition in its sentence with no
        ``condition_ends`` word between ("अगर … अपलोड करती हैं तो")."""
        sentence = words[index].sentence
        for word in reversed(words[max(0, index - 15) : index]):
            if word.sentence != sentence or word.text in self.condition_ends:
                return False
            if word.text in self.conditions:
                return True
        return False

    def _clause_after(self, text: str, words: list[_Word], index: int) -> list[_Word]:
        """The words after the one at *index* to its clause's end, at most thrice ``window``."""
        clause: list[_Word] = []
        position = words[index].end
        for word in words[index + 1 : index + 1 + 3 * self.words.window]:
            if _CLAUSE_END.search(text, position, word.start):
                break
            clause.append(word)
            position = word.end
        return clause


_ARREST_REACH = 12  # how far after a participle its noun's arrest is read


def _followed_by(after: Sequence[_Word], entries: tuple[str, ...]) -> bool:
    """Whether the words *after* a term's word begin with one of *entries*: one word, the next
    word beginning with it ("कर" reads "करके"); several, the next words being them, the last
    only beginning with its last ("हो गई" reads "हो गयी"; not "हो चुकी")."""
    for entry in entries:
        parts = entry.split()
        if len(after) < len(parts):
            continue
        if all(w.text == p for w, p in zip(after, parts[:-1], strict=False)) and after[
            len(parts) - 1
        ].text.startswith(parts[-1]):
            return True
    return False
