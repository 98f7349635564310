"""Session 12 asks: the share a figure of the form takes of a whole the asker tells."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    ("question", "form", "wants", "wrong"),
    [
        ("场馆数字化改造项目一共是360万，今年申请的钱占百分之几", "multi_year", "33.3%", None),
        ("数改项目total 3600000元，年度申请占多少比例", "multi_year", "33.3%", None),
        ("企服加国交合计200万，国交的预算占几成", "builtin", "20%", "23.5%"),
    ],
    ids=["one-in-all", "english-total", "other-whole"],
)
def test_a_share_of_a_told_whole(question: str, form: str, wants: str, wrong: str | None) -> None:
    answer = normalise(ask(question, form))
    assert wants in answer, answer
    assert wrong is None or wrong not in answer, answer


def test_a_whole_asked_is_no_told_whole() -> None:
    answer = normalise(ask("企服和国交预算一共多少"))
    assert "170万" in answer and "您给出" not in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("我写报告要写国交和企服的年度预算加起来多少", ("170万",)),
        ("我们在整理台账要填企服预算是多少", ("130万",)),
    ],
    ids=["writing", "ledger"],
)
def test_a_purpose_opening_the_ask_is_no_item(question: str, wants: tuple[str, ...]) -> None:
    answer = normalise(ask(question))
    assert all(want in answer for want in wants), answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("国交40万比企服130万少多少", ("90万",)),
        ("国交那边40万是企服那边130万的几分之几", ("30.8%",)),
    ],
    ids=["less", "share"],
)
def test_amounts_after_project_names_are_their_budgets(
    question: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert all(want in answer for want in wants), answer


def test_amounts_not_the_forms_are_no_budgets() -> None:
    answer = normalise(ask("企服120万比国交40万多多少"))
    assert "90万" not in answer and "80万" not in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("企服经费假如按两成先下达，是多少钱", ("26万",)),
        ("国交那边经费要是先按百分之五十拨，是多少", ("20万",)),
    ],
    ids=["tenths", "percent"],
)
def test_a_share_paid_out_supposed(question: str, wants: tuple[str, ...]) -> None:
    answer = normalise(ask(question))
    assert all(want in answer for want in wants), answer
    assert "130万元(1,300,000" not in answer.split("=")[-1], answer
