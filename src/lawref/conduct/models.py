"""Pydantic models of conduct and what is read against the statute book: conduct and its
mappings to provisions, the overlap rules, judgments and their holdings, terms of art, the answer
to a conduct lookup, and reporting channels (``data/conduct.toml``, ``data/judgments.toml``,
``data/terms.toml``, ``data/reporting.toml``).

Kept apart from :mod:`lawref.statutes.models` so that a command that only reads the statute book
(``lawref show``) does not define these classes (issue #2's start-up target).
"""

import datetime as dt
import string
from typing import Literal, Self

from pydantic import model_validator

from lawref.statutes.models import (
    Classification,
    Confidence,
    DerivedPenalty,
    Frozen,
    Key,
    Penalty,
    Source,
    _an_id,
)

ConductId = str
"""A conduct id (docs/design.md#the-data-contract: ``viewing``, ``storing``, ``sharing`` …),
defined in ``data/conduct.toml``."""

JudgmentStatus = Literal["good_law", "reversed", "overruled", "stayed", "recalled", "pending"]
"""Whether a judgment still states the law. ``recalled``: withdrawn by the court that made it
(``recalled_by`` names the order that recalled it). ``pending``: a matter still before the
court, with interim orders or continuing directions and no final judgment; its ``decided`` is
the date of the latest order read. Only ``good_law`` is ever cited as authority in a lookup."""

HoldingEffect = Literal["extends", "narrows", "explains", "displaces"]
"""How a holding changes the mapping of a conduct to a provision: it brings conduct within it,
takes conduct outside it, explains how it reads, or displaces it in favour of another law."""

OverlapEffect = Literal["greater_in_degree", "displaces"]
"""How the law resolves one act punishable under two provisions: POCSO s.42 (punishment under
whichever "provides for punishment which is greater in degree"), or a special law displacing a
general one (IT Act s.81 read in Sharat Babu Digumarti, 2016)."""


class Authority(Frozen):
    """Why a conduct maps to a provision: the provision's own words (``quote``, which must occur
    in its text), or a judgment's holding (``judgment`` + ``holding``), or both."""

    quote: str | None = None
    judgment: str | None = None
    holding: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _names_its_basis(self) -> Self:
        if not (self.quote or self.judgment):
            raise ValueError("an authority needs the provision's words (quote) or a judgment")
        if self.holding and not self.judgment:
            raise ValueError("a holding needs its judgment")
        return self


class Mapping(Frozen):
    """A conduct reaches a provision (or clause) while the provision is in force, within
    ``valid_from``/``valid_to`` when given (a boundary must be one of the provision's version
    dates), under ``condition``, on ``authority``."""

    provision: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    condition: str
    authority: Authority
    confidence: Confidence
    note: str | None = None


class Conduct(Frozen):
    """A kind of conduct reports describe, the words they use for it, and the law it reaches."""

    id: ConductId
    label: str
    description: str
    terms: tuple[str, ...]
    mappings: tuple[Mapping, ...]
    note: str | None = None

    @model_validator(mode="after")
    def _has_words(self) -> Self:
        _an_id(self.id.replace("_", "-"), "conduct id")
        if not self.terms:
            raise ValueError("a conduct needs the words reports use for it (terms)")
        return self


class OverlapRule(Frozen):
    """How one act punishable under several provisions is punished, while ``provision`` (the
    rule's own source) says so: ``covers`` lists the act ids or provision ids it governs.

    Its words for people are data, not code: ``flag`` marks a provision the rule favours or
    displaces (``{by}`` for what displaces it), ``explanation`` says what the rule did on the
    date (``{pairs}`` for the comparisons made; ``{displaced}`` and ``{by}``)."""

    id: Key
    provision: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    effect: OverlapEffect
    covers: tuple[str, ...]
    displaced: tuple[str, ...] = ()
    by: tuple[str, ...] = ()
    authority: Authority
    confidence: Confidence
    flag: str
    explanation: str
    note: str | None = None

    @model_validator(mode="after")
    def _parts_match_effect(self) -> Self:
        if self.effect == "displaces" and not (self.displaced and self.by):
            raise ValueError("a displacing rule names what is displaced and by what")
        allowed = {"greater_in_degree": {"pairs"}, "displaces": {"displaced", "by"}}[self.effect]
        for field, words in (("flag", self.flag), ("explanation", self.explanation)):
            used = {name for _, name, _, _ in string.Formatter().parse(words) if name}
            if used - allowed:
                raise ValueError(
                    f"{field} may use only {', '.join('{' + a + '}' for a in sorted(allowed))}"
                    f" for a {self.effect!r} rule, not {', '.join(sorted(used - allowed))}"
                )
        return self


