"""Session 12 asks: parts with a year by two digits (25年目标), parts before a project named."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    "question",
    ["数字化改造25年的目标和项目总体目标", "场馆改造项目三年的总目标和25年度目标分别是什么"],
    ids=["year-first", "year-second"],
)
def test_a_two_digit_year_in_a_joined_part(question: str) -> None:
    answer = normalise(ask(question, "multi_year"))
    assert "上线虚拟导览" in answer and "建成线上展馆" in answer, answer
    assert "未能确定" not in answer, answer


def test_a_sentence_before_the_project_named_may_ask_another_project() -> None:
    answer = normalise(ask("开放日办的是第几届？数字化改造的二期哪天完工", "other"))
    assert "第8届" in answer and "2025-09-30" in answer, answer
    assert "没有找到" not in answer, answer


def test_a_field_ended_by_a_full_stop_is_an_ask_of_its_own() -> None:
    answer = normalise(ask("国交的经费。暑期实习要搞几周"))
    assert "40万" in answer and "5周" in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "lines"),
    [
        ("builtin", "国交的年度预算，多少钱", 1),  # one amount by two names: shown once
        ("multi_year", "数字化改造的年度预算，多少钱", 2),  # 预算 also shows the project total
    ],
)
def test_one_amount_asked_by_two_names_is_shown_once(form: str, question: str, lines: int) -> None:
    answer = ask(question, form)
    assert answer.count("【") == lines, answer
