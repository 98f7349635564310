"""A count asked of a longer noun (大学生) is a count of its head (学生) where a row counts it,
not of the posts whose event name writes the noun; a goal sentence stating only a duration
(5 周实习期间) states no count of people."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    "question",
    [
        "国交港澳台那边的大学生今年一共要请多少个过来",
        "港澳台过来的大学生有多少个",
        "国交今年邀请多少个港澳台大学生",
        "国交那个暑期实习，大学生要招多少个",
        "嗯，国交那个，港澳台那边的大学生，今年一共要请多少个过来，我要跟接待那边对一下人数",
    ],
    ids=["invite-over", "come-over", "invite", "recruit", "long-dictated"],
)
def test_count_of_longer_noun_answers_the_row_counting_its_head(question: str) -> None:
    answer = ask(question)
    assert "50人" in answer, answer
    assert "100个" not in answer and "5 周" not in answer, answer


def test_count_of_noun_no_row_counts_is_refused() -> None:
    answer = ask("国交港澳台研究生来几个")
    assert "没有找到" in answer and "≥" not in answer, answer


def test_duration_asked_keeps_the_sentence_stating_it() -> None:
    answer = ask("国交港澳台大学生实习持续几周")
    assert "5 周" in answer, answer
