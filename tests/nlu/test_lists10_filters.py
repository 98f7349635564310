"""Session 10 filters: a clause of its own leaving words or a heading out."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer
from tests.nlu.question_sets import engine_for, rows_listed

SERVICE_IN_TIMES = {
    "组织开展相关展览展示、论坛、沙龙、路演等系列活动数量",
    "开展工作站建设推进、材料审核、实地调研和绩效管理活动数量",
    "走访对接区科协和企业科协数量",
}


@pytest.mark.parametrize(
    "question",
    [
        "企服单位是“次”的指标列一下（人次不算）",
        "列企服以次计的(人次不算)",
        "科创服务里按次算的指标有哪些(人次除外)",
        "企服里计量单位是次的都列出来（人次不计）",
    ],
    ids=["brackets", "terse", "except", "not-counted"],
)
def test_a_clause_leaving_a_word_out_picks_no_rows_by_it(question: str) -> None:
    assert rows_listed("builtin", question) == SERVICE_IN_TIMES


@pytest.mark.parametrize(
    "question",
    [
        "国交有哪些指标 数量指标除外",
        "国交里哪些是≥的，数量指标不算",
        "国交的指标列一下（数量指标不算）",
    ],
    ids=["except", "operator", "brackets"],
)
def test_a_heading_said_not_to_count_is_left_out(question: str) -> None:
    rows = rows_listed("builtin", question)
    assert rows
    assert "活动参与人数" not in rows
    assert "参与人员与合作单位满意度" in rows


EXCHANGE_SOCIAL = {"科普活动影响力提升情况", "海峡两岸交流促进情况"}


@pytest.mark.parametrize(
    "question",
    [
        "国交的效益指标里，二级属于社会效益的有几项？分别是",
        "国交效益类里面，社会效益那块有几条",
        "国交二级是社会效益的几项",
        "国交社会效益的有几项",
        "国交 二级社会效益 几个",
        "国交效益指标当中 社会效益一共几条",
    ],
    ids=["scope-part", "kind-scope", "tier-is", "you", "terse", "voice"],
)
def test_a_second_tier_heading_said_under_its_first_tier_lists_its_rows(question: str) -> None:
    assert rows_listed("builtin", question) == EXCHANGE_SOCIAL


def test_a_first_tier_part_sets_where_the_sub_heading_after_it_looks() -> None:
    rows = rows_listed("builtin", "国交的产出指标中，质量指标有哪些")
    assert rows == {"活动、论坛质量达标率", "活动安全事故发生数"}


UPKEEP_SATISFACTION = {"设施环境评价", "市民满意度"}


@pytest.mark.parametrize(
    "question",
    [
        "运维项目的满意度类指标",
        "运维的满意度指标",
        "运维满意度类的",
        "运维项目满意度那块的指标有几个",
        "城市科普设施运维满意度方面的指标",
    ],
    ids=["kind", "heading", "terse", "count", "full-name"],
)
def test_a_heading_over_two_rows_lists_both_not_the_row_sharing_its_stem(question: str) -> None:
    assert rows_listed("variations", question) == UPKEEP_SATISFACTION


def test_a_row_named_in_full_beside_the_heading_word_is_that_row() -> None:
    answer = engine_for("variations").interpret("运维市民满意度指标是多少").answer
    assert isinstance(answer, IndicatorAnswer)
    assert [row.name for row in answer.indicators] == ["市民满意度"]


EXCHANGE_AT_LEAST_UNDER_10 = {
    "合作单位数量",
    "2026 年港澳台大学生暑期实习（上海）活动中组织启动仪式、结业仪式、研学参访交流活动数量",
    "第 34 届海峡两岸都市交通学术研讨会相关活动场次",
    "参加第 25 届海峡两岸大学生辩论赛上海高校辩论队人数",
    "海峡两岸科普论坛上海代表参会人数",
}


@pytest.mark.parametrize(
    "question",
    [
        "国交里写着≥而且数字不到10的指标",
        "国交≥且小于10的指标",
        "国交里用≥的、数值低于10的有哪些",
        "国交目标写≥的 然后数低于10的 列一下",
    ],
    ids=["written-then", "terse", "comma", "voice"],
)
def test_a_written_operator_and_a_bound_said_after_it_both_hold(question: str) -> None:
    assert rows_listed("builtin", question) == EXCHANGE_AT_LEAST_UNDER_10


def test_a_bound_said_after_a_written_operator_bounds_the_values() -> None:
    rows = rows_listed("builtin", "国交写着≥而且目标超过100的指标")
    assert rows == {"活动参与人数"}


RENOVATION_AT_LEAST = {"改造展区数量", "线上参观人次", "观众满意度"}


@pytest.mark.parametrize(
    "question",
    [
        "数改写≥的几项",
        "数改≥的几个",
        "数改 写大于等于的 几条",
        "数字化改造项目不低于某个数的多少项",
    ],
    ids=["written", "ge", "read-aloud", "at-least"],
)
def test_a_condition_then_a_count_of_items_asks_the_rows(question: str) -> None:
    assert rows_listed("multi_year", question) == RENOVATION_AT_LEAST
