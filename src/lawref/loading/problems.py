"""Problems found while loading: naming where they are (``format_key_path``), turning a file
model's validation errors into them, reading a TOML file into a problem rather than an
exception, and folding white space to find a quote in a text. Shared by every loader."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import ValidationError

from lawref.errors import Problem

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


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


def read_toml(entry: Traversable, shown: str, problems: list[Problem]) -> dict[str, object] | None:
    import tomllib

    try:
        return tomllib.loads(entry.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        problems.append(Problem(shown, "", f"not UTF-8 text: {exc.reason}"))
    except tomllib.TOMLDecodeError as exc:
        problems.append(Problem(shown, "", f"not valid TOML: {exc}"))
    except OSError as exc:
        problems.append(Problem(shown, "", f"cannot be read: {exc.strerror or exc}"))
    return None


def squash(text: str) -> str:
    """Text with runs of white space folded, for finding a quote in a statute."""
    return re.sub(r"\s+", " ", text).strip()
