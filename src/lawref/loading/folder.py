"""Loading a data folder: parse every file, validate it, check every cross-reference, and report
*all* problems at once (docs/design.md#errors), each naming its file, key path and reason."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping

from pydantic import ValidationError

from lawref.cases.models import Case
from lawref.conduct.models import ReportingChannel, ReportingStep
from lawref.errors import DataError, Problem
from lawref.loading import cases as loading_cases
from lawref.loading import conduct as loading_conduct
from lawref.loading.datapath import as_traversable
from lawref.loading.files import present, read_toml
from lawref.loading.loaded import Commentary, LoadedData, StatuteBook
from lawref.loading.problems import squash, unknown_ids, validation_problems
from lawref.loading.schema import (
    CatalogFile,
    ProcedureFile,
    ProvisionRecord,
    ReportingFile,
    StatuteFile,
    VersionRecord,
)
from lawref.statutes import ids
from lawref.statutes.models import Act, ChangeKind, Penalty, Procedure, Provision, ProvisionVersion
from lawref.statutes.phrases import legal_citation

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def _nearest_parent(number: str, numbers: Mapping[str, object]) -> str | None:
    for candidate in ids.ancestors(number):
        if candidate in numbers:
            return candidate
    return None


def _check_versions(
    shown: str, statute: StatuteFile, number: str, record: ProvisionRecord, problems: list[Problem]
) -> None:
    act = statute.act
    known_instruments = {act.id: None, **{i.id: i for i in statute.instruments}}
    where = f'provisions."{number}".versions'
    previous: dt.date | None = None
    for index, version in enumerate(record.versions):
        path = f"{where}[{index}]"
        if previous is not None and version.valid_from <= previous:
            problems.append(
                Problem(
                    shown,
                    f"{path}.valid_from",
                    f"{version.valid_from} does not come after "
                    f"the previous version's start {previous}; list versions oldest first, "
                    "one per start date",
                )
            )
        previous = version.valid_from
        if version.valid_from < act.in_force_from:
            problems.append(
                Problem(
                    shown,
                    f"{path}.valid_from",
                    f"{version.valid_from} is before "
                    f"{act.id} came into force on {act.in_force_from}",
                )
            )
        if act.repealed_on is not None and version.valid_from >= act.repealed_on:
            problems.append(
                Problem(
                    shown,
                    f"{path}.valid_from",
                    f"{version.valid_from} is on or after "
                    f"{act.id} was repealed on {act.repealed_on}",
                )
            )
        if version.instrument not in known_instruments:
            problems.append(
                Problem(
                    shown,
                    f"{path}.instrument",
                    f"{version.instrument!r} is neither the act "
                    "id nor an [[instruments]] id of this file",
                )
            )
        else:
            # An amendment can speak only from its own commencement. That may precede assent
            # when the Act is deemed in force from an Ordinance's date (Criminal Law (Amendment)
            # Act, 2013, s.1(2)); so commencement is the test, and assent only when it is unknown.
            instrument = known_instruments[version.instrument]
            start = instrument and (instrument.in_force_from or instrument.assented)
            if instrument is not None and start and version.valid_from < start:
                event = "came into force" if instrument.in_force_from else "received assent"
                problems.append(
                    Problem(
                        shown,
                        f"{path}.valid_from",
                        f"{version.valid_from} is before {instrument.id} {event} on {start}",
                    )
                )
    if record.versions and record.versions[0].omitted:
        problems.append(
            Problem(shown, f"{where}[0].omitted", "the first version cannot be an omission")
        )


def _check_statute(
    shown: str, statute: StatuteFile, file_stem: str, problems: list[Problem]
) -> None:
    act = statute.act
    if file_stem != act.id:
        problems.append(
            Problem(shown, "act.id", f"{act.id!r} does not match the file name {file_stem!r}")
        )
    if act.repealed_on is not None and act.repealed_on <= act.in_force_from:
        problems.append(Problem(shown, "act.repealed_on", "repealed before it came into force"))
    if (act.repealed_on is None) != (act.repealed_by is None):
        problems.append(
            Problem(shown, "act.repealed_by", "repealed_on and repealed_by go together")
        )
    for index, entry in enumerate(act.extent):
        if entry.valid_from < act.in_force_from:
            problems.append(
                Problem(shown, f"act.extent[{index}].valid_from", "before the act came into force")
            )
        known = {i.id for i in statute.instruments}
        if entry.instrument is not None and entry.instrument not in known:
            problems.append(
                Problem(
                    shown,
                    f"act.extent[{index}].instrument",
                    f"{entry.instrument!r} is not an [[instruments]] id of this file",
                )
            )
    seen: set[str] = set()
    for index, instrument in enumerate(statute.instruments):
        if instrument.id in seen or instrument.id == act.id:
            problems.append(
                Problem(shown, f"instruments[{index}].id", f"duplicate id {instrument.id!r}")
            )
        seen.add(instrument.id)
    for number, record in statute.provisions.items():
        _check_versions(shown, statute, number, record, problems)
        parent = _nearest_parent(number, statute.provisions)
        if record.heading is None and parent is None:
            problems.append(
                Problem(
                    shown,
                    f'provisions."{number}".heading',
                    "needed: there is no enclosing provision whose heading it could be shown under",
                )
            )
        for index, version in enumerate(record.versions):
            if version.penalty_from_parent and parent is None:
                problems.append(
                    Problem(
                        shown,
                        f'provisions."{number}".versions[{index}].penalty_from_parent',
                        "a provision without a parent cannot take its parent's penalty",
                    )
                )


def _inferred_change(
    act: Act, record: ProvisionRecord, index: int, version: VersionRecord
) -> ChangeKind:
    """What made a version when the data does not say: the Act's own text is as enacted (or,
    for an older provision whose history is not recorded, the first text recorded); a later
    instrument's first version of a provision inserted it, its later ones amended it."""
    if version.omitted:
        return "omitted"
    if version.instrument == act.id:
        first_recorded = index == 0 and record.earlier_versions_not_recorded
        return "first_recorded" if first_recorded else "enacted"
    if index == 0 and not record.earlier_versions_not_recorded:
        return "inserted"
    return "amended"


