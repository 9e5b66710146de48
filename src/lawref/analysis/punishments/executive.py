"""Whether the executive, not a court, changed or imposed a penalty a report states.

A remission, commutation or pardon is the executive's power (CrPC ss.432-433, BNSS ss.473-474;
Constitution arts.72, 161), not a sentence a court passed: "his sentence was commuted to life
imprisonment by the Centre in 2019" passes no sentence. A fine a government or a municipal body
levies ("नगर निगम ने दुकानदार पर 5000 रुपये का जुर्माना लगाया") is no court's either. The
reader of sentences passed (:mod:`lawref.analysis.punishments.imposed`) asks this module, which
holds no words of its own: they are ``[analysis.executive]`` in the conduct file
(:class:`~lawref.analysis.models.ExecutiveWords`).

English: right after a changed sentence's new term (a place, a year or "in jail" may stand
between), the executive as the agent ("by the Centre", "by the then Governor", "by the jail
authorities"), or its recommendation, orders or approval ("on the recommendation of the
Governor"); and, where no court is the change's own subject, its act or word as the occasion
("after the President accepted his mercy petition") or its means ("under the state's remission
scheme"). A court named first is the agent ("by the Madras High Court on an appeal by the state
government"); a body followed by a party's word ("the state government's counsel") is none.
Reviews 2027-01-05f H1, 2027-01-06 H1, M1, 2027-01-06b H2, H3, 2027-01-06c H4, M1.

Hindi: an executive body as the penalty's own subject ("राज्य सरकार ने", "नगर निगम ने"), with
nothing between that opens another clause, an active verb of levying after the penalty, and no
court named in the sentence (reviews 2027-01-06d W1, 2027-01-06e H1, 2027-01-07 M3).

Every pattern is an alternation of words with bounded windows: linear in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lawref.analysis.models import ExecutiveWords
from lawref.analysis.patterns import alternation
from lawref.analysis.punishments.grammar import _HI

# what may stand between a new term and the executive phrase after it
_AFTER_THE_TERM = (
    r"(?:\s+(?:in\s+(?:jail|prison)|(?:rigorous|simple)\s+imprisonment|imprisonment"
    r"|in\s+\d{4}|last\s+year|earlier|later))*,?\s+"
)
# words that open a Hindi clause of their own between an executive subject and its penalty
_HI_CLAUSE_BETWEEN = re.compile(
    rf",|(?<![{_HI}])(?:कि|और|जिसे|जिसके|जिसने|जहां|जबकि)(?![{_HI}])|\sने(?![{_HI}])"
)


class ExecutiveReader:
    """The executive's words of ``[analysis.executive]``, compiled; with no words, nothing is
    the executive's."""

    def __init__(self, words: ExecutiveWords) -> None:
        bodies = alternation(words.bodies, r"\s+")
        parties = alternation(words.party_words, r"\s+")
        courts = alternation(words.court_words, r"\s+")
        means = alternation(words.means, r"\s+")
        # a body, not one a party's word follows ("the state government's counsel")
        body = (
            rf"(?:{bodies})"
            + (rf"(?![\u2019']s\s+(?:{parties}))(?!\s+(?:{parties}))" if parties else "")
            if bodies
            else ""
        )
        # up to three words before the body, none of them a court's ("by the then Union Home
        # Ministry"); after "by", an initial's full stop may be among them
        not_court = rf"(?!(?:{courts})\b)" if courts else ""
        lead = not_court + r"[\w\u2019'.-]+\s+"
        lead = rf"(?:{lead}){{0,3}}?"
        plain = rf"(?:{not_court}[\w\u2019'-]+\s+){{0,3}}?"
        self.agent_after = (
            re.compile(
                _AFTER_THE_TERM
                + r"(?:by\s+(?:the\s+)?(?:then\s+)?"
                + lead
                + body
                + r"|(?:on|after|following|upon)\s+(?:the\s+)?(?:recommendation|orders?|advice"
                r"|approval|direction)s?\s+of\s+(?:the\s+)?"
                + plain
                + body
                + r"|after\s+(?:the\s+)?(?:approval|nod|sanction)\s+of\s+(?:the\s+)?"
                + plain
                + body
                + r")\b",
                re.IGNORECASE,
            )
            if body
            else None
        )
        occasions = []
        if body:
            occasions.append(r"(?:after|following|when|once|on|upon)\s+(?:the\s+)?" + lead + body)
        if means:
            occasions.append(
                # ("by virtue of remission", "with remission", "due to remission"; review
                # 2027-01-07b M2)
                r"(?:under|through|by\s+way\s+of|by\s+virtue\s+of|following|after|on|in|upon"
                r"|with|due\s+to|owing\s+to|as\s+per|pursuant\s+to|in\s+terms\s+of"
                r"|in\s+accordance\s+with)\s+(?:the\s+|an?\s+)?" + plain + rf"(?:{means})"
            )
        self.occasion_after = (
            re.compile(_AFTER_THE_TERM + "(?:" + "|".join(occasions) + r")\b", re.IGNORECASE)
            if occasions
            else None
        )
        # a body of two words whose first the statement's words took ("reduced to 14 years by
        # the jail authorities": the statement ends at "jail")
        tails: dict[str, list[str]] = {}
        for word in words.bodies:
            first, _, rest = word.strip().lower().partition(" ")
            if rest:
                tails.setdefault(first, []).append(rest)
        self.tail = [
            re.compile(
                rf"(?<=\bby the {re.escape(first)})\s+(?:" + alternation(rests, r"\s+") + r")\b",
                re.IGNORECASE,
            )
            for first, rests in sorted(tails.items())
            if first in {"jail", "prison"}
        ]
        hindi_bodies = alternation(words.hindi_bodies, r"\s")
        self.hindi_subject = (
            re.compile(rf"(?<![{_HI}])(?:{hindi_bodies})\sने(?![{_HI}])") if hindi_bodies else None
        )
        verbs = alternation(words.hindi_penalty_verbs, r"\s")
        self.hindi_penalty = (
            re.compile(rf"[^\u0964.]{{0,30}}?(?<![{_HI}])(?:{verbs})(?![{_HI}])(?!\s(?:गया|गई|गए))")
            if verbs
            else None
        )
        hindi_courts = alternation(words.hindi_court_words, r"\s")
        self.hindi_court = re.compile(rf"(?<![{_HI}])(?:{hindi_courts})") if hindi_courts else None

    def changed_it(self, text: str, end: int, court_is_subject: Callable[[], bool]) -> bool:
        """Whether the executive changed the sentence whose new term ends at *end*: its agent
        phrase right after the term, or (where *court_is_subject* says no court is the change's
        own subject) its occasion or means."""
        if self.agent_after is not None and self.agent_after.match(text, end):
            return True
        if any(tail.match(text, end) for tail in self.tail):
            return True
        return (
            self.occasion_after is not None
            and self.occasion_after.match(text, end) is not None
            and not court_is_subject()
        )

    def levied_in_hindi(
        self,
        text: str,
        start: int,
        end: int,
        sentence: tuple[int, int],
        last: Callable[..., re.Match[str] | None],
    ) -> bool:
        """Whether a Hindi penalty at *start*..*end* is one an executive body levied: the body as
        its own subject (the last before it, within 120 characters, found by *last*), nothing
        between that opens another clause, an active verb of levying after it, and no court
        named in the *sentence*."""
        if self.hindi_subject is None or self.hindi_penalty is None:
            return False
        sentence_start, sentence_end = sentence
        body = last(self.hindi_subject, text, max(sentence_start, start - 120), start)
        return (
            body is not None
            and not _HI_CLAUSE_BETWEEN.search(text, body.end(), start)
            and self.hindi_penalty.match(text, end, sentence_end) is not None
            and (
                self.hindi_court is None
                or not self.hindi_court.search(text, sentence_start, sentence_end)
            )
        )
