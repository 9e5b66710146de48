"""A cache of the checked catalog, so that each run does not re-parse and re-check the data.

Parsing the TOML files and validating them costs more than the rest of a ``lawref show``; the
result only changes when the data, lawref, pydantic or Python change. The cache file is named by
a SHA-256 over all of those (every data file's path and bytes included), so an edited data file
is never answered from a stale cache. It lives in ``$LAWREF_CACHE_DIR``, else
``$XDG_CACHE_HOME/lawref``, else ``~/.cache/lawref``; ``LAWREF_CACHE_DIR=off`` disables it. A
cache that cannot be read or written is ignored: it only ever saves time. ``lawref validate``
never uses it.

The cache holds pickled lawref models. It is read only from the user's own cache folder and only
under the exact name its content hash gives; do not point ``LAWREF_CACHE_DIR`` at a folder others
can write.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path

from lawref._version import __version__
from lawref.atomic import write_bytes_atomic
from lawref.errors import OutputError
from lawref.loaded import LoadedData

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_FORMAT = 2
_KEEP = 8


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


def fingerprint(root: Traversable, origin: str) -> str:
    """SHA-256 over the cache format, the versions of lawref, pydantic and Python, where the data
    was read from, lawref's own source files (an edited model in a checkout must not meet an old
    pickle), and every file under *root* (name and bytes, in name order)."""
    import pydantic

    digest = hashlib.sha256()
    for part in (str(_FORMAT), __version__, pydantic.VERSION, sys.version, origin):
        digest.update(part.encode() + b"\0")
    code = Path(__file__).parent
    for source in sorted(code.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    for name, entry in sorted(_walk(root, ""), key=lambda item: item[0]):
        data = entry.read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def load(key: str) -> LoadedData | None:
    """The cached data for *key*, or ``None`` on a miss or an unreadable cache file."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        blob = (folder / f"catalog-{key}.pickle").read_bytes()
    except OSError:
        return None
    try:
        data = pickle.loads(blob)
    except Exception:  # a damaged cache file is a miss, whatever unpickling raised
        return None
    return data if isinstance(data, LoadedData) else None


def store(key: str, data: LoadedData) -> None:
    """Save *data* under *key*, atomically; silently skip when the folder is not writable."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(folder / f"catalog-{key}.pickle", pickle.dumps(data, protocol=5))
        _prune(folder)
    except (OSError, OutputError):
        return


def _prune(folder: Path, keep: int = _KEEP) -> None:
    """Keep the *keep* most recently written cache files (one per data edit would pile up)."""
    files = sorted(folder.glob("catalog-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in files[keep:]:
        stale.unlink(missing_ok=True)
