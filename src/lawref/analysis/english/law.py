"""Law, not conduct: a sentence that restates a provision or its heading, speaks of offenders
in general, states what is prohibited, or tells a punishment of the law for an act.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from lawref.analysis.english.clauses import (
    _BE_FORMS,
    _DEFINITE,
    _ECHO,
    _POSSESSIVES,
    _a_name_before,
    _before_aside,
    _Phrases,
    _sentence_span,
)
from lawref.analysis.english.words import ReaderWords
from lawref.numbers import NUMBER_WORDS

# how many words after a conduct word its object is looked for in, and the words that make it
# a particular one or a kind
_OBJECT_WINDOW = 6

_KINDS = frozenset({"such", "children", "minors", "kids", "child", "abuse"})

# a year, not a count ("In 2022 people who circulate …")
_A_YEAR = re.compile(r"(?:19|20)\d\d")

# the words before a finding verb that foretell it ("will be arrested", "are being tracked")
_FORETOLD = frozenset({"be", "being", "will", "would", "shall", "can", "could", "may", "might"})

# groups whose people, "of" them, are particular: "a racket of people who sell …"
_GROUPS = frozenset(
    {
        "racket",
        "gang",
        "network",
        "ring",
        "homes",
        "houses",
        "one",
        "some",
        "many",
    }
)

# verbs that find or hold particular people: "identified persons who upload …", "arrested two"
_FINDING = frozenset(
    {
        "identified",
        "arrested",
        "nabbed",
        "raided",
        "busted",
        "caught",
        "detained",
        "traced",
        "held",
        "booked",
        "apprehended",
        "tracked",
    }
)

# how many words after a conduct word a run of a provision's words may start and still hold it
# (a list of the statute's verbs: "publishes, transmits or causes to be published …")
_ECHO_AFTER = 8

# how far either side of a word its sentence is read for a statute's general subject
_SENTENCE_WORDS = 60


def _sentence_start(sentence_of: list[int], index: int, reach: int) -> int | None:
    """The index of the first word of the sentence of the word at *index*, or None when it lies
    more than *reach* words back (a long sentence is not read whole: linear)."""
    start = index
    while start > 0 and sentence_of[start - 1] == sentence_of[index]:
        start -= 1
        if index - start > reach:
            return None
    return start


def _opens_its_line(text: str, at: int) -> bool:
    """Whether only a bullet, a number or punctuation stands between the start of *at*'s line
    and *at* (at most 12 characters back: linear)."""
    low = max(0, at - 12)
    brk = text.rfind("\n", low, at)
    if brk < 0 and low > 0:
        return False
    return not any(ch.isalpha() for ch in text[brk + 1 : at])


def _clause_label(
    text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], index: int
) -> bool:
    """Whether the sentence of the word at *index* opens with a statute's clause label, "(a)",
    "(iv)", on a line of its own: a provision's clause quoted ("(a) publishes or transmits or
    causes to be published …"), its "Whoever" lines before it."""
    low = index
    while low > 0 and sentence_of[low - 1] == sentence_of[index] and index - low < _SENTENCE_WORDS:
        low -= 1
    start, end, word = tokens[low]
    if len(word) > 4 or not (len(word) == 1 or set(word) <= set("ivx")):
        return False
    before = text[max(0, start - 8) : start].rstrip(" \t")
    if not before.endswith("(") or text[end : end + 1] != ")":
        return False
    opening = before[:-1].rstrip(" \t")
    return opening.endswith("\n") or (not opening and start <= 8)


# words that make a subject any or every one ("every person in Telangana", "a student")
_QUANTIFIERS = frozenset({"every", "any", "a", "an", "all", "each", "some", "many", "most"})


def _opens_with(
    tokens: list[tuple[int, int, str]],
    sentence_of: list[int],
    at: int,
    span: int,
    phrases: Sequence[str],
) -> bool:
    """Whether the *span* words after *at*, in its sentence, open with one of *phrases* ("has"
    then "seen an alarming rise")."""
    said = " ".join(
        tokens[k][2]
        for k in range(at + 1, min(len(tokens), at + 1 + span))
        if sentence_of[k] == sentence_of[at]
    )
    return any(said == phrase or said.startswith(phrase + " ") for phrase in phrases)


def _names_a_sentence(tokens: list[tuple[int, int, str]], at: int, openers: Sequence[str]) -> bool:
    """Whether the word at *at*, right after "given" or "gave him", opens a sentence of a
    court: one of *openers* ("life", "rigorous", "punishment"), or a number ("five", "5") whose
    term is not a time allowed for something ("was given three months to recommend …"); not
    "bail" or "details"."""
    if at >= len(tokens):
        return False
    word = tokens[at][2]
    if word in openers:
        return True
    if not (word.isdigit() or word in NUMBER_WORDS):
        return False
    return not (at + 2 < len(tokens) and tokens[at + 2][2] == "to")


# words that end the phrase of the other side of an acquaintance ("came in contact with the
# accused on Free Fire, police said")
_PHRASE_ENDS = frozenset(
    {"on", "through", "via", "in", "at", "over", "during", "while", "after", "and", "who"}
    | {"when", "but", "since", "from", "using", "said", "posing", "as", "claiming", "named"}
)


# words that point at a thing or person of the report's own: a gerund's object after one is the
# case's ("Uploading her photos harms her reputation", "Selling these videos …")
_POINTERS = frozenset(
    {"the", "her", "his", "their", "this", "these", "that", "those", "its", "my", "our", "your"}
)

# … of which these point at the report's own person wherever they stand ("Sending nude photos to
# her on Instagram amounts to …"; review 2027-01-12e H6)
_PERSONAL_POINTERS = frozenset({"her", "his", "their"})

# the prepositions of place after which "the" names no particular thing ("on the dark web")
_PLACE_PREPOSITIONS = frozenset(
    {"on", "through", "across", "over", "in", "among", "via", "into", "onto", "from", "with"}
    | {"by", "for", "of"}
)

# the words that may stand between a court's "that" and the kind of act it holds of ("held that
# mere viewing …")
_HOLDING_SUBJECT_OPENERS = frozenset({"mere", "merely", "such", "any", "only", "even", "simply"})

# pointers that make what follows a particular thing ("circulating the obscene video")
_DEFINITE_POINTERS = frozenset({"the", "this", "these", "those"})

# … and the nouns that name a kind of act before "of" and its gerund ("held that the act of sharing
# or forwarding such material promotes …"; survey of unseen English pages, 2027-01-16)
_HOLDING_ACT_NOUNS = frozenset({"act", "acts"})

# the prepositions that end a gerund's object ("Sharing child abuse material on the internet"; the
# pointers after one are not the object's: review 2027-01-12c M1)
_PREPOSITIONS = frozenset(
    {"on", "in", "at", "to", "with", "through", "via", "over", "from", "for", "by", "into", "onto"}
)

# words that make a label a case's, not a kind of act's ("What he did:", "How they did it:"),
# and that make what follows it a case's ("… since March, says FIR"; review 2027-01-14a H4)
_LABEL_NOT = frozenset(
    {"he", "she", "they", "we", "you", "i", "what", "how", "who", "when", "why", "did"}
    | {"does", "do", "done", "says", "said", "police", "fir", "net", "lens", "arrested"}
    | {"held", "booked", "nabbed", "lands", "landed", "jail", "jailed", "gets", "bars"}
    # a headline's end after a "What is …?" label ("… nude photos, Rajkot youth in custody",
    # "…, Pune techie confesses"; review 2027-01-15a H5)
    | {"custody", "confesses", "confess", "confessed", "case", "gang", "investigators"}
    # a case's charge as a label ("Grooming charge: Befriending a girl on Instagram …"; review
    # 2027-01-16g H3)
    | {"charge", "charges", "allegation", "allegations"}
)

# a child named in the singular with no indefinite word before it is a headline's particular
# child ("Blackmailing schoolgirl with nude photos"), not a definition's ("a child"; review
# 2027-01-15a H5)
_SINGULAR_CHILDREN = frozenset(
    {"child", "girl", "boy", "minor", "schoolgirl", "schoolboy", "student", "teenager", "teen"}
    | {"daughter", "son", "kid"}
)
_INDEFINITES = frozenset({"a", "an", "any", "every", "one", "another", "each", "or", "and"})

# the pronouns that may point back to an indefinite child in a definition, by the child's word
_HER = frozenset({"her"})
_HIS = frozenset({"his", "him"})
_PRONOUNS_OF = {
    "girl": _HER,
    "schoolgirl": _HER,
    "daughter": _HER,
    "boy": _HIS,
    "schoolboy": _HIS,
    "son": _HIS,
    "child": _HER | _HIS,
    "minor": _HER | _HIS,
    "student": _HER | _HIS,
    "teenager": _HER | _HIS,
    "teen": _HER | _HIS,
    "kid": _HER | _HIS,
}

