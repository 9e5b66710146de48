"""Money a court orders an accused to pay that is not a fine: compensation to the victim or
the victim's family ("directed him to pay Rs 5 lakh as compensation to the victim"; a Special
Court may order it in addition to the punishment, POCSO Act s.33(8), and any criminal court
on conviction, CrPC s.357), and a sum to a fund set as the condition of an order ("pay Rs
50,000 towards the Army Welfare Fund", as High Courts require when they quash a case).

A payment is read only where its sentence names a court (or says "sentenced" or
"convicted"), a word of ordering or paying stands before the amount in its clause, and no
one but the accused is the payer: the State paying under a victim compensation scheme, a
compensation sought, demanded or claimed, and one refused are none. It is never compared with
a provision's punishment: no provision lawref holds fixes it. Every pattern is a regular
expression without nested repetition, and each match looks back a bounded stretch: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lawref.analysis.models import PaymentKind
from lawref.analysis.punishments.grammar import _COURT, _CUE_REACH

# an amount in rupees: a currency word first ("Rs 5 lakh", "₹50,000", "Rs. 2,00,000/-")
_AMOUNT = (
    r"(?:\brs\.?|₹|\binr)\s?(?P<amount>(?:\d{4,9}|\d{1,3}(?:,\d{2,3})*)(?:\.\d+)?(?!\d))"
    r"(?:\s?(?P<scale>lakhs?|crores?|thousand)|(?P<k>k)\b)?(?:/-)?"
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

# a word of ordering or paying before the amount in its clause ("directed him to pay",
# "ordered to deposit", "awarded", "granted")
_ORDERED = re.compile(
    r"\b(?:pay|paying|paid|deposit|deposited|depositing|award|awarded|awarding|grant|granted"
    r"|granting|ordered|directed)\b[^.;!?\n]{0,60}\Z",
    re.IGNORECASE,
)

# a payer other than the accused, told to pay ("directed the state government to pay", "the
# District Legal Services Authority to release"), or paying ("to be paid by the State")
_OTHER_PAYER = re.compile(
    r"\b(?:state|government|govt|authority|authorities|dlsa|slsa|department|administration)"
    r"\b(?:\s+[\w()]+){0,4}?\s+to\s+(?:pay|deposit|release|disburse)\b"
    r"|\bby\s+the\s+(?:state|government|govt|authority)\b",
    re.IGNORECASE,
)

# a payment not ordered: sought, demanded, claimed or refused in the words before the amount
# ("sought Rs 10 lakh compensation", "refused to award compensation"), or the order's word
# denied right before it ("did not pay", "no order to pay")
_NOT_ORDERED = re.compile(
    r"\b(?:sought|seeks?|seeking|demand|demanded|demanding|demands|claim|claimed|claiming"
    r"|claims|refused|refusing|declined|declining|rejected|rejecting|denied|denying)\b"
    r"|\b(?:not|no|never|nor)\s+(?:\w+\s+){0,2}\Z",
    re.IGNORECASE,
)

# the words that make a sentence one about a court's order
_SENTENCED = re.compile(r"\b(?:sentenced|convicted|convicting|quashed|quashing)\b", re.IGNORECASE)

_STOP = re.compile(r"[.!?\u0964]\s")


@dataclass(frozen=True, slots=True)
class Payment:
    """A payment a court ordered: where its words are, how much, and what for."""

    start: int
    end: int
    inr: int
    kind: PaymentKind


def payments(text: str, scales: dict[str, int]) -> Iterator[Payment]:
    """Every payment a court orders in *text* (see the module's docstring); *scales* are the
    rupees of "lakh" and "crore"."""
    for match in _PAYMENT.finditer(text):
        amount = match["amount"] or match["o_amount"] or match["f_amount"]
        scale = match["scale"] or match["o_scale"] or match["f_scale"]
        if match["k"] or match["o_k"] or match["f_k"]:
            scale = "thousand"  # "Rs 50k"
        value = _rupees(amount, scale, scales)
        if value is None:
            continue
        first = match.start() if match["before"] is None else match.start("before")
        before = text[max(0, first - _CUE_REACH) : first]
        sentence = _STOP.split(before)[-1]
        cue = _ORDERED.search(sentence)
        if cue is None:
            continue
        # the payer and the order's words: from a little before the order's word to the amount
        window = sentence[max(0, cue.start() - 40) :]
        if (
            _OTHER_PAYER.search(window) is not None
            or _NOT_ORDERED.search(window) is not None
            or _NOT_ORDERED.search(sentence[: cue.start()], max(0, cue.start() - 20)) is not None
        ):
            continue
        if _COURT.search(sentence) is None and _SENTENCED.search(sentence) is None:
            continue
        yield Payment(
            match.start(), match.end(), value, "fund" if match["fund"] else "compensation"
        )


def _rupees(amount: str, scale: str | None, scales: dict[str, int]) -> int | None:
    """The rupees of *amount* in *scale* ("5" "lakh"); none below a hundred."""
    word = (scale or "").lower()
    factor = 1000 if word == "thousand" else scales.get(word, 1)
    total = round(float(amount.replace(",", "")) * factor)
    return total if total >= 100 else None
