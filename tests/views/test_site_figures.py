"""The site's pages for the numbers and the benchmark: a deterministic chart per head, every
figure with its words, verdicts labelled as lawref's reading, values escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawref.catalog import Catalog
from lawref.views.site_figures import chart_points, head_page, standards_page, write_chart


def _group(catalog: Catalog, head: str):  # type: ignore[no-untyped-def]
    (group,) = catalog.figures(head=head)
    return group


def test_a_heads_chart_draws_its_national_yearly_figures(catalog: Catalog) -> None:
    points = chart_points(_group(catalog, "ncrb-cyber-pornography-children"))
    assert points["cases registered"] == [
        (2018, 44.0),
        (2019, 103.0),  # 103 and 108 disagree: the lower is drawn, both are in the table
        (2020, 738.0),
        (2021, 969.0),
        (2022, 1171.0),
    ]


def test_the_chart_is_the_same_file_every_time(catalog: Catalog, tmp_path: Path) -> None:
    group = _group(catalog, "ncrb-cyber-pornography-children")
    first, second = tmp_path / "a.svg", tmp_path / "b.svg"
    assert write_chart(group, first)
    assert write_chart(group, second)
    assert first.read_bytes() == second.read_bytes()
    text = first.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml")
    assert "<dc:date>" not in text
    assert "cases registered" in text  # text kept as text, not paths


def test_a_head_with_one_year_has_no_chart(catalog: Catalog, tmp_path: Path) -> None:
    group = _group(catalog, "mha-ncrp-based-67b-cases-ap")
    assert not write_chart(group, tmp_path / "x.svg")
    assert not (tmp_path / "x.svg").exists()


def test_a_head_page_quotes_every_figure_and_escapes_values(catalog: Catalog) -> None:
    group = _group(catalog, "ncrb-pocso-s14-s15-child-pornography")
    page = "\n".join(head_page(catalog, group, chart=False))
    assert "not a section of any Act" in page
    assert "POCSO Act 2012 s.15, as enacted (Act 32 of 2012)" in page
    assert "The law changed within it, on 16 August 2019." in page
    for figure in group.figures:
        assert f"“{figure.quote}”" in page.replace("\\", "")
    hostile = group.model_copy(
        update={"head": group.head.model_copy(update={"label": "<img src=x onerror=alert(1)>"})}
    )
    written = "\n".join(head_page(catalog, hostile, chart=False))
    assert "\\<img src=x onerror=alert(1)\\>" in written  # escaped: shown as text
    assert written.count("<img") == written.count("\\<img")


def test_the_benchmark_page_says_whose_reading_each_verdict_is(catalog: Catalog) -> None:
    page = "\n".join(standards_page(catalog))
    assert "not a rating by the benchmark's publisher" in page
    assert page.count("(lawref's reading)") == sum(len(s.readings) for s in catalog.standards)
    assert "**From 16 August 2019: met**" in page


def test_an_unchanged_chart_is_not_drawn_again(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #15: drawing every chart took a second of each docs build; a chart whose key is
    unchanged and whose file is there is kept, one whose file went missing is drawn again."""
    from lawref.views import site_figures

    first = site_figures.write_statistics(catalog, tmp_path)
    charts = sorted(tmp_path.glob("*.svg"))
    assert charts
    before = {chart.name: chart.read_bytes() for chart in charts}
    drawn: list[str] = []
    real = site_figures.write_chart

    def counting(group, path):  # type: ignore[no-untyped-def]
        drawn.append(path.name)
        return real(group, path)

    monkeypatch.setattr(site_figures, "write_chart", counting)
    assert site_figures.write_statistics(catalog, tmp_path) == first
    assert drawn == []
    assert {chart.name: chart.read_bytes() for chart in charts} == before
    charts[0].unlink()
    site_figures.write_statistics(catalog, tmp_path)
    assert drawn == [charts[0].name]
    assert charts[0].read_bytes() == before[charts[0].name]
