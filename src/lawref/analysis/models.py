"""Pydantic models of ``lawref analyze``: its configuration (``[analysis]`` in
``data/conduct.toml``), the conduct and statute references it finds in a text, and its summary.
"""

import datetime as dt
from typing import Literal

from lawref.conduct.models import ConductId, LookupProvision
from lawref.statutes.models import Frozen


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
