"""Side clauses with no intent or speaker word of their own are left out (nlu/asides.py).

What the asker will make of the answer (稿子开头要交代, 做表用), who else is in the story
(小张讲…, 对接企业的同事问我…) and what someone else said are no things the form lacks; a clause
that may ask for something the form lacks is still refused.
"""

from __future__ import annotations

import re

import pytest

from tests.nlu.question_sets import ask

_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _only_figures(answer: str, allowed: set[str]) -> None:
    """Asserts that every figure the answer states is one of ``allowed`` (no wrong figure)."""
    stated = set(_FIGURE.findall(answer.replace(",", "")))
    assert stated <= allowed, stated - allowed


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("国交的活动参与人数目标是多少？新闻稿开头要写", "300人"),
        ("企服的年度预算多少，PPT首页要放", "130万元"),
        ("国交的成本控制数多少，做台账用的", "40万元"),
        ("国交满意度指标多少，汇报参考", "90%"),
        ("港澳台学生人数目标多少，发布会上要讲", "50人"),
        ("国交的辩论队人数几个？我想挑几句写进简报", "5人"),
    ],
    ids=["news-opening", "slides", "ledger-use", "report-reference", "press-event", "a-few"],
)
def test_what_the_answer_is_for_is_left_out(question: str, figure: str) -> None:
    answer = ask(question)
    assert figure in answer
    assert "没有找到" not in answer and "未能确定" not in answer


def test_a_draft_quoted_for_the_answer_is_no_ask() -> None:
    """公众号里想写“…XX名…”: the quoted words are the asker's draft, its XX the figure asked."""
    answer = ask("公众号里想写“国交全年吸引XX名港澳台学生”，港澳台学生人数目标多少")
    assert "50人" in answer
    assert "未能确定" not in answer
    _only_figures(answer, {"2026", "50", "50.00"})


def test_a_date_asked_for_a_post_keeps_the_date() -> None:
    answer = ask("企服的计划开始日期是哪天？公众号推文里要提一句")
    assert "2026-01-01" in answer and "未能确定" not in answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("上次王科长讲国交那个辩论赛 上海派几个人去", "5人"),
        ("我听隔壁老李说企服的预算比国交多 企服预算是国交的几倍", "3.25"),
        ("张老师问我国交活动参与人数目标多少", "300人"),
        ("对接高校的同事让我问一下港澳台学生人数目标", "50人"),
    ],
    ids=["name-said-topic", "neighbour-said-claim", "title-asked-me", "colleague-of-form-words"],
)
def test_someone_elses_saying_is_no_ask(question: str, figure: str) -> None:
    answer = ask(question)
    assert figure in answer
    assert "没有找到" not in answer


def test_a_saying_with_no_word_of_the_form_is_left_out() -> None:
    answer = ask("运维那边网速要求多少 我看不懂 我女儿讲G比M大", "variations")
    assert "80M" in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "lacking"),
    [
        ("国交项目负责人电话多少？推文里要写", "负责人"),
        ("国交活动参与人数多少，志愿者人数", "活动志愿者"),
        ("国交活动参与人数多少，负责人电话也要", "负责人"),
        ("国交项目负责人是谁 小张讲要打电话过去", "负责人"),
        ("国交的志愿者人数目标多少，同事说要招人", "志愿者"),
    ],
    ids=["absent-ask-for-post", "bare-noun", "also-wanted", "absent-with-saying", "absent-row"],
)
def test_a_thing_the_form_lacks_is_still_refused(question: str, lacking: str) -> None:
    answer = ask(question)
    assert f"没有找到“{lacking}" in answer
    assert "40万元" not in answer and "130万元" not in answer


