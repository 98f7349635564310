"""Money asks of session 9: amounts set aside (除了…还有, 非财政) and words for the budget."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    "question",
    [
        "运维项目除了当年拨款还有啥钱",
        "运维当年拨款以外的资金有多少",
        "运维不算财政拨款的钱有哪些",
        "运维项目刨去当年拨款之外还有什么钱",
    ],
    ids=["besides", "outside", "not-counting", "minus-outside"],
)
def test_money_besides_the_appropriation_is_the_rest_of_the_year(question: str) -> None:
    answer = answer_of({"q": question, "form": "variations"}, service_for)
    assert "上年结转资金：50万元" in answer
    assert "其他资金：0万元" in answer
    assert "200万元" not in answer


def test_money_left_when_the_appropriation_is_taken_out_is_worked_out() -> None:
    # Since session 20 除去…其余 takes the part off the year's total, shown in a step.
    answer = answer_of(
        {"q": "设施运维除去当年财政拨款 其余资金多少", "form": "variations"}, service_for
    )
    assert "250万元 − 【城市科普设施运维】当年财政拨款 200万元 = 50万元" in answer


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造项目非财政来源的钱总共多少",
        "数字化改造非财政的资金有多少",
        "场馆数字化改造项目财政以外的钱是多少",
        "数字化改造不是财政来源的资金",
        "数字化改造项目不属于财政资金的有多少",
    ],
    ids=["non-fiscal", "non-fiscal-short", "outside-fiscal", "not-fiscal", "not-of-fiscal"],
)
def test_money_that_is_not_fiscal_is_the_other_funds_of_the_project(question: str) -> None:
    answer = answer_of({"q": question, "form": "multi_year"}, service_for)
    assert "其他资金（项目资金）：60万元" in answer
    assert "300万元" not in answer


@pytest.mark.parametrize(
    ("question", "form", "amount"),
    [
        ("运维的钱是不是财政拨款", "variations", "当年财政拨款：200万元"),
        ("运维项目除了当年拨款，上年结转多少", "variations", "上年结转资金：50万元"),
    ],
    ids=["checked-not-aside", "part-named"],
)
def test_a_part_checked_or_named_is_not_set_aside(question: str, form: str, amount: str) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert amount in answer
    assert "其他资金" not in answer


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("企服项目今年经费额度是多少", "130万元"),
        ("国交额度", "40万元"),
        ("企服的额度有多少万", "130万元"),
        ("两个项目额度一共多少", "合计：170万元"),
        ("企服和国交两块经费平均下来每个项目多少额度", "= 85万元"),
    ],
    ids=["quota", "terse", "in-wan", "total", "average"],
)
def test_a_quota_is_the_budget(question: str, amount: str) -> None:
    assert amount in answer_of({"q": question, "form": "builtin"}, service_for)


def test_a_total_beside_the_part_set_aside_names_the_column() -> None:
    question = "数字化改造整个项目里不是财政出的钱有多少"
    answer = answer_of({"q": question, "form": "multi_year"}, service_for)
    assert "其他资金（项目资金）：60万元" in answer
    assert "300万元" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "运维 拨款 结转 各多少",
        "运维项目当年财政拨款是多少然后上年结转资金有多少",
        "运维项目当年拨款和上年结转分别多少",
        "设施运维上年结转多少 当年拨款多少",
    ],
    ids=["terse-each", "voice-then", "and-each", "two-asks"],
)
def test_amounts_asked_side_by_side_are_each_answered(question: str) -> None:
    answer = answer_of({"q": question, "form": "variations"}, service_for)
    assert "当年财政拨款：200万元" in answer
    assert "上年结转资金：50万元" in answer


@pytest.mark.parametrize(
    ("question", "amount", "absent"),
    [
        ("运维的上年结转资金多少", "上年结转资金：50万元", "200万元"),
        ("运维年度资金申请总额中当年拨款多少", "当年财政拨款：200万元", "50万元"),
    ],
    ids=["one-field", "total-then-part"],
)
def test_one_amount_asked_is_answered_alone(question: str, amount: str, absent: str) -> None:
    answer = answer_of({"q": question, "form": "variations"}, service_for)
    assert amount in answer
    assert absent not in answer


@pytest.mark.parametrize(
    "question",
    [
        "数字化 项目其他资金占总额",
        "数字化改造项目的其他资金占总额百分之多少",
        "数字化改造的其他资金占预算的比例",
        "数字化改造其他资金是总额的百分之几",
    ],
    ids=["terse", "percent", "budget", "of-total"],
)
def test_other_funds_empty_this_year_are_shared_out_of_the_project_column(question: str) -> None:
    answer = answer_of({"q": question, "form": "multi_year"}, service_for)
    assert "其他资金 60万元 ÷" in answer
    assert "项目资金总额 360万元 = 约16.7%" in answer


def test_other_funds_of_the_year_asked_by_name_stay_in_the_year_column() -> None:
    question = "数字化改造今年的其他资金占年度资金申请总额的比例"
    answer = answer_of({"q": question, "form": "multi_year"}, service_for)
    assert "其他资金 0万元 ÷" in answer
    assert "年度资金申请总额 120万元 = 0%" in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("运维的预算里今年新拨的钱是多少", "【城市科普设施运维】当年财政拨款：200万元"),
        ("运维今年新拨多少钱", "【城市科普设施运维】当年财政拨款：200万元"),
        ("改造财政下拨了多少", "【科普场馆数字化改造】当年财政拨款：100万元"),
        ("养护项目今年拨下来多少钱", "【道路桥梁养护】当年财政拨款：250万元"),
        ("运维的钱里面今年拨的钱有多少", "【城市科普设施运维】当年财政拨款：200万元"),
    ],
    ids=["new", "terse", "handed-down", "came-down", "within"],
)
def test_money_granted_this_year_is_the_appropriation(question: str, result: str) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert result in answer
    assert "年度预算" not in answer
