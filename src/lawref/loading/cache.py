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

The cache holds pickled lawref models. It is read only from the user's own cache folder and only
under the exact name its content hash gives; do not point ``LAWREF_CACHE_DIR`` at a folder others
can write.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TypeVar

from lawref._version import __version__
from lawref.loading.loaded import Commentary, LoadedData, StatuteBook

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_FORMAT = 4
_KEEP = 8
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
    found = []
    for child in entry.iterdir():
        name = f"{prefix}/{child.name}" if prefix else child.name
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
        digest.update(part.encode() + b"\0")
    for name, stat in _sources(_CODE, ""):
        digest.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    for name, entry in sorted(_walk(root, ""), key=lambda item: item[0]):
        data = entry.read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode())
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


def load(key: str) -> Hit | None:
    """The cached data for *key*, or ``None`` on a miss or an unreadable cache file."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        blob = (folder / f"catalog-{key}.pickle").read_bytes()
    except OSError:
        return None
    stream = io.BytesIO(blob)
    try:
        statutes = pickle.Unpickler(stream).load()
    except Exception:  # a damaged cache file is a miss, whatever unpickling raised
        return None
    if not isinstance(statutes, StatuteBook):
        return None
    return Hit(statutes, memoryview(blob)[stream.tell() :])


def store(key: str, data: LoadedData) -> None:
    """Save *data* under *key*, atomically; silently skip when the folder is not writable."""
    from lawref.atomic import write_bytes_atomic
    from lawref.errors import OutputError

    folder = cache_dir()
    if folder is None:
        return
    statutes = data.statutes._replace(provisions=OnDemand.of(data.statutes.provisions))
    blob = pickle.dumps(statutes, protocol=5) + pickle.dumps(data.commentary, protocol=5)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(folder / f"catalog-{key}.pickle", blob)
        _prune(folder)
    except (OSError, OutputError):
        return


def _prune(folder: Path, keep: int = _KEEP) -> None:
    """Keep the *keep* most recently written cache files (one per data edit would pile up)."""
    files = sorted(folder.glob("catalog-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in files[keep:]:
        stale.unlink(missing_ok=True)
