"""Queries over the example cases: filters, conflicts between reports, and checks of what the
reports say about the law against what lawref's lookup finds for the same conduct and date."""

from __future__ import annotations

from collections.abc import Iterable

from lawref.cases.models import Case, CaseFlag, Conflict, Fact
from lawref.conduct.models import LookupProvision
from lawref.statutes.phrases import format_term

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.analysis.reader import Analyzer
    from lawref.conduct.book import ConductBook
    from lawref.statutes.book import Statutes


def _names_provision(reported: str, candidate: str) -> bool:
    """Whether a report naming *reported* names *candidate*: the same provision, one of its
    sub-divisions, or the section that contains it."""
    return (
        reported == candidate
        or candidate.startswith(reported + "(")
        or reported.startswith(candidate + "(")
    )


def filter_cases(
    statutes: Statutes,
    book: ConductBook,
    cases: Iterable[Case],
    *,
    conduct: str | None = None,
    provision: str | None = None,
    platform: str | None = None,
    year: int | None = None,
    state: str | None = None,
) -> tuple[Case, ...]:
    """The cases that meet every filter given. *conduct* is a conduct id or words for it;
    *provision* an id or reference, matched against the provisions the reports name; *state* a
    State or Union territory (case and spacing aside), which also takes in national operations
    whose places name it."""
    conduct_id = None
    if conduct is not None:
        from lawref.conduct.lookup import resolve_conduct

        conduct_id = resolve_conduct(book.lexicon, conduct)[0]
    provision_id = statutes.resolve(provision) if provision is not None else None
    chosen = []
    for case in cases:
        if conduct_id is not None and conduct_id not in {c.conduct for c in case.conduct}:
            continue
        if provision_id is not None and not any(
            p.provision is not None and _names_provision(p.provision, provision_id)
            for p in case.provisions
        ):
            continue
        if platform is not None and platform not in {p.value for p in case.platforms}:
            continue
        if year is not None and case.date.year != year:
            continue
        if state is not None and not in_state(case, state):
            continue
        chosen.append(case)
    return tuple(sorted(chosen, key=lambda c: (c.date, c.id)))


def _describe(fact: Fact) -> str:
    value = f"{fact.value}" + (f" ({fact.period})" if fact.period else "")
    return f"{value} — {fact.citation.article}: “{fact.citation.quote}”"


def resolve_state(name: str) -> str:
    """The State or Union territory (or "India") *name* names, case and spacing aside; raises
    :class:`~lawref.errors.LawrefError` naming the nearest."""
    import difflib
    import typing

    from lawref.cases.models import Area
    from lawref.errors import LawrefError

    areas = typing.get_args(Area)
    wanted = " ".join(name.split()).casefold()
    for area in areas:
        if area.casefold() == wanted:
            return str(area)
    near = difflib.get_close_matches(name, areas, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(near)}?" if near else ""
    raise LawrefError(f"no State or Union territory {name[:60]!r}{hint}")


def in_state(case: Case, state: str) -> bool:
    """Whether *case* happened in *state*: its own State, or, for a national operation, a State
    its places name."""
    area = resolve_state(state)
    if case.state == area:
        return True
    return case.state == "India" and any(area.casefold() in p.value.casefold() for p in case.places)


def find_conflicts(cases: Iterable[Case]) -> tuple[Conflict, ...]:
    """Facts of one case that the reports state differently: the same kind of fact, counted on
    the same day (``as_of``; running counts on different days are growth) for the same area
    (``area``: a State's count within a national operation is not the nation's), with a different
    value, or the same value for a different period ("in a year" / "in the last two years").
    Every value is kept with its citation; none is chosen."""
    conflicts = []
    for case in cases:
        by_kind: dict[tuple[str, object, object], list[Fact]] = {}
        for fact in case.facts:
            by_kind.setdefault((fact.kind, fact.as_of, fact.area), []).append(fact)
        for (kind, _, _), facts in by_kind.items():
            distinct = {(str(f.value), f.period) for f in facts}
            if len(distinct) < 2:
                continue
            explanation = f"{case.id}: {kind} is reported as " + "; and as ".join(
                _describe(f) for f in facts
            )
            conflicts.append(
                Conflict.model_construct(
                    case=case.id, kind=facts[0].kind, values=tuple(facts), explanation=explanation
                )
            )
    return tuple(conflicts)


