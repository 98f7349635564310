"""Things the forms do not hold are refused with no figure, never answered by a near one."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "form", "year", "wrong"),
    [
        ("假如按2023年的标准来看，国交合作单位要几家", "builtin", "2023", "≥3家"),
        ("要是用2022年的口径，运维市民满意度多少", "variations", "2022", "90%"),
        ("2023年二期那张表里，观众满意度定的多少", "multi_year", "2023", "85%"),
    ],
    ids=["basis-of-year", "basis-other-form", "year-and-phase-of-table"],
)
def test_a_year_named_as_the_basis_with_no_form_loaded_is_refused(
    question: str, form: str, year: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert f"没有 {year} 年度的申报表" in answer
    assert wrong not in answer


def test_a_figure_told_of_an_unloaded_year_is_still_the_askers_own() -> None:
    answer = ask("国交学生人数，2025年是40人，今年呢")
    assert "≥50人" in answer


@pytest.mark.parametrize(
    "question",
    ["国交 差旅补贴 预算多少", "企服里 专家咨询费 预算是多少钱"],
    ids=["spaced-thing-then-budget", "spaced-thing-then-budget-money"],
)
def test_a_field_asked_of_a_thing_the_form_lacks_gives_no_figure(question: str) -> None:
    answer = ask(question)
    assert "不给出数字" in answer
    assert "万元" not in answer


def test_a_row_and_a_field_spaced_apart_are_still_two_asks() -> None:
    answer = ask("国交 合作单位 预算多少")
    assert "≥3家" in answer
    assert "40万元" in answer


@pytest.mark.parametrize(
    "question",
    [
        "单位里是不是还有个少儿编程培训的项目？预算多少",
        "我们中心有没有一个科技夏令营的项目，经费多少",
    ],
    ids=["owner-then-is-there", "owner-then-has-or-not"],
)
def test_an_unknown_project_asked_after_its_owner_gives_no_figure(question: str) -> None:
    answer = ask(question)
    assert "万元" not in answer
    assert "工作站" not in answer


def test_a_phase_the_form_lacks_with_an_output_wish_is_refused() -> None:
    answer = ask("数字化改造项目 四期改造 的完成时间，只要日期", "multi_year")
    assert "2025-09-30" not in answer
    assert "不给出数字" in answer
