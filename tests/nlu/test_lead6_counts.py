"""A count asked after a listing is the listing's own count, never a sum of its rows' rates."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


def _answer(form: str, question: str) -> str:
    return answer_of({"q": question, "form": form}, service_for)


@pytest.mark.parametrize(
    "question",
    [
        "两个项目里目标值是=100%的有哪些，一共几条",
        "目标值是=100%的一共几条",
        "两个项目里目标值是=100%的有哪些，共几项",
        "目标值=100%的指标一共有几个",
    ],
)
def test_rows_of_one_rate_are_counted_not_added(question: str) -> None:
    answer = _answer("builtin", question)
    assert "3 项" in answer and "300%" not in answer and "计算" not in answer, answer
    assert "据【" not in answer, answer  # no goal sentence for the count part


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("国交有哪些质量指标，共几个", "质量指标共 2 项"),
        ("企服的数量指标列一下，一共多少条", "数量指标共 14 项"),
    ],
)
def test_a_count_after_a_listing_adds_no_other_answer(question: str, count: str) -> None:
    answer = _answer("builtin", question)
    assert count in answer and "据【" not in answer and "未能确定" not in answer, answer
