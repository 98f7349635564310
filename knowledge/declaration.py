"""Reading a 财政项目支出绩效目标申报表 from rows of cells (PDF text or a spreadsheet).

Text extracted from a PDF shifts columns at page breaks and empty cells, so the
reader classifies cells by what they say (a label, a level name, a target) and
never by their column alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum, auto

from knowledge.errors import DocumentFormatError, DocumentProblem
from knowledge.goals import split_goal_items
from knowledge.levels import KNOWN_LEVEL_NAMES, LEVEL1_NAMES
from knowledge.model import (
    MAX_GOAL_LENGTH,
    MAX_LABEL_LENGTH,
    MAX_NAME_LENGTH,
    MAX_ORGANISATION_LENGTH,
    MAX_TARGET_LENGTH,
    MAX_TARGET_PART_LENGTH,
    IndicatorForm,
    ProjectForm,
    SkippedRows,
    SkipReason,
)
from knowledge.targets import looks_like_target, parse_target
from knowledge.text import clean_cell, compact
from knowledge.units import UNITS
from knowledge.values import has_day, parse_amount, parse_date, parse_date_range

# Bounds on any document, whatever its format: a 10,000-indicator form has about 10,000
# rows and 50,000 cells; text files count empty cells (tabs) too.
MAX_ROWS = 50_000
MAX_CELLS = 200_000
# Every way str.splitlines() ends a line; "\r\n" is counted once below.
_LINE_ENDS = ("\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
IGNORED_TABLE_CELLS = frozenset({"绩效指标", "绩效目标", "项目绩效指标"})
_OPERATORS = frozenset({"≥", "≤", "=", ">", "<", "＞", "＜", "＝", ">=", "<="})
_LEVEL_NAME = re.compile(r"^[\u4e00-\u9fff]{0,12}指标$")
_YEAR = re.compile(r"(\d{4})\s*年度")
_PAGE_MARK = re.compile(r"^(第\s*\d+\s*页.*|\d+\s*/\s*\d+|-?\s*\d+\s*-?)$")
_SENTENCE_END = "。！？；.!?;"

_HEADER_FIELDS = {
    "项目名称": "name",
    "项目性质": "nature",
    "项目类别": "category",
    "主管部门": "department",
    "预算部门": "department",
    "主管单位": "department",
    "实施单位": "implementer",
    "项目实施单位": "implementer",
    "计划开始日期": "planned_start",
    "项目开始日期": "planned_start",
    "开始日期": "planned_start",
    "计划完成日期": "planned_end",
    "计划结束日期": "planned_end",
    "项目完成日期": "planned_end",
    "完成日期": "planned_end",
    "项目起止时间": "period",
    "项目起止日期": "period",
    "项目期限": "period",
    "实施期限": "period",
    "项目周期": "period",
}


class _Section(Enum):
    PREAMBLE = auto()
    HEADER = auto()
    GOALS = auto()
    TABLE = auto()


@dataclass
class _Cell:
    column: int
    text: str


@dataclass
class _Draft:
    """A form being read, with what is needed to finish it."""

    form: ProjectForm
    goal_labels: list[tuple[int, str]] = field(default_factory=list)
    last_goal: str | None = None
    level1: str | None = None
    level2: str | None = None
    old_template: bool = False
    pending_name: tuple[int, str] | None = None
    targets: dict[str, str] = field(default_factory=dict)  # compact name → raw target


def _label(text: str) -> str:
    return (
        compact(text).replace(" ", "").rstrip("：:").removeprefix("其中：").removeprefix("其中:")
    )


class DeclarationReader:
    """Reads the rows of one document into :class:`ProjectForm` objects."""

    def __init__(self, *, source: str) -> None:
        self._source = source
        self._forms: list[ProjectForm] = []
        self._draft: _Draft | None = None
        self._section = _Section.PREAMBLE
        self._year: int | None = None
        self._money_unit = "元"
        self._skipped: list[SkippedRows] = []  # Not yet attached to a form.
        self._in_skipped_block = False

    def read(self, rows: Iterable[Sequence[str]]) -> list[ProjectForm]:
        """Reads every row and returns the forms found, or raises DocumentFormatError."""
        line_no = 0
        for line_no, row in enumerate(rows, start=1):
            cells = [_Cell(i, clean_cell(text)) for i, text in enumerate(row)]
            self._feed(line_no, [cell for cell in cells if cell.text])
        self._finish_form(line_no)
        if not self._forms:
            raise DocumentFormatError(DocumentProblem.NOT_A_DECLARATION, line_no=1, text="")
        self._forms[-1].skipped += self._skipped
        return self._forms

    def _feed(self, line_no: int, cells: list[_Cell]) -> None:
        if not cells or (len(cells) == 1 and _PAGE_MARK.match(cells[0].text)):
            return
        texts = [_label(cell.text) for cell in cells]
        if any("申报表" in text or "汇总表" in text for text in texts) and len(cells) <= 2:
            self._note_title(line_no, " ".join(texts))
            return
        if "项目名称" in texts:
            self._start_form(line_no)
        starts_table = any(text.startswith(("一级指标", "三级指标")) for text in texts)
        if self._draft is None:
            if starts_table:  # A table with no project: its 项目名称 row is missing.
                raise DocumentFormatError(DocumentProblem.PROJECT_NAME_MISSING, line_no=line_no)
            self._note_outside_form(line_no, texts, cells)
            return
        if starts_table:
            self._start_table(texts)
        elif self._section is _Section.TABLE:
            self._read_indicator(line_no, cells)
        elif any(_goal_label_kind(text) for text in texts):
            self._start_goals(cells)
        elif self._section is _Section.GOALS:
            self._read_goal_text(cells)
        else:
            self._read_header(line_no, cells)

    def _note_outside_form(self, line_no: int, texts: list[str], cells: list[_Cell]) -> None:
        """Notes the year; a project's header without its 项目名称 row is skipped, with a note."""
        self._note_year(" ".join(texts))
        is_header = any(text in _HEADER_FIELDS for text in texts)
        if is_header and not self._in_skipped_block:
            self._skipped.append(
                SkippedRows(SkipReason.HEADER_WITHOUT_PROJECT, line_no, " ".join(texts))
            )
        self._in_skipped_block = is_header or self._in_skipped_block

    def _note_title(self, line_no: int, text: str) -> None:
        if "申报表" in text and self._draft is not None:
            self._finish_form(line_no)
        self._note_year(text)

    def _note_year(self, text: str) -> None:
        match = _YEAR.search(compact(text))
        if match:
            self._year = int(match.group(1))

    def _start_form(self, line_no: int) -> None:
        self._finish_form(line_no)
        form = ProjectForm(name="", year=self._year or 0, line_no=line_no, source=self._source)
        form.skipped, self._skipped = self._skipped, []
        self._in_skipped_block = False
        self._draft = _Draft(form=form)
        self._section = _Section.HEADER
        self._money_unit = "元"

    def _finish_form(self, line_no: int) -> None:
        draft, self._draft = self._draft, None
        self._section = _Section.PREAMBLE
        if draft is None:
            return
        form = draft.form
        if draft.pending_name is not None:
            pending_line, name = draft.pending_name
            raise DocumentFormatError(
                DocumentProblem.MISSING_TARGET, line_no=pending_line, text=name
            )
        if not form.name:
            raise DocumentFormatError(
                DocumentProblem.PROJECT_NAME_EMPTY, line_no=form.line_no, text=""
            )
        if not form.indicators:
            raise DocumentFormatError(
                DocumentProblem.NO_INDICATOR_TABLE, line_no=form.line_no, text=form.name
            )
        if not form.year:
            fallback = form.planned_start or form.planned_end
            if fallback is None:
                raise DocumentFormatError(
                    DocumentProblem.UNKNOWN_YEAR, line_no=form.line_no, text=form.name
                )
            form.year = fallback.year
        form.goal_items = split_goal_items(form.annual_goal)
        _check_lengths(form)
        self._forms.append(form)

    # Header: key/value cells and funding.

    def _read_header(self, line_no: int, cells: list[_Cell]) -> None:
        assert self._draft is not None
        form = self._draft.form
        first = _label(cells[0].text)
        if first.startswith("项目资金") or first.startswith("资金"):
            self._money_unit = "万元" if "万元" in first else "元"
        if any(_funding_field(_label(cell.text)) for cell in cells):
            self._read_funding(line_no, cells)
            return
        for index, cell in enumerate(cells):
            field_name = _HEADER_FIELDS.get(_label(cell.text))
            if field_name is None or index + 1 >= len(cells):
                continue
            value = cells[index + 1].text
            if _label(value) in _HEADER_FIELDS:
                continue
            self._set_header_field(line_no, form, field_name, value)

    def _set_header_field(self, line_no: int, form: ProjectForm, name: str, value: str) -> None:
        if name == "period":
            form.planned_start, form.planned_end = parse_date_range(value)
            form.dates_by_month = form.planned_start is not None and not has_day(value)
        elif name in ("planned_start", "planned_end"):
            parsed = parse_date(value, end_of_period=name == "planned_end")
            if parsed is None:
                raise DocumentFormatError(DocumentProblem.BAD_DATE, line_no=line_no, text=value)
            setattr(form, name, parsed)
            form.dates_by_month = not has_day(value)
        else:
            setattr(form, name, value)

    def _read_funding(self, line_no: int, cells: list[_Cell]) -> None:
        assert self._draft is not None
        funding = self._draft.form.funding
        labels = [_label(cell.text) for cell in cells]
        pending: str | None = None
        for index, (cell, label) in enumerate(zip(cells, labels, strict=True)):
            field_name = _funding_field(label)
            if field_name == "other":
                later_other = any(_funding_field(text) == "other" for text in labels[index + 1 :])
                field_name = "project_other" if later_other else "annual_other"
            if field_name is not None:
                pending = field_name
                continue
            amount = parse_amount(cell.text, default_unit=self._money_unit)
            if amount is None:
                if pending is not None and not label.startswith("项目资金"):
                    raise DocumentFormatError(
                        DocumentProblem.BAD_AMOUNT, line_no=line_no, text=cell.text
                    )
                continue
            if pending is not None:
                setattr(funding, pending, amount)
                pending = None

    # Goals.

    def _start_goals(self, cells: list[_Cell]) -> None:
        assert self._draft is not None
        draft = self._draft
        self._section = _Section.GOALS
        current: str | None = None
        for cell in cells:
            kind = _goal_label_kind(_label(cell.text))
            if kind is not None:
                draft.goal_labels.append((cell.column, kind))
                if kind == "overall":
                    draft.form.overall_goal_label = cell.text
                current = kind
            elif current is not None and _label(cell.text) != "项目绩效目标":
                self._append_goal(current, cell.text)

    def _read_goal_text(self, cells: list[_Cell]) -> None:
        assert self._draft is not None
        draft = self._draft
        if len(cells) >= 2:
            self._append_goal("overall", "".join(cell.text for cell in cells[:-1]))
            self._append_goal("annual", cells[-1].text)
            return
        cell = cells[0]
        previous = getattr(draft.form, f"{draft.last_goal}_goal") if draft.last_goal else ""
        if previous and previous[-1] not in _SENTENCE_END:
            self._append_goal(draft.last_goal or "annual", cell.text)
            return
        kind = "annual"
        if draft.goal_labels:
            nearest = min(
                draft.goal_labels, key=lambda item: (abs(item[0] - cell.column), -item[0])
            )
            kind = nearest[1]
        self._append_goal(kind, cell.text)

    def _append_goal(self, kind: str, text: str) -> None:
        assert self._draft is not None
        attribute = f"{kind}_goal"
        setattr(self._draft.form, attribute, getattr(self._draft.form, attribute) + text)
        self._draft.last_goal = kind

    # The indicator table.

    def _start_table(self, texts: list[str]) -> None:
        assert self._draft is not None
        self._section = _Section.TABLE
        if any("指标值及单位" in text or "绩效标准" in text for text in texts):
            self._draft.old_template = True

    def _read_indicator(self, line_no: int, cells: list[_Cell]) -> None:
        assert self._draft is not None
        draft = self._draft
        if _label(cells[0].text) in _HEADER_FIELDS:
            # The next form's header inside this table: its title and 项目名称 are missing.
            # Only exact labels count: 财政拨款到位率 is a real indicator.
            raise DocumentFormatError(
                DocumentProblem.HEADER_IN_TABLE, line_no=line_no, text=cells[0].text
            )
        rest = [cell.text for cell in cells if _label(cell.text) not in IGNORED_TABLE_CELLS]
        levels: list[str] = []
        while rest and _is_level(rest):
            levels.append(_label(rest.pop(0)))
        self._apply_levels(levels)
        if not rest:
            return
        if draft.pending_name is not None:
            pending_line, name = draft.pending_name
            draft.pending_name = None
            if len(rest) == 1 and looks_like_target(rest[0]):
                self._add_indicator(pending_line, name, rest[0], None)
                return
            raise DocumentFormatError(
                DocumentProblem.MISSING_TARGET, line_no=pending_line, text=name
            )
        if len(rest) == 1:
            if not looks_like_target(rest[0]):
                draft.pending_name = (line_no, rest[0])
                return
            raise DocumentFormatError(
                DocumentProblem.INDICATOR_NAME_EMPTY, line_no=line_no, text=rest[0]
            )
        name, value, extra = rest[0], rest[1], rest[2:]
        # Forms that put the operator, the number or the unit in cells of their own.
        while extra and (value in _OPERATORS or (_is_bare_number(value) and _is_unit(extra[0]))):
            value += extra.pop(0)
        standard = extra[0] if draft.old_template and extra else None
        self._add_indicator(line_no, name, value, standard)

    def _apply_levels(self, levels: list[str]) -> None:
        assert self._draft is not None
        draft = self._draft
        for position, name in enumerate(levels):
            # The older template puts 成本指标 under 产出指标 as a second level.
            is_cost_under_output = name == "成本指标" and (
                draft.old_template or (draft.level1 == "产出指标" and position == 0)
            )
            if position == 0 and name in LEVEL1_NAMES and not is_cost_under_output:
                draft.level1, draft.level2 = name, None
            else:
                draft.level2 = name

    def _add_indicator(self, line_no: int, name: str, value: str, standard: str | None) -> None:
        assert self._draft is not None
        draft = self._draft
        if draft.level1 is None:
            raise DocumentFormatError(DocumentProblem.MISSING_LEVEL1, line_no=line_no, text=name)
        if looks_like_target(name):
            raise DocumentFormatError(
                DocumentProblem.NAME_LOOKS_LIKE_TARGET, line_no=line_no, text=name
            )
        target = parse_target(value)
        key = "".join(name.split())
        if key in draft.targets:
            # Repeated across a page break: nothing to say. With another value, which
            # one is meant is not known: the first is kept and the user is told.
            if draft.targets[key] != target.raw:
                skipped = SkippedRows(SkipReason.DUPLICATE_INDICATOR, line_no, name)
                draft.form.skipped.append(skipped)
            return
        draft.targets[key] = target.raw
        draft.form.indicators.append(
            IndicatorForm(
                level1=draft.level1,
                level2=draft.level2 or draft.level1,
                name=name,
                target=target,
                line_no=line_no,
                standard=standard,
            )
        )


