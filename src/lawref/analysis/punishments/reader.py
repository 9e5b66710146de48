"""Reading the punishments of one stretch of text: the statements of a term, a fine, life or
death in English, Hindi and Marathi sentences, combined, placed against the provision named
beside them and compared with the law on the date (``PunishmentReader``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from lawref.analysis.devanagari import devanagari_paragraphs
from lawref.analysis.models import (
    CrossReferenceWords,
    DaySource,
    DevanagariWords,
    ExecutiveWords,
    PayerWords,
    ScamWords,
    SentenceWords,
    StatedPunishment,
    StatuteReference,
    UnmeasuredKind,
)
from lawref.analysis.patterns import Keyed, alternation
from lawref.analysis.punishments.compare import (
    _claims,
    _differs,
    _exceeds,
    _provision_in,
)
from lawref.analysis.punishments.cross_references import CrossReferences
from lawref.analysis.punishments.executive import ExecutiveReader
from lawref.analysis.punishments.grammar import (
    _COURT,
    _CUE_REACH,
    _HAS_HINDI,
    _HI,
    _HI_FRACTIONS,
    _HI_NUMBER,
    _LAW_WORDED,
    _NUM,
    _NUMBER_WORD,
    _NUMBER_WORDS,
    _PROSPECT_TURN,
    _PROSPECT_TURN_BEFORE,
    _PROVISION_TURN,
    _SENTENCE_END,
    _TURN_AFTER_TERM,
    _UNIT,
    HI_NUMBER_PREFIXES,
    _rupees,
)
from lawref.analysis.punishments.imposed import (
    _CHANGE_WORD,
    _DEFAULT_AFTER,
    _FROM_AFTER_NEW,
    _FROM_OLD_TERM,
    _HI_IMPOSED,
    _HI_IN_DEFAULT,
    _IN_DEFAULT,
    _TO_NEW_TERM,
    _default_cue,
    _demanded,
    _hindi_imposed,
    _imposed,
    _imposed_claims,
    _last_match,
    _law_then_sentence,
    _passed_maximum,
    _payment_claims,
    _sentence_terms,
    apart_at_change,
    changed_before,
    without_old_sentence,
)
from lawref.analysis.punishments.parts import (
    _combine,
    _day_term,
    _death_apart_from_life,
    _Part,
)
from lawref.analysis.punishments.payments import PayerSets, payments
from lawref.analysis.punishments.proposals import ProposalReader, ProposalWords
from lawref.analysis.punishments.scams import ScamReader
from lawref.analysis.punishments.sentences import sentence_pattern
from lawref.analysis.punishments.tiers import Conviction, ConvictionTiers
from lawref.numbers import HINDI_NUMBER_WORDS

# the words before a booking word (:meth:`PunishmentReader._booked`)
_WORDS_BEFORE = re.compile(r"[A-Za-z]+")

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.statutes.book import Statutes
    from lawref.statutes.models import Bill, Penalty, ProvisionVersion


_UP_TO = (
    r"(?:up\s?to|upto|of\s+up\s+to|which\s+may\s+extend\s+to|may\s+extend\s+to|extending\s+to"
    # (an explainer's "which can be extended to seven years"; survey of unseen reports,
    # 2027-01-04)
    r"|(?:which\s+)?can\s+(?:be\s+extended|extend)\s+to"
    r"|extendable\s+to|a\s+maximum\s+of|maximum\s+of|maximum|max\.?\s+of|not\s+exceeding)"
)

_AT_LEAST = (
    r"(?:not\s+less\s+than|no\s+less\s+than|(?:which\s+)?(?:shall\s+)?not\s+be\s+less\s+than"
    r"|a\s+minimum\s+of|minimum\s+of|minimum|at\s+least)"
)

# The statute's own words for a maximum ("for a term which shall not be less than one year, but
# which may extend to three years"): read with a punishment word further away than other terms.
_STATUTORY_UP_TO = re.compile(r"(?:which\s+)?may\s+extend\s+to", re.IGNORECASE)

# The further reach is for the statute's form only: "term", "imprisonment" or a term's minimum
# ("a minimum of 3 years which may extend to 5 years") before it in the same clause, with no
# full stop or semicolon between ("the trial may extend to two years" and "jail on Monday; the
# investigation may extend to six months" are not punishments).
_TERM_BEFORE = re.compile(
    rf"\b(?:term|imprisonment|{_AT_LEAST}\s{_NUM}[\s-]{_UNIT})\b[^.;]*\Z", re.IGNORECASE
)

# (a term added, "three additional months", is read only in default of a fine: see ``_parts``)
_TERM = (
    # (a number restated in brackets, as courts and police notes write it: "10 (ten) years",
    # "ten (10) years", "15 [fifteen] years"; survey of unseen reports, 2027-01-04)
    rf"(?:(?P<limit>{_UP_TO}|{_AT_LEAST})\s)?(?P<n>{_NUM})"
    # (a number only: not "Section 376 (rape) years after"; review 2027-01-04a H8)
    rf"(?:\s?(?:\((?:{_NUM})\)|\[(?:{_NUM})\]))?[\s-]"
    rf"(?:(?P<more>additional|extra|further|more)\s)?(?P<unit>{_UNIT})"
)

# (each number may be restated in brackets: "1 (one) year to 3 (three) years"; review 2027-01-04a
# H9)
_RESTATED = rf"(?:\s?(?:\((?:{_NUM})\)|\[(?:{_NUM})\]))?"
_RANGE = re.compile(
    rf"\b(?P<n1>{_NUM}){_RESTATED}(?:[\s-](?P<u1>{_UNIT}))?(?:\s(?:to|and)\s|\s?[-\u2013]\s?)"
    rf"(?P<n2>{_NUM}){_RESTATED}[\s-](?P<u2>{_UNIT})\b",
    re.IGNORECASE,
)

# a maximum joined to the minimum before it ("a minimum of five years and a maximum of seven
# years in jail"): the minimum reads the maximum's punishment word
_JOINED_MAXIMUM = re.compile(
    rf"\s+and\s+(?:a\s+)?(?:maximum|max\.?)\s+(?:of\s+)?{_NUM}[\s-]{_UNIT}\b", re.IGNORECASE
)

# "punishment" as the subject of "is" (or "will be") right before a term, with at most a bound
# between ("The punishment for sharing such videos is up to five years", "… is a minimum of
# five years"), within ``_PUNISHMENT_IS_REACH`` characters and one clause
_PUNISHMENT_IS = re.compile(
    r"\bpunishment\b(?:(?!\b(?:is|are|was|were|because|whether|if|than|awarded|given|handed"
    r"|imposed|demanded|sought|period|age|(?:and|or)\s+(?:the|a|an|he|she|it|they|his|her)"
    r")\b)[^.;:,!?\n]){0,120}?\s(?:is|will\s+be)\s+(?:an?\s+)?"
    r"(?:(?P<bound>minimum|maximum)\s+(?:of\s+)?)?\Z",
    re.IGNORECASE,
)

_PUNISHMENT_IS_REACH = 160

# a bound leading the subject of "is" right before a term, whatever punishment word the term
# has: "The minimum punishment for penetrative sexual assault under POCSO Act is 10 years in
# jail" (a minimum, not a term of ten years: survey of unseen reports, 2027-01-04), "the
# maximum sentence under Section 67B is seven years"
_BOUND_SUBJECT_IS = re.compile(
    r"\b(?P<bound>minimum|maximum)\s+(?:punishment|sentence|penalty|jail\s+term|prison\s+term"
    r"|term\s+of\s+imprisonment|imprisonment)\b"
    r"(?:(?!\b(?:is|are|was|were|because|whether|if|than|awarded|given|handed|imposed|demanded"
    r"|sought|(?:and|or)\s+(?:the|a|an|he|she|it|they|his|her))\b)[^.;:,!?\n]){0,120}?"
    r"\s(?:is|will\s+be)\s+\Z",
    re.IGNORECASE,
)

# what may be, before a sentencing word: "can be sentenced", "faces being jailed", "if convicted"
_PROSPECT_BEFORE = re.compile(
    r"\b(?:can|could|may|might|will|would|shall|should|must)\s+(?:also\s+)?be\b"
    r"|\bfaces?\s+being\b|\bif\s+convicted\b|\bliable\s+to\s+be\b|\bmandates?\b"
    r"|\b(?:offenders|convicts|accused|persons)\s+be\b",
    re.IGNORECASE,
)
# a sentence passed on a person, right before a bound said after its term: "sentenced him to 20
# years minimum imprisonment", "awarded the accused 7 years maximum"; not a law's "imposed a
# 20-year minimum sentence" (review 2026-12-15b H6)
_PASSED_ON_PERSON = re.compile(
    r"\b(?:sentenced|jailed)\b[^.,;:!?]*\Z"
    # "gave the offence 20 years minimum", "gave the courts …": a law's, not a sentence passed
    # (review 2026-12-16a F7)
    r"|\b(?:awarded|handed|gave)\s+(?:him|her|them|the\s+(?!(?:[\w-]+\s+){0,2}(?:offen[cs]es?"
    r"|crimes?|courts?|judges?|laws?|acts?|sections?|provisions?|legislature|parliament|state"
    r"|punishments?|sentences?)\b))[^.,;:!?]*\Z"
    r"|\bimposed\s+(?:him|her|them|the\s+(?:accused|convicts?))\b[^.,;:!?]*\Z"
    r"|\bhanded\s+down\b[^.,;:!?]*\bto\s+(?:him|her|them|the\s)[^.,;:!?]*\Z"
    r"|\b(?:imposed|awarded)\s+on\s+(?:him|her|them|the\s+\w+)\b[^.,;:!?]*\Z"
    r"|\b(?:court|judge|bench)\s+(?:imposed|awarded)\b[^.,;:!?]*\Z",
    re.IGNORECASE,
)

# a term given, and the person it is given to after it: "handed down 20 years minimum rigorous
# imprisonment to the accused", "gave the punishment of 20 years … to the accused" (reviews
# 2026-12-16a F7, 16b H2)
_TERM_GIVEN = re.compile(r"\b(?:handed\s+down|gave|awarded|imposed)\b[^.,;:!?]*\Z", re.IGNORECASE)
# … not a law's or a law-maker's ("The 2019 amendment gave the POCSO offence 20 years minimum
# imprisonment", "Parliament gave the trial courts …"; review 2026-12-16b H2)
_LAW_GAVE = re.compile(
    # (the law-maker the verb's subject: not "convicted him under Section 6 of the POCSO Act and
    # awarded him 20 years", where "and" joins the court's verbs; review 2026-12-16c H2)
    r"\b(?:amendments?|acts?|parliament|legislature|laws?|statutes?|sections?\s+\w+|provisions?)"
    # (no court between: "The POCSO Act court awarded …"; review 2026-12-17a F10)
    r"\s+(?:(?!(?:and|or|but|then|courts?|judges?|bench|tribunal)\b)[\w-]+\s+){0,2}"
    r"(?:gave|awarded|imposed|prescribed)\b[^.,;:!?]*\Z",
    re.IGNORECASE,
)
# … nor a law named after "under" or "of", which is no subject ("The special court under the
# POCSO Act awarded the accused 20 years minimum RI"; review 2026-12-16d M-a) — unless a change
# to the law is ("The 2019 change in the POCSO Act gave 20 years minimum …"; 17a F10)
_LAW_AS_RULE = re.compile(
    r"(?<!\bchange\s)(?<!\bchanges\s)(?<!\bamendment\s)(?<!\bamendments\s)(?<!\bprovision\s)"
    r"(?<!\bprovisions\s)\b(?:under|of|per|with|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
# … nor a law named after a court, which the court applies ("The special court for POCSO Act
# cases awarded …", "A fast-track court hearing POCSO Act cases awarded …"; 17a F10)
_COURT_BEFORE = re.compile(
    r"\b(?:courts?|judges?|bench|tribunal)\b(?:\s+[\w-]+){0,3}\s+\Z", re.IGNORECASE
)


def _both_parts(matches: Iterable[re.Match[str]]) -> Iterator[_Part]:
    """The two parts of each match naming imprisonment and a fine with no term or amount
    ("fines and imprisonment"), each on its word: groups ``jail`` or ``jail2``, ``fine`` or
    ``fine2``."""
    for match in matches:
        for kind, names in (("unstated", ("jail", "jail2")), ("unstated_fine", ("fine", "fine2"))):
            name = next(n for n in names if match.group(n) is not None)
            yield _Part(match.start(name), match.end(name), kind)


def _denied(text: str, start: int) -> bool:
    """Whether the punishment said at *start* is denied: by a word before it in its clause
    that only words carrying the denial stand between (``_DENIED_BEFORE``: "is not punishable
    with five years", "none of the users will face jail"), by words earlier in its sentence
    that deny a clause which runs on to it (``_DENIED_CLAUSE``, ``_DENIED_CLAUSE_ENDS``: "it is
    not true that … is punishable with imprisonment", to the end of the sentence or a colon,
    semicolon or dash), or as a claim a denial follows right after its clause (``_CLAIM_THAT``,
    ``_CLAIM_DENIED_AFTER``: "Claim that … attracts seven years … is false"). A denied
    punishment is no statement of the law's."""
    before = text[max(0, start - 200) : start]
    marks = [m.end() for m in _CLAUSE_MARK.finditer(before)]
    clause = start - len(before) + (marks[-1] if marks else 0)
    if _DENIED_BEFORE.search(text, max(clause, start - 40), start):
        return True
    sentence = [m.end() for m in _SENTENCE_MARK.finditer(before)]
    opens = start - len(before) + (sentence[-1] if sentence else 0)
    denial = _DENIED_CLAUSE.search(text, opens, start)
    if denial is not None and _DENIED_CLAUSE_ENDS.search(text, denial.end(), start) is None:
        return True
    # (a claim denied after it: "Claim that forwarding memes attracts seven years … is false")
    if _CLAIM_THAT.search(text, opens, start) is None:
        return False
    # (the denial right after the claim's clause, no comma between: "… saying the documents
    # were fake" after a sentence passed denies nothing of it; review 2027-01-03d H3)
    ends = _CLAIM_CLAUSE_END.search(text, start, min(len(text), start + 300))
    return (
        _CLAIM_DENIED_AFTER.search(
            text, start, ends.start() if ends is not None else min(len(text), start + 300)
        )
        is not None
    )


def _claimed_or_asked(text: str, start: int, end: int) -> str | None:
    """Why a statement of punishment at *start* (its clause ending at *end*) is compared with
    nothing, where its sentence gives it as another's claim ("The post claims that those
    sharing such videos will be jailed for seven years …", "A message claims that …", "Claim:
    …") or asks it ("Does forwarding memes attract seven years in jail …? No."): the text need
    not state it as the law, and what it says of it may be in the next sentence ("The claim is
    false."); None otherwise (review 2027-01-03d H4)."""
    stop = _QUESTION_OR_STOP.search(text, start, min(len(text), max(end, start) + 300))
    if stop is not None and stop.group() == "?":
        return "not compared: its sentence asks it, and states no law"
    before = text[max(0, start - 300) : start]
    marks = [m.end() for m in _SENTENCE_MARK.finditer(before)]
    claim = _CLAIMED_BEFORE.search(text, start - len(before) + (marks[-1] if marks else 0), start)
    if claim is None:
        return None
    return (
        f"not compared: the text gives it as a claim (“{claim.group()}”), which it need not "
        "state as the law"
    )


def _unmeasured_said(text: str, match: re.Match[str], cued: bool = False) -> bool:
    """Whether *match*, a kind of punishment named with no measure, states the law's
    punishment: not denied by a word before it that only words carrying the denial stand
    between (``_DENIED_BEFORE``: "is not punishable with imprisonment", "nobody will face
    jail", "attracts no penalty, fine or imprisonment"; reviews 2027-01-02b H1, 02c H2, 02d H3;
    not "those who do not report it will be punished with imprisonment", whose denial is of the
    act punished, 02c M1, 02d H2; "none of the users will face jail"), nor by words earlier in
    its sentence that deny its clause (``_DENIED_CLAUSE``; both :func:`_denied`); not after
    words in its clause that make it a sentence passed, set aside or spared, or law removed
    (``_NOT_THE_LAWS``), nor a class of offences (``_A_CLASS``; 02c H3, M4); and, where
    *cued* (the kinds named together, "fines and imprisonment", or the statute's "or with
    fine"), after a word of punishment in its clause (``_PUNISHMENT_CUE``; 02b H3).
    "Faces jail" and the like, read before these, are only checked for a denial."""
    if _denied(text, match.start()):
        return False
    before = text[max(0, match.start() - 200) : match.start()]
    marks = [m.end() for m in _CLAUSE_MARK.finditer(before)]
    clause = match.start() - len(before) + (marks[-1] if marks else 0)
    said = match.group().lower()
    if not cued and not said.startswith(("punish", "or", "and")):
        return True  # "faces jail", "land him in jail": read as before, not denied
    if _NOT_THE_LAWS.search(text, clause, match.start()) or _A_CLASS.search(
        text, clause, match.start()
    ):
        return False
    cued = cued or said.startswith(("or", "and"))
    return not cued or _PUNISHMENT_CUE.search(text, clause, match.start()) is not None


def _law_gave(text: str, low: int, high: int) -> bool:
    """Whether a law-maker is the subject of the "gave/awarded" that ends before *high*
    (:data:`_LAW_GAVE`), not a law named as the rule a court applies (:data:`_LAW_AS_RULE`,
    :data:`_COURT_BEFORE`)."""
    found = _LAW_GAVE.search(text, low, high)
    if found is None:
        return False
    before = max(0, found.start() - 40)
    return (
        _LAW_AS_RULE.search(text, before, found.start()) is None
        and _COURT_BEFORE.search(text, before, found.start()) is None
    )


_TO_PERSON_AFTER = re.compile(
    r"[^.,;:!?]{0,60}?\bto\s+(?:him|her|them|(?:both\s+|all\s+)?the\s+(?:(?:two|three|four|five"
    r"|six|both|[0-9]+)\s+)?(?:accused|convicts?|culprits?|man|men|woman|youths?|teacher|tutor"
    r"|boy|driver|father|uncle|[0-9]+-year-old))\b",
    re.IGNORECASE,
)

# … and, with no punishment's word, only near a word of the law or of a charge: not an age or a
# time limit ("Instagram has a 13-year minimum and the girl was 11", "fixed a 3-year maximum for
# completing trials"; review 2026-12-14e M1); read within ``_LAW_REACH`` characters before the
# term and 60 after it
_LAW_NEAR = re.compile(
    r"\b(?:sections?|offen[cs]es?|offenders?|punish\w*|penalty|sentences?|law|act|ipc|pocso|bns"
    r"|convict\w*|guilty|faces?|facing|carries|carry|attracts?|prescribes?)\b",
    re.IGNORECASE,
)

_LAW_REACH = 80

# a provision's verb right before a bare term ("Section 67B of the IT Act provides up to seven
# years", "… prescribes a minimum of five years"): the law states the term, with no punishment
# word beside it; read only when a section, an Act or an offence is named in the clause before
# the verb (``_PROVISION_BEFORE``), and not for a term of something else ("provides for up to
# five years of free schooling")
_PROVISION_VERB = re.compile(
    r"\b(?:provides?|prescribes?|carr(?:y|ies)|attracts?|entails?|stipulates?|faces?|facing)"
    r"\s+(?:for\s+)?"
    r"(?:(?:an?|the)\s+)?\Z",
    re.IGNORECASE,
)
_PROVISION_BEFORE = re.compile(
    r"\b(?:sections?|sec\.?|u/s|act|code|ipc|bns|pocso|offen[cs]es?|offenders?|crimes?|law)\b"
    r"[^.;!?\n]{0,100}\Z",
    re.IGNORECASE,
)
_TERM_OF_OTHER = re.compile(
    r"\s+of\s+(?!(?:rigorous|simple|imprisonment|jail|prison|incarceration)\b)"
    # ("faces up to three years more": a term added in some other matter; review 2026-12-19a M5)
    r"|\s+more\b",
    re.IGNORECASE,
)
# … and not where the words after it (to the clause's end, past a short aside) make it an age
# or a time for a task ("provides 18 years as the age of consent", "six months, from the date of
# the FIR, for the police to file the chargesheet", "one year to complete the trial"; reviews
# 2026-12-18b H1, 18c H1, H2). A rejecting list, not an allowing one: a statement of the law
# ends in many ways ("… along with a fine", "… if found guilty", "… for offenders").
_VERB_TERM_OTHER = re.compile(
    # ("as a maximum", "as the maximum for a repeat offender": a bound; "as he is a repeat
    # offender": a reason; review 2026-12-20d H3, M1)
    r"\b(?:(?<!well\s)as\s+(?!well\s+as\b|per\b|(?:(?:a|the)\s+)?(?:punishment|penalty|jail"
    r"|imprisonment|sentence|fine|maximum|minimum)\b(?!\s+age)"
    r"|(?:he|she|they|it|the\s+accused)\s+(?:is|was|are|were|has|had)\b)"
    r"|for\s+(?:the\s+)?(?:police|court|courts|special\s+courts?|trials?|investigations?|probe"
    r"|victims?|platforms?|intermediaries|men|women|boys|girls|completing|completion|filing"
    r"|disposal|deciding|reporting|registration)\b"
    r"|to\s+(?:file|complete|conclude|finish|seek|submit|decide|dispose|report|register|frame"
    r"|investigate)\b|within\b|from\s+(?:the\s+)?(?:date|day|time)\b|from\s+cognizance"
    # (a definition of a child: "provides 18 years, and anyone below it is a child"; review
    # 2026-12-18d H8; not "material of children below the age of 18", a term's object: 18d H4)
    r"|age\s+of\s+(?:consent|majority)|below\s+(?:it|which)|(?:is|was|are|were)\s+(?:a\s+)?"
    r"(?:child|children|minor|minors|major|adult)\b|limitation\b)",
    re.IGNORECASE,
)
_VERB_TERM_REACH = 90
_SECTION_AFTER_TERM = re.compile(
    r"\s*(?:(?:in\s+)?(?:jail|prison)\s+)?(?:under|u/s)\s+(?:sections?|secs?\.?|s\.)?\s?\d",
    re.IGNORECASE,
)
# a clause's own verb or subject between two terms of a list of tiers
_CLAUSE_BETWEEN = re.compile(
    r"\b(?:is|are|was|were|be|been|being|must|will|would|should|shall|can|could|may|has|have"
    r"|had|takes?|took|the\s+(?:accused|investigation|trial|police|court|case))\b|\b\w+ed\b",
    re.IGNORECASE,
)
_PROVISION_VERB_WORD = re.compile(
    r"\b(?:provides?|prescribes?|carr(?:y|ies)|attracts?|entails?|stipulates?)\b", re.IGNORECASE
)
# "faces" states the law only where no sentence already passed with its term stands before it in
# the sentence ("was jailed for two years last year faces …": the two years are a sentence, and
# the statements would merge; review 2026-12-18b H7), unless the sentence turns to "faces" there
# at a comma or "and" (``_PROSPECT_TURN_BEFORE``), where the two are read apart ("…, now faces
# up to seven years"); a conviction with no term passed is no bar ("who was convicted under
# Section 67B in 2019, faces up to seven years"; 18c H3)
_PASSED_BEFORE = re.compile(
    r"\b(?:jailed|sentenced|fined|imprisoned|awarded)\b[^.;!?]{0,30}?"
    rf"(?:\b{_NUM}\b|\brs\b|\u20b9)[^.;!?]{{0,130}}\Z",
    re.IGNORECASE,
)
# a section named between a term and the punishment word before it: the word is the earlier
# provision's ("… three years in jail, though Section 67B of the IT Act provides up to seven
# years for a first offence": the seven years are s.67B's own statement; review 2026-12-17d F5)
_SECTION_BETWEEN = re.compile(r"\b(?:sections?|secs?\.?|u/s)(?:\s|\.|-|:|\d)", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# how far before a term said for a conviction's tier its punishment word may be
_TIER_REACH = 100

# … and not a time allowed ("requires trials to be completed within a one-year maximum"; review
# 2026-12-14f H7; ages and platforms named near a law's bound are no sign: 14g H7)
_NO_TERM_NEAR = re.compile(r"\bwithin\s+(?:an?\s+|the\s+)?\S*\Z", re.IGNORECASE)
# … nor a time for a task after the bound ("a 3-year maximum for completing POCSO trials", "a
# one-year maximum for the trial to be completed"), or one that records are kept for ("kept for
# a 2-year maximum"; review 2026-12-15a M1)
_TIME_LIMIT_AFTER = re.compile(
    r"\s+(?:for|to)\s+(?:the\s+)?(?:complet\w+|disposal|dispose|trials?(?!\s+courts?\b)"
    r"|investigations?|probe|recording|retention"
    # "a 2-year maximum for trial courts to dispose of POCSO cases": the courts' time, not a
    # term they impose (review 2026-12-16a M-d)
    r"|trial\s+courts?\s+to\s+(?:complete|conclude|finish|dispose|decide|deliver|end))\b",
    re.IGNORECASE,
)
_KEPT_BEFORE = re.compile(
    r"\b(?:kept|keep|retained|retain|preserved|preserve|stored|store)\s+for\s+(?:an?\s+)?\S*\Z",
    re.IGNORECASE,
)

# a term's bound said right after it ("a seven-year maximum in prison", "a 20-year minimum"):
# the term is a maximum or a minimum
# a term's minimum said after it: "five years or more", "seven years and above"
_OR_MORE = re.compile(
    r"\s+(?:or|and)\s+(?:more|above|longer|over|(?P<upwards>upwards?|onwards?))\b", re.IGNORECASE
)
_BOUND_SAID = re.compile(r"[\s-]+(?P<bound>minimum|maximum)\b", re.IGNORECASE)

# … and, before a punishment's words, a preposition of the law or the clause's end ("a mandatory
# 5-year minimum for …", "a 2-year maximum.", "a five-year maximum under Section 67B"), a
# punishment with no other word; not "a 13-year minimum age" (review 2026-12-14e H4)
_BOUND_AFTER = re.compile(
    r"[\s-]+(?P<bound>minimum|maximum)\b(?=\s*(?:[.,;:()]|(?:for|and|under|if|in|behind|of|with"
    r"|extendable)\b|sentence|term|jail|imprisonment|punishment|prison|\Z))",
    re.IGNORECASE,
)

# "minimum" right before the punishment word a bare term is said with ("the minimum punishment
# is 20 years", "a minimum sentence of seven years"): the term is a minimum
_MINIMUM_BEFORE = re.compile(r"\b(?:minimum|min\.)\s+(?:\w+\s+)?\Z", re.IGNORECASE)

# the same for a maximum ("carries a maximum punishment of seven years"): the term is a limit
# (and, as for a minimum, not after a denial: "no maximum sentence of …")
_MAXIMUM_BEFORE = re.compile(r"\b(?:maximum|max\.)\s+(?:\w+\s+)?\Z", re.IGNORECASE)

# "no minimum", "no fixed minimum", "does not prescribe any minimum": none
_NO_MINIMUM = re.compile(r"\b(?:no|not|any|without)\b[\w\s]{0,20}\Z", re.IGNORECASE)

# "-old" or " old" after a term makes it an age ("a 47-year-old tailor", "7 years old")
_AGE_AFTER = re.compile(r"[\s-]?old\b|\s+of\s+age\b", re.IGNORECASE)
# … and "ago" a span of time ("for raping a girl three years ago"), no term, nor "back" that says
# ago ("jailed for a similar offence 10 years back"; not "back in 2015", "back home"), nor
# "later" or "earlier" ("Two years later, the court sentenced him …", "sentenced five years
# earlier under Section 67"); not "sentenced him to 20 years earlier this week", "… later in
# the day" (reviews 2027-01-04a H6, 04b H1, H2)
_TIME_AFTER = re.compile(
    r"\s+(?:ago\b|(?P<loose>back\b(?!\s+(?:in|on|at|home|then|from|into|to\s+back)\b)"
    r"|(?:later|earlier)\b(?!\s+(?:this|that|today|in\s+the|on|last|the\s+same)\b)))",
    re.IGNORECASE,
)
# … "back", "later", "earlier" only where no word that takes a term stands right before it: not
# "sentenced him to seven years earlier", "jailed for 10 years later" (a sentence said oddly;
# review 2027-01-04c H1), but "Two years later, …", "amended 15 years back", "sentenced five years
# earlier under …"
# (a sentencing verb, with its "to" or "for": not any "to" or "of", "married to her 10 years
# back", "the offence of two years back"; review 2027-01-04d H1)
_TERM_TAKEN_BEFORE = re.compile(
    r"\b(?:(?:sentenced|jailed|imprisoned)\s+(?:(?:him|her|them)\s+)?(?:to|for)"
    r"|(?:awarded|given|got|undergo|undergoing|serve|serving|served|faces?|facing)"
    r"(?:\s+(?:him|her|them))?)\s+(?:an?\s+)?(?:additional\s+|further\s+)?\Z",
    re.IGNORECASE,
)


def _new_term_start(text: str, at: int) -> int:
    """Where a changed sentence's new term, at *at*, starts its words: right after its "to",
    so that "to rigorous imprisonment for 10 years" keeps its kind (review 2027-01-06d W3)."""
    to = _TO_NEW_TERM.search(text, max(0, at - 40), at)
    if to is None:
        return at
    words = _AFTER_TO.match(text, to.start())
    return words.end() if words is not None else at


_AFTER_TO = re.compile(r"to\s+", re.IGNORECASE)


def _time_after(text: str, start: int, end: int) -> bool:
    """Whether the term from *start* to *end* is a span of time ("three years ago", "two years
    later, …", "15 years back"), not a term (``_TIME_AFTER``, ``_TERM_TAKEN_BEFORE``)."""
    after = _TIME_AFTER.match(text, end)
    if after is None:
        return False
    return after["loose"] is None or not _TERM_TAKEN_BEFORE.search(text, max(0, start - 40), start)


# … and an age said before its number: "children aged twelve years and above", "the age of 16
# years", "girls of 12 years and above" (review 2026-12-25b H3)
_AGE_BEFORE = re.compile(
    r"\b(?:aged|ages?\s+of|age|age\s+group\s+of|(?:children|child|girls?|boys?|minors?"
    r"|students?|juveniles?|persons?|people|youths?|teenagers?|men|man|women|woman|victims?"
    # (not "offenders", "those", "adults": "punishment for offenders of five years", "jail
    # terms, including those of seven years"; review 2026-12-26a L2)
    r"|accused|kids?|adolescents?|survivors?|daughters?|sons?|infants?|bab(?:y|ies))\s+of)\s+(?:(?:between|above|below|under|over|from)\s+)?"
    # the range's low end before the term's number ("aged 12 to 18 years"), a number (not "a
    # youth of Rampur to 20 years"; review 2026-12-25d M4)
    rf"(?:{_NUM}\s*(?:to|and|-|\u2013)\s*)?\Z",
    re.IGNORECASE,
)
# "more" or "further" after a term adds it to another ("six months more in jail")
_MORE_AFTER = re.compile(r"\s+(?:more|further)\b", re.IGNORECASE)

_UNIT_WORD = re.compile(rf"\b{_UNIT}\b", re.IGNORECASE)

# The longest a term can run before its unit: "which may extend to twenty years" (35) and a range
# "six months to one year" (22), with room to spare.
_BEFORE_UNIT = 60

_TERM_RE = re.compile(rf"\b{_TERM}\b", re.IGNORECASE)

_FINE = re.compile(
    # ("a fine amounting to", one fine; not "fines amounting to Rs 2 crore" collected, a total:
    # review 2027-01-04a H10)
    r"\b(?:fine\samounting\sto\s|fine(?:s)?\s(?:of\s)?|penalty\sof\s|fined\s(?:(?:him|her|them"
    # the one fined named ("fined the accused Rs 20,000", "fined the two convicts …"), and an
    # aside after it ("fined the accused, who was out on bail, Rs 20,000")
    r"|(?:the|both|all)\s(?:[\w'\u2019-]+\s){0,2}?(?:accused|convicts?|convicted|culprits?"
    r"|offenders?|men|man|persons?|youths?|duo|trio)(?:,\s[^,.;!?]{1,50},)?)\s)?"
    r"(?:(?:a\s)?(?:sum|penalty|amount)\s(?:of\s)?)?)"
    r"(?:(?P<limit>" + _UP_TO + r"|" + _AT_LEAST + r")\s)?"
    # "Rs 10,000", and "Rs 10, 000" as some pages print it (one or two digits, a comma and a
    # space, then three digits: "Rs 200, 500 and 1,000" are three amounts)
    # ("Rs 5000" whole: four or more digits with no comma are one amount, not "Rs 500")
    # (and "`", which PDFs set in the Rupee font print for "₹": "a fine up to `2,000"; survey of
    # unseen reports, 2027-01-04)
    r"(?:rs\.?|₹|`(?=\d)|inr|rupees)?\s?(?P<amount>\d{1,2},\s\d{3}\b"
    r"|(?:\d{4,9}|\d{1,3}(?:,\d{2,3})*)(?:\.\d+)?(?!\d)|(?:" + _NUMBER_WORD + r")\b)"
    r"(?:\s?(?P<scale>lakhs?|crores?|thousand))?"
    # … and the thousands right after a lakh or a crore ("two lakh fifty thousand", "Rs 2 lakh
    # 50 thousand"; review 2026-12-25c); not past "and", which as often joins two amounts ("Rs
    # 2 lakh and 50 thousand respectively"; review 2026-12-26c H4)
    r"(?:(?<=lakh|akhs|rore|ores)\s(?P<thousands>\d{1,2}|" + _NUMBER_WORD + r")"
    r"\s?thousand\b)?",
    re.IGNORECASE,
)

# an amount before the word: "Rs 5,000 fine", "₹10 lakh as fine", "Rs. 15,000/- fine", "a Rs
# 50,000 penalty was levied" (a currency mark first; "penalty" as with "penalty of" before one)
_FINE_AFTER = re.compile(
    r"(?:\brs\.?|₹|\binr)\s?(?P<amount>\d{1,2},\s\d{3}\b|(?:\d{4,9}|\d{1,3}(?:,\d{2,3})*)"
    r"(?:\.\d+)?(?!\d))"
    r"(?:\s?(?P<scale>lakhs?|crores?|thousand))?(?:/-)?\s(?:as\s)?(?:a\s)?(?:fines?|penalty)\b"
    r"(?P<limit>(?!))?",
    re.IGNORECASE,
)

# the words ``_FINE_AFTER`` ends with
_FINE_WORD = re.compile("fine|penalty", re.IGNORECASE)
_FINE_WORDS = ("fine", "penalty")

# the high end of a fine's range right after its amount: "… Rs 10,000 to Rs 1,00,000", "… Rs
# 10,000 which may extend to Rs 1,00,000"
_FINE_UPPER = re.compile(
    r"\s?(?:to|-|\u2013|,?\s(?:but\s)?which\s+may\s+extend\s+to)\s?(?:rs\.?|₹|`(?=\d)|inr|rupees)"
    r"\s?(?P<amount>(?:\d{4,9}|\d{1,3}(?:,\d{2,3})*)(?:\.\d+)?(?!\d))"
    r"(?:\s?(?P<scale>lakhs?|crores?|thousand))?(?!\w)(?!,\d)",
    re.IGNORECASE,
)

_LIFE = re.compile(
    r"\b(?:life\s+imprisonments?|imprisonment\s+(?:for|till|until)\s+(?:the\s+)?(?:(?:remainder|rest)"
    r"\s+of\s+(?:his|her|their|that\s+person[\u2019']s|the\s+\w+[\u2019']s)\s+)?(?:natural\s+)?life"
    # ("imprisonment till his death": life, as the Codes define it; survey of unseen reports,
    # 2027-01-04)
    # (not a stay in jail, "remained in jail till his death"; but a sentence to stay, "sentenced
    # to remain in jail till his death"; reviews 2027-01-04a H7, 04b H5)
    r"|(?<!in\s)imprisonment\s+(?:till|until)\s+(?:(?:his|her|their)\s+)?death"
    r"|(?:(?<=sentenced\sto\s)|(?<=sentenced\shim\sto\s)|(?<=sentenced\sher\sto\s)"
    r"|(?<=sentenced\sthem\sto\s))(?:remain\s+in\s+)?(?:jail|prison)\s+(?:till|until)\s+"
    r"(?:(?:his|her|their)\s+)?death"
    r"|life\s+terms?|life\s+sentences?"
    r"|jail\s+for\s+life|sentenced\s+to\s+life|extend(?:s|able)?\s+to\s+life)\b",
    re.IGNORECASE,
)

_DEATH = re.compile(
    r"\b(?:death\s+sentence|death\s+penalty|sentenced\s+to\s+death|hanged\s+till\s+death"
    r"|capital\s+punishment|(?:punishable|punished|punishment)\s+(?:with|of)\s+death)\b",
    re.IGNORECASE,
)

# "offences punishable with imprisonment for less than three years are bailable": a threshold of
# a rule about offences, not a punishment stated for one.
_THRESHOLD = re.compile(
    r"\b(?:less\s+than|more\s+than|above|below|over|under|exceeding|beyond)\s+$", re.IGNORECASE
)

# "has been in jail for five years": time served, not a punishment stated.
_SERVED = re.compile(
    r"\b(?:(?:been|was|were|is|are|remained|lodged)\s+(?:in\s+)?(?:jail|custody|prison|judicial"
    r"\s+custody)\s+(?:for|since)|(?:remained|lodged|languished)\s+jailed\s+(?:for|since)|spent"
    r"|served|undergone)\s+$",
    re.IGNORECASE,
)

# "has to stay in jail for three months before he can apply for bail": a stay in custody before
# bail or trial, no punishment (survey of unseen English pages, 2027-01-12); not "will have to stay
# in jail for seven years if convicted", the law's, which names no bail or trial after it, nor
# "… in prison for 10 years till his appeal comes up, and cannot get bail" (a comma between;
# review 2027-01-12a)
_STAY_BEFORE = re.compile(
    r"\b(?:stay|stays|stayed|staying|remain|remains|remained|spend|spends|spent|kept)\s+"
    r"(?:in\s+)?(?:jail|custody|prison|judicial\s+custody)\s+for\s+$",
    re.IGNORECASE,
)
_BAIL_OR_TRIAL_AFTER = re.compile(
    r"[^.;,\n]{0,40}?\b(?:(?:before|until|till)\b[^.;,\n]{0,40}?\bbail\b|pending\s+trial\b"
    r"|as\s+an?\s+under-?trial\b)",
    re.IGNORECASE,
)

# "was jailed for two years in default of bail bonds": held for want of a surety, which is no
# sentence (review 2026-12-28f M5)
_IN_DEFAULT_OF_BAIL = re.compile(
    r"[^.;\n]{0,12}?\b(?:in\s+default|for\s+want|unable\s+to\s+furnish|for\s+failing"
    r"\s+to\s+furnish|for\s+not\s+furnishing)\s+(?:of\s+)?(?:furnishing\s+)?(?:the\s+)?"
    r"(?:bail|surety|sureties|bonds?|personal\s+bonds?)\b",
    re.IGNORECASE,
)

# before "punishable": no words that make it a class of offences ("offences punishable with fine
# only are compoundable", "any offence punishable with imprisonment", "arrested for an offence
# punishable with imprisonment"), not the law said of one ("stalking is a crime punishable with
# imprisonment", "is an offence punishable with fine"; review 2027-01-02c M4)
_NOT_A_CLASS = (
    r"(?<!\boffences\s)(?<!\bany\soffence\s)(?<!\bfor\san\soffence\s)(?<!\bof\san\soffence\s)"
    r"(?<!\bcrimes\s)(?<!\bcases\s)"
)
# after the kind: no measure, read or not ("for less than three years", "up to", "of Rs
# 5,000", "only", a number); "of either description" is no measure (02c L2)
_NO_MEASURE_AFTER = (
    r"(?!\s+(?:for|up|upto|till|until|which|that|extending|exceeding|not|less|more|below"
    r"|above|only|rs\.?)\b|\s+of\s+(?!either\s+description\b)|\s*[\d\u20b9])"
)

_UNSTATED = re.compile(
    r"\b(?:face|faces|attract|attracts|invite|invites|land\s+(?:one|them|him|you)\s+in)\s+"
    r"(?:police\s+action\s+and\s+)?(?:jail|imprisonment|prison)\b"
    # "punishable with imprisonment", "punished by rigorous imprisonment": the law's kind, with
    # no term (``_unmeasured_said``); not a class of offences ("an offence punishable with
    # imprisonment", "offences punishable with imprisonment for less than three years")
    rf"|{_NOT_A_CLASS}\b(?:punishable|punished)\s+(?:with|by)\s+(?:rigorous\s+|simple\s+)?"
    r"(?:imprisonment|jail|a\s+jail\s+term|a\s+prison\s+term)\b"
    rf"{_NO_MEASURE_AFTER}",
    re.IGNORECASE,
)

# A fine named with no amount, as the law's kind: "punishable with fine" (not "punishable with
# fine only", a class of offences, nor "with a fine of Rs 5,000", read as a fine)
_UNSTATED_FINE = re.compile(
    rf"{_NOT_A_CLASS}\b(?:punishable|punished)\s+(?:with|by)\s+(?:a\s+)?fines?\b"
    rf"{_NO_MEASURE_AFTER}"
    # "… punishable with imprisonment, or with fine, or with both": the statute's alternative,
    # after "punish" in its clause (``_unmeasured_said``; review 2027-01-02c L2)
    r"|\b(?:or|and)\s+(?:also\s+)?with\s+(?:a\s+)?fines?\b(?!\s+(?:of|up|upto|which|not|extending)\b|\s*[\d\u20b9])",
    re.IGNORECASE,
)
# Both kinds named together ("fines and imprisonment", "imprisonment and a fine": the two parts'
# spans), read only after a word that says the law's punishment in the same clause
# (``_PUNISHMENT_CUE``: "may face legal consequences, including fines and imprisonment"), so
# that statistics, acquittals and "the inmate is fine and jail …" are none
_UNSTATED_BOTH = re.compile(
    r"\b(?:(?P<fine>fines?)\s+(?:and|or|and/or)\s+(?P<jail>imprisonment|jail\s+terms?"
    r"|prison\s+terms?)"
    r"|(?P<jail2>imprisonment|jail\s+terms?)\s+(?:and|or|and/or)\s+(?:a\s+)?(?P<fine2>fines?))\b",
    re.IGNORECASE,
)
_PUNISHMENT_CUE = re.compile(
    r"\b(?:punishable|punished|punishment|punishments|penalty|penalties|consequences|provision"
    r"|provides|prescribes|attracts?|carr(?:y|ies)|faces?|facing|liable|invites?|entails?"
    r"|leads?\s+to|lead\s+to|results?\s+in)\b",
    re.IGNORECASE,
)
# a word that denies what follows it, and the words that may stand between ("is not punishable
# with imprisonment", "cannot be punished with fine", "isn't punishable")
_DENIED_BEFORE = re.compile(
    # (not the "not" of "whether … or not," and "if not", which deny nothing of what follows:
    # "whether first offenders or not, will face up to five years", "hefty fines, if not
    # imprisonment of up to five years"; review 2027-01-03a H5)
    r"(?:\b(?<!\bor\s)(?<!\bif\s)(?:not|never|cannot|neither|nor|nobody|unlikely)|n't"
    r"|\bno(?:\s+one|\s+longer)?"
    # ("none of the users will face jail": none, and whom it counts)
    r"|\bnone(?:\s+of(?:\s+(?:the|these|those|them|his|her|their))?(?:\s+\w+){0,2}?)?)"
    # (then only the words that carry the denial to it: "would not be punished", "is unlikely
    # to face", "no penalty, fine or …"; not "those who do not report will face jail", whose
    # denial is of the act punished; reviews 2027-01-02c H2, M1, 02d H2, H3)
    r"(?:[\s,]+(?:be|been|is|are|was|were|will|would|shall|can|could|may|might|to|also|even"
    r"|necessarily|always|liable|penalty|penalties|punishable|punished|with|by|any|attract"
    r"|attracts|face|faces|carry|carries|invite|invites"
    # ("will not land you in jail for seven years", "won't get you seven years", "will not be
    # sent to jail for …"; review 2027-01-03d H8)
    r"|land|lands|get|gets|send|sent|you|him|them|in|jail|prison|for|behind|bars))*[\s,]*\Z",
    re.IGNORECASE,
)
# a class of offences named by their punishment ("offences punishable with imprisonment or fine
# are compoundable", "any offence punishable with imprisonment and fine is cognisable"; review
# 2027-01-02c M4), as ``_NOT_A_CLASS`` keeps from "punishable"
_A_CLASS = re.compile(
    r"\b(?:offences|crimes|cases|any\s+offence|for\s+an\s+offence|of\s+an\s+offence)"
    r"\s+punishable\b",
    re.IGNORECASE,
)
# in the clause before it, a word that makes the kinds no punishment the law provides: one a
# court passed, set aside or spared, one a law removed or replaced ("acquitted him, sparing him
# imprisonment and fine", "the Jan Vishwas Act replaced imprisonment and fine with a penalty",
# "were sentenced to imprisonment and fines": a statistic; review 2027-01-02c H3, M5)
_NOT_THE_LAWS = re.compile(
    r"\b(?:acquitt\w*|set\s+aside|sets\s+aside|quash\w*|spar(?:e|es|ed|ing)|suspended"
    r"|decriminali[sz]\w*|abolish\w*|instead\s+of|waiv(?:e|es|ed|ing)|remov(?:e|es|ed|ing)"
    r"|omitted|commut\w*|reduced|replac(?:e|es|ed|ing)\s+(?:the\s+)?(?:provision|imprisonment"
    r"|jail|punishment|penalty)"
    # (a sentence passed: "sentenced him to", "were sentenced to"; not "attracts a sentence of")
    r"|sentenced(?:\s+\w+){0,3}\s+to)\b",
    re.IGNORECASE,
)
# where a clause opens: a sentence's or clause's mark
_CLAUSE_MARK = re.compile(r"[.;:!?\n\u0964]")
# the kinds a denial before them takes back (the unmeasured ones are checked as they are read,
# ``_unmeasured_said``; a payment or community service is a sentence's, not the law's)
_DENIABLE = frozenset({"term", "fine", "life", "death"})
# where a sentence, or a clause a semicolon sets apart, opens
_SENTENCE_MARK = re.compile(
    # (a full stop only before a capital, and not after an initial, a title or "Sec": "It is
    # false that under Sec. 67 of the I.T. Act Mr. Kumar faces …" is one sentence)
    r"[;!?\n\u0964]|(?<!\b[A-Z])(?<!\bSec)(?<!\bNo)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)"
    # (… or a closing quote, and any word not in lower case: '… are punished." Under Section
    # 67B …', ". ₹10 lakh …"; review 2027-01-03d H1)
    r"(?<!\bMrs)(?<!\bProf)\.(?=[\"'\u201d\u2019]?\s+[^a-z\s])"
)
# The clause denied runs to the end of its sentence, or to a colon, a semicolon or a dash: a
# comma, "and", ", as …" may stand inside it ("It is not true that viewing and sharing such videos
# carries seven years", "It is not true that the accused, a 24-year-old engineer, was sentenced
# to seven years", "… that sharing such content, even once, attracts …", "… that, as claimed in
# the viral post, users will be jailed …"), so a statement after the clause in the same sentence
# is not read (a miss, where reading a denied one would state the law wrongly; reviews
# 2027-01-03a H4, 03b H1, 03c H2, H3)
_DENIED_CLAUSE_ENDS = re.compile(r"[:;\u2013\u2014]|\s-\s")
_DENIED_CLAUSE = re.compile(
    # (the denial may enclose an aside: "It is untrue, police said, that …"; 03c H8)
    r"(?:\b(?:not|never)|n't)\s+(?:true|correct|the\s+case)(?:,[^,.;]{1,40},)?\s+that\b"
    r"|\b(?:untrue|false|myth|misconception|wrong\s+to\s+say)(?:,[^,.;]{1,40},)?\s+that\b"
    # ("There is no truth in the claim that …", "Contrary to the claim that …"; 03c H8)
    r"|\bno\s+truth\s+in\s+(?:the|this|a|such)\s+(?:\w+\s+){0,2}?"
    r"(?:claims?|reports?|messages?|posts?|rumou?rs?)\s+that\b"
    r"|\bcontrary\s+to\s+(?:the|a|this|such)\s+(?:\w+\s+){0,3}?"
    r"(?:claims?|belief|beliefs|misconception|notion|perception|rumou?rs?)\s+that\b",
    re.IGNORECASE,
)
# a claim that is another's, before a statement in its sentence: "The post claims that …", "a
# message claiming that …", "Claim: …" (``_claimed_or_asked``)
_CLAIMED_BEFORE = re.compile(
    r"\b(?:claims?|claimed|claiming|messages?|posts?|rumou?rs?|forwards?)\s+(?:that|claiming"
    r"|saying)\b|\b(?:viral\s+)?claims?\s*:"
    # (a post or message that claims, not a person: "The accused, who claimed to be a juvenile,
    # was sentenced to …" is compared)
    r"|\b(?:posts?|messages?|forwards?|videos?|rumou?rs?)\s+(?:claims|claimed|claiming|says)\b",
    re.IGNORECASE,
)
# a punishment said to be deserved, right before it: "deserved capital punishment", "deserve
# the harshest punishment of death", "deserves at least 20 years"
_DESERVED_BEFORE = re.compile(
    r"\b(?:deserves?|deserved|deserving)\s+(?:(?:nothing\s+less\s+than|at\s+least|the|a|an"
    r"|harshest|strictest|severest|exemplary|punishment\s+of)\s+){0,3}[\"'\u201c\u2018]?\Z",
    re.IGNORECASE,
)
# where a sentence ends, a question mark among its marks
_QUESTION_OR_STOP = re.compile(r"[?!\u0964\n]|\.(?=\s|\Z)")
# a claim said before its denial ("FACT CHECK: Claim that forwarding memes attracts seven years in
# jail … is false", "The viral message that … is fake"; review 2027-01-03c H8): the claim's
# words before the punishment, the denial right after its clause (``_denied``)
_CLAIM_CLAUSE_END = re.compile(r"[,;:!?\n\u0964]|\.(?=\s|\Z)")
_CLAIM_THAT = re.compile(
    r"\b(?:claims?|messages?|posts?|rumou?rs?|reports?|forwards?)\s+(?:that|claiming|saying)\b",
    re.IGNORECASE,
)
_CLAIM_DENIED_AFTER = re.compile(
    # (not "is not false"; "is not true", "has no basis"; review 2027-01-03d H3, H4)
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?!not\b)\w+\s+)?(?:false|fake"
    r"|misleading|untrue|baseless|wrong|incorrect|bogus|a\s+hoax|a\s+myth)\b"
    r"|\b(?:is|are|was|were)\s+not\s+(?:true|correct|accurate)\b|\b(?:has|have)\s+no\s+basis\b",
    re.IGNORECASE,
)

# Each of the three holds its key word ("life" or, for "imprisonment till his death", "death";
# "death" or "capital"; "jail" or "prison"), at most about fifty characters from its start,
# blanks not counted: scanned only around those words (``Keyed``), with room to spare
_LIFE_SAID = Keyed(_LIFE, ("life", "death"), before=120, after=60)
_DEATH_SAID = Keyed(_DEATH, ("death", "capital"), before=120, after=60)
_UNSTATED_SAID = Keyed(_UNSTATED, ("jail", "prison"), before=120, after=60)
_UNSTATED_FINE_SAID = Keyed(_UNSTATED_FINE, ("fine",), before=120, after=60)
_UNSTATED_BOTH_SAID = Keyed(_UNSTATED_BOTH, ("fine",), before=120, after=60)

UNSTATED_KINDS = frozenset({"unstated", "unstated_fine"})
"""The kinds of the parts that name a punishment with no term or amount: imprisonment ("faces
jail", "punishable with imprisonment"), a fine ("punishable with fine"). A sentence that
states a term, a fine's amount, life or death is read for those alone."""

# "in default of payment of fine, simple imprisonment for one year": a term served only if the
# fine is not paid, not the sentence
# a term followed by "to" and a verb is a time allowed for something ("given three months to
# recommend", "30 days to file"), not a punishment; not "to life", "to death", "to 7 years"
_TIME_ALLOWED = re.compile(
    r"\s+to\s+(?!life\b|death\b|imprisonment\b|jail\b|prison\b|\d|the\b|a\b|an\b|run\b|be\b"
    r"|undergo\b)[a-z]+\b",
    re.IGNORECASE,
)

# Marathi's years and months: "दोन वर्षे", "पाच वर्षांची", "सात वर्षांपर्यंत", "सहा महिने", and
# one year's or month's genitive ("१ वर्षाच्या तुरुंगवासाची शिक्षा", "एका महिन्याची")
_MR_UNIT = r"वर्षे|वर्षां(?=च|पर्यंत)|वर्षा(?=च)|महिने|महिन्यां(?=च|पर्यंत)|महिन्या(?=च)"

_MR_UNIT_WORD = re.compile(r"वर्षे|वर्षां|वर्षा|महिने|महिन्यां|महिन्या")

# a sentence pronounced or imposed, never schooling given ("15 साल तक शिक्षा दी")
_PRONOUNCED = re.compile(rf"\s(?:सुनाई|सुनायी|सुनावली|ठोठावली|दिली)(?![{_HI}])")

# the term, then "तक" or Marathi's "पर्यंत" (up to), a genitive and an adjective of the
# punishment before its word
_HI_TERM = (
    # (the number restated in brackets, as court orders write it: "10 (दस) वर्ष"; survey of
    # unseen reports, 2027-01-04)
    rf"(?<![{_HI}\d.,])(?P<least>कम से कम\s|न्यूनतम\s)?(?P<n>{_HI_NUMBER})\s"
    # (a number word only: not "धारा 376 (दुष्कर्म) साल"; review 2027-01-04a H8)
    rf"(?:\((?:{_HI_NUMBER})\)\s)?"
    rf"(?P<unit>साल|वर्ष|वर्षों|महीने|महीनों|माह|मास|{_MR_UNIT})"
    rf"(?:\s\((?:{_HI_NUMBER})\s(?:साल|वर्ष|वर्षों|महीने|माह|मास)\))?"
    rf"(?P<upto>\sतक|पर्यंत)?"
    # Marathi glues the genitive to the term ("पाच वर्षांची शिक्षा", "वर्षांपर्यंतच्या")
    # (and Marathi's "साधा", "साध्या" simple, "सश्रम" rigorous, before the word: "२ वर्षे साधा
    # कारावास")
    # (and "कि" for "की", a common misprint: "3 वर्ष तक कि सजा"; "सादी" simple: "एक मास तक की सादी
    # कैद"; survey of unseen reports, 2027-01-04)
    # (two of them, "छह माह का अतिरिक्त सश्रम कारावास")
    rf"(?:च्या|ची|चा|चे)?(?:\s(?:की|का|के|कि))?(?:\sलिए)?(?:\s(?:कठोर|सश्रम|साधारण|अतिरिक्त|कड़ी|क\u095cी|कड़े"
    r"|क\u095cे|साधा|साध्या|साधी|सादी|सादा)){0,2}\s"
)

_HI_UNIT = "(?:साल|वर्ष|वर्षों|महीने|महीनों|माह)"

# a range joined to its word: "3 से 5 साल तक की सजा", "6 महीने से 1 साल तक की सजा", "7 साल से
# (लेकर) उम्रकैद तक की सजा"
_HI_RANGE = (
    rf"(?<![{_HI}\d.,])(?P<n1>{_HI_NUMBER})(?:\s\((?:{_HI_NUMBER})\))?(?:\s(?P<u1>{_HI_UNIT}))?\sसे\s(?:लेकर\s)?"
    rf"(?:(?P<n2>{_HI_NUMBER})(?:\s\((?:{_HI_NUMBER})\))?\s(?P<u2>{_HI_UNIT})"
    rf"|(?P<life>आजीवन (?:कठोर |सश्रम )?कारावास|उम्रकैद|उम्र कैद))"
    rf"(?:\sतक)?(?:\s(?:की|का|के))?(?:\sलिए)?(?:\s(?:कठोर|सश्रम|साधारण|अतिरिक्त|कड़ी|क\u095cी|कड़े|क\u095cे))?\s"
)

# a least term and a most said with their words: "न्यूनतम 20 साल और अधिकतम आजीवन कारावास"
# (at least twenty years and at most life), "कम से कम 5 साल और अधिकतम 7 साल" (survey of unseen
# reports, 2027-01-04)
_HI_LEAST_AND_MOST = re.compile(
    rf"(?<![{_HI}])(?:न्यूनतम|कम\sसे\sकम)\s(?P<n1>{_HI_NUMBER})\s(?P<u1>{_HI_UNIT})\s(?:और|व|तथा|एवं)\s"
    rf"(?:अधिकतम|ज्यादा\sसे\sज्यादा|ज़्यादा\sसे\sज़्यादा)\s"
    rf"(?:(?P<n2>{_HI_NUMBER})\s(?P<u2>{_HI_UNIT})|(?P<life>आजीवन कारावास|उम्रकैद|उम्र कैद))"
)

# a range whose low end names its punishment word: "सात साल की सजा से लेकर उम्रकैद तक का
# प्रावधान" (from seven years to life), "3 साल कैद से 5 साल तक"; the word stands inside, so none
# need follow, and "से लेकर" or "तक" must say it is a range
_HI_RANGE_WORDED = re.compile(
    rf"(?<![{_HI}\d.,])(?P<n1>{_HI_NUMBER})\s(?P<u1>{_HI_UNIT})\s(?:(?:की|का)\s)?"
    rf"(?:सजा|सज़ा|कैद|क़ैद|कारावास)\sसे\s(?P<from>लेकर\s)?"
    rf"(?:(?P<n2>{_HI_NUMBER})\s(?P<u2>{_HI_UNIT})|(?P<life>आजीवन कारावास|उम्रकैद|उम्र कैद))"
    # (a range said so: "से लेकर …", or "… तक"; not "2 साल कैद से 3 साल बाद छूटा")
    rf"(?(from)(?![{_HI}])|\sतक(?![{_HI}]))"
)

# a punishment raised to a term: "दोबारा ये काम करने पर सजा को बढ़ाकर 7 साल कर दिया जाता है"
# (for doing it again the punishment is raised to seven years): the law's limit, said word first,
# only in the law's habitual present (``_HI_RAISED_BY_LAW``); a court's "… सजा को बढ़ाकर 10 साल कर
# दिया" (raised the sentence) is a sentence passed, not read here (review 2026-12-08b H1)
_HI_RAISED_BY_LAW = re.compile(
    # (not past a comma: "… बढ़ाकर 10 साल कर दिया, जो पॉक्सो एक्ट में प्रावधान है" is a court's;
    # review 2026-12-08c L7)
    rf"[^\u0964.\n,]{{0,30}}?(?<![{_HI}])(?:जाता|जाती|जाते|होता|होती|होते|प्रावधान)(?![{_HI}])"
)

# a legislature's raise, in the perfective: the law amended before it in its sentence ("केंद्र
# सरकार ने कानून में संशोधन कर सजा को बढ़ाकर 7 साल कर दिया"; review 2026-12-08c L7)
_HI_AMENDED_BEFORE = re.compile(r"(?:संशोधन|कानून\sमें|अधिनियम\sमें)[^\u0964.\n]{0,60}\Z")

# a court or a convict's sentence between the amendment and the raise: "अधिनियम में संशोधन के
# बाद हाईकोर्ट ने दोषी की सजा को बढ़ाकर 20 साल कर दिया" is a sentence passed (review 2026-12-09b M2)
_HI_SENTENCE_BETWEEN = re.compile(
    r"(?:हाईकोर्ट|हाई\sकोर्ट|अदालत|कोर्ट|न्यायालय|बेंच|पीठ)\s(?:ने|द्वारा)(?![\u0900-\u097f])"
    # (not a court that reports the law: "हाईकोर्ट ने कहा कि …"; the convict's genitive alone is
    # the class of convicts the law speaks of, "दुष्कर्म के दोषी की न्यूनतम सजा"; review
    # 2026-12-10b M10)
    r"(?!\s(?:कहा|बताया|माना)\sकि)"
)

# a raised minimum: "न्यूनतम सजा को बढ़ाकर 20 साल कर दिया गया" (the least punishment raised to 20
# years, as the 2019 amendment of the POCSO Act is reported) is "at least", not "up to"
# (review 2026-12-09b M2)
_HI_RAISED = re.compile(
    r"(?P<least>(?:न्यूनतम|कम\sसे\sकम|किमान)\s)?"
    rf"(?:सजा|सज़ा|कैद|कारावास)\s(?:को\s)?ब(?:ढ\u093c|\u095d)ा\s?कर\s(?P<n>{_HI_NUMBER})\s"
    rf"(?P<unit>{_HI_UNIT})(?:\sतक)?(?![{_HI}])"
)

# A term in days, read only with a word of imprisonment itself: "ten days' simple imprisonment",
# "rigorous imprisonment for 15 days", "sentenced … to 10 days"; not a remand ("sent to 14 days'
# judicial custody", "sent to jail for 14 days": custody and jail are no sentence in days), which
# Indian reports write in days far more often than a sentence (fourteenth session).
_EN_DAYS = re.compile(
    rf"\b(?P<n>{_NUM})[\s-]days?(?:'|\u2019)?\s+(?:of\s+)?(?:(?:additional|further|simple"
    r"|rigorous)\s+){0,2}(?:imprisonment|incarceration)\b"
    rf"|\b(?:(?:simple|rigorous)\s+)?imprisonment\s+(?:of|for)\s+(?:a\s+(?:further\s+)?"
    rf"(?:period|term)\s+of\s+)?(?P<n2>{_NUM})[\s-]days?\b"
    rf"|\bsentenced\s+(?:(?:him|her|them|the\s+\w+)\s+)?to\s+(?P<n3>{_NUM})[\s-]days?\b"
    # (not "sentenced to 14 days' judicial custody" or "… of community service": review
    # 2026-12-10c)
    # (nor a remand, nor "jail custody": review 2026-12-11a L4)
    r"(?!(?:'|\u2019)?\s+(?:(?:of|in)\s+)?(?:judicial|police|community|social|custody|remand"
    r"|jail\s+custody)\b)",
    re.IGNORECASE,
)

# (every form holds "day": the number before it, or "imprisonment for a further period of"
# or "sentenced the accused to" before the number, and the words of imprisonment or a remand
# after it: scanned only around it)
_EN_DAYS_SAID = Keyed(_EN_DAYS, ("day",), before=160, after=120)

# (and "कड़ी", harsh: "15 दिन की कड़ी सजा", patrika.com; survey of unseen Hindi pages, 2027-01-13)
# "दस दिन की जेल हुई", "10-10 दिन के कारावास की सजा", "पांच दिनों के अतिरिक्त कारावास": a term in
# days with a word of sentence (not "14 दिन की न्यायिक हिरासत", custody, nor "जेल भेजा", sent to
# jail on remand)
_HI_DAYS = re.compile(
    rf"(?<![{_HI}\d.,])(?P<n>{_HI_NUMBER})(?:-(?P=n))?\s(?:दिन|दिनों)\s(?:की|के|का)\s"
    r"(?:(?:अतिरिक्त|साधारण|कठोर|सश्रम|कड़ी|क\u095cी)\s)?(?:कारावास|कैद|सजा|सज़ा|जेल\sहुई|जेल\sकी\sसजा)"
)

# the statute's minimum: "पांच वर्ष से कम की सजा नहीं", "सात वर्ष से कम नहीं होगी"
_HI_MINIMUM = re.compile(
    rf"(?<![{_HI}\d.,])(?P<n>{_HI_NUMBER})\s(?P<unit>{_HI_UNIT})\sसे\sकम\s"
    rf"(?:की\s(?:सजा|सज़ा|कैद|कारावास)\s)?नहीं(?![{_HI}])"
)

# The Hindi texts of the Acts, which reports quote, word a term after its word, as the English
# texts do: "कारावास से, जिसकी अवधि पांच वर्ष तक की हो सकेगी" (imprisonment for a term which may
# extend to five years: IT Act s.67B), "ऐसे कारावास से, जिसकी अवधि पांच वर्ष से कम की नहीं होगी"
# (not less than five years: POCSO s.14(1); "… सात वर्ष से अन्यून की होगी", ITPA s.7(1A)), "…
# किंतु जो सात वर्ष तक की हो सकेगी" (but which may extend to seven years); read only after a word
# of imprisonment in its clause (``_HI_PRISON_BEFORE``). And the Code of Criminal Procedure's
# "तीन वर्ष से अनधिक अवधि के लिए कारावास" (imprisonment for a term not exceeding three years), "…
# से अन्यून" (not less than), whose word follows.
_HI_STATUTE_UNIT = "(?:साल|वर्ष|वर्षों|महीने|महीनों|माह|मास)"
_HI_STATUTE_TERM = re.compile(
    rf"(?<![{_HI}])(?:(?:जिसकी|जिस\sकी)\sअवधि|जो)\s(?P<n>{_HI_NUMBER})\s(?P<unit>{_HI_STATUTE_UNIT})"
    rf"\s(?:(?P<upto>तक\s(?:की\s)?हो\sसकेगी)|(?P<least>से\sकम\sकी\sनहीं\sहोगी|से\sअन्यून\s(?:की\s)?होगी))(?![{_HI}])"
    rf"|(?<![{_HI}\d.,])(?P<n2>{_HI_NUMBER})\s(?P<unit2>{_HI_STATUTE_UNIT})\sसे\s"
    rf"(?:(?P<upto2>अनधिक)|(?P<least2>अन्यून))\s(?:(?:की\s)?अवधि\s(?:के\s)?(?:लिए\s)?)?"
    rf"(?:(?:कठोर|सश्रम|साधारण)\s)?(?:कारावास|कैद)(?![{_HI}])"
)
# after a term or fine worded as the Acts word one: a class of offences or a court's power, as the
# Codes word them ("सात वर्ष से अनधिक अवधि के कारावास से दंडनीय अपराधों में …", "… कारावास का
# दंडादेश दे सकती है"); a denial ("… कारावास नहीं है, बल्कि …"); review 2027-01-03a H1, H6
_HI_STATUTE_NOT_AFTER = re.compile(
    rf"(?:दंडनीय|दण्डनीय)\s(?:अपराध|अपराधों)(?![{_HI}])|(?:दंडादेश|दण्डादेश)(?![{_HI}])"
    rf"|\A[\s,]{{0,3}}नहीं(?![{_HI}])"
)
# … and after the Code of Criminal Procedure's form, "N वर्ष से अनधिक/अन्यून …", a verb of the
# law (not a sentence passed, "… की सजा सुनाई गई"; 03a M1): "दंडित किया जाएगा", "दंडनीय है/होगा",
# "दायी होगा", "का प्रावधान"
_HI_STATUTE_LAW_AFTER = re.compile(
    rf"(?:दंडित|दण्डित)\sकिया\sजाएगा|(?:दंडनीय|दण्डनीय)\s(?:है|होगा|होगी|हैं)(?![{_HI}])"
    rf"|दायी\s(?:है|होगा|होगी)(?![{_HI}])|प्रावधान"
)
_HI_SENTENCE_MARK = re.compile(r"[\u0964.?!;\n]")
# where the sentence of a range passed turns to another: a sentence's mark, "जबकि", "लेकिन"
_HI_RANGE_TURN = re.compile(rf"[\u0964.?!;\n]|(?<![{_HI}])(?:जबकि|लेकिन|परंतु|किंतु)(?![{_HI}])")
# where a Hindi clause ends: a comma, a sentence's mark, "जबकि", "लेकिन" (whereas, but)
_HI_OWN_CLAUSE_END = re.compile(rf"[,\u0964.?!;\n]|(?<![{_HI}])(?:जबकि|लेकिन|परंतु|किंतु)(?![{_HI}])")
_HI_PASSIVE_AFTER = re.compile(rf"\sजा(?![{_HI}])|\sजा(?:एगा|एगी|एंगे|ता|ती|ते|येगा|येगी)(?![{_HI}])")


def _hindi_statute_form_said(text: str, begin: int, end: int, match: re.Match[str]) -> bool:
    """Whether a term or fine worded as the Hindi texts of the Acts word one (*match*, in the
    paragraph *begin*..*end*) states the law's punishment: not a class of offences or a court's
    power after it, nor denied after it (``_HI_STATUTE_NOT_AFTER``), nor in a sentence that tells
    of a sentence passed or a term in default of a fine (``_HI_IMPOSED``, ``_HI_IN_DEFAULT``: the
    Acts' words quoted beside a court's order would join the order and make it the law's; review
    2027-01-03a H2); and, in the amount-first form ("… से अनधिक", "… से अन्यून"), with a verb
    of the law after it (``_HI_STATUTE_LAW_AFTER``). The sentence is read at most 300 characters
    either side, so linear."""
    start, finish = _hindi_sentence(text, begin, end, match)
    after = text[match.end() : finish]
    if _HI_STATUTE_NOT_AFTER.search(after):
        return False
    if _hindi_sentence_passed(text, start, finish):
        return False
    amount_first = match.group().rstrip().endswith(("कारावास", "कैद", "जुर्माने", "जुर्माना"))
    return not amount_first or _HI_STATUTE_LAW_AFTER.search(after) is not None


def _hindi_sentence(text: str, begin: int, end: int, match: re.Match[str]) -> tuple[int, int]:
    """The sentence of *match* in the paragraph *begin*..*end*, at most 300 characters either
    side (a danda, a full stop, a semicolon, a question or exclamation mark or a line break ends
    it)."""
    low = max(begin, match.start() - 300)
    marks = [m.end() for m in _HI_SENTENCE_MARK.finditer(text, low, match.start())]
    start = marks[-1] if marks else low
    stop = _HI_SENTENCE_MARK.search(text, match.end(), min(end, match.end() + 300))
    return start, stop.start() if stop is not None else min(end, match.end() + 300)


def _range_passed(text: str, begin: int, end: int, match: re.Match[str]) -> bool:
    """Whether the Hindi range *match* is of sentences passed on several ("पांचों दोषियों को
    तीन साल की कैद से लेकर पांच साल तक की सजा सुनाई", "… की सजा, और दस हजार … जुर्माने की सजा
    सुनाई"): a sentence passed after it, up to "जबकि", "लेकिन" or the end of its sentence,
    unless a word of the law (``_HI_STATUTE_LAW_AFTER``: "का प्रावधान") stands in its own
    clause, to the next comma ("… तक की सजा का प्रावधान है, अदालत ने आरोपी को पांच साल की सजा
    सुनाई" is the law's range; reviews 2027-01-03b H4, 03c H5, 03d H6)."""
    stop = min(end, match.end() + 300)
    turn = _HI_OWN_CLAUSE_END.search(text, match.end(), stop)
    if turn is not None and _HI_STATUTE_LAW_AFTER.search(text, match.end(), turn.start()):
        return False
    rest = _HI_RANGE_TURN.search(text, match.end(), stop)
    return _hindi_sentence_passed(text, match.start(), rest.start() if rest is not None else stop)


def _hindi_sentence_passed(text: str, start: int, finish: int) -> bool:
    """Whether the Hindi sentence *start*..*finish* tells of a sentence passed (``_HI_IMPOSED``,
    not the law's passive future, "दंडित किया जाएगा", nor what may be given, "सजा दी जा सकती है")
    or of a term in default of a fine (``_HI_IN_DEFAULT``)."""
    return _HI_IN_DEFAULT.search(text, start, finish) is not None or any(
        not _HI_PASSIVE_AFTER.match(text, passed.end())
        for passed in _HI_IMPOSED.finditer(text, start, finish)
    )


# a word of imprisonment earlier in the clause of a term worded as the Acts word it
_HI_PRISON_BEFORE = re.compile(rf"(?<![{_HI}])(?:कारावास|कैद)(?![{_HI}])[^\u0964.\n]*\Z")

# The Acts' Hindi fines: "जुर्माने से (भी), जो दस लाख रुपए तक का हो सकेगा" ((also) with fine which
# may extend to ten lakh rupees: IT Act s.67B), "ऐसे जुर्माने से, जो दस हजार रुपए से कम का नहीं होगा" (not
# less than ten thousand rupees: POCSO s.15(1)), and the amount first: "पांच हजार रुपए से अन्यून
# के जुर्माने से" (not less than five thousand rupees), "… से अनधिक जुर्माने" (not exceeding)
_HI_STATUTE_AMOUNT = (
    rf"(?:₹\s?)?(?:(?P<lakhs>{_HI_NUMBER})\sलाख\s(?=(?:{_HI_NUMBER})\s(?:हजार|हज़ार)))?"
    rf"(?P<amount>{_HI_NUMBER}|\d{{1,3}}(?:,\d{{2,3}})+|\d{{4,7}})(?:/-)?"
    rf"(?:\s(?P<scale>लाख|हजार|हज़ार|करोड़))?"
)
_HI_STATUTE_FINE = re.compile(
    rf"(?<![{_HI}])(?:जुर्माने|जुर्माना)\sसे(?:\sभी)?,?\sजो\s(?:कि\s)?{_HI_STATUTE_AMOUNT}"
    rf"\s(?:रुपए|रुपये|रूपए|रूपये|रु\.)\s(?:(?P<upto>तक\s(?:का\s)?हो\sसकेगा)|(?P<least>से\sकम\sका\sनहीं\sहोगा))"
    rf"(?![{_HI}])"
    rf"|(?<![{_HI}\d.,]){_HI_STATUTE_AMOUNT.replace('(?P<', '(?P<a_')}"
    rf"(?:\s(?:रुपए|रुपये|रूपए|रूपये|रु\.))?\s(?:से|के)\s(?:(?P<upto2>अनधिक)|(?P<least2>अन्यून))\s(?:के\s)?"
    rf"(?:जुर्माने|जुर्माना)(?![{_HI}])"
)

# after the word: not where someone was ("जेल में रहा") or was held ("कैद रखा")
_HI_TERM_AFTER = (
    rf"(?![{_HI}])(?!\s(?:में|रखा|रखी|रखे)(?![{_HI}]))(?!\sजा\sचुक)"
    # "से" after the word is a span ("5 साल से जेल में") unless a court punished with it ("7
    # वर्ष के सश्रम कारावास से दंडित किया")
    rf"(?!\sसे(?![{_HI}])(?!\s(?:दंडित|दण्डित)))"
)

# an age before a term's number ("उम्र 15 साल", "आयु 12 वर्ष") makes it no term
_HI_AGE_BEFORE = re.compile(r"(?:उम्र|आयु)\s?$")

# a Marathi fine: "एक हजार रुपये दंड", "50 हजारांचा दंड", "सोळा हजार रुपये दंडाची शिक्षा"; a
# sum must be named (a scale or rupees: "दंड" alone also means punishment, as in "भारतीय दंड
# संहिता")
_MR_FINE = re.compile(
    rf"(?<![{_HI}\d.,])"
    # the lakhs before the thousands ("1 लाख 2 हजार रुपये", "2 लाख 50 हजार रुपये दंड"; review
    # 2026-12-26c H5)
    rf"(?:(?P<lakhs>{_HI_NUMBER})\sलाख\s(?=(?:{_HI_NUMBER})\s(?:हजार|हज़ार)))?"
    rf"(?P<amount>{_HI_NUMBER}|\d{{1,3}}(?:,\d{{2,3}})+|\d{{4,7}})\s"
    # ("दहा लाखांपर्यंत दंड", up to ten lakh)
    rf"(?:(?P<scale>हजार|लाख|कोटी)(?:ांचा|ांचे|ांची|ांच्या|(?P<scale_upto>ांपर्यंत(?:च्या|चा|चे|ची)?))?\s)?"
    # "दहा लाख रुपयांपर्यंत(चा) दंड" (a fine up to ten lakh rupees): a maximum said
    rf"(?P<rupees>(?:रुपये|रुपयांचा|रुपयांचे|रुपयांची|(?P<upto>रुपयांपर्यंत(?:च्या|चा|चे|ची)?)|रु\.)\s)?"
    # (and the Marathi of the Acts' "द्रव्यदंड", a money penalty: "पाच हजार रुपये द्रव्यदंड")
    rf"(?:द्रव्य)?दंड(?:ाची|ाचा|ाचे|ाच्या|ास)?(?![{_HI}])(?!\sसंहित|\sविधान|\sप्रक्रिया)"
)

_HI_FINE = re.compile(
    # (not the hundreds after thousands or lakhs, "5 हजार 5 सौ रुपये": a part of the amount)
    rf"(?<![{_HI}\d.,])(?<!हजार\s)(?<!हज़ार\s)(?<!लाख\s)(?:₹\s?)?"
    # the lakhs before the thousands ("1 लाख 2 हजार रुपये", "2 लाख 50 हजार रुपये दंड"; review
    # 2026-12-26c H5)
    rf"(?:(?P<lakhs>{_HI_NUMBER})\sलाख\s(?=(?:{_HI_NUMBER})\s(?:हजार|हज़ार)))?"
    rf"(?P<amount>{_HI_NUMBER}|\d{{1,3}}(?:,\d{{2,3}})+|\d{{4,7}})"
    # "5-5 हजार रुपये" (five thousand each)
    rf"(?:\s?-\s?(?P=amount))?"
    # (rupees spelt "रूपये" too, hundreds, "52 सौ", and the fine "अर्थदण्ड", as Hindi also spells
    # "ंड")
    # (and "रुपया", the singular Bihar's papers print: "पांच हजार रुपया जुर्माना"; survey of unseen
    # reports, 2027-01-04)
    rf"(?:/-)?\s(?P<scale>लाख|हजार|हज़ार|करोड़|सौ)?\s?(?:(?:रुपये|रुपए|रूपये|रूपए|रुपया|रु\.?)\s)?"
    # (… and "अर्थ दंड" in two words: "20,000 का अर्थ दंड भी लगाया गया"; survey of unseen reports,
    # 2027-01-04)
    # (… and "आर्थिक दंड", a fine in other words: "58 हजार रुपये का आर्थिक दंड"; Khabari Post;
    # survey of unseen reports, 2027-01-06)
    rf"(?:तक\s)?(?:का\s|के\s)?(?:आर्थिक\sदंड|आर्थिक\sदण्ड|(?:आर्थिक\s)?(?:जुर्माना|जुर्माने|अर्थदंड"
    r"|अर्थदण्ड|अर्थ\sदंड|अर्थ\sदण्ड))"
)

# the low end of a Hindi fine's range right before its high end: "10 हजार से [20 हजार रुपये तक
# का जुर्माना]", "₹5,000 रुपये से …"
_HI_RANGE_LOW_BEFORE = re.compile(
    rf"(?<![{_HI}\d.,])(?:₹\s?)?(?P<amount>{_HI_NUMBER}|\d{{1,3}}(?:,\d{{2,3}})+|\d{{4,7}})"
    rf"(?:\s(?P<scale>लाख|हजार|हज़ार|करोड़))?(?:\s(?P<rupees>रुपये|रुपए|रूपये|रूपए))?\sसे\s\Z"
)

# "at least" right before a Hindi fine's amount ("कम से कम 5000 रुपये का जुर्माना"; Marathi
# "किमान 5000 रुपये दंड")
_HI_LEAST_BEFORE = re.compile(r"(?:कम\sसे\sकम|न्यूनतम|किमान)\s(?:₹\s?)?\Z")


def _hindi_least(text: str, begin: int, at: int) -> re.Match[str] | None:
    """The Hindi or Marathi "at least" right before a fine's amount at *at* (``_HI_LEAST_BEFORE``:
    "कम से कम 5000 रुपये का जुर्माना", "किमान 5000 रुपये दंड"), not before *begin*."""
    return _HI_LEAST_BEFORE.search(text, max(begin, at - 14), at)


# "minimum" right before an English fine ("a minimum fine of Rs 5,000"), "or more" after one
_MINIMUM_FINE_BEFORE = re.compile(r"\b(?:minimum|min\.)\s\Z", re.IGNORECASE)
_OR_MORE_AFTER = re.compile(
    r"(?:/-)?\s(?:or\s(?:more|above)|and\sabove)(?=\s*(?:[,.;:)]|$|under\b|if\b|for\b))",
    re.IGNORECASE,
)

# jail with no term, as Hindi warns of it ("जेल जाना पड़ सकता है", "जेल की हवा खानी पड़ सकती है",
# "हो सकती है जेल"): what may befall, not a sentence ("जेल भेजा गया" is a fact)
_HI_UNSTATED = re.compile(
    rf"(?<![{_HI}])जेल\s(?:की\sहवा|जाना|जाने|हो)(?![{_HI}])"
    # no fear of jail, bail or comma between ("जेल जाने के डर से …", "जेल हो गई थी, अब वह जमानत …"),
    # nor a denial or a past ("जेल जाना नहीं पड़ेगा", "जेल हो चुकी है"; review 2027-01-02b H1, L1)
    rf"(?:(?!डर|जमानत|नहीं(?!\sबच)|चुक)[^\u0964.\n,]){{0,30}}?"
    rf"(?:सकता|सकती|सकते|पड़ेगा|पड़ेगी|पड़ेगी)(?![{_HI}])"
    rf"|(?<![{_HI}])(?:पड़|हो)\sसकत[ाी]\sहै\sजेल(?![{_HI}])"
    # Marathi: "तुरुंगाची हवा खावी लागेल", "तुरुंगवास होऊ शकतो", "जेलवारी होऊ शकते", and the
    # headline's "जावे लागेल तुरुंगात", "घडू शकते जेलवारी"
    rf"|(?<![{_HI}])(?:तुरुंगात|तुरुंगाची\sहवा|जेलची\sहवा|तुरुंगवास|जेलवारी)(?![{_HI}])"
    rf"(?:(?!भीती|जामीन)[^\u0964.\n,]){{0,30}}?(?:लागेल|शकतो|शकते|शकेल)(?![{_HI}])"
    rf"|(?<![{_HI}])(?:जावे\sलागेल|होऊ\sशकते|घडू\sशकते)\s(?:तुरुंगात|जेलवारी|तुरुंगवास)(?![{_HI}])"
    # "जेल भी हो सकती है" (may even be jailed), its words together
    rf"|(?<![{_HI}])जेल\sभी\sहो\sसकत[ाीे](?![{_HI}])"
)
# a denial right before a Hindi statement of jail: "न तो", "न", "नहीं", "ना"
_HI_DENIED_BEFORE = re.compile(rf"(?<![{_HI}])(?:न\sतो|न|नहीं|ना)\s\Z")
# … and after it in its clause: "… से दंडित नहीं किया जा सकता", "… की सजा नहीं दी जा सकती"
# (in its clause: not across a comma, a semicolon or "लेकिन", "… 7 साल की सजा सुनाई, लेकिन
# सह-आरोपी को दंडित नहीं किया जा सकता"; and "मृत्युदंड नहीं दिया जा सकता" right after; review
# 2027-01-04c H3, H4)
# (the "… दंडित नहीं" form not across "और", "तथा", "कि": "… सजा सुनाई और कहा कि उसे …"; the "not
# given" form right after the punishment only, not "… कोई राहत नहीं दी जा सकती" later; review
# 2027-01-04d H4)
_HI_FORBIDDEN_AFTER = re.compile(
    r"(?:(?:(?!लेकिन|किंतु|किन्तु|परंतु|परन्तु|जबकि|मगर|और|तथा|एवं|कि\s)[^\u0964.\n,;]){0,80}?"
    r"(?:दंडित|दण्डित)\sनहीं\s(?:किया|किए|की)\sजा\s(?:सकता|सकती|सकते|सकेगा)"
    # (with a relative clause between: "मृत्युदंड, जो सबसे कड़ी सजा है, नहीं दिया जा सकता"; review
    # 2027-01-04d)
    r"|(?:,\s?जो\s[^\u0964.\n,;]{1,40}?\s(?:है|हैं),)?"
    r"\s(?:(?:की\s)?(?:सजा|सज़ा)\s)?(?:नहीं|न)\s(?:दी|दिया|दिए|सुनाई|सुनाया)\sजा\s"
    r"(?:सकती|सकता|सकते|सकेगी|सकेगा))"
)
# imprisonment and a fine the law provides, named together with no term or amount ("कठोर
# कारावास और जुर्माने का प्रावधान"): the two parts' spans; not where "नहीं" (not) follows
# (review 2027-01-02b H1)
_HI_UNSTATED_BOTH = re.compile(
    rf"(?<![{_HI}])(?:(?P<jail>कारावास|कैद|जेल)\s(?:और|व|एवं|तथा)\s(?P<fine>जुर्माने|अर्थदंड|अर्थदण्ड)"
    rf"|(?P<fine2>जुर्माने|अर्थदंड|अर्थदण्ड)\s(?:और|व|एवं|तथा)\s(?P<jail2>कारावास|कैद|जेल))"
    rf"\s(?:दोनों\s)?(?:(?:की\sसजा\s)?का\sप्रावधान|की\sसजा\sहो\sसकती)(?![{_HI}])"
    # (not denied or removed after: "… का प्रावधान नहीं है", "… का प्रावधान हटा दिया गया"; review
    # 2027-01-02d H3)
    rf"(?![^\u0964.\n,]{{0,25}}(?:नहीं|हटा|खत्म|समाप्त))"
)

# (and life in words: "मरते दम तक कारावास" till his last breath, the Codes' "शेष प्राकृत जीवनकाल
# के लिए कारावास", the remainder of his natural life; survey of unseen reports, 2027-01-04)
# (and "आजीवन कठोर कारावास", life rigorous; survey of unseen reports, 2027-01-04)
_HI_LIFE = re.compile(
    # (not a stay, "मरते दम तक जेल में रहा", nor a threat to hold, "… कैद में रखने की धमकी"; but
    # a sentence to stay, "मरते दम तक जेल में रहने की सजा"; reviews 2027-01-04a H7, 04b H5)
    "आजीवन (?:कठोर |सश्रम )?कारावास|उम्रकैद|उम्र कैद|उम्रक़ैद|मरते दम तक (?:कारावास|कैद)(?! में)"
    "|मरते दम तक (?:कारावास|कैद|जेल)(?: में रहने)? की (?:सजा|सज़ा)"
    "|शेष प्राकृत(?:िक)? जीवन(?:काल)? (?:के लिए|तक) (?:कारावास|कैद|जेल)"
)

# death as a sentence, not a suicide by hanging ("फांसी लगा ली") or a demand for it; and the
# Acts' Hindi "… या मृत्यु से दंडित किया जाएगा" (or shall be punished with death; survey of unseen
# reports, 2027-01-04)
_HI_DEATH = re.compile(
    "फांसी की सजा|फाँसी की सजा|फांसी की सज़ा|फाँसी की सज़ा|मौत की सजा|मौत की सज़ा|मृत्युदंड|मृत्युदण्ड|सजा-ए-मौत"
    "|मृत्यु दंड|मृत्यु दण्ड"
    "|मृत्यु से (?:दंडित|दण्डित) किया जाएगा"
)

# community service to be done or ordered ("सामुदायिक सेवा करने का आदेश", "सामुदायिक सेवा की सजा")
# (an order only: not "सामुदायिक सेवा करने वाले" (those who do it) nor "… का आदेश दिया जा सकता है"
# (may be ordered); review 2026-12-12b M4)
_HI_COMMUNITY_SERVICE = re.compile(
    "सामुदायिक सेवा(?= (?:करने (?:का|के) (?:आदेश|निर्देश) (?:दिया|दिए|दी)(?! जा)"
    "|की (?:सजा|सज़ा) (?:सुनाई|दी)|का दंड))"
)

_HI_SCALE = {"लाख": 100_000, "हजार": 1_000, "हज़ार": 1_000, "करोड़": 10_000_000, "सौ": 100}

_HI_DIGITS = str.maketrans("".join(chr(0x0966 + d) for d in range(10)), "0123456789")


class PunishmentReader:
    """Reads stated punishments; *words* are the punishment words of the config
    ("imprisonment", "jail term", "sentence") that must stand beside a bare term."""

    def __init__(
        self,
        words: Iterable[str],
        hindi_words: Iterable[str] = (),
        tiers: ConvictionTiers | None = None,
        bill_words: Iterable[str] = (),
        threat_words: DevanagariWords | None = None,
        payer_words: PayerWords | None = None,
        scam_words: ScamWords | None = None,
        proposal_words: ProposalWords | None = None,
        executive_words: ExecutiveWords | None = None,
        sentence_words: SentenceWords | None = None,
        cross_reference_words: CrossReferenceWords | None = None,
        booking_words: Iterable[str] = (),
        booking_not_after: Iterable[str] = (),
        booking_relatives: Iterable[str] = (),
    ) -> None:
        self.tiers = tiers or ConvictionTiers((), ())
        # who a court tells to pay (``[analysis.payers]``)
        self.payers = PayerSets.of(payer_words or PayerWords())
        # a sentence that tells of a scam, in English (``[analysis.scam]``), Hindi and Marathi
        # (``[analysis.devanagari]``): nothing in it is compared
        self.scams = ScamReader(scam_words or ScamWords(), threat_words)
        # the executive, not a court, as the one that changed or levied a penalty
        # (``[analysis.executive]``)
        self.executive = ExecutiveReader(executive_words or ExecutiveWords())
        # a punishment stated as a proposal (``proposal_words``): compared with nothing
        self.proposals = ProposalReader(proposal_words or ProposalWords())
        # where its sentences end: a stop after a title's or a name's initial ends none
        # (``[analysis.sentences]``)
        sentences = sentence_words or SentenceWords()
        self.sentence = sentence_pattern(
            sentences.titles, sentences.openers, sentences.wrap_ends, sentences.wrap_not_next
        )
        # a section statute text cites for what it speaks of takes no statement
        # (``[analysis.cross_references]``)
        self.cross_references = CrossReferences(cross_reference_words or CrossReferenceWords())
        # a booking told between a sentence passed and a section after it (``booking_words``)
        bookings = sorted({w.lower() for w in booking_words})
        self.booking = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, bookings)) + r")\b", re.IGNORECASE)
            if bookings
            else None
        )
        self.booking_not_after = frozenset(w.lower() for w in booking_not_after)
        self.booking_relatives = frozenset(w.lower() for w in booking_relatives)
        bills = sorted({w.lower() for w in bill_words}, key=lambda s: (-len(s), s))
        # a Bill or an Ordinance named: a Latin word between word boundaries, a Devanagari
        # one not inside a longer word
        self.bill = (
            re.compile(
                r"(?<![\w\u0900-\u097f])(?:"
                + "|".join(
                    r"\s+".join(map(re.escape, b.split())) + (r"\b" if b.isascii() else "")
                    for b in bills
                )
                + ")",
                re.IGNORECASE,
            )
            if bills
            else None
        )
        hindi = sorted(set(hindi_words), key=lambda s: (-len(s), s))
        # a Hindi term (or range) and its punishment word together: "पांच साल तक की सजा"
        joined = "(?:" + "|".join(map(re.escape, hindi)) + ")" + _HI_TERM_AFTER
        self.hindi_term = re.compile(_HI_TERM + joined) if hindi else None
        self.hindi_range = re.compile(_HI_RANGE + joined) if hindi else None
        # (factored as a trie: the longest word that ends at a word's end, as an alternation
        # sorted longest first would find it, at one trial per letter)
        names = alternation(words, r"\s")
        self.words = re.compile(r"\b(?:" + names + r")\b", re.IGNORECASE) if names else None

    def _booked(self, text: str, start: int, end: int) -> bool:
        """Whether a booking, an arrest or a case registered is told in *text[start:end]*
        (``booking_words``), not as the case a sentence is in ("the case registered under",
        ``booking_not_after``) nor as its own offence ("for which he was booked under",
        ``booking_relatives``): the section after it is the booking's."""
        if self.booking is None:
            return False
        for match in self.booking.finditer(text, start, end):
            before = _WORDS_BEFORE.findall(text, max(0, match.start() - 40), match.start())
            before = [w.lower() for w in before[-3:]]
            if before and before[-1] in self.booking_not_after:
                continue
            if not self.booking_relatives.isdisjoint(before):
                continue
            return True
        return False

    def read(
        self,
        text: str,
        refs: Sequence[StatuteReference],
        statutes: Statutes,
        day: dt.date,
        source: DaySource = "given",
    ) -> list[StatedPunishment]:
        """Every punishment *text* states, the provision it is said of (a resolved reference
        in the same sentence) and, where the law on *day* differs, how. Each pattern runs once
        over the whole text and its matches are grouped by sentence.

        *source* says where *day* came from (``Analysis.as_of_source``). Only a day the caller
        gives is the conduct's: on a report's own date, or today's, the conduct may be earlier,
        under an earlier text of the provision, and on an inferred day (the earliest the
        report can be) under a later one as well; a statement then differs only where it
        differs from every text of the provision that may be the conduct's
        (``_laws_maybe_the_conducts``)."""
        refs = sorted(refs, key=lambda r: r.start)
        ref_starts = [r.start for r in refs]
        ends = [m.end() for m in self.sentence.finditer(text)]
        starts = [0, *ends[:-1]]
        grouped: dict[int, list[_Part]] = {}
        for part in self._parts(text):
            index = bisect.bisect_right(ends, part.start)
            grouped.setdefault(index, []).append(part)
        # (a report that tells of a scam threatening with the law compares nothing it states;
        # looked for only where it states a punishment)
        story = self.scams.story_in(text) if grouped else None
        changes = [(m.start(), m.end()) for m in _CHANGE_WORD.finditer(text)] if grouped else []
        found: list[StatedPunishment] = []
        for index in sorted(grouped):
            low = starts[index] if index < len(starts) else 0
            high = ends[index] if index < len(ends) else len(text)
            parts = without_old_sentence(text, grouped[index], changes)
            said_from = self.scams.said_from(text, low, high)
            if (
                said_from is None
                and index > 0
                and self.scams.opens_with_people_named_before(text, low)
            ):
                # (one the sentence before named as the scam's speaks on: "The fraudsters
                # called him. They told him he would be jailed …"; review 2026-12-30f H3)
                before = starts[index - 1] if index - 1 < len(starts) else 0
                if self.scams.said_from(text, before, low) == before:
                    said_from = low
            kinds = {p.kind for p in parts}
            if kinds <= UNSTATED_KINDS or not kinds & UNSTATED_KINDS:
                chosen = parts
            else:
                chosen = [p for p in parts if p.kind not in UNSTATED_KINDS]
            clauses = [
                piece
                for whole, clause in _law_then_sentence(text, chosen, low, high, self.executive)
                for changed, at in apart_at_change(text, whole, clause, changes)
                for piece in _provision_turns(text, changed, at, refs, ref_starts)
            ]
            previous_low: int | None = None
            for whole, (clause_low, clause_high) in clauses:
                # a clause with no verb of its own before its parts continues the clause before
                # it, whose verb governs it ("sentenced to two years in jail under Section 12 …
                # and a fine of Rs 20,000 under Section 67 …": the fine is passed too)
                passed_from = (
                    previous_low
                    if previous_low is not None
                    and _VERBLESS_LEAD.fullmatch(text, clause_low, min(p.start for p in whole))
                    # (nor a verb of its own after its parts: "… and five years under Section 67B
                    # was sought by the prosecution"; review 2026-12-20c H2)
                    and _CLAUSE_VERB.search(
                        text,
                        max(p.end for p in whole),
                        _own_words_end(text, max(p.end for p in whole), clause_high),
                    )
                    is None
                    # (… nor a verb of its own after an aside or a short phrase: "…, sought by
                    # the prosecution, was turned down", "… for a repeat offender is what the
                    # law provides"; review 2026-12-20e H1, H2)
                    and _VERB_PAST_ASIDE.search(text, max(p.end for p in whole), clause_high)
                    is None
                    else clause_low
                )
                previous_low = clause_low
                # a sentence a court passed is for no tier of the law ("sentenced him to five
                # years for the first offence and three for the second": two charges)
                tiered_pieces = (
                    [(whole, None)]
                    if _imposed(text, passed_from, max(p.end for p in whole), whole, self.executive)
                    or _hindi_imposed(text, whole, (clause_low, clause_high), self.executive)
                    else self.tiers.apart(text, whole, clause_low, clause_high)
                )
                for tiered, conviction in tiered_pieces:
                    pieces = _death_apart_from_life(text, tiered)
                    for at, piece in enumerate(pieces):
                        # a piece's provision is named in its own stretch of the clause: between
                        # the piece before and the one after ("death for the murder and life
                        # imprisonment under Section 67B": s.67B is the life term's; review
                        # 2026-12-12b M9); a conviction's tier is said of the clause's provision
                        own = (
                            max(p.end for p in pieces[at - 1]) if at else clause_low,
                            min(p.start for p in pieces[at + 1])
                            if at + 1 < len(pieces)
                            else clause_high,
                        )
                        found.append(
                            self._statement(
                                text,
                                piece,
                                (refs, ref_starts),
                                statutes,
                                day,
                                (clause_low, clause_high),
                                own if len(pieces) > 1 else None,
                                conviction,
                                passed_from,
                                source,
                                said_from is not None
                                and any(_threatened(text, said_from, p) for p in piece),
                                story,
                            )
                        )
        return found

    def _statement(
        self,
        text: str,
        parts: Sequence[_Part],
        sorted_refs: tuple[Sequence[StatuteReference], Sequence[int]],
        statutes: Statutes,
        day: dt.date,
        sentence: tuple[int, int],
        own: tuple[int, int] | None = None,
        conviction: Conviction | None = None,
        passed_from: int | None = None,
        source: DaySource = "given",
        threatened: bool = False,
        story: str | None = None,
    ) -> StatedPunishment:
        refs, starts = sorted_refs
        low, high = sentence
        start, end = min(p.start for p in parts), max(p.end for p in parts)
        imposed = (
            _imposed(text, low if passed_from is None else passed_from, end, parts, self.executive)
            or _hindi_imposed(text, parts, (low, high), self.executive)
        ) and not (
            # a threat passes no sentence ("The caller said that he would be jailed … and fined
            # Rs 25 lakh"; review 2026-12-28d H1), nor does a court's sentence told inside it
            # ("The scammers claimed a court had sentenced him …"; 29d H1): a threat is never
            # also a sentence imposed (review 2026-12-30c L2)
            threatened
        )
        provision = _provision_in(
            text,
            refs,
            starts,
            *(own or sentence),
            start,
            end,
            None if imposed else lambda provision_id: statutes.punishes(provision_id, day),
            self.cross_references.cites,
            self._booked,
        )
        # a statement that may be of a Bill's text, which lawref does not hold (a Bill may be
        # amended, withdrawn or renumbered: the first BNS Bill's s.294 is the Act's s.296),
        # is compared with nothing: on a day a Bill to change the provision was before
        # Parliament or approved by the Cabinet, whatever the words (reviews 2026-12-26b H1,
        # 26c H1, H2, M1), or in a sentence that names a Bill or an Ordinance (reviews
        # 2026-12-25c H2, 26a H1); never a sentence a court passed
        not_compared = None
        own_start = _sentence_start(text, low)
        if not imposed and source != "given" and provision is not None:
            pending = _bill_pending(statutes, provision, day)
            named = (
                None
                if pending is not None or self.bill is None
                else next(
                    (
                        match
                        for match in self.bill.finditer(text, _window_start(text, low), high)
                        if _a_bill(text, match)
                        and (
                            match.start() >= own_start
                            or _a_bill_for(text, match, statutes, provision, own_start)
                        )
                    ),
                    None,
                )
            )
            if pending is not None:
                # a provision with no text yet is one a Bill for its Act would make (a BNS
                # section before the Sanhita's assent), whose sections the Bill may number
                # otherwise (the first BNS Bill's s.294 is the Act's s.296): the Bill enacts the
                # Act, not "it" (reviews 2026-12-26e L1, 27a L3)
                act = statutes.act(statutes.provision(provision).act)
                target = (
                    f"enact the {act.short_title or act.title}"
                    if statutes.at(provision, day).version is None
                    else "change it"
                )
                cabinet = day < pending.introduced
                made = (
                    f"the Union Cabinet had approved a Bill to {target}"
                    if cabinet
                    else f"a Bill to {target} was before Parliament"
                )
                introduced = "introduced later" if cabinet else "introduced"
                not_compared = (
                    f"not compared: on {day} {made} ({pending.title}, {introduced} in the "
                    f"{pending.house} on {pending.introduced}), and the text may state the "
                    "Bill's text, which lawref does not hold"
                )
            elif named is not None:
                not_compared = (
                    f"not compared: “{_named_through_noun(text, named)}” is named in its "
                    "sentence or one of the two before, and the text may state the text it "
                    "would make, which lawref does not hold"
                )
        if not imposed and provision is not None and not_compared is None:
            # a punishment someone proposes or recommends is what a law would provide, not
            # what it provides ("The state government has proposed a fine of Rs 5 lakh …",
            # "… आर्थिक दंड लगाने का प्रस्ताव"; closing note of 2027-01-06)
            proposal = self.proposals.proposed(text, (low, high), start, end)
            if proposal is not None:
                not_compared = (
                    f"not compared: its sentence gives it as a proposal (“{proposal}”), what "
                    "a law would provide, not what the law provides"
                )
            elif (
                _CHANGE_WORD.search(text, low, end) is not None
                and self.executive.changed_it(text, end, lambda: False)
            ) or self.executive.levied_in_hindi(text, start, end, (low, high), _last_match):
                # a term the executive changed (a remission or commutation: CrPC ss.432-433,
                # BNSS ss.473-474; Constitution arts.72, 161), or a fine an executive body
                # levied, states neither a sentence a court passed nor the law (review
                # 2027-01-07c A, C)
                not_compared = (
                    "not compared: the executive, not a court, changed or levied it (a "
                    "remission, commutation or administrative fine), which states no law"
                )
        if threatened and not_compared is None:
            # a sentence that tells of a scam, or a threat with a payment its condition:
            # compared with nothing, as the words may be the scam's and state no law and no
            # sentence passed (reviews 2026-12-28c H3 to 2026-12-30d)
            not_compared = (
                "not compared: its sentence tells of a scam or a threat (a scam's people, one "
                "posing as an official, a fake court, or a payment as a threat's condition), "
                "whose words may state no law and no sentence passed"
            )
        if story is not None and not_compared is None:
            # a report that tells of a scam threatening with the law: the scam's threat may be
            # told in any of its sentences, in quotation, in words no list holds (review
            # 2026-12-31b H3 to H5); a comparison withheld over a wrong one
            not_compared = (
                f"not compared: the report tells of a scam (“{story}”), and a punishment it "
                "states may be the scam's threat, which states no law and no sentence passed"
            )
        if not_compared is None:
            not_compared = _claimed_or_asked(text, min(p.start for p in parts), high)
        bill = not_compared is not None
        stated = _combine(parts)
        law = None
        others: tuple[Penalty | None, ...] = ()
        law_said = None
        if provision is not None:
            standing = statutes.at(provision, day)
            if standing.version is not None and standing.version.penalty is not None:
                law = standing.version.penalty
                others = _laws_maybe_the_conducts(statutes, provision, day, source, law)
            elif standing.status in ("act_repealed", "omitted"):
                # a provision that had ended by a day that is not the conduct's: its texts
                # before the end may be the conduct's law, the last of them first (review
                # 2026-12-24c M2)
                earlier = _laws_maybe_the_conducts(statutes, provision, day, source, None)
                if earlier:
                    law, others = earlier[-1], earlier[:-1]
                    law_said = f"its last text before it ended (it was no longer in force on {day})"
            elif standing.status in ("not_yet_in_force", "act_not_yet_in_force"):
                # law enacted by a day that is not the conduct's and not yet begun: the law to
                # come a report of that time may state (review 2026-12-25a H1)
                coming = _laws_maybe_the_conducts(statutes, provision, day, source, None)
                if coming:
                    law, others = coming[0], coming[1:]
                    law_said = f"its text enacted and not yet in force on {day}"
        in_default = False
        default_terms: list[_Part] = []
        if imposed:
            served = _sentence_terms(text, parts)
            # (a set: a statement of many parts stays linear; review 2026-12-30d M1)
            kept = set(served)
            default_terms = [p for p in parts if p.kind == "term" and p not in kept]
            # only a term to serve if the fine is not paid: no sentence for the offence
            in_default = not served and any(p.kind == "term" for p in parts)
            parts = served or parts
            stated = _combine(parts)
        elif all(p.kind == "term" and _default_cue(text, p) is not None for p in parts):
            # a term in default that no court is said to have ordered (a threat, the law in
            # general): worded as in default and compared with nothing (review 2026-12-28b H3)
            in_default = True
        kinds = {p.kind for p in parts}
        limited_fine = any(p.kind == "fine" and p.limited for p in parts)
        # (a court imposes an amount: its fine is the one imposed, ``fine_max_inr``; each fine by
        # its own words: "a fine of not less than Rs 5,000 and a fine of up to Rs 10 lakh" holds
        # a least fine and a most, and is worded and compared as no least fine; reviews
        # 2026-12-30a M2, 30c H4)
        least_fines = [p.fine_inr for p in parts if p.kind == "fine" and p.at_least and p.fine_inr]
        most_fines = [
            p.fine_inr for p in parts if p.kind == "fine" and not p.at_least and p.fine_inr
        ]
        any_least = not (imposed or in_default) and bool(least_fines)
        least_fine = any_least and not most_fines
        claims = (
            _imposed_claims(text, parts, start, end, in_default, default_terms)
            if imposed or in_default
            else _claims(
                stated,
                kinds,
                limited_fine,
                conviction,
                least_fine,
                _payment_claims(parts),
                # (a range said as one, not a least fine and a most said apart: "a fine of not
                # less than Rs 5,000 and a fine of up to Rs 10 lakh"; review 2026-12-30c H4)
                fine_floor=min(
                    (p.fine_inr for p in parts if p.fine_range and p.at_least and p.fine_inr),
                    default=None,
                ),
            )
        )
        # the kinds named with no term or amount ("punishable with imprisonment and fine")
        unmeasured: list[UnmeasuredKind] = []
        if "unstated" in kinds and stated.min_months is None and stated.max_months is None:
            unmeasured.append("imprisonment")
        if "unstated_fine" in kinds and stated.fine_inr is None:
            unmeasured.append("fine")
        # the provision as people cite it ("IT Act s.67B"), in the words of a difference
        cited = statutes.label_any(provision) if provision is not None else None
        read = StatedPunishment(
            start=start,
            end=end,
            text=text[start:end],
            claims=claims,
            min_months=stated.min_months,
            max_months=stated.max_months,
            term_days=stated.days,
            life="life" in kinds,
            death="death" in kinds,
            community_service="community_service" in kinds,
            payment_inr=max((p.paid_inr for p in parts if p.paid_inr is not None), default=None),
            payment=next((p.paid_for for p in parts if p.paid_for is not None), None),
            payer=next((p.paid_by for p in parts if p.paid_by is not None), None),
            unmeasured=tuple(unmeasured),
            fine_max_inr=stated.fine_inr if not any_least else max(most_fines, default=None),
            fine_min_inr=max(least_fines) if any_least else None,
            provision=provision,
            not_compared=not_compared,
            differs=(
                None
                if in_default or bill
                else _exceeds(text, parts, law, cited, claims, day, law_said)
                if imposed
                and not any(
                    _exceeds(text, parts, other, cited, claims, day) is None for other in others
                )
                else None
                if imposed
                else None
                if _demanded(text, low, high, start, end)
                # a range that pairs two terms with tiers "respectively" is no one statement
                # ("up to five and seven years for first and subsequent convictions
                # respectively"; reviews 2026-12-17b F10, 17c F3)
                or (
                    stated.min_months is not None
                    and stated.max_months is not None
                    and _RESPECTIVELY.search(text, end, min(high, end + 120)) is not None
                )
                # a term asked for is no statement of the law ("परिजनों की मांग है कि आरोपी को 20
                # साल की सजा दी जाए", "… शिक्षा झाली पाहिजे, अशी मागणी …")
                # (nor one an earlier text of the provision has, where the conduct may be
                # earlier than the day: ``_laws_maybe_the_conducts``)
                or any(
                    _differs(
                        stated,
                        parts,
                        other,
                        cited,
                        claims,
                        day,
                        _LAW_WORDED.search(text, low, high),
                    )
                    is None
                    for other in others
                )
                else _differs(
                    stated,
                    parts,
                    law,
                    cited,
                    claims,
                    day,
                    _LAW_WORDED.search(text, low, high),
                    law_said,
                )
            ),
            conviction=None if imposed else conviction,
            imposed=imposed,
            in_default=in_default,
        )
        if read.differs is not None and others:
            # compared with the provision's other texts that may be the conduct's too
            other = (
                "other"
                if source == "inferred"
                or any(v.valid_from > day for v in statutes.provision(provision or "").versions)
                else "earlier"
            )
            read = read.model_copy(
                update={
                    "differs": f"{read.differs}; nor does any {other} text of it lawref records"
                }
            )
        return read

    def _for_no_other(self, text: str, end: int) -> bool:
        """Whether the words after a term ending at *end*, to its clause's end, say it is for
        no task or age (``_VERB_TERM_OTHER``), or say it with "as" and a tier's words right
        after it ("… up to ten years under Section 67B of the IT Act as a repeat offender":
        the tier, not what the term is for; not "six months as the time limit …, even for a
        repeat offender"; reviews 2026-12-20a, 20c H1)."""
        other = _VERB_TERM_OTHER.search(text, end, _clause_stop(text, end, end + _VERB_TERM_REACH))
        return other is None or (
            other.group().lower().startswith("as") and self.tiers.said_after(text, other.start())
        )

    def _parts(self, text: str) -> list[_Part]:
        parts: list[_Part] = []
        words = [(m.start(), m.end()) for m in self.words.finditer(text)] if self.words else []
        word_starts = [w[0] for w in words]
        windows = _windows(text)
        changes = [(m.start(), m.end()) for m in _CHANGE_WORD.finditer(text)]
        ranged: list[tuple[int, int]] = []
        for match in _each(_RANGE, text, windows):
            if _beside(match.start(), match.end(), words, word_starts, 60) is None:
                continue
            if changed_before(text, changes, match.start(), _FROM_OLD_TERM):
                continue  # "reduced from seven years to ten years": a change, no range
            if (
                _AGE_AFTER.match(text, match.end())
                or _time_after(text, match.start(), match.end())
                or _AGE_BEFORE.search(text, max(0, match.start() - 30), match.start())
            ):
                continue  # "aged 10-12 years old", "children aged 12 to 18 years", "2-3 years ago"
            unit2 = match["u2"]
            unit1 = match["u1"] or unit2
            low = _months(match["n1"], unit1)
            high = _months(match["n2"], unit2)
            if low is None or high is None or low >= high:
                continue
            ranged.append((match.start(), match.end()))
            parts.append(_Part(match.start(), match.end(), "term", low, high, None, True))
        for match in _each(_TERM_RE, text, windows):
            if _inside(match.start(), ranged):
                continue
            if _time_after(text, match.start(), match.end()):
                continue  # "for raping a girl three years ago": a span of time
            if _AGE_AFTER.match(text, match.end()) or _AGE_BEFORE.search(
                text, max(0, match.start() - 30), match.start()
            ):
                continue  # "a 47-year-old tailor", "a girl 7 years old", "aged 12 years": an age
            if (
                (match["more"] or _MORE_AFTER.match(text, match.end()))
                and not _IN_DEFAULT.search(text, max(0, match.start() - 60), match.start())
                and not _DEFAULT_AFTER.match(text, match.end())
            ):
                # "six months more in jail", "three additional months": a term added to another
                # (in another case), not a statement of its own (review 2026-12-20a M3); after
                # "in default", "failing which", "if he fails to pay", a term in default of the
                # fine
                continue
            if _TIME_ALLOWED.match(text, match.end()):
                continue  # "was given three months to recommend …": a time allowed
            if _IN_DEFAULT_OF_BAIL.match(text, match.end()) and not _PASSED_WORD.search(
                text, max(0, match.start() - 40), match.start()
            ):
                # "jailed for 2 years in default of bail bonds": custody, no sentence (not one
                # "sentenced" names; review 2026-12-29a L1)
                continue
            if _THRESHOLD.search(text, max(0, match.start() - 20), match.start()):
                continue
            if _SERVED.search(text, max(0, match.start() - 40), match.start()):
                continue
            if _STAY_BEFORE.search(
                text, max(0, match.start() - 40), match.start()
            ) and _BAIL_OR_TRIAL_AFTER.match(text, match.end()):
                continue  # "has to stay in jail for three months before he can apply for bail"
            statutory = _STATUTORY_UP_TO.fullmatch(match["limit"] or "") is not None and (
                _TERM_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None
            )
            word = _beside(match.start(), match.end(), words, word_starts, 100 if statutory else 25)
            if (
                word is not None
                and word[0] >= match.end()
                and _TURN_AFTER_TERM.search(text, match.end(), word[0]) is not None
            ):
                # a punishment word after a clause's turn is the next clause's ("up to three
                # years, while the punishment under Section 67B … is up to five years"; review
                # 2026-12-18c H14)
                word = None
            if (
                word is not None
                and word[1] <= match.start()
                and _PROSPECT_TURN.search(text, word[1], match.start()) is not None
            ):
                # … and a punishment word before a turn to "faces" is the sentence passed's
                # ("sentenced to five years in prison, and now faces up to seven years": the
                # seven years are faced, not "prison"'s)
                word = None
            bound_after = _BOUND_AFTER.match(text, match.end())
            if (
                word is None
                and bound_after is not None
                and _LAW_NEAR.search(
                    text, max(0, match.start() - _LAW_REACH), min(len(text), match.end() + 60)
                )
                is not None
                and _NO_TERM_NEAR.search(text, max(0, match.start() - 30), match.start()) is None
                and _KEPT_BEFORE.search(text, max(0, match.start() - 30), match.start()) is None
                and _TIME_LIMIT_AFTER.match(text, bound_after.end("bound")) is None
            ):
                # "a 5-year minimum" / "a 2-year maximum" before a punishment's words, a
                # sentence's own idiom ("POCSO Section 14 has a mandatory 5-year minimum for …";
                # seventeenth session, dev-43; not "a 13-year minimum age". A bound before a
                # bare term reaching further for its punishment word was withdrawn: it took
                # "for a minimum of 3 years" of abuse and merged "sentenced to five years …,
                # against a maximum of seven" into one; review 2026-12-13d H3, H4)
                word = (bound_after.start("bound"), bound_after.end())
            subject_bound: str | None = None
            if word is None:
                # "The punishment for sharing such videos is up to five years", "… under Section
                # 14 is a minimum of five years": the law's punishment, the subject of "is" right
                # before the term (review 2026-12-14e M2; not "was": a sentence passed)
                subject = _PUNISHMENT_IS.search(
                    text, max(0, match.start() - _PUNISHMENT_IS_REACH), match.start()
                )
                if subject is not None:
                    word = (subject.start(), subject.start() + len("punishment"))
                    subject_bound = (subject["bound"] or "").lower() or None
            if subject_bound is None:
                led = _BOUND_SUBJECT_IS.search(
                    text, max(0, match.start() - _PUNISHMENT_IS_REACH), match.start()
                )
                if led is not None:
                    subject_bound = led["bound"].lower()
            if word is None:
                verb = _PROVISION_VERB.search(text, max(0, match.start() - 40), match.start())
                if (
                    verb is not None
                    and (
                        _PROVISION_BEFORE.search(text, max(0, verb.start() - 100), verb.start())
                        # "He faces up to three years under Section 67 …": the section after
                        # (review 2026-12-18b M6)
                        or (
                            verb.group().lower().startswith("fac")
                            and _SECTION_AFTER_TERM.match(text, match.end()) is not None
                        )
                    )
                    and not _TERM_OF_OTHER.match(text, match.end())
                    and (
                        self.tiers.said_after(text, match.end())
                        or self._for_no_other(text, match.end())
                    )
                    and not (
                        verb.group().lower().startswith("fac")
                        and _PASSED_BEFORE.search(text, max(0, verb.start() - 160), verb.start())
                        # (unless the sentence turns to "faces" there, where the two are read
                        # apart: ``_PROSPECT_TURN``)
                        and not _PROSPECT_TURN_BEFORE.search(
                            text, max(0, verb.start() - 60), verb.start()
                        )
                    )
                    # ("Section 67 … and Section 292 …, which carry up to three years and two
                    # years respectively": each term is one section's; review 2026-12-18b H8)
                    and not _paired_respectively(text, match.end())
                ):
                    word = (verb.start(), verb.end())
            # a changed sentence's new term after its "to", however long the words between
            # ("reduced the life sentence of a man convicted of … to 10 years"): the change
            # stands for the punishment word, and the term's part starts at the term (the old
            # term before "to" is not in it)
            new_term = changed_before(text, changes, match.start(), _TO_NEW_TERM)
            if word is None or (
                new_term is not None
                and word[0] >= match.end()
                and _FROM_AFTER_NEW.match(text, match.end())
            ):
                # (… not the old term's word after "from": "reduced the sentence to seven years
                # from 10 years of rigorous imprisonment")
                word = new_term
            if word is None:
                # "a minimum of five years and a maximum of seven years in jail": a minimum
                # joined to a maximum takes the maximum's punishment word
                joined = _JOINED_MAXIMUM.match(text, match.end())
                if (
                    joined is not None
                    and match["limit"]
                    and re.fullmatch(_AT_LEAST, match["limit"], re.IGNORECASE)
                ):
                    word = _beside(joined.start(), joined.end(), words, word_starts, 25)
                    if word is not None and word[1] <= match.start():
                        word = None
            listed_tier = self.tiers.said_before(text, match.start()) if word is None else None
            if (
                listed_tier is not None
                and parts
                and any(
                    p.kind == "term" and match.start() - _TIER_REACH * 2 <= p.end < match.start()
                    for p in parts[-3:]
                )
                and not _SENTENCE_END.search(text, parts[-1].end, match.start())
            ):
                # a list of tiers after a term read: "… up to five years in jail, a repeat
                # offender up to seven years" (review 2026-12-18a M3)
                word = listed_tier
            if word is None and self.tiers.said_after(text, match.end()):
                # a term right before a conviction's tier, in a clause whose punishment word came
                # before ("imprisonment of up to five years for the first offence and seven
                # years for a repeat offence")
                word = _beside(match.start(), match.end(), words, word_starts, _TIER_REACH)
                if word is None:
                    # the law's verb before the first tier's term stands for the punishment word
                    # ("Section 67B of the IT Act carries five years for a first-time offender
                    # and seven years for a repeat offender"; review 2026-12-18b M3)
                    verbs = list(
                        _PROVISION_VERB_WORD.finditer(
                            text, max(0, match.start() - _TIER_REACH), match.start()
                        )
                    )
                    earlier = [
                        p
                        for p in parts[-3:]
                        if p.kind in ("term", "fine")
                        and verbs
                        and verbs[-1].start() <= p.start < match.start()
                    ]
                    if (
                        verbs
                        and not _SENTENCE_END.search(text, verbs[-1].end(), match.start())
                        # (the first tier's term read after the verb, and between it and this
                        # term only a tier's words and a joiner, no clause of its own: not "…,
                        # while the investigation must be completed in two months for a repeat
                        # offence"; review 2026-12-18d H3)
                        and any(p.kind == "term" for p in earlier)
                        and not _CLAUSE_BETWEEN.search(
                            text, max(p.end for p in earlier), match.start()
                        )
                    ):
                        word = (verbs[-1].start(), verbs[-1].end())
                sections = (
                    [s.start() for s in _SECTION_BETWEEN.finditer(text, word[1], match.start())]
                    if word is not None
                    else []
                )
                # (a section between is another provision's only past a term read after the
                # word: "three years in jail, though Section 67B … provides up to seven years";
                # not "Jail term under Section 67 … is up to three years"; any of the sections
                # between: "Jail term under Section 67 … is up to three years, while under
                # Section 67B … it is up to five years"; reviews 2026-12-18b H2, 18c H5)
                if word is not None and (
                    word[1] > match.start()
                    or any(word[1] <= p.end <= section for section in sections for p in parts[-3:])
                    # (or a turn to that section: "…, while under Section 67B … it is up to five
                    # years for a first offence")
                    or any(
                        _TURN_AFTER_TERM.search(text, word[1], section) is not None
                        for section in sections
                    )
                ):
                    word = None
            if word is None:
                continue
            if statutory and word[1] > match.start():
                # the statute's far reach is back to its punishment word ("punishable with a
                # minimum of 3 years which may extend to 5 years"), never forward to another
                # clause's ("… may extend to 1 year, the judge said, adding that the
                # punishment was harsh")
                continue
            low, high = min(word[1], match.start()), max(word[0], match.end())
            if _SENTENCE_END.search(text, low, high):
                continue  # "… to imprisonment. The probation period is …": another sentence
            months = _months(match["n"], match["unit"])
            if months is None:
                continue
            limit = (match["limit"] or "").lower()
            at_least = bool(limit) and re.fullmatch(_AT_LEAST, limit, re.IGNORECASE) is not None
            bound_said = _BOUND_SAID.match(text, match.end())
            or_more = upwards = False
            more = _OR_MORE.match(text, match.end()) if not limit else None
            if more is not None:
                # "imprisonment of five years or more": a minimum (review 2026-12-18d), or a
                # class of offences by their maximum ("an offence punishable with imprisonment
                # of three years and above", IT Act s.77B's words; "for 3 years and upwards but
                # not more than 7 years", the Codes' First Schedules' band; review 2026-12-25a
                # H2)
                at_least, limit, or_more = True, "minimum", True
                upwards = more["upwards"] is not None
            elif not limit and subject_bound is not None:
                at_least = subject_bound == "minimum"
                limit = subject_bound
            elif (
                not limit
                and bound_said is not None
                and not (
                    _passed_maximum(text, bound_said.start("bound"))
                    and not _law_gave(text, max(0, match.start() - 60), match.start())
                    and (
                        _PASSED_ON_PERSON.search(
                            text, max(0, bound_said.start("bound") - 60), bound_said.start("bound")
                        )
                        is not None
                        or (
                            _TERM_GIVEN.search(text, max(0, match.start() - 60), match.start())
                            is not None
                            and _TO_PERSON_AFTER.match(text, bound_said.end()) is not None
                        )
                    )
                    and _PROSPECT_BEFORE.search(
                        text, max(0, bound_said.start("bound") - 60), bound_said.start("bound")
                    )
                    is None
                )
            ):
                # "a 5-year minimum", "a 2-year maximum", whatever follows once a punishment's
                # word was found ("a seven-year maximum in prison"); not a sentence passed
                # ("sentenced him to 20 years minimum imprisonment": the term imposed), unless
                # what is said is a prospect ("can be sentenced to a 20-year minimum"; reviews
                # 2026-12-14f M4, 14g H9, 2026-12-15a M2)
                at_least = bound_said["bound"].lower().startswith("min")
                limit = "minimum" if at_least else "maximum"
            said_at = min(word[0], match.start())
            minimum = _MINIMUM_BEFORE.search(text, max(0, said_at - 30), said_at)
            if (
                not limit
                and minimum is not None
                and not _NO_MINIMUM.search(text, max(0, minimum.start() - 25), minimum.start())
            ):
                # "the minimum punishment is 20 years": a minimum, not "up to 20 years"
                at_least, limit = True, "minimum"
            elif not limit:
                maximum = _MAXIMUM_BEFORE.search(text, max(0, said_at - 30), said_at)
                if (
                    maximum is not None
                    and not _NO_MINIMUM.search(text, max(0, maximum.start() - 25), maximum.start())
                    # not the maximum a court passed ("sentenced him to the maximum punishment
                    # of five years", "awarded the maximum sentence of seven years"): a cue in
                    # the same clause, not one before a comma or a stop ("sentenced to two
                    # years, though the law provides for a maximum of five")
                    and not _passed_maximum(text, maximum.start())
                ):
                    limit = "maximum"  # "a maximum punishment of seven years": a limit
            parts.append(
                _Part(
                    _new_term_start(text, match.start())
                    if new_term is not None
                    else min(match.start(), word[0]),
                    max(match.end(), word[1]),
                    "term",
                    months if at_least else None,
                    None if at_least else months,
                    None,
                    bool(limit),
                    or_more=or_more,
                    upwards=upwards,
                )
            )
        fines = sorted([*_FINE.finditer(text), *_fines_after(text)], key=lambda m: m.start())
        for match in fines:
            if _not_a_convicts_fine(text, match.start(), match.end()):
                continue  # "The Ministry imposed a Rs 50 lakh penalty on the platform"
            amount = _rupees(match["amount"], match["scale"], match.groupdict().get("thousands"))
            upper = _FINE_UPPER.match(text, match.end()) if amount is not None else None
            high = _rupees(upper["amount"], upper["scale"], None) if upper is not None else None
            if amount is not None and upper is not None and high is not None and high > amount:
                # "a fine of Rs 10,000 to Rs 1,00,000", "not less than Rs 10,000 which may extend
                # to Rs 1,00,000": a range, its low end a minimum and its high end a maximum
                # (survey of unseen reports, 2027-01-04)
                parts.extend(
                    _fine_range(
                        (match.start(), match.end(), amount),
                        (upper.start("amount"), upper.end(), high),
                    )
                )
                continue
            if amount is not None:
                # a maximum said ("a fine up to Rs 10 lakh"), or a minimum ("not less than Rs
                # 5,000", as POCSO s.15(1) words it), worded and compared as a minimum
                limit = match["limit"]
                least = (
                    limit is not None and re.fullmatch(_AT_LEAST, limit, re.IGNORECASE) is not None
                ) or (
                    # "a minimum fine of Rs 5,000", "a fine of Rs 5,000 or more" (review
                    # 2026-12-30a M4)
                    limit is None
                    and (
                        _MINIMUM_FINE_BEFORE.search(text, max(0, match.start() - 12), match.start())
                        is not None
                        or _OR_MORE_AFTER.match(text, match.end()) is not None
                    )
                )
                parts.append(
                    _Part(
                        match.start(),
                        match.end(),
                        "fine",
                        fine_inr=amount,
                        limited=limit is not None and not least,
                        at_least=least,
                    )
                )
        for pattern, kind in (
            (_LIFE_SAID, "life"),
            (_DEATH_SAID, "death"),
            (_UNSTATED_SAID, "unstated"),
            (_UNSTATED_FINE_SAID, "unstated_fine"),
        ):
            for match in pattern.finditer(text):
                if kind in UNSTATED_KINDS and not _unmeasured_said(text, match):
                    continue
                parts.append(_Part(match.start(), match.end(), kind))
        parts.extend(
            _both_parts(
                match
                for match in _UNSTATED_BOTH_SAID.finditer(text)
                if _unmeasured_said(text, match, cued=True)
            )
        )
        # (one of the spans "life imprisonment", "death sentence" read above covers it: the
        # nearest of each kind's, which do not overlap, found by bisection, so that a text of
        # many stays linear)
        read = {
            kind: sorted((p.start, p.end) for p in parts if p.kind == kind)
            for kind in ("life", "death")
        }
        for start, end, kind in _sentenced_persons_to(text):
            spans = read[kind]
            nearest = bisect.bisect_left(spans, (end, end)) - 1
            if nearest < 0 or spans[nearest][1] <= start:
                parts.append(_Part(start, end, kind))
        served = list(_community_service(text))
        for start, end in served:
            parts.append(_Part(start, end, "community_service"))
        if served:
            # "sentenced him to one month of community service": the term is the service's, not
            # imprisonment (review 2026-12-12b M5)
            parts = [p for p in parts if not (p.kind == "term" and _OF_SERVICE.match(text, p.end))]
        for paid in payments(text, self.payers):
            parts.append(
                _Part(
                    paid.start,
                    paid.end,
                    "payment",
                    paid_inr=paid.inr,
                    paid_for=paid.kind,
                    paid_by=paid.payer,
                )
            )
        for match in _EN_DAYS_SAID.finditer(text):
            said = match["n"] or match["n2"] or match["n3"]
            days = _days(_NUMBER_WORDS.get(said.lower()) or said)
            if days is not None:
                parts.append(_day_term(match.start(), match.end(), days))
        # (a term, fine, life or death the text denies is none it states: "is not punishable
        # with five years", "it is not true that … attracts a fine of Rs 10 lakh")
        parts = [p for p in parts if p.kind not in _DENIABLE or not _denied(text, p.start)]
        # (nor one said to be deserved: "the culprits deserved capital punishment", an opinion,
        # neither the law nor a sentence passed; survey of unseen English pages, 2027-01-11)
        parts = [
            p for p in parts if not _DESERVED_BEFORE.search(text, max(0, p.start - 40), p.start)
        ]
        if _HAS_HINDI.search(text):
            parts.extend(self._hindi_parts(text))
        return parts

    def _hindi_parts(self, text: str) -> list[_Part]:
        """The punishments the Hindi and Marathi paragraphs of *text* state
        (:meth:`_hindi_parts_in`); paragraphs with no Devanagari are not read for them."""
        parts: list[_Part] = []
        for low, high in devanagari_paragraphs(text):
            parts.extend(self._hindi_parts_in(text, low, high))
        return parts

    def _hindi_parts_in(self, text: str, begin: int, end: int) -> list[_Part]:
        """The punishments a Hindi text states: "पांच साल तक की सजा" (up to five years),
        "कम से कम दस वर्ष का कारावास" (at least ten years), "दस लाख रुपये तक का जुर्माना" (a fine
        up to ten lakh rupees), "आजीवन कारावास" (life), "फांसी की सजा" (death). A term counts
        only joined to its punishment word, as Hindi joins them (the number, "तक", a genitive,
        an adjective, the word), so ages ("15 साल की किशोरी") and durations ("3 महीने में
        सुनवाई") are none; nor time in jail ("दो साल तक जेल में रहा"). Read between *begin*
        and *end*: one paragraph that holds Devanagari
        (:func:`~lawref.analysis.devanagari.devanagari_paragraphs`)."""
        parts: list[_Part] = []
        if self.hindi_term is not None:
            for match in self.hindi_term.finditer(text, begin, end):
                if (
                    match.group().endswith("शिक्षा")
                    and not _MR_UNIT_WORD.fullmatch(match["unit"])
                    and not _PRONOUNCED.match(text, match.end())
                ):
                    # Hindi "चार साल की शिक्षा" is schooling; Marathi's, or one pronounced ("10
                    # वर्ष शिक्षा सुनावली", "तीन वर्ष की शिक्षा सुनाई"), is punishment
                    continue
                months = _hindi_months(match["n"], match["unit"])
                if months is None:
                    continue
                if _HI_AGE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                    continue
                at_least = match["least"] is not None
                if (at_least or match["upto"] is not None) and _range_passed(
                    text, begin, end, match
                ):
                    # "… चार आरोपींना दोन वर्षांपासून पाच वर्षांपर्यंत कारावासाची शिक्षा सुनावली":
                    # a bound in a sentence passed is of sentences passed on several, no law
                    # (review 2027-01-03d H6)
                    continue
                parts.append(
                    _Part(
                        match.start(),
                        match.end(),
                        "term",
                        months if at_least else None,
                        None if at_least else months,
                        None,
                        at_least or match["upto"] is not None,  # "कम से कम", "तक": the law's form
                    )
                )
        passed_ranges: list[tuple[int, int]] = []
        if self.hindi_range is not None:
            for match in self.hindi_range.finditer(text, begin, end):
                if match.group().endswith("शिक्षा"):
                    continue  # Hindi "शिक्षा" is schooling (Marathi's ranges use "ते")
                if _range_passed(text, begin, end, match):
                    # "दोषियों को दो से पांच साल तक की सजा सुनाई": sentences passed on several,
                    # no range of the law (review 2027-01-03d H6)
                    passed_ranges.append((match.start(), match.end()))
                    continue
                high_unit = match["u2"] or match["u1"] or ""
                low = _hindi_months(match["n1"], match["u1"] or high_unit) if high_unit else None
                high = _hindi_months(match["n2"], high_unit) if match["n2"] else None
                if match["life"]:
                    # "10 से लेकर उम्र कैद तक": years, the only unit a term up to life is
                    # said in (survey of unseen reports, 2027-01-04)
                    low = _hindi_months(match["n1"], match["u1"] or "साल")
                if low is None or (high is not None and high <= low):
                    continue
                parts.append(_Part(match.start(), match.end(), "term", low, high, None, True))
        worded = itertools.chain(
            _HI_LEAST_AND_MOST.finditer(text, begin, end),
            _HI_RANGE_WORDED.finditer(text, begin, end),
        )
        for match in worded:
            if _range_passed(text, begin, end, match):
                # "पांचों दोषियों को तीन साल की कैद से लेकर पांच साल तक की सजा सुनाई": sentences
                # passed on several, in its own clause: no range of the law, nor its high end
                # alone (reviews 2027-01-03b H4, 03c H5)
                passed_ranges.append((match.start(), match.end()))
                continue
            low = _hindi_months(match["n1"], match["u1"])
            high = _hindi_months(match["n2"], match["u2"]) if match["n2"] else None
            if low is None or (high is not None and high <= low):
                continue
            parts.append(_Part(match.start(), match.end(), "term", low, high, None, True))
        for match in _HI_RAISED.finditer(text, begin, end):
            if not _HI_RAISED_BY_LAW.match(text, match.end()) and not _amended_before(
                text, max(begin, match.start() - 80), match.start(), match["least"] is not None
            ):
                continue  # "हाईकोर्ट ने … सजा को बढ़ाकर 10 साल कर दिया": a court raised a sentence
            months = _hindi_months(match["n"], match["unit"])
            if months is not None:
                least = match["least"] is not None
                parts.append(
                    _Part(
                        match.start(),
                        match.end(),
                        "term",
                        months if least else None,
                        None if least else months,
                        None,
                        True,
                    )
                )
        for match in _HI_STATUTE_TERM.finditer(text, begin, end):
            if match["n"] is not None and not _HI_PRISON_BEFORE.search(
                text, max(begin, match.start() - 80), match.start()
            ):
                continue  # "जिसकी अवधि …" said of no imprisonment
            if not _hindi_statute_form_said(text, begin, end, match):
                continue
            least = match["least"] is not None or match["least2"] is not None
            months = _hindi_months(match["n"] or match["n2"], match["unit"] or match["unit2"])
            if months is not None:
                parts.append(
                    _Part(
                        match.start(),
                        match.end(),
                        "term",
                        months if least else None,
                        None if least else months,
                        None,
                        True,
                    )
                )
        for match in _HI_STATUTE_FINE.finditer(text, begin, end):
            if not _hindi_statute_form_said(text, begin, end, match):
                continue
            first = match["amount"] is not None
            amount = _hindi_rupees(
                match["amount"] if first else match["a_amount"],
                match["scale"] if first else match["a_scale"],
                match["lakhs"] if first else match["a_lakhs"],
            )
            if amount is not None:
                least = match["least"] is not None or match["least2"] is not None
                parts.append(
                    _Part(
                        match.start(),
                        match.end(),
                        "fine",
                        fine_inr=amount,
                        limited=not least,
                        at_least=least,
                    )
                )
        for match in _HI_DAYS.finditer(text, begin, end):
            days = _days(_hindi_value(match["n"]))
            if days is not None:
                parts.append(_day_term(match.start(), match.end(), days))
        for match in _HI_MINIMUM.finditer(text, begin, end):
            if _HI_AGE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                continue
            months = _hindi_months(match["n"], match["unit"])
            if months is not None:
                parts.append(_Part(match.start(), match.end(), "term", months, None, None, True))
        for match in _MR_FINE.finditer(text, begin, end) if "दंड" in text[begin:end] else ():
            if not (match["scale"] or match["rupees"]):
                continue
            amount = _hindi_rupees(match["amount"], match["scale"], match["lakhs"])
            if amount is not None:
                # "किमान 5000 रुपये दंड" (a fine of at least Rs 5,000)
                before = _hindi_least(text, begin, match.start())
                limited = match["upto"] is not None or match["scale_upto"] is not None
                parts.append(
                    _Part(
                        match.start() if before is None else before.start(),
                        match.end(),
                        "fine",
                        fine_inr=amount,
                        limited=limited,
                        at_least=before is not None and not limited,
                    )
                )
        for match in _HI_FINE.finditer(text, begin, end):
            amount = _hindi_rupees(match["amount"], match["scale"], match["lakhs"])
            if amount is not None:
                # "दस लाख रुपये तक का जुर्माना": a maximum said; "कम से कम 5000 रुपये का
                # जुर्माना", a minimum (POCSO s.15(1)'s form)
                limited = "तक" in match.group().split()
                before = _hindi_least(text, begin, match.start())
                least = before is not None
                low_end = (
                    _HI_RANGE_LOW_BEFORE.search(text, max(begin, match.start() - 40), match.start())
                    if limited and not least
                    else None
                )
                low_inr = (
                    _hindi_rupees(low_end["amount"], low_end["scale"], None)
                    if low_end is not None
                    else None
                )
                if low_end is not None and low_end["scale"] is None and not low_end["rupees"]:
                    # "पांच से दस हजार रुपये": the low end takes the high end's scale (5,000); a
                    # bare number of more is no sum ("वर्ष 2019 से 10 लाख रुपये तक", a year;
                    # review 2027-01-05a M2)
                    low_inr = (
                        _hindi_rupees(low_end["amount"], match["scale"], None)
                        if match["scale"] and (low_inr is None or low_inr < 1000)
                        else None
                    )
                if low_end is not None and low_inr is not None and low_inr < amount:
                    # "10 हजार से 20 हजार रुपये तक का जुर्माना": a range, its low end a minimum
                    # and its high end a maximum, as in English (review 2027-01-04d)
                    parts.extend(
                        _fine_range(
                            (low_end.start(), low_end.end(), low_inr),
                            (match.start(), match.end(), amount),
                        )
                    )
                    continue
                parts.append(
                    _Part(
                        match.start() if before is None else before.start(),
                        match.end(),
                        "fine",
                        fine_inr=amount,
                        limited=limited and not least,
                        at_least=least and not limited,
                    )
                )
        for pattern, kind in (
            (_HI_LIFE, "life"),
            (_HI_DEATH, "death"),
            (_HI_COMMUNITY_SERVICE, "community_service"),
        ):
            for match in pattern.finditer(text, begin, end):
                parts.append(_Part(match.start(), match.end(), kind))
        if (
            "जेल" in text[begin:end] or "तुरुंग" in text[begin:end]
        ):  # literal scans: most texts warn of no jail
            for match in _HI_UNSTATED.finditer(text, begin, end):
                if _HI_DENIED_BEFORE.search(text, max(begin, match.start() - 8), match.start()):
                    continue  # "न तो जेल जाना पड़ेगा" (neither jail …; review 2027-01-02c H2)
                parts.append(_Part(match.start(), match.end(), "unstated"))
        if "जुर्मान" in text[begin:end] or "अर्थद" in text[begin:end]:
            parts.extend(_both_parts(_HI_UNSTATED_BOTH.finditer(text, begin, end)))
        if passed_ranges:
            parts = [
                p for p in parts if not any(low <= p.start < high for low, high in passed_ranges)
            ]
        # a punishment the law forbids, said in its clause after it: "किसी बालक को मृत्युदंड या …
        # आजीवन कारावास से दंडित नहीं किया जा सकता" (no child may be punished with death or …; the
        # JJ Act's s.21, as a survey of unseen reports found it read as the law's punishments)
        return [p for p in parts if not _HI_FORBIDDEN_AFTER.match(text, p.end, end)]


