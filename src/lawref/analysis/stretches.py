"""A long text cut into stretches that end at blank lines, so that it can be read a stretch at a
time: from a string in memory or from a stream of bytes, with the same cuts either way.

Nothing ``lawref analyze`` reads — a sentence, a statute reference, a gloss, an Act's name —
runs across a blank line, so a text read stretch by stretch reads as it does whole. A cut looks
only at the ``reach`` characters after the stretch's start; a stream keeps that many
characters decoded ahead of the cut and no more, so memory is bounded by the stretch size, not
by the text (docs/analysis.md#reading-at-scale). Only a paragraph longer than the stretch size
is cut inside (after a line break, else a space, else anywhere), and only there can the reading
differ from the whole text's.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import IO

CHUNK = 256_000
"""Characters of text read at a time: the words, sentences and marks of one stretch are held at
a time, so memory stays bounded by the stretch, not the text."""

_BLANK = re.compile(r"\n[ \t\r]*\n")
_ACT_SPAN = 400
"""How far either side of a cut an Act's name is looked for (no name lawref reads is longer)."""
_READ_BYTES = 1 << 20


def reach(size: int) -> int:
    """How many characters after a stretch's start its cut may look at."""
    return 4 * size + 4 * _ACT_SPAN


def cut(text: str, size: int, act_pattern: re.Pattern[str] | None, final: bool) -> int:
    """Where the first stretch of *text* ends: after the last blank line before *size*
    characters, else after the first blank line within *size* more, else after a line break,
    a space, or at *size*; moved past an Act's name the cut would split. *text* holds at least
    :func:`reach` characters unless it is the *final* part of the text."""
    length = len(text)
    if final and length <= size:
        return length
    high = size
    before = max(text.rfind("\n\n", 0, high), text.rfind("\n\r\n", 0, high))
    blank = _BLANK.search(text, high, high + size)
    if before > 0:
        high = text.index("\n", before + 1) + 1
    elif blank is not None:
        high = blank.end()
    else:
        point = text.find("\n", high, high + size)
        if point < 0:
            point = text.find(" ", high, high + size)
        high = point + 1 if point >= 0 else high
    return _past_act_names(text, high, size, act_pattern)


def _past_act_names(text: str, point: int, size: int, act_pattern: re.Pattern[str] | None) -> int:
    """*point*, or, where an Act's name runs across it (a court order's page break in
    "Protection of Children from Sexual\\n\\nOffences Act"), the next blank line after that name
    within *size* characters, else the end of the name."""
    if act_pattern is None:
        return point
    for _ in range(2):
        crossing = next(
            (
                m
                for m in act_pattern.finditer(
                    text, max(0, point - _ACT_SPAN), min(len(text), point + _ACT_SPAN)
                )
                if m.start() < point < m.end()
            ),
            None,
        )
        if crossing is None:
            return point
        blank = _BLANK.search(text, crossing.end(), crossing.end() + size)
        point = blank.end() if blank is not None else crossing.end()
    return point


def text_stretches(
    text: str, size: int = CHUNK, act_pattern: re.Pattern[str] | None = None
) -> Iterator[tuple[int, str]]:
    """*text* as (offset, stretch) pairs, each stretch at most about twice *size* long."""
    low, length = 0, len(text)
    span = reach(size)
    while low < length or low == 0:
        window = text[low : low + span]
        final = low + span >= length
        high = low + cut(window, size, act_pattern, final)
        yield low, text[low:high]
        if high >= length:
            return
        low = high


def stream_stretches(
    stream: IO[bytes], size: int = CHUNK, act_pattern: re.Pattern[str] | None = None
) -> Iterator[tuple[int, str]]:
    """The UTF-8 text of *stream* (undecodable bytes replaced, as ``bytes.decode`` does) as
    (offset, stretch) pairs with the cuts :func:`text_stretches` makes of the whole text, holding
    no more than :func:`reach` characters and one read ahead."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    span = reach(size)
    buffer, base, ended = "", 0, False
    while True:
        while not ended and len(buffer) < span:
            block = stream.read(_READ_BYTES)
            if block is None:  # a source that would make a reader wait
                raise BlockingIOError("the input has nothing to read now")
            ended = not block
            buffer += decoder.decode(block, final=ended)
        if not buffer and base > 0:
            return
        high = cut(buffer[:span], size, act_pattern, ended and len(buffer) <= span)
        yield base, buffer[:high]
        if ended and high >= len(buffer):
            return
        buffer, base = buffer[high:], base + high
