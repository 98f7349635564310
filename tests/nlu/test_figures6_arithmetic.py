"""Divisions named by a 按 clause, cost ceilings across projects, parts naming their projects."""

from __future__ import annotations

from decimal import Decimal

import pytest

from nlu.answers import FigureCalculation, SeveralIndicators
from nlu.arithmetic import by_clause, period_asked, same_measure
from tests.nlu.question_sets import engine_for, service_for


def _calculation(form: str, question: str) -> FigureCalculation:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, FigureCalculation), answer
    return answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("企服成本按40家工作站平均，每家多少钱", Decimal(32500)),
        ("企服预算按10个月平摊，每个月多少钱", Decimal(130000)),
        ("企服的成本控制数按12个月平均，一个月多少万元", Decimal("108333.33")),
        ("国交成本控制数按5周实习期平摊，每周多少元", Decimal(80000)),
        ("国交成本控制数平均分给50个学生，每个学生多少钱", Decimal(8000)),
        ("企服一年130万 按12个月算每个月多少", Decimal("108333.33")),
    ],
    ids=["jia", "months", "yi-ge-yue", "weeks", "fen-gei", "given-amount"],
)
def test_count_given_in_a_by_clause_divides_the_amount(question: str, result: Decimal) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == result
    assert found.figures[-1].given


@pytest.mark.parametrize(
    ("question", "result", "divisor"),
    [
        ("企服成本控制数按新培育的工作站家数平均，每家多少元？", Decimal(32500), "工作站"),
        ("企服的成本控制数按培育的工作站数平均，每家多少钱", Decimal(32500), "工作站"),
        ("国交成本上限按合作单位数平均，每家合作单位多少钱？", Decimal("133333.33"), "合作单位"),
        ("国交预算按合作单位数量来算，每家合作单位多少钱", Decimal("133333.33"), "合作单位"),
        ("国交成本控制数按港澳台籍学生人数平均，每人多少钱", Decimal(8000), "学生"),
    ],
    ids=["new-stations", "stations", "partners-ceiling", "partners-budget", "students"],
)
def test_row_named_in_a_by_clause_is_the_divisor(
    question: str, result: Decimal, divisor: str
) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == result
    row = found.figures[-1].indicator
    assert row is not None and divisor in row.name


@pytest.mark.parametrize(
    "question",
    ["开放日按3场算 每场平均接待多少人次", "开放日接待人次按开放日活动场次平均，一场接待多少人次"],
    ids=["given", "row"],
)
def test_visitors_per_session_divide_the_quoted_visitors(question: str) -> None:
    found = _calculation("variations", question)
    assert found.calculation.result == Decimal("1666.67")
    assert found.figures[0].value == Decimal(5000)


@pytest.mark.parametrize(
    "question",
    [
        "企服成本按40家工作站平均，每人多少钱",  # 家 counted, 人 asked
        "国交成本控制数按5周算，每天多少钱",  # 周 given, 天 asked
    ],
    ids=["jia-ren", "week-day"],
)
def test_by_clause_counting_another_unit_gives_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, FigureCalculation)


def test_by_clause_that_asks_or_joins_is_no_divisor() -> None:
    assert by_clause("每个港澳台学生平均能分到几个实习岗位") is None
    assert by_clause("道路桥梁养护按成本上限和养护长度算，每米多少钱") is None
    found = by_clause("企服成本控制数除以引入的120名院士专家")
    assert found is not None and found.by == "引入的120名院士专家"


def test_period_and_measure_words() -> None:
    assert period_asked("一个月多少万元") == ("月", 0)
    assert period_asked("开支月均多少") == ("月", 2)
    assert period_asked("一共多少") is None
    assert same_measure("个月", "月") and same_measure("家", "家合作单位")
    assert not same_measure("个", "季度")


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("设施运维和道路桥梁养护的成本上限加起来多少", Decimal(5_000_000)),
        ("三个项目的成本控制数加起来多少", Decimal(6_200_000)),
        ("三个项目的成本上限（成本控制数/养护成本）加总", Decimal(6_200_000)),
        ("设施运维和场馆改造的成本控制数加起来多少", Decimal(3_700_000)),
        ("道路桥梁养护和场馆改造的成本上限一共多少", Decimal(3_700_000)),
        ("设施运维的成本上限比场馆改造高多少", Decimal(1_300_000)),
    ],
    ids=["two", "three", "three-glossed", "multi-year", "road-first", "difference"],
)
def test_cost_ceilings_are_each_projects_money_row(question: str, result: Decimal) -> None:
    found = _calculation("other", question)
    assert found.calculation.result == result
    assert all(figure.indicator is not None for figure in found.figures)


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("道桥养护资金总额 比 场馆改造年度申请总额 多多少", Decimal(1_300_000)),
        ("场馆改造的年度申请总额比道路养护的资金总额少多少", Decimal(-1_300_000)),
    ],
    ids=["road-first", "venue-first"],
)
def test_each_part_keeps_its_own_project_and_amount(question: str, result: Decimal) -> None:
    found = _calculation("other", question)
    assert found.calculation.result == result
    assert {figure.project.name for figure in found.figures} == {
        "道路桥梁养护",
        "科普场馆数字化改造",
    }


