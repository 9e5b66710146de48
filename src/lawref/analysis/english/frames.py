"""Frames: conduct told with words between the verb and its object ("threatened to make the
photos public", "asked the girl to send photos"), and whether the object is a child or another's
material.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from lawref.analysis.english.subjects import SubjectRules
from lawref.analysis.models import (
    Frame,
)
from lawref.numbers import NUMBER_WORDS

# after "nothing", words that make it "only": "found nothing but obscene videos of minors"
_ONLY_AFTER = frozenset({"but", "except", "else", "other", "besides"})

# how many words after a frame's material an "of" naming its owner may stand ("the obscene video
# of the girl")
_OWNER_REACH = 3


_OBJECT_PRONOUNS = frozenset({"her", "him", "them"})
# words between a trigger and its object that name no recipient ("sending her several obscene
# messages")
_QUANTIFIERS = frozenset({"several", "many", "some", "multiple", "repeated", "numerous", "such"})

# the words of an "of" phrase after a frame's material (``Frame.of_heads``): reflexives, the
# determiners and numbers passed over, possessive or object pronouns, and the words after a
# pronoun that make it the person ("photos of her while she slept") rather than her thing
_REFLEXIVES = frozenset({"herself", "himself", "themselves", "myself", "ourselves", "yourself"})
_OF_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "two", "three", "several", "some", "many"}
)
# a dateline inside a text ("MUMBAI: A 32-year-old woman …"): another report's topic
_DATELINE = re.compile(
    r"[A-Z]{3,}(?:[ -][A-Z]{3,})*(?:,[ A-Za-z0-9]+)?(?:\s?\([A-Z]+\))?\s?:"
    # ("Bengaluru, Jan 5:", "New Delhi, January 5, 2024:", "Pune, Mar 3 (PTI):": a place and a
    # day)
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*,\s?[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s?\d{4})?"
    r"(?:\s?\([A-Z]+\))?\s?:"
)
_AGE_WORDS = frozenset({"year", "years", "yr", "yrs"})
_CLASS_WORDS = frozenset({"class", "std", "standard", "grade"})
_CLAUSE_OPENERS = frozenset(
    {
        "that",
        "who",
        "which",
        "whom",
        "and",
        "but",
        "said",
        "says",
        "alleged",
        "told",
        "noted",
        "stated",
        "claimed",
        "added",
        "for",
        "arrested",
        "booked",
        "held",
        "detained",
        "caught",
        "nabbed",
        "he",
        "she",
        "they",
    }
)
_OF_PRONOUNS = frozenset({"her", "his", "their", "him", "them", "my"})
_AFTER_A_PERSON = frozenset(
    {
        "while",
        "when",
        "and",
        "in",
        "on",
        "at",
        "during",
        "without",
        "as",
        "with",
        "through",
        "from",
        "after",
        "before",
        "to",
        "s",
    }
)


def _age_at(words: Sequence[str], j: int) -> int | None:
    """The age *words[j]* gives as "N-year-old" ("14 year old", "fourteen years old"), or
    None."""
    if j + 2 >= len(words) or words[j + 1] not in _AGE_WORDS or words[j + 2] != "old":
        return None
    word = words[j]
    if word.isdigit():
        return int(word) if len(word) < 3 else None
    return NUMBER_WORDS.get(word)


def _an_adult_by_age(words: Sequence[str], people: frozenset[str], below: int) -> bool:
    """Whether *words* name one of *people* (``topic_adults``: a woman, a wife, a student) by
    an age of *below* (``child_age_below``) or more ("a 34-year-old woman"), within two words
    after the age; not the accused or a man introduced so ("a 25-year-old man"), who may be the
    child's abuser."""
    return any(
        (age := _age_at(words, j)) is not None
        and age >= below
        and not people.isdisjoint(words[j + 3 : j + 5])
        for j in range(len(words))
    )


def _a_child_by_class_or_aged(
    words: Sequence[str], grades: frozenset[tuple[str, str]], below: int
) -> bool:
    """Whether *words* name a child by a school class ("a Class 8 student": ``child_context``'s
    "class 5" to "class 10") or by "aged" and a number under *below* ("The victims, aged 12 and
    14, …")."""
    return any(
        (first, second) in grades
        or (first == "aged" and second.isdigit() and len(second) < 3 and int(second) < below)
        for first, second in itertools.pairwise(words)
    )


def _after_an_adult_age(words: Sequence[str], at: int, below: int) -> bool:
    """Whether the child's word at *words[at]* ("girl") follows an age of *below* or more
    within three words ("a 21-year-old college girl"): an adult so called."""
    return any(
        (age := _age_at(words, j)) is not None and age >= below
        for j in range(max(0, at - 5), max(0, at - 2))
    )


def _an_age_word(words: Sequence[str], j: int) -> bool:
    """Whether *words* at *j* are an age under eighteen as a noun or an adjective: "14",
    "year(s)", "old" ("the 14-year-old"; IT Act s.67B Explanation: a child has not completed
    the age of 18 years)."""
    word = words[j]
    return (
        word.isdigit()
        and len(word) < 3
        and int(word) < 18
        and j + 2 < len(words)
        and words[j + 1] in ("year", "years")
        and words[j + 2] == "old"
    )


