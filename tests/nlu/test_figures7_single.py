"""One row answers a date ask whose words pick it out among the loaded projects."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("养护完成的期限", "2024年1月底前", "2026-12-31"),
        ("养护的完成期限是哪天", "2024年1月底前", "2026-12-31"),
        ("二期改造的完成期限", "2025-09-30前", "2024年1月底前"),
        ("设施修复的期限是什么时候", "2026年12月底前", "2024-01-01"),
    ],
    ids=["upkeep", "upkeep-which-day", "phase-two", "repair"],
)
def test_a_deadline_row_named_by_its_words_answers_a_date_ask(
    question: str, expected: str, absent: str
) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert expected in answer
    assert absent not in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("道路桥梁养护的期限", "2023.07-2024.01"),
        ("运维项目的期限", "2026-01-01"),
    ],
    ids=["upkeep-project", "upkeep-of-facilities"],
)
def test_a_project_named_alone_keeps_its_dates(question: str, expected: str) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert expected in answer
    assert "时效指标" not in answer


@pytest.mark.parametrize(
    ("question", "form", "expected"),
    [
        ("养护啥时候完成", "old_template", "2024年1月底前"),
        ("养护什么时候完成", "other", "2024年1月底前"),
        ("二期改造什么时候完成", "other", "2025-09-30前"),
    ],
    ids=["upkeep-alone", "upkeep-among-three", "phase-two"],
)
def test_a_when_ask_naming_a_deadline_row_by_its_words_answers_it(
    question: str, form: str, expected: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert expected in answer


def test_a_when_ask_naming_only_the_project_keeps_its_end_date() -> None:
    answer = answer_of({"q": "国交啥时候完成"}, service_for)
    assert "计划完成日期" in answer
    assert "2026-12-31" in answer
