"""Loading the international benchmarks (``data/standards/<id>.toml``) and holding lawref's
readings to the data: every reading names a criterion of its benchmark, provisions lawref holds
and holdings of its judgments; its first day is the day one of them came in (a version of a
provision it names began, the Act or Rules holding it came into force, or a judgment it cites
was decided), so that "when it came in" is
never typed by hand; and a criterion's readings start on different days. The folder is optional."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from pydantic import ValidationError

from lawref.conduct.models import Judgment
from lawref.errors import Problem
from lawref.loading.files import present
from lawref.loading.problems import validation_problems
from lawref.standards.models import Benchmark, Standard, StandardFile
from lawref.statutes.models import Act, Provision, _a_key

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

TOML = dict[str, object]


def read_standards(
    root: Traversable,
    read: Callable[[Traversable, str], TOML | None],
    label: str,
    provisions: Mapping[str, Provision],
    judgments: Mapping[str, Judgment],
    acts: Mapping[str, Act],
    problems: list[Problem],
) -> dict[str, Standard]:
    """The benchmarks of the data folder *root*, by id (the file's name)."""
    folder = root.joinpath("standards")
    if not present(folder):
        return {}
    found: dict[str, Standard] = {}
    entries = sorted(
        (e for e in folder.iterdir() if e.name.endswith(".toml")), key=lambda e: e.name
    )
    for entry in entries:
        standard_id = entry.name.removesuffix(".toml")
        shown = f"{label}/standards/{entry.name}"
        try:
            _a_key(standard_id)
        except ValueError as exc:
            problems.append(Problem(shown, "", str(exc)))
            continue
        raw = read(entry, shown)
        if raw is None:
            continue
        try:
            data = StandardFile.model_validate(raw)
            benchmark = Benchmark.model_validate({**data.standard, "id": standard_id})
        except ValidationError as exc:
            problems.extend(validation_problems(shown, exc))
            continue
        _check(data, provisions, judgments, acts, shown, problems)
        found[standard_id] = Standard(
            benchmark=benchmark, criteria=data.criteria, readings=data.readings
        )
    return found


def _check(
    data: StandardFile,
    provisions: Mapping[str, Provision],
    judgments: Mapping[str, Judgment],
    acts: Mapping[str, Act],
    shown: str,
    problems: list[Problem],
) -> None:
    criteria = {c.id for c in data.criteria}
    if len(criteria) != len(data.criteria):
        problems.append(Problem(shown, "criteria", "two criteria have the same id"))
    starts: set[tuple[str, object]] = set()
    for index, reading in enumerate(data.readings):
        where = f"readings[{index}]"
        if reading.criterion not in criteria:
            problems.append(
                Problem(shown, f"{where}.criterion", f"no criterion {reading.criterion!r}")
            )
        days: set[dt.date] = set()
        for n, provision_id in enumerate(reading.provisions):
            provision = provisions.get(provision_id)
            if provision is None:
                problems.append(
                    Problem(shown, f"{where}.provisions[{n}]", f"no provision {provision_id!r}")
                )
                continue
            days.update(v.valid_from for v in provision.versions)
            act = acts.get(provision.act)
            if act is not None:
                days.add(act.in_force_from)
        for n, ref in enumerate(reading.holdings):
            judgment_id, _, holding_id = ref.partition("#")
            judgment = judgments.get(judgment_id)
            if judgment is None or not any(h.id == holding_id for h in judgment.holdings):
                problems.append(Problem(shown, f"{where}.holdings[{n}]", f"no holding {ref!r}"))
                continue
            days.add(judgment.decided)
        if days and reading.valid_from not in days:
            problems.append(
                Problem(
                    shown,
                    f"{where}.valid_from",
                    f"{reading.valid_from} is not a day on which a provision or holding it names "
                    "came in",
                )
            )
        key = (reading.criterion, reading.valid_from)
        if key in starts:
            problems.append(Problem(shown, where, "two readings of one criterion start that day"))
        starts.add(key)