def _laws_maybe_the_conducts(
    statutes: Statutes,
    provision: str,
    day: dt.date,
    source: DaySource,
    law: Penalty | None,
) -> tuple[Penalty | None, ...]:
    """The penalties of *provision*'s other texts that may be the law of the conduct a text
    read against *day* tells of, besides *law* (the text on *day*): none where the caller gave
    the day (*source* "given": it is the conduct's); every earlier text where the day is the
    report's own or today's (the conduct is no later, but may be earlier), and every later one
    enacted by the day (law to come, which the report may state); and every text, earlier or
    later, where the day is inferred (it bounds nothing). lawref does not read the
    conduct's own date in a text: a difference that rests on it is missed, not guessed
    (``is_difference`` reasons the same way). Texts omitted, or not recorded, punish nothing
    to compare with; a text to come with no penalty of its own (POCSO s.15 from 16 August
    2019, whose sub-sections punish) stands for its sub-sections' texts to come, or, where
    lawref records none, for ``None``: nothing the statement can be shown to differ from. A
    Bill's text not yet enacted is never compared with: lawref does not hold it (a Bill may be
    amended, withdrawn or renumbered), and a statement in a sentence that names a Bill or an
    Ordinance differs from nothing (``PunishmentReader.bill``; reviews 2026-12-25c H2, 26a
    H1)."""
    if source == "given":
        return ()
    record = statutes.provision(provision)
    act = statutes.act(record.act)
    made = {i.id: i.assented for i in act.instruments}
    made[act.id] = act.assented

    def enacted(version: ProvisionVersion) -> bool:
        # a text enacted by the day and not yet begun: law to come, which a report of that
        # time may state ("will be punishable with imprisonment of not less than five years",
        # POCSO s.14(1) between the 2019 amending Act's assent and 16 August 2019; review
        # 2026-12-25a H1)
        assented = made.get(version.instrument)
        return assented is not None and assented <= day

    found: list[Penalty | None] = [
        version.penalty
        for version in record.versions
        if version.penalty is not None
        and version.penalty != law
        and not version.omitted
        and (source == "inferred" or version.valid_from <= day or enacted(version))
    ]
    if any(
        version.penalty is None
        and not version.omitted
        and version.valid_from > day
        and enacted(version)
        for version in record.versions
    ):
        # a text to come with no penalty of its own (POCSO s.15 from 16 August 2019): its
        # sub-divisions' texts to come punish, each a law the statement may state ("three to
        # five years", s.15(3)); none recorded, nothing to compare with (review 2026-12-25b H2)
        below = [
            version.penalty
            for pid in act.provisions
            if pid.startswith(provision + "(")
            for version in statutes.provision(pid).versions
            if version.penalty is not None
            and not version.omitted
            and version.valid_from > day
            and enacted(version)
        ]
        found.extend(below if below else [None])
    return tuple(found)


