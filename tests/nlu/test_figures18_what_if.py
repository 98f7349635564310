"""Session 18 figures: what-ifs worked into the form's figures (an amount added to a sum or
taken off a dividend, a discount said with 按 and its verb, 变成多少), the asker's forecast
against the form's figure, older office writing (系…之几倍, 较…多出若干, 折合几日), and
per-unit asks said with 上, with the noun said again, or as the amount each one owns."""

from __future__ import annotations

import re

import pytest

from tests.nlu.question_sets import answer_of, service_for

# A figure worked out: 1000元/人, 52家, 5 倍.
_RESULT = re.compile(r"= (?:约)?(?:多 |少 )?([\d.,]+)")


def _answer(question: str, form: str = "builtin") -> str:
    return answer_of({"q": question, "form": form}, service_for)


def _results(answer: str) -> list[str]:
    return _RESULT.findall(answer)


@pytest.mark.parametrize(
    ("question", "results"),
    [
        ("调查站点国家级和市级一共多少家？要是市级再新建5家，总数变成多少", ["47", "52"]),
        ("调查站点国家级加市级一共多少家，如果国家级再增加3家呢", ["47", "50"]),
        ("国交合作单位数量和科技社团数量加起来多少家，再拉2家进来呢", ["13", "15"]),
    ],
    ids=["new-built", "national-added", "pulled-in"],
)
def test_an_amount_added_to_a_part_changes_the_sum(question: str, results: list[str]) -> None:
    answer = _answer(question)
    assert _results(answer) == results
    assert "不作为查询条件" not in answer


@pytest.mark.parametrize(
    ("question", "results"),
    [
        ("假如国交预算砍掉10万，按活动参与人数摊，每人成本变成多少？", ["30", "1000"]),
        ("国交预算砍掉10万，按活动参与人数摊，每人多少", ["30", "1000"]),
        ("要是企服预算少拨30万，平摊到每名引入的院士专家头上会变成多少钱", ["100", "8333.33"]),
        ("国交预算要是再加10万，平均每个实习岗位多少钱", ["50", "5000"]),
        ("国交活动参与人数再多来100人，预算平均每人多少钱", ["400", "1000"]),
    ],
    ids=["cut-per-person", "cut-no-if", "less-per-expert", "more-per-post", "more-people"],
)
def test_an_amount_changed_before_a_per_unit_ask_is_worked_first(
    question: str, results: list[str]
) -> None:
    answer = _answer(question)
    assert _results(answer) == results
    assert "1333" not in answer  # the figure before the change is never the answer


@pytest.mark.parametrize(
    "question",
    ["国交预算比企服少多少，要是国交再加10万呢"],
    ids=["difference-of-one-unit"],
)
def test_a_change_that_could_fall_on_either_figure_gives_no_figure(question: str) -> None:
    answer = _answer(question)
    assert "计算" not in answer
    assert not re.search(r"\d+万元（", answer)


def test_a_change_in_money_beside_the_askers_count_falls_on_the_money() -> None:
    # Session 20: 减少10万元 can only fall on the budget, never on the asker's 300人.
    answer = _answer("国交预算如果减少10万元，按300人平均每人多少")
    assert "30万元" in answer and "1000元/人" in answer
    assert "1333" not in answer  # the budget before the change, divided


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交合作单位数量目标多少？要是再拉2家进来是多少家", "= 5家"),
        ("国交合作单位数量再新增2家是多少家", "= 5家"),
        ("国交合作单位要是多引进两家，一共几家", "= 5家"),
        ("如果合作单位再找2家进来，总数变成多少", "= 5家"),
        ("国交活动参与人数再多来50人是多少人", "= 350人"),
    ],
    ids=["pull-in", "new", "bring-in", "find-more", "more-come"],
)
def test_verbs_of_bringing_more_in_add_the_amount(question: str, result: str) -> None:
    answer = _answer(question)
    assert result in answer
    assert "不作为查询条件" not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("财务邮件：“企服成本控制数按八折压缩”——压完是多少钱", "104万元"),
        ("企服成本控制数按八折压缩后是多少", "104万元"),
        ("国交成本控制数按八折算是多少", "32万元"),
        ("国交预算按九折执行的话是多少", "36万元"),
        ("国交预算要是按八五折下达，是多少", "34万元"),
        ("国交预算打个八折，打完折是多少", "32万元"),
    ],
    ids=["squeezed-mail", "squeezed-after", "counted", "executed", "issued", "after-discount"],
)
def test_a_discount_said_with_an_and_a_verb_scales_the_figure(question: str, result: str) -> None:
    answer = _answer(question)
    assert f"= {result}" in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交的活动参与人数我们估计能来360人，比目标多百分之几？", "多20%"),
        ("国交活动参与人数预计能来330人，超出目标百分之几", "多10%"),
        ("我们预估国交活动能来450人，是目标的几倍", "1.5 倍"),
        ("国交合作单位我们估计能到5家，比目标多几家", "多 2家"),
    ],
    ids=["estimate-percent", "forecast-over", "forecast-times", "estimate-more"],
)
def test_a_forecast_is_worked_against_the_target(question: str, result: str) -> None:
    answer = _answer(question)
    assert result in answer
    assert "不是以“%”计" not in answer