@pytest.mark.parametrize(
    "question",
    ["三个项目的年度预算加起来是多少万元", "三个项目今年申请的钱一共多少万"],
    ids=["wan-yuan", "wan"],
)
def test_sum_asked_in_wan_adds_one_amount_per_project(question: str) -> None:
    replies = service_for("other").answer(question).replies
    text = "\n".join(reply.plain() for reply in replies)
    assert "620万元" in text
    assert "980万元" not in text


@pytest.mark.parametrize(
    "question",
    [
        "设施运维的市民满意度比道路养护的高几个百分点",
        "道路养护的市民满意度比设施运维的低几个百分点",
    ],
    ids=["higher", "lower"],
)
def test_project_named_after_bi_is_a_project(question: str) -> None:
    found = _calculation("other", question)
    assert abs(found.calculation.result) == Decimal(5)


@pytest.mark.parametrize(
    ("form", "question", "result"),
    [
        ("builtin", "企服和国交的预算差额占两者合计的比例", Decimal("52.9")),
        ("builtin", "企服和国交的预算差额是两者之和的百分之多少", Decimal("52.9")),
        ("builtin", "企服和国交预算之差占二者加起来的多少", Decimal("52.9")),
        ("builtin", "两个项目的预算差额占企服预算的比例", Decimal("69.2")),
        ("other", "设施运维和场馆改造的年度预算差额占两者合计的比例", Decimal("35.1")),
    ],
    ids=["he-ji", "zhi-he", "zhi-cha", "one-project", "named-loosely"],
)
def test_difference_over_the_sum_of_both(form: str, question: str, result: Decimal) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, SeveralIndicators), answer
    share = answer.others[-1]
    assert isinstance(share, FigureCalculation)
    assert share.calculation.result == result


@pytest.mark.parametrize(
    ("question", "result", "unit"),
    [
        ("道路养护长度除以资金总额，每万元养护多少米", Decimal("3.94"), "米/万元"),
        ("道路养护长度除以资金总额是多少", Decimal("3.94"), "米/万元"),
        ("资金总额除以道路养护长度是多少", Decimal("2538.07"), "元/米"),
    ],
    ids=["per-wan", "written-order", "money-first"],
)
def test_division_follows_the_written_order_and_per_wan(
    question: str, result: Decimal, unit: str
) -> None:
    found = _calculation("old_template", question)
    assert found.calculation.result == result
    assert found.unit == unit


@pytest.mark.parametrize(
    ("question", "result", "periods"),
    [
        ("直通车一个月平均要服务多少人次科技工作者", Decimal("666.67"), Decimal(12)),
        ("企服预算每个月平均多少钱", Decimal("108333.33"), Decimal(12)),
        ("活动参与人数一个月平均多少人", Decimal(25), Decimal(12)),
        ("国交成本控制数一个季度合多少钱", Decimal(100000), Decimal(4)),
    ],
    ids=["quoted", "budget", "row", "quarter"],
)
def test_per_month_divides_an_annual_figure_by_the_months_of_a_year(
    question: str, result: Decimal, periods: Decimal
) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == result
    assert found.figures[-1].in_a_year and found.figures[-1].value == periods


@pytest.mark.parametrize(
    "question",
    [
        "国交的活动一个月内能完成吗",
        "国交成本控制数按5周算，每天多少钱",
        "国交成本控制数每周多少钱",
    ],
    ids=["within-a-month", "days", "weeks"],
)
def test_no_conversion_for_deadlines_days_or_weeks(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not (isinstance(answer, FigureCalculation) and answer.figures[-1].in_a_year)


def test_months_of_a_year_are_named_in_the_reply() -> None:
    replies = service_for("builtin").answer("企服预算每个月平均多少钱").replies
    text = "\n".join(reply.plain() for reply in replies)
    assert "全年按12个月计" in text and "108333.33" in text


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造项目总额减掉今年申请的，还剩多少",
        "数字化改造项目总额比当年申请的多多少",
        "数字化改造的项目资金总额减去本年申请的是多少",
    ],
    ids=["jin-nian", "dang-nian", "ben-nian"],
)
def test_this_years_application_is_the_annual_amount(question: str) -> None:
    found = _calculation("multi_year", question)
    assert found.calculation.result == Decimal(2_400_000)


@pytest.mark.parametrize(
    "question",
    ["请核算两个项目的财政拨款合计", "请计算两个项目预算合计", "帮我测算两个项目的预算一共多少"],
    ids=["he-suan", "ji-suan", "ce-suan"],
)
def test_a_verb_asking_to_compute_is_phrasing(question: str) -> None:
    replies = service_for("builtin").answer(question).replies
    text = "\n".join(reply.plain() for reply in replies)
    assert "170万元" in text and "没有找到" not in text


