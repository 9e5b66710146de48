"""What happens after a report: each channel's steps, dated where their sources date them, with
the source's words; a step that no longer held is not told."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lawref.catalog import Catalog
from lawref.errors import DataError

D = dt.date


def _ids(catalog: Catalog, day: dt.date) -> list[str]:
    return [step.id for step in catalog.after_report(day)]


def test_the_platforms_deadline_was_24_hours_then_two(catalog: Catalog) -> None:
    assert "it-rules-2021-r3-2-b-24h" not in _ids(catalog, D(2021, 2, 24))
    assert "it-rules-2021-r3-2-b-24h" in _ids(catalog, D(2026, 2, 19))
    later = _ids(catalog, D(2026, 2, 20))
    assert "it-rules-2021-r3-2-b-24h" not in later
    assert "it-rules-2026-r3-2-b-2h" in later


def test_the_portal_steps_come_first_in_order(catalog: Catalog) -> None:
    steps = catalog.after_report(D(2020, 1, 1))
    portal = [s for s in steps if s.channel == "national-cyber-crime-reporting-portal"]
    assert [s.order for s in portal] == sorted(s.order for s in portal)
    assert steps[0].channel == "national-cyber-crime-reporting-portal"
    assert "sc-2024-intermediaries-must-report-police" not in [s.id for s in steps]
    assert "sc-2024-intermediaries-must-report-police" in _ids(catalog, D(2024, 9, 23))


def test_every_step_has_a_channel_a_source_and_its_words(catalog: Catalog) -> None:
    channels = {c.id for c in catalog.reporting}
    steps = catalog.after_report(catalog.reviewed_on)
    assert len(steps) >= 12
    for step in steps:
        assert step.channel in channels
        assert step.quote.strip()
        assert step.source.url or step.source.citation
        for provision in step.provisions:
            catalog.provision(provision)


def test_a_step_of_no_channel_is_a_load_error(data_copy: Path) -> None:
    path = data_copy / "reporting.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('channel = "helpline-1930"', 'channel = "helpline-100"'), "utf-8")
    with pytest.raises(DataError) as caught:
        Catalog.load(data_copy, cache=False)
    assert any("no channel 'helpline-100'" in str(p) for p in caught.value.problems)


def test_a_person_who_receives_material_must_delete_destroy_or_report(catalog: Catalog) -> None:
    before = _ids(catalog, D(2019, 8, 15))
    after = _ids(catalog, D(2019, 8, 16))
    assert "pocso-s15-1-delete-destroy-report" not in before
    assert "pocso-s15-1-delete-destroy-report" in after
    step = next(s for s in catalog.after_report(D(2019, 8, 16)) if s.id.startswith("pocso-s15-1"))
    assert step.provisions == ("pocso-2012/s15(1)",)
    assert "fails to delete or destroy or report" in step.quote
