"""Where lawref's data is: one function decides (docs/design.md#start-up).

An installed wheel carries the data inside the package as ``lawref/data`` (hatchling
``force-include``). A checkout run through an editable install imports from ``src/`` and must read
the checkout's ``data/`` live, so that an edit is seen without reinstalling.

When the package is a folder on disk (every ordinary install), its data is found by path;
``importlib.resources`` is asked only for a package that is not a folder (a zip archive).
Importing it costs several milliseconds that ``lawref show`` need not pay (issue #2).
"""

from __future__ import annotations

import os
from pathlib import Path

from lawref.errors import DataError, Problem

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_MARKER = "catalog.toml"


def packaged_data() -> Traversable:
    """The data folder shipped inside the installed package (it may not exist)."""
    beside = Path(__file__).parents[1] / "data"  # lawref/data in a wheel
    if beside.is_dir():
        return beside
    from importlib.resources import files

    return files("lawref") / "data"


def checkout_data() -> Path:
    """The ``data/`` folder of the source checkout this module was imported from."""
    return Path(__file__).resolve().parents[3] / "data"


def data_root() -> Traversable:
    """The data lawref reads by default: the packaged copy when installed, the checkout's
    ``data/`` when running from source. Raises :class:`DataError` when neither exists."""
    beside = Path(__file__).parents[1] / "data"  # lawref/data in a wheel
    if (beside / _MARKER).is_file():
        return beside
    checkout = checkout_data()
    if (checkout / _MARKER).is_file():
        return checkout
    packaged = packaged_data()
    if packaged.joinpath(_MARKER).is_file():
        return packaged
    raise DataError(
        [
            Problem(
                str(checkout),
                "",
                f"no {_MARKER} in the installed package or the source checkout; "
                "reinstall lawref or pass a data folder",
            )
        ]
    )


def as_traversable(path: str | os.PathLike[str] | Traversable) -> Traversable:
    """*path* as something the loader can walk: a :class:`~pathlib.Path` for strings. A path
    that no file can have (one holding a NUL byte) is a :class:`~lawref.errors.DataError`."""
    if isinstance(path, str | os.PathLike):
        text = os.fspath(path)
        if "\x00" in (text if isinstance(text, str) else text.decode("latin-1")):
            from lawref.errors import DataError, Problem

            shown = repr(text)[:60]
            raise DataError([Problem(shown, "", "a path cannot hold a NUL byte")])
        return Path(text)
    return path