# people a pronoun may own who are a doer's, not the child's ("his friends")
_PEOPLE_OWNED = frozenset({"friend", "friends", "contacts", "followers", "associates"})

# people in general, who may open a definition ("Adults establishing online relationships with
# minors")
_DEFINED_PEOPLE = frozenset({"adults", "people", "persons", "individuals", "users", "strangers"})

# finite auxiliaries: a definition after a label has none ("Grooming: Teachers sending obscene
# messages were arrested" tells a case)
_FINITE_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "will", "would"}
    | {"shall", "should", "can", "could", "may", "might", "must"}
)

# one school, class or place, after "a": a particular incident's, not a trend's ("Sharing of nude
# photos of students from a Latur school has witnessed a surge"; review 2027-01-15g M1)
_ONE_PLACE = frozenset({"school", "college", "class", "village", "hostel", "family", "coaching"})

# words between a conduct noun and a perfect's "has seen a rise" that make the noun another
# clause's or a particular doer's ("… even though cyber crime has been on the rise", "… by the
# gang has seen a rise"; review 2027-01-15c H5)
_TREND_PERFECT_BREAKS = frozenset({"though", "although", "even", "by", "whereas", "while"})

# what may stand between a cleft's opener and its focus ("It's not just spreading …")
_CLEFT_BETWEEN = frozenset({"not", "just", "only", "merely", "simply", "also", "even"})


