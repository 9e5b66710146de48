"""A cache of the checked catalog, so that each run does not re-parse and re-check the data.

Parsing the TOML files and validating them costs more than the rest of a ``lawref show``; the
result only changes when the data, lawref, pydantic or Python change. The cache file is named by
a SHA-256 over all of those (every data file's path and bytes included; see ``fingerprint``),
so an edited data file is never answered from a stale cache. It lives in ``$LAWREF_CACHE_DIR``, else
``$XDG_CACHE_HOME/lawref``, else ``~/.cache/lawref``; ``LAWREF_CACHE_DIR=off`` disables it. A
cache that cannot be read or written is ignored: it only ever saves time. ``lawref validate``
never uses it.

A cache file holds two pickles one after the other: the statute book, then the commentary
(:mod:`lawref.loading.loaded`). A hit unpickles the statute book at once and the commentary only
when it is first asked for, so that ``lawref show`` neither unpickles the conduct, cases and
articles nor defines their model classes. Within the statute book each provision is pickled on
its own and unpickled when it is first read (``OnDemand``): ``lawref show`` reads one of them.

Unpickling runs code, so a cache file is read only when no one but the user could have written
it (docs/security.md): the folder must be the user's own and writable by no one else (it is
created 0700), the file must be a regular file (not a link), the user's own, writable by no one
else, and no larger than ``_MAX_BYTES``; and it must begin with a SHA-256 of the rest, checked
before anything is unpickled, so that a damaged file is a miss and is rebuilt from the data. A
folder that fails the check is not used, and a ``CacheWarning`` says why. Only files this
module writes are pruned: ``catalog-<64 hex digits>.pickle``, and its own temporary files left by
a killed write once they are an hour old.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import re
import stat
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TypeVar

from lawref._version import __version__
from lawref.loading.loaded import Commentary, LoadedData, StatuteBook

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_FORMAT = 8
_KEEP = 8
_MAGIC = b"lawref-cache\0"
_DIGEST = hashlib.sha256().digest_size
_MAX_BYTES = 256 << 20
_NAME = re.compile(r"catalog-[0-9a-f]{64}\.pickle")
_TEMPORARY = re.compile(r"\.catalog-[0-9a-f]{64}\.pickle\.[A-Za-z0-9_]+\.tmp")
_STALE_SECONDS = 3600
_CODE = Path(__file__).parents[1]  # the lawref package, every subpackage included

_Value = TypeVar("_Value")


class OnDemand(Mapping[str, _Value]):
    """A read-only mapping whose values are stored pickled one by one and unpickled the first
    time each is read; the unpickled value is kept, so every read returns the same object."""

    __slots__ = ("_pickled", "_values")

    def __init__(self, pickled: dict[str, bytes]) -> None:
        self._pickled = pickled
        self._values: dict[str, _Value] = {}

    @classmethod
    def of(cls, values: Mapping[str, _Value]) -> OnDemand[_Value]:
        """*values*, each pickled on its own, in the same key order."""
        return cls({key: pickle.dumps(value, protocol=5) for key, value in values.items()})

    def __getitem__(self, key: str) -> _Value:
        found = self._values.get(key)
        if found is None:
            # setdefault: when two threads race to unpickle a value, both get the first one kept
            found = self._values.setdefault(key, pickle.loads(self._pickled[key]))
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._pickled

    def __iter__(self) -> Iterator[str]:
        return iter(self._pickled)

    def __len__(self) -> int:
        return len(self._pickled)

    def __reduce__(self) -> tuple[type[OnDemand[_Value]], tuple[dict[str, bytes]]]:
        return (type(self), (self._pickled,))


def cache_dir() -> Path | None:
    """Where cache files go, or ``None`` when caching is off."""
    configured = os.environ.get("LAWREF_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "no") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lawref"


def _walk(entry: Traversable, prefix: str) -> list[tuple[str, Traversable]]:
    """Every file under *entry* by relative name. A link, pipe or device in a data folder on disk
    raises ``OSError``, so that such a folder is never cached (a link cycle would never end, a
    link to ``/dev/zero`` never finish reading) and the loader alone says what it makes of it."""
    found = []
    for child in entry.iterdir():
        name = f"{prefix}/{child.name}" if prefix else child.name
        if isinstance(child, Path):
            info = child.lstat()
            if not (stat.S_ISDIR(info.st_mode) or stat.S_ISREG(info.st_mode)):
                raise OSError(f"{child} is not a regular file or folder")
        if child.is_dir():
            found.extend(_walk(child, name))
        elif child.is_file():
            found.append((name, child))
    return found


def _sources(folder: Path, prefix: str) -> list[tuple[str, os.stat_result]]:
    """lawref's ``.py`` files under *folder*, every subpackage included, by relative name."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            name = f"{prefix}{entry.name}"
            if entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                found.extend(_sources(Path(entry.path), name + "/"))
            elif entry.name.endswith(".py"):
                found.append((name, entry.stat()))
    return sorted(found)


def _bytes(text: str) -> bytes:
    """*text* as bytes to hash: UTF-8, with any surrogate (a file name's bytes that were not
    UTF-8) encoded as it stands rather than refused."""
    return text.encode("utf-8", "surrogatepass")


