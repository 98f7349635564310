"""Session 9 filters said tersely: a condition with no 指标 and no 哪些 (查企服定量), a
standard or kind rows must not have, a unit said with 口径."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import engine_for, rows_listed

ROAD_NOT_PLANNED = {"养护合格率", "道路通行条件"}
SERVICE_DEADLINE_OR_TEXT = {
    "活动完成及时性",
    "科普沟通联络工作效果提升情况",
    "学会服务创新、服务政府和社会、服务科技工作者和自我发展能力提升情况",
    "长效管理机制健全性",
}


@pytest.mark.parametrize(
    "question",
    [
        "养护项目绩效标准不是计划标准的有哪几个",
        "养护项目评价标准不是计划标准的有几个",
        "养护里哪些不是计划标准",
        "养护项目考核标准不是计划标准的是哪些",
    ],
    ids=["performance", "evaluation", "which-first", "assessment"],
)
def test_rows_whose_standard_is_not_one_said_are_listed_without_the_word_indicator(
    question: str,
) -> None:
    assert rows_listed("old_template", question) == ROAD_NOT_PLANNED


@pytest.mark.parametrize(
    "question",
    ["企服里不是定量的有哪几个", "企服哪些不是定量的", "企服非定量的有几个"],
    ids=["not-quantitative", "which-first", "non"],
)
def test_rows_of_any_other_kind_are_listed_without_the_word_indicator(question: str) -> None:
    assert rows_listed("builtin", question) == SERVICE_DEADLINE_OR_TEXT


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("数字化改造里按百分比口径考核的指标", {"观众满意度"}),
        ("运维项目以米的口径统计的指标有哪些", {"维护步道长度"}),
        ("哪些指标按人次口径计算", {"线上参观人次"}),
    ],
    ids=["percent", "metres", "visits"],
)
def test_a_unit_said_with_its_measure_words_picks_its_rows(question: str, rows: set[str]) -> None:
    assert rows_listed("other", question) == rows


SERVICE_TEXT_ROWS = SERVICE_DEADLINE_OR_TEXT - {"活动完成及时性"}
EXCHANGE_PEOPLE = {
    "活动参与人数",
    "参与 2026 年港澳台大学生暑期实习（上海）活动的港澳台籍学生人数",
    "参加第 25 届海峡两岸大学生辩论赛上海高校辩论队人数",
    "海峡两岸科普论坛上海代表参会人数",
}


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("企服定性", SERVICE_TEXT_ROWS),
        ("查企服定性", SERVICE_TEXT_ROWS),
        ("国交以人计", EXCHANGE_PEOPLE),
        ("列一下国交按人算的", EXCHANGE_PEOPLE),
        ("看看企服带上限", {"企业科技创新服务成本控制数"}),
        ("企服时效类", {"活动完成及时性"}),
        ("国交质量方面", {"活动、论坛质量达标率", "活动安全事故发生数"}),
    ],
    ids=["kind", "check-kind", "unit", "list-unit", "look-cap", "heading-kind", "heading-aspect"],
)
def test_a_terse_condition_with_no_question_word_lists_its_rows(
    question: str, rows: set[str]
) -> None:
    assert rows_listed("builtin", question) == rows


def test_a_terse_command_without_a_condition_asks_no_listing() -> None:
    answer = engine_for("builtin").interpret("查企服预算").answer
    assert not isinstance(answer, IndicatorList)