class Holding(Frozen):
    """What a judgment held, in lawref's words, tied to provisions and conduct.

    A holding construes the provisions' text in force on ``text_as_of`` (default: the day of the
    decision) — for a case about older conduct, the text then in force (Sharat Babu Digumarti,
    2016, read the IT Act as it stood in 2004). It is authority for that version only; for other
    dates lawref shows it as construing another text."""

    id: Key
    summary: str
    text_as_of: dt.date | None = None
    quote: str | None = None
    paragraph: str | None = None
    provisions: tuple[str, ...] = ()
    conduct: tuple[ConductId, ...] = ()
    effect: HoldingEffect
    confidence: Confidence
    note: str | None = None


class Judgment(Frozen):
    """A judgment: court, date, citations, status, and its holdings."""

    id: Key
    title: str
    court: str
    decided: dt.date
    citations: tuple[str, ...]
    bench: tuple[str, ...] = ()
    status: JudgmentStatus
    reversed_by: str | None = None
    recalled_by: str | None = None
    appeal_from: str | None = None
    source: Source
    confidence: Confidence
    note: str | None = None
    holdings: tuple[Holding, ...] = ()


class TermQuote(Frozen):
    """A short verbatim passage about a term, with where it was read."""

    text: str
    source: Source


class Term(Frozen):
    """A term of art (``child pornography``, ``CSAM``, ``CSEAM``, ``paedophile``): who uses it,
    what it means, and what a trainer should say."""

    id: Key
    term: str
    abbreviation: str | None = None
    used_by: tuple[str, ...] = ()
    meaning: str
    guidance: str
    preferred: bool = False
    statutory: bool = False
    source: Source
    confidence: Confidence
    note: str | None = None
    quotes: tuple[TermQuote, ...] = ()


class LookupProvision(Frozen):
    """One provision a conduct reaches on the date, with everything a reader needs beside it.

    ``derived_penalty`` says whether the punishment is defined by reference to another offence;
    ``derived_rule`` is that definition (its limbs, each with the statute's words and, where the
    limb fixes it, the punishment); ``subdivided`` says the punishment is in the sub-divisions."""

    id: str
    heading: str
    valid_from: dt.date
    valid_to: dt.date | None
    penalty: Penalty | None
    derived_penalty: bool
    derived_rule: DerivedPenalty | None = None
    subdivided: bool = False
    classification: Classification | None
    """The classification for a first (or every) conviction in a proceeding begun on the
    lookup's ``proceeding_date``."""
    classification_subsequent: Classification | None = None
    classification_limbs: tuple[Classification, ...] = ()
    classification_message: str | None = None
    """Where no row is stated for the proceeding, why (``ClassificationAt.message``: an IPC
    offence in a proceeding under the BNSS, whose Part I lists BNS offences)."""
    procedure_code: str | None = None
    condition: str
    authority: Authority
    confidence: Confidence
    judgments: tuple[str, ...]
    """``judgment#holding`` refs that construed this provision's text in force on the date."""
    heaviest: bool
    displaced_by: tuple[str, ...]
    notes: tuple[str, ...]
    overlap_flags: tuple[str, ...] = ()
    """The overlap rules' own words for how they treat this provision on the date ("heavier
    under POCSO s.42"; "displaced by it-act-2000/s67B for material in electronic form")."""


class LookupResult(Frozen):
    """The answer to "which law reaches this conduct on this date"."""

    query: str
    conduct: ConductId
    label: str
    matched: str
    as_of: dt.date
    provisions: tuple[LookupProvision, ...]
    overlaps: tuple[str, ...]
    judgments: tuple[Judgment, ...]
    cases: tuple[str, ...]
    reviewed_on: dt.date
    beyond_review: bool
    extent_notes: tuple[str, ...] = ()
    """Where an Act named in ``provisions`` did not extend on ``as_of`` (POCSO Act and IPC:
    not the State of Jammu and Kashmir before 31 October 2019)."""
    proceeding_date: dt.date | None = None
    """The day the proceeding began, which selected the Code for ``classification``."""
    other_text_holdings: tuple[str, ...] = ()
    """``judgment#holding`` refs among ``judgments`` that construed a different version of
    their provisions from the one in force on ``as_of``: shown as construing another text."""


class ReportingStep(Frozen):
    """What happens after a report, one step at a time: which channel it belongs to, its order
    there, the days it held (``valid_from``, required, and ``valid_to``, the first day it no
    longer did), what happens in lawref's words, the provisions that require it, and the source's
    own words (``quote``)."""

    id: Key
    channel: str
    order: int
    valid_from: dt.date
    valid_to: dt.date | None = None
    what: str
    provisions: tuple[str, ...] = ()
    quote: str
    source: Source
    confidence: Confidence

    def holds_on(self, day: dt.date) -> bool:
        """Whether the step held on *day*."""
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


class ReportingChannel(Frozen):
    """Where and how online child sexual abuse material is reported (``data/reporting.toml``)."""

    id: Key
    name: str
    address: str | None = None
    valid_from: dt.date | None = None
    """The day the channel began, where a source or the law it rests on dates it."""
    what: str
    provisions: tuple[str, ...] = ()
    source: Source
    confidence: Confidence

    def open_on(self, day: dt.date) -> bool:
        """Whether the channel existed on *day*."""
        return self.valid_from is None or self.valid_from <= day
