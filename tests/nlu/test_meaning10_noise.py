"""Noise around a terse ask: who sent the asker (王处让查：), and a word whose last character
is a measure word (成本数 is no count of 本)."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer, NotInForm, SeveralIndicators
from tests.nlu.question_sets import engine_for


def _answer(form: str, question: str) -> object:
    return engine_for(form).interpret(question).answer


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("王处让查：国交参与人数", "活动参与人数"),
        ("科长让我查一下：国交成本控制数", "国际科技人文交流合作成本控制数"),
        ("李老师让问 国交辩论队几个人", "参加第 25 届海峡两岸大学生辩论赛上海高校辩论队人数"),
    ],
    ids=["director", "section-chief", "teacher"],
)
def test_who_sent_the_asker_is_no_word_to_explain(question: str, row: str) -> None:
    answer = _answer("builtin", question)
    assert isinstance(answer, IndicatorAnswer), answer
    assert [indicator.name for indicator in answer.indicators] == [row]


def test_who_sent_the_asker_before_an_amount() -> None:
    assert isinstance(_answer("builtin", "主任叫我问下，企服预算"), MoneyAnswer)


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("开会中 国交成本数 快", "国际科技人文交流合作成本控制数"),
        ("国交成本数", "国际科技人文交流合作成本控制数"),
        ("企服成本数多少", "企业科技创新服务成本控制数"),
    ],
    ids=["meeting", "terse", "how-much"],
)
def test_measure_word_ending_a_longer_word_asks_no_count_of_it(question: str, row: str) -> None:
    answer = _answer("builtin", question)
    if isinstance(answer, SeveralIndicators):  # words apart, each read as an ask
        assert len(answer.answers) == 1, answer
        answer = answer.answers[0]
    assert isinstance(answer, IndicatorAnswer), answer
    assert [indicator.name for indicator in answer.indicators] == [row]


def test_count_in_another_measure_is_still_refused() -> None:
    assert isinstance(_answer("variations", "巡检次数"), NotInForm)
