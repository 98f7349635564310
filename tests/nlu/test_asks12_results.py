"""Session 12 asks: a result the asker tells beside the ask, whatever verb tells it."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    "question",
    [
        "桥梁检测我们做完3座了，完成率多少",
        "桥梁检测目前弄好了3座，完成率多少",
        "桥梁检测搞定3座了，完成了百分之几",
        "桥梁检测3座做完了，完成率多少",
        "桥梁检测完成3座，完成率多少",
    ],
    ids=["done-le", "made-good", "settled", "count-first", "finish-bare"],
)
def test_a_count_done_by_any_verb_is_worked_against_the_target(question: str) -> None:
    answer = normalise(ask(question, "old_template"))
    assert "75%" in answer, answer
    assert "尚未登记" not in answer, answer


def test_a_count_closed_by_le_before_the_working() -> None:
    answer = normalise(ask("桥检已经检完3座了还差几座", "old_template"))
    assert "少1座" in answer, answer


@pytest.mark.parametrize(
    ("question", "wants", "wrong"),
    [
        ("国交活动参与人数，上周办了2场一共来了186人，离目标还差多少人", "114", "486"),
        ("国交参与人数这块，办了3场累计来了210人，完成率多少", "70%", "尚未登记"),
        ("国交活动参与人数，开了4场总共到了240人，还差几个人", "60", "296"),
    ],
    ids=["sessions-then-people", "accumulated", "total-of-sessions"],
)
def test_of_several_counts_told_the_one_in_the_unit_asked_is_worked(
    question: str, wants: str, wrong: str
) -> None:
    answer = normalise(ask(question))
    assert wants in answer and wrong not in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("上次企服活动现场满意度调查结果86.5%，比目标低几个百分点？", "3.5个百分点"),
        ("企服那边问卷打分满意度实测88%，比目标差几个点", "2个百分点"),
        ("国交满意度我们抽样是92%，比目标高几个百分点", "2个百分点"),
    ],
    ids=["on-site-survey", "questionnaire", "sample"],
)
def test_how_the_asker_measured_names_no_row(question: str, wants: str) -> None:
    answer = normalise(ask(question))
    assert wants in answer, answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "hello 数改项目的观众满意度要求多少哈 上次我们现场调查了下",
        "数改观众满意度要求多少，上周我们刚做完问卷",
    ],
    ids=["last-time-we", "last-week-we"],
)
def test_a_doing_told_after_a_time_is_set_apart(question: str) -> None:
    answer = normalise(ask(question, "multi_year"))
    assert "≥85%" in answer and "没有找到" not in answer, answer


def test_a_goal_count_divided_is_no_told_result() -> None:
    answer = normalise(ask("直通车要服务100家企业，企服的钱按这个分每家多少"))
    assert "13000" in answer and "您给出的100家−" not in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("我想同时确认国交的两个数：合作单位数量，还有安全事故发生数", ("≥3家", "=0起")),
        ("领导想先对比一下两个项目的满意度：国交的，还有企服的", ("参与人员", "参与企业")),
        ("我想再核实一下两个问题，国交参与人数多少，合作单位几家", ("≥300人", "≥3家")),
        ("我打算顺便问问企服的两个指标：走访几次，工作站几家", ("≥10次", "≥40家")),
    ],
    ids=["confirm-two", "compare-first", "check-again", "ask-by-the-way"],
)
def test_wanting_to_ask_is_no_plan_told(question: str, wants: tuple[str, ...]) -> None:
    answer = normalise(ask(question))
    assert all(normalise(want) in answer for want in wants), answer
    assert "您提供的情况" not in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        (
            "我记得那个海峡两岸城市交通研讨会好像是第33届？想确认一下到底是第几届，以及上海要征集多少篇论文",
            ("第34届", "≥20篇"),
        ),
        ("海峡两岸城市交通研讨会，是第几届，上海要征集多少篇论文", ("第34届", "≥20篇")),
        ("辩论赛，第几届，上海去几个人", ("第25届", "≥5人")),
    ],
    ids=["guessed-edition", "topic-then-edition", "debate"],
)
def test_an_edition_asked_after_the_thing_named_is_of_that_thing(
    question: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(ask(question))
    assert all(normalise(want) in answer for want in wants), answer
    assert "相关活动场次" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "wants"),
    [
        ("国交\n- 安全事故要求\n- 质量达标率\n- 完成时限", "builtin", ("=0起", "=100%", "12月底")),
        ("运维\n* 完好率\n* 市民满意度", "variations", ("≥85%", "≥90%")),
        ("- 运维成本上限\n- 改造成本上限", "other", ("≤250万元", "≤120万元")),
        ("国交：\n• 合作单位几家\n• 参与人数多少", "builtin", ("≥3家", "≥300人")),
    ],
    ids=["dashes", "stars", "no-head", "dots"],
)
def test_items_after_list_markers_are_each_asked(
    question: str, form: str, wants: tuple[str, ...]
) -> None:
    answer = normalise(ask(question, form))
    assert all(normalise(want) in answer for want in wants), answer
