"""A page's links to other stories run into a report's text: no conduct or law is read from the
linked headline, and the report's own sentence after it is read (lawref.analysis.furniture)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawref.analysis.furniture import LinkHeadlines, unmarked_teasers
from lawref.analysis.models import AnalysisConfig
from lawref.catalog import Catalog

D = dt.date

MINOR = "\n\nThe victim is a minor who was sexually abused."


def _conducts(catalog: Catalog, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.conduct) for m in catalog.analyze(text + MINOR, D(2023, 1, 1)).mentions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline in sentence case, then the report's sentence on the same line (review
        # 2026-12-18d: the whole line was dropped, and the accused's upload with it)
        (
            "Also read: Man held for sharing child porn in Pune The accused, a 24-year-old, "
            "uploaded the videos of minors to a Telegram channel, police said.",
            {("uploaded", "uploading")},
        ),
        (
            "The police said. Also read | Kerala police arrest 10 in P-Hunt The accused "
            "downloaded child sexual abuse material from Telegram groups.",
            {("downloaded", "downloading")},
        ),
        # the headline's own first word may be an opener
        (
            "Also read: The man who shared child porn videos on Telegram held The court said he "
            "uploaded child sexual abuse material.",
            {("uploaded", "uploading")},
        ),
        # a headline in title case goes on past a capitalised "In The"
        ("Also read: Man Held For Sharing Child Porn In The City", set()),
        # a title-case headline keeps "and" in lower case: "He and Two Others" goes on (review
        # 2026-12-19c H2)
        ("Also Read: Teacher Says He and Two Others Uploaded Child Porn Of Minors", set()),
        # "Police" after a place is the headline's own ("Mumbai Police bust …")
        ("Also read: Mumbai Police bust racket sharing child porn videos", set()),
        # no opening found: the link runs to its sentence's end, as before
        ("Read more: Delhi man arrested for selling child porn.", set()),
    ],
)
def test_a_linked_headline_tells_no_act_and_the_report_after_it_does(
    catalog: Catalog, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _conducts(catalog, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Hindi page's link line ("यह भी पढ़ें", read this too) between the report's sentences
        (
            "पुलिस ने बताया कि आरोपी ने नाबालिग का अश्लील वीडियो बनाया था।\n"
            "यह भी पढ़ें: युवक ने नाबालिग का अश्लील वीडियो वायरल किया, गिरफ्तार\n"
            "आरोपी को जेल भेज दिया गया।",
            {"producing"},
        ),
        ("ये भी पढ़ें: युवक ने नाबालिग का अश्लील वीडियो वायरल किया, गिरफ्तार", set()),
        # a bar ends a Hindi link as a danda does
        (
            "यह भी पढ़ें: युवक ने नाबालिग का अश्लील वीडियो वायरल किया | आरोपी ने नाबालिग का "
            "अश्लील वीडियो बनाया था।",
            {"producing"},
        ),
    ],
)
def test_a_hindi_link_line_tells_no_act(catalog: Catalog, text: str, expected: set[str]) -> None:
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


def test_a_section_in_a_linked_headline_is_not_the_report_s(catalog: Catalog) -> None:
    text = (
        "Also read: Man booked under Section 67A IT Act for uploading porn He shared the videos "
        "of minors, police said, and was booked under Section 67B of the IT Act."
    )
    refs = catalog.analyze(text, D(2023, 1, 1)).statute_references
    assert [r.section for r in refs] == ["67B"]


_WORDS = st.sampled_from(
    ["Also read:", "The", "the", "He", "man", "held", "Pune", ".", "\n", "accused", "In", "A"]
)


@given(st.lists(_WORDS, max_size=40))
def test_link_spans_are_sorted_disjoint_and_inside_the_text(words: list[str]) -> None:
    """Whatever the text, each span starts at a marker, ends within the text, and the spans
    are sorted and do not overlap (``within_any`` bisects them)."""
    text = " ".join(words)
    spans = LinkHeadlines(["Also read:"], ["The", "He", "A"]).spans(text)
    teasers = {start for start, _ in unmarked_teasers(text)}
    for start, end in spans:
        assert text.startswith("Also read:", start) or start in teasers
        assert start < end <= len(text)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_a_section_in_a_hindi_link_headline_is_not_the_report_s(catalog: Catalog) -> None:
    """Review 2026-12-19c: a Devanagari section in a link's headline was read with no Act."""
    text = (
        "पुलिस ने पॉक्सो एक्ट की धारा 14 के तहत केस दर्ज किया।\n"
        "यह भी पढ़ें: युवक पर आईटी एक्ट की धारा 67बी के तहत केस दर्ज\n"
        "आरोपी को जेल भेज दिया गया।"
    )
    refs = catalog.analyze(text, D(2023, 1, 1)).statute_references
    assert [r.provision for r in refs] == ["pocso-2012/s14"]


@pytest.mark.parametrize("marker", ["Also  read:", " Also read:", "Also read: ", " "])
def test_a_link_marker_is_written_with_single_spaces(marker: str) -> None:
    """Review 2027-01-01b F5: markers are found as a trie of their words joined by one space,
    so one written with doubled or outer blanks, which would be read otherwise, is refused."""
    with pytest.raises(ValueError, match="single spaces"):
        AnalysisConfig.model_validate({"link_markers": ["Read more:", marker]})


def test_of_two_markers_at_one_place_the_longer_is_taken() -> None:
    """ "Also read" and "Also read:" both begin at the link: the longer marks it, and the
    headline runs to its sentence's end."""
    text = "He was held. Also read: Man held for sharing videos. The police said so."
    links = LinkHeadlines(["Also read", "Also read:"], ["The"])
    marker = links._markers.match(text, 13) if links._markers is not None else None
    assert marker is not None
    assert marker.group() == "Also read:"
    assert links.spans(text) == [(13, text.index(". The"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a related story's headline run into a paragraph with no marker (LatestLY; survey of
        # unseen English pages, 2027-01-12): no act read from it
        (
            "After talking for a while, they made a plan to meet. UP Shocker: Two Minor Boys Rape"
            " 9-Year-Old Girl in Mathura, Record Video to Blackmail.\n\nThe accused later"
            " circulated the video of the minor girl.",
            {("circulated", "sharing")},
        ),
        (
            "The video has now gone viral. Rewa Man Uploads Wife\u2019s Obscene Clip on Adult"
            " Website; Arrested.\n\nThe accused uploaded the obscene video of the minor girl.",
            {("uploaded", "uploading")},
        ),
        # near misses: a report's own sentence rich in names, a headline alone on its line
        (
            "He uploaded the obscene video of the minor girl. They are the residents of Deoghar"
            " in Jharkhand, Jokihat in Bihar\u2019s Araria district and Rajpura in Punjab.",
            {("uploaded", "uploading")},
        ),
        (
            "Man Uploads Obscene Video Of Minor Girl On Instagram\n\nThe police arrested him.",
            {("Uploads", "uploading")},
        ),
    ],
)
def test_an_unmarked_teaser_tells_no_act(
    catalog: Catalog, text: str, expected: set[tuple[str, str]]
) -> None:
    """A title-case sentence closing a paragraph of ordinary sentences is another story's
    headline; the report's own sentences and its own headline are read."""
    assert _conducts(catalog, text) == expected
