"""A count is answered by the row counting the noun asked, not by one writing it inside the
name of an event (学生 of 大学生暑期实习)."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, NotInForm, PassageAnswer
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


@pytest.mark.parametrize(
    "question",
    ["国交的海峡两岸科普论坛征集论文数量目标是多少？", "国交海峡两岸科普论坛要征集多少篇论文"],
    ids=["count", "in-unit"],
)
def test_count_asked_of_a_sentence_stating_none_gives_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, NotInForm), answer


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("企业科协全周期管理是指哪几个环节", "换届"),
        ("国交实习要几周", "5 周"),
        ("企服重点服务几类产业", "3+6"),
    ],
    ids=["which", "weeks", "kinds"],
)
def test_sentence_stating_what_is_asked_is_still_quoted(question: str, quoted: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert quoted in "".join(match.passage.text for match in answer.matches)


@pytest.mark.parametrize(
    "question",
    [
        "企服有没有“专精特新企业数量”这个指标？目标多少",
        '企服有没有"专精特新企业数量"这个指标',
        "国交指标“实习生补贴金额”是多少",
    ],
    ids=["curly", "straight", "after-word"],
)
def test_row_asked_by_a_quoted_name_no_row_writes_gives_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, NotInForm), answer


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("企服“建设指引验收合格率”这个指标目标多少", "建设指引验收合格率"),
        ("国交有没有“合作单位数量”这项指标", "合作单位数量"),
        ("国交指标“活动参与人数”是多少", "活动参与人数"),
    ],
    ids=["this-row", "this-item", "after-word"],
)
def test_row_asked_by_its_quoted_name_is_answered(question: str, row: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert [indicator.name for indicator in answer.indicators] == [row]
