"""Reading data files without pydantic: the review date for ``lawref --version``.

Kept apart from the models so that the CLI's ``--help`` and ``--version`` stay fast (importing
pydantic is most of lawref's start-up cost; docs/design.md#start-up).
"""

from __future__ import annotations

import datetime as dt
import tomllib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def reviewed_on(root: Traversable) -> dt.date | None:
    """The ``reviewed_on`` date of ``catalog.toml`` under *root*, or ``None`` when unreadable."""
    try:
        value = tomllib.loads(root.joinpath("catalog.toml").read_text(encoding="utf-8")).get(
            "reviewed_on"
        )
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else None
