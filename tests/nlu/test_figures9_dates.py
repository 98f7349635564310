"""A start date checked by the date itself (23年7月开始的吧) is the header's, not a form year."""

from __future__ import annotations

import pytest

from nlu.normalize import Normalizer
from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("养护项目是2023年7月开始的吧", "计划开始日期：2023.07"),
        ("你好，养护项目是23年7月开始的吧，急用", "计划开始日期：2023.07"),
        ("养护项目23年7月开始的吗", "计划开始日期：2023.07"),
        ("道路养护是不是2023年7月启动的", "计划开始日期：2023.07"),
        ("运维项目是26年1月开工的吗", "计划开始日期：2026-01-01"),
    ],
    ids=["full-year", "short-year", "short-ask", "launched", "other-project"],
)
def test_a_start_date_checked_answers_the_planned_start(question: str, date: str) -> None:
    assert date in answer_of({"q": question, "form": "other"}, service_for)


def test_a_year_no_form_is_loaded_for_is_still_refused() -> None:
    answer = answer_of({"q": "养护项目2023年的预算", "form": "other"}, service_for)
    assert "没有 2023 年度的申报表" in answer


@pytest.mark.parametrize(
    ("text", "normalized"),
    [("23年7月", "2023年7月"), ("2023年7月", "2023年7月"), ("3年7月", "3年7月"), ("23年", "23年")],
    ids=["short", "full", "span", "no-month"],
)
def test_a_two_digit_year_before_a_month_is_of_this_century(text: str, normalized: str) -> None:
    assert Normalizer().normalize(text) == normalized
