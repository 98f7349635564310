"""Session 15 asks: a speaker taking a project back with several words in a row or of
themselves, a wrong figure the asker remembers said as a remark, and a second ask naming an
amount by a word of its column alone; only the meant figure is ever answered."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise

# 企服 年度预算 130万, 国交 40万; 数字化改造 项目资金总额 360万, 年度资金申请总额 120万.


@pytest.mark.parametrize(
    "question",
    [
        "国交的预算，不对，说错了，应该是企服的预算",
        "国交的钱多少，不对我说错了，是企服的",
        "国交的钱，不是不是，我是说企服，多少",
        "国交预算多少？哦不对，我想问企服的",
        "国交的钱 不对不对 是企服 多少",
        "打住，不是国交，是企服，预算多少",
        "国交的钱多少，我记错了，是企服",
        "国交……不对，企服的预算多少",
    ],
    ids=["run", "of-asker", "no-no", "meant-ask", "spaces", "never-said", "memory", "dots"],
)
def test_a_project_taken_back_is_never_answered(question: str) -> None:
    answer = normalise(ask(question))
    assert "130万" in answer, answer
    assert "40万" not in answer, answer


def test_words_ruling_a_reading_out_are_no_project_taken_back() -> None:
    answer = normalise(
        ask("企服那边院士专家工作站到现在已经建成了多少家，嗯，不是新申报的，是累计总数")
    )
    assert "40家" not in answer, answer


def test_a_remark_that_the_voice_input_may_be_wrong_takes_nothing_back() -> None:
    answer = normalise(ask("语音打的字可能不对：运为项目的网络带宽要求", "other"))
    assert "80M" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "运维开放日是第几届来着 我记成第7届了",
        "开放日是第几届，我猜是第7届",
        "运维开放日第几届了，我怎么记得是第7届",
        "开放日那个活动是第几届 记的是第7届",
        "开放日第几届？我还以为是第七届",
    ],
    ids=["wrote-down-as", "guess", "how-come", "remembered", "thought"],
)
def test_an_edition_the_asker_remembers_wrongly_is_no_ask(question: str) -> None:
    answer = normalise(ask(question, "variations"))
    assert "第8届" in answer.replace(" ", ""), answer


@pytest.mark.parametrize(
    "question",
    [
        "场馆数字化那个项目整个项目的钱是多少，这一年申请多少",
        "数字化改造整个项目多少钱，这年申请多少",
        "数字化改造项目总资金多少？当年申请多少？",
    ],
    ids=["this-year", "this-year-short", "same-year"],
)
def test_an_amount_named_by_a_word_of_its_column_after_another_is_answered(
    question: str,
) -> None:
    answer = normalise(ask(question, "multi_year"))
    assert "360万" in answer and "120万" in answer, answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("企服采集院士专家信息多少条，现场采集得注意", "≥120条"),
        ("国交辩论队几个人，这个要提前订票", "≥5人"),
        ("企服培育工作站几家，下半年任务挺重的", "≥40家"),
        ("国交论文多少篇，时间太紧了", "≥20篇"),
        ("国交合作单位几家，这块得上心", "≥3家"),
    ],
    ids=["take-care", "pointer-intent", "how-heavy", "how-tight", "mind-it"],
)
def test_a_note_to_self_after_the_ask_is_no_ask_of_its_own(question: str, figure: str) -> None:
    answer = normalise(ask(question))
    assert figure in answer, answer
    assert "没有找到" not in answer and "未能确定" not in answer, answer