def _resolve_versions(
    act: Act,
    record: ProvisionRecord,
    parent_record: ProvisionRecord | None,
    titles: Mapping[str, str],
    shown: str,
    number: str,
    problems: list[Problem],
) -> tuple[ProvisionVersion, ...]:
    instruments = {i.id: i for i in act.instruments}
    resolved = []
    for index, version in enumerate(record.versions):
        following = (
            record.versions[index + 1].valid_from if index + 1 < len(record.versions) else None
        )
        valid_to = following or act.repealed_on
        penalty: Penalty | None = version.penalty
        classifications = version.classifications
        if version.penalty_from_parent and parent_record is not None:
            parent_version = _inherited_version(
                version, valid_to, parent_record, shown, number, index, problems
            )
            penalty = parent_version.penalty if parent_version else None
            if parent_version is not None and not classifications:
                classifications = parent_version.classifications
        change = version.change or _inferred_change(act, record, index, version)
        resolved.append(
            ProvisionVersion(
                valid_from=version.valid_from,
                valid_to=valid_to,
                instrument=version.instrument,
                instrument_title=titles.get(version.instrument, version.instrument),
                citation=legal_citation(
                    act,
                    number,
                    change,
                    version.valid_from,
                    instruments.get(version.instrument),
                    version.amended_by,
                ),
                change=change,
                amended_by=version.amended_by,
                text=version.text,
                text_not_recorded=version.text_not_recorded,
                omitted=version.omitted,
                penalty=penalty,
                penalty_inherited=version.penalty_from_parent,
                derived_penalty=version.derived_penalty,
                classification=None,
                classifications=classifications,
                source=version.source,
                confidence=version.confidence,
                note=version.note,
            )
        )
    return tuple(resolved)


