"""Qualifiers a row omits may be named by the one other row about the same thing."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("企服对工作站信息采集准不准有要求吗", "基本信息采集准确性"),
        ("企服院士专家基本信息采集准确度要求多少", "基本信息采集准确性"),
        ("企服采集工作站信息的准确率", "基本信息采集准确性"),
        ("企服编的那本企业科协指引验收要求多少合格", "建设指引验收合格率"),
    ],
)
def test_the_row_of_the_quality_asked_answers_with_its_siblings_words(
    question: str, name: str
) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert [row.name for row in answer.indicators] == [name]


@pytest.mark.parametrize(
    "question",
    [
        "海峡两岸科普论坛要征集多少篇论文",  # 海峡两岸 is written by several rows
        "企服对工作站志愿者信息采集准不准有要求吗",  # 志愿者 is in no row
        "企服建设指引验收花多少钱",  # a money ask of no money row
    ],
)
def test_no_sibling_lends_words_it_does_not_share(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer), answer
