"""Loose everyday words of what a row measures: 活计 is work, 网速 the bandwidth, 水电 the
energy a row of 能耗 rates, 拿来 and 用到 phrase an ask, 挪过来的钱 is carried over."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("form", "question", "said", "not_said"),
    [
        ("old_template", "养护的活计哪天之前要干完？", "2024年1月底", "没有找到"),
        ("variations", "运维这边网速要求多少", "≥80M", "没有找到"),
        ("variations", "运维的水电等能源消耗要求是啥", "降低", "没有找到"),
        ("variations", "运维拿来巡检的车子有几辆", "10辆", "没有找到"),
        ("builtin", "国交整个项目花钱最多能用到多少", "40万", "130万"),
        ("builtin", "国交上年没用完挪过来的钱是多少", "上年结转", "没有找到"),
    ],
    ids=["work", "bandwidth", "water-power", "put-to-use", "spend-up-to", "moved-over"],
)
def test_loose_words_name_the_row(form: str, question: str, said: str, not_said: str) -> None:
    answer = ask(question, form)
    assert said in answer and not_said not in answer, answer


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("国交打嘴仗的那个比赛要派几个人", "≥5人", "≥2人"),
        ("国交暑期实习一共有几个坑位", "≥100个", "没有找到"),
        ("企服要给企业牵线搭桥请来几位院士专家", "≥120名", "≥40家"),
        ("企服每年上门跑动对接区科协几回", "≥10次", "≥2次"),
        ("国交组队去比赛的大学生辩手几个", "≥5人", "≥2人"),
        ("国交带队去辩论赛的学生有几个", "≥5人", "≥2人"),
    ],
    ids=["quarrel", "slots", "matchmaking", "door-to-door", "team-up", "lead-team"],
)
def test_everyday_idioms_name_the_forms_events(question: str, said: str, not_said: str) -> None:
    answer = ask(question)
    assert said in answer and not_said not in answer, answer


def test_word_of_the_full_name_left_unsaid_names_the_project() -> None:
    answer = ask("运维项目配给设施巡查用的车辆有几辆", "variations")
    assert "10辆" in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "said"),
    [
        ("old_template", "养护的质量关口定的多少", "≥95%"),
        ("builtin", "企服聚焦服务哪些企业群体", "专精特新"),
    ],
    ids=["checkpoint", "group-served"],
)
def test_checkpoint_and_group_words(form: str, question: str, said: str) -> None:
    answer = ask(question, form)
    assert said in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("数字化改造这一年干的是啥", "二期展区改造"),
        ("数字化改造几年下来要弄成什么样", "线上展馆"),
    ],
    ids=["this-year", "years-over"],
)
def test_goals_asked_in_everyday_words(question: str, said: str) -> None:
    answer = ask(question, "multi_year")
    assert said in answer and "超出" not in answer, answer


def test_those_who_see_the_exhibition_are_its_visitors() -> None:
    answer = ask("来看展览的观众满意度定了多少", "multi_year")
    assert "≥85%" in answer and "没有找到" not in answer, answer


def test_hall_visited_online_is_the_visits_row() -> None:
    answer = ask("数字化改造线上展厅的浏览量要达到多少", "multi_year")
    assert "100000" in answer and "没有找到" not in answer, answer
