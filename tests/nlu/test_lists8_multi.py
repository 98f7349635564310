"""Session 8 multi: every project asked (分别, 各, 三个项目) gets its own row of the words."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(question: str) -> str:
    return normalise(answer_of({"q": question, "form": "other"}, service_for))


@pytest.mark.parametrize(
    "question",
    [
        "城市科普设施运维和道路桥梁养护的成本分别是多少",
        "运维项目和养护项目的成本各多少",
        "设施运维和道路养护的成本分别是多少",
    ],
    ids=["full-names", "project-words", "name-runs"],
)
def test_each_project_named_gets_its_own_cost_row(question: str) -> None:
    answer = _answer(question)
    assert "设施运维成本控制数" in answer and "养护成本" in answer, answer
    assert "改造成本控制数" not in answer, answer


def test_every_project_counted_gets_its_own_row() -> None:
    answer = _answer("三个项目的成本分别是多少")
    for row in ("设施运维成本控制数:指标值≤250万元", "改造成本控制数:指标值≤120万元", "养护成本"):
        assert row in answer, answer


def test_a_project_whose_rows_the_words_do_not_name_adds_no_row() -> None:
    answer = _answer("城市科普设施运维和道路桥梁养护的巡检车辆分别多少")
    assert "巡检车辆数" in answer and "道路养护长度" not in answer, answer


@pytest.mark.parametrize(
    ("question", "rows", "other"),
    [
        ("运维和养护的满意度分别是多少", ("满意度:指标值≥90%", "满意度:指标值≥85%"), "观众"),
        ("运维和养护的成本分别是多少", ("设施运维成本控制数", "养护成本"), "改造成本"),
        ("运维、改造的成本控制数分别多少", ("设施运维成本控制数", "改造成本控制数"), "养护成本"),
        ("运维与养护的市民满意度差几个百分点", ("90%", "85%", "5个百分点"), "观众"),
    ],
    ids=["and-satisfaction", "and-cost", "comma-cost", "gap"],
)
def test_short_words_of_two_projects_joined_name_those_projects(
    question: str, rows: tuple[str, ...], other: str
) -> None:
    answer = _answer(question)
    assert all(row in answer for row in rows), answer
    assert other not in answer and "未能确定" not in answer, answer
