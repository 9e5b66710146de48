"""Trainers' handouts: the law of the date, sourced footnotes, deterministic, injection-proof."""

from __future__ import annotations

import datetime as dt
import html
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from lawref.cases.models import Article
from lawref.catalog import Catalog
from lawref.cli import main
from lawref.views.handout import typst as handout_render
from lawref.views.handout.build import Heading, build
from lawref.views.handout.common import HandoutError
from lawref.views.handout.formats import make

D = dt.date
BEFORE, AFTER = D(2019, 5, 1), D(2021, 1, 1)


def _text(catalog: Catalog, fmt: str, day: dt.date, **kwargs: object) -> str:
    result = make(catalog, ["storing"], day, format=fmt, **kwargs)  # type: ignore[arg-type]
    if isinstance(result, bytes):
        reader = PdfReader(io.BytesIO(result))
        return "\n".join(page.extract_text() for page in reader.pages)
    return html.unescape(result) if fmt == "html" else result.replace("\\", "")


@pytest.mark.parametrize("fmt", ["md", "html", "pdf"])
def test_storing_shows_the_law_of_each_date(catalog: Catalog, fmt: str) -> None:
    before = re.sub(r"\s+", " ", _text(catalog, fmt, BEFORE))
    after = re.sub(r"\s+", " ", _text(catalog, fmt, AFTER))
    assert "Law as in force on 1 May 2019" in before
    assert "Law as in force on 1 January 2021" in after
    # 2012 s.15 (commercial storage only) before the 2019 amendment; s.15(1)-(3) after it
    assert "stores, for commercial purposes" in before
    assert "POCSO Act s.15(1) — Storage or possession" not in before
    assert "fine of at least ₹5,000" in after
    assert "POCSO Act s.15(3) — Storage or possession for commercial purpose" in after
    assert "pocso-2012/" not in before + after  # provisions by citation, never by id
    assert "up to 5 years and fine up to ₹10 lakh" in before
    assert "up to 5 years and fine up to ₹10 lakh" in after


def test_every_footnote_quotes_its_article(catalog: Catalog) -> None:
    from lawref.views.reports import report_name

    page = make(catalog, ["sharing"], AFTER, format="html", detail="full")
    assert isinstance(page, str)
    notes = re.findall(r'<li id="note-\d+">(.*?) <a href', page)
    assert notes
    names: dict[str, list[Article]] = {}
    for article in catalog.articles:
        name = report_name(article)
        names.setdefault(name[0].upper() + name[1:], []).append(article)
    checked = 0
    for note in map(html.unescape, notes):
        match = re.search(r"^(.*?): “(.*)”$", note)
        if match is None or match[1] not in names:
            continue
        name, quote = match.groups()
        assert any(quote in article.text for article in names[name]), note
        checked += 1
    assert checked >= 10


@pytest.mark.parametrize("fmt", ["md", "html", "pdf"])
def test_the_same_handout_is_byte_identical(catalog: Catalog, fmt: str) -> None:
    first = make(catalog, ["storing", "sharing"], AFTER, format=fmt)
    second = make(catalog, ["storing", "sharing"], AFTER, format=fmt)
    assert first == second


HOSTILE = (
    '<script>alert(1)</script> #set page(fill: red) #eval("1") '
    '[link](http://evil.example) *bold* \\ "'
)


def test_a_hostile_title_stays_text_in_html(catalog: Catalog) -> None:
    page = make(catalog, ["storing"], AFTER, format="html", title=HOSTILE)
    assert isinstance(page, str)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_hostile_title_stays_text_in_markdown(catalog: Catalog) -> None:
    text = make(catalog, ["storing"], AFTER, format="md", title=HOSTILE)
    assert isinstance(text, str)
    title = text.splitlines()[0]
    assert "\\[link\\](http://evil.example)" in title
    assert "\\<script\\>" in title
    assert "\\*bold\\*" in title


