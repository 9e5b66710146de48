"""The grammar of a stated punishment that more than one step of reading it shares: numbers,
units, limits ("up to", "not less than"), the words around a term, the bounds of a sentence
and a clause, and the turns between clauses where one statement ends and another begins (all
in one place, so that a reading split at a turn is found here). Every pattern is a regular
expression without nested repetition.
"""

from __future__ import annotations

import re

from lawref.numbers import HINDI_NUMBER_WORDS, NUMBER_WORDS

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

# the words one to ninety-nine: a term or a fine in words may be a compound ("twenty-five
# years", "fifty thousand rupees"), which read by its last word alone would be five (review
# 2026-12-25a M4)
_NUMBER_WORDS: dict[str, int] = {
    **{
        f"{tens}{joint}{unit}": value + NUMBER_WORDS[unit]
        for tens, value in _TENS.items()
        for unit in _UNITS
        for joint in ("-", " ")
    },
    **NUMBER_WORDS,
    **_TENS,
}

# the words as one compact pattern, the tens with an optional unit after them, so that a term's
# pattern tries a few alternatives at a word, not one per compound (a long alternation of the
# 144 compounds made every stated punishment's scan a third slower)
_NUMBER_WORD = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[ -](?:"
    + "|".join(_UNITS)
    + r"))?|"
    + "|".join(sorted(NUMBER_WORDS, key=lambda w: (-len(w), w)))
    + r")"
)

_NUM = r"(?:\d{1,3}(?:\.\d)?|" + _NUMBER_WORD + r")"

_UNIT = r"(?:years?|yrs?|months?)"

# (and a judge by name: "Justice Anil Kumar Ojha reduced the sentence …"; not the Juvenile
# Justice Act; survey of unseen reports, 2027-01-06)
_COURT = re.compile(
    # ("HC" the High Court, not a Head Constable: "HC Ramesh Kumar", "the traffic HC"; review
    # 2027-01-06c M2)
    r"\b(?:court|judge|bench|magistrate|board|tribunal|jjb)\b"
    r"|(?<!\btraffic\s)(?<!\bpolice\s)(?<!\basi\s)\bhc\b(?!\s+(?-i:[A-Z]))"
    # (not a committee, a commission or a trust named after a judge: "the Justice Verma
    # Committee", "Justice For Children Foundation"; review 2027-01-06b H6)
    r"|(?<!\bjuvenile\s)\bjustices?\s+(?!(?:act|board|system|delivery|department|for|and)\b)"
    r"(?-i:[A-Z])(?![\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3}?\s+(?:committee|commission"
    r"|foundation|panel|trust|report|society)\b)",
    re.IGNORECASE,
)

# a sentence's end between a punishment word and a term: a stop, then a capital
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")

# Hindi: a term joined to its punishment word ("पांच साल तक की सजा", "कम से कम दस वर्ष का कठोर
# कारावास", "20 साल कैद"), a fine ("दस लाख रुपये तक का जुर्माना", "5000 रुपये अर्थदंड"), life
# and death ("आजीवन कारावास", "फांसी की सजा"), each read only where the text has a Devanagari
# letter. Hindi letters for the lookarounds: the Devanagari block without its danda and digits.
_HI = "\u0900-\u0963\u0971-\u097f"

_HI_FRACTIONS = {"डेढ़": 1.5, "ढाई": 2.5}

# "साढ़े" (and a half), "सवा" (and a quarter), "पौने" (less a quarter) before a number are part of
# it: "साढ़े तीन साल" is three and a half years, "साढ़े सात सौ रुपये" 750 rupees (review
# 2027-01-03b H6; Marathi "साडे", "सव्वा", "पावणे", 03c M1)
HI_NUMBER_PREFIXES = {
    "साढ़े": 0.5,
    "साढ़े": 0.5,
    "साढे": 0.5,
    "साडे": 0.5,
    "सवा": 0.25,
    "सव्वा": 0.25,
    "पौने": -0.25,
    "पावणे": -0.25,
    "पाउणे": -0.25,
}

_HI_NUMBER = (
    "(?:(?:"
    + "|".join(sorted(HI_NUMBER_PREFIXES, key=lambda w: (-len(w), w)))
    + ")\\s)?(?:[0-9\u0966-\u096f]{1,3}(?:\\.\\d)?|"
    + "|".join(sorted([*HINDI_NUMBER_WORDS, *_HI_FRACTIONS], key=lambda w: (-len(w), w)))
    + ")"
)

_HAS_HINDI = re.compile("[\u0900-\u097f]")

_CUE_REACH = 400

# words that say a statement is of the law: "carries", "punishable with", "provides", "the
# punishment is", "may extend to"; "प्रावधान", "सजा है", "होती है", "हो सकती है" (not "दंडित किया
# जाता है", which a judge's reported order uses too)
_LAW_WORDED = re.compile(
    r"\b(?:carr(?:y|ies)|punishable|provides?|provided|prescribes?|prescribed|entails?|attracts?"
    r"|invites?|punishment\s+(?:is|of|for|under)|penalty\s+(?:is|of|for|under)|may\s+extend"
    r"|up\s*to|maximum|minimum|faces?|facing)\b"
    rf"|प्रावधान|तरतूद|(?<![{_HI}])(?:होती|होता|सकती|सकता|सकते)(?![{_HI}])|सजा\sहै",
    re.IGNORECASE,
)

