"""What a trainer reads in a handout: a summary on page one, what changed and when, cases as
prose with Indian figures, derived punishments computed, provisions by citation, and at most three
pages per conduct after the summary."""

from __future__ import annotations

import datetime as dt
import io
import re
import typing

import pytest
from pypdf import PdfReader

from lawref.cases.models import FactKind
from lawref.catalog import Catalog
from lawref.cli import main
from lawref.statutes.phrases import cite_ids, format_count
from lawref.views.handout.build import Heading, PageBreak, Table, build
from lawref.views.handout.formats import make
from lawref.views.reports import FACT_WORDS

D = dt.date


def _md(catalog: Catalog, conducts: list[str], day: dt.date, **kwargs: typing.Any) -> str:
    text = make(catalog, conducts, day, format="md", **kwargs)
    assert isinstance(text, str)
    return re.sub(r"\s+", " ", text.replace("\\", ""))


def test_page_one_is_the_summary_of_every_conduct(catalog: Catalog) -> None:
    document = build(catalog, ["storing", "sharing"], D(2021, 1, 1))
    first_break = next(i for i, b in enumerate(document.blocks) if isinstance(b, PageBreak))
    summary = document.blocks[:first_break]
    assert summary[0] == Heading(1, "Summary")
    tables = [b for b in summary if isinstance(b, Table)]
    assert len(tables) == 2
    assert tables[0].header == (
        "Section",
        "When it applies",
        "First or every conviction",
        "Second or subsequent",
        "Classification",
    )
    cited = [row[0][0][1] for row in tables[0].rows]
    assert cited == [
        "POCSO Act s.15(1)",
        "POCSO Act s.15(2)",
        "POCSO Act s.15(3)",
        "IT Act s.67B(b)",
        "IPC s.292",
    ]
    s67b = next(row for row in tables[0].rows if row[0][0][1] == "IT Act s.67B(b)")
    assert "up to 5 years and fine up to ₹10 lakh" in s67b[2][0][1]
    assert "up to 7 years and fine up to ₹10 lakh" in s67b[3][0][1]
    assert s67b[4][0][1].startswith("cognizable, non-bailable, triable by Magistrate")


def test_what_changed_on_a_2021_handout_covers_2009_2019_and_2024(catalog: Catalog) -> None:
    text = _md(catalog, ["storing"], D(2021, 1, 1))
    assert "27 October 2009 (The Information Technology (Amendment) Act, 2008)" in text
    assert (
        "16 August 2019 (The Protection of Children from Sexual Offences (Amendment) Act, 2019): "
        "before, POCSO Act s.15; from then, POCSO Act s.15(1), POCSO Act s.15(2), "
        "POCSO Act s.15(3)."
    ) in text
    assert (
        "1 July 2024 (The Bharatiya Nyaya Sanhita, 2023): before, IPC s.292; from then, "
        "BNS s.294(2)(a). *After the date of the conduct.*"
    ) in text


def test_a_2026_handout_says_the_ipc_gave_way_to_the_bns(catalog: Catalog) -> None:
    text = _md(catalog, ["sharing"], D(2026, 1, 1))
    assert "1 July 2024 (The Bharatiya Nyaya Sanhita, 2023): before, IPC s.292, IPC s.293" in text
    assert "After the date of the conduct" not in text
    assert "| **BNS s.294(2)(a)** |" in text


def test_cases_read_as_prose_with_indian_figures_and_disagreements(catalog: Catalog) -> None:
    text = _md(catalog, ["storing", "sharing"], D(2021, 1, 1), detail="full")
    assert "1 lakh subscribers" in text
    assert "465 or 596 places raided: the reports disagree" in text
    assert "428 arrested in all (in a year or in the last two years): the reports disagree" in text
    assert "the report's maximum fine: ₹10 lakh" in text
    assert "Reported in: a news report of 28 December 2020" in text
    assert not re.search(r"\b(?:reported_max|cumulative_|_inr|Report \d{3}_)", text)
    assert "100000" not in text


def test_every_kind_of_fact_has_words() -> None:
    assert set(FACT_WORDS) == set(typing.get_args(FactKind))
    assert all(words.count("{}") == 1 for words in FACT_WORDS.values())


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "0"),
        (999, "999"),
        (4280, "4,280"),
        (100000, "1 lakh"),
        (126000, "1.26 lakh"),
        (123456, "1,23,456"),
        (500000, "5 lakh"),
        (25000000, "2.5 crore"),
        (123456789, "12,34,56,789"),
    ],
)
def test_counts_are_written_the_indian_way(number: int, words: str) -> None:
    assert format_count(number) == words


