"""The site's cases page groups cases by State, national operations first and again under each
State their reports name; each case page says where it happened."""

from __future__ import annotations

from pathlib import Path

from lawref.catalog import Catalog
from lawref.views.site import Writer


def test_the_cases_page_groups_cases_by_state(catalog: Catalog, tmp_path: Path) -> None:
    page = Writer(catalog, tmp_path)._cases_by_state()
    headings = [line[3:] for line in page if line.startswith("## ")]
    assert headings[0] == "National operations"
    assert headings[1:] == sorted(headings[1:])
    assert "Maharashtra" in headings
    assert "Kerala" in headings
    text = "\n".join(page)
    maharashtra = text.split("## Maharashtra")[1].split("## ")[0]
    assert "(cbi-operation-carbon-2021.md)" in maharashtra  # national, its reports name it
    assert "(maharashtra-operation-blackface-2019-2021.md)" in maharashtra
    every = {case.id for case in catalog.cases()}
    assert every == {case_id for case_id in every if f"({case_id}.md)" in text}


def test_a_case_page_says_where(catalog: Catalog, tmp_path: Path) -> None:
    writer = Writer(catalog, tmp_path)
    writer.case(catalog.case("cbi-operation-carbon-2021"))
    writer.case(catalog.case("pb-fazilka-csam-sale-tipline-2024"))
    carbon = (tmp_path / "cases" / "cbi-operation-carbon-2021.md").read_text(encoding="utf-8")
    assert "- **Where:** India (a national operation)" in carbon
    punjab = (tmp_path / "cases" / "pb-fazilka-csam-sale-tipline-2024.md").read_text("utf-8")
    assert "- **Where:** Punjab" in punjab


def test_a_case_page_reads_as_the_handouts_do(catalog: Catalog, tmp_path: Path) -> None:
    """The words of lawref.views.reports, not the data's keys: conduct by its label, counts as
    phrases with "the reports disagree" where they do, reports named by date (outlet and
    headline when the text shows them), the State not repeated as its own place."""
    writer = Writer(catalog, tmp_path)
    writer.case(catalog.case("p-hunt-2020-12"))
    page = (tmp_path / "cases" / "p-hunt-2020-12.md").read_text(encoding="utf-8")
    assert "- **When:** 27 December 2020" in page
    assert "[Destroying evidence](../conduct/evidence_destruction.md)" in page
    assert "41 arrested" in page
    assert "arrests:" not in page
    assert page.count("41 arrested") == 1  # two reports giving one figure: one line
    assert "465 or 596 places raided: the reports disagree" in page
    assert page.count("Spyware and webcam intrusion") == 1  # told by two reports: one entry
    assert "Kerala — Kerala" not in page
    assert "1. [a news report of 28 December 2020](../articles/003_4a31effd098cd2f7.md)" in page
