"""The site's lookup and penalties pages (issue #15): the answers embedded at build time.

The browser only picks the span of time holding the reader's date, so the spans must be right:
they hold the library's own answer on every day inside them, they are sorted, contiguous and
never overlap, and the data reaches the page as inert JSON whatever it holds. The browser itself
is exercised by ``tests/browser/check_site.py``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.catalog import Catalog
from lawref.conduct.lexicon import words
from lawref.statutes.phrases import punishment_lines
from lawref.views.site import Writer
from lawref.views.site_lookup import (
    answer,
    boundaries,
    embed,
    embedded,
    lexicon_map,
    lookup_data,
    penalties_data,
)
from lawref.views.site_markup import slug
from lawref.views.text import lookup_text

D = dt.date
DAY = dt.timedelta(days=1)
Json = dict[str, Any]


@pytest.fixture(scope="module")
def data(catalog: Catalog) -> Json:
    return lookup_data(catalog)


@pytest.fixture(scope="module")
def penalties(catalog: Catalog) -> Json:
    return penalties_data(catalog)


def span_on(spans: list[Json], day: dt.date) -> Json:
    """The span holding *day*, found as the page's script finds it."""
    iso = day.isoformat()
    found = [s for s in spans if s["from"] <= iso and (s["to"] is None or iso < s["to"])]
    assert len(found) == 1, (iso, [(s["from"], s["to"]) for s in spans])
    return found[0]


def shown(data: Json, conduct: str, day: dt.date) -> list[str]:
    spans = next(c for c in data["conducts"] if c["id"] == conduct)["spans"]
    return [entry["id"] for entry in span_on(spans, day)["answer"]["provisions"]]


def test_circulating_in_2018_reaches_ipc_292_and_it_act_67b(data: Json) -> None:
    ids = shown(data, "sharing", D(2018, 6, 1))
    assert "ipc-1860/s292" in ids
    assert {"it-act-2000/s67B(a)", "it-act-2000/s67B(b)"} <= set(ids)
    assert not any(i.startswith("bns-2023/") for i in ids)


def test_circulating_in_2025_reaches_bns_294_and_not_the_ipc(data: Json) -> None:
    ids = shown(data, "sharing", D(2025, 1, 1))
    assert "bns-2023/s294(2)(a)" in ids
    assert not any(i.startswith("ipc-1860/") for i in ids)


def test_provisions_are_shown_by_their_citation_and_link_to_their_page(
    catalog: Catalog, data: Json, tmp_path: Path
) -> None:
    Writer(catalog, tmp_path).all()
    spans = next(c for c in data["conducts"] if c["id"] == "sharing")["spans"]
    entry = next(
        e
        for e in span_on(spans, D(2018, 6, 1))["answer"]["provisions"]
        if e["id"] == "ipc-1860/s292"
    )
    assert entry["label"] == "IPC s.292"
    assert entry["citation"].startswith("IPC 1860 s.292")
    for conduct in data["conducts"]:
        assert (tmp_path / conduct["href"]).with_suffix(".md").exists()
        for span in conduct["spans"]:
            for entry in span["answer"]["provisions"]:
                assert re.fullmatch(r"provisions/[A-Za-z0-9_-]+\.html", entry["href"])
                assert (tmp_path / entry["href"]).with_suffix(".md").exists(), entry["href"]


def test_spans_are_sorted_contiguous_and_never_overlap(
    catalog: Catalog, data: Json, penalties: Json
) -> None:
    earliest = min(act.in_force_from for act in catalog.acts).isoformat()
    assert data["earliest"] == penalties["earliest"] == earliest
    every = [c["spans"] for c in data["conducts"]] + [penalties["spans"]]
    for spans in every:
        assert spans[0]["from"] == earliest
        assert spans[-1]["to"] is None
        for span, following in itertools.pairwise(spans):
            assert span["from"] < span["to"] == following["from"]
            assert span["answer"] != following["answer"]  # equal neighbours are one span


