"""Session 12 asks: asks numbered one after another (1. … 2. …) are asks of their own."""

from __future__ import annotations

import pytest

from nlu.query import numbered_apart
from nlu.several import repeated_apart
from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        (
            "小助手 想确认三件事 1. 企服服务科技工作者人数 2. 采集信息准确性",
            ("≥8000人次", "=100%"),
        ),
        ("国交这边：1、征集论文多少篇 2、合作单位几家", ("≥20篇", "≥3家")),
        ("@机器人 (1)国交预算 (2)企服预算", ("40万", "130万")),
    ],
    ids=["dot", "comma-mark", "brackets"],
)
def test_numbered_asks_are_each_answered(question: str, wants: tuple[str, ...]) -> None:
    answer = normalise(ask(question))
    assert all(want in answer for want in wants), answer


@pytest.mark.parametrize(
    "text",
    ["国交预算1.5万是多少", "企服是国交的2.25倍吗", "第2. 个指标 1. 是什么", "企服1. 预算"],
)
def test_figures_and_lone_numbers_are_no_list(text: str) -> None:
    assert numbered_apart(text) == text


def test_one_ask_said_of_two_projects_without_a_break() -> None:
    answer = normalise(ask("国交预算总额企服预算总额比一比"))
    assert "40万" in answer and "130万" in answer, answer


@pytest.mark.parametrize(
    "text", ["运维预算加养护预算", "实习的学生里港澳台学生多少", "接待市民和市民满意度合计"]
)
def test_words_said_twice_in_one_ask_are_no_two_asks(text: str) -> None:
    assert repeated_apart(text) is None
