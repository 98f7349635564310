"""Session 9 filters: a symbol read aloud after 目标是, rows with no operator, a heading's
stem with a word asking rows, kind words in parts, a project's word before 指标."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import listing_of, rows_listed

UPKEEP_WITHOUT_OPERATOR = {"维护步道长度", "巡检车辆数"}
ROAD_WITHOUT_OPERATOR = {"道路养护长度", "桥梁检测数量", "养护完成时间", "道路通行条件"}
AT_LEAST_85_PERCENT = {"设施完好率", "观众满意度", "市民满意度"}
EXCHANGE_AT_LEAST_3 = {
    "合作单位数量",
    "2026 年港澳台大学生暑期实习（上海）活动中组织启动仪式、结业仪式、研学参访交流活动数量",
}
EXCHANGE_SOCIAL = {"科普活动影响力提升情况", "海峡两岸交流促进情况"}


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("builtin", "国交项目指标值是大于等于3的是哪几个", EXCHANGE_AT_LEAST_3),
        ("builtin", "国交哪些目标写的是大于等于3", EXCHANGE_AT_LEAST_3),
        ("other", "三张表里那个目标是大于等于85%的指标有哪些", AT_LEAST_85_PERCENT),
        ("other", "目标值为大于等于85%的有哪几个", AT_LEAST_85_PERCENT),
        ("builtin", "企服指标值是小于等于130万元的", {"企业科技创新服务成本控制数"}),
    ],
    ids=["is", "written", "three-forms", "wei", "at-most"],
)
def test_a_symbol_read_aloud_after_target_is_names_the_target_as_written(
    form: str, question: str, rows: set[str]
) -> None:
    # ≥300人 is ≥ 3 as a bound, but its target is not written "≥3".
    assert rows_listed(form, question) == rows


def test_a_symbol_read_aloud_without_is_still_bounds_the_values() -> None:
    rows = rows_listed("builtin", "国交目标大于等于50的指标有哪些")
    assert "活动参与人数" in rows
    assert "合作单位数量" not in rows


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("other", "运维项目里没写运算符的数字类指标是哪几个", UPKEEP_WITHOUT_OPERATOR),
        ("other", "运维定量指标里不带运算符的有几个", UPKEEP_WITHOUT_OPERATOR),
        ("other", "养护哪些指标没有带比较符号", ROAD_WITHOUT_OPERATOR),
        ("other", "运维里不带比较符的定量指标", UPKEEP_WITHOUT_OPERATOR),
    ],
    ids=["no-operator", "kind-first", "no-symbol", "place-first"],
)
def test_rows_said_to_lack_any_operator_are_those_written_bare(
    form: str, question: str, rows: set[str]
) -> None:
    assert rows_listed(form, question) == rows


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("builtin", "国交社会效益方面的目标值有哪几条", EXCHANGE_SOCIAL),
        ("builtin", "国交社会效益这块有哪几条", EXCHANGE_SOCIAL),
        ("builtin", "企服质量那块列一下", {"基本信息采集准确性", "建设指引验收合格率"}),
        ("variations", "运维项目可持续影响那块有哪几条", {"运维制度", "长效管理机制健全性"}),
        ("builtin", "国交质量类的目标都有哪些", {"活动、论坛质量达标率", "活动安全事故发生数"}),
    ],
    ids=["aspect-targets", "this-block", "list-block", "variation", "kind-targets"],
)
def test_a_heading_stem_with_a_word_asking_rows_lists_its_rows(
    form: str, question: str, rows: set[str]
) -> None:
    assert rows_listed(form, question) == rows


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("运维项目哪些指标有时间期限", {"设施修复及时性"}),
        ("运维项目里哪些指标有时间限制", {"设施修复及时性"}),
        ("数字化改造有完成期限的指标吗", {"二期改造完成时间"}),
        ("数字化改造那张表里目标带大于等于的指标", {"改造展区数量", "线上参观人次", "观众满意度"}),
    ],
    ids=["time-limit", "time-restriction", "finish-limit", "holds-operator"],
)
def test_words_of_a_condition_pick_no_rows_by_name(question: str, rows: set[str]) -> None:
    assert rows_listed("other", question) == rows


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("养护指标里单位是%的", {"养护合格率", "市民满意度"}),
        ("养护定性指标有哪些", {"道路通行条件"}),
        ("运维指标中哪些是按米算的", {"维护步道长度"}),
    ],
    ids=["unit", "kind", "metres"],
)
def test_a_project_word_before_its_rows_places_them(question: str, rows: set[str]) -> None:
    listing = listing_of("other", question)
    assert {ind.name for group in listing.groups for ind in group.indicators} == rows
    assert len(listing.groups) == 1


EXCHANGE_EDITIONS = {
    "第 34 届海峡两岸都市交通学术研讨会相关活动场次",
    "第 34 届海峡两岸都市交通学术研讨会上海征集论文数量",
    "参加第 25 届海峡两岸大学生辩论赛上海高校辩论队人数",
}


@pytest.mark.parametrize(
    "question",
    ["国交指标名里带第几届的有哪些", "国交名字里带第几届的指标有哪些", "哪些指标名称里有第几届"],
    ids=["name-of", "name-holds", "which-first"],
)
def test_names_said_to_hold_an_ordinal_are_those_with_one(question: str) -> None:
    assert rows_listed("builtin", question) == EXCHANGE_EDITIONS


UPKEEP_QUALITATIVE_COUNT = 11


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("运维按辆计的", {"巡检车辆数"}),
        ("养护 不是计划标准的", {"养护合格率", "道路通行条件"}),
        ("运维项目定性指标有哪些", None),
        ("运维定性指标", None),
    ],
    ids=["unit", "spaced-standard", "project-word", "bare"],
)
def test_a_project_word_opening_a_question_before_its_conditions_names_the_project(
    question: str, rows: set[str] | None
) -> None:
    listing = listing_of("other", question)
    found = {ind.name for group in listing.groups for ind in group.indicators}
    assert len(listing.groups) == 1
    assert not listing.row_filter.words
    if rows is None:
        assert len(found) == UPKEEP_QUALITATIVE_COUNT
    else:
        assert found == rows


def test_a_project_word_said_as_a_topic_still_names_rows() -> None:
    rows = rows_listed("other", "运维相关的指标有哪些")
    assert rows == {"设施运维成本控制数", "运维风险", "运维制度"}
