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


SOCIETIES = "2026 年港澳台大学生暑期实习（上海）活动推荐实习单位和岗位的科技社团数量"
SYMPOSIUM_ROWS = {
    "第 34 届海峡两岸都市交通学术研讨会相关活动场次",
    "第 34 届海峡两岸都市交通学术研讨会上海征集论文数量",
}


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("国交跟第34届研讨会有关的指标有哪些", SYMPOSIUM_ROWS),
        ("第34届研讨会相关的指标有哪些", SYMPOSIUM_ROWS),
        ("国交第 34 届研讨会有关的指标有哪些", SYMPOSIUM_ROWS),
        ("跟第25届辩论赛有关的指标", {"参加第 25 届海峡两岸大学生辩论赛上海高校辩论队人数"}),
    ],
    ids=["with-project", "bare", "spaced", "other-row"],
)
def test_an_ordinal_the_listed_rows_write_is_explained(question: str, rows: set[str]) -> None:
    assert _rows("builtin", question) == rows


def test_an_ordinal_no_row_writes_gets_no_listing() -> None:
    answer = engine_for("builtin").interpret("跟第35届研讨会有关的指标有哪些").answer
    assert not isinstance(answer, IndicatorList), answer


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("那个 300人那个 国交的 是哪个指标来着", {"活动参与人数"}),
        ("300人是啥指标", {"活动参与人数"}),
        ("哪些指标是300人", {"活动参与人数"}),
        ("10家的是哪个指标", {SOCIETIES}),
        ("写着≥10家的是什么指标", {SOCIETIES}),
        ("130万元是哪个指标", {"企业科技创新服务成本控制数"}),
    ],
    ids=["noise", "bare", "which-rows", "unit-picks", "written", "money"],
)
def test_a_figure_said_with_its_unit_picks_the_row_stating_it(
    question: str, rows: set[str]
) -> None:
    assert _rows("builtin", question) == rows


def test_a_figure_in_a_unit_no_row_states_lists_nothing() -> None:
    # 300个: 活动参与人数 states 300人; another unit is another figure.
    assert _rows("builtin", "哪个指标是300个") == set()


def test_things_counted_are_no_figure_of_a_row() -> None:
    rows = _rows("builtin", "哪些指标是两个项目都有的")
    assert rows == {"活动完成及时性", "长效管理机制健全性"}
