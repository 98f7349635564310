"""Session 12 figures: the other side of a comparison named by its project's words alone (比路桥
高, 比养护那边, 比修路养桥那边的) is that project's same row, and 几个点 asks percentage points;
counts of unrelated things are never subtracted."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    "question",
    [
        "运维的满意度比路桥的高几个百分点",
        "运维那边的满意度比养护那边高多少",
        "运维满意度比路桥高几个点",
        "运维那边的市民满意度，比修路养桥那边的高几个百分点？",
        "设施运维的满意度比桥梁养护那块高多少",
    ],
    ids=["owner-de", "that-side", "bare-points", "paraphrase", "that-block"],
)
def test_other_side_named_by_project_words(question: str) -> None:
    said = normalise(ask(question, "other"))
    assert said.endswith("=多5个百分点") and "985" not in said and "米" not in said


def test_other_side_first_named_by_project_word() -> None:
    said = normalise(ask("路桥项目的满意度比运维这边低几个点", "other"))
    assert said.endswith("=少5个百分点")


@pytest.mark.parametrize(
    "question",
    ["合作单位比辩论队人数多几家", "国交的活动参与人数比合作单位多多少"],
    ids=["units-and-people", "people-and-units"],
)
def test_counts_of_unrelated_things_are_not_subtracted(question: str) -> None:
    said = normalise(ask(question))
    assert "计算" not in said and "单位不同" in said
