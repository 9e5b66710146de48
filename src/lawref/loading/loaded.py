"""What a data folder holds once every check has passed, in the two parts the cache stores.

The statute book (acts and provisions) is what ``lawref show``, ``timeline``, ``derive`` and
``list`` read; the commentary (conduct, judgments, terms, articles, cases …) is read against it.
They are checked together, always: a mapping to a provision that does not exist is an error
whichever part is asked for. They are kept apart so that reading one provision does not
unpickle — or define the model classes of — everything else (issue #2's start-up target).

They are named tuples rather than dataclasses: immutable records all the same, and a tenth of
the cost to define on every start.
"""

from __future__ import annotations

from typing import NamedTuple

from lawref.statutes.book import StatuteBook

__all__ = ["Commentary", "LoadedData", "StatuteBook"]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.analysis.models import AnalysisConfig
    from lawref.cases.models import Article, Case
    from lawref.conduct.models import (
        Conduct,
        Judgment,
        OverlapRule,
        ReportingChannel,
        ReportingStep,
        Term,
    )
    from lawref.standards.models import Standard
    from lawref.statistics.models import Statistics


class Commentary(NamedTuple):
    """What lawref reads against the statute book: conduct with its mappings, the overlap rules,
    judgments, terms, articles, cases, the analysis configuration, the reporting channels, the
    official statistics and the international benchmarks."""

    conduct: dict[str, Conduct]
    overlaps: tuple[OverlapRule, ...]
    judgments: dict[str, Judgment]
    terms: dict[str, Term]
    articles: dict[str, Article]
    cases: dict[str, Case]
    analysis: AnalysisConfig
    reporting: tuple[ReportingChannel, ...]
    reporting_steps: tuple[ReportingStep, ...]
    statistics: Statistics
    standards: dict[str, Standard]


class LoadedData(NamedTuple):
    """A whole data folder, checked: its statute book and its commentary."""

    statutes: StatuteBook
    commentary: Commentary