def fingerprint(root: Traversable, origin: str) -> str:
    """SHA-256 over the cache format, the versions of lawref, pydantic and Python, where the data
    was read from, lawref's own source files (an edited model in a checkout must not meet an old
    pickle) and every file under *root*.

    Data files count by name and bytes, so that any edit to the data — however quick, however
    small — is seen. lawref's source files count by name, size and modification time, as Python
    decides whether a ``.pyc`` is stale: an edit to a source file in a checkout always touches its
    time, and reading and hashing every source file would cost more than a millisecond on every
    start."""
    import pydantic

    digest = hashlib.sha256()
    for part in (str(_FORMAT), __version__, pydantic.VERSION, sys.version, origin):
        digest.update(_bytes(part) + b"\0")
    for name, info in _sources(_CODE, ""):
        digest.update(_bytes(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\0"))
    for name, entry in sorted(_walk(root, ""), key=lambda item: item[0]):
        data = entry.read_bytes()
        digest.update(_bytes(f"{name}\0{len(data)}\0"))
        digest.update(data)
    return digest.hexdigest()


class Hit:
    """A cache file that was found: its statute book, unpickled, and its commentary, still
    pickled until :meth:`commentary` is called."""

    __slots__ = ("_rest", "statutes")

    def __init__(self, statutes: StatuteBook, rest: memoryview) -> None:
        self.statutes = statutes
        self._rest = rest

    def commentary(self) -> Commentary | None:
        """The commentary, or ``None`` when that part of the file cannot be unpickled."""
        try:
            found = pickle.loads(self._rest)
        except Exception:  # a damaged cache file is a miss, whatever unpickling raised
            return None
        return found if isinstance(found, Commentary) else None


class CacheWarning(UserWarning):
    """The cache folder is not used, because someone other than the user could write to it."""


def _owned_privately(info: os.stat_result, *, mode: bool = True) -> bool:
    """Whether a file or folder is the user's own and (with *mode*) writable by no one else."""
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return mine and not (mode and info.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


_WARNED: set[str] = set()
"""Cache folders already warned about in this process: one warning line per command."""


def _usable(folder: Path) -> bool:
    """Whether *folder* may hold the cache: the user's own folder, writable by no one else, and
    not reached through another user's link; a folder that exists and fails is named in a
    :class:`CacheWarning`, once per process."""
    try:
        info = folder.stat()
        link = folder.lstat()
    except OSError:
        return False
    # a link to the folder must be the user's own too: another user's link could point the
    # cache at a private folder of the user's that lawref never chose
    linked_by_other = stat.S_ISLNK(link.st_mode) and not _owned_privately(link, mode=False)
    if stat.S_ISDIR(info.st_mode) and _owned_privately(info) and not linked_by_other:
        return True
    if str(folder) in _WARNED:
        return False
    _WARNED.add(str(folder))
    warnings.warn(
        f"not using the cache folder {folder}: it must be a folder of your own that no one else "
        "can write to (set LAWREF_CACHE_DIR to another folder, or to 'off')",
        CacheWarning,
        stacklevel=3,
    )
    return False


def _read_private(path: Path) -> bytes | None:
    """The bytes of *path* when it is a regular file of the user's own, writable by no one else
    and not too large; else ``None``. Links are not followed."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        handle = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode) or not _owned_privately(info):
            return None
        if info.st_size > _MAX_BYTES:
            return None
        return stream.read(_MAX_BYTES + 1)


def _verified(blob: bytes) -> memoryview | None:
    """What follows the header of a cache file when its SHA-256 matches; else ``None``."""
    if not blob.startswith(_MAGIC) or len(blob) > _MAX_BYTES:
        return None
    view = memoryview(blob)[len(_MAGIC) :]
    digest, payload = view[:_DIGEST], view[_DIGEST:]
    if hashlib.sha256(payload).digest() != digest:
        return None
    return payload


def load(key: str) -> Hit | None:
    """The cached data for *key*, or ``None`` on a miss, or when the file is not one lawref can
    trust (see the module's description) or is damaged."""
    folder = cache_dir()
    if folder is None or not _usable(folder):
        return None
    blob = _read_private(folder / f"catalog-{key}.pickle")
    payload = _verified(blob) if blob is not None else None
    if payload is None:
        return None
    stream = io.BytesIO(payload)
    try:
        statutes = pickle.Unpickler(stream).load()
    except Exception:  # a damaged cache file is a miss, whatever unpickling raised
        return None
    if not isinstance(statutes, StatuteBook):
        return None
    return Hit(statutes, payload[stream.tell() :])


def store(key: str, data: LoadedData) -> None:
    """Save *data* under *key*, atomically, readable and writable by the user only; silently skip
    when the folder cannot be written, and warn when it is not the user's own."""
    folder = cache_dir()
    if folder is None:
        return
    statutes = data.statutes._replace(provisions=OnDemand.of(data.statutes.provisions))
    payload = pickle.dumps(statutes, protocol=5) + pickle.dumps(data.commentary, protocol=5)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return
    if not _usable(folder):
        return
    target = folder / f"catalog-{key}.pickle"
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as stream:  # mkstemp made it 0600
            stream.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except OSError:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        return
    with contextlib.suppress(OSError):
        _prune(folder)


def _prune(folder: Path, keep: int = _KEEP) -> None:
    """Keep the *keep* most recently written cache files (one per data edit would pile up), and
    remove temporary files a killed write left an hour ago or more. Only regular files of the
    user's own with the names this module writes are removed."""
    mine: list[tuple[float, Path]] = []
    now = time.time()
    with os.scandir(folder) as entries:
        for entry in entries:
            if not entry.is_file(follow_symlinks=False):
                continue
            info = entry.stat(follow_symlinks=False)
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                continue
            if _NAME.fullmatch(entry.name):
                mine.append((info.st_mtime, Path(entry.path)))
            elif _TEMPORARY.fullmatch(entry.name) and now - info.st_mtime >= _STALE_SECONDS:
                Path(entry.path).unlink(missing_ok=True)
    mine.sort(key=lambda item: item[0], reverse=True)
    for _, stale in mine[keep:]:
        stale.unlink(missing_ok=True)
