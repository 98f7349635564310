"""Projects named by what describes them: a header value pointed at (跨年度那个项目), a body
that runs them (区建委那个项目, 科协这边), a short name after 比, a name restated in brackets
(session 12, fields)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask

OTHER = "other"


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("跨年度的那个项目观众满意度多少", "85%", "90%"),
        ("跨年那个项目计划啥时候开始", "2024年1月1日", "2026年1月1日"),
        ("跨年度这个项目有几个指标", "5 项", "7 项"),
    ],
    ids=["row", "start", "count"],
)
def test_a_header_value_pointed_at_names_its_project(
    question: str, expected: str, absent: str
) -> None:
    answer = ask(question, OTHER)
    assert expected in answer
    assert absent not in answer


def test_which_project_has_a_value_still_asks_which() -> None:
    answer = ask("哪个项目是跨年度的", OTHER)
    assert "科普场馆数字化改造" in answer
    assert "城市科普设施运维" not in answer


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("建委那个项目的资金总额", "250万", "360万"),
        ("区建管委报的那个项目养护长度多少", "985米", "主管部门"),
        ("建管委那边的桥梁检测几座", "4座", "主管部门"),
        ("科协那边的观众满意度要求", "85%", "90%"),
    ],
    ids=["abbreviated", "reported-by", "side", "side-row"],
)
def test_a_body_shortened_names_its_project(question: str, expected: str, absent: str) -> None:
    answer = ask(question, OTHER)
    assert expected in answer
    assert absent not in answer


def test_a_body_of_every_project_leaves_the_row_to_name_one() -> None:
    answer = ask("科协这边一年要服务科技工作者多少人次", "builtin")
    assert "8000" in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("设施运维的市民满意度比路桥项目高多少", "5个百分点", "15个百分点"),
        ("运维的年度预算比路桥项目多多少", "0万", "没有找到"),
    ],
    ids=["satisfaction", "budget"],
)
def test_a_short_name_after_bi_names_the_other_project(
    question: str, expected: str, absent: str
) -> None:
    answer = ask(question, OTHER)
    assert expected in answer
    assert absent not in answer


def test_a_name_restated_in_brackets_is_the_project_named_inside() -> None:
    answer = ask("外联那个项目（国际交流的）是哪个单位来执行", "builtin")
    assert "上海市科普教育展示技术中心" in answer
    assert "没有找到" not in answer


def test_a_name_nobody_restates_is_still_unknown() -> None:
    answer = ask("外联项目的预算是多少", "builtin")
    assert "没有找到“外联”" in answer
    assert "40万" not in answer
