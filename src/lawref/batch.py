"""Reading many reports at once: ``lawref analyze FILE FILE…`` and ``lawref analyze --jsonl``.

Each report becomes one line of JSON Lines output, in input order, whatever the number of
worker processes: ``{"id": …, "analysis": {…}}``, or ``{"id": …, "error": "…"}`` for a report
that cannot be read (the others are still read; nothing is lost). Input in JSON Lines holds one
object per line, ``{"text": "…", "id": "…", "as_of": "YYYY-MM-DD"}``, ``id`` and ``as_of``
optional.

Memory stays bounded whatever the input's size: input is read one file or one line at a time,
at most ``2 * jobs`` worker tasks are in flight, each of at most ``CHUNK_REPORTS`` reports and
``CHUNK_CHARACTERS`` characters of text (or one longer report), and each result is
written as soon as the reports before it are (docs/analysis.md#reading-at-scale).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import IO, Any

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.catalog import Catalog


@dataclass(frozen=True, slots=True)
class Report:
    """One report to read: where it came from, its text, and the date of the conduct if given."""

    id: str
    text: str | None
    as_of: dt.date | None = None
    error: str | None = None


def read_files(names: Iterable[str], read: Callable[[str], str]) -> Iterator[Report]:
    """One report per file (``-`` is standard input), read when its turn comes."""
    from lawref.errors import LawrefError

    for name in names:
        try:
            yield Report(name, read(name))
        except LawrefError as exc:
            yield Report(name, None, error=str(exc))


def read_jsonl(name: str, stream: IO[bytes]) -> Iterator[Report]:
    """One report per line of a JSON Lines *stream*; a line that is not a report object becomes
    an error record naming the line, and reading goes on. A line longer than
    ``lawref.inputs.BATCH_REPORT`` bytes is such an error, and is not held."""
    from lawref.inputs import BATCH_REPORT, lines

    for number, raw in enumerate(lines(stream, BATCH_REPORT), start=1):
        where = f"{name}:{number}"
        if raw is None:
            yield Report(where, None, error=f"the line is longer than {BATCH_REPORT:,} bytes")
            continue
        line = raw.decode("utf-8", errors="replace").strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Report(where, None, error=f"not JSON: {exc.msg} (column {exc.colno})")
            continue
        except RecursionError:
            yield Report(where, None, error="not read: JSON nested too deeply")
            continue
        yield _report(record, where)


def _report(record: Any, where: str) -> Report:
    if not isinstance(record, dict):
        return Report(where, None, error='a line must be a JSON object with a "text"')
    identifier = record.get("id", where)
    if not isinstance(identifier, (str, int)):
        return Report(where, None, error='"id" must be a string or a number')
    text = record.get("text")
    if not isinstance(text, str):
        return Report(str(identifier), None, error='"text" must be a string')
    as_of = record.get("as_of")
    day = None
    if as_of is not None:
        try:
            day = dt.date.fromisoformat(as_of) if isinstance(as_of, str) else None
        except ValueError:
            day = None
        if day is None:
            return Report(str(identifier), None, error='"as_of" must be a date, YYYY-MM-DD')
    return Report(str(identifier), text, day)


# --- the work of one process -----------------------------------------------------------------

_CATALOG: Catalog | None = None


def start_worker(data: str | None) -> None:
    """Load the catalog once in a worker process (``data`` is ``--data``'s folder, if any)."""
    global _CATALOG
    from lawref.catalog import Catalog

    if data:
        _CATALOG = Catalog.load(data)
    else:
        import lawref

        _CATALOG = lawref.default_catalog()


def analyze_line(report: Report, as_of: dt.date | None) -> tuple[str, bool]:
    """The JSON Lines record for *report* (its analysis, or the error that stopped it), and
    whether it was read."""
    from lawref.errors import LawrefError

    if report.text is None:
        return _line({"id": report.id, "error": report.error}), False
    assert _CATALOG is not None, "start_worker was not called"
    try:
        analysis = _CATALOG.analyze(report.text, report.as_of or as_of)
    except LawrefError as exc:
        return _line({"id": report.id, "error": str(exc)}), False
    return _line({"id": report.id, "analysis": analysis.model_dump(mode="json")}), True


def _line(document: object) -> str:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def run(
    reports: Iterable[Report],
    as_of: dt.date | None,
    jobs: int,
    data: str | None,
    write: Callable[[str], object],
) -> tuple[int, int]:
    """Read every report and write its line, in input order; with *jobs* above one, in that
    many worker processes, at most ``2 * jobs`` tasks (:func:`chunks`) in flight. Returns
    (reports, errors)."""
    count = failed = 0

    def emit(result: tuple[str, bool]) -> None:
        nonlocal count, failed
        line, read = result
        count += 1
        failed += not read
        write(line)

    if jobs <= 1:
        start_worker(data)
        for report in reports:
            emit(analyze_line(report, as_of))
        return count, failed

    def take(task: Future[list[tuple[str, bool]]]) -> None:
        try:
            results = task.result()
        except TaskError as stopped:
            for result in stopped.lines:
                emit(result)
            raise stopped.error from None
        for result in results:
            emit(result)

    pending: deque[Future[list[tuple[str, bool]]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=start_worker, initargs=(data,)) as pool:
        for chunk in chunks(reports):
            pending.append(pool.submit(analyze_lines, chunk, as_of))
            if len(pending) >= 2 * jobs:
                take(pending.popleft())
        while pending:
            take(pending.popleft())
    return count, failed


CHUNK_CHARACTERS = 64_000
"""A worker's task holds reports up to this many characters of text (or one longer report)…"""
CHUNK_REPORTS = 32
"""… and at most this many reports: a task per report spent a third of a second core on
handing reports to workers and back (``benchmarks/analyze_scale.py``)."""


def chunks(reports: Iterable[Report]) -> Iterator[list[Report]]:
    """*reports* in consecutive groups of at most :data:`CHUNK_REPORTS` reports and, unless one
    report is longer, :data:`CHUNK_CHARACTERS` characters of text, in order."""
    chunk: list[Report] = []
    size = 0
    for report in reports:
        length = len(report.text or "")
        if chunk and size + length > CHUNK_CHARACTERS:
            yield chunk
            chunk, size = [], 0
        chunk.append(report)
        size += length
        if len(chunk) >= CHUNK_REPORTS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class TaskError(Exception):
    """A worker task stopped by an error no report's line can hold (a fault in lawref, not in
    the report): the lines of the reports before it, which are written first, and the error,
    which is then raised as it would be with one process (review 2026-12-22b H1)."""

    def __init__(self, lines: list[tuple[str, bool]], error: BaseException) -> None:
        super().__init__(lines, error)
        self.lines = lines
        self.error = error


def analyze_lines(reports: list[Report], as_of: dt.date | None) -> list[tuple[str, bool]]:
    """:func:`analyze_line` for each of *reports*, in order (one worker task)."""
    lines: list[tuple[str, bool]] = []
    for report in reports:
        try:
            lines.append(analyze_line(report, as_of))
        except Exception as exc:
            raise TaskError(lines, exc) from None
    return lines
