"""Reading the files of a data folder, which may come from someone else, into problems rather
than exceptions, without pydantic (``lawref --version`` reads the review date with it).

A data file is read only when it is a regular file (not a link, pipe or device: opened without
following a link and without waiting on a pipe), of at most ``MAX_DATA_BYTES``; and a TOML file
is parsed only when its tables and arrays nest at most ``MAX_TOML_DEPTH`` deep and no key has
more dotted parts than that — Python's TOML parser recurses on nesting, and its memory grows with
the square of a dotted key's parts (80 KB of ``a.a.a…`` took 6 GB). Each refusal is a problem
naming the file and the reason (docs/security.md).
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from lawref.errors import Problem

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

MAX_DATA_BYTES = 16 << 20
"""The largest data file lawref reads (the largest it ships is about 110 KB)."""
MAX_TOML_DEPTH = 32
"""The deepest nesting of tables and arrays, and the most parts of a dotted key, in a data file
(lawref's own files use four)."""

# The parts of TOML that decide nesting and keys; strings and comments are skipped whole. Each
# alternative begins with a different character and none can match the same text two ways, so
# one pass is linear in the file.
_TOML_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\[\s\S]|"(?!""))*"{3,5}'
    r"|'''(?:[^']|'(?!''))*'{3,5}"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'[^'\n]*'"
    r"|#[^\n]*"
    r"|[\[\]{}=.,\n]"
)
# A multi-line string may end in up to two quotes of its own before its closing three
# ('"""a""""'), hence three to five. Whatever the tokens make of a file, a run of more dotted
# parts than the limit anywhere (strings included) is refused too, so that no misreading of
# strings lets a quadratic key through.
_DOTTED_RUN = r"(?<![A-Za-z0-9_\-\"'])(?:[A-Za-z0-9_\-\"']++[ \t]*+\.[ \t]*+){%d}"


def present(entry: Traversable) -> bool:
    """Whether anything is at *entry*: a file, or on disk a link, pipe, device or folder (which
    :func:`read_bytes` then names as not read, rather than the file being called missing)."""
    if entry.is_file():
        return True
    return isinstance(entry, Path) and (entry.is_symlink() or entry.exists())


def read_bytes(
    entry: Traversable, shown: str, problems: list[Problem], limit: int | None = None
) -> bytes | None:
    """The bytes of a data file, or ``None`` with a problem saying why it was not read: not a
    regular file, larger than *limit* (``MAX_DATA_BYTES`` unless given), or unreadable."""
    limit = MAX_DATA_BYTES if limit is None else limit
    if not isinstance(entry, Path):  # inside a wheel or zip: no links, pipes or devices
        try:
            data = entry.read_bytes()
        except OSError as exc:
            problems.append(Problem(shown, "", f"cannot be read: {exc.strerror or exc}"))
            return None
    else:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        try:
            handle = os.open(entry, flags)
        except OSError as exc:
            reason = (
                "a link, which lawref does not follow in a data folder"
                if entry.is_symlink()
                else f"cannot be read: {exc.strerror or exc}"
            )
            problems.append(Problem(shown, "", reason))
            return None
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            os.close(handle)
            problems.append(
                Problem(shown, "", "not a regular file (a pipe, device or folder): not read")
            )
            return None
        with os.fdopen(handle, "rb") as stream:
            try:
                data = stream.read(limit + 1)
            except OSError as exc:
                problems.append(Problem(shown, "", f"cannot be read: {exc.strerror or exc}"))
                return None
    if len(data) > limit:
        problems.append(Problem(shown, "", f"larger than {limit:,} bytes: not read"))
        return None
    return data


def toml_shape(text: str, limit: int = MAX_TOML_DEPTH) -> str | None:
    """Why *text* is too deeply nested to parse, or ``None``: tables and arrays nested more than
    *limit* deep, or a key of more than *limit* dotted parts."""
    if re.search(_DOTTED_RUN % limit, text):
        return f"a key of more than {limit} dotted parts"
    depth = 0
    parts = 1
    keying = True
    inline: list[str] = []
    for match in _TOML_TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            inline.append(token)
            if depth > limit:
                return f"tables or arrays nested more than {limit} deep"
            if token == "{":
                keying, parts = True, 1
        elif token in "]}":
            depth = max(0, depth - 1)
            if inline:
                inline.pop()
        elif token == "=":
            keying = False
        elif token == "." and keying:
            parts += 1
            if parts > limit:
                return f"a key of more than {limit} dotted parts"
        elif (token == "," and inline and inline[-1] == "{") or (token == "\n" and not inline):
            keying, parts = True, 1
    return None


def read_toml(entry: Traversable, shown: str, problems: list[Problem]) -> dict[str, object] | None:
    """A TOML data file as a table, or ``None`` with a problem saying why it was not read."""
    import tomllib

    data = read_bytes(entry, shown, problems)
    if data is None:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(shown, "", f"not UTF-8 text: {exc.reason}"))
        return None
    shape = toml_shape(text)
    if shape is not None:
        problems.append(Problem(shown, "", f"not read: {shape}"))
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.append(Problem(shown, "", f"not valid TOML: {exc}"))
    except RecursionError:
        problems.append(Problem(shown, "", "not read: nested too deeply"))
    return None
