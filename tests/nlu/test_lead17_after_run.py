"""Session 17, after the final blind run: kinds of asks its failures showed, each tested with
phrasings of the lead's own (never the blind sets' text). Each test asserts the figure or rows
answered and that no wrong figure is given."""

from __future__ import annotations

import pytest

from nlu.methods import method_asked
from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    "question",
    [
        "国交以人计的指标共几项？请逐项列明指标值",
        "国交单位是人的指标有哪些，请分别注明目标值。",
        "国交按人算的指标，一并给出具体数值",
    ],
)
def test_targets_wished_in_office_words_add_no_second_list(question: str) -> None:
    answer = ask(question)
    assert "共 4 项" in answer and "≥300人" in answer, answer
    assert "共 18 项" not in answer and "≤40万元" not in answer, answer


def test_the_number_of_rows_wished_beside_a_filter_keeps_the_filter() -> None:
    answer = ask("除了满意度指标，国交还有哪些以百分比计的指标？请列明项数")
    assert "共 1 项" in answer and "=100%" in answer, answer
    assert "参与人员与合作单位满意度" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "result"),
    [
        (
            "养护项目每米道路对应多少钱？（按资金总额除以道路养护长度测算）",
            "old_template",
            "2538.07",
        ),
        ("请测算国交平均每个实习岗位的成本。按年度预算和实习岗位数量计算", "builtin", "4000"),
        (
            "企服平均每名院士专家对应多少钱（用年度资金除以引入院士专家数量）",
            "builtin",
            "10833.33",
        ),
    ],
)
def test_a_method_told_beside_a_per_unit_ask_is_worked(
    question: str, form: str, result: str
) -> None:
    answer = ask(question, form)
    assert result in answer and "÷" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交平均每场活动多少人？按参与人数和场次算",  # no money per one thing: no division
        "国交预算多少（按年度算）",
        "企服每人次多少钱",
    ],
)
def test_no_method_is_read_where_none_divides(question: str) -> None:
    assert method_asked(question) is None


@pytest.mark.parametrize(
    ("question", "form", "figure"),
    [
        ("國交專案的品質指標有哪些", "builtin", "=0起"),
        ("这个案子的活动参与人数多少", "builtin", "≥300人"),
        ("運維的網路頻寬要多少", "variations", "≥80M"),
        ("數位化改造的經費多少", "multi_year", "120万"),
        ("養護案要檢測幾座橋", "old_template", "4座"),
    ],
)
def test_taiwan_usage_reads_as_the_forms_words(question: str, form: str, figure: str) -> None:
    answer = ask(question, form)
    assert figure in answer and "没有找到" not in answer, answer


def test_a_project_word_inside_a_plan_word_is_left_alone() -> None:
    answer = ask("养护的应急预案有几个", "old_template")
    assert "没有找到" in answer and "4座" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "figure", "wrong"),
    [
        ("国交今年政府拨了多少钱", "builtin", "40万", "130万"),
        ("数字化改造政府出的钱占项目总额多少", "multi_year", "83.33%", "16.67%"),
        ("数字化改造今年政府下拨多少", "multi_year", "100万", "360万"),
    ],
)
def test_government_money_is_the_fiscal_column(
    question: str, form: str, figure: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert figure in answer and wrong not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交活动出岔子最多允许几次",
        "国交出了事的次数要求是多少",
        "國交活動出狀況的容許次數",
    ],
)
def test_mishaps_said_plainly_are_the_accident_row(question: str) -> None:
    answer = ask(question)
    assert "活动安全事故发生数" in answer and "=0起" in answer, answer
    assert "≥3场" not in answer, answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("给企业办事的那个项目预算多少", "130万"),
        ("帮企业办事那个项目什么时候开始", "2026-01-01"),
        ("港澳台学生来实习那个项目主管部门是谁", "上海市科学技术协会"),
    ],
)
def test_projects_described_in_plain_words(question: str, figure: str) -> None:
    answer = ask(question)
    assert figure in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "figure"),
    [
        ("运维的数量指标有哪些？是否合理请说明理由", "variations", "共 4 项"),
        ("企服预算是国交的几倍？请说明测算过程，是否合理会上再议", "builtin", "3.25"),
        ("这回仔细看看：国交满意度多少", "builtin", "≥90%"),
        ("国交计划完成日期是哪天？能在本年度内完成吗", "builtin", "2026-12-31"),
    ],
)
def test_requests_to_justify_and_words_of_care_ask_nothing_more(
    question: str, form: str, figure: str
) -> None:
    answer = ask(question, form)
    assert figure in answer and "没有找到" not in answer, answer
    assert "共 0 项" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "figure"),
    [
        ("运维的巡检车辆几辆？家长问我", "variations", "10辆"),
        ("国交参与人数多少来着 孩子们问我", "builtin", "≥300人"),
    ],
)
def test_who_asked_the_asker_is_left_out(question: str, form: str, figure: str) -> None:
    answer = ask(question, form)
    assert figure in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("企服里提到院士的那几条是啥", "共 3 项"),
        ("国交里跟论坛有关的那几项分别是什么", "共 2 项"),
        ("国交带实习两个字的那几条都有啥", "共 4 项"),
    ],
)
def test_rows_pointed_at_in_the_plural_are_listed(question: str, count: str) -> None:
    answer = ask(question)
    assert count in answer and "按“" not in answer, answer
