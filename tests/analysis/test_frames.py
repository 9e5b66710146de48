"""Conduct told by a frame (a verb, words between, its object) whose child was named earlier in
the report, and the words after a frame's object that make it another thing (``Frame.
child_earlier_in_text``, ``Frame.not_after``, ``Frame.not_of``; docs/analysis.md, fifty-second
session)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.catalog import Catalog

VICTIM = "A 12-year-old girl was allegedly raped by her neighbour in Rohini, police said. "
"""A report's first sentence: it names the child and no conduct of material."""

FILLER = (
    "The matter came to light on Monday.",
    "Her parents lodged a complaint at the local police station.",
    "The accused is a resident of the same locality.",
    "Police said further investigation is under way.",
)
"""Sentences that name neither a child nor any conduct."""


def _read(catalog: Catalog, text: str, opening: str = VICTIM) -> list[str]:
    """The conducts read in *text* after *opening*."""
    analysis = catalog.analyze(opening + text, dt.date(2025, 1, 1))
    return [m.conduct for m in analysis.mentions if m.start >= len(opening)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the report's child named in an earlier sentence: the video made is of her (the dev
        # corpus's misses, 2027-01-17)
        ("The accused also made a video and made it viral.", ["producing", "sharing"]),
        ("He said that he had made a video of the incident.", ["producing"]),
        ("The accused made videos of her at the hotel.", ["producing"]),
        ("The four even took videos and shared them with their friends.", ["producing", "sharing"]),
        ("He was accused of taking photos while the girl was changing.", ["producing"]),
        ("He had started chatting with her on Instagram.", ["grooming"]),
        # calls, appeals and statements made by video are no video made
        ("He made video calls to her from a foreign number.", []),
        ("Her mother made a video appeal to the chief minister.", []),
        ("A news channel made a documentary video on the incident.", []),
        # the maker's own picture; a making demanded of a child keeps it
        ("The girl made a video of herself.", []),
        ("The girl took photos of herself.", []),
        ("He forced her to make videos of herself.", ["producing"]),
        ("He said she must shoot a naked video of herself.", ["producing"]),
        # pictures taken down, to someone, or from somewhere are none taken
        ("Police took down the videos from the website.", []),
        ("Her father took the photos to the police station.", []),
        # the child's family, friends or others chatted with
        ("He chatted with her mother on the phone.", []),
        ("The girl chatted with her friends after school.", []),
    ],
)
def test_a_frame_reads_the_child_named_earlier(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    assert _read(catalog, text) == read


@pytest.mark.parametrize(
    "text",
    [
        "The accused also made a video and made it viral.",
        "The four even took videos and shared them with their friends.",
        "He had started chatting with her on Instagram.",
    ],
)
def test_no_child_named_before_no_frame(catalog: Catalog, text: str) -> None:
    # the same sentences after one that names an adult: nothing of a child's is made
    opening = "A 32-year-old woman was allegedly raped by her neighbour in Rohini, police said. "
    assert "producing" not in _read(catalog, text, opening)
    assert "grooming" not in _read(catalog, text, opening)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(FILLER), max_size=6))
def test_sentences_between_do_not_cut_the_child_off(catalog: Catalog, between: list[str]) -> None:
    # however many sentences that name nothing stand between the child and the making
    text = " ".join([*between, "The accused also made a video of the act."])
    assert _read(catalog, text) == ["producing"]
