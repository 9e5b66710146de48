"""Offending conduct in reports written in Devanagari (Hindi).

Hindi reports tell the same acts as English ones, in their own order and words: the object
comes before the verb ("नाबालिग का अश्लील वीडियो बनाकर वायरल कर दिया", made an obscene video of
the minor and made it viral), and many verbs are an English word with "करना", to do ("अपलोड
करना", "शेयर करना"). This module reads them word by word: a word that starts with one of a
conduct's stems (``[analysis.hindi_conduct]`` in ``data/conduct.toml``), with the material it
asks for near it, is a mention, unless a negator stands right before it or within two words
after it ("अपलोड नहीं किया"), a threat follows it (then the threat is sextortion: "वायरल करने की
धमकी"), or a word of the law follows it in its clause ("देखना अपराध है": law in general). The
words are data; what is here is their grammar.

Time is linear in the text: one pass of one pattern finds the words, and each is compared with
a fixed number of stems and looks a fixed number of words around it. A text with no Devanagari
letter costs one scan for one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lawref.analysis.models import HindiConductTerm, HindiConductWords, Mention

_HAS_DEVANAGARI = re.compile("[\u0900-\u097f]")
# a word: Devanagari letters, vowel signs and digits (not the danda "।" or "॥"), or Latin ones
_WORD = re.compile("[\u0900-\u0963\u0966-\u097fA-Za-z0-9]+")
# what ends a sentence in Hindi reports: the danda, a full stop, "!" or "?", a line break
_SENTENCE_END = re.compile("[\u0964\u0965.!?\n]")
# what ends a clause inside one
_CLAUSE_END = re.compile("[,;:\u0964\u0965.!?\n]")


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    sentence: int


class HindiConductReader:
    """Reads the offending conduct of Hindi text (see the module's docstring)."""

    def __init__(self, words: HindiConductWords) -> None:
        self.words = words
        self.material = frozenset(words.material)
        self.sexual = frozenset(words.sexual)
        self.child = frozenset(words.child)
        self.negators = frozenset(words.negators)
        self.threats = frozenset(words.threats)
        self.threatened = frozenset(words.threatened)
        self.law = tuple(tuple(_WORD.findall(phrase)) for phrase in words.law)
        self.infinitives = frozenset(words.infinitives)
        self.modals = frozenset(words.modals)
        self.topics = frozenset(words.topics)
        self.conditions = frozenset(words.conditions)
        self.condition_ends = frozenset(words.condition_ends)
        self.selves = frozenset(words.selves)
        self.not_before = frozenset(words.not_before)
        self.plain = self.material - self.sexual
        """Material words that do not call it sexual ("वीडियो", "फोटो"): like the English
        ``generic_material``, a mention on one counts only in a text that names a sexual act
        or material."""

    @staticmethod
    def present(text: str, low: int = 0, high: int | None = None) -> bool:
        """Whether *text[low:high]* has a Devanagari letter at all."""
        return _HAS_DEVANAGARI.search(text, low, len(text) if high is None else high) is not None

    def names_child(self, text: str) -> bool:
        """Whether *text* names a child in Hindi ("नाबालिग", "बच्चों", "किशोरी", "चाइल्ड
        पोर्नोग्राफी" …; "बाल" only before one of ``child_before``: "बाल अश्लील सामग्री")."""
        prefixes = frozenset(self.words.child_prefixes)
        before = frozenset(self.words.child_before)
        previous = ""
        for match in _WORD.finditer(text):
            word = match.group()
            if word in self.child or (previous in prefixes and word in before):
                return True
            previous = word
        return False

    def names_sexual_material(self, text: str) -> bool:
        """Whether *text* calls material sexual in Hindi (a word both of ``material`` and of
        ``sexual``: "अश्लील", "पोर्न")."""
        both = self.material & self.sexual
        return any(m.group() in both for m in _WORD.finditer(text))

    def names_sexual(self, text: str) -> bool:
        """Whether *text* names a sexual act or material in Hindi ("अश्लील", "दुष्कर्म" …)."""
        return any(m.group() in self.sexual for m in _WORD.finditer(text))

    def mentions(
        self,
        text: str,
        provisions: Callable[[str], tuple[str, ...]],
        low: int = 0,
        high: int | None = None,
    ) -> list[Mention]:
        """Every offending conduct *text[low:high]* tells in Hindi, one per word; *provisions*
        gives the provisions that reach a conduct on the analysis date."""
        high = len(text) if high is None else high
        words = self._words(text, low, high)
        found: list[Mention] = []
        for index, word in enumerate(words):
            for term in self.words.terms:
                if not word.text.startswith(term.stems):
                    continue
                mention = self._read(text, words, index, term, provisions)
                if mention is not None:
                    found.append(mention)
                    break  # one mention a word; else the next term with its stem may read it
        return found

    @staticmethod
    def _words(text: str, low: int, high: int) -> list[_Word]:
        words: list[_Word] = []
        sentence = 0
        position = low
        for match in _WORD.finditer(text, low, high):
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
    ) -> Mention | None:
        """The mention the word at *index* makes with *term*, or None."""
        word = words[index]
        window = self.words.window
        before = self._around(words, index, -window)
        after = self._around(words, index, window)
        if term.followed_by and not (after and after[0].text.startswith(term.followed_by)):
            return None
        if term.after and not any(w.text in term.after for w in before[-3:]):
            return None  # "सोशल मीडिया पर भी डाल दिया", "मीडिया पर आपत्तिजनक कंटेंट डालने"
        material_before = [w for w in before if w.text in self.material]
        material_after = [w for w in after if w.text in self.material]
        if term.material == "before" and not material_before:
            return None
        if term.material == "near" and not (material_before or material_after):
            return None
        if term.material == "sexual_before" and not any(w.text in self.sexual for w in before):
            return None
        near = [w.text for w in (before[-1:] + after[:2])]
        if not self.negators.isdisjoint(near):
            return None
        if before and before[-1].text in self.not_before:
            return None  # "आठ और मामले मिले": cases found, not material
        if any(w.text in self.selves for w in before):
            return None  # "खुद की तस्वीरें अपलोड करती हैं": pictures of oneself
        if self._in_condition(words, index) or any(
            w.text in self.condition_ends for w in after[:2]
        ):
            return None  # "अगर … अपलोड करती हैं तो …", "ऐसा पोर्न देखा तो …": a condition
        clause = self._clause_after(text, words, index)
        conduct = term.conduct
        if conduct in self.threatened and any(w.text in self.threats for w in after[:4]):
            conduct = "sextortion"  # "वायरल करने की धमकी": a threat to make it viral
        elif self._states_law(clause):
            return None  # "देखना अपराध है": law in general
        elif self._general(word, after, clause):
            return None  # "अपलोड करना भारी पड़ सकता है": advice in general
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

    def _states_law(self, clause: list[_Word]) -> bool:
        """Whether one of the ``law`` phrases stands in *clause*, word for word."""
        said = tuple(w.text for w in clause)
        return any(
            said[i : i + len(phrase)] == phrase
            for phrase in self.law
            if phrase
            for i in range(len(said) - len(phrase) + 1)
        )

    def _general(self, word: _Word, after: list[_Word], clause: list[_Word]) -> bool:
        """Whether the conduct is said in general: as an infinitive (or joined to one by
        "कर": "डाउनलोड कर आगे अपलोड करना …") with a modal in its clause ("भारी पड़ सकता है"),
        or as an infinitive with a word of a topic after it ("शेयर करने को लेकर निगाह")."""
        said = [w.text for w in clause]
        infinitive = self._infinitive(word, after) or (
            bool(after) and after[0].text == "कर" and not self.infinitives.isdisjoint(said)
        )
        if not infinitive:
            return False
        return not (self.modals.isdisjoint(said) and self.topics.isdisjoint(said[:4]))

    def _infinitive(self, word: _Word, after: list[_Word]) -> bool:
        """Whether the conduct word is said as an infinitive: "करना"/"करने" right after it
        ("अपलोड करना"), or it ends as one ("देखना", "भेजने")."""
        if after and after[0].text in self.infinitives:
            return True
        return word.text.endswith(("ना", "ने")) and len(word.text) > 3

    def _in_condition(self, words: list[_Word], index: int) -> bool:
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
        """The words after the one at *index* to its clause's end, at most twice ``window``."""
        clause: list[_Word] = []
        position = words[index].end
        for word in words[index + 1 : index + 1 + 2 * self.words.window]:
            if _CLAUSE_END.search(text, position, word.start):
                break
            clause.append(word)
            position = word.end
        return clause
