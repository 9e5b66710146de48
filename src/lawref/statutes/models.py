"""Pydantic models: the values lawref's data is made of (penalties, sources, classifications)
and the shapes every query returns. The file-format models built on them are in
``lawref.loading.schema``.

Every model is frozen and forbids unknown keys, so a typo in a data file is an error, not a silently
ignored value. Field names are the public JSON names of docs/design.md#output-shapes.
"""

import datetime as dt
import re
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, field_validator, model_validator

ActKind = Literal["act", "rules"]
"""What kind of instrument an act record is: an Act of Parliament, or Rules made under one (their
provisions are rules, with ids ``<act>/r<number>``)."""

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
    "underlying_not_two_years_or_more",
]
"""When a tier (limb) of a derived penalty applies, judged on the punishment of the underlying
offence. Internal names: people are shown the limb's own words (``DerivedTier.limb``).

``underlying_death``: the offence is punishable with death (IPC s.201, first limb).
``underlying_life_or_ten_years_or_more``: punishable with imprisonment for life or a term of ten
years or more (IPC s.201 second limb; BNS s.238(b)). ``underlying_less_than_ten_years``: a term
not extending to ten years (IPC s.201 third limb; BNS s.238(c)).
``underlying_two_years_or_more``: death, life or rigorous imprisonment of two years or upwards
(IPC s.120B(1); BNS s.61(2)(a)); an offence with a minimum term and no stated maximum is
punishable with two years or upwards. ``underlying_not_two_years_or_more``: every other offence,
fine-only offences and simple imprisonment included ("a criminal conspiracy other than a
criminal conspiracy to commit an offence punishable as aforesaid": IPC s.120B(2); BNS
s.61(2)(b)). ``any``: every offence the rule reaches (IT Act ss.84B, 84C; POCSO ss.17, 18)."""

DerivedRelation = Literal["abetment", "attempt", "conspiracy", "disappearance_of_evidence"]
"""What a derived penalty punishes in relation to the underlying offence: abetting it, attempting
it, conspiring to commit it, or causing evidence of it to disappear."""

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
_ID_RE = re.compile(r"[a-z][a-z0-9-]*[a-z0-9]")
_KEY_RE = re.compile(r"[a-z0-9](?:[a-z0-9_-]{0,118}[a-z0-9])?")
_AKN_RE = re.compile(r"/akn/in/act/[a-z0-9][a-z0-9/._-]{0,200}")

# Constraints are checked in validators rather than with ``Field(ge=…, pattern=…)``, so that each
# message says in lawref's words what is wrong.


def _not_blank(value: str | None, what: str) -> None:
    if value is not None and not value.strip():
        raise ValueError(f"{what} must not be empty")


def _at_least(value: float | None, low: float, what: str, *, strict: bool = False) -> None:
    if value is not None and (value <= low if strict else value < low):
        raise ValueError(f"{what} must be {'greater than' if strict else 'at least'} {low}")


def _an_id(value: str, what: str) -> None:
    if not _ID_RE.fullmatch(value):
        raise ValueError(f"{what} {value!r} must be lower-case letters, digits and hyphens")


def _a_key(value: str) -> str:
    if not _KEY_RE.fullmatch(value):
        raise ValueError(
            f"id {value!r} must be lower-case letters, digits, hyphens and underscores (at most "
            "120), beginning and ending with a letter or digit"
        )
    return value


Key = Annotated[str, AfterValidator(_a_key)]
"""The id of a record in the data (an article, a case, a judgment, a holding, a term, an overlap
rule, a reporting channel): ids name files and pages and reach every page of the site, so they
are held to this grammar when the data is loaded (docs/security.md)."""


class Frozen(BaseModel):
    """Base of every lawref model: immutable; unknown keys are errors, and so are infinite and
    not-a-number floats (``max_months = inf`` is no term of years, and ``NaN`` is not JSON)."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True, allow_inf_nan=False)


class Source(Frozen):
    """Where a fact was read: a title and a URL or a formal citation."""

    title: str
    url: str | None = None
    citation: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _can_be_found_again(self) -> Self:
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
    def _min_not_above_max(self) -> Self:
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
    def _min_not_above_max(self) -> Self:
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
    def _parts_match_combinator(self) -> Self:
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


class PenaltyLimb(Frozen):
    """A punishment a provision prescribes for some of its cases, heavier or lighter than its
    general one: ``limb`` is the statute's own words for when it applies ("if the threat be to
    cause death or grievous hurt, …", IPC s.506), found by the loader in the version's text."""

    limb: str
    penalty: PenaltyTier
    successors: tuple[str, ...] = ()
    """Which of the provision's successors carries this limb, where a later Code split the
    limbs into sections of their own (IPC s.506's second limb: BNS s.351(3))."""

    @field_validator("limb")
    @classmethod
    def _words(cls, value: str) -> str:
        _not_blank(value, "limb")
        return value


