"""India against ICMEC's five criteria: the criteria in ICMEC's words, lawref's readings dated by
the provisions and holdings they rest on, and every verdict labelled as lawref's reading."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from lawref.catalog import Catalog
from lawref.cli import main
from lawref.errors import DataError

D = dt.date


def _verdicts(catalog: Catalog, day: dt.date) -> dict[int, str | None]:
    standing = catalog.standard(as_of=day)
    return {
        row.criterion.number: (row.reading.verdict if row.reading else None)
        for row in standing.criteria
    }


def test_the_five_criteria_are_icmecs_words(catalog: Catalog) -> None:
    (standard,) = catalog.standards
    assert standard.benchmark.edition == "9th Edition"
    words = [c.words for c in sorted(standard.criteria, key=lambda c: c.number)]
    assert words[1] == "provides a definition of CSAM;"
    assert words[3].startswith("criminalizes the knowing possession of CSAM, regardless of the")
    assert standard.benchmark.source.url
    assert "records no ICMEC rating of India" in (standard.benchmark.note or "")


def test_the_definition_came_in_on_16_august_2019(catalog: Catalog) -> None:
    assert _verdicts(catalog, D(2019, 8, 15))[2] == "partly met"
    assert _verdicts(catalog, D(2019, 8, 16))[2] == "met"
    row = catalog.standard(as_of=D(2019, 8, 16)).criteria[1]
    assert row.reading is not None
    assert row.reading.provisions == ("pocso-2012/s2(1)(da)",)


def test_specific_legislation_came_with_s67b_in_2009(catalog: Catalog) -> None:
    assert _verdicts(catalog, D(2009, 10, 26))[1] == "not met"
    assert _verdicts(catalog, D(2009, 10, 27))[1] == "met"
    assert _verdicts(catalog, D(1999, 1, 1)) == dict.fromkeys(range(1, 6))


def test_isp_reporting_is_met_from_the_pocso_rules_of_2020(catalog: Catalog) -> None:
    assert _verdicts(catalog, D(2020, 3, 8))[5] == "partly met"
    row = catalog.standard(as_of=D(2020, 3, 9)).criteria[4]
    assert row.reading is not None
    assert row.reading.verdict == "met"
    assert "pocso-rules-2020/r11" in row.reading.provisions
    assert "lawref does not hold the rule's text" in row.reading.explanation
    later = catalog.standard(as_of=D(2024, 9, 23)).criteria[4].reading
    assert later is not None
    assert later.holdings == (
        "just-rights-v-harish-2024#intermediaries-must-report-not-only-remove",
    )
    assert later.explanation.startswith("The Supreme Court confirmed")


def test_every_reading_starts_when_something_it_names_came_in(catalog: Catalog) -> None:
    (standard,) = catalog.standards
    for reading in standard.readings:
        days = {v.valid_from for p in reading.provisions for v in catalog.provision(p).versions}
        days |= {catalog.act(catalog.provision(p).act).in_force_from for p in reading.provisions}
        days |= {catalog.judgment(h.split("#")[0]).decided for h in reading.holdings}
        assert reading.valid_from in days, reading


def test_a_reading_dated_by_hand_is_a_load_error(data_copy: Path) -> None:
    path = data_copy / "standards" / "icmec-2018.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("valid_from = 2019-08-16", "valid_from = 2019-08-01", 1), "utf-8")
    with pytest.raises(DataError) as caught:
        Catalog.load(data_copy, cache=False)
    assert any("not a day on which" in str(p) for p in caught.value.problems)


def test_the_command_says_whose_reading_it_is(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["standards", "--as-of", "2020-01-01"]) == 0
    out = capsys.readouterr().out
    assert "Each verdict is lawref's reading of the Indian law, not a rating" in out
    assert "lawref's reading: met, since 16 August 2019" in out
    assert main(["standards", "--json", "--as-of", "2025-01-01"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [c["reading"]["verdict"] for c in document["criteria"]] == [
        "met",
        "met",
        "met",
        "partly met",
        "met",
    ]
    assert main(["standards", "nope"]) == 2
    assert "no benchmark 'nope'" in capsys.readouterr().err