def _check_lengths(form: ProjectForm) -> None:
    """Refuses text longer than any real form has: a stray paragraph read as a field."""
    fields: list[tuple[int, str | None, int]] = [
        (form.line_no, form.name, MAX_NAME_LENGTH),
        (form.line_no, form.nature, MAX_LABEL_LENGTH),
        (form.line_no, form.category, MAX_LABEL_LENGTH),
        (form.line_no, form.overall_goal_label, MAX_LABEL_LENGTH),
        (form.line_no, form.department, MAX_ORGANISATION_LENGTH),
        (form.line_no, form.implementer, MAX_ORGANISATION_LENGTH),
        (form.line_no, form.overall_goal, MAX_GOAL_LENGTH),
        (form.line_no, form.annual_goal, MAX_GOAL_LENGTH),
        *((form.line_no, item.title, MAX_NAME_LENGTH) for item in form.goal_items),
    ]
    for row in form.indicators:
        target = row.target
        fields += [
            (row.line_no, row.name, MAX_NAME_LENGTH),
            (row.line_no, target.raw, MAX_TARGET_LENGTH),
            (row.line_no, row.standard, MAX_TARGET_LENGTH),
            (row.line_no, target.unit, MAX_TARGET_PART_LENGTH),
            (
                row.line_no,
                None if target.value is None else str(target.value),
                MAX_TARGET_PART_LENGTH,
            ),
        ]
    for line_no, text, limit in fields:
        if text is not None and len(text) > limit:
            raise DocumentFormatError(
                DocumentProblem.TEXT_TOO_LONG, line_no=line_no, text=text, limit=limit
            )


