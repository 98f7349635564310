"""The cap of spending asked of a form holding one project is that project's cost row."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    ["改造花的钱最多多少", "经费上限是多少", "花钱封顶多少"],
    ids=["spend-at-most", "funds-cap", "ceiling"],
)
def test_cap_of_the_only_project_is_its_cost_row(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert [row.name for row in answer.indicators] == ["改造成本控制数"]


def test_budget_of_the_only_project_is_still_the_budget() -> None:
    answer = engine_for("multi_year").interpret("改造项目的预算是多少").answer
    assert isinstance(answer, MoneyAnswer), answer
