"""Drawing people (吸引多少人) is implied by a row counting visits (线上参观人次)."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "线上能吸引多少人",
        "改造项目线上准备吸引多少人",
        "数字化改造线上计划吸引多少人次",
        "线上展馆要招揽多少人",
    ],
)
def test_drawing_people_asks_the_visit_row(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert [row.name for row in answer.indicators] == ["线上参观人次"]


@pytest.mark.parametrize("question", ["改造项目吸引多少投资", "线上吸引多少志愿者"])
def test_drawing_something_the_form_lacks_gives_no_figure(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
