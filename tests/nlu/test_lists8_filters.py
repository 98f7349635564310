"""Session 8 filters: a project's short word places the rows, operators named side by side."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import engine_for

UPKEEP_WITHOUT_BOUNDS = {"维护步道长度", "巡检车辆数"}  # the 定量 rows of 运维 written without ≥/≤
UPKEEP_SATISFACTION = {"设施环境评价", "市民满意度"}


def _listing(form: str, question: str) -> IndicatorList:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    return answer


def _rows(form: str, question: str) -> set[str]:
    return {ind.name for group in _listing(form, question).groups for ind in group.indicators}


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("other", "运维的满意度指标有哪些", UPKEEP_SATISFACTION),
        ("variations", "运维的服务对象满义度指标有哪些", UPKEEP_SATISFACTION),
        ("other", "运维那张表里满意度指标有哪几个", UPKEEP_SATISFACTION),
        ("other", "养护这份申报表的满意度指标有哪些", {"市民满意度"}),
        (
            "other",
            "养护的定量指标有哪些",
            {"道路养护长度", "桥梁检测数量", "养护合格率", "养护成本", "市民满意度"},
        ),
    ],
    ids=["of", "of-typo", "that-table", "this-form", "of-kind"],
)
def test_a_project_word_before_de_or_its_table_places_the_rows(
    form: str, question: str, rows: set[str]
) -> None:
    # 运维 is a word of 设施运维成本控制数 too; said as the project's, it picks no row by name.
    listing = _listing(form, question)
    assert {ind.name for group in listing.groups for ind in group.indicators} == rows
    assert not listing.row_filter.words


@pytest.mark.parametrize(
    "question",
    ["有没有关于养护的指标", "哪些指标包含养护的内容"],
    ids=["about", "holding"],
)
def test_a_project_word_said_as_a_topic_still_picks_rows_by_name(question: str) -> None:
    assert _rows("other", question) == {"道路养护长度", "养护合格率", "养护完成时间", "养护成本"}


@pytest.mark.parametrize(
    "question",
    [
        "运维那张表 定量指标里没写≥≤符号的是哪几个",
        "运维里哪些定量指标既没用≥也没用≤",
        "运维的定量指标中没有≤≥号的有哪些",
        "运维里定量指标目标值没写大于等于和小于等于的有哪些",
        "运维项目定量指标不带≥或≤的是哪些",
    ],
    ids=["side-by-side", "neither-nor", "reversed", "in-words", "or"],
)
def test_two_operators_named_together_are_both_left_out(question: str) -> None:
    listing = _listing("other", question)
    assert {ind.name for group in listing.groups for ind in group.indicators} == (
        UPKEEP_WITHOUT_BOUNDS
    )
    assert {listing.row_filter.excluded_operator, *listing.row_filter.other_excluded} == {
        "≥",
        "≤",
    }
