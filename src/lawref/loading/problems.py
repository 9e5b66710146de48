"""Problems found while loading: naming where they are (``format_key_path``), turning a file
model's validation errors into them, and folding white space to find a quote in a text. Shared
by every loader; reading the files themselves is ``lawref.loading.files``."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator

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


def unknown_ids(
    key: str, values: Iterable[str], known: Container[str], noun: str
) -> Iterator[tuple[str, str]]:
    """``(key path, reason)`` for each of *values* (the list at *key*) that is not among *known*:
    a reference to a provision, act or conduct the data does not have."""
    for position, value in enumerate(values):
        if value not in known:
            yield f"{key}[{position}]", f"no {noun} {value!r}"
