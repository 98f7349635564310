"""A thing of the form taken out before an ask is taken off the figure the ask works with."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "form", "result", "wrong"),
    [
        # a part of the money taken out of the budget before a split by a count given
        (
            "运维的预算刨去上年结转，剩下的按10处设施平均，每处多少钱？",
            "variations",
            "200000元/处",
            "250000元/处",
        ),
        # a part taken out of a cost row before a split by a count given
        (
            "运维成本控制数，扣除当年财政拨款那部分，按5处平均每处多少钱",
            "variations",
            "100000元/处",
            "400000元/处",
        ),
        # a row's count taken out of another row's count, the rest named by 其余
        (
            "国交活动参与人数里，除开港澳台籍学生，其余参与者有多少人",
            "builtin",
            "250人",
            "= 300人",
        ),
    ],
    ids=["budget-less-part-split", "cost-less-part-split", "count-less-part"],
)
def test_thing_taken_out_is_taken_off_first(
    question: str, form: str, result: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert result in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "form", "result", "wrong"),
    [
        # 不含 of a part beside another part only says what that part is
        (
            "运维今年的当年财政拨款（不含上年结转）是数字化改造的当年财政拨款的几倍",
            "other",
            "2 倍",
            "2.5 倍",
        ),
        (
            "数字化改造的资金里，不计上年结转，当年财政拨款占年度资金的比例是多少",
            "multi_year",
            "83.3%",
            "100%",
        ),
    ],
    ids=["part-beside-part-ratio", "part-beside-part-share"],
)
def test_part_set_aside_beside_another_part_only_describes_it(
    question: str, form: str, result: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert result in answer
    assert wrong not in answer


def test_exclusion_of_several_figures_is_refused_without_a_figure() -> None:
    answer = ask("两个项目成本控制数合计，扣除两个项目年度资金之和，剩下多少")
    assert "未能确定" in answer
    assert "170万" not in answer


def test_other_part_of_a_goal_whole_set_aside_in_words_only() -> None:
    answer = ask("企服的调查站点里，除了市级的，国家级调查站点占全部调查站点的比例是多少")
    assert "40.4%" in answer
    assert "59.6%" not in answer


def test_part_of_a_goal_sum_set_aside_is_refused() -> None:
    answer = ask("企服目标里说的调查站点，除去市级的，总共多少家")
    assert "未能确定" in answer
    assert "47家" not in answer
