"""Terse per-unit asks that leave out the asking word (场均接待人次, 企服月均预算)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from nlu.answers import FigureCalculation, NotInForm
from nlu.arithmetic import load_operation_words, per_ask_completed
from tests.nlu.question_sets import engine_for


def _result(form: str, question: str) -> Decimal:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, FigureCalculation), answer
    return answer.calculation.result


def _completed(question: str) -> str | None:
    units = engine_for("builtin").lexicon.vocabulary.units
    return per_ask_completed(question, units=units, amounts=load_operation_words().money_words)


@pytest.mark.parametrize(
    ("question", "completed"),
    [
        ("开放日场均人次", "开放日平均每场多少人次"),
        ("每处设施预算", "每处设施多少预算"),
        ("企服月均预算", "企服平均每月多少预算"),
        ("国交人均成本", "国交人均多少成本"),
        ("信息报送按季度算", "信息报送按季度算每季度多少"),
        ("企服预算季度均摊？", "企服预算按季度均摊每季度多少"),
        ("国交每篇论文摊", "国交每篇论文摊多少"),
    ],
    ids=["coined-mean", "amount-last", "month-mean", "per-capita", "by-quarter", "shared", "end"],
)
def test_terse_per_unit_ask_gets_its_asking_word(question: str, completed: str) -> None:
    assert _completed(question) == completed


@pytest.mark.parametrize(
    "question",
    ["企服每年预算是多少", "开放日每场接待人次是不是5000", "企服年均预算", "场均人次多少"],
    ids=["asked", "checked", "per-year", "asked-coined"],
)
def test_message_that_asks_or_names_no_unit_is_left_as_it_is(question: str) -> None:
    assert _completed(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "运维开放日场均接待人次",
        "开放日场均人次",
        "开放日每场多少人次",
        "设施运维开放日每场接待几人次",
    ],
    ids=["coined", "coined-bare", "per-bare", "per-verb"],
)
def test_open_day_visits_per_session(question: str) -> None:
    assert round(_result("variations", question), 2) == Decimal("1666.67")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("企服预算月均", Decimal("108333.33")),
        ("国交每月预算", Decimal("33333.33")),
        ("国交预算季均", Decimal(100000)),
        ("企服预算按季度分", Decimal(325000)),
        ("信息报送15篇按季度算", Decimal("3.75")),
    ],
    ids=["month-mean", "per-month", "quarter-mean", "by-quarter", "given-by-quarter"],
)
def test_terse_amount_per_period(question: str, expected: Decimal) -> None:
    assert round(_result("builtin", question), 2) == expected


@pytest.mark.parametrize(
    "question",
    [
        "国交按港澳台学生人均成本",
        "国交 港澳台学生人均预算",
        "国交每篇论文合多少钱",
        "国交每篇论文折合多少钱",
    ],
    ids=["per-capita-cost", "per-capita-budget", "he", "zhehe"],
)
def test_terse_amount_per_counted_thing(question: str) -> None:
    assert _result("builtin", question) in (Decimal(8000), Decimal(20000))


@pytest.mark.parametrize(
    "question",
    ["企服每次走访多少人次", "企服每次走访花多少钱", "企业科协建设指引每套多少钱"],
    ids=["count-of-other-thing", "price", "price-per-set"],
)
def test_count_per_unit_said_without_dividing_needs_a_tie(question: str) -> None:
    assert isinstance(engine_for("builtin").interpret(question).answer, NotInForm)


@pytest.mark.parametrize(
    ("form", "question", "expected"),
    [
        ("old_template", "养护 每米多少钱", Decimal("2538.07")),
        ("old_template", "路桥每米养护多少钱，算", Decimal("2538.07")),
        ("old_template", "养护每米成本？", Decimal("2538.07")),
        ("old_template", "道路桥梁养护每米预算是多少 帮我算一下", Decimal("2538.07")),
        ("variations", "运维每处设施预算", Decimal("208333.33")),
        ("variations", "设施运维 每处设施摊多少", Decimal("208333.33")),
        ("variations", "运维每处设施经费是多少", Decimal("208333.33")),
    ],
    ids=["per-metre", "command-after", "cost", "budget-is", "per-site", "shared", "funds"],
)
def test_project_money_over_what_the_project_is_for(
    form: str, question: str, expected: Decimal
) -> None:
    assert round(_result(form, question), 2) == expected


def test_a_row_named_between_measure_and_cost_is_what_is_divided() -> None:
    found = engine_for("variations").interpret("运维项目12处设施平均每处运维成本多少").answer
    assert isinstance(found, FigureCalculation)
    assert found.figures[0].indicator is not None
    assert "成本" in found.figures[0].indicator.name


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("企服季度均摊?", Decimal(325000)),
        ("企服按季度均摊多少", Decimal(325000)),
        ("国交按月平摊多少", Decimal("33333.33")),
        ("企服服务人次按季度分", Decimal(2000)),
        ("直通车服务人次按季度算", Decimal(2000)),
        ("企服人次按月算", Decimal("666.67")),
    ],
    ids=["shared", "by-then-ask", "month", "unit-named", "goal-word", "unit-alone"],
)
def test_per_period_by_money_shared_or_the_unit_named(question: str, expected: Decimal) -> None:
    assert round(_result("builtin", question), 2) == expected


def test_per_period_of_a_unit_several_rows_count_in_gives_no_figure() -> None:
    assert isinstance(engine_for("builtin").interpret("国交人数按季度分").answer, NotInForm)
