"""A figure held against a part of another with 连…都 (国交预算连企服的三分之一都不到)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交预算连企服的三分之一都不到，是不是", "约30.8%"),
        ("国交预算连企服的一半都没有吧", "约30.8%"),
        ("企服预算连国交的三倍都超过了吧", "3.25 倍"),
        ("国交的钱连企服的一半都不够", "约30.8%"),
    ],
    ids=["third", "half", "times", "money-word"],
)
def test_even_said_with_lian_dou_asks_the_quotient(question: str, result: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert result in answer, answer
