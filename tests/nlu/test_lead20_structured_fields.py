"""Asks pasted as fields: a year given as the value of a labelled field (【年度】2025, 年度：2024,
年份=2027) is the year asked, so a year with no form loaded is told and no figure of another year
is given; a value left open in a formula (总条数=？) is asked, not compared with =."""

from __future__ import annotations

import pytest

from nlu.relative_years import years_written_plainly
from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("【年度】2024\n【指标】参与人数", "【年度】2024年度\n【指标】参与人数"),
        ("年份=2027，国交预算", "年份=2027年度，国交预算"),
        ("年度资金申请总额：2026", "年度资金申请总额：2026"),  # a figure of a field, no year
        ("【年度】2025年", "【年度】2025年"),  # already a year
    ],
)
def test_a_labelled_year_is_written_as_a_year(text: str, written: str) -> None:
    assert years_written_plainly(text) == written


def test_a_field_asked_of_an_unloaded_year_gives_no_figure() -> None:
    answer = ask("【年度】2024\n【项目】企服\n【字段】年度资金申请总额")
    assert "2024" in answer and "没有" in answer
    assert "130万" not in answer


def test_a_field_asked_of_the_loaded_year_is_answered() -> None:
    assert "130万" in ask("年度：2026；项目：企服；字段：年度资金申请总额")


def test_a_row_asked_of_an_unloaded_year_on_another_form_gives_no_figure() -> None:
    answer = ask("年度：2023，线上参观人次", "multi_year")
    assert "100000" not in answer and "没有" in answer


@pytest.mark.parametrize("question", ["国交三级指标总条数=？", "国交指标的条数是多少"])
def test_a_count_written_as_an_open_formula_or_with_条数_is_counted(question: str) -> None:
    answer = ask(question)
    assert "18 项" in answer
    assert "“=”" not in answer  # the = of an open formula is no operator


def test_an_open_formula_of_two_projects_counts_each() -> None:
    answer = ask("【企服】指标总条数=？【国交】指标总条数=？")
    assert "22 项" in answer and "18 项" in answer


@pytest.mark.parametrize(
    ("question", "result", "form"),
    [
        ("企服 成本控制数 / 服务科技工作者人数 = ? 元/人次", "162.5元", "builtin"),
        ("年度资金申请总额 ÷ 项目资金总额 = ？%", "33.33%", "multi_year"),
    ],
)
def test_the_open_value_of_a_formula_worked_out_is_computed(
    question: str, result: str, form: str
) -> None:
    assert result in ask(question, form)
