"""Issue #15: the editable Word handout (DOCX): Word's own structure (heading, title, quote and
list styles, header rows that repeat, real footnotes), the same words as the Markdown handout,
its properties, and the same bytes for the same input whatever the clock says."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import sys
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from lawref.catalog import Catalog
from lawref.cli import main
from lawref.statutes.phrases import punishment_lines
from lawref.views.handout.build import (
    Block,
    Bullets,
    Document,
    Heading,
    PageBreak,
    Para,
    Quote,
    Run,
    Table,
    build,
)
from lawref.views.handout.common import HandoutError
from lawref.views.handout.formats import make, write

docx = pytest.importorskip("docx")
from lawref.views.handout.docx import (  # noqa: E402  (only with python-docx)
    ZIP_TIME,
    _clean,
    document_date,
    to_docx,
)

D = dt.date
AFTER = D(2021, 1, 1)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def document(catalog: Catalog) -> Document:
    """Two conducts on one day: a page break between them, tables, quotes, lists, notes."""
    return build(catalog, ["storing", "sharing"], AFTER)


@pytest.fixture(scope="module")
def data(document: Document) -> bytes:
    return to_docx(document)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _footnotes(data: bytes) -> dict[str, str]:
    """Footnote id → its text, read from the footnotes part."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = ElementTree.fromstring(archive.read("word/footnotes.xml"))
    return {
        note.attrib[f"{W}id"]: "".join(t.text or "" for t in note.iter(f"{W}t")).strip()
        for note in root.iter(f"{W}footnote")
    }


def _runs(block: Block) -> list[Run]:
    """The runs of a block, in reading order (tables row by row)."""
    if isinstance(block, Para):
        return list(block.runs)
    if isinstance(block, Bullets):
        return [run for item in block.items for run in item]
    if isinstance(block, Table):
        return [run for row in block.rows for cell in row for run in cell]
    return []


