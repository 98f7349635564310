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
