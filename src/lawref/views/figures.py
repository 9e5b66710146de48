"""Official figures worded for people, the same in the terminal, on the site and in handouts: a
period ("2019"; "1 January 2020 to 15 May 2023"; "to 30 April 2024"), a value in Indian style
with its publication's hedge ("about 1.94 lakh"), and a source by publisher and date."""

from __future__ import annotations

import datetime as dt

from lawref.statistics.models import MEASURE_WORDS, Figure, StatisticSource
from lawref.statutes.phrases import format_count, format_date


def period_words(figure: Figure) -> str:
    """A figure's period as people write it."""
    start, end = figure.start, figure.end
    if start == dt.date(end.year, 1, 1) and end == dt.date(end.year, 12, 31):
        return str(end.year)
    if start is None:
        return f"to {format_date(end)}"
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return f"{start.year} to {end.year}"
    return f"{format_date(start)} to {format_date(end)}"


def value_words(figure: Figure) -> str:
    """A figure's value: counts the Indian way, rates as written, with the publication's hedge."""
    value = figure.value
    shown = format_count(value) if isinstance(value, int) else f"{value:g}"
    if figure.measure.endswith("_percent"):
        shown += "%"
    return f"{figure.qualifier} {shown}" if figure.qualifier else shown


def measure_words(figure: Figure) -> str:
    """What a figure counts, in words."""
    return MEASURE_WORDS[figure.measure]


def source_words(source: StatisticSource) -> str:
    """A source by its publisher, title and date."""
    when = f", {format_date(source.date)}" if source.date else ", undated"
    return f"{source.publisher}: “{source.title}”{when}"
