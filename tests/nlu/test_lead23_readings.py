"""Session 23, after the blind run: Xiang and Gan particles closing an ask of how much (是好多嘞,
好多啰) and a target said to be past a figure (目标过了100的)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize("ending", ["好多嘞？", "好多啰", "几多啰？"])
def test_a_xiang_particle_after_haoduo_still_asks_how_much(ending: str) -> None:
    answer = ask(f"运维巡检车辆数是{ending}", "variations")
    assert "10辆" in answer and "没有找到" not in answer, answer


def test_a_target_past_a_figure_filters_the_rows() -> None:
    answer = ask("运维数量指标里，目标过了100的有哪几条", "variations")
    assert "维护步道长度" in answer and "共 1 项" in answer, answer
    assert "巡检车辆数" not in answer, answer
