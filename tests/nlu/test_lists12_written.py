"""Session 12 (second): targets written as a bare number and unit (只写了数字和单位, with
运算符（≥、≤、=） glossed in brackets), "only" said before a heading (光数量指标), and a
clause saying a heading's rows must not be missed beside rows asked by their names
(别漏了效益那块的)."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import ask, engine_for


def _listed(form: str, question: str) -> list[str]:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    return [row.name for group in answer.groups for row in group.indicators]


@pytest.mark.parametrize(
    "question",
    [
        "运维项目中只写了数字和单位、未写运算符（≥、≤、=）的指标是哪几个？",
        "运维里哪些指标光写了数字加单位，没带≥≤这种符号",
        "运维哪些指标目标只写了数字和单位，不带运算符",
        "运维有哪些指标没有用比较符号（≥ ≤ =），直接写的数",
    ],
)
def test_a_bare_number_and_unit(question: str) -> None:
    assert _listed("variations", question) == ["维护步道长度", "巡检车辆数"]
    answer = ask(question, "variations")
    assert "985米" in answer and "10辆" in answer and "≥3场" not in answer


def test_operators_glossed_without_a_number_leave_every_row_lacking_them() -> None:
    rows = _listed("variations", "运维没写运算符(≥/≤/=)的指标")
    assert "维护步道长度" in rows and "市民满意度" not in rows and "设施完好率" not in rows


@pytest.mark.parametrize(
    "question",
    [
        "企业那边光数量指标就有多少个啊？",
        "企服光是数量指标有几个",
        "企服仅数量指标就多少项",
    ],
)
def test_only_said_before_a_heading(question: str) -> None:
    answer = ask(question)
    assert "14 项" in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("国交项目里，指标名称带海峡两岸这四个字的，有几个，都是啥，嗯，别漏了效益那块的", 5),
        ("国交名字里有海峡两岸的指标有几个，效益指标里的也算上", 5),
        ("国交带港澳台的指标列一下，满意度那块别漏了", 4),
        ("国交名字含研讨会的指标有哪些，效益方面的也别落下", 2),
        ("企服带工作站的指标有几条？可持续影响那块也要算", 3),
    ],
)
def test_a_heading_said_not_to_be_missed_narrows_nothing(question: str, count: int) -> None:
    answer = ask(question)
    assert f"{count} 项" in answer
    assert "共 3 项" not in answer or count == 3  # never the heading's own rows instead
