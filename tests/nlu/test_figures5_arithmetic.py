"""Per-unit splits, ratios and conversions phrased the many ways people ask them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from nlu.answers import FigureCalculation, FigureMismatch, MoneyAnswer, NotInForm
from nlu.arithmetic import per_ask
from nlu.intents import MoneyField
from tests.nlu.question_sets import engine_for


def _calculation(form: str, question: str) -> FigureCalculation:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, FigureCalculation), answer
    return answer


@pytest.mark.parametrize(
    "question",
    [
        "国交成本控制数摊到每个来实习的港澳台学生头上是多少钱",
        "国交的成本控制数平均到每一名参加实习的港澳台学生身上是多少钱",
        "国交成本控制数摊到每个港澳台学生头上多少钱",
        "国交预算分摊到每位港澳台学生多少钱",
    ],
    ids=["described", "one-measure", "head", "measure-wei"],
)
def test_per_student_divides_by_the_row_the_noun_names(question: str) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == Decimal(8000)
    assert found.unit == "元/人"


def test_per_job_divides_by_the_job_row() -> None:
    found = _calculation("builtin", "国交预算分摊到每个征集到的实习岗位上是多少钱")
    assert found.calculation.result == Decimal(4000)


@pytest.mark.parametrize(
    "question",
    [
        "企服预算按科创服务直通车要服务的企业数算，平均每家企业多少钱",
        "科创服务直通车服务的企业平均每家摊到多少企服预算",
    ],
    ids=["by-count", "per-first"],
)
def test_per_company_divides_by_the_count_a_goal_states(question: str) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == Decimal(13000)
    assert "100家" in found.figures[-1].quote


def test_per_ask_reads_a_described_unit() -> None:
    found = per_ask("摊到每个来实习的港澳台学生头上是多少钱")
    assert found is not None and found.unit == "个来实习港澳台学生"


@pytest.mark.parametrize(
    "question",
    [
        "城市科普设施运维的市民满意度比道路桥梁养护的高几个百分点",
        "设施运维的市民满意度比道路桥梁养护高多少个百分点",
    ],
    ids=["ji-ge", "duoshao-ge"],
)
def test_percentage_points_ask_is_not_an_operand(question: str) -> None:
    found = _calculation("other", question)
    assert found.calculation.result == Decimal(5)


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国家级调查站点占国家级加市级总数的比例是多少", Decimal("40.4")),
        ("市级调查站点占两级站点总数的百分之多少", Decimal("59.6")),
        ("国家级站点在国家级和市级调查站点里占比多少", Decimal("40.4")),
        ("在国家级和市级调查站点总数里，国家级占比多少", Decimal("40.4")),
    ],
    ids=["whole-spelled", "two-levels", "part-in-whole", "whole-first"],
)
def test_share_of_goal_figures_takes_the_part_named_before_the_share(
    question: str, result: Decimal
) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == result and found.unit == "家"


@pytest.mark.parametrize(
    ("question", "result", "unit"),
    [
        ("企服成本控制数摊到每一人次服务的科技工作者上，大概多少钱", Decimal("162.5"), "元/人次"),
        ("国交成本控制数平均到每一场都市交通研讨会相关活动上是多少钱", Decimal(100000), "元/场"),
        ("国交的成本控制数按港澳台籍学生人头算，每个学生多少钱", Decimal(8000), "元/人"),
        ("企服新引进的院士专家，平均每个新培育的工作站能分到几位", Decimal(3), "名/家"),
    ],
    ids=["per-one-person-time", "place-word", "head-count", "count-over-count"],
)
def test_per_unit_clause_described_at_length(question: str, result: Decimal, unit: str) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == result and found.unit == unit


def test_one_after_per_is_no_count_given() -> None:
    found = _calculation("builtin", "企服成本控制数摊到每一人次服务的科技工作者上，大概多少钱")
    assert not any(figure.given for figure in found.figures)


@pytest.mark.parametrize(
    ("form", "question", "amount"),
    [
        ("builtin", "企服这个盘子一年多大", Decimal(1300000)),
        ("builtin", "国交的资金盘子有多大", Decimal(400000)),
        ("variations", "设施运维这个项目今年盘子多大", Decimal(2500000)),
    ],
    ids=["pan-zi", "zi-jin-pan-zi", "variations"],
)
def test_budget_called_pan_zi(form: str, question: str, amount: Decimal) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, MoneyAnswer)
    assert answer.field is MoneyField.BUDGET
    assert [p.funding.annual_total for p in answer.projects] == [amount]


@pytest.mark.parametrize(
    ("form", "question"),
    [
        ("variations", "设施运维年度预算除以开放日接待的5000人次，每人次合多少钱"),
        ("variations", "开放日要接待5000人次市民，按运维成本控制数算每人次合多少钱"),
    ],
    ids=["budget-over-visits", "cost-over-visits"],
)
def test_amount_over_a_goal_count_the_question_repeats(form: str, question: str) -> None:
    found = _calculation(form, question)
    assert found.calculation.result == Decimal(500) and found.unit == "元/人次"
    assert "开放日" in found.figures[-1].quote  # the whole sentence, not its last clause


@pytest.mark.parametrize(
    "question",
    [
        "科技工作者状况信息年均3000余份，按国家级和市级站点总数平均，每个站点大概多少份",
        "年均上报的那3000余份信息，平摊到国家级加市级全部站点，每个站点大概多少份",
    ],
    ids=["by-total", "spread-over"],
)
def test_given_count_over_a_total_of_goal_figures(question: str) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == Decimal("63.83")
    assert found.figures[-1].value == Decimal(47)


@pytest.mark.parametrize(
    "question",
    [
        "国交里研讨会相关活动场次和仪式类活动场次加起来一共几场",
        "国交研讨会相关活动和启动结业这些仪式活动一共几场",
    ],
    ids=["unit-ended", "plain"],
)
def test_unit_ending_an_operand_does_not_pick_the_row(question: str) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == Decimal(7)


def test_converted_to_yuan_is_the_amount() -> None:
    answer = engine_for("old_template").interpret("道路桥梁养护的资金总额换算成元是多少").answer
    assert isinstance(answer, MoneyAnswer) and answer.field is MoneyField.PROJECT_TOTAL


@pytest.mark.parametrize(
    "question",
    ["都市交通研讨会的届数比科普论坛多几届", "都市交通研讨会比科普论坛多办了几届"],
    ids=["jie-shu", "duo-ban"],
)
def test_editions_are_the_numbers_before_each_event(question: str) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == Decimal(16) and found.unit == "届"


@pytest.mark.parametrize(
    ("form", "question", "result"),
    [
        ("old_template", "养护资金总额按养护长度算每米多少钱", Decimal("2538.07")),
        ("multi_year", "场馆改造成本控制数平均每个展区多少", Decimal(600000)),
        ("variations", "设施运维每处设施平均多少钱", Decimal("208333.33")),
        ("variations", "设施运维平均每处设施摊多少预算", Decimal("208333.33")),
        ("builtin", "国交预算分给每个港澳台学生能分到多少钱", Decimal(8000)),
    ],
    ids=["project-word-amount", "loose-project-row", "goal-count", "goal-count-after", "fen-gei"],
)
def test_per_unit_amounts_named_loosely(form: str, question: str, result: Decimal) -> None:
    found = _calculation(form, question)
    assert found.calculation.result == result


@pytest.mark.parametrize(
    ("form", "question"),
    [("variations", "设施运维每处设施多少钱"), ("multi_year", "场馆改造每个展区花多少")],
    ids=["facility", "hall"],
)
def test_per_unit_cost_without_a_word_of_dividing_is_not_in_the_form(
    form: str, question: str
) -> None:
    assert isinstance(engine_for(form).interpret(question).answer, NotInForm)


def test_count_of_another_unit_is_no_divisor_for_per() -> None:
    found = _calculation("old_template", "养护每座桥分摊多少资金")
    assert found.calculation.result == Decimal(625000) and found.unit == "元/座"


@pytest.mark.parametrize(
    ("question", "result", "unit"),
    [
        ("开放日活动平均每场接待多少人次", Decimal("1666.67"), "人次/场"),
        ("巡检车辆平均每辆负责几处设施", Decimal("1.2"), "处/辆"),
    ],
    ids=["visits-per-session", "facilities-per-vehicle"],
)
def test_count_asked_per_unit_a_row_counts(question: str, result: Decimal, unit: str) -> None:
    found = _calculation("variations", question)
    assert found.calculation.result == result and found.unit == unit


def test_each_projects_row_with_the_one_a_project_has_instead() -> None:
    found = _calculation("other", "三个项目的市民满意度、观众满意度平均多少")
    assert found.calculation.result == Decimal("86.67") and len(found.figures) == 3


def test_sum_over_projects_of_a_row_only_one_has_is_no_sum() -> None:
    answer = engine_for("builtin").interpret("两个项目的活动参与人数加起来是多少").answer
    assert not isinstance(answer, FigureCalculation)


@pytest.mark.parametrize(
    "question",
    ["国交预算按300个参与者平均，人均多少", "国交预算按300个参与者平均，每人多少钱"],
    ids=["ren-jun", "mei-ren"],
)
def test_count_given_in_ge_divides_per_person(question: str) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == Decimal("1333.33")


@pytest.mark.parametrize(
    "question",
    ["开放日接待人次除以设施处数，每处设施平均接待多少人次", "开放日接待人次除以设施处数是多少"],
    ids=["per-clause", "plain"],
)
def test_count_said_with_shu_takes_the_goal_figure_in_that_unit(question: str) -> None:
    found = _calculation("variations", question)
    assert found.calculation.result == Decimal("416.67")
    assert "12处" in found.figures[-1].quote


def test_one_quoted_figure_is_never_both_operands() -> None:
    answer = engine_for("variations").interpret("开放日接待人次除以开放日接待人次").answer
    assert not isinstance(answer, FigureCalculation)


def test_possessive_left_by_the_ask_does_not_unsettle_an_operand() -> None:
    answer = engine_for("builtin").interpret("国交的港澳台学生占实习岗位的比例").answer
    assert isinstance(answer, FigureMismatch)  # both rows found; 人 and 个 are not divided
    assert [figure.value for figure in answer.figures] == [Decimal(50), Decimal(100)]


def test_three_years_spent_averaged_per_year() -> None:
    found = _calculation("multi_year", "场馆改造三年一共花多少，每年平均多少")
    assert found.calculation.result == Decimal(1200000) and found.unit == "元/年"


def test_part_of_a_word_never_labels_a_goal_figure() -> None:
    answer = engine_for("builtin").interpret("市级调查站点比培育的工作站少几家").answer
    assert not (
        isinstance(answer, FigureCalculation)
        and Decimal(19) in [operand.value for operand in answer.calculation.operands]
    )  # 工作 of 工作站 is not the 科技工作者 of 19家


def test_goal_figures_named_by_whole_words_still_subtract() -> None:
    found = _calculation("builtin", "国家级站点比市级少几家")
    assert found.calculation.result == Decimal(-9)


def test_sum_of_parts_never_adds_every_figure_of_the_sentence() -> None:
    answer = engine_for("builtin").interpret("国家级站点数加上培育工作站数一共多少家").answer
    assert not (
        isinstance(answer, FigureCalculation) and answer.calculation.result == Decimal(47)
    )  # 19家 + 28家 answers 国家级 + 市级, not 国家级 + 工作站


def test_sum_the_sentence_states_when_no_parts_are_joined() -> None:
    found = _calculation("builtin", "调查站点一共多少家")
    assert found.calculation.result == Decimal(47)
