"""Session 8 absent: a quote stating no number in the unit asked gives no answer of how many."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    "question",
    [
        "法律服务那块要编印多少册法律知识丛书",
        "企服要编几本法律知识丛书",
        "法律知识丛书印多少套",
        "企服的法律服务要印多少份宣传册",
    ],
    ids=["volumes", "books", "sets", "leaflets"],
)
def test_a_count_the_goal_text_never_states_is_not_in_the_form(question: str) -> None:
    answer = normalise(answer_of({"q": question, "form": "builtin"}, service_for))
    assert "没有找到" in answer, answer
    assert "=1" not in answer and "1套" not in answer, answer
