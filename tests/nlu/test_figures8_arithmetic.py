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
        ("道路桥梁养护和运维的市民满意度差多少", "= 少 5个百分点"),
        ("场馆数字化改造和养护的当年财政拨款差多少", "= 少 150万元"),
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
