"""Writing a 申报表 as a .docx document in the form's layout (python-docx).

One table holds the header, funding, goals and the indicator table, as on the printed
form; every run names an East Asian font so that Chinese text is not left to a fallback.
"""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from knowledge.form_layout import (
    ANNUAL_GOAL_LABEL,
    EAST_ASIAN_FONT,
    EXPORT_CREATOR,
    GOALS_LABEL,
    LATIN_FONT,
    TABLE_HEADER,
    TABLE_LABEL,
    TITLE,
    funding_rows,
    header_rows,
    level_spans,
    year_line,
)
from knowledge.model import ProjectForm

COLUMN_WIDTHS_CM = (2.0, 2.3, 2.7, 5.6, 2.9, 1.9)
BODY_SIZE = Pt(9)
TITLE_SIZE = Pt(16)
PAGE_MARGIN = Cm(1.8)


def export_docx(form: ProjectForm) -> bytes:
    """Returns the document bytes of ``form``."""
    document = Document()
    document.core_properties.author = EXPORT_CREATOR
    _set_fonts(document)
    for section in document.sections:
        section.left_margin = section.right_margin = PAGE_MARGIN
    _paragraph(document.add_paragraph(), TITLE, size=TITLE_SIZE, bold=True)
    _paragraph(document.add_paragraph(), year_line(form), size=BODY_SIZE)
    fixed = header_rows(form) + funding_rows(form)
    table = document.add_table(rows=len(fixed) + 2 + 1 + len(form.indicators), cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, values in enumerate(fixed):
        for column, text in enumerate(values):
            _write(table.cell(index, column), text)
    table.cell(1, 3).merge(table.cell(1, 5))
    table.cell(3, 0).merge(table.cell(6, 0))
    goals = len(fixed)
    _write_goals(table, form, start=goals)
    _write_indicators(table, form, start=goals + 2)
    _set_widths(table)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _set_widths(table: Table) -> None:
    """Sets the grid and every cell: Word reads the cells, LibreOffice the grid."""
    table.autofit = False
    for column, width in zip(table.columns, COLUMN_WIDTHS_CM, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, COLUMN_WIDTHS_CM, strict=True):
            cell.width = Cm(width)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _set_fonts(document: DocumentObject) -> None:
    normal = document.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = BODY_SIZE
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)


def _font(run: Run, *, size: Pt, bold: bool = False) -> None:
    run.font.name = LATIN_FONT
    run.font.size = size
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), EAST_ASIAN_FONT)


def _paragraph(paragraph: Paragraph, text: str, *, size: Pt, bold: bool = False) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(paragraph.add_run(text), size=size, bold=bold)


def _write(cell: _Cell, text: str, *, bold: bool = False, center: bool = True) -> None:
    if not text:
        return
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
    _font(paragraph.add_run(text), size=BODY_SIZE, bold=bold)


def _write_goals(table: Table, form: ProjectForm, *, start: int) -> None:
    labels, texts = start, start + 1
    table.cell(labels, 0).merge(table.cell(texts, 0))
    _write(table.cell(labels, 0), GOALS_LABEL)
    for row in (labels, texts):
        table.cell(row, 1).merge(table.cell(row, 2))
        table.cell(row, 3).merge(table.cell(row, 5))
    _write(table.cell(labels, 1), form.overall_goal_label)
    _write(table.cell(labels, 3), ANNUAL_GOAL_LABEL)
    _write(table.cell(texts, 1), form.overall_goal, center=False)
    _write(table.cell(texts, 3), form.annual_goal, center=False)


def _write_indicators(table: Table, form: ProjectForm, *, start: int) -> None:
    for column, text in enumerate(TABLE_HEADER, start=1):
        _write(table.cell(start, column), text, bold=True)
    table.cell(start, 4).merge(table.cell(start, 5))
    first = start + 1
    for index, indicator in enumerate(form.indicators):
        row = first + index
        _write(table.cell(row, 3), indicator.name, center=False)
        table.cell(row, 4).merge(table.cell(row, 5))
        _write(table.cell(row, 4), indicator.target.raw)
    level1, level2 = level_spans(form.indicators)
    for column, spans in ((1, level1), (2, level2)):
        for span in spans:
            cell = table.cell(first + span.first, column)
            if span.last > span.first:
                cell = cell.merge(table.cell(first + span.last, column))
            _write(cell, span.text)
    last = first + len(form.indicators) - 1
    label = table.cell(start, 0).merge(table.cell(max(last, start), 0))
    _write(label, TABLE_LABEL)
