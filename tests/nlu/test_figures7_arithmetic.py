"""Arithmetic over the figures a goal sentence states."""

from __future__ import annotations

import pytest

from knowledge.arithmetic import Operand
from nlu.arithmetic import stated_figures
from tests.nlu.question_sets import answer_of, service_for

STATIONS = "市科协已在全市建有国家级科技工作者状况调查站点19家，市级调查站点28家。"


@pytest.mark.parametrize(
    "question",
    [
        "国家级科技工作者状况调查站点占全部调查站点的比例是多少",
        "国家级站点占所有调查站点的百分比",
        "国家级科技工作者状况调查站点占两级站点总数的百分之几",
        "国家级调查站点在全部调查站点里占比",
        "调查站点里国家级的占全部站点的百分比",
        "国家级站点占调查站点总数的几成",
    ],
    ids=["whole-phrase", "all", "two-levels", "within", "container", "tenths"],
)
def test_a_share_of_goal_figures_beats_a_row_sharing_its_words(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "40.4%" in answer
    assert "19家 ÷" in answer


def test_names_written_one_after_another_are_one_mention() -> None:
    found = stated_figures(STATIONS, unit="家", names=["国家级", "科技", "工作者", "状况"])
    assert found == (Operand("国家级科技工作者状况", found[0].value),)
    assert int(found[0].value) == 19


def test_names_apart_in_one_clause_name_no_figure() -> None:
    assert stated_figures(STATIONS, unit="家", names=["全市", "状况"]) == ()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("国交预算按季度分，每季度多少钱", "100000元/个季度"),
        ("企服一年130万，按月平均每个月能花多少", "108333.33元/个月"),
        ("企服年度申请总额按季度平摊是多少万元一个季度", "325000元/个季度"),
        ("企服服务科技工作者8000人次，按季度平均每季度多少人次", "2000人次/个季度"),
        ("年均3000份按12个月算，每月要报多少份", "250份/个月"),
        ("国交的钱按月份平摊下来一个月多少", "33333.33元/个月"),
    ],
    ids=["by-quarter", "given-amount", "ask-before-period", "given-count", "twelve", "months"],
)
def test_a_by_clause_naming_the_period_asked_per_divides_by_the_year(
    question: str, expected: str
) -> None:
    answer = answer_of({"q": question}, service_for)
    assert expected in answer


def test_a_by_clause_counting_other_periods_divides_by_that_count() -> None:
    answer = answer_of({"q": "企服按10个月算每个月多少钱"}, service_for)
    assert "130000元/个月" in answer
    assert "12个月" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "设施运维的年度资金和道路桥梁养护的资金总额加一起多少",
        "设施运维的年度资金加上道路桥梁养护的资金总额一共多少",
        "运维项目的年度资金和养护项目的资金总额合计是多少",
    ],
    ids=["together", "plus", "total"],
)
def test_a_trailing_ask_leaves_each_named_amount_to_its_own_project(question: str) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert "500万元" in answer
    assert answer.count("250万元") == 2


@pytest.mark.parametrize(
    "question",
    [
        "运维成本控制数 平摊到每处科普设施 大概多少",
        "运维成本控制数按目标里的科普设施处数平均，每处多少钱",
        "运维成本控制数按科普设施数平均，每处多少钱",
        "运维预算按科普设施的数量平摊，每处多少钱",
    ],
    ids=["spaces", "goal-count", "count-word", "number-of"],
)
def test_a_count_a_goal_states_divides_an_amount_per_unit(question: str) -> None:
    answer = answer_of({"q": question, "form": "variations"}, service_for)
    assert "208333.33元/处" in answer
    assert "12处科普设施" in answer


@pytest.mark.parametrize(
    ("question", "form", "expected"),
    [
        ("国交的成本按上海征集论文数量折算，一篇论文多少钱", "builtin", "20000元/篇"),
        ("国交的成本按上海征集论文数量折算 一篇论文多少钱", "builtin", "20000元/篇"),
        ("国交预算按实习岗位数平均，一个岗位多少钱", "builtin", "4000元/个"),
        ("改造成本控制数按改造展区数量平均，一个展区多少钱", "multi_year", "600000元/个"),
    ],
    ids=["paper", "paper-space", "post", "hall"],
)
def test_one_and_a_counted_noun_ask_per_unit_of_a_by_clause(
    question: str, form: str, expected: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert expected in answer


@pytest.mark.parametrize(
    "question",
    [
        "调查站点每年3000余份，平均摊到每个站点大概多少份",
        "调查站点每年上报3000余份，平均每个站点多少份",
        "年均上报的3000余份 摊到每个调查站点 大概几份",
    ],
    ids=["spread", "average", "spaces"],
)
def test_a_given_count_over_every_figure_of_the_noun_asked_per(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "63.83份/家" in answer
    assert "47家" in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("企服年度总目标分了六块工作，预算平均到每块是多少", "216666.67元/块"),
        ("企服预算分成5块，每块多少钱", "260000元/块"),
        ("国交预算拆成四段，平均每段多少钱", "100000元/段"),
    ],
    ids=["six-parts", "five-parts", "four-stages"],
)
def test_a_count_in_the_measure_word_asked_per_divides_the_amount(
    question: str, expected: str
) -> None:
    answer = answer_of({"q": question}, service_for)
    assert expected in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("两个项目成本控制数合计里企服占多少", "76.5%"),
        ("两个项目预算加起来，国交占多少", "23.5%"),
        ("两个项目的成本控制数合计当中国交占多少", "23.5%"),
    ],
    ids=["within-sum", "comma", "among"],
)
def test_a_whole_named_first_as_a_sum_is_no_computed_part(question: str, expected: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert expected in answer
    assert "−" not in answer
