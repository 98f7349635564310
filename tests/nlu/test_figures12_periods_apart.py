"""Session 12 figures: two clauses each asking a project's amount per period of a year are two
asks (企服按月…，国交按季度…), and a later clause that names no amount borrows the first's."""

from __future__ import annotations

import pytest

from nlu.arithmetic import periods_asked_apart
from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    "question",
    [
        "国交预算按季度平均是多少，企服按月平均多少",
        "企服经费一个月平均多少钱，国交一个季度平均多少钱？",
    ],
    ids=["quarter-then-month", "month-then-quarter"],
)
def test_each_clause_divides_its_own_project(question: str) -> None:
    said = normalise(ask(question))
    assert "100000元/个季度" in said and "约108333.33元/个月" in said
    assert "85万" not in said and "没有找到" not in said


def test_clauses_naming_no_project_are_no_two_asks() -> None:
    assert not periods_asked_apart("按月平均多少，按季度平均多少", names_project=lambda _: False)
    assert periods_asked_apart("甲按月平均多少，乙按季度平均多少", names_project=lambda _: True)
