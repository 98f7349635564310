"""Which year's form a project is: its overview states the year; 表 names nothing to match."""

from __future__ import annotations

import pytest

from nlu.answers import ProjectOverview
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "道路桥梁养护 是哪一年的表",
        "道路桥梁养护这张表是哪一年的",
        "养护项目的申报表是哪个年度的",
        "道路桥梁养护是哪年的",
    ],
    ids=["which-year-form", "this-form", "which-annual", "which-year"],
)
def test_which_year_of_a_form_gives_the_project_overview(question: str) -> None:
    answer = engine_for("old_template").interpret(question).answer
    assert isinstance(answer, ProjectOverview), answer
    assert answer.project.year == 2024
