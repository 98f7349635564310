"""A pair of words the question writes side by side counts though one of them is a stop word
(法律咨询: 咨询 alone is dropped as in 想咨询一下)."""

from __future__ import annotations

import pytest

from nlu.answers import PassageAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    "question",
    [
        "给科技工作者的法律咨询是靠谁来做的",
        "科技工作者法律咨询谁来提供",
        "法律咨询服务由谁来做",
        "企服给科技工作者提供法律咨询的是谁",
    ],
    ids=["by-whom", "who-provides", "service", "who-is-it"],
)
def test_legal_advice_quotes_the_sentence_writing_legal_advice(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert "法咨委" in answer.matches[0].passage.text