@pytest.mark.parametrize(
    ("question", "form", "result"),
    [
        ("数字化改造项目当年财政拨款系上年结转资金之几倍？", "multi_year", "= 5 倍"),
        ("项目资金总额系年度资金申请总额之几倍", "multi_year", "= 3 倍"),
        ("运维之年度资金较数字化改造多出若干？", "other", "多 130万元"),
        ("数字化改造之年度资金较运维少若干", "other", "少 130万元"),
        ("企服预算较国交多若干", "builtin", "多 90万元"),
        ("运维之年度资金系数字化改造之若干倍", "other", "约2.08 倍"),
        ("国交项目征集实习岗位，平均每岗经费若干？", "builtin", "4000元/个"),
        ("“科创服务直通车”平均每家企业须服务科技工作者若干人次？", "builtin", "80人次/家"),
    ],
    ids=[
        "xi-zhi-times",
        "xi-zhi-total",
        "jiao-more",
        "jiao-less",
        "jiao-budget",
        "ruogan-times",
        "ruogan-per-post",
        "ruogan-goal-ratio",
    ],
)
def test_older_office_writing_of_a_calculation_is_worked(
    question: str, form: str, result: str
) -> None:
    answer = _answer(question, form)
    assert result in answer


@pytest.mark.parametrize(
    "question",
    [
        "港澳台实习为期五周，折合几日？",
        "港澳台实习五周合计多少日",
        "国交暑期实习5周，共计几日",
        "国交实习期折合几日",
    ],
    ids=["five-weeks", "summed-days", "digits", "period"],
)
def test_weeks_are_converted_to_days_said_ri(question: str) -> None:
    answer = _answer(question)
    assert "= 35日" in answer


@pytest.mark.parametrize(
    ("question", "form", "result"),
    [
        ("设施维护项目的钱平均到每一处科普设施上是多少？", "variations", "约208333.33元/处"),
        ("运维年度资金摊到每处设施上合多少", "variations", "约208333.33元/处"),
        ("国交预算摊到每个实习岗位上是多少", "builtin", "4000元/个"),
        ("场馆改造的成本上限平均到每个要改的展区，一个展区多少钱？", "multi_year", "600000元/个"),
        ("数字化改造成本控制数平均到每个展区，一个展区多少钱", "multi_year", "600000元/个"),
        ("国交每个实习岗位的经费是多少", "builtin", "4000元/个"),
        ("国交每个港澳台学生的预算是多少", "builtin", "8000元/人"),
        ("企服每名院士专家的经费大概多少", "builtin", "约10833.33元/名"),
    ],
    ids=[
        "place-shang",
        "place-he",
        "place-post",
        "noun-again",
        "noun-again-row",
        "owned-funds",
        "owned-budget",
        "owned-about",
    ],
)
def test_per_unit_asks_said_loosely_are_divided(question: str, form: str, result: str) -> None:
    answer = _answer(question, form)
    assert result in answer


