"""Who handles the money (哪个部门报的预算) asks a header field, not an amount."""

from __future__ import annotations

import pytest

from nlu.answers import FactAnswer, MoneyAnswer, SeveralIndicators
from nlu.intents import ProjectField
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("道路桥梁养护的钱是哪个部门报的", ProjectField.DEPARTMENT),
        ("道路桥梁养护是哪个部门报的预算", ProjectField.DEPARTMENT),
        ("养护项目的经费归哪个部门", ProjectField.DEPARTMENT),
        ("养护项目这笔资金由哪个单位来做", ProjectField.IMPLEMENTER),
    ],
    ids=["money-which-department", "budget-which-department", "funds-belong", "funds-who-does"],
)
def test_who_handles_the_money_is_a_header_field(question: str, field: ProjectField) -> None:
    answer = engine_for("old_template").interpret(question).answer
    assert isinstance(answer, FactAnswer), answer
    assert answer.field is field


@pytest.mark.parametrize(
    "question",
    ["养护项目预算多少，哪个部门报的", "哪个部门的预算最多", "养护项目的预算是多少"],
    ids=["amount-and-department", "most", "amount"],
)
def test_an_amount_asked_is_still_answered(question: str) -> None:
    answer = engine_for("old_template").interpret(question).answer
    if isinstance(answer, SeveralIndicators):
        assert any(isinstance(other, MoneyAnswer) for other in answer.others), answer
    else:
        assert isinstance(answer, MoneyAnswer), answer


@pytest.mark.parametrize(
    "question",
    [
        "国交的钱是市科协管的吗",
        "国交的经费是不是市科协管的",
        "国交的钱谁管",
        "国交的经费是否由市科协主管",
    ],
    ids=["checked", "is-it", "who", "whether"],
)
def test_checking_who_handles_the_money_answers_the_department(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, FactAnswer), answer
    assert answer.field is ProjectField.DEPARTMENT


def test_checking_an_amount_is_still_money() -> None:
    answer = engine_for("builtin").interpret("国交的预算是40万吗").answer
    assert isinstance(answer, MoneyAnswer), answer
