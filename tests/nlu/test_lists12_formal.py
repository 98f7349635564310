"""Session 12 (second): filters said formally or around other words: corner quotes (以「人」为
计量单位), requests to find or set out (请查明, 逐条列明), the form's layout (旧版格式), operators
said missing with 标注/写明, two standards side by side or beside one negated, a project pointed
at (企业那个，), conditions right after a project's word (改造写≥的), headings left out by 不含,
the percent sign as a unit, and the word the names are said to hold as the only name word."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import engine_for


def _listed(form: str, question: str) -> list[str]:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    return [row.name for group in answer.groups for row in group.indicators]


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("builtin", "国交以「场」计的指标有哪些", 2),
        ("builtin", "兩個項目按『篇』計量的指標", 2),
        ("builtin", "请核实国交项目中以“≤”设定的指标", 1),
        ("builtin", "请逐条列明企服采用“=”的指标", 3),
        ("old_template", "这张旧版格式的养护表里，绩效标准为行业标准的指标", 1),
        ("variations", "运维数量指标里没有标明≥的", 2),
        ("old_template", "养护里绩效标准是“行业标准”“历史标准”的各是哪些", 2),
        ("old_template", "养护绩效标准不是计划标准而是历史标准的指标", 1),
        ("builtin", "国交那个，按人算的指标有几个", 4),
        ("multi_year", "改造填了≥的指标有几个", 3),
        ("builtin", "企服的定性指标（不包括时效的）有几个", 3),
        ("builtin", "国交目标里带百分号的指标", 2),
        ("builtin", "我在看研讨会的材料，国交名称里有“论文”的指标有几个", 1),
    ],
)
def test_rows_picked_by_the_conditions_alone(form: str, question: str, rows: int) -> None:
    assert len(_listed(form, question)) == rows


def test_the_standards_beside_a_negated_one() -> None:
    names = _listed("old_template", "养护绩效标准不是计划标准而是历史标准的指标")
    assert names == ["道路通行条件"]


def test_a_filtered_sum_said_with_zhihe() -> None:
    from tests.nlu.question_sets import ask

    answer = ask("国交以场计的指标之和是多少场")
    assert "= 7场" in answer


@pytest.mark.parametrize(
    ("question", "rows"),
    [("国交在质量关上有哪些指标", 2), ("国交关于长效管理的指标，指标值为何", 1)],
)
def test_a_heading_said_loosely_and_a_formal_ask(question: str, rows: int) -> None:
    assert len(_listed("builtin", question)) == rows


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("国交效益这块都考核啥", 3),
        ("企服效益指标都包括什么", 3),
        ("国交满意度这块考核什么", 1),
        ("企服质量方面主要衡量哪些", 2),
    ],
)
def test_what_a_heading_weighs_asked(question: str, rows: int) -> None:
    assert len(_listed("builtin", question)) == rows