def _owned_by_before(
    tokens: list[tuple[int, int, str]],
    j: int,
    child: frozenset[str] | set[str],
    relations: frozenset[str],
) -> bool:
    """Whether the child phrase at *j* (with its age and child words before it: "a minor girl",
    "the 12-year-old") is the object of an "of" after a relation noun (*relations*: "the mother
    of a minor girl", "the mother of a 12-year-old student"): another's relation, not the one
    harassed; after an offence's noun it is the child harassed ("sexual harassment of a minor
    by sending obscene messages"; reviews 2026-12-16d H3, 17a F3, F4)."""
    k = j
    while k > 0 and (
        tokens[k - 1][2] in child
        or tokens[k - 1][2] in _AGE_PARTS
        or (tokens[k - 1][2].isdigit() and len(tokens[k - 1][2]) < 3)
    ):
        k -= 1
    if k > 0 and tokens[k - 1][2] in _DETERMINERS:
        k -= 1
    return k >= 2 and tokens[k - 1][2] == "of" and tokens[k - 2][2] in relations


# the words of an age written before a child's noun ("a 12-year-old girl", "a teenage girl")
_AGE_PARTS = frozenset({"year", "years", "old", "teenage", "teenaged", "young", "little"})
_DETERMINERS = frozenset({"a", "an", "the", "her", "his", "their"})


