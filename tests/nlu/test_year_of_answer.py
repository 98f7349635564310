"""A year a question names holds for the rows answered, not only for the forms loaded."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, NotInForm
from tests.nlu.question_sets import engine_for, service_for


@pytest.mark.parametrize(
    ("form", "question", "year", "project"),
    [
        ("other", "2026年道路养护长度是多少", 2026, "道路桥梁养护"),
        ("other", "有2026年度的道路养护申报表吗", 2026, "道路桥梁养护"),
        ("other", "2024年巡检车辆数", 2024, "城市科普设施运维"),
    ],
    ids=["row-of-2024", "form-asked", "row-of-2026"],
)
def test_a_row_of_another_years_form_is_not_answered(
    form: str, question: str, year: int, project: str
) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, NotInForm), answer
    assert (answer.year, answer.project) == (year, project)
    reply = "\n".join(r.plain() for r in service_for(form).answer(question).replies)
    assert f"【{project}】没有 {year} 年度的申报表" in reply


@pytest.mark.parametrize(
    ("form", "question", "projects"),
    [
        ("other", "2024年市民满意度", {"道路桥梁养护"}),
        ("other", "2026年市民满意度目标", {"城市科普设施运维"}),
        ("other", "市民满意度", {"道路桥梁养护", "城市科普设施运维"}),
        ("other", "2024年道路养护长度是多少", {"道路桥梁养护"}),
        ("multi_year", "2025年改造展区数量", {"科普场馆数字化改造"}),
    ],
    ids=["namesake-2024", "namesake-2026", "no-year", "own-year", "own-year-2"],
)
def test_the_rows_of_the_year_named_are_answered(
    form: str, question: str, projects: set[str]
) -> None:
    engine = engine_for(form)
    answer = engine.interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    named = {engine.catalog.project(row.project_id).name for row in answer.indicators}
    assert named == projects


def test_a_year_no_form_loaded_has_is_said_of_all_forms() -> None:
    answer = engine_for("multi_year").interpret("2026年改造展区数量").answer
    assert isinstance(answer, NotInForm), answer
    assert (answer.year, answer.project) == (2026, "")


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("院士工作站培育数明年翻倍的话是多少家", "80家"),
        ("国交预算明年增加两成是多少", "48万元"),
        ("国交活动参与人数明年要是增加一半是多少", "450人"),
    ],
    ids=["doubled", "plus-a-fifth", "plus-half"],
)
def test_a_coming_year_said_of_a_change_scales_this_years_figure(
    question: str, shown: str
) -> None:
    reply = "\n".join(r.plain() for r in service_for("builtin").answer(question).replies)
    assert shown in reply, reply


def test_a_coming_years_figure_scaled_is_still_a_year_not_loaded() -> None:
    answer = engine_for("builtin").interpret("明年的国交预算的一半").answer
    assert isinstance(answer, NotInForm) and answer.year == 2027
