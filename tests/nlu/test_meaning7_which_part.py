"""Which part of a goal written in parts holds a thing (第几部分) is the titled sub-goal."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer, PassageAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("跟知识产权有关的服务在企服目标的第几部分", "创新人才与企业发展服务"),
        ("法律咨询服务属于企服年度目标的第几块", "科技工作者法律服务"),
        ("企服目标里院士工作站那部分是第几部分", "产学研协同创新服务"),
    ],
    ids=["property-rights", "legal-advice", "workstations"],
)
def test_part_holding_a_thing_is_quoted_with_its_title(question: str, title: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert answer.matches[0].passage.title == title


@pytest.mark.parametrize(
    "question",
    ["国交的实习活动在目标的第几部分", "企服的志愿者招募在目标第几部分"],
    ids=["goal-not-in-parts", "absent-thing"],
)
def test_part_of_no_titled_goal_gives_no_quote_or_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, PassageAnswer | IndicatorAnswer | MoneyAnswer), answer
