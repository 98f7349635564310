import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from knowledge.builtin import builtin_document_text
from knowledge.declaration import parse_declaration_text
from knowledge.errors import DocumentFormatError, DocumentProblem
from knowledge.model import (
    MAX_GOAL_LENGTH,
    MAX_NAME_LENGTH,
    IndicatorKind,
    ProjectForm,
    SkippedRows,
    SkipReason,
)

FORMS = Path(__file__).parent / "forms"


def read_form(name: str) -> list[ProjectForm]:
    return parse_declaration_text((FORMS / name).read_text(encoding="utf-8"), source=name)


def by_name(form: ProjectForm) -> dict[str, str]:
    return {row.name: row.target.raw for row in form.indicators}


def test_seed_has_two_projects_with_22_and_18_indicators() -> None:
    forms = parse_declaration_text(builtin_document_text(), source="seed")
    assert [(f.name, len(f.indicators)) for f in forms] == [
        ("企业科技创新服务", 22),
        ("国际科技人文交流与合作", 18),
    ]
    assert [f.funding.budget for f in forms] == [Decimal("1300000.00"), Decimal("400000.00")]
    assert all(f.year == 2026 for f in forms)


def test_seed_keeps_every_name_and_value_as_written() -> None:
    enterprise, international = parse_declaration_text(builtin_document_text(), source="seed")
    assert by_name(international)["活动参与人数"] == "≥300.00(人)"
    assert by_name(international)["活动完成及时性"] == "2026 年 12 月底前"
    assert (
        by_name(international)["第 34 届海峡两岸都市交通学术研讨会上海征集论文数量"]
        == "≥20.00(篇)"
    )
    assert by_name(enterprise)["培育新申报院士(专家)工作站(服务中心)数量"] == "≥40.00(家)"
    assert by_name(enterprise)["科普沟通联络工作效果提升情况"] == "有效提升"
    assert by_name(enterprise)["企业科技创新服务成本控制数"] == "≤130.00(万元)"


def test_seed_rows_after_a_page_break_keep_their_levels() -> None:
    _, international = parse_declaration_text(builtin_document_text(), source="seed")
    rows = {row.name: row for row in international.indicators}
    assert (rows["合作单位数量"].level1, rows["合作单位数量"].level2) == ("产出指标", "数量指标")
    assert rows["活动、论坛质量达标率"].level2 == "质量指标"
    assert (rows["长效管理机制健全性"].level1, rows["长效管理机制健全性"].level2) == (
        "效益指标",
        "可持续影响指标",
    )
    assert rows["参与人员与合作单位满意度"].level1 == "满意度指标"
    assert rows["合作单位数量"].line_no == 59


def test_dates_written_with_their_day_are_not_by_month() -> None:
    forms = parse_declaration_text(builtin_document_text(), source="seed")
    assert not any(form.dates_by_month for form in forms)


def test_seed_header_fields_and_goal_text() -> None:
    enterprise, international = parse_declaration_text(builtin_document_text(), source="seed")
    assert enterprise.nature == "其他一次性项目"
    assert enterprise.category == "特定目标类"
    assert enterprise.department == "上海市科学技术协会"
    assert enterprise.implementer == "上海市科普教育展示技术中心（上海市国际科技交流中心）"
    assert (enterprise.planned_start, enterprise.planned_end) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 12, 31),
    )
    assert enterprise.funding.annual_carry_over == Decimal("0.00")
    # The goal text continues across the page break inside a <p> fragment.
    assert "<p>" not in enterprise.annual_goal
    assert "国家级科技工作者状况调查站点19家" in enterprise.annual_goal
    assert [item.title for item in enterprise.goal_items][:2] == [
        "产学研协同创新服务",
        "企业科协建设与服务",
    ]
    assert len(enterprise.goal_items) == 6
    assert international.goal_items == []
    assert "第 34 届海峡两岸都市交通学术研讨会" in international.annual_goal


def test_variations_are_read_from_any_column() -> None:
    (form,) = read_form("variations.txt")
    assert form.year == 2026
    assert form.planned_start == dt.date(2026, 1, 1)
    assert form.funding.annual_total == Decimal("2500000.00")
    assert form.funding.annual_carry_over == Decimal("500000.00")
    rows = {row.name: row for row in form.indicators}
    assert len(rows) == 19
    assert "网络带宽" in rows  # A <p> fragment around the name.
    assert rows["网络带宽"].target.unit == "M"
    assert rows["维护步道长度"].target.value == Decimal(985)
    assert rows["设施完好率"].target.raw == "≥85%"
    assert rows["设施修复及时性"].target.kind is IndicatorKind.DEADLINE
    assert rows["科普服务能力"].level2 == "社会效益指标"
    assert rows["设施能耗"].level2 == "生态效益指标"
    assert rows["运维制度"].level2 == "可持续影响指标"
    assert rows["设施环境评价"].target.kind is IndicatorKind.QUALITATIVE
    assert form.annual_goal.endswith("接待市民不少于 5000 人次。")


