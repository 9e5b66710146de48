"""Gates over a whole text: whether it names a child, a sexual act or material, or a child's
identity disclosed; conduct that is law stated with a punishment, made-up examples and glossed
terms; mentions held back until the text shows its topic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cached_property

from lawref.analysis.english.clauses import (
    _CLAUSE_MARK,
    _OBJECT_REACH,
    _SENTENCE_REACH,
    _TOKEN,
    _in_a_material_phrase,
    _looks_like_a_name,
    _released_by_sentence,
    _sentence_around,
)
from lawref.analysis.english.words import ReaderWords
from lawref.analysis.hindi_conduct import HindiConductReader
from lawref.analysis.models import (
    Mention,
    StatedPunishment,
    StatuteReference,
)
from lawref.numbers import NUMBER_WORDS

# a list's bullet, a term of at most three words, and a dash or colon ("• Possession - ",
# "● Non-Reporting -"): the head of a term's gloss
# (a hyphen is a dash only with a space on both sides: "• Child-abuse videos … shared" is no
# gloss; review 2026-12-13b H3)
_GLOSSED_TERM = re.compile(
    r"[ \t]*[\u2022\u25cf\u25aa\u25e6\u2023\u2219*-][ \t]*(?P<term>[A-Z][\w/-]*)"
    r"(?:[ \t][\w/-]+){0,2}(?:[ \t]*[\u2013\u2014:]|[ \t]+-[ \t])"
)

# how far either side of a child word a phrase that names no child is looked for
_NOT_CHILD_REACH = 30


def _words_of(text: str, low: int, high: int) -> list[str]:
    """The lower-cased words of *text[low:high]*."""
    return [m.group().lower() for m in _TOKEN.finditer(text, low, high)]


_EXAMPLE_HEAD = re.compile(r"[ \t]*(?P<label>[A-Za-z]+)(?:[ \t]+(?:\d{1,2}|[ivx]{1,4}))?[ \t]*:")


def _example_label(text: str, at: int, labels: Sequence[str]) -> bool:
    """Whether the line at *at* opens with one of *labels* and has a colon in its first 60
    characters ("Example 1: …")."""
    # (the label, at most a number, then the colon: "Example 1:"; not "Example of how the gang
    # operated:", nor an image credit, "Illustration: Sajith Kumar"; review 2026-12-13d H2)
    found = _EXAMPLE_HEAD.match(text, at, at + 40)
    return found is not None and found["label"].lower() in labels


def _triples(words: Sequence[str]) -> Iterable[tuple[str, str, str]]:
    """Each word with the two after it (the last two with "" after them)."""
    padded = [*words, "", ""]
    return zip(padded, padded[1:], padded[2:], strict=False)


class TextGates(ReaderWords):
    """Tests over a whole stretch of text that :mod:`lawref.analysis.reading` applies to its
    mentions: whether the text names a child, a sexual act or material, or a child's identity
    disclosed (POCSO s.23); conduct stated with a punishment of the law; made-up examples and
    glossed terms of a bulleted list; and mentions held back until the text shows its topic."""

    @cached_property
    def _case_words(self) -> re.Pattern[str]:
        """One of ``case_words`` as words of their own; a space or hyphen inside one matches
        either ("charge sheet", "charge-sheet")."""
        ordered = sorted({w.lower() for w in self.config.case_words}, key=lambda w: (-len(w), w))
        alternatives = "|".join(
            r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", w))) for w in ordered
        )
        return re.compile(rf"\b(?:{alternatives or '(?!)'})\b", re.IGNORECASE)

    def tells_of_a_case(self, text: str) -> bool:
        """Whether *text* tells of a particular case: an arrest, a booking, an accused, a court's
        process or a complaint (``case_words``), or a person by age ("a 14-year-old girl"). A
        report long enough to be one that tells of none speaks of offending in general, and the
        reader does not take its conduct words with no doer found as offences it reports (issue
        #13: a mention counts only when the text says that an offender did it; law and
        offending stated in general are not)."""
        return (
            self._case_words.search(text) is not None or self._person_aged.search(text) is not None
        )

    @cached_property
    def _person_aged(self) -> re.Pattern[str]:
        """A particular person by age: "a 14-year-old girl", "14-yr-old", "aged about 14", "a
        girl, 14,", "girl (14)", "a fourteen-year-old girl", "the minor girl" (the person nouns
        are ``case_person_nouns``): a case's, not an explainer's (reviews 2026-12-16b H1, 16c
        H1, 16d M-b)."""
        nouns = "|".join(map(re.escape, sorted(self.config.case_person_nouns))) or "(?!)"
        ages = "|".join(word for word, value in NUMBER_WORDS.items() if 0 < value < 18)
        return re.compile(
            r"\b\d{1,2}[- ]?(?:years?|yrs?)[- ]?old\b"
            # (not a range of ages: "children aged 13 to 17 are most at risk"; 17a F7; "two
            # sisters aged 14 and 16" are persons; 17b F9)
            r"|\baged\s(?:about\s|around\s|nearly\s)?\d{1,2}\b(?!\s?(?:to|-|\u2013)\s?\d)"
            rf"|\b(?:{nouns})\s?(?:,\s?\d{{1,2}}\s?[,)]|\(\d{{1,2}}\))"
            # (a definite person: "the minor girl", "the fourteen-year-old"; "a minor girl" and
            # "a teenage girl" are an explainer's as well; review 2026-12-17a F7)
            rf"|\bthe\s(?:minor|teenage|\d{{1,2}}-year-old)\s(?:{nouns})\b"
            # (a number-word age: definite, or with its person noun, "A fourteen-year-old girl
            # attempted suicide"; not "once a fourteen-year-old starts trusting …")
            rf"|\bthe\s(?:{ages})[- ]years?[- ]old\b"
            rf"|\b(?:{ages})[- ]years?[- ]old\s(?:{nouns})\b",
            re.IGNORECASE,
        )

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
