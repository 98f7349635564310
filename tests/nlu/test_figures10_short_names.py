"""Two projects named by short words across the money compared (运维预算是改造几倍)."""

from __future__ import annotations

import pytest

from knowledge.arithmetic import Operation
from nlu.answers import FigureMismatch, MoneyAnswer
from tests.nlu.question_sets import answer_of, engine_for, service_for


@pytest.mark.parametrize(
    ("question", "first", "result"),
    [
        ("运维预算是改造几倍", "城市科普设施运维", "2.08 倍"),
        ("运维的经费是改造的几倍", "城市科普设施运维", "2.08 倍"),
        ("运维预算比改造多多少", "城市科普设施运维", "多 130万元"),
        ("改造资金比养护少多少", "科普场馆数字化改造", "少 130万元"),
    ],
    ids=["times", "times-de", "more", "less"],
)
def test_short_words_across_money_name_two_projects(
    question: str, first: str, result: str
) -> None:
    answer = engine_for("other").interpret(question).answer
    assert isinstance(answer, MoneyAnswer), answer
    assert answer.operation in (Operation.RATIO, Operation.DIFFERENCE)
    assert answer.projects[0].name == first and len(answer.projects) == 2
    assert result in answer_of({"form": "other", "q": question}, service_for)


def test_times_of_money_and_a_length_is_no_ratio() -> None:
    answer = engine_for("other").interpret("运维预算是养护长度几倍").answer
    assert isinstance(answer, FigureMismatch)
