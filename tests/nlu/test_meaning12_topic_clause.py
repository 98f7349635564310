"""A clause asking nothing before the clause that asks is its topic: the row the ask names
about that topic answers, and an ask the topic's row does not hold (published papers of a
row counting papers collected) is refused. A row's whole name written answers it among the
rows asked back; a sign-off (在线等) asks nothing."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("港澳台实习那个活动，征集的岗位要多少个", ["100个"], ["50人"]),
        ("港澳台大学生暑期实习，岗位征集多少个", ["100个"], ["50人"]),
        ("请问港澳台学生实习，征集的岗位有多少个？", ["100个"], ["50人"]),
        ("交通研讨会论文，征集几篇", ["20篇"], ["4场"]),
        ("辩论赛那边，上海队去几个人", ["5人"], ["50人"]),
    ],
    ids=["that-event", "summer", "students-topic", "collected", "debate"],
)
def test_topic_clause_answers_the_row_the_ask_names(
    question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question)
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer


@pytest.mark.parametrize(
    "question",
    [
        "第34届交通研讨会的论文，要发表多少篇",
        "交通研讨会论文，最后录用几篇",
        "交通研讨会的论文，最后要正式发表几篇？",
    ],
    ids=["publish", "accepted", "formally-published"],
)
def test_topic_clause_with_an_ask_its_row_does_not_hold_is_refused(question: str) -> None:
    answer = ask(question)
    assert "没有找到" in answer and "20篇" not in answer, answer


@pytest.mark.parametrize(
    "question",
    ["国交港澳台大学生暑期实习 活动参与人数 多少", "港澳台大学生暑期实习活动参与人数要求多少"],
    ids=["dictated", "joined"],
)
def test_whole_row_name_written_answers_that_row(question: str) -> None:
    answer = ask(question)
    assert "300人" in answer and "100个" not in answer, answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("企服满意度多少 在线等", "≥90%"),
        ("国际交流项目 满意度 多少 谢谢 在线等", "≥90%"),
        ("国交预算多少，在线等，挺急的", "40万"),
    ],
    ids=["satisfaction", "thanks-and-wait", "budget"],
)
def test_waiting_online_asks_nothing(question: str, said: str) -> None:
    answer = ask(question)
    assert said in answer and "年度总体目标" not in answer, answer


def test_accidents_allowed_counted_in_times() -> None:
    answer = ask("国交活动出了安全事故允许几次")
    assert "=0起" in answer, answer


def test_the_words_of_the_ask_explain_themselves_after_a_topic() -> None:
    """养护完成时间，截止到啥时候: 截止 asks the row's date, it is nothing the form lacks."""
    answer = ask("养护完成时间，截止到啥时候", "old_template")
    assert "2024年1月底前" in answer
    assert "没有找到" not in answer
