"""An answer says how its question was read: a typo corrected once, a span of time the form
(filled in by the year) states no figure for."""

from __future__ import annotations

import pytest

from nlu.arithmetic import unstated_span
from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "written", "meant"),
    [
        ("国焦的预算", "国焦", "国交"),
        ("港奥台学生实习多少人", "港奥台", "港澳台"),
        ("国焦预算的一半", "国焦", "国交"),
        ("台港澳学生实习多少人", "台港澳", "港澳台"),
    ],
    ids=["sound", "char", "with-scale", "order"],
)
def test_a_corrected_typo_is_announced_once(question: str, written: str, meant: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert f"“{written}”按“{meant}”理解" in answer
    assert answer.count(f"“{written}”") == 1


def test_a_question_without_typo_announces_nothing() -> None:
    assert "理解）" not in answer_of({"q": "国交的预算"}, service_for)


@pytest.mark.parametrize(
    ("question", "span"),
    [
        ("企服36个月的预算", "36个月"),
        ("国交三年的活动参与人数目标", "三年"),
        ("下半年国交预算多少", "下半年"),
        ("企服两年的预算是多少", "两年"),
        ("国际交流项目5年的年度资金申请总额", "5年"),
    ],
    ids=["months", "years-row", "half-year", "two-years", "digits"],
)
def test_a_span_the_form_states_no_figure_for_is_said_before_the_year(
    question: str, span: str
) -> None:
    answer = answer_of({"q": question}, service_for)
    first, _, rest = answer.partition("\n")
    assert f"没有“{span}”的数" in first
    assert "】" in rest  # the year's figure follows, named by its project


@pytest.mark.parametrize(
    "text",
    ["2026年的预算", "一个月多少", "按12个月算", "年度预算", "每月多少", "第三年", "26年预算"],
    ids=["year", "per-month", "twelve", "annual", "each-month", "ordinal", "short-year"],
)
def test_a_year_or_a_period_asked_per_is_no_span(text: str) -> None:
    assert unstated_span(text) is None


def test_a_computed_answer_over_a_span_carries_no_note() -> None:
    answer = answer_of({"q": "企服一年130万，按月平均每个月能花多少"}, service_for)
    assert "申报表按年度填报" not in answer


def test_a_span_of_a_project_over_several_years_gets_its_project_total_unnoted() -> None:
    answer = answer_of({"q": "场馆数字化改造三年的预算", "form": "other"}, service_for)
    assert "360万元" in answer
    assert "申报表按年度填报" not in answer


@pytest.mark.parametrize(
    "question",
    ["道路同行情况要达到什么效果", "道路同行情况目标", "道路同行情况的指标值"],
    ids=["effect", "target", "value"],
)
def test_a_homophone_in_a_long_phrase_of_the_form_is_read_past_a_word_across_its_edge(
    question: str,
) -> None:
    # 道路同行 becomes 道路通行 of the form, though 行情 runs across the window's edge.
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert "“同行”按“通行”理解" in answer
    assert "道路通行条件：指标值 改善" in answer


def test_a_span_over_an_old_form_with_one_total_is_noted() -> None:
    answer = answer_of({"q": "养护预算三年一共多少", "form": "old_template"}, service_for)
    assert "没有“三年”的数" in answer


@pytest.mark.parametrize(
    ("question", "form", "target"),
    [
        ("企服的成本控制书", "builtin", "≤130万元"),
        ("国交活动安全事故发生书", "builtin", "=0起"),
        ("巡检车辆书", "other", "10辆"),
    ],
    ids=["cost-count", "accidents", "cars"],
)
def test_a_slip_of_a_name_ending_in_a_count_word_is_read_as_the_name(
    question: str, form: str, target: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert "按“" in answer and "数”理解" in answer
    assert target in answer
