"""The site's pages for the numbers and the benchmark: a page per statistical head (its own label,
the law that label names across time, a chart of its national figures, and every figure with its
publication's words) and a page setting India's law against the benchmark's criteria by date.

Charts are drawn at build time with matplotlib as SVG, with a fixed hash salt and no date in
their metadata, so the same data gives the same file. Every value reaches a page escaped
(the handouts' Markdown escaping).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from lawref._version import __version__
from lawref.atomic import write_bytes_atomic
from lawref.statutes.phrases import format_date
from lawref.views.figures import measure_words, period_words, source_words, value_words
from lawref.views.handout.markdown import escape_markdown as md
from lawref.views.site_handouts import read_keys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.catalog import Catalog
    from lawref.statistics.book import HeadFigures
    from lawref.statistics.models import Figure

FOLDER = "statistics"
"""The folder of the statistics pages and their charts, under the reference."""


def chart_points(group: HeadFigures) -> dict[str, list[tuple[int, float]]]:
    """The national yearly figures of a head, by measure, oldest first: what its chart draws
    (one point per year and measure; where publications disagree, the lowest, marked on the
    page's table)."""
    points: dict[str, dict[int, float]] = {}
    for figure in group.figures:
        start = figure.start
        whole_year = start is not None and (start.month, start.day) == (1, 1)
        whole_year = whole_year and (figure.end.month, figure.end.day) == (12, 31)
        if figure.area != "India" or not whole_year or start is None:
            continue
        if start.year != figure.end.year or figure.measure.endswith("_percent"):
            continue
        years = points.setdefault(measure_words(figure), {})
        value = float(figure.value)
        years[start.year] = min(value, years.get(start.year, value))
    return {measure: sorted(years.items()) for measure, years in sorted(points.items())}


def _drawn_points(group: HeadFigures) -> dict[str, list[tuple[int, float]]]:
    """The series a chart draws: each measure with two years or more."""
    return {m: p for m, p in chart_points(group).items() if len(p) >= 2}


def chart_key(group: HeadFigures) -> str:
    """A SHA-256 of everything a head's chart is drawn from, so that an unchanged chart need not
    be drawn again: its points, this module's code, lawref's and matplotlib's versions."""
    from importlib.metadata import version

    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    what = [__version__, version("matplotlib"), code, _drawn_points(group)]
    return hashlib.sha256(json.dumps(what, sort_keys=True).encode("utf-8")).hexdigest()


def write_chart(group: HeadFigures, path: Path) -> bool:
    """Draw *group*'s national yearly figures as an SVG at *path*; ``False`` (and no file) when
    there are fewer than two years to draw."""
    points = _drawn_points(group)
    if not points:
        return False
    import matplotlib

    matplotlib.use("svg")
    from matplotlib import pyplot

    matplotlib.rcParams.update(
        {"svg.hashsalt": "lawref", "svg.fonttype": "none", "font.size": 10, "path.simplify": False}
    )
    figure, axes = pyplot.subplots(figsize=(7, 3.2))
    for measure, series in points.items():
        axes.plot([y for y, _ in series], [v for _, v in series], marker="o", label=measure)
    axes.set_xlabel("year")
    axes.grid(visible=True, alpha=0.3)
    axes.legend(frameon=False)
    from matplotlib.ticker import MaxNLocator

    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    figure.tight_layout()
    text = _svg(figure)
    pyplot.close(figure)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return True


def _svg(figure: object) -> str:
    import io

    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})  # type: ignore[attr-defined]
    return buffer.getvalue()


def _figure_row(catalog: Catalog, figure: Figure, changed: tuple[dt.date, ...]) -> str:
    source = catalog.statistics.sources[figure.source]
    law = (
        f" The law changed within it, on {', '.join(map(format_date, changed))}." if changed else ""
    )
    low = " (low confidence)" if figure.confidence == "low" else ""
    cells = [
        md(period_words(figure)),
        md(figure.area),
        md(measure_words(figure)),
        md(value_words(figure)) + low,
        f"[{md(source_words(source))}]({source.url}): “{md(figure.quote)}”{md(law)}",
    ]
    return "| " + " | ".join(cells) + " |"


