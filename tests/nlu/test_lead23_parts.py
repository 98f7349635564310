"""Session 23: one real ask beside one the form cannot answer (money already spent, a year no
form is loaded for) answers the real one and refuses only the other; person-times asked of a
row counting people (参与人次 of 活动参与人数)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    "question",
    ["国交的年度预算多少？目前实际花了多少？", "国交的预算和实际支出各是多少"],
    ids=["two-clauses", "joined-by-he"],
)
def test_a_planned_amount_is_answered_beside_the_spending_refused(question: str) -> None:
    answer = ask(question, "builtin")
    assert "40万元" in answer and "没有找到“实际支出”" in answer, answer
    assert "这部分不给出数字" in answer, answer


def test_a_spending_asked_alone_is_still_refused_whole() -> None:
    answer = ask("国交预算执行了多少，已经花了多少", "builtin")
    assert "因此不给出数字" in answer and "40万" not in answer, answer


@pytest.mark.parametrize(
    ("question", "said", "year"),
    [
        ("运维巡检车辆几辆？2025年完成了几辆？", "10辆", "2025"),
        ("运维巡检车辆几辆，还有明年的满意度目标", "10辆", "2027"),
    ],
    ids=["year-in-digits", "relative-year"],
)
def test_asks_before_a_clause_naming_an_unloaded_year_are_answered(
    question: str, said: str, year: str
) -> None:
    answer = ask(question, "variations")
    assert said in answer and f"没有 {year} 年度的申报表" in answer, answer


def test_a_year_named_in_the_first_clause_is_of_every_ask() -> None:
    answer = ask("2025年运维巡检车辆几辆，满意度多少", "variations")
    assert "没有 2025 年度的申报表" in answer and "10辆" not in answer, answer


def test_person_times_asked_of_a_row_counting_people() -> None:
    answer = ask("国交参与人次定了多少？", "builtin")
    assert "活动参与人数" in answer and "≥300人" in answer, answer


def test_person_times_of_a_thing_no_row_counts_stay_absent() -> None:
    answer = ask("国交出访人次目标", "builtin")
    assert "没有找到" in answer and "≥300" not in answer, answer


@pytest.mark.parametrize("asked", ["完成值", "实际值"])
def test_a_value_done_in_another_form_s_words_asks_the_progress(asked: str) -> None:
    answer = ask(f"运维巡检车辆数的{asked}是多少", "variations")
    assert "尚未登记实际完成情况" in answer and "10辆" in answer, answer


@pytest.mark.parametrize("left_out", ["不用说", "不算", "就不用管了"])
def test_a_header_field_left_out_after_a_which_ask_is_neither_shown_nor_noted(
    left_out: str,
) -> None:
    answer = ask(f"运维的实施单位是哪家，主管部门{left_out}", "variations")
    assert "实施单位" in answer and "主管部门" not in answer, answer
    assert "未能确定" not in answer, answer
