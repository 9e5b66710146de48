"""Whether a stated punishment is a sentence a court imposed ("sentenced him to three years'
rigorous imprisonment") or what the law provides ("punishable with imprisonment up to five
years"), in English and in Hindi and Marathi: a sentence imposed is compared with the law only
where it exceeds what the provision allows.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from lawref.analysis.punishments.executive import ExecutiveReader
from lawref.analysis.punishments.grammar import (
    _COURT,
    _CUE_REACH,
    _EN_LEADING_TURN,
    _EN_TURN,
    _HAS_HINDI,
    _HI,
    _HI_NUMBER,
    _LAW_WORDED,
    _NUM,
    _PROSPECT_TURN,
    _SECTION_NAMED,
    _SENTENCE_END,
    _UNIT,
)
from lawref.analysis.punishments.parts import (
    _Part,
)
from lawref.statutes.phrases import format_days, format_inr, format_term

# a sentencing cue in the clause right before "maximum", with no punctuation between
_IMPOSED_JUST_BEFORE = re.compile(
    r"\b(?:sentenced|awarded|awarding|imposed|imposing|handed|gave|jailed)\b[^.,;:!?]*\Z",
    re.IGNORECASE,
)

# A sentence a court imposed, reported: a sentencing word before the statement's end in its
# sentence ("sentenced him to three years", "was sentenced to six years", "fined Rs 5,000");
# "imposed", "awarded", "handed down" only after a court in the sentence ("the court imposed a
# fine of Rs 10,000"; "the 2019 amendment imposed …" is law). Not after a word of what may be
# ("could be sentenced", "sought"), and with no word of the law between ("sentenced under Section
# 67B, which provides …").
# a sentence's change, and the "to" that opens the sentence passed in its stead
_CHANGE_WORD = re.compile(
    r"\b(?:brought\s+down|reduced|modified|enhanced|commuted|altered|scaled\s+down)\b",
    re.IGNORECASE,
)
_TO_BEFORE_NEW = re.compile(r"\bto\b", re.IGNORECASE)
# a sentence's word between a change and its "to", or before the change in the passive ("reduced
# the life sentence of a man … to", "The sentence was reduced from … to")
_CHANGED_WHAT = re.compile(
    r"\b(?:sentences?|punishment|(?:jail|prison)\s+terms?|terms?|imprisonment)\b", re.IGNORECASE
)
# the "to" that opens the new sentence, right before its term ("to 10 years", "to rigorous
# imprisonment for seven years")
_TO_NEW_TERM = re.compile(
    r"\bto\s+(?:(?:rigorous|simple)\s+)?(?:imprisonment\s+(?:for|of)\s+)?\Z", re.IGNORECASE
)
# … and "from" right before the old one ("reduced his sentence from ten years to seven years")
_FROM_OLD_TERM = re.compile(r"\bfrom\s+\Z", re.IGNORECASE)
_FROM_AFTER_NEW = re.compile(r"\s+from\b", re.IGNORECASE)
_UP_BEFORE = re.compile(r"\bup\s*\Z", re.IGNORECASE)
_PASSED_TO_BEFORE = re.compile(
    r"\b(?:sentenced|awarded|handed|given|condemned|imposed|pronounced"
    r"|(?:handed|meted|passed|dished)\s+(?:down|out|over|on))\s*\Z",
    re.IGNORECASE,
)
# a sentence's words right after "to": the new term's own phrase, however long
_TO_SENTENCE_WORDS = re.compile(
    r"\s+(?:a\s+)?(?:sentence|imprisonment|rigorous|simple|life|jail|RI)\b", re.IGNORECASE
)
_RELATIVE_OPEN = re.compile(r",\s*(?:who|which|whom)\b[^,]*\Z", re.IGNORECASE)
_FROM_WORD = re.compile(r"\bfrom\b", re.IGNORECASE)
_TO_NEXT = re.compile(r"[^,.;]{0,20}?\bto\b", re.IGNORECASE)
# between a "to" and the term right after it, none of these: "to him from 20 years" is no new term
_NOT_RIGHT_AFTER_TO = re.compile(r"\b(?:from|to|and)\b", re.IGNORECASE)
_TO_A_PERSON = re.compile(
    r"\s+(?:him|her|them|the\s+(?:accused|convicts?|appellants?|respondents?))\b", re.IGNORECASE
)
_CLAUSE_STOP = re.compile(r"[.;:!?]")
# the words between a "to" and a term right after it ("to five years", "to rigorous
# imprisonment for 10 years")
_TO_TERM_GAP = re.compile(
    r"\s+(?:(?:rigorous|simple)\s+)?(?:imprisonment\s+(?:for|of)\s+)?(?:a\s+(?:term|period)\s+of\s+)?\Z",
    re.IGNORECASE,
)


def _term_right_after(text: str, at: int, parts: Sequence[_Part]) -> bool:
    """Whether one of *parts* (terms) starts right after the "to" ending at *at*, only the
    words of ``_TO_TERM_GAP`` between ("imposed to five years": the new term's "to", not a
    passing of the old one to someone; review 2027-01-07 H3)."""
    return any(
        at < p.start <= at + 60 and _TO_TERM_GAP.match(text[at : p.start]) is not None
        for p in parts
    )


# The executive as the one that changed a sentence (a remission, commutation or pardon: CrPC
# ss.432-433, BNSS ss.473-474; Constitution arts.72, 161) is read by
# :class:`~lawref.analysis.punishments.executive.ExecutiveReader`, from the words of
# ``[analysis.executive]``.
# a court as the change's own subject: right before the verb in its clause, with no comma and
# no word that opens another clause between ("The Supreme Court commuted …", not "Years after
# the High Court confirmed his conviction, his sentence was reduced …", "The Supreme Court noted
# that his sentence was reduced …"; review 2027-01-06c H3)
# (an aside between commas and an initial's full stop may stand between: "The Madras High
# Court, on Friday, reduced …", "Justice N. Anand Venkatesh reduced …"; a court in a clause of
# its own is none: "The man whom the trial court sentenced …"; review 2027-01-06e M1-M3)
_COURT_SUBJECT = re.compile(
    r"\b(?:court|hc|sc|bench|judge|justices?|tribunal)\b"
    r"(?:,[^,;:.]{1,60},|(?!\b(?:that|after|when|which|who|whom|whose|where|before|since|once)\b)"
    r"(?:(?-i:[A-Z])\.|[^,;:.])){0,120}\Z",
    re.IGNORECASE,
)
# a word that opens a clause of its own right before the court ("Years after the High Court
# confirmed …", "whom the trial court sentenced …")
_SUBORDINATE_BEFORE_COURT = re.compile(
    r"\b(?:that|after|when|which|who|whom|whose|where|before|since|once|as|while|although"
    r"|though|if)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def _court_is_subject(text: str, low: int, at: int) -> bool:
    """Whether a court is the subject of the change at *at*: ``_COURT_SUBJECT`` reaches it
    from within its sentence (from *low*), and no word right before that court opens a clause
    of its own."""
    found = _COURT_SUBJECT.search(text, max(low, at - 160), at)
    return found is not None and not _SUBORDINATE_BEFORE_COURT.search(
        text, max(low, found.start() - 30), found.start()
    )


# between an old term and its change: ", which the High Court", ", which was later"
_WHICH_CHANGED = re.compile(
    r"(?:\s+(?:in\s+jail|in\s+prison|imprisonment))?\s*,?\s+(?:which|that)\s+"
    r"(?:[\w'\u2019]+\s+){0,5}",
    re.IGNORECASE,
)
# how far back from a term its sentence's change may stand
_CHANGE_REACH = 200
# at most this many statements in a sentence are read for a change (a bound: linear)
_CHANGE_PARTS = 8


def changed_before(
    text: str, changes: Sequence[tuple[int, int]], at: int, opener: re.Pattern[str]
) -> tuple[int, int] | None:
    """The change word (``_CHANGE_WORD``, in *changes*, sorted) whose sentence's new or old
    term starts at *at*: *opener* ("to" or "from") right before *at*, the change within
    ``_CHANGE_REACH`` characters before it in the same clause, and a sentence's word between
    or just before the change ("reduced the life sentence of a man convicted of raping his
    daughter to 10 years"; "The sentence was reduced from seven years to ten years"). The
    change's new term is the sentence passed in the old one's stead (open item of the
    fortieth session)."""
    if not opener.search(text, max(0, at - 40), at):
        return None
    index = bisect.bisect_left(changes, (at, at)) - 1
    if index < 0:
        return None
    start, end = changes[index]
    if at - end > _CHANGE_REACH or _CLAUSE_STOP.search(text, end, at):
        return None
    if not (
        _CHANGED_WHAT.search(text, end, at) or _CHANGED_WHAT.search(text, max(0, start - 40), start)
    ):
        return None
    return changes[index]


def apart_at_change(
    text: str,
    parts: Sequence[_Part],
    clause: tuple[int, int],
    changes: Sequence[tuple[int, int]],
) -> list[tuple[list[_Part], tuple[int, int]]]:
    """*parts* of one clause, split where a sentence passed is changed by "which" ("sentenced
    him to life imprisonment, which the High Court reduced to 14 years"): the sentence first
    passed and the one it was changed to are two statements, each judged on its own (as "death,
    which the High Court commuted to life imprisonment" is; review 2026-12-12c H6)."""
    whole = [(list(parts), clause)]
    if not changes or not 2 <= len(parts) <= _CHANGE_PARTS:
        return whole
    ordered = sorted(parts, key=lambda p: p.start)
    for at in range(1, len(ordered)):
        before, after = ordered[:at], ordered[at:]
        end = max(p.end for p in before)
        index = bisect.bisect_left(changes, (end, end))
        if index >= len(changes):
            break
        start = changes[index][0]
        # (the change before the new term's end: its punishment word may open the new term's
        # part before the change, "10 years in jail, which was enhanced to 20 years", the part
        # "jail, which was enhanced to 20 years", by a court named after it: "… by the High
        # Court"; closing note of 2027-01-06. Not a law's change, "… by the 2019 amendment",
        # nor the executive's, whose terms stay one statement; review 2027-01-07c W2)
        if not _WHICH_CHANGED.fullmatch(text, end, start):
            continue
        if start < after[0].start or (
            start < after[0].end
            and _COURT.search(text, start, min(clause[1], max(p.end for p in after) + 60))
        ):
            return [(before, clause), (after, clause)]
    return whole


def _end(part: _Part) -> int:
    return part.end


def without_old_sentence(
    text: str, parts: Sequence[_Part], changes: Sequence[tuple[int, int]]
) -> list[_Part]:
    """*parts* (one sentence's) without a changed sentence's old term: after a change word, the
    first "to" (not "up to", nor "to him", nor one in a relative clause about the old sentence)
    opens the new term, where a term ends right after it; the parts that end between the change
    word and that "to", or right after the new term's "from" ("reduced his sentence from ten
    years to seven years", "reduced the life sentence of a man … to 10 years", "to seven years
    from 10 years"), or between a later "from" and its "to" ("… and that of his brother from
    life imprisonment to 14 years"), are old terms, passed once and set aside. Later "to"s are
    later statements' ("… of the main accused to 10 years and that of the co-accused to seven
    years", "… though Section 67B prescribes up to five years"; reviews 2027-01-06b H1,
    2027-01-06c H1, H2)."""
    if not changes or not 2 <= len(parts) <= _CHANGE_PARTS:
        return list(parts)  # (a sentence with many statements is read as before: linear)
    kept = list(parts)
    last_end = max(p.end for p in parts)
    first_start = min(p.start for p in parts)
    index = bisect.bisect_left(changes, (first_start - _CHANGE_REACH, 0))
    for start, end in itertools.islice(changes, index, index + _CHANGE_PARTS):
        if start >= last_end:
            break
        for to in itertools.islice(
            _TO_BEFORE_NEW.finditer(text, end, min(last_end, end + _CHANGE_REACH)), _CHANGE_PARTS
        ):
            if _CLAUSE_STOP.search(text, end, to.start()):
                break
            if (
                _UP_BEFORE.search(text, max(0, to.start() - 4), to.start())
                or _TO_A_PERSON.match(text, to.end())
                or (
                    _PASSED_TO_BEFORE.search(text, max(end, to.start() - 40), to.start())
                    and not _term_right_after(text, to.end(), kept)
                )
                or _RELATIVE_OPEN.search(text, end, to.start())
            ):
                # "up to": a limit; "awarded to him": no new term (but "the seven-year sentence
                # imposed to five years" opens the new term: a term right after it; review
                # 2027-01-07 H3); "the accused, who had been
                # sentenced to seven years by the trial court, to 20 years": the old sentence
                # told in a relative clause (review 2027-01-06c H1)
                continue
            # (only the first other "to" opens the new term: "… is modified from the period
            # already undergone to sentence of rigorous imprisonment for a period of five years
            # and to pay a fine …" keeps its five years)
            new = next(
                (
                    p
                    for p in sorted(kept, key=_end)
                    if to.end() < p.end <= to.end() + 80
                    and not _NOT_RIGHT_AFTER_TO.search(text, to.end(), p.end)
                ),
                None,
            )
            if new is None:
                if _TO_SENTENCE_WORDS.match(text, to.end()):
                    break  # "to sentence of rigorous imprisonment for a period of …": its own
                continue  # "the 20-year sentence handed down to Sanjay Kumar to 10 years"
            old = [p for p in kept if end < p.end <= to.start()]
            after = _FROM_AFTER_NEW.match(text, new.end)
            if after is not None:
                # "… to seven years from 10 years of rigorous imprisonment": the old term after
                old += [p for p in kept if after.end() < p.end <= after.end() + 60]
            if old and _CHANGED_WHAT.search(text, max(0, start - 40), new.end):
                kept = [p for p in kept if p not in old]
            break
        # … and "from <old> to <new>" later in the change's sentence ("reduced his sentence to
        # 20 years and that of his brother from life imprisonment to 14 years"; review
        # 2027-01-06c H2)
        for came in itertools.islice(
            _FROM_WORD.finditer(text, end, min(last_end, end + _CHANGE_REACH)), _CHANGE_PARTS
        ):
            old = sorted((p for p in kept if came.end() < p.end <= came.end() + 60), key=_end)
            if not old:
                continue
            then = _TO_NEXT.match(text, old[0].end)
            if then is not None and any(then.end() < p.end <= then.end() + 40 for p in kept):
                kept = [p for p in kept if p is not old[0]]
    return kept


# (a term, life or death, not an age: "the 24-year-old convict"; review 2027-01-05c H2)
_OLD_SENTENCE_VALUE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|twenty)"
    r"[\s-]*(?:years?|months?)\b(?![\s-]*old)|\blife\b|\bdeath\b",
    re.IGNORECASE,
)

# after a sentence's change, what makes it no court's: an executive's remission or pardon, a
# plea bargain, an argument (reviews 2027-01-05b M1, M4)
# (the executive as the agent, not "rejected the state government's plea"; an argument with its
# speaker, not "what his counsel submitted" after the court's act; review 2027-01-05c H5)
# (the executive's words anywhere in the next 80 characters, but not as what a court rejected:
# "which rejected the state government's plea"; review 2027-01-05d H1, M3)
# (the executive as the one that changes it, not "a government school teacher", "the state
# government's appeal", "directed the government to …"; remission granted, not "without
# remission"; an argument set off after the statement, ", his advocate submitted", not "after
# his counsel submitted …"; reviews 2027-01-05d H1, M3, 2027-01-05e H1)
# (up to three words before "government" or "governor", "by Tamil Nadu Governor R N Ravi", "by
# the Uttar Pradesh government"; not "an appeal filed by the state government"; reviews
# 2027-01-05f H1, H6)
_NOT_A_COURTS_CHANGE = (
    # (the executive as the one that changed it: ``_EXECUTIVE_AFTER``, read right after the new
    # term; here only the executive's own acts told before: "after the state government
    # granted remission")
    r"(?:(?:after|following|when)\s+the\s+(?:state\s+|\w+\s+)?government\s+(?:granted|remitted"
    r"|ordered|accepted|approved)|granted\s+(?:him\s+|her\s+|them\s+)?(?:a\s+)?remission"
    r"|premature\s+release|mercy\s+(?:plea|petition)\s+(?:was\s+)?accepted"
    r"|plea\s+bargain\w*|,\s+(?:his|her|their|the)\s+(?:lawyer|counsel|advocate|defence|defense)s?"
    r"\s+(?:had\s+)?(?:argued|contended|claimed|submitted)|amendment|amended)\b"
)

_IMPOSED = re.compile(
    # ("in default of payment of fine, he shall undergo …": a court's order for the fine unpaid)
    r"\b(?:(?P<sure>sentenced|fined|jailed|in\s+default|(?:was|were|been)\s+awarded"
    # ("…, sentencing him to two concurrent 10 years of rigorous imprisonment", "sentencing the
    # accused to 7 years": the participle with the one sentenced and "to"; not "sentencing
    # guidelines"; survey of unseen reports, 2027-01-04)
    r"|sentencing(?=\s+(?:(?:him|her|them)\s+|the\s+(?:[\w'\u2019-]+\s+){0,3}?|\[name\]\s+"
    r"|(?-i:[A-Z])[\w.]*\s+(?:(?-i:[A-Z])[\w.]*\s+)?)to\b)"
    # a fine ordered ("was directed to pay a fine of Rs 15 lakh"; not "paid", said of any
    # fine: "paid a Rs 500 fine for riding without a helmet"), and a term got or given right
    # before it ("got seven years in jail", "was given 7 years RI"; "got the videos …" is none)
    r"|(?:was|were|been)\s+(?:also\s+)?(?:ordered|directed|asked|made)\s+to\s+pay|let\s+off\s+with"
    # ("he has been ordered to undergo rigorous imprisonment for twenty years", as the Patna High
    # Court's judgments word it; "was directed to undergo"; survey of unseen court reports,
    # 2027-01-05)
    r"|(?:was|were|been)\s+(?:also\s+)?(?:ordered|directed)\s+to\s+(?:undergo|serve)"
    # (a sentence changed, in the passive: "his substantive sentence for the offence … was
    # brought down to imprisonment for seven years", "the sentence was modified to rigorous
    # imprisonment for 25 years", "The sentence of the respondent is modified from the period
    # already undergone to …"; the same survey: freelaw.in, SCC Online, LiveLaw and others; not
    # "the punishment was enhanced to 20 years by the amendment", the law's)
    # (not a law's minimum or maximum, nor with a law named between: "the minimum sentence was
    # enhanced to 20 years", "the sentence under the amended Act was enhanced to …")
    # (one person's, in the past: "his substantive sentence for the offence … was brought down
    # to"; not "If he pleads guilty, his sentence is reduced to …", nor by remission, a
    # government or a mercy plea, nor a lawyer's argument; reviews 2027-01-05b M1, M4)
    r"|(?:(?<=\bhis\s)|(?<=\bher\s))(?:[\w-]+\s+){0,2}?sentences?\b[^.;:]{0,90}?"
    r"\b(?:was|has\s+been|had\s+been)\s+(?:thus\s+)?"
    r"(?:brought\s+down|reduced|modified|enhanced|commuted|altered|scaled\s+down)"
    r"(?=\s+(?:from\b[^.;]{0,60}?\bto|to)\b)(?!(?:(?!\b(?:rejected|dismissed|declined|refused|turned\s+down)\b)[^.;]){0,80}\b"
    + _NOT_A_COURTS_CHANGE
    + r")"
    # (… and a sentence with no law's words: "the sentence was modified to …", "The sentence of
    # the respondent is modified from …"; not "the sentence for gang rape … has been enhanced to
    # life", a law's, nor "enhanced" at all, the word of the laws' changes; review 2027-01-05b H1)
    r"|(?<=\bthe\s)sentences?"
    r"(?:\s+of\s+the\s+(?:appellant|appellants|convict|convicts|accused|respondent|petitioner)s?)?"
    r"\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:thus\s+)?"
    r"(?:brought\s+down|reduced|modified|altered|scaled\s+down)"
    r"(?=\s+(?:from\b[^.;]{0,60}?\bto|to)\b)(?!(?:(?!\b(?:rejected|dismissed|declined|refused|turned\s+down)\b)[^.;]){0,80}\b"
    + _NOT_A_COURTS_CHANGE
    + r")"
    # (one person's sentence changed by a higher court: "His sentence was reduced to five
    # years"; not "the punishment was reduced", which may be the law's; review 2027-01-04d)
    r"|(?:(?<=\bhis\s)|(?<=\bher\s))(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:sentence|punishment|jail\s+term|prison\s+term|term)\s+(?:was|has\s+been|had\s+been)"
    r"\s+(?:reduced|enhanced|modified|commuted)(?=\s+(?:to|from)\b)"
    r"(?!(?:(?!\b(?:rejected|dismissed|declined|refused|turned\s+down)\b)[^.;]){0,80}\b"
    + _NOT_A_COURTS_CHANGE
    + r")"
    # (and a headline's present, "Man gets five years in jail for sharing …", "Two get 10
    # years", a court's sentence told as news tells it; judging pass of 2027-01-09; said of
    # no one in particular it is the law, ``_gets_in_general``)
    r"|(?:got|gets|get|received|(?:was|were)\s+given)"
    rf"(?=\s+(?:an?\s+)?(?:{_NUM}(?:\s?\({_NUM}\))?[\s-]{_UNIT}"
    r"|(?:jail|prison)\s+term|fine\b"
    r"|rigorous|simple\s+imprisonment|life\b)))"
    # "the court directed the accused to pay": an order to pay only after a court ("the accused
    # asked the girl to pay a fine of Rs 50,000" is a demand)
    # (and what a higher court did to a sentence: "which the High Court commuted to life
    # imprisonment", "the Supreme Court restored the death sentence", "upheld")
    # ("a local court slammed a 20-year rigorous imprisonment term on a man"; survey of unseen
    # English pages, 2027-01-10; only with the term right after it: "slammed the police for
    # seeking 10 years" is a rebuke, review 2027-01-10b H3)
    r"|(?P<court>awarded|awarding|imposed|imposing|handed\s+down|slapped|pronounced"
    rf"|slammed(?=\s+(?:an?\s+)?(?:{_NUM}[\s-]|life\b|rigorous\b|simple\b))"
    r"|pronouncing"
    # ("The Court punished a 30-year-old man with six years of rigorous imprisonment"; survey of
    # unseen reports, 2027-01-04)
    r"|levied|levying|punished(?=\s+(?:him|her|them|the\s+|an?\s+|\[name\]|(?-i:[A-Z])))"
    # (… only of a sentence passed: "upheld the death sentence awarded to", "restored the
    # conviction and the sentence", "commuted it to life"; not "upheld the death penalty
    # provision" or "the amendment that introduced death penalty": review 2026-12-13a H3)
    # (… and of a term passed: "upheld the 20-year jail term awarded to", "the life imprisonment
    # awarded", "the death penalty given to", "the trial court's order sentencing him"; review
    # 2026-12-13b H6)
    # (… and a higher court's change to a sentence: "The High Court reduced the sentence to five
    # years", "enhanced his punishment to life"; review 2027-01-04d; not "reduced the
    # punishment provided", the law's)
    r"|(?:reduced|enhanced|modified|altered|brought\s+down)(?=\s+(?:the|his|her|their|its)\s+"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:sentences?|punishment|jail\s+terms?|prison\s+terms?|terms?)"
    # ("reduced the life sentence of a man convicted under … to 10 years", "modified the
    # sentence “to undergo …”"; survey of unseen court reports, 2027-01-05)
    r"(?:\s+of\s+[^.;:]{1,90}?)?\s+[\u201c\"']?(?:to|from)\b)"
    # ("…, which the High Court reduced to 14 years": a court's change right after the court)
    # (… with a word of time between: "; the High Court later reduced it to 14 years"; closing
    # note of 2027-01-06)
    # (only with "it", the sentence told before: "a term which the Supreme Court later reduced
    # to 20 years" stays the first sentence's own; review 2027-01-07c W1)
    r"|(?:(?<=\bcourt\s)|(?<=\bhc\s)|(?<=\bbench\s))"
    r"(?:(?:later|subsequently|then|further|eventually|finally)\s+(?=\w+\s+it\s+to\b))?"
    r"(?:reduced|modified|enhanced|brought\s+down)"
    r"(?=\s+(?:it\s+)?to\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|twenty|life|rigorous|simple|imprisonment)\b)"
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
    rf"(?:an?\s+)?(?:{_NUM}(?:\s?\({_NUM}\))?[\s-]{_UNIT}(?![\s-]+old)|life\b|rigorous\b|simple\b))"
    # ("convicted the accused to undergo rigorous imprisonment", "directed him to undergo": a
    # court's words for the sentence it passed)
    r"|(?:ordered|directed|ordering|directing)\s+(?:[\w'\u2019]+\s+){0,3}?to\s+(?:pay|undergo)"
    r"|convicted\s+(?:[\w'\u2019]+\s+){0,3}?to\s+undergo))\b",
    re.IGNORECASE,
)