def _inherited_version(
    version: VersionRecord,
    valid_to: dt.date | None,
    parent: ProvisionRecord,
    shown: str,
    number: str,
    index: int,
    problems: list[Problem],
) -> VersionRecord | None:
    """The parent's version whose penalty (and First Schedule rows, unless the clause records its
    own) a clause takes, provided the parent's penalty does not change while the clause's version
    lasts (otherwise the clause needs a version of its own from that date)."""
    path = f'provisions."{number}".versions[{index}].penalty_from_parent'
    chosen = None
    for parent_index, candidate in enumerate(parent.versions):
        nxt = (
            parent.versions[parent_index + 1].valid_from
            if parent_index + 1 < len(parent.versions)
            else None
        )
        if candidate.valid_from <= version.valid_from and (nxt is None or version.valid_from < nxt):
            chosen = candidate
        elif version.valid_from < candidate.valid_from and (
            valid_to is None or candidate.valid_from < valid_to
        ):
            problems.append(
                Problem(
                    shown,
                    path,
                    f"the parent's text changes on {candidate.valid_from}; give this "
                    "provision a version starting that day",
                )
            )
    if chosen is None or chosen.penalty is None:
        problems.append(Problem(shown, path, f"the parent has no penalty on {version.valid_from}"))
        return None
    return chosen


def _heading(number: str, record: ProvisionRecord, statute: StatuteFile) -> str:
    """The provision's own heading, or its parent's followed by which part of it this is:
    "… in electronic form — clause (a)"."""
    if record.heading is not None:
        return record.heading
    parent = _nearest_parent(number, statute.provisions)
    if parent is None:  # reported by _check_statute
        return number
    last = ids.split_number(number)[-1]
    part = last if last in ("proviso", "explanation") else f"{record.kind} ({last})"
    return f"{_heading(parent, statute.provisions[parent], statute)} — {part}"


def number_sort_key(number: str) -> tuple[tuple[int, str], ...]:
    """Natural order of provision numbers: 2 < 2(1) < 2(1)(d) < 2(1)(da) < 13 < 67A < 67B(a)."""
    key = []
    for part in ids.split_number(number):
        digits = "".join(ch for ch in part if ch.isdigit())
        if digits and part.startswith(digits):
            key.append((int(digits), part[len(digits) :]))
        else:
            # proviso and explanation come after the lettered clauses
            rank = {"proviso": 1, "explanation": 2}.get(part, 0)
            key.append((10**6 + rank, part))
    return tuple(key)


def _missing(shown: str, problems: list[Problem]) -> None:
    problems.append(Problem(shown, "", "missing"))


def load_data(path: str | os.PathLike[str] | Traversable) -> LoadedData:
    """Read and check the data folder at *path*. Raises :class:`DataError` listing every problem,
    also when the folder itself cannot be read (a name too long, a folder without permission)."""
    root = as_traversable(path)
    try:
        return _load_data(root)
    except OSError as exc:
        reason = f"cannot be read: {exc.strerror or exc}"
        raise DataError([Problem(str(root)[:200], "", reason)]) from None


