"""Money a court orders paid beside a sentence, or as the condition of an order, that is not a
fine: compensation to the victim or the victim's family, and a sum to a fund ("pay Rs 50,000
towards the Army Welfare Fund", as High Courts require when they quash a case).

Who pays is read from the text, since the law gives two payers. A criminal court may order the
accused to pay compensation (CrPC s.357(3); "directed him to pay Rs 5 lakh as compensation"); the
compensation a Special Court awards the child under POCSO s.33(8), interim compensation under
rule 9 of the POCSO Rules, 2020, and victim compensation under CrPC s.357A (BNSS s.396) are paid
by the State ("to be paid by the DLSA", "from the Victim Compensation Fund"). The accused pays
where an order tells him, the convict, the petitioner or a pronoun to pay, or tells it in the
passive ("was directed to pay"); the State where the text names it, its fund, its scheme or one of
those provisions; an award that names no payer ("awarded compensation of Rs 3 lakh to the victim")
is read with no payer. An order to anyone else (the police, a bank, a platform, a school) is none
of the accused's case and is not read.

A payment is read only where its sentence, or the one before it, names a court (or says
"sentenced" or "convicted"), a word of ordering stands before the amount in its clause, and the
order is made: not money paid already or agreed, offered, sought, demanded, claimed, proposed
("should award", "may award"), refused or set aside, not a condition of bail, not compensation to
an accused acquitted, and not a fine "as compensation" (read as the fine it is). It is never
compared with a provision's punishment: no provision lawref holds fixes it. Every pattern is a
regular expression without nested repetition, and each match looks back a bounded stretch:
linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, NamedTuple

from lawref.analysis.models import Payer, PayerWords, PaymentKind
from lawref.analysis.patterns import Keyed
from lawref.analysis.punishments.grammar import _COURT, _CUE_REACH, _rupees

# an amount in rupees: a currency word first ("Rs 5 lakh", "₹50,000", "Rs. 2,00,000/-", "Rs 5
# lacs", "Rs 50k"), and "each" after it ("Rs 1 lakh each")
_AMOUNT = (
    r"(?:\brs\.?|₹|\binr)\s?(?P<amount>(?:\d{4,9}|\d{1,3}(?:,\d{2,3})*)(?:\.\d+)?(?!\d))"
    r"(?:\s?(?P<scale>lakhs?|lacs?|crores?|thousand)|(?P<k>k)\b)?(?:/-)?(?:\s(?P<each>each))?"
)

# … with compensation after it ("Rs 5 lakh as compensation", "₹2 lakh compensation"), after
# "compensation of" ("compensation of Rs 3 lakh"), or a fund after "to"/"towards" ("Rs 50,000
# towards the Army Welfare Fund Battle Casualties")
_PAYMENT = re.compile(
    _AMOUNT
    + r"\s(?:(?:as|by\s+way\s+of|in)\s)?(?:(?:a|an|the|interim)\s)?(?P<after>compensation)\b"
    r"|(?P<before>compensation)\s(?:of\s|amounting\sto\s)?"
    + _AMOUNT.replace("?P<", "?P<o_")
    + r"|"
    + _AMOUNT.replace("?P<", "?P<f_")
    + r"\s(?:to|towards|into|in)\s(?:the\s)?"
    r"(?P<fund>(?:[\w'\u2019\"\u201c\u201d-]+\s){0,6}?fund)\b",
    re.IGNORECASE,
)

# (every form holds "compensation" or "fund", the amount and at most six words of a fund's name
# before it: scanned only around them)
_PAYMENT_SAID = Keyed(_PAYMENT, ("compensation", "fund"), before=240, after=120)

# a word of ordering before the amount in its clause ("directed him to pay", "ordered to
# deposit", "awarded", "granted", "imposed"); not "paid", which says what was done
_ORDERED = re.compile(
    r"\b(?:pay|paying|deposit|depositing|give|award|awarded|awarding|grant|granted|granting"
    r"|imposed|imposing|ordered|directed|directing|asked)\b[^.;!?\n]{0,60}\Z",
    re.IGNORECASE,
)

# the payer told to pay, right before "to pay" ("directed the state government to pay", "asked
# him to deposit"): up to four words after the order's word
_TOLD_TO_PAY = re.compile(
    r"\b(?:directed|directing|ordered|ordering|asked|asking|told|telling|instructed|required)"
    r"\s+(?P<payer>(?:[\w\[\]'\u2019.-]+\s+){1,4}?)to\s+(?:pay|deposit|give|release|disburse)\b",
    re.IGNORECASE,
)

# … or a second payer joined by "and" ("directed the state to pay Rs 7 lakh, and the accused to
# pay Rs 1 lakh")
_AND_TO_PAY = re.compile(
    r"\band\s+(?P<payer>(?:[\w\[\]'\u2019.-]+\s+){1,3}?)to\s+(?:pay|deposit|give)\b",
    re.IGNORECASE,
)

# … or in the passive, the one the clause is about ("He was also directed to pay")
_PASSIVE_ORDER = re.compile(
    r"\b(?:was|were|is|are|been|be)\s+(?:also\s+)?(?:directed|ordered|asked|told|instructed"
    r"|required)\s+to\s+(?:pay|deposit)\b",
    re.IGNORECASE,
)


class PayerSets(NamedTuple):
    """The words that name who a court tells to pay (``[analysis.payers]`` in
    ``data/conduct.toml``): the accused ("him", "the convict", "[name]", "the teacher"), the
    State ("the state government", "the DLSA"), institutions ("the school"), those who are no
    accused ("the complainant"), and the subject pronouns that name the accused before a
    passive order ("He was directed to pay"). Any other payer (the police, a bank, a platform,
    a school) is none of the accused's."""

    accused: frozenset[str]
    state: frozenset[str]
    institutions: frozenset[str]
    not_accused: frozenset[str]
    pronouns: frozenset[str]

    @classmethod
    def of(cls, words: PayerWords) -> PayerSets:
        """The sets of *words*, in lower case."""
        return cls(
            frozenset(w.lower() for w in words.accused),
            frozenset(w.lower() for w in words.state),
            frozenset(w.lower() for w in words.institutions),
            frozenset(w.lower() for w in words.not_accused),
            frozenset(w.lower() for w in words.subject_pronouns),
        )


