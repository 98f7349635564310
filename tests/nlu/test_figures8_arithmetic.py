"""Arithmetic asks of session 8: every word of a sum adds the amounts it names."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("烦请汇总已载入三个项目的年度资金申请总额", "620万元"),
        ("请把三个项目的预算汇总一下", "620万元"),
        ("三个项目财政拨款总计", "550万元"),
        ("已载入各项目的当年财政拨款加总是多少", "550万元"),
        ("三个项目的预算加在一起", "620万元"),
    ],
    ids=["gather-annual", "gather-after", "sum-word", "add-up", "put-together"],
)
def test_a_sum_word_over_several_projects_answers_their_total(question: str, total: str) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert f"合计：{total}" in answer


def test_amounts_asked_each_are_not_added() -> None:
    answer = answer_of({"q": "各项目预算分别是多少", "form": "other"}, service_for)
    assert "合计" not in answer
    assert "250万元" in answer