def _bill_pending(statutes: Statutes, provision: str, day: dt.date) -> Bill | None:
    """The Bill to change *provision* (one that made a later text of it, or of one of its
    sub-divisions) that was before Parliament or approved by the Cabinet on *day*
    (``Bill.pending``), the latest introduced where two were, or ``None``: a report of that
    time may state the Bill's text ("storing … will attract three to five years" under POCSO
    s.15 in July 2019)."""
    record = statutes.provision(provision)
    act = statutes.act(record.act)
    # (a Bill pends until the Act it became is assented to: then it is law to come)
    bills = {i.id: i.bills for i in act.instruments if i.assented is None or day < i.assented}
    if act.assented is None or day < act.assented:
        bills[act.id] = act.bills
    pids = [provision] + [pid for pid in act.provisions if pid.startswith(provision + "(")]
    pending = [
        bill
        for pid in pids
        for version in statutes.provision(pid).versions
        if version.valid_from > day
        for bill in bills.get(version.instrument, ())
        if bill.pending(day)
    ]
    return max(pending, key=lambda bill: bill.introduced) if pending else None


# the word after "proposed", past a year ("the proposed 2023 code"; review 2026-12-27a L4)
_PROPOSED_NOUN = re.compile(r"\s+(?:(?:19|20)\d\d\s+)?[A-Za-z][\w-]*")


