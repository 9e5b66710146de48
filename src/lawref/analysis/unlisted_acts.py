"""Acts a report names that lawref knows no name of: "Section 8 of Goa Children Act, 2003",
"the Kerala Police Act", "Narcotic Drugs and Psychotropic Substances Act, 1985".

Reports across India book offenders under State Acts and central Acts lawref neither holds nor
lists (``other_acts`` in ``data/conduct.toml``). Such a reference is still a reference: read to its
Act and section, it is flagged "not in lawref's data", and a section after it is not given the
Act named before it. The name is read back from the capitalised word "Act": the capitalised words
before it (and the small words that join words inside a title, ``act_name_joins``), up to a word
that ends a name (``act_name_stops``: "under", "Section", "The", "Said" …) or any other word.
Words in brackets belong to the name ("Criminal Law (Amendment) Act"). A name needs a word of its
own beside the stop words ("the Amendment Act", "the said Act" name no Act).

The reader never guesses what the Act is: its id is ``unlisted:`` and the name as written, in
lower-case words joined by hyphens, without "the" or the year ("unlisted:goa-children-act"), so
two spellings of one Act with and without its year are one Act. Each "Act" is read back at most
:data:`_LOOK_BACK` characters: time is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

ID_PREFIX = "unlisted:"
"""The start of the id of an Act read by its name alone (an Act lawref does not list)."""

_ACT_WORD = re.compile(r"(?<![\w-])(?:Act|ACT)\b(?:,?\s(?:of\s)?(?:19|20)\d\d\b)?")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019.-]*|[()&]|\S")
_LOOK_BACK = 120
_MAX_WORDS = 10


@dataclass(frozen=True, slots=True)
class UnlistedAct:
    """An Act named in a text that lawref does not list: where its name is, its id and the
    name as the text writes it."""

    start: int
    end: int
    id: str
    title: str


def unlisted_acts(
    text: str,
    joins: Collection[str],
    stops: Collection[str],
    taken: Sequence[tuple[int, int]],
    low: int = 0,
    high: int | None = None,
) -> list[UnlistedAct]:
    """Every Act named in ``text[low:high]`` outside *taken* (the spans of Acts lawref knows),
    read by its capitalised name before the word "Act"; *joins* and *stops* are lower-case
    words, and *taken* is sorted and without overlaps."""
    high = len(text) if high is None else high
    starts = [span[0] for span in taken]
    found: list[UnlistedAct] = []
    for match in _ACT_WORD.finditer(text, low, high):
        start = _name_start(text, max(low, match.start() - _LOOK_BACK), match.start(), joins, stops)
        if start is None or _overlaps(start, match.end(), taken, starts):
            continue
        title = re.sub(r"\s+", " ", text[start : match.end()])
        name = re.sub(r",?\s(?:of\s)?(?:19|20)\d\d$", "", title)
        slug = re.sub(r"[^a-z0-9]+", "-", re.sub(r"['\u2019.]", "", name.lower())).strip("-")
        found.append(UnlistedAct(start, match.end(), ID_PREFIX + slug, title))
    return found


def _name_start(
    text: str, low: int, act_start: int, joins: Collection[str], stops: Collection[str]
) -> int | None:
    """Where the name before the "Act" at *act_start* begins, or None when no name is there."""
    tokens = list(_TOKEN.finditer(text, low, act_start))
    start: int | None = None
    depth = 0  # inside brackets, read backwards: ")" opens, "(" closes
    words = 0
    previous = act_start
    for token in reversed(tokens):
        if "\n" in text[token.end() : previous]:
            break  # a name does not run across lines
        word = token.group()
        if word.lower() == "act":
            break  # the end of another Act's name
        if word == ")":
            if depth:
                break  # brackets in brackets are no title's
            depth += 1
        elif word == "(":
            if depth == 0:
                break
            depth -= 1
        elif depth > 0:
            if not word[0].isalnum() and word != "&":
                break
        elif word.lower() in joins:
            pass
        elif word[0].isupper() and word.lower().strip(".") not in stops:
            words += 1
        else:
            break
        previous = token.start()
        if depth == 0 and word.lower() not in joins and word != ")":
            start = token.start()
        if words > _MAX_WORDS:
            return None
    if start is None or words == 0 or depth != 0:
        return None
    return start


def _overlaps(
    start: int, end: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]
) -> bool:
    """Whether ``[start, end)`` overlaps one of *spans* (sorted, without overlaps; *starts*
    are their starts): only the last span starting before *end* can."""
    index = bisect.bisect_left(starts, end) - 1
    return index >= 0 and spans[index][1] > start
