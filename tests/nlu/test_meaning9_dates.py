"""A header date asked with 日 for 日期 (计划完成日) is the header field, not a project intro."""

from __future__ import annotations

import pytest

from nlu.answers import FactAnswer, IndicatorAnswer
from nlu.intents import ProjectField
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("国交计划完成日", ProjectField.END),
        ("企服项目完成日", ProjectField.END),
        ("国交的完工日是哪天", ProjectField.END),
        ("企服计划开始日", ProjectField.START),
        ("国交开工日是几号", ProjectField.START),
    ],
    ids=["plan-end", "project-end", "work-end", "plan-start", "work-start"],
)
def test_day_word_asks_the_header_date(question: str, field: ProjectField) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, FactAnswer), answer
    assert answer.field is field


def test_daily_work_is_not_a_date() -> None:
    answer = engine_for("builtin").interpret("国交完成日常活动多少场").answer
    assert not isinstance(answer, FactAnswer), answer


@pytest.mark.parametrize(
    "question",
    [
        "领导问企服满义度目标",
        "企服满义度目标值",
        "国交满义度目标",
        "企服满义度指标多少",
        "满义度目标企服",
    ],
)
def test_slip_with_a_rival_inside_a_phrase_is_no_goal(question: str) -> None:
    """满义度目标 is read neither as 年度目标 at the edge while 满意度 rivals it inside."""
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, FactAnswer), answer


@pytest.mark.parametrize("question", ["国交年度目标", "企服的年度目标是什么", "国交今年年度目标"])
def test_annual_goal_as_written_stays(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, FactAnswer), answer
    assert answer.field is ProjectField.ANNUAL_GOAL


@pytest.mark.parametrize(
    "question",
    [
        "桥梁道路养护最晚啥时候干完",
        "桥梁道路养护最迟哪天要干完",
        "道路桥梁的养护截止到什么时候得完工",
        "桥梁道路养护最晚几号完成",
        "桥梁养护啥时候之前要完成",
    ],
)
def test_by_when_with_the_project_reordered_gives_the_deadline_row(question: str) -> None:
    """The project's name, said in another order, leaves the deadline row standing."""
    answer = engine_for("other").interpret(question).answer
    rows = (
        answer.indicators
        if isinstance(answer, IndicatorAnswer)
        else [row for part in getattr(answer, "answers", ()) for row in part.indicators]
    )
    assert [row.target.raw for row in rows] == ["2024年1月底前"], answer
