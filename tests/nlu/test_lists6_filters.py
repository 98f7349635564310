"""Session 6 filters: rows asked for by a word of their names, said many ways."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import engine_for


def _rows(form: str, question: str) -> set[str]:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    return {ind.name for group in answer.groups for ind in group.indicators}


@pytest.mark.parametrize(
    "question",
    [
        "道路桥梁养护名称里带养护两个字的",
        "道桥养护里名字中包含养护的指标",
        "道路桥梁养护 名称里面有“养护”的有哪些",
        "养护项目带养护俩字的指标",
    ],
    ids=["two-characters", "contains", "inside", "pair"],
)
def test_rows_asked_by_a_word_of_their_names(question: str) -> None:
    assert _rows("old_template", question) == {
        "道路养护长度",
        "养护合格率",
        "养护完成时间",
        "养护成本",
    }


@pytest.mark.parametrize(
    "question",
    [
        "国交跟暑期实习沾边的指标有哪几个",
        "国交和实习挂钩的指标有哪些",
        "国交跟暑期实习有关联的指标有哪些",
    ],
    ids=["touching", "hooked", "linked"],
)
def test_words_saying_related_to_only_point_at_the_topic(question: str) -> None:
    rows = _rows("builtin", question)
    assert len(rows) == 4 and all("实习" in name for name in rows), rows


@pytest.mark.parametrize(
    "question",
    ["场馆改造 有几个指标是用%的", "数字化改造里用百分比的指标有几个", "场馆改造 哪些指标是按%的"],
    ids=["sign", "word", "by"],
)
def test_rows_counted_in_percent(question: str) -> None:
    assert _rows("multi_year", question) == {"观众满意度"}


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("builtin", "系统自带的项目里目标值为0的指标", {"活动安全事故发生数"}),
        ("builtin", "内置两个项目里哪个指标目标值是零", {"活动安全事故发生数"}),
        (
            "builtin",
            "企服 指标值正好是120的有哪些",
            {"为企业新增引入合作的院士专家数量", "采集新增工作站及院士专家基本信息数量"},
        ),
        ("other", "目标写的≥90%的有哪些", {"市民满意度"}),
    ],
    ids=["built-in-words", "zero-in-words", "exactly", "written-operator"],
)
def test_rows_by_their_target_value(form: str, question: str, rows: set[str]) -> None:
    assert _rows(form, question) == rows


@pytest.mark.parametrize(
    "question",
    ["道桥养护 目标写的是改善的", "养护项目里目标是改善的指标", "道路桥梁养护 目标为改善的"],
    ids=["written", "with-rows-word", "is"],
)
def test_a_question_ending_on_de_names_rows_by_their_target_text(question: str) -> None:
    assert _rows("old_template", question) == {"道路通行条件"}


def test_either_of_two_target_texts() -> None:
    rows = _rows("variations", "城市科普设施运维里 目标是提升或有效提升的")
    assert rows == {"市民科普体验", "科普服务能力"}


@pytest.mark.parametrize(
    ("question", "count"),
    [("三张表里所有满意度指标", 4), ("所有的质量指标", 2), ("全部的时效指标", 3)],
    ids=["all-satisfaction", "all-quality", "every-deadline"],
)
def test_all_rows_of_a_heading(question: str, count: int) -> None:
    answer = engine_for("other").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    assert sum(len(group.indicators) for group in answer.groups) == count


@pytest.mark.parametrize(
    "question",
    ["城市科普设施运维里目标是百分比的指标", "设施运维 目标值是百分比的有哪些"],
    ids=["target", "target-value"],
)
def test_a_target_said_to_be_a_unit_filters_by_unit(question: str) -> None:
    assert _rows("variations", question) == {"设施完好率", "市民满意度"}