# Turns between clauses in English, each where one statement of a punishment ends and another
# begins. Five readers use them, each its own set of words:
# - a turn between a sentence passed and the law, for ``imposed._english_turn`` ("sentenced to two
#   years, though the law provides a maximum of five", "the offence carries up to seven years, but
#   the court sentenced him to three")
_EN_TURN = re.compile(
    r",?\s(?:though|although|even\s+though|while|whereas|but|even\s+as)\b", re.IGNORECASE
)
# - … and a sentence that opens with the concession, turning at its first comma: "Though the
#   offence carries up to seven years in jail, the court sentenced him to three years" (review
#   2026-12-08b M7)
_EN_LEADING_TURN = re.compile(
    r"[\s\"'\u201c]*(?:though|although|even\s+though|while|whereas)\b[^,;.]{1,200}(?P<comma>,)",
    re.IGNORECASE,
)
# - a turn to another provision, for ``reader._provision_turns`` (", while Section 67B provides
#   …", "; Section 67A …")
_PROVISION_TURN = re.compile(
    r",?\s(?:though|although|even\s+though|while|whereas|but|and)\b|;", re.IGNORECASE
)
# - a turn between a term and a punishment word after it, which is then the next clause's ("up to
#   three years, while the punishment under Section 67B … is up to five years"; review
#   2026-12-18c H14), for ``reader.PunishmentReader._parts``
_TURN_AFTER_TERM = re.compile(
    r",\s*(?:while|whereas|but|though|although|and)\b|;|\bwhile\b|\bwhereas\b", re.IGNORECASE
)
# - a turn between a statement and the reference after it, which is then another clause's, for
#   ``compare._provision_in``
_TURN_TO = re.compile(r",?\s(?:but|while|whereas|though|although)\b|;", re.IGNORECASE)
# - where a sentence turns from a sentence passed to what the accused now faces: a comma, "and"
# or "but" (and "now") right before "faces", or a new subject of up to three words after the
# comma or the turn word ("[name], jailed for two years in 2019, faces up to seven years under
# Section 67B", "was jailed for two years last year and now faces up to five years", "…, but now
# faces", "Jailed for three years in 2019, the accused now faces …", "…, while his associate
# faces …"): the term passed and the term faced are two statements (reviews 2026-12-18d,
# 2026-12-19a, carried)
_PROSPECT_OPENING = (
    r"(?:,(?:\s+(?:and|but|while|whereas))?|\s+(?:and|but|while|whereas))\s+"
    # (not the one sentenced, nor a term in default of a fine: "…, and the convict now faces
    # five years behind bars" restates the sentence; "…, and in default faces six months more";
    # review 2026-12-20a M3)
    r"(?!(?:the\s+)?(?:convicts?|convicted)\b(?!['\u2019]s)|in\s+default\b)"
    r"(?:(?:the|his|her|their|its|an?|another|other)\s+)?(?:[\w'\u2019\[\]-]+\s+){0,2}?"
    r"(?:(?:is|are)\s+)?(?:now\s+)?"
)
_PROSPECT_TURN = re.compile(
    _PROSPECT_OPENING + r"(?=(?:faces?|facing|(?:could|may|might|will|would)\s+face)\b)",
    re.IGNORECASE,
)
# … and the same turn seen from the verb: what stands right before "faces" when it follows one
_PROSPECT_TURN_BEFORE = re.compile(
    _PROSPECT_OPENING + r"(?:(?:could|may|might|will|would)\s+)?\Z", re.IGNORECASE
)
# a section named with its number ("Section 67B", "u/s 15"): a half of a sentence split where it
# turns to "faces" that names one is read for its own provision and tiers, not the other half's
# ("sentenced to three years under Section 12 of the POCSO Act, and faces up to five years under
# Section 67B": the five years are s.67B's; review 2026-12-19a H2, H6)
_SECTION_NAMED = re.compile(r"\b(?:sections?|secs?\.?|u/s|s\.)[\s-]?\d", re.IGNORECASE)


_SCALE = {"lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}


def _rupees(amount: str, scale: str | None, thousands: str | None = None) -> int | None:
    """The rupees of *amount* in *scale* ("ten" "lakh"; "lac" is a lakh), with *thousands* more
    after a lakh or a crore ("two lakh fifty thousand"); none below a hundred."""
    named = _NUMBER_WORDS.get(amount.lower())  # "ten lakh rupees"
    value = float(named) if named is not None else float(re.sub(r"[,\s]", "", amount))
    word = (scale or "").lower()
    if word.startswith("lac"):
        word = "lakh"  # "Rs 5 lacs"
    factor = _SCALE.get(word, 1000 if word == "thousand" else 1)
    total = round(value * factor)
    if thousands:
        more = _NUMBER_WORDS.get(thousands.lower())
        total += round((float(more) if more is not None else float(thousands)) * 1000)
    return total if total >= 100 else None
