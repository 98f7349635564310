"""Session 8: a word paraphrasing the one row counting in the unit asked (巡逻车 of 巡检车辆数)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(form: str, question: str) -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    "question",
    [
        "运维配了几辆巡逻车",
        "运维有几辆巡查车",
        "设施运维要配备多少辆巡检用车",
        "运维的巡逻车辆有几辆",
    ],
    ids=["patrol", "inspect", "equip", "vehicles"],
)
def test_a_paraphrase_of_the_only_row_in_the_unit_is_answered(question: str) -> None:
    answer = _answer("variations", question)
    assert "10辆" in answer and "巡检车辆数" in answer, answer


@pytest.mark.parametrize(
    "question",
    ["运维配了几辆救护车", "运维有几辆洒水车"],
    ids=["ambulance", "sprinkler"],
)
def test_another_thing_in_the_same_unit_gets_no_figure(question: str) -> None:
    answer = _answer("variations", question)
    assert "没有找到" in answer and "10辆" not in answer, answer


def test_an_ordinal_the_form_lacks_is_no_paraphrase() -> None:
    answer = _answer("builtin", "第35届海峡两岸都市交通学术研讨会征集论文目标几篇")
    assert "20篇" not in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("old_template", "路一共要养多长", "985米"),
        ("old_template", "路要修多远", "985米"),
        ("old_template", "道路要养护多长", "985米"),
        ("variations", "步道一共要维护多长", "985米"),
    ],
    ids=["road-keep", "road-far", "road-named", "path"],
)
def test_a_length_asked_of_an_unnamed_project_is_its_only_row_in_metres(
    form: str, question: str, want: str
) -> None:
    assert want in _answer(form, question)


@pytest.mark.parametrize("question", ["桥一共要测多长", "桥要养多长"], ids=["measure", "keep"])
def test_a_length_asked_of_a_thing_the_row_does_not_name_gets_no_figure(question: str) -> None:
    assert "985" not in _answer("old_template", question)