# a possessive inside the payer's words: "the boy's father", "the girls' hostel warden"
_POSSESSIVE = re.compile(r"['\u2019]s?$|['\u2019]s\b")
# a person by age ("directed the 24-year-old to pay")
_AGED = re.compile(r"\d{1,2}-years?-old")

# the State as payer after the amount, in its clause: "to be paid by the DLSA", "from the Victim
# Compensation Fund", "under the victim compensation scheme", "under Section 357A", "under Rule 9"
_STATE_AFTER = re.compile(
    r"\bby\s+the\s+(?:state|government|govt|centre|district\s+legal|dlsa|slsa|authority)"
    r"|\b(?:from|under)\s+the\s+(?:[\w-]+\s+){0,4}?(?:fund|scheme)\b|\b357\s?-?\s?A\b"
    r"|\brule\s+9\b|\bsection\s+396\s+(?:of\s+(?:the\s+)?)?(?:bnss|bharatiya\s+nagarik)",
    re.IGNORECASE,
)

# … or the accused, named after the amount as the one who pays: "to be paid by the accused",
# "recovered from the convict" (it wins over a scheme named as well; review 2026-12-28b M5)
_ACCUSED_AFTER = re.compile(
    r"(?:\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?,?\s+"
    r"(?:to\s+be\s+|shall\s+be\s+|be\s+|which\s+(?:is|shall\s+be)\s+)?"
    r"(?:paid|payable|recovered|recoverable|realised|realized|deposited)"
    r"(?:\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:by|from)\s+(?:the\s+)?"
    r"(?P<who>accused|convicts?|offenders?|him|them)\b",
    re.IGNORECASE,
)