def head_page(catalog: Catalog, group: HeadFigures, chart: bool) -> list[str]:
    """The page of one statistical head."""
    head = group.head
    printed = (
        f"printed as “{md(head.label_citation.quote)}”"
        if head.label_citation
        else "no printed label was read: this is lawref's description"
    )
    lines = [
        f"# {md(head.label)}",
        "",
        f"A statistical head of {md(head.publisher)} — not a section of any Act ({printed}).",
        "",
    ]
    if head.note:
        lines += [md(head.note), ""]
    lines += ["## The law its label names", ""]
    if group.law:
        for version in group.law:
            last = version.valid_to and version.valid_to - dt.timedelta(days=1)
            until = f", until {format_date(last)}" if last else ""
            lines.append(f"- {md(version.citation)}{md(until)}")
    else:
        lines.append("Its label names no provision.")
    lines += ["", "## Figures", ""]
    if chart:
        lines += [
            f"```{{image}} {head.id}.svg",
            f":alt: national figures under {md(head.label)}, by year",
            "```",
            "",
        ]
    lines += [
        "| Period | Area | Measure | Value | Publication and its words |",
        "|---|---|---|---|---|",
    ]
    for figure, changed in zip(group.figures, group.law_changed, strict=True):
        lines.append(_figure_row(catalog, figure, changed))
    if group.conflicts:
        lines += ["", "## Where publications disagree", ""]
        for conflict in group.conflicts:
            first = conflict.figures[0]
            values = " or ".join(value_words(f) for f in conflict.figures)
            lines.append(
                f"- {md(period_words(first))}, {md(conflict.area)}, "
                f"{md(measure_words(first))}: {md(values)}"
            )
    return lines


def write_statistics(catalog: Catalog, folder: Path) -> list[tuple[str, list[str]]]:
    """Every head's page (and chart, in *folder*), and the statistics index page, as
    ``(relative path, lines)`` for the site's writer. Drawing the charts took a second or more
    of every docs build (issue #15), so a chart is drawn again only when what it is drawn from
    changed or its file is missing: its :func:`chart_key` is kept beside the charts in
    ``.keys.json``, as the handouts' keys are."""
    folder.mkdir(parents=True, exist_ok=True)
    keys_file = folder / ".keys.json"
    old_keys = read_keys(keys_file)
    keys: dict[str, str] = {}
    pages: list[tuple[str, list[str]]] = []
    groups = catalog.figures()
    names = []
    for group in groups:
        path = folder / f"{group.head.id}.svg"
        key = chart_key(group) if _drawn_points(group) else None  # None: nothing to draw
        if key is None:
            chart = False
        elif old_keys.get(path.name) == key and path.is_file():
            chart = True
        else:
            chart = write_chart(group, path)
        if chart and key is not None:
            keys[path.name] = key
        if not chart:
            path.unlink(missing_ok=True)
        pages.append((f"{FOLDER}/{group.head.id}.md", head_page(catalog, group, chart)))
        names.append(group.head.id)
    index = [
        "# The numbers",
        "",
        "Official figures on online child sexual abuse material in India, each as its publisher "
        "labels its statistical head and with the words of the publication it was read in. A "
        "head is not a section: each page says which provisions its label names and whether the "
        "law changed within a figure's period. Where publications disagree, both figures are "
        "kept. The command line gives the same: `lawref stats`.",
        "",
        "```{toctree}",
        ":maxdepth: 1",
        "",
        *names,
        "```",
    ]
    pages.append((f"{FOLDER}/index.md", index))
    write_bytes_atomic(keys_file, (json.dumps(keys, indent=1, sort_keys=True) + "\n").encode())
    return pages


def standards_page(catalog: Catalog) -> list[str]:
    """India against each benchmark's criteria: lawref's reading today, and when it changed."""
    lines = ["# India against an international benchmark", ""]
    for standard in catalog.standards:
        bench = standard.benchmark
        today = catalog.standard(bench.id, catalog.reviewed_on)
        lines += [
            f"## {md(bench.title)} ({md(bench.edition)})",
            "",
            f"{md(bench.publisher)}, {format_date(bench.published)}. **Every verdict below is "
            "lawref's reading of the Indian law in force on the date shown, not a rating by the "
            f"benchmark's publisher.** {md(bench.note or '')}",
            "",
            f"Read in: [{md(bench.source.title)}]({bench.source.url or ''})",
            "",
            f"“{md(bench.lead_in)}”",
            "",
        ]
        for row in today.criteria:
            lines += [f"### {row.criterion.number}. “{md(row.criterion.words)}”", ""]
            for reading in row.history:
                cited = [catalog.label_any(p) for p in reading.provisions]
                for ref in reading.holdings:
                    judgment = catalog.judgment(ref.split("#")[0])
                    cited.append(f"{judgment.title} ({format_date(judgment.decided)})")
                lines.append(
                    f"- **From {format_date(reading.valid_from)}: {md(reading.verdict)}** "
                    f"(lawref's reading). {md(reading.explanation)} Rests on: "
                    f"{md('; '.join(cited))}."
                )
            lines.append("")
    return lines