# terms passed on several with a limit: "imposed jail terms up to 20 years", "awarded sentences
# ranging up to …"
_PLURAL_TERMS = re.compile(r"(?:(?:jail|prison)\s+terms|sentences|terms)\b", re.IGNORECASE)
_PASSED_JUST_BEFORE = re.compile(
    r"\b(?:imposed|awarded|handed\s+down|gave)\s+(?:the\s+)?\Z", re.IGNORECASE
)
# … the court the verb's subject: the court's word, then the verb's clause with no law-maker or
# amendment between ("The court convicted the three accused and imposed …"; not "The Supreme
# Court noted that the 2019 amendment imposed …")
# (not "act", "that", "which": "The judge, who heard the case under the POCSO Act, imposed …";
# review 2027-01-04b H4)
_COURT_SUBJECT_BEFORE = re.compile(
    r"\b(?:court|judge|bench|magistrate|board|tribunal|jjb)\b"
    r"(?![^.;]*\b(?:amendment|amendments|parliament|legislature|government|ordinance|bill)\b)"
    r"[^.;]*\Z",
    re.IGNORECASE,
)
# … and no law named as the verb's own subject right before it ("The court noted that the POCSO
# Act imposed …", "… that Section 67B imposed …"; review 2027-01-04c H2)
_LAW_SUBJECT_JUST_BEFORE = re.compile(
    r"\b(?:law|laws|act|section|sections|provision|provisions|statute|code|sanhita|rules?)"
    r"(?:\s+(?!and\b|or\b)[\w.()/-]+){0,3}\s+(?:also\s+)?\Z",
    re.IGNORECASE,
)
# a fine's range told as a sentence: "fined the accused …" (someone named or a role after
# "fined"), or "was/were/has been fined …", or fines a court "imposed"
_FINE_RANGE_PASSED = re.compile(
    r"fined\s+(?!(?:rs\.?|₹|inr|rupees|up\s+to|upto|between|from|\d)\b)[a-z\[]", re.IGNORECASE
)
_FINE_RANGE_PASSED_BEFORE = re.compile(
    r"(?:\b(?P<passive>was|were|been)\s+(?:also\s+)?|\bimposed\s+(?:a\s+)?)\Z", re.IGNORECASE
)
# a statement that opens with the court's verb ("sentenced him to five years and a fine of …")
_SENTENCED_OPENS = re.compile(r"sentenced\b", re.IGNORECASE)
# … not in the present with people in general as its subject ("offenders under Section 67B are
# sentenced to …", "persons convicted of such crimes are sentenced to …"; reviews 2027-01-05a H1,
# 2027-01-05b H4, H12); an order's "The accused are sentenced to …" is passed
_PRESENT_BE_BEFORE = re.compile(r"\b(?:is|are|be|get|gets)\s+\Z", re.IGNORECASE)
# (a bare plural at a clause's opening, not "the accused persons", "all the convicts", "three
# offenders": an order names its convicts; review 2027-01-05c H1; and one in general, "a
# person convicted under this section", "a first-time offender"; review 2027-01-05d H2)
# (the subject of "is/are sentenced" itself, with no comma, no named accused and no "he"
# between: not "The accused, being a first-time offender, is sentenced", "Every accused person
# is sentenced", "Those present heard the judge say the accused is sentenced"; reviews
# 2027-01-05d H2, H8, 2027-01-05e H2, H3)
_GENERAL_SUBJECT = re.compile(
    r"(?:(?:[,;:]\s*|\b(?:that|said|observed|held|noted)\s+)"
    r"(?:(?:first|repeat|habitual|first-time|such)\s+)?"
    r"(?:offenders|persons|people|those|anyone|anybody|whoever|perpetrators|culprits|convicts)\b"
    r"|(?<!\bis\s)(?<!\bbeing\s)(?<!\bas\s)(?<!\bwas\s)\b(?:any|such|every)\s+"
    r"(?!accused\b|\d+-year-old\b)(?:[\w-]+\s+){0,2}?(?:person|offender|convict|individual)\b"
    # (one, "a"/"an", from a place is a case's: "An offender from Nagpur who uploaded CSAM …";
    # review 2027-01-06c H5)
    r"|(?<!\bis\s)(?<!\bbeing\s)(?<!\bas\s)(?<!\bwas\s)\b(?:a|an)\s+"
    r"(?!accused\b|\d+-year-old\b)(?:[\w-]+\s+){0,2}?(?:person|offender|convict|individual)\b"
    r"(?!\s+from\s+(?-i:[A-Z])))"
    # (nor a remark's turn to the case: "… and that Ramesh is sentenced", "in this case",
    # "… and accordingly Mohd Salim is sentenced", "and hence the appellant", "so both"; one
    # case's people, "in the Kathua case" (not "in the case of a first conviction"; review
    # 2027-01-06b H4), an order's numbered accused ("Persons
    # A1 to A3 are sentenced"); "he" or "she" as the subject; not "and
    # that too", nor "on Telegram and WhatsApp", "and Instagram reels", "under the IT Act and
    # POCSO Act": a name is capitalised words, each lower-case after its first letter, right
    # before "is/are"; reviews 2027-01-05f H8, 2027-01-05g H1, 2027-01-06 H2, M2)
    r"(?:(?!\bthe\s+(?:accused|convict)|\b(?:he|she)\s+is\s+\Z|\band\s+that\b(?!\s+too\b)"
    r"|\bin\s+this\s+case\b|\bin\s+the\s+(?:[\w-]+\s+){0,3}?(?:case|raids?)\b"
    r"(?!\s+of\s+(?:a|an|any|first|second|subsequent|repeat)\b)"
    r"|\b(?-i:A)-?\d{1,2}\b(?=\s*(?:,|and|to|&)\s*(?-i:A)-?\d)"
    r"|\b(?:and|so|hence|thus|therefore|accordingly)\s+"
    r"(?:(?:that|accordingly|hence|therefore|thus|so)\s+)?(?:(?:the\s+)?(?:two|three|four|both"
    r"|appellants?|respondents?|accused|convicts?|\d+-year-old)\b|this\s+convict\b"
    r"|(?-i:[A-Z][a-z.]+)(?:\s+(?-i:[A-Z][a-z.]+)){0,2}\s+(?:is|are)\s+\Z))[^,;])*"
    r"\s(?:is|are)\s+\Z",
    re.IGNORECASE,
)


