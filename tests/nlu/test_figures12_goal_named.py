"""Session 12 figures: a figure asked of a goal by name (年度目标里说市级调查站点有几家) is read
from the one goal sentence stating it, never answered by the whole goal and its other figures."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    "question",
    [
        "年度目标里说市级调查站点有几家",
        "按年度目标的写法，市级的调查站点是多少家？",
        "今年的任务里提到市级调查站点多少家",
        "企服年度目标中市级调查站点有几家啊",
        "年度总体目标写的市级调查站点几家",
    ],
    ids=["said", "written", "task", "project-named", "overall-name"],
)
def test_one_goal_figure_named_in_the_goal(question: str) -> None:
    said = normalise(ask(question))
    assert "28家" in said
    assert "19家" not in said and "3000" not in said and "8000" not in said


@pytest.mark.parametrize(
    "question",
    [
        "请核实：年度目标中已建的国家级和市级调查站点合计多少家？",
        "年度目标里国家级加市级调查站点一共几家",
        "总体目标中说的国家级、市级站点加起来多少家",
    ],
    ids=["formal", "plus", "listed"],
)
def test_goal_figures_named_in_the_goal_add_up(question: str) -> None:
    worked = normalise(ask(question)).split("(数字出自")[0]  # the goal sentence quoted after
    assert worked == "计算:国家级19家+市级28家=47家"


def test_goal_figures_named_in_the_goal_subtract() -> None:
    worked = normalise(ask("年度目标里 国家级站点比市级少几家")).split("(数字出自")[0]
    assert worked == "计算:国家级19家−市级28家=少9家"


@pytest.mark.parametrize(
    "question",
    ["企服年度目标是什么", "年度目标里有几块工作"],
    ids=["goal-asked", "parts-asked"],
)
def test_goal_itself_asked_still_shows_the_goal(question: str) -> None:
    said = normalise(ask(question))
    assert "年度总体目标" in said and "计算" not in said