def _load_data(root: Traversable) -> LoadedData:
    origin = str(root)
    label = root.name or origin
    problems: list[Problem] = []

    reviewed_on: dt.date | None = None
    catalog_entry = root.joinpath("catalog.toml")
    if not present(catalog_entry):
        problems.append(Problem(f"{label}/catalog.toml", "", "missing (it holds reviewed_on)"))
    else:
        raw = read_toml(catalog_entry, f"{label}/catalog.toml", problems)
        if raw is not None:
            try:
                reviewed_on = CatalogFile.model_validate(raw).reviewed_on
            except ValidationError as exc:
                problems.extend(validation_problems(f"{label}/catalog.toml", exc))

    statutes: list[tuple[str, StatuteFile]] = []
    folder = root.joinpath("statutes")
    entries = (
        sorted((e for e in folder.iterdir() if e.name.endswith(".toml")), key=lambda e: e.name)
        if folder.is_dir()
        else []
    )
    if not entries:
        problems.append(Problem(f"{label}/statutes", "", "no statute files (*.toml)"))
    for entry in entries:
        shown = f"{label}/statutes/{entry.name}"
        raw = read_toml(entry, shown, problems)
        if raw is None:
            continue
        try:
            statute = StatuteFile.model_validate(raw)
        except ValidationError as exc:
            problems.extend(validation_problems(shown, exc))
            continue
        _check_statute(shown, statute, entry.name.removesuffix(".toml"), problems)
        statutes.append((shown, statute))

    acts, provisions = _build(statutes, problems)
    check_derivations(statutes, acts, provisions, problems)
    procedure = None
    procedure_entry = root.joinpath("procedure.toml")
    shown_procedure = f"{label}/procedure.toml"
    if not present(procedure_entry):
        problems.append(Problem(shown_procedure, "", "missing (it holds the Codes of procedure)"))
    else:
        raw_procedure = read_toml(procedure_entry, shown_procedure, problems)
        if raw_procedure is not None:
            try:
                procedure_file = ProcedureFile.model_validate(raw_procedure)
            except ValidationError as exc:
                problems.extend(validation_problems(shown_procedure, exc))
            else:
                procedure = Procedure(
                    codes=procedure_file.codes, special_rules=procedure_file.special_rules
                )
                from lawref.loading.procedure import check_procedure, classify_versions

                check_procedure(procedure, acts, provisions, shown_procedure, problems)
                act_files = {a.id: files_of(statutes, a.id) for a in acts.values()}
                provisions = classify_versions(procedure, provisions, act_files, problems)

    def read(name: str) -> dict[str, object] | None:
        entry = root.joinpath(name)
        if not present(entry):
            problems.append(Problem(f"{label}/{name}", "", "missing"))
            return None
        return read_toml(entry, f"{label}/{name}", problems)

    files = loading_conduct.read_topic_files(read, label, problems)
    conduct, overlaps, judgments, terms, analysis = loading_conduct.collect(*files)
    if procedure is not None:
        loading_conduct.check_named_acts(
            analysis,
            set(acts),
            {code.id: code.title for code in procedure.codes},
            f"{label}/conduct.toml",
            problems,
        )
    loading_conduct.check_sexual_context(
        analysis, set(provisions), set(acts), f"{label}/conduct.toml", problems
    )
    loading_conduct.check_section_glosses(
        analysis, provisions, set(acts), f"{label}/conduct.toml", problems
    )
    if files[0] is not None:
        repeals = {act.id: act.repealed_on for act in acts.values()}
        loading_conduct.check_conduct(
            files[0], provisions, repeals, judgments, f"{label}/conduct.toml", problems
        )
    if files[1] is not None:
        loading_conduct.check_judgments(
            judgments, provisions, set(conduct), f"{label}/judgments.toml", problems
        )
    articles = loading_cases.read_articles(
        root.joinpath("articles"),
        lambda entry, shown: (
            read_toml(entry, shown, problems) if entry.is_file() else _missing(shown, problems)
        ),
        label,
        problems,
    )
    cases: dict[str, Case] = {}
    raw_cases = read("cases.toml")
    if raw_cases is not None:
        known = {
            "conduct": set(conduct),
            "provisions": set(provisions),
            "acts": set(acts),
        }
        cases = loading_cases.read_cases(
            raw_cases, articles, known, f"{label}/cases.toml", problems
        )
    reporting: tuple[ReportingChannel, ...] = ()
    steps: tuple[ReportingStep, ...] = ()
    raw_reporting = read("reporting.toml")
    if raw_reporting is not None:
        shown = f"{label}/reporting.toml"
        try:
            reporting_file = ReportingFile.model_validate(raw_reporting)
            reporting, steps = reporting_file.channels, reporting_file.steps
        except ValidationError as exc:
            problems.extend(validation_problems(shown, exc))
        for index, channel in enumerate(reporting):
            key = f"channels[{index}].provisions"
            for found in unknown_ids(key, channel.provisions, provisions, "provision"):
                problems.append(Problem(shown, *found))
        problems.extend(_check_steps(steps, reporting, provisions, shown))
    from lawref.loading.statistics import read_statistics

    statistics = read_statistics(
        root,
        lambda entry, shown: read_toml(entry, shown, problems),
        label,
        set(provisions),
        problems,
    )
    from lawref.loading.standards import read_standards

    standards = read_standards(
        root,
        lambda entry, shown: read_toml(entry, shown, problems),
        label,
        provisions,
        judgments,
        acts,
        problems,
    )
    if problems or reviewed_on is None or procedure is None:
        raise DataError(problems)
    return LoadedData(
        StatuteBook(
            reviewed_on=reviewed_on,
            acts=acts,
            provisions=provisions,
            origin=origin,
            procedure=procedure,
        ),
        Commentary(
            conduct=conduct,
            overlaps=overlaps,
            judgments=judgments,
            terms=terms,
            articles=articles,
            cases=cases,
            analysis=analysis,
            reporting=reporting,
            reporting_steps=steps,
            statistics=statistics,
            standards=standards,
        ),
    )


