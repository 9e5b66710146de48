"""The documentation's examples run: the developers' tour is a doctest, and the site's reference
pages are generated for every act, provision, conduct, case and article."""

from __future__ import annotations

import doctest
from pathlib import Path

from lawref.catalog import Catalog
from lawref.sphinxext import Writer, slug
from tests.paths import DOCS


def test_the_tour_runs() -> None:
    result = doctest.testfile(
        str(DOCS / "tour.md"),
        module_relative=False,
        optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS,
        verbose=False,
    )
    assert result.attempted >= 15
    assert result.failed == 0


def test_reference_pages_cover_the_data(catalog: Catalog, tmp_path: Path) -> None:
    writer = Writer(catalog, tmp_path)
    writer.all()
    for act in catalog.acts:
        assert (tmp_path / "acts" / f"{slug(act.id)}.md").exists()
    for provision in catalog.provisions:
        assert (tmp_path / "provisions" / f"{slug(provision.id)}.md").exists()
    for case in catalog.cases():
        page = (tmp_path / "cases" / f"{slug(case.id)}.md").read_text(encoding="utf-8")
        assert 'class="citation"' in page
    article = (tmp_path / "articles" / "002_95b4b98758b0ca5c.md").read_text(encoding="utf-8")
    assert '<mark id="cite-p-hunt-2020-12-' in article
    assert "596 locations were raided" in article
    stale = tmp_path / "cases" / "gone.md"
    stale.write_text("# gone\n", encoding="utf-8")
    Writer(catalog, tmp_path).all()
    assert not stale.exists()


def test_the_design_lives_in_the_repository() -> None:
    """Issue #12: code, tests, data notes and docs cite docs/design.md, never a file outside the
    repository."""
    root = DOCS.parent
    assert (DOCS / "design.md").exists()
    places = [*root.joinpath("src").rglob("*.py"), *root.joinpath("tests").rglob("*.py")]
    places += [*DOCS.glob("*.md"), root / "README.md", root / "data" / "README.md"]
    for path in places:
        assert "DESIGN" + ".md" not in path.read_text(encoding="utf-8"), path


def test_statute_text_keeps_its_lines_on_the_site(catalog: Catalog, tmp_path: Path) -> None:
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    Writer(catalog, tmp_path).provision("it-act-2000/s67B")
    page = (tmp_path / "provisions" / "it-act-2000-s67B.md").read_text(encoding="utf-8")
    html = str(create_md_parser(MdParserConfig(), RendererHTML).render(page))
    assert "or<br />\n(b) creates text" in html
    assert "\\\n" not in html
    assert not any(line.endswith("\\") and line.strip() == ">\\" for line in page.splitlines())
