"""A sentence quoted from a sub-goal is explained by the rest of that sub-goal."""

from __future__ import annotations

import pytest

from nlu.answers import PassageAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "企服项目的活动要聚焦哪些产业",
        "企服重点盯的战略新型产业是哪些",
        "企服的路演活动要聚焦哪些产业",
    ],
)
def test_the_sub_goal_explains_its_sentence(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert "3+6" in answer.matches[0].passage.text


@pytest.mark.parametrize(
    "question", ["企服项目的志愿者要聚焦哪些产业", "企服项目的外资企业要聚焦哪些产业"]
)
def test_words_no_part_of_the_sub_goal_writes_are_still_absent(question: str) -> None:
    assert not isinstance(engine_for("builtin").interpret(question).answer, PassageAnswer)


def test_a_figure_left_over_is_not_explained_by_the_sub_goal() -> None:
    answer = engine_for("builtin").interpret("两个项目里目标值是=100%的有哪些，共几条").answer
    assert not isinstance(answer, PassageAnswer)
    assert "PassageAnswer" not in repr(answer)
