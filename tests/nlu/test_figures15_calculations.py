"""Session 15 figures: percentages to two decimals as well, and the operands of a calculation."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "form", "one", "two"),
    [
        ("场馆改造财政资金在项目资金总额里占多少", "other", "约83.3%", "83.33%"),
        ("数字化改造上年结转的钱是今年申请总额的百分之几", "other", "约16.7%", "16.67%"),
        ("国交的年度预算比企服少了百分之多少", "builtin", "少约69.2%", "69.23%"),
        ("国交年度资金占两个项目合计的比重", "builtin", "约23.5%", "23.53%"),
        ("活动参与人数目标300，实际到了326人，超出目标百分之几", "builtin", "约8.7%", "8.67%"),
    ],
    ids=["fiscal-share", "carry-over", "less-percent", "share-of-sum", "told-over"],
)
def test_a_rounded_percentage_is_also_given_to_two_decimals(
    question: str, form: str, one: str, two: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert one in answer and f"保留两位小数为{two}" in answer


@pytest.mark.parametrize(
    ("question", "form", "shown"),
    [
        ("国交预算是企服的百分之几，保留一位小数", "builtin", "约30.8%"),
        ("场馆改造财政资金占项目资金总额的比例，保留两位小数", "other", "约83.33%"),
        ("国交的年度预算在两个项目里占多大比重", "builtin", "约23.5%"),
    ],
    ids=["one-place-asked", "two-places-asked", "not-asked"],
)
def test_places_asked_add_no_second_figure(question: str, form: str, shown: str) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert shown in answer
    assert ("保留两位小数为" in answer) is ("保留" not in question)


@pytest.mark.parametrize(
    "question",
    [
        "港澳台那个项目的活动实际来了372个人，比目标多出百分之几",
        "国交活动最后到了372位，超出目标百分之多少",
        "国交的活动实际来了372名，比目标多了百分之几",
        "国交活动实到372人，比参与人数目标高百分之几",
    ],
    ids=["ge-ren", "wei", "ming", "ren"],
)
def test_a_told_count_of_people_is_held_against_the_people_row(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "活动参与人数 300人" in answer and "多24%" in answer
    assert "岗位" not in answer and "272" not in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("养护合格率现场抽检97.2%，比目标高几个点", "多 2.2个百分点"),
        ("养护合格率抽测出来96%，比目标高几个百分点", "多 1个百分点"),
        ("养护合格率复核是93%，比目标低几个点", "少 2个百分点"),
    ],
    ids=["spot-check", "sampled", "rechecked"],
)
def test_a_rate_the_asker_sampled_is_held_against_the_target(question: str, result: str) -> None:
    answer = answer_of({"q": question, "form": "old_template"}, service_for)
    assert "养护合格率 95%" in answer and result in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交预算要是打九折，明年报多少", "36万元"),
        ("国交的预算打个九五折，下一年度能报多少", "38万元"),
        ("企服预算如果减半，明年还有多少", "65万元"),
        ("企服的预算按八折算多少", "104万元"),
        ("国交预算按九折算的话是多少钱", "36万元"),
    ],
    ids=["next-year", "next-fiscal-year", "halved-next-year", "reckoned", "reckoned-if"],
)
def test_a_scale_for_a_year_to_come_works_on_this_years_figure(question: str, result: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert answer.startswith("计算：") and f"= {result}" in answer
    assert "没有 2027 年度" not in answer


@pytest.mark.parametrize(
    ("question", "result", "verdict"),
    [
        ("企服成本控制数打八折是多少，有没有低于100万", "104万元", "没有低于，前者比后者多 4万元"),
        ("企服成本控制数打八折以后还超不超过100万", "104万元", "超过了，前者比后者多 4万元"),
        ("国交预算打九折后是不是低于38万", "36万元", "低于，前者比后者少 2万元"),
        ("企服的预算要是上浮一成，会不会超过140万", "143万元", "超过了，前者比后者多 3万元"),
        ("企服预算砍掉40万后还高于80万吗", "90万元", "超过了，前者比后者多 10万元"),
    ],
    ids=["below-asked", "above-a-not-a", "below-is-it", "above-will-it", "offset-above"],
)
def test_a_changed_figure_is_checked_against_an_amount_said(
    question: str, result: str, verdict: str
) -> None:
    answer = answer_of({"q": question}, service_for)
    assert f"= {result}" in answer and f"上一步结果 {result}" in answer
    assert f"核对结果：{verdict}" in answer


def test_an_amount_checked_below_says_how_far() -> None:
    answer = answer_of({"q": "国交预算有没有低于50万"}, service_for)
    assert "核对结果：低于，前者比后者少 10万元" in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交那点钱，企服是它的几倍", "130万元 ÷ 【国际科技人文交流与合作】40万元 = 3.25 倍"),
        ("国交那点钱，企服是几倍", "= 3.25 倍"),
        ("说到国交的预算，企服比它多百分之几", "= 多225%"),
        ("跟国交比，企服的预算是几倍", "= 3.25 倍"),
        ("和国交相比，企服预算多百分之几", "= 多225%"),
        ("比起国交，企服的钱多多少", "= 多 90万元"),
        ("以国交为准，企服预算是几倍", "= 3.25 倍"),
        ("企服的预算，国交是它的几分之几", "= 约30.8%"),
    ],
    ids=["pointer", "topic", "pointer-opened", "with", "compared", "rather", "by", "part"],
)
def test_a_base_named_in_a_clause_before_the_ask_is_the_base(question: str, result: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert result in answer
    assert "0.31" not in answer and "少 90万元" not in answer and "少约69.2%" not in answer


def test_a_base_the_ask_names_itself_keeps_its_order() -> None:
    answer = answer_of({"q": "企服的预算，比国交多多少"}, service_for)
    assert "= 多 90万元" in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服按“场”计的那几条，保底加起来一共多少场",
        "企服按场算的指标下限加起来多少场",
        "企服以场计的几条，底线合计多少场",
    ],
    ids=["floor", "lower-bound", "bottom-line"],
)
def test_the_floor_of_the_rows_of_one_unit_is_summed(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert answer.startswith("计算：") and answer.endswith("= 43场")


@pytest.mark.parametrize(
    ("question", "form", "target"),
    [
        ("运维设施完好的比例保底多少", "variations", "≥85%"),
        ("企服服务科技工作者人次保底要多少", "builtin", "≥8000人次"),
        ("企服走访区科协的次数兜底多少", "builtin", "≥10次"),
    ],
    ids=["rate", "people-times", "visits"],
)
def test_a_floor_asked_is_the_target(question: str, form: str, target: str) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert target in answer


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("场馆改造整个项目里财政出的钱是其他来路的钱的几倍", "其他资金 60万元 = 5 倍"),
        ("场馆改造项目资金里财政的是其他来源的几倍", "其他资金 60万元 = 5 倍"),
        ("场馆改造别的渠道来的钱有多少", "60万元"),
    ],
    ids=["other-way", "other-source", "other-channel"],
)
def test_money_from_other_sources_is_the_other_funds(question: str, result: str) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert result in answer and "360万元 = 约0.83" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企业项目里平均一个新培育的工作站要引进几个院士专家",
        "企服平均一个新培育工作站引进几名院士专家",
        "企服平均一家新培育的工作站引几个专家",
    ],
    ids=["one-ge", "one-terse", "one-jia"],
)
def test_one_after_average_is_each(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "120名 ÷" in answer and "40家 = 3名/家" in answer


def test_one_after_average_beside_each_said_reads_each_once() -> None:
    question = "开放日接待市民5000人次分到每场活动，平均一场接待多少人次"
    answer = answer_of({"q": question, "form": "variations"}, service_for)
    assert "约1666.67人次/场" in answer
