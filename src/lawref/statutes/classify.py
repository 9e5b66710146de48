"""Classifying an offence (cognizable or not, bailable or not, which court tries it) for a
proceeding: the rules of interpretation that pick a row of a Code's First Schedule.

Two dates govern the answer, and they are different:

- the **date of the conduct** selects the offence and its punishment (Article 20(1) of the
  Constitution), as everywhere in lawref;
- the **date the proceeding began** selects the Code of criminal procedure, because
  classification is procedure. The Bharatiya Nagarik Suraksha Sanhita, 2023 repealed the Code of
  Criminal Procedure, 1973 from 1 July 2024, and its s.531(2)(a) keeps an appeal, application,
  trial, inquiry or investigation pending immediately before that day under the old Code. So a
  proceeding begun before 1 July 2024 is classified under the CrPC, one begun on or after it under
  the BNSS (``data/procedure.toml`` records both Codes, their Schedules' rows and the savings).

Within the Code: offences of an Act its First Schedule lists section by section (Part I: the IPC
for the CrPC, the BNS for the BNSS) take the row recorded on the provision's version; offences of
every other law take the Part II row for their punishment ("If punishable with imprisonment for 3
years and upwards but not more than 7 years …"), then the special Act's own rules on top
(IT Act s.77B: three years and above cognizable, three years bailable; POCSO s.28: Special
Courts). An IPC offence in a BNSS proceeding is not listed in the BNSS's Part I; lawref says so
instead of choosing a row (``unsettled`` in the data, with the reason).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from lawref.statutes.models import (
    Classification,
    PenaltyTier,
    Procedure,
    ProcedureCode,
    Provision,
    ProvisionVersion,
    Source,
)

InForce = Callable[[str, dt.date], bool]
"""Whether the provision with this id is in force on the date (for special rules)."""


def longest_months(tier: PenaltyTier) -> float:
    """The longest term a tier is punishable with, for the Schedule's bands: ``inf`` for death,
    life, or a term with a minimum and no stated maximum; ``0`` for fine only."""
    if tier.death:
        return float("inf")
    prison = tier.imprisonment
    if prison is None:
        return 0.0
    if prison.life or (prison.max_months is None and prison.min_months is not None):
        return float("inf")
    return float(prison.max_months or 0)


def _schedule_source(code: ProcedureCode, part: str) -> Source:
    return Source.model_construct(
        title=f"{code.short_title} First Schedule, {part}",
        url=code.source.url,
        citation=f"{code.title} ({code.citation}), First Schedule, {part}",
        note=None,
    )


_RANK = {"high": 2, "medium": 1, "low": 0}


def _other_laws(
    procedure: Procedure,
    code: ProcedureCode,
    provision: Provision,
    tier: PenaltyTier,
    proceeding: dt.date,
    in_force: InForce,
) -> Classification | None:
    """Part II's row for *tier*, with the special Act's rules applied on top. A longest term of
    exactly three years is in the middle row ("3 years and upwards"), as the Supreme Court held
    in Knit Pro International v. State (NCT of Delhi), (2022) 10 SCC 221 (the bands are
    ``ScheduleRow.reaches``; ``data/procedure.toml`` quotes the judgment)."""
    longest = longest_months(tier)
    row = next((r for r in code.other_laws if r.reaches(longest)), None)
    if row is None:
        return None
    cognizable: bool | None = row.cognizable
    bailable: bool | None = row.bailable
    triable_by: str | None = row.triable_by
    also_triable_by: str | None = None
    rules: list[str] = []
    notes: list[str] = []
    confidence = code.confidence
    for rule in procedure.special_rules:
        if not rule.reaches(provision.act, provision.id, longest):
            continue
        if not in_force(rule.provision, proceeding):
            continue
        cognizable = rule.cognizable if rule.cognizable is not None else cognizable
        bailable = rule.bailable if rule.bailable is not None else bailable
        triable_by = rule.triable_by or triable_by
        also_triable_by = rule.also_triable_by or also_triable_by
        rules.append(rule.provision)
        if _RANK[rule.confidence] < _RANK[confidence]:
            confidence = rule.confidence
    prison = tier.imprisonment
    if prison is not None and prison.max_months is None and not prison.life:
        notes.append(
            "The offence states a minimum term and no maximum, so lawref reads it as punishable "
            "with imprisonment for more than seven years."
        )
    return Classification.model_construct(
        cognizable=cognizable,
        bailable=bailable,
        triable_by=triable_by,
        also_triable_by=also_triable_by,
        code=code.id,
        conviction="any",
        rules=tuple(dict.fromkeys(rules)),
        source=_schedule_source(code, f"Part II (“{row.words}”)"),
        confidence=confidence,
        note=" ".join(notes) or None,
    )


def classify(
    procedure: Procedure,
    provision: Provision,
    version: ProvisionVersion,
    proceeding: dt.date,
    in_force: InForce,
) -> Classified:
    """The Code governing a proceeding begun on *proceeding*, and the offence's classification
    under it for a first and a later conviction (the later only where it differs) and for each
    limb (the Schedule's rows per limb of a derived punishment or of a penalty graded by its
    cases; for the latter under Part II, each limb's row by its own longest term), or why
    nothing is stated. *version* is the offence's text on the date of the conduct."""
    code = procedure.code_on(proceeding)
    if code is None:
        return Classified(
            None, None, None, (), "no Code of criminal procedure in lawref's data governs it"
        )
    recorded = [c for c in version.classifications if c.code == code.id and c.limb is None]
    limbs = limb_rows(version, code)
    if recorded:
        first = next((c for c in recorded if c.conviction in ("any", "first")), None)
        later = next((c for c in recorded if c.conviction == "subsequent"), None)
        return Classified(code, first, later, limbs, None)
    if provision.act in code.schedule_acts:
        why = f"no row of the {code.short_title}'s First Schedule is recorded"
        return Classified(code, None, None, limbs, why)
    for gap in code.unsettled:
        if provision.act in gap.acts:
            return Classified(code, None, None, limbs, gap.note)
    penalty = version.penalty
    if penalty is None:
        return Classified(code, None, None, limbs, None)
    first = _other_laws(procedure, code, provision, penalty.first, proceeding, in_force)
    later = None
    if penalty.subsequent is not None:
        later = _other_laws(procedure, code, provision, penalty.subsequent, proceeding, in_force)
        if later is not None and first is not None and _same(first, later):
            later = None
    for limb in penalty.limbs:
        # IPC s.506 in a proceeding under the BNSS: Part II, by the limb's own longest term
        row = _other_laws(procedure, code, provision, limb.penalty, proceeding, in_force)
        if row is not None:
            limbs += (row.model_copy(update={"limb": limb.limb}),)
    return Classified(code, first, later, limbs, None)


class Classified(NamedTuple):
    """An offence's classification in a proceeding (:func:`classify`)."""

    code: ProcedureCode | None
    first: Classification | None
    later: Classification | None
    limbs: tuple[Classification, ...]
    why: str | None


def limb_rows(version: ProvisionVersion, code: ProcedureCode | None) -> tuple[Classification, ...]:
    """The Schedule's rows for the limbs of a punishment defined by reference to another offence
    (IPC s.201, BNS s.238), under *code*."""
    if code is None:
        return ()
    return tuple(c for c in version.classifications if c.code == code.id and c.limb is not None)


def _same(left: Classification, right: Classification) -> bool:
    return (left.cognizable, left.bailable, left.triable_by, left.also_triable_by) == (
        right.cognizable,
        right.bailable,
        right.triable_by,
        right.also_triable_by,
    )


def first_proceeding_day(procedure: Procedure, version: ProvisionVersion) -> dt.date:
    """The first day a proceeding on conduct under *version* can begin under a recorded Code:
    the version's start, or the first Code's commencement if that is later."""
    starts = [c.in_force_from for c in procedure.codes if c.in_force_from > version.valid_from]
    if procedure.code_on(version.valid_from) is not None or not starts:
        return version.valid_from
    return min(starts)
