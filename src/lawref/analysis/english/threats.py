"""Threats and conditions: conduct said in a threat, a warning or a condition ("threatened to
make the photos viral unless …", "if … are made viral"), in the future or befalling anyone.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from lawref.analysis.english.clauses import (
    _BE_FORMS,
    _DEFINITE,
    _count_of,
)
from lawref.analysis.english.subjects import SubjectRules

# words that may stand between a future word and the conduct it governs ("would be circulated",
# "will continue to share", "would then upload")
_FUTURE_BETWEEN = frozenset(
    {"be", "been", "have", "then", "also", "soon", "not", "continue", "to", "get", "further"}
)


def _ends_clause(text: str, tokens: list[tuple[int, int, str]], before: int, after: int) -> bool:
    """Whether a comma, semicolon or colon stands between the words at *before* and *after*; a
    comma between digits ("Rs 50,000") is a number's, not a clause's end."""
    gap = text[tokens[before][1] : tokens[after][0]]
    if not any(mark in gap for mark in ",;:"):
        return False
    return not (gap == "," and tokens[before][2].isdigit() and tokens[after][2].isdigit())


# the verbs of a warning that make "the predators would …" a forecast (not the noun "warning")
_WARNED = frozenset({"warned", "warns", "warn", "cautioned", "cautions"})


class ThreatRules(SubjectRules):
    """Conduct said in a threat, a warning, a condition or the future rather than done ("threatened
    to make the photos viral unless she paid", "if the videos are shared …", "anyone who
    shares …"): sextortion is the threat; the threatened sharing is not yet an act."""

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
