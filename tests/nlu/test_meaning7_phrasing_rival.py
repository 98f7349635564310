"""A word read as phrasing (申报) that a close row writes keeps the other row from being sure."""

from __future__ import annotations

import pytest

from nlu.answers import Clarification, IndicatorAnswer
from tests.nlu.question_sets import engine_for

NEW_STATIONS = "培育新申报院士(专家)工作站(服务中心)数量"


@pytest.mark.parametrize(
    "question",
    [
        "企服今年要新增多少个院士工作站的申报",
        "企服新增的院士工作站申报有多少个",
        "院士工作站新增申报几个",
    ],
    ids=["asked-last", "asked-middle", "short"],
)
def test_phrasing_word_a_close_row_writes_is_no_certain_answer(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    if isinstance(answer, IndicatorAnswer):
        assert [row.name for row in answer.indicators] == [NEW_STATIONS]
    else:
        assert isinstance(answer, Clarification), answer
        assert NEW_STATIONS in [row.name for row in answer.candidates]


@pytest.mark.parametrize(
    "question",
    [
        "活动参与人数完成了多少",
        "活动参与人数计划达到多少",
        "采集新增工作站及院士专家基本信息数量目标",
    ],
    ids=["progress", "planned", "named-in-full"],
)
def test_row_named_with_phrasing_words_is_answered(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
