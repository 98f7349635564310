"""A row's target checked against a value it does not have (论文数量不是≥30篇吗)."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, IndicatorList
from tests.nlu.question_sets import engine_for

PAPERS = "上海征集论文数量"


@pytest.mark.parametrize(
    "question",
    [
        "国交上海征集论文数量不是≥30篇吗",
        "国交上海征集论文数量是不是≥30篇",
        "国交论文数量不就是≥30篇吗",
        "上海征集论文数量是≥25篇吧？是不是",
    ],
    ids=["not-it", "is-it", "not-just", "ba"],
)
def test_a_checked_target_answers_the_row_not_a_filter(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert PAPERS in answer.indicators[0].name


@pytest.mark.parametrize(
    "question",
    ["国交里≥30篇的指标有吗", "国交哪些指标是≥20篇的", "国交有没有≥20篇的"],
    ids=["rows-there", "which", "any"],
)
def test_rows_asked_by_a_target_are_still_listed(question: str) -> None:
    assert isinstance(engine_for("builtin").interpret(question).answer, IndicatorList)
