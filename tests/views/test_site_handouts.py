"""The site's downloadable handouts: one per conduct and a booklet, PDF and DOCX, rebuilt only
when their content changed, stale files removed, the page's values escaped."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
from pypdf import PdfReader

from lawref.catalog import Catalog
from lawref.views.site_handouts import BOOKLET, handouts_page, write_handouts


def test_every_conduct_and_the_booklet_in_both_formats(catalog: Catalog, tmp_path: Path) -> None:
    folder = tmp_path / "handouts"
    (folder).mkdir()
    (folder / "gone.pdf").write_bytes(b"a conduct the data no longer has")
    listed = write_handouts(catalog, folder)
    names = [name for name, _ in listed]
    assert names == [*(c.id for c in catalog.conducts), BOOKLET]
    files = sorted(p.name for p in folder.iterdir())
    assert files == sorted([".keys.json", *(f"{n}.{f}" for n in names for f in ("pdf", "docx"))])
    storing = PdfReader(io.BytesIO((folder / "storing.pdf").read_bytes()))
    first = " ".join(storing.pages[0].extract_text().split())
    assert "Law as in force on" in first
    assert "POCSO Act s.15(2)" in first
    word = docx.Document(str(folder / "storing.docx"))
    headings = [
        p.text for p in word.paragraphs if p.style is not None and p.style.name == "Heading 1"
    ]
    assert headings[0] == "Summary"
    keys = json.loads((folder / ".keys.json").read_text(encoding="utf-8"))
    assert set(keys) == {f"{n}.{f}" for n in names for f in ("pdf", "docx")}

    # unchanged content: no file is rewritten; a damaged key forces a rebuild of that file only
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    keys["storing.pdf"] = "0" * 64
    (folder / ".keys.json").write_text(json.dumps(keys), encoding="utf-8")
    (folder / "storing.pdf").write_bytes(b"stale")
    write_handouts(catalog, folder)
    after = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    changed = {name for name in before if before[name] != after[name]} - {".keys.json"}
    assert changed == {"storing.pdf"}
    assert (folder / "storing.pdf").read_bytes().startswith(b"%PDF")


def test_the_page_links_each_file_and_escapes_labels(catalog: Catalog) -> None:
    lines = handouts_page(catalog, [("storing", "Storing *or* <b>possessing</b>")])
    row = lines[-1]
    assert row.startswith("| Storing \\*or\\* ")
    assert "<b>" not in row
    assert "{download}`PDF <handouts/storing.pdf>`" in row
    assert "{download}`Word (DOCX) <handouts/storing.docx>`" in row
