"""Session 10 multi: a part that names another project and points at its form (养护那张呢,
运维那份呢, 养护那边呢) asks what the part before asked, of that project."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(question: str, form: str = "other") -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("数字化改造是哪个年度的表？养护那张呢？", ("2025年度", "2024年度")),
        ("数字化改造是哪个年度的表？养护那张表呢？", ("2025年度", "2024年度")),
        ("数字化改造什么时候开始 养护那边呢", ("2024-01-01", "2023.07")),
        ("道路养护的实施单位是谁？运维那份呢？", ("某区道路管理所", "上海市某某中心")),
        ("运维的主管部门是谁，养护的呢", ("上海市某某局", "某区建设和管理委员会")),
    ],
    ids=["year-that-sheet", "year-that-form", "start-over-there", "implementer", "department"],
)
def test_a_part_pointing_at_another_projects_form_asks_the_same_field(
    question: str, answers: tuple[str, ...]
) -> None:
    said = _answer(question)
    assert all(answer in said for answer in answers)
    assert "没有找到" not in said
