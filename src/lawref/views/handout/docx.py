"""A handout as an editable Word document (DOCX) through ``python-docx`` (the ``docx`` extra).

Trainers adapt handouts, so the structure is Word's own: the title and subtitle in the
``Title`` and ``Subtitle`` styles, headings in the built-in ``Heading 1`` and ``Heading 2``
(the navigation pane and a table of contents work), tables whose header row repeats on each
page, quotations in the ``Quote`` style with their citation, lists in ``List Bullet``, and notes
as real footnotes. python-docx has no footnote API; the footnotes part is added by hand, as Word
writes it (the two separator footnotes, ``footnote text`` and ``footnote reference`` styles).
A4, page numbers in the footer, English (India).

The same document gives the same bytes: the zip is rewritten with its members in a fixed order
and a fixed time, and the core properties' dates are the date of the conduct the handout speaks
for (``Document.as_of``), never the clock.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from lawref.views.handout.build import (
    Block,
    Bullets,
    Document,
    Heading,
    Para,
    Quote,
    Run,
    Table,
)
from lawref.views.handout.common import LINE_BREAKS, HandoutError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.styles.style import ParagraphStyle
    from docx.text.paragraph import Paragraph

LANGUAGE = "en-IN"
"""The document's language (core properties and the default run language)."""

AUTHOR = "lawref"
"""The author in the core properties."""

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""The time of every zip member: the earliest a zip can hold, the same for every handout."""

FALLBACK_DATE = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)
"""The core properties' date for a document that states no date of the conduct."""

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_PAGE_WIDTH_MM, _PAGE_HEIGHT_MM = 210, 297
_MARGIN_X_MM, _MARGIN_Y_MM = 18, 20
_NOTES_PART = "/word/footnotes.xml"


def _clean(text: str) -> str:
    """*text* as one line of XML text: every line break and tab a space, and characters XML
    cannot hold (controls, lone surrogates) U+FFFD."""
    return _NOT_XML.sub("\ufffd", LINE_BREAKS.sub(" ", text).replace("\t", " "))


PROPERTY_LIMIT = 255
"""The longest core property Word (and python-docx) accepts, in characters."""


def _property(text: str) -> str:
    """*text* as a core property: one line, cut to :data:`PROPERTY_LIMIT` with "…" when longer
    (the title of a booklet of every conduct is)."""
    clean = _clean(text)
    if len(clean) <= PROPERTY_LIMIT:
        return clean
    return clean[: PROPERTY_LIMIT - 1].rstrip() + "…"


