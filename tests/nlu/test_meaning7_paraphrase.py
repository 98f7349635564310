"""Paraphrases a row explains: a synonym group's other word, an effect asked, a visit implied."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer
from tests.nlu.question_sets import engine_for


def _rows(form: str, question: str) -> list[str]:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    return [row.name for row in answer.indicators]


@pytest.mark.parametrize(
    "question",
    [
        "国交办的活动论坛质量得全部合格吗",
        "国交活动论坛的合格率",
        "国交的活动质量要求全部过关吗",
        "国际交流项目活动论坛达到标准的比例",
    ],
    ids=["all-pass", "pass-rate", "pass-muster", "up-to-standard"],
)
def test_passing_is_reaching_the_standard(question: str) -> None:
    assert _rows("builtin", question) == ["活动、论坛质量达标率"]


@pytest.mark.parametrize(
    "question",
    [
        "港澳台实习的开营结营仪式加上参访，一共至少几场",
        "港澳台实习开营仪式等活动办几场",
        "暑期实习开营式、结营式和参访活动一共几场",
    ],
    ids=["both-ceremonies", "opening", "short-names"],
)
def test_camp_opening_is_the_launch_ceremony(question: str) -> None:
    (row,) = _rows("builtin", question)
    assert "组织启动仪式" in row


@pytest.mark.parametrize(
    "question",
    [
        "国交对两岸交流要起到啥作用",
        "国交在两岸交流上要发挥什么作用",
        "国交两岸交流要取得什么成效",
    ],
    ids=["play-a-role", "bring-into-play", "results"],
)
def test_effect_asked_of_a_row_is_its_target(question: str) -> None:
    assert _rows("builtin", question) == ["海峡两岸交流促进情况"]


@pytest.mark.parametrize(
    "question",
    [
        "交流项目一共想吸引多少人参加活动",
        "国交活动要吸引多少人参与",
        "国际交流项目的活动打算吸引多少人来参加",
    ],
    ids=["draw-to-attend", "draw-to-take-part", "draw-to-come"],
)
def test_drawing_people_to_attend_asks_the_attendance_row(question: str) -> None:
    assert _rows("builtin", question) == ["活动参与人数"]


@pytest.mark.parametrize(
    "question",
    ["看展观众满意度目标多少", "来参观的观众满意度要多少", "来逛的观众满意度要多少"],
    ids=["see-show", "come-visit", "stroll"],
)
def test_visit_is_implied_by_visitors(question: str) -> None:
    assert _rows("multi_year", question) == ["观众满意度"]


@pytest.mark.parametrize(
    "question",
    ["国交活动要吸引多少志愿者参加", "国交对两岸交流起到作用的媒体报道数量", "看展观众的投诉率"],
    ids=["volunteers", "press-of-effect", "complaints"],
)
def test_paraphrase_with_an_absent_thing_gives_no_figure(question: str) -> None:
    form = "multi_year" if "看展" in question else "builtin"
    answer = engine_for(form).interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer


@pytest.mark.parametrize(
    "question",
    ["道路桥梁养护项目在车辆通行方面要达到什么效果", "养护以后车辆通行要达到啥效果"],
    ids=["effect", "requirement"],
)
def test_vehicles_are_implied_by_traffic(question: str) -> None:
    assert _rows("old_template", question) == ["道路通行条件"]


def test_vehicles_the_form_does_not_count_give_no_figure() -> None:
    answer = engine_for("old_template").interpret("养护项目要几辆车").answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
