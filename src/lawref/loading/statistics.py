"""Loading the official figures (``data/statistics/``: ``sources.toml``, ``heads.toml``,
``figures.toml``) and holding them to their words.

Every figure names a head and a source that exist and quotes the publication's words, and those
words must state the figure (:func:`lawref.statistics.numbers.states`); a head's printed label
must stand in the words that print it; the provisions a head's label names must be provisions
lawref holds; a figure cannot count days after the publication that gives it; and the same figure
from the same source is not recorded twice. The folder is optional: a data folder without it has
no statistics."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from pydantic import ValidationError

from lawref.errors import Problem
from lawref.loading.files import present
from lawref.loading.problems import validation_problems
from lawref.statistics.models import Figure, Head, Statistics, StatisticSource
from lawref.statistics.numbers import states
from lawref.statutes.models import Frozen

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

TOML = dict[str, object]
T = TypeVar("T", bound=Frozen)
FILES = ("sources.toml", "heads.toml", "figures.toml")
"""The files of the statistics folder, each required once the folder exists."""


class _FiguresFile(Frozen):
    figures: tuple[Figure, ...] = ()


def read_statistics(
    root: Traversable,
    read: Callable[[Traversable, str], TOML | None],
    label: str,
    provisions: set[str],
    problems: list[Problem],
) -> Statistics:
    """The statistics of the data folder *root* (empty when it has no ``statistics/``)."""
    folder = root.joinpath("statistics")
    if not present(folder):
        return Statistics()
    raw: dict[str, TOML] = {}
    for name in FILES:
        shown = f"{label}/statistics/{name}"
        entry = folder.joinpath(name)
        if not present(entry):
            problems.append(Problem(shown, "", "missing"))
            continue
        table = read(entry, shown)
        if table is not None:
            raw[name] = table
    sources = _keyed(raw.get("sources.toml"), "sources", StatisticSource, label, problems)
    heads = _keyed(raw.get("heads.toml"), "heads", Head, label, problems)
    figures: tuple[Figure, ...] = ()
    shown = f"{label}/statistics/figures.toml"
    if "figures.toml" in raw:
        try:
            figures = _FiguresFile.model_validate(raw["figures.toml"]).figures
        except ValidationError as exc:
            problems.extend(validation_problems(shown, exc))
    _check_heads(heads, sources, provisions, f"{label}/statistics/heads.toml", problems)
    _check_figures(figures, heads, sources, shown, problems)
    return Statistics(sources=sources, heads=heads, figures=figures)


def _keyed(
    table: TOML | None, key: str, model: type[T], label: str, problems: list[Problem]
) -> dict[str, T]:
    """The ``[key.<id>]`` tables of one file, each validated with its id."""
    if table is None:
        return {}
    shown = f"{label}/statistics/{key}.toml"
    entries = table.get(key, {})
    extra = sorted(set(table) - {key})
    if extra:
        problems.append(Problem(shown, extra[0], f"unknown table; the file holds [{key}.<id>]"))
    if not isinstance(entries, dict):
        problems.append(Problem(shown, key, f"needs [{key}.<id>] tables"))
        return {}
    found: dict[str, T] = {}
    for item_id, entry in entries.items():
        if not isinstance(entry, dict):
            problems.append(Problem(shown, f"{key}.{item_id}", "must be a table"))
            continue
        try:
            found[item_id] = model.model_validate({**entry, "id": item_id})
        except ValidationError as exc:
            problems.extend(validation_problems(shown, exc, (key, item_id)))
    return found


def _check_heads(
    heads: dict[str, Head],
    sources: dict[str, StatisticSource],
    provisions: set[str],
    shown: str,
    problems: list[Problem],
) -> None:
    for head in heads.values():
        where = f"heads.{head.id}"
        cited = head.label_citation
        if cited is not None:
            if cited.source not in sources:
                problems.append(
                    Problem(shown, f"{where}.label_citation.source", f"no source {cited.source!r}")
                )
            if head.label not in cited.quote:
                problems.append(
                    Problem(shown, f"{where}.label", "the label must stand in the quoted words")
                )
        for index, provision in enumerate(head.provisions):
            if provision not in provisions:
                problems.append(
                    Problem(shown, f"{where}.provisions[{index}]", f"no provision {provision!r}")
                )


def _check_figures(
    figures: tuple[Figure, ...],
    heads: dict[str, Head],
    sources: dict[str, StatisticSource],
    shown: str,
    problems: list[Problem],
) -> None:
    seen: set[tuple[str, str, str, str, float, str]] = set()
    for index, figure in enumerate(figures):
        where = f"figures[{index}]"
        if figure.head not in heads:
            problems.append(Problem(shown, f"{where}.head", f"no head {figure.head!r}"))
        source = sources.get(figure.source)
        if source is None:
            problems.append(Problem(shown, f"{where}.source", f"no source {figure.source!r}"))
        elif source.date is not None and figure.end > source.date:
            problems.append(
                Problem(
                    shown,
                    f"{where}.period",
                    f"ends on {figure.end}, after its source was published ({source.date})",
                )
            )
        if not states(figure.quote, figure.value):
            problems.append(
                Problem(shown, f"{where}.quote", f"the quoted words do not state {figure.value}")
            )
        key = (figure.head, figure.period, figure.area, figure.measure, figure.value, figure.source)
        if key in seen:
            problems.append(Problem(shown, where, "the same figure from the same source twice"))
        seen.add(key)
