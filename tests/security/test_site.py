"""Stored script injection on the documentation site.

Threat model: the site is built from the data folder, which contributors edit and reviewers read
as data, not as HTML; a reader of the site runs whatever HTML reaches a page. Guarantee: no value
from the data reaches a page as markup. Words are backslash-escaped (``escape_markdown``), values
shown as written go in code spans whose fence no value can close (``code``), line breaks inside a
value cannot start a heading or list, and ids and Akoma Ntoso URIs must match their grammar when
the data is loaded, before an id names a file or a page.
"""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.catalog import Catalog
from lawref.errors import DataError
from lawref.views.handout.markdown import escape_markdown
from lawref.views.site import Writer
from lawref.views.site_markup import code

HOSTILE = [
    "`<img src=x onerror=alert(1)>`",
    "``<script>alert(1)</script>",
    "x\r# heading\r<b>bold</b>",
    "{raw}`html` <a href=javascript:alert(1)>x</a>",
    "]]><svg onload=alert(1)>",
]


def _render(markdown: str) -> str:
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    config = MdParserConfig(enable_extensions={"colon_fence", "deflist"})
    return str(create_md_parser(config, RendererHTML).render(markdown))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)


def _tags(html: str) -> set[str]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


@settings(max_examples=400, deadline=None)
@given(value=st.one_of(st.text(), st.sampled_from(HOSTILE)))
def test_escaped_words_make_no_markup(value: str) -> None:
    assert _tags(_render("- note: " + escape_markdown(value))) <= {"ul", "li", "p"}


@settings(max_examples=400, deadline=None)
@given(value=st.one_of(st.text(), st.sampled_from(HOSTILE)))
def test_a_code_span_holds_any_value(value: str) -> None:
    tags = _tags(_render("Akoma Ntoso " + code(value) + " after"))
    assert tags <= {"p", "code"}


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_akn_and_article_id_reach_the_pages_as_text(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    act = catalog.act("it-act-2000").model_copy(update={"akn": value, "repealed_by": value})
    monkeypatch.setattr(catalog, "act", lambda _: act)
    article = catalog.articles[0]
    monkeypatch.setattr(catalog, "article", lambda _: article)
    writer = Writer(catalog, tmp_path)
    writer.act("it-act-2000")
    writer.article(value)
    pages = sorted(tmp_path.rglob("*.md"))
    assert len(pages) == 2
    for page in pages:
        html = _render(page.read_text(encoding="utf-8"))
        assert not _tags(html) & {"img", "script", "svg", "b"}, page
        assert 'href="javascript' not in html


def _copy(tmp_path: Path) -> Path:
    from tests.paths import ROOT

    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def test_an_akn_uri_outside_its_grammar_is_refused_by_validate(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "statutes" / "it-act-2000.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('akn = "/akn/in/act/2000/21"', 'akn = "/akn/in/act/2000/21`<img src=x>"'),
        encoding="utf-8",
    )
    with pytest.raises(DataError, match="Akoma Ntoso"):
        Catalog.load(data, cache=False)


@pytest.mark.parametrize("bad", ["<img src=x onerror=alert(1)>", "../../outside", "Upper"])
def test_an_article_id_outside_its_grammar_is_refused_before_it_names_a_file(
    tmp_path: Path, bad: str
) -> None:
    data = _copy(tmp_path)
    (tmp_path / "outside.txt").write_text("not data", encoding="utf-8")
    path = data / "articles" / "articles.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("000_baa684b4d4963442", bad, 1), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        Catalog.load(data, cache=False)
    assert any("lower-case letters" in p.reason for p in raised.value.problems)


def test_a_provision_key_with_a_line_break_is_refused(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "statutes" / "it-act-2000.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('[provisions."66"]', '[provisions."66\\n"]', 1), encoding="utf-8")
    with pytest.raises(DataError, match="66"):
        Catalog.load(data, cache=False)


@settings(max_examples=300, deadline=None)
@given(value=st.text(alphabet=":ab \n\r-1.", max_size=60))
def test_escaped_words_can_open_no_colon_fence_or_list(value: str) -> None:
    escaped = escape_markdown(value)
    assert "::" not in escaped
    assert "\r" not in escaped
    assert "\n" not in escaped


def test_an_ordered_list_marker_is_escaped_before_its_dot() -> None:
    assert escape_markdown("1. x") == "1\\. x"
    assert escape_markdown("- y") == "\\- y"


def test_line_breaks_in_an_article_text_cannot_end_its_html_block(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = catalog.articles[0]
    hostile = article.text + (
        "\r\r```{raw} html\r:file: /etc/hostname\r```\r\r<script>alert(1)</script>\r\u2028x"
    )
    monkeypatch.setattr(catalog, "article", lambda _: article.model_copy(update={"text": hostile}))
    Writer(catalog, tmp_path).article(article.id)
    page = (tmp_path / "articles" / f"{article.id}.md").read_text(encoding="utf-8")
    assert "\r" not in page
    assert "\u2028" not in page
    body = [line for line in page.splitlines() if 'class="article-text"' in line]
    assert len(body) == 1
    assert "&lt;script&gt;" in body[0]
    assert not any(line.startswith("```") for line in page.splitlines())
