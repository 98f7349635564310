"""Arithmetic asks of round 2: things one row lists, and a 按 clause naming a bare unit."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交研讨会场次和启动、结业、研学那几场合计几场", "= 7场"),
        ("启动、结业、研学那几场和研讨会场次加起来多少场", "= 7场"),
        ("企服的创新服务、学术交流那几场和评审会、复审会一共几场", "= 6场"),
        ("调查站点工作会、培训和评审会、复审会合计几场", "= 2场"),
        ("国交启动、结业那几场比研讨会场次少几场", "= 少 1场"),
    ],
    ids=["listed-second", "listed-first", "two-listed", "listed-glued", "difference"],
)
def test_things_one_row_lists_with_a_pause_mark_are_one_operand(
    question: str, result: str
) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert result in answer


def test_a_pause_mark_between_two_rows_still_joins_two_operands() -> None:
    answer = answer_of({"q": "研讨会场次、启动仪式场次加起来几场", "form": "builtin"}, service_for)
    assert "4场 +" in answer and "= 7场" in answer


@pytest.mark.parametrize(
    ("question", "form", "result"),
    [
        ("桥梁检测4座，资金总额按座平均多少", "old_template", "= 625000元/座"),
        ("资金总额按座算平均多少", "old_template", "= 625000元/座"),
        ("道路养护985米，资金总额按米平均多少", "old_template", "= 约2538.07元/米"),
        ("资金总额按米摊，每米多少钱", "old_template", "= 约2538.07元/米"),
        ("国交成本按篇算平均多少", "builtin", "= 20000元/篇"),
    ],
    ids=["stated-count", "row-count", "stated-length", "row-length", "builtin-row"],
)
def test_a_by_clause_naming_a_unit_divides_by_the_one_count_in_it(
    question: str, form: str, result: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert result in answer


@pytest.mark.parametrize(
    ("question", "form"),
    [("资金总额按人平均多少", "old_template"), ("国交预算按家平均多少", "builtin")],
    ids=["no-row-in-unit", "several-rows-in-unit"],
)
def test_a_by_clause_naming_a_unit_without_one_count_gives_no_figure(
    question: str, form: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert "计算" not in answer
    assert "没有找到" in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交预算平均到每个月是多少钱", "= 约33333.33元/个月"),
        ("国交预算每月是多少钱", "= 约33333.33元/个月"),
        ("企服预算每个季度是多少", "= 325000元/个季度"),
        ("国交成本控制数平均每个月是多少钱", "= 约33333.33元/个月"),
        ("直通车每个月服务的科技工作者是多少人次", "= 约666.67人次/个月"),
    ],
    ids=["to-each-month", "month-short", "quarter", "cost-row", "goal-count"],
)
def test_a_copula_before_the_ask_of_a_per_period_amount_is_no_operand(
    question: str, result: str
) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert result in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交成本按那10家科技社团平均分，每家多少钱", "= 40000元/家"),
        ("国交成本按10家科技社团平均分配，每家多少钱", "= 40000元/家"),
        ("企服预算按40家工作站平均分，每家多少", "= 32500元/家"),
        ("企服成本控制数按12个月平均分配是多少", "= 约108333.33元/个月"),
        ("国交预算平均分到12个月，每月多少钱", "= 约33333.33元/个月"),
    ],
    ids=["share-out", "allot", "given-count", "months-given", "share-out-to"],
)
def test_dividing_verbs_built_on_average_are_no_item_asked(question: str, result: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert result in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("科创赋能及人才服务活动按月算，每个月几场", "= 约2.92场/个月"),
        ("科创赋能及人才服务活动一个月平均几场", "= 约2.92场/个月"),
        ("科创赋能及人才服务活动和评审会一共几场", "= 36场"),
        ("企服预算平摊到科创赋能及人才服务活动，每场多少钱", "= 约37142.86元/场"),
        ("企服成本按科创赋能及人才服务活动场次平均，每场多少钱", "= 约37142.86元/场"),
    ],
    ids=["per-month-by", "per-month", "sum", "spread-to", "by-clause"],
)
def test_a_joiner_inside_one_row_name_joins_no_operands(question: str, result: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert result in answer


@pytest.mark.parametrize(
    ("question", "form", "result"),
    [
        ("场馆改造以后网上来看的人次要到多少", "multi_year", "≥100000人次"),
        ("改造项目网上参观的人次要到多少", "other", "≥100000人次"),
        ("运维开放日接待人次要多少", "other", "5000 人次"),
        ("直通车服务科技工作者人次要多少", "builtin", "8000人次"),
    ],
    ids=["online-visits", "other-form", "goal-sentence", "builtin-goal"],
)
def test_a_unit_is_given_back_the_character_a_common_word_took(
    question: str, form: str, result: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert result in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("改造项目线上参观人次是运维开放日接待人次的几倍", "= 20 倍"),
        ("运维开放日接待人次是改造项目线上参观人次的百分之几", "= 5%"),
        ("运维和道路养护的市民满意度目标差多少", "= 多 5个百分点"),
        ("道路养护和运维的市民满意度差多少", "= 多 5个百分点"),
        ("道路养护比运维的市民满意度低多少", "= 少 5个百分点"),
    ],
    ids=["ratio-copula", "share-copula", "joined-before", "joined-after", "across-bi"],
)
def test_a_short_project_word_beside_another_project_scopes_its_operand(
    question: str, result: str
) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert result in answer


@pytest.mark.parametrize(
    "question",
    [
        "满意度指标都有哪些，一共几个",
        "名字里有满意度的指标都列出来，一共几个",
        "三个项目的满意度加起来是多少",
        "运维和养护的市民满意度加起来多少",
        "养护合格率和市民满意度一共多少",
    ],
    ids=["count-of-rows", "named-rows", "three-projects", "two-projects", "two-rates"],
)
def test_rates_are_never_added_up(question: str) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert "计算" not in answer
    assert "≥90%" in answer or "≥95%" in answer
