"""Who did it: the subject of a conduct word, lawful agents (police, courts, platforms) and
requests made by them, negation next to the verb, passives and material owned by another.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawref.analysis.english.clauses import (
    _BE_FORMS,
    _POSSESSIVES,
    _before_aside,
)
from lawref.analysis.english.words import ReaderWords
from lawref.analysis.models import (
    Frame,
)

# words after "no" that make it a comparison, not a denial ("no less than 300 videos")
_NOT_DENYING = frozenset({"less", "fewer", "more", "sooner", "longer", "other", "doubt"})

# the words after "not" that make it no negation ("not only shared … but also uploaded")
_NOT_ONLY = frozenset({"only", "just", "merely"})

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

# the words before "of" that take a part of a group: "one of the victims"
_PARTITIVES = frozenset({"one", "two", "some", "all", "both", "many", "several", "few", "most"})
# possessives of a person right after a verb of sharing, naming whose the material is ("share
# her photos"; not "this", "that", "its")
_OWNERS = frozenset({"her", "his", "their"})
# an object pronoun before the material ("forward him her photos"), and the recipients that are the
# offender himself ("to him", "with me")
_OBJECT_PRONOUNS = frozenset({"him", "me", "us", "them"})
# words before a recipient of what is sent, and before a place it is shared in; a recipient
# other than the offender opens with one of these ("to his friends", "with other boys"; not "to
# him", nor "to blackmail her", a purpose)
_TO_RECIPIENT = frozenset({"to", "with", "among"})
_RECIPIENT_OPENERS = frozenset(
    {"his", "her", "their", "the", "other", "others", "all", "some", "many", "several", "a", "an"}
)
_INTO_PLACE = frozenset({"in", "on", "into", "onto"})
# places material is shared in for others to see (a group, a channel, a site)
_SHARED_PLACES = frozenset(
    {"group", "groups", "channel", "channels", "website", "websites", "site", "sites", "page"}
)
# words after "of" that name another's material ("of the girl", "of his classmate"; not "of
# marriage", "of herself", nor "of her private parts" said of a girl)
_OF_ANOTHER = frozenset({"the", "a", "an", "another", "other", "his", "her", "their", "this"})
# persons whose own material "his" or "her" names ("made the boy share her obscene video" is
# another's)
_MALE_PERSONS = frozenset({"boy", "boys", "son", "sons", "him", "brother"})
_FEMALE_PERSONS = frozenset(
    {"girl", "girls", "her", "daughter", "daughters", "sister", "schoolgirl", "schoolgirls"}
)
# words of an age between a causative and its person ("made the 14-year-old girl share")
_AGE_WORDS = frozenset({"year", "years", "old", "aged", "minor", "young", "little"})


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


# How far back a passive frame's subject phrase is read for a preposition.
_NOUN_PHRASE = 5

# How far after a passive trigger the phrase its material came from is read.
_ORIGIN_REACH = 10


# a finite verb or an irregular participle inside a noun of acting's "of" phrase: a "by" after it
# is that verb's ("the sharing of the photos found by police")
_CLAUSE_VERBS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "be", "been", "being", "found", "seen"}
    | {"taken", "shown", "given", "held", "caught", "got", "gotten", "known", "done", "written"}
)


# in a recipient's phrase: determiners before it, modifiers of its head, and the words that may
# follow the head ("to the forensic science laboratory for examination")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_RECIPIENT_MODIFIERS = frozenset({"forensic", "science", "state", "central", "regional", "special"})
_AFTER_A_RECIPIENT = frozenset(
    {"is", "are", "was", "were", "has", "had", "have", "for", "in", "on", "at", "during", "after"}
    | {"before", "under", "as", "without", "and", "to", "with", "of", "by", "which", "who"}
)


class SubjectRules(ReaderWords):
    """Who did what a conduct word tells: the subject of its clause (a person, a role, a name, or
    one of the lawful agents of ``lawful_agents``: police, courts, platforms, journalists), its
    speaker, a request made by an authority ("the police asked Facebook to delete the videos"),
    "not" next to the verb, passives whose subject is acted on and material owned by another.
    Issue #13: a mention counts only when an offender does it."""

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
        if self._in_a_negated_phrase(tokens, first, sentence_of):
            return True
        return self._no_passive_subject(text, tokens, first, sentence_of)

    def _in_a_negated_phrase(
        self, tokens: list[tuple[int, int, str]], first: int, sentence_of: list[int]
    ) -> bool:
        """Whether the conduct noun at *first* stands in a noun phrase a negator opens, past
        ``negation_window``: only ``negated_phrase_words`` and other nouns of acts (in "-ion",
        "-age", "-ing") between ("without any actual or physical possession or storage")."""
        allowed = frozenset(self.config.negated_phrase_words)
        if not allowed:
            return False
        sentence = sentence_of[first]
        for index in range(first - 1, max(-1, first - 9), -1):
            word = tokens[index][2]
            if sentence_of[index] != sentence:
                return False
            if word in self.negators:
                return True
            if word not in allowed and not (
                word in self.conduct_first_words and word.endswith(("ion", "age", "ing"))
            ):
                return False
        return False

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

    def _asked_of_a_victim(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        conduct: str,
    ) -> bool:
        """Whether the conduct word at *first* is what a child or a victim was asked, lured or
        made to do with her own pictures, for the offender himself: right before it, one of
        ``asked_persons`` ("her", "the girl") after "to", with one of ``asking_verbs`` at
        most six words before and its object the person ("asked her to share her photos",
        "lured her to forward her private photos", "Requests were sent to the girl to forward
        her nude photos"), or right after a person and one of ``causative_verbs`` with only
        determiners, a child word or an age between ("made the 14-year-old girl share her nude
        photos"); no comma or clause between (not "the accused who had raped the minor girl
        uploaded …"; review 2026-12-19b H1); and the material hers (:meth:`_her_own_material`).
        She sends them; the offender's act is enticing her (POCSO s.11(vi), IT Act s.67B(c)),
        which the grooming frames read. Not another's material passed on ("asked the teenager
        to share the obscene video of the girl", "asked his friend to circulate the video"), nor
        hers sent to others ("made the girl share her nude photos with his clients"): he
        causes it to be transmitted, s.67B(a). Only for ``asked_conducts``. What a child is
        made to watch (``shown_conducts``: "forcing girl students to watch obscene videos") is
        shown to her, whoever's the material (POCSO s.11(iii)), not the offender's viewing."""
        if conduct not in self.config.asked_conducts:
            return False
        sentence = sentence_of[first]

        def joined(left: int) -> bool:
            # the word at *left* and the next in one sentence with only a space or a hyphen
            # between ("the 14-year-old girl")
            return (
                left >= 0
                and sentence_of[left] == sentence
                and text[tokens[left][1] : tokens[left + 1][0]].strip() in ("", "-")
            )

        person = first - 1
        causative = not (joined(person) and tokens[person][2] == "to")
        if not causative:
            person -= 1
        if not joined(person) or tokens[person][2] not in self.asked_persons:
            return False
        if conduct not in self.config.shown_conducts and not self._her_own_material(
            text, tokens, sentence_of, first, tokens[person][2]
        ):
            return False
        verbs = self.causative_verbs if causative else self.asking_verbs
        for at in range(person - 1, max(-1, person - 7), -1):
            if not joined(at) or tokens[at + 1][2] in self.request_blockers:
                return False
            word = tokens[at][2]
            if word in verbs:
                return True
            if causative and not (
                word in self.config.determiners
                or word in self.asked_persons
                or word in _AGE_WORDS
                or word.isdigit()
            ):
                return False  # a causative's object is the person, with nothing else between
        return False

    def _her_own_material(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        person: str,
    ) -> bool:
        """Whether what the conduct word at *first* acts on is the asked *person*'s own, sent to
        the offender: "her", "his" or "their" right after it, past one object pronoun ("forward
        him her nude photos"), agreeing with the person (not "made the boy share her obscene
        video"), or "of herself", "of himself"; and no genitive in its first words ("her
        friend's photos", "her younger sister's"), no "of" another in its clause ("his video of
        the girl"; reviews 2026-12-19b H2, 19d H4; not "on the pretext of marriage", 19e M1), and
        no other recipient or place ("… with his clients", "… to his friends", "… in the
        group": review 2026-12-19b H6)."""
        sentence = sentence_of[first]
        clause: list[str] = []
        at = first + 1
        while at < len(tokens) and at <= first + 12 and sentence_of[at] == sentence:
            gap = text[tokens[at - 1][1] : tokens[at][0]]
            if any(mark in gap for mark in ",;:()"):
                break
            clause.append(tokens[at][2] if "'" not in gap and "\u2019" not in gap else "'s")
            at += 1
        words = clause[1:] if clause and clause[0] in _OBJECT_PRONOUNS else clause
        if "'s" in words[:5]:
            return False  # "her friend's photos", "her younger sister's"
        owner = words[0] if words and words[0] in _OWNERS else None
        if owner is not None and person in _MALE_PERSONS and owner == "her":
            return False
        if owner is not None and person in _FEMALE_PERSONS and owner == "his":
            return False
        of_self = any(
            word == "of" and clause[index + 1] in self.own_material_words
            for index, word in enumerate(clause[:-1])
        )
        if owner is None and not of_self:
            return False
        for index, word in enumerate(clause[:-1]):
            whose = clause[index + 1]
            if (
                word == "of"
                and whose in _OF_ANOTHER
                and not (whose == "her" and person not in _MALE_PERSONS)
                and not (whose == "his" and person in _MALE_PERSONS)
            ):
                return False  # "his video of the girl": another's (not "of her private parts")
            if word in _TO_RECIPIENT and clause[index + 1] in _RECIPIENT_OPENERS:
                return False  # "… to his friends", "… with his clients"
            if word in _INTO_PLACE and any(
                w in _SHARED_PLACES for w in clause[index + 1 : index + 4]
            ):
                return False  # "… in the group", "… on his website"
        return True

    def _nominal_done_by_lawful_agent(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], last: int
    ) -> bool:
        """Whether the conduct word ending at *last* is a noun of acting whose "of" phrase is
        followed by a "by" naming an official of ``nominal_official_agents`` (the police, a
        court, an investigating agency): "Forwarding of the clips by the police to the
        accused's lawyer", "the sharing of the clips by the SIT with the forensic laboratory".
        The agent after
        "by" is the doer, as in a passive, and an official handling a case's material is no
        offender (survey of unseen English pages, 2027-01-14, left open then). The "of" phrase
        is at most seven words with no mark and no participle in it (the "by" of "the photos
        recovered by police" is the participle's; review 2027-01-15a H4); the official is the
        agent's whole head, past a determiner, and "to" or "with" follows it with a recipient
        inside the case (``nominal_official_recipients``: the accused's lawyer, a court, a
        forensic laboratory), so that a leak by the police ("… by cops to a porn site", "… by
        police on WhatsApp groups") stays an act (reviews 2027-01-15a H2, M2, 15c H8, 15e H4).
        Not an official who may be the offender, a camera or an NGO (15a H1, H3)."""
        config = self.config
        sentence = sentence_of[last]
        of = last if tokens[last][2] == "of" else last + 1  # the trigger "circulation of"
        if of != last and (
            of >= len(tokens)
            or sentence_of[of] != sentence
            or tokens[of][2] != "of"
            or text[tokens[last][1] : tokens[of][0]].strip()
        ):
            return False
        for by in range(of + 1, min(len(tokens), of + 9)):
            word = tokens[by][2]
            if sentence_of[by] != sentence or text[tokens[by - 1][1] : tokens[by][0]].strip():
                return False
            if word != "by" and (
                (word.endswith("ed") and len(word) > 4)
                or word in self.past_forms
                or word in _CLAUSE_VERBS
            ):
                # "the sharing of the photos recovered by police", "Advertisement of … was
                # found by the police": the "by" is another verb's
                return False
            if word != "by":
                continue
            at = by + 1
            while at < len(tokens) and tokens[at][2] in self.config.determiners:
                at += 1
            if at >= len(tokens) or sentence_of[at] != sentence:
                return False
            if tokens[at][2] not in config.nominal_official_agents:
                return False
            # … handing it on inside the case: "to" or "with" and a recipient of
            # ``nominal_official_recipients`` (the accused's lawyer, a court, a forensic
            # laboratory) as the head of its phrase; not to a porn site, a news channel or
            # WhatsApp groups, which a leak reaches (reviews 2027-01-15e H4, 15g M2)
            following = at + 1
            if (
                following >= len(tokens)
                or sentence_of[following] != sentence
                or text[tokens[at][1] : tokens[following][0]].strip()
                or tokens[following][2] not in ("to", "with")
            ):
                return False
            return self._case_recipient(text, tokens, sentence_of, following + 1)
        return False

    def _case_recipient(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], at: int
    ) -> bool:
        """Whether the phrase opening at *at* (after "to" or "with") has a recipient inside the
        case as its head (``nominal_official_recipients``): past a determiner and possessives
        ("the accused's lawyer", "the forensic science laboratory"), the head is one, and no
        other noun follows it ("to a lawyer friend who posted it", "to the accused's lawyer's
        son", "to the court's WhatsApp group" are private people's; review 2027-01-15g M2)."""
        recipients = self.config.nominal_official_recipients
        sentence = sentence_of[at - 1]
        k = at
        while k < len(tokens) and sentence_of[k] == sentence and tokens[k][2] in _DETERMINERS:
            k += 1
        seen = 0
        while k < len(tokens) and sentence_of[k] == sentence and seen < 6:
            seen += 1
            following = k + 1
            possessive = (
                following < len(tokens)
                and tokens[following][2] == "s"
                and text[tokens[k][1] : tokens[following][0]] in ("'", "\u2019")
            )
            if possessive:
                k = following + 1  # "the accused's …"
                continue
            if tokens[k][2] not in recipients and tokens[k][2] not in _RECIPIENT_MODIFIERS:
                return False
            ends = (
                following >= len(tokens)
                or sentence_of[following] != sentence
                or bool(text[tokens[k][1] : tokens[following][0]].strip())
                or tokens[following][2] in _AFTER_A_RECIPIENT
            )
            if ends:
                return tokens[k][2] in recipients
            k = following
        return False

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
