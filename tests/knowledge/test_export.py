import io
from decimal import Decimal

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from knowledge.builtin import builtin_document_text
from knowledge.catalog import catalog_from_forms
from knowledge.declaration import parse_declaration_text
from knowledge.documents import read_declaration
from knowledge.draft import RowState, start_draft
from knowledge.export_docx import export_docx
from knowledge.export_xlsx import export_xlsx
from knowledge.form_layout import EAST_ASIAN_FONT, level_spans
from knowledge.model import ProjectForm
from tests.knowledge.test_declaration import read_form

FORM_FIELDS = (
    "name",
    "year",
    "nature",
    "category",
    "department",
    "implementer",
    "planned_start",
    "planned_end",
    "overall_goal",
    "overall_goal_label",
    "annual_goal",
    "goal_items",
    "funding",
)


def seed_forms() -> list[ProjectForm]:
    return parse_declaration_text(builtin_document_text(), source="seed")


def rows_of(form: ProjectForm) -> list[tuple[str, str, str, object]]:
    return [(row.level1, row.level2, row.name, row.target) for row in form.indicators]


def assert_same_form(back: ProjectForm, form: ProjectForm) -> None:
    for name in FORM_FIELDS:
        assert getattr(back, name) == getattr(form, name), name
    assert rows_of(back) == rows_of(form)


def drafted_2027() -> ProjectForm:
    catalog = catalog_from_forms(seed_forms())
    draft = start_draft(catalog.projects[1])
    draft.rows[1].target, draft.rows[1].state = "≥430.00(人)", RowState.SUGGESTED
    draft.rows[-1].state = RowState.DELETED
    draft.form.funding.annual_total = Decimal("450000.00")
    return draft.to_form()


@pytest.mark.parametrize(
    "form",
    [*seed_forms(), read_form("multi_year.txt")[0], drafted_2027()],
    ids=["enterprise", "international", "multi-year", "draft-2027"],
)
def test_xlsx_reads_back_into_the_same_form(form: ProjectForm) -> None:
    (back,) = read_declaration(export_xlsx(form), file_name="export.xlsx")
    assert_same_form(back, form)


def test_xlsx_layout_title_year_and_merged_levels() -> None:
    enterprise = seed_forms()[0]
    sheet = load_workbook(io.BytesIO(export_xlsx(enterprise))).active
    assert sheet is not None
    assert (sheet["A1"].value, sheet["A2"].value) == ("财政项目支出绩效目标申报表", "(2026年度)")
    merged = {str(cell_range) for cell_range in sheet.merged_cells.ranges}
    values = {cell.value: cell for row in sheet.iter_rows() for cell in row if cell.value}
    output = values["产出指标"]
    assert f"B{output.row}:B{output.row + 16}" in merged  # 14 数量 + 2 质量 + 1 时效 rows
    assert f"C{output.row}:C{output.row + 13}" in merged
    target = values["=100.00(%)"]
    assert target.data_type == "s"
    assert values[1300000].number_format == "#,##0.00"
    assert values["≥8000.00(人次)"].font.name == EAST_ASIAN_FONT


def test_level_spans_group_consecutive_rows() -> None:
    international = seed_forms()[1]
    level1, level2 = level_spans(international.indicators)
    assert [(span.text, span.last - span.first + 1) for span in level1] == [
        ("成本指标", 1),
        ("产出指标", 13),
        ("效益指标", 3),
        ("满意度指标", 1),
    ]
    assert [span.text for span in level2].count("质量指标") == 1


def test_docx_has_the_form_table_with_east_asian_font() -> None:
    international = seed_forms()[1]
    document = Document(io.BytesIO(export_docx(international)))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert texts[:2] == ["财政项目支出绩效目标申报表", "(2026年度)"]
    (table,) = document.tables
    cells = [cell.text for row in table.rows for cell in row.cells]
    assert "≥300.00(人)" in cells and "2026 年 12 月底前" in cells
    assert "400,000.00" in cells and international.annual_goal in cells
    run = table.rows[0].cells[1].paragraphs[0].runs[0]
    assert run._element.rPr.rFonts.get(qn("w:eastAsia")) == EAST_ASIAN_FONT
    output_rows = [row for row in table.rows if row.cells[1].text == "产出指标"]
    assert len(output_rows) == 13  # One merged cell seen from each of its rows.
