"""One row left by the unit asked, and words coined from a row's own words."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, NotInForm
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("要印几套来着", "建设指引"),
        ("编印的要印多少套", "建设指引"),
        ("国交 征文收多少篇", "征集论文"),
        ("国交征文要收几篇", "征集论文"),
        ("国交的征文目标多少篇", "征集论文"),
    ],
    ids=["yin-tao", "bian-yin", "zheng-wen", "zheng-wen-ji", "zheng-wen-target"],
)
def test_the_only_row_counting_in_the_unit_asked_answers(question: str, row: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert len(answer.indicators) == 1 and row in answer.indicators[0].name
    assert answer.understood


@pytest.mark.parametrize(
    "question",
    ["要买几套设备", "国交要发表几篇文章在期刊上"],
    ids=["equipment", "journal"],
)
def test_a_word_the_row_does_not_explain_gives_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, NotInForm), answer


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("岗位要凑够多少个", "征集实习岗位数量"),
        ("实习岗位一共要征集几个", "征集实习岗位数量"),
        ("科技社团要多少家", "科技社团数量"),
    ],
    ids=["gang-wei", "shi-xi-gang-wei", "she-tuan"],
)
def test_the_row_counting_the_thing_named_settles_an_ask_back(question: str, row: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert len(answer.indicators) == 1 and answer.indicators[0].name.endswith(row)


@pytest.mark.parametrize(
    "question",
    ["养护项目 修路修多少米", "道路桥梁养护 路要修多少米", "养护项目修路修多长"],
    ids=["xiu-lu", "lu-xiu", "duo-chang"],
)
def test_a_goal_stating_the_rows_own_figure_leaves_the_row(question: str) -> None:
    answer = engine_for("old_template").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert [row.name for row in answer.indicators] == ["道路养护长度"]
