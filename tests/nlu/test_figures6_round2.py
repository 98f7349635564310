"""Round 2: projects counted per project (平均每个项目) and slips inside phrases of the form."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, engine_for, service_for


@pytest.mark.parametrize(
    "question",
    [
        "两个项目的年度资金申请总额平均下来每个项目多少元",
        "两个项目的财政拨款平均下来每个项目多少",
        "两个项目的预算平均每个项目多少钱",
        "两个项目的成本控制数平均下来每个项目多少",
    ],
    ids=["applied", "fiscal", "budget", "cost-rows"],
)
def test_each_project_after_an_average_names_no_project(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "÷ 2 = 85万元" in answer


@pytest.mark.parametrize(
    ("question", "fixed"),
    [
        ("急 设施运维 上年结专资金多少", "上年结转资金"),
        ("设施运维的设施完好律目标", "完好率"),
        ("场馆改造的观众满义度", "观众满意度"),
    ],
    ids=["carry-over", "satisfaction", "renovation"],
)
def test_a_slip_in_a_phrase_of_another_form_is_read_as_the_phrase(
    question: str, fixed: str
) -> None:
    assert fixed in engine_for("other").read(question).text


@pytest.mark.parametrize(
    "question",
    [
        "请核算两个项目当年财政拨款合计金额（以元为单位）",
        "两个项目财政拨款的总金额",
        "两个项目的财政拨款金额合计多少元",
    ],
    ids=["sum-amount", "total-amount", "amount-sum"],
)
def test_an_amount_summed_over_projects_is_a_sum(question: str) -> None:
    assert "合计：170万元" in answer_of({"q": question}, service_for)


def test_an_amount_of_a_thing_the_form_lacks_is_refused() -> None:
    assert "万元" not in answer_of({"q": "企服的合同金额是多少"}, service_for)


@pytest.mark.parametrize(
    "question",
    [
        "运维的成本控制数摊到每个科普设施多少钱",
        "运维成本控制数平均到每一处科普设施是多少",
        "运维成本控制数 平摊到每处科普设施 大概多少",
    ],
    ids=["each", "each-one", "each-place"],
)
def test_words_a_per_ask_counts_do_not_scope_a_project(question: str) -> None:
    # 科普设施 after 每处 is what is counted; read as the project it left 250万 ÷ 250万.
    assert "1 倍" not in answer_of({"q": question, "form": "variations"}, service_for)


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("企服占两个项目成本控制数合计的多少", "约76.5%"),
        ("企服占两个项目成本控制数总和的百分之几", "约76.5%"),
        ("国交占两个项目成本控制数之和的比重", "约23.5%"),
        ("企服成本控制数占两个项目成本控制数之和的多少", "约76.5%"),
    ],
    ids=["sum", "total", "other-project", "row-named"],
)
def test_a_project_named_alone_is_its_part_of_a_summed_whole(question: str, share: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert f"= {share}" in answer and "325%" not in answer


def test_a_whole_naming_the_other_project_stays_that_project() -> None:
    assert answer_of({"q": "企服占国交成本控制数的多少"}, service_for).endswith("= 325%")
