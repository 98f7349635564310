"""Everyday words for the form's own (展馆, 马路, 用车, 网络速度, 稿, 桥) and projects named by
the body that has them (科协管的项目, 建管委报的那个项目)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("form", "question", "said", "unsaid"),
    [
        ("other", "那个展馆的观众满意度定了多少", ["≥85"], ["≥90", "没有找到"]),
        ("old_template", "马路养护要修多少米", ["985米"], ["没有找到"]),
        ("old_template", "马路通行方面要达到什么效果", ["改善"], ["没有找到"]),
        ("variations", "巡检用车一共几辆", ["10辆"], ["没有找到"]),
        ("variations", "运维的网络速度要求多少", ["≥80M"], ["没有找到"]),
        ("builtin", "交通研讨会征几篇稿", ["≥20篇"], ["≥4", "没有找到"]),
        ("old_template", "一共要检测几座桥", ["4座"], ["没有找到"]),
        ("builtin", "调查站点一年交多少篇稿子", ["≥15篇"], ["≥20", "3000"]),
        ("builtin", "资料录进去要求多准", ["=100%"], ["≥120"]),
        ("builtin", "国交对台交流要做到什么程度", ["有效促进"], ["有效提升"]),
        ("builtin", "企服要建一个什么样的服务平台", ["一站式"], ["≥"]),
        ("builtin", "企服产学研服务的企业对象一般是哪几类", ["专精特新"], ["没有找到"]),
        ("builtin", "企服信息采集要准到什么地步", ["=100%"], ["3+6", "≥120"]),
        ("builtin", "企服今年给企业对接几位院士专家", ["≥120名"], ["≥120条", "≥40"]),
        ("builtin", "市里建的调查站点有多少家", ["28家"], ["19家"]),
        ("builtin", "建设指引交付验收有啥要求", ["=100%"], ["=1套"]),
    ],
    ids=[
        "hall",
        "street-length",
        "street-effect",
        "cars",
        "net-speed",
        "papers",
        "bridges",
        "pieces-by-unit",
        "how-accurate",
        "to-taiwan",
        "build-platform",
        "kind-after-adverb",
        "how-accurate-to",
        "experts-matched",
        "city-level",
        "handed-over",
    ],
)
def test_everyday_word_reads_as_the_form_writes_it(
    form: str, question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question, form)
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("科协管的那个项目预算多少", ["120万"], ["250万"]),
        ("建管委的项目总资金是多少", ["道路桥梁养护", "250万"], ["120万", "360万"]),
        ("哪个项目归市科协管", ["科普场馆数字化改造"], ["城市科普设施运维", "道路桥梁养护"]),
        ("区建管委报的是哪个项目", ["道路桥梁养护"], ["城市科普设施运维", "科普场馆"]),
        ("建管委报的那个项目叫什么", ["道路桥梁养护"], ["城市科普设施运维", "科普场馆"]),
    ],
    ids=["budget-of-body", "total-of-body", "which-under", "which-declared", "name-of"],
)
def test_body_named_before_project_picks_the_project_it_has(
    question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question, "other")
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer


def test_word_of_every_project_name_picks_none() -> None:
    # 科普 is in two projects' names and the implementer of a third: no body picks one.
    answer = ask("科普的项目有哪些", "other")
    assert "城市科普设施运维" in answer and "科普场馆数字化改造" in answer


@pytest.mark.parametrize(
    ("form", "question", "said", "unsaid"),
    [
        ("old_template", "养护项目是几月到几月干的", ["2023年7月", "2024年1月"], ["985"]),
        ("variations", "运维从哪个月做到哪个月", ["2026年1月1日", "2026年12月31日"], []),
    ],
    ids=["months-of-old-form", "months-of-new-form"],
)
def test_months_asked_are_the_span_of_the_project(
    form: str, question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question, form)
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer


def test_row_the_question_rules_out_is_refused() -> None:
    answer = ask("院士工作站一共建了多少家了，不是新申报的那种", "builtin")
    assert "≥40" not in answer and "没有找到" in answer, answer


def test_is_it_not_asks_and_rules_nothing_out() -> None:
    answer = ask("工作站是不是新申报的40家", "builtin")
    assert "≥40" in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "said", "unsaid"),
    [
        ("variations", "运维完好率底线", ["≥85%"], ["12 处"]),
        ("variations", "运维完好率要多少", ["≥85%"], ["12 处"]),
        ("variations", "运维风险怎么要求", ["可控"], []),
        ("other", "运维完好率最低多少", ["≥85%"], ["12 处"]),
    ],
    ids=["floor", "how-much", "row-goes-on", "among-projects"],
)
def test_terse_question_led_by_a_project_word_asks_its_row(
    form: str, question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question, form)
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer
