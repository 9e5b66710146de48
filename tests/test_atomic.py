"""Files are written whole or not at all, and only regular files are ever replaced."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lawref.atomic import open_atomic, write_text_atomic
from lawref.errors import OutputError


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def stop_halfway() -> None:
        with open_atomic(target) as stream:
            stream.write(b"half")
            raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        stop_halfway()
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_whole_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(OutputError, match="not a regular file"):
        write_text_atomic(pipe, "text")
    assert pipe.exists()
    assert not pipe.is_file()


def test_a_link_is_not_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("kept", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with pytest.raises(OutputError, match="not a regular file"):
        write_text_atomic(link, "text")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "kept"


def test_a_folder_is_not_replaced(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="folder"):
        write_text_atomic(tmp_path, "text")


def test_a_new_file_gets_the_usual_permissions_and_an_old_file_keeps_its_own(
    tmp_path: Path,
) -> None:
    mask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.txt"
        write_text_atomic(fresh, "text")
        assert fresh.stat().st_mode & 0o777 == 0o644
        kept = tmp_path / "kept.txt"
        kept.write_text("old", encoding="utf-8")
        kept.chmod(0o600)
        write_text_atomic(kept, "new")
        assert kept.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(mask)


def test_set_id_bits_are_not_carried_onto_the_new_file(tmp_path: Path) -> None:
    target = tmp_path / "f"
    target.write_text("x", encoding="utf-8")
    target.chmod(0o4755)
    write_text_atomic(target, "y")
    assert target.stat().st_mode & 0o7777 == 0o755
