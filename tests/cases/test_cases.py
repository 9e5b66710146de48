"""Articles and example cases: every citation placed exactly, conflicts found, filters honest."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.cases.models import Case, Citation, case_citations
from lawref.catalog import Catalog
from lawref.errors import DataError, UnknownCaseError
from tests.paths import SEEDS


def _all_citations(catalog: Catalog) -> list[Citation]:
    return [c for case in catalog.cases() for c in case_citations(case)]


def test_the_five_seed_articles_are_held_whole_and_unchanged(catalog: Catalog) -> None:
    whole = [a for a in catalog.articles if a.kind == "report"]
    assert [a.id[:3] for a in whole] == ["000", "001", "002", "003", "004"]
    for article in catalog.articles:
        assert hashlib.sha256(article.text.encode("utf-8")).hexdigest() == article.sha256
        seed = SEEDS / f"{article.id}.txt"
        if article.kind == "report":
            assert seed.read_text(encoding="utf-8") == article.text


def test_only_the_text_establishes_a_seed_reports_publisher(catalog: Catalog) -> None:
    publishers = {a.id: a.publisher for a in catalog.articles if a.publisher and a.kind == "report"}
    assert publishers == {"001_5dc5f035577e733f": "Onmanorama"}


def test_reports_read_since_keep_only_the_passages_their_cases_quote(catalog: Catalog) -> None:
    passages = [a for a in catalog.articles if a.kind == "passages"]
    assert len(passages) >= 40
    quoted: dict[str, list[str]] = {}
    for case in catalog.cases():
        for citation in case_citations(case):
            quoted.setdefault(citation.article, []).append(citation.quote)
    for article in passages:
        assert article.url
        assert article.url.startswith("http")
        assert article.read_sha256
        assert len(article.read_sha256) == 64
        assert article.publisher
        # every stretch of text kept is covered by the quotes that cite it: nothing else is kept
        covered = [False] * len(article.text)
        for quote in quoted[article.id]:
            start = article.text.find(quote)
            while start != -1:
                covered[start : start + len(quote)] = [True] * len(quote)
                start = article.text.find(quote, start + 1)
        kept = [ch for ch, hit in zip(article.text, covered, strict=True) if not hit and ch.strip()]
        assert "".join(kept).replace("[…]", "") == "", article.id


def test_cases_span_india(catalog: Catalog) -> None:
    cases = catalog.cases()
    states = {case.state for case in cases} - {"India"}
    assert len(states) >= 8
    national = [case for case in cases if case.state == "India"]
    assert len(national) >= 3
    assert {c.id for c in catalog.cases(state="maharashtra")} >= {
        "maharashtra-operation-blackface-2019-2021",
        "cbi-operation-carbon-2021",  # a national operation whose places name Maharashtra
    }
    years = {case.date.year for case in cases}
    assert min(years) <= 2018
    assert max(years) >= 2025


def test_the_article_a_year_off_records_both_dates(catalog: Catalog) -> None:
    article = catalog.article("002_95b4b98758b0ca5c")
    assert {d.value for d in article.dates} == {dt.date(2021, 12, 28), dt.date(2020, 12, 28)}
    assert article.date_used == dt.date(2020, 12, 28)
    assert article.date_note is not None
    assert "a year off" in article.date_note


def test_every_quote_is_exactly_where_the_citation_says(catalog: Catalog) -> None:
    cited = _all_citations(catalog)
    assert len(cited) > 100
    for citation in cited:
        text = catalog.article(citation.article).text
        assert text[citation.start : citation.end] == citation.quote
        assert citation.quote in citation.context
        found = text.count(citation.quote)
        assert found == 1 or citation.occurrence is not None, citation.quote


def test_every_case_cites_every_part(catalog: Catalog) -> None:
    for case in catalog.cases():
        assert case.date_citation.quote
        assert case.conduct or case.id == "websites-shut-down-ncrb"
        for citation in case_citations(case):
            assert citation.end > citation.start


def test_cases_round_trip_through_json(catalog: Catalog) -> None:
    for case in catalog.cases():
        assert Case.model_validate_json(case.model_dump_json()) == case


def test_the_issue_s_cases_are_all_there(catalog: Catalog) -> None:
    ids = {c.id for c in catalog.cases()}
    assert ids >= {
        "p-hunt-2019-04",
        "p-hunt-2019-06",
        "p-hunt-2019-10",
        "p-hunt-2020-12",
        "whatsapp-group-unicef-interpol",
        "darknet-group-kerala-members",
        "telegram-channel-malappuram",
        "whatsapp-ban-126-member-group",
    }


def _conflict(catalog: Catalog, case: str, kind: str) -> set[tuple[str, str | None]]:
    for conflict in catalog.conflicts():
        if conflict.case == case and conflict.kind == kind:
            return {(str(f.value), f.period) for f in conflict.values}
    return set()


def test_465_versus_596_locations(catalog: Catalog) -> None:
    assert _conflict(catalog, "p-hunt-2020-12", "locations_raided") == {
        ("465", None),
        ("596", None),
    }


def test_in_a_year_versus_in_the_last_two_years(catalog: Catalog) -> None:
    assert _conflict(catalog, "p-hunt-2020-12", "cumulative_arrests") == {
        ("428", "in a year"),
        ("428", "in the last two years"),
    }


def test_fourteen_in_june(catalog: Catalog) -> None:
    assert _conflict(catalog, "p-hunt-2019-04", "operation_date") == {
        ("2019-04-21", None),
        ("2019-06", None),
    }


def test_agreeing_reports_are_not_a_conflict(catalog: Catalog) -> None:
    assert not _conflict(catalog, "p-hunt-2020-12", "arrests")
    assert not _conflict(catalog, "p-hunt-2019-10", "arrests")


def test_reported_penalties_are_checked_against_the_law(catalog: Catalog) -> None:
    flags = catalog.case_flags("p-hunt-2019-10")
    assert flags
    assert all("second or subsequent conviction carries up to 7 years" in f.reason for f in flags)
    assert not [f for f in flags if "reaches" in f.reason and "none" in f.reason]


def test_a_named_provision_the_conduct_does_not_reach_is_flagged(
    data_copy: Path, tmp_path: Path
) -> None:
    path = data_copy / "cases.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        '{ provision = "it-act-2000/s67B", quote', '{ provision = "it-act-2000/s66E", quote', 1
    )
    path.write_text(text, encoding="utf-8")
    catalog = Catalog.load(data_copy, cache=False)
    reasons = [f.reason for f in catalog.case_flags("p-hunt-2019-10")]
    assert any("reaches it-act-2000/s66E" in r for r in reasons)


def test_a_missing_quote_is_a_load_error(data_copy: Path) -> None:
    path = data_copy / "cases.toml"
    text = path.read_text(encoding="utf-8").replace(
        "596 locations were raided", "597 locations were raided"
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        Catalog.load(data_copy, cache=False)
    assert any(
        p.file.endswith("cases.toml")
        and p.key_path.startswith("cases.p-hunt-2020-12.facts[")
        and "not in article" in p.reason
        for p in caught.value.problems
    )


def test_an_edited_article_is_a_load_error(data_copy: Path) -> None:
    article = data_copy / "articles" / "003_4a31effd098cd2f7.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("465", "466"), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        Catalog.load(data_copy, cache=False)
    assert any(p.key_path.endswith(".sha256") for p in caught.value.problems)


def test_an_ambiguous_quote_needs_its_occurrence(data_copy: Path) -> None:
    path = data_copy / "cases.toml"
    text = path.read_text(encoding="utf-8").replace(
        'quote = "Flash raid across Kerala nets 11 online child predators", occurrence = 1',
        'quote = "Flash raid across Kerala nets 11 online child predators"',
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match="occurs 2 times"):
        Catalog.load(data_copy, cache=False)


def test_unknown_case_suggests(catalog: Catalog) -> None:
    with pytest.raises(UnknownCaseError, match="p-hunt-2020-12"):
        catalog.case("p-hunt-2020")


def test_lookup_includes_example_cases(catalog: Catalog) -> None:
    cases = catalog.lookup("formatted the phone", dt.date(2021, 1, 1)).cases
    assert cases[0] == "p-hunt-2020-12"
    assert set(cases) == {c.id for c in catalog.cases(conduct="evidence_destruction")}


CONDUCTS = st.sampled_from(
    [None, "viewing", "sharing", "storing", "selling", "administering", "evidence_destruction"]
)
PLATFORMS = st.sampled_from(
    [None, "whatsapp", "telegram", "facebook", "darknet", "social_media", "websites"]
)
YEARS = st.sampled_from([None, 2017, 2019, 2020, 2021])
PROVISIONS = st.sampled_from([None, "it-act-2000/s67B", "67B(b) IT Act", "pocso-2012/s15"])


@settings(max_examples=200, deadline=None)
@given(conduct=CONDUCTS, platform=PLATFORMS, year=YEARS, provision=PROVISIONS)
def test_filters_return_a_consistent_subset(
    catalog: Catalog,
    conduct: str | None,
    platform: str | None,
    year: int | None,
    provision: str | None,
) -> None:
    everything = {c.id for c in catalog.cases()}
    chosen = catalog.cases(conduct=conduct, platform=platform, year=year, provision=provision)
    assert {c.id for c in chosen} <= everything
    assert list(chosen) == sorted(chosen, key=lambda c: (c.date, c.id))
    for case in chosen:
        if conduct:
            assert conduct in {c.conduct for c in case.conduct}
        if platform:
            assert platform in {p.value for p in case.platforms}
        if year:
            assert case.date.year == year
        if provision:
            wanted = catalog.resolve(provision)
            assert any(
                p.provision and (wanted.startswith(p.provision) or p.provision.startswith(wanted))
                for p in case.provisions
            )
    for case_id in everything - {c.id for c in chosen}:
        case = catalog.case(case_id)
        assert not (
            (not conduct or conduct in {c.conduct for c in case.conduct})
            and (not platform or platform in {p.value for p in case.platforms})
            and (not year or case.date.year == year)
            and not provision
        )


def test_a_misnamed_law_in_a_report_is_flagged(data_copy: Path) -> None:
    article = data_copy / "articles" / "003_4a31effd098cd2f7.txt"
    text = article.read_text(encoding="utf-8").replace(
        "POCSO (Protection of Children from Sexual Offences) Act",
        "Prevention of Children from Sexual Offences Act",
    )
    article.write_text(text, encoding="utf-8")
    import hashlib

    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    meta = data_copy / "articles" / "articles.toml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace(
            "ad983aa6fc39327cf0b697823b993b51743727892d7b10beaf10049c7159abbb", digest
        ),
        encoding="utf-8",
    )
    cases = data_copy / "cases.toml"
    cases.write_text(
        cases.read_text(encoding="utf-8").replace(
            "POCSO (Protection of Children from Sexual Offences) Act",
            "Prevention of Children from Sexual Offences Act",
        ),
        encoding="utf-8",
    )
    catalog = Catalog.load(data_copy, cache=False)
    reasons = [f.reason for f in catalog.case_flags("p-hunt-2020-12")]
    assert any("misnamed: the Act is The Protection of Children" in r for r in reasons)


def test_counts_for_another_day_or_place_are_not_a_disagreement(catalog: Catalog) -> None:
    kinds = {(c.case, c.kind) for c in catalog.conflicts()}
    tiplines = "ncrb-ncmec-cybertipline-nationwide-action-2019-2020"
    case = catalog.case(tiplines)
    firs = {(f.value, f.area) for f in case.facts if f.kind == "firs_registered"}
    assert firs == {(57, None), (7, "Maharashtra")}
    assert (tiplines, "firs_registered") not in kinds
    # Blackface's FIRs grew from 30 (February 2020) to 213 (July 2021): growth, not disagreement
    assert ("maharashtra-operation-blackface-2019-2021", "firs_registered") not in kinds
    # but two reports of one raid that give 465 and 596 places still disagree
    assert ("p-hunt-2020-12", "locations_raided") in kinds


def test_no_case_without_a_state_and_a_cited_date(catalog: Catalog) -> None:
    for case in catalog.cases():
        assert case.state
        assert case.date_citation.quote
        assert case.date_citation.end > case.date_citation.start
