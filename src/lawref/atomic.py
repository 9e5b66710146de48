"""Writing files so that a reader never sees half a file: write a temporary file beside the
target, flush it to disk, then rename it over the target (atomic on POSIX and Windows)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from lawref.errors import OutputError


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write *data* to *path* atomically; raise :class:`OutputError` saying why it failed."""
    with open_atomic(path) as stream:
        stream.write(data)


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder")
    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise OutputError(
            f"cannot write {target}: it is not a regular file (a link, device or pipe), "
            "which lawref does not replace"
        )


def _mode_for(target: Path) -> int:
    """The permissions the written file gets: the old file's read, write and execute bits (not
    set-user-id, set-group-id or sticky: the new file has a new owner), else what ``open`` would
    give a new file under the process's umask (a temporary file is private until then)."""
    if target.is_file():
        return target.stat().st_mode & 0o777
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def open_atomic(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary stream that becomes *path* when the ``with`` block ends without an error, and
    leaves *path* as it was otherwise: for output written piece by piece (JSON Lines). Refuses a
    folder and anything that is not a regular file; raises :class:`OutputError` saying why."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path()
    _check_target(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        os.fchmod(handle, _mode_for(target))
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write UTF-8 *text* to *path* atomically."""
    write_bytes_atomic(path, text.encode("utf-8"))
