"""Official figures: each held to its publication's words, its head's label to where it is
printed; disagreements found from the data; the law a head's label names shown by date."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawref.catalog import Catalog
from lawref.cli import main
from lawref.errors import DataError
from lawref.statistics.book import UnknownAreaError, UnknownHeadError, resolve_area, resolve_head
from lawref.statistics.models import Figure, find_conflicts
from lawref.statistics.numbers import stated_numbers, states
from lawref.statutes.phrases import format_count, format_inr


def test_every_figure_has_a_source_a_head_and_words_that_state_it(catalog: Catalog) -> None:
    stats = catalog.statistics
    assert len(stats.figures) >= 100
    assert len({f.head for f in stats.figures}) >= 10
    for figure in stats.figures:
        assert figure.head in stats.heads
        source = stats.sources[figure.source]
        assert source.url.startswith("http")
        assert re.fullmatch(r"[0-9a-f]{64}", source.read_sha256)
        assert states(figure.quote, figure.value), figure
        assert source.date is None or figure.end <= source.date


def test_a_printed_label_stands_in_its_words_and_provisions_exist(catalog: Catalog) -> None:
    for head in catalog.statistics.heads.values():
        if head.label_citation is not None:
            assert head.label in head.label_citation.quote
        else:
            assert head.note is not None
            assert "lawref's description" in head.note
        for provision in head.provisions:
            catalog.provision(provision)


def test_the_publications_that_disagree_are_found(catalog: Catalog) -> None:
    found = {(c.head, c.period, c.area, c.measure) for c in catalog.statistic_conflicts()}
    # NCRB 2019 child cyber-pornography cases: 103 and 108 in the same Deccan Herald article
    assert ("ncrb-cyber-pornography-children", "2019", "India", "cases_registered") in found
    # cyber crimes against children in 2019: 305 (Lok Sabha answer) and 306 (a news report)
    total = "ncrb-cyber-crimes-against-children-total"
    assert (total, "2019", "India", "cases_registered") in found
    # 19.87 lakh ("about") agrees with 1,987,430: a rounding is not a disagreement
    heads = {c.head for c in catalog.statistic_conflicts()}
    assert "ncmec-cybertipline-reports-india" not in heads


def _figure(value: float, qualifier: str | None = None) -> Figure:
    return Figure.model_validate(
        {
            "head": "h",
            "period": "2019",
            "measure": "cases_registered",
            "value": value,
            "qualifier": qualifier,
            "source": "s",
            "quote": str(value),
        }
    )


def test_hedged_figures_agree_only_within_their_hedge() -> None:
    assert not find_conflicts((_figure(100), _figure(100)))
    assert find_conflicts((_figure(100), _figure(101)))
    assert not find_conflicts((_figure(25000, "more than"), _figure(25400)))
    assert find_conflicts((_figure(25000, "more than"), _figure(24000)))
    assert not find_conflicts((_figure(1987000, "about"), _figure(1987430)))
    assert find_conflicts((_figure(1900000, "about"), _figure(1987430)))


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
        ("2020-01-01/2023-05-15", dt.date(2020, 1, 1), dt.date(2023, 5, 15)),
        ("/2024-04-30", None, dt.date(2024, 4, 30)),
    ],
)
def test_periods_read(period: str, start: dt.date | None, end: dt.date) -> None:
    figure = _figure(1).model_copy(update={"period": period})
    checked = Figure.model_validate(figure.model_dump())
    assert (checked.start, checked.end) == (start, end)


@pytest.mark.parametrize("period", ["19", "2019-2020", "2020-05-01/2020-01-01", "2019/"])
def test_a_period_that_does_not_read_is_refused(period: str) -> None:
    with pytest.raises(ValueError, match="period"):
        Figure.model_validate({**_figure(1).model_dump(), "period": period})


@given(st.integers(min_value=0, max_value=10**12))
def test_every_indian_number_lawref_writes_is_read_back(number: int) -> None:
    assert number in stated_numbers(format_count(number))
    assert number in stated_numbers(format_inr(number))


def test_words_and_scales_are_read() -> None:
    assert states("Four people were convicted in 2019", 4)
    assert states("no one was convicted", 0)
    assert states("लगभग 1.94 लाख शिकायतें", 194000)
    assert states("more than 69.05 lakh reports", 6905000)
    assert states("A total of 1,58,190 complaints", 158190)
    assert states("With 1,987,430 reports", 1987430)
    assert not states("With 1,987,430 reports", 1987)
    assert not states("in 2019", 19)


def test_the_law_a_head_names_changed_within_a_2019_figure(catalog: Catalog) -> None:
    (group,) = catalog.figures(head="ncrb-pocso-s14-s15-child-pornography", state="India")
    cited = {v.provision for v in group.law}
    assert cited == {"pocso-2012/s14", "pocso-2012/s15"}
    changes = dict(zip((f.period for f in group.figures), group.law_changed, strict=True))
    assert changes["2019"] == (dt.date(2019, 8, 16),)
    assert changes["2018"] == ()


def test_a_wrong_figure_is_a_load_error(data_copy: Path) -> None:
    figures = data_copy / "statistics" / "figures.toml"
    text = figures.read_text(encoding="utf-8")
    figures.write_text(text.replace("value = 738\n", "value = 739\n", 1), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        Catalog.load(data_copy, cache=False)
    assert any("do not state 739" in str(p) for p in caught.value.problems)


def test_a_label_not_in_its_words_is_a_load_error(data_copy: Path) -> None:
    heads = data_copy / "statistics" / "heads.toml"
    text = heads.read_text(encoding="utf-8")
    heads.write_text(
        text.replace(
            'label = "Cyber crimes against Children"', 'label = "Cyber crimes"X', 1
        ).replace('"Cyber crimes"X', '"Cyber crime against minors"'),
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        Catalog.load(data_copy, cache=False)
    assert any("label must stand in the quoted words" in str(p) for p in caught.value.problems)


def test_stats_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--state", "odisha"]) == 0
    out = capsys.readouterr().out
    changed = "(the law changed within it, on 16 August 2019)"
    assert f"2019, Odisha: cases registered 542 {changed}" in out
    assert "“Use of Child for Pornography/Storing Child Pornography Material" in out
    assert main(["stats", "--head", "ncrb-cyber-pornography-children", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    (head,) = document["heads"]
    assert {c["period"] for c in head["conflicts"]} == {"2019"}
    assert all(f["source"] in document["sources"] for f in head["figures"])


def test_unknown_heads_and_states_are_one_line_errors(
    catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", "--state", "Keral"]) == 2
    assert "did you mean Kerala?" in capsys.readouterr().err
    assert main(["stats", "--head", "ncrb-cyber-pornography"]) == 2
    assert "did you mean ncrb-cyber-pornography-children" in capsys.readouterr().err
    with pytest.raises(UnknownAreaError):
        resolve_area("Atlantis")
    assert resolve_area("  tamil   NADU ") == "Tamil Nadu"
    with pytest.raises(UnknownHeadError, match="did you mean ncrb-cyber-pornography-children"):
        resolve_head(catalog.statistics, "ncrb-cyber-pornography")
