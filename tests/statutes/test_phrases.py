"""How the one wording of the law writes dates for people."""

from __future__ import annotations

import datetime as dt

import pytest

from lawref.statutes.phrases import format_date, format_wef


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (dt.date(2019, 10, 13), "13 October 2019"),
        (dt.date(2024, 7, 1), "1 July 2024"),
        (dt.date(2000, 12, 31), "31 December 2000"),
    ],
)
def test_a_date_is_written_as_people_in_india_write_it(day: dt.date, words: str) -> None:
    assert format_date(day) == words


def test_a_commencement_keeps_india_codes_form() -> None:
    assert format_wef(dt.date(2009, 10, 27)) == "27-10-2009"
