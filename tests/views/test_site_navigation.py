"""Issue #15: the site's navigation holds the sections, not every page that grows with the data,
and every page stays reachable: from the navigation, or by a link on its section's page."""

from __future__ import annotations

import re
from pathlib import Path

from lawref.catalog import Catalog
from lawref.views.site import Writer
from lawref.views.site_markup import slug


def _toctree_entries(page: str) -> list[str]:
    entries = []
    for block in re.findall(r"```\{toctree\}\n(.*?)```", page, flags=re.S):
        entries += [line for line in block.splitlines() if line and not line.startswith(":")]
    return entries


def test_growing_sections_are_linked_not_in_the_navigation(
    catalog: Catalog, tmp_path: Path
) -> None:
    Writer(catalog, tmp_path).all()
    navigation = _toctree_entries((tmp_path / "index.md").read_text(encoding="utf-8"))
    assert {"provisions/index", "cases/index", "articles/index", "acts/index"} <= set(navigation)
    sections = {
        "provisions": [slug(p.id) for p in catalog.provisions],
        "cases": [slug(c.id) for c in catalog.cases()],
        "articles": [slug(a.id) for a in catalog.articles],
    }
    every = (tmp_path / "all.md").read_text(encoding="utf-8")
    assert every.startswith("---\norphan: true\n---\n")
    assert "](all.md)" in (tmp_path / "index.md").read_text(encoding="utf-8")
    for section, names in sections.items():
        index = (tmp_path / section / "index.md").read_text(encoding="utf-8")
        assert not _toctree_entries(index), section
        for name in names:
            assert f"]({name}.md)" in index, (section, name)
            assert (tmp_path / section / f"{name}.md").exists()
        assert [e for e in _toctree_entries(every) if e.startswith(section + "/")] == [
            f"{section}/{name}" for name in names
        ]
    for section in ("acts", "conduct"):
        index = (tmp_path / section / "index.md").read_text(encoding="utf-8")
        assert len(_toctree_entries(index)) == len(list((tmp_path / section).glob("*.md"))) - 1
