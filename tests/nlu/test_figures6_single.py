"""A bound said right before the ask (至少几个) names no row; a bound asked of rows
(不低于多少的有几个) stays a filter."""

from __future__ import annotations

import pytest

from nlu.engine import QuestionEngine
from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    "question",
    [
        "去参加辩论赛的同学至少几个",
        "参加辩论赛的学生最少几个",
        "去参加辩论赛的同学至少要几个",
    ],
)
def test_a_bound_before_the_ask_reads_the_target(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "辩论队人数" in answer
    assert "≥5人" in answer


def test_a_bound_before_the_ask_is_no_term(engine: QuestionEngine) -> None:
    terms = {term.token for term in engine.read("辩论队至少要几个人").terms}
    assert "至少" not in terms


@pytest.mark.parametrize(
    "question",
    ["场馆改造这张表里，目标是不低于多少的有几个", "场馆改造里指标值不低于多少的有几项"],
)
def test_a_bound_asked_of_rows_stays_a_filter(question: str) -> None:
    answer = answer_of({"q": question, "form": "multi_year"}, service_for)
    assert "“≥”" in answer
    assert "3 项" in answer