class LimbCitation(Frozen):
    """How practitioners cite one limb of a penalty graded by its cases after the section's
    number, where the statute numbers no sub-divisions: IPC s.506 is one sentence, yet FIRs,
    charge-sheets and courts write "506(i)" or "506(1)" for its general punishment and "506(ii)"
    for the threat to cause death or grievous hurt (commentary also "506 Part I", "Part II").
    ``limb`` is 1 for the general punishment (``Penalty.first_limb``) and 2 onwards for
    ``Penalty.limbs`` in order. A fact of usage, not of the text: it carries its own source."""

    marks: tuple[str, ...]
    """Each as written after the number: a bracketed mark ("(ii)") or a part ("Part II")."""
    limb: int
    source: Source
    confidence: Confidence
    note: str | None = None

    @field_validator("marks")
    @classmethod
    def _marks(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("a limb citation has at least one mark")
        for mark in value:
            if not re.fullmatch(r"\([0-9a-z]{1,4}\)|Part (?:[IVX]{1,4}|[1-9])", mark):
                raise ValueError(
                    f"{mark!r} is not a mark as written after a section's number, like "
                    '"(ii)" or "Part II"'
                )
        return value


class Penalty(Frozen):
    """The punishment a provision prescribes: first conviction, and second or subsequent
    conviction where the statute provides for it; or, where one sentence punishes its cases
    differently ("… shall be punished with … two years …; and if the threat be to cause death
    … seven years", IPC s.506), the general punishment (``first``, for the cases
    ``first_limb`` names in the statute's words) and each other limb (``limbs``)."""

    first: PenaltyTier
    subsequent: PenaltyTier | None = None
    first_limb: str | None = None
    """The statute's words for the cases ``first`` punishes, where the provision has ``limbs``
    ("Whoever commits, the offence of criminal intimidation"); found by the loader in the text."""
    limbs: tuple[PenaltyLimb, ...] = ()
    """The provision's other punishments, each with the statute's words for its cases."""
    first_limb_successors: tuple[str, ...] = ()
    """Which of the provision's successors carries the general punishment's cases, where a
    later Code split the limbs (IPC s.506's first limb: BNS s.351(2))."""
    limb_citations: tuple[LimbCitation, ...] = ()
    """The marks practitioners write after the number for each limb ("506(ii)"), where the
    statute numbers none."""

    subsequent_on: Literal["conviction", "offence"] = "conviction"
    """What the statute counts for its second tier: a conviction ("on first conviction … in the
    event of a second or subsequent conviction", IT Act ss.67, 67A, 67B; POCSO s.15(3)), or an
    offence (POCSO s.15(1) as substituted by Act 25 of 2019: "in the event of second or
    subsequent offence"). The words for people follow it (``tier_labels``)."""

    @model_validator(mode="after")
    def _limbs_are_whole(self) -> Self:
        if bool(self.limbs) != (self.first_limb is not None):
            raise ValueError(
                "a penalty with limbs names the first limb's cases in first_limb, and "
                "first_limb needs at least one other limb in limbs"
            )
        if self.limbs and self.subsequent is not None:
            raise ValueError(
                "a penalty is graded either by earlier convictions (subsequent) or by its "
                "limbs, not both"
            )
        _not_blank(self.first_limb, "first_limb")
        words = [self.first_limb, *(limb.limb for limb in self.limbs)]
        if self.limbs and len(set(words)) != len(words):
            raise ValueError("each limb of a penalty has its own words")
        marks = [mark.lower() for cited in self.limb_citations for mark in cited.marks]
        if len(set(marks)) != len(marks):
            raise ValueError("a limb citation's mark names one limb only")
        if self.limb_citations and not self.limbs:
            raise ValueError("limb citations need a penalty graded by its cases (limbs)")
        for cited in self.limb_citations:
            if not 1 <= cited.limb <= 1 + len(self.limbs):
                raise ValueError(
                    f"a limb citation names limb {cited.limb}; the penalty has "
                    f"{1 + len(self.limbs)}"
                )
        return self

    def cited_limb(self, mark: str) -> int | None:
        """The limb (1 for the general punishment, 2 onwards for ``limbs``) that *mark*, as
        written after the section's number ("(ii)", "Part II", any case), cites, or None."""
        wanted = mark.lower()
        for cited in self.limb_citations:
            if any(m.lower() == wanted for m in cited.marks):
                return cited.limb
        return None

    def limb_successors(self, limb: int) -> tuple[str, ...]:
        """The successors that carry *limb* (1: the general punishment), or none recorded."""
        if limb == 1:
            return self.first_limb_successors
        if 2 <= limb <= 1 + len(self.limbs):
            return self.limbs[limb - 2].successors
        return ()

    def limb_words(self, limb: int) -> str | None:
        """The statute's words for the cases of *limb* (1: ``first_limb``), or None."""
        if limb == 1:
            return self.first_limb
        if 2 <= limb <= 1 + len(self.limbs):
            return self.limbs[limb - 2].limb
        return None

    def tiers(self) -> tuple[PenaltyTier, ...]:
        """Every punishment the provision prescribes: each conviction tier and each limb."""
        return (
            self.first,
            *((self.subsequent,) if self.subsequent is not None else ()),
            *(limb.penalty for limb in self.limbs),
        )


Conviction = Literal["any", "first", "subsequent"]
"""Which conviction a classification row is for: every conviction, or only the first, or the
second and subsequent (the CrPC / BNSS First Schedule gives IPC s.354C / BNS s.77 one row
each)."""


class Classification(Frozen):
    """Cognizable / bailable / which court tries it, with its source: a row of the First Schedule
    of the Code governing the proceeding (``code``: ``crpc-1973``, ``bnss-2023``), and the
    provisions of a special Act that change it (``rules``: IT Act s.77B, POCSO s.28).

    Classification is procedure: it follows the Code in force when the proceeding began
    (BNSS s.531(2)(a) keeps proceedings pending on 1 July 2024 under the CrPC), not the date of
    the conduct. A row whose ``cognizable``, ``bailable`` and ``triable_by`` are all ``None`` says
    the question is not settled; its ``note`` says why; a single ``None`` part is one the Schedule
    leaves to the offence concerned ("according as the offence … is cognizable"). ``limb`` names,
    in the statute's words, the limb of a punishment defined by reference to another offence that
    the row classifies (IPC s.201 / BNS s.238 have one row per limb), or a limb of a penalty
    graded by its cases (``PenaltyLimb.limb``: IPC s.506's second limb has its own row; the row
    with no limb is the general punishment's)."""

    cognizable: bool | None = None
    bailable: bool | None = None
    triable_by: str | None = None
    also_triable_by: str | None = None
    code: str | None = None
    conviction: Conviction = "any"
    limb: str | None = None
    rules: tuple[str, ...] = ()
    source: Source
    confidence: Confidence
    note: str | None = None

    @property
    def settled(self) -> bool:
        """Whether the row states anything (an unsettled row states nothing, only its note)."""
        return not (self.cognizable is None and self.bailable is None and self.triable_by is None)


class DerivedTier(Frozen):
    """One limb of a derived penalty: when it applies and how the punishment is found.

    ``limb`` is the statute's own words for when the limb applies ("if the offence is punishable
    with death"), found by the loader in the version's text; it is what people are shown."""

    applies_when: DerivedCondition
    limb: str | None = None
    rule: DerivedRule
    penalty: PenaltyTier | None = None
    fraction: str | None = None
    fine: DerivedFine | None = None
    combinator: Combinator | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _fields_match_rule(self) -> Self:
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


class OffenceReach(Frozen):
    """Which offences a derived penalty's own words reach, and where those words are.

    ``acts``: offences under these Acts, whatever their punishment (IT Act s.84B, "the offence
    under this Act"). ``other_laws``: also offences under any other law, provided (when
    ``other_laws_min_months`` is set) they are punishable with imprisonment for at least that
    term (IPC s.40: in s.201 a special-law offence counts when "punishable under such law with
    imprisonment for a term of six months or upwards"). ``quote`` is found by the loader in the
    text of ``provision`` (default: the rule's own provision) in force on every day of the rule's
    version."""

    acts: tuple[str, ...]
    other_laws: bool = False
    other_laws_min_months: int | None = None
    provision: str | None = None
    quote: str
    note: str | None = None

    @model_validator(mode="after")
    def _well_formed(self) -> Self:
        _not_blank(self.quote, "quote")
        if not self.acts:
            raise ValueError("a reach names at least the rule's own Act in acts")
        if self.other_laws_min_months is not None and not self.other_laws:
            raise ValueError("other_laws_min_months needs other_laws = true")
        _at_least(self.other_laws_min_months, 0, "other_laws_min_months", strict=True)
        return self


class DerivedPenalty(Frozen):
    """A punishment defined by reference to another offence (attempt, abetment, conspiracy,
    causing disappearance of evidence), with the offences its words reach. Tiers are tried in
    order; the first that applies wins."""

    relation: DerivedRelation
    reach: OffenceReach
    tiers: tuple[DerivedTier, ...]
    note: str | None = None

    @field_validator("tiers")
    @classmethod
    def _some_tier(cls, value: tuple["DerivedTier", ...]) -> tuple["DerivedTier", ...]:
        if not value:
            raise ValueError("a derived penalty needs at least one tier")
        return value


ChangeKind = Literal["enacted", "first_recorded", "inserted", "substituted", "amended", "omitted"]
"""What an instrument did to a provision, in the words of India Code's footnotes: the text as
enacted (or made); the first text lawref records of an older provision; inserted ("Ins. by");
substituted ("Subs. by"); amended (words changed within it); omitted ("Omitted by")."""


House = Literal["Lok Sabha", "Rajya Sabha"]
"""A House of Parliament, where a Bill is introduced."""


class Bill(Frozen):
    """A Bill for an Act or an amending Act, as introduced in Parliament: from *introduced*
    until it *ended* (withdrawn, or lapsed with the House), or else until the law began, a
    report may speak of its text as law to come. An Act may have had several: the Bharatiya
    Nyaya Sanhita, 2023 (introduced in the Lok Sabha on 11 August 2023, withdrawn on 12
    December 2023) and the Bharatiya Nyaya (Second) Sanhita, 2023 (introduced that day), which
    became the Act. *ended* is ``None`` for the Bill that became law, and where the day a Bill
    lapsed is not recorded (its window then runs on: a missed difference, not a wrong one)."""

    title: str
    introduced: dt.date
    house: House
    ended: dt.date | None = None
    cabinet_approved: dt.date | None = None
    """The day the Union Cabinet approved the proposal, where recorded: from then reports
    speak of the amendments to come (the POCSO amendments of 28 December 2018)."""
    cabinet_source: Source | None = None
    source: Source
    confidence: Confidence
    note: str | None = None

    @model_validator(mode="after")
    def _ends_after_it_begins(self) -> Self:
        if self.ended is not None and self.ended < self.introduced:
            raise ValueError(f"the Bill ended on {self.ended}, before it was introduced")
        if self.cabinet_approved is not None and self.cabinet_approved > self.introduced:
            raise ValueError(
                f"the Cabinet approved it on {self.cabinet_approved}, after it was introduced"
            )
        if (self.cabinet_approved is None) != (self.cabinet_source is None):
            raise ValueError("a Cabinet approval needs its source, and a source its day")
        return self

    def pending(self, day: dt.date) -> bool:
        """Whether on *day* the Bill was before Parliament, or approved by the Cabinet to be
        introduced, and had not ended."""
        start = self.cabinet_approved or self.introduced
        return start <= day and (self.ended is None or day < self.ended)


class Instrument(Frozen):
    """An amending Act or notification that versions cite as their origin. ``commencement`` is
    the notification (or the Act's own words) that brought it into force, as lawyers cite it:
    "S.O. 2705(E), dated 9 November 2012". ``bills`` are the Bills for it, where recorded
    (see :class:`Bill`)."""

    id: str
    title: str
    citation: str
    assented: dt.date | None = None
    in_force_from: dt.date | None = None
    commencement: str | None = None
    bills: tuple[Bill, ...] = ()
    source: Source
    confidence: Confidence
    note: str | None = None

    @field_validator("id")
    @classmethod
    def _id_well_formed(cls, value: str) -> str:
        _an_id(value, "id")
        return value

    @model_validator(mode="after")
    def _bill_before_assent(self) -> Self:
        _bills_before(self.bills, self.assented)
        return self


def _bills_before(bills: tuple[Bill, ...], assented: dt.date | None) -> None:
    """A Bill is introduced before the Act it is for is assented to."""
    for bill in bills:
        if assented is not None and bill.introduced > assented:
            raise ValueError(
                f"the Bill was introduced on {bill.introduced}, after the assent on {assented}"
            )


class ScheduleRow(Frozen):
    """A row of Part II of a Code's First Schedule ("Classification of offences against other
    laws"): the offences punishable within a band of terms, and how they are classified.

    The band is of the longest term the offence is punishable with (life and death are longer
    than any term; a fine-only offence counts as no term): ``over_months`` (exclusive) or
    ``from_months`` (inclusive) below, ``to_months`` (inclusive) or ``under_months``
    (exclusive) above. ``words`` are the Schedule's own."""

    words: str
    over_months: int | None = None
    from_months: int | None = None
    to_months: int | None = None
    under_months: int | None = None
    cognizable: bool
    bailable: bool
    triable_by: str

    def reaches(self, longest: float) -> bool:
        """Whether an offence whose longest term is *longest* months (``inf`` for life or death,
        ``0`` for fine only) falls in this row's band."""
        return (
            (self.over_months is None or longest > self.over_months)
            and (self.from_months is None or longest >= self.from_months)
            and (self.to_months is None or longest <= self.to_months)
            and (self.under_months is None or longest < self.under_months)
        )


class UnsettledClassification(Frozen):
    """Offences of ``acts`` that a Code's First Schedule does not clearly classify (IPC offences
    in a proceeding under the BNSS): lawref states no row, and says why."""

    acts: tuple[str, ...]
    note: str
    confidence: Confidence


class ProcedureCode(Frozen):
    """A Code of criminal procedure whose First Schedule classifies offences: the CrPC 1973,
    the BNSS 2023. ``schedule_acts`` are the Acts whose offences Part I lists section by section
    (each needs a recorded row); every other law's offences are classified by ``other_laws``
    (Part II)."""

    id: str
    title: str
    short_title: str
    citation: str
    in_force_from: dt.date
    repealed_on: dt.date | None = None
    schedule_acts: tuple[str, ...]
    other_laws: tuple[ScheduleRow, ...]
    unsettled: tuple[UnsettledClassification, ...] = ()
    source: Source
    confidence: Confidence
    note: str | None = None

    @model_validator(mode="after")
    def _well_formed(self) -> Self:
        _an_id(self.id, "id")
        if self.repealed_on is not None and self.repealed_on <= self.in_force_from:
            raise ValueError("repealed_on must come after in_force_from")
        return self


class SpecialRule(Frozen):
    """A special Act's provision that changes how its offences are classified, in its own words
    (IT Act s.77B: offences punishable with three years and above are cognizable; POCSO s.28:
    Special Courts try offences under the Act). It applies to offences under ``acts`` (or the
    listed ``provisions``) punishable within the band (as :class:`ScheduleRow`), in proceedings
    begun while ``provision`` is in force; ``quote`` is found in its text. ``confidence`` is how
    sure lawref is of the rule (a classification it changes is no surer than that)."""

    provision: str
    acts: tuple[str, ...] = ()
    provisions: tuple[str, ...] = ()
    from_months: int | None = None
    to_months: int | None = None

    cognizable: bool | None = None
    bailable: bool | None = None
    triable_by: str | None = None
    also_triable_by: str | None = None
    quote: str
    confidence: Confidence
    note: str | None = None

    @model_validator(mode="after")
    def _well_formed(self) -> Self:
        if not (self.acts or self.provisions):
            raise ValueError("a special rule names the acts or provisions it classifies")
        if (
            self.cognizable is None
            and self.bailable is None
            and self.triable_by is None
            and self.also_triable_by is None
        ):
            raise ValueError(
                "a special rule sets cognizable, bailable, triable_by or also_triable_by"
            )
        return self

    def reaches(self, act: str, provision_id: str, longest: float) -> bool:
        """Whether the rule classifies the offence *provision_id* of *act* whose longest term is
        *longest* months (a clause is reached when its section is listed)."""
        listed = act in self.acts or any(
            provision_id == p or provision_id.startswith(p + "(") for p in self.provisions
        )
        return (
            listed
            and (self.from_months is None or longest >= self.from_months)
            and (self.to_months is None or longest <= self.to_months)
        )


class Procedure(Frozen):
    """The Codes of criminal procedure and the special rules that classify offences."""

    codes: tuple[ProcedureCode, ...]
    special_rules: tuple[SpecialRule, ...] = ()

    def code_on(self, day: dt.date) -> ProcedureCode | None:
        """The Code in force on *day*: the one that governs a proceeding begun that day."""
        for code in self.codes:
            if code.in_force_from <= day and (code.repealed_on is None or day < code.repealed_on):
                return code
        return None


# --- resolved shapes returned by the library ------------------------------------------------


class ProvisionVersion(Frozen):
    """A version of a provision with its derived end date and its penalty resolved.

    ``valid_to`` is the first day the version no longer applies (the next version's start, or the
    Act's repeal); ``None`` while it is still in force. ``penalty_inherited`` is true when the
    penalty is the parent provision's (the clauses of IT Act s.67B). ``text_not_recorded`` is
    true for a change lawref knows of but whose words it could not read in an authoritative copy:
    ``text`` and ``penalty`` are then ``None`` and ``note`` says what is known.

    ``classifications`` holds the offence's classification under every Code that can govern a
    proceeding on it, per conviction; ``classification`` is the first-conviction row under the
    Code in force on ``valid_from`` (what this field held before dated classification).

    ``citation`` is the version's legal citation as people cite it ("IT Act 2000 s.67B, inserted
    by Act 10 of 2009, s.32, w.e.f. 27-10-2009"); ``change`` what the instrument did and
    ``amended_by`` the section (or rule) of the instrument that did it. ``source`` stays the copy
    the text was read in (provenance)."""

    valid_from: dt.date
    valid_to: dt.date | None
    instrument: str
    instrument_title: str
    citation: str = ""
    change: ChangeKind | None = None
    amended_by: str | None = None
    text: str | None
    text_not_recorded: bool = False
    omitted: bool
    penalty: Penalty | None
    penalty_inherited: bool
    derived_penalty: DerivedPenalty | None
    classification: Classification | None
    classifications: tuple[Classification, ...] = ()
    source: Source
    confidence: Confidence
    note: str | None

    def applies_on(self, day: dt.date) -> bool:
        """True when this version is the one in force on *day*."""
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


def _leading_number(number: str) -> int:
    """The digits a section number opens with ("376AB": 376); 0 where there are none."""
    digits = re.match(r"\d+", number)
    return int(digits.group()) if digits else 0


class LetteredSections(Frozen):
    """Every lettered section number of an Act ("120B", "376AB"), including those later
    repealed, with where the list was read and how sure it is."""

    numbers: tuple[str, ...]
    clause_bases: tuple[int, ...] = ()
    """Numbers whose own section has clauses lettered (a), (b) …, where a letter in brackets is
    that clause, not the lettered section after it (IPC s.294(a), an obscene act in a public
    place, is no s.294A, on keeping a lottery office; review 2026-12-22c H9)."""
    clause_ends: dict[int, str] = {}
    """The last lettered clause of a section whose clauses are lettered, under the section or
    any of its sub-sections ({292: "e"}: IPC s.292(2) has clauses (a) to (e); {2: "zh"}: IT Act
    s.2(1) runs to (zh)), for any of ``clause_bases`` or ``clause_sections``: a clause past it
    is none the section has ("292C" is s.292(c); "294C" is no clause of s.294, which has (a)
    and (b), review 2027-01-01d M3; "Section 64(2)(n) of the BNS", whose s.64(2) ends at (m),
    names no clause). Letters that may be roman numerals ((i), (v), (x)) are not measured
    against it."""
    clause_ends_in_full: bool = False
    """Whether ``clause_ends`` names every section of ``clause_sections`` whose clauses are
    lettered, so that the others have only clauses numbered in roman numerals (BNS s.75(1)(i)
    to (iv)) and a lettered clause of theirs is none the Act has."""
    clauses_from: dt.date | None = None
    """The day from which ``clause_sections`` and ``clause_ends`` describe the Act's clauses:
    the commencement of the last amendment read to add or remove lettered clauses (the IT Act's
    s.1(4)(a) to (f) gave way to its First Schedule on 27 October 2009). A clause is said to be
    none the Act has only on a day from then; ``None``: on no day (review 2027-01-02a M2)."""
    clause_sections: tuple[int, ...] | None = None
    """Every section of the Act whose own clauses are marked by letters or roman numerals ((a),
    (b) …; (i), (ii) …), under the section or under one of its sub-sections (POCSO s.2(1)(d),
    BNS s.64(2)(m)), where recorded in full: a capital glued to any
    other number is neither a clause nor a section the Act has ("7A" of the POCSO Act, whose
    s.7 has no clauses: "POCSO Act has no section 7A"), while "5M" is s.5(m) (review
    2026-12-31a M2). ``None`` where not recorded: a capital after a number with no lettered
    section is read as its clause."""
    source: Source
    confidence: Confidence
    note: str | None = None

    @field_validator("numbers")
    @classmethod
    def _lettered(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for number in value:
            if not re.fullmatch(r"[1-9]\d*[A-Z]{1,2}", number):
                raise ValueError(f"{number!r} is not a lettered section number (like 120B)")
        if len(set(value)) != len(value):
            raise ValueError("a lettered section is listed twice")
        return value


class NotCharged(Frozen):
    """The section numbers of an Act that lie in its parts creating no offence and no
    punishment for one (its preliminary, definitions, general explanations, general
    exceptions; the IT Act's electronic-records, signature and certifying-authority
    chapters), as ranges ``[first, last]`` of numbers, each with the lettered sections after
    its numbers (the IPC's 29A and 52A), with where the Act's arrangement of sections was read
    and how sure it is. Only sections no charge names: the IPC's s.34 (common intention),
    cited with the offence it joins, and its s.75 (enhanced punishment) lie in such chapters
    and are left out. A list of sections beside two or more Acts, after them or before them,
    "respectively" or not, reads such a section as another of those Acts' that lawref holds
    and that can have it ("the POCSO Act and IPC sections 4, 6 and 376": POCSO s.4 and s.6;
    "Sections 6 and 376 of the IPC and POCSO Act": POCSO s.6; reviews 2026-12-29e H5, 29c H4),
    and in none where that Act is one lawref does not hold or one that replaced the other
    (review 2026-12-30b H1)."""

    ranges: tuple[tuple[int, int], ...]
    source: Source
    confidence: Confidence
    note: str | None = None

    @field_validator("ranges")
    @classmethod
    def _ordered(cls, value: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
        if not value:
            raise ValueError("not_charged needs at least one range")
        last = 0
        for first, end in value:
            if first < 1 or end < first:
                raise ValueError(
                    f"not_charged range [{first}, {end}] must run from a section number "
                    "(at least 1) to one not below it"
                )
            if first <= last:
                raise ValueError(
                    f"not_charged range [{first}, {end}] overlaps or comes before the range "
                    "before it: ranges are sorted and do not overlap"
                )
            last = end
        return value

    def covers(self, section: str) -> bool:
        """Whether *section* ("4", "29A", "5(m)") is numbered within one of the ranges."""
        number = _leading_number(section)
        return any(first <= number <= end for first, end in self.ranges)


class JoinedOnly(Frozen):
    """Sections of an Act that a charge names joined to an offence, with where they were read
    and how sure it is: as ``joined_only``, those it names only so ("379 read with 75": IPC
    s.75, enhanced punishment after a previous conviction; BNS s.13), which in a list beside two
    or more Acts, with no "read with" before them, are placed in none where another Act can
    have the number ("the JJ Act and IPC sections 75 and 323" may name JJ Act s.75, cruelty to
    a child; review 2026-12-30b M1); as ``joined_with``, those charged read with an offence
    and on their own too (IPC s.34, common intention; BNS s.3(5)), which after "read with" in
    such a list are of the Act that has them so ("the BNS and POCSO Act sections 64 read with
    3(5)": BNS s.3(5); review 2026-12-31e H2)."""

    sections: tuple[str, ...]
    source: Source
    confidence: Confidence
    note: str | None = None

    @field_validator("sections")
    @classmethod
    def _numbers(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("joined_only needs at least one section")
        for number in value:
            if not re.fullmatch(r"[1-9]\d*[A-Z]{0,2}(?:\(\d+\))?", number):
                raise ValueError(f"{number!r} is not a section number (like 75, 120B or 3(5))")
        if len(set(value)) != len(value):
            raise ValueError("a joined_only section is listed twice")
        return value


class Extent(Frozen):
    """Where an Act extends, in its own words, from ``valid_from`` until the next entry:
    ``excludes`` names the places it did not reach (POCSO s.1(2) and IPC s.1 excluded the State
    of Jammu and Kashmir until 31 October 2019). ``instrument`` is the change that made it, if
    any (an ``[[instruments]]`` id)."""

    valid_from: dt.date
    text: str
    excludes: tuple[str, ...] = ()
    instrument: str | None = None
    source: Source
    confidence: Confidence
    note: str | None = None


class Superseded(Frozen):
    """Rules (or an Act) that the instrument replaced and lawref does not hold: reports still
    cite them ("POCSO Rules, 2012"), and from the replacement's commencement a citation of them
    for conduct then is a citation of law no longer in force."""

    title: str
    year: int
    names: tuple[str, ...] = ()
    """The names reports cite them by with no words of their own in brackets ("POCSO Rules,
    2012"): a name shared with other instruments of the year ("IT Rules, 2011": the Cyber
    Cafe and the Sensitive Personal Data Rules too) is left out."""
    citation: str
    source: Source
    confidence: Confidence
    note: str | None = None


class ActRecord(Frozen):
    """An Act or a set of Rules as written in the ``[act]`` table of its data file.

    ``misnomers`` are wrong names reports use for it (resolved, and flagged as misnamings);
    ``spellings`` are variant spellings of its own name (resolved with a note: a
    transliteration, "Bhartiya", or a slip, "POSCO", is no misstatement of the law);
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
    commencement: str | None = None
    bills: tuple[Bill, ...] = ()
    """The Bills for the Act, where recorded (see :class:`Bill`)."""
    aliases: tuple[str, ...] = ()
    misnomers: tuple[str, ...] = ()
    spellings: tuple[str, ...] = ()
    last_section: int | None = None
    lettered_bases: tuple[int, ...] | None = None
    """The numbers of the Act's sections that have lettered sections after them (POCSO: 42, for
    s.42A), where known in full: a capital after any other number is a clause ("Section 5 (L)"
    is s.5(l)). ``None`` where lawref has not recorded them all."""
    lettered_sections: LetteredSections | None = None
    """Every lettered section of the Act, where recorded in full with its source (the IPC:
    120B, 153A, 498A …; the IT Act: 66A to 66F, 67A to 67C …; POCSO: 42A; the BNS: none): a
    letter in brackets after a number is that section ("IPC sections 153(a) and 505" name
    s.153A) even where lawref does not hold it, and a lettered number not listed is one the Act
    lacks ("Section 68 B of the IT Act")."""
    not_charged: NotCharged | None = None
    """The section numbers in the Act's parts that create no offence and no punishment for
    one, where recorded with their source (see :class:`NotCharged`)."""
    joined_only: JoinedOnly | None = None
    """Sections a charge names only joined to an offence, where recorded with their source
    (see :class:`JoinedOnly`)."""
    joined_with: JoinedOnly | None = None
    """Sections a charge names read with an offence, and on their own too, where recorded with
    their source (see :class:`JoinedOnly`)."""
    supersedes: tuple[Superseded, ...] = ()
    """What this instrument replaced, where lawref does not hold it (the POCSO Rules, 2020
    replaced the POCSO Rules, 2012; the IT Rules, 2021 the IT (Intermediaries Guidelines)
    Rules, 2011)."""

    @model_validator(mode="after")
    def _bill_before_assent(self) -> Self:
        _bills_before(self.bills, self.assented)
        return self

    @model_validator(mode="after")
    def _lettered_agree(self) -> Self:
        listed = self.lettered_sections
        if listed is None:
            return self
        for number in listed.numbers:
            digits = _leading_number(number)
            if self.last_section is not None and digits > self.last_section:
                raise ValueError(f"lettered section {number} is past the last section")
            if self.lettered_bases is not None and digits not in self.lettered_bases:
                raise ValueError(f"lettered section {number} is not on a lettered_bases number")
        if self.lettered_bases is not None:
            bases = {_leading_number(number) for number in listed.numbers}
            for base in self.lettered_bases:
                if base not in bases:
                    raise ValueError(f"lettered_bases names {base}, which no lettered section has")
        if listed.clause_ends_in_full and listed.clause_sections is None:
            raise ValueError("clause_ends_in_full needs clause_sections recorded in full")
        sections = listed.clause_sections or ()
        for base, last in listed.clause_ends.items():
            if base not in listed.clause_bases and base not in sections:
                raise ValueError(
                    f"clause_ends names {base}, which is not one of clause_bases or clause_sections"
                )
            if not re.fullmatch(r"[a-z]{1,2}", last):
                raise ValueError(f"clause_ends of {base} is not a clause's small letters: {last!r}")
        if list(sections) != sorted(set(sections)):
            raise ValueError("clause_sections must be listed once each, in ascending order")
        for section in sections:
            if section < 1 or (self.last_section is not None and section > self.last_section):
                raise ValueError(f"clause section {section} is not a section of the Act")
        return self

    @model_validator(mode="after")
    def _not_charged_within(self) -> Self:
        ranges = self.not_charged.ranges if self.not_charged is not None else ()
        for first, end in ranges:
            if self.last_section is not None and end > self.last_section:
                raise ValueError(
                    f"not_charged range [{first}, {end}] is past the last section "
                    f"({self.last_section})"
                )
        joined = [
            *(self.joined_only.sections if self.joined_only is not None else ()),
            *(self.joined_with.sections if self.joined_with is not None else ()),
        ]
        for section in joined:
            if self.last_section is not None and _leading_number(section) > self.last_section:
                raise ValueError(f"joined_only section {section} is past the last section")
            if self.never_charged(section):
                raise ValueError(
                    f"joined section {section} lies in a not_charged range: a section "
                    "is one or the other"
                )
        return self

    def never_charged(self, section: str) -> bool:
        """Whether *section* ("4", "29A", "5(m)") lies in a part of the Act that creates no
        offence and no punishment for one (``not_charged``); ``False`` where none is recorded."""
        return self.not_charged is not None and self.not_charged.covers(section)

    def read_with_offence(self, section: str) -> bool:
        """Whether *section* ("34", "3(5)") is one a charge names read with an offence
        (``joined_with``); ``False`` where none is recorded."""
        if self.joined_with is None:
            return False
        base = re.match(r"\d+[A-Z]{0,2}", section)
        return section in self.joined_with.sections or (
            base is not None and base.group() in self.joined_with.sections
        )

    def only_joined(self, section: str) -> bool:
        """Whether *section* ("75", "75(a)") is one a charge names only joined to an offence
        (``joined_only``); ``False`` where none is recorded."""
        base = re.match(r"\d+[A-Z]{0,2}", section)
        return (
            self.joined_only is not None
            and base is not None
            and base.group() in self.joined_only.sections
        )

    extent: tuple[Extent, ...] = ()
    source: Source
    confidence: Confidence
    note: str | None = None

    def extent_on(self, day: dt.date) -> Extent | None:
        """The extent clause in force on *day* (``None`` before the first one recorded)."""
        found = None
        for entry in self.extent:
            if entry.valid_from <= day:
                found = entry
        return found

    @model_validator(mode="after")
    def _well_formed(self) -> Self:
        _an_id(self.id, "id")
        starts = [entry.valid_from for entry in self.extent]
        if starts != sorted(set(starts)):
            raise ValueError("extent entries must be listed oldest first, one per start date")
        if not _AKN_RE.fullmatch(self.akn):
            raise ValueError(
                f"akn {self.akn!r} must be an Indian Akoma Ntoso work URI: /akn/in/act/ then "
                "lower-case letters, digits, '/', '.', '_' and '-'"
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
    excluded_places: tuple[str, ...] = ()
    """Places the Act did not extend to on ``as_of`` (its extent clause then)."""


class ClassificationAt(Frozen):
    """How an offence is classified in a proceeding: the offence and its punishment are those
    in force on ``as_of`` (the date of the conduct), the Code is the one in force on
    ``proceeding_date`` (the day the proceeding began). ``first`` and ``subsequent`` are the
    rows for a first and a later conviction (``subsequent`` only where the punishment differs);
    ``message`` says which Code applied and why, or why nothing is stated."""

    provision: str
    as_of: dt.date
    proceeding_date: dt.date
    code: str | None
    first: Classification | None
    subsequent: Classification | None
    message: str
    limbs: tuple[Classification, ...] = ()
    """For a punishment defined by reference to another offence, the Schedule's row per limb;
    for a penalty graded by its cases, the row of each limb after the first."""
    first_limb: str | None = None
    """For a penalty graded by its cases, the statute's words for the cases ``first``
    classifies (``Penalty.first_limb``)."""
    reason: str = ""
    """``message`` without the proceeding's date: which Code governs, and why nothing is stated
    where nothing is ("The Bharatiya Nagarik Suraksha Sanhita, 2023 governs the proceeding. …");
    what a lookup, which states the date once, shows."""


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
    are the two scales the statute's words can be read against, not the accused's own record.
    ``limb`` is the statute's words for the limb applied (``tier`` its internal name)."""

    provision: str
    underlying: str
    as_of: dt.date
    tier: DerivedCondition
    limb: str | None = None
    relation: DerivedRelation | None = None
    penalty: Penalty
    explanation: str
    notes: tuple[str, ...] = ()
    """What the answer assumes where the statutes do not say: an offence with a minimum term and
    no stated maximum (POCSO s.14(1) from 2019) read as reaching a limb that asks for a term
    that "may extend to ten years" (legal audit 2026-12-15a D3)."""
