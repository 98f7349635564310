"""A count asked of what a goal sentence names is the row of that project counting it."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "展馆数字化那个线上来逛的人数目标",
        "线上展馆的参观人数要达到多少",
        "数字化改造项目线上展馆来看的人次数",
        "建成的线上展馆浏览人数定的多少",
    ],
    ids=["coined-name", "hall-visits", "visits-count", "browse-count"],
)
def test_count_of_a_quoted_thing_answers_the_row_counting_it(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert [row.name for row in answer.indicators] == ["线上参观人次"]


@pytest.mark.parametrize(
    "question",
    ["线上展馆的志愿者人数目标", "线上展馆要配多少讲解员人数"],
    ids=["volunteers", "guides"],
)
def test_count_of_something_no_row_counts_gives_no_figure(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer


def test_count_the_sentence_states_is_quoted() -> None:
    answer = engine_for("builtin").interpret("调查站点每年上报的材料共多少份").answer
    assert not isinstance(answer, IndicatorAnswer), answer


@pytest.mark.parametrize(
    "question",
    ["国交参加论坛的上海代表有几个", "国交去科普论坛的代表有几个", "科普论坛上海与会代表几个"],
    ids=["how-many-generic", "go-to-forum", "attending"],
)
def test_generic_count_of_people_answers_the_row_not_the_quote(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert "上海代表参会人数" in answer.indicators[0].name


@pytest.mark.parametrize(
    "question",
    ["科普论坛的上海记者有几个", "国交去论坛的志愿者有几个"],
    ids=["press", "volunteers"],
)
def test_generic_count_of_absent_people_gives_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
