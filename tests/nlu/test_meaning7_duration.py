"""Words asking a length of time (持续多久) need not be written by the sentence stating it."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer, PassageAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    ["国交的实习要持续多久", "国交实习多长时间", "港澳台实习为期多久", "暑期实习持续多长"],
    ids=["last", "how-long", "term", "span"],
)
def test_length_of_the_internship_is_quoted(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert "5 周" in answer.matches[0].passage.text


@pytest.mark.parametrize(
    "question",
    ["国交的志愿服务要持续多久", "企服的培训班为期多久"],
    ids=["volunteering", "course"],
)
def test_length_of_something_no_sentence_dates_gives_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
    if isinstance(answer, PassageAnswer):
        assert "5 周" not in answer.matches[0].passage.text
