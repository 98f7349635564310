"""A length of time asked after its noun (实习时间多长) is the duration a goal sentence states."""

from __future__ import annotations

import pytest

from nlu.answers import PassageAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "国交港澳台学生实习时间多长",
        "港澳台学生实习的时长有多长",
        "国交暑期实习期间有几周",
        "港澳台学生实习时间是几周",
    ],
    ids=["time-how-long", "length", "weeks-of-period", "time-weeks"],
)
def test_internship_length_is_quoted_from_the_goal(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert "5 周实习" in answer.matches[0].passage.text
