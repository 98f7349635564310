"""Header fields asked together with a word the asks share (计划开始、完成日期)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    "question",
    [
        "企服的计划开始、完成日期还有项目性质",
        "国交的计划开始、完成日期还有项目性质",
        "企服项目开始、结束时间以及项目类别",
        "国交的开始、完成日期和实施单位",
    ],
    ids=["nature", "other-project", "category", "implementer"],
)
def test_a_shared_date_word_keeps_both_dates_beside_a_third_field(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "计划开始日期：2026-01-01" in answer
    assert "计划完成日期：2026-12-31" in answer
    assert len(answer.splitlines()) == 3


def test_a_field_apart_keeps_its_own_answer_only() -> None:
    answer = answer_of({"q": "企服的完成日期和项目性质"}, service_for)
    assert "计划完成日期" in answer
    assert "计划开始日期" not in answer
    assert "项目性质：其他一次性项目" in answer
