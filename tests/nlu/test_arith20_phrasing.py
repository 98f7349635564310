"""Arithmetic asks said in other words compute what is asked, or check the claim told."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


def test_share_asked_after_a_comma_with_xiangdangyu() -> None:
    answer = ask("企服年度预算，相当于国交年度预算的百分之几？")
    assert "325%" in answer
    assert "30.8%" not in answer


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


def test_remark_granting_something_after_the_ask_is_left_out() -> None:
    answer = ask(
        "运维的预算，按开放日接待的市民人次摊，每人次多少钱？其实我明白运维的钱不全花在开放日。",
        "variations",
    )
    assert "500元/人次" in answer
    assert "不能直接" not in answer


def test_remark_of_feeling_after_the_ask_is_left_out() -> None:
    answer = ask("企服预算是国交的几倍？这么大的差距挺让人吃惊的。")
    assert "3.25 倍" in answer
    assert "没有找到" not in answer


def test_rough_figure_then_figure_to_work_with() -> None:
    answer = ask("调查站点一年报送五千多份材料，按5000份算，平均一个月多少份？")
    assert "416.67" in answer
    assert "250" not in answer


def test_share_of_a_sum_said_with_zai_zhong_suo_zhan() -> None:
    answer = ask("企服年度资金在两个项目总额中所占比例")
    assert "76.5%" in answer
    assert "没有找到" not in answer


def test_later_sentence_works_on_an_average_before() -> None:
    answer = ask("两个项目成本控制数的平均值是多少？国交比这个平均数少多少")
    assert "85万元" in answer
    assert "少 45万元" in answer


def test_clause_saying_nothing_else_counts_is_left_out() -> None:
    answer = ask("国交的岗位数和社团数，别的不管，平均每家社团出几个岗位？")
    assert "10个/家" in answer
    assert "没有找到" not in answer
