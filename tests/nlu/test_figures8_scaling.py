"""A part or a multiple of one figure (预算的一半, 三分之一, 两倍, 八折) is computed, never
answered with the figure unscaled."""

from __future__ import annotations

from decimal import Decimal

import pytest

from nlu.scaling import load_scale_words, scales_asked
from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交预算的一半是多少", "= 20万元"),
        ("三分之一的企服预算", "= 约43.33万元"),
        ("国交预算的两倍", "= 80万元"),
        ("国交预算翻一番是多少", "= 80万元"),
        ("国交预算的百分之二十", "= 8万元"),
        ("国交预算打八折是多少", "= 32万元"),
        ("企服预算增加20%是多少", "= 156万元"),
        ("企服预算减少三分之一", "= 约86.67万元"),
        ("企服的成本控制数的三成是多少万元", "= 39万元"),
        ("国际交流项目活动参与人数目标的一半是多少", "= 150人"),
        ("国交活动参与人数的三分之一", "= 100人"),
        ("国交预算一半是多少", "= 20万元"),
        ("国交预算两倍是多少", "= 80万元"),
        ("企服预算减半以后剩多少", "= 65万元"),
        ("企服预算的1/4", "= 32.5万元"),
        ("国交预算再加一倍是多少", "= 80万元"),
        ("国交预算翻了一倍是多少", "= 80万元"),
        ("国交预算增加两倍是多少", "= 120万元"),
        ("国交港澳台学生实习人数的一般是多少", "= 25人"),
        ("国交预算的一般有多少", "= 20万元"),
    ],
    ids=[
        "half",
        "third-before",
        "twice",
        "doubled",
        "percent",
        "discount",
        "raised",
        "lowered",
        "tenths",
        "half-of-row",
        "third-of-row-exact",
        "half-bare",
        "twice-bare",
        "halved-verb",
        "slash",
        "added-multiple",
        "doubled-past",
        "raised-twice",
        "half-by-sound",
        "half-by-sound-money",
    ],
)
def test_a_scale_of_one_figure_is_computed(question: str, result: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert result in answer
    assert " × " in answer


@pytest.mark.parametrize(
    "question",
    ["两个项目预算的一半", "预算的一半", "国交预算一半的两倍"],
    ids=["two-projects", "no-project", "two-scales"],
)
def test_a_scale_of_no_single_figure_is_refused(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "不给出数字" in answer
    assert "40万" not in answer
    assert "130万" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "满意度要达到百分之九十的目标",
        "满意度提高到90%",
        "满意度至少百分之九十",
        "国交预算是企服的几倍",
        "国交预算是企服的一半吗",
        "活动参与人数完成一半了吗",
        "实习期折算一共多少天",
        "国交预算比企服少百分之多少",
        "活动参与人数完成一半了没",
        "企服预算比国交多两倍",
        "2026/12的目标",
        "国交预算的一倍",
        "满意度一般要多少",
        "国交活动一般在什么时候",
    ],
    ids=[
        "target-percent",
        "level-reached",
        "bound",
        "ratio-ask",
        "check",
        "progress",
        "conversion",
        "percent-ask",
        "progress-reached",
        "compared-times",
        "date",
        "itself",
        "usually",
        "usually-when",
    ],
)
def test_words_that_state_or_ask_a_figure_are_no_scale(question: str) -> None:
    assert scales_asked(question, load_scale_words()) == []


def test_a_raise_adds_the_fraction_to_the_whole() -> None:
    (scale,) = scales_asked("企服预算上浮百分之十", load_scale_words())
    assert scale.numerator / scale.denominator == Decimal("1.1")
    assert scale.without("企服预算上浮百分之十") == "企服预算"


@pytest.mark.parametrize(
    "question",
    [
        "国交预算的零分之一是多少",
        "国交预算的1/0",
        "国交预算的0/0是多少",
        "国交预算翻十番",
        "企服成本控制数的99999999999999999999倍",
    ],
    ids=["zero-denominator-words", "over-zero", "zero-over-zero", "ten-doublings", "absurd"],
)
def test_a_scale_no_figure_is_taken_by_is_refused(question: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert "不是可以计算的比例或倍数" in answer, answer
    assert "40万" not in answer and "130万" not in answer and "=" not in answer, answer