def test_derived_punishments_are_computed_never_a_command(catalog: Catalog) -> None:
    text = _md(catalog, ["administering"], D(2021, 1, 1))
    assert "Punishments that depend on the offence" in text
    # IT Act s.84B (abetment) for the IT Act s.67B(a) offence in the same handout
    assert re.search(
        r"\| \*\*IT Act s\.84B\*\* \| IT Act s\.67B\(a\) \| imprisonment of either description up "
        r"to 5 years and fine up to ₹10 lakh \| imprisonment of either description up to 7 years",
        text,
    )
    everything = _md(catalog, [], D(2021, 1, 1), everything=True)
    assert "lawref derive" not in everything
    assert "`" not in everything


def test_provisions_are_cited_never_by_id(catalog: Catalog) -> None:
    text = _md(catalog, [], D(2021, 1, 1), everything=True)
    assert not re.search(r"\b[a-z][a-z0-9-]*-\d{4}/[sr]\d", text)
    assert cite_ids("pocso-2012/s15(1) and it-act-2000/s67B(b)", catalog.label_any) == (
        "POCSO Act s.15(1) and IT Act s.67B(b)"
    )


def test_full_detail_prints_whole_texts_and_every_case(catalog: Catalog) -> None:
    standard = _md(catalog, ["storing"], D(2021, 1, 1))
    full = _md(catalog, ["storing"], D(2021, 1, 1), detail="full")
    tail = "also with fine which may extend to five thousand rupees."
    assert tail not in standard
    assert tail in full
    assert len(full) > len(standard)
    sharing = [c for c in catalog.cases(conduct="sharing") if c.date <= D(2021, 1, 1)]
    later = [c for c in catalog.cases(conduct="sharing") if c.date > D(2021, 1, 1)]
    sharing_full = _md(catalog, ["sharing"], D(2021, 1, 1), detail="full")
    assert all(case.title.replace("\\", "") in sharing_full for case in sharing)
    # a handout on the law of 2021 does not tell cases that came later
    assert not any(f"**{case.title}.**" in sharing_full for case in later)
    sharing_standard = _md(catalog, ["sharing"], D(2021, 1, 1))
    assert (
        f"{len(sharing) - 2} more cases of this conduct in lawref's casebook." in sharing_standard
    )


def test_an_unknown_detail_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["handout", "storing", "--detail", "brief"]) == 2
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize("day", [D(2021, 1, 1), D(2026, 1, 1)])
def test_at_most_three_pages_per_conduct_after_the_summary(catalog: Catalog, day: dt.date) -> None:
    for conduct in catalog.conducts:
        pdf = make(catalog, [conduct.id], day, format="pdf")
        assert isinstance(pdf, bytes)
        pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
        start = conduct.description.split(",")[0][:40]
        body = next(i for i, page in enumerate(pages) if i > 0 and start in " ".join(page.split()))
        assert len(pages) - body <= 3, (conduct.id, body, len(pages))


def test_a_state_handout_tells_that_states_cases_and_numbers(catalog: Catalog) -> None:
    text = _md(catalog, ["sharing"], D(2026, 1, 1), state="maharashtra")
    section = text.split("Where it has happened")[1].split("## ")[0]
    told = re.findall(r"\*\*([^*]+)\.\*\* ", section)
    local = {c.title for c in catalog.cases(conduct="sharing", state="Maharashtra")}
    assert told
    assert set(told) <= local
    assert "## Maharashtra in numbers" in text
    assert "a statistical head is not a section of any Act" in text
    none = _md(catalog, ["live_streaming"], D(2026, 1, 1), state="Goa")
    assert "Goa in numbers" not in none


def test_a_full_handout_sets_the_law_against_icmecs_criteria(catalog: Catalog) -> None:
    text = _md(catalog, ["storing"], D(2020, 1, 1), detail="full")
    assert "## India against ICMEC's criteria" in text
    assert "not a rating by the benchmark's publisher" in text
    criterion = text.split("provides a definition of CSAM;”")[1]
    assert criterion.lstrip(" *").startswith("lawref's reading: met, since 16 August 2019")
    assert "India against ICMEC" not in _md(catalog, ["storing"], D(2020, 1, 1))


def test_a_handout_says_what_happens_after_a_report(catalog: Catalog) -> None:
    text = _md(catalog, ["storing"], D(2026, 1, 1), detail="full")
    section = text.split("## What happens after a report")[1].split("## ")[0]
    assert "within 24 hours take all reasonable measures" in section
    assert "within two hours" not in section  # from 20 February 2026
    assert "(from 20 September 2018)" in section
    standard = _md(catalog, ["storing"], D(2026, 1, 1))
    assert "## How to report, and what then" in standard
