"""Session 12 asks: a calculation's result named, then worked on (…的差额是国交的几倍)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    ("question", "wants", "wrong"),
    [
        ("国交跟企服的年度预算差额，是国交预算的几倍", ("90万", "2.25"), "3.25"),
        ("企服和国交年度预算的差额是国交年度预算的多少倍", ("90万", "2.25"), "3.25"),
        ("国交和企服预算差额占企服预算的百分之几", ("90万", "69.2%"), "30.8%"),
        ("企服比国交预算多的部分，算下是国交的几倍", ("90万", "2.25"), "3.25"),
    ],
    ids=["comma", "one-breath", "percent-of", "more-part"],
)
def test_a_result_named_then_worked_on(question: str, wants: tuple[str, ...], wrong: str) -> None:
    answer = normalise(ask(question))
    assert all(want in answer for want in wants), answer
    assert wrong not in answer, answer


def test_a_difference_named_and_asked_alone_stays_one_ask() -> None:
    answer = normalise(ask("企服和国交的预算差额是多少"))
    assert "90万" in answer and "倍" not in answer, answer
