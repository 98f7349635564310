"""What feature goes live (上线什么功能) is answered by the goal sentence naming it."""

from __future__ import annotations

import pytest

from nlu.answers import PassageAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    ["数字化改造今年要上线什么功能", "场馆改造上线哪些功能", "2025年数字化改造要上线啥功能"],
    ids=["what", "which", "colloquial"],
)
def test_feature_asked_is_the_sentence_naming_it(question: str) -> None:
    answer = engine_for("multi_year").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert "虚拟导览" in answer.matches[0].passage.text


def test_asking_what_the_assistant_can_do_is_still_help() -> None:
    answer = engine_for("multi_year").interpret("你有什么功能").answer
    assert not isinstance(answer, PassageAnswer), answer
