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
    assert "- where: India (a national operation)" in carbon
    punjab = (tmp_path / "cases" / "pb-fazilka-csam-sale-tipline-2024.md").read_text("utf-8")
    assert "- where: Punjab" in punjab
