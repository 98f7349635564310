"""Session 10: a heading's stem or 数量 ending a word of its own names what a row counts."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, IndicatorList, NotInForm
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("form", "question"),
    [
        ("variations", "运维项目设施更新改造数量的指标值"),
        ("variations", "运维志愿者数量的指标"),
        ("builtin", "国交志愿者数量的目标值"),
        ("builtin", "企服专利申请数量指标值是多少"),
        ("multi_year", "数改 展品更新数量的指标值"),
    ],
    ids=["upkeep", "volunteers", "exchange", "patents", "renovation"],
)
def test_a_count_of_a_thing_no_row_counts_is_not_in_the_form(form: str, question: str) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, NotInForm), answer


def test_a_count_of_a_thing_a_row_counts_is_that_row() -> None:
    answer = engine_for("variations").interpret("运维巡检车辆数量的指标值").answer
    assert isinstance(answer, IndicatorAnswer)
    assert [row.name for row in answer.indicators] == ["巡检车辆数"]


@pytest.mark.parametrize(
    ("question", "count"),
    [("运维数量指标有几个", 4), ("运维项目的指标数量是多少", 19)],
    ids=["heading", "all"],
)
def test_a_count_of_rows_still_counts_them(question: str, count: int) -> None:
    answer = engine_for("variations").interpret(question).answer
    assert isinstance(answer, IndicatorList)
    assert sum(len(group.indicators) for group in answer.groups) == count
