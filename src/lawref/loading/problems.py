"""Problems found while loading: naming where they are (``format_key_path``), turning a file
model's validation errors into them, and folding white space to find a quote in a text. Shared
by every loader; reading the files themselves is ``lawref.loading.files``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import ValidationError

from lawref.errors import Problem

TYPE_CHECKING = False
if TYPE_CHECKING:
    pass


def format_key_path(loc: Iterable[int | str]) -> str:
    """``('provisions', '67B', 'versions', 0, 'text')`` → ``provisions."67B".versions[0].text``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part and all(ch.isalnum() or ch in "_-" for ch in part) and not part[0].isdigit():
            out += f".{part}" if out else part
        else:
            out += f'."{part}"' if out else f'"{part}"'
    return out


def validation_problems(
    file: str, error: ValidationError, prefix: tuple[str, ...] = ()
) -> list[Problem]:
    problems = []
    for item in error.errors(include_url=False):
        loc = (*prefix, *item["loc"])
        reason = item["msg"]
        if item["type"] not in ("missing", "extra_forbidden") and "input" in item:
            shown = repr(item["input"])
            reason += f" (got {shown[:60] + '…' if len(shown) > 60 else shown})"
        problems.append(Problem(file, format_key_path(loc), reason))
    return problems


def squash(text: str) -> str:
    """Text with runs of white space folded, for finding a quote in a statute."""
    return re.sub(r"\s+", " ", text).strip()
