"""The punishments a report states ("imprisonment up to five years and a fine of up to Rs 10
lakh", "a ten-year jail term", "six months to one year", "life imprisonment", "hanged till
death"), read into numbers and compared with what the law provided on the date.

A statement is read within one sentence: a term with a punishment word beside it, a fine with an
amount, a range of terms, or imprisonment for life or death. The words that name punishments
are in ``data/conduct.toml`` ``[analysis]`` (``punishment_words``); the grammar of numbers,
units and limits ("up to", "not less than") is here. Every pattern is a regular expression
without nested repetition: time is linear in the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from lawref.analysis.devanagari import devanagari_paragraphs
from lawref.analysis.models import StatedPunishment, StatuteReference
from lawref.numbers import HINDI_NUMBER_WORDS, NUMBER_WORDS
from lawref.statutes.models import Imprisonment, Penalty, PenaltyTier
from lawref.statutes.phrases import format_days, format_inr, format_penalty, format_term

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.statutes.book import Statutes

_NUMBER_WORDS = NUMBER_WORDS
_NUM = r"(?:\d{1,3}(?:\.\d)?|" + "|".join(_NUMBER_WORDS) + r")"
_UNIT = r"(?:years?|yrs?|months?)"
_UP_TO = (
    r"(?:up\s?to|upto|of\s+up\s+to|which\s+may\s+extend\s+to|may\s+extend\s+to|extending\s+to"
    r"|extendable\s+to|a\s+maximum\s+of|maximum\s+of|maximum|max\.?\s+of|not\s+exceeding)"
)
_AT_LEAST = (
    r"(?:not\s+less\s+than|(?:shall\s+)?not\s+be\s+less\s+than|a\s+minimum\s+of|minimum\s+of"
    r"|minimum|at\s+least)"
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
_TERM = rf"(?:(?P<limit>{_UP_TO}|{_AT_LEAST})\s)?(?P<n>{_NUM})[\s-](?P<unit>{_UNIT})"
_RANGE = re.compile(
    rf"\b(?P<n1>{_NUM})(?:[\s-](?P<u1>{_UNIT}))?(?:\s(?:to|and)\s|\s?[-\u2013]\s?)(?P<n2>{_NUM})"
    rf"[\s-](?P<u2>{_UNIT})\b",
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
    r"\bpunishment\b(?:(?!\b(?:is|are|was|were|because|whether|if|than|and|or|awarded|given"
    r"|handed|imposed|period|age)\b)[^.;:,!?\n]){0,120}?\s(?:is|will\s+be)\s+(?:an?\s+)?"
    r"(?:(?P<bound>minimum|maximum)\s+(?:of\s+)?)?\Z",
    re.IGNORECASE,
)
_PUNISHMENT_IS_REACH = 160
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
# … and not a time allowed ("requires trials to be completed within a one-year maximum"; review
# 2026-12-14f H7; ages and platforms named near a law's bound are no sign: 14g H7)
_NO_TERM_NEAR = re.compile(r"\bwithin\s+(?:an?\s+|the\s+)?\S*\Z", re.IGNORECASE)
# a term's bound said right after it ("a seven-year maximum in prison", "a 20-year minimum"):
# the term is a maximum or a minimum
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
# a sentencing cue in the clause right before "maximum", with no punctuation between
_IMPOSED_JUST_BEFORE = re.compile(
    r"\b(?:sentenced|awarded|awarding|imposed|imposing|handed|gave|jailed)\b[^.,;:!?]*\Z",
    re.IGNORECASE,
)
# the same for a maximum ("carries a maximum punishment of seven years"): the term is a limit
# (and, as for a minimum, not after a denial: "no maximum sentence of …")
_MAXIMUM_BEFORE = re.compile(r"\b(?:maximum|max\.)\s+(?:\w+\s+)?\Z", re.IGNORECASE)
# "no minimum", "no fixed minimum", "does not prescribe any minimum": none
_NO_MINIMUM = re.compile(r"\b(?:no|not|any|without)\b[\w\s]{0,20}\Z", re.IGNORECASE)
# words after an Act's name that make it the law a statement is said of ("… and the POCSO Act,
# which provides …"); with none, the name is a court's, a case's or a charge's ("the special POCSO
# court", "Special Court (POCSO)") and takes no statement
_LAW_AFTER = re.compile(
    r",?\s*(?:which|that|provides?|prescribes?|lays\s+down|under\s+which)\b", re.IGNORECASE
)
# a plural verb of the law after two references: the statement is said of them together ("booked
# under Section 67B of the IT Act and Section 292 of the IPC, which provide up to five years"),
# so it is compared with neither alone
_SAID_OF_ALL = re.compile(
    r"\b(?:which|that)\s+(?:together\s+|both\s+|each\s+)?(?:provide|prescribe|carry|attract"
    r"|entail|invite|stipulate)\b|\bboth\s+of\s+which\b",
    re.IGNORECASE,
)
# "-old" or " old" after a term makes it an age ("a 47-year-old tailor", "7 years old")
_AGE_AFTER = re.compile(r"[\s-]?old\b", re.IGNORECASE)
_UNIT_WORD = re.compile(rf"\b{_UNIT}\b", re.IGNORECASE)
# The longest a term can run before its unit: "which may extend to twenty years" (35) and a range
# "six months to one year" (22), with room to spare.
_BEFORE_UNIT = 60
_TERM_RE = re.compile(rf"\b{_TERM}\b", re.IGNORECASE)
_FINE = re.compile(
    r"\b(?:fine(?:s)?\s(?:of\s)?|penalty\sof\s|fined\s(?:(?:him|her|them)\s)?"
    r"(?:(?:a\s)?(?:sum|penalty|amount)\s(?:of\s)?)?)"
    r"(?:(?P<limit>" + _UP_TO + r"|" + _AT_LEAST + r")\s)?"
    # "Rs 10,000", and "Rs 10, 000" as some pages print it (one or two digits, a comma and a
    # space, then three digits: "Rs 200, 500 and 1,000" are three amounts)
    r"(?:rs\.?|₹|inr|rupees)?\s?(?P<amount>\d{1,2},\s\d{3}\b|\d{1,3}(?:,\d{2,3})*(?:\.\d+)?|(?:"
    + "|".join(sorted(_NUMBER_WORDS, key=lambda w: (-len(w), w)))
    + r")\b)"
    r"(?:\s?(?P<scale>lakhs?|crores?|thousand))?",
    re.IGNORECASE,
)
# an amount before the word: "Rs 5,000 fine", "₹10 lakh as fine", "Rs. 15,000/- fine" (a
# currency mark first)
_FINE_AFTER = re.compile(
    r"(?:\brs\.?|₹|\binr)\s?(?P<amount>\d{1,2},\s\d{3}\b|\d{1,3}(?:,\d{2,3})*(?:\.\d+)?)"
    r"(?:\s?(?P<scale>lakhs?|crores?|thousand))?(?:/-)?\s(?:as\s)?(?:a\s)?fines?\b(?P<limit>(?!))?",
    re.IGNORECASE,
)
_FINE_WORD = re.compile("fine", re.IGNORECASE)
_LIFE = re.compile(
    r"\b(?:life\s+imprisonments?|imprisonment\s+(?:for|till|until)\s+(?:the\s+)?(?:(?:remainder|rest)"
    r"\s+of\s+(?:his|her|their)\s+)?(?:natural\s+)?life|life\s+terms?|life\s+sentences?"
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
_UNSTATED = re.compile(
    r"\b(?:face|faces|attract|attracts|invite|invites|land\s+(?:one|them|him|you)\s+in)\s+"
    r"(?:police\s+action\s+and\s+)?(?:jail|imprisonment|prison)\b",
    re.IGNORECASE,
)
# A sentence a court imposed, reported: a sentencing word before the statement's end in its
# sentence ("sentenced him to three years", "was sentenced to six years", "fined Rs 5,000");
# "imposed", "awarded", "handed down" only after a court in the sentence ("the court imposed a
# fine of Rs 10,000"; "the 2019 amendment imposed …" is law). Not after a word of what may be
# ("could be sentenced", "sought"), and with no word of the law between ("sentenced under Section
# 67B, which provides …").
_IMPOSED = re.compile(
    # ("in default of payment of fine, he shall undergo …": a court's order for the fine unpaid)
    r"\b(?:(?P<sure>sentenced|fined|jailed|in\s+default|(?:was|were|been)\s+awarded"
    # a fine ordered ("was directed to pay a fine of Rs 15 lakh"; not "paid", said of any
    # fine: "paid a Rs 500 fine for riding without a helmet"), and a term got or given right
    # before it ("got seven years in jail", "was given 7 years RI"; "got the videos …" is none)
    r"|(?:was|were|been)\s+(?:ordered|directed|asked|made)\s+to\s+pay|let\s+off\s+with"
    rf"|(?:got|(?:was|were)\s+given)(?=\s+(?:an?\s+)?(?:{_NUM}[\s-]{_UNIT}|(?:jail|prison)\s+term"
    r"|rigorous|simple\s+imprisonment|life\b)))"
    # "the court directed the accused to pay": an order to pay only after a court ("the accused
    # asked the girl to pay a fine of Rs 50,000" is a demand)
    # (and what a higher court did to a sentence: "which the High Court commuted to life
    # imprisonment", "the Supreme Court restored the death sentence", "upheld")
    r"|(?P<court>awarded|awarding|imposed|imposing|handed\s+down|slapped|pronounced|pronouncing"
    # (… only of a sentence passed: "upheld the death sentence awarded to", "restored the
    # conviction and the sentence", "commuted it to life"; not "upheld the death penalty
    # provision" or "the amendment that introduced death penalty": review 2026-12-13a H3)
    # (… and of a term passed: "upheld the 20-year jail term awarded to", "the life imprisonment
    # awarded", "the death penalty given to", "the trial court's order sentencing him"; review
    # 2026-12-13b H6)
    r"|(?:commuted|restored|upheld|confirmed)(?=\s+to\b|\s+(?:it|them)\s+to\b"
    r"|\s+(?:(?:the|his|her|their|a|its|both)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:sentences?|sentencing|conviction|convictions|punishment|(?:imprisonment|jail\s+term"
    r"|term|RI)\s+(?:awarded|imposed|given|handed))\b"
    r"|\s+(?:(?:the|his|her|their|a)\s+)?(?:death\s+)?penalty\s+(?:awarded|imposed|given|handed))"
    # "the court gave the accused three years", "gave five years of RI to the accused": a term
    # right after "gave" or an object of up to four words (not "gave bail to the accused after
    # he spent two years in jail", "gave him time")
    # … or an object and one aside between commas ("gave the 40-year-old, a resident of Pune
    # who ran a Telegram channel, six years' RI")
    rf"|(?:gave|handed)(?=\s+(?:(?:(?!bail\b|relief\b|time\b)[\w'\u2019,-]+\s+){{0,7}}?"
    r"|(?:(?!bail\b|relief\b|time\b)[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+,\s[^,.;]{1,100}?,\s+)"
    rf"(?:an?\s+)?(?:{_NUM}[\s-]{_UNIT}(?![\s-]+old)|life\b|rigorous\b|simple\b))"
    # ("convicted the accused to undergo rigorous imprisonment", "directed him to undergo": a
    # court's words for the sentence it passed)
    r"|(?:ordered|directed)\s+(?:[\w'\u2019]+\s+){0,3}?to\s+(?:pay|undergo)"
    r"|convicted\s+(?:[\w'\u2019]+\s+){0,3}?to\s+undergo))\b",
    re.IGNORECASE,
)
_PROSPECT = re.compile(
    r"\b(?:could|may|might|can|will|would|shall|should|must|likely|liable|sought|seeks|seeking"
    r"|sought|demanded|demands|prayed|urged|to|faces?|facing)\s+(?:be\s+|have\s+(?:been\s+)?|get\s+)?\Z",
    re.IGNORECASE,
)
# right before the cue, a sentence denied, supposed or said of courts in general, or of any court
# the law speaks of: "the court never sentenced", "no court has so far sentenced", "if the court
# had sentenced", "courts in India have sentenced …", "allows a court that has sentenced …"
# (review 2026-12-12a M3)
_NOT_PASSED = re.compile(
    r"(?:\b(?:never|not|nobody|no\s+one)\s+(?:been\s+|yet\s+|ever\s+)?"
    r"|\bno\s+(?:court|judge|person|one|accused|offender|convict)\s+(?:has|have|had|was|were)\s+"
    r"(?:so\s+far\s+|ever\s+|yet\s+)?(?:been\s+)?"
    r"|\bif\s+(?:the\s+)?(?:court|judge|he|she|they|it)\s+(?:had|has|were|was)\s+(?:been\s+)?"
    # (courts in general, not "both the courts": review 2026-12-12b M3; "the courts" with an
    # adverb of frequency are in general too: review 2026-12-12c H4)
    r"|(?<!the\s)(?<!both\s)\b(?:courts|judges)\s+(?:in\s+\w+\s+)?have\s+"
    r"(?:also\s+|often\s+|rarely\s+|only\s+)?"
    r"|\bthe\s+(?:courts|judges)\s+(?:in\s+\w+\s+)?have\s+(?:only\s+)?(?:often|rarely|seldom"
    r"|sometimes|frequently|never|usually|generally)\s+"
    r"|\b(?:a|any)\s+court\s+(?:that|which)\s+(?:has|had)\s+)\Z",
    re.IGNORECASE,
)
# before "got" or "was given": a term had earlier or wished for, not a sentence reported here
_NOT_GOT = re.compile(
    r"\b(?:had|wanted|want|wants|wish|wished|wishes|demanded|sought|hoped|hopes)\b[\w\s']{0,20}\Z",
    re.IGNORECASE,
)
# "jailed" said of custody that ended in bail or awaits trial: "before he got bail", "as an
# undertrial", "on remand", "in judicial custody", "walked out on bail", "(later) released on
# bail"; not bail that came before the term ("had been released on bail earlier")
_CUSTODY = re.compile(
    r"\b(?:before|until|till)\b[^.;]{0,40}\bbail\b|\bas\s+an?\s+under-?trial\b|\bon\s+remand\b"
    r"|\bin\s+judicial\s+custody\b|\bwalked\s+out\s+on\s+bail\b"
    # bail to him ("granted bail to the accused"), not to another ("granted bail to his
    # co-accused"); bail said to have come earlier ("had earlier been out on bail") is marked
    # (``earlier``) and is no custody that ended the term
    r"|(?P<earlier>\bhad\s+(?:\w+\s+)?been\s+)?(?:\breleased\s+on\s+bail\b"
    r"|\b(?:granted|got|secured|obtained)\s+bail\b(?!\s+to\s+(?:(?:his|her|their|the|a)\s+)?"
    r"(?:co-?accused|another|other|brother|sister|father|mother|wife|husband|friend|son)\b)"
    r"|\bout\s+on\s+bail\b)",
    re.IGNORECASE,
)
# between "jailed" and the bail, another person's clause ("while his brother, who was …
# released on bail") or a court that passed the term ("jailed for five years by a Pune court
# …, was released on bail by the High Court"); after the bail, a sentence suspended or an
# appeal pending: the bail is not of custody that ended without a sentence
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:who|whom|whose)\b|\b(?:while|whereas)\s+(?:his|her|their|the\s+other|another"
    r"|the\s+co-?accused|co-?accused)\b|\bby\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}court\b"
    r"|\bconvicted\b"
    # a co-accused as a clause's subject ("and co-accused Suresh was granted bail", "his
    # co-accused got bail"); not "along with a co-accused before being granted bail"
    r"|(?P<co>\bco-?accused(?:\s+(?:\[name\]|(?-i:[A-Z])[\w.]*)){0,3}\s+(?:was|were|got|has|had|is"
    r"|secured|obtained)\b)",
    re.IGNORECASE,
)
# the one jailed joined to the co-accused as one subject ("he and the co-accused were granted
# bail", "Ravi and two co-accused were …"): he is among them (review 2026-12-08c M4)
_JOINED_SUBJECT = re.compile(
    r"(?:\b(?:he|she|the\s+(?:accused|convict|petitioner|applicant))|(?P<name>(?-i:\b[A-Z][\w.]*))"
    r"|\[name\])\s+and\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def _another_clause(text: str, cue_start: int, low: int, high: int) -> bool:
    """Whether another person's clause stands in *text* between *low* and *high*
    (``_ANOTHER_CLAUSE``), not a co-accused joined to the one jailed as one subject ("he and
    the co-accused", "the accused and the co-accused"; a name only when it is the jailed man's,
    named within 60 characters before the cue at *cue_start*: "Ravi was jailed …; Ravi and
    co-accused Suresh were granted bail", not "…, while Mohan and two co-accused were granted
    bail"; review 2026-12-09a M2)."""
    for found in itertools.islice(_ANOTHER_CLAUSE.finditer(text, low, high), 8):
        joined = (
            _JOINED_SUBJECT.search(text, max(low, found.start() - 60), found.start())
            if found["co"]
            else None
        )
        if joined is not None and (
            joined["name"] is None
            or re.search(
                rf"\b{re.escape(joined['name'])}\b", text[max(0, cue_start - 60) : low + 20]
            )
        ):
            continue
        return True
    return False


_SENTENCE_BAIL = re.compile(
    r"\bsuspend(?:ed|ing|s)?\s+(?:his|her|their|the)\s+sentence\b|\bpending\s+(?:his|her|their|the"
    r"\s+)?\s*appeal\b|\bsentence\s+(?:was|is|being)\s+suspended\b",
    re.IGNORECASE,
)
_COURT = re.compile(r"\b(?:court|judge|bench|magistrate|board|tribunal|jjb)\b", re.IGNORECASE)
_LAW_BETWEEN = re.compile(
    r"\b(?:punishable|provides?|provided|prescribes?|prescribed|carries|carry|attracts?|entails?"
    r"|maximum|minimum|which|faces?|facing)\b",
    re.IGNORECASE,
)
# "in default of payment of fine, simple imprisonment for one year": a term served only if the
# fine is not paid, not the sentence
# a term followed by "to" and a verb is a time allowed for something ("given three months to
# recommend", "30 days to file"), not a punishment; not "to life", "to death", "to 7 years"
_TIME_ALLOWED = re.compile(
    r"\s+to\s+(?!life\b|death\b|imprisonment\b|jail\b|prison\b|\d|the\b|a\b|an\b|run\b|be\b"
    r"|undergo\b)[a-z]+\b",
    re.IGNORECASE,
)
_IN_DEFAULT = re.compile(
    r"\bdefault\b[^.;]{0,40}\Z"
    # Marathi "दंड न भरल्यास आणखी सहा महिने": a term if the fine is not paid
    r"|न\sभरल्यास\s[^\u0964.;]{0,20}\Z"
    # "जुर्माना अदा न करने पर 6 माह का अतिरिक्त कारावास": a term served if the fine is not paid
    r"|(?:न|नहीं)\s(?:करने|भरने|देने|चुकाने)\s(?:पर|की\sस्थिति\sमें)\s[^\u0964.;]{0,20}\Z",
    re.IGNORECASE,
)
# rigorous imprisonment: "RI", Hindi's "कठोर"/"सश्रम", Marathi's "सक्तमजुरी" (hard labour)
_RIGOROUS = re.compile(r"\brigorous\b|\bR\.?I\b|कठोर|सश्रम|सक्त\s?मजुरी", re.IGNORECASE)
_SIMPLE = re.compile(r"\bsimple\s+imprisonment\b", re.IGNORECASE)
# a sentence's end between a punishment word and a term: a stop, then a capital
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
# a sentence, or a clause of one after a semicolon ("… five years under s.67B; the rape charge
# is punishable with death": two statements, each said of its own law)
_SENTENCE = re.compile(r"[^.!?\n\u0964|;]+(?:\.(?=\d)[^.!?\n\u0964|;]*)*[.!?\u0964|;]*")
# Hindi: a term joined to its punishment word ("पांच साल तक की सजा", "कम से कम दस वर्ष का कठोर
# कारावास", "20 साल कैद"), a fine ("दस लाख रुपये तक का जुर्माना", "5000 रुपये अर्थदंड"), life
# and death ("आजीवन कारावास", "फांसी की सजा"), each read only where the text has a Devanagari
# letter. Hindi letters for the lookarounds: the Devanagari block without its danda and digits.
_HI = "\u0900-\u0963\u0971-\u097f"
# A sentence a Hindi report says a court passed, after the statement as Hindi puts its verb:
# "20 वर्ष के कठोर कारावास की सजा सुनाई", "… से दंडित किया", "58 हजार रुपये जुर्माना भी लगाया";
# not what may be ("सजा सुनाई जा सकती है") or the law ("सजा का प्रावधान है")
_HI_IMPOSED = re.compile(
    rf"(?:सजा|सज़ा|कैद|कारावास|जेल)\s(?:भी\s)?(?:सुनाई|सुनायी|सुनाया|दी|दिया|मिली|मिला|हुई|हुआ)"
    rf"(?![{_HI}])"
    rf"|शिक्षा\s(?:सुनाई|सुनायी)(?![{_HI}])"
    # Marathi: "शिक्षा सुनावली", "शिक्षा ठोठावण्यात आली", "दंड ठोठावला"
    rf"|(?:शिक्षा|दंड|सक्तमजुरी|कारावास|तुरुंगवास)\s(?:सुनावली|सुनावला|सुनावण्यात|ठोठावली"
    rf"|ठोठावला|ठोठावण्यात|दिली|झाली|झाला)(?![{_HI}])"
    rf"|दंडित\s(?:किया|किये|किए)(?![{_HI}])"
    rf"|(?:जुर्माना|अर्थदंड)\s(?:भी\s)?(?:लगाया|ठोका)(?![{_HI}])"
    # a term in default of the fine, to be undergone: "… अतिरिक्त कारावास की सजा भुगतनी होगी"
    rf"|(?:सजा|सज़ा|कैद|कारावास)\s(?:भी\s)?(?:भुगतनी|भुगतना|भुगतने)(?![{_HI}])"
)
# after a cue, what may be, is done in general or is asked for: "सुनाई जा सकती है", "दंडित किया
# जाएगा", "दी जाती है", "दी जाए", "दी जानी चाहिए", "किया जा सकेगा"; not "सुनाई जा चुकी है" (has
# been pronounced). ``match`` anchors it at the cue's end.
# a term to be undergone ("… कारावास की सजा भुगतनी होगी", in default of the fine): its future is
# an order's
_HI_UNDERGONE = re.compile("भुगत")
# the law named as where the term is ("पॉक्सो एक्ट में दोषी को 10 साल की सजा भुगतनी होगी"): a term
# to be undergone under an Act, with no court before it, is the law's (review 2026-12-10c M2)
# the law named as where any term is, with no court: "नए कानून में दोषी को 20 साल का कारावास दिया
# गया है" (review 2026-12-10d L1; "… एक्ट के तहत … सजा सुनाई गई" is a sentence passed)
_HI_LAW_IN_SENTENCE = re.compile(rf"(?<![{_HI}])(?:कानून|अधिनियम)\s(?:में|मे)(?![{_HI}])")
# … said of a term "given" in the perfect with "है" ("दिया गया है", "दी गई है"): the law's form
_HI_GIVEN_PERFECT = re.compile(rf"\s(?:गया|गई|गयी)\sहै(?![{_HI}])")
_HI_GIVEN = ("दिया", "दी")
_HI_LAW_PLACE = re.compile(
    rf"(?<![{_HI}])(?:कानून|एक्ट|अधिनियम|धारा|कायद्या)\s?(?:में|मे|के\sतहत|के\sअनुसार|नुसार)(?![{_HI}])"
)
# a court as the subject of the sentence ("अदालत ने", "विशेष न्यायाधीश राकेश कुमार ने", Marathi
# "न्यायालयाने"): it passed what the sentence reports (review 2026-12-11b H1)
# (not a court as the place of another's words: "कोर्ट में सरकारी वकील ने दलील दी कि …"; review
# 2026-12-11c H8); a justice, a bench, a sessions or chief judicial magistrate's court as well
# ("न्यायमूर्ति ने", "जस्टिस … ने", "खंडपीठ ने", "एएसजे ने"; review 2026-12-11e M8), a judicial
# magistrate (not "जिला मजिस्ट्रेट", an executive officer) and a Juvenile Justice Board (not any
# board: "मदरसा बोर्ड", "बोर्ड की परीक्षा"; review 2026-12-12b H7); a bench by a name no back
# or seat has ("खंडपीठ", "एकल पीठ", "डबल बेंच") or right before "ने" ("पीठ ने"; "बच्ची की पीठ
# पर आरोपी ने …" is her back; reviews 2026-12-12a H3, 12b M2), and no one before the court or
# outside it ("खंडपीठ के समक्ष याचिकाकर्ता ने …")
_HI_COURT_SUBJECT = re.compile(
    rf"(?<![{_HI}])(?:कोर्ट|हाईकोर्ट|हाइकोर्ट|न्यायालय|न्यायाधीश|न्यायधीश|न्यायमूर्ति|अदालत|जज"
    r"|जस्टिस|एडीजे|एएसजे|सीजेएम|एसीजेएम|न्यायिक मजिस्ट्रेट|खंडपीठ|एकल पीठ|युगल पीठ"
    r"|संविधान पीठ|डबल बेंच|डिवीजन बेंच|डिविजन बेंच|सिंगल बेंच|एकल बेंच|पीठ(?= ने)|बेंच(?= ने)"
    r"|किशोर न्याय बोर्ड|जेजे बोर्ड|जेजेबी)"
    rf"(?:\s(?!में(?![{_HI}])|पर(?![{_HI}])|समक्ष|सामने|बाहर|वकील|अधिवक्ता|अभियोजक|पक्ष)"
    rf"[^\s,\u0964]+){{0,4}}\sने(?![{_HI}])"
    rf"|(?<![{_HI}])(?:न्यायालयाने|कोर्टाने)(?![{_HI}])"
)
# the one punished, named in a court's remark ("… कि दोषी को …", "… कि उसे …")
# (not "ऐसे दोषी को", such a convict: the law; review 2026-12-11f U1)
_HI_CONVICT_NAMED = re.compile(
    rf"(?<!ऐसे\s)(?<!ऐसी\s)(?<![{_HI}])(?:(?:दोषी|आरोपी|अभियुक्त)(?:\s[^\s,\u0964]+)?\sको|उसे|उसको)"
    rf"(?![{_HI}])|\[name\]"
)
# a person named in a court's order: "अभियुक्त रमेश को", "[name]" (not the connectives of
# ``_HI_NAMED``: "इसलिए कानून में ऐसे अपराधी को …" is the law; review 2026-12-11f N5)
_HI_PERSON_NAMED = re.compile(
    rf"(?<![{_HI}])(?:अभियुक्त|दोषी|आरोपी)\s(?!को(?![{_HI}]))(?!ऐसे|ऐसी)[^\s,\u0964]+\sको(?![{_HI}])"
    rf"|\[name\]"
)
# a term in default of the fine ("जुर्माना अदा न करने पर …", "अर्थदंड न भरने पर"): ordered
_HI_IN_DEFAULT = re.compile(
    rf"(?<![{_HI}])(?:जुर्माना|जुर्माने|अर्थदंड)(?:\s[^\s,\u0964]+){{0,3}}\s(?:न|नहीं)\s"
    rf"(?:करने|देने|भरने|चुकाने)\sपर(?![{_HI}])"
)
# how far back in its sentence the law and the court are looked for: linear in a long sentence
_HI_LAW_REACH = 300
_HI_MAY_BE = re.compile(
    # (Marathi: "झाली पाहिजे" must, "दिली जावी/जाईल" be given, "नाही" not, "तर/तरी" if/even if)
    r"\s(?:पाहिजे|जावी|जावे|जाईल|जाणार|नाही|नसून)(?![\u0900-\u0963\u0970-\u097f])"
    r"|\s?(?:तरी|तरच)(?![\u0900-\u0963\u0970-\u097f])"
    r"|\s(?:गई\s|गयी\s)?(?:जा(?:\s(?!चुक|रह)|ए|ये|एगा|एगी|येगा|येगी|ना|नी)|सक|होग"
    # "सुनाई जाने की संभावना/मांग", "दी जाने का प्रावधान": likely, asked for, the law's
    r"|जाने\s(?:की\s(?:संभावना|उम्मीद|मांग|आशंका)|का\sप्रावधान))"
)
# the present and the progressive ("… से दंडित किया जाता है", "सजा दी जा रही है"): a judgment's
# own order of one person ("अतः अभियुक्त को …"), else what is done in general ("ऐसे मामलों में …")
_HI_PRESENT = re.compile(r"\s(?:गई\s|गयी\s)?जा(?:ती|ता|ते|\sरह)")
_HI_ONE_PERSON = re.compile(
    rf"(?<![{_HI}])(?:अभियुक्त|अतः|आदेश|कोर्ट\sने|न्यायालय\sने|न्यायाधीश|अदालत\sने)(?![{_HI}])"
    r"|\[name\]"
)
_HI_IN_GENERAL = re.compile(
    rf"(?<![{_HI}])(?:(?:ऐसे|ऐसी)(?!\s(?:स्थिति|दशा|परिस्थिति|परिस्थितियों|हालत|हालात|में|वीडियो"
    rf"|फोटो|तस्वीर|तस्वीरें|कृत्य|कृत्यों)(?![{_HI}]))|आजकल|जानकारों|आमतौर\sपर"
    # "किसी भी" of anyone, not of mercy, of a state of affairs, or denied ("किसी भी हालत में",
    # "किसी भी बच्ची का … नहीं बनाया")
    rf"|किसी\sभी(?!\s(?:प्रकार|तरह|सहानुभूति|नरमी|रियायत|दया|राहत|हालत|हाल|सूरत|कीमत|स्थिति"
    # (nor of the accused's record: "किसी भी अन्य/दूसरे (पुलिस) थाने/स्टेशन/(आपराधिक) मामले में",
    # "किसी भी प्रकरण/थाने/न्यायालय में"; "किसी भी अन्य व्यक्ति को" is of anyone)
    rf"|परिस्थिति|दशा|(?:अन्य|दूसरे)\s(?:\S+\s)?(?:मामले|प्रकरण|थाने|थाना|स्टेशन|अपराध|न्यायालय"
    rf"|अदालत)|प्रकरण|मामले|थाने|न्यायालय|अदालत)(?![{_HI}]))"
    # (a denied act, not a denied predicate: "… छोटा अपराध नहीं है" is still of anyone)
    rf"(?![^,\u0964]{{0,40}}नहीं(?!\s(?:है|हैं|होता|होती|होते|माना|मानी)(?![{_HI}])))"
    rf"|(?:कानून|विशेषज्ञों|जानकारों)\sके\sअनुसार|वाले\sको|वालों\sको)(?![{_HI}])"
)
# one person named: "[name]", "अभियुक्त रमेश को", "उसे" (him), after "अतः" in an order
_HI_NAMED = re.compile(
    rf"\[name\]|(?<![{_HI}])(?:अभियुक्त|दोषी|आरोपी)\s(?!को(?![{_HI}]))[^\s,\u0964]+\sको(?![{_HI}])"
    rf"|(?<![{_HI}])(?:उसे|उसको|अतः|इसलिए|आदेश)(?![{_HI}])"
)
# such a thing ("ऐसे वीडियो", "ऐसी तस्वीरें", "ऐसे कृत्य") is said of any who do it, unless the
# court's conclusion follows ("नाबालिग के ऐसे वीडियो इंस्टाग्राम पर डाले, अतः उसे …", "अभियुक्त के
# ऐसे कृत्य को देखते हुए उसे …")
_HI_SUCH_THING = re.compile(
    rf"(?<![{_HI}])(?:ऐसे|ऐसी)\s(?:वीडियो|फोटो|तस्वीर|तस्वीरें|कृत्य|कृत्यों)(?![{_HI}])"
)
_HI_THEREFORE = re.compile(rf"(?<![{_HI}])(?:अतः|इसलिए|देखते\sहुए)(?![{_HI}])")
# "कि" (that): what a judge says after it is reported speech, the order only if it names one
_HI_THAT = re.compile(rf"(?<![{_HI}])कि(?![{_HI}])")
# a remark or a report before "कि" (not an order: "आदेश दिया कि दोषी को …")
_HI_REMARK = re.compile(
    rf"टिप्पणी|(?<![{_HI}])(?:कहा|लिखा|बताया)(?![{_HI}])"
    # "माना कि" (held that) reports the court's view of the law; "दोषी माना है, अतः" is no remark
    rf"|(?<![{_HI}])माना(?=\sकि(?![{_HI}]))"
)
# after a court's remark and "कि", the convict or the accused named as the one sentenced
# ("न्यायाधीश ने कहा कि दोषी रमेश को … दंडित किया जाता है"): the order, reported
_HI_COURT = re.compile(
    rf"(?<![{_HI}])(?:कोर्ट|न्यायालय|न्यायाधीश|अदालत|जज)"
    # a judge's name between ("विशेष न्यायाधीश अनिल शर्मा ने"), no other person's, and no
    # court as a place ("अदालत में विशेष लोक अभियोजक ने")
    r"(?!\s(?:में|के\sबाहर|परिसर))"
    r"(?:\s(?!वकील|पिता|माता|मां|भाई|अधिकारी|अभियोजक|अधिवक्ता|पक्ष|प्रभारी|पुलिस|पीड़िता)"
    r"[^\s,\u0964]+){0,4}?\sने"
    # and a few words before the remark ("फैसला सुनाते हुए कहा", "अपने 40 पेज के फैसले में लिखा")
    r"(?:\s[^\s,\u0964]+){0,6}?\s(?:कहा|लिखा|टिप्पणी)"
)
_HI_CONVICT = re.compile(rf"\s*(?:दोषी|आरोपी|अभियुक्त|\[name\])(?:\s[^\s,\u0964]+)?\sको(?![{_HI}])")
# a condition before a sentence ("अगर 5 साल की जेल हुई तो …")
_HI_IF = re.compile(rf"(?<![{_HI}])(?:अगर|यदि|जर)(?![{_HI}])")
# the law stated before a "लेकिन": a provision, what may be, a limit
_HI_LAW_BEFORE = re.compile(
    rf"प्रावधान|तरतूद|सकत|(?<![{_HI}])(?:तक|होगी|होगा|होती|होता|मांगी|मांग|चाहिए|मागणी|बहस)(?![{_HI}])"
    rf"|बात\sकही"
    rf"|जाती|जाता|(?<![{_HI}])(?:सजा|सज़ा|कैद|कारावास)\sहै(?![{_HI}])"
)
_HI_LAW_NAMED = re.compile(
    rf"प्रावधान|तरतूद|सकत|(?<![{_HI}])(?:कानून|नियम|होगी|होगा|चाहिए)(?![{_HI}])"
    # a term asked for: "… की मांग करते हुए", "मांग की कि", "की मांग … थी", Marathi "मागणी केली
    # की", "… ची मागणी करत"; not "मांग ठुकराते हुए" (rejecting it)
    rf"|मांग\sकरते\sहुए|मांग\sकी(?:\sथी)?\sकि|मांग\s[^,\u0964]{{0,25}}?थी|मागणी\sकरत|मागणी\sकेली"
)
# a clause's end between a cue and the term ("पहले भी ऐसी हरकत कर चुका है, कोर्ट ने …")
_HI_CLAUSE_END = re.compile(rf",|(?<![{_HI}])(?:और|तो)(?![{_HI}])")
# what ends a condition ("अगर … तो", or a comma)
_HI_THEN = re.compile(rf",|(?<![{_HI}])(?:तो|तब|तर)(?![{_HI}])")
# a perfect after a cue: a sentence passed before ("सुनाई गई थी", "हो चुकी है")
_HI_PERFECT = re.compile(rf"\A[^\u0964.,]{{0,12}}?(?<![{_HI}])(?:थी|था|थे|चुकी|चुका|चुके)(?![{_HI}])")
_HI_FRACTIONS = {"डेढ़": 1.5, "ढाई": 2.5}
_HI_NUMBER = (
    "(?:[0-9\u0966-\u096f]{1,3}(?:\\.\\d)?|"
    + "|".join(sorted([*HINDI_NUMBER_WORDS, *_HI_FRACTIONS], key=lambda w: (-len(w), w)))
    + ")"
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
    rf"(?<![{_HI}\d.,])(?P<least>कम से कम\s|न्यूनतम\s)?(?P<n>{_HI_NUMBER})\s"
    rf"(?P<unit>साल|वर्ष|वर्षों|महीने|महीनों|माह|{_MR_UNIT})(?P<upto>\sतक|पर्यंत)?"
    # Marathi glues the genitive to the term ("पाच वर्षांची शिक्षा", "वर्षांपर्यंतच्या")
    # (and Marathi's "साधा", "साध्या" simple, "सश्रम" rigorous, before the word: "२ वर्षे साधा
    # कारावास")
    rf"(?:च्या|ची|चा|चे)?(?:\s(?:की|का|के))?(?:\sलिए)?(?:\s(?:कठोर|सश्रम|साधारण|अतिरिक्त|कड़ी|कड़ी|कड़े|कड़े"
    r"|साधा|साध्या|साधी))?\s"
)
_HI_UNIT = "(?:साल|वर्ष|वर्षों|महीने|महीनों|माह)"
# a range joined to its word: "3 से 5 साल तक की सजा", "6 महीने से 1 साल तक की सजा", "7 साल से
# (लेकर) उम्रकैद तक की सजा"
_HI_RANGE = (
    rf"(?<![{_HI}\d.,])(?P<n1>{_HI_NUMBER})(?:\s(?P<u1>{_HI_UNIT}))?\sसे\s(?:लेकर\s)?"
    rf"(?:(?P<n2>{_HI_NUMBER})\s(?P<u2>{_HI_UNIT})|(?P<life>आजीवन कारावास|उम्रकैद|उम्र कैद))"
    rf"(?:\sतक)?(?:\s(?:की|का|के))?(?:\sलिए)?(?:\s(?:कठोर|सश्रम|साधारण|अतिरिक्त|कड़ी|कड़ी|कड़े|कड़े))?\s"
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
# "दस दिन की जेल हुई", "10-10 दिन के कारावास की सजा", "पांच दिनों के अतिरिक्त कारावास": a term in
# days with a word of sentence (not "14 दिन की न्यायिक हिरासत", custody, nor "जेल भेजा", sent to
# jail on remand)
_HI_DAYS = re.compile(
    rf"(?<![{_HI}\d.,])(?P<n>{_HI_NUMBER})(?:-(?P=n))?\s(?:दिन|दिनों)\s(?:की|के|का)\s"
    r"(?:(?:अतिरिक्त|साधारण|कठोर|सश्रम)\s)?(?:कारावास|कैद|सजा|सज़ा|जेल\sहुई|जेल\sकी\sसजा)"
)
# the statute's minimum: "पांच वर्ष से कम की सजा नहीं", "सात वर्ष से कम नहीं होगी"
_HI_MINIMUM = re.compile(
    rf"(?<![{_HI}\d.,])(?P<n>{_HI_NUMBER})\s(?P<unit>{_HI_UNIT})\sसे\sकम\s"
    rf"(?:की\s(?:सजा|सज़ा|कैद|कारावास)\s)?नहीं(?![{_HI}])"
)
# after the word: not where someone was ("जेल में रहा") or was held ("कैद रखा")
_HI_TERM_AFTER = (
    rf"(?![{_HI}])(?!\s(?:में|रखा|रखी|रखे)(?![{_HI}]))(?!\sजा\sचुक)"
    # "से" after the word is a span ("5 साल से जेल में") unless a court punished with it ("7
    # वर्ष के सश्रम कारावास से दंडित किया")
    rf"(?!\sसे(?![{_HI}])(?!\sदंडित))"
)
# an age before a term's number ("उम्र 15 साल", "आयु 12 वर्ष") makes it no term
_HI_AGE_BEFORE = re.compile(r"(?:उम्र|आयु)\s?$")
# a Marathi fine: "एक हजार रुपये दंड", "50 हजारांचा दंड", "सोळा हजार रुपये दंडाची शिक्षा"; a
# sum must be named (a scale or rupees: "दंड" alone also means punishment, as in "भारतीय दंड
# संहिता")
_MR_FINE = re.compile(
    rf"(?<![{_HI}\d.,])(?P<amount>{_HI_NUMBER}|\d{{1,3}}(?:,\d{{2,3}})+|\d{{4,7}})\s"
    # ("दहा लाखांपर्यंत दंड", up to ten lakh)
    rf"(?:(?P<scale>हजार|लाख|कोटी)(?:ांचा|ांचे|ांची|ांच्या|(?P<scale_upto>ांपर्यंत(?:च्या|चा|चे|ची)?))?\s)?"
    # "दहा लाख रुपयांपर्यंत(चा) दंड" (a fine up to ten lakh rupees): a maximum said
    rf"(?P<rupees>(?:रुपये|रुपयांचा|रुपयांचे|रुपयांची|(?P<upto>रुपयांपर्यंत(?:च्या|चा|चे|ची)?)|रु\.)\s)?"
    rf"दंड(?:ाची|ाचा|ाचे|ाच्या)?(?![{_HI}])(?!\sसंहित|\sविधान|\sप्रक्रिया)"
)
_HI_FINE = re.compile(
    rf"(?<![{_HI}\d.,])(?:₹\s?)?(?P<amount>{_HI_NUMBER}|\d{{1,3}}(?:,\d{{2,3}})+|\d{{4,7}})"
    # "5-5 हजार रुपये" (five thousand each)
    rf"(?:\s?-\s?(?P=amount))?"
    rf"(?:/-)?\s(?P<scale>लाख|हजार|हज़ार|करोड़)?\s?(?:(?:रुपये|रुपए|रु\.?)\s)?(?:तक\s)?"
    rf"(?:का\s|के\s)?(?:आर्थिक\s)?(?:जुर्माना|जुर्माने|अर्थदंड)"
)
# jail with no term, as Hindi warns of it ("जेल जाना पड़ सकता है", "जेल की हवा खानी पड़ सकती है",
# "हो सकती है जेल"): what may befall, not a sentence ("जेल भेजा गया" is a fact)
_HI_UNSTATED = re.compile(
    rf"(?<![{_HI}])जेल\s(?:की\sहवा|जाना|जाने|हो)(?![{_HI}])"
    # no fear of jail, bail or comma between ("जेल जाने के डर से …", "जेल हो गई थी, अब वह जमानत …")
    rf"(?:(?!डर|जमानत)[^\u0964.\n,]){{0,30}}?"
    rf"(?:सकता|सकती|सकते|पड़ेगा|पड़ेगी|पड़ेगी)(?![{_HI}])"
    rf"|(?<![{_HI}])(?:पड़|हो)\sसकत[ाी]\sहै\sजेल(?![{_HI}])"
    # Marathi: "तुरुंगाची हवा खावी लागेल", "तुरुंगवास होऊ शकतो", "जेलवारी होऊ शकते", and the
    # headline's "जावे लागेल तुरुंगात", "घडू शकते जेलवारी"
    rf"|(?<![{_HI}])(?:तुरुंगात|तुरुंगाची\sहवा|जेलची\sहवा|तुरुंगवास|जेलवारी)(?![{_HI}])"
    rf"(?:(?!भीती|जामीन)[^\u0964.\n,]){{0,30}}?(?:लागेल|शकतो|शकते|शकेल)(?![{_HI}])"
    rf"|(?<![{_HI}])(?:जावे\sलागेल|होऊ\sशकते|घडू\sशकते)\s(?:तुरुंगात|जेलवारी|तुरुंगवास)(?![{_HI}])"
)
_HI_LIFE = re.compile("आजीवन कारावास|उम्रकैद|उम्र कैद|उम्रक़ैद")
# death as a sentence, not a suicide by hanging ("फांसी लगा ली") or a demand for it
_HI_DEATH = re.compile(
    "फांसी की सजा|फाँसी की सजा|फांसी की सज़ा|फाँसी की सज़ा|मौत की सजा|मौत की सज़ा|मृत्युदंड|सजा-ए-मौत"
)
# community service to be done or ordered ("सामुदायिक सेवा करने का आदेश", "सामुदायिक सेवा की सजा")
# (an order only: not "सामुदायिक सेवा करने वाले" (those who do it) nor "… का आदेश दिया जा सकता है"
# (may be ordered); review 2026-12-12b M4)
_HI_COMMUNITY_SERVICE = re.compile(
    "सामुदायिक सेवा(?= (?:करने (?:का|के) (?:आदेश|निर्देश) (?:दिया|दिए|दी)(?! जा)"
    "|की (?:सजा|सज़ा) (?:सुनाई|दी)|का दंड))"
)
_HI_SERVICE_ORDERED = re.compile(
    " (?:करने का आदेश दिया|करने के आदेश दिए|करने का निर्देश दिया|की सजा सुनाई|की सज़ा सुनाई|की सजा दी)"
)
_HI_SCALE = {"लाख": 100_000, "हजार": 1_000, "हज़ार": 1_000, "करोड़": 10_000_000}
_HI_DIGITS = str.maketrans("".join(chr(0x0966 + d) for d in range(10)), "0123456789")
_HAS_HINDI = re.compile("[\u0900-\u097f]")
_SCALE = {"lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}


@dataclass(frozen=True, slots=True)
class _Part:
    start: int
    end: int
    kind: str
    min_months: float | None = None
    max_months: float | None = None
    fine_inr: int | None = None
    limited: bool = False  # said with a limit ("up to", "at least") or as a range: the law's form
    days: int | None = None  # a term said in days ("ten days' simple imprisonment")


class PunishmentReader:
    """Reads stated punishments; *words* are the punishment words of the config
    ("imprisonment", "jail term", "sentence") that must stand beside a bare term."""

    def __init__(self, words: Iterable[str], hindi_words: Iterable[str] = ()) -> None:
        hindi = sorted(set(hindi_words), key=lambda s: (-len(s), s))
        # a Hindi term (or range) and its punishment word together: "पांच साल तक की सजा"
        joined = "(?:" + "|".join(map(re.escape, hindi)) + ")" + _HI_TERM_AFTER
        self.hindi_term = re.compile(_HI_TERM + joined) if hindi else None
        self.hindi_range = re.compile(_HI_RANGE + joined) if hindi else None
        names = sorted({w.lower() for w in words}, key=lambda s: (-len(s), s))
        self.words = (
            re.compile(
                r"\b(?:" + "|".join(r"\s".join(map(re.escape, n.split())) for n in names) + r")\b",
                re.IGNORECASE,
            )
            if names
            else None
        )

    def read(
        self,
        text: str,
        refs: Sequence[StatuteReference],
        statutes: Statutes,
        day: dt.date,
    ) -> list[StatedPunishment]:
        """Every punishment *text* states, the provision it is said of (a resolved reference
        in the same sentence) and, where the law on *day* differs, how. Each pattern runs once
        over the whole text and its matches are grouped by sentence."""
        refs = sorted(refs, key=lambda r: r.start)
        ref_starts = [r.start for r in refs]
        ends = [m.end() for m in _SENTENCE.finditer(text)]
        starts = [0, *ends[:-1]]
        grouped: dict[int, list[_Part]] = {}
        for part in self._parts(text):
            index = bisect.bisect_right(ends, part.start)
            grouped.setdefault(index, []).append(part)
        found: list[StatedPunishment] = []
        for index in sorted(grouped):
            parts = grouped[index]
            kinds = {p.kind for p in parts}
            if kinds == {"unstated"} or "unstated" not in kinds:
                chosen = parts
            else:
                chosen = [p for p in parts if p.kind != "unstated"]
            low = starts[index] if index < len(starts) else 0
            high = ends[index] if index < len(ends) else len(text)
            for whole, (clause_low, clause_high) in _law_then_sentence(text, chosen, low, high):
                pieces = _death_apart_from_life(text, whole)
                for at, piece in enumerate(pieces):
                    # a piece's provision is named in its own stretch of the clause: between the
                    # piece before and the one after ("death for the murder and life imprisonment
                    # under Section 67B": s.67B is the life term's; review 2026-12-12b M9)
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
    ) -> StatedPunishment:
        refs, starts = sorted_refs
        low, high = sentence
        start, end = min(p.start for p in parts), max(p.end for p in parts)
        provision = _provision_in(text, refs, starts, *(own or sentence), start, end)
        stated = _combine(parts)
        law = None
        if provision is not None:
            standing = statutes.at(provision, day)
            if standing.version is not None and standing.version.penalty is not None:
                law = standing.version.penalty
        imposed = _imposed(text, low, end, parts) or _hindi_imposed(text, parts, (low, high))
        if imposed:
            parts = _sentence_terms(text, parts) or parts
            stated = _combine(parts)
        kinds = {p.kind for p in parts}
        limited_fine = any(p.kind == "fine" and p.limited for p in parts)
        claims = (
            _imposed_claims(text, parts, start, end)
            if imposed
            else _claims(stated, kinds, limited_fine)
        )
        # the provision as people cite it ("IT Act s.67B"), in the words of a difference
        cited = statutes.label_any(provision) if provision is not None else None
        return StatedPunishment(
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
            fine_max_inr=stated.fine_inr,
            provision=provision,
            differs=(
                _exceeds(text, parts, law, cited, claims, day)
                if imposed
                else None
                if _demanded(text, low, high, start, end)
                # a term asked for is no statement of the law ("परिजनों की मांग है कि आरोपी को 20
                # साल की सजा दी जाए", "… शिक्षा झाली पाहिजे, अशी मागणी …")
                else _differs(
                    stated, parts, law, cited, claims, day, _LAW_WORDED.search(text, low, high)
                )
            ),
            imposed=imposed,
        )

    def _parts(self, text: str) -> list[_Part]:
        parts: list[_Part] = []
        words = [(m.start(), m.end()) for m in self.words.finditer(text)] if self.words else []
        word_starts = [w[0] for w in words]
        windows = _windows(text)
        ranged: list[tuple[int, int]] = []
        for match in _each(_RANGE, text, windows):
            if _beside(match.start(), match.end(), words, word_starts, 60) is None:
                continue
            if _AGE_AFTER.match(text, match.end()):
                continue  # "aged 10-12 years old"
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
            if _AGE_AFTER.match(text, match.end()):
                continue  # "a 47-year-old tailor", "a girl 7 years old": an age
            if _TIME_ALLOWED.match(text, match.end()):
                continue  # "was given three months to recommend …": a time allowed
            if _THRESHOLD.search(text, max(0, match.start() - 20), match.start()):
                continue
            if _SERVED.search(text, max(0, match.start() - 40), match.start()):
                continue
            statutory = _STATUTORY_UP_TO.fullmatch(match["limit"] or "") is not None and (
                _TERM_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None
            )
            word = _beside(match.start(), match.end(), words, word_starts, 60 if statutory else 25)
            bound_after = _BOUND_AFTER.match(text, match.end())
            if (
                word is None
                and bound_after is not None
                and _LAW_NEAR.search(
                    text, max(0, match.start() - _LAW_REACH), min(len(text), match.end() + 60)
                )
                is not None
                and _NO_TERM_NEAR.search(text, max(0, match.start() - 30), match.start()) is None
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
            if not limit and subject_bound is not None:
                at_least = subject_bound == "minimum"
                limit = subject_bound
            elif not limit and bound_said is not None:
                # "a 5-year minimum", "a 2-year maximum", whatever follows once a punishment's
                # word was found ("a seven-year maximum in prison"; a guard for "sentenced him
                # to 20 years minimum imprisonment", review 2026-12-14f M4, took prospects for
                # sentences passed and was withdrawn: 14g H9)
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
                    min(match.start(), word[0]),
                    max(match.end(), word[1]),
                    "term",
                    months if at_least else None,
                    None if at_least else months,
                    None,
                    bool(limit),
                )
            )
        fines = sorted([*_FINE.finditer(text), *_fines_after(text)], key=lambda m: m.start())
        for match in fines:
            amount = _rupees(match["amount"], match["scale"])
            if amount is not None:
                # a maximum said ("a fine up to Rs 10 lakh"); "not less than Rs 5,000" is a
                # minimum, compared as a bare amount is (POCSO s.15(1))
                limit = match["limit"]
                limited = limit is not None and not re.fullmatch(_AT_LEAST, limit, re.IGNORECASE)
                parts.append(
                    _Part(match.start(), match.end(), "fine", fine_inr=amount, limited=limited)
                )
        for pattern, kind in ((_LIFE, "life"), (_DEATH, "death"), (_UNSTATED, "unstated")):
            for match in pattern.finditer(text):
                parts.append(_Part(match.start(), match.end(), kind))
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
        for match in _EN_DAYS.finditer(text):
            said = match["n"] or match["n2"] or match["n3"]
            days = _days(_NUMBER_WORDS.get(said.lower()) or said)
            if days is not None:
                parts.append(_day_term(match.start(), match.end(), days))
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
        if self.hindi_range is not None:
            for match in self.hindi_range.finditer(text, begin, end):
                if match.group().endswith("शिक्षा"):
                    continue  # Hindi "शिक्षा" is schooling (Marathi's ranges use "ते")
                high_unit = match["u2"] or match["u1"] or ""
                low = _hindi_months(match["n1"], match["u1"] or high_unit) if high_unit else None
                high = _hindi_months(match["n2"], high_unit) if match["n2"] else None
                if match["life"] and match["u1"]:
                    low = _hindi_months(match["n1"], match["u1"])
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
            amount = _hindi_rupees(match["amount"], match["scale"])
            if amount is not None:
                parts.append(
                    _Part(
                        match.start(),
                        match.end(),
                        "fine",
                        fine_inr=amount,
                        limited=match["upto"] is not None or match["scale_upto"] is not None,
                    )
                )
        for match in _HI_FINE.finditer(text, begin, end):
            amount = _hindi_rupees(match["amount"], match["scale"])
            if amount is not None:
                # "दस लाख रुपये तक का जुर्माना": a maximum said
                limited = "तक" in match.group().split()
                parts.append(
                    _Part(match.start(), match.end(), "fine", fine_inr=amount, limited=limited)
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
                parts.append(_Part(match.start(), match.end(), "unstated"))
        return parts


def _amended_before(text: str, low: int, at: int, least: bool = False) -> bool:
    """Whether a legislature's amendment is named before the raise at *at* (from *low*), with
    no court passing a sentence between them ("कानून में संशोधन कर सजा को बढ़ाकर 7 साल कर
    दिया": the law's; "… संशोधन के बाद हाईकोर्ट ने दोषी की सजा को बढ़ाकर …": a court's); a raised
    *least* term is the law's whoever tells it (courts raise no minimum)."""
    amended = _HI_AMENDED_BEFORE.search(text, low, at)
    if amended is None:
        return False
    return least or _HI_SENTENCE_BETWEEN.search(text, amended.start(), at) is None


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
# … and the words of an order for it, after a court, a judge, a bench or a Board in its sentence
_SERVICE_ORDER = re.compile(r"\b(?:ordered|directed|sentenced)\b[^.;!?\n]{0,50}\Z", re.IGNORECASE)
# the word that joins alternatives of the law ("death or life imprisonment": one statement)
_OR = re.compile(r"\bor\b", re.IGNORECASE)
_MOST_PIECES = 6
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


def _death_apart_from_life(text: str, parts: Sequence[_Part]) -> list[Sequence[_Part]]:
    """*parts* as statements: one, unless death and life are both in it, which no one person
    holds at once ("sentenced him to death, which the High Court commuted to life
    imprisonment", "the accused to death and the co-accused to life imprisonment": two
    sentences; review 2026-12-12a M4), split where the one kind gives way to the other with no
    "or" between ("punishable with death or life imprisonment" is one law)."""
    kinds = {p.kind for p in parts}
    if not {"death", "life"} <= kinds:
        return [parts]
    ordered = sorted(parts, key=lambda p: p.start)
    pieces: list[list[_Part]] = [[]]
    last: str | None = None
    previous_end = 0
    for part in ordered:
        if part.kind in ("death", "life"):
            if (
                last is not None
                and part.kind != last
                and pieces[-1]
                and _OR.search(text, previous_end, part.start) is None
            ):
                pieces.append([])
            last = part.kind
        pieces[-1].append(part)
        previous_end = part.end
    found: list[Sequence[_Part]] = [piece for piece in pieces if piece]
    # (six at most: a clause of more alternations is read as one statement, so that each piece's
    # reading of its clause stays linear in the text; reviews 2026-12-12b M1, 12c H6)
    return found if len(found) <= _MOST_PIECES else [parts]


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


def _fines_after(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_FINE_AFTER`` ("Rs 5,000 fine"), looked for only in the few characters
    before each word "fine" (a literal search, then a bounded match: linear, and cheaper than
    trying the pattern at every position)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): read it as is
        starts: Iterable[int] = (m.start() for m in _FINE_WORD.finditer(text))
    else:
        starts = _found_all(lowered, "fine")
    last = -1
    for at in starts:
        # two characters past "fine", so that its "s?\b" reads "fines" and not "fined"
        for match in _FINE_AFTER.finditer(text, max(last, at - 40, 0), min(len(text), at + 6)):
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


_DAYS_A_YEAR = 365


def _days(value: object) -> int | None:
    """A number of days said, as a whole number, or None (none, or a fraction)."""
    amount = float(str(value))
    return int(amount) if amount > 0 and amount.is_integer() else None


def _day_term(start: int, end: int, days: int) -> _Part:
    """A term said in days, as a term part: its months are the days in twelfths of a year
    (a day is 12/365 of a month), for comparison with the law's terms in months and years."""
    months = days * 12 / _DAYS_A_YEAR
    return _Part(start, end, "term", None, months, None, False, days)


def _hindi_value(number: str) -> float:
    named = HINDI_NUMBER_WORDS.get(number) or _HI_FRACTIONS.get(number)
    if named is not None:
        return float(named)
    return float(number.translate(_HI_DIGITS).replace(",", ""))


def _hindi_months(number: str, unit: str) -> float | None:
    amount = _hindi_value(number)
    if amount <= 0:
        return None
    return amount * 12 if unit.startswith(("साल", "वर्ष")) else amount


def _hindi_rupees(amount: str, scale: str | None) -> int | None:
    total = round(_hindi_value(amount) * _HI_SCALE.get(scale or "", 1))
    return total if total >= 100 else None


def _rupees(amount: str, scale: str | None) -> int | None:
    named = _NUMBER_WORDS.get(amount.lower())  # "ten lakh rupees"
    value = float(named) if named is not None else float(re.sub(r"[,\s]", "", amount))
    factor = _SCALE.get((scale or "").lower(), 1000 if (scale or "").lower() == "thousand" else 1)
    total = round(value * factor)
    return total if total >= 100 else None


@dataclass(frozen=True, slots=True)
class _Stated:
    min_months: float | None
    max_months: float | None
    fine_inr: int | None
    # a term said with no limit ("carries 20 years of rigorous imprisonment", "5 साल की सजा"):
    # it may be the law's maximum or its minimum (POCSO s.6 since 2019: not less than twenty
    # years), so it is compared with the law's range, never as a maximum
    bare_term: bool = False
    days: int | None = None  # the term said in days, where every term is ("15 days' RI")


def _combine(parts: Sequence[_Part]) -> _Stated:
    terms = [p for p in parts if p.kind == "term"]
    fines = [p.fine_inr for p in parts if p.fine_inr is not None]
    mins = [p.min_months for p in terms if p.min_months is not None]
    maxes = [p.max_months for p in terms if p.max_months is not None]
    low = min(mins) if mins else None
    high = max(maxes) if maxes else None
    if low is not None and high is not None and high < low:
        # "a minimum of 20 years under POCSO, and a sentence under the IT Act which may extend
        # to 7 years": two punishments, no range; the maximum below the minimum is not said
        high = None
    bare = bool(terms) and low is None and not any(p.limited for p in terms)
    days = [p.days for p in terms if p.days is not None]
    in_days = max(days) if days and len(days) == len(terms) else None
    return _Stated(low, high, max(fines) if fines else None, bare, in_days)


_CUE_REACH = 400


def _passed_maximum(text: str, at: int) -> bool:
    """Whether "maximum" at *at* is of a sentence passed: a sentencing cue in its clause before
    it (``_IMPOSED_JUST_BEFORE``: "sentenced him to the maximum punishment of five years"), with
    no word of the law between ("jailed under a law that carries a maximum sentence of seven
    years" states the law's limit)."""
    cue = _IMPOSED_JUST_BEFORE.search(text, max(0, at - 50), at)
    if cue is None:
        return False
    return not any(
        found[0].lower() not in ("maximum", "minimum")
        for found in _LAW_BETWEEN.finditer(text, cue.start(), at)
    )


def _imposed(text: str, sentence_start: int, end: int, parts: Sequence[_Part]) -> bool:
    """Whether the statement ending at *end* reports a sentence a court imposed ("sentenced him
    to three years' rigorous imprisonment and a fine of Rs 10,000", "was sentenced to six
    years"), not what the law provides: the last sentencing word of ``_IMPOSED`` before its end
    in its sentence ("imposed" and "awarded" only after a court), not after a word of what may be
    (``_PROSPECT``: "could be sentenced"), no word of the law between it and the statement
    (``_LAW_BETWEEN``), and no limit or range in the statement ("up to five years" is the law's
    form)."""
    if any(p.limited for p in parts) or not parts:
        return False
    if any(
        p.kind == "community_service"
        and _SERVICE_ORDER.search(text, max(sentence_start, p.start - 60), p.start)
        and _COURT.search(text, max(sentence_start, p.start - _CUE_REACH), p.start)
        for p in parts
    ):
        return True  # "the Board ordered the boy to do community service": an order passed
    if any(
        p.kind == "community_service"
        and _HI_SERVICE_ORDERED.match(text, p.end)
        and _HI_COURT_SUBJECT.search(text, max(sentence_start, p.start - _CUE_REACH), p.start)
        for p in parts
    ):
        return True  # "बोर्ड ने किशोर को 15 दिन सामुदायिक सेवा करने का आदेश दिया"
    # (read at most ``_CUE_REACH`` characters back and on: a long sentence stays linear)
    # (the search runs on past the statement to its sentence's end, so that a cue's lookahead
    # sees what follows: "upheld the life imprisonment awarded to the accused"; review
    # 2026-12-13b H6)
    reach = min(_sentence_stop(text, end), end + _CUE_REACH)
    cues = [
        c
        for c in _IMPOSED.finditer(text, max(sentence_start, end - _CUE_REACH), reach)
        if c.start() < end
    ]
    if not cues:
        return False
    cue = cues[-1]
    if _PROSPECT.search(text, max(sentence_start, cue.start() - 40), cue.start()):
        return False
    if _NOT_PASSED.search(text, max(sentence_start, cue.start() - 80), cue.start()):
        return False
    if cue["sure"] and (
        cue["sure"].lower().startswith(("got", "was given", "were given"))
        and _NOT_GOT.search(text, max(sentence_start, cue.start() - 30), cue.start())
    ):
        return False  # "had got 10 years in an earlier case", "wanted that he got …"
    if cue["court"] and not _COURT.search(text, sentence_start, cue.start()):
        return False
    custody = (
        next(
            (
                found
                for found in itertools.islice(
                    _CUSTODY.finditer(
                        text, cue.end(), min(_sentence_stop(text, end), cue.end() + _CUE_REACH)
                    ),
                    4,
                )
                if not found["earlier"]
            ),
            None,
        )
        if cue["sure"] and cue["sure"].lower() == "jailed"
        else None
    )
    if (
        custody
        # (up to the bail's end: "his co-accused got bail" names its subject before the verb)
        and not _another_clause(text, cue.start(), cue.end(), custody.end())
        and not _SENTENCE_BAIL.search(
            text, custody.end(), min(_sentence_stop(text, end), custody.end() + _CUE_REACH)
        )
    ):
        return False  # "was jailed for two months before he got bail": custody, no sentence
    start = min(p.start for p in parts)
    if cue.end() >= start:
        return True
    # a word of the law between the cue and the statement makes it the law's ("sentenced …,
    # the offence carries …"); not "maximum" or "minimum" in the cue's own clause ("sentenced
    # him to the maximum sentence of five years", "awarded the maximum punishment of seven
    # years": the sentence passed)
    return all(
        found[0].lower() in ("maximum", "minimum")
        and re.search(r"[.,;:!?]", text[cue.end() : found.start()]) is None
        for found in _LAW_BETWEEN.finditer(text, cue.end(), start)
    )


# a clause's turn in Hindi ("लेकिन", "जबकि": but, whereas): the law stated before it and a
# sentence passed after it are two statements
# (Marathi: "मात्र", "पण", but)
_HI_BUT = re.compile(
    rf"(?<![{_HI}])(?:लेकिन|जबकि|किंतु|किन्तु|परंतु|परन्तु|मगर)(?![{_HI}])"
    # Marathi's "मात्र"/"पण" (but), and "despite" ("बावजूद", "असली तरी"); not "only" before a
    # number ("और मात्र 5 हजार रुपये", "मात्र 3 साल")
    rf"|(?<![{_HI}])(?:मात्र|पण|बावजूद)(?![{_HI}])(?!\s(?:[\d\u0966-\u096f]|{_HI_NUMBER}\s))"
    # the law, then the order ("… सजा दी जाती है, अतः अभियुक्त रमेश को …")
    rf"|,\s?(?:अतः|इसलिए)(?![{_HI}])"
    rf"|असली\sतरी(?![{_HI}])"
)


# (Marathi "यापूर्वी", before this)
_HI_EARLIER = re.compile(rf"(?<![{_HI}])(?:पहले\sभी|इससे\sपहले|इससे\sपूर्व|पूर्व\sमें|यापूर्वी)(?![{_HI}])")


def _passed_cue(text: str, low: int, high: int) -> bool:
    """Whether a cue of a sentence passed (``_HI_IMPOSED``) stands in *text[low:high]* with no
    word of what may be or is done in general after it ("सजा सुनाई", not "सजा दी जाती है")."""
    return any(
        not _HI_MAY_BE.match(text, cue.end(), high) and not _HI_PRESENT.match(text, cue.end(), high)
        for cue in _HI_IMPOSED.finditer(text, low, high)
    )


def _may_be_cue(text: str, low: int, high: int) -> bool:
    """Whether a cue of a sentence (``_HI_IMPOSED``) in *text[low:high]* is followed by a word of
    what may be or is asked for ("सजा दी जाए", "सुनाई जा सकती है")."""
    return any(
        _HI_MAY_BE.match(text, cue.end(), high) for cue in _HI_IMPOSED.finditer(text, low, high)
    )


def _law_then_sentence(
    text: str, parts: Sequence[_Part], low: int, high: int
) -> list[tuple[list[_Part], tuple[int, int]]]:
    """The parts of a sentence, split in two where Hindi turns from the law to a court ("5 साल
    की सजा का प्रावधान है, लेकिन कोर्ट ने आरोपी को 3 साल की सजा सुनाई": the law stated before
    ``_HI_BUT``, a sentence passed after it); else all of them, as one."""
    whole = [(list(parts), (low, high))]
    if not _HAS_HINDI.search(text, low, high):
        return _english_turn(text, parts, low, high) or whole
    for turn in _HI_BUT.finditer(text, low, high):
        before = [p for p in parts if p.end <= turn.start()]
        after = [p for p in parts if p.start >= turn.end()]
        head = min(p.start for p in before) if before else low
        if (
            before
            and after
            and len(before) + len(after) == len(parts)
            and (
                _HI_LAW_BEFORE.search(text, head, turn.start())
                # before the first term, only a word that names the law ("प्रावधान के अनुसार दोषी
                # को 7 साल की कैद, लेकिन …"; not "बताया जाता है कि", "अब तक", "की मांग पर")
                or _HI_LAW_NAMED.search(text, max(low, head - 40), head)
                # a demand or wish before it: "की मांग है कि आरोपी को 20 साल की सजा दी जाए, जबकि …"
                or _may_be_cue(text, head, turn.start())
            )
            and not _passed_cue(text, head, turn.start())
            and _HI_IMPOSED.search(text, turn.end(), high)
        ):
            # each judged on its own; the sentence passed keeps the whole sentence's reach for
            # its provision ("धारा 14(1) में … का प्रावधान है, लेकिन कोर्ट ने 3 साल की सजा सुनाई")
            return [(before, (low, turn.start())), (after, (low, high))]
    return whole


# a clause's turn in English: "sentenced to two years, though the law provides a maximum of
# five", "the offence carries up to seven years, but the court sentenced him to three"
# at most this many statements in a sentence, and turns in it, are read for a turn
_TURN_PARTS = 6
_EN_TURN = re.compile(
    r",?\s(?:though|although|even\s+though|while|whereas|but|even\s+as)\b", re.IGNORECASE
)
# a sentence that opens with the concession turns at its first comma: "Though the offence
# carries up to seven years in jail, the court sentenced him to three years" (review 2026-12-08b
# M7)
_EN_LEADING_TURN = re.compile(
    r"[\s\"'\u201c]*(?:though|although|even\s+though|while|whereas)\b[^,;.]{1,200}(?P<comma>,)",
    re.IGNORECASE,
)


def _english_turn(
    text: str, parts: Sequence[_Part], low: int, high: int
) -> list[tuple[list[_Part], tuple[int, int]]] | None:
    """The parts of an English sentence split in two where it turns between a sentence passed
    and the law ("He was sentenced to two years, though the law provides a maximum of five
    years": a sentence of two years, and the law's limit of five), each judged on its own with
    the whole sentence's reach for its provision; None where it does not turn so."""
    if len(parts) > _TURN_PARTS:
        return None  # a sentence with many statements is read as before (a bound: linear)
    turns = [
        (turn.start(), turn.end())
        for turn in itertools.islice(_EN_TURN.finditer(text, low, high), _TURN_PARTS)
    ]
    leading = _EN_LEADING_TURN.match(text, low, high)
    if leading is not None:
        turns.insert(0, (leading.start("comma"), leading.end("comma")))
    for turn_start, turn_end in turns:
        before = [p for p in parts if p.end <= turn_start]
        after = [p for p in parts if p.start >= turn_end]
        if not before or not after or len(before) + len(after) != len(parts):
            continue
        head = min(p.start for p in before)
        passed_first = _imposed(text, low, max(p.end for p in before), before)
        passed_last = _imposed(text, turn_end, max(p.end for p in after), after)
        law_first = _LAW_WORDED.search(text, max(low, turn_start - 300), turn_start)
        law_last = _LAW_WORDED.search(text, turn_end, min(high, turn_end + 300))
        if (passed_first and not passed_last and law_last is not None) or (
            passed_last and not passed_first and law_first is not None and head >= low
        ):
            return [(before, (low, high)), (after, (low, high))]
    return None


def _hindi_imposed(text: str, parts: Sequence[_Part], sentence: tuple[int, int]) -> bool:
    """Whether a Hindi statement reports a sentence a court passed: one of ``_HI_IMPOSED``
    after its start in its sentence (Hindi puts the verb last: "कोर्ट ने आरोपी को 20 वर्ष के
    कठोर कारावास की सजा सुनाई"), not followed by a word of what may be (``_HI_MAY_BE``: "सजा
    सुनाई जा सकती है"), and no limit in the statement ("पांच साल तक की सजा" is the law's form)."""
    if not parts or any(p.limited for p in parts):
        return False
    start = min(p.start for p in parts)
    if not _HAS_HINDI.search(text, start, max(p.end for p in parts)):
        return False
    sentence_start, sentence_end = sentence
    for condition in _HI_IF.finditer(text, sentence_start, start):
        if not _HI_THEN.search(text, condition.end(), start):
            # "अगर 5 साल की जेल हुई तो …", "यदि … और उसे 5 साल की सजा हुई तो …": a condition
            return False
    earlier = [
        e
        for e in _HI_EARLIER.finditer(text, sentence_start, start)
        if not _HI_CLAUSE_END.search(text, e.end(), start)
    ]
    for cue in _HI_IMPOSED.finditer(text, start, sentence_end):
        if earlier and _HI_PERFECT.match(text[cue.end() : sentence_end]):
            return False  # "आरोपी को पहले भी … 3 साल की सजा मिली थी": an earlier case's sentence
        turn = _HI_BUT.search(text, start, cue.start())
        if turn is not None and _HI_LAW_BEFORE.search(text, start, turn.start()):
            return False  # "5 साल की सजा का प्रावधान है, लेकिन कोर्ट ने 3 साल की सजा सुनाई"
        if _HI_MAY_BE.match(text, cue.end(), sentence_end) and not _HI_UNDERGONE.search(
            cue.group()
        ):
            continue  # (a term "भुगतनी होगी" is to be undergone: ordered, not what may be)
        look = max(sentence_start, start - _HI_LAW_REACH)
        # a court's remark "… कि" reports what follows it: the court counts as the subject only
        # where the remark names the one punished ("अदालत ने कहा कि … दोषी को 20 साल की सजा
        # भुगतनी होगी", "… लिखा कि … अभियुक्त रमेश को … दी गई है"); otherwise it states the law
        # ("हाईकोर्ट ने कहा कि पॉक्सो एक्ट में ऐसे अपराधों के लिए 20 साल की सजा भुगतनी होगी";
        # reviews 2026-12-11d H6, 2026-12-11e H5, M1)
        said_from = max((t.end() for t in _HI_THAT.finditer(text, look, start)), default=look)
        remark = said_from > look
        if (
            _HI_UNDERGONE.search(cue.group())
            and _HI_LAW_PLACE.search(text, look, start)
            and not (
                _HI_COURT_SUBJECT.search(text, look, cue.start())
                and (not remark or _HI_CONVICT_NAMED.search(text, said_from, cue.start()))
            )
            and not _HI_IN_DEFAULT.search(text, look, cue.start())
        ):
            return False  # "पॉक्सो एक्ट में दोषी को 10 साल की सजा भुगतनी होगी": the law's term
        if (
            cue.group().endswith(_HI_GIVEN)
            and _HI_GIVEN_PERFECT.match(text, cue.end(), sentence_end)
            and _HI_LAW_IN_SENTENCE.search(text, look, start)
            and not _HI_COURT_SUBJECT.search(text, said_from, cue.start())
            and not (remark and _HI_PERSON_NAMED.search(text, said_from, cue.start()))
        ):
            return False  # "नए कानून में दोषी को 20 साल का कारावास दिया गया है": the law's
        if _HI_PRESENT.match(text, cue.end(), sentence_end):
            # "अतः अभियुक्त को … से दंडित किया जाता है" (the order); not "ऐसे मामलों में …"
            said = text[sentence_start : cue.start()]
            that = [t for t in _HI_THAT.finditer(said) if _HI_REMARK.search(said, 0, t.end())]
            convict = False
            holding = False
            if that:
                # "न्यायाधीश ने टिप्पणी की कि … सजा दी जाती है": the law, reported; "आदेश दिया जाता
                # है कि अभियुक्त को … दंडित किया जाता है": the order
                convict = bool(
                    _HI_COURT.search(said, 0, that[-1].start())
                    and not said[: that[-1].start()].rstrip().endswith("माना")
                    and _HI_CONVICT.match(said, that[-1].end())
                )
                # a holding ("न्यायालय ने माना कि …") is the law unless it names the one punished
                holding = said[: that[-1].start()].rstrip().endswith("माना")
                said = said[that[-1].end() :]
            if holding and not _HI_NAMED.search(said):
                continue  # "न्यायालय ने माना कि कानून में अभियुक्त को … दंडित किया जाता है"
            such = _HI_SUCH_THING.search(said)
            # a word of the law in general, unless the court's conclusion ("अतः", "इसलिए") names
            # the one punished ("अतः कानून के अनुसार अभियुक्त रमेश को …")
            therefore = _HI_THEREFORE.search(said)
            named = therefore is not None and _HI_NAMED.search(said, therefore.end())
            general = not named and _HI_IN_GENERAL.search(said) is not None
            if (
                (convict or _HI_ONE_PERSON.search(said))
                and not general
                and not (such and not _HI_THEREFORE.search(said, such.end()))
                and not (_HI_REMARK.search(said) and "आदेश" not in said)
            ):
                return True
            continue
        return True
    return False


def _sentence_terms(text: str, parts: Sequence[_Part]) -> list[_Part]:
    """The parts of a sentence imposed, without a term served in default of a fine."""
    return [
        p
        for p in parts
        if not (p.kind == "term" and _IN_DEFAULT.search(text, max(0, p.start - 60), p.start))
    ]


def _imposed_claims(text: str, parts: Sequence[_Part], start: int, end: int) -> str:
    """A sentence imposed, in words: its terms (rigorous or simple where the text says so), its
    fine, life or death ("a sentence of rigorous imprisonment for 3 years; a fine of ₹10,000")."""
    pieces = []
    kinds = {p.kind for p in parts}
    if "death" in kinds:
        pieces.append("a sentence of death")
    if "life" in kinds:
        pieces.append("a sentence of imprisonment for life")
    if "community_service" in kinds:
        pieces.append("an order of community service")
    terms = sorted(
        {m for p in parts if p.kind == "term" for m in (p.max_months, p.min_months) if m}
    )
    if terms:
        said = text[start:end]
        kind = (
            "rigorous imprisonment"
            if _RIGOROUS.search(said)
            else "simple imprisonment"
            if _SIMPLE.search(said)
            else "imprisonment"
        )
        said_in_days = {p.max_months: p.days for p in parts if p.days is not None}
        pieces.append(
            f"a sentence of {kind} for "
            + " and for ".join(
                format_days(said_in_days[m]) if m in said_in_days else format_term(m) for m in terms
            )
        )
    fines = sorted({p.fine_inr for p in parts if p.fine_inr is not None})
    if fines:
        pieces.append("a fine of " + " and of ".join(map(format_inr, fines)))
    return "; ".join(pieces)


def _claims(stated: _Stated, kinds: set[str], limited_fine: bool = True) -> str:
    """A statement of the law in words: its terms, its fine, life and death ("imprisonment up to
    5 years; a fine up to ₹10 lakh", "imprisonment for life"); a fine said with no limit is
    worded as said ("a fine of ₹5,000")."""
    pieces = []
    if "death" in kinds:
        pieces.append("death")
    if "life" in kinds:
        pieces.append("imprisonment for life")
    if "community_service" in kinds:
        pieces.append("community service")
    if stated.min_months is not None and stated.max_months is not None:
        low, high = format_term(stated.min_months), format_term(stated.max_months)
        pieces.append(f"imprisonment from {low} to {high}")
    elif stated.max_months is not None and stated.days is not None:
        pieces.append(f"imprisonment of {format_days(stated.days)}")
    elif stated.max_months is not None and stated.bare_term:
        pieces.append(f"imprisonment of {format_term(stated.max_months)}")
    elif stated.max_months is not None:
        pieces.append(f"imprisonment up to {format_term(stated.max_months)}")
    elif stated.min_months is not None:
        pieces.append(f"imprisonment of at least {format_term(stated.min_months)}")
    if stated.fine_inr is not None:
        limit = "up to" if limited_fine else "of"
        pieces.append(f"a fine {limit} {format_inr(stated.fine_inr)}")
    return "; ".join(pieces)


def _tiers(penalty: Penalty) -> list[PenaltyTier]:
    return [penalty.first, *([penalty.subsequent] if penalty.subsequent else [])]


def _differs(
    stated: _Stated,
    parts: Sequence[_Part],
    law: Penalty | None,
    provision: str | None,
    claims: str,
    day: dt.date,
    law_worded: object = True,
) -> str | None:
    """How the statement differs from the law on *day*: a stated maximum term or fine that no
    conviction tier of the provision has, a life term or death the provision does not provide."""
    if law is None or provision is None:
        return None
    if not _problems(stated, parts, law, bool(law_worded)):
        return None
    kinds = {p.kind for p in parts}
    said = claims or ", ".join(sorted(kinds - {"term", "fine"}))
    return (
        f"the text says {said} under {provision}; the law on {day} provides {format_penalty(law)}"
    )


def _problems(
    stated: _Stated, parts: Sequence[_Part], law: Penalty, law_worded: bool = True
) -> list[str]:
    """What of a statement no conviction tier of *law* has: its maximum term, its minimum, its
    fine, life or death."""
    tiers = _tiers(law)
    problems = []
    if stated.bare_term and stated.max_months is not None:
        # a term said with no limit may be the law's maximum or its minimum: it differs when no
        # tier has it as either ("carries three years" under IT Act s.67B, whose terms are up
        # to five and seven years; not "carries 20 years" where twenty is the minimum), when
        # said with a word of the law (``_LAW_WORDED``); with none it may be a sentence ("gave
        # the 28-year-old, who had shared …, three years' imprisonment") and differs only
        # outside every tier's range ("could be sentenced to ten years" under s.67B)
        months = stated.max_months
        if (
            not any(_within(months, t.imprisonment) for t in tiers)
            if not law_worded
            else not any(_a_bound(months, t.imprisonment) for t in tiers)
        ):
            problems.append("term")
    elif stated.max_months is not None and not any(
        t.imprisonment is not None and t.imprisonment.max_months == stated.max_months for t in tiers
    ):
        problems.append("term")
    if stated.min_months is not None and not any(
        t.imprisonment is not None and t.imprisonment.min_months == stated.min_months for t in tiers
    ):
        problems.append("minimum")
    limited_fine = any(p.kind == "fine" and p.limited for p in parts)
    fines = [t.fine for t in tiers if t.fine is not None]
    if stated.fine_inr is not None and limited_fine:
        if not any(f.max_inr == stated.fine_inr for f in fines):
            problems.append("fine")  # "a fine up to Rs 20 lakh": a maximum no tier has
    elif stated.fine_inr is not None and fines:
        # a bare amount ("a Rs 5,000 fine") may be a minimum (POCSO s.15(1)) or a fine paid: it
        # differs only when it lies outside every tier's range
        amount = stated.fine_inr
        if all(
            (f.max_inr is not None and amount > f.max_inr)
            or (f.min_inr is not None and amount < f.min_inr)
            for f in fines
        ):
            problems.append("fine")
    problems.extend(_life_and_death({p.kind for p in parts}, tiers))
    return problems


# a term asked for: a demand that governs it ("मांग की कि", "मांग है कि", Marathi "मागणी केली
# की" before it; "की मांग", "ची मागणी" or "should be given" right after it: "दी जाए", "मिलनी
# चाहिए", "झाली पाहिजे", "दिली जावी", "द्यावी"), or English "sought/demanded/urged" with the term
# as its object ("the prosecution sought ten years"); not "demanded money", "sought custody"
_DEMAND_BEFORE = re.compile(
    rf"(?:मांग\s(?:की\s)?(?:है|थी|की)\sकि|मागणी\sकेली\s(?:की|होती|आहे))(?![{_HI}])"
)
_DEMAND_AFTER = re.compile(
    rf"[^,\u0964.]{{0,30}}?(?:(?:की|ची)\s(?:मांग|मागणी)|दी\sजाए|दी\sजानी|मिलनी\sचाहिए"
    rf"|झाली\sपाहिजे|दिली\sजावी|द्यावी|द्यावे)(?![{_HI}])"
)
_DEMAND_EN = re.compile(
    r"\b(?:sought|seeking|seeks|demanded|demanding|urged|pleaded\s+for|prayed\s+for|asked\s+for)"
    r"\s+(?:\S+\s+){0,3}\Z",
    re.IGNORECASE,
)


def _sentence_stop(text: str, end: int) -> int:
    """Where the sentence that *end* is in ends (a stop before a capital), or the text's end;
    read at most twice ``_CUE_REACH`` characters on (a bound: a long sentence stays linear)."""
    limit = min(len(text), end + 2 * _CUE_REACH)
    stop = _SENTENCE_END.search(text, end, limit)
    return stop.start() + 1 if stop else limit


def _demanded(text: str, low: int, high: int, start: int, end: int) -> bool:
    """Whether the statement from *start* to *end* is a term asked for, not the law."""
    return bool(
        _DEMAND_BEFORE.search(text, low, start)
        or _DEMAND_AFTER.match(text, end, high)
        or _DEMAND_EN.search(text[max(low, start - 40) : start])
    )


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


def _within(months: float, imprisonment: Imprisonment | None) -> bool:
    """Whether a term of *months* is one a tier allows: at least its minimum, at most its
    maximum (no maximum with a minimum or life: no bound; neither: any term unless life
    outright)."""
    if imprisonment is None:
        return False
    if imprisonment.min_months is not None and months < imprisonment.min_months:
        return False
    if imprisonment.max_months is not None:
        return months <= imprisonment.max_months
    return imprisonment.min_months is not None or not imprisonment.life


def _a_bound(months: float, imprisonment: Imprisonment | None) -> bool:
    """Whether a term of *months* is a tier's minimum or maximum."""
    return imprisonment is not None and months in (
        imprisonment.min_months,
        imprisonment.max_months,
    )


def _life_and_death(kinds: set[str], tiers: Sequence[PenaltyTier]) -> list[str]:
    """Life imprisonment or death stated where no conviction tier of the provision has it."""
    problems = []
    if "life" in kinds and not any(
        t.imprisonment is not None and t.imprisonment.life for t in tiers
    ):
        problems.append("life")
    if "death" in kinds and not any(t.death for t in tiers):
        problems.append("death")
    return problems


def _exceeds(
    text: str,
    parts: Sequence[_Part],
    law: Penalty | None,
    provision: str | None,
    claims: str,
    day: dt.date,
) -> str | None:
    """How a sentence imposed goes beyond what the provision allows on *day*: a term longer
    than its longest or shorter than its shortest minimum, imprisonment where it provides only a
    fine, a fine above its highest or below its lowest minimum, life or death where it provides
    neither. A sentence within the law states nothing wrong about it (a court may impose less
    than the maximum). A statement of several terms ("five years under s.67B and 20 years under
    s.6") is several sentences, perhaps under several provisions, and is not compared; nor is
    one of a single provision that may have been passed with others, beyond what the note says
    ("for it alone")."""
    if law is None or provision is None:
        return None
    terms = [p for p in parts if p.kind == "term"]
    if len(terms) > 1:
        return None
    tiers = _tiers(law)
    problems = []
    kinds = {p.kind for p in parts}
    jail = [t.imprisonment for t in tiers if t.imprisonment is not None]
    life = any(i.life for i in jail)
    if terms:
        months = terms[0].max_months if terms[0].max_months is not None else terms[0].min_months
        if months is not None:
            longest = [i.max_months for i in jail if not i.life]
            if not jail:
                problems.append("imprisonment")
            elif not life and longest and all(m is not None and months > m for m in longest):
                problems.append("term")
            elif all(i.min_months is not None and months < i.min_months for i in jail):
                problems.append("minimum")
    fine = next((p.fine_inr for p in parts if p.fine_inr is not None), None)
    fines = [t.fine for t in tiers if t.fine is not None]
    if fine is not None and fines:
        if all(f.max_inr is not None and fine > f.max_inr for f in fines):
            problems.append("fine")
        elif all(f.min_inr is not None and fine < f.min_inr for f in fines):
            problems.append("fine minimum")
    problems.extend(_life_and_death(kinds, tiers))
    if not problems:
        return None
    said = claims or ", ".join(sorted(kinds - {"term", "fine"}))
    return (
        f"the text reports {said} under {provision}, which the law on {day} does not allow for "
        f"it alone: {format_penalty(law)}"
    )


# a statement said to be provided under the reference after it
_PROVIDED_UNDER = re.compile(
    r"\s+(?:(?:is|are)\s+)?(?:provided|prescribed|stipulated|laid\s+down|mandated)\s+"
    r"(?:under|in|by)\s+(?:the\s+)?(?:(?:section|sections|sec\.?|s\.)\s*)?",
    re.IGNORECASE,
)


def _provision_in(
    text: str,
    refs: Sequence[StatuteReference],
    starts: Sequence[int],
    low: int,
    high: int,
    position: int,
    end: int | None = None,
) -> str | None:
    """The provision a statement in the sentence *low*..*high* is said of: the nearest reference
    before it in the sentence, else the first after it, when lawref holds that provision. A
    nearer reference lawref does not resolve takes the statement from the one beyond it
    ("booked under Section 6 of the POCSO Act, which is punishable with death, and Section 67B
    of the IT Act": death is said of s.6, not of s.67B); an Act named with no section takes one
    only as law ("the POCSO Act, which provides …"), not as a court's or a charge's name ("the
    special POCSO court"). A statement its own clause says is provided under a reference after
    it (*end* onwards: "… is provided under Section 14 of the POCSO Act") is said of that one.
    *refs* are sorted by start (*starts*), so the
    sentence's references are found by binary search."""
    first, last = bisect.bisect_left(starts, low), bisect.bisect_left(starts, high)
    # an Act named for a court or a case ("the special POCSO court", "a POCSO case") takes no
    # statement; an Act named as law ("… and the POCSO Act, which provides …") does
    inside = [r for r in refs[first:last] if r.section is not None or _LAW_AFTER.match(text, r.end)]
    before = [r for r in inside if r.start < position]
    after = [r for r in inside if end is not None and r.start >= end]
    if after and end is not None and _PROVIDED_UNDER.fullmatch(text, end, after[0].start):
        # "… a maximum of seven years in jail is provided under Section 14 of the POCSO Act":
        # said of the provision its own clause names after it
        return after[0].provision
    if len(before) > 1 and _SAID_OF_ALL.search(text, before[-1].end, position):
        return None  # "Section 67B … and Section 292 IPC, which provide …": said of both
    if before:
        return before[-1].provision
    return inside[0].provision if inside else None
