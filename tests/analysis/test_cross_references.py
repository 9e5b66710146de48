"""A section statute text cites for what it speaks of (``[analysis.cross_references]``): "any
such obscene object as is referred to in section 294, … shall be punished …" is BNS s.295's
punishment, not s.294's (review 2027-01-08 round); with a word of the punishment or the offence
before "as", the section is the one the statement is of (review 2027-01-08b H1)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawref.analysis.models import CrossReferenceWords, StatuteReference
from lawref.analysis.punishments.cross_references import CrossReferences
from lawref.catalog import Catalog

_BNS_295 = (
    "Whoever sells, lets to hire, distributes, exhibits or circulates to any child any such"
    " obscene object as is referred to in section 294, shall be punished on first conviction"
    " with imprisonment of either description for a term which may extend to three years."
)


@pytest.fixture(scope="module")
def words(catalog: Catalog) -> CrossReferenceWords:
    return catalog.analysis_config.cross_references


def _ref(catalog: Catalog, text: str, section: str) -> StatuteReference:
    (ref,) = (
        r
        for r in catalog.analyze(text, dt.date(2025, 1, 1)).statute_references
        if r.section == section
    )
    return ref


def test_the_words_are_the_datas(catalog: Catalog, words: CrossReferenceWords) -> None:
    """The reader holds no verbs of its own: with none, no section is cited for its words; with
    the data's, s.294 in BNS s.295's words is; a verb added to the data is read."""
    ref = _ref(catalog, _BNS_295, "294")
    assert not CrossReferences(CrossReferenceWords()).cites(_BNS_295, ref)
    assert CrossReferences(words).cites(_BNS_295, ref)
    text = "a child as laid down in section 2 of the POCSO Act shall be punished with fine."
    ref = _ref(catalog, text, "2")
    assert not CrossReferences(words).cites(text, ref)
    added = words.model_copy(update={"verbs": (*words.verbs, "laid down")})
    assert CrossReferences(added).cites(text, ref)


def test_a_provision_word_before_as_names_the_provision(
    catalog: Catalog, words: CrossReferenceWords
) -> None:
    """ "punished as specified in Section 14" names the provision the punishment is of; the
    provision words are the data's (without them the same words read as a cross-reference)."""
    text = "The accused shall be punished as specified in Section 14 of the POCSO Act."
    ref = _ref(catalog, text, "14")
    assert not CrossReferences(words).cites(text, ref)
    bare = words.model_copy(update={"provision_words": ()})
    assert CrossReferences(bare).cites(text, ref)


def test_the_statement_is_of_the_section_whose_words_cite(catalog: Catalog) -> None:
    """Through the whole reader: BNS s.295's punishment quoted is said of no cross-referenced
    s.294 (read with the Act named after it) and no difference is claimed."""
    text = _BNS_295 + " (Section 295, Bharatiya Nyaya Sanhita, 2023)"
    answer = catalog.analyze(text, dt.date(2025, 1, 1))
    assert all(not (p.provision or "").endswith("/s294") for p in answer.stated_punishments)
    assert not answer.summary.differences


def test_the_data_words_are_whole_words_listed_once(words: CrossReferenceWords) -> None:
    """A data rule: verbs are lower-case words (a space between words of a phrase) and provision
    words single lower-case words, each listed once."""
    assert words.verbs
    assert words.provision_words
    for listed, shape in ((words.verbs, r"[a-z]+(?: [a-z]+)*"), (words.provision_words, r"[a-z]+")):
        assert len(set(listed)) == len(listed)
        for word in listed:
            assert re.fullmatch(shape, word), word


@given(
    word=st.sampled_from(["object", "child", "material", "person", "video"]),
    is_=st.sampled_from(["", "is ", "are "]),
    section=st.integers(min_value=1, max_value=500),
    spaces=st.sampled_from([" ", "  ", "\n"]),
)
def test_the_statutes_form_is_a_cross_reference_whatever_its_spacing(
    catalog: Catalog, word: str, is_: str, section: int, spaces: str
) -> None:
    """Invariant: "<word> as (is|are) referred to in section N" cites section N for its words,
    however the words are spaced; "punished as referred to in section N" never does."""
    words = catalog.analysis_config.cross_references
    reader = CrossReferences(words)
    for before, cited in ((word, True), ("punished", False)):
        text = f"any {before} as {is_}referred{spaces}to in section {section} of the IPC."
        ref = _ref(catalog, text, str(section))
        assert reader.cites(text, ref) is cited
