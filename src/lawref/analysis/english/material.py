"""The material a conduct word acts on: none named, sexual or not, a child's or an adult's,
a compound noun ("photo sharing") rather than an act.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from lawref.analysis.english.clauses import (
    _CLAUSE_MARK,
    _OBJECT_REACH,
    _POSSESSIVES,
    _PRONOUNS,
    _count_of,
)
from lawref.analysis.english.words import ReaderWords
from lawref.analysis.models import (
    NotObject,
)
from lawref.numbers import NUMBER_WORDS


def _after_preposition(
    after: Sequence[str],
    objects: frozenset[str],
    prepositions: Sequence[str],
    people: Sequence[str] = (),
    reach: int = 4,
) -> bool:
    """Whether one of *objects* stands in *after* at most *reach* words after one of
    *prepositions* (a possessive's "s" is a word): "sent the seized videos for forensic
    examination", "sent to judicial custody", "sent them to their parent's custody" (what is
    sent, named first or not). Not where one of *people* stands between or right after it:
    the institution is then the people's ("sent … to inmates of the jail", "to the shelter home
    girls")."""
    for index, word in enumerate(after):
        if word not in prepositions:
            continue
        for offset in range(index + 1, min(len(after), index + reach + 1)):
            if after[offset] in people:
                break
            if after[offset] in objects:
                if not any(w in people for w in after[offset + 1 : offset + 3]):
                    return True
                break
    return False


# the words that may follow a plural agent after "by" ("posted by the victims on their
# accounts"); any other word right after it makes the plural a possessive ("by the victims family
# friend")
_AFTER_A_PLURAL_AGENT = frozenset(
    {"on", "in", "at", "to", "and", "or", "from", "with", "through", "via", "who", "which"}
    | {"were", "was", "is", "are", "after", "before", "for", "while", "when", "themselves"}
    | {"as", "during", "over", "into", "onto", "but", "since", "until", "of"}
)

# the determiners that may stand between a passive's "by" and its agent ("posted by the victim")
_BY_DETERMINERS = frozenset({"the", "a", "an", "her", "his", "their", "its", "this", "that"})

# words for the victim a sexual word may name ("the rape survivor")
_VICTIM_NAMES = frozenset({"survivor", "survivors", "victim", "victims"})

# quotation marks around a word
_QUOTES = "\"'\u2019\u201d"

# prepositions that open a phrase after a subject's head: "cases against children recorded"
_HEAD_PHRASE_OPENERS = frozenset({"of", "against", "about", "on", "from", "in"})


def _object_named(said: Sequence[str], objects: frozenset[str], not_after: Sequence[str]) -> bool:
    """Whether one of *objects* is in *said* before any of *not_after* ("made child pornography
    for a website": the site is a purpose, not the thing made)."""
    for word in said:
        if word in not_after:
            return False
        if word in objects:
            return True
    return False