def _sentenced_in_general(text: str, sentence_start: int, at: int) -> bool:
    """Whether "sentenced" at *at* is said in the present of people in general: "is/are" right
    before it and a general subject (``_GENERAL_SUBJECT``) in the sixty characters before."""
    low = max(sentence_start, at - 90)
    # (a sentence's start opens a clause too)
    said = (", " if low == sentence_start else "") + text[low:at]
    return bool(
        _PRESENT_BE_BEFORE.search(text, max(sentence_start, at - 8), at)
        and _GENERAL_SUBJECT.search(said)
    )


# a court's word in the passive or joined to the sentence's own clause, with no court before it:
# "was sentenced to 7 years and slapped with a fine", "… and also imposed a fine", "…, besides
# being imposed a fine" (review 2027-01-04d H3)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:(?:been|was|were)\s+(?:also\s+)?|and\s+(?:also\s+)?|besides\s+being\s+)\Z",
    re.IGNORECASE,
)

# a sentence passed told right after its statement: "… sentence imposed under Section 6", "…
# was also imposed on him", "… which was awarded to"; not "can be imposed" (the law's)
_IMPOSED_AFTER = re.compile(
    r"\s+(?:(?:which|that)\s+)?(?P<past>(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:also\s+)?)?(?:imposed|awarded|levied|handed\s+down)\b",
    re.IGNORECASE,
)

