"""Verbs of following a standard (参照, 依照, 对照) only phrase an ask of the 绩效标准 column."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("question", "standard"),
    [
        ("养护合格率的要求参照的是什么标准", "行业标准"),
        ("养护合格率依照什么标准", "行业标准"),
        ("养护成本参照哪种绩效标准", "计划标准"),
        ("道路养护长度对照的标准是什么", "计划标准"),
    ],
    ids=["refer", "follow", "which-standard", "compare"],
)
def test_standard_followed_is_the_rows_standard(question: str, standard: str) -> None:
    answer = engine_for("old_template").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert answer.indicators[0].standard == standard
