"""Session 7 asks: every part of a question asking each thing is answered or named."""

from __future__ import annotations

import pytest

from nlu.answers import SeveralIndicators
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("企服的培训会和评审会各几场", "机构资格评审会、复审会等数量"),
        ("企服的评审会和培训会分别是几场", "机构资格评审会、复审会等数量"),
        ("企服的培训会和走访对接各几次", "走访对接区科协和企业科协数量"),
        ("企服的编印指引和培训会各多少", "编印《企业科协建设指引(2026)》数量"),
    ],
    ids=["each", "apart", "visits", "guide"],
)
def test_a_part_left_open_beside_one_answered_is_named(question: str, answered: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, SeveralIndicators), answer
    assert [ind.name for part in answer.answers for ind in part.indicators] == [answered]
    assert any("培训" in words for words in answer.unmatched), answer.unmatched


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("那个港澳台实习的岗位，一共征集多少", "征集实习岗位数量"),
        ("就是那个港澳台实习的岗位，国交项目的，一共征集多少", "征集实习岗位数量"),
        ("企服的院士工作站，今年培育多少家", "培育新申报院士(专家)工作站(服务中心)数量"),
        ("国交那个研讨会的论文，要征集多少篇", "上海征集论文数量"),
    ],
    ids=["topic-first", "project-between", "topic-open", "papers"],
)
def test_a_topic_then_what_is_asked_of_it_is_one_ask(question: str, row: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    rows = [ind.name for part in getattr(answer, "answers", [answer]) for ind in part.indicators]
    assert len(rows) == 1, rows
    assert rows[0].endswith(row), rows
