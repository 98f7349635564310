"""Session 12 (second): leaving out 产出指标, a heading people often say for its 数量指标 alone:
the rows under every other heading, and beside them how many are left if only 数量指标 is meant."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    "question",
    [
        "国交除了产出指标剩下的都有啥",
        "国交产出以外的指标有几个",
        "国交非产出类的指标列一下",
        "国交里不属于产出指标的有多少条",
        "国交产出指标之外的其余指标",
    ],
)
def test_both_readings_are_counted(question: str) -> None:
    answer = ask(question)
    assert "5 项" in answer  # as the form groups the rows
    assert "质量指标 2 项、时效指标 1 项" in answer and "共 8 项" in answer
    assert "活动参与人数" not in answer  # a 数量 row is left out either way


def test_a_second_level_left_out_has_no_note() -> None:
    answer = ask("国交除了数量指标还有哪些")
    assert "8 项" in answer and "若只除去" not in answer


def test_a_heading_not_said_for_its_first_has_no_note() -> None:
    assert "若只除去" not in ask("国交除了效益指标还有哪些")
