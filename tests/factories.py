"""Small statute books, conducts and judgments built in code, so that tests of the rules of
interpretation (standing on a date, derivation and its reach, classification, lookup and
overlaps) do not depend on the shipped data. Every value is invented for the test: "X Act" is no
real Act, and nothing here is a legal fact.

Each factory takes only what a test varies and fills the rest with plain defaults.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from lawref.conduct.book import ConductBook
from lawref.conduct.models import Authority, Conduct, Judgment, Mapping, OverlapRule
from lawref.statutes.book import StatuteBook, Statutes
from lawref.statutes.models import (
    Act,
    Classification,
    DerivedPenalty,
    Penalty,
    PenaltyTier,
    Procedure,
    ProcedureCode,
    Provision,
    ProvisionVersion,
    ScheduleRow,
    Source,
    SpecialRule,
)

D = dt.date
START = D(2000, 1, 1)
SOURCE = Source(title="made up for a test", citation="test")
REVIEWED = D(2026, 1, 1)


def tier(
    max_months: float | None = None,
    *,
    min_months: float | None = None,
    life: bool = False,
    fine: bool = True,
    description: str | None = "either",
) -> PenaltyTier:
    """A punishment tier: imprisonment (when a term or life is given) and/or a fine."""
    prison = None
    if max_months is not None or min_months is not None or life:
        prison = {
            "max_months": max_months,
            "min_months": min_months,
            "life": life,
            "description": description,
        }
    if prison is None:
        combinator = "fine_only"
    elif fine:
        combinator = "imprisonment_and_fine"
    else:
        combinator = "imprisonment_only"
    return PenaltyTier.model_validate(
        {"imprisonment": prison, "fine": {} if fine else None, "combinator": combinator}
    )


def penalty(first: PenaltyTier, subsequent: PenaltyTier | None = None) -> Penalty:
    """A penalty for a first and (optionally) a later conviction."""
    return Penalty(first=first, subsequent=subsequent)


def version(
    valid_from: D,
    valid_to: D | None = None,
    *,
    text: str | None = "Whoever does the thing shall be punished.",
    penalty: Penalty | None = None,
    derived: DerivedPenalty | None = None,
    omitted: bool = False,
    not_recorded: bool = False,
    classifications: Sequence[Classification] = (),
    instrument: str = "",
) -> ProvisionVersion:
    """A resolved version (its end date given, as the loader would derive it); the instrument
    defaults to the provision's own Act (the enacted text)."""
    return ProvisionVersion(
        valid_from=valid_from,
        valid_to=valid_to,
        instrument=instrument,
        instrument_title=instrument,
        citation=f"{instrument} (test)",
        text=None if omitted or not_recorded else text,
        text_not_recorded=not_recorded,
        omitted=omitted,
        penalty=penalty,
        penalty_inherited=False,
        derived_penalty=derived,
        classification=None,
        classifications=tuple(classifications),
        source=SOURCE,
        confidence="high",
        note="what is known" if not_recorded else None,
    )


def provision(
    pid: str,
    versions: Iterable[ProvisionVersion],
    *,
    parent: str | None = None,
    children: Sequence[str] = (),
    successors: Sequence[str] = (),
    earlier_not_recorded: bool = False,
) -> Provision:
    """A provision of act ``pid.split('/')[0]`` with the given versions."""
    act, number = pid.split("/")
    versions = [
        v if v.instrument else v.model_copy(update={"instrument": act, "instrument_title": act})
        for v in versions
    ]
    return Provision(
        id=pid,
        act=act,
        number=number[1:],
        kind="section",
        heading=f"Section {number[1:]}",
        akn=f"/akn/in/act/2000/1/~sec_{number[1:]}",
        parent=parent,
        children=tuple(children),
        versions=tuple(versions),
        successors=tuple(successors),
        predecessors=(),
        changes=None,
        earlier_versions_not_recorded=earlier_not_recorded,
        note=None,
    )


def act(
    act_id: str,
    provisions: Sequence[str],
    *,
    in_force_from: D = START,
    repealed_on: D | None = None,
    repealed_by: str | None = None,
    short_title: str | None = None,
) -> Act:
    """An Act holding the given provision ids."""
    return Act(
        id=act_id,
        kind="act",
        title=f"The {act_id} Act, 2000",
        short_title=short_title or act_id.upper(),
        citation="Act No. 1 of 2000",
        akn="/akn/in/act/2000/1",
        in_force_from=in_force_from,
        repealed_on=repealed_on,
        repealed_by=repealed_by,
        source=SOURCE,
        confidence="high",
        instruments=(),
        provisions=tuple(provisions),
    )


def procedure(*special_rules: SpecialRule) -> Procedure:
    """One Code in force from 1974 with the three Part II bands, and the given special rules."""
    rows = (
        ScheduleRow(
            words="more than 7 years",
            over_months=84,
            cognizable=True,
            bailable=False,
            triable_by="Court of Session",
        ),
        ScheduleRow(
            words="3 to 7 years",
            from_months=36,
            to_months=84,
            cognizable=True,
            bailable=False,
            triable_by="Magistrate of the first class",
        ),
        ScheduleRow(
            words="less than 3 years",
            under_months=36,
            cognizable=False,
            bailable=True,
            triable_by="Any Magistrate",
        ),
    )
    code = ProcedureCode(
        id="code-1974",
        title="The Code, 1974",
        short_title="Code",
        citation="Act No. 2 of 1974",
        in_force_from=D(1974, 1, 1),
        schedule_acts=(),
        other_laws=rows,
        source=SOURCE,
        confidence="high",
    )
    return Procedure(codes=(code,), special_rules=special_rules)


def statutes(
    acts: Iterable[Act], provisions: Iterable[Provision], proc: Procedure | None = None
) -> Statutes:
    """The statute book's queries over the given acts and provisions."""
    book = StatuteBook(
        reviewed_on=REVIEWED,
        acts={a.id: a for a in acts},
        provisions={p.id: p for p in provisions},
        origin="tests",
        procedure=proc or procedure(),
    )
    return Statutes(book)


def mapping(pid: str, quote: str = "does the thing", **kwargs: object) -> Mapping:
    """A conduct's mapping to provision *pid*, on the authority of its words *quote*."""
    return Mapping.model_validate(
        {
            "provision": pid,
            "condition": "when the test says so",
            "authority": Authority(quote=quote),
            "confidence": "high",
            **kwargs,
        }
    )


def conduct(conduct_id: str, terms: Sequence[str], mappings: Sequence[Mapping]) -> Conduct:
    """A conduct with its words and mappings."""
    return Conduct(
        id=conduct_id,
        label=conduct_id.title(),
        description="for a test",
        terms=tuple(terms),
        mappings=tuple(mappings),
    )


def conduct_book(
    conducts: Sequence[Conduct],
    judgments: Sequence[Judgment] = (),
    overlaps: Sequence[OverlapRule] = (),
) -> ConductBook:
    """The conduct layer's book over the given conducts, judgments and overlap rules."""
    return ConductBook({c.id: c for c in conducts}, {j.id: j for j in judgments}, tuple(overlaps))
