"""The indicator about money is the cost row, never the budget (a header field)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "cap"),
    [
        ("科创服务省钱的那个指标卡在多少", "≤130万元"),
        ("企服控制花钱的那个指标是多少", "≤130万元"),
        ("国交关于花钱的指标定在多少", "≤40万元"),
        ("企服跟钱有关的那个指标是多少", "≤130万元"),
    ],
    ids=["save", "control", "about", "related"],
)
def test_money_asked_of_an_indicator_is_the_cost_row(question: str, cap: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert cap in answer
    assert "年度预算" not in answer


@pytest.mark.parametrize("question", ["企服预算多少", "企服的钱有多少"])
def test_money_asked_of_the_project_is_its_budget(question: str) -> None:
    assert "年度预算" in answer_of({"q": question}, service_for)
