"""Pydantic models of news reports and the example cases drawn from them: articles, citations
(a quote and where it stands in its article), cited conduct, laws, places and platforms, typed
facts, cases, conflicts between reports, and flags where a report's law does not match
(``data/articles/``, ``data/cases.toml``).
"""

import datetime as dt
from typing import Literal, Self

from pydantic import model_validator

from lawref.conduct.models import ConductId
from lawref.statutes.models import Frozen, Key

Area = Literal[
    "India",
    "Andhra Pradesh",
    "Arunachal Pradesh",
    "Assam",
    "Bihar",
    "Chhattisgarh",
    "Goa",
    "Gujarat",
    "Haryana",
    "Himachal Pradesh",
    "Jharkhand",
    "Karnataka",
    "Kerala",
    "Madhya Pradesh",
    "Maharashtra",
    "Manipur",
    "Meghalaya",
    "Mizoram",
    "Nagaland",
    "Odisha",
    "Punjab",
    "Rajasthan",
    "Sikkim",
    "Tamil Nadu",
    "Telangana",
    "Tripura",
    "Uttar Pradesh",
    "Uttarakhand",
    "West Bengal",
    "Andaman and Nicobar Islands",
    "Chandigarh",
    "Dadra and Nagar Haveli and Daman and Diu",
    "Delhi",
    "Jammu and Kashmir",
    "Ladakh",
    "Lakshadweep",
    "Puducherry",
]
"""India as a whole, or one of its States and Union territories, by its present name."""


Platform = Literal[
    "whatsapp", "telegram", "facebook", "instagram", "darknet", "social_media", "websites"
]
"""Where reported conduct took place."""

FactKind = Literal[
    "arrests",
    "cases_registered",
    "persons_identified",
    "persons_under_observation",
    "persons_to_be_booked",
    "locations_raided",
    "locations_with_seizures",
    "devices_seized",
    "group_members",
    "group_members_from_kerala",
    "subscribers",
    "victims_age_min",
    "victims_age_max",
    "accused_age",
    "members_age_min",
    "members_age_max",
    "police_teams",
    "operation_date",
    "operation_started",
    "cumulative_arrests",
    "cumulative_cases",
    "arrests_this_year",
    "websites_shut_down",
    "firs_registered",
    "reported_max_imprisonment_months",
    "reported_max_fine_inr",
    "states_covered",
    "persons_booked",
    "persons_detained",
    "groups_or_channels",
    "countries_involved",
    "suspects_with_devices_seized",
    "personnel_deployed",
    "tipline_reports",
    "cases_this_year",
    "seizure_reports",
    "tipline_report_date",
    "complaint_date",
    "fir_date",
    "chargesheet_date",
    "high_court_judgment_date",
    "supreme_court_notice_date",
    "supreme_court_judgment_date",
    "bench_size",
    "files_found",
    "files_posted",
    "accounts_used",
    "price_per_access_inr",
    "group_admins",
    "group_active_since",
    "victims_count",
    "amount_extorted_inr",
    "amount_recovered_inr",
    "persons_contacted",
    "group_members_in_state",
    "first_flagged_date",
    "order_date",
    "compliance_deadline",
    "websites_blocked",
    "urls_ordered_blocked",
    "high_priority_reports",
]
"""What a typed fact counts or dates. ``reported_max_*`` are penalties as a report states them,
checked against the law in force (they are claims, not law)."""


class ArticleDate(Frozen):
    """A date an article's text states about itself, with the words that state it."""

    value: dt.date
    quote: str
    kind: Literal["header", "updated", "first_published", "dateline"]


ArticleKind = Literal["report", "passages"]
"""What ``data/articles/<id>.txt`` holds: a whole ``report`` (the founding seeds), or only the
``passages`` lawref's cases quote from a report read elsewhere (every report added since)."""


