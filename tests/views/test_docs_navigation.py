"""Issue #15: the site's navigation is built from page titles alone, drawn once per folder, and
marked for each page inside it (``docs/conf.py``, ``_quick_navigation``), which must change nothing
a reader sees: a small furo site built with and without it is the same HTML, byte for byte. So is
its search index, whose stems are remembered for the whole build (``_remembered_stems``)."""

from __future__ import annotations

import filecmp
from pathlib import Path

from tests.paths import DOCS

CONF = f"""
import importlib.util, sys
extensions = ["myst_parser"]
html_theme = "furo"
QUICK = {{quick}}
spec = importlib.util.spec_from_file_location("lawref_docs_conf", {str(DOCS / "conf.py")!r})
docs_conf = importlib.util.module_from_spec(spec)
sys.modules["lawref_docs_conf"] = docs_conf
spec.loader.exec_module(docs_conf)

def setup(app):
    if QUICK:
        docs_conf.setup(app)
"""

PAGES = {
    "index.md": "# Home\n\n## Part\n\n```{toctree}\n:caption: Part\n\nguide\nlist/index\n```\n",
    "guide.md": "# Guide\n\n## Install\n\n### Details\n\ntext\n\n## Use\n\ntext\n",
    "list/index.md": "# List\n\n## Intro\n\n```{toctree}\n:maxdepth: 1\n\none\ntwo\n```\n",
    "list/one.md": "# One\n\n## First heading\n\n## Second heading\n",
    "list/two.md": "# Two\n\n```{toctree}\n:hidden:\n\nthree\n```\n\n## Heading\n",
    "list/three.md": "# Three\n\n## Deep heading\n",
    # outside the navigation, as the generated reference pages are: an orphan page lists them
    "every.md": "---\norphan: true\n---\n# Every\n\n"
    "```{toctree}\nlist/four\nlist/five\nfar/six\n```\n",
    "list/four.md": "# Four\n\n## Heading\n\n[one](one.md)\n",
    "list/five.md": "# Five\n",
    "far/six.md": "# Six\n\n```{toctree}\nseven\n```\n",
    "far/seven.md": "# Seven\n",
}


def _site(root: Path, *, quick: bool) -> Path:
    from sphinx.cmd.build import build_main

    source = root / "src"
    for name, text in PAGES.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, encoding="utf-8")
    (source / "conf.py").write_text(CONF.format(quick=quick), encoding="utf-8")
    output = root / "html"
    assert build_main(["-q", "-W", "-n", "-b", "html", str(source), str(output)]) == 0
    return output


def test_the_quick_navigation_draws_the_same_pages(tmp_path: Path) -> None:
    import sys

    from furo.navigation import get_navigation_tree  # type: ignore[import-untyped]

    plain = _site(tmp_path / "plain", quick=False)
    get_navigation_tree.cache_clear()
    quick = _site(tmp_path / "quick", quick=True)
    cut = sys.modules["lawref_docs_conf"]._TITLE_TOCS["cut"]
    assert set(cut) == {name.removesuffix(".md") for name in PAGES}
    assert "Second heading" not in cut["list/one"].astext()
    pages = sorted(p.relative_to(plain) for p in plain.rglob("*.html"))
    assert len(pages) >= len(PAGES)
    navigation = (quick / "list" / "three.html").read_text(encoding="utf-8")
    assert "sidebar-tree" in navigation
    assert ">Three</a>" in navigation
    for page in [*pages, Path("searchindex.js")]:
        assert filecmp.cmp(plain / page, quick / page, shallow=False), page
    # the navigation was drawn once per folder (list/, far/ and the top), by Sphinx and by furo:
    # each page inside it was marked for the page, not drawn again
    drawn = sys.modules["lawref_docs_conf"]._NAVIGATION
    assert sorted(key[1] for key in drawn) == [(), ("far",), ("list",)]
    assert get_navigation_tree.cache_info().misses == 3
    assert 'class="toctree-l2 current current-page"><a class="current reference internal"' in (
        quick / "list" / "one.html"
    ).read_text(encoding="utf-8")
