from dataclasses import replace
from decimal import Decimal

import pytest

from knowledge.draft_check import (
    CheckCode,
    Finding,
    Severity,
    check_form,
    errors_of,
    normalized_target,
    target_problem,
)
from knowledge.model import Funding, IndicatorForm, ProjectForm
from knowledge.targets import parse_target

ROWS = [
    ("成本指标", "经济成本指标", "成本控制数", "≤40.00(万元)"),
    ("产出指标", "数量指标", "活动参与人数", "≥300.00(人)"),
    ("产出指标", "质量指标", "活动安全事故发生数", "=0.00(起)"),
    ("产出指标", "时效指标", "活动完成及时性", "2027 年 12 月底前"),
    ("效益指标", "社会效益指标", "合作单位数量", "≥3.00(家)"),
    ("满意度指标", "服务对象满意度指标", "参与人员满意度", "≥90.00(%)"),
]


def row(level1: str, level2: str, name: str, raw: str) -> IndicatorForm:
    return IndicatorForm(
        level1=level1, level2=level2, name=name, target=parse_target(raw), line_no=0
    )


def good_form(rows: list[tuple[str, str, str, str]] | None = None) -> ProjectForm:
    return ProjectForm(
        name="国际科技人文交流与合作",
        year=2027,
        line_no=0,
        source="test",
        annual_goal="组织实施 2027 年港澳台大学生暑期实习。",
        funding=Funding(
            annual_total=Decimal("400000.00"),
            annual_appropriation=Decimal("400000.00"),
            annual_carry_over=Decimal("0.00"),
            annual_other=Decimal("0.00"),
        ),
        indicators=[row(*r) for r in (ROWS if rows is None else rows)],
    )


def with_row(index: int, new: tuple[str, str, str, str]) -> ProjectForm:
    rows = list(ROWS)
    rows[index] = new
    return good_form(rows)


def without(level: str) -> ProjectForm:
    return good_form([r for r in ROWS if level not in (r[0], r[1])])


def codes(form: ProjectForm, actuals: dict[int, Decimal] | None = None) -> list[CheckCode]:
    return [finding.code for finding in check_form(form, actuals=actuals)]


def test_good_form_passes_every_rule() -> None:
    assert check_form(good_form()) == []


def test_missing_cost_indicator_is_an_error() -> None:
    findings = check_form(without("成本指标"))
    assert [f.code for f in errors_of(findings)] == [CheckCode.NO_COST]


@pytest.mark.parametrize("level1", ["产出指标", "效益指标", "满意度指标"])
def test_each_missing_level1_is_an_error(level1: str) -> None:
    findings = check_form(without(level1))
    assert Finding(code=CheckCode.MISSING_LEVEL1, subject=level1) in findings


@pytest.mark.parametrize("level2", ["数量指标", "质量指标", "时效指标"])
def test_output_needs_quantity_quality_and_timeliness(level2: str) -> None:
    assert Finding(code=CheckCode.MISSING_OUTPUT_LEVEL2, subject=level2) in check_form(
        without(level2)
    )


def test_level2_outside_the_allowed_list_names_the_row() -> None:
    form = with_row(4, ("效益指标", "影响力指标", "合作单位数量", "≥3.00(家)"))
    (finding,) = errors_of(check_form(form))
    assert (finding.code, finding.row, finding.subject) == (
        CheckCode.UNKNOWN_LEVEL2,
        5,
        "影响力指标",
    )


def test_level2_under_the_wrong_level1_is_an_error() -> None:
    form = with_row(4, ("效益指标", "数量指标", "合作单位数量", "≥3.00(家)"))
    assert codes(form) == [CheckCode.UNKNOWN_LEVEL2]


def test_level2_written_without_the_suffix_is_allowed() -> None:
    assert codes(with_row(4, ("效益指标", "社会效益", "合作单位数量", "≥3.00(家)"))) == []


@pytest.mark.parametrize(
    "raw",
    ["300人", "≥300", "约300人", "≥三百人"],
    ids=["no-operator", "no-unit", "about", "words"],
)
def test_quantitative_target_must_parse(raw: str) -> None:
    (finding,) = check_form(with_row(1, ("产出指标", "数量指标", "活动参与人数", raw)))
    assert (finding.code, finding.row, finding.detail) == (CheckCode.BAD_TARGET, 2, raw)
    assert finding.severity is Severity.ERROR