def _check_steps(
    steps: tuple[ReportingStep, ...],
    channels: tuple[ReportingChannel, ...],
    provisions: Mapping[str, Provision],
    shown: str,
) -> list[Problem]:
    """What happens after a report holds together: each step belongs to a channel there is,
    names provisions lawref holds, starts no earlier than they came in or its channel began,
    ends after it starts, and a channel's steps are numbered once each."""
    found: list[Problem] = []
    ids = {c.id for c in channels}
    by_id = {c.id: c for c in channels}
    seen: set[tuple[str, int, object]] = set()
    for index, step in enumerate(steps):
        where = f"steps[{index}]"
        if step.channel not in ids:
            found.append(Problem(shown, f"{where}.channel", f"no channel {step.channel!r}"))
        for hit in unknown_ids(f"{where}.provisions", step.provisions, provisions, "provision"):
            found.append(Problem(shown, *hit))
        if step.valid_to and step.valid_to <= step.valid_from:
            found.append(Problem(shown, f"{where}.valid_to", "must be after valid_from"))
        starts = [
            v.valid_from for p in step.provisions if p in provisions for v in provisions[p].versions
        ]
        if starts and step.valid_from < min(starts):
            found.append(
                Problem(
                    shown,
                    f"{where}.valid_from",
                    f"{step.valid_from} is before the provisions it names came in ({min(starts)})",
                )
            )
        channel = by_id.get(step.channel)
        if channel and channel.valid_from and step.valid_from < channel.valid_from:
            found.append(Problem(shown, f"{where}.valid_from", "is before its channel began"))
        key = (step.channel, step.order, step.valid_from)
        if key in seen:
            found.append(Problem(shown, f"{where}.order", "another step of the channel has it"))
        seen.add(key)
        if not step.quote.strip():
            found.append(Problem(shown, f"{where}.quote", "the source's words are needed"))
    return found


def files_of(statutes: list[tuple[str, StatuteFile]], act_id: str) -> str:
    """The shown name of the file that holds *act_id*."""
    return next(shown for shown, statute in statutes if statute.act.id == act_id)


def check_derivations(
    statutes: list[tuple[str, StatuteFile]],
    acts: Mapping[str, Act],
    provisions: Mapping[str, Provision],
    problems: list[Problem],
) -> None:
    """Every punishment defined by reference to another offence says, in the statute's words,
    which offences it reaches and when each limb applies: the reach's Acts exist, its quote is in
    the text of the provision it names on every day of the rule's version, and each limb's words
    are in the rule's own text; so are the words of each limb of a penalty graded by its cases
    (IPC s.506)."""

    for shown, statute in statutes:
        for number, record in statute.provisions.items():
            pid = ids.provision_id(statute.act.id, statute.act.kind, number)
            resolved = provisions.get(pid)
            if resolved is None:
                continue
            for index, (version, made) in enumerate(
                zip(record.versions, resolved.versions, strict=True)
            ):
                own = squash(version.text or "")
                penalty = version.penalty
                if penalty is not None:
                    words = [("first_limb", penalty.first_limb)] + [
                        (f"limbs[{position}].limb", limb.limb)
                        for position, limb in enumerate(penalty.limbs)
                    ]
                    for field, limb_words in words:
                        if limb_words is not None and squash(limb_words) not in own:
                            problems.append(
                                Problem(
                                    shown,
                                    f'provisions."{number}".versions[{index}].penalty.{field}',
                                    f"{limb_words!r} is not in the text of this version",
                                )
                            )
                    carried = [("first_limb_successors", penalty.first_limb_successors)] + [
                        (f"limbs[{position}].successors", limb.successors)
                        for position, limb in enumerate(penalty.limbs)
                    ]
                    for field, successors in carried:
                        for successor in successors:
                            if successor not in resolved.successors:
                                problems.append(
                                    Problem(
                                        shown,
                                        f'provisions."{number}".versions[{index}].penalty.{field}',
                                        f"{successor!r} is not among the provision's successors",
                                    )
                                )
                derived = version.derived_penalty
                if derived is None:
                    continue
                where = f'provisions."{number}".versions[{index}].derived_penalty'
                for position, tier in enumerate(derived.tiers):
                    if tier.limb is not None and squash(tier.limb) not in own:
                        problems.append(
                            Problem(
                                shown,
                                f"{where}.tiers[{position}].limb",
                                f"{tier.limb!r} is not in the text of this version",
                            )
                        )
                reach = derived.reach
                for found in unknown_ids(f"{where}.reach.acts", reach.acts, acts, "act"):
                    problems.append(Problem(shown, *found))
                source = provisions.get(reach.provision or pid)
                if source is None:
                    problems.append(
                        Problem(
                            shown, f"{where}.reach.provision", f"no provision {reach.provision!r}"
                        )
                    )
                    continue
                texts = [
                    v
                    for v in source.versions
                    if (made.valid_to is None or v.valid_from < made.valid_to)
                    and (v.valid_to is None or v.valid_to > made.valid_from)
                ]
                covered = texts and texts[0].valid_from <= made.valid_from
                if not covered or any(
                    v.text is None or squash(reach.quote) not in squash(v.text) for v in texts
                ):
                    problems.append(
                        Problem(
                            shown,
                            f"{where}.reach.quote",
                            f"{reach.quote!r} is not in the text of {source.id} on every day "
                            f"of this version (from {made.valid_from})",
                        )
                    )