def test_multi_year_form_keeps_project_and_annual_funding_and_goals() -> None:
    (form,) = read_form("multi_year.txt")
    assert form.year == 2025
    assert form.funding.project_total == Decimal("3600000.00")
    assert form.funding.annual_total == Decimal("1200000.00")
    assert form.funding.project_other == Decimal("600000.00")
    assert form.funding.annual_other == Decimal("0.00")
    assert form.funding.budget == Decimal("1200000.00")
    assert form.overall_goal_label == "项目总体目标(2024 年-2026 年)"
    assert form.overall_goal.startswith("三年内完成全部展区")
    assert form.annual_goal.startswith("2025 年完成二期展区改造")


def test_old_template_cost_is_an_output_sub_level_and_money_is_in_wan() -> None:
    (form,) = read_form("old_template.txt")
    assert form.year == 2024
    assert form.department == "某区建设和管理委员会"
    assert (form.planned_start, form.planned_end) == (dt.date(2023, 7, 1), dt.date(2024, 1, 31))
    assert form.dates_by_month  # 2023.07-2024.01 names no day
    assert form.funding.budget == Decimal("2500000.00")
    rows = {row.name: row for row in form.indicators}
    assert len(rows) == 7  # The empty 三级 row is skipped.
    assert (rows["养护成本"].level1, rows["养护成本"].level2) == ("产出指标", "成本指标")
    assert rows["道路养护长度"].standard == "计划标准"
    assert rows["道路养护长度"].target.raw == "985米"


def _form_with_table(*rows: str) -> str:
    header = [
        "财政项目支出绩效目标申报表",
        "(2026年度)",
        "项目名称\t测试项目",
        "\t一级指标\t二级指标\t三级指标\t指标值",
    ]
    return "\n".join([*header, *rows])


@pytest.mark.parametrize(
    ("text", "line_no", "problem"),
    [
        ("这不是申报表\n只是一些文字", 1, DocumentProblem.NOT_A_DECLARATION),
        ("\x00\x01binary", 1, DocumentProblem.NOT_TEXT),
        (
            "财政项目支出绩效目标申报表\n(2026年度)\n项目名称\t测试项目\n主管部门\t某局",
            3,
            DocumentProblem.NO_INDICATOR_TABLE,
        ),
        (
            _form_with_table("\t产出指标\t数量指标\t活动数量", "\t\t\t参与人数\t≥3(人)"),
            5,
            DocumentProblem.MISSING_TARGET,
        ),
        (_form_with_table("\t\t\t活动数量\t≥3(场)"), 5, DocumentProblem.MISSING_LEVEL1),
        (
            _form_with_table("\t产出指标\t数量指标\t≥3(场)\t≥5(场)"),
            5,
            DocumentProblem.NAME_LOOKS_LIKE_TARGET,
        ),
        (
            "项目名称\t测试\n计划开始日期\t明年\n\t一级指标\t二级指标\t三级指标\t指标值",
            2,
            DocumentProblem.BAD_DATE,
        ),
    ],
    ids=[
        "no-form",
        "binary",
        "no-table",
        "missing-value",
        "no-level",
        "value-as-name",
        "bad-date",
    ],
)
def test_malformed_document_names_the_line(
    text: str, line_no: int, problem: DocumentProblem
) -> None:
    with pytest.raises(DocumentFormatError) as caught:
        parse_declaration_text(text, source="bad.txt")
    assert caught.value.line_no == line_no
    assert caught.value.problem is problem


def test_value_on_the_next_line_joins_its_name() -> None:
    (form,) = parse_declaration_text(
        _form_with_table("\t产出指标\t数量指标\t活动数量", "\t\t\t\t≥3(场)"), source="wrapped.txt"
    )
    assert [(row.name, row.target.raw) for row in form.indicators] == [("活动数量", "≥3(场)")]


def test_operator_number_and_unit_in_separate_cells_are_joined() -> None:
    (form,) = parse_declaration_text(
        _form_with_table(
            "\t产出指标\t数量指标\t培训人数\t≥\t300\t人",
            "\t\t\t培训场次\t12\t(场)",
        ),
        source="split.txt",
    )
    targets = {row.name: row.target for row in form.indicators}
    assert (targets["培训人数"].operator, targets["培训人数"].unit) == ("≥", "人")
    assert targets["培训场次"].display() == "12场"


def _builtin_without(*prefixes: str) -> str:
    """Drops the second form's first lines starting with ``prefixes``."""
    lines = builtin_document_text().splitlines()
    second = max(i for i, line in enumerate(lines) if line.startswith("项目名称"))
    dropped = [i for i, line in enumerate(lines) if i >= second - 3 and line.startswith(prefixes)][
        : len(prefixes)
    ]
    kept = [line for i, line in enumerate(lines) if i not in dropped]
    return "\n".join(kept)


