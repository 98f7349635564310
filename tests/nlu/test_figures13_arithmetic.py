"""Session 13 figures: per-unit asks said with 每一, 一 after a count given, 折成 or a basis
verb other than 按; a per-month ask that divides by months only; an owner said before the parts
of a goal's figures; 求和 over a filtered list; 钱 and 预算数 of projects compared; the parts a
clause lists before the calculation over them."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


def _answered(question: str, form: str, want: str, *, bad: tuple[str, ...] = ()) -> None:
    said = normalise(ask(question, form))
    assert normalise(want) in said, said
    assert not any(normalise(wrong) in said for wrong in bad), said


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("variations", "设施运维的成本控制数平均分到12处设施，每一处大概多少", "208333.33"),
        ("old_template", "养护成本平均到每一米路是多少钱", "2538.07"),
        ("old_template", "路桥养护成本摊到每一米上多少元", "2538.07"),
        ("builtin", "企服成本控制数平均到每一名引入的院士专家，是多少钱", "10833.33"),
        ("builtin", "国交成本控制数平均到每一家合作单位多少钱", "133333.33"),
    ],
    ids=["facility", "metre", "metre-shared", "expert", "partner"],
)
def test_each_one_said_with_yi_divides(form: str, question: str, want: str) -> None:
    _answered(question, form, want)


@pytest.mark.parametrize(
    "question",
    [
        "直通车服务科技工作者的人次按月平均，每个月要服务多少",
        "直通车服务科技工作者的人次，平均每个月得服务多少",
        "直通车服务科技工作者的人次，一个月平均要服务多少",
        "直通车服务的科技工作者人次，按月算每个月要服务多少",
        "服务科技工作者的人次按月平均，每个月服务多少",
    ],
    ids=["by-month", "each-month", "one-month", "by-month-said", "row-words"],
)
def test_per_month_ask_divides_by_months(question: str) -> None:
    _answered(question, "builtin", "666.67", bad=("80人次", "/家"))


def test_per_month_ask_never_divides_by_another_count() -> None:
    said = normalise(ask("直通车服务科技工作者按月平均，每个月要服务多少"))
    assert "/家" not in said and "80人次" not in said


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("拿企服成本控制数来摊，每名院士专家合多少钱", "10833.33"),
        ("国交成本控制数以活动参与人数来平均，每人多少钱", "1333.33"),
        ("用国交的成本控制数来算，平均到每个合作单位多少钱", "133333.33"),
        ("企服预算用服务科技工作者人次来算，人均多少钱", "162.5"),
        ("企服新增引入的院士专家，用成本控制数来算，每一名平均多少钱", "10833.33"),
    ],
    ids=["na", "yi", "yong-first", "yong-people", "yong-after"],
)
def test_basis_said_with_another_verb(question: str, want: str) -> None:
    _answered(question, "builtin", want)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("市科协的国家级加市级调查站点 总共多少家", "47家"),
        ("市科协的国家级和市级站点加起来多少家", "47家"),
        ("市科协的国家级站点是市级的百分之几", "67.9%"),
        ("全市的国家级调查站点比市级的少几家", "9家"),
        ("市科协的国家级站点占两级站点的比例", "40.4%"),
    ],
    ids=["plus", "joined", "percent-of", "fewer", "share"],
)
def test_owner_said_before_goal_parts(question: str, want: str) -> None:
    _answered(question, "builtin", want)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("直通车服务企业和科技工作者的数，折成每家企业对应多少人次", "80人次"),
        ("直通车服务的企业和科技工作者，算成每家企业多少人次", "80人次"),
        ("国交成本控制数按活动参与人数，折算成每人多少钱", "1333.33"),
        ("国交的成本控制数按参与人数折合成每人多少", "1333.33"),
        ("直通车企业数和科技工作者人次，换算成一家企业多少人次", "80人次"),
    ],
    ids=["zhe-cheng", "suan-cheng", "zhe-suan", "zhe-he", "huan-suan"],
)
def test_converted_per_unit_is_an_average(question: str, want: str) -> None:
    _answered(question, "builtin", want)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("国交里计量单位为人的指标，目标值求和多少人", "357人"),
        ("企服以场计的指标求个和", "43场"),
        ("国交按人计的几个指标累加起来多少人", "357人"),
        ("企服里单位是场的几个指标加和是多少场", "43场"),
        ("国交以人为单位的指标，求和一下是多少", "357"),
    ],
    ids=["qiuhe", "qiu-ge-he", "leijia", "jiahe", "qiuhe-yixia"],
)
def test_sum_words_add_a_filtered_list(question: str, want: str) -> None:
    _answered(question, "builtin", want)


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("old_template", "道路养护250万，修985米路，一米要多少钱？", "2538.07"),
        ("old_template", "养护985米花250万，一米要多少", "2538.07"),
        ("builtin", "国交40万，300人参加，一个人多少钱", "1333.33"),
        ("builtin", "国交预算40万，来300人，一人要花多少", "1333.33"),
        ("builtin", "企服130万服务8000人次，一人次多少钱", "162.5"),
    ],
    ids=["metre", "metre-count-first", "person", "person-short", "person-time"],
)
def test_one_of_a_count_given_is_an_average(form: str, question: str, want: str) -> None:
    _answered(question, form, want)


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("builtin", "企业的钱是国际的几倍", "3.25"),
        ("builtin", "国际的钱比企业的少多少", "90万"),
        ("builtin", "国际的钱是企业的百分之几", "30.8%"),
        ("other", "改造的钱是养护的百分之几", "48%"),
        ("other", "改造的钱比养护的少多少", "130万"),
    ],
    ids=["times", "less", "percent-of", "other-percent", "other-less"],
)
def test_money_of_projects_compared_is_their_budget(form: str, question: str, want: str) -> None:
    _answered(question, form, want)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("国交项目预算数占两个项目合计的比重是多少", "23.5%"),
        ("企服预算数比国交预算数多多少", "90万"),
        ("企服预算数是国交预算数的几倍", "3.25"),
        ("国交的预算数占两个项目预算数之和的百分之几", "23.5%"),
        ("国交预算数比企服少百分之几", "69.2%"),
    ],
    ids=["share", "more", "times", "sum-share", "percent-less"],
)
def test_budget_said_as_a_number_is_the_budget(question: str, want: str) -> None:
    _answered(question, "builtin", want, bad=("成本控制数",))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("经查数字化改造项目年度资金含当年财政拨款和上年结转，请确认拨款比结转多多少。", "80万"),
        ("数字化改造项目年度资金包括当年财政拨款和上年结转两部分，拨款是结转的几倍", "5倍"),
        ("数字化改造资金总额由财政资金和其他资金组成，其他资金占多少", "16.7%"),
        ("场馆改造今年的钱里包含当年财政拨款与上年结转，结转比拨款少多少", "80万"),
        ("数字化改造年度资金分为当年财政拨款和上年结转，两者相差多少", "80万"),
    ],
    ids=["han", "baokuo", "zucheng", "baohan", "both"],
)
def test_parts_listed_before_the_calculation(question: str, want: str) -> None:
    _answered(question, "multi_year", want)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("国交成本控制数按活动参与人数平摊，人均成本为多少元", "1333.33"),
        ("企服成本控制数除以服务科技工作者人次，单位成本是多少", "162.5"),
        ("企服成本控制数按引入院士专家数平摊，平均费用是多少", "10833.33"),
        ("国交成本控制数除以活动参与人数，每人成本多少", "1333.33"),
        ("国交成本控制数除以合作单位数量，是多少元/家", "133333.33"),
    ],
    ids=["per-capita-cost", "unit-cost", "mean-fee", "each-cost", "yuan-per"],
)
def test_quotient_named_by_what_it_is(question: str, want: str) -> None:
    _answered(question, "builtin", want)


@pytest.mark.parametrize(
    "question",
    ["交通研讨会 平均每场收几篇论文", "都市交通研讨会平均每场征集几篇论文"],
    ids=["shou", "zhengji"],
)
def test_verb_after_each_leaves_the_row_to_the_words_before(question: str) -> None:
    _answered(question, "builtin", "=5篇")


@pytest.mark.parametrize(
    "question",
    [
        "港澳台实习按每周5天算一共多少天",
        "港澳台实习期一周按5个工作日，总共几个工作日",
        "港澳台暑期实习，每周5个工作日来算，一共多少个工作日",
        "港澳台实习按照每星期五天算，实习期总共多少天",
        "港澳台学生实习每周算5天的话，一共几天",
    ],
    ids=["each-week", "one-week", "working-days", "xingqi", "suan"],
)
def test_rate_given_replaces_the_calendar(question: str) -> None:
    _answered(question, "builtin", "25", bad=("35天", "7天"))


@pytest.mark.parametrize(
    "question",
    ["数字化改造2024年那一年花了多少", "场馆数字化2024年那一年改造了几个展区"],
    ids=["spent", "rooms"],
)
def test_a_year_named_is_no_count_shared_out(question: str) -> None:
    said = normalise(ask(question, "multi_year"))
    assert "÷" not in said and "平均" not in said, said


@pytest.mark.parametrize(
    "question",
    [
        "数改 2025年度占三年总盘子百分比",
        "数改今年占三年总盘子百分之几",
        "场馆改造25年是三年总额的几成",
        "数字化改造本年度占项目总额的比例",
        "数字化改造这一年占整个项目总额多少",
    ],
    ids=["year-full", "this-year", "short-year", "current-year", "that-year"],
)
def test_year_alone_beside_the_whole_is_its_amount(question: str) -> None:
    _answered(question, "multi_year", "33.3%")


def test_year_not_loaded_beside_the_whole_is_refused() -> None:
    said = normalise(ask("数改 2024年度占三年总盘子百分比", "multi_year"))
    assert "2024" in said and "%" not in said