def document_date(document: Document) -> dt.datetime:
    """The date a handout speaks for: the date of the conduct it states the law for, else
    :data:`FALLBACK_DATE`. Its core properties are created and modified on it, so the same
    handout has the same bytes whenever it is written."""
    if document.as_of is None:
        return FALLBACK_DATE
    day = document.as_of
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def to_docx(document: Document) -> bytes:
    """The handout as DOCX bytes (the ``docx`` extra): Word's heading, title, quote and list
    styles, header rows that repeat, real footnotes, A4 with page numbers; byte-identical for
    the same document."""
    try:
        import docx
    except ImportError:
        raise HandoutError(
            "DOCX needs the python-docx package: pip install 'lawref[docx]' "
            "(or use --format html/md)"
        ) from None
    word = docx.Document()
    writer = _Writer(word)
    writer.write(document)
    buffer = io.BytesIO()
    word.save(buffer)
    return normalise_zip(buffer.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """The zip *data* rewritten byte-stable: ``[Content_Types].xml`` first and the other
    members sorted by name, each with the time :data:`ZIP_TIME`, the same attributes and the
    same compression."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    names = sorted(members, key=lambda name: (name != "[Content_Types].xml", name))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            target.writestr(info, members[name], compresslevel=9)
    return out.getvalue()


class _Writer:
    """Writes one :class:`Document` into a fresh python-docx document."""

    def __init__(self, word: WordDocument) -> None:
        """Styles, page, footer and properties are set up when :meth:`write` runs."""
        self.word = word
        self.notes: list[str] = []
        self.break_pending = False
        self.styles: dict[str, str | None] = {}

    def write(self, document: Document) -> None:
        """Everything: setup, title, blocks, footnotes, properties."""
        self._styles()
        self._page()
        self.word.add_paragraph(_clean(document.title), style="Title")
        self.word.add_paragraph(_clean(document.subtitle), style="Subtitle")
        if document.contents:
            self._contents(document)
        for block in document.blocks:
            self._block(block)
        self._footnotes()
        self._settings()
        self._properties(document)

    # -- setup -----------------------------------------------------------------------------

    def _styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Mm, Pt, RGBColor

        styles = self.word.styles
        normal = styles["Normal"]
        normal.font.size = Pt(10.5)
        normal.paragraph_format.space_after = Pt(4)
        defaults = styles.element.find(_qn("w:docDefaults"))
        if defaults is not None:
            run_defaults = defaults.find(_qn("w:rPrDefault"))
            if run_defaults is not None:
                properties = run_defaults.find(_qn("w:rPr"))
                if properties is not None:
                    for old in properties.findall(_qn("w:lang")):
                        properties.remove(old)
                    properties.append(_element("w:lang", {"w:val": LANGUAGE}))

        def paragraph_style(
            name: str, style_id: str, size: float, *, builtin: bool = False
        ) -> ParagraphStyle:
            """A paragraph style on Normal; *builtin* for the names Word knows as its own."""
            style: ParagraphStyle = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH, builtin)
            style.style_id = style_id
            style.base_style = normal
            style.font.size = Pt(size)
            return style

        banner = paragraph_style("Banner", "Banner", 10.5)
        banner.font.bold = True
        # border and shading first: python-docx then puts the spacing after them, in order
        banner_properties = banner.element.get_or_add_pPr()
        banner_properties.append(
            _element_tree(
                "w:pBdr",
                [
                    (
                        "w:left",
                        {"w:val": "single", "w:sz": "24", "w:space": "6", "w:color": "8A1C1C"},
                    )
                ],
            )
        )
        banner_properties.append(
            _element("w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": "F7EDED"})
        )
        banner.paragraph_format.space_before = Pt(6)
        banner.paragraph_format.space_after = Pt(8)
        small = paragraph_style("Small Print", "SmallPrint", 8.5)
        small.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        table_text = paragraph_style("Table Text", "TableText", 8.5)
        table_text.paragraph_format.space_after = Pt(0)
        quote = styles["Quote"]
        quote.paragraph_format.left_indent = Mm(6)
        quote.paragraph_format.space_after = Pt(2)
        source = styles.add_style("Quote Source", WD_STYLE_TYPE.PARAGRAPH)
        source.style_id = "QuoteSource"
        source.base_style = styles["Quote"]
        source.font.size = Pt(8.5)
        source.font.italic = False
        source.paragraph_format.space_before = Pt(0)
        source.paragraph_format.space_after = Pt(8)
        notes = paragraph_style("footnote text", "FootnoteText", 8.5, builtin=True)
        notes.paragraph_format.space_after = Pt(0)
        reference = styles.add_style("footnote reference", WD_STYLE_TYPE.CHARACTER, True)
        reference.style_id = "FootnoteReference"
        reference.font.superscript = True
        contents = paragraph_style("toc 1", "TOC1", 10.5, builtin=True)
        contents.paragraph_format.space_after = Pt(2)

    def _page(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm

        section = self.word.sections[0]
        section.page_width, section.page_height = Mm(_PAGE_WIDTH_MM), Mm(_PAGE_HEIGHT_MM)
        section.left_margin = section.right_margin = Mm(_MARGIN_X_MM)
        section.top_margin = section.bottom_margin = Mm(_MARGIN_Y_MM)
        section.footer_distance = Mm(10)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer._p.append(_field("PAGE", "1"))
        footer.add_run(" / ")
        footer._p.append(_field("NUMPAGES", "1"))

    def _contents(self, document: Document) -> None:
        """A table of contents as a Word field (level 1 headings, as the PDF's outline), its
        entries filled in so it reads before Word updates it (``updateFields`` asks Word to
        add the page numbers on opening)."""
        self.word.add_paragraph("Contents", style="TOC Heading")
        entries = [
            _clean(block.text)
            for block in document.blocks
            if isinstance(block, Heading) and block.level == 1
        ] or [""]
        for index, entry in enumerate(entries):
            paragraph = self.word.add_paragraph(style="toc 1")
            if index == 0:
                paragraph._p.append(_fld_char("begin"))
                instruction = _element("w:r", {})
                text = _element("w:instrText", {"xml:space": "preserve"})
                text.text = ' TOC \\o "1-1" \\h \\z \\u '
                instruction.append(text)
                paragraph._p.append(instruction)
                paragraph._p.append(_fld_char("separate"))
            paragraph.add_run(entry)
            if index == len(entries) - 1:
                paragraph._p.append(_fld_char("end"))
        self.break_pending = True

    # -- blocks ----------------------------------------------------------------------------

    def _style_id(self, name: str, *, character: bool = False) -> str | None:
        """The id python-docx writes for the paragraph (or *character*) style *name*, worked
        out once per document: python-docx looks a style up by searching every style, and
        then searches them all again on each paragraph for the default style of its type (a
        style given by id is written as python-docx writes it, ``None`` for the default)."""
        key = ("character " if character else "paragraph ") + name
        if key not in self.styles:
            from docx.enum.style import WD_STYLE_TYPE

            kind = WD_STYLE_TYPE.CHARACTER if character else WD_STYLE_TYPE.PARAGRAPH
            part = self.word.part  # python-docx leaves get_style_id unannotated
            self.styles[key] = part.get_style_id(self.word.styles[name], kind)  # type: ignore[no-untyped-call]
        found: str | None = self.styles[key]
        return found

    def _styled(self, paragraph: Paragraph, style: str) -> Paragraph:
        """*paragraph* in the paragraph style *style*, as ``paragraph.style = style`` sets it."""
        paragraph._p.style = self._style_id(style)
        return paragraph

    def _paragraph(self, style: str) -> Paragraph:
        paragraph = self._styled(self.word.add_paragraph(), style)
        if self.break_pending:
            paragraph.paragraph_format.page_break_before = True
            self.break_pending = False
        return paragraph

    def _runs(self, paragraph: Paragraph, runs: tuple[Run, ...]) -> None:
        for kind, text in runs:
            if kind == "note":
                self._note(paragraph, text)
                continue
            run = paragraph.add_run(_clean(text))
            if kind == "strong":
                run.bold = True
            elif kind == "em":
                run.italic = True

    def _note(self, paragraph: Paragraph, text: str) -> None:
        self.notes.append(_clean(text))
        run = paragraph.add_run()
        run._r.style = self._style_id("footnote reference", character=True)
        run._r.append(_element("w:footnoteReference", {"w:id": str(len(self.notes))}))

    def _block(self, block: Block) -> None:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 9)
            self._paragraph(f"Heading {level}").add_run(_clean(block.text))
        elif isinstance(block, Para):
            style = {"banner": "Banner", "small": "Small Print"}.get(block.style, "Normal")
            self._runs(self._paragraph(style), block.runs)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Quote):
            self._paragraph("Quote").add_run(_clean(block.text))
            self._paragraph("Quote Source").add_run("— " + _clean(block.cite))
        elif isinstance(block, Bullets):
            for item in block.items:
                self._runs(self._paragraph("List Bullet"), item)
        else:
            self.break_pending = True

    def _table(self, block: Table) -> None:
        from docx.shared import Mm

        if self.break_pending:  # a table cannot start a page itself: an empty paragraph does
            self._paragraph("Normal")
        columns = max([len(block.header), *(len(row) for row in block.rows)], default=1)
        table = self.word.add_table(rows=1, cols=columns)
        table.style = self.word.styles["Table Grid"]
        table.autofit = False
        widths = [Mm(share) for share in _column_widths(block, columns)]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        header = table.rows[0]
        header._tr.get_or_add_trPr().append(_element("w:tblHeader", {}))
        for cell, name in zip(header.cells, block.header, strict=False):
            paragraph = self._styled(cell.paragraphs[0], "Table Text")
            paragraph.add_run(_clean(name)).bold = True
            cell._tc.get_or_add_tcPr().append(
                _element("w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": "EEEEEE"})
            )
        for row in block.rows:
            cells = table.add_row().cells
            for cell, runs in zip(cells, row, strict=False):
                paragraph = self._styled(cell.paragraphs[0], "Table Text")
                self._runs(paragraph, runs)
        for row_ in table.rows:
            for cell, width in zip(row_.cells, widths, strict=True):
                cell.width = width  # python-docx puts w:tcW before the header's w:shd
        self._styled(self.word.add_paragraph(), "Table Text")  # Word needs one between tables

    # -- parts and properties --------------------------------------------------------------

    def _footnotes(self) -> None:
        """The footnotes part, as Word writes it: separator (-1) and continuation separator
        (0), then one footnote per note, numbered from 1 in the order cited."""
        if not self.notes:
            return
        from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
        from docx.opc.packuri import PackURI
        from docx.opc.part import XmlPart
        from docx.oxml.parser import parse_xml

        root = parse_xml(
            '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"'
            ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p>'
            '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>"
        )
        for number, text in enumerate(self.notes, 1):
            footnote = _element("w:footnote", {"w:id": str(number)})
            paragraph = _element("w:p", {})
            paragraph.append(_element_tree("w:pPr", [("w:pStyle", {"w:val": "FootnoteText"})]))
            mark = _element_tree("w:r", [("w:rPr", {})])
            mark[0].append(_element("w:rStyle", {"w:val": "FootnoteReference"}))
            mark.append(_element("w:footnoteRef", {}))
            paragraph.append(mark)
            words = _element("w:r", {})
            body = _element("w:t", {"xml:space": "preserve"})
            body.text = " " + text
            words.append(body)
            paragraph.append(words)
            footnote.append(paragraph)
            root.append(footnote)
        main = self.word.part
        part = XmlPart(PackURI(_NOTES_PART), CONTENT_TYPE.WML_FOOTNOTES, root, main.package)
        main.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)

    def _settings(self) -> None:
        """Settings Word reads: the footnote separators, fields updated on opening (the
        contents' page numbers), English (India) as the theme language, no preview picture."""
        settings = self.word.settings.element
        for name in ("w:savePreviewPicture",):
            for old in settings.findall(_qn(name)):
                settings.remove(old)
        compat = settings.find(_qn("w:compat"))
        added = []
        if any(True for _ in self.word.element.body.iter(_qn("w:instrText"))):
            added.append(_element("w:updateFields", {"w:val": "true"}))
        if self.notes:
            added.append(
                _element_tree(
                    "w:footnotePr", [("w:footnote", {"w:id": "-1"}), ("w:footnote", {"w:id": "0"})]
                )
            )
        for element in added:
            if compat is not None:
                compat.addprevious(element)
            else:
                settings.append(element)
        language = settings.find(_qn("w:themeFontLang"))
        if language is not None:
            language.set(_qn("w:val"), LANGUAGE)
        from docx.opc.constants import RELATIONSHIP_TYPE

        package = self.word.part.package
        for rel_id, rel in list(package.rels.items()):
            if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
                del package.rels[rel_id]

    def _properties(self, document: Document) -> None:
        properties = self.word.core_properties
        day = document_date(document)
        properties.title = _property(document.title)
        properties.subject = _property(document.subtitle)
        properties.language = LANGUAGE
        properties.author = AUTHOR
        properties.last_modified_by = AUTHOR
        properties.comments = ""
        properties.keywords = ""
        properties.category = ""
        properties.revision = 1
        properties.created = day
        properties.modified = day


_CHARACTER_MM = 1.7
"""About the width of a character of table text (8.5 pt), for a column's narrowest width."""


def _column_widths(block: Table, columns: int) -> list[float]:
    """Each column's width in millimetres: room for its longest word (no word is broken),
    and the rest of the text width shared by the square root of the characters each column
    holds (long conditions get more room than ids)."""
    import math

    sizes = [0] * columns
    longest = [0] * columns
    texts: list[tuple[int, str]] = list(enumerate(block.header))
    for row in block.rows:
        texts += [(i, text) for i, cell in enumerate(row) for kind, text in cell if kind != "note"]
    for index, text in texts:
        sizes[index] += len(text)
        longest[index] = max([longest[index], *(len(word) for word in text.split())])
    total = _PAGE_WIDTH_MM - 2 * _MARGIN_X_MM
    floors = [min(3 + _CHARACTER_MM * size, total / 3) for size in longest]
    if sum(floors) >= total:
        return [total / columns] * columns
    weights = [math.sqrt(size + 1) for size in sizes]
    spare = total - sum(floors)
    return [
        floor + spare * weight / sum(weights) for floor, weight in zip(floors, weights, strict=True)
    ]


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _element(tag: str, attributes: dict[str, str]) -> BaseOxmlElement:
    from docx.oxml import OxmlElement

    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(_qn(name), value)
    return element


def _element_tree(tag: str, children: list[tuple[str, dict[str, str]]]) -> BaseOxmlElement:
    parent = _element(tag, {})
    for child, attributes in children:
        parent.append(_element(child, attributes))
    return parent


def _field(instruction: str, shown: str) -> BaseOxmlElement:
    """A simple field (``PAGE``, ``NUMPAGES``) showing *shown* until Word computes it."""
    field = _element("w:fldSimple", {"w:instr": f" {instruction} "})
    run = _element("w:r", {})
    text = _element("w:t", {})
    text.text = shown
    run.append(text)
    field.append(run)
    return field


def _fld_char(kind: str) -> BaseOxmlElement:
    run = _element("w:r", {})
    run.append(_element("w:fldChar", {"w:fldCharType": kind}))
    return run
