"""A question about the whole span (三年下来要干成什么) gets the project-wide goal only."""

from __future__ import annotations

import pytest

from bot.dialogue.qa import goals
from nlu.answers import FactAnswer
from nlu.intents import ProjectField
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "场馆数字化几年下来要干成什么",
        "数字化改造三年内要达成什么",
        "改造项目整个周期要实现什么",
        "改造项目三年的目标是什么",
    ],
)
def test_the_whole_span_asks_the_overall_goal_only(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert isinstance(answer, FactAnswer), answer
    assert answer.field is ProjectField.OVERALL_GOAL
    texts = [goal.text for goal in goals(answer.projects[0], answer.field)]
    assert len(texts) == 1 and "线上展馆" in texts[0] and "虚拟导览" not in texts[0]


def test_the_year_and_the_general_goal_keep_their_answers() -> None:
    engine = engine_for("multi_year")
    annual = engine.interpret("改造项目今年要干成什么").answer
    general = engine.interpret("改造项目的总体目标是什么").answer
    assert isinstance(annual, FactAnswer) and annual.field is ProjectField.ANNUAL_GOAL
    assert isinstance(general, FactAnswer) and general.field is ProjectField.GOAL


def test_a_one_year_form_answers_the_span_with_its_only_goal() -> None:
    answer = engine_for("builtin").interpret("企服三年下来要干成什么").answer
    assert isinstance(answer, FactAnswer), answer
    texts = [goal.text for goal in goals(answer.projects[0], answer.field)]
    assert texts and all(text.strip() for text in texts)
