"""目标是什么 after a row named in full asks the row's target, not the project's goal."""

from __future__ import annotations

import pytest

from nlu.answers import FactAnswer, IndicatorAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("企服学会服务创新等能力提升情况目标是什么", "学会服务创新"),
        ("企服学会服务创新、服务政府和社会那条能力提升情况目标是什么", "学会服务创新"),
        ("学会服务能力提升情况目标是什么", "学会服务创新"),
        ("科普活动影响力提升情况目标是什么", "科普活动影响力提升情况"),
    ],
)
def test_a_row_named_in_full_gives_its_target(question: str, row: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert [ind.name.startswith(row) for ind in answer.indicators] == [True]


@pytest.mark.parametrize(
    "question", ["企服的总体目标是什么", "国交目标是什么", "国交的年度目标是什么"]
)
def test_the_goal_named_still_gives_the_goal_text(question: str) -> None:
    assert isinstance(engine_for("builtin").interpret(question).answer, FactAnswer)
