"""A project's own work said beside it (国交这边活动的成本控制数) and formal request words
(烦请告知) name nothing of their own (session 12, fields)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    "question",
    ["国交那边活动的成本控制数是多少", "国交的活动总开销上限是多少，就是成本控制数"],
    ids=["side-activities", "restated"],
)
def test_the_projects_activities_are_the_project(question: str) -> None:
    answer = ask(question, "builtin")
    assert "40万" in answer
    assert "130万" not in answer


def test_activities_going_on_into_a_row_stay_that_row() -> None:
    answer = ask("国交活动计划来多少人", "builtin")
    assert "300" in answer


@pytest.mark.parametrize(
    ("question", "form", "expected"),
    [
        ("烦请告知运维项目设施完好率的目标值", "variations", "85%"),
        ("敬请见告国交的年度预算", "builtin", "40万"),
        ("劳烦回复：企服的主管部门", "builtin", "上海市科学技术协会"),
    ],
    ids=["inform", "let-know", "reply"],
)
def test_formal_request_words_name_nothing(question: str, form: str, expected: str) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert "没有找到" not in answer
