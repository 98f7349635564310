"""Session 9: a project picked by the value of the header field asked (哪个项目是跨年度的)."""

from __future__ import annotations

import pytest

from nlu.answers import FactAnswer
from nlu.intents import ProjectField
from tests.nlu.question_sets import engine_for

RENOVATION = "科普场馆数字化改造"
UPKEEP = "城市科普设施运维"
ROADS = "道路桥梁养护"


@pytest.mark.parametrize(
    ("question", "field", "project"),
    [
        ("哪个项目是跨年度的", ProjectField.NATURE, RENOVATION),
        ("跨年度的项目是哪个", ProjectField.NATURE, RENOVATION),
        ("哪个项目是经常性项目", ProjectField.NATURE, UPKEEP),
        ("区建管委管的是哪个项目", ProjectField.DEPARTMENT, ROADS),
        ("科协主管的是哪个项目", ProjectField.DEPARTMENT, RENOVATION),
        ("主管部门是科协的是哪个项目", ProjectField.DEPARTMENT, RENOVATION),
        ("哪个项目是区建管委主管的", ProjectField.DEPARTMENT, ROADS),
    ],
    ids=["nature", "nature-first", "regular", "abbreviated", "short", "field-named", "ask-first"],
)
def test_a_which_project_ask_keeps_the_projects_whose_field_writes_the_value(
    question: str, field: ProjectField, project: str
) -> None:
    answer = engine_for("other").interpret(question).answer
    assert isinstance(answer, FactAnswer), answer
    assert answer.field is field
    assert [p.name for p in answer.projects] == [project]


def test_a_field_asked_of_a_named_project_is_not_narrowed() -> None:
    answer = engine_for("other").interpret("养护项目的主管部门是哪个").answer
    assert isinstance(answer, FactAnswer), answer
    assert [p.name for p in answer.projects] == [ROADS]


def test_a_value_no_project_writes_keeps_every_project() -> None:
    # 经常性 is no project's nature in the built-in forms: the answer shows what each is.
    answer = engine_for("builtin").interpret("哪个项目是经常性的").answer
    assert isinstance(answer, FactAnswer), answer
    assert len(answer.projects) == 2
