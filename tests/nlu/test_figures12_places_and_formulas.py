"""Session 12 figures: decimal places asked (保留两位小数, 精确到小数点后一位, （两位小数）)
show the result so and name no item; formulas typed with / ÷ - or letters (A/B, (A-B)/B)
are read as the words they stand for; two projects compared with nothing named compare their
budgets."""

from __future__ import annotations

import pytest

from nlu.arithmetic import places_asked
from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("企服年度预算是国交的多少倍？保留两位小数", "=3.25倍"),
        ("国交预算占两个项目年度资金合计的比重，保留两位小数", "=约23.53%"),
        ("企服目标里写的国家级、市级调查站点，市级占两者合计的百分比（保留两位小数）", "约59.57%"),
        (
            "科创赋能及人才服务活动全年场次平均到每个月要办几场？保留两位小数就好。",
            "约2.92场/个月",
        ),
        ("精确到小数点后两位，国交预算是企服的百分之几", "约30.77%"),
    ],
    ids=["ratio", "share-of-sum", "goal-share", "per-month", "places-first"],
)
def test_places_asked_shape_the_result(question: str, result: str) -> None:
    said = normalise(ask(question))
    assert result in said and "小数" not in said and "两位" not in said


def test_places_are_no_count_given() -> None:
    said = normalise(ask("科创赋能活动每个月办几场，保留两位小数"))
    assert "位/个月" not in said and "0.17" not in said


@pytest.mark.parametrize(
    "text",
    ["两位专家多少钱", "企服有几位院士专家"],
    ids=["two-persons", "persons-asked"],
)
def test_persons_counted_are_no_places(text: str) -> None:
    assert places_asked(text) is None


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交：上海征集论文数量 / 研讨会相关活动场次，A/B 等于多少", "=5篇/场"),
        ("企服预算-国交预算=?", "=多90万元"),
        ("企服成本控制数/新增引入的院士专家数量，每名多少元", "约10833.33元/名"),
        ("企服预算比国交多出百分之多少？按(A-B)/B算", "=多225%"),
        ("企服平均每个新培育的工作站摊到几名新引入的院士专家？（院士专家数÷工作站数）", "=3名/家"),
    ],
    ids=["slash-letters", "minus-equals", "slash-per", "letter-note", "bracket-note"],
)
def test_formula_typed_in_symbols(question: str, result: str) -> None:
    assert result in normalise(ask(question))


def test_ratio_asked_as_a_percentage() -> None:
    said = normalise(ask("年度资金申请总额/项目资金总额，算一下，两位小数的百分比", "multi_year"))
    assert "约33.33%" in said and "0.33倍" not in said


@pytest.mark.parametrize(
    "question",
    ["改造今年的钱占项目总额多少", "改造今年的预算是总盘子的几分之几"],
    ids=["this-years-money", "this-years-budget"],
)
def test_this_years_money_beside_the_total(question: str) -> None:
    said = normalise(ask(question, "multi_year"))
    assert "120万元÷" in said and "约33.3%" in said


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交比企服少百分之几", "少约69.2%"),
        ("企服比国交多多少", "=多90万元"),
        ("企业比国际多花多少", "=多90万元"),
        ("企服是国交的几倍", "=3.25倍"),
    ],
    ids=["percent-less", "more", "spend-more", "times"],
)
def test_two_projects_compared_alone_compare_budgets(question: str, result: str) -> None:
    said = normalise(ask(question))
    assert "年度预算" in said and result in said


def test_two_projects_compared_by_a_count_are_not_budgets() -> None:
    said = normalise(ask("国交比企服多招几个人"))
    assert "万元" not in said


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("请核实运维项目当年财政拨款与上年结转资金之和是否等于年度资金申请总额。", "variations"),
        ("运维拨款和结转加起来等不等于申请总额", "variations"),
        ("请核实企服与国交两个项目年度资金申请总额之和是否等于170万元。", "builtin"),
    ],
    ids=["parts-against-total", "parts-terse", "projects-against-given"],
)
def test_sum_checked_against_a_figure(question: str, form: str) -> None:
    """Checks are read by nlu/agreement.py: the sum worked, then the verdict."""
    said = normalise(ask(question, form))
    assert "+" in said and "两者相等" in said


def test_sum_checked_against_another_figure_says_how_far() -> None:
    said = normalise(ask("企服预算和国交预算加起来是不是等于200万"))
    assert "=170万元" in said and "少30万元" in said and "不相等" in said


@pytest.mark.parametrize(
    ("question", "form", "shown"),
    [
        ("有时间节点/截止时间的指标有哪些", "other", "设施修复及时性"),
        ("国交 主管/实施单位", "builtin", "实施单位"),
        ("国交 参与人数+合作单位", "builtin", "合作单位数量"),
        ("三个项目的成本上限（成本控制数/养护成本）加总", "other", "=620万元"),
    ],
    ids=["or-slash", "and-slash", "and-plus", "bracket-alternatives"],
)
def test_slash_and_plus_joining_words_are_no_formula(question: str, form: str, shown: str) -> None:
    said = normalise(ask(question, form))
    assert shown in said and "除以" not in said and "单位不同" not in said


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("(企服预算+国交预算)/服务科技工作者人数8000，每人次多少元", "=170万元", "=212.5元/人次"),
        ("（企服预算-国交预算）/国交预算 等于多少", "=多90万元", "=2.25倍"),
    ],
    ids=["sum-per-person", "difference-over-amount"],
)
def test_bracket_worked_first(question: str, first: str, second: str) -> None:
    said = normalise(ask(question))
    assert first in said and second in said and "单位不同" not in said


@pytest.mark.parametrize(
    "question",
    [
        "打扰了，领导说明年企服预算可能要打九折，我想先算一下按今年的年度资金打九折是多少万元？",
        "企服预算打九折，要是打九折是多少",
    ],
    ids=["told-then-asked", "said-twice"],
)
def test_one_scale_said_twice_is_one_scale(question: str) -> None:
    said = normalise(ask(question))
    assert "=117万元" in said and "0.81" not in said


def test_two_scales_still_refused() -> None:
    said = normalise(ask("企服预算的一半的两倍是多少"))
    assert "计算" not in said


@pytest.mark.parametrize(
    "question",
    ["运维年度资金 ÷ 数字化改造年度资金，两位小数", "运维年度资金除以数字化改造年度资金"],
    ids=["sign", "words"],
)
def test_amount_divided_by_another_projects(question: str) -> None:
    assert "约2.08倍" in normalise(ask(question, "other"))