def test_duplicate_names_are_an_error_once() -> None:
    rows = [*ROWS, ("产出指标", "数量指标", "活动参与 人数", "≥10.00(人)")]
    findings = check_form(good_form(rows))
    assert [(f.code, f.row) for f in findings] == [(CheckCode.DUPLICATE_NAME, 2)]


def test_cost_cap_above_budget_is_an_error() -> None:
    form = with_row(0, ("成本指标", "经济成本指标", "成本控制数", "≤41.00(万元)"))
    assert codes(form) == [CheckCode.COST_OVER_BUDGET]


def test_cost_cap_below_budget_is_a_warning() -> None:
    form = with_row(0, ("成本指标", "经济成本指标", "成本控制数", "≤390000.00(元)"))
    (finding,) = check_form(form)
    assert (finding.code, finding.severity) == (CheckCode.COST_NOT_BUDGET, Severity.WARNING)


def test_deadline_outside_the_budget_year_is_an_error() -> None:
    form = with_row(3, ("产出指标", "时效指标", "活动完成及时性", "2026 年 12 月底前"))
    (finding,) = check_form(form)
    assert (finding.code, finding.row) == (CheckCode.DEADLINE_OUTSIDE_YEAR, 4)


def test_empty_annual_goal_is_an_error() -> None:
    assert codes(replace(good_form(), annual_goal="  ")) == [CheckCode.EMPTY_ANNUAL_GOAL]


def test_annual_funding_lines_must_add_up() -> None:
    form = good_form()
    form.funding = replace(form.funding, annual_carry_over=Decimal("1.00"))
    assert codes(form) == [CheckCode.FUNDING_MISMATCH]


def test_fiscal_funds_equal_appropriation_plus_carry_over() -> None:
    form = good_form()
    form.funding = replace(form.funding, project_fiscal=Decimal("400000.00"))
    assert codes(form) == []
    form.funding = replace(form.funding, project_fiscal=Decimal("300000.00"))
    (finding,) = check_form(form)
    assert (finding.code, finding.subject) == (CheckCode.FUNDING_MISMATCH, "财政资金")


def test_multi_year_fiscal_funds_cover_the_whole_project() -> None:
    form = good_form()
    form.funding = replace(
        form.funding, project_total=Decimal("1200000"), project_fiscal=Decimal("1200000")
    )
    assert codes(form) == []


def test_satisfaction_below_ninety_is_a_warning() -> None:
    form = with_row(5, ("满意度指标", "服务对象满意度指标", "参与人员满意度", "≥85.00(%)"))
    (finding,) = check_form(form)
    assert (finding.code, finding.severity) == (CheckCode.LOW_SATISFACTION, Severity.WARNING)


@pytest.mark.parametrize("raw", ["有效促进", "进一步提高", "明显改善"])
def test_vague_wording_is_a_warning(raw: str) -> None:
    (finding,) = check_form(with_row(4, ("效益指标", "社会效益指标", "交流促进情况", raw)))
    assert (finding.code, finding.detail) == (CheckCode.VAGUE_WORDING, raw)


def test_target_far_below_this_years_actual_is_a_warning() -> None:
    (finding,) = check_form(good_form(), actuals={1: Decimal(400)})
    assert (finding.code, finding.row) == (CheckCode.BELOW_ACTUAL, 2)
    assert codes(good_form(), actuals={1: Decimal(320)}) == []


def test_errors_come_before_warnings_and_keys_are_stable() -> None:
    form = with_row(5, ("满意度指标", "服务对象满意度指标", "参与人员满意度", "≥85.00(%)"))
    form.annual_goal = ""
    findings = check_form(form)
    assert [f.severity for f in findings] == [Severity.ERROR, Severity.WARNING]
    assert findings[1].key == check_form(form)[1].key


@pytest.mark.parametrize(
    ("raw", "problem", "written"),
    [
        ("≥300人", None, "≥300.00(人)"),
        (">=95%", None, "≥95.00(%)"),
        ("2027年12月底前", None, "2027年12月底前"),
        ("有效提升", None, "有效提升"),
        ("300人", CheckCode.BAD_TARGET, "300.00(人)"),
        ("2026年12月底前", CheckCode.DEADLINE_OUTSIDE_YEAR, "2026年12月底前"),
    ],
    ids=["count", "ascii-operator", "deadline", "qualitative", "no-operator", "last-year"],
)
def test_typed_targets_are_validated_and_written_the_forms_way(
    raw: str, problem: CheckCode | None, written: str
) -> None:
    assert target_problem(raw, year=2027) is problem
    assert normalized_target(raw) == written
