"""Which year's form a project is: the form's 年度 answers; 表 names nothing to match."""

from __future__ import annotations

import pytest

from nlu.answers import FactAnswer
from nlu.intents import ProjectField
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
def test_which_year_of_a_form_gives_the_forms_year(question: str) -> None:
    answer = engine_for("old_template").interpret(question).answer
    assert isinstance(answer, FactAnswer), answer
    assert answer.field is ProjectField.YEAR
    assert [project.year for project in answer.projects] == [2024]


@pytest.mark.parametrize(
    "question",
    ["这三个项目分别是哪个年度的申报表", "三个项目各属于哪个年度", "各项目的申报年度"],
    ids=["each-form", "each-belongs", "declared-year"],
)
def test_which_year_of_each_form_gives_every_forms_year(question: str) -> None:
    answer = engine_for("other").interpret(question).answer
    assert isinstance(answer, FactAnswer), answer
    assert answer.field is ProjectField.YEAR
    assert sorted(project.year for project in answer.projects) == [2024, 2025, 2026]
