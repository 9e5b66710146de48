"""Where lawref's data is: one function decides (DESIGN.md §8).

An installed wheel carries the data inside the package as ``lawref/data`` (hatchling
``force-include``). A checkout run through an editable install imports from ``src/`` and must read
the checkout's ``data/`` live, so that an edit is seen without reinstalling.
"""

from __future__ import annotations

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from lawref.errors import DataError, Problem

_MARKER = "catalog.toml"


def packaged_data() -> Traversable:
    """The data folder shipped inside the installed package (it may not exist)."""
    return files("lawref") / "data"


def checkout_data() -> Path:
    """The ``data/`` folder of the source checkout this module was imported from."""
    return Path(__file__).resolve().parents[2] / "data"


def data_root() -> Traversable:
    """The data lawref reads by default: the packaged copy when installed, the checkout's
    ``data/`` when running from source. Raises :class:`DataError` when neither exists."""
    packaged = packaged_data()
    if packaged.joinpath(_MARKER).is_file():
        return packaged
    checkout = checkout_data()
    if (checkout / _MARKER).is_file():
        return checkout
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
    """*path* as something the loader can walk: a :class:`~pathlib.Path` for strings."""
    if isinstance(path, str | os.PathLike):
        return Path(path)
    return path
