"""A which-ask of a kind (哪种方式, 哪个方向) is answered by the sentence naming the thing."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer, PassageAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("市科协推动的科技成果评价是哪种评价方式", "第三方科技评价"),
        ("科技成果评价用的是什么样的方式", "第三方科技评价"),
        ("调查站点体系要往哪个方向完善", "覆盖面和代表性"),
        ("科创服务这个项目重点对接的是哪些产业方向？", "3+6"),
    ],
    ids=["which-way", "what-way", "which-direction", "which-industries"],
)
def test_kind_asked_is_the_sentence_naming_the_thing(question: str, written: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert written in answer.matches[0].passage.text


@pytest.mark.parametrize(
    "question",
    ["国交招募志愿者是哪种方式", "企服的志愿者队伍往哪个方向发展"],
    ids=["volunteer-way", "volunteer-direction"],
)
def test_kind_of_an_absent_thing_gives_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
