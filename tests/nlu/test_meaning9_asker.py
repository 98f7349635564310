"""Words about the asker, other names of a row and yes/no asks explain themselves."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, IndicatorList, MoneyAnswer
from tests.nlu.question_sets import engine_for


def _row_named(question: str) -> str:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert len(answer.indicators) == 1, answer
    return answer.indicators[0].name


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("我是办公室小王企服的建设指引验收合格率多少", "建设指引验收合格率"),
        ("我是财务科老李国交的活动参与人数目标是多少", "活动参与人数"),
        ("本人是综合办小张企服满意度多少", "参与企业、专家的满意度"),
        ("我刚来的，以前在街道做统计，国交安全事故最多几起", "活动安全事故发生数"),
        ("我是新来的，企服走访对接区科协数量是多少", "走访对接区科协和企业科协数量"),
        ("领导让我问下国交质量达标率是多少我这边要报上去", "活动、论坛质量达标率"),
        ("企服满意度是多少我们要填表", "参与企业、专家的满意度"),
        (
            "早上好！写报告要用，国交海峡两岸科普论坛上海代表参会人数目标是多少呀",
            "海峡两岸科普论坛上海代表参会人数",
        ),
        ("做PPT要用，企服服务科技工作者人数是多少", "服务科技工作者人数"),
        ("汇报急用 国交活动参与人数多少", "活动参与人数"),
    ],
    ids=[
        "office-name",
        "office-old",
        "self",
        "past-work",
        "new",
        "report-tail",
        "form-tail",
        "purpose",
        "ppt",
        "urgent",
    ],
)
def test_clause_about_the_asker_leaves_the_row_asked(question: str, row: str) -> None:
    assert _row_named(question) == row


@pytest.mark.parametrize(
    ("question", "row"),
    [
        (
            "hello，我新来的，之前在别的单位管KPI，想问下企服满意度的target是多少",
            "参与企业、专家的满意度",
        ),
        ("企服满意度这个KPI是多少", "参与企业、专家的满意度"),
        ("国交活动参与人数的target多少", "活动参与人数"),
        ("国交安全事故的考核项是多少", "活动安全事故发生数"),
    ],
    ids=["kpi-target", "kpi", "target", "check-item"],
)
def test_other_names_of_a_row_or_target_pick_the_row(question: str, row: str) -> None:
    assert _row_named(question) == row


def test_other_name_of_rows_counts_the_rows() -> None:
    answer = engine_for("builtin").interpret("企服有几个考核点").answer
    assert isinstance(answer, IndicatorList), answer
    assert answer.count_only
    assert [group.project.name for group in answer.groups] == ["企业科技创新服务"]


@pytest.mark.parametrize("question", ["国交的KPI有哪些", "企服质量方面有哪些考核点"])
def test_other_name_of_rows_lists_the_rows(question: str) -> None:
    assert isinstance(engine_for("builtin").interpret(question).answer, IndicatorList)


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("国交有没有要求把长效机制建起来", "长效管理机制健全性"),
        ("国交长效机制有没有要求建立", "长效管理机制健全性"),
        ("国交的长效管理机制要不要建起来", "长效管理机制健全性"),
        ("企服建设指引验收合不合格有没有标准", "建设指引验收合格率"),
    ],
    ids=["you-mei-you", "you-mei-you-after", "yao-bu-yao", "two-asks"],
)
def test_a_not_a_ask_is_no_thing_the_form_lacks(question: str, row: str) -> None:
    assert _row_named(question) == row


@pytest.mark.parametrize(
    "question",
    [
        "国交有没有志愿者人数的要求",
        "我是新来的，国交志愿者人数目标是多少",
        "企服负责人电话是多少我这边要报上去",
    ],
)
def test_words_the_form_lacks_still_give_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("你好我是计财处的，企服满意度是多少", "参与企业、专家的满意度"),
        ("您好我是财务科的，国交活动参与人数多少", "活动参与人数"),
        ("国交活动出事故最多能容忍几起", "活动安全事故发生数"),
        ("企服对科技工作者的服务目标要覆盖多少人次？", "服务科技工作者人数"),
        ("企服的服务要惠及多少科技工作者", "服务科技工作者人数"),
        ("国交长效管理机制健全性的目标如何表述？", "长效管理机制健全性"),
    ],
    ids=["greeting-office", "greeting-finance", "tolerate", "cover", "benefit", "worded"],
)
def test_words_around_the_ask_leave_the_row_asked(question: str, row: str) -> None:
    assert _row_named(question) == row
