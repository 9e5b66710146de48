"""Charges, topics and counts: conduct named as what someone is charged with, a topic of
advice or a list, a term in quotes, and cases counted in statistics.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from lawref.analysis.english.clauses import (
    _PRONOUNS,
    _count_of,
    _Phrases,
    _sentence_span,
)
from lawref.analysis.english.words import ReaderWords
from lawref.conduct.lexicon import words

# how far, in words, the reader of kinds of case looks from an act for its "cases of" and for a
# doer after it (a list of kinds runs to about a dozen words)
_KINDS_OF_CASES_REACH = 16
# … and how far after the act for a doer, to about a sentence's end (", and the account holder,
# a 19-year-old student, was arrested"; review 2027-01-11 C2)
_KINDS_OF_CASES_AFTER = 40
# words that, right after "cases of", name one doer: a determiner or a possessive
_NAMING_WORDS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that"})

_OPENING_QUOTES = "\"'\u2018\u201c"

_CLOSING_QUOTES = "\"'\u2019\u201d"

# words after a counted report's verb that name whose act it was ("on his laptop")
_OWNERS = frozenset({"his", "her", "their", "accused", "accused's", "accused\u2019s"})

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


# the forms of "be" before a passive's "passed on" ("will be passed on Friday")
_PASSIVE_BE = frozenset({"be", "been", "being", "was", "were", "is", "are"})

# what follows a death's year: "who passed on last year after a long illness", "in 2021 due to
# Covid" (review 2026-12-16d M-c); not "at" ("had passed on last month at least 40 obscene
# videos": a quantity; review 2026-12-17a F8)
_DEATH_AFTER = frozenset({"after", "due", "following", "aged"})


# adverbs that play an act down ("had merely downloaded"), and the auxiliaries or subjects
# before them that make the act told
_PLAYING_DOWN = frozenset({"merely", "simply", "only", "just"})
_PAST_AUXILIARIES = frozenset({"had", "has", "have", "was", "were"})
_PARTICULAR_PRONOUNS = frozenset({"he", "she"})
_PEOPLE_IN_GENERAL = frozenset(
    {"people", "men", "women", "children", "someone", "anyone", "everyone", "many", "some"}
)


def _clause_ends(
    text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], last: int
) -> bool:
    """Whether the clause ends after the token at *last*: the text's or the sentence's end, or
    a stop or a comma after it."""
    if last + 1 >= len(tokens):
        return True
    if sentence_of[last + 1] != sentence_of[last]:
        return True
    return any(mark in text[tokens[last][1] : tokens[last + 1][0]] for mark in ".,;:!?")


# where a death's year is followed by its place ("passed on in 2021 at a hospital in Kochi")
_DEATH_PLACES = frozenset({"hospital", "home", "residence"})

# the finite forms of "be" that make the word after them a clause's verb
_FINITE_BE = frozenset({"was", "were", "is", "are", "been"})

# the most words a question of the law has either side of its conduct word
_QUESTION_REACH = 40

# pointers that make material after "from where" the case's ("the clips")
_PARTICULAR_MATERIAL = frozenset({"the", "this", "these", "those", "his", "her", "their"})

# how many words after "whether" the act an issue of law is about may stand
_WHETHER_REACH = 3

# words that make an issue put with "whether" one of a case: a perfect, a possessive, a pointer
# at a particular one ("Whether the boy is criminally liable for sharing …")
_NOT_IN_AN_ISSUE_OF_LAW = frozenset(
    {"has", "have", "had", "s", "the", "his", "her", "their", "its", "this", "that", "these"}
)

# how far back "from where" may open the clause of a present passive (``_done_from_places``)
_FROM_WHERE_REACH = 10
# how far either side of it ``_done_from_places`` reads its sentence for a doer
_SENTENCE_REACH = 60


# how many words back from "passed on" a ruling's noun is looked for
_RULING_REACH = 12


class TopicRules(ReaderWords):
    """Conduct named as a charge ("booked for sharing"), a topic of advice, a list or a quoted term
    rather than told as done, and conduct counted in statistics ("cases of uploading rose by
    40%")."""

    def _related_phrase_is_subject(self, before: Sequence[str]) -> bool:
        """Whether the words *before* a conduct word end a subject phrase with a relation cue
        in it, and the conduct word is that subject's finite verb: "Two files pertaining to
        child pornography were downloaded" (the files were downloaded), not "cases related to
        the downloading of …" or "reports related to child pornography being shared" (the
        topic's own words). Only the relation cues (``related_cues``), and only with no other
        topic cue in the words."""
        return (
            bool(before)
            and before[-1] in _FINITE_BE
            and self.related_cues.anywhere(before)
            and not self.other_topic_cues.anywhere(before)
        )

    @cached_property
    def _question_law_phrases(self) -> _Phrases:
        """The config's ``question_law_phrases``, as words."""
        return _Phrases(words(p) for p in self.config.question_law_phrases)

    def _asked_of_the_law(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first* stands in a question of the law, not a report
        of an act: its sentence ends with "?" and opens with one of ``question_openers`` ("Is
        watching child pornography a crime in India?", "Does only publishing or transmitting
        child pornography attract punishment?") or holds one of ``question_law_phrases``
        ("Sharing indecent photos on a WhatsApp group: is it legal in India?"), and names no
        doer of ``question_doers`` ("Did he share the video?" asks of a case). Explainers ask
        so (survey of unseen reports, 2027-01-05: thelawlearners.com, intoday.in, and others)."""
        sentence = sentence_of[first]
        # (a question is short: a sentence longer than ``_QUESTION_REACH`` words either side is
        # none, which keeps the walk bounded whatever the text)
        start = first
        while start > 0 and sentence_of[start - 1] == sentence:
            start -= 1
            if first - start > _QUESTION_REACH:
                return False
        end = first
        while end + 1 < len(tokens) and sentence_of[end + 1] == sentence:
            end += 1
            if end - first > _QUESTION_REACH:
                return False
        closing = text[tokens[end][1] : tokens[end][1] + 4].lstrip(" \"'\u201d\u2019)")
        said = [tokens[i][2] for i in range(start, end + 1)]
        # (an issue put with "whether" needs no question mark when it names the law, "Whether
        # online grooming … are punishable", and is one of the law only with no finite or past
        # verb, no one's material and no particular person: "Whether the prosecution has proved
        # that the respondent, by uploading …, committed an offence", "Whether the boy is
        # criminally liable for sharing the nude photos of his classmate" ask of a case;
        # reviews 2027-01-16a H7, c H6)
        opener = 1 if said[1:2] == ["whether"] else 0
        whether = (
            (said[:1] == ["whether"] or (opener and said[0] in self.config.question_issue_labels))
            # the act is the issue's subject, near "whether": "Whether online grooming …", not
            # "Whether juvenile in conflict with law is criminally liable for sharing …" (review
            # 2027-01-16e H4)
            and first - start - opener <= _WHETHER_REACH
        ) and not any(
            w.endswith("ed") or w in self.past_forms or w in _NOT_IN_AN_ISSUE_OF_LAW for w in said
        )
        if not closing.startswith("?") and not (
            whether and any(w in self.config.question_law_words for w in said)
        ):
            return False
        if any(w in self.config.question_doers for w in said):
            return False
        # a finite verb, a relative "who", "did", a count or a number ask of a case ("Can a man
        # who downloaded child pornography 200 times be let off?", "How many children did the
        # gang groom …?"; review 2027-01-05b H7): only a gerund or a noun of conduct asks of
        # the law
        # (a finite past, "did" or "could" ask of a case: "Can a man who downloaded …", "How
        # many children did the gang groom …?", "How could a principal sell …?"; nouns and the
        # present ask of the law: "Is the sale of … an offence?", "Can a person who watches …
        # be jailed?"; reviews 2027-01-05b H7, 2027-01-05c H9)
        trigger = tokens[first][2]
        # (a past form counts as a told act only after a doer or a relative, not as an
        # adjective: "Is sharing recorded videos of minors an offence?"; review 2027-01-05d H5)
        if (
            trigger.endswith("ed")
            or trigger in self.config.past_forms
            or any(w in self.config.question_case_words for w in said)
            or any(
                said[i] in self.config.question_past_acts
                and said[i - 1] in self.config.question_past_act_doers
                for i in range(1, len(said))
            )
        ):
            return False
        return (
            whether
            or said[0] in self.config.question_openers
            or self._question_law_phrases.anywhere(said)
        )

    def _done_from_places(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the past participle at *first* stands in a present passive ("is", "are",
        "is being", "are being") in a clause opened by "from where" at most
        ``_FROM_WHERE_REACH`` words before it: the places from which material is reached or
        sent, said in general ("identifying the districts from where child pornography-related
        content is being transmitted", "locations from where pornographic materials are
        accessed"; survey of unseen English pages, 2027-01-16), after a plural of places in
        general (``from_where_places``) right before "from where". Not an active "is
        uploading", nor with an agent after "by", a charged person or an arrest
        (``from_where_case_words``) anywhere in the sentence, nor with someone's material ("the
        room from where the girl's obscene videos are being shared", "… from where the clips
        are …"), nor after one place or places named ("the cyber cafe in Muzaffarpur from where
        …", "the Mewat villages from where …"; reviews 2027-01-16a H1, H2, M1, e H2, g H2)."""
        word = tokens[first][2]
        if not (word.endswith("ed") or word in self.past_forms):
            return False
        sentence = sentence_of[first]
        at = first - 1
        if at >= 0 and tokens[at][2] == "being":
            at -= 1
        if at < 0 or tokens[at][2] not in ("is", "are"):
            return False
        where = next(
            (
                i
                for i in range(at - 1, max(0, at - _FROM_WHERE_REACH), -1)
                if tokens[i][2] == "where"
                and tokens[i - 1][2] == "from"
                and sentence_of[i - 1] == sentence
            ),
            None,
        )
        if where is None or any(tokens[i][2] == "s" for i in range(where + 1, at)):
            return False
        if where < 2 or tokens[where - 2][2] not in self.config.from_where_places:
            return False  # "the cyber cafe in Muzaffarpur from where …": one place
        if any(tokens[i][2] in _PARTICULAR_MATERIAL for i in range(where + 1, at)):
            return False  # "the villages from where the clips are being uploaded"
        if any(
            text[tokens[i][0]].isupper()
            and sentence_of[i] == sentence
            and i > 0
            and sentence_of[i - 1] == sentence
            for i in range(max(0, where - 5), where - 2)
        ):
            return False  # "the Mewat villages from where …": places named
        low, high = _sentence_span(sentence_of, first, first, _SENTENCE_REACH)
        doers = self.charged_person_words
        case_words = self.config.from_where_case_words
        return not any(
            tokens[i][2] in doers
            or tokens[i][2] in case_words
            or (i > first and tokens[i][2] == "by")
            for i in range(low, high + 1)
        )

    def _a_ruling_passed(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the "passed on" at *first* tells of no material passed on: a court's ruling
        passed on a day, in the passive or right after its noun, with a word of ``ruling_nouns``
        ("order", "verdict", "judgment") earlier in the sentence and only words of
        ``ruling_fillers`` between ("Orders on the bail plea will be passed on Friday", "The
        order passed on March 24"; not "According to the judgment, the accused passed on the
        video"; reviews 2026-12-16a F6, 16c); or a death, whose year ends its clause ("who
        passed on in 2021, had filed …", "passed on last year after a long illness"; not "the
        clips he passed on in 2022 to others")."""
        if tokens[first][2] != "passed" or first + 1 >= len(tokens) or tokens[first + 1][2] != "on":
            return False
        after = [tokens[j][2] for j in range(first + 2, min(len(tokens), first + 4))]
        year = after[:1] == ["in"] and len(after) > 1 and len(after[1]) == 4 and after[1].isdigit()
        last = after[:1] == ["last"] and len(after) > 1 and after[1] in ("year", "month", "week")
        ends = (
            _clause_ends(text, tokens, sentence_of, first + 3)
            or (first + 4 < len(tokens) and tokens[first + 4][2] in _DEATH_AFTER)
            # "passed on last year at the age of 70", "in 2021 at a hospital" (not "at least 40
            # videos"; reviews 2026-12-17b F8, 17c F9)
            or [t[2] for t in tokens[first + 4 : first + 7]] == ["at", "the", "age"]
            or (
                first + 6 < len(tokens)
                and tokens[first + 4][2] == "at"
                and tokens[first + 6][2] in _DEATH_PLACES
            )
        )
        if [t[2] for t in tokens[first + 2 : first + 5]] == ["at", "the", "age"]:
            return True  # "who passed on at the age of 70"
        if after[:1] == ["away"] or ((year or last) and ends):
            # "the victim's father, who passed on in 2021.": died (16a M-c); not "the clips he
            # passed on in 2022 to others" (16c)
            return True
        before = tokens[first - 1][2] if first else ""
        if before.endswith("ly") and first > 1:
            before = tokens[first - 2][2]  # "was finally passed on Monday" (16d M-c)
        if before not in _PASSIVE_BE and before not in self._ruling_nouns:
            return False  # "According to the judgment, the accused passed on the video" (16c)
        nouns = self._ruling_nouns
        fillers = self._ruling_fillers
        sentence = sentence_of[first]
        for j in range(first - 1, max(-1, first - 1 - _RULING_REACH), -1):
            if sentence_of[j] != sentence:
                return False
            word = tokens[j][2]
            if word in nouns:
                return True
            if word not in fillers and not word.endswith("ly"):
                # (an adverb too: "The verdict was reportedly passed on Friday"; 17a F11)
                return False
        return False

    @cached_property
    def _ruling_nouns(self) -> frozenset[str]:
        """The config's ``ruling_nouns``, lower-cased."""
        return frozenset(w.lower() for w in self.config.ruling_nouns)

    @cached_property
    def _ruling_fillers(self) -> frozenset[str]:
        """The config's ``ruling_fillers``, lower-cased."""
        return frozenset(w.lower() for w in self.config.ruling_fillers)

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
        if first > 0 and tokens[first - 1][2] in self.config.topic_list_doers:
            return False  # "no awareness about the accused sharing obscene photos": his act
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

    def _minimised_act(self, text: str, tokens: list[tuple[int, int, str]], first: int) -> bool:
        """Whether the conduct word at *first* is a past verb that "merely", "simply", "only"
        or "just" right before it plays down, with "he", "she", a doer (``particular_doers``) or
        a name as its subject, right before it or before its auxiliary: "the accused had merely
        downloaded it onto his electronic gadget" tells his act (survey of unseen English
        pages, 2027-01-15), where "mere downloading" states the law; not "who" or people in
        general ("Even a person who has merely downloaded child pornography can be
        prosecuted", "People have simply forwarded …"; reviews 2027-01-15e M1, 15g M3)."""
        if first < 2 or tokens[first - 1][2] not in _PLAYING_DOWN:
            return False
        word = tokens[first][2]
        if not ((word.endswith("ed") and len(word) > 4) or word in self.past_forms):
            return False
        before = tokens[first - 2][2]
        if before in _PAST_AUXILIARIES:
            # the auxiliary's subject a particular one: a pronoun, a doer or a name ("the
            # accused had merely downloaded"), not "who" or people in general ("Those who have
            # simply forwarded …", "People have simply forwarded …"; reviews 2027-01-15e M1,
            # 15g M3)
            if first < 3:
                return False
            subject = tokens[first - 3]
            return (
                subject[2] in _PARTICULAR_PRONOUNS
                or subject[2] in self.particular_doers
                or (
                    text[subject[0]].isupper()
                    and subject[2] not in self.generic_subjects
                    and subject[2] not in _PEOPLE_IN_GENERAL
                    and not subject[2].endswith("s")
                )
            )
        return before in _PARTICULAR_PRONOUNS or before in self.particular_doers

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

    def _kinds_of_cases(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first* names a kind of case told to exist or to rise,
        no one's act: a noun of ``counted_cases`` or ``counted_reports`` and "of" before it in
        its sentence (the act its object, or a later member of a list of kinds: "There are
        cases of cyber stalking, morphing videos especially of female students and sharing
        pornographic content on various social media groups"), with one of
        ``kinds_of_cases_before`` ("an increase in the number of cases of …") or "there" and a
        form of "be" up to five words before the noun. Not past a word of ``kinds_of_cases_stops``
        between, nor with one after the act in its sentence ("There were cases in which the
        accused shared …", "cases of sharing … against him", "… by a gang", "…, and the account
        holder was arrested"), nor with one named right after "of" ("instances of Ramesh sending
        …", "incidents of the teacher filming …": a determiner, a possessive or a capital;
        review 2027-01-11 C1, C2)."""
        before_words = self.kinds_of_cases_before
        if not before_words:
            return False
        stops = self.kinds_of_cases_stops
        sentence = sentence_of[first]
        # (a doer after the act: a clause's word near it, an arrest to the sentence's end; not
        # past the speaker's words, "…, adding that they …": review 2027-01-11c N-C2)
        # (past a semicolon, an arrest "for" other acts is theirs: "…; 25 people were arrested
        # for downloading and sharing such content"; "…; the accused Rohit was arrested" is
        # this act's doer: review 2027-01-11c N-C3)
        arrests = self.kinds_of_cases_arrests
        clause_ended = False
        for at in range(first + 1, min(len(tokens), first + _KINDS_OF_CASES_AFTER)):
            word = tokens[at][2]
            if sentence_of[at] != sentence or word in self.kinds_of_cases_speech:
                break
            clause_ended = clause_ended or ";" in text[tokens[at - 1][1] : tokens[at][0]]
            if word in arrests and not (
                clause_ended and at + 1 < len(tokens) and tokens[at + 1][2] == "for"
            ):
                return False
            if word in stops and at - first < _KINDS_OF_CASES_REACH and not clause_ended:
                return False
        nouns = frozenset((*self.config.counted_cases, *self.config.counted_reports))
        for at in range(first - 1, max(0, first - _KINDS_OF_CASES_REACH), -1):
            if sentence_of[at] != sentence:
                return False
            word = tokens[at][2]
            if word in stops:
                return False
            if word == "of" and tokens[at - 1][2] in nouns and sentence_of[at - 1] == sentence:
                if self._one_named_after_of(text, tokens, at + 1, first):
                    return False  # "instances of Ramesh sending …", "… of the teacher filming …"
                for j in range(at - 2, max(-1, at - 8), -1):
                    if sentence_of[j] != sentence:
                        return False
                    told = tokens[j][2]
                    if told in before_words:
                        return True
                    if told == "there" and tokens[j + 1][2] in self.kinds_of_cases_be:
                        return True
                return False
        return False

    def _one_named_after_of(
        self, text: str, tokens: list[tuple[int, int, str]], at: int, first: int
    ) -> bool:
        """Whether the words at *at*, right after "cases of", name one doer before the act at
        *first*: a determiner or a possessive and a person ("the teacher filming …", not "the
        sharing of …", "a child being groomed"), or a name, capitalised, not all capitals and
        none of ``kinds_of_cases_not_names``, with the act's gerund right after it ("Ramesh
        sending …"; not "WhatsApp sharing", "CSAM uploading", "NRI men sending", "Instagram
        users morphing": review 2027-01-11c N-C1)."""
        if at >= first:
            return False
        word = tokens[at][2]
        following = tokens[at + 1][2] if at + 1 < len(tokens) else ""
        if word in _NAMING_WORDS:
            return not (
                following.endswith("ing")
                or following in self.child_words
                or following in self.kinds_of_cases_not_names
            )
        written = text[tokens[at][0] : tokens[at][1]]
        return (
            written[:1].isupper()
            and not written.isupper()
            and word not in self.kinds_of_cases_not_names
            and following.endswith("ing")
        )

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
