"""A count is answered by the row counting the noun asked, not by one writing it inside the
name of an event (学生 of 大学生暑期实习)."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer
from tests.nlu.question_sets import engine_for

STUDENTS = "参与 2026 年港澳台大学生暑期实习（上海）活动的港澳台籍学生人数"
POSTS = "2026 年港澳台大学生暑期实习（上海）活动征集实习岗位数量"


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("实习生里港澳台的学生要招几个", STUDENTS),
        ("港澳台实习生招几个", STUDENTS),
        ("暑期实习要来几个港澳台学生", STUDENTS),
        ("实习生里港澳台的要几个", STUDENTS),
        ("给港澳台学生准备多少个实习位置", POSTS),
        ("给港澳台学生留多少个实习机会", POSTS),
        ("要为港澳台学生征集多少岗位", POSTS),
        ("实习岗位要征集几个", POSTS),
    ],
    ids=[
        "students-before",
        "interns",
        "students-after",
        "interns-of",
        "places",
        "chances",
        "posts-for-students",
        "posts",
    ],
)
def test_count_asks_the_row_counting_its_noun(question: str, row: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert [indicator.name for indicator in answer.indicators] == [row]
