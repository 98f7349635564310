"""A time ask about work a goal sentence dates by year only is answered by its deadline row."""

from __future__ import annotations

import pytest

from knowledge.model import IndicatorKind
from nlu.answers import IndicatorAnswer, MoneyAnswer, PassageAnswer
from nlu.intents import MoneyField
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "二期展区最晚啥时候要改完",
        "二期展区什么时候改造完成",
        "二期展区改造哪天截止",
        "二期展区啥时候弄好",
        "二期展区改造最迟哪天完工",
    ],
)
def test_work_dated_by_year_in_the_goal_is_answered_by_its_row(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert answer.indicators[0].target.kind is IndicatorKind.DEADLINE
    assert answer.indicators[0].name == "二期改造完成时间"


@pytest.mark.parametrize("question", ["虚拟导览什么时候改造完", "虚拟导览什么时候上线"])
def test_other_work_of_the_same_sentence_keeps_the_sentence(question: str) -> None:
    assert isinstance(engine_for("multi_year").interpret(question).answer, PassageAnswer)


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造 去年剩下来的钱有多少",
        "场馆改造上一年余下的钱多少",
        "数字化改造去年没花掉的钱有多少",
    ],
)
def test_money_left_from_last_year_is_the_carry_over(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert isinstance(answer, MoneyAnswer), answer
    assert answer.field is MoneyField.CARRY_OVER
