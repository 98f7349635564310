"""Which project a header field or goal describes is the project whose texts write it."""

from __future__ import annotations

import pytest

from nlu.answers import FactAnswer, ProjectList
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "上海市科普场馆中心负责实施的是哪个项目",
        "这几个项目里哪个是跨年度的",
        "这几个项目里哪个要建线上展馆",
        "哪个项目由上海市科普场馆中心实施",
    ],
    ids=["implementer", "nature", "goal", "implemented-by"],
)
def test_project_described_is_picked(question: str) -> None:
    answer = engine_for("other").interpret(question).answer
    assert isinstance(answer, FactAnswer), answer
    assert [project.name for project in answer.projects] == ["科普场馆数字化改造"]


@pytest.mark.parametrize(
    "question", ["有哪些项目", "这几个项目里哪个有志愿者服务"], ids=["all", "nothing-describes"]
)
def test_no_project_is_picked_without_a_describing_run(question: str) -> None:
    answer = engine_for("other").interpret(question).answer
    assert isinstance(answer, ProjectList), answer
    assert len(answer.projects) == len(engine_for("other").catalog.projects)


def test_which_people_is_no_ask_of_a_project() -> None:
    answer = engine_for("builtin").interpret("企服的满意度是调查哪些人的").answer
    assert not isinstance(answer, FactAnswer), answer
