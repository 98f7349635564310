"""A row written whole answers, not a goal sentence that only mentions it."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "运维设施完好率目标",  # the goal sentence writes 运维 and 设施完好率 too
        "运维的设施完好率目标呢",
        "那个 运维这边设施完好率目标 急",
        "城市科普设施运维设施完好率目标",
    ],
    ids=["terse", "spoken", "noise", "full-name"],
)
def test_a_row_named_whole_answers_with_its_target(question: str) -> None:
    answer = engine_for("variations").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert [row.name for row in answer.indicators] == ["设施完好率"]
