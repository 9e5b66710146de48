"""How long the documentation site takes to build, with today's data and with twice the pages.

Run: ``uv run python benchmarks/docs_build.py [--runs N] [--jobs J]``. Each build is a full one
(``sphinx-build -q -W -n -b html``, a fresh output folder, no saved environment) of a temporary
copy of ``docs/``, in its own process, timed from start to exit:

* **today**: the site as it is, its reference pages generated from lawref's data;
* **doubled**: the same site with every generated reference page there twice. The copy's
  ``reference/`` folder is generated first and copied whole to ``reference-2/`` (its own index,
  acts, provisions, conduct, cases, articles and command-line page, linked to each other as the
  originals are), which the home page's table of contents lists beside ``reference/``. The
  labels of the copied command-line page get a prefix so that none is defined twice. The
  hand-written pages are not doubled; the reference pages are almost all of the site.

Prints the number of pages each build wrote, the median and best wall seconds of ``--runs``
builds (interleaved) and their median CPU seconds (user + system of the build's processes: less
moved by other work on a busy machine than the wall time). Speed is measured here, not in
tests: a test must not fail because a machine is busy.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TODAY = "2026-11-23"


def _copy_docs(target: Path) -> Path:
    """A copy of ``docs/`` without the build output and the generated reference pages, with
    ``data/README.md`` beside it (the contributors' page includes it)."""
    source = target / "docs"
    shutil.copytree(ROOT / "docs", source, ignore=shutil.ignore_patterns("_build", "reference"))
    (target / "data").mkdir()
    shutil.copy2(ROOT / "data" / "README.md", target / "data" / "README.md")
    return source


def _double(source: Path) -> None:
    """Generate the reference pages into *source* and add a second copy of all of them."""
    sys.path.insert(0, str(ROOT / "src"))
    from lawref.catalog import Catalog
    from lawref.cli import build_parser
    from lawref.loading.datapath import data_root
    from lawref.views.site import Writer

    writer = Writer(Catalog.load(data_root()), source / "reference")
    writer.cli_parser = build_parser
    writer.all()
    copy = source / "reference-2"
    shutil.copytree(source / "reference", copy)
    index = copy / "index.md"
    index.write_text(
        index.read_text(encoding="utf-8").replace("# Reference", "# Reference, second copy", 1),
        encoding="utf-8",
    )
    cli = copy / "cli.md"
    if cli.exists():
        text = cli.read_text(encoding="utf-8")
        cli.write_text(text.replace("(cli-", "(copy-cli-").replace("(#cli-", "(#copy-cli-"))
    home = source / "index.md"
    text = home.read_text(encoding="utf-8")
    marker = "reference/index\n"
    assert marker in text, "the home page's toctree no longer lists reference/index"
    home.write_text(text.replace(marker, marker + "reference-2/index\n", 1), encoding="utf-8")


def _build(source: Path, jobs: str) -> tuple[float, float, int]:
    """One full build of *source*: (wall seconds, CPU seconds of the build's processes, pages
    written)."""
    output = source.parent / "html"
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(source.parent / "doctrees", ignore_errors=True)
    command = [sys.executable, "-m", "sphinx", "-q", "-W", "-n", "-b", "html"]
    command += ["-d", str(source.parent / "doctrees"), "-j", jobs, str(source), str(output)]
    env = dict(os.environ, LAWREF_TODAY=TODAY)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=source.parent)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    skip = {"genindex.html", "search.html", "py-modindex.html"}
    pages = sum(1 for page in output.rglob("*.html") if page.name not in skip)
    return seconds, cpu, pages


def main() -> int:
    """Build each site ``--runs`` times, interleaved, and print pages and seconds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="builds of each site (default 1)")
    parser.add_argument("--jobs", default="1", help="sphinx-build -j (default 1; 'auto': cores)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sites = {"today": Path(folder, "today"), "doubled": Path(folder, "doubled")}
        for path in sites.values():
            path.mkdir()
        sources = {name: _copy_docs(path) for name, path in sites.items()}
        _double(sources["doubled"])
        times: dict[str, list[float]] = {name: [] for name in sites}
        cpus: dict[str, list[float]] = {name: [] for name in sites}
        pages: dict[str, int] = {}
        for _ in range(args.runs):
            for name, source in sources.items():
                seconds, cpu, pages[name] = _build(source, args.jobs)
                times[name].append(seconds)
                cpus[name].append(cpu)
    print(f"sphinx-build -j {args.jobs}, {args.runs} run(s) each, {os.cpu_count()} cores")
    print(f"{'site':<8} {'pages':>6} {'median s':>9} {'best s':>7} {'median CPU s':>13}")
    for name, values in times.items():
        print(
            f"{name:<8} {pages[name]:>6} {statistics.median(values):>9.1f} {min(values):>7.1f}"
            f" {statistics.median(cpus[name]):>13.1f}"
        )
    ratio = statistics.median(times["doubled"]) / statistics.median(times["today"])
    more = pages["doubled"] / pages["today"]
    print(f"doubled / today: {ratio:.2f}x the time for {more:.2f}x the pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
