"""Arithmetic asks said in other words compute what is asked, or check the claim told."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


def test_share_asked_after_a_comma_with_xiangdangyu() -> None:
    answer = ask("企服年度预算，相当于国交年度预算的百分之几？")
    assert "325%" in answer
    assert "30.8%" not in answer


def test_difference_of_two_counts_in_the_asked_unit() -> None:
    answer = ask("国交推荐岗位的科技社团比实习的港澳台学生少几个人")
    assert "40人" in answer
    assert "不能直接" not in answer


def test_reading_note_said_with_yong_keeps_each_forms_column() -> None:
    answer = ask("三个项目年度资金一共多少（养护的用项目资金总额）", "other")
    assert "620万" in answer
    assert "500万" not in answer


@pytest.mark.parametrize(
    ("question", "form", "verdict", "wrong"),
    [
        (
            "有同事说“拨款加上年结转刚好等于年度资金申请总额”，麻烦核实一下",
            "multi_year",
            "一致",
            "240万",
        ),
        ("国交“成本控制数超过了年度预算”，是否属实", "builtin", "没有超过", "80万"),
    ],
    ids=["sum-claim-verified", "exceed-claim-verified"],
)
def test_claim_to_verify_is_checked_not_summed(
    question: str, form: str, verdict: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert verdict in answer
    assert wrong not in answer
