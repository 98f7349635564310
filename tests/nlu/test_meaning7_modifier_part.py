"""A word naming part of what the row's modifier names (路面 of 道路) is explained by the row."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    ["道路养护对路面通行是啥要求", "养护后路面通行条件要达到什么效果", "路面通行状况要怎样"],
    ids=["what-requirement", "what-effect", "how"],
)
def test_road_surface_traffic_is_the_road_traffic_row(question: str) -> None:
    answer = engine_for("old_template").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert [row.name for row in answer.indicators] == ["道路通行条件"]


@pytest.mark.parametrize(
    "question",
    ["国交要请多少外籍学生", "国交外籍学生人数目标"],
    ids=["foreign-students", "foreign-student-count"],
)
def test_other_kind_sharing_the_last_character_gives_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
