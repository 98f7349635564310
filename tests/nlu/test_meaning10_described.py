"""A project named by what its header or goal says (线上展馆那个项目, 科协那个项目)."""

from __future__ import annotations

import pytest

from nlu.answers import (
    FactAnswer,
    IndicatorAnswer,
    MoneyAnswer,
    SeveralIndicators,
    UnknownProject,
)
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("question", "project"),
    [
        ("搞线上展馆那个项目今年申请了多少钱", "科普场馆数字化改造"),
        ("线上展馆项目的满意度", "科普场馆数字化改造"),
        ("虚拟导览那个项目预算多少", "科普场馆数字化改造"),
        ("科协那个项目 谁实施", "科普场馆数字化改造"),
        ("道路管理所那个项目的预算", "道路桥梁养护"),
    ],
    ids=["online-hall", "online-hall-rating", "virtual-tour", "association", "road-office"],
)
def test_project_named_by_its_description_is_scoped(question: str, project: str) -> None:
    engine = engine_for("other")
    answer = engine.interpret(question).answer
    if isinstance(answer, IndicatorAnswer):
        names = {engine.catalog.project(row.project_id).name for row in answer.indicators}
    else:
        assert isinstance(answer, MoneyAnswer | FactAnswer), answer
        names = {found.name for found in answer.projects}
    assert names == {project}


@pytest.mark.parametrize(
    "question",
    ["某某项目的预算", "某区那个项目的预算", "志愿者项目的预算", "智慧交通项目预算多少"],
)
def test_name_no_description_writes_is_still_unknown(question: str) -> None:
    assert isinstance(engine_for("other").interpret(question).answer, UnknownProject)


@pytest.mark.parametrize(
    "question",
    ["跨年那个 总盘子", "跨年度项目的预算", "跨年度的那个项目总共多少钱"],
    ids=["terse", "budget", "in-all"],
)
def test_amount_of_the_one_project_of_a_nature_is_its_own(question: str) -> None:
    answer = engine_for("other").interpret(question).answer
    parts = answer.others if isinstance(answer, SeveralIndicators) else (answer,)
    amounts = [part for part in parts if isinstance(part, MoneyAnswer)]
    assert amounts, answer
    assert {found.name for part in amounts for found in part.projects} == {"科普场馆数字化改造"}


def test_amount_of_a_nature_two_projects_share_names_both() -> None:
    answer = engine_for("other").interpret("经常性项目的预算").answer
    assert isinstance(answer, MoneyAnswer), answer
    assert len(answer.projects) > 1


@pytest.mark.parametrize(
    "question", ["企服科技成果转化项目数要达到多少个", "成果转化项目数", "国交海智基地项目的预算"]
)
def test_goal_word_before_a_count_of_projects_or_after_a_named_one_scopes_nothing(
    question: str,
) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
