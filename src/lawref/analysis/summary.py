"""What a careful lawyer would take from a text: its conducts, the provisions they reach on the
date, and where the text's own statement of the law differs.

The summary is gathered as the text is read (``Tally``), so a long text read in stretches
needs only what the summary holds: the distinct conducts, the laws named, and the distinct
references and stated punishments the differences are drawn from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from lawref.analysis.models import (
    AnalysisSummary,
    DaySource,
    Mention,
    StatedPunishment,
    StatuteReference,
    is_difference,
    is_law_ended,
    is_law_not_begun,
    is_reading_note,
    is_rules_superseded,
)
from lawref.conduct.lookup import lookup
from lawref.conduct.models import LookupProvision

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.conduct.book import ConductBook
    from lawref.statutes.book import Statutes
    from lawref.statutes.models import Bill

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
        self.references: dict[tuple[str, str | None, tuple[str, ...], str | None, bool], None] = {}
        """Each distinct reference: its words, provision, flags, Act, and whether its sentence
        speaks of law not yet begun as law to come (``Analyzer.law_to_come``; false where no
        flag says the law had not begun)."""
        self.punishment_differs: dict[str, None] = {}

    def add(
        self,
        mentions: Iterable[Mention],
        refs: Iterable[StatuteReference],
        stated: Iterable[StatedPunishment] = (),
        offset: int = 0,
        law_to_come: Callable[[StatuteReference], bool] | None = None,
    ) -> None:
        """Count the mentions, references and stated punishments of one stretch, which starts
        *offset* characters into the text; *law_to_come* tells how a reference's sentence uses
        law not yet begun (``Analyzer.law_to_come``), asked only of such references."""
        for mention in mentions:
            _first(self.conducts, mention.conduct, offset + mention.start)
            if mention.confidence != "low":
                _first(self.sure, mention.conduct, offset + mention.start)
        for ref in refs:
            name = ref.provision or ref.act
            if name:
                self.named.setdefault(name)
            to_come = (
                law_to_come is not None
                and any(is_law_not_begun(f) for f in ref.flags)
                and law_to_come(ref)
            )
            key = (ref.text, ref.provision, ref.flags, ref.act, to_come)
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

    def summary(
        self,
        statutes: Statutes,
        book: ConductBook,
        day: dt.date,
        source: DaySource = "given",
    ) -> AnalysisSummary:
        """The distinct conducts, the provisions they reach on *day*, where the text's own
        statement of the law differs (a misnamed Act, a section the Act lacks, one not in force,
        a punishment the law does not provide), lawref's notes on its reading of the
        references, law named that stood on another day (``date_notes``), and its conduct map
        beside the law the text names (``conduct_notes``).

        A law the text names that was not in force on *day* is the text's error only where that
        holds on every day the conduct may be, as far as *source* tells
        (:func:`~lawref.analysis.models.is_difference`): law that had ended, or Rules replaced,
        only on the day the caller gives (the conduct's); law not yet begun on the report's
        own date or today's, which no conduct is later than, unless the text may speak of it
        as law to come (enacted by then, a Bill for it before Parliament, or named as a Bill,
        a proposal or in the future: ``Analyzer.law_to_come``; then wherever the text names it
        alike), and Rules, which govern a later step, not on the caller's
        day. The rest are ``date_notes``, each saying where the day came from and what would
        make the text wrong.

        What lawref's reading of the conduct suggests is never a difference: the conduct is
        read with a reader's errors, and lawref's map gives the provisions a lawyer would
        consider for a conduct, not every one that could reach it (IT Act s.67 reaches obscene
        material a child's may be; the map takes sharing a child's to s.67B). So a named
        section the conduct read is not mapped to, and a heavier provision it is mapped to that
        the text leaves unnamed, are notes on lawref's map, and only where a mention of medium
        or high confidence was read; a section lawref maps no conduct to on the day (an
        intermediary's exemption, a presumption) gets none."""
        conducts = tuple(sorted(self.conducts, key=self.conducts.__getitem__))
        sure = tuple(sorted(self.sure, key=self.sure.__getitem__))
        entries: dict[str, LookupProvision] = {}
        # each provision that is the heaviest for a conduct, with those conducts and the words
        # of that conduct's lookup (another conduct's may weigh it otherwise; review
        # 2026-12-24c M4)
        heaviest_for: dict[str, tuple[list[str], tuple[str, ...]]] = {}
        for conduct in conducts:
            for entry in lookup(statutes, book, conduct, day).provisions:
                entries.setdefault(entry.id, entry)
                if entry.heaviest:
                    heaviest_for.setdefault(entry.id, ([], entry.overlap_flags))[0].append(conduct)
        named = tuple(self.named)
        differences: list[str] = []
        notes: list[str] = []
        date_notes: list[str] = []
        conduct_notes: list[str] = []
        mapped: frozenset[str] | None = None
        kinds = {act.id: act.kind for act in statutes.acts}
        # a reference spoken of as law to come anywhere in the text is a note wherever it is
        # named: one reading of it, not a difference and a note (review 2026-12-26a M2)
        coming_somewhere = {key[:4] for key in self.references if key[4]}
        for text, provision, flags, act, to_come in self.references:
            if not to_come and (text, provision, flags, act) in coming_somewhere:
                continue
            said = reference_said(text, provision)
            rules = kinds.get(act or "") == "rules"
            # the Act's repeal said again by the provision's own standing, which names its
            # successor: said once
            standing_ended = any(f.startswith("no longer in force on ") for f in flags)
            # the same for an Act not yet begun, whose provision's standing says when it began
            standing_not_begun = any(f.startswith("not yet in force on ") for f in flags)
            since = (
                _to_come_since(statutes, act, provision, day)
                if any(is_law_not_begun(f) for f in flags)
                else None
            )
            # law not yet begun may be spoken of as law to come: where it had been enacted or
            # its Bill was before Parliament (review 2026-12-25c H1), and where its sentence
            # says so ("passed by Parliament", "will be punishable"; review 2026-12-25a H4).
            # A sentence that tells of it applied to a case ("was booked under Section 294 of
            # the BNS" in March 2024) is not told apart: words of a charge are as common in
            # explainers of the law to come ("cases will be registered under …"; review
            # 2026-12-25b H1), and a missed difference is better than a wrong one
            coming = since is not None or to_come is True
            for flag in flags:
                if (
                    standing_ended
                    and " was repealed with effect from " in flag
                    and not flag.startswith("no longer in force on ")
                ) or (
                    standing_not_begun
                    and " was not yet in force on " in flag
                    and not flag.startswith("not yet in force on ")
                ):
                    continue
                if is_reading_note(flag):
                    notes.append(f"{said}: {flag}")
                elif is_difference(flag, source, rules, coming):
                    differences.append(f"{said}: {flag}")
                else:
                    why = _why_a_note(flag, source, rules, since, coming)
                    date_notes.append(f"{said}: {flag.rstrip('.')}. {why}")
            if not provision or not sure or _reaches(provision, entries):
                continue
            if mapped is None:
                mapped = _mapped_on(statutes, book, day)
            if _reaches(provision, mapped):
                conduct_notes.append(
                    f"{said}: lawref maps none of the conduct it read ({', '.join(conducts)}) "
                    f"to it on {day}"
                )
        if named:
            for pid, (heavy, overlap_flags) in heaviest_for.items():
                if any(c in self.sure for c in heavy) and not any(
                    n == pid or pid.startswith((n + "(", n + "/")) for n in named
                ):
                    conduct_notes.append(
                        f"{pid}: lawref maps the conduct it read ({', '.join(heavy)}) to it "
                        f"({'; '.join(overlap_flags)}); the text does not name it"
                    )
        differences.extend(self.punishment_differs)
        return AnalysisSummary(
            conducts=conducts,
            provisions=tuple(entries.values()),
            named_in_text=named,
            differences=tuple(dict.fromkeys(differences)),
            reading_notes=tuple(dict.fromkeys(notes)),
            date_notes=tuple(dict.fromkeys(date_notes)),
            conduct_notes=tuple(dict.fromkeys(conduct_notes)),
        )


_DAY_FROM: dict[str, str] = {
    "given": "The day is the conduct's, as given",
    "text": "The day is the report's own date",
    "inferred": "The day is inferred, not stated",
    "today": "The text states no date, and the day is today's",
}
"""Where the day came from, as a date note opens."""


def reference_said(text: str, provision: str | None) -> str:
    """How the summary names a reference: its words, and the provision read beside them, so
    that two "“2”"s are told apart (review 2026-12-23c L1)."""
    return f"“{text}” ({provision})" if provision else f"“{text}”"


def _why_a_note(
    flag: str,
    source: DaySource,
    rules: bool = False,
    since: tuple[dt.date, Bill | None] | None = None,
    coming: bool = False,
) -> str:
    """Why a flag that ``is_difference`` keeps from the differences is only a note: where the
    day came from, and what would make the text wrong (for Rules, the step they govern; for
    law the text may speak of as law to come, *coming*: that the text applied it before it
    began, with *since* the day it was enacted or its Bill introduced, where that and not the
    sentence's words made it law to come: ``_to_come_since``)."""
    opening = _DAY_FROM.get(source, _DAY_FROM["given"])
    if coming and is_law_not_begun(flag) and source != "given":
        why = (
            _law_to_come_since(since, rules)
            if since is not None
            else "its sentence, or a proposal in the two before it, speaks of it as law to "
            "come (a Bill, a proposal, a day it takes effect, or the future tense)"
        )
        applied = (
            "the step the Rules govern was taken before they began"
            if rules
            else "it applies this law to conduct before the day it began"
        )
        return (
            f"{opening}; {why}, and a report of that time may speak of the law to come: the "
            f"text is wrong only if {applied}"
        )
    if is_rules_superseded(flag):
        return (
            f"{opening}, and lawref does not read the date of the step the Rules govern: the "
            "text is wrong only if the step was taken on or after the replacement"
        )
    if rules and is_law_not_begun(flag):
        return (
            f"{opening}, and lawref does not read the date of the step the Rules govern: the "
            "text is wrong only if the step was taken before the Rules began"
        )
    if is_law_ended(flag):
        return (
            f"{opening}, and lawref does not read the conduct's date: the text is wrong only if "
            "the conduct was on or after the day this law ended"
        )
    return (
        f"{opening}, and lawref does not read the conduct's date: the text is wrong only if "
        "the conduct was before the day this law began"
    )


def _law_to_come_since(since: tuple[dt.date, Bill | None], rules: bool) -> str:
    """Why law not yet begun was law to come on the day read: it had been enacted (or the
    Rules made), or its Bill introduced (``_to_come_since``)."""
    day, bill = since
    if bill is None:
        return f"the law had been {'made' if rules else 'enacted'} (on {day}) but had not begun"
    if day < bill.introduced:
        return (
            f"the law had not been enacted, but the Union Cabinet had approved a Bill for it "
            f"(on {day}: {bill.title}, introduced in the {bill.house} on {bill.introduced})"
        )
    return (
        f"the law had not been enacted, but a Bill for it was before Parliament ({bill.title}, "
        f"introduced in the {bill.house} on {day})"
    )


def _to_come_since(
    statutes: Statutes, act_id: str | None, provision: str | None, day: dt.date
) -> tuple[dt.date, Bill | None] | None:
    """Why a report of *day* may speak of the law a reference names as law to come, where it
    had not yet begun: it had been enacted (assented to, or the Rules made) on or before *day*
    (that day, and ``None``: the BNS, assented to on 25 December 2023 and in force from 1 July
    2024), or a Bill for it was before Parliament (the day it was introduced, and the Bill:
    the first BNS Bill from 11 August 2023, the second from 12 December 2023).
    The law is the Act itself, before its commencement, or the provision, before the amending
    Act that made it came into force. ``None`` where neither was so by then, or lawref does
    not record the day."""
    act = next((record for record in statutes.acts if record.id == act_id), None)
    if act is None:
        return None
    versions = (
        statutes.provision(provision).versions
        if provision is not None and provision in statutes
        else ()
    )
    if versions and versions[0].valid_from <= day:
        return None
    first = versions[0].instrument if versions else act.id
    made: dt.date | None
    bills: tuple[Bill, ...]
    if (day < act.in_force_from and first == act.id) or (not versions and day < act.in_force_from):
        # the Act itself, or the Act named alone, or a section lawref does not hold
        made, bills = act.assented, act.bills
    else:
        # a provision an amending Act made (POCSO s.15(2), made in 2019, named in 2012: not
        # the Act's own assent; review 2026-12-25a M2)
        instrument = next((i for i in act.instruments if i.id == first), None)
        made = instrument.assented if instrument is not None else None
        bills = instrument.bills if instrument is not None else ()
    if made is not None and made <= day:
        return made, None
    # the Bill before Parliament on the day, the latest introduced where two were (the second
    # BNS Bill, from 12 December 2023; review 2026-12-26a M3)
    pending = [bill for bill in bills if bill.pending(day)]
    if pending:
        bill = max(pending, key=lambda b: b.introduced)
        return (bill.cabinet_approved if day < bill.introduced else None) or bill.introduced, bill
    return None


def _reaches(provision: str, ids: Iterable[str]) -> bool:
    """Whether *provision* (as a reference names it: "it-act-2000/s67B") is one of *ids* or
    holds one of them (a section holds its sub-sections and clauses: s.15 holds s.15(2))."""
    return any(provision == pid or pid.startswith(provision + "(") for pid in ids)


def _mapped_on(statutes: Statutes, book: ConductBook, day: dt.date) -> frozenset[str]:
    """Every provision lawref's conduct map takes some conduct to on *day* (its mapping in
    force then, and the provision too)."""
    return frozenset(
        mapping.provision
        for conduct in book.conducts
        for mapping in conduct.mappings
        if (mapping.valid_from is None or mapping.valid_from <= day)
        and (mapping.valid_to is None or day < mapping.valid_to)
        and statutes.at(mapping.provision, day).status == "in_force"
    )


def _first(seen: dict[str, int], conduct: str, start: int) -> None:
    """Record that *conduct* is mentioned at *start*, keeping the earliest start."""
    if conduct not in seen or start < seen[conduct]:
        seen[conduct] = start