def _reached(analyzer: Analyzer, case: Case) -> list[LookupProvision]:
    from lawref.conduct.lookup import lookup

    reached: list[LookupProvision] = []
    for cited in case.conduct:
        reached.extend(
            lookup(analyzer.statutes, analyzer.book, cited.conduct, case.date).provisions
        )
    return reached


def check_case(analyzer: Analyzer, case: Case) -> tuple[CaseFlag, ...]:
    """Where what a report says about the law does not match what lawref finds for the case's
    conduct on the case's date: a named provision the conduct does not reach or that was not in
    force, an Act none of the conduct reaches, or a penalty stated differently from the law."""
    flags: list[CaseFlag] = []
    statutes = analyzer.statutes
    reached = _reached(analyzer, case)
    reached_ids = {entry.id for entry in reached}
    for named in case.provisions:
        if named.provision is not None:
            standing = statutes.at(named.provision, case.date)
            if standing.status != "in_force":
                reason = f"not in force on {case.date}: {standing.message}"
            elif not any(_names_provision(named.provision, pid) for pid in reached_ids):
                reason = (
                    f"none of the conduct the report describes ({_conducts(case)}) reaches "
                    f"{named.provision} on {case.date}"
                )
            else:
                continue
            flags.append(
                CaseFlag.model_construct(
                    case=case.id, provision=named.provision, citation=named.citation, reason=reason
                )
            )
        elif (
            named.act is not None
            and case.conduct
            and not any(pid.startswith(named.act + "/") for pid in reached_ids)
        ):
            flags.append(
                CaseFlag.model_construct(
                    case=case.id,
                    provision=named.act,
                    citation=named.citation,
                    reason=f"none of the conduct the report describes ({_conducts(case)}) reaches "
                    f"the {statutes.act(named.act).short_title} on {case.date}",
                )
            )
    flags.extend(_check_names(analyzer, case))
    flags.extend(_check_penalty_claims(case, reached))
    return tuple(flags)


def _check_names(analyzer: Analyzer, case: Case) -> list[CaseFlag]:
    from lawref.analysis.reading import analyze

    """A law named under a wrong name in the quoted passage ("Prevention of Children from
    Sexual Offences Act"), found by reading the quote as a report."""
    flags = []
    for named in case.provisions:
        for ref in analyze(analyzer, named.citation.quote, case.date).statute_references:
            for flag in ref.flags:
                if flag.startswith("misnamed"):
                    flags.append(
                        CaseFlag.model_construct(
                            case=case.id,
                            provision=ref.act or "",
                            citation=named.citation,
                            reason=f"“{ref.text}”: {flag}",
                        )
                    )
    return flags


def _conducts(case: Case) -> str:
    return ", ".join(dict.fromkeys(c.conduct for c in case.conduct))


def _check_penalty_claims(case: Case, reached: list[LookupProvision]) -> list[CaseFlag]:
    named = [p.provision for p in case.provisions if p.provision is not None]
    pool = [e for e in reached if not named or any(_names_provision(n, e.id) for n in named)]
    flags = []
    for fact in case.facts:
        if fact.kind != "reported_max_imprisonment_months" or not isinstance(fact.value, int):
            continue
        best_first, best_later, source = 0.0, 0.0, ""
        for entry in pool:
            if entry.penalty is None or entry.displaced_by or entry.penalty.limbs:
                # (a penalty graded by its cases, IPC s.506, has no one longest term to measure
                # a report's "maximum" against)
                continue
            first = entry.penalty.first.imprisonment
            later = entry.penalty.subsequent.imprisonment if entry.penalty.subsequent else None
            first_max = float(first.max_months or 0) if first else 0.0
            later_max = float(later.max_months or 0) if later else 0.0
            if first_max > best_first:
                reported = [n for n in named if _names_provision(n, entry.id)]
                best_first, source = first_max, reported[0] if reported else entry.id
            best_later = max(best_later, later_max)
        if not source:
            continue
        claim = float(fact.value)
        report = fact.citation.article
        if claim == best_first and best_later > claim:
            longer = format_term(best_later)
            reason = (
                f"report {report} gives {format_term(claim)} as the maximum: that is the "
                f"first-conviction maximum of {source}; a second or subsequent conviction carries "
                f"up to {longer}"
            )
        elif claim != best_first:
            reason = (
                f"report {report} gives {format_term(claim)}; the longest first-conviction term "
                f"the case's conduct reaches on {case.date} is {format_term(best_first)} ({source})"
            )
        else:
            continue
        flags.append(
            CaseFlag.model_construct(
                case=case.id, provision=source, citation=fact.citation, reason=reason
            )
        )
    return flags