def _all_text(data: bytes) -> str:
    """Every paragraph, table cell and footnote of the DOCX, one per line."""
    word = docx.Document(io.BytesIO(data))
    parts = [p.text for p in word.paragraphs]
    parts += [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    parts += list(_footnotes(data).values())
    return "\n".join(parts)


def test_it_opens_in_word_with_title_subtitle_and_heading_styles(
    document: Document, data: bytes
) -> None:
    word = docx.Document(io.BytesIO(data))
    first, second = word.paragraphs[:2]
    assert (first.style.name, first.text) == ("Title", document.title)
    assert (second.style.name, second.text) == ("Subtitle", document.subtitle)
    headings = [
        (p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")
    ]
    expected = [(f"Heading {b.level}", b.text) for b in document.blocks if isinstance(b, Heading)]
    assert headings == expected
    assert {name for name, _ in headings} == {"Heading 1", "Heading 2"}


def test_every_word_of_the_document_is_in_the_docx(document: Document, data: bytes) -> None:
    """Rendered generically: every run of every block, and every note as a footnote."""
    text = _flat(_all_text(data))
    pieces: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            pieces.append(block.text)
        elif isinstance(block, Para):
            pieces += [words for _, words in block.runs]
        elif isinstance(block, Table):
            pieces += list(block.header)
            pieces += [words for row in block.rows for cell in row for _, words in cell]
        elif isinstance(block, Quote):
            pieces += [block.text, block.cite]
        elif isinstance(block, Bullets):
            pieces += [words for item in block.items for _, words in item]
    assert len(pieces) > 100
    missing = [p for p in pieces if _flat(_clean(p)) not in text]
    assert missing == []


@pytest.mark.parametrize("day", [D(2019, 5, 1), AFTER])
def test_every_provision_and_punishment_of_the_markdown_is_in_the_docx(
    catalog: Catalog, day: dt.date
) -> None:
    conducts = ["storing", "sharing", "grooming"]
    markdown = _flat(re.sub(r"\\(.)", r"\1", str(make(catalog, conducts, day, format="md"))))
    result = make(catalog, conducts, day, format="docx")
    assert isinstance(result, bytes)
    text = _flat(_all_text(result))
    checked = 0
    for conduct in conducts:
        for entry in catalog.lookup(conduct, day, proceeding_date=day).provisions:
            lines = punishment_lines(entry.penalty, entry.derived_rule, subdivided=entry.subdivided)
            for words in [catalog.label(entry.id), *(_flat(words) for _, words in lines)]:
                assert words in markdown, (conduct, words)
                assert words in text, (conduct, words)
                checked += 1
    assert checked > 20


def test_tables_have_a_header_row_that_repeats_and_bold_provisions(
    document: Document, data: bytes
) -> None:
    word = docx.Document(io.BytesIO(data))
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert len(word.tables) == len(tables) >= 2
    for table, block in zip(word.tables, tables, strict=True):
        header = table.rows[0]
        assert header._tr.trPr is not None
        assert header._tr.trPr.find(f"{W}tblHeader") is not None
        assert [c.text for c in header.cells] == list(block.header)
        assert all(run.bold for c in header.cells for run in c.paragraphs[0].runs)
        for row in table.rows[1:]:
            assert row._tr.trPr is None or row._tr.trPr.find(f"{W}tblHeader") is None
            first = row.cells[0].paragraphs[0].runs[0]
            assert first.bold
            assert re.fullmatch(r"[A-Za-z ]+ [sr]\.\w+(\(\w+\))*", first.text)


def test_quotes_lists_and_notes_use_words_own_structure(document: Document, data: bytes) -> None:
    word = docx.Document(io.BytesIO(data))
    paragraphs = word.paragraphs
    quotes = [b for b in document.blocks if isinstance(b, Quote)]
    quoted = [
        (p.text, n.text) for p, n in itertools.pairwise(paragraphs) if p.style.name == "Quote"
    ]
    assert quoted == [(_clean(q.text), "— " + _clean(q.cite)) for q in quotes]
    assert all(
        n.style.name == "Quote Source"
        for p, n in itertools.pairwise(paragraphs)
        if p.style.name == "Quote"
    )
    items = sum(len(b.items) for b in document.blocks if isinstance(b, Bullets))
    assert sum(p.style.name == "List Bullet" for p in paragraphs) == items
    # each note is a real footnote: a reference in the text, the note's words in the part
    cited = [words for block in document.blocks for kind, words in _runs(block) if kind == "note"]
    assert len(cited) > 5
    references = [r.attrib[f"{W}id"] for r in word.element.body.iter(f"{W}footnoteReference")]
    assert references == [str(n) for n in range(1, len(cited) + 1)]
    notes = _footnotes(data)
    assert notes["-1"] == ""  # the separators Word expects
    assert notes["0"] == ""
    assert [notes[n] for n in references] == [_clean(words) for words in cited]


def test_a4_page_numbers_and_a_page_break_before_the_next_conduct(
    document: Document, data: bytes
) -> None:
    word = docx.Document(io.BytesIO(data))
    section = word.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert 15 <= section.left_margin.mm <= 25
    assert 15 <= section.top_margin.mm <= 25
    fields = [f.attrib[f"{W}instr"].strip() for f in section.footer._element.iter(f"{W}fldSimple")]
    assert fields == ["PAGE", "NUMPAGES"]
    starts = [p.text for p in word.paragraphs if p.paragraph_format.page_break_before]
    blocks = document.blocks
    breaks = [
        after for before, after in itertools.pairwise(blocks) if isinstance(before, PageBreak)
    ]
    assert len(breaks) >= 2  # before the second conduct, and before the shared sections
    assert all(isinstance(after, Heading) for after in breaks)
    assert starts == [after.text for after in breaks if isinstance(after, Heading)]


def test_core_properties_are_the_handouts_and_its_date(document: Document, data: bytes) -> None:
    properties = docx.Document(io.BytesIO(data)).core_properties
    assert properties.title == document.title
    assert properties.subject == document.subtitle
    assert properties.language == "en-IN"
    assert properties.author == "lawref"
    assert properties.created == properties.modified == dt.datetime(2021, 1, 1, tzinfo=dt.UTC)
    assert b'w:lang w:val="en-IN"' in zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml")


def test_the_date_is_the_date_of_the_conduct_never_the_clock(document: Document) -> None:
    assert document_date(document) == dt.datetime(2021, 1, 1, tzinfo=dt.UTC)
    other = Document("T", "any words", False, as_of=dt.date(2019, 10, 13))
    assert document_date(other) == dt.datetime(2019, 10, 13, tzinfo=dt.UTC)
    assert document_date(Document("T", "no date here", False)) == dt.datetime(
        1980, 1, 1, tzinfo=dt.UTC
    )


def test_the_same_document_gives_the_same_bytes_whatever_the_clock(
    document: Document, data: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    later = time.time() + 3 * 365 * 86400 + 3_723
    monkeypatch.setattr(time, "time", lambda: later)
    assert to_docx(document) == data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    assert {info.date_time for info in infos} == {ZIP_TIME}
    assert infos[0].filename == "[Content_Types].xml"
    assert [i.filename for i in infos[1:]] == sorted(i.filename for i in infos[1:])
    assert "docProps/thumbnail.jpeg" not in [i.filename for i in infos]


def test_a_booklet_has_a_table_of_contents_word_updates(catalog: Catalog) -> None:
    result = make(catalog, [], AFTER, format="docx", everything=True)
    assert isinstance(result, bytes)
    word = docx.Document(io.BytesIO(result))
    instructions = [t.text for t in word.element.body.iter(f"{W}instrText")]
    assert instructions == [' TOC \\o "1-1" \\h \\z \\u ']
    entries = [p.text for p in word.paragraphs if p.style.name == "toc 1"]
    assert entries[: len(catalog.conducts) + 1] == ["Summary", *(c.label for c in catalog.conducts)]
    assert word.settings.element.find(f"{W}updateFields") is not None
    # the booklet's title is longer than Word's 255 characters for a property: cut, not refused
    assert len(word.core_properties.title) == 255
    assert word.core_properties.title.endswith("…")


HOSTILE = 'A\r# B\u2028<w:t>c</w:t> \x01 & "q" \ud800'


def test_a_hostile_title_stays_text(catalog: Catalog) -> None:
    result = make(catalog, ["storing"], AFTER, format="docx", title=HOSTILE)
    assert isinstance(result, bytes)
    word = docx.Document(io.BytesIO(result))
    assert word.paragraphs[0].text == 'A # B <w:t>c</w:t> \ufffd & "q" \ufffd'
    assert word.core_properties.title == word.paragraphs[0].text


def test_missing_python_docx_is_one_clear_line_and_exit_2(
    document: Document,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)  # import docx now raises ImportError
    with pytest.raises(HandoutError, match=r"pip install 'lawref\[docx\]'"):
        write(document, "docx")
    target = tmp_path / "h.docx"
    assert main(["handout", "storing", "--as-of", "2021-01-01", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == (
        "lawref: DOCX needs the python-docx package: pip install 'lawref[docx]' "
        "(or use --format html/md)\n"
    )
    assert not target.exists()


def test_the_command_writes_docx_from_the_file_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["handout", "storing", "--as-of", "2021-01-01", "-o", "h.docx"]) == 0
    assert main(["handout", "storing", "--as-of", "2021-01-01", "--format", "docx", "-o", "x"]) == 0
    assert (tmp_path / "h.docx").read_bytes() == (tmp_path / "x").read_bytes()
    assert zipfile.is_zipfile(tmp_path / "h.docx")
    assert main(["handout", "storing", "--format", "md", "-o", "m.docx"]) == 2
    assert "--format md does not match 'm.docx': a docx file" in capsys.readouterr().err
    assert not (tmp_path / "m.docx").exists()
