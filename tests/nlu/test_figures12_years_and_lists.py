"""Session 12 figures: an amount asked over several years is the project column's (三年的总盘子),
and two things of one row's list joined by any joiner (仪式和参访 of 启动仪式、…研学参访) are
one operand."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造项目三年的总盘子是多少？",
        "数字化改造这几年总共花多少钱",
        "数字化改造这几年经费合计",
        "数字化改造三年一共要花多少",
        "数字化改造项目周期里一共多少钱",
    ],
    ids=["three-years-plate", "these-years", "these-years-sum", "three-years-spend", "cycle"],
)
def test_amount_over_years_is_the_project_column(question: str) -> None:
    said = normalise(ask(question, "multi_year"))
    assert "360万元" in said and "120万" not in said


@pytest.mark.parametrize(
    ("question", "amount"),
    [("数字化改造三年财政资金多少", "300万元"), ("数字化改造三年其他资金多少", "60万元")],
    ids=["fiscal", "other"],
)
def test_part_over_years_is_the_project_column(question: str, amount: str) -> None:
    said = normalise(ask(question, "multi_year"))
    assert amount in said and "年度资金申请" not in said


def test_amount_of_the_year_keeps_the_year_column() -> None:
    said = normalise(ask("数字化改造今年预算多少", "multi_year"))
    assert "120万元" in said and "360万" not in said


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交的都市交通研讨会相关活动比实习的仪式和参访活动多几场？", "=多1场"),
        ("实习那几场仪式和参访活动，比研讨会相关活动少几场?", "=少1场"),
    ],
    ids=["and-joined", "and-joined-first"],
)
def test_items_of_one_row_joined_by_and_are_one_operand(question: str, result: str) -> None:
    said = normalise(ask(question))
    assert said.endswith(result) and "4场" in said and "3场" in said


def test_row_joined_by_and_is_the_row_joined_by_ji() -> None:
    said = normalise(ask("科创赋能和人才服务活动有多少场"))
    assert "≥35场" in said and "计算" not in said
