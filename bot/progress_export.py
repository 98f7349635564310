"""The progress table as an .xlsx workbook: one sheet per project, status cells coloured."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from bot.dialogue import progress_view as view
from bot.dialogue.messages import progress as msg
from knowledge.monitoring import IndicatorState, Light, ProjectState

LIGHT_FILLS = {
    Light.BLUE: "BDD7F5",
    Light.GREEN: "C6EFCE",
    Light.YELLOW: "FFEB9C",
    Light.RED: "FFC7CE",
    Light.GREY: "E7E6E6",
}
SHEET_TITLE_LIMIT = 31  # Excel's limit on sheet names.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
COLUMN_WIDTHS = (10, 14, 44, 16, 12, 8, 10, 10, 12)
STATUS_COLUMN = 8
PERCENT_FORMAT = "0%"
DATE_FORMAT = "yyyy-mm-dd"


def sheet_title(name: str, taken: set[str]) -> str:
    """Returns a valid, unique sheet title for a project name."""
    base = _SHEET_FORBIDDEN.sub("", name)[:SHEET_TITLE_LIMIT] or "Sheet"
    title, number = base, 2
    while title in taken:
        suffix = f"({number})"
        title = base[: SHEET_TITLE_LIMIT - len(suffix)] + suffix
        number += 1
    taken.add(title)
    return title


def progress_workbook(states: Sequence[ProjectState]) -> bytes:
    """Returns the workbook's bytes."""
    book = Workbook()
    default = book.active
    taken: set[str] = set()
    for state in states:
        sheet = book.create_sheet(sheet_title(state.project.name, taken))
        _fill_sheet(sheet, state)
    if default is not None:
        book.remove(default)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _fill_sheet(sheet: Worksheet, state: ProjectState) -> None:
    sheet.append([msg.SHEET_TITLE.format(name=state.project.name, year=state.project.year)])
    sheet.append([msg.SHEET_SUMMARY.format(budget=view.budget_text(state, with_light=False))])
    sheet.append(list(msg.SHEET_HEADERS))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for indicator in state.indicators:
        sheet.append(_row(indicator))
        fill = PatternFill("solid", fgColor=LIGHT_FILLS[indicator.light])
        sheet.cell(row=sheet.max_row, column=STATUS_COLUMN).fill = fill
        sheet.cell(row=sheet.max_row, column=STATUS_COLUMN - 1).number_format = PERCENT_FORMAT
        sheet.cell(row=sheet.max_row, column=STATUS_COLUMN + 1).number_format = DATE_FORMAT
    for index, width in enumerate(COLUMN_WIDTHS, start=1):
        sheet.column_dimensions[chr(ord("A") + index - 1)].width = width
    sheet.freeze_panes = "A4"


def _row(state: IndicatorState) -> list[object]:
    indicator, progress = state.indicator, state.progress
    achieved: object = None
    if progress.entries and progress.achieved is not None:
        achieved = float(progress.achieved)
    elif progress.status is not None:
        achieved = progress.status
    return [
        indicator.level1,
        indicator.level2,
        indicator.name,
        indicator.target.display(),
        achieved,
        indicator.target.unit or "",
        state.completion,
        state.status.value,
        progress.last_date,
    ]
