"""Abbreviations spelled out in full (台湾香港澳门) read as the form writes them (港澳台)."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer
from tests.nlu.question_sets import engine_for

STUDENTS = "港澳台籍学生人数"


@pytest.mark.parametrize(
    "question",
    [
        "国交一共要请多少台湾香港澳门的学生过来实习",
        "台湾、香港和澳门的大学生要来多少人",
        "国交要招多少香港澳门台湾学生",
        "澳门台湾香港的学生人数目标",
    ],
    ids=["run-on", "joined", "other-order", "count-asked"],
)
def test_spelled_out_regions_read_as_the_abbreviation(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert all(STUDENTS in row.name for row in answer.indicators)


def test_rewriting_keeps_the_rest_of_the_question() -> None:
    engine = engine_for("builtin")
    assert engine.read("国交要请多少台湾、香港和澳门的学生").text == "国交要请多少港澳台的学生"


@pytest.mark.parametrize(
    "question",
    ["企业项目用次数计量的指标有几个", "国交要请多少北京天津河北的学生"],
    ids=["two-words", "regions-the-form-lacks"],
)
def test_no_abbreviation_is_made_by_chance(question: str) -> None:
    engine = engine_for("builtin")
    assert engine.read(question).text == engine.read(question.replace(" ", "")).text
    assert "港澳台" not in engine.read(question).text
    assert "数量" not in engine.read(question).text


def test_spelled_out_regions_with_an_absent_thing_give_no_figure() -> None:
    answer = engine_for("builtin").interpret("台湾香港澳门来的志愿者人数").answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
