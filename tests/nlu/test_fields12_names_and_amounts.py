"""A project's name said with one word otherwise, a kind of project said beside a name, an
amount asked as a 金额, the year's deliverables, who carries the work out on the ground
(session 12, fields)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    "question",
    ["科普场馆数字化更新项目是什么性质的", "科普场馆数字化提升项目的计划开始日期"],
    ids=["nature", "start"],
)
def test_a_full_name_with_its_last_word_said_otherwise_names_the_project(question: str) -> None:
    answer = ask(question, "multi_year")
    assert "科普场馆数字化改造" in answer
    assert "没有找到" not in answer


def test_a_different_name_is_still_unknown() -> None:
    answer = ask("城市绿化更新项目的预算", "multi_year")
    assert "没有找到" in answer
    assert "120万" not in answer


def test_a_kind_of_project_said_beside_the_ask_names_no_project() -> None:
    answer = ask("国交项目性质填的啥？听人说有跨年度项目和一次性项目两种", "builtin")
    assert "其他一次性项目" in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "form", "expected", "absent"),
    [
        ("运维上年结转资金的金额", "variations", "50万", "200万"),
        ("数字化改造财政资金数额是多少", "multi_year", "300万", "没有找到"),
        ("国交年度预算金额", "builtin", "40万", "没有找到"),
    ],
    ids=["carry-over", "fiscal", "budget"],
)
def test_an_amount_asked_as_a_sum_of_money_answers_its_column(
    question: str, form: str, expected: str, absent: str
) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert absent not in answer


@pytest.mark.parametrize(
    "question",
    ["数字化改造今年要拿出什么成果", "改造项目本年度交付什么"],
    ids=["results", "deliver"],
)
def test_what_the_year_delivers_answers_the_annual_goal(question: str) -> None:
    answer = ask(question, "multi_year")
    assert "虚拟导览" in answer


@pytest.mark.parametrize(
    "question",
    ["企服具体执行的是哪个单位", "国交负责落实的是谁"],
    ids=["executes", "carries-out"],
)
def test_who_carries_the_work_out_answers_the_implementer(question: str) -> None:
    answer = ask(question, "builtin")
    assert "上海市科普教育展示技术中心" in answer


def test_which_day_it_is_done_answers_the_end() -> None:
    answer = ask("道路桥梁养护哪天完工", "old_template")
    assert "2024年1月" in answer
