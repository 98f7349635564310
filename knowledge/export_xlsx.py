"""Writing a 申报表 as an .xlsx workbook in the form's layout (openpyxl).

The workbook reads back with :func:`knowledge.documents.read_declaration` into the same
form: amounts are numbers shown as ``1,300,000.00``, every other cell is text as written.
"""

from __future__ import annotations

import io
import math

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from knowledge.form_layout import (
    ANNUAL_GOAL_LABEL,
    EAST_ASIAN_FONT,
    EXPORT_CREATOR,
    GOALS_LABEL,
    TABLE_HEADER,
    TABLE_LABEL,
    TITLE,
    funding_rows,
    header_rows,
    level_spans,
    year_line,
)
from knowledge.model import ProjectForm
from knowledge.values import parse_amount

COLUMN_WIDTHS = {"A": 12, "B": 20, "C": 18, "D": 44, "E": 18, "F": 16}
COLUMNS = len(COLUMN_WIDTHS)
LINE_HEIGHT = 15.0
# Width units a CJK character of the body font takes (Excel about 1.9, LibreOffice 1.2).
CJK_WIDTH = 1.7
AMOUNT_FORMAT = "#,##0.00"

_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FONT = Font(name=EAST_ASIAN_FONT, size=10)
_BOLD = Font(name=EAST_ASIAN_FONT, size=10, bold=True)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)


def export_xlsx(form: ProjectForm) -> bytes:
    """Returns the workbook bytes of ``form``."""
    workbook = Workbook()
    workbook.properties.creator = EXPORT_CREATOR
    sheet = workbook.active
    assert sheet is not None
    sheet.title = f"{form.year}年度申报表"
    for column, width in COLUMN_WIDTHS.items():
        sheet.column_dimensions[column].width = width
    _write_title(sheet, form)
    row = _write_header(sheet, form, start=3)
    row = _write_goals(sheet, form, start=row)
    last = _write_table(sheet, form, start=row)
    _fit_row_heights(sheet, first=3)
    for cells in sheet.iter_rows(min_row=3, max_row=last, max_col=COLUMNS):
        for cell in cells:
            cell.border = _BORDER
    sheet.print_options.horizontalCentered = True
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # As many pages down as the table needs.
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_title(sheet: Worksheet, form: ProjectForm) -> None:
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=COLUMNS)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=COLUMNS)
    title, year = sheet.cell(1, 1, TITLE), sheet.cell(2, 1, year_line(form))
    title.font = Font(name=EAST_ASIAN_FONT, size=16, bold=True)
    year.font = _FONT
    title.alignment = year.alignment = _CENTER
    sheet.row_dimensions[1].height = 28


def _write_header(sheet: Worksheet, form: ProjectForm, *, start: int) -> int:
    """Writes the header and funding blocks; returns the next free row."""
    rows = header_rows(form) + funding_rows(form)
    for offset, values in enumerate(rows):
        row = start + offset
        for column, text in enumerate(values, start=1):
            _put(sheet, row, column, text, label=column % 2 == 1 or offset >= len(rows) - 4)
    implementer_row = start + 1
    sheet.merge_cells(
        start_row=implementer_row, start_column=4, end_row=implementer_row, end_column=COLUMNS
    )
    funding_start = start + 3
    sheet.merge_cells(
        start_row=funding_start, start_column=1, end_row=funding_start + 3, end_column=1
    )
    for row in range(funding_start, funding_start + 4):
        for column in (3, 5):
            _put_amount(sheet, row, column)
    return start + len(rows)


def _put(sheet: Worksheet, row: int, column: int, text: str, *, label: bool) -> None:
    if not text:
        return
    cell = sheet.cell(row, column, text)
    cell.data_type = "s"  # ``=100.00(%)`` is a target, not a formula.
    cell.font = _FONT
    cell.alignment = _CENTER if label else _LEFT


def _put_amount(sheet: Worksheet, row: int, column: int) -> None:
    """Turns an amount cell into a number, so that Excel can add it up."""
    cell = sheet.cell(row, column)
    amount = parse_amount(str(cell.value)) if isinstance(cell.value, str) else None
    if amount is None:
        return
    cell.value = amount
    cell.number_format = AMOUNT_FORMAT
    cell.alignment = Alignment(horizontal="right", vertical="center")


def _write_goals(sheet: Worksheet, form: ProjectForm, *, start: int) -> int:
    labels, texts = start, start + 1
    sheet.merge_cells(start_row=labels, start_column=1, end_row=texts, end_column=1)
    _put(sheet, labels, 1, GOALS_LABEL, label=True)
    for row in (labels, texts):
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        sheet.merge_cells(start_row=row, start_column=4, end_row=row, end_column=COLUMNS)
    _put(sheet, labels, 2, form.overall_goal_label, label=True)
    _put(sheet, labels, 4, ANNUAL_GOAL_LABEL, label=True)
    _put(sheet, texts, 2, form.overall_goal, label=False)
    _put(sheet, texts, 4, form.annual_goal, label=False)
    for column in (2, 4):
        sheet.cell(texts, column).alignment = _TOP_LEFT
    return texts + 1


def _fit_row_heights(sheet: Worksheet, *, first: int) -> None:
    """Gives each row the height its longest wrapped text needs; no viewer does it on load."""
    widths = [COLUMN_WIDTHS[letter] for letter in COLUMN_WIDTHS]
    spans: dict[tuple[int, int], float] = {}
    for merged in sheet.merged_cells.ranges:
        if merged.min_row == merged.max_row:
            span = sum(widths[merged.min_col - 1 : merged.max_col])
            spans[(merged.min_row, merged.min_col)] = span
        else:
            spans[(merged.min_row, merged.min_col)] = 0  # Spread over rows: no height needed.
    for row, cells in enumerate(sheet.iter_rows(min_row=first, max_col=COLUMNS), start=first):
        lines = 1
        for cell in cells:
            if not isinstance(cell.value, str):
                continue
            width = spans.get((row, cell.column), widths[cell.column - 1])
            if width:
                lines = max(lines, math.ceil(len(cell.value) * CJK_WIDTH / width))
        sheet.row_dimensions[row].height = lines * LINE_HEIGHT


def _write_table(sheet: Worksheet, form: ProjectForm, *, start: int) -> int:
    """Writes the indicator table with merged 一级 and 二级 cells; returns its last row."""
    for column, text in enumerate(TABLE_HEADER, start=2):
        _put(sheet, start, column, text, label=True)
        sheet.cell(start, column).font = _BOLD
    sheet.merge_cells(start_row=start, start_column=5, end_row=start, end_column=COLUMNS)
    first = start + 1
    rows = form.indicators
    for index, indicator in enumerate(rows):
        row = first + index
        _put(sheet, row, 4, indicator.name, label=False)
        _put(sheet, row, 5, indicator.target.raw, label=True)
        sheet.merge_cells(start_row=row, start_column=5, end_row=row, end_column=COLUMNS)
    level1, level2 = level_spans(rows)
    for column, spans in ((2, level1), (3, level2)):
        for span in spans:
            _put(sheet, first + span.first, column, span.text, label=True)
            if span.last > span.first:
                sheet.merge_cells(
                    start_row=first + span.first,
                    start_column=column,
                    end_row=first + span.last,
                    end_column=column,
                )
    last = first + len(rows) - 1
    _put(sheet, start, 1, TABLE_LABEL, label=True)
    sheet.merge_cells(start_row=start, start_column=1, end_row=max(last, start), end_column=1)
    return max(last, start)
