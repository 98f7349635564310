"""An end date asked of the work a deadline row dates, written as the row writes it."""

from __future__ import annotations

import pytest

from nlu.answers import FactAnswer, IndicatorAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("form", "question", "row"),
    [
        ("other", "养护完成的期限", "养护完成时间"),
        ("other", "养护完成的截止日期是哪天", "养护完成时间"),
        ("old_template", "养护啥时候完成", "养护完成时间"),
        ("old_template", "养护什么时候能完成", "养护完成时间"),
        ("builtin", "国交活动完成的日期", "活动完成及时性"),
        ("builtin", "国际交流项目活动完成的期限", "活动完成及时性"),
    ],
    ids=[
        "road-period",
        "road-end",
        "road-apart",
        "road-latest",
        "exchange-date",
        "exchange-period",
    ],
)
def test_end_of_dated_work_answers_its_deadline_row(form: str, question: str, row: str) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert [found.name for found in answer.indicators] == [row]


@pytest.mark.parametrize(
    "question", ["国交项目什么时候完成", "国交项目的实施期限"], ids=["end", "period"]
)
def test_end_of_the_project_stays_its_date(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, FactAnswer | IndicatorAnswer), answer
    assert not isinstance(answer, IndicatorAnswer) or answer.indicators[0].name != "活动完成及时性"
