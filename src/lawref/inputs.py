"""The text a user names on the command line: a regular file, a pipe, or standard input.

Nothing else is read: a device (``/dev/zero``), a folder or a socket is refused with its name and
the reason, as is a text longer than ``MAX_INPUT``. A pipe is copied as it is read into a
temporary file that stays in memory up to ``IN_MEMORY`` bytes and spills to disk beyond it,
so that a long text can be read twice (once for its date, once for the rest) without being held
(docs/analysis.md#reading-at-scale).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from lawref.errors import LawrefError

MAX_INPUT = 1 << 30
"""The longest text ``lawref analyze`` reads, in bytes (1 GiB: thousands of times any report)."""
IN_MEMORY = 1 << 20
"""Texts up to this many bytes are read whole (and repeated by the text view); longer ones are
read in stretches and not repeated."""
BATCH_REPORT = 16 << 20
"""The longest report a batch (several files, or a JSON Lines line) holds, in bytes; a longer one
is an error record, to be read on its own."""
_BLOCK = 1 << 20


def shown(name: str) -> str:
    """*name* as it can be printed: bytes of a non-UTF-8 file name become U+FFFD."""
    return os.fsencode(name).decode("utf-8", errors="replace")


class TextInput:
    """A named text opened for reading, seekable, with its size in bytes; close it (or use it
    in a ``with`` block) when done."""

    def __init__(self, name: str, file: IO[bytes], size: int, owned: bool) -> None:
        self.name = name
        self.file = file
        self.size = size
        self._owned = owned

    def __enter__(self) -> TextInput:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file (standard input is left open)."""
        if self._owned:
            self.file.close()

    def read_text(self) -> str:
        """The whole text, undecodable bytes replaced; a failed read is a
        :class:`~lawref.errors.LawrefError` naming the file."""
        try:
            self.file.seek(0)
            data = self.file.read()
        except OSError as exc:
            raise LawrefError(f"cannot read {_named(self.name)}: {exc.strerror or exc}") from None
        if data is None:  # a kernel file that would make a reader wait (/proc/kmsg)
            raise LawrefError(f"cannot read {_named(self.name)}: it is not a file of text")
        return data.decode("utf-8", errors="replace")

    @contextmanager
    def rewound(self) -> Iterator[IO[bytes]]:
        """The file from its first byte, left open afterwards (for a reading in two passes)."""
        self.file.seek(0)
        yield self.file


def open_input(name: str, stdin: IO[bytes], limit: int = MAX_INPUT) -> TextInput:
    """The text *name* names (``-`` is *stdin*), or :class:`~lawref.errors.LawrefError` saying
    why it cannot be read: it is missing, unreadable, not a regular file or a pipe, or longer
    than *limit* bytes."""
    if name == "-":
        try:
            fd = stdin.fileno()
            mode = os.fstat(fd).st_mode
        except (OSError, ValueError):  # a stream with no file behind it: read it as a pipe
            fd, mode = -1, stat.S_IFIFO
        if stat.S_ISREG(mode):
            return _regular(name, stdin, owned=False, limit=limit)
        if stat.S_ISCHR(mode) and not os.isatty(fd):
            raise LawrefError("cannot read standard input: it is a device, not a text")
        return _spooled(name, stdin, limit)
    file = open_checked(name)
    if stat.S_ISREG(os.fstat(file.fileno()).st_mode):
        return _regular(name, file, owned=True, limit=limit)
    with file:
        return _spooled(name, file, limit)


_KERNEL_FOLDERS = ("/proc/", "/sys/")


def _kernel_file(name: str) -> bool:
    """Whether *name* is in a kernel's file system (``/proc``, ``/sys``), where a file that
    reports no size is the kernel's, read as it speaks."""
    return os.path.realpath(name).startswith(_KERNEL_FOLDERS)


def open_checked(name: str) -> IO[bytes]:
    """The file *name* opened for reading, when it is a regular file or a pipe; else
    :class:`~lawref.errors.LawrefError` with the name and the reason."""
    where = shown(name)
    try:
        mode = Path(name).stat().st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            kind = "a folder" if stat.S_ISDIR(mode) else "a device or socket"
            raise LawrefError(f"cannot read {where}: it is {kind}, not a file of text")
        # not waiting to open (a pipe is opened again below, waiting for its writer), and not
        # waiting to read what only looks like a file (/proc/kmsg gives "try again" instead)
        handle = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise LawrefError(f"cannot read {where}: {exc.strerror or exc}") from None
    except ValueError:
        raise LawrefError(f"cannot read {where}: a file name cannot hold a NUL byte") from None
    status = os.fstat(handle)
    mode = status.st_mode
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        os.close(handle)
        raise LawrefError(f"cannot read {where}: it changed while it was opened")
    if stat.S_ISREG(mode) and status.st_size == 0 and _kernel_file(name):
        # a kernel's file that only looks regular: /proc/kmsg waits for, or hands out, the
        # kernel's log whether or not it holds a line (a read that does not wait is no guard)
        os.close(handle)
        raise LawrefError(f"cannot read {where}: it is a kernel file, not a file of text")
    if stat.S_ISFIFO(mode):
        # a pipe opened without waiting sees no writer yet: open it again, waiting for one
        os.close(handle)
        try:
            handle = os.open(name, os.O_RDONLY)
        except OSError as exc:
            raise LawrefError(f"cannot read {where}: {exc.strerror or exc}") from None
        if not stat.S_ISFIFO(os.fstat(handle).st_mode):
            os.close(handle)
            raise LawrefError(f"cannot read {where}: it changed while it was opened")
    return os.fdopen(handle, "rb")


def lines(stream: IO[bytes], limit: int = BATCH_REPORT) -> Iterator[bytes | None]:
    """The lines of *stream*, each at most *limit* bytes; a longer line is read to its end
    without being held and given as ``None``."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(_BLOCK)
        yield None


def _regular(name: str, file: IO[bytes], owned: bool, limit: int) -> TextInput:
    size = os.fstat(file.fileno()).st_size
    if size > limit:
        if owned:
            file.close()
        raise LawrefError(_too_long(name, limit))
    return TextInput(name, file, size, owned)


def _spooled(name: str, stream: IO[bytes], limit: int) -> TextInput:
    copy = tempfile.SpooledTemporaryFile(max_size=IN_MEMORY)  # noqa: SIM115
    size = 0
    try:
        while block := stream.read(_BLOCK):
            size += len(block)
            if size > limit:
                raise LawrefError(_too_long(name, limit))
            copy.write(block)
    except OSError as exc:
        copy.close()
        raise LawrefError(f"cannot read {shown(name)}: {exc.strerror or exc}") from None
    except LawrefError:
        copy.close()
        raise
    return TextInput(name, copy, size, owned=True)


def _named(name: str) -> str:
    return "standard input" if name == "-" else shown(name)


def _too_long(name: str, limit: int) -> str:
    where = _named(name)
    return f"cannot read {where}: it is longer than {limit:,} bytes, the most lawref reads at once"


def read_report(name: str, stdin: IO[bytes], limit: int | None = None) -> str:
    """The whole text of *name* (``-`` is *stdin*), at most *limit* bytes (by default
    :data:`BATCH_REPORT`)."""
    with open_input(name, stdin, BATCH_REPORT if limit is None else limit) as source:
        return source.read_text()
