"""还要 / 另外 of 除了…还要上线啥 only phrase the ask: the goal sentence answers it."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer, PassageAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "改造项目2025年还要上线什么",
        "改造项目2025年还得上线什么",
        "改造项目2025年除了改造展区还要上线什么",
        "数字化改造项目2025年另外还要上线啥",
    ],
)
def test_what_else_is_planned_quotes_the_goal(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert "虚拟导览" in answer.matches[0].passage.text


@pytest.mark.parametrize("question", ["改造项目还要上线多少个小程序", "改造项目还需要多少志愿者"])
def test_what_else_the_form_lacks_gives_no_figure(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
