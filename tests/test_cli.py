"""The command line: readable text, stable JSON, clear errors, the exit codes of
docs/design.md#errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lawref.cli import _COMMANDS, main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version_names_the_review_date(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.startswith("lawref 0.")
    assert "law as reviewed on 2026-11-23" in out


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("show", "timeline", "derive", "export", "validate", "schema", "list"):
        assert command in out


def test_the_command_list_matches_the_parser() -> None:
    """``_COMMANDS`` (which lets ``lawref show …`` build only its own parser) names every
    sub-command, in the order ``--help`` lists them."""
    import argparse

    from lawref.cli import build_parser

    (commands,) = (
        action
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    assert tuple(commands.choices) == _COMMANDS


def test_show_reads_only_the_statute_book(tmp_path: Path) -> None:
    """On a warm cache, ``lawref show`` defines no conduct, case or analysis models and imports
    neither importlib.resources nor the id parser: what issue #2's start-up target depends on.
    (The time itself is measured by benchmarks/startup.py, not here.)"""
    probe = (
        "import sys; from lawref.cli import main\n"
        "code = main(['show', 'it-act-2000/s67B'])\n"
        "heavy = ('lawref.conduct.models', 'lawref.cases.models', 'lawref.analysis.models',\n"
        "         'lawref.statutes.ids', 'lawref.statutes.references', 'lawref.views.json',\n"
        "         'importlib.resources',\n"
        "         'lawref.loading.folder', 'tomllib')\n"
        "print(code, sorted(m for m in heavy if m in sys.modules))"
    )
    env = {**os.environ, "LAWREF_CACHE_DIR": str(tmp_path)}
    run_probe = [sys.executable, "-c", probe]
    cold = subprocess.run(run_probe, capture_output=True, text=True, check=True, env=env)
    warm = subprocess.run(run_probe, capture_output=True, text=True, check=True, env=env)
    assert "lawref.loading.folder" in cold.stdout.splitlines()[-1]  # the first run checks the data
    assert warm.stdout.splitlines()[-1] == "0 []"
    assert warm.stdout.splitlines()[0].startswith("it-act-2000/s67B")


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_garbage_collector_as_it_was(
    enabled: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI pauses the cyclic collector while the catalog loads, then restores its state."""
    import gc

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        assert run(capsys, "show", "it-act-2000/s67B")[0] == 0
        assert run(capsys, "show", "it-act-2000/s67B", "--data", "/nonexistent/lawref")[0] == 1
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_help_does_not_import_pydantic() -> None:
    """``lawref --help`` stays fast: it must not pay for pydantic (docs/design.md#start-up)."""
    probe = (
        "import sys; from lawref.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "main(['--version'])\n"
        "print('PYDANTIC' if 'pydantic' in sys.modules else 'LIGHT')"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("LIGHT")


def test_show_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "it-act-2000/s67B", "--as-of", "2019-10-13")
    assert code == 0, err
    assert out.startswith("it-act-2000/s67B")
    assert "in force" in out
    flat = " ".join(out.split())
    either = "imprisonment of either description"
    assert f"first conviction: {either} up to 5 years and fine up to ₹10 lakh" in flat
    later = f"second or subsequent conviction: {either} up to 7 years and fine up to ₹10 lakh"
    assert later in flat
    assert "cognizable, non-bailable, triable by Magistrate of the first class" in out
    assert "s.28(3)" in " ".join(out.split())
    assert "Law as reviewed on 2026-11-23." in out


def test_show_accepts_prose_references(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "Section 15(1) POCSO", "--as-of", "2021-01-01")
    assert code == 0
    assert out.startswith("pocso-2012/s15(1)")


def test_show_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "67B IT Act", "--as-of", "2019-10-13", "--json")
    assert code == 0
    document = json.loads(out)
    assert document["id"] == "it-act-2000/s67B"
    assert document["as_of"] == "2019-10-13"
    assert document["status"] == "in_force"
    assert document["reviewed_on"] == "2026-11-23"
    version = document["version"]
    assert {
        "valid_from",
        "valid_to",
        "text",
        "penalty",
        "classification",
        "source",
        "confidence",
    } <= set(version)
    first = version["penalty"]["first"]
    assert set(first) >= {"imprisonment", "fine", "combinator"}
    assert set(first["imprisonment"]) >= {"min_months", "max_months", "life", "description"}
    assert set(first["fine"]) >= {"min_inr", "max_inr"}


def test_show_before_the_act_existed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "it-act-2000/s67B", "--as-of", "1999-05-01")
    assert code == 0
    assert "act not yet in force" in out
    assert "came into force on 2000-10-17" in out


