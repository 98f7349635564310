"""Asks no number answers: by whom (派谁去) and either-or (主会场还是分会场)."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer, PassageAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "两岸大学生辩论赛由谁代表上海参加",
        "国交派哪所学校去参加辩论赛",
        "海峡两岸辩论赛上海派哪个学校",
        "国交打算让谁去打辩论赛",
    ],
)
def test_who_is_sent_quotes_the_goal(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert "一所高校" in answer.matches[0].passage.text


def test_how_many_are_sent_is_still_the_row() -> None:
    answer = engine_for("builtin").interpret("辩论赛派多少人去").answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert "辩论队人数" in answer.indicators[0].name


@pytest.mark.parametrize(
    "question",
    [
        "港澳台实习启动仪式上海是主会场还是分会场",
        "港澳台实习启动仪式上海办主会场还是分会场",
        "港澳台实习启动仪式上海是分会场还是主会场",
    ],
)
def test_either_or_is_settled_by_the_one_the_goal_writes(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert "分会场" in answer.matches[0].passage.text


@pytest.mark.parametrize("question", ["国交的志愿者是谁负责招的", "企服派谁去银行对接，多少人"])
def test_who_of_something_the_form_lacks_gives_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
