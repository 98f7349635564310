"""The cap of spending asked in everyday words is the cost row's bound, not the budget."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer
from tests.nlu.question_sets import engine_for


def _capped(form: str, question: str) -> IndicatorAnswer:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    for row in answer.indicators:
        assert row.target.operator == "≤"
        assert row.target.unit == "万元"
        assert "成本" in row.level1 + row.level2
    return answer


@pytest.mark.parametrize(
    ("form", "question", "bound"),
    [
        ("multi_year", "数字化改造花钱上限多少", 120),
        ("multi_year", "数字化改造最多能花多少钱", 120),
        ("old_template", "道路养护的钱最多花多少", 250),
        ("old_template", "养护经费封顶多少", 250),
        ("builtin", "国交钱的上限多少", 40),
        ("builtin", "企服花钱最多能花多少", 130),
        ("builtin", "国际交流项目开支不能超过多少", 40),
    ],
)
def test_spending_cap_of_one_project_is_its_cost_row(form: str, question: str, bound: int) -> None:
    answer = _capped(form, question)
    assert len(answer.indicators) == 1
    assert answer.indicators[0].target.value == bound


def test_spending_cap_of_each_project_is_each_cost_row() -> None:
    answer = _capped("builtin", "两个项目的经费上限分别是多少")
    assert sorted(row.target.value or 0 for row in answer.indicators) == [40, 130]


@pytest.mark.parametrize(
    "question", ["哪个项目花钱最多", "数字化改造的预算是多少", "两个项目预算一共多少"]
)
def test_budget_asks_stay_budget(question: str) -> None:
    form = "multi_year" if "数字化" in question else "builtin"
    assert isinstance(engine_for(form).interpret(question).answer, MoneyAnswer)


def test_coined_short_name_before_a_word_run_on_is_the_project() -> None:
    query = engine_for("builtin").read("国交钱的上限多少")
    engine = engine_for("builtin")
    named = [p.name for p in engine.catalog.projects if p.id in query.project_ids]
    assert named == ["国际科技人文交流与合作"]


def test_coined_short_name_inside_a_word_of_the_form_is_no_project() -> None:
    assert engine_for("builtin").read("科创赋能活动几场").project_ids == ()
