"""What lawref writes to the user's terminal and output streams.

Threat model: lawref's output is read by people and by programs; the user's terminal may use a
legacy encoding, standard output may be a full disk or a reader that has gone, and a file name
or a ``--title`` may hold bytes that are not UTF-8. Guarantee: output is UTF-8 whatever the
locale (nothing silently becomes "?"); a failed write is one line on standard error and a
non-zero exit, never a traceback; a word that is not UTF-8 is shown as U+FFFD; data cannot hold
an infinite or not-a-number value (which would reach JSON as ``NaN``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lawref.catalog import Catalog
from lawref.errors import DataError
from tests.paths import ROOT


def _lawref(
    *args: str | bytes, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "lawref", *args],
        capture_output=True,
        env={**os.environ, "LAWREF_TODAY": "2026-11-23", **(env or {})},
        check=False,
    )


def test_output_is_utf8_whatever_the_locale() -> None:
    done = _lawref(
        "show",
        "it-act-2000/s67B",
        "--as-of",
        "2021-01-01",
        env={"LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": "ascii"},
    )
    assert done.returncode == 0
    assert "₹10 lakh".encode() in done.stdout


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_line_and_a_non_zero_exit() -> None:
    with Path("/dev/full").open("wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "lawref", "export"],
            stdout=full,
            stderr=subprocess.PIPE,
            env={**os.environ, "LAWREF_TODAY": "2026-11-23"},
            check=False,
        )
    assert done.returncode == 2
    assert (
        done.stderr.decode().strip() == "lawref: cannot write the answer: No space left on device"
    )


def test_a_title_that_is_not_utf8_becomes_replacement_characters() -> None:
    done = _lawref(
        "handout", "sharing", "--as-of", "2021-01-01", "--title", os.fsdecode(b"Kochi \xff")
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").startswith("# Kochi \ufffd")


def test_a_query_that_is_not_utf8_is_a_clear_error() -> None:
    assert _lawref("show", os.fsdecode(b"67B \xff IT Act")).returncode == 0  # the rest is read
    done = _lawref("show", os.fsdecode(b"\xff\xfe"))
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert done.stderr.startswith(b"lawref: unknown provision")


@pytest.mark.parametrize("value", ["inf", "nan", "-inf"])
def test_infinite_or_nan_numbers_in_the_data_are_refused(tmp_path: Path, value: str) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    path = data / "statutes" / "it-act-2000.toml"
    text = path.read_text(encoding="utf-8")
    assert "max_months = 60" in text
    path.write_text(text.replace("max_months = 60", f"max_months = {value}", 1), encoding="utf-8")
    with pytest.raises(DataError, match="finite"):
        Catalog.load(data, cache=False)


@pytest.mark.parametrize(
    ("source", "refused"),
    [
        (b'#read("secret.txt")', "'read'"),
        (b'#import "@preview/cetz:0.2.2": *', "'import'"),
        (b'#image("secret.png")', "'image'"),
    ],
)
def test_typst_is_refused_a_source_that_reads_files_or_packages(
    source: bytes, refused: str
) -> None:
    typst = pytest.importorskip("typst")
    from lawref.views.handout.common import HandoutError
    from lawref.views.handout.typst import compile_typst

    with pytest.raises(HandoutError, match=refused):
        compile_typst(typst, source)


def test_typst_is_given_an_empty_folder_as_root_and_packages() -> None:
    from lawref.views.handout.typst import compile_typst

    seen: dict[str, object] = {}

    class Engine:
        @staticmethod
        def compile_with_warnings(source: bytes, **options: object) -> tuple[bytes, list[object]]:
            root = Path(str(options["root"]))
            seen.update(options, listing=list(root.iterdir()), source=source)
            return b"%PDF", []

    assert compile_typst(Engine, b'#"#read(\\"secret.txt\\") @preview"') == (b"%PDF", [])
    assert seen["listing"] == []
    assert seen["package_path"] == seen["root"] == seen["package_cache_path"]
    assert seen["timestamp"] == 0


def test_a_data_path_that_is_not_utf8_is_named_not_a_traceback(tmp_path: Path) -> None:
    folder = os.fsdecode(bytes(tmp_path) + b"/\xff")
    shutil.copytree(ROOT / "data", folder)
    done = _lawref("show", "67B IT Act", "--as-of", "2021-01-01", "--data", folder)
    assert done.returncode == 0, done.stderr
    (Path(folder) / "statutes" / os.fsdecode(b"\xfe.toml")).write_bytes(b"x = 1\n")
    done = _lawref("validate", folder)
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr


def test_a_date_too_long_is_refused_in_a_short_line() -> None:
    done = _lawref("show", "67B IT Act", "--as-of", "9" * 100_000)
    assert done.returncode == 2
    assert len(done.stderr) < 400


def test_a_term_that_is_not_utf8_is_a_clear_error() -> None:
    done = _lawref("lookup", os.fsdecode(b"\xff\xfe"))
    assert done.returncode == 2
    assert done.stderr.startswith(b"lawref: no conduct matches")
    assert b"Traceback" not in done.stderr


def test_a_line_break_in_a_title_starts_no_heading_or_markup() -> None:
    done = _lawref("handout", "sharing", "--as-of", "2021-01-01", "--title", "A\r# B\u2028<b>c</b>")
    assert done.returncode == 0
    first = done.stdout.decode("utf-8").splitlines()[0]
    assert first == "# A \\# B \\<b\\>c\\</b\\>"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_is_named_not_a_traceback(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("He shared the videos.", encoding="utf-8")
    report.chmod(0)
    done = _lawref("analyze", str(report))
    assert done.returncode == 2
    assert b"Permission denied" in done.stderr
    assert b"Traceback" not in done.stderr


def test_typst_eval_cannot_build_a_call_the_filter_refuses() -> None:
    typst = pytest.importorskip("typst")
    from lawref.views.handout.common import HandoutError
    from lawref.views.handout.typst import compile_typst

    with pytest.raises(HandoutError, match="'eval'"):
        compile_typst(typst, b'#eval("#imp" + "ort \\"@preview/cetz:0.2.2\\"", mode: "markup")')


def test_control_characters_in_a_file_name_are_shown_escaped() -> None:
    done = _lawref("analyze", "/tmp/no-such-\x1b[31mfile")
    assert done.returncode == 2
    assert b"\x1b" not in done.stderr
    assert b"\\x1b[31mfile" in done.stderr


@pytest.mark.skipif(not Path("/proc/kmsg").exists(), reason="needs /proc/kmsg")
def test_a_kernel_file_that_would_wait_is_refused() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "lawref", "analyze", "/proc/kmsg"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr


@pytest.mark.skipif(not Path("/proc/version").exists(), reason="needs /proc")
def test_a_kernel_file_that_looks_regular_is_refused() -> None:
    """/proc/kmsg read without waiting hands out the kernel's log when it holds a line (a CI run
    read it as a report); every kernel file that reports no size is refused the same way."""
    done = _lawref("analyze", "/proc/version")
    assert done.returncode == 2
    assert b"kernel file" in done.stderr
    assert b"Traceback" not in done.stderr


@pytest.mark.parametrize("jobs", ["100000", "99999999999999999999", "-1", "two"])
def test_jobs_outside_their_range_are_a_usage_error(jobs: str) -> None:
    done = _lawref("analyze", "--jsonl", "-", "--jobs", jobs)
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert b"--jobs" in done.stderr


def test_deeply_nested_json_is_an_error_record(tmp_path: Path) -> None:
    source = tmp_path / "deep.jsonl"
    source.write_text("[" * 100_000 + "\n" + '{"id": "next", "text": "x"}\n', encoding="utf-8")
    done = _lawref("analyze", "--jsonl", str(source), "--as-of", "2021-01-01")
    assert b"Traceback" not in done.stderr
    lines = done.stdout.decode().splitlines()
    assert "nested too deeply" in lines[0]
    assert '"id":"next"' in lines[1]