def _named_through_noun(text: str, named: re.Match[str]) -> str:
    """The Bill words *named* found, through the word after them where they end in an
    adjective ("the proposed" → "the proposed law"; review 2026-12-26e L1)."""
    said = named.group()
    if said.lower().endswith("proposed"):
        noun = _PROPOSED_NOUN.match(text, named.end(), min(len(text), named.end() + 40))
        if noun is not None:
            return said + " " + noun.group().strip()
    return said


def _sentence_start(text: str, low: int) -> int:
    """Where the sentence of the clause opening at *low* starts: after the last full stop,
    question or exclamation mark and space, danda or line break in the 300 characters before
    it, one that ends at *low* among them; not the full stop of an abbreviation or an initial
    ("Smt. Smriti Irani", "Bill No. 12", "Dr. Rao", "Rs. 500"; review 2026-12-26b H1)
    (bounded: linear reading)."""
    floor = max(0, low - 300)
    for stop in reversed(list(_STOP.finditer(text, floor, min(len(text), low + 1)))):
        if stop.group() == "." and _ABBREVIATION_BEFORE.search(
            text, max(floor, stop.start() - 8), stop.start()
        ):
            continue
        return stop.end()
    return floor


def _window_start(text: str, low: int, sentences: int = 2) -> int:
    """Where the window of the clause opening at *low* starts: its sentence and up to
    *sentences* before it, not past a line with no stop or colon at its end (a headline), the
    lines of a list counting as one sentence with the line that opens it ("The new offences:\n-
    Stalking …\n- Voyeurism …"; review 2026-12-26d H2) (bounded: linear reading)."""
    start = _sentence_start(text, low)
    counted = 0
    skipped = 0
    while counted < sentences:
        before = _before_spaces(text, start)
        if before <= 0 or text[before - 1] not in ".!?:\u0964\"'\u201d":
            break
        # (the sentence that ends with the stop at before - 1, that stop left out)
        start = _sentence_start(text, max(0, before - 2))
        if list_item_at(text, start) and skipped < 12:
            skipped += 1
            continue
        counted += 1
    return start