# where a clause of its own begins before the order's word: its subject is the one who orders
# ("…, and the Chief Minister also awarded Rs 4 lakh": not the court; review 2026-12-28b M4)
_PARTICIPLE = re.compile(r"(?:also\s+)?[a-z]+ing\b", re.IGNORECASE)
# (not a verb that goes on with the court's subject: "…, and directed him to pay"; review
# 2026-12-28c M1)
_CLAUSE_BREAK = re.compile(
    r"(?:[,;]\s+(?:and|but|while|whereas)\s|;\s)"
    r"(?!(?:it\s+)?(?:also\s+)?(?:directed|ordered|awarded|asked|granted|imposed)\b)",
    re.IGNORECASE,
)
# a subject that stands for the court named before, opening the order's clause: "It also
# directed …", "The judgment also directed …" (not "The state government, citing the court's
# order, awarded …"; review 2026-12-28d M)
# the executive as the clause's subject: its award is no court's, whatever court it cites ("The
# state government, citing the court's order, awarded …"; review 2026-12-28d M)
_EXECUTIVE_SUBJECT = re.compile(
    r"\s*(?:the\s+)?(?:(?:state|central|union|district)\s+)?(?:government|govt|department"
    r"|ministry|minister|chief\s+minister|collector|commission|ncpcr|administration|police"
    r"|women\s+and\s+child)\b",
    re.IGNORECASE,
)
# a court named as the one that acts, not cited by its possessive ("citing the court's order")
_COURT_ACTING = re.compile(
    r"\b(?:court|judge|bench|magistrate|board|tribunal|jjb)\b(?!['\u2019]s)", re.IGNORECASE
)
# the executive's reporting verb right after it ("Police said", "The police officials stated",
# "… informed reporters that"): what follows is what it reports, not what it does; not "informed
# the High Court that", which tells the court
_REPORTING_AFTER = re.compile(
    r"\s*,?\s*(?:(?:officials?|officers?|sources|spokesperson|spokesman)\s+)?"
    r"(?:said|says|stated|states|added|noted|reported|revealed|confirmed|claimed"
    r"|(?:informed|told)(?:\s+(?:reporters|journalists|newspersons|the\s+media|media))?"
    r"\s+that)\b",
    re.IGNORECASE,
)
_COURT_PRONOUN = re.compile(
    r"\s*(?:(?:in\s+its\s+(?:order|judgment|judgement|verdict)|further|besides|additionally"
    r"|moreover|also)\s*,\s*)?(?:it|the\s+(?:judgment|judgement|verdict|bench))\b",
    re.IGNORECASE,
)

# interim compensation is the State's (POCSO Rules, 2020, r.9(1))
_INTERIM = re.compile(r"\binterim\b", re.IGNORECASE)

# a payment not ordered: sought, demanded, claimed, agreed, offered, proposed, refused or set aside
# in the words before the amount ("sought Rs 10 lakh compensation", "agreed to pay", "should award")
_NOT_ORDERED = re.compile(
    r"\b(?:sought|seeks?|seeking|demand|demanded|demanding|demands|claim|claimed|claiming"
    r"|claims|refused|refusing|declined|declining|rejected|rejecting|denied|denying|agreed"
    r"|agreeing|agrees|offered|offering|offers|proposed|proposing|recommended|recommending"
    r"|argued|urged|prayed|should|may|might|could|would|can|set\s+aside|setting\s+aside"
    r"|quashed\s+the\s+direction|paid)\b"
    r"|\b(?:not|no|never|nor)\s+(?:\w+\s+){0,2}\Z",
    re.IGNORECASE,
)

# the words of a sentence that make the money no punishment of the accused: bail, an acquittal,
# a compromise, an order undone ("set aside the trial court's direction to pay")
_NOT_PUNISHMENT = re.compile(
    r"\b(?:bail|acquitted|acquittal|acquitting|compromise|settlement|wrongful|falsely"
    r"|set\s+aside|setting\s+aside|stayed|overturned|reversed|civil\s+court"
    r"|consumer\s+(?:court|forum|commission)|motor\s+accidents?)\b",
    re.IGNORECASE,
)

# a fine right before the amount: "a fine of Rs 20,000 as compensation" is the fine, paid over
_FINE_BEFORE = re.compile(r"\bfined?\s+(?:of\s+)?\Z", re.IGNORECASE)

# compensation to the accused ("awarded Rs 10 lakh compensation to the accused"), matched at the
# amount's end (no "\A", which would never match past the text's start)
_TO_THE_ACCUSED = re.compile(r"[^.;!?\n]{0,30}?\bto\s+(?:the\s+)?(?:accused|him)\b", re.IGNORECASE)

_SENTENCED = re.compile(r"\b(?:sentenced|convicted|convicting|quashed|quashing)\b", re.IGNORECASE)

# a sentence's end: a stop and a space, not after an initial or a title ("Dr. R.K. Sharma")
_STOP = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bMrs)[.!?\u0964]\s")