def test_show_after_repeal_names_the_successor(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "IPC 292", "--as-of", "2024-07-01")
    assert code == 0
    assert "act repealed" in out
    assert "bns-2023/s294" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "it-act-2000/s67Z"], "did you mean"),
        (["show", "67B IT Act", "--as-of", "13-10-2019"], "YYYY-MM-DD"),
        (["show", "67B IT Act", "--as-of", "2019-02-30"], "is not a date"),
        (["show", "67B IT Act", "--as-of", "2027-01-01"], "in the future"),
        (["show", "nonsense words"], "unknown provision"),
        (["timeline", "s67Q IT Act"], "unknown provision"),
        (["list", "Companies Act"], "unknown act"),
        (["derive", "BNS 238", "IT Rules 2021 4(2)"], "prescribes no punishment"),
        (["derive", "IPC 201", "67B IT Act"], "repealed with effect from 2024-07-01"),
        (["derive", "67B IT Act", "66E IT Act"], "does not define a punishment by reference"),
        (["frobnicate"], "invalid choice"),
        (["show"], "required"),
    ],
)
def test_user_errors_exit_2_with_one_clear_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_timeline_lists_the_2008_amendment(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "timeline", "it-act-2000/s67")
    assert code == 0
    assert "2000-10-17" in out
    assert "2009-10-27" in out
    code, out, _ = run(capsys, "timeline", "it-act-2000/s67", "--json")
    events = json.loads(out)["events"]
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)


def test_derive_evidence_destruction_for_67b(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "derive", "IPC 201", "67B IT Act", "--as-of", "2019-10-13", "--json"
    )
    assert code == 0, err
    document = json.loads(out)
    assert document["provision"] == "ipc-1860/s201"
    assert document["penalty"]["first"]["imprisonment"]["max_months"] == 15


def test_export_has_the_public_keys_and_is_byte_identical(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, first, _ = run(capsys, "export")
    assert code == 0
    document = json.loads(first)
    assert set(document) >= {"acts", "provisions", "conduct", "articles", "cases", "judgments"}
    sharing = next(c for c in document["conduct"] if c["id"] == "sharing")
    assert {"id", "label", "terms", "mappings"} <= set(sharing)
    assert {"provision", "valid_from", "valid_to", "condition", "authority"} <= set(
        sharing["mappings"][0]
    )
    assert any(j["id"] == "just-rights-v-harish-2024" for j in document["judgments"])
    provision = next(p for p in document["provisions"] if p["id"] == "it-act-2000/s67B")
    assert set(provision) >= {
        "id",
        "act",
        "number",
        "heading",
        "versions",
        "successors",
        "predecessors",
    }
    target = tmp_path / "export.json"
    assert run(capsys, "export", "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8") == first
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_export_to_an_unwritable_place_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "export", "-o", str(tmp_path / "missing" / "export.json"))
    assert code == 2
    assert "cannot write" in err
    assert not (tmp_path / "missing").exists()


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0
    assert schema["title"] == "StatuteFile"
    assert "provisions" in schema["properties"]


def test_list_acts_and_provisions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert "ipc-1860" in out
    assert "in force 1862-01-01 to 2024-07-01" in out
    code, out, _ = run(capsys, "list", "POCSO")
    assert code == 0
    assert "pocso-2012/s15(1)" in out


def test_console_script_runs_as_a_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "lawref", "show", "it-act-2000/s67B", "--as-of", "2019-10-13"],
        capture_output=True,
        text=True,
        env={"LAWREF_TODAY": "2026-11-23", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert "₹10 lakh" in result.stdout


def test_lookup_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "lookup", "kept on his phone", "--as-of", "2021-01-01")
    assert code == 0, err
    assert out.startswith("'kept on his phone' → storing")
    assert "pocso-2012/s15(1)" in out
    assert "fine of at least ₹5,000" in out
    assert "greater in degree" in out
    assert "Law as reviewed on 2026-11-23." in out


def test_lookup_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lookup", "circulating", "--as-of", "2019-10-13", "--json")
    assert code == 0
    document = json.loads(out)
    assert {"query", "conduct", "as_of", "provisions", "cases"} <= set(document)
    assert document["conduct"] == "sharing"
    first = document["provisions"][0]
    assert {"id", "valid_from", "penalty", "condition", "authority"} <= set(first)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["lookup", "circulaing"], "nearest: sharing"),
        (["lookup", "watching and sharing"], "more than one conduct"),
        (["lookup", "circulating", "--as-of", "2031-01-01"], "in the future"),
    ],
)
def test_lookup_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err


def test_conducts_lists_the_vocabulary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "conducts")
    assert code == 0
    assert len([line for line in out.splitlines() if line[:1].isalpha()]) == 17  # 16 + review line


def test_cases_and_case_and_conflicts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cases", "--conduct", "sharing", "--year", "2019")
    assert code == 0
    assert "p-hunt-2019-10" in out
    assert "p-hunt-2020-12" not in out
    code, out, _ = run(capsys, "case", "p-hunt-2020-12")
    assert code == 0
    assert "locations_raided: 596" in out
    assert "[1] 003_4a31effd098cd2f7" in out
    assert "“596 locations were raided”" in out
    code, out, _ = run(capsys, "conflicts")
    assert code == 0
    assert "465" in out
    assert "596" in out
    code, out, _ = run(capsys, "case", "p-hunt-2020-12", "--json")
    document = json.loads(out)
    assert document["facts"][0]["citation"]["start"] >= 0
    assert "flags" in document


def test_unknown_case_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "case", "p-hunt-2021")
    assert code == 2
    assert "no case 'p-hunt-2021'" in err


