"""Reading data files without pydantic: the review date for ``lawref --version``.

Kept apart from the models so that the CLI's ``--help`` and ``--version`` stay fast (importing
pydantic is most of lawref's start-up cost; docs/design.md#start-up).
"""

from __future__ import annotations

import datetime as dt

from lawref.errors import Problem

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def reviewed_on(root: Traversable) -> dt.date | None:
    """The ``reviewed_on`` date of ``catalog.toml`` under *root*, or ``None`` when it cannot be
    read (a link, pipe or device is not; see :mod:`lawref.loading.files`)."""
    from lawref.loading.files import read_toml

    problems: list[Problem] = []
    raw = read_toml(root.joinpath("catalog.toml"), "catalog.toml", problems)
    value = raw.get("reviewed_on") if raw is not None else None
    return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else None