class Article(Frozen):
    """A news report as lawref holds it: its text (``data/articles/<id>.txt``) and what is known
    about it. For a whole ``report``, nothing is recorded that the text does not show. For
    ``passages``, the outlet, headline and date are the page's own, as read at ``url``; the text
    is the passages the cases quote, and ``read_sha256`` the SHA-256 of what was read."""

    id: Key
    kind: ArticleKind = "report"
    headline: str | None = None
    publisher: str | None = None
    publisher_quote: str | None = None
    dateline: str | None = None
    dates: tuple[ArticleDate, ...] = ()
    date_used: dt.date | None = None
    date_note: str | None = None
    url: str | None = None
    read_sha256: str | None = None
    sha256: str
    note: str | None = None
    text: str = ""

    @model_validator(mode="after")
    def _passages_say_where_they_were_read(self) -> Self:
        if self.kind == "passages" and not (self.url and self.read_sha256 and self.publisher):
            raise ValueError("passages need the page's url, its publisher and read_sha256")
        return self


class Citation(Frozen):
    """A passage of an article: the quote as written in the data, and where the loader found it
    (``start``/``end`` offsets into the text, and the surrounding ``context``)."""

    article: str
    quote: str
    occurrence: int | None = None
    start: int = 0
    end: int = 0
    context: str = ""


class CitedConduct(Frozen):
    """A conduct a report describes, with the passage that describes it."""

    conduct: ConductId
    citation: Citation


class CitedProvision(Frozen):
    """A law a report says was applied: a provision id, or only an act id when the report names
    no section ("booked under the IT Act and POCSO Act")."""

    provision: str | None = None
    act: str | None = None
    citation: Citation

    @model_validator(mode="after")
    def _names_one(self) -> Self:
        if (self.provision is None) == (self.act is None):
            raise ValueError("name either a provision or an act")
        return self


class CitedValue(Frozen):
    """A place or agency the report names, with its passage."""

    value: str
    citation: Citation


class CitedPlatform(Frozen):
    """A platform the report names, with its passage."""

    value: Platform
    citation: Citation


class Fact(Frozen):
    """A typed fact of a case (arrests, locations raided …) with the passage that states it.
    ``period`` qualifies cumulative counts ("in a year", "in the last two years")."""

    kind: FactKind
    value: int | dt.date | str
    period: str | None = None
    as_of: dt.date | None = None
    """For a running count (FIRs registered so far, arrests to date), the day it stood at the
    value, usually its report's date: counts on different days are growth, not disagreement."""
    area: str | None = None
    """Where the count applies when that is narrower than the case ("Maharashtra" within a
    national operation): counts for different areas are not a disagreement."""
    citation: Citation
    note: str | None = None


class Case(Frozen):
    """An incident or operation a report describes, every part of it cited."""

    id: Key
    title: str
    summary: str
    state: Area
    """Where it happened: a State or Union territory, or "India" for a national operation (its
    ``places`` then name the States)."""
    date: dt.date
    date_precision: Literal["day", "month", "year"]
    date_citation: Citation
    places: tuple[CitedValue, ...] = ()
    agencies: tuple[CitedValue, ...] = ()
    platforms: tuple[CitedPlatform, ...] = ()
    conduct: tuple[CitedConduct, ...] = ()
    provisions: tuple[CitedProvision, ...] = ()
    facts: tuple[Fact, ...] = ()
    note: str | None = None

    @property
    def articles(self) -> tuple[str, ...]:
        """The articles this case cites, in first-cited order."""
        seen: list[str] = []
        for citation in case_citations(self):
            if citation.article not in seen:
                seen.append(citation.article)
        return tuple(seen)


def case_citations(case: Case) -> list[Citation]:
    """Every citation of a case: its date, places, agencies, platforms, conduct, provisions and
    facts, in that order."""
    found = [case.date_citation]
    for group in (case.places, case.agencies, case.platforms):
        found += [item.citation for item in group]
    found += [c.citation for c in case.conduct]
    found += [p.citation for p in case.provisions]
    found += [f.citation for f in case.facts]
    return found


class Conflict(Frozen):
    """Two or more reports (or one report with itself) giving different values for one fact."""

    case: str
    kind: FactKind
    values: tuple[Fact, ...]
    explanation: str


class CaseFlag(Frozen):
    """Where a report's named law does not match what its conduct reaches on its date."""

    case: str
    provision: str
    citation: Citation
    reason: str
