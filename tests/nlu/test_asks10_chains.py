"""Session 10 multi: a spoken chain whose later ask works on the earlier one: its result
(多出来的是国交的几倍), its operands (两个加起来), the amount it divided (然后按100家企业平均
每家多少) or all of it said of another project (另外国交按12个月呢)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(question: str, form: str = "builtin") -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("企服比国交预算多多少 然后多出来的是国交的几倍", "90万", "2.25倍"),
        ("企服比国交预算多多少然后多出来的部分是国交预算的几倍", "90万", "2.25倍"),
        ("国交预算比企服少多少 然后这个差额是企服预算的几倍", "90万", "0.69倍"),
        ("企服和国交的预算差多少，得数是国交的多少倍", "90万", "2.25倍"),
        (
            "国交合作单位数量加上推荐实习单位的科技社团数量一共几家"
            " 顺便算下国交预算平均到这些单位每家多少",
            "13家",
            "30769.23",
        ),
    ],
    ids=[
        "more-then-times",
        "part-no-space",
        "less-then-of-other",
        "difference-result",
        "count-then-per",
    ],
)
def test_a_later_ask_works_on_the_result_before(question: str, first: str, second: str) -> None:
    said = _answer(question)
    assert first in said
    assert second in said
    assert "未能确定" not in said


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "企服科创赋能那个活动场次是举办学术交流那些活动的几倍 然后两个加起来多少场",
            "7倍",
            "40场",
        ),
        (
            "企服科创赋能那个活动场次和举办学术交流那些活动一共多少场 然后两者相差多少",
            "40场",
            "30场",
        ),
        ("两个项目预算加起来然后企服占多少比例", "170万", "76.5%"),
        ("两个项目的预算合计多少 然后国交占百分之几", "170万", "23.5%"),
    ],
    ids=["times-then-sum", "sum-then-difference", "sum-then-share", "total-then-percent"],
)
def test_a_later_ask_works_on_the_operands_before(question: str, first: str, second: str) -> None:
    said = _answer(question)
    assert first in said
    assert second in said


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "企服的钱按服务科技工作者人次平均一下每人次多少钱"
            " 然后按直通车服务的100家企业平均每家多少",
            "162.5",
            "13000",
        ),
        ("企服年度资金按12个月平摊每个月多少钱 另外国交按12个月呢", "108333.33", "33333.33"),
        ("企服预算按12个月平摊每月多少 然后国交的呢", "108333.33", "33333.33"),
        ("国交年度资金按12个月平摊每个月多少钱然后企服呢", "33333.33", "108333.33"),
    ],
    ids=["amount-lent", "project-swapped", "project-swapped-de", "swapped-voice"],
)
def test_a_later_ask_leaves_out_what_the_one_before_said(
    question: str, first: str, second: str
) -> None:
    said = _answer(question)
    assert first in said
    assert second in said


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("国交预算比企服少多少 然后这个差额是企服的百分之几", "130万元(1300000元)"),
        ("企服比国交预算多多少 然后国交是多出来的几分之几", "40万元(400000元)"),
    ],
    ids=["percent-of-unread", "fraction-unread"],
)
def test_a_later_ask_on_the_result_not_worked_out_gets_no_figure(
    question: str, wrong: str
) -> None:
    said = _answer(question)
    assert wrong not in said
    assert "上一步结果" not in said


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("国交的启动仪式结业仪式还有研学参访这些加起来办几场", "≥3场"),
        ("国交的启动仪式结业仪式研学参访加起来办几场", "≥3场"),
        ("启动仪式和结业仪式加起来一共几场", "≥3场"),
        ("企服创新服务学术交流科学普及这几类活动加起来办多少场", "≥5场"),
        (
            "国交的启动仪式结业仪式还有研学参访这些加起来办几场 然后交通研讨会的活动场次呢",
            "≥4场",
        ),
    ],
    ids=["voice-list", "bare-list", "two-items", "other-row", "then-another-row"],
)
def test_a_sum_of_items_one_row_lists_is_that_rows_target(question: str, target: str) -> None:
    said = _answer(question)
    assert target in said
    assert "没有找到" not in said


@pytest.mark.parametrize(
    ("question", "wanted", "wrong"),
    [
        ("哪个项目的主管单位是科协然后它的实施单位叫啥", "上海市科普场馆中心", "上海市某某中心"),
        ("哪个项目的主管单位是科协，这个项目预算多少", "120万元", "250万元"),
        ("主管部门是区建管委的是哪个项目 它的实施单位是谁", "某区道路管理所", "上海市某某中心"),
    ],
    ids=["its-implementer", "this-projects-budget", "voice-its"],
)
def test_a_later_ask_of_it_is_of_the_project_found_before(
    question: str, wanted: str, wrong: str
) -> None:
    said = _answer(question, "other")
    assert wanted in said
    assert wrong not in said
