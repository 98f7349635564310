"""Clauses about how to show an amount (以元为单位, （旧表按资金总额）) name no item."""

from __future__ import annotations

import pytest

from nlu.arithmetic import without_form_note, without_unit_directive
from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("两个项目拨款合计数，以元为单位", "两个项目拨款合计数多少元"),
        ("企服预算，单位：万元", "企服预算多少万元"),
        ("国交预算 用万元表示", "国交预算多少万元"),
        ("企服成本控制数，换算成元", "企服成本控制数多少元"),
        ("国交预算是多少，按元算", "国交预算是多少"),
    ],
    ids=["yi-wei-danwei", "danwei", "biaoshi", "huansuan", "asked-already"],
)
def test_unit_directive_is_read_as_the_unit_asked(question: str, plain: str) -> None:
    assert without_unit_directive(question) == plain


@pytest.mark.parametrize(
    "question",
    ["企服按元来算的指标有哪些", "以元为单位", "企服每年多少万元"],
    ids=["filter", "nothing-else", "no-directive"],
)
def test_no_directive_or_nothing_left_keeps_the_question(question: str) -> None:
    assert without_unit_directive(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "请核算企服与国交两个项目当年财政拨款合计数，以元为单位",
        "企服和国交的当年财政拨款加起来，单位：元",
        "两个项目当年财政拨款合计 用万元表示",
    ],
    ids=["formal", "colon", "shown-in"],
)
def test_sum_asked_with_a_unit_directive(question: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert "合计：170万元" in answer and "合作单位" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "三个测试项目的年度资金（旧表按资金总额）加总是多少万元",
        "三个项目年度预算(老版本用项目资金总额)一共多少",
    ],
    ids=["old-table", "old-version"],
)
def test_note_on_the_old_form_adds_no_second_column(question: str) -> None:
    assert without_form_note(question) is not None
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert "合计：620万元" in answer and "860万" not in answer
