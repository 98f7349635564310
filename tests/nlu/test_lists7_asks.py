"""Session 7 asks: every part of a question asking each thing is answered or named."""

from __future__ import annotations

import pytest

from nlu.answers import SeveralIndicators
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("企服的培训会和评审会各几场", "机构资格评审会、复审会等数量"),
        ("企服的评审会和培训会分别是几场", "机构资格评审会、复审会等数量"),
        ("企服的培训会和走访对接各几次", "走访对接区科协和企业科协数量"),
        ("企服的编印指引和培训会各多少", "编印《企业科协建设指引(2026)》数量"),
    ],
    ids=["each", "apart", "visits", "guide"],
)
def test_a_part_left_open_beside_one_answered_is_named(question: str, answered: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, SeveralIndicators), answer
    assert [ind.name for part in answer.answers for ind in part.indicators] == [answered]
    assert any("培训" in words for words in answer.unmatched), answer.unmatched
