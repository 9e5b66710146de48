"""Denial beyond the next word: cues that deny what follows them ("there is nothing to show
that he ever downloaded …"), on which side of the cue a conduct word stands, and a defence's
word against the court's.
"""

from __future__ import annotations

from lawref.analysis.english.clauses import (
    _PRONOUNS,
)
from lawref.analysis.english.words import ReaderWords

# words that end what a denial cue denies, or turn it round ("nothing to show that anyone other
# than the accused uploaded it" says he did)
_DENIAL_ENDS = frozenset({"but", "except", "than", "besides", "save"})

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


class DenialRules(ReaderWords):
    """Denial beyond the word next to the verb: cues that deny what follows them ("there is nothing
    to show that he ever downloaded …"), the side of the cue a conduct word stands on, and a
    defence's claim set against the court's finding."""

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
