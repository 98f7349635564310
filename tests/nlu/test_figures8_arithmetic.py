"""Arithmetic asks of session 8: every word of a sum adds the amounts it names."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("烦请汇总已载入三个项目的年度资金申请总额", "620万元"),
        ("请把三个项目的预算汇总一下", "620万元"),
        ("三个项目财政拨款总计", "550万元"),
        ("已载入各项目的当年财政拨款加总是多少", "550万元"),
        ("三个项目的预算加在一起", "620万元"),
    ],
    ids=["gather-annual", "gather-after", "sum-word", "add-up", "put-together"],
)
def test_a_sum_word_over_several_projects_answers_their_total(question: str, total: str) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert f"合计：{total}" in answer


def test_amounts_asked_each_are_not_added() -> None:
    answer = answer_of({"q": "各项目预算分别是多少", "form": "other"}, service_for)
    assert "合计" not in answer
    assert "250万元" in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("运维跟场馆数字化改造的年度资金申请总额加起来多少", "合计：370万元"),
        ("运维和养护两个项目的市民满意度目标差几个百分点", "= 多 5个百分点"),
        ("道路桥梁养护和运维的市民满意度差多少", "= 多 5个百分点"),
        ("场馆数字化改造和养护的当年财政拨款差多少", "= 多 150万元"),
        ("养护和运维的成本控制数一共多少", "= 500万元"),
    ],
    ids=["word-before-name", "two-words-row", "word-after-name", "money-after", "cost-rows"],
)
def test_a_short_word_of_a_project_name_joined_to_another_is_an_operand(
    question: str, result: str
) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert result in answer


def test_short_words_of_two_names_list_each_project_row() -> None:
    answer = answer_of({"q": "运维和养护的市民满意度分别多少", "form": "other"}, service_for)
    assert "≥90%" in answer and "≥85%" in answer
    assert "未能确定" not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("直通车服务科技工作者人次是服务企业数的几倍", "= 80 倍"),
        ("直通车服务科技工作者人次是服务企业家数的几倍", "= 80 倍"),
        ("直通车服务的科技工作者人次除以服务企业数", "= 80人次/家"),
    ],
    ids=["times", "count-of-enterprises", "divided"],
)
def test_a_part_ending_in_a_unit_quotes_the_goal_figure_in_that_unit(
    question: str, result: str
) -> None:
    answer = answer_of({"q": question}, service_for)
    assert result in answer
    assert "8000人次" in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("调查信息年均3000多份 按季度算一季大概多少份", "750份/个季度"),
        ("年均3000份按季度平均一季多少份", "750份/个季度"),
        ("调查信息年均3000多份，每季多少份", "750份/个季度"),
        ("国交预算按季分每季多少钱", "100000元/个季度"),
        ("企服一年130万，一季能花多少", "325000元/个季度"),
    ],
    ids=["by-quarter-one", "average", "each-quarter", "by-quarter-short", "given-amount"],
)
def test_a_quarter_said_short_divides_by_the_quarters_of_a_year(
    question: str, result: str
) -> None:
    assert result in answer_of({"q": question}, service_for)


@pytest.mark.parametrize(
    "question",
    [
        "12处设施一年250万，每处每月多少",
        "平均每辆巡检车每月分摊多少成本",
        "每处设施每个月多少运维钱",
    ],
    ids=["given", "cost-per-car-month", "per-site-month"],
)
def test_an_amount_per_two_units_is_never_one_division(question: str) -> None:
    answer = answer_of({"q": question, "form": "variations"}, service_for)
    assert "不给出数字" in answer
    assert "208333" not in answer and "250000" not in answer


def test_an_amount_per_one_unit_is_still_divided() -> None:
    answer = answer_of({"q": "每辆巡检车分摊多少运维成本", "form": "variations"}, service_for)
    assert "= 250000元/辆" in answer


@pytest.mark.parametrize(
    "question",
    ["道路养护长度是多少公里", "路要养护几公里", "养护的道路有多少千米"],
    ids=["length", "short", "kilometre-word"],
)
def test_a_length_stated_in_metres_is_converted_when_asked_in_kilometres(question: str) -> None:
    answer = answer_of({"q": question, "form": "old_template"}, service_for)
    assert "0.985" in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交各项活动场次加起来一共多少场",
        "企服举办的各类活动数量加起来多少次",
        "国交活动场次加起来多少场",
    ],
    ids=["every-event", "every-kind", "events-added"],
)
def test_one_row_is_no_total_of_several_added_up(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "不给出数字" in answer
    assert "≥4场" not in answer and "≥5场" not in answer


@pytest.mark.parametrize(
    "question",
    ["国交所有港澳台学生一共多少人", "活动参与人数加起来多少", "活动参与人数一共多少人"],
    ids=["all-students", "one-row-added", "one-row-total"],
)
def test_a_total_said_of_one_row_is_that_row(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "≥50人" in answer or "≥300人" in answer


def test_a_row_listing_the_things_added_up_is_their_total() -> None:
    answer = answer_of({"q": "实习的开幕、结业、参访这些活动加起来要几场"}, service_for)
    assert "≥3场" in answer


@pytest.mark.parametrize(
    ("question", "results"),
    [
        ("养护项目财政拨款占比", ["= 100%"]),
        ("场馆改造财政资金占比", ["300万元 ÷", "= 约83.3%"]),
        ("运维项目结转资金占多少比例", ["50万元 ÷", "= 20%"]),
        ("结转资金占年度资金申请总额的比重", ["= 20%", "= 约16.7%"]),
        ("各项目财政拨款占年度申请的比例分别是多少", ["= 80%", "= 约83.3%", "= 100%"]),
    ],
    ids=["implied-whole", "project-column", "carry-over", "each-project", "each-named"],
)
def test_a_part_of_the_funding_is_divided_by_its_column_total(
    question: str, results: list[str]
) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    for result in results:
        assert result in answer


@pytest.mark.parametrize(
    "question",
    [
        "市级调查站点比国家级的多几家",
        "市级站点比国家级站点多多少家",
        "市级的调查站点和国家级的差几家",
    ],
    ids=["more", "how-many-more", "differ"],
)
def test_a_difference_of_goal_figures_takes_the_order_the_question_names(question: str) -> None:
    assert "市级 28家 − 国家级 19家 = 多 9家" in answer_of({"q": question}, service_for)


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("运维的年度资金比数字化改造多多少", "= 多 130万元"),
        ("数字化改造的年度资金比运维少多少", "= 少 130万元"),
        ("运维的市民满意度比道路养护的高几个百分点", "= 多 5个百分点"),
        ("道路养护的市民满意度比运维低几个点", "= 少 5个百分点"),
    ],
    ids=["word-before", "word-after", "loose-name-after", "loose-name-before"],
)
def test_a_short_word_of_a_project_name_across_a_comparison_is_the_other_operand(
    question: str, result: str
) -> None:
    assert result in answer_of({"q": question, "form": "other"}, service_for)


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("调查站点一年报3000来份，平均每个站点多少份", "约63.83份/家"),
        ("调查站点年均3000来份，按季度算一季多少份", "750份/个季度"),
        ("年均3000来份，国家级和市级站点平均每家多少份", "约63.83份/家"),
    ],
    ids=["per-site", "per-quarter", "named-levels"],
)
def test_a_count_given_roughly_with_lai_is_divided(question: str, result: str) -> None:
    assert result in answer_of({"q": question}, service_for)


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("企服的成本控制数摊到每场科创赋能活动，一场多少钱", "约37142.86元/场"),
        ("国交预算摊到每家合作单位，一家多少", "约133333.33元/家"),
        ("国交40万平均给到每家合作单位多少", "约133333.33元/家"),
        ("企服130万平均到每场科创赋能活动多少钱", "约37142.86元/场"),
        ("国交40万摊到每个港澳台学生多少", "8000元/人"),
    ],
    ids=["restated-per", "restated-family", "given-amount", "given-amount-events", "students"],
)
def test_a_per_unit_ask_divides_by_the_row_its_clause_names(question: str, result: str) -> None:
    assert result in answer_of({"q": question}, service_for)


def test_an_amount_named_after_each_is_divided_by_the_count_given() -> None:
    answer = answer_of(
        {"q": "运维项目12处设施平均每处运维成本多少", "form": "variations"}, service_for
    )
    assert "约208333.33元/处" in answer


@pytest.mark.parametrize(
    "question",
    [
        "国家级站点数和市级站点数之比是多少",
        "国家级调查站点和市级调查站点的比值",
        "国家级站点数除以市级站点数",
    ],
    ids=["ratio-of", "ratio-value", "divided"],
)
def test_a_ratio_of_two_goal_counts_of_one_kind_divides_them(question: str) -> None:
    assert "国家级 19家 ÷ 市级 28家 = 约0.68" in answer_of({"q": question}, service_for)


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交辩论队人数加上科普论坛上海代表一共几个人", "= 7人"),
        ("辩论队和科普论坛代表一共几个人", "= 7人"),
        ("港澳台学生比辩论队多几个人", "= 多 45人"),
    ],
    ids=["sum-people", "sum-short", "difference-people"],
)
def test_the_ask_of_a_result_in_people_leaves_the_operand_words(
    question: str, result: str
) -> None:
    assert result in answer_of({"q": question}, service_for)


@pytest.mark.parametrize("question", ["国交占比多少", "国交占比"], ids=["share-ask", "share-bare"])
def test_an_arithmetic_ask_of_a_project_alone_gets_no_overview_figure(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "不给出数字" in answer
    assert "40万" not in answer
