"""What a data folder holds once every check has passed: the unit the cache stores."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lawref.models import Act, Provision


@dataclass(frozen=True, slots=True)
class LoadedData:
    """Acts and provisions by id, the review date, and where they were read from."""

    reviewed_on: dt.date
    acts: dict[str, Act]
    provisions: dict[str, Provision]
    origin: str