def _before_spaces(text: str, at: int, reach: int = 200) -> int:
    """Where the spaces and line breaks right before *at* begin, at most *reach* back
    (bounded: no copy of the text before it)."""
    low = max(0, at - reach)
    while at > low and text[at - 1].isspace():
        at -= 1
    return at


# a line of a list: "- Stalking …", "• Voyeurism …", an en dash or a black circle, "(a) …",
# "(i) …", "1) …"
_LIST_ITEM = re.compile(
    r"\s*(?:[-•*\u2022\u2013\u25cf]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\))\s", re.IGNORECASE
)
# … a number with a full stop opening a line ("1. Stalking …")
_LIST_NUMBER_OPENS = re.compile(r"[ \t]*(?:\d{1,2}|[a-z]|[ivx]{1,4})\.(?=\s)", re.IGNORECASE)
# … and its number, where a full stop after it ended a sentence ("1. Stalking …")
_LIST_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}|[a-z]|[ivx]{1,4})\.[ \t]*\Z", re.IGNORECASE)


def list_item_at(text: str, start: int) -> bool:
    """Whether the sentence starting at *start* is a line of a list: a bullet or a number
    opens it, or stands alone before it on its line ("1. Stalking …", whose full stop ended a
    sentence) (bounded: 12 characters back)."""
    if _LIST_ITEM.match(text, start):
        return True
    # ("1." at a line's start, a sentence of its own where its full stop ends one)
    lead = start
    while lead > max(0, start - 4) and text[lead - 1] in " \t":
        lead -= 1
    if (lead == 0 or text[lead - 1] == "\n") and _LIST_NUMBER_OPENS.match(text, start):
        return True
    line = text.rfind("\n", max(0, start - 12), start)
    return line >= 0 and _LIST_NUMBER.match(text, line + 1, start) is not None