@pytest.mark.parametrize(
    "question",
    ["每个港澳台学生平均能分到几个实习岗位", "平均每个港澳台学生能分到多少个实习岗位"],
    ids=["ji-ge", "duo-shao-ge"],
)
def test_rows_named_after_the_ask_are_shared_out_per_thing_named(question: str) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == Decimal(2)
    assert found.unit == "个/人"


@pytest.mark.parametrize(
    ("form", "question", "result"),
    [
        ("builtin", "调查站点年均上报3000多份，按国家级加市级站点平均一家大概多少份", "63.83"),
        ("builtin", "企服成本按40家工作站平均，一家多少钱", "32500"),
        ("old_template", "养护成本按985米平摊，一米多少钱", "2538.07"),
        ("old_template", "道桥养护成本按养护长度985米算一米多少钱", "2538.07"),
    ],
    ids=["stations", "jia", "metres", "row-repeated"],
)
def test_one_and_a_measure_word_ask_per_unit_beside_a_by_clause(
    form: str, question: str, result: str
) -> None:
    found = _calculation(form, question)
    assert found.calculation.result == Decimal(result)


def test_a_row_repeated_with_its_figure_is_shown_as_the_row() -> None:
    found = _calculation("old_template", "道桥养护成本按养护长度985米算一米多少钱")
    divisor = found.figures[-1]
    assert divisor.indicator is not None and divisor.indicator.name == "道路养护长度"


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("企服成本控制数除以引入的120名院士专家，每名多少钱", "10833.33"),
        ("国交成本控制数平均分给50名学生，每名多少钱", "8000"),
    ],
    ids=["experts", "students"],
)
def test_a_question_word_is_never_reordered_as_a_typo(question: str, result: str) -> None:
    assert "每名多少钱" in engine_for("builtin").read(question).text
    assert _calculation("builtin", question).calculation.result == Decimal(result)


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("企服成本控制数占两个项目成本控制数合计的比例", "76.5"),
        ("企服的成本控制数在两个项目成本控制数总和里占多少", "76.5"),
        ("企服的成本控制数在两个项目成本控制数总和里占比多少", "76.5"),
    ],
    ids=["zhan-he-ji", "zai-li-zhan", "zai-li-zhan-bi"],
)
def test_share_of_a_row_among_that_row_of_every_project(question: str, result: str) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == Decimal(result)
    assert len(found.figures) == 2 and found.calculation.operation.value == "share"


def test_a_plain_ratio_of_two_projects_stays_a_ratio() -> None:
    found = _calculation("builtin", "企服成本控制数是国交的百分之几")
    assert found.calculation.result == Decimal(325)


@pytest.mark.parametrize(
    "question",
    ["都市交通研讨会征集的论文平均每场活动几篇", "研讨会征集论文平均每场活动多少篇"],
    ids=["ji-pian", "duo-shao-pian"],
)
def test_per_unit_divisor_is_a_row_of_the_dividends_project(question: str) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == Decimal(5)
    assert {figure.project.name for figure in found.figures} == {"国际科技人文交流与合作"}


def test_part_within_the_whole_of_one_project() -> None:
    found = _calculation("multi_year", "财政资金在项目资金总额里占比多少")
    assert found.calculation.result == Decimal("83.3")


@pytest.mark.parametrize(
    "question",
    ["港澳台暑期实习期按周数折算一共多少天", "港澳台学生实习一共多少天", "暑期实习期间有多少天"],
    ids=["zhe-suan", "yi-gong", "qi-jian"],
)
def test_weeks_a_goal_states_convert_to_the_days_asked(question: str) -> None:
    found = _calculation("builtin", question)
    assert found.calculation.result == Decimal(35)
    assert found.unit == "天" and found.figures[-1].converted_from == "周"


def test_a_row_in_another_unit_is_not_converted() -> None:
    answer = engine_for("builtin").interpret("活动参与人数一共多少天").answer
    assert not isinstance(answer, FigureCalculation)


def test_conversion_is_named_in_the_reply() -> None:
    replies = service_for("builtin").answer("暑期实习期间有多少天").replies
    text = "\n".join(reply.plain() for reply in replies)
    assert "× 每周按7天计" in text and "35天" in text


@pytest.mark.parametrize(
    "question",
    [
        "道路项目资金里财政拨款占多大比例",
        "道路桥梁养护财政拨款占资金的比例",
        "道路桥梁养护的财政拨款占年度资金申请总额的比例",
    ],
    ids=["li-zhan", "zhan-zi-jin", "zhan-nian-du"],
)
def test_a_part_of_the_funding_equal_to_the_whole_is_all_of_it(question: str) -> None:
    found = _calculation("old_template", question)
    assert found.calculation.result == Decimal(100)
    assert len(found.figures) == 2


@pytest.mark.parametrize(
    "question",
    ["企服的预算在两个项目总预算里占多少", "企服的预算在两个项目总预算里占多大比例"],
    ids=["duo-shao", "duo-da-bi-li"],
)
def test_a_project_among_all_projects_is_no_part_of_its_own_funding(question: str) -> None:
    replies = service_for("builtin").answer(question).replies
    text = "\n".join(reply.plain() for reply in replies)
    assert "76.5%" in text and "= 100%" not in text
