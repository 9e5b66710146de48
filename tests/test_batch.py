"""Reading many reports: JSON Lines in and out, in input order, errors per report, bounded."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawref import batch
from lawref.cli import main

REPORT = "He was arrested for sharing child pornography under Section 67B of the IT Act."


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_jsonl_records_and_errors_come_out_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(
            [
                json.dumps({"id": "first", "text": REPORT, "as_of": "2021-01-01"}),
                "not json",
                "",
                json.dumps([1, 2]),
                json.dumps({"text": REPORT}),
                json.dumps({"id": "bad-date", "text": REPORT, "as_of": "soon"}),
            ]
        ),
        encoding="utf-8",
    )
    assert main(["analyze", "--jsonl", str(source)]) == 2
    out, err = capsys.readouterr()
    records = _lines(out)
    assert [r["id"] for r in records] == [
        "first",
        f"{source}:2",
        f"{source}:4",
        f"{source}:5",
        "bad-date",
    ]
    first = records[0]["analysis"]
    assert isinstance(first, dict)
    assert first["as_of"] == "2021-01-01"
    assert first["summary"]["conducts"] == ["sharing"]
    assert "not JSON" in str(records[1]["error"])
    assert "JSON object" in str(records[2]["error"])
    assert "analysis" in records[3]
    assert "YYYY-MM-DD" in str(records[4]["error"])
    assert "3 of 5 reports could not be read" in err


def test_several_files_give_one_line_each_and_a_missing_file_is_an_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(REPORT, encoding="utf-8")
    two.write_text("Nothing here.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    assert main(["analyze", str(one), str(missing), str(two), "--as-of", "2021-01-01"]) == 2
    records = _lines(capsys.readouterr().out)
    assert [r["id"] for r in records] == [str(one), str(missing), str(two)]
    assert "cannot read" in str(records[1]["error"])


def test_two_processes_write_what_one_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    texts = [REPORT, "Kochi, Oct 3 (PTI): he stored CSAM in 2020.", "nothing", REPORT * 3]
    source.write_text(
        "\n".join(json.dumps({"id": str(i), "text": t}) for i, t in enumerate(texts * 3)),
        encoding="utf-8",
    )
    assert main(["analyze", "--jsonl", str(source), "--as-of", "2021-01-01"]) == 0
    alone = capsys.readouterr().out
    assert main(["analyze", "--jsonl", "--jobs", "2", str(source), "--as-of", "2021-01-01"]) == 0
    assert capsys.readouterr().out == alone
    assert len(alone.splitlines()) == 12


def test_at_most_twice_the_jobs_tasks_are_in_flight() -> None:
    taken = 0
    total = 10 * batch.CHUNK_REPORTS

    def reports() -> Iterator[batch.Report]:
        nonlocal taken
        for number in range(total):
            taken += 1
            yield batch.Report(str(number), REPORT)

    seen: list[int] = []

    def write(line: str) -> None:
        seen.append(taken)

    count, failed = batch.run(reports(), None, 2, None, write)
    assert (count, failed) == (total, 0)
    # each line is written before more than 2 * jobs tasks beyond its own have been read
    for index, read in enumerate(seen):
        assert read <= index + 2 * 2 * batch.CHUNK_REPORTS


@given(
    st.lists(
        st.one_of(st.none(), st.integers(min_value=0, max_value=3 * batch.CHUNK_CHARACTERS)),
        max_size=3 * batch.CHUNK_REPORTS,
    )
)
def test_tasks_keep_the_order_and_their_bounds(lengths: list[int | None]) -> None:
    """A task holds consecutive reports, at most CHUNK_REPORTS of them and CHUNK_CHARACTERS
    characters of text unless it is one longer report; none is empty and none is lost."""
    reports = [
        batch.Report(str(n), None if length is None else "x" * length, error="e")
        for n, length in enumerate(lengths)
    ]
    tasks = list(batch.chunks(reports))
    assert [r for task in tasks for r in task] == reports
    for task in tasks:
        assert 0 < len(task) <= batch.CHUNK_REPORTS
        size = sum(len(r.text or "") for r in task)
        assert size <= batch.CHUNK_CHARACTERS or len(task) == 1


def test_jsonl_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stream = io.TextIOWrapper(io.BytesIO(json.dumps({"text": REPORT}).encode() + b"\n"))
    monkeypatch.setattr("sys.stdin", stream)
    assert main(["analyze", "--jsonl", "-", "--as-of", "2021-01-01"]) == 0
    (record,) = _lines(capsys.readouterr().out)
    assert record["id"] == "-:1"


def test_output_file_is_written_whole_and_links_are_not_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = tmp_path / "one.txt"
    one.write_text(REPORT, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    assert main(["analyze", str(one), str(one), "-o", str(target)]) == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert main(["analyze", str(one), str(one), "-o", str(link)]) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.jsonl", "one.txt", "out.jsonl"]


def test_a_line_too_long_for_a_batch_is_an_error_and_the_next_line_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("lawref.inputs.BATCH_REPORT", 200)
    source = tmp_path / "in.jsonl"
    long = json.dumps({"id": "long", "text": REPORT * 10})
    source.write_text(f"{long}\n{json.dumps({'id': 'next', 'text': REPORT})}\n", "utf-8")
    assert main(["analyze", "--jsonl", str(source), "--as-of", "2021-01-01"]) == 2
    records = _lines(capsys.readouterr().out)
    assert records[0] == {"id": f"{source}:1", "error": "the line is longer than 200 bytes"}
    assert records[1]["id"] == "next"
    assert "analysis" in records[1]


def test_a_device_among_the_files_is_an_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "/dev/zero", "--jsonl"]) == 2
    (record,) = _lines(capsys.readouterr().out)
    assert "a device or socket" in str(record["error"])


def _failing_on_40(report: batch.Report, as_of: object) -> tuple[str, bool]:
    if report.id == "40":
        raise ValueError("a fault in lawref")
    return f"{report.id}\n", True


def test_a_fault_in_a_task_loses_none_of_the_lines_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Review 2026-12-22b H1: a fault (not a report's error) in one report of a task stops the
    command as with one process, after every line before it is written."""
    import multiprocessing

    monkeypatch.setattr(batch, "analyze_line", _failing_on_40)
    reports = [batch.Report(str(n), REPORT) for n in range(100)]
    with pytest.raises(batch.TaskError) as stopped:
        batch.analyze_lines(reports[32:64], None)
    assert [line for line, _ in stopped.value.lines] == [f"{n}\n" for n in range(32, 40)]
    if multiprocessing.get_start_method() != "fork":
        return  # (the workers would not see the patch)
    written: list[str] = []
    with pytest.raises(ValueError, match="a fault in lawref"):
        batch.run(iter(reports), None, 2, None, written.append)
    assert written == [f"{n}\n" for n in range(40)]
