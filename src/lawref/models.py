"""Pydantic models: the values lawref's data is made of (penalties, sources, classifications)
and the shapes every query returns. The file-format models built on them are in
``lawref.schema``.

Every model is frozen and forbids unknown keys, so a typo in a data file is an error, not a silently
ignored value. Field names are the public JSON names of DESIGN.md §6.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from lawref.ids import ActKind

Confidence = Literal["high", "medium", "low"]
"""How sure lawref is of a fact: ``high`` (authoritative copy, or two independent copies agreeing
word for word), ``medium`` (secondary copies that agree), ``low`` (a single secondary copy, or
copies that disagree)."""

Combinator = Literal[
    "imprisonment_and_fine",
    "imprisonment_or_fine_or_both",
    "imprisonment_or_fine",
    "imprisonment_only",
    "fine_only",
]
"""How a penalty tier joins its imprisonment and its fine, in the statute's words: "… and with
fine", "… or with fine, or with both", "… or with fine", imprisonment alone, fine alone."""

ImprisonmentDescription = Literal["either", "rigorous", "simple"]
"""IPC s.53 / BNS s.4: imprisonment is rigorous or simple; "of either description" leaves the
choice to the court."""

ProvisionKind = Literal[
    "section",
    "sub-section",
    "clause",
    "sub-clause",
    "proviso",
    "explanation",
    "definition",
    "rule",
    "sub-rule",
]
"""What kind of division of the text a provision is."""

DerivedCondition = Literal[
    "any",
    "underlying_death",
    "underlying_life_or_ten_years_or_more",
    "underlying_less_than_ten_years",
    "underlying_two_years_or_more",
    "underlying_less_than_two_years",
]
"""When a tier of a derived penalty applies, judged on the punishment of the underlying offence.

``underlying_death``: the offence is punishable with death (IPC s.201, first limb).
``underlying_life_or_ten_years_or_more``: punishable with imprisonment for life or a term of ten
years or more (IPC s.201 second limb; BNS s.238(b)). ``underlying_less_than_ten_years``: a term
not extending to ten years (IPC s.201 third limb; BNS s.238(c)).
``underlying_two_years_or_more`` / ``underlying_less_than_two_years``: the line IPC s.120B(1)/(2)
and BNS s.61(2)(a)/(b) draw. ``any``: every offence (IT Act ss.84B, 84C)."""

DerivedRule = Literal["fixed", "fraction_of_longest_term", "same_as_underlying"]
"""How a derived tier's punishment is found: stated outright (``fixed``); a fraction of the
longest term provided for the underlying offence (``fraction_of_longest_term``, e.g. IT Act s.84C
one-half, IPC s.201 one-fourth); or the underlying offence's own punishment
(``same_as_underlying``, e.g. IT Act s.84B)."""

DerivedFine = Literal["as_underlying", "unlimited", "none"]
"""The fine in a fraction rule: the fine provided for the underlying offence (IT Act s.84C "such
fine as is provided for the offence"), a fine with no stated limit (IPC s.201 "or with fine"),
or none."""

_FRACTION_RE = re.compile(r"^[1-9][0-9]*/[1-9][0-9]*$")
_ID_RE = re.compile(r"^[a-z][a-z0-9-]*[a-z0-9]$")

# Constraints are checked in validators rather than with ``Field(ge=…, pattern=…)``: those pull
# in pydantic.types and annotated_types, about 30 ms of every start (issue #2's start-up target).


def _not_blank(value: str | None, what: str) -> None:
    if value is not None and not value.strip():
        raise ValueError(f"{what} must not be empty")


def _at_least(value: float | None, low: float, what: str, *, strict: bool = False) -> None:
    if value is not None and (value <= low if strict else value < low):
        raise ValueError(f"{what} must be {'greater than' if strict else 'at least'} {low}")


def _an_id(value: str, what: str) -> None:
    if not _ID_RE.match(value):
        raise ValueError(f"{what} {value!r} must be lower-case letters, digits and hyphens")