def _an_age_under_18(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """:func:`_an_age_word` over tokens."""
    return _an_age_word([t[2] for t in tokens[j : j + 3]], 0)


# words after a verb of making that show its object is no material made of a child ("recorded
# the statement of the minor girl, who …")
_NOT_MADE_OF = frozenset(
    {"statement", "statements", "complaint", "complaints", "case", "cases", "who", "which", "that"}
)

# the prepositions that open what material was sent to, or through: a child after one is the
# one it reached, not in the material ("sent obscene videos to the 13-year-old girl")
_RECIPIENT_MARKS = frozenset(
    {"to", "with", "on", "via", "through", "over", "in", "at", "from", "for", "and"}
)


class FrameRules(SubjectRules):
    """Conduct told with words between its verb and its object (``[[analysis.frames]]``:
    "threatened to make the photos public", "forced the girl to strip on a video call"), and
    whether that object is a child, material of a child, or another's material."""

    def _framed(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        sentences: list[tuple[str, tuple[str, ...]]],
        covered: list[tuple[int, int]],
        told: list[tuple[int, int]],
    ) -> list[tuple[int, int, str, bool, int, bool, bool]]:
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
        result: list[tuple[int, int, str, bool, int, bool, bool]] = []
        framed_until: dict[str, int] = {}  # the last object word framed, by conduct
        names_child: dict[int, bool] = {}  # by sentence, worked out once
        names_age: dict[int, bool] = {}
        text_names_child: list[bool] = []  # worked out once, when first asked
        child_before: list[bool] = []  # by sentence: a child named before, in its topic
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
                from_before = False  # the child named only in an earlier sentence
                if frame.needs_child:
                    if sentence not in names_child:
                        said = sentences[sentence][1]
                        names_child[sentence] = any(t in self.child for t in said)
                        # an age under 18 names a child who may receive what is sent ("to the
                        # 14-year-old"), not one the material is of: the child may be its maker
                        names_age[sentence] = any(_an_age_word(said, k) for k in range(len(said)))
                    child_named = (
                        names_child[sentence]
                        # (or the person forced or asked, named by an age alone: "coerced
                        # the 15-year-old into engaging in …"; review 2026-12-17a)
                        or ((frame.child_recipient or frame.child_object) and names_age[sentence])
                        or (frame.child_object and self._asks_a_named_child(tokens, first, frame))
                    )
                    if not child_named and frame.child_in_previous_sentence and sentence:
                        # "The teacher secretly recorded the minor students. Each device
                        # contained about 1,000 images": the sentence before names the child
                        before = sentence - 1
                        if before not in names_child:
                            said = sentences[before][1]
                            names_child[before] = any(t in self.child for t in said)
                            names_age[before] = any(_an_age_word(said, k) for k in range(len(said)))
                        child_named = names_child[before] or names_age[before]
                    if not child_named and frame.child_earlier_in_text and sentence:
                        # "A 12-year-old girl was raped by her neighbour … The accused also
                        # made a video": the report's child, named before
                        if not child_before:
                            child_before.extend(self._child_named_before(sentences))
                        child_named = child_before[sentence]
                        from_before = child_named
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
                if (
                    frame.not_after
                    and hit + 1 < len(tokens)
                    and sentence_of[hit + 1] == sentence
                    and tokens[hit + 1][2] in frame.not_after
                    and not (
                        hit + 2 < len(tokens)
                        and sentence_of[hit + 2] == sentence
                        and tokens[hit + 2][2] in frame.not_after_unless
                    )
                ):
                    continue  # "made video calls": calls, not a video
                if frame.of_heads and not self._of_phrase_allowed(
                    text, tokens, sentence_of, hit, frame
                ):
                    continue  # "shot a video of the accused", "made a video of herself"
                if (
                    frame.situation_words
                    and frame.situation_with_child
                    and (names_child.get(sentence, False) or names_age.get(sentence, False))
                    and not any(
                        tokens[j][2] in frame.situation_words
                        for j in range(first, min(len(tokens), first + 30))
                        if sentence_of[j] == sentence
                    )
                ):
                    continue  # "Her father took pictures of the girl at the school annual day"
                if (
                    from_before
                    and frame.situation_words
                    and self._of_after(tokens, sentence_of, hit, frame) is None
                    and frozenset(frame.situation_words).isdisjoint(sentences[sentence][1])
                ):
                    # "Her father made videos appealing for help": pictures with no "of" and no
                    # word of abuse or of spreading them in the sentence, the child far back
                    continue
                if frame.not_subjects and self._made_by_another(text, tokens, first, frame):
                    continue  # "Doctors at the district hospital took photos …"
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
                if frame.not_between and (
                    any(
                        tokens[j][2] in frame.not_between
                        and not _possessive(text, tokens[j])
                        and not (
                            frame.lifted_by
                            and any(
                                tokens[k][2] in frame.lifted_by
                                and "," in text[tokens[j][1] : tokens[k][0]]
                                # (not a relative's verb: "…, who had obscene videos of
                                # herself"; review 2026-12-28d M)
                                and tokens[k - 1][2] not in ("who", "which", "that", "whom")
                                for k in range(j + 1, hit)
                            )
                        )
                        for j in inside
                    )
                    or (
                        # (the phrase names a child: "the minor girl's", "the minor girls'")
                        any(
                            tokens[k][2] in self.child_words
                            for k in range(max(first + 1, hit - 2), hit + 1)
                        )
                        and (
                            _possessive(text, tokens[hit]) or _plural_possessive(text, tokens[hit])
                        )
                        and any(
                            tokens[k][2] in frame.not_between
                            for k in range(hit + 1, min(len(tokens), hit + 5))
                            if sentence_of[k] == sentence
                        )
                    )
                ):
                    # "seeking a complete ban on porn sites": no porn sought; "contacted the
                    # minor girl's (elder) brother": the brother reached, not the girl (a child
                    # object only: material takes no possessive here); not a possessor of what
                    # follows ("chatted with his brother's minor daughter"; reviews 2026-12-27a
                    # M5, M6, 27b M2, 27c M3)
                    continue
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
                    if receiver == "material" or (
                        frame.sends_material
                        and (
                            receiver == "adult"
                            or self._childs_own(text, tokens, inside)
                            or (receiver != "device" and not self._sent_to(tokens, hit, frame))
                        )
                    ):
                        continue
                    if receiver == "adult":
                        # text messages to an adult, or from a child: no abuse material, so
                        # the trigger's own reading (sharing) goes, and nothing takes its place
                        result.append((first, hit, "", True, first, False, False))
                        framed_until[frame.conduct] = max(first, hit)
                        break
                # whether the subject before an active trigger did the conduct: not the finder
                # of material ("Police recovered 1,200 CSAM files"); a passive frame's agent is
                # read after "by" instead
                replaces = frame.replaces_object or (
                    frame.replaces_plain_material
                    and not self._names_a_child_in(tokens, sentence_of, inside, hit)
                    and not self._made_of_a_child_before(tokens, sentence_of, first, frame)
                )
                if frame.passive:
                    result.append(
                        (hit, first, frame.conduct, replaces, first, False, frame.threat_only)
                    )
                else:
                    result.append(
                        (
                            first,
                            hit,
                            frame.conduct,
                            replaces,
                            first,
                            frame.agent_acts,
                            frame.threat_only,
                        )
                    )
                framed_until[frame.conduct] = max(first, hit)
                break
        return result

    def _names_a_child_in(
        self,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        inside: Sequence[int],
        hit: int,
    ) -> bool:
        """Whether the material a frame sends names a child: a child word between the trigger
        and the object ("sent child porn videos"), or in the four words of its sentence after
        the object before its recipient's or its means' preposition ("sent obscene videos of
        minors"; not "… to the 13-year-old girl", the one it reached)."""
        after: list[int] = []
        for j in range(hit + 1, min(len(tokens), hit + 5)):
            if sentence_of[j] != sentence_of[hit] or tokens[j][2] in _RECIPIENT_MARKS:
                break
            after.append(j)
        return any(tokens[j][2] in self.child_words for j in (*inside, *after))

    def _made_of_a_child_before(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int, frame: Frame
    ) -> bool:
        """Whether, earlier in the trigger's sentence, one of ``own_material_verbs`` follows a
        child's word or an age under eighteen or comes before one ("the accused filmed the
        14-year-old girl …, then sent the obscene videos to her"): the material sent is hers.
        Reads at most 30 words back."""
        if not frame.own_material_verbs:
            return False
        sentence = sentence_of[first]
        earlier = [
            tokens[i][2] for i in range(max(0, first - 30), first) if sentence_of[i] == sentence
        ]
        for at, word in enumerate(earlier):
            if word not in frame.own_material_verbs:
                continue
            # the child the verb's object, within five words, before any clause or statement
            # ("filmed the 14-year-old girl", "took obscene photos of the minor"; not "recorded
            # the statement of the minor girl, who said …"; review 2027-01-12e H5)
            window = earlier[at + 1 : at + 9]
            for k, following in enumerate(window):
                if following in _NOT_MADE_OF:
                    break
                if following in self.child_words and k < 6:
                    return True
                # an age under eighteen as a compound ("… photos of the 14-year-old girl"; not
                # "recorded 15 years of service", "17 years old in his certificate"; review
                # 2027-01-13a H6)
                if (
                    following.isdigit()
                    and int(following) < 18
                    and window[k + 1 : k + 3] == ["year", "old"]
                ):
                    return True
        return False

    @staticmethod
    def _sent_to(tokens: list[tuple[int, int, str]], hit: int, frame: Frame) -> bool:
        """Whether material sent reaches its recipient through "to" after the object, not one
        of "related to", "relating to", "linked to" (the material's subject: "forwarded sexual
        videos related to children" is abuse material passed on), and not a child word before
        the object ("forwarding child sexual abuse content" names the material)."""
        for j in range(hit + 1, min(len(tokens), hit + 5)):
            if tokens[j][2] == "to":
                return tokens[j - 1][2] not in _SUBJECT_BEFORE_TO
        return False

    @staticmethod
    def _material_receiver(
        text: str,
        tokens: list[tuple[int, int, str]],
        to: int,
        clause_end: int,
        child_before: bool,
        child_at: Callable[[int], bool],
    ) -> str:
        """Who receives material sent "to" someone (:attr:`Frame.sends_material`): "child" when
        the head of the phrase after "to" is a child's word or age ("to the minor", "to a
        13-year-old girl", past an adult's possessive: "to his friend's minor daughter"), or
        "her"/"him" alone after a child named ("… the minor girl and sent obscene photos to her
        on Instagram", "to her phone"); "adult" otherwise — a phrase that names an adult, with
        the child after "of" or "whose" ("to the neighbour of the minor girl", "to a man whose
        14-year-old son …"), "her father", "the minor girls' parents" (reviews 2026-12-28b M1,
        M2, 28c M2, M6)."""
        j = to + 1
        if j < clause_end and tokens[j][2] in _OBJECT_PRONOUNS and child_before:
            # "to her" alone, before a comma, a preposition or her own device ("… to her, police
            # said", "to her phone"): the child named before (review 2026-12-28c M2)
            after = tokens[j + 1][2] if j + 1 < clause_end else ""
            gap = text[tokens[j][1] : tokens[j + 1][0]] if j + 1 < len(tokens) else ""
            if not after or "," in gap or after in _AFTER_RECEIVER or after in _HER_DEVICES:
                return "child"
        # the phrase after "to", to its first word that opens another (of, whose, a
        # preposition, a comma): a child's word or age in it, past adjectives and an adult's
        # possessive ("to an unsuspecting minor girl", "to his friend's minor daughter"), is
        # the one who receives; not one after "of" or "whose" ("to the neighbour of the minor
        # girl", "to a man whose 14-year-old son …"; reviews 2026-12-28b M1, 28c M2)
        if j < clause_end and tokens[j][2] in _PURPOSE_VERBS:
            return "adult"  # "to defame the minor girl": a purpose, no recipient
        # (a quantity before the child: "to as many as 20 minor girls", "to up to 15", "to at
        # least 10"; review 2026-12-28e M3)
        for words in _QUANTITY_OPENERS:
            if tuple(t[2] for t in tokens[j : j + len(words)]) == words:
                j += len(words)
                break
        while j < min(clause_end, to + 8):
            if j > to + 1 and "," in text[tokens[j - 1][1] : tokens[j][0]]:
                break
            if tokens[j][2] in _HEAD_STOPS:
                break
            if child_at(j):
                return "child"
            j += 1
        return "adult"

    def _before_child_phrase(self, tokens: list[tuple[int, int, str]], child: int) -> int:
        """The index of the word before the child's phrase that ends at *child*, back past
        child words, determiners and an age, at most five words ("… befriended [a 14-year-old
        girl]"): *child* itself where nothing of the phrase stands before it."""
        k = child
        while (
            k > 0
            and child - k < 6
            and (
                tokens[k][2] in self.child
                or tokens[k][2] in _DETERMINERS
                or tokens[k][2] in ("year", "years", "old")
                or tokens[k][2].isdigit()
            )
        ):
            k -= 1
        return k

    def _subject_of_kin(
        self, tokens: list[tuple[int, int, str]], child: int, sentence_of: list[int]
    ) -> bool:
        """Whether the child's phrase ending at *child* follows "of" after a head that is its
        sentence's subject, no verb's object (past determiners and an age): the head sends
        ("The 45-year-old uncle of a 13-year-old girl sent …"; review 2027-01-13e M4); "He
        harassed the mother of a 12-year-old student by sending …" keeps its reading."""
        k = self._before_child_phrase(tokens, child)
        if k == child or k < 1 or tokens[k][2] != "of" or sentence_of[k] != sentence_of[child]:
            return False
        if tokens[k - 1][2] in _PART_OF:
            return False  # "One of the two minor boys sent …": the child sends (13g LOW)
        return not self._kin_is_object(tokens, k - 1, sentence_of)

    @staticmethod
    def _kin_is_object(
        tokens: list[tuple[int, int, str]], kin: int, sentence_of: list[int]
    ) -> bool:
        """Whether the kin's word at *kin* is the object of a verb or a preposition before it
        (past determiners and an age: "befriended the mother of …"), not the sentence's
        subject ("The 45-year-old uncle of a 13-year-old girl sent …")."""
        k = kin - 1
        while (
            k >= 0
            and kin - k < 8
            and (
                tokens[k][2] in _DETERMINERS
                or tokens[k][2] in ("year", "years", "old")
                or tokens[k][2].isdigit()
            )
        ):
            k -= 1
        if k < 0 or sentence_of[k] != sentence_of[kin]:
            return False
        word = tokens[k][2]
        return (
            (word.endswith("ed") and len(word) > 4)
            or word in _IRREGULAR_PAST
            or (word in _HEAD_STOPS)
        )

    def _object_before_and(
        self, tokens: list[tuple[int, int, str]], child: int, first: int, sentence_of: list[int]
    ) -> bool:
        """Whether the child's word at *child*, before the trigger at *first*, is the object of
        an earlier verb or a preposition, with "and" between it and the trigger: the trigger
        then shares the earlier verb's subject ("The accused befriended a 14-year-old girl and
        sent obscene videos to her", "chatted with the minor girl for months and sent …"), not
        the child's (closing note 2027-01-12). The word before the child's phrase (past
        determiners, child words and an age) must be a past verb in "-ed" that reports nothing
        (not "said", "alleged"), one of ``_IRREGULAR_PAST`` ("met"), or one of ``_HEAD_STOPS``
        that opens a phrase ("with", "to")."""
        if not any(tokens[k][2] == "and" for k in range(child + 1, first)):
            return False
        sentence = sentence_of[child]
        k = self._before_child_phrase(tokens, child)
        word = tokens[k][2]
        if (
            k == child
            or sentence_of[k] != sentence
            or word in self.reporting_verbs
            or word in ("and", "or", "that")
        ):
            return False
        if k > 0 and tokens[k - 1][2] in ("the", "a", "an") and sentence_of[k - 1] == sentence:
            return False  # "the harassed 15-year-old girl and her friend sent …": an adjective
        return (
            (word.endswith("ed") and len(word) > 4)
            or word in _IRREGULAR_PAST
            or word in _HEAD_STOPS
        )

    @staticmethod
    def _onto_childs_device(
        text: str,
        tokens: list[tuple[int, int, str]],
        reach: range,
        clause_end: int,
        child_before: bool,
        child_at: Callable[[int], bool],
    ) -> bool:
        """Whether material is sent "on" (or "onto") a child's own device or account, at most
        four words past the object: a child's possessive with a thing of the child's ("on the
        minor girl's WhatsApp number"), or "her" before one of her devices where the sentence
        named the child before ("… the minor girl and sent obscene videos on her mobile
        phone"): sent to the child (closing note 2027-01-12, left open)."""
        on = next((j for j in reach if tokens[j][2] in ("on", "onto")), None)
        if on is None or on + 1 >= clause_end:
            return False
        j = on + 1
        if tokens[j][2] == "her":
            device = j + 1 + (j + 1 < clause_end and tokens[j + 1][2] in _PLATFORMS)
            return child_before and device < clause_end and tokens[device][2] in _HER_DEVICES
        while j < min(clause_end, on + 7):
            if j > on + 1 and "," in text[tokens[j - 1][1] : tokens[j][0]]:
                return False
            if tokens[j][2] in _HEAD_STOPS:
                return False
            if child_at(j):
                # the child's own thing after the possessive, not the child herself
                return any(
                    tokens[k][2] in _CHILD_THINGS for k in range(j + 1, min(j + 6, clause_end))
                )
            j += 1
        return False

    def _childs_own(self, text: str, tokens: list[tuple[int, int, str]], inside: range) -> bool:
        """Whether the material between a frame's trigger and its object is a child's own: "her"
        or "their" before it ("sent her nude photos to her"), or a child's possessive ("the
        minor's obscene video"): sent to the child, a threat or her own picture, not material
        shown to her (:attr:`Frame.sends_material`)."""
        return any(
            tokens[j][2] in ("her", "their")
            or (tokens[j][2] in self.child and _possessive(text, tokens[j]))
            for j in inside
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

    def _child_named_before(self, sentences: Sequence[tuple[str, tuple[str, ...]]]) -> list[bool]:
        """For each sentence, whether an earlier sentence of its topic names a child or an age
        under eighteen (:attr:`Frame.child_earlier_in_text`); a sentence that opens with one of
        ``topic_breaks`` ("In another case", "Separately") starts a new topic."""
        breaks = self.topic_breaks
        below = self.config.child_age_below
        result: list[bool] = []
        seen = False
        for raw, said in sentences:
            if any(said[: len(opening)] == opening for opening in breaks) or _DATELINE.match(raw):
                seen = False
            child = (
                any(
                    t in self.child and not _after_an_adult_age(said, i, below)
                    for i, t in enumerate(said)
                )
                or any(_an_age_word(said, i) for i in range(len(said)))
                or _a_child_by_class_or_aged(said, self.class_grades, below)
            )
            # a sentence that brings in an adult by age and names no child ("the petitioner is
            # a 34-year-old woman who alleges that her husband made videos of her") ends the
            # earlier child's reach, in itself and after it
            adult = not child and _an_adult_by_age(said, self.topic_adults, below)
            result.append(seen and not adult)
            seen = child or (seen and not adult)
        return result

    def _made_by_another(
        self, text: str, tokens: list[tuple[int, int, str]], first: int, frame: Frame
    ) -> bool:
        """Whether one of :attr:`Frame.not_subjects` stands within six words before the
        trigger at *first*, in its clause: read back to a mark of punctuation, "and", "but", a
        relative or "that", or a doer of the case ("Police found that the accused made …" is
        the accused's making; "The accused, the girl's father, made …" his)."""
        for j in range(first - 1, max(-1, first - 7), -1):
            if any(mark in text[tokens[j][1] : tokens[j + 1][0]] for mark in ".;:,"):
                return False
            word = tokens[j][2]
            if word in frame.not_subjects:
                # "The accused and two villagers made videos …": the accused's companions
                return not any(
                    tokens[i][2] in self.particular_doers
                    and any(tokens[m][2] in ("and", "with") for m in range(i + 1, j))
                    for i in range(max(0, j - 5), j)
                )
            if word in _CLAUSE_OPENERS or word in self.particular_doers:
                return False
        return False

    def _of_phrase_allowed(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        hit: int,
        frame: Frame,
    ) -> bool:
        """Whether the "of" phrase after the object at *hit* (past a noun it ends in, "a video
        recording of …"), if any, names what :attr:`Frame.of_heads` allows (see there). Reads
        at most ten words on."""
        sentence = sentence_of[hit]
        at = self._of_after(tokens, sentence_of, hit, frame)
        if at is None:
            return True
        positions: list[int] = []
        for j in range(at + 1, min(len(tokens), at + 9)):
            if sentence_of[j] != sentence or (
                positions and any(m in text[tokens[j - 1][1] : tokens[j][0]] for m in ".,;:()")
            ):
                break  # "of her, police said": the phrase ends at the comma
            positions.append(j)
        words = [tokens[j][2] for j in positions]
        if not words:
            return True
        allowed = frozenset(frame.of_heads)
        known = allowed | self.child
        if words[0] in _REFLEXIVES:
            # "of himself abusing the minor": a child or an act after the maker himself
            return any(
                (w in allowed and w not in _OF_PRONOUNS and w != "it") or w in self.child
                for w in words[1:6]
            )
        k = 0
        while k < len(words) - 1 and words[k] in _OF_DETERMINERS and _age_at(words, k) is None:
            k += 1  # (not "three" in "of a three-year-old girl")
        below = self.config.child_age_below
        age = _age_at(words, k)
        if age is not None:
            # "of a 14-year-old girl", "of a sixteen-year-old girl"; "of the 15-year-old's
            # answer sheet" is the sheet's
            last = k + 2
            while last + 1 < len(words) and words[last + 1] in self.child:
                last += 1  # "the 14-year-old girl's …"
            if _possessive_at(text, tokens, positions, words, last):
                step = 2 if last + 1 < len(words) and words[last + 1] == "s" else 1
                return last + step < len(words) and words[last + step] in known
            return age < below
        if words[k].isdigit() and k + 1 < len(words):
            k += 1  # "of 40 minor boys"
        if words[k] in _OF_PRONOUNS:
            # "of her while she slept" (the person), "of her injuries" (her thing)
            following = words[k + 1] if k + 1 < len(words) else ""
            if (
                not following
                or following in _AFTER_A_PERSON
                or following.endswith(("ing", "ly"))  # "of her sleeping", "of her secretly"
            ):
                # "of her while she slept", "of her sleeping": whom the pronoun stands for
                return not self._an_adult_before(tokens, sentence_of, hit)
            k += 1
        if words[k] in _CLASS_WORDS and k + 2 < len(words) and words[k + 1].isdigit():
            k += 2  # "of a Class 10 student"
        if words[k] not in known and k + 1 < len(words) and words[k + 1] in known:
            k += 1  # "of a Dalit minor", "of his own daughter", "of the entire activity"
        if (
            words[k] not in known
            and k == len(words) - 1
            and self._apposed_child(tokens, positions[k])
        ):
            return True  # "of Priya, a 14-year-old girl", "of Priya, 14,"
        if words[k] not in known:
            if _possessive_at(text, tokens, positions, words, k):
                # "of the landlord's minor daughter": what the owner has may be a child
                step = 2 if k + 1 < len(words) and words[k + 1] == "s" else 1
                return k + step < len(words) and words[k + step] in self.child
            # "of women and minors": a child joined to another
            return k + 2 < len(words) and words[k + 1] == "and" and words[k + 2] in self.child
        last = k
        while last + 1 < len(words) and words[last + 1] in known:
            last += 1  # "the minor girl"
        if _possessive_at(text, tokens, positions, words, last):
            # a possessive: "the minor girl's answer sheet" is the sheet's picture, "the
            # girl's private parts" hers, "the girls' hostel building" the building's
            step = 2 if last + 1 < len(words) and words[last + 1] == "s" else 1
            return last + step < len(words) and words[last + step] in known
        return True

    def _apposed_child(self, tokens: list[tuple[int, int, str]], at: int) -> bool:
        """Whether the name at *at*, at the end of an "of" phrase, is set beside a child after
        its comma: an age under eighteen or a child's word within four words ("Priya, 14,",
        "Priya, a 14-year-old girl")."""
        after = [tokens[j][2] for j in range(at + 1, min(len(tokens), at + 5))]
        below = self.config.child_age_below
        return any(w in self.child for w in after) or any(
            w.isdigit() and len(w) < 3 and int(w) < below for w in after[:2]
        )

    @staticmethod
    def _of_after(
        tokens: list[tuple[int, int, str]], sentence_of: list[int], hit: int, frame: Frame
    ) -> int | None:
        """The position of the "of" after the object at *hit*, past at most two words of a
        noun it ends in ("a video recording of …", "a video call recording of …": a
        :attr:`Frame.not_after` or :attr:`Frame.not_after_unless` word), or None."""
        compound = (frozenset(frame.not_after) | frozenset(frame.not_after_unless)) - {"of"}
        sentence = sentence_of[hit]
        at = hit + 1
        while (
            at < min(len(tokens), hit + 3)
            and sentence_of[at] == sentence
            and tokens[at][2] in compound
        ):
            at += 1
        if at < len(tokens) and sentence_of[at] == sentence and tokens[at][2] == "of":
            return at
        return None

    def _an_adult_before(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], hit: int
    ) -> bool:
        """Whether the person a pronoun after the material at *hit* stands for is an adult:
        the nearest person word before it, in its sentence or the one before, is one of
        ``topic_adults`` ("His wife said he had made videos of her"; "… videos of women in a
        metro. He made videos of them"), not a child's word (reviews 2027-01-17f H2). Reads at
        most sixty words back."""
        sentence = sentence_of[hit]
        for j in range(hit - 1, max(-1, hit - 61), -1):
            if sentence_of[j] < sentence - 1:
                return False
            word = tokens[j][2]
            if word in self.child:
                return False
            if word in self.topic_adults and not (j + 1 < len(tokens) and tokens[j + 1][2] == "s"):
                return True  # (not a possessive: "her mother's partner")
        return False

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
        minor"), or no recipient is named: the trigger keeps its own reading; "device" when
        material is sent on a child's own device or account with no "to"
        (:meth:`_onto_childs_device`): the child receives it."""
        keeps = frozenset(frame.keeps_trigger_with)
        others = frozenset(frame.not_recipients)
        sentence = sentence_of[first]

        def child_at(j: int) -> bool:
            if _an_age_under_18(tokens, j):
                j += 2  # "to the 14-year-old", "the 14-year-old's mother"
            elif tokens[j][2] not in self.child:
                return False
            while j + 1 < len(tokens) and tokens[j + 1][2] in self.child:
                j += 1  # "the minor girl's mother": the phrase's last word is the possessive
            after = tokens[j + 1][2] if j + 1 < len(tokens) else ""
            possessive = (
                (after == "s" and text[tokens[j][1] : tokens[j + 1][0]] in ("'", "\u2019"))
                or _plural_possessive(text, tokens[j])
                # "the minor girls' parents": a plural after the child's word closes the phrase
                # as its possessive (review 2026-12-28c M6)
                or (j + 1 < len(tokens) and _plural_possessive(text, tokens[j + 1]))
            )
            if possessive and _childs_thing(text, tokens, j):
                return True  # "to the minor girls' WhatsApp group": the children's own
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
        # "harassing a minor girl by sending her obscene messages": after "by", the child the
        # sentence names just before is the one harassed, and a pronoun that receives them (or
        # none) stands for that child (dev misses of the twentieth session)
        earlier = [j for j in range(max(0, first - 10), first) if sentence_of[j] == sentence]
        child_before = any(child_at(j) for j in earlier)
        # (the child right before "by", harassed by the sending: not "a woman whose 12-year-old
        # son … by sending", nor "by sending her father …"; review 2026-12-16b M-d)
        inner = [
            tokens[j][2]
            for j in range(first + 1, hit)
            if tokens[j][2] not in frame.between and tokens[j][2] not in _QUANTIFIERS
        ]
        # (the child within four words before "by": "harassing a 12-year-old student by
        # sending …", "the minor girl for months by sending …"; 16c H3)
        near_by = range(max(0, first - 5), first - 1)
        if (
            first > 1
            and tokens[first - 1][2] == "by"
            and any(
                sentence_of[j] == sentence
                and child_at(j)
                and not _owned_by_before(tokens, j, self.child, others)
                for j in near_by
            )
            and (not inner or (len(inner) == 1 and inner[0] in _OBJECT_PRONOUNS))
        ):
            return "child"
        sender = [j for j in range(max(0, first - 5), first) if sentence_of[j] == sentence]
        children = [j for j in sender if child_at(j)]
        if (
            children
            and not self._object_before_and(tokens, children[-1], first, sentence_of)
            and not self._subject_of_kin(tokens, children[-1], sentence_of)
            and not any(
                tokens[k][2] in self.reporting_verbs
                # (not the child himself after the verb: "The 16-year-old boy said he sent …";
                # review 2026-12-29b M3)
                and not (
                    k + 1 < first
                    and tokens[k + 1 + (tokens[k + 1][2] == "that")][2]
                    == _CHILD_PRONOUN.get(tokens[children[-1]][2])
                )
                for k in range(children[-1] + 1, first)
            )
        ):
            # a child sends them; not a child who says who did ("The minor girl said the
            # accused sent obscene photos to her phone"; review 2026-12-28e)
            return "adult"
        if not frame.sends_material and any(child_at(j) for j in range(first + 1, hit)):
            # (not for material: "forward child sexual abuse material to several groups" names
            # the material, not its recipient)
            return "child"
        if child_before and len(inner) == 1 and inner[0] in _OBJECT_PRONOUNS:
            return "child"  # "… a minor girl by sending her obscene messages"
        reach = range(hit + 1, min(clause_end, hit + 5))
        to = next((j for j in reach if tokens[j][2] == "to"), None)
        if to is None:
            # ("her" only where no adult relation was named before: "befriended the mother of a
            # 14-year-old girl and sent obscene videos on her phone"; review 2027-01-13a M2)
            her_is_child = child_before and not any(
                tokens[j][2] in _ADULT_KIN
                and j + 1 < first
                and tokens[j + 1][2] == "of"
                and self._kin_is_object(tokens, j, sentence_of)
                for j in earlier
            )  # (the kin, an object, that owns the child: "befriended the mother of a
            # 14-year-old girl"; not "The 45-year-old uncle of a 13-year-old girl sent …", the
            # sender; reviews 2027-01-13c H3, 13e M4)
            if frame.sends_material and self._onto_childs_device(
                text, tokens, reach, clause_end, her_is_child, child_at
            ):
                return "device"  # "sent obscene videos on the minor girl's WhatsApp number"
            return "material"
        if frame.sends_material:
            return self._material_receiver(text, tokens, to, clause_end, child_before, child_at)
        if child_before and to + 1 < clause_end and tokens[to + 1][2] in _OBJECT_PRONOUNS:
            # "… a minor girl, and sent obscene messages to her" (also "to her regularly", "to
            # her Snapchat account"); not "to her mother", "to her younger sister": one of
            # ``not_recipients`` in the two words after "her", before a comma (review
            # 2027-01-13a H1)
            # (only an adult's kin right after "her": not "to her younger sister", "to her
            # friends", "via friend request"; review 2027-01-13c H1)
            j = to + 2
            if j < clause_end and tokens[j][2] in _ADULT_KIN and tokens[j][2] in others:
                # (the kin's own thing after a possessive is the kin's, a person after it may
                # be a child: "to her uncle's son"; review 2027-01-13e M3)
                if j + 2 < clause_end and tokens[j + 1][2] == "s":
                    return "adult" if tokens[j + 2][2] in _CHILD_THINGS else "child"
                return "adult"
            return "child"
        for j in range(to + 1, min(clause_end, to + 7)):  # "to the 14-year-old girl"
            if "," in text[tokens[j - 1][1] : tokens[j][0]] or (
                tokens[j][2] in others and not _possessive(text, tokens[j])
            ):
                # (an adult's possessive names whose child: "to his friend's minor daughter")
                return "adult"
            if child_at(j):
                return "child"
        return "adult"


# the words before a "to" that names what material is about, not who receives it ("videos
# related to children")
_SUBJECT_BEFORE_TO = frozenset(
    {"related", "relating", "pertaining", "linked", "connected", "belonging", "relevant"}
)


# the words that open a noun phrase before its head ("to the", "to his friend's", "to two")
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "one"}
    | {"two", "three", "four", "five", "several", "many", "some", "other"}
)

# the words that end the phrase naming who receives ("to the neighbour of the minor girl")
_HEAD_STOPS = frozenset(
    {"of", "whose", "who", "which", "that", "with", "for", "from", "on", "in", "through"}
    | {"via", "and", "or", "at", "by", "after", "before", "while", "when", "as", "to"}
)

# a purpose after "to" names no one who receives ("sent the obscene videos to defame the minor
# girl"; review 2026-12-28d M)
_PURPOSE_VERBS = frozenset(
    {"defame", "blackmail", "harass", "threaten", "extort", "humiliate", "scare", "intimidate"}
    | {"lure", "trap", "pressure", "force", "coerce", "shame", "malign", "get", "make", "show"}
)

# a child's own group, number or account after a possessive: sent there is sent to the child
# (review 2026-12-28d M)
_CHILD_THINGS = frozenset(
    {"phone", "phones", "mobile", "mobiles", "account", "accounts", "number", "numbers"}
    | {"inbox", "instagram", "whatsapp", "email", "id", "group", "groups", "chat", "chats"}
)

# the words of a part before "of" ("one of the two minor boys"): the child is the subject
_PART_OF = frozenset(
    {"one", "each", "most", "some", "all", "two", "three", "many", "none", "both", "any"}
)

# an adult's kin: after "to her", the one who receives ("to her mother"); before "of" and the
# child, whose "her" phone is ("the mother of a 14-year-old girl … on her phone"); not "sister",
# "brother" or "friend", who may be children (reviews 2027-01-13a H1, 13c H1, H3)
_ADULT_KIN = frozenset(
    {"parents", "parent", "mother", "father", "relatives", "relative", "guardian", "guardians"}
    | {"uncle", "aunt", "teacher", "teachers", "principal"}
)

# past verbs not in "-ed" that take a child as object before "and" ("met a 14-year-old girl and
# sent …"; :meth:`FrameRules._object_before_and`)
_IRREGULAR_PAST = frozenset(
    {"met", "caught", "saw", "kept", "took", "got", "knew", "brought", "taught", "found"}
)

# the words that open a quantity after "to"
_QUANTITY_OPENERS = (("as", "many", "as"), ("up", "to"), ("at", "least"), ("more", "than"))

# the platforms that may name a child's own group or number ("the minor girls' WhatsApp group")
_PLATFORMS = frozenset({"whatsapp", "instagram", "facebook", "telegram", "snapchat", "mobile"})


def _childs_thing(text: str, tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the possessive of the child's phrase ending at *j* owns a thing of the child's
    (``_CHILD_THINGS``) right after it, past a platform's name at most ("the minor girls'
    WhatsApp group"; not "the minor girls' parents' WhatsApp group"; review 2026-12-28e M4)."""
    k = j + 1
    if k < len(tokens) and (tokens[k][2] == "s" or _plural_possessive(text, tokens[k])):
        k += 1
    if k < len(tokens) and tokens[k][2] in _PLATFORMS:
        k += 1
    return k < len(tokens) and tokens[k][2] in _CHILD_THINGS


# her own device or account: "sent obscene photos to her phone" is to her
_HER_DEVICES = frozenset(
    {"phone", "mobile", "account", "number", "inbox", "instagram", "whatsapp", "email", "id"}
)

# the words after "to her" that show "her" is the one who received, not a possessive ("sent
# obscene photos to her on Instagram"; not "to her father")
_AFTER_RECEIVER = frozenset(
    {"on", "through", "via", "over", "and", "in", "using", "from", "at", "after", "before"}
    | {"when", "while", "by", "with", "for", "repeatedly", "again", "daily"}
)


# the child himself named again after the verb that reports it, by a pronoun that agrees with
# the child's word ("The 16-year-old boy said he sent …"; not "The minor girl said he sent …",
# nor "they"; review 2026-12-29c M5)
_CHILD_PRONOUN = {
    "boy": "he",
    "son": "he",
    "schoolboy": "he",
    "girl": "she",
    "daughter": "she",
    "schoolgirl": "she",
}


def _plural_possessive(text: str, token: tuple[int, int, str]) -> bool:
    """Whether *token*, a plural in "s", is followed by a bare apostrophe and a space ("the minor
    girls' brother"): it names whose the next noun is (read only of a child's word, where no
    quotation closes; review 2026-12-27e M10)."""
    return token[2].endswith("s") and text[token[1] : token[1] + 2] in ("' ", "\u2019 ")


def _possessive(text: str, token: tuple[int, int, str]) -> bool:
    """Whether *token* is followed by the possessive "'s" ("the girl's brother", "his
    brother's daughter"): it then names whose the next noun is. (Not a plural's bare
    apostrophe: "sought 'strict curbs' on …" closes a quotation; review 2026-12-27c M2.)"""
    return text[token[1] : token[1] + 2] in ("'s", "\u2019s")


def _possessive_at(
    text: str,
    tokens: list[tuple[int, int, str]],
    positions: Sequence[int],
    words: Sequence[str],
    last: int,
) -> bool:
    """Whether *words[last]* (at ``tokens[positions[last]]``) is a possessive: "girl's" (read
    as "girl", "s") or "girls'" (the apostrophe right after the word)."""
    if last + 1 < len(words) and words[last + 1] == "s":
        gap = text[tokens[positions[last]][1] : tokens[positions[last + 1]][0]]
        return gap in ("'", "\u2019")
    end = tokens[positions[last]][1]
    return text[end : end + 1] in ("'", "\u2019")