# the sentence passed, named: "Alongside the sentence, …", "He was convicted and …"
_SENTENCE_NAMED = re.compile(r"\b(?:sentence|sentenced|convicted|conviction)\b", re.IGNORECASE)

# … and on whom, when no court is named in its sentence: "A fine of Rs 10,000 was also imposed
# on the accused" (a report's next sentence after "The court sentenced him …"; the law imposes on
# no one in the past; not "on the platform", a regulator's)
_IMPOSED_ON_PERSON = re.compile(
    r"\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?)(?:imposed|levied)\s+on\s+"
    r"(?:him|her|them|each|both|all|\[name\]|the\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:accused|convicts?|culprits?|offenders?|appellants?|man|woman|men|youths?|teacher"
    r"|duo|trio)\b)",
    re.IGNORECASE,
)

# a court named after the statement, as the passive's agent: "He was slapped with a fine of Rs
# 1 lakh by the court"
_BY_COURT_AFTER = re.compile(
    r"\s+by\s+(?:the\s+|a\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:court|judge|bench|magistrate|tribunal)\b",
    re.IGNORECASE,
)

# a court's own sentence or fine, by the possessive right before it: "upheld the trial court's
# Rs 50,000 penalty", "the Special Court's sentence of 10 years", "set aside the sessions
# court's five-year jail term" (closing note of 2027-01-11: read as the law's); not a court's
# remark on the law ("the court's view that the punishment is up to …" has a word between)
_COURT_POSSESSIVE_BEFORE = re.compile(
    # (not the Supreme Court's, whose sentences a report cites as precedents: "the Supreme
    # Court's death penalty verdict in Bachan Singh"; review 2027-01-12e H2)
    r"(?<!\bsupreme\s)(?<!\bapex\s)(?<!\btop\s)"
    r"\b(?:court|judge|bench|magistrate|tribunal|jjb)['\u2019]s\s+"
    r"(?:(?:original|earlier|initial|impugned)\s+)?"
    r"(?:(?:sentence|order|fine|penalty|punishment)\s+of\s+)?\Z",
    re.IGNORECASE,
)

# … not where the statement qualifies another noun after it: "the Supreme Court's death penalty
# guidelines", "the magistrate's 3 years' punishment power" (review 2027-01-12a H2); not a
# verdict, judgment or reference, which carry the sentence ("the trial court's death penalty
# verdict"; review 2027-01-12c H2)
_NOUN_AFTER_POSSESSED = re.compile(
    r"\s+(?:guidelines?|jurisprudence|rulings|verdicts|judgments|powers?|provisions?|regime"
    r"|principles?|doctrine|framework|policy|policies|precedents?|norms?|limits?|cases?"
    r"|jurisdiction|standards?|debate)\b",
    re.IGNORECASE,
)

