"""The MyST markup every generated site page shares: file names for ids, and values shown as
written. Its own module so that the site's page writers (:mod:`lawref.views.site`,
:mod:`lawref.views.site_lookup`, ``lawref.views.cli_page``) import it without importing each
other."""

from __future__ import annotations

import re

from lawref.views.handout.common import LINE_BREAKS


def slug(identifier: str) -> str:
    """A file name for an id: ``pocso-2012/s15(1)`` → ``pocso-2012-s15-1``."""
    return re.sub(r"-+", "-", re.sub(r"[^A-Za-z0-9_]+", "-", identifier)).strip("-")


def code(value: str) -> str:
    """*value* as an inline code span that shows it as written whatever it holds: the fence is
    one backtick longer than the longest run of backticks inside (CommonMark, "Code spans"), so a
    value can never close the span and reach the page as markup; line breaks become spaces."""
    flat = LINE_BREAKS.sub(" ", value)
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith(("`", " ")) or flat.endswith(("`", " ")) else ""
    return f"{fence}{pad}{flat}{pad}{fence}"
