"""Session 8 noise: the asker's own district or office is no item the form lacks."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(form: str, question: str) -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("您好 我区里的 道路桥梁养护 市民满意度目标多少哈", "≥85%"),
        ("我们区里道路养护的合格率要多少", "≥95%"),
        ("咱们单位道路桥梁养护的养护成本是多少", "≤250万元"),
        ("本区道路桥梁养护的桥梁检测数量", "4座"),
        ("局里的道路桥梁养护项目预算多少", "250万元"),
    ],
    ids=["district-in", "our-district", "our-office", "this-district", "bureau"],
)
def test_the_askers_own_place_is_no_missing_item(question: str, want: str) -> None:
    answer = _answer("old_template", question)
    assert want in answer, answer
    assert "没有找到" not in answer, answer


def test_an_absent_item_is_still_named_beside_the_askers_place() -> None:
    answer = _answer("old_template", "我们局里的养护项目有没有志愿者人数指标")
    assert "志愿者" in answer and ("没有" in answer or "0项" in answer), answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("您好，企服的培训会场数", "会场"),
        ("你好，国交项目的负责人电话是多少", "负责人"),
    ],
    ids=["venues", "phone"],
)
def test_a_greeting_before_an_ask_the_form_lacks_still_names_the_item(
    question: str, want: str
) -> None:
    answer = _answer("builtin", question)
    assert "没有找到" in answer and want in answer, answer


def test_a_greeting_alone_is_still_greeted() -> None:
    assert "您好" in _answer("builtin", "您好")
