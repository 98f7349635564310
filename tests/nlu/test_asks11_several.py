"""Session 11 asks: a part said after an ask of a heading's rows names that kind of heading."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("国交时效指标是啥，可持续影响的呢", ("2026年12月底前", "建立健全")),
        ("企服质量指标有哪些 然后可持续影响的呢", ("基本信息采集准确性", "建立健全")),
    ],
    ids=["comma", "spoken-chain"],
)
def test_a_part_after_a_heading_asked_names_a_heading(
    question: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert all(want in answer for want in wants), answer
    assert "年度总体目标" not in answer, answer


def test_a_project_after_a_heading_asked_asks_the_same_heading_of_it() -> None:
    answer = normalise(ask("企服成本指标是多少，国交的呢"))
    assert "≤130" in answer and "≤40" in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("运维当年财政拨款比上年结转多出多少，然后是结转的几倍", ("多150万", "4倍")),
        ("运维的当年财政拨款比上年结转多多少 然后占结转的百分之几", ("多150万", "400%")),
    ],
    ids=["times", "percent"],
)
def test_a_later_ask_opening_on_its_verb_is_said_of_the_subject_compared_before(
    question: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(ask(question, "variations"))
    assert all(want in answer for want in wants), answer
    assert "上年结转资金:50万元(" not in answer, answer


@pytest.mark.parametrize(
    ("question", "want", "never"),
    [
        ("企服预算比国交多出来的那部分，是国交预算的几倍", "2.25倍", ("3.25",)),
        ("企服比国交预算多出来的钱，占国交预算的百分之几", "225%", ("325%",)),
    ],
    ids=["times", "percent"],
)
def test_a_later_ask_opening_on_its_verb_after_a_result_said_works_on_the_result(
    question: str, want: str, never: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert want in answer, answer
    assert not any(word in answer for word in never), answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("国交那个，花钱的上限和参与人数分别是多少", ("≤40", "≥300")),
        ("企服经费最多多少，还有建设指引几套", ("≤130", "=1")),
    ],
    ids=["cap-and-row", "cap-then-row"],
)
def test_a_cap_of_spending_asked_beside_another_ask_is_the_cost_row(
    question: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert all(want in answer for want in wants), answer
    assert "未能确定" not in answer, answer


@pytest.mark.parametrize(
    "question",
    ["企服想让企业和人才实现什么", "企业创新服务要使企业与人才达到啥"],
    ids=["rang", "shi"],
)
def test_two_things_one_verb_acts_on_make_one_ask(question: str) -> None:
    answer = normalise(ask(question))
    assert "双跃升" in answer and "未能确定" not in answer, answer