_PROSPECT = re.compile(
    r"\b(?:could|may|might|can|will|would|shall|should|must|likely|liable|sought|seeks|seeking"
    r"|sought|demanded|demands|prayed|urged|to|faces?|facing)\s+"
    # (and a verb joined before the cue: "would be arrested and jailed for three years")
    r"(?:be\s+(?:[a-z]+ed\s+and\s+)?|have\s+(?:been\s+)?|get\s+)?\Z",
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

# before a headline's "gets": a subject that is anyone who does the act, a condition or a
# prospect, not one person sentenced ("Whoever shares …, gets", "An offender gets", "A
# first-time convict gets", "If convicted, he gets", "You get …", "will also get"; review
# 2027-01-10 A-H1, A-H2, A-M1); not "if" inside what he did ("… threatened to leak pics if
# girl refused gets"), nor "to" as a preposition ("sent obscene pics to minor gets"): review
# 2027-01-10b H1
_GETS_IN_GENERAL = re.compile(
    r"\b(?:whoever|whomever|anyone|anybody|everyone|everybody|unless)\b"
    r"|\bif\s+(?:convicted|found\s+guilty|proven|proved)\b|\byou\s+\Z"
    r"|\b(?:one|those|people|persons)\s+who\b|\b(?:an?|any|every|each)\s+(?:[\w-]+\s+)?"
    r"(?:offenders?|convicts?|persons?|individuals?|users?|one)\b"
    r"|\b(?:will|would|can|could|may|might|shall|should|must)\s+"
    r"(?:(?:[a-z]+ly|also|even|now|only|well|still|then|soon|just|not|never)\s+){0,2}\Z",
    re.IGNORECASE,
)

# an indefinite head and "who" with the verb of its clause (adverbs and auxiliaries between or
# not): a present tense says what anyone who does it gets ("A man who shares such videos gets
# …"); a past one tells of the one sentenced ("A man who shared child porn gets …"); a bare or
# definite head is one person whatever the tense ("Man who lives with minor gets …", "Accused,
# who is a resident of Thane, gets …"; review 2027-01-10b H1)
_INDEFINITE_WHO = re.compile(
    r"\b(?:an?|any|every|each)\s+(?:[\w-]+\s+){0,2}who\s+"
    r"(?:(?:[a-z]+ly|also|even|still|then|later)\s+)*([a-z\u2019']+)",
    re.IGNORECASE,
)
_WHO_PAST = frozenset(
    {
        "was", "were", "had", "did", "could", "sold", "sent", "shot", "made", "took", "bought",
        "hid", "ran", "kept", "spread", "put", "saw", "broadcast", "stole", "paid", "lured",
        "caught", "gave", "got", "wrote", "told", "met", "left", "found", "been", "being",
    }
)  # fmt: skip

# the head of a plural subject that names the ones sentenced: a count ("Two get 10 years",
# "All five accused get …", "Three of the accused get …"), two named by "and" ("Teacher and
# principal get …") or a group of the case ("Couple get …", "Brothers get …", "Accused get
# …"); not a class ("Parents who share … get", "Violators get"), nor an order ("Share child
# porn, get 7 years", "Watch child porn and get …")
_COUNTED_SUBJECT = re.compile(
    r"\s*(?:all\s+)?(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|both|duo|trio|couple|brothers|sisters|siblings|cousins|accused"
    # (and counts of the convicted, as statistics give them: "Most convicts get 2 years in jail
    # under Section 67, NCRB data shows" tells of sentences passed, not of the law; judging
    # pass of 2027-01-10)
    r"|many|few|most|some|several)\b"
    r"|\s*[\w'.\u2019-]+(?:\s+[\w'.\u2019-]+){0,3}\s+(?:and|&)\s+[\w'.\u2019-]+",
    re.IGNORECASE,
)

# names joined by commas, a headline's way ("Teacher, principal get …", "Man, wife get …",
# "Father, uncle get …"): two to four items of one to three words each
_NAMED_BY_COMMAS = re.compile(
    r"\s*[\w'.\u2019-]+(?:\s+[\w'.\u2019-]+){0,2}(?:\s*,\s*[\w'.\u2019-]+(?:\s+[\w'.\u2019-]+){0,2}){1,3}"
    r"\s*\Z"
)


def _gets_in_general(text: str, sentence_start: int, cue_start: int, plural: bool) -> bool:
    """Whether a headline's "gets" or "get" with a term before *cue_start* is said of no one in
    particular (``_GETS_IN_GENERAL``; an indefinite head's "who" clause in the present,
    ``_INDEFINITE_WHO``; a plural subject that is neither counted, named by "and" or by
    commas, nor a group of the case, ``_COUNTED_SUBJECT``): the law stated as news states it
    ("Parents who share such photos get ten years"), not a sentence passed (reviews
    2027-01-10 A-H1 to A-H3 and 2027-01-10b H1, H2)."""
    subject = text[max(sentence_start, cue_start - 200) : cue_start]
    if _GETS_IN_GENERAL.search(subject) or _NOT_GOT.search(subject[-30:]):
        return True
    for who in _INDEFINITE_WHO.finditer(subject):
        verb = who[1].lower()
        if not verb.endswith("ed") and verb not in _WHO_PAST:
            return True
    if plural:
        clause = re.split(r"[;:|]", subject)[-1]
        if clause.rstrip().endswith(","):
            return True  # "Share child porn, get 7 years": an order
        if _NAMED_BY_COMMAS.match(clause):
            return False  # "Teacher, principal get 5 years"
        clause = clause.rsplit(",", 1)[-1]
        return _COUNTED_SUBJECT.match(clause) is None or clause.rstrip().lower().endswith(
            (" and", "&")
        )
    return False


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


_LAW_BETWEEN = re.compile(
    r"\b(?:punishable|provides?|provided|prescribes?|prescribed|carries|carry|attracts?|entails?"
    r"|maximum|minimum|which|faces?|facing)\b",
    re.IGNORECASE,
)

_IN_DEFAULT = re.compile(
    # (not "default bail", "in default of appearance", "in default of his bail conditions", "on
    # loan repayments": reviews 2026-12-21e H3, 21f H4; a wider reach and a narrower word were
    # tried and withdrawn, review 2026-12-21g H1, H2)
    r"\bdefaults?\b(?!\s+bail)(?!\s+of\s+(?:appearance|bail|his|her|their|the\s+bail))"
    r"(?!\s+on\s+(?:loan|the\s+loan))"
    # (the tail counted after the judgment's "of payment of the fine amount"; review
    # 2026-12-28b M6)
    r"(?:\s+of\s+(?:the\s+)?payment(?:\s+of\s+(?:the\s+)?(?:said\s+)?(?:fine|compensation)"
    r"(?:\s+amount)?)?)?(?:[^.;]{0,40}"
    # (or a clause of its own whose subject is the one sentenced: "In default of payment, the
    # convict will undergo an additional three months …"; survey of unseen reports,
    # 2027-01-04)
    r"|[^.;,]{0,12},\s(?:the\s)?(?:accused|convicts?|he|she|they)\s(?:will|shall|would|has\sto"
    r"|have\sto)\s(?:have\sto\s)?(?:undergo|serve|suffer|spend)\s(?:an?\s)?"
    r"(?:(?:additional|further|extra)\s)?)\Z"
    # … and the words reports use for it: "if he fails to pay the fine, he will undergo",
    # "failing which", "in case of non-payment", "if the fine is not paid", "pay Rs 5 lakh as
    # compensation or face six months in jail" (not "who did not pay the victim", "cannot pay
    # for a lawyer": a payment of the fine or the compensation only; review 2026-12-28a H2)
    r"|\b(?:fail(?:s|ed|ing)?\s+to\s+(?:pay|deposit)\s+(?:(?:the|this|that|his|her)\s+)?"
    r"(?:fine|amount|penalty|compensation|it)|failing\s+which|non-?\s?payment|failure\s+to\s+pay"
    r"|(?:fine|amount|penalty|compensation)\s+is\s+not\s+(?:paid|deposited)"
    r"|non-?\s?deposit)\b[^.;]{0,40}\Z"
    r"|\b(?:fine[ds]?|compensation|(?:rs\.?|₹)\s?[\d,]+(?:\s(?:lakhs?|crores?|thousand))?)"
    r"\s+or\s+(?:face|undergo|serve)\b[^.;]{0,20}\Z"
    # Marathi "दंड न भरल्यास आणखी सहा महिने": a term if the fine is not paid
    r"|न\sभरल्यास\s[^\u0964.;]{0,20}\Z"
    # "जुर्माना अदा न करने पर 6 माह का अतिरिक्त कारावास": a term served if the fine is not paid
    r"|(?:न|नहीं)\s(?:करने|भरने|देने|चुकाने)\s(?:पर|की\sस्थिति\sमें)\s[^\u0964.;]{0,20}\Z",
    re.IGNORECASE,
)

# rigorous imprisonment: "RI", Hindi's "कठोर"/"सश्रम", Marathi's "सक्तमजुरी" (hard labour)
_RIGOROUS = re.compile(r"\brigorous\b|\bR\.?I\b|कठोर|सश्रम|सक्त\s?मजुरी", re.IGNORECASE)

_SIMPLE = re.compile(r"\bsimple\s+imprisonment\b", re.IGNORECASE)

# A sentence a Hindi report says a court passed, after the statement as Hindi puts its verb:
# "20 वर्ष के कठोर कारावास की सजा सुनाई", "… से दंडित किया", "58 हजार रुपये जुर्माना भी लगाया";
# not what may be ("सजा सुनाई जा सकती है") or the law ("सजा का प्रावधान है")
_HI_IMPOSED = re.compile(
    rf"(?:सजा|सज़ा|कैद|कारावास|जेल|सजा-ए-मौत)\s(?:भी\s)?(?:सुनाई|सुनायी|सुनाया|दी|दिया|मिली|मिला|हुई|हुआ)"
    rf"(?![{_HI}])"
    # (a day or a word of time between: "उम्रकैद की सजा मंगलवार को सुनायी"; survey of unseen
    # reports, 2027-01-04)
    rf"|(?:सजा|सज़ा)\s(?:सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|बृहस्पतिवार|आज)"
    rf"\sको\s(?:सुनाई|सुनायी|सुनाया)(?![{_HI}])"
    rf"|शिक्षा\s(?:सुनाई|सुनायी)(?![{_HI}])"
    # Marathi: "शिक्षा सुनावली", "शिक्षा ठोठावण्यात आली", "दंड ठोठावला", and the Hindi word in a
    # Marathi sentence ("सात वर्षे कारागृहाची सजा सुनावली"; survey of unseen Marathi pages,
    # 2027-01-14)
    rf"|(?:शिक्षा|दंड|द्रव्यदंड|सक्तमजुरी|कारावास|तुरुंगवास|सजा|सज़ा)\s(?:सुनावली|सुनावला|सुनावण्यात|ठोठावली"
    rf"|ठोठावला|ठोठावण्यात|दिली|झाली|झाला)(?![{_HI}])"
    # (with "ण्ड" for "ंड", as Hindi also spells it: "दण्डित", "अर्थदण्ड")
    rf"|(?:दंडित|दण्डित)\s(?:किया|किये|किए)(?![{_HI}])"
    rf"|(?:जुर्माना|अर्थदंड|अर्थदण्ड|अर्थ\sदंड|अर्थ\sदण्ड|आर्थिक\sदंड)\s(?:भी\s)?(?:लगाया|ठोका|ठोंका|किया|सुनाया|लगाते\sहुए)"
    rf"(?![{_HI}])"
    # a court's decision to give the sentence: "… की सजा देने का निर्णय सुनाया" (survey of unseen
    # reports, 2027-01-04)
    rf"|(?:सजा|सज़ा|कारावास|कैद)\sदेने\sका\s(?:निर्णय|फैसला|फ़ैसला|आदेश)\s(?:सुनाया|दिया)"
    rf"(?![{_HI}])"
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
    rf"(?<![{_HI}])(?:जुर्माना|जुर्माने|अर्थदंड|अर्थदण्ड|आर्थिक\sदंड)(?:\s[^\s,\u0964]+){{0,3}}"
    r"\s(?:न|नहीं)\s"
    rf"(?:करने|देने|भरने|चुकाने)\sपर(?![{_HI}])"
)

# what follows a term in default of a fine that the court ordered: "… होगा", "… भुगतनी होगी",
# "… की सजा अलग से काटनी होगी" (within 60 characters of the term, with no "नहीं" or a word of what
# may be between)
_HI_DEFAULT_CLAUSE_BREAK = re.compile(rf",|(?<![{_HI}])(?:कि|नहीं|नही)(?![{_HI}])")
_HI_DEFAULT_LAW = re.compile(
    rf"(?<![{_HI}])(?:प्रावधान|कानून|धारा|अधिनियम|एक्ट)(?![{_HI}])|पाए\sजाने\sपर|पाये\sजाने\sपर"
)
_HI_DEFAULT_ORDERED = re.compile(
    rf"(?:(?!नहीं|नही|सक|।)[^.])"
    r"{0,60}?"
    rf"(?<![{_HI}])(?:होगा|होगी|होंगे)(?![{_HI}])"
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
# a court, "ने" and its past verb of passing right before a term, as headlines put it ("अदालत ने
# सुनाई पांच साल की सजा"); not a remark ("कोर्ट ने कहा"), nor what may be ("सुनाई जा सकती")
_HI_PASSED_BEFORE = re.compile(
    rf"(?<![{_HI}])(?:कोर्ट|हाईकोर्ट|हाइकोर्ट|न्यायालय|अदालत|न्यायाधीश|जज)\sने\s"
    rf"(?:सुनाई|सुनायी|सुनाया|दी|दिया)\s\Z"
)
# after the term, what makes it no order: a term cited, waived or challenged ("… की सजा का
# हवाला", "… में छूट", "… को चुनौती")
_HI_CITED_AFTER = re.compile(
    rf"\s(?:(?:का|की|के)\s(?:हवाला|जिक्र|ज़िक्र|उल्लेख)|में\sछूट|को\sचुनौती)(?![{_HI}])"
)

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

_HI_SERVICE_ORDERED = re.compile(
    " (?:करने का आदेश दिया|करने के आदेश दिए|करने का निर्देश दिया|की सजा सुनाई|की सज़ा सुनाई|की सजा दी)"
)

# … and the words of an order for it, after a court, a judge, a bench or a Board in its sentence
_SERVICE_ORDER = re.compile(r"\b(?:ordered|directed|sentenced)\b[^.;!?\n]{0,50}\Z", re.IGNORECASE)


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


def _imposed(
    text: str,
    sentence_start: int,
    end: int,
    parts: Sequence[_Part],
    executive: ExecutiveReader,
) -> bool:
    """Whether the statement ending at *end* reports a sentence a court imposed ("sentenced him
    to three years' rigorous imprisonment and a fine of Rs 10,000", "was sentenced to six
    years"), not what the law provides: the last sentencing word of ``_IMPOSED`` before its end
    in its sentence ("imposed" and "awarded" only after a court), not after a word of what may be
    (``_PROSPECT``: "could be sentenced"), no word of the law between it and the statement
    (``_LAW_BETWEEN``), and no limit or range in the statement ("up to five years" is the law's
    form), but for a fine's range told as a sentence ("fined the accused Rs 10,000 to Rs 20,000
    each") and terms passed on several ("the court … imposed jail terms up to 20 years"); a
    statement followed by "imposed" ("the 20-year sentence imposed under Section 6"), with a
    court in its sentence, is one too (``_IMPOSED_AFTER``)."""
    if not parts:
        return False
    # (a fine's range told as a sentence: someone fined by name or role, "The court fined the
    # accused Rs 10,000 to Rs 20,000 each", the past passive, "The man was fined Rs 5,000 to Rs
    # 10,000", or fines a court imposed; not "first-time offenders are fined …", the law's, even
    # where a court observed it; reviews 2027-01-04c H9, 04d H2, H7)
    first = min(p.start for p in parts)
    passed_before = _FINE_RANGE_PASSED_BEFORE.search(text, max(sentence_start, first - 30), first)
    range_passed = _FINE_RANGE_PASSED.match(text, first) is not None or (
        passed_before is not None
        and (passed_before["passive"] is not None or _COURT.search(text, sentence_start, first))
    )
    if not range_passed and _SENTENCED_OPENS.match(text, first):
        # the statement opens with the court's verb: "The court sentenced him to five years and
        # a fine of Rs 10,000 to Rs 20,000", "He was sentenced to …"; not "may be sentenced",
        # nor a court's remark on the law ("The court observed that offenders … are sentenced
        # to …"; review 2027-01-05a H1)
        range_passed = bool(
            _PASSIVE_BEFORE.search(text, max(sentence_start, first - 12), first)
            or (
                _COURT.search(text, sentence_start, first)
                and not _sentenced_in_general(text, sentence_start, first)
            )
        )
    # (a fine's range is the law's form but where it is told as a sentence, above; reviews
    # 2027-01-04a H5, 04b H3)
    if any((p.limited or p.fine_range) and not (p.fine_range and range_passed) for p in parts):
        # a limit is the law's form, but for terms passed on several, plural, right after a
        # court's verb with the court its subject: "the court … imposed jail terms up to 20
        # years" (survey of unseen reports, 2027-01-04); not the law-maker's ("the 2019
        # amendment imposed jail terms up to 20 years"; review 2027-01-04a H11).
        verb = _PASSED_JUST_BEFORE.search(text, max(sentence_start, first - 30), first)
        return (
            _PLURAL_TERMS.match(text, first) is not None
            and verb is not None
            and _COURT_SUBJECT_BEFORE.search(
                text, max(sentence_start, verb.start() - 80), verb.start()
            )
            is not None
            and _LAW_SUBJECT_JUST_BEFORE.search(
                text, max(sentence_start, verb.start() - 40), verb.start()
            )
            is None
        )
    served = [p for p in parts if not (p.kind == "term" and _default_cue(text, p) is not None)]
    if served and len(served) < len(parts):
        # a term in default after the sentence ("…, failing which he will be jailed for six
        # more months") is no part of what the sentence's words govern (review 2026-12-28b M6)
        parts = served
        end = max(p.end for p in served)
    if any(p.kind == "payment" for p in parts):
        return True  # a payment is read only as a court's order (:mod:`.payments`)
    if all(_ordered_in_default(text, sentence_start, p) for p in parts):
        # "If he fails to pay the fine, he will undergo three more months in jail": a term in
        # default of a fine is one a court orders (IPC s.64; BNS s.8), where a court, a
        # sentence or a fine is named in its sentence or the one before
        return True
    if all(p.kind == "term" and _default_cue(text, p) is not None for p in parts):
        # a term in default no court ordered: a threat ("failing which he would be arrested
        # and jailed for 10 years"), the law in general; never a sentence (review 2026-12-28b
        # H3)
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
        # "the 20-year sentence imposed under Section 6", "a penalty of Rs 50,000 was also
        # imposed on him by the court": the participle or passive right after the statement,
        # with a court in its sentence (survey of unseen reports, 2027-01-04)
        after = _IMPOSED_AFTER.match(text, end)
        if _COURT_POSSESSIVE_BEFORE.search(
            text, max(sentence_start, first - 60), first
        ) and not _NOUN_AFTER_POSSESSED.match(text, end):
            return True  # "the trial court's Rs 50,000 penalty": the court's, passed
        return _IMPOSED_ON_PERSON.match(text, end) is not None or (
            after is not None
            and (
                bool(_COURT.search(text, sentence_start, reach))
                # … in the past, with the sentence named in its sentence or a court in the one
                # before: "Alongside the sentence, a Rs 50,000 penalty was levied"
                or (
                    after["past"] is not None
                    and bool(
                        _SENTENCE_NAMED.search(text, sentence_start, reach)
                        or _COURT.search(text, max(0, sentence_start - _CUE_REACH), sentence_start)
                    )
                )
            )
        )
    cue = cues[-1]
    if (
        cue["court"]
        and not _COURT.search(text, sentence_start, cue.start())
        and not (
            # "He was slapped with a fine of Rs 1 lakh by the court": the court as the agent
            _PASSIVE_BEFORE.search(text, max(sentence_start, cue.start() - 30), cue.start())
            and _BY_COURT_AFTER.match(text, end)
        )
    ):
        # a court's word with no court before it, in the passive with no agent: the last sure
        # word before it, if any ("The convicts were sentenced to life imprisonment and have
        # also been imposed a fine …"; survey of unseen reports, 2027-01-04); not an
        # amendment's or the State's "imposed" (review 2027-01-04c M1)
        sure = [c for c in cues if c["sure"]]
        if not sure or not _PASSIVE_BEFORE.search(
            text, max(sentence_start, cue.start() - 30), cue.start()
        ):
            return False
        cue = sure[-1]
    opening = min(parts, key=lambda p: p.start)
    inside = _CHANGE_WORD.search(text, max(cue.end(), opening.start), opening.end)
    if inside is not None and executive.changed_it(
        text, end, lambda: _court_is_subject(text, sentence_start, inside.start())
    ):
        # a new term told with its change after the sentence passed ("sentenced him to 10 years
        # in jail, which was reduced to seven years by the state government under the remission
        # policy": the seven years' part opens at "jail"), changed by the executive: no court's
        return False
    if _CHANGE_WORD.search(cue.group()):
        # a sentence changed: only what follows its "to" is passed; a term, life or death named
        # before it is the sentence set aside, which the statement would hold too ("modified
        # the sentence from life imprisonment to 20 years", "reduced the life sentence of a man
        # … to 10 years"; review 2027-01-05b H2, H3): not read as passed
        to = _TO_BEFORE_NEW.search(text, cue.end(), max(p.end for p in parts))
        if to is None or any(
            p.start < to.start()
            and _OLD_SENTENCE_VALUE.search(text, p.start, min(p.end, to.start()))
            for p in parts
        ):
            return False
        changed_at = cue.start()
        if executive.changed_it(
            text, end, lambda: _court_is_subject(text, sentence_start, changed_at)
        ):
            return False  # "… commuted to life imprisonment by the Centre in 2019"
    if _PROSPECT.search(text, max(sentence_start, cue.start() - 40), cue.start()):
        return False
    if _NOT_PASSED.search(text, max(sentence_start, cue.start() - 80), cue.start()):
        return False
    if cue.group().lower() == "sentenced" and _sentenced_in_general(
        text, sentence_start, cue.start()
    ):
        return False  # "The court said persons convicted of such crimes are sentenced to life"
    if (
        cue["sure"]
        and cue["sure"].lower() in ("gets", "get")
        and _gets_in_general(text, sentence_start, cue.start(), cue["sure"].lower() == "get")
    ):
        return False  # "Parents who share such photos get ten years in jail": the law
    if cue["sure"] and (
        cue["sure"].lower().startswith(("got", "received", "was given", "were given"))
        and _NOT_GOT.search(text, max(sentence_start, cue.start() - 30), cue.start())
    ):
        return False  # "had got 10 years in an earlier case", "wanted that he got …"
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
    text: str, parts: Sequence[_Part], low: int, high: int, executive: ExecutiveReader
) -> list[tuple[list[_Part], tuple[int, int]]]:
    """The parts of a sentence, split in two where Hindi turns from the law to a court ("5 साल
    की सजा का प्रावधान है, लेकिन कोर्ट ने आरोपी को 3 साल की सजा सुनाई": the law stated before
    ``_HI_BUT``, a sentence passed after it) or from a court to the law ("… सजा सुनाई, जबकि …
    का प्रावधान है"); else all of them, as one."""
    whole = [(list(parts), (low, high))]
    if not _HAS_HINDI.search(text, low, high):
        return _english_turn(text, parts, low, high, executive) or whole
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
        if (
            before
            and after
            and len(before) + len(after) == len(parts)
            and _HI_IMPOSED.search(text, head, turn.start())
            and _HI_LAW_NAMED.search(text, turn.end(), high)
            and not _HI_IMPOSED.search(text, turn.end(), high)
        ):
            # a sentence passed, then the law ("अदालत ने आरोपी को पांच साल की सजा सुनाई, जबकि
            # आईपीसी की धारा 354सी में … तीन साल तक की सजा का प्रावधान है"): each its own clause,
            # the sentence passed no provision of the law's clause (reviews 2027-01-03a H2, 03d
            # H6: one merged statement, read as the law, differed)
            return [(before, (low, turn.start())), (after, (turn.end(), high))]
    return whole


# (a clause's turn in English: ``grammar._EN_TURN``, ``_EN_LEADING_TURN``, ``_PROSPECT_TURN``)
# at most this many statements in a sentence, and turns in it, are read for a turn
_TURN_PARTS = 6


def _english_turn(
    text: str, parts: Sequence[_Part], low: int, high: int, executive: ExecutiveReader
) -> list[tuple[list[_Part], tuple[int, int]]] | None:
    """The parts of an English sentence split in two where it turns between a sentence passed
    and the law ("He was sentenced to two years, though the law provides a maximum of five
    years": a sentence of two years, and the law's limit of five), each judged on its own with
    the whole sentence's reach for its provision; None where it does not turn so."""
    if len(parts) > _TURN_PARTS:
        return None  # a sentence with many statements is read as before (a bound: linear)
    # (a turn to "faces" before any other turn at the same place: ", while his associate
    # faces …" isolates each half's section as the prospect turn does; review 2026-12-20a H2)
    turns = sorted(
        (
            (turn.start(), turn.end(), pattern is _PROSPECT_TURN)
            for pattern in (_EN_TURN, _PROSPECT_TURN)
            for turn in itertools.islice(pattern.finditer(text, low, high), _TURN_PARTS)
        ),
        key=lambda turn: (turn[0], not turn[2], turn[1]),
    )
    leading = _EN_LEADING_TURN.match(text, low, high)
    if leading is not None:
        turns.insert(0, (leading.start("comma"), leading.end("comma"), False))
    for turn_start, turn_end, prospect in turns:
        before = [p for p in parts if p.end <= turn_start]
        after = [p for p in parts if p.start >= turn_end]
        if not before or not after or len(before) + len(after) != len(parts):
            continue
        head = min(p.start for p in before)
        passed_first = _imposed(text, low, max(p.end for p in before), before, executive)
        passed_last = _imposed(text, turn_end, max(p.end for p in after), after, executive)
        law_first = _LAW_WORDED.search(text, max(low, turn_start - 300), turn_start)
        law_last = _LAW_WORDED.search(text, turn_end, min(high, turn_end + 300))
        if (passed_first and not passed_last and law_last is not None) or (
            passed_last and not passed_first and law_first is not None and head >= low
        ):
            if prospect and (
                _SECTION_NAMED.search(text, head, turn_start)
                or _SECTION_NAMED.search(text, turn_end, high)
            ):
                # (where either half names a section, each half is its own clause: its
                # provision and its tiers are its own, never the other half's ("sentenced to
                # three years under Section 12 …, and faces up to five years under Section 67B",
                # "… in the second case", "was sentenced to ten years in 2015, and now faces up
                # to five years under Section 67B"; reviews 2026-12-19a H2, H6, 19d H3, 19e H3);
                # where neither does, both take a section named at the sentence's head ("Under
                # Section 67B, [name], jailed for two years in 2019, faces …")
                return [(before, (low, turn_start)), (after, (turn_end, high))]
            return [(before, (low, high)), (after, (low, high))]
    return None


def _last_match(pattern: re.Pattern[str], text: str, low: int, high: int) -> re.Match[str] | None:
    """The last match of *pattern* in *text* from *low* to *high*, or None."""
    return max(pattern.finditer(text, low, high), key=_match_start, default=None)


def _match_start(match: re.Match[str]) -> int:
    return match.start()


def _court_passed_limit(text: str, start: int, sentence: tuple[int, int]) -> bool:
    """Whether a statement with a limit ("… 20 हजार रुपये तक का जुर्माना") starting at *start* is
    still a court's act: a court is the subject of its sentence before it, with no remark ("कि",
    a colon, "स्पष्ट किया") nor a relative clause of the law ("जिसमें …") between, and the first
    cue of a sentence passed after it governs it: no word of the law or of a turn between
    ("प्रावधान", "हालांकि", "पर"), and no word of what may be or is done in general after it
    ("लगाया जा सकता था", "लगाया जाता है"). "अदालत ने आरोपी को … दोषी पाया और 10 हजार से 20
    हजार रुपये तक का जुर्माना लगाया" (review 2027-01-04d; reviews 2027-01-05a H3-H6). "Up to" is
    the law's form only where no court passes it."""
    sentence_start, sentence_end = sentence
    # (within ``_LIMIT_REACH`` characters either side: bounded, whatever the sentence's length)
    low = max(sentence_start, start - _LIMIT_REACH)
    high = min(sentence_end, start + _LIMIT_REACH)
    court = _last_match(_HI_COURT_SUBJECT, text, low, start)
    if court is None or _HI_LIMIT_NOT_PASSED_BEFORE.search(text, court.end(), start):
        return False
    cue = _HI_IMPOSED.search(text, start, high)
    ordered = _HI_PAYMENT_ORDERED.search(text, start, high)
    if ordered is not None and (cue is None or ordered.start() < cue.start()):
        cue = ordered  # "… तक का जुर्माना भरने का आदेश दिया" (review 2027-01-05b H5)
    return (
        cue is not None
        and not _HI_LIMIT_NOT_PASSED_BETWEEN.search(text, start, cue.start())
        and not _HI_MAY_BE.match(text, cue.end(), high)
        and not _HI_HABITUAL.match(text, cue.end(), high)
    )


# how far before and after a Hindi limit its court and its cue are looked for
_LIMIT_REACH = 400


# between a court and a limit: a remark, or a relative clause of the law ("न्यायालय ने स्पष्ट
# किया: …", "… दोषी पाया जिसमें 2 साल तक की कैद …"; review 2027-01-05a H3, H4, H6)
# (not "बताया" alone, which also declares: "दोषी बताया"; review 2027-01-05b M3)
_HI_LIMIT_NOT_PASSED_BEFORE = re.compile(
    rf"(?<![{_HI}])(?:कि|जिसमें|जिसके|जिनमें|जिनके|जिस\sधारा|टिप्पणी|कहा|लिखा)(?![{_HI}])"
    r"|स्पष्ट\sकिया|:"
)
# between a limit and its cue: the law's word or a turn ("… तक की सजा का प्रावधान है, …",
# "हालांकि … लगाया जा सकता था, पर …"; review 2027-01-05a H5, H6)
# ("पर" only as "but", after a comma: "आरोपी पर लगाया" is "on"; review 2027-01-05b M3)
_HI_LIMIT_NOT_PASSED_BETWEEN = re.compile(
    rf"(?<![{_HI}])(?:प्रावधान|हालांकि|हालाँकि|लेकिन|किंतु|किन्तु|परंतु|परन्तु|जबकि|मगर|जिसमें)"
    rf"(?![{_HI}])|,\s?पर(?![{_HI}])"
)
# a fine the court ordered paid: "… का जुर्माना भरने का आदेश दिया", "अदा करने को कहा", "जमा करने
# के निर्देश दिए"
_HI_PAYMENT_ORDERED = re.compile(
    rf"(?<![{_HI}])(?:भरने|अदा\sकरने|जमा\sकरने|चुकाने|देने)\s(?:का\sआदेश|के\sआदेश|का\sनिर्देश"
    rf"|के\sनिर्देश|को\sकहा)(?![{_HI}])"
)
# done in general: "लगाया जाता है", "दी जाती है" (the law's habit, not an order)
_HI_HABITUAL = re.compile(rf"\s(?:जाता|जाती|जाते|होता|होती|होते)(?![{_HI}])")


def _hindi_imposed(
    text: str, parts: Sequence[_Part], sentence: tuple[int, int], executive: ExecutiveReader
) -> bool:
    """Whether a Hindi statement reports a sentence a court passed: one of ``_HI_IMPOSED``
    after its start in its sentence (Hindi puts the verb last: "कोर्ट ने आरोपी को 20 वर्ष के
    कठोर कारावास की सजा सुनाई"), not followed by a word of what may be (``_HI_MAY_BE``: "सजा
    सुनाई जा सकती है"), and no limit in the statement ("पांच साल तक की सजा" is the law's form)
    unless a court passes it (``_court_passed_limit``)."""
    if not parts:
        return False
    start = min(p.start for p in parts)
    if not _HAS_HINDI.search(text, start, max(p.end for p in parts)):
        return False
    sentence_start, sentence_end = sentence
    if any(p.limited for p in parts) and not all(
        _court_passed_limit(text, p.start, sentence) for p in parts if p.limited
    ):
        return False
    default = _last_match(_HI_IN_DEFAULT, text, max(sentence_start, start - 120), start)
    if (
        default is not None
        # (its own clause: no comma, "कि" or "नहीं" between: not "… जेल नहीं होगी, यह कानून
        # कहता है कि छह माह का कारावास होगा")
        and not _HI_DEFAULT_CLAUSE_BREAK.search(text, default.end(), start)
        and _HI_DEFAULT_ORDERED.match(text, max(p.end for p in parts), sentence_end)
        # (nor the law's words anywhere in the sentence: "धारा 67बी में प्रावधान है कि जुर्माना न
        # भरने पर छह माह की अतिरिक्त कैद होगी", "… दोषी पाए जाने पर …"; review 2027-01-06b H5)
        and not _HI_DEFAULT_LAW.search(text, sentence_start, sentence_end)
    ):
        # "जुर्माना नहीं देने पर मुजरिम को छह माह का अतिरिक्त सश्रम कारावास होगा", "… दो महीने की
        # कारावास की सजा अलग से भुगतनी होगी": a term in default of a fine, said as what will be,
        # is the court's order (survey of unseen reports, 2027-01-06: Prabhat Khabar, Patrika,
        # Legally Speaking, Janta Se Rishta); "… हो सकता है" stays the law's
        return True
    # (the penalty's own clause: nothing between opens another, no sentencing verb after, no
    # court named anywhere in the sentence; review 2027-01-06e H1)
    if executive.levied_in_hindi(
        text, start, max(p.end for p in parts), (sentence_start, sentence_end), _last_match
    ):
        # "राज्य सरकार ने कंपनी पर 10 लाख रुपये का आर्थिक दंड लगाया", "नगर निगम ने …": a penalty
        # the executive imposed is no court's sentence (review 2027-01-06d W1)
        return False
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
    # a headline's order, the verb before the term: "… युवक को अदालत ने सुनाई पांच साल की सजा"
    # (survey of unseen Hindi and Marathi pages, 2027-01-10); not a term the court cited
    # ("अदालत ने दिया 7 साल की सजा का हवाला"; review 2027-01-10b L2)
    return (
        _HI_PASSED_BEFORE.search(text, max(sentence_start, start - 60), start) is not None
        and _HI_CITED_AFTER.match(text, max(p.end for p in parts)) is None
    )


# what makes a term in default no order made: a prospect between the words of default and the
# term ("if he fails to pay, he could face one year"; "may get six more months"), or reported
# words before them ("the caller claimed that if she failed to pay …"; review 2026-12-28a H3)
_DEFAULT_PROSPECT = re.compile(
    r"\b(?:could|may|might|can|would|must|face|faces|facing|liable|likely)\b", re.IGNORECASE
)
_DEFAULT_REPORTED = re.compile(
    r"\b(?:told|claimed|claiming|threatened|threatening|warned|warning|anyone|whoever|who"
    r"|explained|explaining|law)\b",
    re.IGNORECASE,
)
# the court's order named before a term in default: a court, a sentence or a fine
_ORDER_BEFORE = re.compile(r"\b(?:sentenced|fined?|convicted|court|judge)\b", re.IGNORECASE)
# a sentencing word between the words of default and a term: the term is the sentence ("Because
# he failed to deposit the amount, he was sentenced to seven years"; review 2026-12-28a H2)
_SENTENCED_BETWEEN = re.compile(
    r"\b(?:sentenced|awarded|got|gets|jailed|convicted|handed)\b", re.IGNORECASE
)


# the words of default right after a term, with only its own words between ("six months'
# imprisonment if he fails to pay the fine", "six months more in default of payment")
_DEFAULT_AFTER = re.compile(
    r"(?:['\u2019]s?)?(?:\s+(?:more|additional|extra|further|(?:of\s+)?(?:simple|rigorous)"
    r"|imprisonment|jail|prison|in\s+(?:jail|prison)|behind\s+bars)\b){0,3}\s+"
    r"(?:if\s+(?:he|she|they|the\s+(?:accused|convicts?))\s+(?:fails?|failed)\s+to\s+"
    r"(?:pay|deposit)\s+(?:(?:the|this|that|his|her)\s+)?(?:fine|amount|penalty|compensation)"
    r"|in\s+default\s+of\s+(?:the\s+)?(?:payment|fine)|in\s+case\s+of\s+non-?\s?payment)\b",
    re.IGNORECASE,
)

_SENTENCED_RIGHT_BEFORE = re.compile(
    r"\b(?:sentenced|awarded|handed|jailed|got)\b[^.;,]{0,20}\Z", re.IGNORECASE
)

_SENTENCE_OPENS = re.compile(r"(?:sentenced|awarded|handed|convicted|got)\b", re.IGNORECASE)


def _default_cue(text: str, part: _Part) -> re.Match[str] | None:
    """The words of default before the term *part* ("in default", "failing which", "if he fails
    to pay the fine"), within 110 characters (the tail after them within 40) and with no
    sentencing word between them or opening the term's own words: the term is served only if
    the money is not paid."""
    cue = _IN_DEFAULT.search(text, max(0, part.start - 110), part.start)
    if (
        cue is None
        and _SENTENCED_RIGHT_BEFORE.search(text, max(0, part.start - 30), part.start) is None
    ):
        # … or right after the term, in its own words: "six months' imprisonment if he fails
        # to pay the fine", "… more in jail in default of payment" (no comma or "and" between:
        # "three years, and if he fails to pay …" is the sentence's own term; nor a term the
        # sentencing word opens: "sentenced to five years' RI in default of …")
        cue = _DEFAULT_AFTER.match(text, part.end)
    if (
        cue is None
        or _SENTENCED_BETWEEN.search(text, cue.start(), part.start) is not None
        # (a term whose own words open with the sentencing word: "… he was sentenced to seven
        # years"; not "he will be jailed for six months", the default term's own wording;
        # review 2026-12-28b H3)
        or _SENTENCE_OPENS.match(text, part.start) is not None
    ):
        return None
    return cue


def _ordered_in_default(text: str, sentence_start: int, part: _Part) -> bool:
    """Whether *part* is a term a court ordered in default of a fine or compensation: a term
    with the words of default (``_IN_DEFAULT``) before it, no prospect between them, no
    reported words before them in its sentence, and a court, a sentence or a fine named within
    300 characters before the term (its sentence or the one before; "in default of payment of
    fine, he shall undergo …" names its fine)."""
    if part.kind != "term":
        return False
    cue = _default_cue(text, part)
    if cue is None or _DEFAULT_PROSPECT.search(text, cue.start(), part.start):
        return False
    if _DEFAULT_REPORTED.search(text, sentence_start, cue.start()):
        return False
    return _ORDER_BEFORE.search(text, max(0, part.start - 300), part.start) is not None


def _sentence_terms(text: str, parts: Sequence[_Part]) -> list[_Part]:
    """The parts of a sentence imposed, without a term served in default of a fine."""
    return [p for p in parts if not (p.kind == "term" and _default_cue(text, p) is not None)]


def _kind_near(text: str, terms: Sequence[_Part], start: int, end: int) -> str:
    """The kind of imprisonment said nearest one of *terms*, within 40 characters of it inside
    the statement (*start*..*end*): "rigorous imprisonment for five years", "five years' RI";
    not the kind of another term in the statement, such as one in default of the fine
    ("… five years and a fine of Rs 10,000, in default of which six months of simple
    imprisonment"; reviews 2026-12-21e M2, 21f H5)."""
    best: tuple[int, str] | None = None
    for term in terms:
        low, high = max(start, term.start - 40), min(end, term.end + 40)
        for pattern, kind in (
            (_RIGOROUS, "rigorous imprisonment"),
            (_SIMPLE, "simple imprisonment"),
        ):
            for found in pattern.finditer(text, low, high):
                if "default" in text[max(start, found.start() - 70) : found.start()].lower():
                    continue  # the kind of a term in default ("(in default, RI for one month)")
                if found.end() <= term.start:
                    gap = term.start - found.end()
                else:
                    gap = max(found.start() - term.end, 0)
                if best is None or gap < best[0]:
                    best = (gap, kind)
    return best[1] if best else "imprisonment"


def _default_kind(text: str, terms: Sequence[_Part]) -> str:
    """The kind of imprisonment said nearest one of the terms in default, within 40 characters
    before it or 15 after ("in default, RI for one month", "six months of simple
    imprisonment")."""
    best: tuple[int, str] | None = None
    for term in terms:
        # (after the term, only its own words: "six months of simple imprisonment", not the
        # sentence's kind that follows, "… six more months, sentenced him to rigorous …")
        low, high = max(0, term.start - 40), min(len(text), term.end + 15)
        for pattern, kind in (
            (_RIGOROUS, "rigorous imprisonment"),
            (_SIMPLE, "simple imprisonment"),
        ):
            for found in pattern.finditer(text, low, high):
                gap = (
                    term.start - found.end()
                    if found.end() <= term.start
                    else max(found.start() - term.end, 0)
                )
                if best is None or gap < best[0]:
                    best = (gap, kind)
    return best[1] if best else "imprisonment"


def _imposed_claims(
    text: str,
    parts: Sequence[_Part],
    start: int,
    end: int,
    in_default: bool = False,
    default_terms: Sequence[_Part] = (),
) -> str:
    """A sentence imposed, in words: its terms (rigorous or simple where the text says so), its
    fine, life or death ("a sentence of rigorous imprisonment for 3 years; a fine of ₹10,000");
    a term *in_default* of the fine as such ("simple imprisonment for 3 months in default of
    paying the fine")."""
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
        # (the kind of a term in default of the fine is not the sentence's: "five years and a
        # fine of Rs 10,000, in default of which six months of simple imprisonment")
        kind = _kind_near(text, [p for p in parts if p.kind == "term"], start, end)
        said_in_days = {p.max_months: p.days for p in parts if p.days is not None}
        said_terms = " and for ".join(
            format_days(said_in_days[m]) if m in said_in_days else format_term(m) for m in terms
        )
        term_parts = [p for p in parts if p.kind == "term"]
        if all(p.limited and p.min_months is None for p in term_parts):
            said_terms = f"up to {said_terms}"  # "imposed jail terms up to 20 years"
        pieces.append(
            f"{kind} for {said_terms} in default of paying the fine"
            if in_default
            else f"a sentence of {kind} for {said_terms}"
        )
    fines = sorted({p.fine_inr for p in parts if p.fine_inr is not None})
    ranged = sorted({p.fine_inr for p in parts if p.fine_inr is not None and p.fine_range})
    if len(ranged) == 2 and len(fines) == 2:
        # a fine passed as a range ("fined Rs 10,000 to Rs 20,000"): the range, as said
        pieces.append(f"a fine of {format_inr(ranged[0])} to {format_inr(ranged[1])}")
    elif fines:
        pieces.append("a fine of " + " and of ".join(map(format_inr, fines)))
    pieces.extend(_payment_claims(parts))
    defaults = sorted({m for p in default_terms for m in (p.max_months, p.min_months) if m})
    if defaults and not in_default:
        # "… Rs 5 lakh as compensation, and in default, one year of simple imprisonment": the
        # term in default beside what is to be paid (review 2026-12-28a M6)
        kind = _default_kind(text, default_terms)
        pieces.append(
            f"{kind} for {' and for '.join(map(format_term, defaults))} in default of payment"
        )
    return "; ".join(pieces)


def _payment_claims(parts: Sequence[_Part]) -> list[str]:
    """The payments ordered among *parts* in words, in the text's order: by the accused "an
    order to pay ₹5 lakh as compensation" (or "… to a fund"), by the State "compensation of ₹5
    lakh, paid by the State", and with no payer named "compensation of ₹5 lakh awarded"."""
    said = []
    for p in sorted(parts, key=lambda p: p.start):
        if p.paid_inr is None:
            continue
        amount = format_inr(p.paid_inr)
        if p.paid_for == "fund":
            said.append(f"an order to pay {amount} to a fund")
        elif p.paid_by == "state":
            said.append(f"compensation of {amount}, paid by the State")
        elif p.paid_by == "accused":
            said.append(f"an order to pay {amount} as compensation")
        else:
            said.append(f"compensation of {amount} awarded")
    return said


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
    r"\b(?:(?:sought|seeking|seeks|demanded|demanding|urged|pleaded\s+for|prayed\s+for|asked\s+for)"
    r"\s+(?:\S+\s+){0,3}"
    # (an opinion of what is due, right before the term: "the father said the accused
    # deserved at least ten years"; not "which the police said deserves stricter enforcement,
    # provides …"; reviews 2026-12-22a M2, 22c M3)
    # (only words that lead to a punishment between: "deserved to get", "deserves to be locked
    # up in jail for", "deserves nothing short of", "deserved the maximum punishment of"; not
    # "deserves a rethink as it carries"; reviews 2026-12-22d H5, 22e H1)
    r"|(?:deserved?|deserves|deserving)\s+(?:(?:to|get|be|jailed|put|locked|up|serve|spend|face"
    r"|at|least|a|an|the|nothing|short|less|than|no|of|for|maximum|minimum|harshest|severest"
    r"|severe|stringent|strict|strictest|exemplary|most|and|punishment|sentence|jail|prison"
    r"|imprisonment|in|behind|bars)\s+){0,8})\Z",
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