def _a_bill_for(
    text: str, match: re.Match[str], statutes: Statutes, provision: str | None, own_start: int
) -> bool:
    """Whether the Bill or Ordinance word *match*, in a sentence before a statement's (which
    opens at *own_start*), may be for the statement's Act: an Ordinance, a Bill not named for
    another law ("passed eight Bills", "the anti-rape Bill", "the Criminal Laws (Amendment)
    Bill", "विधेयक"), or proposed amendments to the Act; not a Bill named for another law, its
    name in capitals right before it ("the Finance Bill", "the Data Protection Bill") or its
    topic after it ("a Bill on data protection") with no name of the Act's or of an Act that
    amended it there (reviews 2026-12-26d H1, 26e H1); not "the proposed", which a flyover may
    be. Looked for up to the statement's own sentence only (26e M1)."""
    word = match.group().lower()
    if word.startswith(("ordinance", "अध्यादेश", "विधेयक")):
        return True
    if provision is None:
        return False
    act = statutes.act(statutes.provision(provision).act)
    names = {act.short_title, *act.aliases, *act.spellings}
    for instrument in act.instruments:
        # an amending Act's name, as its Bill bears it: "Criminal Law (Amendment)"
        stem = re.sub(r"^the\s+|\s*act,?\s*\d{4}$", "", instrument.title, flags=re.IGNORECASE)
        if stem:
            names.add(stem)
    # (and each without its "Act": "IT", "POCSO", "Information Technology")
    names |= {re.sub(r"\s+Act\b.*$", "", name) for name in names if name}
    # names matched loosely: no brackets, a plural ("Criminal Laws Amendment")
    loose = {re.sub(r"[()]", "", name).replace("  ", " ").strip() for name in names if name}

    patterns = [
        re.compile(
            r"(?<!\w)" + r"s?\s+".join(map(re.escape, name.split())) + r"(?!\w)",
            0 if name.isupper() and len(name) <= 6 else re.IGNORECASE,
        )
        for name in loose
    ]

    def named_in(stretch: str) -> bool:
        flat = re.sub(r"[()]", "", stretch)
        return any(pattern.search(flat) for pattern in patterns)

    high = min(match.end() + 60, own_start)
    if word.startswith(("proposed amendment", "the proposed", "a proposed", "proposed law")):
        return word.startswith("proposed amendment") and named_in(text[match.end() : high])
    if not word.startswith("bill"):
        return False
    before = text[max(0, match.start() - 50) : match.start()]
    if named_in(before + match.group()) or named_in(text[match.end() : high]):
        return True
    # a name in capitals right before it ("Finance Bill", "Waqf (Amendment) Bill"), or a topic
    # after it ("a Bill on data protection"): another law's Bill
    if _NAMED_BILL.search(before):
        return False
    return _BILL_TOPIC.match(text, match.end(), high) is None