class Frozen(BaseModel):
    """Base of every lawref model: immutable, and unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Source(Frozen):
    """Where a fact was read: a title and a URL or a formal citation."""

    title: str
    url: str | None = None
    citation: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _can_be_found_again(self) -> Source:
        _not_blank(self.title, "title")
        if not (self.url or self.citation):
            raise ValueError("a source needs a url or a citation, so a reader can find it again")
        return self


class Imprisonment(Frozen):
    """The imprisonment a tier allows. Terms are in months; ``None`` means the text states none.

    ``life`` is true when the term may extend to imprisonment for life; with no ``min_months`` it
    is a term of imprisonment for life outright ("rigorous imprisonment for life"). A fractional
    number of months only arises for derived penalties (one-fourth of 6 months is 1.5 months).
    """

    min_months: int | float | None = None
    max_months: int | float | None = None
    life: bool = False
    description: ImprisonmentDescription | None = None

    @model_validator(mode="after")
    def _min_not_above_max(self) -> Imprisonment:
        _at_least(self.min_months, 0, "min_months")
        _at_least(self.max_months, 0, "max_months", strict=True)
        if (
            self.min_months is not None
            and self.max_months is not None
            and self.min_months > self.max_months
        ):
            raise ValueError(
                f"min_months ({self.min_months}) is greater than max_months ({self.max_months})"
            )
        if self.life and self.max_months is not None:
            raise ValueError("a term that may extend to life has no max_months")
        return self


class Fine(Frozen):
    """The fine a tier allows, in rupees; ``None`` means the text states no such limit."""

    min_inr: int | None = None
    max_inr: int | None = None

    @model_validator(mode="after")
    def _min_not_above_max(self) -> Fine:
        _at_least(self.min_inr, 0, "min_inr")
        _at_least(self.max_inr, 0, "max_inr", strict=True)
        if self.min_inr is not None and self.max_inr is not None and self.min_inr > self.max_inr:
            raise ValueError(f"min_inr ({self.min_inr}) is greater than max_inr ({self.max_inr})")
        return self


class PenaltyTier(Frozen):
    """The punishment for one conviction tier (first, or second and subsequent)."""

    imprisonment: Imprisonment | None = None
    fine: Fine | None = None
    combinator: Combinator
    death: bool = False

    @model_validator(mode="after")
    def _parts_match_combinator(self) -> PenaltyTier:
        needs_prison = self.combinator != "fine_only"
        needs_fine = self.combinator not in ("imprisonment_only",)
        if needs_prison and self.imprisonment is None and not self.death:
            raise ValueError(f"combinator {self.combinator!r} needs an imprisonment")
        if not needs_prison and self.imprisonment is not None:
            raise ValueError("combinator 'fine_only' cannot have an imprisonment")
        if needs_fine and self.fine is None:
            raise ValueError(f"combinator {self.combinator!r} needs a fine")
        if not needs_fine and self.fine is not None:
            raise ValueError("combinator 'imprisonment_only' cannot have a fine")
        return self


class Penalty(Frozen):
    """The punishment a provision prescribes: first conviction, and second or subsequent
    conviction where the statute provides for it."""

    first: PenaltyTier
    subsequent: PenaltyTier | None = None


class Classification(Frozen):
    """Cognizable / bailable / which court tries it, with its source (e.g. IT Act s.77B, the
    First Schedule of the CrPC 1973 or of the BNSS 2023)."""

    cognizable: bool | None = None
    bailable: bool | None = None
    triable_by: str | None = None
    source: Source
    confidence: Confidence
    note: str | None = None


class DerivedTier(Frozen):
    """One limb of a derived penalty: when it applies and how the punishment is found."""

    applies_when: DerivedCondition
    rule: DerivedRule
    penalty: PenaltyTier | None = None
    fraction: str | None = None
    fine: DerivedFine | None = None
    combinator: Combinator | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _fields_match_rule(self) -> DerivedTier:
        if self.rule == "fixed":
            if self.penalty is None:
                raise ValueError("rule 'fixed' needs a penalty")
            if self.fraction or self.fine or self.combinator:
                raise ValueError("rule 'fixed' takes only a penalty")
        elif self.rule == "fraction_of_longest_term":
            if self.fraction is None or not _FRACTION_RE.match(self.fraction):
                raise ValueError("rule 'fraction_of_longest_term' needs fraction like '1/4'")
            if self.fine is None or self.combinator is None:
                raise ValueError("rule 'fraction_of_longest_term' needs fine and combinator")
            if self.penalty is not None:
                raise ValueError("rule 'fraction_of_longest_term' takes no fixed penalty")
        elif self.penalty or self.fraction or self.fine or self.combinator:
            raise ValueError("rule 'same_as_underlying' takes no other fields")
        return self


class DerivedPenalty(Frozen):
    """A punishment defined by reference to another offence (attempt, abetment, conspiracy,
    causing disappearance of evidence). Tiers are tried in order; the first that applies wins."""

    tiers: tuple[DerivedTier, ...]
    note: str | None = None

    @field_validator("tiers")
    @classmethod
    def _some_tier(cls, value: tuple[DerivedTier, ...]) -> tuple[DerivedTier, ...]:
        if not value:
            raise ValueError("a derived penalty needs at least one tier")
        return value


class Instrument(Frozen):
    """An amending Act or notification that versions cite as their origin."""

    id: str
    title: str
    citation: str
    assented: dt.date | None = None
    in_force_from: dt.date | None = None
    source: Source
    confidence: Confidence
    note: str | None = None

    @field_validator("id")
    @classmethod
    def _id_well_formed(cls, value: str) -> str:
        _an_id(value, "id")
        return value


# --- resolved shapes returned by the library ------------------------------------------------


class ProvisionVersion(Frozen):
    """A version of a provision with its derived end date and its penalty resolved.

    ``valid_to`` is the first day the version no longer applies (the next version's start, or the
    Act's repeal); ``None`` while it is still in force. ``penalty_inherited`` is true when the
    penalty is the parent provision's (the clauses of IT Act s.67B)."""

    valid_from: dt.date
    valid_to: dt.date | None
    instrument: str
    instrument_title: str
    text: str | None
    omitted: bool
    penalty: Penalty | None
    penalty_inherited: bool
    derived_penalty: DerivedPenalty | None
    classification: Classification | None
    source: Source
    confidence: Confidence
    note: str | None

    def applies_on(self, day: dt.date) -> bool:
        """True when this version is the one in force on *day*."""
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


class ActRecord(Frozen):
    """An Act or a set of Rules as written in the ``[act]`` table of its data file.

    ``misnomers`` are wrong names reports use for it (resolved, and flagged as misnamings);
    ``last_section`` is its highest section or rule number, so that a reference beyond it can be
    called one the Act does not have."""

    id: str
    kind: ActKind
    title: str
    short_title: str
    citation: str
    akn: str
    assented: dt.date | None = None
    in_force_from: dt.date
    repealed_on: dt.date | None = None
    repealed_by: str | None = None
    aliases: tuple[str, ...] = ()
    misnomers: tuple[str, ...] = ()
    last_section: int | None = None
    source: Source
    confidence: Confidence
    note: str | None = None

    @model_validator(mode="after")
    def _well_formed(self) -> ActRecord:
        _an_id(self.id, "id")
        if not self.akn.startswith("/akn/in/act/"):
            raise ValueError(
                f"akn {self.akn!r} must be an Indian Akoma Ntoso work URI (/akn/in/act/…)"
            )
        return self


class Act(ActRecord):
    """An Act or a set of Rules, with its amending instruments and the ids of its provisions
    in natural number order."""

    instruments: tuple[Instrument, ...]
    provisions: tuple[str, ...]


class Provision(Frozen):
    """A provision with every version, its place in the Act and its links across Acts."""

    id: str
    act: str
    number: str
    kind: ProvisionKind
    heading: str
    akn: str
    parent: str | None
    children: tuple[str, ...]
    versions: tuple[ProvisionVersion, ...]
    successors: tuple[str, ...]
    predecessors: tuple[str, ...]
    changes: str | None
    earlier_versions_not_recorded: bool
    note: str | None

    def version_on(self, day: dt.date) -> ProvisionVersion | None:
        """The version in force on *day*, or ``None`` (not yet made, omitted versions included:
        an omitted version is returned as such, with ``omitted`` true)."""
        for version in self.versions:
            if version.applies_on(day):
                return version
        return None


Status = Literal[
    "in_force",
    "omitted",
    "not_yet_in_force",
    "act_not_yet_in_force",
    "act_repealed",
    "not_recorded",
]
"""The standing of a provision on a date: in force; omitted by an amendment; inserted later;
its Act not yet in force; its Act repealed (successor named); or in force then but in a text
lawref does not record."""


class ProvisionAt(Frozen):
    """The answer to "what did provision X say on date D": status, the version, and a sentence
    saying why, including the data's review date when D is later than it."""

    provision: str
    as_of: dt.date
    status: Status
    version: ProvisionVersion | None
    successors: tuple[str, ...]
    message: str
    beyond_review: bool


class TimelineEntry(Frozen):
    """One step in the life of a provision."""

    date: dt.date
    event: Literal["enacted", "inserted", "first_recorded", "amended", "omitted", "act_repealed"]
    instrument: str
    instrument_title: str
    description: str


class DerivedPenaltyResult(Frozen):
    """A derived penalty computed for a concrete underlying offence on a date.

    ``penalty.first`` is computed from the underlying offence's first-conviction punishment and
    ``penalty.subsequent`` from its enhanced (second or subsequent conviction) punishment; they
    are the two scales the statute's words can be read against, not the accused's own record."""

    provision: str
    underlying: str
    as_of: dt.date
    tier: DerivedCondition
    penalty: Penalty
    explanation: str


# --- conduct, judgments, terminology -------------------------------------------------------

ConductId = str
"""A conduct id of DESIGN.md §4 (``viewing``, ``storing``, ``sharing`` …), defined in
``data/conduct.toml``."""

JudgmentStatus = Literal["good_law", "reversed", "overruled", "stayed", "recalled"]
"""Whether a judgment still states the law."""

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
    def _names_its_basis(self) -> Authority:
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
    def _has_words(self) -> Conduct:
        _an_id(self.id.replace("_", "-"), "conduct id")
        if not self.terms:
            raise ValueError("a conduct needs the words reports use for it (terms)")
        return self


class OverlapRule(Frozen):
    """How one act punishable under several provisions is punished, while ``provision`` (the
    rule's own source) says so: ``covers`` lists the act ids or provision ids it governs."""

    id: str
    provision: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    effect: OverlapEffect
    covers: tuple[str, ...]
    displaced: tuple[str, ...] = ()
    by: tuple[str, ...] = ()
    authority: Authority
    confidence: Confidence
    note: str | None = None

    @model_validator(mode="after")
    def _parts_match_effect(self) -> OverlapRule:
        if self.effect == "displaces" and not (self.displaced and self.by):
            raise ValueError("a displacing rule names what is displaced and by what")
        return self


class Holding(Frozen):
    """What a judgment held, in lawref's words, tied to provisions and conduct."""

    id: str
    summary: str
    quote: str | None = None
    paragraph: str | None = None
    provisions: tuple[str, ...] = ()
    conduct: tuple[ConductId, ...] = ()
    effect: HoldingEffect
    confidence: Confidence
    note: str | None = None


class Judgment(Frozen):
    """A judgment: court, date, citations, status, and its holdings."""

    id: str
    title: str
    court: str
    decided: dt.date
    citations: tuple[str, ...]
    bench: tuple[str, ...] = ()
    status: JudgmentStatus
    reversed_by: str | None = None
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

    id: str
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
    """One provision a conduct reaches on the date, with everything a reader needs beside it."""

    id: str
    heading: str
    valid_from: dt.date
    valid_to: dt.date | None
    penalty: Penalty | None
    derived_penalty: bool
    classification: Classification | None
    condition: str
    authority: Authority
    confidence: Confidence
    judgments: tuple[str, ...]
    heaviest: bool
    displaced_by: tuple[str, ...]
    notes: tuple[str, ...]


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


# --- articles and example cases ------------------------------------------------------------

Platform = Literal[
    "whatsapp", "telegram", "facebook", "instagram", "darknet", "social_media", "websites"
]
"""Where reported conduct took place."""

FactKind = Literal[
    "arrests",
    "cases_registered",
    "persons_identified",
    "persons_under_observation",
    "persons_to_be_booked",
    "locations_raided",
    "locations_with_seizures",
    "devices_seized",
    "group_members",
    "group_members_from_kerala",
    "subscribers",
    "victims_age_min",
    "victims_age_max",
    "accused_age",
    "members_age_min",
    "members_age_max",
    "police_teams",
    "operation_date",
    "operation_started",
    "cumulative_arrests",
    "cumulative_cases",
    "arrests_this_year",
    "websites_shut_down",
    "firs_registered",
    "reported_max_imprisonment_months",
    "reported_max_fine_inr",
]
"""What a typed fact counts or dates. ``reported_max_*`` are penalties as a report states them,
checked against the law in force (they are claims, not law)."""


class ArticleDate(Frozen):
    """A date an article's text states about itself, with the words that state it."""

    value: dt.date
    quote: str
    kind: Literal["header", "updated", "first_published", "dateline"]


class Article(Frozen):
    """A news report as lawref holds it: its text (``data/articles/<id>.txt``) and what the text
    itself establishes about it. Nothing is recorded that the text does not show."""

    id: str
    headline: str | None = None
    publisher: str | None = None
    publisher_quote: str | None = None
    dateline: str | None = None
    dates: tuple[ArticleDate, ...] = ()
    date_used: dt.date | None = None
    date_note: str | None = None
    sha256: str
    note: str | None = None
    text: str = ""


class Citation(Frozen):
    """A passage of an article: the quote as written in the data, and where the loader found it
    (``start``/``end`` offsets into the text, and the surrounding ``context``)."""

    article: str
    quote: str
    occurrence: int | None = None
    start: int = 0
    end: int = 0
    context: str = ""


class CitedConduct(Frozen):
    """A conduct a report describes, with the passage that describes it."""

    conduct: ConductId
    citation: Citation


class CitedProvision(Frozen):
    """A law a report says was applied: a provision id, or only an act id when the report names
    no section ("booked under the IT Act and POCSO Act")."""

    provision: str | None = None
    act: str | None = None
    citation: Citation

    @model_validator(mode="after")
    def _names_one(self) -> CitedProvision:
        if (self.provision is None) == (self.act is None):
            raise ValueError("name either a provision or an act")
        return self


class CitedValue(Frozen):
    """A place or agency the report names, with its passage."""

    value: str
    citation: Citation


class CitedPlatform(Frozen):
    """A platform the report names, with its passage."""

    value: Platform
    citation: Citation


class Fact(Frozen):
    """A typed fact of a case (arrests, locations raided …) with the passage that states it.
    ``period`` qualifies cumulative counts ("in a year", "in the last two years")."""

    kind: FactKind
    value: int | dt.date | str
    period: str | None = None
    citation: Citation
    note: str | None = None


class Case(Frozen):
    """An incident or operation a report describes, every part of it cited."""

    id: str
    title: str
    summary: str
    date: dt.date
    date_precision: Literal["day", "month", "year"]
    date_citation: Citation
    places: tuple[CitedValue, ...] = ()
    agencies: tuple[CitedValue, ...] = ()
    platforms: tuple[CitedPlatform, ...] = ()
    conduct: tuple[CitedConduct, ...] = ()
    provisions: tuple[CitedProvision, ...] = ()
    facts: tuple[Fact, ...] = ()
    note: str | None = None

    @property
    def articles(self) -> tuple[str, ...]:
        """The articles this case cites, in first-cited order."""
        seen: list[str] = []
        for citation in case_citations(self):
            if citation.article not in seen:
                seen.append(citation.article)
        return tuple(seen)


def case_citations(case: Case) -> list[Citation]:
    """Every citation of a case: its date, places, agencies, platforms, conduct, provisions and
    facts, in that order."""
    found = [case.date_citation]
    for group in (case.places, case.agencies, case.platforms):
        found += [item.citation for item in group]
    found += [c.citation for c in case.conduct]
    found += [p.citation for p in case.provisions]
    found += [f.citation for f in case.facts]
    return found


class Conflict(Frozen):
    """Two or more reports (or one report with itself) giving different values for one fact."""

    case: str
    kind: FactKind
    values: tuple[Fact, ...]
    explanation: str


class CaseFlag(Frozen):
    """Where a report's named law does not match what its conduct reaches on its date."""

    case: str
    provision: str
    citation: Citation
    reason: str


class AnalysisConfig(Frozen):
    """How ``lawref analyze`` tells offending conduct from words that only look like it
    (``[analysis]`` in ``data/conduct.toml``)."""

    not_conduct: tuple[str, ...] = ()
    negators: tuple[str, ...] = ()
    negation_window: int = 3
    information_words: tuple[str, ...] = ()
    information_window: int = 4
    adult_markers: tuple[str, ...] = ()
    child_markers: tuple[str, ...] = ()
    boilerplate_markers: tuple[str, ...] = ()


class Mention(Frozen):
    """Offending conduct a text describes: the span, the words, the conduct, and the provisions
    that reach it on the analysis date."""

    start: int
    end: int
    text: str
    conduct: ConductId
    provisions: tuple[str, ...]


class StatuteReference(Frozen):
    """A law a text names, resolved to a provision id (or only the Act), with flags where the
    section is not in the Act, not in lawref's data, not in force on the date, or misnamed."""

    start: int
    end: int
    text: str
    act: str | None
    provision: str | None
    flags: tuple[str, ...] = ()


class AnalysisSummary(Frozen):
    """What a careful lawyer would take from the text: its conduct, the provisions to consider
    with their penalties, and where the text's own statement of the law differs."""

    conducts: tuple[ConductId, ...]
    provisions: tuple[LookupProvision, ...]
    named_in_text: tuple[str, ...]
    differences: tuple[str, ...]


class Analysis(Frozen):
    """The result of reading a text: mentions, statute references and a summary, on a date."""

    as_of: dt.date
    as_of_source: Literal["given", "text", "today"]
    as_of_quote: str | None
    mentions: tuple[Mention, ...]
    statute_references: tuple[StatuteReference, ...]
    summary: AnalysisSummary
    reviewed_on: dt.date


class ReportingChannel(Frozen):
    """Where and how online child sexual abuse material is reported (``data/reporting.toml``)."""

    id: str
    name: str
    address: str | None = None
    what: str
    provisions: tuple[str, ...] = ()
    source: Source
    confidence: Confidence
