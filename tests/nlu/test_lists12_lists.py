"""Session 12: counts that also ask for the targets, a count of one row shown with its target,
clauses restating a sort by examples, and a vague "that business" after a topic."""

from __future__ import annotations

import re

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import ask, engine_for

_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _listed(form: str, question: str) -> list[str]:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    return [row.name for group in answer.groups for row in group.indicators]


@pytest.mark.parametrize(
    "question",
    [
        "国交质量指标有几个，指标值各是多少",
        "国交的质量类指标一共多少个，各自的目标呢",
        "国交quality指标几个？target是多少",
    ],
    ids=["values-each", "own-targets", "english"],
)
def test_a_count_asking_the_targets_too_lists_the_rows_with_them(question: str) -> None:
    answer = ask(question, "builtin")
    assert "2 项" in answer
    assert "=100%" in answer and "=0起" in answer
    assert set(_FIGURE.findall(answer)) <= {"2", "1", "100", "0"}


@pytest.mark.parametrize(
    ("question", "target"),
    [("企服满意度指标有几个", "≥90%"), ("国交一共有几个成本指标", "≤40万元")],
    ids=["satisfaction", "cost"],
)
def test_a_count_of_one_row_shows_its_target(question: str, target: str) -> None:
    answer = ask(question, "builtin")
    assert "1 项" in answer and target in answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("两个项目的定性指标，也就是说写有效提升呀、建立健全呀那种的，一共几个", 6),
        ("企服效益指标，我是说社会效益、可持续影响那些，几个", 3),
    ],
    ids=["kind-by-examples", "level-by-headings"],
)
def test_a_clause_restating_the_sort_by_examples_sets_no_condition(
    question: str, count: int
) -> None:
    assert len(_listed("builtin", question)) == count
    answer = ask(question, "builtin")
    assert f"{count} 项" in answer
    assert "没有找到" not in answer


def test_a_restating_clause_after_no_sort_is_kept() -> None:
    engine = engine_for("builtin")
    text = "企服，就是说那种科普的，有哪些指标"
    assert engine._lister.restatement_apart(text) == text


@pytest.mark.parametrize(
    ("question", "count", "word"),
    [
        ("国交暑期实习那档子事，表里挂了几个指标", 4, "实习"),
        ("企服工作站那摊事，有哪些指标", 3, "工作站"),
    ],
    ids=["internship", "workstation"],
)
def test_a_vague_that_business_after_a_topic_asks_the_topics_rows(
    question: str, count: int, word: str
) -> None:
    rows = _listed("builtin", question)
    assert len(rows) == count and all(word in row for row in rows)
    answer = ask(question, "builtin")
    assert f"{count} 项" in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("三个项目设了上限的成本指标平均多少万", "206.67万元"),
        ("三个项目以≤设定的成本类指标合计多少", "620万元"),
    ],
    ids=["average", "sum"],
)
def test_the_rows_an_operator_picks_are_averaged_or_added_up(question: str, result: str) -> None:
    answer = ask(question, "other")
    assert result in answer
    assert "项：" not in answer  # worked out, not listed


def test_an_operator_over_rows_in_several_units_adds_nothing_up() -> None:
    answer = ask("道路桥梁养护以≤设定的指标加起来多少", "other")
    assert "计算" not in answer


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("三张表里管完成进度的时效指标有哪些", 3),
        ("管花费的成本指标都有哪几个", 3),
    ],
    ids=["deadline", "cost"],
)
def test_a_clause_saying_what_the_heading_is_about_sets_no_condition(
    question: str, rows: int
) -> None:
    assert len(_listed("other", question)) == rows


def test_a_clause_with_a_word_of_its_own_still_picks_rows() -> None:
    engine = engine_for("other")
    text = "管设施修复的时效指标有哪些"
    assert engine._lister.restatement_apart(text) == text


@pytest.mark.parametrize(
    "question",
    ["国交第 34 届那个研讨会的指标", "国交“第18届”说的是哪个活动"],
    ids=["row", "goal"],
)
def test_an_ordinal_is_no_target_figure(question: str) -> None:
    answer = ask(question, "builtin")
    assert "单位为“届”" not in answer and "共 0 项" not in answer


@pytest.mark.parametrize(
    ("question", "text", "count"),
    [
        ("两个项目里目标写着'建立健全'四个字的是哪些", "建立健全", 2),
        ("指标值写有效提升的都有哪几条", "有效提升", 2),
        ("目标值写的是“有效提升”四个字的指标", "有效提升", 2),
    ],
    ids=["chars-counted", "written-having", "quoted"],
)
def test_a_target_text_said_after_write_is_read_whole(
    question: str, text: str, count: int
) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    assert answer.row_filter.target_text == text
    rows = [row for group in answer.groups for row in group.indicators]
    assert len(rows) == count and all(text in row.target.raw for row in rows)


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("variations", "运维那边有没有考核设施个数的指标", 0),
        ("multi_year", "数字化改造有展区数量的指标吗", 1),
    ],
    ids=["none-counts-them", "one-counts-them"],
)
def test_a_count_of_things_asks_a_row_counting_them(form: str, question: str, rows: int) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    assert sum(len(group.indicators) for group in answer.groups) == rows
    text = ask(question, form)
    assert ("没有找到" in text) == (rows == 0)
    if rows == 0:
        assert not set(_FIGURE.findall(text)) - {"0"}
