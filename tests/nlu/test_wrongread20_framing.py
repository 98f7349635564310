"""Words framing an ask (who bid it, who relays it, a layout pointer) never pick the row."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        # who bid the ask, said after it, names a word of the form (单位)
        ("国交活动参与人数定了多少，是我们单位主任叫我查的", "≥300人", "≥90%"),
        ("国交合作单位几家？说是单位领导让问的", "≥3家", "≥90%"),
        # a person's name then 问 passes the ask on
        ("小陈问国交合作单位几家", "≥3家", "没有找到"),
        ("周姐问企服培育工作站几家", "≥40家", "没有找到"),
    ],
    ids=["bidder-after-ask", "bidder-said-is", "name-asks", "name-with-title-asks"],
)
def test_framing_clause_leaves_the_row_asked(question: str, figure: str, wrong: str) -> None:
    answer = ask(question)
    assert figure in answer
    assert wrong not in answer


def test_helping_the_one_spoken_to_before_a_dash_frames_the_ask() -> None:
    answer = ask("你昨天问的辩论赛那块我替你查了——国交里跟辩论赛相关的指标有几条？")
    assert "共 1 项" in answer
    assert "辩论队人数" in answer
    assert "共 0 项" not in answer


def test_examples_bracketed_after_a_sort_said_with_de_are_no_condition() -> None:
    answer = ask("国交哪些指标是定性的（比如写提升、健全的）有几条")
    assert "定性的绩效指标共 3 项" in answer
    assert "长效管理机制健全性" in answer
    assert "含“提升”" not in answer


def test_capped_rows_said_to_count_too_beside_smaller_better_add_nothing() -> None:
    answer = ask("运维里逆向的指标都有哪些，封顶的也要算进去", "variations")
    assert "3 项" in answer
    assert "设备故障次数" in answer
    assert "以“≤”设定" not in answer


@pytest.mark.parametrize(
    ("question", "form", "figure", "listed"),
    [
        (
            "企服产出指标下面，数量指标第五行，科创赋能及人才服务活动，几场？",
            "builtin",
            "≥35场",
            "≥120名",
        ),
        ("产出指标里数量指标第一行，维护步道长度多少", "variations", "985米", "10辆"),
    ],
    ids=["headings-then-place-then-name", "heading-place-name-unbroken"],
)
def test_headings_leading_to_a_row_by_its_place_list_nothing(
    question: str, form: str, figure: str, listed: str
) -> None:
    answer = ask(question, form)
    assert figure in answer
    assert listed not in answer


def test_story_before_an_ask_passed_on_is_left_out() -> None:
    answer = ask(
        "你好，热线转过来一个电话，一位阿姨说外孙在香港读书，暑假想来上海实习，"
        "她问国交“这次一共招多少个港澳台学生”，帮忙查一下。"
    )
    assert "≥50人" in answer
    assert "≥100个" not in answer
    assert "不给出数字" not in answer