def test_analyze_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "Updated: Dec 28, 2020\nPolice arrested a man for circulating child sexual abuse "
        "material; he was booked under Section 67B of the IT Act.",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "analyze", str(report))
    assert code == 0, err
    assert "[[circulating|sharing]]" in out
    assert "{{67B|it-act-2000/s67B}}" in out
    assert "Law in force on 2020-12-28 (stated in the text" in out
    code, out, _ = run(capsys, "analyze", str(report), "--json")
    document = json.loads(out)
    assert {"as_of", "as_of_source", "mentions", "statute_references", "summary"} <= set(document)
    mention = document["mentions"][0]
    assert {"start", "end", "text", "conduct", "provisions"} <= set(mention)
    reference = document["statute_references"][0]
    assert {"start", "end", "text", "act", "provision"} <= set(reference)


def test_analyze_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    fake = io.TextIOWrapper(
        io.BytesIO(b"He forwarded the nude clips of a minor.\xff\xfe"), encoding="utf-8"
    )
    monkeypatch.setattr("sys.stdin", fake)
    code, out, _ = run(capsys, "analyze", "-", "--as-of", "2021-01-01")
    assert code == 0
    assert "[[forwarded|sharing]]" in out


def test_analyze_a_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "analyze", str(tmp_path / "nope.txt"))
    assert code == 2
    assert out == ""
    assert "cannot read" in err


@pytest.mark.parametrize("command", _COMMANDS)
def test_every_command_has_its_own_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    """Only the chosen command's arguments are defined at start-up; each still documents them."""
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: lawref {command}")


def test_analyze_explains_each_mention_on_request(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(
        "sys.stdin",
        io.TextIOWrapper(io.BytesIO(b"He was arrested for sharing child pornography videos.")),
    )
    code, out, _ = run(capsys, "analyze", "-", "--as-of", "2021-01-01", "--explain")
    assert code == 0
    assert "Why each mention counts" in out
    assert "“sharing” → sharing (high)" in out
    assert "acts on “child pornography”" in out


def test_a_text_too_long_to_hold_is_read_in_stretches_and_not_repeated(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lawref

    monkeypatch.setattr("lawref.inputs.IN_MEMORY", 100)
    monkeypatch.setattr("lawref.analysis.stretches.CHUNK", 80)
    text = ("A quiet paragraph.\n\n" * 20) + "He circulated the videos under Section 67B IT Act.\n"
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(path), "--as-of", "2021-01-01", "--json")
    assert code == 0
    expected = lawref.analyze(text, lawref.clock.parse_date("2021-01-01"))
    assert json.loads(out) == expected.model_dump(mode="json")
    code, out, _ = run(capsys, "analyze", str(path), "--as-of", "2021-01-01")
    assert code == 0
    assert "too long to repeat here" in out
    assert "A quiet paragraph" not in out
    assert "sharing" in out


@pytest.mark.parametrize(("name", "reason"), [("/dev/zero", "a device"), ("/", "a folder")])
def test_analyze_refuses_what_is_not_a_text(
    capsys: pytest.CaptureFixture[str], name: str, reason: str
) -> None:
    code, out, err = run(capsys, "analyze", name)
    assert code == 2
    assert out == ""
    assert reason in err
    assert "Traceback" not in err


def test_a_cache_folder_others_can_write_is_named_in_one_warning_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import warnings

    from tests.paths import ROOT

    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o777)
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(folder))
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        code, out, err = run(
            capsys,
            "show",
            "it-act-2000/s67B",
            "--as-of",
            "2021-01-01",
            "--data",
            str(ROOT / "data"),
        )
    assert code == 0
    assert "five years" in out
    assert err.startswith(f"lawref: warning: not using the cache folder {folder}")
    assert "Traceback" not in err
    assert ".py:" not in err
    assert not list(folder.iterdir())


@pytest.mark.parametrize(
    ("arguments", "starts"),
    [
        (["-o", "h.pdf"], b"%PDF"),
        (["-o", "h.html"], b"<!DOCTYPE html>"),
        (["-o", "h.md"], b"# "),
        (["--format", "md", "-o", "h.txt"], b"# "),
        (["-o", "h.docx"], b"PK\x03\x04"),
    ],
)
def test_a_handout_takes_its_format_from_the_file_name(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
    starts: bytes,
) -> None:
    if b"PDF" in starts:
        pytest.importorskip("typst")
    if starts.startswith(b"PK"):
        pytest.importorskip("docx")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "handout", "sharing", "--as-of", "2021-01-01", *arguments)
    assert code == 0, err
    assert (tmp_path / arguments[-1]).read_bytes().startswith(starts)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--format", "md", "-o", "h.pdf"], "does not match"),
        (["--format", "md", "-o", "h.docx"], "does not match"),
        (["--format", "docx", "-o", "h.html"], "does not match"),
        (["-o", "h.odt"], "cannot tell the format"),
    ],
)
def test_a_handout_format_that_does_not_match_the_file_is_refused(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "handout", "sharing", "--as-of", "2021-01-01", *arguments)
    assert code == 2
    assert message in err
    assert not list(tmp_path.iterdir())
