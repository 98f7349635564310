"""Session 11 figures: figures set side by side (对比下) are not subtracted, terse totals (…合计)
ask a sum, a goal sentence's figures are added up in the one unit its parts are stated in,
a goal states a count in the very word asked (份) better than a row counting in a kindred one
(篇), and a figure quoted from a goal shows its own clause, not the sentence's other figures."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    ("question", "form", "shown"),
    [
        ("企服和国交的满意度目标比较一下", "builtin", ("≥90%",)),
        ("养护 市民满意度 运维 市民满意度 对比一下", "other", ("≥85%", "≥90%")),
    ],
    ids=["compare-rates", "compare-projects"],
)
def test_side_by_side_subtracts_nothing(question: str, form: str, shown: tuple[str, ...]) -> None:
    said = normalise(ask(question, form))
    assert all(figure in said for figure in shown)
    assert "个百分点" not in said and "−" not in said


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("企服国交两个项目的当年拨款放一起多少", "170万元"),
        ("企服和国交预算加在一起是多少", "170万元"),
        ("国家级和市级的站点合计一下", "=47家"),
        ("市级国家级调查站点总共", "=47家"),
    ],
    ids=["put-together", "added-together", "terse-total", "terse-total-reordered"],
)
def test_terse_totals_add_up(question: str, result: str) -> None:
    said = normalise(ask(question))
    assert result in said


def test_goal_parts_subtracted_in_their_unit() -> None:
    said = normalise(ask("市级站点比国家级多多少"))
    assert "=多9家" in said


def test_count_in_the_word_asked_is_the_goals() -> None:
    said = normalise(ask("企服那些调查站点每年上报多少份东西"))
    assert "3000余份" in said and "≥15篇" not in said


def test_quoted_count_shows_its_own_clause() -> None:
    said = normalise(ask("养护成本按检测的桥梁座数分摊，每座", "old_template"))
    assert "桥梁检测4座" in said and "985" not in said


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("市科协建的那些科技工作者状况调查站点，国家级的加上市级的，总共几家", "=47家"),
        ("企服目标里提到的调查站点，国家级和市级一共多少家", "=47家"),
        ("企服目标中说的国家级站点数是市级站点数的百分之几", "约67.9%"),
        ("市级的调查站点，占全部调查站点的比重是多少", "约59.6%"),
    ],
    ids=["apart-names", "goal-pointer-sum", "goal-pointer-ratio", "part-clause"],
)
def test_goal_figures_worked_out(question: str, result: str) -> None:
    said = normalise(ask(question))
    assert result in said


def test_difference_over_an_amount() -> None:
    said = normalise(ask("企服预算比国交多出来的那部分是国交预算的几倍"))
    assert "=2.25倍" in said and "3.25" not in said


def test_ask_in_one_unit_then_another_converts() -> None:
    said = normalise(ask("港澳台学生要实习几周，折合成天数是多少天"))
    assert "=35天" in said
