"""A bound said before a verb and its ask (至少要拉几个) asks the target, naming no row."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("国交至少要拉几个合作伙伴", "合作单位数量"),
        ("国交至少要请几家合作单位", "合作单位数量"),
        ("国交最多允许几起安全事故", "活动安全事故发生数"),
        ("国交至少得招多少港澳台学生", "港澳台籍学生人数"),
    ],
    ids=["pull-in-partners", "invite-partners", "allow-accidents", "recruit-students"],
)
def test_bound_before_a_verb_asks_the_rows_target(question: str, row: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert row in answer.indicators[0].name


@pytest.mark.parametrize(
    "question",
    ["国交至少要拉几个赞助商", "国交最多允许几个志愿者"],
    ids=["sponsors", "volunteers"],
)
def test_bound_before_a_verb_of_an_absent_thing_gives_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
