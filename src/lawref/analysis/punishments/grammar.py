"""The grammar of a stated punishment that more than one step of reading it shares: numbers,
units, limits ("up to", "not less than"), the words around a term, and the bounds of a sentence
and a clause. Every pattern is a regular expression without nested repetition.
"""

from __future__ import annotations

import re

from lawref.numbers import HINDI_NUMBER_WORDS, NUMBER_WORDS

_NUMBER_WORDS = NUMBER_WORDS

_NUM = r"(?:\d{1,3}(?:\.\d)?|" + "|".join(_NUMBER_WORDS) + r")"

_UNIT = r"(?:years?|yrs?|months?)"

_COURT = re.compile(r"\b(?:court|judge|bench|magistrate|board|tribunal|jjb)\b", re.IGNORECASE)

# a sentence's end between a punishment word and a term: a stop, then a capital
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")

# Hindi: a term joined to its punishment word ("पांच साल तक की सजा", "कम से कम दस वर्ष का कठोर
# कारावास", "20 साल कैद"), a fine ("दस लाख रुपये तक का जुर्माना", "5000 रुपये अर्थदंड"), life
# and death ("आजीवन कारावास", "फांसी की सजा"), each read only where the text has a Devanagari
# letter. Hindi letters for the lookarounds: the Devanagari block without its danda and digits.
_HI = "\u0900-\u0963\u0971-\u097f"

_HI_FRACTIONS = {"डेढ़": 1.5, "ढाई": 2.5}

_HI_NUMBER = (
    "(?:[0-9\u0966-\u096f]{1,3}(?:\\.\\d)?|"
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

# where a sentence turns from a sentence passed to what the accused now faces: a comma or "and"
# (and "now") right before "faces" ("[name], jailed for two years in 2019, faces up to seven
# years under Section 67B", "was jailed for two years last year and now faces up to five
# years"): the term passed and the term faced are two statements (review 2026-12-18d, carried)
_PROSPECT_TURN = re.compile(
    r"(?:,|\s+and)\s+(?:now\s+)?(?=(?:faces|facing|(?:could|may|might|will|would)\s+face)\b)",
    re.IGNORECASE,
)
# … and the same turn seen from the verb: what stands right before "faces" when it follows one
_PROSPECT_TURN_BEFORE = re.compile(
    r"(?:,|\s+and)\s+(?:now\s+)?(?:(?:could|may|might|will|would)\s+)?\Z", re.IGNORECASE
)
