"""Today's date, the default ``as_of`` (docs/design.md#time).

``LAWREF_TODAY=YYYY-MM-DD`` pins it, so that documentation examples and tests give the same answer
on any day.
"""

from __future__ import annotations

import datetime as dt
import os

from lawref.errors import InvalidDateError


def today() -> dt.date:
    """Today, or the date in ``LAWREF_TODAY``."""
    pinned = os.environ.get("LAWREF_TODAY")
    if pinned:
        return parse_date(pinned, what="LAWREF_TODAY")
    return dt.date.today()


def parse_date(text: str, *, what: str = "date") -> dt.date:
    """Parse ``YYYY-MM-DD``; raise :class:`InvalidDateError` saying what was wrong."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        shown = repr(text if len(text) <= 40 else text[:40] + "…")
        raise InvalidDateError(
            f"{what} {shown} is not a date; write it as YYYY-MM-DD, e.g. 2019-10-13"
        ) from None
