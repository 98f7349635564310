"""Session 9 multi: a part naming only other projects (改造项目的呢) asks the ask before."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(question: str) -> str:
    return normalise(answer_of({"q": question, "form": "other"}, service_for))


@pytest.mark.parametrize(
    ("question", "wants", "unwanted"),
    [
        ("运维的主管部门是谁然后改造项目的呢", ("上海市某某局", "上海市科学技术协会"), "建设和"),
        ("运维的主管部门是谁，数字化改造的呢", ("上海市某某局", "上海市科学技术协会"), "建设和"),
        ("养护的实施单位是谁还有场馆改造的呢", ("道路管理所", "科普场馆中心"), "某某局"),
        ("数字化改造的实施单位是哪，道路养护的呢", ("科普场馆中心", "道路管理所"), "985米"),
        ("运维项目起止时间，改造的呢", ("2026-01-01", "2024-01-01"), "2023"),
    ],
    ids=["then-project", "comma-name", "voice-still-has", "row-words-as-project", "period"],
)
def test_a_part_naming_other_projects_asks_the_field_before_of_them(
    question: str, wants: tuple[str, ...], unwanted: str
) -> None:
    answer = _answer(question)
    assert all(want in answer for want in wants), answer
    assert unwanted not in answer, answer


@pytest.mark.parametrize(
    "question",
    ["运维的预算多少，养护的呢", "运维的预算多少，养护项目的呢"],
    ids=["short-word", "project-word"],
)
def test_an_amount_asked_again_names_only_the_projects_said(question: str) -> None:
    answer = _answer(question)
    assert "城市科普设施运维】年度预算" in answer, answer
    assert "道路桥梁养护】项目资金总额" in answer, answer
    assert "科普场馆数字化改造" not in answer, answer


def test_a_part_asking_an_operation_of_its_own_is_no_ellipsis() -> None:
    answer = normalise(answer_of({"q": "两项目总共申请多少钱？国交占比多少"}, service_for))
    assert "40万元(400000元)" not in answer or "170万" in answer, answer
