"""What a careful lawyer would take from a text: its conducts, the provisions they reach on the
date, and where the text's own statement of the law differs.

The summary is gathered as the text is read (``Tally``), so a long text read in stretches
needs only what the summary holds: the distinct conducts, the laws named, and the distinct
references and stated punishments the differences are drawn from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from lawref.analysis.models import (
    AnalysisSummary,
    Mention,
    StatedPunishment,
    StatuteReference,
    is_reading_note,
)
from lawref.conduct.lookup import lookup
from lawref.conduct.models import LookupProvision

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.conduct.book import ConductBook
    from lawref.statutes.book import Statutes

DISTINCT = 10_000
"""The most distinct references (their words, provision and flags) and stated punishments the
differences are drawn from; a text with more names the law in more ways than any report does."""


class Tally:
    """The summary's evidence, gathered a stretch at a time (:meth:`add`) and read once
    (:meth:`summary`)."""

    def __init__(self) -> None:
        self.conducts: dict[str, int] = {}
        """Each conduct, with where in the text its first mention starts."""
        self.sure: dict[str, int] = {}
        """Each conduct with a mention of medium or high confidence, with where the first
        starts."""
        self.named: dict[str, None] = {}
        self.references: dict[tuple[str, str | None, tuple[str, ...]], None] = {}
        self.punishment_differs: dict[str, None] = {}

    def add(
        self,
        mentions: Iterable[Mention],
        refs: Iterable[StatuteReference],
        stated: Iterable[StatedPunishment] = (),
        offset: int = 0,
    ) -> None:
        """Count the mentions, references and stated punishments of one stretch, which starts
        *offset* characters into the text."""
        for mention in mentions:
            _first(self.conducts, mention.conduct, offset + mention.start)
            if mention.confidence != "low":
                _first(self.sure, mention.conduct, offset + mention.start)
        for ref in refs:
            name = ref.provision or ref.act
            if name:
                self.named.setdefault(name)
            key = (ref.text, ref.provision, ref.flags)
            if key not in self.references and len(self.references) < DISTINCT:
                self.references[key] = None
        for punishment in stated:
            if punishment.differs is not None and len(self.punishment_differs) < DISTINCT:
                self.punishment_differs.setdefault(f"“{punishment.text}”: {punishment.differs}")

    def recount(self, mentions: Iterable[Mention]) -> None:
        """Count the conducts afresh from *mentions* (placed in the whole text), after the
        mentions counted so far were narrowed at the text's end."""
        self.conducts.clear()
        self.sure.clear()
        for mention in mentions:
            _first(self.conducts, mention.conduct, mention.start)
            if mention.confidence != "low":
                _first(self.sure, mention.conduct, mention.start)

    def merge(self, other: Tally) -> None:
        """Count *other*'s mentions too (mentions held back until the text showed they count)."""
        for conduct, start in other.conducts.items():
            _first(self.conducts, conduct, start)
        for conduct, start in other.sure.items():
            _first(self.sure, conduct, start)

    def summary(self, statutes: Statutes, book: ConductBook, day: dt.date) -> AnalysisSummary:
        """The distinct conducts, the provisions they reach on *day*, and where the text's own
        statement of the law differs: a named section its conduct does not reach, one not in
        force, a misnamed Act, a punishment the law does not provide, and the heaviest
        provisions it leaves unnamed. The claims about conduct rest only on mentions of medium
        or high confidence: a mention with neither actor nor material found does not make the
        text wrong."""
        conducts = tuple(sorted(self.conducts, key=self.conducts.__getitem__))
        sure = tuple(sorted(self.sure, key=self.sure.__getitem__))
        entries: dict[str, LookupProvision] = {}
        for conduct in conducts:
            for entry in lookup(statutes, book, conduct, day).provisions:
                entries.setdefault(entry.id, entry)
        named = tuple(self.named)
        differences: list[str] = []
        notes: list[str] = []
        for text, provision, flags in self.references:
            # the provision read beside the words, so that two "“2”"s are told apart (review
            # 2026-12-23c L1)
            said = f"“{text}” ({provision})" if provision else f"“{text}”"
            for flag in flags:
                (notes if is_reading_note(flag) else differences).append(f"{said}: {flag}")
            if (
                provision
                and sure
                and not any(provision == pid or pid.startswith(provision + "(") for pid in entries)
            ):
                differences.append(
                    f"“{text}” ({provision}): none of the conduct the text describes "
                    f"({', '.join(conducts)}) reaches it on {day}"
                )
        if named:
            sure_ids = {
                entry.id
                for conduct in sure
                for entry in lookup(statutes, book, conduct, day).provisions
            }
            for entry in entries.values():
                if (
                    entry.id in sure_ids
                    and entry.heaviest
                    and not any(
                        n == entry.id
                        or entry.id.startswith(n + "(")
                        or entry.id.startswith(n + "/")
                        for n in named
                    )
                ):
                    differences.append(
                        f"the text does not name {entry.id} ({'; '.join(entry.overlap_flags)})"
                    )
        differences.extend(self.punishment_differs)
        return AnalysisSummary(
            conducts=conducts,
            provisions=tuple(entries.values()),
            named_in_text=named,
            differences=tuple(dict.fromkeys(differences)),
            reading_notes=tuple(dict.fromkeys(notes)),
        )


def _first(seen: dict[str, int], conduct: str, start: int) -> None:
    """Record that *conduct* is mentioned at *start*, keeping the earliest start."""
    if conduct not in seen or start < seen[conduct]:
        seen[conduct] = start
