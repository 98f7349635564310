"""Session 16, after the final blind run: kinds of asks its failures showed, each tested with
phrasings of the lead's own (never the blind sets' text). Each test asserts the figure or rows
answered and that no wrong figure is given."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    "question",
    [
        "企服成本控制数与国交成本控制数相差多少万元",
        "企服和国交的成本上限相差几万元",
        "企服的成本控制数比国交的多多少万元",
    ],
)
def test_a_difference_asked_in_wan_yuan_is_worked(question: str) -> None:
    answer = ask(question)
    assert "90万" in answer and "130万元 −" in answer, answer
    assert "尚未登记" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "企服项目预算多少，顺便说一句我明年退休",
        "企服项目年度资金申请总额多少？顺便说一下我明年就要调走了哈哈",
        "企服的预算是多少 说句题外话我明年要去外地了",
    ],
)
def test_a_year_in_a_remark_about_the_asker_is_no_year_asked(question: str) -> None:
    answer = ask(question)
    assert "130万" in answer, answer
    assert "2027" not in answer, answer


@pytest.mark.parametrize(
    ("question", "dates"),
    [
        ("国交 开始 结束 日期", ("2026-01-01", "2026-12-31")),
        ("企服 开始日期 完成日期", ("2026-01-01", "2026-12-31")),
    ],
)
def test_header_fields_typed_apart_by_spaces_are_each_answered(
    question: str, dates: tuple[str, ...]
) -> None:
    answer = ask(question)
    assert all(date in answer for date in dates), answer


@pytest.mark.parametrize(
    ("question", "result", "never"),
    [
        ("国交预算三成是多少", "12万", "400,000.00元）\n"),
        ("国交 budget 三成是多少", "12万", "400,000.00元）\n"),
        ("企服经费两成有多少", "26万", "1,300,000.00元）\n"),
    ],
)
def test_a_part_said_right_after_the_amount_is_taken(
    question: str, result: str, never: str
) -> None:
    answer = ask(question)
    assert result in answer and "×" in answer, answer
    assert not answer.endswith(never.strip()), answer


def test_rows_grouped_by_heading_say_how_many_in_all() -> None:
    answer = ask("数字化改造项目共设几项绩效指标？请按一级指标归类列出。", "multi_year")
    assert "共有一级指标 4 个" in answer and "绩效指标共 5 项" in answer, answer


@pytest.mark.parametrize(
    ("question", "count", "never"),
    [
        ("企服项目中不以“≥”设定的定量指标有哪些", "共 4 项", "≥35场"),
        ("企服里不是以人计的指标", "共 22 项", "共 0 项"),
        ("国交里不按人计的指标有几个", "14 项", "共 0 项"),
    ],
)
def test_a_negated_operator_or_unit_keeps_the_other_rows(
    question: str, count: str, never: str
) -> None:
    answer = ask(question)
    assert count in answer and never not in answer, answer


def test_is_not_counted_in_asks_the_rows_of_the_unit() -> None:
    answer = ask("国交里是不是以人计的指标有哪些")
    assert "共 4 项" in answer and "≥300人" in answer, answer


@pytest.mark.parametrize(
    ("question", "rows", "count"),
    [
        ("企服 10次的 是哪俩", ("工作站建设推进", "走访对接区科协"), "共 2 项"),
        ("企服里10次的有哪些", ("工作站建设推进", "走访对接区科协"), "共 2 项"),
        ("国交 300人的是哪个", ("活动参与人数",), "≥300人"),
    ],
)
def test_rows_asked_after_their_figure_without_a_noun(
    question: str, rows: tuple[str, ...], count: str
) -> None:
    answer = ask(question)
    assert count in answer and all(row in answer for row in rows), answer
    assert "没有找到" not in answer, answer


def test_rows_of_a_unit_in_several_projects_are_counted_in_all_then_each() -> None:
    answer = ask("单位是“米”的指标有几个，分别在哪个项目", "other")
    assert "2 个项目共有" in answer and "2 项" in answer, answer
    assert "维护步道长度" in answer and "道路养护长度" in answer, answer
