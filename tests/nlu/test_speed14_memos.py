"""Readings kept for speed give what a fresh reading gives, and slips are still found."""

from __future__ import annotations

import pytest

from nlu.arithmetic import OperationWords, load_operation_words
from tests.nlu.question_sets import engine_for, service_for

REMAINDERS = [
    "活动参与人数比去年多多少",
    "两个项目预算加起来多少",
    "参加活动的人数是多少",  # 加 of 参加 adds nothing up with the words cut
    "平均每场多少钱",
    "列出来就行不用加",
    "最多多少钱",
]


def _fresh() -> OperationWords:
    return load_operation_words()


@pytest.mark.parametrize("text", REMAINDERS, ids=range(len(REMAINDERS)))
def test_an_operation_read_again_is_the_one_read_first(text: str) -> None:
    tokens = frozenset(engine_for("builtin").lexicon.cut(text))
    words = _fresh()
    first = (words.read(text), words.read(text, tokens=tokens))
    again = (words.read(text), words.read(text, tokens=tokens))
    other = _fresh()
    assert first == again == (other.read(text), other.read(text, tokens=tokens))


def test_a_text_read_again_gives_the_same_reading() -> None:
    engine = engine_for("builtin")
    first = engine.read("国交的满意度和企服的走访次数分别是多少")
    assert engine.read("国交的满意度和企服的走访次数分别是多少") is first
    assert engine.read("企服的走访次数是多少") != first


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("企服新培育的院土工作站目标几家", "≥40"),  # a shape slip inside a phrase of the form
        ("国焦项目活动参与人数", "300"),  # a sound slip in a project's short name
        ("国交项目的满以度要多少", "90"),  # a sound slip in the middle of a word of the form
        ("台港澳学生实习人数", "港澳台"),  # a word written in another order
    ],
    ids=["shape", "short-name", "centred", "reordered"],
)
def test_slips_are_still_read_as_the_forms_words(question: str, expected: str) -> None:
    replies = service_for("builtin").answer(question).replies
    answer = "\n".join(reply.plain() for reply in replies)
    assert expected in answer