def test_a_hostile_title_stays_text_in_typst_and_pdf(catalog: Catalog) -> None:
    source = make(catalog, ["storing"], AFTER, format="typ", title=HOSTILE)
    assert isinstance(source, str)
    literal = handout_render._typ(HOSTILE)
    assert literal in source
    outside_literals = re.sub(r'"(?:[^"\\]|\\.)*"', '""', source)
    assert "#set page(fill: red)" not in outside_literals
    assert "fill: red" not in outside_literals
    pdf = make(catalog, ["storing"], AFTER, format="pdf", title=HOSTILE)
    assert isinstance(pdf, bytes)
    first_page = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "#set page(fill: red)" in first_page
    assert '#eval("1")' in first_page


def test_engine_warnings_fail_the_pdf(catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(handout_render, "FONT", "No Such Font Family")
    with pytest.raises(HandoutError, match="unknown font family"):
        make(catalog, ["storing"], AFTER, format="pdf")


def test_the_booklet_has_every_conduct_and_a_contents_page(catalog: Catalog) -> None:
    document = build(catalog, [], AFTER, everything=True)
    assert document.contents
    labels = [b.text for b in document.blocks if isinstance(b, Heading) and b.level == 1]
    for conduct in catalog.conducts:
        assert conduct.label in labels
    pdf = make(catalog, [], AFTER, format="pdf", everything=True)
    assert isinstance(pdf, bytes)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 13
    assert "Contents" in reader.pages[0].extract_text()


def test_the_first_pages_render_as_images(catalog: Catalog, tmp_path: Path) -> None:
    """Render pages to PNG, as a trainer would see them (checked by eye; one is in the docs)."""
    import typst

    source = make(catalog, ["storing"], AFTER, format="typ")
    assert isinstance(source, str)
    pages = typst.compile(
        source.encode("utf-8"), format="png", ppi=60, timestamp=0, ignore_system_fonts=True
    )
    assert isinstance(pages, list)
    assert len(pages) >= 2
    for number, png in enumerate(pages[:2], 1):
        assert png.startswith(b"\x89PNG")
        (tmp_path / f"page-{number}.png").write_bytes(png)


def test_handout_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "storing.html"
    assert (
        main(["handout", "storing", "--as-of", "2021-01-01", "--format", "html", "-o", str(target)])
        == 0
    )
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["storing.html"]
    assert main(["handout", "kept on his phone", "--as-of", "2021-01-01"]) == 0
    assert capsys.readouterr().out.startswith("# Online child sexual abuse material: Storing")
    pdf = tmp_path / "s.pdf"
    assert main(["handout", "storing", "--format", "pdf", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_handout_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["handout", "storing", "-o", str(tmp_path / "missing" / "x.md")]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert not (tmp_path / "missing").exists()
    assert main(["handout"]) == 2
    assert "at least one conduct" in capsys.readouterr().err
    assert main(["handout", "frobnicating"]) == 2
    assert "no conduct matches" in capsys.readouterr().err


def test_module_level_handout() -> None:
    import lawref

    text = lawref.handout(["storing"], AFTER)
    assert isinstance(text, str)
    assert text.startswith("# Online child sexual abuse material: Storing or possessing")


def test_an_unknown_format_is_an_error_never_a_silent_pdf(catalog: Catalog) -> None:
    """Issue #12: formats live one module each behind a registry."""
    with pytest.raises(HandoutError, match="no handout format 'odt'"):
        make(catalog, ["storing"], dt.date(2021, 1, 1), format="odt")


def test_the_catalog_has_no_handout_method_since_0_1_0() -> None:
    """Issue #12: views sit above the catalog. ``Catalog.handout`` was deprecated in 0.1.0 and
    is gone; :func:`lawref.handout` and ``formats.make`` make handouts."""
    assert not hasattr(Catalog, "handout")


def test_a_pdf_carries_its_title_subject_and_language(catalog: Catalog) -> None:
    pytest.importorskip("typst")
    from lawref.views.handout.formats import make

    pdf = make(catalog, ["sharing"], dt.date(2021, 1, 1), format="pdf", title='Kochi "P-Hunt"')
    assert isinstance(pdf, bytes)
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    assert metadata.title == 'Kochi "P-Hunt"'
    assert metadata.subject is not None
    assert metadata.subject.startswith("Indian law as in force on 1 January 2021")
    assert b"/Lang(en)" in pdf