# capitalised words (and an "(Amendment)") right before "Bill": a Bill's own name
_NAMED_BILL = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}(?:\(\w+\)\s+)?(?:\(Second\)\s+)?\Z")
# "Bill on/for/to …": a Bill's topic after it
_BILL_TOPIC = re.compile(r"s?\s+(?:on|for|to|regarding|relating\s+to)\s+\w", re.IGNORECASE)


# a stop that ends a sentence: a full stop, question or exclamation mark before a space, a
# danda, or a line break
_STOP = re.compile(r"[.!?](?=\s)|\u0964|\n")
# … not after an abbreviation or an initial
_ABBREVIATION_BEFORE = re.compile(
    r"(?<![\w.])(?:smt|shri|sri|dr|mr|mrs|ms|no|nos|sec|secs|rs|st|vs|prof|hon|ld|u/s|[A-Z])\Z",
    re.IGNORECASE,
)


# a Bill's word that is a man's name ("Bill Clinton", "Bill Fernandes"), not a Bill
_BILL_NAME = re.compile(r"\s+(?!Nos?\b)[A-Z][a-z]")
# … or a bill of an amount or a hotel, a bill board, a bill's amount (review 2026-12-26b L1)
_BILL_AFTER_NOT = re.compile(
    r"\s+(?:of\s+(?:rs\.?|₹|inr|rupees|the\s+(?:hotel|restaurant|shop))|board|amount)\b",
    re.IGNORECASE,
)
# … or a bill to pay ("his hotel bill", "paid the bill", "electricity bill")
_BILL_TO_PAY = re.compile(
    r"\b(?:hotel|restaurant|electricity|power|water|phone|mobile|medical|hospital|grocery|gas"
    r"|pay|paid|paying|pays|unpaid)\s+(?:the\s+|his\s+|her\s+|their\s+)?\Z",
    re.IGNORECASE,
)


def _a_bill(text: str, match: re.Match[str]) -> bool:
    """Whether the Bill word *match* names a Bill: not a man named Bill nor a bill to pay."""
    word = match.group()
    if not word.lower().startswith("bill"):
        return True  # "ordinance", "विधेयक", "the proposed amendment"
    if word.startswith("Bill") and _BILL_NAME.match(text, match.end()):
        return False
    if _BILL_AFTER_NOT.match(text, match.end()):
        return False
    return _BILL_TO_PAY.search(text, max(0, match.start() - 40), match.start()) is None


def _amended_before(text: str, low: int, at: int, least: bool = False) -> bool:
    """Whether a legislature's amendment is named before the raise at *at* (from *low*), with
    no court passing a sentence between them ("कानून में संशोधन कर सजा को बढ़ाकर 7 साल कर
    दिया": the law's; "… संशोधन के बाद हाईकोर्ट ने दोषी की सजा को बढ़ाकर …": a court's); a raised
    *least* term is the law's whoever tells it (courts raise no minimum)."""
    amended = _HI_AMENDED_BEFORE.search(text, low, at)
    if amended is None:
        return False
    return least or _HI_SENTENCE_BETWEEN.search(text, amended.start(), at) is None


# (a clause's turn to another provision: ``grammar._PROVISION_TURN``)
# how far after a turn the provision it turns to must be named
_TURN_TO_PROVISION = 40
# at most this many turns in a clause are tried (a bound: linear)
_PROVISION_TURNS = 6


def _provision_turns(
    text: str,
    parts: Sequence[_Part],
    clause: tuple[int, int],
    refs: Sequence[StatuteReference],
    ref_starts: Sequence[int],
) -> list[tuple[list[_Part], tuple[int, int]]]:
    """The parts of a clause split where it turns to another provision ("Section 67 of the IT
    Act provides for up to three years in jail for a first conviction, while Section 67B
    provides for up to five years": two statements, each of its own section, not one of s.67
    with five years; review 2026-12-17d F5): at a turn word or semicolon with parts on both sides
    and a section lawref resolves named within ``_TURN_TO_PROVISION`` characters after it, before
    the next part ends, where the words before the turn name another section or both sides state
    a part of one kind; or named right after the next part ("… and faces up to five years under
    Section 67B") where the words before the turn name another section. Each side is a clause of
    its own for its provision and its tiers."""
    low, high = clause
    if len(parts) < 2:
        return [(list(parts), clause)]
    pieces: list[tuple[list[_Part], tuple[int, int]]] = []
    rest = sorted(parts, key=lambda p: p.start)
    start = low
    for turn in itertools.islice(_PROVISION_TURN.finditer(text, low, high), _PROVISION_TURNS):
        before = [p for p in rest if p.end <= turn.start()]
        after = [p for p in rest if p.start >= turn.end()]
        if not before or not after or len(before) + len(after) != len(rest):
            continue
        # (the section may stand inside the next part, after its punishment word: ", while the
        # punishment under Section 67B … is up to five years")
        reach = min(after[0].end, turn.end() + _TURN_TO_PROVISION)
        first = bisect.bisect_left(ref_starts, turn.end())
        if first >= len(refs) or refs[first].section is None:
            continue
        named_after = False
        if refs[first].start >= reach:
            # (or right after the next part, when the words before the turn name another
            # section: "… under Section 67 … and faces up to five years under Section 67B";
            # review 2026-12-18d; not "three years and a fine of Rs 10,000 under Section 67B",
            # one statement of s.67B)
            after_term = _SECTION_AFTER_TERM.match(text, after[0].end)
            if after_term is None or after_term.end() - 1 != refs[first].start:
                continue
            named_after = True
        # … and the words before the turn name a section of their own, another one, or both sides
        # state a part of one kind: "The accused faces up to ten years in jail, while Section 67B
        # … also provides a fine" keeps the ten years with s.67B (review 2026-12-18b H3); "faces
        # up to three years in jail under the IT Act, while Section 67B … provides up to five
        # years" is two statements (18c H6)
        own = [
            r
            for r in refs[bisect.bisect_left(ref_starts, start) : first]
            if r.section is not None and r.start < turn.start()
        ]
        other_section = bool(own) and own[-1].provision != refs[first].provision
        same_kind = bool({p.kind for p in before} & {p.kind for p in after})
        if not other_section and (named_after or not same_kind):
            continue
        if named_after:
            # (each side with its section right after its own part: "two years in jail under
            # Section 12 of the POCSO Act and a fine of Rs 20,000 under Section 67"; not
            # "arrested under Section 12 … and faces up to five years and a fine … under Section
            # 67B", one statement of s.67B; reviews 2026-12-19d, 19e H2)
            before_term = _SECTION_AFTER_TERM.match(text, before[-1].end)
            if before_term is None or before_term.end() - 1 != own[-1].start:
                continue
        pieces.append((before, (start, turn.start())))
        rest, start = after, turn.end()
    pieces.append((rest, (start, high)))
    return pieces


# what may stand between a clause's turn and its first part when the clause has no verb of its
# own ("… and a fine of Rs 20,000 …")
_VERBLESS_LEAD = re.compile(
    r"[\s,]*(?:(?:and|with|plus|along\s+with)\s+)?(?:(?:a|an|the)\s+)?", re.IGNORECASE
)

# a verb, an auxiliary or a relative word that makes a clause its own
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being|would|will|could|should|may|might|can|must|shall|had"
    r"|has|have|awaits?|awaited|sought|seeks?|that|which|who|whom|if|unless)\b",
    re.IGNORECASE,
)

# where a split-off clause's own words end, after its parts: a comma or a word that opens
# another phrase ("…, which he has paid", "… for circulating a video that showed …", "… as he
# was a repeat offender", "… against the seven years the prosecution had sought"; review
# 2026-12-20d H1)
_OWN_WORDS_END = re.compile(
    r",|\b(?:for|to|as|against|besides|after|since|because|while|with|on|over)\b", re.IGNORECASE
)


# a verb of the clause's own after a comma, or after a phrase of "for" or "on" of a few words
# with no relative word in it
_VERB_PAST_ASIDE = re.compile(
    r",\s*(?:was|were|is|are|may|might|would|will)\b"
    r"|\b(?:for|on)\s+(?:(?!(?:who|which|that|whom)\b)\w+\s+){1,4}?(?:is|are|was|were)\b",
    re.IGNORECASE,
)


def _own_words_end(text: str, start: int, end: int) -> int:
    """Where the words of a clause's own parts end, from *start*: at the first comma or word
    that opens another phrase (``_OWN_WORDS_END``), else at *end*."""
    stop = _OWN_WORDS_END.search(text, start, end)
    return stop.start() if stop is not None else end


_CLAUSE_STOP = re.compile(r"[.;!?\n]")
# (a term or an amount, not a section's number: "booked under Sections 67 and 67A respectively"
# pairs sections with accused, not terms; review 2026-12-18d H7)
_ANOTHER_TERM = re.compile(
    rf"\b{_NUM}[\s-]+(?:years?|yrs?|months?)\b|\brs\.?\s?\d|\u20b9", re.IGNORECASE
)


def _clause_stop(text: str, start: int, limit: int) -> int:
    """Where the sentence or clause from *start* ends (a stop, a semicolon, a line), at most at
    *limit*."""
    stop = _CLAUSE_STOP.search(text, start, min(limit, len(text)))
    return stop.start() if stop is not None else min(limit, len(text))


