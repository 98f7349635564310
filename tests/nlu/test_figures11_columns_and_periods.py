"""Session 11 figures: 年度 alone beside a project total is the year's amount (三年总额比本年度
多多少), 减 alone subtracts, and 均分 shares an amount over the periods of a year (按月均分)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    "question",
    ["场馆改造的项目总额比本年度多出多少", "数字化改造 资金总额减年度资金申请总额"],
    ids=["year-beside-total", "bare-minus"],
)
def test_total_less_the_years_amount(question: str) -> None:
    said = normalise(ask(question, "multi_year"))
    assert "=多240万元" in said and "480万" not in said


@pytest.mark.parametrize(
    ("question", "result", "wrong"),
    [
        ("国交预算按季度均分，一个季度多少", "=100000元", "33333"),
        ("企服预算按月均分下来多少钱", "约108333.33元", "325000"),
    ],
    ids=["quarter", "month"],
)
def test_shared_evenly_over_periods(question: str, result: str, wrong: str) -> None:
    said = normalise(ask(question))
    assert result in said and wrong not in said


def test_year_alone_as_the_part_of_a_share() -> None:
    said = normalise(ask("场馆改造 年度的占资金总额几成", "multi_year"))
    assert "约33.3%" in said


@pytest.mark.parametrize(
    "question",
    ["国交成本控制数的单位是元还是万元", "企服那个成本控制数单位是万元吗"],
    ids=["which-unit", "check-unit"],
)
def test_unit_of_a_money_row_answers_the_row(question: str) -> None:
    said = normalise(ask(question))
    assert "万元" in said and "成本控制数" in said and "没有找到" not in said


def test_note_on_how_each_column_is_read_is_left_to_the_forms() -> None:
    question = "三个项目的年度资金合计是多少（数改按年度申请总额，养护按项目资金总额算）"
    said = normalise(ask(question, "other"))
    assert "620万元" in said and "860万" not in said