def test_form_without_its_project_name_row_is_refused_at_its_table() -> None:
    text = _builtin_without("项目名称")
    with pytest.raises(DocumentFormatError) as caught:
        parse_declaration_text(text, source="no-name.txt")
    tables = [n for n, line in enumerate(text.splitlines(), start=1) if "一级指标" in line]
    assert caught.value.problem is DocumentProblem.PROJECT_NAME_MISSING
    assert caught.value.line_no == tables[1]  # The second form's table, not silently skipped.


def test_form_without_title_and_project_name_is_refused_inside_the_previous_table() -> None:
    text = _builtin_without("财政项目支出绩效目标申报表", "项目名称")
    with pytest.raises(DocumentFormatError) as caught:
        parse_declaration_text(text, source="no-title.txt")
    assert caught.value.problem is DocumentProblem.HEADER_IN_TABLE
    assert text.splitlines()[caught.value.line_no - 1].startswith(caught.value.text)


def test_indicator_row_with_an_empty_name_is_refused_at_its_line() -> None:
    text = _form_with_table("\t产出指标\t数量指标\t活动数量\t≥3(场)", "\t\t\t\t≥5(人)")
    with pytest.raises(DocumentFormatError) as caught:
        parse_declaration_text(text, source="empty-name.txt")
    assert (caught.value.problem, caught.value.line_no) == (
        DocumentProblem.INDICATOR_NAME_EMPTY,
        6,
    )


def test_junk_line_in_the_table_is_not_an_indicator() -> None:
    junk = "这是一段误粘贴到指标表中的说明文字，" * 160  # about 2,900 characters, like the report
    text = _form_with_table("\t产出指标\t数量指标\t活动数量\t≥3(场)", f"\t\t\t{junk}\t≥5(人)")
    with pytest.raises(DocumentFormatError) as caught:
        parse_declaration_text(text, source="junk.txt")
    error = caught.value
    assert (error.problem, error.line_no, error.limit) == (
        DocumentProblem.TEXT_TOO_LONG,
        6,
        MAX_NAME_LENGTH,
    )


def test_longest_real_names_are_well_within_the_limit() -> None:
    forms = parse_declaration_text(builtin_document_text(), source="builtin")
    longest = max(len(row.name) for form in forms for row in form.indicators)
    assert longest < MAX_NAME_LENGTH / 4


def test_same_name_with_another_value_is_skipped_with_a_note() -> None:
    text = _form_with_table(
        "\t产出指标\t数量指标\t活动数量\t≥3(场)",
        "\t\t\t活动数量\t≥3(场)",  # repeated across a page break: silently one
        "\t\t\t活动 数量\t≥5(场)",  # the same name with another value
    )
    (form,) = parse_declaration_text(text, source="dup.txt")
    assert [(row.name, row.target.raw) for row in form.indicators] == [("活动数量", "≥3(场)")]
    assert form.skipped == [SkippedRows(SkipReason.DUPLICATE_INDICATOR, 7, "活动 数量")]


def test_project_header_without_its_name_row_is_skipped_with_a_note() -> None:
    text = "\n".join(
        [
            _form_with_table("\t产出指标\t数量指标\t活动数量\t≥3(场)"),
            "财政项目支出绩效目标申报表",
            "(2026年度)",
            "项目性质\t其他一次性项目",
            "主管部门\t某局",
        ]
    )
    (form,) = parse_declaration_text(text, source="header-only.txt")
    assert form.skipped == [
        SkippedRows(SkipReason.HEADER_WITHOUT_PROJECT, 8, "项目性质 其他一次性项目")
    ]


def test_builtin_forms_skip_nothing() -> None:
    forms = parse_declaration_text(builtin_document_text(), source="builtin")
    assert [form.skipped for form in forms] == [[], []]


@pytest.mark.parametrize(
    "name",
    ["财政拨款到位率", "年度目标完成率", "项目资金总额执行率"],
    ids=["fund", "goal", "total"],
)
def test_indicator_named_like_a_header_label_is_still_an_indicator(name: str) -> None:
    text = _form_with_table("\t产出指标\t数量指标\t活动数量\t≥3(场)", f"\t\t\t{name}\t≥90(%)")
    (form,) = parse_declaration_text(text, source="labels.txt")
    assert [row.name for row in form.indicators] == ["活动数量", name]


def test_goal_text_longer_than_any_form_is_refused() -> None:
    text = builtin_document_text().replace(
        "年度总体目标", "年度总体目标\n" + "开展活动，提高水平。" * 2_100 + "\n", 1
    )
    with pytest.raises(DocumentFormatError) as caught:
        parse_declaration_text(text, source="long-goal.txt")
    assert (caught.value.problem, caught.value.limit) == (
        DocumentProblem.TEXT_TOO_LONG,
        MAX_GOAL_LENGTH,
    )