@pytest.mark.parametrize(
    ("question", "form", "wrong"),
    [
        ("运维每处科普设施的成本是多少", "variations", "≤250万元"),
        ("运维每处科普设施的运维成本是多少", "variations", "≤250万元"),
    ],
    ids=["cost-each", "named-cost-each"],
)
def test_the_amount_each_owns_is_never_the_whole_amount(
    question: str, form: str, wrong: str
) -> None:
    answer = _answer(question, form)
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交每年的预算是多少", "40万元"),
        ("国交合作单位数量再加2家", "= 5家"),
    ],
    ids=["each-year", "offset-no-ask"],
)
def test_asks_left_as_they_were(question: str, result: str) -> None:
    assert result in _answer(question)


@pytest.mark.parametrize(
    ("question", "results"),
    [
        ("国交预算打八折，按活动参与人数平均每人多少", ["32", "1066.67"]),
        ("国交预算打八折，按活动参与人数平均每人变成多少", ["32", "1066.67"]),
        ("国交活动参与人数提高两成，预算平均每人多少", ["360", "1111.11"]),
        ("要是国交预算打个八折，平均到每个实习岗位多少钱", ["32", "3200"]),
        ("国交预算的一半平均到每个港澳台学生是多少", ["20", "4000"]),
    ],
    ids=["discount-per-person", "discount-becomes", "people-raised", "if-discount", "half"],
)
def test_a_scale_of_the_figure_named_before_it_is_worked_before_dividing(
    question: str, results: list[str]
) -> None:
    answer = _answer(question)
    assert _results(answer) == results
    assert "1333" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "给企业帮忙那块钱，是别人家那块的几倍？",  # two described sides: projects18 reads
        "企业那个项目比人家区里那个多出多少钱？",  # 两岸交流那个 (test_projects18_described)
        "企服经费比隔壁那个科普项目少多少",
        "企服预算是外地那个交流项目的几倍",
        "企服的钱比那个港澳台实习的多百分之几",
    ],
    ids=["times-unknown", "more-unknown", "less-elsewhere", "times-elsewhere", "percent"],
)
def test_a_comparison_with_a_side_not_read_gives_no_figure(question: str) -> None:
    answer = _answer(question)
    assert "130万" not in answer  # the one amount found answers nothing asked
    assert "40万" not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        (
            "企服的科創賦能及人才服務活動，比舉辦創新服務、學術交流、科普那類活動多幾場？",
            "多 30场",
        ),
        ("国交的研讨会相关活动场次，比组织启动仪式、结业仪式那几场多几场？", "多 1场"),
        ("企服走访对接区科协和企业科协的次数，比展览展示、论坛、路演那些活动多几次", "多 8次"),
        ("科创赋能及人才服务活动，较举办创新服务、学术交流等活动多出若干场", "多 30场"),
    ],
    ids=["traditional-described", "ceremonies", "roadshows", "jiao-ruogan"],
)
def test_a_side_of_a_comparison_listing_a_rows_words_is_one_operand(
    question: str, result: str
) -> None:
    assert result in _answer(question)


@pytest.mark.parametrize(
    "question",
    [
        "平均每个调查站点上报多少份",
        "调查站点平均每个站点一年报多少份",
        "调查站点平均每个站点报多少份",
        "平均每个站点每年上报多少份信息",
    ],
    ids=["reported", "a-year", "verb", "each-year-verb"],
)
def test_a_goal_count_over_the_stations_it_names_with_the_verb_of_the_ask(question: str) -> None:
    answer = _answer(question)
    assert "约63.83份/家" in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("“科创服务直通车”平均每家服务企业对应多少人次科技工作者？请予测算。", "80人次/家"),
        ("直通车平均每家服务企业对应多少人次科技工作者？请测算。", "80人次/家"),
        ("国交预算平均每个港澳台学生多少钱？请予测算。", "8000元/人"),
    ],
    ids=["qing-yu", "qing", "budget"],
)
def test_a_request_to_compute_after_the_question_mark_asks_nothing_more(
    question: str, result: str
) -> None:
    assert result in _answer(question)
