"""A general noun (队伍) the question qualifies is the texts' word with that head (辩论队)."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer, PassageAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "去两岸辩论赛的队伍从哪儿出",
        "海峡两岸大学生辩论赛，上海这边派几所学校的队伍",
        "两岸辩论赛的队伍由哪里组织",
    ],
    ids=["from-where", "how-many-schools", "organised-by"],
)
def test_team_of_the_debate_is_the_debate_team(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert "一所高校辩论队" in answer.matches[0].passage.text


def test_team_counted_in_people_is_the_row() -> None:
    answer = engine_for("builtin").interpret("辩论赛的队伍有几个人").answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert "辩论队人数" in answer.indicators[0].name


@pytest.mark.parametrize(
    "question",
    ["辩论赛的志愿者队伍有几个人", "论坛的队伍有几个人", "研讨会的队伍从哪儿出"],
    ids=["absent-volunteers", "no-forum-team", "no-symposium-team"],
)
def test_team_the_texts_do_not_head_gives_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
