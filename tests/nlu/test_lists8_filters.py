"""Session 8 filters: a project's short word places the rows, operators named side by side."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, IndicatorList
from tests.nlu.question_sets import engine_for, listing_of, rows_listed

UPKEEP_WITHOUT_BOUNDS = {"维护步道长度", "巡检车辆数"}  # the 定量 rows of 运维 written without ≥/≤
UPKEEP_SATISFACTION = {"设施环境评价", "市民满意度"}


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
    listing = listing_of(form, question)
    assert {ind.name for group in listing.groups for ind in group.indicators} == rows
    assert not listing.row_filter.words


@pytest.mark.parametrize(
    "question",
    ["有没有关于养护的指标", "哪些指标包含养护的内容"],
    ids=["about", "holding"],
)
def test_a_project_word_said_as_a_topic_still_picks_rows_by_name(question: str) -> None:
    assert rows_listed("other", question) == {
        "道路养护长度",
        "养护合格率",
        "养护完成时间",
        "养护成本",
    }


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
    listing = listing_of("other", question)
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
    assert rows_listed("builtin", question) == rows


def test_an_ordinal_no_row_writes_gets_no_listing() -> None:
    answer = engine_for("builtin").interpret("跟第35届研讨会有关的指标有哪些").answer
    assert not isinstance(answer, IndicatorList), answer


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("那个 300人那个 国交的 是哪个指标来着", {"活动参与人数"}),
        ("300人是啥指标", {"活动参与人数"}),
        ("哪些指标是300人", {"活动参与人数"}),
        ("写着≥10家的是什么指标", {SOCIETIES}),
        ("130万元是哪个指标", {"企业科技创新服务成本控制数"}),
    ],
    ids=["noise", "bare", "which-rows", "written", "money"],
)
def test_a_figure_said_with_its_unit_picks_the_row_stating_it(
    question: str, rows: set[str]
) -> None:
    assert rows_listed("builtin", question) == rows


def test_a_figure_recalling_the_one_row_stating_it_names_that_row() -> None:
    # 10家的 stands where a row is named: the one row of ≥10家 is answered as itself.
    answer = engine_for("builtin").interpret("10家的是哪个指标").answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert [row.name for row in answer.indicators] == [SOCIETIES]


def test_a_figure_in_a_unit_no_row_states_lists_nothing() -> None:
    # 300个: 活动参与人数 states 300人; another unit is another figure.
    assert rows_listed("builtin", "哪个指标是300个") == set()


def test_things_counted_are_no_figure_of_a_row() -> None:
    rows = rows_listed("builtin", "哪些指标是两个项目都有的")
    assert rows == {"活动完成及时性", "长效管理机制健全性"}


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("改造项目中人次为单位的指标", {"线上参观人次"}),
        ("运维中米为单位的指标有哪些", {"维护步道长度"}),
        ("哪些指标是人次作为单位的", {"线上参观人次"}),
    ],
    ids=["project-in", "project-in-metres", "as-unit"],
)
def test_a_unit_said_before_wei_danwei_picks_its_rows(question: str, rows: set[str]) -> None:
    assert rows_listed("other", question) == rows


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("成本控制数不超过200万的有哪些指标", {"改造成本控制数"}),
        ("哪些成本指标不超过2000000元", {"改造成本控制数"}),
        ("哪些指标超过100万元", {"设施运维成本控制数", "改造成本控制数", "养护成本"}),
        ("哪些指标要求不超过250万", {"设施运维成本控制数", "改造成本控制数", "养护成本"}),
    ],
    ids=["wan", "yuan", "above", "counts-no-metres"],
)
def test_a_bound_in_money_compares_amounts_only(question: str, rows: set[str]) -> None:
    assert rows_listed("other", question) == rows


@pytest.mark.parametrize(
    "question",
    [
        "运维项目哪些指标的目标没带≥、≤符号，只写了个数",
        "运维里没带≥≤符号的定量指标",
        "运维项目哪些指标没写≥或≤号，只写数字",
    ],
    ids=["only-a-count", "symbols", "only-digits"],
)
def test_the_words_for_the_operators_lacking_pick_no_rows_by_name(question: str) -> None:
    assert rows_listed("variations", question) == UPKEEP_WITHOUT_BOUNDS


@pytest.mark.parametrize(
    "question",
    [
        "养护项目哪些指标不是按计划标准的",
        "养护里没按计划标准评价的指标",
        "养护项目不用计划标准的指标有哪些",
    ],
    ids=["not-by", "did-not-follow", "not-using"],
)
def test_a_standard_said_after_not_by_is_left_out(question: str) -> None:
    assert rows_listed("old_template", question) == {"养护合格率", "道路通行条件"}


def test_a_row_left_out_after_it_is_named_picks_no_rows() -> None:
    rows = rows_listed("builtin", "国交项目定性的指标有几个分别是啥 时间那条不算")
    assert rows == {"科普活动影响力提升情况", "海峡两岸交流促进情况", "长效管理机制健全性"}


@pytest.mark.parametrize(
    "question",
    ["三张表里时效指标各是啥", "三张表里时效指标都是什么"],
    ids=["each-what", "all-what"],
)
def test_a_heading_asked_what_each_is_lists_its_rows(question: str) -> None:
    assert rows_listed("other", question) == {"设施修复及时性", "二期改造完成时间", "养护完成时间"}


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("运维项目指标值里带提升两个字的有哪些", {"市民科普体验", "科普服务能力"}),
        ("运维项目目标里有健全的指标", {"运维制度", "长效管理机制健全性"}),
    ],
    ids=["holds-two-chars", "has"],
)
def test_a_word_the_targets_hold_picks_rows_by_target(question: str, rows: set[str]) -> None:
    assert rows_listed("variations", question) == rows
