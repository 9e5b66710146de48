"""News reports and the facts they state, worded for people: a report is named by its outlet,
headline and date (never by lawref's file id when the text shows any of them), and a typed fact
reads as a phrase with counts in Indian style ("1 lakh subscribers", "41 arrested").

These are words about reports, not about the law: the law is worded in
:mod:`lawref.statutes.phrases`, which this module uses for amounts, terms and dates."""

from __future__ import annotations

import datetime as dt
import re

from lawref.cases.models import Article, Case, Fact, FactKind
from lawref.statutes.phrases import (
    format_count,
    format_date,
    format_inr,
    format_month,
    format_term,
)

FACT_WORDS: dict[FactKind, str] = {
    "arrests": "{} arrested",
    "cases_registered": "{} cases registered",
    "persons_identified": "{} people identified",
    "persons_under_observation": "{} people under watch",
    "persons_to_be_booked": "{} more to be booked",
    "locations_raided": "{} places raided",
    "locations_with_seizures": "material seized at {} places",
    "devices_seized": "{} devices seized",
    "group_members": "{} members in the group",
    "group_members_from_kerala": "{} of the members from Kerala",
    "subscribers": "{} subscribers",
    "victims_age_min": "children as young as {} years",
    "victims_age_max": "children up to {} years old",
    "accused_age": "the accused aged {}",
    "members_age_min": "members as young as {}",
    "members_age_max": "members up to {} years old",
    "police_teams": "{} police teams",
    "operation_date": "the operation on {}",
    "operation_started": "the operation begun on {}",
    "cumulative_arrests": "{} arrested in all",
    "cumulative_cases": "{} cases registered in all",
    "arrests_this_year": "{} arrested that year",
    "websites_shut_down": "{} websites shut down",
    "firs_registered": "{} FIRs registered",
    "reported_max_imprisonment_months": "the report's maximum imprisonment: {}",
    "reported_max_fine_inr": "the report's maximum fine: {}",
    "states_covered": "{} States and Union territories covered",
    "persons_booked": "{} people booked",
    "persons_detained": "{} people detained",
    "groups_or_channels": "{} groups or channels",
    "countries_involved": "people from {} countries involved",
    "suspects_with_devices_seized": "devices of {} suspects seized",
    "personnel_deployed": "{} police personnel deployed",
    "tipline_reports": "{} CyberTipline reports",
    "cases_this_year": "{} cases registered that year",
    "seizure_reports": "{} seizure reports",
    "tipline_report_date": "the CyberTipline report received on {}",
    "complaint_date": "the complaint made on {}",
    "fir_date": "the FIR registered on {}",
    "chargesheet_date": "the charge-sheet filed on {}",
    "high_court_judgment_date": "the High Court's judgment on {}",
    "supreme_court_notice_date": "the Supreme Court's notice on {}",
    "supreme_court_judgment_date": "the Supreme Court's judgment on {}",
    "bench_size": "a bench of {} judges",
    "files_found": "{} files found",
    "files_posted": "{} files posted",
    "accounts_used": "{} accounts used",
    "price_per_access_inr": "{} charged for access",
    "group_admins": "{} administrators",
    "group_active_since": "the group active since {}",
    "victims_count": "{} children targeted",
    "amount_extorted_inr": "{} extorted",
    "amount_recovered_inr": "{} recovered",
    "persons_contacted": "{} people contacted",
    "group_members_in_state": "{} of the members in the State",
    "first_flagged_date": "first flagged on {}",
    "order_date": "the order made on {}",
    "compliance_deadline": "to be complied with by {}",
    "websites_blocked": "{} websites blocked",
    "urls_ordered_blocked": "{} web addresses ordered blocked",
    "high_priority_reports": "{} reports rated high priority",
}
"""Each kind of fact as a phrase around its value (``{}``); a test holds every kind to a phrase."""

_MONTH_ONLY = re.compile(r"\A(\d{4})-(\d{2})\Z")


def report_name(article: Article) -> str:
    """A report as a reader names it: ``Onmanorama, “Flash raid across Kerala …”, 28 December
    2020``; ``a news report of 13 October 2019`` when the text shows no outlet or headline; the
    file id only when it shows no date either."""
    parts = [article.publisher] if article.publisher else []
    if article.headline:
        parts.append(f"“{article.headline}”")
    if article.date_used is not None:
        when = format_date(article.date_used)
        return ", ".join([*parts, when]) if parts else f"a news report of {when}"
    return ", ".join(parts) if parts else f"an undated news report ({article.id})"


def fact_value(fact: Fact) -> str:
    """A fact's value in words: counts the Indian way, rupees with ₹, months of imprisonment as
    a term, dates as people write them (a month alone as ``June 2019``)."""
    value = fact.value
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, int):
        if fact.kind.endswith("_inr"):
            return format_inr(value)
        if fact.kind == "reported_max_imprisonment_months":
            return format_term(value)
        if fact.kind == "bench_size":
            return str(value)
        return format_count(value)
    month = _MONTH_ONLY.match(value)
    if month:
        return format_month(dt.date(int(month[1]), int(month[2]), 1))
    return value


def fact_phrase(kind: FactKind, values: list[str]) -> str:
    """The phrase for a fact of *kind*; several differing *values* are joined with "or" (the
    caller says the reports disagree)."""
    return FACT_WORDS[kind].format(" or ".join(values))


def case_when(case: Case) -> str:
    """When a case happened, as precisely as its reports say: ``27 December 2020``,
    ``December 2020`` or ``2020``."""
    if case.date_precision == "day":
        return format_date(case.date)
    if case.date_precision == "month":
        return format_month(case.date)
    return str(case.date.year)


def counted_facts(case: Case, disputed: set[FactKind]) -> list[tuple[str, bool, list[Fact]]]:
    """What a case's reports count, a line per kind of fact in the order the case gives them:
    the words ("41 arrested", "465 or 596 places raided (in a year)"), whether the reports
    disagree (a conflict lawref found, in *disputed*, or two values or periods given), and the
    facts behind it, whose citations the caller shows."""
    grouped: dict[FactKind, list[Fact]] = {}
    for fact in case.facts:
        grouped.setdefault(fact.kind, []).append(fact)
    lines: list[tuple[str, bool, list[Fact]]] = []
    for kind, facts in grouped.items():
        values = list(dict.fromkeys(fact_value(f) for f in facts))
        periods = list(dict.fromkeys(f.period for f in facts if f.period))
        words = fact_phrase(kind, values)
        if periods:
            words += f" ({' or '.join(periods)})"
        disagree = kind in disputed or len(values) > 1 or len(periods) > 1
        if disagree:
            words += ": the reports disagree"
        lines.append((words, disagree, facts))
    return lines