def _build(
    statutes: list[tuple[str, StatuteFile]], problems: list[Problem]
) -> tuple[dict[str, Act], dict[str, Provision]]:
    acts: dict[str, Act] = {}
    drafts: dict[str, Provision] = {}
    files_by_act = {statute.act.id: shown for shown, statute in statutes}
    for shown, statute in statutes:
        record = statute.act
        if record.id in acts:
            problems.append(Problem(shown, "act.id", f"act {record.id!r} is defined twice"))
            continue
        titles = {record.id: record.title, **{i.id: i.title for i in statute.instruments}}
        numbers = sorted(statute.provisions, key=number_sort_key)
        act = Act(
            **dict(record),
            instruments=statute.instruments,
            provisions=tuple(ids.provision_id(record.id, record.kind, n) for n in numbers),
        )
        acts[record.id] = act
        for number in numbers:
            provision = statute.provisions[number]
            parent_number = _nearest_parent(number, statute.provisions)
            parent_record = statute.provisions[parent_number] if parent_number else None
            pid = ids.provision_id(record.id, record.kind, number)
            drafts[pid] = Provision(
                id=pid,
                act=record.id,
                number=number,
                kind=provision.kind,
                heading=_heading(number, provision, statute),
                akn=ids.akn_uri(record.akn, number, record.kind),
                parent=ids.provision_id(record.id, record.kind, parent_number)
                if parent_number
                else None,
                children=tuple(
                    ids.provision_id(record.id, record.kind, n)
                    for n in numbers
                    if n != number and _nearest_parent(n, statute.provisions) == number
                ),
                versions=_resolve_versions(
                    act, provision, parent_record, titles, shown, number, problems
                ),
                successors=provision.successors,
                predecessors=(),
                changes=provision.changes,
                earlier_versions_not_recorded=provision.earlier_versions_not_recorded,
                note=provision.note,
            )

    for shown, statute in statutes:
        if statute.act.repealed_by is not None and statute.act.repealed_by not in files_by_act:
            problems.append(
                Problem(shown, "act.repealed_by", f"no act {statute.act.repealed_by!r} in the data")
            )

    predecessors: dict[str, list[str]] = {pid: [] for pid in drafts}
    for pid, draft in drafts.items():
        for index, successor in enumerate(draft.successors):
            act_id = draft.act
            shown = files_by_act[act_id]
            number = draft.number
            if successor not in drafts:
                problems.append(
                    Problem(
                        shown,
                        f'provisions."{number}".successors[{index}]',
                        f"no provision {successor!r} in the data",
                    )
                )
            elif successor.split("/")[0] == act_id:
                problems.append(
                    Problem(
                        shown,
                        f'provisions."{number}".successors[{index}]',
                        "a successor must lie in another Act (renumbering inside an Act "
                        "is a new version)",
                    )
                )
            else:
                predecessors[successor].append(pid)
    provisions = {
        pid: draft.model_copy(update={"predecessors": tuple(sorted(predecessors[pid]))})
        for pid, draft in drafts.items()
    }
    return acts, provisions
