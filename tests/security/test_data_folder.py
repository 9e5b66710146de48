"""A hostile data folder.

Threat model: ``--data`` and ``lawref validate`` read a folder that someone else may have made
(a contributor's pull request, a download). Guarantee: only regular files are read — a pipe, a
device, or a link (to ``/dev/zero``, or in a cycle) is named as a problem, never waited on or read
without end; a data file is at most ``MAX_DATA_BYTES``; a TOML file whose tables nest too deep or
whose keys have too many dotted parts is refused before Python's parser sees it (it recursed
without limit, and took memory in the square of a key's parts). Every refusal is a problem with
the file and the reason, and the command exits as for any problem in the data.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from lawref.catalog import Catalog
from lawref.cli import EXIT_DATA, main
from lawref.errors import DataError
from lawref.loading import files
from tests.paths import ROOT


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LAWREF_CACHE_DIR", str(tmp_path / "cache"))
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def _reasons(folder: Path, *, cache: bool = True) -> list[str]:
    with pytest.raises(DataError) as raised:
        Catalog.load(folder, cache=cache)
    return [f"{p.file}: {p.reason}" for p in raised.value.problems]


def test_a_pipe_named_like_a_statute_file_is_named_not_waited_on(data: Path) -> None:
    os.mkfifo(data / "statutes" / "x.toml")
    for cache in (True, False):
        assert any("x.toml: not a regular file" in r for r in _reasons(data, cache=cache))


def test_a_link_to_a_device_is_named_not_read(data: Path) -> None:
    (data / "statutes" / "zero.toml").symlink_to("/dev/zero")
    assert any("zero.toml: a link" in r for r in _reasons(data))


def test_a_link_in_an_article_text_is_named_not_read(data: Path, tmp_path: Path) -> None:
    text = data / "articles" / "000_baa684b4d4963442.txt"
    moved = tmp_path / "elsewhere.txt"
    shutil.move(text, moved)
    text.symlink_to(moved)
    assert any("000_baa684b4d4963442.txt: a link" in r for r in _reasons(data))


def test_a_link_cycle_in_the_data_folder_does_not_loop(data: Path) -> None:
    (data / "statutes" / "loop").symlink_to(data / "statutes")
    assert Catalog.load(data).provisions


def test_a_long_dotted_key_is_refused_before_parsing(data: Path) -> None:
    (data / "statutes" / "x.toml").write_text("a" + ".a" * 40_000 + " = 1\n", encoding="utf-8")
    assert any("more than 32 dotted parts" in r for r in _reasons(data))


def test_deep_nesting_is_refused_before_parsing(data: Path) -> None:
    deep = "a = " + "[" * 1000 + "]" * 1000 + "\n"
    (data / "statutes" / "x.toml").write_text(deep, encoding="utf-8")
    assert any("nested more than 32 deep" in r for r in _reasons(data))


def test_a_file_larger_than_the_limit_is_not_read(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "MAX_DATA_BYTES", 50_000)
    assert any("bns-2023.toml: larger than 50,000 bytes" in r for r in _reasons(data))


def test_strings_and_comments_do_not_count_as_nesting_or_keys() -> None:
    text = 'a = "[[[[ a.b.c.d.e"  # [[[ x.y.z\nb = """\n' + "[" * 40 + "\n" + "." * 40 + '\n"""\n'
    assert files.toml_shape(text, limit=8) is None
    assert files.toml_shape(text, limit=4) is not None  # a long dotted run is refused anywhere
    assert files.toml_shape("[" + ".".join("k" * 9) + "]\n", limit=8) is not None
    assert files.toml_shape("a = [" * 9 + "]" * 9, limit=8) is not None


def test_a_string_ending_in_extra_quotes_does_not_hide_a_long_key() -> None:
    text = 'x = [["""a"""", "b"], "c"]\n' + "a" + ".a" * 40_000 + " = 1\n"
    assert files.toml_shape(text) == "a key of more than 32 dotted parts"
    assert files.toml_shape('x = """a""""\ny = 1\n') is None


def test_validate_names_the_problems_and_exits_as_for_bad_data(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.mkfifo(data / "statutes" / "x.toml")
    code = main(["validate", str(data)])
    err = capsys.readouterr().err
    assert code == EXIT_DATA
    assert "x.toml" in err
    assert "not a regular file" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("path", "reason"), [("a\x00b", "NUL byte"), ("/" + "x" * 5000, "too long")]
)
def test_a_data_path_no_folder_can_have_is_a_data_error(path: str, reason: str) -> None:
    with pytest.raises(DataError) as raised:
        Catalog.load(path)
    assert any(reason in p.reason for p in raised.value.problems)


def test_a_folder_or_pipe_where_a_file_belongs_is_named_against_that_file(data: Path) -> None:
    (data / "statutes" / "x.toml").mkdir()
    (data / "catalog.toml").unlink()
    os.mkfifo(data / "catalog.toml")
    reasons = _reasons(data, cache=False)
    assert any(
        r.endswith("statutes/x.toml: not a regular file (a pipe, device or folder): not read")
        for r in reasons
    )
    assert any(
        r.endswith("catalog.toml: not a regular file (a pipe, device or folder): not read")
        for r in reasons
    )
