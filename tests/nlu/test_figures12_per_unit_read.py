"""Session 12 figures: per-unit and per-period asks read however they are typed: 季 said short
(每季, 一季), 合 glued to the measure word (一场合多少), the count before 每 that 每 names
again (直通车平均每家企业), words quoted from the form, and a unit asked that no operand has."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    "question",
    [
        "直通车科技工作者人次按季度分 每季多少",
        "直通车服务科技工作者人次按季度平均每季多少",
        "直通车一季服务多少人次",
        "直通车服务的科技工作者每季平均多少人次",
        "“科技工作者8000人次”按季度平均每季多少",
    ],
    ids=["split-by", "mean-by", "one-quarter", "each-quarter", "quoted"],
)
def test_quarter_said_short_divides_by_four(question: str) -> None:
    said = normalise(ask(question))
    assert "=2000人次/个季度" in said and "没有找到" not in said


@pytest.mark.parametrize(
    "question",
    [
        "企服预算平摊到科创赋能活动 一场合多少",
        "企服经费按35场科创赋能活动算，每场合多少钱",
        "企服预算平均每场科创赋能活动合多少",
    ],
    ids=["one-comes-to", "each-comes-to", "mean-comes-to"],
)
def test_comes_to_glued_to_the_measure_word(question: str) -> None:
    said = normalise(ask(question))
    assert "约37142.86元/场" in said and "场合" not in said


def test_sum_said_with_he_is_no_comes_to() -> None:
    said = normalise(ask("企服预算合计多少"))
    assert "130万元" in said and "/场" not in said


@pytest.mark.parametrize(
    "question",
    [
        "直通车平均每家企业多少人次",
        "直通车每家企业平均服务多少人次",
        "直通车算下来一家企业摊到多少人次科技工作者",
        "直通车“服务企业100家、科技工作者8000人次”，平均每家企业对应多少人次？",
        "直通车“服务企业100家、科技工作者8000人次”，每家企业平均多少人次？",
    ],
    ids=["bare", "verb", "shared", "quoted-for", "quoted-mean"],
)
def test_goal_count_per_goal_count(question: str) -> None:
    said = normalise(ask(question))
    assert "=80人次/家" in said and "19家" not in said


@pytest.mark.parametrize(
    "question",
    ["调查站点平均每家上报多少份", "调查站点每家平均上报几份"],
    ids=["mean-each", "each-mean"],
)
def test_per_unit_in_a_unit_no_operand_counts_is_refused(question: str) -> None:
    said = normalise(ask(question))
    assert "场/家" not in said and "0.03" not in said


def test_per_unit_of_the_askers_figure_keeps_its_unit() -> None:
    question = "线上参观人次那个十万的目标，嗯，按十二个月平均分，每个月要多少人次"
    said = normalise(ask(question, "multi_year"))
    assert "8333.33" in said


@pytest.mark.parametrize(
    ("question", "form", "result"),
    [
        ("改造一个线上参观人次合多少钱", "multi_year", "=12元/人次"),
        ("国交成本按合作单位算一家合几万", "builtin", "约133333.33元/家"),
    ],
    ids=["one-visit", "one-partner"],
)
def test_comes_to_after_one_of_a_longer_unit(question: str, form: str, result: str) -> None:
    assert result in normalise(ask(question, form))


@pytest.mark.parametrize(
    "question",
    [
        "“科创服务直通车”平均每家服务企业对应服务多少人次科技工作者？请列出算式。",
        "直通车平均每家企业多少人次，写一下计算过程",
    ],
    ids=["list-formula", "write-working"],
)
def test_working_asked_is_shown_anyway(question: str) -> None:
    said = normalise(ask(question))
    assert "=80人次/家" in said and "算式" not in said


@pytest.mark.parametrize(
    "question",
    ["企服人均服务多少人次", "企服每人服务多少人次"],
    ids=["per-capita", "each-person"],
)
def test_count_in_person_times_is_no_count_of_persons(question: str) -> None:
    said = normalise(ask(question))
    assert "8000人次÷" not in said and "8000人”" not in said and "计算" not in said
