"""一期 before a quantity ask counts one term (实习一期搞几周), not the first phase of a thing."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer, PassageAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    ["港澳太大学生暑期实习一期搞几周", "暑期实习一期多少周", "港澳台实习1期要几周"],
    ids=["typo-and-term", "how-many-weeks", "written-as-figure"],
)
def test_one_term_asked_in_weeks_quotes_the_weeks(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert "5 周" in answer.matches[0].passage.text


@pytest.mark.parametrize(
    "question",
    ["国交第一期实习几周", "国交实习一期有多少学生"],
    ids=["ordinal", "students-per-term"],
)
def test_first_term_or_a_count_no_sentence_states_gives_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer | PassageAnswer), answer
