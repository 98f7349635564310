"""Session 12 asks: several asks typed with no break between them, and a check of two figures."""

from __future__ import annotations

import pytest

from nlu.several import glued_apart
from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    ("question", "form", "wants"),
    [
        ("国交合作单位几家参与人数多少", "builtin", ("≥3家", "≥300人")),
        ("企服成本控制数多少满意度多少", "builtin", ("≤130万元", "≥90%")),
        ("国交啥时候开工预算多少", "builtin", ("2026-01-01", "40万")),
        ("国交主管部门是谁实施单位是谁", "builtin", ("科学技术协会", "科普教育展示技术中心")),
        ("企服工作站培育多少家专家引进几名", "builtin", ("≥40家", "≥120名")),
        ("国交实习岗位多少个学生多少人", "builtin", ("≥100个", "≥50人")),
        ("企服预算多少钱谁负责", "builtin", ("130万", "科普教育展示技术中心")),
        ("运维巡检车几辆步道多长", "other", ("10辆", "985米")),
        ("改造展区几个线上参观多少人次", "other", ("≥2个", "≥100000人次")),
    ],
    ids=[
        "count-then-count",
        "much-then-much",
        "when-then-much",
        "who-then-who",
        "measured-counts",
        "posts-and-students",
        "who-with-verb",
        "count-then-length",
        "count-then-visits",
    ],
)
def test_asks_typed_with_no_break_are_each_answered(
    question: str, form: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(ask(question, form))
    assert all(normalise(want) in answer for want in wants), answer
    assert "未能确定" not in answer and "没有找到" not in answer, answer


def test_a_space_and_still_has_between_two_asks_cut_them() -> None:
    answer = normalise(ask("国交归谁管 还有几号开工"))
    assert "科学技术协会" in answer and "2026-01-01" in answer, answer


def test_a_field_the_form_lacks_is_said_beside_the_figure_glued_to_it() -> None:
    answer = normalise(ask("国交预算多少负责人是谁"))
    assert "40万" in answer and "负责人" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "哪个项目预算多少",
        "企服比国交多多少",
        "几月几号开始",
        "国交预算多少",
        "国交预算是多少钱，实施单位是谁",
    ],
    ids=["which", "compare", "month-and-day", "one-ask", "written-apart"],
)
def test_one_ask_or_asks_written_apart_are_not_cut(question: str) -> None:
    assert glued_apart(question) is None


def test_two_dates_asked_with_no_break_are_both_answered() -> None:
    answer = normalise(ask("国交啥时候开始啥时候结束"))
    assert "2026-01-01" in answer and "2026-12-31" in answer, answer


def test_a_part_asking_a_length_is_no_ellipsis_of_the_amount_before() -> None:
    answer = normalise(ask("运维预算多少钱，道路养护多长", "other"))
    assert "985米" in answer and "250万" in answer, answer
    assert "项目资金总额" not in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("请问国交项目成本控制数上限和年度资金申请总额分别是多少，二者是否一致？", "两者相等"),
        ("国交成本控制数和年度预算一样吗", "两者相等"),
        ("国交成本控制数和年度预算各多少，两个对得上吗", "两者相等"),
        ("企服成本上限和年度预算是不是一致", "两者相等"),
        ("企服和国交的满意度分别多少，两者一样吗", "都是90%"),
        ("企服和国交预算一样吗", "多90万元"),
    ],
    ids=["formal", "same-q", "match-up", "is-it-not", "rates", "differ"],
)
def test_a_check_of_two_figures_says_how_far_apart(question: str, wants: str) -> None:
    """Checks are read by nlu/agreement.py: both figures, then the verdict."""
    answer = normalise(ask(question))
    assert normalise(wants) in answer, answer


def test_two_figures_shown_without_a_check_say_no_difference() -> None:
    answer = normalise(ask("国交成本控制数和年度预算分别多少"))
    assert "40万" in answer and "相等" not in answer and "计算" not in answer, answer


@pytest.mark.parametrize(
    ("question", "wants", "wrong"),
    [
        ("两项目总共申请多少钱？国交占比多少", "23.5%", "76.5%"),
        ("市里两个项目年度资金一共多少？国交在里面占百分之多少", "23.5%", "30.8%"),
        ("两个成本控制数加起来，企服那个占多少比例", "76.5%", "23.5%"),
        ("企服和国交预算合计多少，企服占几成", "76.5%", "23.5%"),
    ],
    ids=["total-then-share", "inside-it", "caps-added", "tenths"],
)
def test_a_share_asked_after_a_sum_is_of_that_sum(question: str, wants: str, wrong: str) -> None:
    answer = normalise(ask(question))
    assert "170万" in answer and wants in answer and wrong not in answer, answer


def test_a_share_of_a_whole_named_is_no_share_of_the_sum_before() -> None:
    answer = normalise(ask("两项目总共申请多少钱？国交占年度资金申请总额的比例"))
    assert "上一步结果" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("请核实运维项目当年财政拨款与上年结转资金之和是否等于年度资金申请总额", "variations"),
        ("运维拨款加结转，跟年度申请总额对得上吗", "variations"),
        ("数字化改造项目财政资金与其他资金之和是否等于项目资金总额？", "multi_year"),
        ("请核实企服与国交两个项目年度资金申请总额之和是否等于170万元", "builtin"),
    ],
    ids=["funding-parts", "spoken", "project-column", "amount-told"],
)
def test_a_sum_checked_against_a_figure_is_added_then_compared(question: str, form: str) -> None:
    answer = normalise(ask(question, form))
    assert "+" in answer and "两者相等" in answer, answer


def test_two_amounts_of_one_column_are_checked() -> None:
    """财政资金 and 其他资金 are both read in the project column (300万, 60万)."""
    answer = normalise(ask("数字化改造的财政资金和其他资金一样吗", "multi_year"))
    assert "300万" in answer and "不相等" in answer and "多240万" in answer, answer


def test_a_sum_whose_compared_figure_is_not_shown_is_not_worked() -> None:
    answer = normalise(ask("运维当年拨款和上年结转加起来是不是等于年度资金申请总额", "variations"))
    assert "多150万" not in answer, answer