def _paired_respectively(text: str, end: int) -> bool:
    """Whether the term ending at *end* is one of terms paired with sections "respectively" in
    its sentence ("which carry up to three years and two years respectively"): another term or
    amount, not a section's number, stands between it and the word (reviews 2026-12-18b H8, 18c
    H4, 18d H7)."""
    stop = _clause_stop(text, end, end + 120)
    found = _RESPECTIVELY.search(text, end, stop)
    return found is not None and _ANOTHER_TERM.search(text, end, found.start()) is not None


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of *text* around its unit words ("years", "months"), merged: a term can
    only be there, and the costlier patterns need not look anywhere else."""
    windows: list[tuple[int, int]] = []
    for match in _UNIT_WORD.finditer(text):
        low, high = max(0, match.start() - _BEFORE_UNIT), match.end()
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


# community service a court or a Juvenile Justice Board orders ("directed him to perform
# community service at a government hospital", "ordered to do community service for a month";
# BNS s.4(f) makes it a punishment): read only after a word of doing or ordering it in the 50
# characters before, with a court in its sentence or "sentenced" (``_community_service``), and
# not as a programme's name ("a community service awareness drive")
_COMMUNITY_SERVICE = re.compile(r"\bcommunity\s+service\b", re.IGNORECASE)

_SERVICE_ORDERED = re.compile(
    r"\b(?:perform|performs|performing|render|rendering|undergo|undergoing|undertake|do|doing"
    r"|serve|serving|sentenced|ordered|directed)\b[^.;!?\n]{0,50}\Z",
    re.IGNORECASE,
)

_SERVICE_PROGRAMME = re.compile(
    r"\s+(?:awareness|programmes?|programs?|centres?|centers?|camps?|drives?|clubs?|day|week"
    r"|organi[sz]ations?|volunteers?|projects?|activities|initiatives?)\b",
    re.IGNORECASE,
)

# a term that is the service's ("one month of community service", "15 days' community service")
_OF_SERVICE = re.compile(r"(?:'|\u2019)?s?\s+(?:of\s+)?community\s+service\b", re.IGNORECASE)

_LAST_STOP = re.compile(r"[.!?\u0964]\s")

# an order refused or set aside ("refusing to order community service", "instead of community
# service", "not community service"; review 2026-12-12c H5)
# … only as the phrase that governs the service itself: a refusal with at most "to order" or
# "the plea for" between, or "instead of", "rather than", "not", "no" right before it ("Instead
# of jail, he was sentenced to community service", "did not send him to jail but ordered
# community service" are orders; review 2026-12-13a H1)
# … a refusal with up to five words between and no clause's end ("refusing to order him to do
# community service", "rejecting pleas for community service"), and "instead of the", "not to"
# (review 2026-12-13b H7)
_SERVICE_REFUSED = re.compile(
    r"\b(?:(?:refus|declin|reject)\w*\s+(?:(?!and\b|but\b)[\w'\u2019]+\s+){0,5}"
    r"|(?:instead\s+of|rather\s+than|not(?:\s+to)?|no)\s+"
    r"(?:(?:the|an?)\s+)?(?:order\s+(?:of|for)\s+)?)\Z",
    re.IGNORECASE,
)

# "sentenced the accused to death", "sentenced a former engineer and his wife to life": the
# persons sentenced between the verb and the sentence, as plain words: no clause ("sentenced the
# man who had beaten the boy to death"), no participle or other verb ("the man accused of
# beating the boy to death", "the mother of the child she starved to death"), no line between,
# and a sentence that ends its clause ("a right to life and dignity", "to life-threatening")
_ENDS_SENTENCE = (
    r"\s*(?:[.,;:)\]]|$|(?:for|by|in|on|under|after|till|until|besides|along|while|with|at|as)\b"
)

# (death may be followed by "and": "to death and the co-accused to life"; life not: "a right to
# life and dignity")
_TO_DEATH_OR_LIFE = re.compile(
    rf"\bto\s+(?P<kind>death(?={_ENDS_SENTENCE}|and\b))|life(?={_ENDS_SENTENCE})))",
    re.IGNORECASE,
)

_SENTENCED_WORD = re.compile(r"\bsentenced[ \t]", re.IGNORECASE)

# "a sentenced prisoner", "the sentenced man": "sentenced" as an adjective
_SENTENCED_ADJECTIVE = re.compile(r"\b(?:a|an|the|his|her|their)\s+\Z", re.IGNORECASE)

_NOT_PERSONS = re.compile(
    r"[;:!?()\n]|\b(?:who|whom|whose|which|that|had|has|have|was|were|is|are|be|been|being"
    r"|after|before|for|under|over|while|when|since|by|in|on|at|if|to|he|she|they|it|we|i"
    r"|later|then|also|accused\s+of|charged\s+with|convicted\s+of|guilty\s+of)\b",
    re.IGNORECASE,
)

_FULL_STOP = re.compile(r"\.")

# an initial, or a short title or a name's usual abbreviation ("S.K.", "Mohd.", "Dr."): not a
# short name ("sentenced Raju. A mob beat …"; review 2026-12-12b H5)
_INITIAL = re.compile(
    r"(?:^|[\s.])(?:[A-Z]|Mohd|Md|Dr|Mr|Mrs|Ms|Smt|Sri|Shri|Sh|Jr|Sr|Km|Kum|Prof|Capt|Col|Mst"
    r"|Lt|Maj|Adv)\Z"
)

# a comma and a word that opens a new clause ("sentenced Ram, and a mob beat Shyam to death");
# not a list's last name ("sentenced Ram, Shyam, and Mohan to death")
_NEW_CLAUSE = re.compile(
    # (the clause words in any case, ", But Mob Beat …" in a headline; the serial comma's last
    # name by its capital: review 2026-12-13a M2)
    r",\s*(?:and(?!(?-i:(?:\s+[A-Z][\w.'\u2019-]*)+)\s*\Z)|but|while|whereas|as|even)\b",
    re.IGNORECASE,
)

# "sentenced nobody to death", "sentenced any person to death": no one sentenced
_NO_PERSON = re.compile(
    r"(?:nobody|no\s+one|no\s+person|anyone|anybody|any\s+person|any\s+offender)", re.IGNORECASE
)

_ASIDE = re.compile(r"(?P<head>[^,]+),\s[^,.;:!?\n]{1,100},\s*")

_AND = re.compile(r"\band\b", re.IGNORECASE)

# a determiner that opens a noun phrase of its own, not one after a preposition ("the father
# and the uncle of the girl": one noun phrase; "the accused and a mob beat a thief": two, a
# clause; review 2026-12-13a H2)
_DETERMINER = re.compile(
    r"(?<!\bof )(?<!\bfrom )(?<!\bin )(?<!\bat )(?<!\bwith )(?<!\bfor )(?<!\bby )"
    r"\b(?:a|an|the|his|her|their|its)\b",
    re.IGNORECASE,
)

_PERSON_WORD = re.compile(r"[\w'\u2019\[\]-]+")

# words an "-ed" word may follow as a noun ("the accused", "both convicted")
_NOUN_DETERMINERS = frozenset(
    {"the", "a", "an", "both", "all", "two", "three", "four", "five", "six", "these", "those"}
)

_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})

# "-ed" words that are persons ("accused Ravi Kumar", "the remaining accused"); "accused of" and
# "convicted of" are refused as clauses (``_NOT_PERSONS``)
_PERSON_NOUNS = frozenset({"accused", "convicted"})

# "-ing" words that describe persons ("the remaining accused")
_PERSON_ADJECTIVES = frozenset({"remaining", "following", "surviving", "underlying"})

_PERSONS_REACH = 120


def _sentenced_persons_to(text: str) -> Iterator[tuple[int, int, str]]:
    """Where *text* says a court sentenced named persons to death or to life, with words
    between the verb and "to" (``_TO_DEATH_OR_LIFE``): the span from "sentenced" and the kind.
    Each "to death"/"to life" looks back at most ``_PERSONS_REACH`` characters: linear."""
    for match in _TO_DEATH_OR_LIFE.finditer(text):
        low = max(0, match.start() - _PERSONS_REACH)
        verbs = list(_SENTENCED_WORD.finditer(text, low, match.start()))
        if not verbs:
            continue
        verb = verbs[-1]
        if _SENTENCED_ADJECTIVE.search(text, max(0, verb.start() - 8), verb.start()):
            continue
        persons = text[verb.end() : match.start()]
        aside = _ASIDE.fullmatch(persons)
        if aside is not None:
            # "sentenced the accused, who had raped a six-year-old, to death": an aside between
            # commas, closed right before "to", says who the persons are (review 2026-12-12a M2)
            persons = aside["head"]
        # (a headline in title case, "Convict Sentenced Last Year Stabbed To Death", capitalises
        # every word: its "-ed" words are verbs; reviews 2026-12-12c H7, 2026-12-13a M1)
        # (a lower-case "sentenced" is in no title-case headline: "Special Judge Rajesh Kumar
        # Gupta … sentenced Mohammed Naved to death"; review 2026-12-13b H8)
        title_case = verb.group()[:1].isupper() and _title_case_line(
            text, verb.start(), match.end()
        )
        if _plain_persons(persons, title_case) and _NO_PERSON.fullmatch(persons.strip()) is None:
            yield verb.start(), match.end(), match["kind"].lower()


# endings of names that look like past forms ("Mohammed", "Ahmed", "Saeed", "Syed", "Javed")
_NAME_ENDINGS = ("med", "eed", "yed", "ved")


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Whether the line around *text[start:end]* is a headline in title case or in capitals:
    three words of four letters or more, and at least seven in ten of them capitalised."""
    # (at most ``_PERSONS_REACH`` characters either side, a line break or not: linear; review
    # 2026-12-13b M1)
    floor = max(0, start - _PERSONS_REACH)
    low = text.rfind("\n", floor, start) + 1 or floor
    high = text.find("\n", end, end + _PERSONS_REACH)
    long_words = _LONG_WORD.findall(text, low, high if high >= 0 else end + _PERSONS_REACH)
    capitals = sum(w[0].isupper() for w in long_words)
    return len(long_words) >= 3 and capitals * 10 >= len(long_words) * 7


_LONG_WORD = re.compile(r"[A-Za-z]{4,}")


def _plain_persons(persons: str, title_case: bool = False) -> bool:
    """Whether *persons* names persons in plain words: no clause or participle (no word of
    ``_NOT_PERSONS``, no "-ing" word, no "-ed" word but after a determiner or a name: "the
    accused", "Mohammed"; in a headline in title case, *title_case*, capitals are no names),
    no new clause after a comma or "and" ("…, and a mob beat Shyam", "the accused and a mob
    beat a thief": two determiners after "and", neither after a preposition), a full stop only
    after an initial or a title ("S.K.", "Prof."), and an object pronoun only first ("him", not
    "… a mob later beat him")."""
    if not persons.strip() or _NOT_PERSONS.search(persons) is not None:
        return False
    if _NEW_CLAUSE.search(persons):
        return False
    joined = _AND.split(persons)
    if len(joined) > 1 and len(_DETERMINER.findall(joined[-1])) > 1:
        return False  # "the accused and a mob beat a thief": a subject and its object, a clause
    for stop in _FULL_STOP.finditer(persons):
        # a stop only after an initial or a short title ("S.K. Verma", "Mohd. Rafiq")
        if _INITIAL.search(persons, max(0, stop.start() - 5), stop.start()) is None:
            return False
    written = _PERSON_WORD.findall(persons)
    said = [w.lower() for w in written]
    for index, word in enumerate(said):
        if written[index][:1].isupper() and (
            not title_case or (word.endswith(_NAME_ENDINGS) and index < len(said) - 1)
        ):
            # a name: "Mohammed", "Syed", "Javed" (review 2026-12-12b H4); in a title-case
            # headline only a name's ending, and not right before "To Death" ("Mumbai Court
            # Sentenced Javed Shaikh To Death", not "… Prisoner Starved To Death")
            continue
        if word.endswith("ing") and len(word) > 4 and word not in _PERSON_ADJECTIVES:
            return False
        if (
            word.endswith("ed")
            and word not in _PERSON_NOUNS
            and (index == 0 or said[index - 1] not in _NOUN_DETERMINERS)
        ):
            return False
        if word in _OBJECT_PRONOUNS and index > 0:
            return False
    return True


# "sentenced" or "convicted" before a term in default of bail bonds: a sentence passed
_PASSED_WORD = re.compile(r"\b(?:sentenced|convicted)\b", re.IGNORECASE)


def _threatened(text: str, said_from: int, part: _Part) -> bool:
    """Whether the punishment *part* stands in a threat reported: after the threat's reporting
    word (*said_from*); an order to pay and community service are a court's."""
    return part.kind not in ("payment", "community_service") and part.start >= said_from


def _community_service(text: str) -> Iterator[tuple[int, int]]:
    """Where *text* says a court ordered community service (``_COMMUNITY_SERVICE`` after
    ``_SERVICE_ORDERED``, with a court, a judge, a bench or a Board before it in its sentence,
    or "sentenced to"), not a programme of it ("community service awareness drive"); a
    volunteer's service is none (review 2026-12-12b M4). Each looks back at most
    ``_CUE_REACH`` characters: linear."""
    for match in _COMMUNITY_SERVICE.finditer(text):
        if _SERVICE_PROGRAMME.match(text, match.end()) or _SERVICE_REFUSED.search(
            text, max(0, match.start() - 40), match.start()
        ):
            continue
        cue = _SERVICE_ORDERED.search(text, max(0, match.start() - 60), match.start())
        if cue is None:
            continue
        before = text[max(0, match.start() - _CUE_REACH) : match.start()]
        sentence = _LAST_STOP.split(before)[-1]
        if _COURT.search(sentence) or "sentenced" in cue.group().lower():
            yield match.start(), match.end()


def _fine_range(low: tuple[int, int, int], high: tuple[int, int, int]) -> tuple[_Part, _Part]:
    """The two parts of a fine's range (start, end, rupees each): its low end a minimum and its
    high end a maximum ("a fine of Rs 10,000 to Rs 1,00,000", "10 हजार से 20 हजार रुपये तक")."""
    return (
        _Part(low[0], low[1], "fine", fine_inr=low[2], at_least=True, fine_range=True),
        _Part(high[0], high[1], "fine", fine_inr=high[2], limited=True, fine_range=True),
    )


# One who pays a fine or a penalty that no criminal court passed on an offender: a platform, a
# company, an institution ("… a Rs 50 lakh penalty on the platform", "the platform that hosted
# it was levied a Rs 30 lakh penalty"), or one an executive body, the police or a regulator
# imposes ("by MeitY", "by the traffic police"): no statement of the law's or a court's
# punishment of an offender (review 2027-01-11 B1-B3). Not a person named by such a place ("the
# school bus driver", "the cafe owner").
_PAYERS = (
    r"(?:platforms?|company|companies|firms?|apps?|application|intermediar(?:y|ies)|websites?"
    r"|portals?|site|hospitals?|schools?|colleges?|institutions?|factory|factories|banks?"
    r"|channels?|operators?|providers?|networks?|corporation|twitter|facebook|meta|google"
    r"|youtube|whatsapp|telegram|instagram|snapchat|sharechat|police|policemen|officials?"
    r"|officers?|state|government|department|complainant|informant|witness(?:es)?)"
    r"(?!\s+(?:bus|owner|owners|driver|drivers|principal|teacher|head|staff|manager|director"
    r"|employee|employees|worker|workers|peon|clerk|van|student|students)\b)"
)
_BODIES = (
    r"(?:ministry|meity|government|police|commission|authority|authorities|regulator"
    r"|department|municipal|municipality|corporation|rbi|sebi|trai|cert-in|forum|panchayat"
    r"|collector|administration|railways?|rpf|cell|(?<!justice\s)board|school|college"
    r"|university|management)"
)
# a reason that is no offence against a child, nor any offence tried: "for riding without a
# helmet", "for a traffic violation", "for filing a false affidavit", "for seeking repeated
# adjournments" (review 2027-01-11 B2, B6); not "for delay in reporting the abuse", POCSO s.21's
# offence
_OTHER_REASON_AFTER = re.compile(
    r"[^.;:!?]{0,60}?\bfor\s+(?:riding|driving|not\s+wearing|a\s+traffic|traffic|parking"
    # (a rule, not a person: "for violating the model code of conduct"; not "for violating the
    # modesty of a minor girl", review 2027-01-11c N-B3)
    r"|violating\s+(?:the\s+)?(?:model\s+code|code\s+of\s+conduct|traffic|bail|lockdown|covid)"
    r"|littering|spitting|smoking|flouting|filing\s+a\s+false|seeking\s+(?:repeated\s+)?"
    r"adjournments?|contempt|non-compliance|failing\s+to\s+(?:appear|comply"
    r"|take\s+down|remove))\b",
    re.IGNORECASE,
)
# (each read only where the words tell who pays or who imposes the fine itself: the object of
# "imposed … on" right after it, the agent of its own passive, the subject of its verb with no
# aside between; not a platform in the reason, "a fine of Rs 50 lakh for those who share such
# content on WhatsApp", nor a body in the case's history, "in the case registered by the Cyber
# Crime police", "The court, on a plea by the police, imposed …": review 2027-01-11c N-B1, N-B2)
_PASSIVE_IMPOSED = r"(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:imposed|levied|slapped)"
_PAYER_AFTER = re.compile(
    rf"(?:\s+{_PASSIVE_IMPOSED})?\s+(?:on|upon)\s+(?:(?:the|a|an|its|this|that|each|every)\s+)?"
    rf"(?:[\w'\u2019-]+\s+){{0,2}}?{_PAYERS}\b",
    re.IGNORECASE,
)
_BODY_AGENT_AFTER = re.compile(
    r"(?:\s+(?:under|u/s)\s+[^.;:!?,]{1,40}?)?"
    rf"(?:\s+{_PASSIVE_IMPOSED}(?:\s+(?:on|upon)\s+[^.;:!?,]{{1,40}}?)?)?"
    rf"\s+by\s+(?:(?:the|a|an)\s+)?(?:[\w'\u2019-]+\s+){{0,3}}?{_BODIES}\b",
    re.IGNORECASE,
)
_PAYER_OR_BODY_BEFORE = re.compile(
    rf"(?:\b{_PAYERS}\b(?:\s+(?:that|which)\s+[^.;:!?,]{{0,40}}?)?\s+"
    r"(?:was|were|has\s+been|had\s+been|is|are)\s+(?:also\s+)?"
    r"(?:levied|fined|hit\s+with|slapped\s+with|imposed|penali[sz]ed|asked\s+to\s+pay)"
    rf"|\b{_BODIES}\b(?:\s+[\w'\u2019-]+){{0,3}}?\s+(?:also\s+)?"
    r"(?:imposed|levied|slapped|fined|penali[sz]ed)"
    # ("platforms failing to take down CSAM within 36 hours could face a Rs 50 lakh penalty")
    rf"|\b{_PAYERS}\b[^.;:!?,]{{0,60}}?\b(?:could|may|might|will|would|shall|can)\s+"
    r"(?:also\s+)?(?:face|attract|invite|be\s+fined|be\s+penali[sz]ed))"
    r"\s+(?:(?:a|an|the)\s+)?\Z",
    re.IGNORECASE,
)


def _not_a_convicts_fine(text: str, start: int, end: int) -> bool:
    """Whether the fine or penalty at *start*..*end* is one a platform, a company or an
    institution pays, or a body other than a court imposes, in its sentence (``_PAYERS``,
    ``_BODIES``): no statement of an offender's punishment."""
    return bool(
        _PAYER_AFTER.match(text, end)
        or _BODY_AGENT_AFTER.match(text, end)
        or _OTHER_REASON_AFTER.match(text, end)
        or _PAYER_OR_BODY_BEFORE.search(text, max(0, start - 120), start)
    )


_CLAUSE_AFTER = re.compile(r"\s+clauses?\b", re.IGNORECASE)


def _fines_after(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_FINE_AFTER`` ("Rs 5,000 fine", "a Rs 50,000 penalty"), looked for only
    in the few characters before each word "fine" or "penalty" (a literal search, then a bounded
    match: linear, and cheaper than trying the pattern at every position)."""
    lowered = text.lower()
    starts: Iterable[tuple[int, int]]
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): read it as is
        starts = ((m.start(), len(m.group())) for m in _FINE_WORD.finditer(text))
    else:
        starts = heapq.merge(
            *(((at, len(word)) for at in _found_all(lowered, word)) for word in _FINE_WORDS)
        )
    last = -1
    for at, size in starts:
        # two characters past the word, so that "fine"'s "s?\b" reads "fines" and not "fined"
        window = (max(last, at - 40, 0), min(len(text), at + size + 2))
        for match in _FINE_AFTER.finditer(text, *window):
            if _CLAUSE_AFTER.match(text, match.end()):
                continue  # "a Rs 10 lakh penalty clause": a contract's (the window ends early)
            if match.start() >= last:
                last = match.end()
                yield match


def _found_all(text: str, word: str) -> Iterator[int]:
    """Every start of *word* in *text* (``str.find``, in C)."""
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + len(word))


def _each(
    pattern: re.Pattern[str], text: str, windows: Sequence[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The matches of *pattern* within *windows*, in order. A window starts at most
    ``_BEFORE_UNIT`` characters before a unit word, so a match may begin mid-word there; the
    patterns begin with a word boundary, which the window's start does not fake (the text
    before it is still seen by ``\b``)."""
    last = -1
    for low, high in windows:
        for match in pattern.finditer(text, low, high):
            if match.start() >= last:
                last = match.end()
                yield match


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether *position* is in one of *spans* (sorted, not overlapping): binary search."""
    index = bisect.bisect_right(spans, (position, len(spans) + 2**62)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _beside(
    start: int,
    end: int,
    words: Sequence[tuple[int, int]],
    word_starts: Sequence[int],
    reach: int,
) -> tuple[int, int] | None:
    """The punishment word within *reach* characters of *start*..*end*, nearest first; the
    words are sorted, so this is a binary search and a look at its two neighbours."""
    index = bisect.bisect_left(word_starts, start)
    best: tuple[int, tuple[int, int]] | None = None
    for candidate in (index - 2, index - 1, index, index + 1):
        if 0 <= candidate < len(words):
            low, high = words[candidate]
            if low - reach <= end and start <= high + reach:
                gap = max(0, low - end, start - high)
                if best is None or gap < best[0]:
                    best = (gap, (low, high))
    return best[1] if best else None


def _months(number: str, unit: str) -> float | None:
    value = _NUMBER_WORDS.get(number.lower())
    amount = float(value) if value is not None else float(number)
    if amount <= 0:
        return None
    return amount * 12 if unit.lower().startswith("y") else amount


def _days(value: object) -> int | None:
    """A number of days said, as a whole number, or None (none, or a fraction)."""
    amount = float(str(value))
    return int(amount) if amount > 0 and amount.is_integer() else None


def _hindi_value(number: str) -> float:
    """The value of a Hindi or Marathi *number*: digits (Devanagari or Latin), a number word or
    a fraction ("डेढ़"), with "साढ़े", "सवा" or "पौने" before it (``HI_NUMBER_PREFIXES``: "साढ़े
    तीन" is 3.5)."""
    prefix, _, rest = number.partition(" ")
    if rest and prefix in HI_NUMBER_PREFIXES:
        return _hindi_value(rest.strip()) + HI_NUMBER_PREFIXES[prefix]
    named = HINDI_NUMBER_WORDS.get(number) or _HI_FRACTIONS.get(number)
    if named is not None:
        return float(named)
    return float(number.translate(_HI_DIGITS).replace(",", ""))


def _hindi_months(number: str, unit: str) -> float | None:
    amount = _hindi_value(number)
    if amount <= 0:
        return None
    return amount * 12 if unit.startswith(("साल", "वर्ष")) else amount


def _hindi_rupees(amount: str, scale: str | None, lakhs: str | None = None) -> int | None:
    """The rupees of a Hindi or Marathi *amount* in *scale*, with *lakhs* before thousands
    ("1 लाख 2 हजार")."""
    total = round(_hindi_value(amount) * _HI_SCALE.get(scale or "", 1))
    if lakhs:
        total += round(_hindi_value(lakhs) * 100_000)
    return total if total >= 100 else None
