"""A row's target checked against a value it does not have (论文数量不是≥30篇吗)."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import answer_of, engine_for, service_for

PAPERS = "上海征集论文数量"


@pytest.mark.parametrize(
    "question",
    [
        "国交上海征集论文数量不是≥30篇吗",
        "国交论文数量不就是≥30篇吗",
        "上海征集论文数量是≥25篇吧？是不是",
    ],
    ids=["not-it", "not-just", "ba"],
)
def test_a_checked_target_answers_the_rows_own_target(question: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert PAPERS in answer and "≥20篇" in answer and "共 0 项" not in answer


@pytest.mark.parametrize(
    "question",
    ["国交里≥30篇的指标有吗", "国交哪些指标是≥20篇的", "国交有没有≥20篇的"],
    ids=["rows-there", "which", "any"],
)
def test_rows_asked_by_a_target_are_still_listed(question: str) -> None:
    assert isinstance(engine_for("builtin").interpret(question).answer, IndicatorList)
