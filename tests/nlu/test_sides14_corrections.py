"""A year taken back and said again replaces the year it corrects (nlu/corrections.py)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "restated", "figure"),
    [
        ("数字化改造2024年度的年度资金申请总额，不对，是2025年的", "2025年的年度资金", "120万元"),
        ("数改2024…哦不对是2025年那年的年度资金申请总额", "数改2025年的年度资金", "120万元"),
        ("数字化改造2026年度的改造展区数量 不对不对 2025年那年的", "2025年的改造展区数量", "个"),
    ],
    ids=["year-alone-said-again", "year-then-ask-after", "pointer-to-year"],
)
def test_a_year_said_again_replaces_the_year_taken_back(
    question: str, restated: str, figure: str
) -> None:
    answer = ask(question, "multi_year")
    assert restated in answer
    assert figure in answer
    assert "那年" not in answer.split("\n", 1)[1]