def _digit_group(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """Whether *left* and *right* are digit groups of one number, a comma alone between them
    ("3,78,236", "25,000")."""
    return left[2].isdigit() and right[2].isdigit() and text[left[1] : right[0]] == ","


# words that name a kind of case, not the people counted ("520 POCSO (child sexual abuse) cases")
_KINDS_OF_CASE = frozenset(
    {"pocso", "csam", "cseam", "child", "sexual", "abuse", "pornography", "porn", "paedophilia"}
)


def _counted_before(said: Sequence[str], objects: frozenset[str], people: Collection[str]) -> bool:
    """Whether a count (a numeral, or a number word of two or more) is among the first four of
    *said*, before any of *objects* ("an average of 87 rape cases", "520 POCSO cases"), with no
    child's word between it and the object word ("recorded 3 minor girls bathing in separate
    incidents" counts the girls; review 2027-01-12a H4)."""
    counted = False
    for at, word in enumerate(said):
        if word in objects:
            return counted
        if (
            word in people
            and word not in _KINDS_OF_CASE
            and (at + 1 >= len(said) or said[at + 1] not in _KINDS_OF_CASE)
        ):
            return False  # "3 minor girls" counted; not "POCSO (child sexual abuse) cases"
        if at < 4 and _count_of(word) >= 2:
            counted = True
    return False


def _before_topic(said: Sequence[str], topic_words: Sequence[str]) -> Sequence[str]:
    """*said* up to the first of *topic_words* ("leaflets about child pornography laws": what
    follows "about" is the leaflets' topic, not what they bear)."""
    for at, word in enumerate(said):
        if word in topic_words:
            return said[:at]
    return said


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


def _after_a_preposition(between: Sequence[str], prepositions: frozenset[str]) -> bool:
    """Whether a word follows one of *prepositions*, past an article or a possessive: the last
    of *between* (the words before it) is one, or the one before that is ("from the NCPCR",
    "from the father", "of Aadhaar")."""
    if between and between[-1] in prepositions:
        return True
    return (
        len(between) >= 2
        and between[-1] in ("the", "a", "an", "his", "her", "their")
        and between[-2] in prepositions
    )


# a particular person after "of" (material made of her: "… nude images of her teenage daughter",
# "of the complainant's daughter")
_OF_A_PERSON = frozenset({"her", "him", "his", "them", "their", "the"})

# … and a person after "a" ("of a Class 10 student"; not "of a sexual nature"; review 2027-01-13c
# M4)
_PERSONS = frozenset(
    {"student", "class", "std", "schoolgirl", "girl", "boy", "classmate", "daughter", "son"}
)

# the participles of making before an agent's "by" ("made by the accused")
_MADE_BY = frozenset(
    {"made", "created", "generated", "produced", "edited", "morphed", "prepared", "designed"}
)

# the owner or maker right before a "-generated" compound ("the accused's", "his", "He")
_OWNERS_BEFORE = frozenset({"s", "his", "her", "their", "he", "she", "they", "accused"})


class MaterialRules(ReaderWords):
    """What a conduct word acts on: material named or none, sexual or not, a child's or an
    adult's ("a nude video of a woman"), a list of material, and a compound noun that names a
    thing rather than an act ("a photo-sharing app")."""

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
                # (not a number's digit groups: "3,78,236 cases")
                and not _digit_group(text, tokens[last + i], tokens[last + 1 + i])
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
            if rule.after_count and not _counted_before(
                after[: rule.after], objects, self.child_words
            ):
                continue
            if rule.after_preposition:
                if rule.preposition_first and (not after or after[0] not in rule.after_preposition):
                    continue
                if _after_preposition(
                    after[: rule.after],
                    objects,
                    rule.after_preposition,
                    rule.not_between,
                    rule.preposition_reach,
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
                        (
                            self.material_only.at(after, i)
                            and not self._plain_head(after, i, objects, rule.plain_heads)
                        )
                        or _kept_by(after, i, objects, rule, sharer)
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
                # ("a call recording"; not "video calls, recording the same")
                and not (rule.before_joined and text[tokens[i][1] : tokens[first][0]].strip())
            ]
            if named and rule.before_clear_of_doers:
                # "Police have proof the tutor uploaded …", "After a few messages the accused
                # shared a nude video …": a doer between, or material after, is the act; not
                # one after a preposition, the sender of the notice or the place ("Letters from
                # the NCPCR were sent", "Proof of Aadhaar was uploaded"), nor material that a
                # purpose's "to" governs ("Notices were sent to Instagram to remove the obscene
                # videos"; review 2026-12-15a H6)
                doers = self.charged_person_words
                apart = self.subject_words.not_before_names
                named = [
                    i
                    for i in named
                    if all(
                        not self._doer_between(text, tokens, i, k, doers, apart)
                        for k in range(i + 1, first)
                    )
                ]
                heads = self.subject_words.material_of_heads
                material_at = next(
                    (j for j, word in enumerate(after[:clause]) if word in heads), None
                )
                purposes = self.subject_words.purpose_verbs
                if (
                    named
                    and material_at is not None
                    and not any(
                        after[j] == "to" and after[j + 1] in purposes for j in range(material_at)
                    )
                ):
                    # (not "to remove the obscene videos": a purpose; "sent to the girl along
                    # with her morphed photos" is the act; review 2026-12-15b H4)
                    named = []
            # "the data shared on Facebook"; but, where the rule allows, not the last of a list
            # that names material ("videos of the minor and her personal details uploaded")
            if named and not (
                rule.after_material_list
                and self._last_of_material_list(text, tokens, named[-1], sentence_of)
            ):
                return True
        return False

    def _plain_head(
        self, after: Sequence[str], i: int, objects: frozenset[str], heads: Sequence[str]
    ) -> bool:
        """Whether the material word at *after[i]* is one of *heads* that the object word right
        before it qualifies ("abusive content"), in words that name no child and call nothing
        sexual (``NotObject.plain_heads``)."""
        return (
            i > 0
            and after[i] in heads
            and after[i - 1] in objects
            and self.child_words.isdisjoint(after)
            and not self._names_sexual(after)
        )

    def _doer_between(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        named: int,
        at: int,
        doers: frozenset[str],
        apart: frozenset[str],
    ) -> bool:
        """Whether the word at *at*, between an object word at *named* and the conduct word, is
        a doer: one of *doers* (``charged_persons``: "the accused") or a capitalised word, not
        after a preposition of *apart*, where it sends or owns the object ("Letters from the
        NCPCR were sent", "Requests from the father were forwarded", "Proof of Aadhaar was
        uploaded"; material after the conduct word still makes the act: "Messages from Rahul
        were sent to the girl with obscene videos"; reviews 2026-12-15a H6, 15b H4)."""
        if _after_a_preposition([t[2] for t in tokens[named + 1 : at]], apart):
            return False
        if tokens[at][2] in doers:
            return True
        return at > named + 1 and text[tokens[at][0]].isupper()

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
        first material word in or after them is a picture or video (``depicting_material``) "of" an
        adult (``adult_depicted``, after any ``adult_modifiers``) who closes the phrase ("made
        obscene videos of his female teacher on his phone"); or, in the passive, such material
        stands just before "was"/"were" and the conduct word ("videos of the woman were
        circulated"). Not where a child or child abuse material is named first ("child
        pornographic clips in a group of men")."""
        if not self.adult_depicted:
            return False
        high = min(len(tokens), last + 1 + self.config.evidence_window)
        passive = first >= 2 and tokens[first - 1][2] in self.passive_be
        # a term may end in its material ("made obscene videos"): the scan starts inside it
        if not passive and not any(tokens[i][2] in self.depicting for i in range(first + 1, high)):
            return False  # most conduct words: no picture or video near, one set test each
        sentence = sentence_of[first]

        def joined(i: int) -> bool:
            # tokens[i - 1] and tokens[i] stand in one clause
            return (
                0 < i < len(tokens)
                and sentence_of[i] == sentence
                and not any(mark in text[tokens[i - 1][1] : tokens[i][0]] for mark in ",;:()")
            )

        for i in range(first + 1, high):
            if i <= last and tokens[i][2] not in self.depicting:
                continue  # the term's own words before its material ("made obscene")
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

    def _posted_by_a_victim(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], last: int
    ) -> bool:
        """Whether the conduct word ending at *last* is a passive whose "by" names a victim
        (``victim_subjects``), past at most a determiner ("photos posted by the victim on her
        Instagram account"; survey of unseen English pages, 2027-01-14): the victim's own act,
        as with the victim its subject. Not the victim's possessive ("shared by the victim's
        classmate", "by the survivors' tormentor"; review 2027-01-14c H6). Reads at most four
        words on."""
        sentence = sentence_of[last]
        at = last + 1
        if at >= len(tokens) or sentence_of[at] != sentence or tokens[at][2] != "by":
            return False
        at += 1
        if at < len(tokens) and tokens[at][2] in _BY_DETERMINERS:
            at += 1
        return (
            at < len(tokens)
            and sentence_of[at] == sentence
            and tokens[at][2] in self.victim_subjects
            and not (at + 1 < len(tokens) and tokens[at + 1][2] == "s")
            and text[tokens[at][1] : tokens[at][1] + 1] not in ("'", "\u2019")
            # (a plural written as a possessive with no apostrophe: "by the victims family
            # friend"; review 2027-01-14e H5)
            and not (
                tokens[at][2].endswith("s")
                and at + 1 < len(tokens)
                and sentence_of[at + 1] == sentence
                and tokens[at + 1][2].isalpha()
                and tokens[at + 1][2] not in _AFTER_A_PLURAL_AGENT
                and not text[tokens[at][1] : tokens[at + 1][0]].strip()
            )
        )

    def _own_image_passed_on(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
    ) -> bool:
        """Whether a sharing or uploading word at *first*..*last* tells of a victim passing on
        her own picture: its subject, right before it (past ``passive_between`` words), is
        "she", a victim (``victim_subjects``) or a child ("the minor girl"), and the first
        material word after it is a picture or video (``depicting_material``) "of herself" or
        "of themselves", closing the phrase or sent to or shared with no child ("she shared a
        few photographs of herself", "the minor girl sent nude photos of herself to the
        accused"; a victim's own picture is no offender's act; review 2026-12-26c M6). Not a
        man's pictures of himself sent to a child, which IPC s.293 and
        POCSO s.11 reach (review 2026-12-26b M2); a child asked or made to send her pictures
        is read before this, as grooming."""
        sentence = sentence_of[first]
        subject = first - 1
        while subject >= 0 and tokens[subject][2] in self.passive_between:
            subject -= 1
        if (
            subject < 0
            or sentence_of[subject] != sentence
            or (
                tokens[subject][2] not in self.victim_subjects
                and tokens[subject][2] != "she"
                and tokens[subject][2] not in self.child_words
            )
        ):
            return False
        high = min(len(tokens), last + 1 + self.config.evidence_window)
        for i in range(first + 1, high - 2):
            if sentence_of[i] != sentence:
                return False
            if tokens[i][2] in self.depicting:
                if tokens[i + 1][2] != "of" or tokens[i + 2][2] not in ("herself", "themselves"):
                    return False
                after = i + 3
                if after >= len(tokens) or sentence_of[after] != sentence:
                    return True
                gap = text[tokens[i + 2][1] : tokens[after][0]]
                if any(mark in gap for mark in ",;:.") or tokens[after][2] in self.adult_enders:
                    return True
                # … or sent to or shared with someone who is no child ("… of herself to the
                # accused"; review 2026-12-26c M6)
                if tokens[after][2] in ("to", "with"):
                    return not any(
                        tokens[k][2] in self.child_words
                        for k in range(after + 1, min(len(tokens), after + 5))
                        if sentence_of[k] == sentence
                    )
                # … or "and" before the next verb of the sentence ("… of herself and deleted")
                verb = tokens[after + 1][2] if after + 1 < len(tokens) else ""
                return tokens[after][2] == "and" and (
                    verb.endswith("ed") or verb in self.past_forms
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

    def _generated_kind(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
        conduct: str,
    ) -> bool:
        """Whether a hyphenated "-generated" term ("AI-generated", "self-generated") read as
        producing describes a kind of material, as "the morphed picture" does
        (``described_conducts``): no agent in its clause ("generated by the accused") and no
        particular person the material is of ("AI-generated nude images of her teenage
        daughter" tells images made of her). "A crackdown on AI-generated Child Sexual Abuse
        Material", "AI-generated images have become so lifelike", "whether the images are real
        or AI-generated", "Posting AI-Generated Obscene Image of Teacher" tell no one's making
        (dev batch 32 and dev; 2027-01-13)."""
        if conduct != "producing" or last == 0 or tokens[last][2] != "generated":
            return False  # (the term "ai-generated", or "generated" after "self-")
        if text[tokens[last - 1][1] : tokens[last][0]] not in ("-", "\u2010", "\u2011"):
            return False
        sentence = sentence_of[first]
        # (the compound's first word: "ai" of "ai-generated", or "self" before "generated")
        opening = first if last > first else last - 1
        before = (
            tokens[opening - 1][2] if opening > 0 and sentence_of[opening - 1] == sentence else ""
        )
        if before in _OWNERS_BEFORE:
            # "The accused's AI-generated nude images", "his AI-generated images", "He
            # computer-generated obscene images": its maker's (review 2027-01-13a M1)
            return False
        if any(
            tokens[i][2] == "by" and tokens[i - 1][2] in _MADE_BY
            for i in range(last + 1, min(len(tokens), last + 13))
            if sentence_of[i] == sentence
        ):
            # "…, made by the accused using a free app, …", "… and was created by him": an
            # agent's (review 2027-01-13a H7; not any "by": review 2027-01-13c M4)
            return False
        ahead: list[str] = []  # the words after it, to the end of its clause
        for i in range(last + 1, min(len(tokens), last + 11)):
            if sentence_of[i] != sentence or "," in text[tokens[i - 1][1] : tokens[i][0]]:
                break
            ahead.append(tokens[i][2])
        if ahead[:1] == ["by"]:
            return False  # "generated by the accused"
        for k, word in enumerate(ahead):
            if word == "of":
                # a particular person: a child's word, a pronoun, or a determiner opening the
                # phrase ("of a Class 10 student", "of the complainant's daughter"; review
                # 2027-01-13a H7, M1)
                following = ahead[k + 1 : k + 7]
                return not (
                    any(w in self.child_words or w in _OF_A_PERSON for w in following[:4])
                    or (following[:1] in (["a"], ["an"]) and not _PERSONS.isdisjoint(following))
                    # an age under eighteen ("of a 14-year-old girl", "of a 15-year-old";
                    # review 2027-01-13e H1)
                    or any(
                        w.isdigit() and int(w) < 18 and following[n + 1 : n + 2] == ["year"]
                        for n, w in enumerate(following)
                    )
                )
        return True

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
