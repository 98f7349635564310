"""The Nth part of a goal written in numbered parts is quoted whole (企服的第六块工作)."""

from __future__ import annotations

import pytest

from nlu.answers import PassageAnswer
from nlu.retrieval import asked_goal_part, goal_part
from tests.nlu.question_sets import engine_for

TITLES = {
    2: "企业科协建设与服务",
    3: "创新人才与企业发展服务",
    6: "科技评价与创新方法培训",
}


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("企服的第六块工作是什么", 6),
        ("企服年度目标第三部分讲的啥", 3),
        ("企服第二个方面的工作讲什么", 2),
        ("企业科技创新服务第6项工作是什么", 6),
        ("企服年度目标的第三点说了什么", 3),
    ],
)
def test_numbered_part_of_the_goal_is_quoted(question: str, number: int) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert [m.passage.title for m in answer.matches] == [TITLES[number]]


@pytest.mark.parametrize(
    "text", ["第34届研讨会", "第3项指标是什么", "第8届开放日", "第2期改造", "实习5周"]
)
def test_ordinals_of_other_things_ask_no_goal_part(text: str) -> None:
    assert asked_goal_part(text) is None


def test_a_part_past_the_last_is_none() -> None:
    project = engine_for("builtin").catalog.projects[0]
    assert len(project.goal_items) == len(TITLES) * 2
    assert goal_part(project, 7) is None
    assert goal_part(project, 0) is None
    found = goal_part(project, 6)
    assert found is not None and found.title == TITLES[6]