# a court named as a place or an addressee, not acting: "before a court", "in the court"
_COURT_AS_PLACE = re.compile(
    r"\b(?:before|in|to|into|at|from|outside)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
_WHICH_ACTS = re.compile(r"\s*,?\s*(?:which|that)\b", re.IGNORECASE)
# the executive named anywhere after the court ("… and the state government awarded …")
_EXECUTIVE_WORD = re.compile(
    r"\b(?:government|govt|department|ministry|minister|collector|commission|ncpcr"
    r"|administration)\b",
    re.IGNORECASE,
)


def _reports_a_court(clause: str) -> bool:
    """Whether *clause*, which opens with the executive as its subject, reports a court's order:
    a reporting verb right after the executive, then a court acting ("Police said that on
    Monday the fast-track court awarded …", "… said the accused was convicted by the court,
    which awarded …")."""
    executive = _EXECUTIVE_SUBJECT.match(clause)
    if executive is None:
        return False
    reporting = _REPORTING_AFTER.match(clause, executive.end())
    if reporting is None:
        return False
    # the court as a subject, not a place ("produced before a court"), and no executive named
    # after it to award ("… and the state government awarded"; review 2026-12-29b M5)
    court = None
    for found in _COURT_ACTING.finditer(clause, reporting.end()):
        if (
            _COURT_AS_PLACE.search(clause, max(0, found.start() - 30), found.start()) is None
            # (a court as a place that then acts: "produced in court, which sentenced him";
            # review 2026-12-29c M7)
            or _WHICH_ACTS.match(clause, found.end()) is not None
        ):
            court = found
    return court is not None and _EXECUTIVE_WORD.search(clause, court.end()) is None


def _names_the_court(sentence: str) -> bool:
    """Whether *sentence* names a court as the one a later "it" stands for: a court (its
    possessive too: "The special POCSO court's verdict came on Monday.") where the executive is
    not its subject, or a court the executive reports acting ("Police said the court sentenced
    him …")."""
    if _EXECUTIVE_SUBJECT.match(sentence) is None:
        return _COURT.search(sentence) is not None
    return _reports_a_court(sentence)


@dataclass(frozen=True, slots=True)
class Payment:
    """A payment a court ordered: where its words are, how much, what for, and who pays."""

    start: int
    end: int
    inr: int
    kind: PaymentKind
    payer: Payer | None


def payments(text: str, payers: PayerSets) -> Iterator[Payment]:
    """Every payment a court orders in *text* (see the module's docstring), its payer named by
    the words of *payers*."""
    for match in _PAYMENT_SAID.finditer(text):
        amount = match["amount"] or match["o_amount"] or match["f_amount"]
        scale = match["scale"] or match["o_scale"] or match["f_scale"]
        if match["k"] or match["o_k"] or match["f_k"]:
            scale = "thousand"  # "Rs 50k"
        value = _rupees(amount, scale)
        if value is None:
            continue
        first = match.start() if match["before"] is None else match.start("before")
        before = text[max(0, first - _CUE_REACH) : first]
        pieces = _STOP.split(before)
        sentence = pieces[-1]
        cue = _ORDERED.search(sentence)
        if cue is None or _FINE_BEFORE.search(sentence) is not None:
            continue
        clause_end = _clause_end(text, match.end())
        if (
            _NOT_ORDERED.search(sentence, max(0, cue.start() - 40)) is not None
            or _NOT_ORDERED.search(sentence[: cue.start()], max(0, cue.start() - 20)) is not None
            or _NOT_PUNISHMENT.search(sentence) is not None
            or _NOT_PUNISHMENT.search(text, match.end(), clause_end) is not None
            or _TO_THE_ACCUSED.match(text, match.end()) is not None
        ):
            continue
        payer = _payer(sentence, cue.start(), payers)
        if payer == "other":
            continue
        earlier = pieces[-2] if len(pieces) > 1 else ""
        if _PASSIVE_ORDER.search(sentence, max(0, cue.start() - 30)) is not None:
            # "He was also directed to pay …": a court in its sentence or the one before
            ordered = any(
                _COURT.search(said) or _SENTENCED.search(said) for said in (sentence, earlier)
            )
        else:
            # "The court awarded …", "The court directed the state to pay …": the one who orders
            # is a court, in the order's own clause
            breaks = [
                m.end()
                # (the whole sentence searched, so that the look ahead sees the order's word)
                for m in _CLAUSE_BREAK.finditer(sentence)
                # (not a participle that goes on with the clause's subject: "…, while also
                # asking him to pay Rs 50,000"; dev)
                if m.end() <= cue.start() and not _PARTICIPLE.match(sentence, m.end())
            ]
            own = sentence[breaks[-1] if breaks else 0 : cue.start()]
            executive = _EXECUTIVE_SUBJECT.match(own)
            # (a court acting after the executive's words and a reporting verb reports the
            # court's order: "Police said (that) on Monday the fast-track court awarded …";
            # reviews 2026-12-28e M1, 29a M2; not a court the executive acts on or tells: "The
            # state government, acting on the High Court directions, awarded …", "… informed
            # the High Court that it had awarded …"; 28f M3, 29a M4)
            ordered = (executive is None or _reports_a_court(own)) and (
                _COURT.search(own) is not None
                or _SENTENCED.search(own) is not None
                or (
                    # "Further, it directed …" after a sentence a court acts in, or one that
                    # reports a court ("Police said the court sentenced him …"), not the
                    # Commission's after "The NCPCR welcomed the court's verdict." (28f M4)
                    _COURT_PRONOUN.match(own) is not None
                    and any(_names_the_court(said) for said in (sentence, earlier))
                )
            )
        if not ordered:
            continue
        accused_after = _ACCUSED_AFTER.match(text, match.end(), clause_end)
        interim = _INTERIM.search(text, max(0, match.start() - 12), match.end()) is not None
        if payer is None and (
            accused_after is not None
            # (a pronoun does not name the accused over interim compensation's payer: "… be paid
            # to the survivor by them", the authorities; review 2026-12-29a M3)
            and not (interim and accused_after["who"].lower() in ("him", "them"))
        ):
            # "…, to be paid by the accused", "… to the victim, recovered from the convict": the
            # payment's own participle right after it, where no payer was told to pay; it wins
            # over a scheme named later, not a fine's "payable by the accused" (reviews
            # 2026-12-28b M5, 28c H2, 28d H2, 28e H2), and over interim compensation's payer
            # by rule: the text names who pays (review 2026-12-28f L1)
            payer = "accused"
        elif payer is None and interim:
            payer = "state"  # interim compensation (POCSO Rules, 2020, r.9(1))
        elif payer is None and _STATE_AFTER.search(text, match.end(), clause_end) is not None:
            payer = "state"
        yield Payment(
            match.start(),
            match.end(),
            value,
            "fund" if match["fund"] else "compensation",
            payer,
        )


def _payer(sentence: str, cue: int, payers: PayerSets) -> Payer | Literal["other"] | None:
    """Who the words before the amount tell to pay: the one between the order's word and "to
    pay" nearest the amount ("directed the accused to pay" → the accused; "the state government
    to pay" → the State; "the bank to pay" → another), or the passive's subject ("was directed
    to pay" → the accused); none where the order names no payer ("awarded compensation")."""
    found = [
        *_TOLD_TO_PAY.finditer(sentence, max(0, cue - 60)),
        *_AND_TO_PAY.finditer(sentence, max(0, cue - 60)),
    ]
    told = max(found, key=lambda m: m.end()) if found else None  # the one nearest the amount
    if told is not None:
        return _payer_named(told["payer"].split(), payers)
    passive = _PASSIVE_ORDER.search(sentence, max(0, cue - 30))
    if passive is not None:
        # the passive's subject, the words before "was/were … directed" ("He was also directed
        # to pay" → the accused; "The state was asked to pay" → the State; "the bank was
        # ordered to pay" → another; review 2026-12-28b H4)
        subject = {w.strip(".,'\u2019").lower() for w in sentence[: passive.start()].split()[-4:]}
        if subject & payers.state:
            return "state"
        if subject & (payers.accused | payers.pronouns):
            return "accused"
        return "other"
    return None


def _payer_named(said: list[str], payers: PayerSets) -> Payer | Literal["other"]:
    """Who the words *said* ("the school teacher", "the state government") name, by their head,
    the last word: the State where it is the State's ("the state government", not "the
    government school teacher"); another where a word possesses ("the boy's father"), names
    one who is no accused ("the complainant woman"), or the head is an institution or no
    accused's word ("the school", "the school principal", "the call centre owner"); the
    accused where a word is the accused's or an age ("the school teacher", "the 24-year-old";
    reviews 2026-12-30a H4, M1, 30c H6, M2)."""
    words = [w.strip(".'\u2019").lower() for w in said]
    head = words[-1] if words else ""
    if head in payers.state or (len(words) > 2 and words[-3:-1] == ["state", "of"]):
        return "state"  # (and "the State of Maharashtra"; review 2026-12-30d M2)
    if any(_POSSESSIVE.search(w) for w in said) or head in payers.institutions:
        return "other"
    if set(words) & _CONVICTED:
        return "accused"  # "the convict father", "the convicted police officer"
    if set(words) & payers.not_accused:
        return "other"
    if set(words) & payers.accused or _AGED.fullmatch(head):
        # (an age only as the head: "the 24-year-old", not "the 38-year-old husband"; review
        # 2026-12-30d H11)
        return "accused"
    return "other"


# the words that name the one convicted, whatever else the payer's words say
_CONVICTED = frozenset({"accused", "convict", "convicts", "convicted"})


def _clause_end(text: str, at: int) -> int:
    """Where the clause after *at* ends: a stop, a semicolon or a line's end, at most 120
    characters on."""
    end = min(len(text), at + 120)
    stop = re.compile(r"[.;!?\n]").search(text, at, end)
    return stop.start() if stop is not None else end
