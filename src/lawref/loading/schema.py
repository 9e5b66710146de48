"""The schema of the data files: what a contributor writes in ``data/``.

These models validate the TOML as read; :mod:`lawref.loading.folder` turns them into the resolved
shapes of :mod:`lawref.statutes.models` that every query returns. Kept apart so that answering
from the cache never defines them (start-up cost, issue #2). ``lawref schema`` prints their JSON
Schema.
"""

from __future__ import annotations

import datetime as dt
from typing import Self

from pydantic import field_validator, model_validator

from lawref.analysis.models import AnalysisConfig
from lawref.conduct.models import (
    Conduct,
    Judgment,
    OverlapRule,
    ReportingChannel,
    ReportingStep,
    Term,
)
from lawref.statutes.ids import is_valid_number
from lawref.statutes.models import (
    ActRecord,
    ChangeKind,
    Classification,
    Confidence,
    DerivedPenalty,
    Frozen,
    Instrument,
    Penalty,
    ProcedureCode,
    ProvisionKind,
    Source,
    SpecialRule,
    _not_blank,
)


class VersionRecord(Frozen):
    """One dated version of a provision as written in a data file (end date never stored).

    ``text_not_recorded``: the provision is known to have changed on ``valid_from`` (so the
    previous version no longer applies from then), but no authoritative copy of the new words
    was read. The version then has no text and no structured penalty, and its ``note`` says what
    is known of the change and from where; dates from it on are answered ``not_recorded``.

    ``classifications`` are the rows of a Code's First Schedule, Part I, for this offence (IPC
    offences under the CrPC 1973, BNS offences under the BNSS 2023), each naming its ``code`` and
    ``conviction``; every other law's offences are classified from ``data/procedure.toml``."""

    valid_from: dt.date
    instrument: str
    change: ChangeKind | None = None
    amended_by: str | None = None
    text: str | None = None
    text_not_recorded: bool = False
    omitted: bool = False
    penalty: Penalty | None = None
    penalty_from_parent: bool = False
    derived_penalty: DerivedPenalty | None = None
    classifications: tuple[Classification, ...] = ()
    source: Source
    confidence: Confidence
    note: str | None = None

    @model_validator(mode="after")
    def _text_matches_status(self) -> VersionRecord:
        if self.omitted:
            if self.text is not None or self.text_not_recorded:
                raise ValueError("an omitted version has no text")
            if self.penalty or self.derived_penalty or self.penalty_from_parent:
                raise ValueError("an omitted version has no penalty")
        elif self.text_not_recorded:
            if self.text is not None:
                raise ValueError("text_not_recorded and text exclude each other")
            if self.penalty or self.derived_penalty or self.penalty_from_parent:
                raise ValueError(
                    "a version whose text is not recorded has no structured penalty: "
                    "say what is known of it in note"
                )
            if not (self.note and self.note.strip()):
                raise ValueError(
                    "a version whose text is not recorded needs a note: what is known of the "
                    "change, from where, and why its words are not recorded"
                )
        elif not (self.text and self.text.strip()):
            raise ValueError(
                "a version needs its verbatim text (or omitted = true, or text_not_recorded = true)"
            )
        if self.penalty_from_parent and self.penalty is not None:
            raise ValueError("penalty_from_parent and penalty exclude each other")
        return self


class ProvisionRecord(Frozen):
    """A provision as written in a data file, keyed by its number. A sub-division with no
    heading of its own (a clause, a proviso) is shown under its parent's heading."""

    heading: str | None = None
    kind: ProvisionKind
    """``earlier_versions_not_recorded``: the provision was in force before its first recorded
    version (or, with no versions at all, throughout its Act's life) in a text lawref does not
    hold; dates in that stretch are answered ``not_recorded``, never "did not exist"."""
    versions: tuple[VersionRecord, ...] = ()
    successors: tuple[str, ...] = ()
    changes: str | None = None
    earlier_versions_not_recorded: bool = False
    note: str | None = None

    @model_validator(mode="after")
    def _unrecorded_text_is_declared(self) -> ProvisionRecord:
        _not_blank(self.heading, "heading")
        if not self.versions and not self.earlier_versions_not_recorded:
            raise ValueError(
                "a provision without versions must say earlier_versions_not_recorded = true "
                "(lawref knows it exists but records none of its text) and why, in note"
            )
        return self


class StatuteFile(Frozen):
    """The whole of one ``data/statutes/<act>.toml`` file."""

    act: ActRecord
    instruments: tuple[Instrument, ...] = ()
    provisions: dict[str, ProvisionRecord]

    @field_validator("provisions")
    @classmethod
    def _numbers_well_formed(cls, value: dict[str, ProvisionRecord]) -> dict[str, ProvisionRecord]:
        if not value:
            raise ValueError("a statute file needs at least one provision")
        bad = [number for number in value if not is_valid_number(number)]
        if bad:
            raise ValueError(
                "provision keys must be numbers as printed, e.g. '67B' or '15(2)': "
                + ", ".join(repr(b) for b in bad)
            )
        return value

    @model_validator(mode="after")
    def _clauses_from_a_commencement(self) -> Self:
        """``lettered_sections.clauses_from`` is the day the Act or one of its instruments came
        into force, so that the day comes from the one record of it."""
        listed = self.act.lettered_sections
        days = {self.act.in_force_from, *(i.in_force_from for i in self.instruments)}
        if listed is not None and listed.clauses_from not in (None, *days):
            raise ValueError(
                f"clauses_from {listed.clauses_from} is the day neither the Act nor one of "
                "its instruments came into force"
            )
        return self


class ProcedureFile(Frozen):
    """``data/procedure.toml``: the Codes of criminal procedure whose First Schedules classify
    offences, and the special Acts' rules that change that classification."""

    codes: tuple[ProcedureCode, ...]
    special_rules: tuple[SpecialRule, ...] = ()


class CatalogFile(Frozen):
    """``data/catalog.toml``: facts about the data as a whole."""

    reviewed_on: dt.date


class ConductFile(Frozen):
    """``data/conduct.toml``: the conduct taxonomy (tables keyed by conduct id, the key injected
    as ``id``), the rules for acts punishable under several provisions, and how reports are read."""

    conduct: dict[str, Conduct]
    overlaps: tuple[OverlapRule, ...] = ()
    analysis: AnalysisConfig = AnalysisConfig()


class JudgmentsFile(Frozen):
    """``data/judgments.toml``: judgments keyed by id (the key injected as ``id``)."""

    judgments: dict[str, Judgment]


class TermsFile(Frozen):
    """``data/terms.toml``: terminology keyed by id (the key injected as ``id``)."""

    terms: dict[str, Term]


class ReportingFile(Frozen):
    """``data/reporting.toml``: the reporting channels, and the steps after a report."""

    channels: tuple[ReportingChannel, ...]
    steps: tuple[ReportingStep, ...] = ()
