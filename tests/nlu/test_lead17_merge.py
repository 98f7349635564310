"""Session 17, the helpers' merge: a clause wishing the rows shown with their targets (请连同指标值
列示, 附上目标值) is a wish, no second ask (lists17 read 连同 as phrasing, and the clause then
listed every row of the project)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    "question",
    [
        "企服的指标里按“场”计的都有哪些，请连同指标值列示。",
        "企服以场计的指标有哪些？附上目标值",
        "企服单位是场的指标列一下，带上指标值",
        "企服按场计的指标，连目标值一起给我",
    ],
)
def test_targets_wished_beside_a_list_add_no_second_list(question: str) -> None:
    answer = ask(question)
    assert "共 5 项" in answer and "≥35场" in answer, answer
    assert "共 22 项" not in answer and "≥40家" not in answer, answer


def test_targets_wished_beside_one_row_keep_its_answer() -> None:
    answer = ask("企服满意度多少，带上指标值")
    assert "≥90%" in answer and "共 " not in answer, answer