def _is_bare_number(text: str) -> bool:
    target = parse_target(text)
    return target.value is not None and target.unit is None


def _is_unit(text: str) -> bool:
    return _label(text).strip("()（）") in UNITS


def _is_level(cells: list[str]) -> bool:
    """Tells whether the first cell names a level rather than an indicator ending in 指标."""
    label = _label(cells[0])
    if label in KNOWN_LEVEL_NAMES:
        return True
    return bool(_LEVEL_NAME.match(label)) and not (len(cells) == 2 and looks_like_target(cells[1]))


def _funding_field(label: str) -> str | None:
    if "总额" in label and ("资金" in label or label.startswith("项目")):
        return "annual_total" if "年度" in label else "project_total"
    if "财政拨款" in label:
        return "annual_appropriation"
    if "结转" in label:
        return "annual_carry_over"
    if label == "财政资金":
        return "project_fiscal"
    if label == "其他资金":
        return "other"
    return None


def _goal_label_kind(label: str) -> str | None:
    if len(label) > 30 or "申报表" in label:
        return None
    if label.startswith("年度") and "目标" in label:
        return "annual"
    if "总目标" in label or "总体目标" in label:
        return "overall"
    return None


def parse_declaration_text(text: str, *, source: str) -> list[ProjectForm]:
    """Reads a form extracted from a PDF as tab-separated text."""
    if "\x00" in text:
        raise DocumentFormatError(DocumentProblem.NOT_TEXT, line_no=1, text="")
    _check_text_size(text)
    return DeclarationReader(source=source).read(line.split("\t") for line in text.splitlines())


def _check_text_size(text: str) -> None:
    """Refuses text with more rows or cells than any form, before splitting it."""
    lines = sum(text.count(end) for end in _LINE_ENDS) - text.count("\r\n") + 1
    if lines > MAX_ROWS:
        raise DocumentFormatError(
            DocumentProblem.TOO_MANY_ROWS, line_no=MAX_ROWS + 1, limit=MAX_ROWS
        )
    if text.count("\t") + lines > MAX_CELLS:
        raise DocumentFormatError(DocumentProblem.TOO_MANY_CELLS, line_no=1, limit=MAX_CELLS)


__all__ = ["DeclarationReader", "parse_declaration_text"]
