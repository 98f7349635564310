"""Session 16, the helpers' merge: an order asked of rows is read by one pattern (the words of
wishes.txt) and done by one function (listing.rows_in_order), whether the list asks it itself
(国交数量指标目标值最大的前三个) or a clause apart wishes it (…，按目标值排序，前三是哪些); a count
wished beside a list is a wish of wishes.txt [counted] alone; 几多 before a measure word is
rewritten once, by the plain words."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask

TOP_THREE = ("≥300人", "≥100个", "≥50人")


@pytest.mark.parametrize(
    "question",
    [
        "国交数量指标按目标值排序，前三是哪些",
        "国交的数量指标，按数值从大到小排，只取前三",
        "国交数量指标按目标值大小排一下，头三个",
        "国交数量指标目标值最大的前三个",
    ],
)
def test_the_first_rows_of_an_order_are_cut_however_the_order_is_asked(question: str) -> None:
    answer = ask(question)
    assert "共 3 项" in answer and all(row in answer for row in TOP_THREE), answer
    assert "≥20篇" not in answer and "≥2人" not in answer, answer


def test_both_ends_asked_show_the_whole_order() -> None:
    answer = ask("国交数量指标按目标值排序，前三是哪些，最小的又是哪条")
    assert "共 10 项" in answer, answer
    assert answer.index("≥300人") < answer.index("≥100个") < answer.index("≥2人"), answer


def test_the_last_rows_asked_after_an_ascending_order_keep_ties() -> None:
    answer = ask("国交数量指标从小到大排，最小的两个")
    assert "≥2人" in answer and "≥3家" in answer and "≥3场" in answer, answer
    assert "≥300人" not in answer, answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("国交单位是人的指标列出来，再带个数", "共 4 项"),
        ("企服以场计的指标筛出来，附上数量", "共 5 项"),
        ("国交以人计的指标，列表+计数", "共 4 项"),
    ],
)
def test_a_count_wished_beside_a_list_counts_its_rows(question: str, count: str) -> None:
    answer = ask(question)
    assert count in answer, answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "count", "never"),
    [
        ("企服里按场计的指标一共几多个", "5 项", "43场"),
        ("国交的指标一共有几多项", "18 项", "共 0 项"),
    ],
)
def test_a_count_said_in_cantonese_counts_rows(question: str, count: str, never: str) -> None:
    answer = ask(question)
    assert count in answer and never not in answer, answer