def _inside(span: Json, today: dt.date) -> list[dt.date]:
    start = D.fromisoformat(span["from"])
    end = D.fromisoformat(span["to"]) if span["to"] else today + DAY
    return sorted({start, start + (end - start) // 2, end - DAY})


def test_every_day_inside_a_span_has_the_span_s_answer(catalog: Catalog, data: Json) -> None:
    """The boundaries miss no change: the library's answer on the first, middle and last day of
    every span is the span's answer (the last span up to today)."""
    today = catalog.check_date(None)
    for conduct in data["conducts"]:
        for span in conduct["spans"]:
            for day in _inside(span, today):
                result = catalog.lookup(conduct["id"], day, proceeding_date=day)
                assert answer(catalog, result) == span["answer"], (conduct["id"], day)


def test_every_day_inside_a_penalty_span_has_the_span_s_rows(
    catalog: Catalog, penalties: Json
) -> None:
    from lawref.views.site_lookup import _penalty_rows

    today = catalog.check_date(None)
    for span in penalties["spans"]:
        for day in _inside(span, today):
            assert {"rows": _penalty_rows(catalog, day)} == span["answer"], day


def test_penalties_on_a_date_follow_the_law_then(penalties: Json) -> None:
    def ids(day: dt.date) -> set[str]:
        return {row["id"] for row in span_on(penalties["spans"], day)["answer"]["rows"]}

    assert "ipc-1860/s292" in ids(D(2018, 6, 1))
    assert not any(i.startswith("bns-2023/") for i in ids(D(2018, 6, 1)))
    assert any(i.startswith("bns-2023/s294") for i in ids(D(2025, 1, 1)))
    assert not any(i.startswith("ipc-1860/") for i in ids(D(2025, 1, 1)))


def test_a_provision_whose_text_is_not_recorded_says_so_for_the_reader_s_day(
    catalog: Catalog, penalties: Json
) -> None:
    """The library's sentence names the day asked about; the page joins its parts with the
    reader's day, and gets the library's sentence for that day."""
    rows = span_on(penalties["spans"], D(1960, 1, 1))["answer"]["rows"]
    row = next(r for r in rows if r["id"] == "ipc-1860/s292")
    day = D(1961, 5, 5)
    assert day.isoformat().join(row["punishment"]) == catalog.at("ipc-1860/s292", day).message


def test_the_answer_is_worded_as_the_command_line_words_it(catalog: Catalog, data: Json) -> None:
    def flat(text: str) -> str:
        return " ".join(text.split())

    for day in (D(2018, 6, 1), D(2025, 1, 1)):
        text = flat(lookup_text(catalog, catalog.lookup("sharing", day, proceeding_date=day)))
        spans = next(c for c in data["conducts"] if c["id"] == "sharing")["spans"]
        for entry in span_on(spans, day)["answer"]["provisions"]:
            for label, words_ in entry["punishment"] + entry["classification"]:
                assert flat(words_) in text, (entry["id"], label)
            assert flat(entry["condition"]) in text


def test_every_lexicon_term_is_in_the_page_s_map(catalog: Catalog) -> None:
    mapped = lexicon_map(catalog)
    phrases = {(p[0], p[1], p[2]) for p in mapped["phrases"]}
    for conduct in catalog.conducts:
        for term in conduct.terms:
            if words(term):
                assert (" ".join(words(term)), term, conduct.id) in phrases, term
        assert mapped["names"][" ".join(words(conduct.label))] == conduct.id
        assert mapped["names"][" ".join(words(conduct.id.replace("_", " ")))] == conduct.id
    sizes = [len(p[0].split()) for p in mapped["phrases"]]
    assert sizes == sorted(sizes, reverse=True)  # the longest phrase is tried first


def test_the_page_names_no_day_after_today(catalog: Catalog) -> None:
    days = boundaries(catalog)
    assert list(days) == sorted(set(days))
    assert days[-1] <= catalog.check_date(None)
    assert D(2024, 7, 1) in days  # the BNS, the BNSS and the BSA came into force


def test_the_pages_are_byte_identical_from_build_to_build(catalog: Catalog, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        writer = Writer(catalog, folder)
        writer.lookup()
        writer.penalties()
    for name in ("lookup.md", "penalties.md"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        if self.tags and self.tags[-1] == "script":
            self.texts.append(data)


def _render(markdown: str) -> str:
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    config = MdParserConfig(enable_extensions={"colon_fence", "deflist"})
    return str(create_md_parser(config, RendererHTML).render(markdown))


HOSTILE = [
    "</script><script>alert(1)</script>",
    "</SCRIPT ><img src=x onerror=alert(1)>",
    "<!--<script>",
    "]]>&amp;\u2028\u2029\r\n# heading",
    "{raw}`html` ``` :::",
]


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(st.text(), st.sampled_from(HOSTILE)))
def test_no_value_can_leave_the_json_element(value: str) -> None:
    data = {"label": value, "list": [value, [value]], "none": None, "map": {"k": value}}
    line = embed("lawref-test-data", data)
    assert len(line.splitlines()) == 1  # no line break of any kind (U+2028 included)
    assert line.isascii()
    inner = line[line.index(">") + 1 : -len("</script>")]
    assert not set(inner) & {"<", ">", "&"}
    assert embedded(line) == data
    html = _render("Before\n\n" + line + "\n\nAfter\n")
    parser = _Scripts()
    parser.feed(html)
    assert parser.tags.count("script") == 1
    assert "img" not in parser.tags


def test_hostile_words_in_the_lexicon_reach_the_lookup_page_as_text(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conducts = catalog.conducts
    hostile = conducts[0].model_copy(update={"label": HOSTILE[1], "terms": tuple(HOSTILE)})
    monkeypatch.setattr(type(catalog), "conducts", property(lambda _: (hostile, *conducts[1:])))
    Writer(catalog, tmp_path).lookup()
    page = (tmp_path / "lookup.md").read_text(encoding="utf-8")
    parser = _Scripts()
    parser.feed(_render(page))
    assert parser.tags.count("script") == 1
    assert "img" not in parser.tags
    assert (
        HOSTILE[1]
        in embedded(next(ln for ln in page.splitlines() if "<script" in ln))["conducts"][0]["label"]
    )


def test_every_punishment_shown_is_the_one_wording(catalog: Catalog, data: Json) -> None:
    for conduct in data["conducts"]:
        for span in conduct["spans"]:
            day = D.fromisoformat(span["from"])
            result = catalog.lookup(conduct["id"], day, proceeding_date=day)
            for entry, shown_ in zip(result.provisions, span["answer"]["provisions"], strict=True):
                lines = punishment_lines(
                    entry.penalty, entry.derived_rule, subdivided=entry.subdivided
                )
                assert [list(line) for line in lines] == shown_["punishment"]
                assert shown_["anchor"] == slug(entry.id)
