"""Session 6 absent asks: a change against the year before needs that year's form."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(form: str, question: str) -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("form", "question", "absent", "stated"),
    [
        ("builtin", "企业科技创新服务项目年度资金较上年增减多少", "2025", "130万"),
        ("builtin", "国交预算比上年多了多少", "2025", "40万"),
        ("builtin", "企服上一年的预算", "2025", "130万"),
        ("multi_year", "数字化改造今年申请的钱与上年相比变化多少", "2024", "120万"),
    ],
    ids=["change", "more-than", "year-before", "other-form"],
)
def test_a_change_against_a_year_not_loaded_gives_no_figure(
    form: str, question: str, absent: str, stated: str
) -> None:
    answer = _answer(form, question)
    assert f"没有{absent}年度的申报表" in answer and stated not in answer, answer


def test_the_carry_over_column_is_this_years() -> None:
    assert "上年结转资金:0万元" in _answer("builtin", "企服上年结转资金多少")


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("企服的审核人是谁", "≥10次"),
        ("国交活动由哪位负责", "≥300人"),
        ("企服调查站点的联系人是谁", "≥15篇"),
    ],
    ids=["reviewer", "which-person", "contact"],
)
def test_who_is_never_answered_by_a_rows_figure(question: str, stated: str) -> None:
    answer = _answer("builtin", question)
    assert "没有找到" in answer and stated not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交已经用了多少经费",
        "国交今年已经花了多少钱",
        "企服目前实际支出了多少钱",
        "企服预算到现在花掉多少",
    ],
    ids=["used", "spent", "paid-out", "so-far"],
)
def test_money_already_spent_is_not_in_the_form(question: str) -> None:
    answer = _answer("builtin", question)
    assert "实际支出" in answer and "万元" not in answer, answer


def test_the_planned_budget_is_still_answered() -> None:
    assert "40万元" in _answer("builtin", "国交今年计划花多少钱")


@pytest.mark.parametrize(
    "question",
    ["企服的预算执行率要求", "国交资金执行率定了多少", "企服预算支出比例要求多少"],
    ids=["execution-rate", "set-rate", "share-spent"],
)
def test_a_rate_of_money_is_not_the_amount(question: str) -> None:
    answer = _answer("builtin", question)
    assert "没有找到" in answer and "万元" not in answer, answer
