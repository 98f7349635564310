"""Session 8: a ranking across projects, and how far apart its highest and lowest are."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(question: str) -> str:
    return normalise(answer_of({"q": question, "form": "other"}, service_for))


@pytest.mark.parametrize(
    "question",
    [
        "三个项目哪个满意度目标最高 比最低的高几个百分点",
        "三个项目满意度目标最高的比最低的高多少",
        "满意度目标最高和最低差几个百分点",
        "满意度目标最低的项目比最高的低几个点",
    ],
    ids=["which-then-gap", "highest-vs-lowest", "and", "from-the-low-end"],
)
def test_the_gap_between_the_ends_of_a_ranking_is_given(question: str) -> None:
    answer = _answer(question)
    assert "5个百分点" in answer, answer
    assert "城市科普设施运维】市民满意度90%" in answer, answer


def test_a_money_gap_is_in_wan_yuan() -> None:
    answer = _answer("三个项目成本控制数哪个最高，它比最低的多多少")
    assert "250万元−120万元=130万元" in answer, answer


def test_a_tie_at_the_end_names_every_tied_project() -> None:
    answer = _answer("哪个项目的满意度目标最低")
    first = answer.split("其余")[0]
    assert "道路桥梁养护" in first and "科普场馆数字化改造" in first, answer


def test_a_ranking_without_a_gap_asked_states_none() -> None:
    assert "相差" not in _answer("三个项目哪个满意度目标最高")
