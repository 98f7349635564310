"""Arithmetic asks of session 9: differences with no direction, checks of a ratio."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "form", "result"),
    [
        ("国家级跟市级调查站点差几家", "builtin", "= 多 9家"),
        ("调查站点国家级市级差距几家", "builtin", "= 多 9家"),
        ("国家级和市级调查站点相差几家", "builtin", "= 多 9家"),
        ("国交预算和企服预算差多少", "builtin", "= 多 90万元"),
        ("国交的预算，企服的预算，差多少", "builtin", "= 多 90万元"),
        ("国交与企服两个项目预算的差额", "builtin", "= 多 90万元"),
        ("场馆数字化改造和养护的当年财政拨款差多少", "other", "= 多 150万元"),
    ],
    ids=["sites", "sites-gap", "sites-apart", "budgets", "budgets-clauses", "gap-word", "money"],
)
def test_a_difference_with_no_direction_puts_the_larger_figure_first(
    question: str, form: str, result: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert result in answer
    assert "少" not in answer.split("=")[1].split("（")[0]


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国家级调查站点比市级少几家", "= 少 9家"),
        ("企服预算比国交多多少", "= 多 90万元"),
        ("国交预算比企服少多少", "= 少 90万元"),
    ],
    ids=["sites-less", "budget-more", "budget-less"],
)
def test_a_difference_with_a_direction_keeps_the_order_named(question: str, result: str) -> None:
    assert result in answer_of({"q": question, "form": "builtin"}, service_for)


@pytest.mark.parametrize(
    "question",
    [
        "运维的当年拨款是不是上年结转的好几倍，具体几倍",
        "运维的当年拨款是不是上年结转的好几倍",
        "运维的当年拨款是否是上年结转的几倍",
        "运维当年拨款是否上年结转的几倍啊",
        "设施运维的当年拨款有没有上年结转的好几倍 几倍",
    ],
    ids=["is-it-then-how", "is-it", "whether-is", "whether", "has-it"],
)
def test_a_ratio_asked_as_a_check_divides_the_two_amounts(question: str) -> None:
    answer = answer_of({"q": question, "form": "variations"}, service_for)
    assert "200万元 ÷" in answer
    assert "= 4 倍" in answer


@pytest.mark.parametrize(
    ("question", "form", "result"),
    [
        ("国交预算不到企服的三分之一吧", "builtin", "130万元 = 约30.8%"),
        ("国交预算有没有企服的一半", "builtin", "130万元 = 约30.8%"),
        ("国交预算超过企服的四分之一了吗", "builtin", "130万元 = 约30.8%"),
        ("企服预算有国交的三倍吗", "builtin", "40万元 = 3.25 倍"),
        ("国家级调查站点有没有市级的一半", "builtin", "28家 = 约67.9%"),
        ("运维当年拨款有没有上年结转的三倍", "variations", "50万元 = 4 倍"),
    ],
    ids=["under-third", "half-or-not", "over-quarter", "thrice", "goal-figures", "money-rows"],
)
def test_a_figure_checked_against_a_part_of_another_shows_their_quotient(
    question: str, form: str, result: str
) -> None:
    assert result in answer_of({"q": question, "form": form}, service_for)


def test_a_part_asked_alone_is_still_scaled() -> None:
    answer = answer_of({"q": "国交预算的一半是多少", "form": "builtin"}, service_for)
    assert "× 一半（0.5） = 20万元" in answer


@pytest.mark.parametrize(
    "question",
    [
        "改造 总额扣掉今年 还剩",
        "数字化改造总额减掉今年的还剩多少",
        "场馆改造项目资金总额去掉本年度的还有多少",
        "改造项目总额扣掉今年申请的还剩多少",
    ],
    ids=["terse", "minus-this-year", "this-year-of", "applied"],
)
def test_this_year_beside_a_total_is_the_year_amount(question: str) -> None:
    answer = answer_of({"q": question, "form": "multi_year"}, service_for)
    assert "360万元 −" in answer
    assert "120万元 = 多 240万元" in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交年度资金占两个项目总额的比重是多少",
        "国交年度资金占两个项目年度资金总额的比例",
        "国交预算占两个项目合计的比例",
    ],
    ids=["total-of-both", "annual-total-of-both", "sum-of-both"],
)
def test_a_share_of_both_projects_total_divides_by_their_sum(question: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert "40万元 ÷ （" in answer
    assert "= 约23.5%" in answer
    assert "100%" not in answer
