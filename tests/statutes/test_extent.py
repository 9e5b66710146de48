"""Issue #11: an Act's territorial extent over time is recorded and said in answers (the POCSO
Act and the IPC did not extend to the State of Jammu and Kashmir before 31 October 2019)."""

from __future__ import annotations

import datetime as dt

import pytest

from lawref.catalog import Catalog
from lawref.statutes.models import ActRecord

D = dt.date


@pytest.mark.parametrize("ref", ["POCSO 15", "IPC 292"])
def test_before_31_october_2019_the_answer_says_where_the_act_did_not_extend(
    catalog: Catalog, ref: str
) -> None:
    standing = catalog.at(ref, D(2019, 10, 30))
    assert standing.excluded_places == ("the State of Jammu and Kashmir",)
    assert "did not extend to the State of Jammu and Kashmir" in standing.message
    after = catalog.at(ref, D(2019, 10, 31))
    assert after.excluded_places == ()
    assert "Jammu" not in after.message


def test_the_it_act_never_excluded_jammu_and_kashmir_in_its_words(catalog: Catalog) -> None:
    assert catalog.at("67 IT Act", D(2005, 1, 1)).excluded_places == ()
    extent = catalog.act("it-act-2000").extent_on(D(2005, 1, 1))
    assert extent is not None
    assert "whole of India" in extent.text


def test_lookup_says_where_the_law_did_not_reach(catalog: Catalog) -> None:
    result = catalog.lookup("stored", D(2018, 5, 1), proceeding_date=D(2018, 6, 1))
    assert any("POCSO Act did not extend" in note for note in result.extent_notes)
    later = catalog.lookup("stored", D(2020, 5, 1), proceeding_date=D(2020, 6, 1))
    assert later.extent_notes == ()


def test_extent_entries_must_be_oldest_first() -> None:
    record = {
        "id": "x-act-2000",
        "kind": "act",
        "title": "X",
        "short_title": "X",
        "citation": "Act No. 1 of 2000",
        "akn": "/akn/in/act/2000/1",
        "in_force_from": "2000-01-01",
        "source": {"title": "t", "citation": "c"},
        "confidence": "high",
        "extent": [
            {
                "valid_from": "2010-01-01",
                "text": "b",
                "source": {"title": "t", "citation": "c"},
                "confidence": "high",
            },
            {
                "valid_from": "2005-01-01",
                "text": "a",
                "source": {"title": "t", "citation": "c"},
                "confidence": "high",
            },
        ],
    }
    with pytest.raises(ValueError, match="oldest first"):
        ActRecord.model_validate(record)
