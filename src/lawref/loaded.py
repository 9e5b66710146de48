"""What a data folder holds once every check has passed: the unit the cache stores."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lawref.models import (
    Act,
    AnalysisConfig,
    Article,
    Case,
    Conduct,
    Judgment,
    OverlapRule,
    Provision,
    ReportingChannel,
    Term,
)


@dataclass(frozen=True, slots=True)
class LoadedData:
    """Acts, provisions, conduct, judgments and terms by id, the overlap rules, the review date,
    and where they were read from."""

    reviewed_on: dt.date
    acts: dict[str, Act]
    provisions: dict[str, Provision]
    origin: str
    conduct: dict[str, Conduct]
    overlaps: tuple[OverlapRule, ...]
    judgments: dict[str, Judgment]
    terms: dict[str, Term]
    articles: dict[str, Article]
    cases: dict[str, Case]
    analysis: AnalysisConfig
    reporting: tuple[ReportingChannel, ...]
