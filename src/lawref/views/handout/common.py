"""What every handout format shares: its error, and the numbered notes a format collects.

Every piece of text from the data or from the user (``--title``) goes through the format's
escaping: Markdown punctuation is backslash-escaped, HTML is entity-escaped, and Typst receives
text only as string literals (``#"…"``), so nothing can become markup or code. Output is
deterministic: no timestamps (Typst is given ``timestamp=0``).
"""

from __future__ import annotations

import re

from lawref.errors import LawrefError

LINE_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
"""Every character Python, Markdown or Typst may take as a line break: a value in data or a
``--title`` is one line, and a break inside it must not start a heading, list or table row."""


class HandoutError(LawrefError):
    """The PDF engine is missing or reported a problem (a missing font fails the handout)."""


class Notes:
    """The numbered notes of one document, in the order they are cited."""

    def __init__(self) -> None:
        """No notes yet."""
        self.items: list[str] = []

    def add(self, text: str) -> int:
        """Keep *text* as the next note and return its number."""
        self.items.append(text)
        return len(self.items)