def test_a_word_said_as_said_is_no_saying() -> None:
    """领导说明年…: 说明 is one word, not 说; the plan told keeps its year."""
    answer = ask("领导说明年企服预算可能要打九折，我想先算一下按今年的年度资金打九折是多少")
    assert "117万" in answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("国交的合作单位要几家？关系到明年排期", "3家"),
        ("国交活动参与人数目标多少，因为要订场地", "300人"),
        ("企服的预算多少 上回开会已经讲过了", "130万元"),
        ("国交合作单位几家 前两天老王打电话来问过了", "3家"),
        ("国交的活动参与人数多少，我昨天去开了一个会", "300人"),
        ("国交合作单位几家 前几天路上堵了", "3家"),
    ],
    ids=["why-asked", "because", "told-before", "someone-asked-before", "a-meeting", "days-ago"],
)
def test_why_it_is_asked_and_what_happened_are_left_out(question: str, figure: str) -> None:
    answer = ask(question)
    assert figure in answer
    assert "没有找到" not in answer and "未能确定" not in answer


def test_a_time_done_by_the_asker_is_no_figure_told() -> None:
    """我每天上班要过一座桥的: 一座 says "a bridge", not a count given."""
    answer = ask("道路桥梁养护 桥要检测几座 我每天上班要过一座桥的", "old_template")
    assert "4座" in answer and "没有找到" not in answer


def test_a_doing_intended_by_someone_else_is_no_ask() -> None:
    """领导说要掐着时间验收: 验收 is what the leader will do, not a row asked."""
    answer = ask("您好，数字化那个项目的第二期什么时候完工？领导说要按时间验收。", "other")
    assert "2025-09-30" in answer
    assert "2026-12-31" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交活动参与人数多少，志愿者人数定了吗",
        "国交满意度目标多少 领导说要看志愿者人数",
        "国交的活动参与人数目标多少，大家会不会觉得志愿者人数太少",
        "领导让我整理国交项目的材料，它的志愿者人数目标是多少？",
    ],
    ids=["asked-with-le", "saying-names-absent-row", "opinion-of-absent-row", "pointed-back"],
)
def test_a_side_clause_naming_a_lacking_thing_is_refused(question: str) -> None:
    """志愿者人数: a row the form lacks, whatever clause names it."""
    answer = ask(question)
    assert "没有找到" in answer
    assert "40万元" not in answer


@pytest.mark.parametrize(
    ("question", "form", "figure", "wrong"),
    [
        ("hello 在忙吗, 运维网络带宽 要多少", "variations", "80M", "10辆"),
        ("那啥 数字化改造 项目资金总额里其他资金多少", "multi_year", "60万元", "360万元"),
        ("您好，有空吗？国交的活动参与人数目标多少", "builtin", "300人", "50人"),
        ("运维的网络带宽要求多少，那个什么，我急用", "variations", "80M", "10辆"),
        ("领导让我整理国交项目的材料，它的年度资金申请总额是多少？", "builtin", "40万元", "130万"),
        ("我在汇编企服项目的台账，麻烦问下该项目的年度预算多少", "builtin", "130万元", "40万"),
        (
            "国交的年度预算按活动参与人数摊，一个人合多少钱？群众听了会不会嫌贵",
            "builtin",
            "1333.33",
            "未能确定",
        ),
        ("企服的预算多少，领导看了会不会嫌多", "builtin", "130万元", "40万"),
    ],
    ids=[
        "busy-greeting",
        "what-is-it-filler",
        "free-greeting",
        "filler-mid",
        "task-then-it",
        "task-then-this-project",
        "public-opinion",
        "leader-opinion",
    ],
)
def test_the_ask_beside_greetings_tasks_and_opinions_is_answered(
    question: str, form: str, figure: str, wrong: str
) -> None:
    """在忙吗, 那个啥: a question word in a greeting; 领导让我整理国交项目的材料，它的…: the
    task names the project asked; 群众听了会不会嫌贵: an opinion the form cannot hold."""
    answer = ask(question, form)
    assert figure in answer
    assert wrong not in answer and "没有找到" not in answer