class LawRules(ReaderWords):
    """Sentences that state law rather than tell an act: a provision's words or heading restated
    (lawref holds the statutes' verbatim text), offenders spoken of in general ("predators lure
    children"), what the law prohibits, and the punishment of the law for an act; a case told
    after a provision's words is still conduct."""

    # the report whose words were last read for ``report_words``, and what was found per rule
    _kept_report_words: tuple[list[tuple[int, int, str]], dict[int, bool]] | None = None

    def _gerund_in_general(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first*, a word in "-ing" that opens its sentence, is the
        subject of a verb of ``gerund_general_verbs`` in the present within its noun phrase's
        next seven words, before any comma, past verb or word that points at the report's own
        thing or person (``_POINTERS``: "the", "her", "these"): "Sharing such clips victimises
        the children repeatedly" is what the conduct does in general (survey of unseen English
        pages, 2027-01-12); "Uploading her photos harms her reputation" is the case's (review
        2027-01-12a)."""
        verbs = self.gerund_general_verb_words
        word = tokens[first][2]
        sentence = sentence_of[first]
        if (
            not verbs
            or not word.endswith("ing")
            or (first > 0 and sentence_of[first - 1] == sentence)
        ):
            return False
        in_object = True  # the gerund's own object, up to its first preposition
        for k in range(first + 1, min(len(tokens), first + 8)):
            if sentence_of[k] != sentence or "," in text[tokens[k - 1][1] : tokens[k][0]]:
                return False
            said = tokens[k][2]
            if said in _PREPOSITIONS:
                in_object = False  # "Sharing child abuse material on the internet harms …"
            if (
                said.endswith("ed")
                or said in self.past_forms
                or (said in _POINTERS and (in_object or said in _PERSONAL_POINTERS))
            ):
                return False  # a past, or the report's own thing or person ("the", "her")
            if said in verbs:
                return True
        return False

    def _cleft_law(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first* is the focus of a cleft sentence that states the
        law: it opens with one of ``cleft_openers`` ("it is", "it's"), at most "not just",
        "only" and the like between, and a "that" within fifteen words after it is followed by
        a law's predicate ("It's not just spreading obscene videos or pictures of children
        that's a crime"; survey of unseen English pages, 2027-01-12). Linear: reads at most
        five words back and sixteen on."""
        sentence = sentence_of[first]
        start = first
        while start > 0 and sentence_of[start - 1] == sentence and first - start < 6:
            start -= 1
        if sentence_of[start] != sentence or (start > 0 and sentence_of[start - 1] == sentence):
            return False
        before = [tokens[i][2] for i in range(start, first)]
        opener = next(
            (len(o) for o in self.config.cleft_openers if tuple(before[: len(o)]) == tuple(o)),
            0,
        )
        if not opener or not set(before[opener:]) <= _CLEFT_BETWEEN:
            return False
        for j in range(first + 1, min(len(tokens) - 1, first + 16)):
            if sentence_of[j] != sentence:
                return False
            if tokens[j][2] != "that":
                continue
            rest = [tokens[i][2] for i in range(j + 1, min(len(tokens), j + 8))]
            if rest[:1] == ["s"]:
                rest = ["is", *rest[1:]]
            return self.law_predicates.at(rest, 0)
        return False

    def _about_a_provision(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the sentence of the conduct word at *first* is about a provision: past a
        label of at most four words and a colon ("Storage/possession:"), it opens with a
        provision's words (``provision_subject_heads``: "Section", "POCSO", "IT Act", "The
        BNS") and a verb of what a law does follows within twelve words, up to the conduct
        word (``provision_verbs``: "POCSO Section 15 creates a specific three-tier possession
        offence", "IT Act Section 67B primarily targets electronic publication", "Section 15 …
        declares possessing child pornography as a crime"; seventeenth session, batch dev-43).
        A provision said of an accused ("Section 67B was invoked against him for sharing …")
        has no such verb. Reads at most forty words back: linear."""
        config = self.config
        heads = self.provision_heads
        verbs = self.provision_verb_words
        if not config.provision_subject_heads or not verbs:
            return False
        sentence = sentence_of[first]
        found = _sentence_start(sentence_of, first, 40)
        if found is None:
            return False
        start = found
        # a label before a colon ("Storage/possession: POCSO Section 15 creates …"), which may
        # hold the conduct word itself
        end = first
        for label_end in range(start, min(len(tokens) - 1, start + 4)):
            if sentence_of[label_end + 1] != sentence:
                break
            gap = text[tokens[label_end][1] : tokens[label_end + 1][0]]
            if ":" in gap:
                # (not a provision's own name before the colon: "Section 67A: Deals with the
                # publishing or transmission of …", a glossary's line; survey of unseen English
                # pages, 2027-01-09)
                if not heads.at([tokens[i][2] for i in range(start, label_end + 1)], 0):
                    start = label_end + 1
                end = max(first, start + 12)
                break
        if start == found:
            # a court's or a speaker's "that" before the provision ("Justice X highlighted that
            # the law is designed to target …", "He confirmed that Section 67B specifically
            # targets …"): the provision's words open the reported clause
            start = self._reported_clause_start(tokens, sentence_of, start, first)
            end = max(first, start + 12) if start != found else first
        high = min(len(tokens), end + 1, start + 13)
        opening = [tokens[i][2] for i in range(start, min(high, start + 6))]
        if not opening or not heads.at(opening, 0):
            return False
        # (the verb may be the conduct word itself: "POCSO Section 14 creates …"); the
        # provision's own verb, before any clause's opener or ";" ("Section 67B, which carries
        # …, was invoked against the man who shared …"), in a sentence that names no doer
        # ("Sections invoked against the accused include …"; review 2026-12-13d H1)
        doers = self._heading_doers
        stops = self.provision_stop_words
        sentence_words = {
            tokens[i][2]
            for i in range(start, min(len(tokens), first + 30))
            if sentence_of[i] == sentence
        }
        if not sentence_words.isdisjoint(doers):
            return False
        phrases = self.provision_verb_phrases
        gerund_verbs = self.provision_gerund_verb_words
        said = [tokens[i][2] for i in range(start, min(len(tokens), high + 2))]
        for i in range(start + 1, high):
            if sentence_of[i] != sentence or ";" in text[tokens[i - 1][1] : tokens[i][0]]:
                return False
            if tokens[i][2] in stops:
                return False
            if (
                tokens[i][2] in verbs
                or phrases.at(said, i - start)
                # "The POCSO Act makes storing child pornography a crime" (review 2026-12-14e
                # H2)
                or (
                    tokens[i][2] in gerund_verbs
                    and i + 1 < len(tokens)
                    and tokens[i + 1][2].endswith("ing")
                )
            ):
                # … and not past a ";" after which a doer is named ("The POCSO Act makes it
                # mandatory to report; the teacher had filmed …"; but "…; personal viewing of
                # downloaded CSAM is better covered by POCSO Section 15" is the law's)
                semicolon = text.rfind(";", tokens[i][1], tokens[first][0]) if first > i else -1
                if semicolon >= 0 and any(
                    tokens[k][2] in self.finite_doer_words
                    for k in range(i + 1, first)
                    if tokens[k][0] > semicolon
                ):
                    return False
                return first <= i or not self._case_after_provision(
                    text, tokens, sentence_of, i, first
                )
        return False

    def _case_after_provision(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        verb: int,
        first: int,
    ) -> bool:
        """Whether the conduct word at *first*, after a provision's verb at *verb*, is told of
        a case: past one of ``provision_after_stops``, a comma before "who" or "which", or ",
        and" before a new subject ("… applies to the tutor, who filmed …", "…, but the tutor
        had already circulated …"; not a list's serial comma, "the creation, storage, sharing,
        and transmission of …"), in "<someone>'s act of …" ("covers the tutor's act of
        uploading …"; not "a person's act of …"), or a past verb right after a doer or a name
        (reviews 2026-12-14f H3, H4, 14g H3). An explainer's content after the verb is a gerund
        or a noun."""
        stops = self.provision_after_stop_words
        general = frozenset(self.config.provision_general_doers)
        doers = (self.finite_doer_words - general) | frozenset(self.config.case_pronouns)
        for k in range(verb + 1, first):
            word = tokens[k][2]
            if word == "but" and k + 1 < first and tokens[k + 1][2] == "also":
                # "criminalizes not just the creation … but also the possession of such
                # materials": a correlative pair joins the provision's objects (survey of unseen
                # English pages, 2027-01-12)
                continue
            if word in stops:
                # a case only with its doer between: "because the tutor filmed …", "but he
                # had …"; not "because material shared online spreads fast" (review
                # 2026-12-15a H7)
                return any(
                    tokens[j][2] in doers
                    or (text[tokens[j][0]].isupper() and tokens[j][2] not in stops)
                    for j in range(k + 1, first)
                ) or self._definite_doer(tokens, k + 1, first, general)
            comma = "," in text[tokens[k - 1][1] : tokens[k][0]]
            if comma and (
                word in ("who", "which")
                or (
                    word == "and"
                    and k + 1 < first
                    and tokens[k + 1][2] in self.subject_words.clause_subject_heads
                )
            ):
                return True
        if first >= 3 and tokens[first - 1][2] == "of" and tokens[first - 2][2] == "act":
            # "the tutor's act of uploading", not "the act of uploading" or "a person's act of
            # storing" said in general (review 2026-12-14g H3)
            owner = tokens[first - 3][2]
            if owner in ("his", "her", "their"):
                return True
            return (
                owner == "s"
                and first >= 4
                and tokens[first - 4][2] not in self.config.general_people
                and tokens[first - 4][2] not in self.config.anyone_words
                and tokens[first - 4][2] not in general
            )
        word = tokens[first][2]
        return (word.endswith("ed") or word in self.past_forms) and (
            tokens[first - 1][2] in doers - frozenset(self.config.case_pronouns)
            or _a_name_before(text, tokens, sentence_of, first, self.subject_words)
        )

    def _definite_doer(
        self,
        tokens: list[tuple[int, int, str]],
        low: int,
        first: int,
        general: frozenset[str],
    ) -> bool:
        """Whether a definite person stands right before a past conduct word at *first*, from
        *low*: "the", "his", "her" or "their" and one to three words that are no material and
        no one in general ("because the school peon stored the videos"; not "because the
        material shared online …"; review 2026-12-15b H10)."""
        word = tokens[first][2]
        if not (word.endswith("ed") or word in self.past_forms):
            return False
        heads = self.subject_words.material_of_heads
        for j in range(max(low, first - 4), first - 1):
            if tokens[j][2] in ("the", "his", "her", "their"):
                nouns = [t[2] for t in tokens[j + 1 : first]]
                return 1 <= len(nouns) <= 3 and not any(n in heads or n in general for n in nouns)
        return False

    def _reported_clause_start(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], start: int, first: int
    ) -> int:
        """Where a clause reported by one of ``provision_reporting_verbs`` and "that" begins,
        within the first eight words of the sentence opening at *start* and before the conduct
        word at *first*; else *start*."""
        verbs = self.provision_reporting_verb_words
        sentence = sentence_of[start]
        for i in range(start, min(first - 1, start + 8)):
            if sentence_of[i + 1] != sentence:
                break
            if tokens[i][2] in verbs and tokens[i + 1][2] == "that":
                return i + 2
        return start

    def _class_by_present_relative(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first* is the present-tense verb of a relative clause
        that names a class of people, not an act: people in general (``general_people``,
        ``generic_subjects``: "persons", "people", "users", "offenders"), "who" or "that", and
        the verb in its plain or "-s" form, with at most three words of a joined list or
        adverbs between ("deal with persons who upload and circulate child pornography", "people
        who download child pornography"). A verb in the past, a perfect or a progressive
        ("persons who shared the videos", "people who have downloaded it", "users who are
        sharing it"), people counted or determined ("50 users who upload", "the persons who
        share"), of a racket or a gang ("a racket of people who sell …") or among others after
        a copula ("the accused is among users who share …"), found as told in the sentence
        ("identified persons who upload …", not "will be arrested"), or acting on a particular
        child's material ("people who circulate the video of the minor girl") tells of
        particular people and stays an act (reviews 2026-12-26b M4, 26c M4)."""
        word = tokens[first][2]
        if not word.isalpha() or word.endswith("ed") or word in self.past_forms:
            return False
        sentence = sentence_of[first]
        general = frozenset(self.config.general_people) | self.generic_subjects
        at = first - 1
        steps = 0
        while at > 0 and steps < 3 and sentence_of[at] == sentence:
            between = tokens[at][2]
            if between in ("who", "that"):
                break
            if not between.isalpha() or between.endswith("ed") or between in self.past_forms:
                return False
            if between in ("have", "has", "had", "was", "were", "did", "will", "would"):
                return False  # a perfect, a past or a future: particular people
            at -= 1
            steps += 1
        else:
            return False
        if tokens[at][2] not in ("who", "that") or at < 1 or sentence_of[at - 1] != sentence:
            return False
        if word.endswith("ing"):
            return False  # "users who are sharing …": those found at it
        if "," in text[tokens[at - 1][1] : tokens[at][0]]:
            return False  # "the men, who upload …": an aside about particular people
        if tokens[at - 1][2] not in general:
            return False
        # a count or a determiner before the people makes them particular ("50 users who
        # upload …", "the persons who share …"), not a year ("In 2022 people who …")
        ahead = tokens[at - 2][2] if at >= 2 and sentence_of[at - 2] == sentence else ""
        if (ahead.isdigit() and not _A_YEAR.fullmatch(ahead)) or ahead in NUMBER_WORDS:
            return False
        if ahead in self.config.determiners:
            return False
        if ahead == "among" and at >= 3 and tokens[at - 3][2] in _BE_FORMS:
            return False  # "the accused is among users who share …"
        # … and so do a group they are "of" ("a racket of people who sell …", "one of those
        # users who …"), a verb that finds them ("identified persons who upload …"), a
        # particular thing as the verb's object ("people who circulate the video of the minor
        # girl"), and an arrest told in the sentence (review 2026-12-26b M4)
        before = tokens[at - 3][2] if ahead == "of" and at >= 3 else ""
        if before in _GROUPS or (ahead == "those" and at >= 3 and tokens[at - 3][2] == "of"):
            return False
        if ahead in _FINDING:
            return False
        # (a particular thing: "the video of the minor girl", not "the photos of children")
        following = [tokens[i][2] for i in range(first + 1, min(len(tokens), first + 8))]
        if following[:1] in (["the"], ["this"], ["that"], ["her"], ["his"]) and any(
            word == "of"
            and any(w in self.child_words and w not in _KINDS for w in following[k + 1 : k + 4])
            for k, word in enumerate(following)
        ):
            return False
        # an arrest or a finding told as done, not foretold ("will be arrested", "are being
        # tracked"; review 2026-12-26c M4)
        end = min(len(tokens), first + 30)
        return not any(
            tokens[i][2] in _FINDING and tokens[i - 1][2] not in _FORETOLD
            for i in range(first + 1, end)
            if sentence_of[i] == sentence
        )

    def _about_offenders_in_general(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
    ) -> bool:
        """Whether the sentence of the conduct word at *first* is about offenders in general
        (``generic_sentence_openers``, ``generic_subjects``): it opens, past its openers, with a
        generic subject, then a verb in the present (not ending in "-ed", not one of
        ``past_forms`` or ``generic_sentence_not_verbs``), and names no particular case
        (``generic_sentence_specifics``). A determiner before the subject makes it the report's
        offenders ("The predators lure children …") unless an adverb of frequency says they are
        any ("Generally, the abusers …"); a particular thing as the conduct word's object makes
        it an act ("Criminals sell the videos of the girl"). Read at most 40 words back and 40
        ahead, so linear."""
        config = self.config
        sentence = sentence_of[first]
        found = _sentence_start(sentence_of, first, 40)
        if found is None:
            return False
        start = found
        at = start
        openers = frozenset(config.generic_sentence_openers)
        if at + 1 < first and tokens[at][2] == "according" and tokens[at + 1][2] == "to":
            # "According to the bulletin, an offender can …": the source's words, to their comma
            comma = next(
                (
                    i + 1
                    for i in range(at + 2, min(first, at + 16))
                    if "," in text[tokens[i][1] : tokens[i + 1][0]]
                ),
                None,
            )
            if comma is None:
                return False
            at = comma
        reporting = self.reporting_verbs | self.provision_reporting_verb_words
        said = next(
            (
                i + 2
                for i in range(at, min(first - 1, at + 8))
                if tokens[i][2] in reporting and tokens[i + 1][2] == "that"
            ),
            None,
        )
        if said is not None:
            # "Police said that a predator can groom …": the reported clause (review
            # 2027-01-03d H9)
            at = said
        while at < first and tokens[at][2] in openers:
            at += 1
        # "An offender can use AI to …": any one offender, after "a" or "an", with a modal
        # (``generic_subjects_singular``, ``generic_modals``)
        one = (
            at + 1 < first
            and tokens[at][2] in ("a", "an")
            and tokens[at + 1][2] in self.generic_subjects_singular
        )
        if one:
            at += 1
        elif at >= first or tokens[at][2] not in self.generic_subjects:
            return False
        opened = {tokens[i][2] for i in range(start, at)}
        if (
            not one
            and not opened.isdisjoint(config.determiners)
            and opened.isdisjoint(self.generic_adverbs)
        ):
            return False  # "The predators lure children …": those of the report, unless "generally"
        verb = at + 1
        while verb < first and tokens[verb][2] in self.generic_adverbs:
            verb += 1
        word = tokens[verb][2] if verb < len(tokens) else ""
        if (
            not word.isalpha()
            or text[tokens[verb][0]].isupper()  # "Criminals Ravi and Mohan sell …": a name
            or word.endswith("ed")
            or word in self.past_forms
            or (one and word not in self.generic_modals)
            or (not one and word in config.generic_sentence_not_verbs)
        ):
            return False
        # a particular thing as the conduct word's object: "Criminals sell the videos of the
        # girl" (not "their photographs", "the victims": kinds)
        following = [
            tokens[i][2]
            for i in range(last + 1, min(len(tokens), last + 1 + _OBJECT_WINDOW))
            if sentence_of[i] == sentence
        ]
        if (
            len(following) > 1
            and following[0] != "their"
            # (after one offender in general, "a", "an" name any one, a kind: "… can create an
            # image of a child", "may groom a child")
            and not (one and following[0] in ("a", "an"))
            and (following[0] in config.determiners or following[0] in _POSSESSIVES)
            # "her videos", "his photos": one person's, particular (only "their" is a kind's;
            # review 2026-12-09b L3)
            and (not following[1].endswith("s") or following[0] in ("her", "his"))
        ) or any(
            word == "of"
            and after not in self.generic_subjects
            and after not in _KINDS
            and after not in ("their", "children", "minors", "kids")
            and not (one and after in ("a", "an"))
            for word, after in itertools.pairwise(following)
        ):
            return False
        end = min(len(tokens), first + 40)
        specifics = frozenset(config.generic_sentence_specifics)
        return not any(
            tokens[i][2] in specifics for i in range(start, end) if sentence_of[i] == sentence
        )

    def _punished_act(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
    ) -> bool:
        """Whether a conduct word after "punishment for" is an act punished, not the law: a
        word of ``sentencing_words`` in the fourteen words before it in its sentence ("awarded
        him three years … as punishment for circulating …"), or a particular object after it
        (:meth:`_specific_object`: "for circulating the obscene video of the 14-year-old")."""
        sentence = sentence_of[first]
        config = self.config
        sentencing = frozenset(config.sentencing_words)
        for i in range(max(0, first - 14), first):
            if sentence_of[i] != sentence or i == 0 or sentence_of[i - 1] != sentence:
                continue  # not a sentence's first word ("Given the menace, the punishment …")
            word = tokens[i][2]
            if word in sentencing:
                return True
            if (
                word in config.passive_sentencing_words
                and tokens[i - 1][2] in (*_BE_FORMS, "had")
                and _names_a_sentence(tokens, i + 1, config.sentence_openers)
            ):
                return True  # "was given five years' RI as punishment for …"; not "given bail"
            if word in config.object_sentencing_words:
                # "the court gave him three years as punishment for …"; not "gave them details
                # of the punishment for …"
                size = self._sentencing_object(tokens, i + 1)
                if size and _names_a_sentence(tokens, i + 1 + size, config.sentence_openers):
                    return True
            if word in config.facing_words and self._particular_subject(
                text, tokens, sentence_of, i
            ):
                return True  # "the accused faces punishment for sharing …": charged
        if any(
            tokens[i][2] == "as" and tokens[i + 1][2] in ("punishment", "penalty")
            for i in range(max(0, first - 4), first - 1)
            if sentence_of[i] == sentence
        ):
            return True  # "… as punishment for uploading …"
        return self._specific_object(tokens, sentence_of, last)

    def _sentencing_object(self, tokens: list[tuple[int, int, str]], at: int) -> int:
        """The number of words of the one of ``sentencing_objects`` that begins at the word at
        *at* ("him", "the accused"), or 0."""
        for phrase in self.config.sentencing_objects:
            said = phrase.split()
            if at + len(said) <= len(tokens) and all(
                tokens[at + k][2] == word for k, word in enumerate(said)
            ):
                return len(said)
        return 0

    def _particular_subject(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], verb: int
    ) -> bool:
        """Whether the subject of the verb at *verb* is one person of the report: back past
        ``subject_skips`` and an aside between commas ("The youth, arrested on Monday, faces
        …"), "he", "she", a phrase opened by a definite determiner ("The youth from Bhopal",
        "The 22-year-old") or a name (a capitalised word that does not open its sentence, or
        opens it before an aside: "Ravi Kumar, 24, now faces …", "Rahul, the school's computer
        teacher, faces …"), with no quantifier and no people in general (``general_people``):
        not "Users in Kerala", "a student", "every person in Telangana"."""
        sentence = sentence_of[verb]
        skips = frozenset(self.config.subject_skips)
        at = verb - 1
        while at >= 0 and sentence_of[at] == sentence and tokens[at][2] in skips:
            at -= 1
        if at < 0 or sentence_of[at] != sentence:
            return False
        if (
            "," in text[tokens[at][1] : tokens[at + 1][0]]
            and not (at + 1 == verb and tokens[verb][2].endswith("ing"))
            and tokens[at + 1][2] != "who"
        ):
            # an aside ends here: "The youth, arrested on Monday, faces …" (not "The accused,
            # who is facing …" or "The accused, facing …", a participle's phrase: the subject
            # is right before the comma)
            at = _before_aside(text, tokens, sentence_of, at)
            if at < 0:
                return False
            via_aside = True
        else:
            via_aside = False
        if tokens[at][2] in ("he", "she", "name"):
            return True
        # the subject's phrase, back to its clause's start: "The youth from Bhopal", "The
        # Noida-based techie", "The accused Rahul Sharma"; not "Users in Tamil Nadu", "a
        # student", "every person in Telangana", "Even NRIs"
        phrase = [at]
        while (
            phrase[0] > 0
            and at - phrase[0] < 6
            and sentence_of[phrase[0] - 1] == sentence
            and not any(m in text[tokens[phrase[0] - 1][1] : tokens[phrase[0]][0]] for m in ",;:")
            and tokens[phrase[0] - 1][2] not in self.subject_stops
        ):
            phrase.insert(0, phrase[0] - 1)
        said = [tokens[i][2] for i in phrase]
        if len(said) > 2 and said[0] in _QUANTIFIERS and said[1] == "of":
            # "Each of the accused faces …": of the report's own accused
            phrase, said = phrase[2:], said[2:]
        if not self._one_of_the_report(said):
            return False
        if said[0] in _DEFINITE:
            return True
        # a name: a capitalised word that does not open its sentence ("The accused Rahul
        # Sharma"), or opens it before an aside ("Rahul, the school's computer teacher,"); not a
        # place after a preposition ("in Kerala")
        for i in phrase:
            opens = i == 0 or sentence_of[i - 1] != sentence
            if not all(text[tokens[k][0]].isupper() for k in range(i, phrase[-1] + 1)):
                continue  # a name runs to the head ("Ravi Kumar"; not "Telegram channel admins")
            if opens and not (via_aside and len(phrase) == 1):
                continue
            if not opens and tokens[i - 1][2] in self.config.prepositions:
                continue
            return True
        return False

    def _one_of_the_report(self, said: Sequence[str]) -> bool:
        """Whether a subject's words name no one in general: no quantifier ("every", "a",
        "any"), no general people (``generic_subjects``, ``general_people``: "users", "people",
        "children", "citizens")."""
        general = frozenset(self.config.general_people) | self.generic_subjects
        return not any(w in _QUANTIFIERS or w in general for w in said)

    def _specific_object(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], last: int
    ) -> bool:
        """Whether the object right after a conduct word is a particular one: it opens with a
        determiner or a possessive ("share the obscene video", "upload her photos"), or names
        a child of its own ("photos of classmate"), so that the present tense tells what was
        done, not what offenders do in general."""
        sentence = sentence_of[last]
        window = [
            tokens[i][2]
            for i in range(last + 1, min(len(tokens), last + 1 + _OBJECT_WINDOW))
            if sentence_of[i] == sentence
        ]
        if window and (window[0] in self.config.determiners or window[0] in _POSSESSIVES):
            return True
        if window[:1] == ["of"] and len(window) > 1:
            # the "of" right after a noun of conduct opens its object, particular only with a
            # determiner or a possessive ("storage of the videos", "sharing of her photos"),
            # not "storage of pornographic material involving child", a section's title
            # (survey of unseen reports, 2027-01-05)
            if window[1] in self.config.determiners or window[1] in _POSSESSIVES:
                return True
            window = window[1:]
        return any(
            word == "of" and following not in self.generic_subjects and following not in _KINDS
            for word, following in itertools.pairwise(window)
        )

    def _prohibited(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first* is forbidden, not reported: one of
        ``prohibition_cues`` ends right before it ("restrained the sharing of"), or "from" does,
        after one of ``prohibition_verbs`` and at most four words with no mark between
        ("restrained the accused from uploading"; a court's injunction)."""
        sentence = sentence_of[first]
        for size in sorted({len(cue) for cue in self.prohibitions}):
            low = first - size
            if (
                low >= 0
                and sentence_of[low] == sentence
                and tuple(tokens[i][2] for i in range(low, first)) in self.prohibitions
            ):
                return True
        if first == 0 or tokens[first - 1][2] != "from":
            return False
        verbs = self.prohibition_verbs
        for at in range(first - 2, max(-1, first - 7), -1):
            gap = text[tokens[at][1] : tokens[first - 1][0]]
            if sentence_of[at] != sentence or any(mark in gap for mark in ",;:()"):
                return False
            if tokens[at][2] in verbs:
                return True
        return False

    def _lacks_setting(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
        conduct: str,
    ) -> bool:
        """Whether the words at *first*..*last* need a setting neither their sentence nor the
        one before names (``needed_settings``: "lured the girls with the promise of a drive" is
        no online grooming; "befriended her on Instagram" is), or stand in a setting their
        sentence names that makes them no such conduct (``refusing_settings``: "blackmailed her
        for money" is no selling). The sentences are read at most ``_SENTENCE_WORDS`` words
        either side."""
        trigger = tuple(tokens[i][2] for i in range(first, last + 1))
        for index, rule in enumerate(self.needed_settings):
            (
                conducts,
                triggers,
                settings,
                before,
                after,
                across_lines,
                in_report,
                wanted,
                helpers,
            ) = rule
            if conduct not in conducts or trigger not in triggers:
                continue
            if trigger in in_report and (
                not self._report_names(tokens, index, wanted)
                or not self._no_helper_beside(text, tokens, sentence_of, first, last, helpers)
            ):
                return True  # "came in contact with a cyber criminal" and nothing sexual told
            sentence = sentence_of[first]
            low = max(0, first - _SENTENCE_WORDS * max(1, before))
            high = min(len(tokens), last + _SENTENCE_WORDS * (1 + after))
            if across_lines:
                # the sentences that hold words, counted in order (a line break numbers the
                # sentences either side of it apart)
                ids = sorted({sentence_of[i] for i in range(low, high)})
                at = ids.index(sentence)
                near = set(ids[max(0, at - before) : at + after + 1])
            else:
                near = set(range(sentence - before, sentence + after + 1))
            around = [tokens[i][2] for i in range(low, high) if sentence_of[i] in near]
            return not settings.anywhere(around)
        for conducts, triggers, settings in self.refusing_settings:
            if conduct not in conducts or trigger not in triggers:
                continue
            # the trigger's clause: ten words either side in its sentence, not past a word that
            # opens another clause ("… for money and threatened to kill the informer")
            sentence = sentence_of[first]
            clause: list[str] = []
            for step, edge in ((-1, first - 1), (1, last + 1)):
                at = edge
                while 0 <= at < len(tokens) and abs(at - edge) < 10:
                    if sentence_of[at] != sentence or tokens[at][2] in self.subject_stops:
                        break
                    clause.append(tokens[at][2])
                    at += step
            if settings.anywhere(clause):
                return True
        return False

    def _no_helper_beside(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
        helpers: frozenset[str],
    ) -> bool:
        """Whether neither side of an acquaintance's words at *first*..*last* has one of
        *helpers* for its head noun (no offender and no child: the police, a parent, a woman):
        the word right before them (or before their "who"), and the last word of the phrase
        after them (at most six words, to a preposition, a comma's aside or a join:
        ``_PHRASE_ENDS``): "the accused's wife came in contact with the police", "… with a
        35-year-old woman", "a woman who came in contact with …"; not "Police said he came in
        contact with …", "… with a school van driver" (review 2027-01-11c N-D1, N-D2). The
        child the report names elsewhere may be its other side ("the girls got acquainted
        with them on a social media platform")."""
        sentence = sentence_of[first]
        after: list[str] = []
        for i in range(last + 1, min(len(tokens), last + 7)):
            if sentence_of[i] != sentence or tokens[i][2] in _PHRASE_ENDS:
                break  # its phrase ends ("… with the accused on Free Fire, police said")
            after.append(tokens[i][2])
        head_before = first - 1
        if head_before > 0 and tokens[head_before][2] in ("who", "that"):
            head_before -= 1
        if head_before > 0 and "," in text[tokens[head_before][1] : tokens[first][0]]:
            # an aside between commas before the words: its head is before it ("The accused,
            # a doctor, came in contact with …"; review 2027-01-11c N-D2)
            for k in range(head_before, max(0, head_before - 6), -1):
                if "," in text[tokens[k - 1][1] : tokens[k][0]]:
                    head_before = k - 1
                    break
        for k in range(head_before - 1, max(0, head_before - 4), -1):
            # "The Class 9 student of a government school got acquainted with …": the head is
            # the noun before "of", at most three words back
            if tokens[k][2] == "of" and sentence_of[k] == sentence:
                head_before = k - 1
                break
        before = (
            tokens[head_before][2]
            if head_before >= 0 and sentence_of[head_before] == sentence
            else ""
        )
        return before not in helpers and (not after or after[-1] not in helpers)

    def _report_names(
        self, tokens: list[tuple[int, int, str]], rule: int, wanted: _Phrases
    ) -> bool:
        """Whether the words *tokens* of a report name one of *wanted* (``report_words`` of the
        needed setting *rule*), read once per report and rule (linear however many triggers
        ask)."""
        kept = self._kept_report_words
        if kept is None or kept[0] is not tokens:
            kept = self._kept_report_words = (tokens, {})
        found = kept[1].get(rule)
        if found is None:
            found = kept[1][rule] = bool(wanted.anywhere([token[2] for token in tokens]))
        return found

    def _echoes_heading(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
    ) -> bool:
        """Whether the words at *first*..*last* open or stand in a run of ``_ECHO`` words of a
        provision's heading, in a sentence that names no one who did it (no pronoun, no
        "accused", none of ``charged_words``) and counts cases or lists offences
        (``counted_cases``, ``counted_reports``, ``statistics_words``): an offence named, as
        NCRB's tables and lists of offences name it ("a total of 749 cases were registered
        under publishing or transmitting of material containing sexually explicit act", "The
        other offences are …, publishing or transmitting obscene material in electronic
        form"), not an act told. "He was booked for publishing or transmitting material
        depicting children …" tells his."""
        runs = self._heading_runs
        sentence = sentence_of[first]
        found = False
        for start in range(max(0, last - _ECHO + 1), min(first, len(tokens) - _ECHO) + 1):
            if sentence_of[start] != sentence or sentence_of[start + _ECHO - 1] != sentence:
                continue
            if tuple(tokens[i][2] for i in range(start, start + _ECHO)) in runs:
                found = True
                break
        if not found:
            return False
        low, high = _sentence_span(sentence_of, first, last, _SENTENCE_WORDS)
        doers = self._heading_doers
        counts = self._heading_counts
        sentence_words = {tokens[i][2] for i in range(low, high + 1)}
        # … in a count or a list of offences ("749 cases were registered under …", "The other
        # offences are …"), not a charge ("registered against Rahul Patil … for publishing or
        # transmitting of material depicting children"; review 2026-12-13c H2)
        # … or a line that opens with the provision ("Section 67B - Punishment for publishing
        # or transmitting …": an explainer's heading; review 2026-12-13d H8)
        # … on its own line (past a bullet or a number), in a sentence that tells no charge
        # ("Section 67B of the IT Act was invoked against the tutor for publishing or
        # transmitting …": ``heading_line_stops``; review 2026-12-14e H3)
        opening = [tokens[i][2] for i in range(low, min(high + 1, low + 6))]
        heading_line = (
            bool(opening)
            and self.provision_heads.at(opening, 0)
            and _opens_its_line(text, tokens[low][0])
            and sentence_words.isdisjoint(self.config.heading_line_stops)
        )
        return sentence_words.isdisjoint(doers) and (
            heading_line or not sentence_words.isdisjoint(counts)
        )

    def _echoes_statute(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
    ) -> bool:
        """Whether the words at *first*..*last* stand in a run of ``_ECHO`` words of a provision
        lawref holds (its verbatim text), in a sentence that speaks of no one in particular
        (:meth:`_states_in_general`): a sentence that restates the law is law, not conduct
        ("a person who, with sexual intent, repeatedly or constantly follows or watches or
        contacts a child …", POCSO s.11(iv); issue #13)."""
        sentence = sentence_of[first]
        runs = self._statute_runs
        # the run holds the conduct word, or starts at most `_ECHO_AFTER` words after it: one of
        # a list of the statute's verbs said in the report's words ("one who publishes,
        # transmits or causes to be published or transmitted any material in any electronic
        # form which depicts children …": "publishes" before the run; dev-29)
        high = min(first + _ECHO_AFTER, len(tokens) - _ECHO)
        for start in range(max(0, last - _ECHO + 1), high + 1):
            if sentence_of[start] != sentence or sentence_of[start + _ECHO - 1] != sentence:
                continue
            if start > last + 1 and any(
                tokens[i][2] not in ("or", "and") and tokens[i][2] not in self.conduct_first_words
                for i in range(last + 1, start)
            ):
                # past the conduct word, only a list of verbs joins it to the run ("posted in
                # the group a porn video depicting children engaged in …" is an allegation)
                continue
            if tuple(tokens[i][2] for i in range(start, start + _ECHO)) in runs:
                return self._states_in_general(tokens, sentence_of, first) or _clause_label(
                    text, tokens, sentence_of, first
                )
        return False

    def _court_holding_law(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first* stands in a "that" clause after a court's
        holding verb (``holding_verbs``) that states the law: the clause's subject, right after
        "that" (past "mere", "such"), is a gerund or a noun of an act, and the clause has one of
        ``holding_predicates`` ("would", "amounts") and no past verb (in "-ed", or one of the
        past forms), no "had", "was" or "were", no possessive, no "this case", and none of
        ``holding_persons`` ("accused", "he"): see ``holding_verbs``. Reads at most twenty
        words back and forty on."""
        config = self.config
        if not config.holding_verbs:
            return False
        sentence = sentence_of[first]
        opened = None
        for k in range(first - 1, max(-1, first - 21), -1):
            if sentence_of[k] != sentence:
                break
            if tokens[k][2] == "that" and k > 0 and tokens[k - 1][2] in config.holding_verbs:
                opened = k
                break
        if opened is None:
            return False
        # the clause's subject is a kind of act: a gerund or a noun of an act right after
        # "that", past "mere", "such" and the like ("held that viewing such material …"; not
        # "held that the teacher's act of sending …", "… that the principal, by filming …";
        # review 2027-01-13a H4)
        subject = opened + 1
        while subject < len(tokens) and tokens[subject][2] in _HOLDING_SUBJECT_OPENERS:
            subject += 1
        if (
            subject + 2 < len(tokens)
            and tokens[subject][2] == "the"
            and tokens[subject + 1][2] in _HOLDING_ACT_NOUNS
            and tokens[subject + 2][2] == "of"
        ):
            subject += 3  # "the act of sharing …"
        if (
            subject >= len(tokens)
            or sentence_of[subject] != sentence
            or tokens[subject][2] not in self.conduct_first_words
            or not tokens[subject][2].endswith(tuple(config.kinds_of_act_endings))
        ):
            return False
        persons = frozenset(config.holding_persons)
        predicates = frozenset(config.holding_predicates)
        general = frozenset(config.holding_general_predicates)
        stated = False
        definite = False
        # (what the law says an act does is said of a kind of act: a noun of acting or "such"
        # material, not a gerund with its own object, "uploading obscene clips on a Telegram
        # channel with 5,000 members warrants a deeper probe"; review 2027-01-16g H1)
        plain = not tokens[subject][2].endswith("ing") or any(
            tokens[k][2] == "such"
            for k in range(subject, min(len(tokens), subject + 12))
            if sentence_of[k] == sentence
        )
        for k in range(opened + 1, min(len(tokens), opened + 41)):
            if sentence_of[k] != sentence:
                break
            word = tokens[k][2]
            gap = text[tokens[k - 1][1] : tokens[k][0]]
            if "," in gap and word in ("but", "whereas") and first < k:
                break  # the contrast is another clause: "…, but the accused had only chatted"
            if ";" in gap or ("," in gap and word == "and"):
                # the holding's clause ends: "…, and the 28-year-old Vikas downloaded 400
                # videos" is another clause (review 2027-01-13c M1)
                if first >= k:
                    return False
                break
            indefinite = tokens[k - 1][2] in ("a", "an", "any")
            if (
                (word in persons and not indefinite)
                or word in ("had", "was", "were", "did", "s", "case", "this")
                or word in self.past_forms
                or word.endswith("ed")
            ):
                # (a person, a possessive, "as in this case": the case's own act)
                return False
            definite = definite or (k > subject and word in _DEFINITE_POINTERS)
            stated = stated or word in predicates or (word in general and not definite and plain)
        return stated

    def _a_trend(
        self,
        text: str,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        first: int,
        last: int,
    ) -> bool:
        """Whether the conduct noun or gerund at *first*..*last* is said to grow: the first
        "is"/"are" after it in its sentence is followed by one of ``trend_predicates``, with
        none of ``trend_breaks`` and no past verb between, and no auxiliary right before it
        (not "was grooming"): "… live-streaming of CSAM, online grooming, and Webcam Child Sex
        Tourism are on the rise" (dev batch 32, 2027-01-13); or the first "has"/"have", past no
        "and"/"or" outside a list of conduct nouns, "though" or "by", is followed by one of
        ``trend_perfect_predicates`` ("the creation and circulation of child pornography has
        seen an alarming rise"; survey of unseen English pages, 2027-01-15), the noun's phrase
        opening its sentence, the noun a gerund only before "of", no one's in its "of" phrase and
        no particular doer later in the sentence (reviews 2027-01-15c, e, g)."""
        config = self.config
        if not config.trend_predicates or tokens[first][2].endswith("ed"):
            return False
        breaks = frozenset(config.trend_breaks)
        if first > 0 and (
            tokens[first - 1][2] in ("was", "were", "is", "are", "been", "be", "s")
            or tokens[first - 1][2] in breaks
        ):
            # "was grooming": the act told; "His stalking of the minor girl", "The accused's
            # uploading of …": a particular one's (review 2027-01-13a H3)
            return False
        sentence = sentence_of[first]
        for at in range(last + 1, min(len(tokens), last + 30)):
            word = tokens[at][2]
            gap = text[tokens[at - 1][1] : tokens[at][0]]
            if (
                word in ("has", "have")
                and sentence_of[at] == sentence
                # "… has seen an alarming rise": the perfect's trend
                and _opens_with(tokens, sentence_of, at, 5, config.trend_perfect_predicates)
                and not any(mark in gap for mark in ";:")
                and self._trend_subject_opens(text, tokens, sentence_of, first)
                # (a gerund with its own object opens a clause of its own: "Uploading obscene
                # clips of schoolgirls on YouTube, Pune youtuber Ramesh Patil has seen a surge
                # in subscribers"; review 2027-01-15g H2)
                and not (tokens[first][2].endswith("ing") and tokens[last + 1][2] != "of")
                and not self._doer_later(tokens, sentence_of, at)
                and not any(
                    tokens[k][2] in _TREND_PERFECT_BREAKS
                    # ("and" or "or" only inside a list of conduct nouns)
                    or (
                        tokens[k][2] in ("and", "or")
                        and tokens[k + 1][2] not in self.conduct_first_words
                    )
                    for k in range(last + 1, at)
                )
                and self._of_no_one(tokens, sentence_of, last)
            ):
                return True
            if (
                sentence_of[at] != sentence
                or word in breaks
                or word.endswith("ed")
                or word in self.config.reporting_verbs
                or ";" in gap
                or ":" in gap
                or word == "s"
                # "the" names a particular thing, but after a preposition of place or manner
                # ("on the dark web", "with the help of AI"), unless a child follows it ("to the
                # minor girl"; reviews 2027-01-13c M2, 13e H3, 13g H1, M1)
                or (
                    word == "the"
                    and (
                        tokens[at - 1][2] not in _PLACE_PREPOSITIONS
                        or any(
                            tokens[k][2] in self.child_words
                            or (tokens[k][2].isdigit() and int(tokens[k][2]) < 18)
                            for k in range(at + 1, min(len(tokens), at + 5))
                        )
                    )
                )
                # a particular child: an age ("for grooming a 13-year-old girl …, saying online
                # grooming is on the rise"; 13e H2), not any small number ("on 3 platforms")
                or (
                    word.isdigit()
                    and int(word) < 18
                    and at + 1 < len(tokens)
                    and tokens[at + 1][2] == "year"
                )
                or (word in self.child_words and tokens[at - 1][2] in ("her", "his", "their"))
            ):
                # (a clause of its own after ";" or a report's "said": "… for grooming a
                # 13-year-old girl on Instagram; officials said online grooming is on the rise";
                # the particular material after "the" or a possessive; review 2027-01-13a H2, H3)
                return False
            if word in ("is", "are"):
                rest = [
                    tokens[k][2]
                    for k in range(at + 1, min(len(tokens), at + 20))
                    if sentence_of[k] == sentence
                ]
                if not set(self.config.reporting_verbs).isdisjoint(rest) and any(
                    w in self.child_words or w in ("her", "his", "s") for w in rest
                ):
                    # a particular child's people tell it: "Uploading of the obscene video on
                    # YouTube is rising, the minor girl alleged" (review 2027-01-13e H3)
                    return False
                return _opens_with(tokens, sentence_of, at, 3, config.trend_predicates)
        return False

    def _trend_subject_opens(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], at: int
    ) -> bool:
        """Whether the conduct noun at *at*, as a perfect's subject, opens a trend's noun
        phrase: past "the", "online" and a list of conduct nouns, it opens its sentence or
        follows a mark ("Driven by demand …, the creation and circulation of child pornography
        has seen an alarming rise"), not a verb's object or a clause after "and" ("… accused of
        sharing child pornography on Telegram and cyber crime cases have seen a rise"; reviews
        2027-01-15c H5, 15e H1)."""
        sentence = sentence_of[at]
        k = at
        while k > 0 and sentence_of[k - 1] == sentence and at - k < 12:
            gap = text[tokens[k - 1][1] : tokens[k][0]]
            if any(mark in gap for mark in ",;:(\u2014"):
                return True
            word = tokens[k - 1][2]
            if not (
                word in ("the", "online", "and", "or")
                or (word in self.conduct_first_words and k - 1 != at)
            ):
                return False
            k -= 1
        return True

    def _doer_later(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], at: int
    ) -> bool:
        """Whether the rest of the sentence after *at* names a particular doer or his case
        (``particular_doers``, ``charged_words``, ``kinds_of_act_doers``): "… has witnessed a
        surge after a Class 10 boy created an Instagram page … was booked" (review
        2027-01-15g M1). Reads at most forty words on."""
        sentence = sentence_of[at]
        doers = self.charged_words | self.kinds_of_act_doers | self.particular_doers
        for k in range(at + 1, min(len(tokens), at + 40)):
            if sentence_of[k] != sentence:
                return False
            if tokens[k][2] in doers:
                return True
        return False

    def _of_no_one(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], last: int
    ) -> bool:
        """Whether the "of" phrase after the noun ending at *last* names no one's own material
        or doer in its next eight words: no pointer, possessive, "by" or one child ("growing
        circulation of the minor's video", "… of minors by Mahesh Jadhav", "Circulation of
        obscene videos of a schoolgirl has witnessed a surge"; review 2027-01-15c H4)."""
        sentence = sentence_of[last]
        for k in range(last + 1, min(len(tokens), last + 9)):
            if sentence_of[k] != sentence:
                break
            word = tokens[k][2]
            if (
                word in _POINTERS
                or word in ("s", "by")
                or (
                    (word in _SINGULAR_CHILDREN or word in _ONE_PLACE)
                    and any(tokens[j][2] in ("a", "an") for j in range(max(last, k - 3), k))
                )
            ):
                return False  # (and "of a schoolgirl": one child; review 2027-01-15c)
        return True

    def _kinds_of_act(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], index: int
    ) -> bool:
        """Whether the conduct word at *index* is one of a list of kinds of act
        (``kinds_of_act_list`` or more gerunds or nouns of acts, ``kinds_of_act_endings``,
        joined by commas, "and", "or" and at most ``kinds_of_act_gap`` other words) in a
        sentence that names no one charged with them (``charged_words``,
        ``kinds_of_act_doers``; ``kinds_of_act_persons`` with a past event and no word of a
        statement in general; ``kinds_of_act_owners`` right before the list): the law's or a
        body's scope ("… information regarding publication, transmission, creation,
        collection, seeking, browsing, downloading …", "… held that viewing in private,
        downloading, storing, possessing, distributing or displaying pornographic acts
        involving children attract criminal liability"), not an act ("who are accused of
        digitally circulating, storing, viewing and sharing …" is one; survey of unseen English
        pages, 2027-01-09; reviews 2027-01-10 B-H1, 2027-01-10b M1)."""
        config = self.config
        least = config.kinds_of_act_list
        if least < 2:
            return False
        endings = tuple(config.kinds_of_act_endings)
        first_words = self.conduct_first_words
        joins = {"and", "or", "&", "/"}
        gap = config.kinds_of_act_gap
        sentence = sentence_of[index]

        def member(at: int) -> bool:
            word = tokens[at][2]
            return word in first_words and word.endswith(endings)

        if not member(index):
            return False
        # the members around it: walk each way past joins and at most `gap` other words
        members = 1
        first = index
        for step in (-1, 1):
            at, others = index + step, 0
            while 0 <= at < len(tokens) and sentence_of[at] == sentence:
                if member(at):
                    members, others = members + 1, 0
                    first = min(first, at)
                elif tokens[at][2] in joins:
                    pass
                else:
                    others += 1
                    if others > gap:
                        break
                at += step
        if members < least:
            return False
        if first > 0 and tokens[first - 1][2] in self.kinds_of_act_owners:
            return False  # "… knew nothing about his viewing, downloading and sharing …"
        doers = self.charged_words | self.kinds_of_act_doers
        low, high = _sentence_span(sentence_of, index, index, _SENTENCE_WORDS)
        # (and "held for", the arrested, with a place between or not: "The youth was held for
        # downloading, storing and …", "40 held in Kerala for viewing, downloading and …")
        words = [tokens[i][2] for i in range(low, high + 1)]
        if any(
            word in doers or (word == "held" and "for" in words[at + 1 : at + 5])
            for at, word in enumerate(words)
        ):
            return False
        # one person or band, with a past event and no word of a statement in general ("His
        # phone showed viewing, downloading and uploading …"; review 2027-01-10b M1)
        present = set(words)
        return not (
            present & self.kinds_of_act_persons
            and (
                present & self.kinds_of_act_events
                or any(len(word) > 4 and word.endswith("ed") for word in present)
            )
            and not present & self.kinds_of_act_general
        )

    def _named_as_kinds(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the gerund at *first* is in a list of gerunds after "the acts of" (a noun of
        ``kind_nouns``) that one of ``kind_law_verbs`` governs: "how the Indian law punishes
        the acts of storing, indulging in or sharing child pornographic material" (survey of
        unseen English pages, 2027-01-15): kinds of act, the law's. Not after a possessive or
        pointer, not with a doer in the words before ("The chargesheet …"), nor where the
        list's object is particular (a pointer, a possessive or a number in the five words
        after the list). The list: gerunds among ``conduct_first_words``, "and", "or", commas
        and at most ``kinds_of_act_gap`` other words each step; at most twelve words back.
        (Gerunds after "actions like", "activities such as" were read so too, until review
        2027-01-15c H6 found the accused's own acts told that way: "who committed acts like
        blackmailing and sharing …", "took part in activities like filming …".)"""
        config = self.config
        if not config.kind_nouns or not tokens[first][2].endswith("ing"):
            return False
        sentence = sentence_of[first]
        at, others = first - 1, 0
        while at >= 0 and first - at <= 12 and sentence_of[at] == sentence:
            word = tokens[at][2]
            if word == "of":
                return self._kind_noun_at(tokens, sentence_of, at - 1, first)
            if word in self.conduct_first_words and word.endswith("ing"):
                others = 0
            elif word not in ("and", "or"):
                others += 1
                if others > config.kinds_of_act_gap:
                    return False
            at -= 1
        return False

    def _kind_noun_at(
        self,
        tokens: list[tuple[int, int, str]],
        sentence_of: list[int],
        noun: int,
        first: int,
    ) -> bool:
        """Whether *noun* is one of ``kind_nouns`` after "the" and one of ``kind_law_verbs``,
        opening a list of kinds of act that holds *first* (see ``_named_as_kinds``), with no
        doer before it and no particular object after the list."""
        config = self.config
        sentence = sentence_of[first]
        if noun < 2 or sentence_of[noun] != sentence or tokens[noun][2] not in config.kind_nouns:
            return False
        if tokens[noun - 1][2] != "the" or tokens[noun - 2][2] not in config.kind_law_verbs:
            return False
        # one who did them, in the words before the noun ("charged_words",
        # ``kinds_of_act_doers``, ``particular_doers``)
        doers = self.charged_words | self.kinds_of_act_doers
        for k in range(noun - 1, max(-1, noun - 11), -1):
            if sentence_of[k] != sentence:
                break
            if tokens[k][2] in doers or tokens[k][2] in self.particular_doers:
                return False
        # the list's end: past gerunds, joins and short gaps, then its object
        end = first
        while (
            end + 1 < len(tokens)
            and sentence_of[end + 1] == sentence
            and end - first < 12
            and (
                tokens[end + 1][2] in ("and", "or")
                or (
                    tokens[end + 1][2] in self.conduct_first_words
                    and tokens[end + 1][2].endswith("ing")
                )
            )
        ):
            end += 1
        object_words = [
            tokens[k][2]
            for k in range(end + 1, min(len(tokens), end + 6))
            if sentence_of[k] == sentence
        ]
        return not any(w in _POINTERS or w == "s" or w.isdigit() for w in object_words)

    def _defined_term(
        self, text: str, tokens: list[tuple[int, int, str]], sentence_of: list[int], first: int
    ) -> bool:
        """Whether the conduct word at *first* stands in an explainer's definition of a kind of
        act: a line that opens (past a bullet) with a label of at most eight words naming a
        kind of act (past a list's number; "What is …" allowed), then a colon, then a
        definition that opens with a gerund, or people in general and a gerund, with no finite
        verb, particular pointer, child's possessive, number or headline word ("Cyber grooming:
        Adults establishing online relationships with minors"; "Distribution of child sexual
        abuse material (CSAM): Sharing or circulating videos/images online"; survey of unseen
        English pages, 2027-01-14); the word in the label or in the definition's first sentence.
        Not a case's facts after a label ("Accused: He shared …", "What he did: Sharing …",
        "CSAM sharing: Youths sharing minor's videos in police net", "Grooming: Teachers sending
        obscene messages were arrested"; reviews 2027-01-14a H4, c M1, e). Reads at most 300
        characters back and 400 on."""
        at = tokens[first][0]
        low = max(0, at - 300)
        brk = text.rfind("\n", low, at)
        if brk < 0 and low > 0:
            return False
        line = brk + 1
        colon = text.find(":", line, min(len(text), at + 400))
        # a question's mark ends a "What is …?" label as a colon does ("What is sextortion?
        # Blackmailing someone with intimate images …"; survey of unseen English pages,
        # 2027-01-14, left open then)
        asked = text.find("?", line, colon if colon >= 0 else min(len(text), at + 400))
        if asked >= 0:
            colon = asked
        if colon < 0:
            return False
        newline = text.find("\n", line, colon)
        if newline >= 0:
            return False  # the colon is on a later line
        # the label's words: a bullet or a number before them is no word
        start = first
        while start > 0 and first - start < 80 and tokens[start - 1][0] >= line:
            start -= 1
        label = []
        for i in range(start, min(len(tokens), start + 9)):
            if tokens[i][1] > colon:
                break
            label.append(i)
        if label and tokens[label[0]][2].isdigit() and text[tokens[label[0]][1]] in ".)":
            label = label[1:]  # a list's number: "1. Sharing child pornography:"
        if not label or len(label) > 8:
            return False
        if not any(tokens[i][2] in self.conduct_first_words for i in label):
            return False
        named = [tokens[i][2] for i in label]
        if named[:2] in (["what", "is"], ["what", "are"]):
            named = named[2:]  # "What is sextortion:" asks what a kind of act is
        elif colon == asked:
            return False  # only "What is …?" is a label a question's mark ends
        if any(w in _POINTERS or w in _LABEL_NOT or w.isdigit() for w in named):
            return False  # "His acts:", "What he did:", "08:29"
        opening = label[-1] + 1
        if opening >= len(tokens) or tokens[opening][0] < colon:
            return False
        definition = [
            i
            for i in range(opening, min(len(tokens), opening + 40))
            if sentence_of[i] == sentence_of[opening]
        ]
        if first not in label and first not in definition:
            return False
        said = [tokens[i][2] for i in definition]
        gerund = said[0].endswith("ing") and len(said[0]) > 4
        # (people in general: "Adults establishing …", not a headline's "Youths sharing …",
        # "Techies uploading …"; review 2027-01-14a H4)
        plural = (
            len(said) > 1
            and (said[0] in _DEFINED_PEOPLE or said[0] in self.generic_subjects)
            and said[1].endswith("ing")
            and len(said[1]) > 4
        )
        if not (gerund or plural):
            return False
        # a case's own: "… a classmate with her nude photos", "minor's videos", "since March";
        # not "their" or "his or her", "someone's", "a person's", which a definition says of
        # anyone (review 2027-01-14c M1)
        # (nor "her" or "his" after an indefinite child, whom it points back to: "What is
        # grooming? Befriending a child online to gain her trust in order to abuse her"; left
        # open 2027-01-15)
        indefinite = next(
            (
                k
                for k, w in enumerate(said)
                if w in _SINGULAR_CHILDREN and k > 0 and said[k - 1] in _INDEFINITES
            ),
            len(said),
        )
        child = said[indefinite] if indefinite < len(said) else ""
        for k, w in enumerate(said):
            pair = said[max(0, k - 2) : k + 3]
            if w in ("his", "her") and ("or" in pair and "his" in pair and "her" in pair):
                continue
            # (a pronoun that agrees with the child, not one that owns a doer's people: "a girl
            # … his friends" is the forwarder's; review 2027-01-16g H3)
            if (
                k > indefinite
                and w in _PRONOUNS_OF.get(child, frozenset())
                and (k + 1 >= len(said) or said[k + 1] not in _PEOPLE_OWNED)
            ):
                continue
            if (
                (w in _POINTERS and w != "their")
                or w.isdigit()
                or w in _LABEL_NOT
                or (w == "s" and k > 0 and said[k - 1] in self.child_words)
                or (w in _SINGULAR_CHILDREN and (k == 0 or said[k - 1] not in _INDEFINITES))
            ):
                return False
        # (a past form after "to" is its base: "to broadcast abuse")
        return not any(
            w in _FINITE_AUXILIARIES
            or w.endswith("ed")
            or (w in self.past_forms and (k == 0 or said[k - 1] != "to"))
            for k, w in enumerate(said)
        )

    def _states_in_general(
        self, tokens: list[tuple[int, int, str]], sentence_of: list[int], index: int
    ) -> bool:
        """Whether the sentence of the word at *index* speaks of no one in particular, as a
        statute does (``statute_subjects``: "whoever", "any person", "punishable"): the
        statute's words said of a particular accused ("the accused transmitted material in any
        electronic form which depicts children") are an allegation, not law."""
        low, high = _sentence_span(sentence_of, index, index, _SENTENCE_WORDS)
        return any(tokens[i][2] in self.statute_subjects for i in range(low, high + 1))
