"""Arithmetic written with the division sign (国交预算÷辩手人数): a per ask, or a refusal."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交预算÷辩手人数", "= 80000元/人"),
        ("国交预算÷港澳台学生人数", "= 8000元/人"),
        ("企服预算÷服务企业数", "= 13000元/家"),
        ("国交成本控制数÷合作单位数", "= 约133333.33元/家"),
    ],
    ids=["debaters", "students", "firms", "partners"],
)
def test_the_division_sign_divides_the_first_figure_by_the_second(
    question: str, result: str
) -> None:
    assert result in answer_of({"q": question, "form": "builtin"}, service_for)


def test_the_division_sign_never_gives_the_dividend_alone() -> None:
    answer = answer_of({"q": "企服预算÷国交预算", "form": "builtin"}, service_for)
    assert "130万元" not in answer or "÷" in answer.split("：")[-1]
