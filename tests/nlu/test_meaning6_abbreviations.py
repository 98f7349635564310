"""A yes/no check may name the answer by an abbreviation the form spells out (市科协)."""

from __future__ import annotations

import pytest

from nlu.answers import FactAnswer, IndicatorAnswer, MoneyAnswer
from nlu.intents import ProjectField
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("企服的主管部门是市科协吗", ProjectField.DEPARTMENT),
        ("企服是市科协主管的吗", ProjectField.DEPARTMENT),
        ("国交的主管部门是不是市科协", ProjectField.DEPARTMENT),
        ("国交的实施单位是市科协吗", ProjectField.IMPLEMENTER),
    ],
)
def test_check_naming_the_value_by_abbreviation_shows_the_field(
    question: str, field: ProjectField
) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, FactAnswer), answer
    assert answer.field is field


@pytest.mark.parametrize(
    "question", ["国交的志愿者人数目标", "企服项目负责人的电话是多少", "国交的联系人手机号多少"]
)
def test_words_the_form_lacks_still_give_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
