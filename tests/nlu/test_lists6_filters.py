"""Session 6 filters: rows asked for by a word of their names, said many ways."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import answer_of, engine_for, rows_listed, service_for
from tests.nlu.test_question_set import normalise


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
    assert rows_listed("old_template", question) == {
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
    rows = rows_listed("builtin", question)
    assert len(rows) == 4 and all("实习" in name for name in rows), rows


@pytest.mark.parametrize(
    "question",
    ["场馆改造 有几个指标是用%的", "数字化改造里用百分比的指标有几个", "场馆改造 哪些指标是按%的"],
    ids=["sign", "word", "by"],
)
def test_rows_counted_in_percent(question: str) -> None:
    assert rows_listed("multi_year", question) == {"观众满意度"}


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
    assert rows_listed(form, question) == rows


@pytest.mark.parametrize(
    "question",
    ["道桥养护 目标写的是改善的", "养护项目里目标是改善的指标", "道路桥梁养护 目标为改善的"],
    ids=["written", "with-rows-word", "is"],
)
def test_a_question_ending_on_de_names_rows_by_their_target_text(question: str) -> None:
    assert rows_listed("old_template", question) == {"道路通行条件"}


def test_either_of_two_target_texts() -> None:
    rows = rows_listed("variations", "城市科普设施运维里 目标是提升或有效提升的")
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
    assert rows_listed("variations", question) == {"设施完好率", "市民满意度"}


@pytest.mark.parametrize(
    "question",
    [
        "国交里目标在10到100之间的",
        "国交指标值介于10和100之间的有哪些",
        "国交 目标10至100范围内的指标",
    ],
    ids=["between", "lies-between", "range"],
)
def test_rows_whose_target_lies_in_a_range(question: str) -> None:
    rows = rows_listed("builtin", question)
    assert {"合作单位数量", "活动参与人数", "活动安全事故发生数"}.isdisjoint(rows), rows
    assert "海峡两岸大学生辩论赛" not in "".join(rows), rows
    assert {"国际科技人文交流合作成本控制数", "参与人员与合作单位满意度"} <= rows, rows


def test_a_range_in_percent_keeps_rates_only() -> None:
    rows = rows_listed("builtin", "目标在80%到95%之间的指标")
    assert rows == {"参与企业、专家的满意度", "参与人员与合作单位满意度"}


@pytest.mark.parametrize(
    "question",
    [
        "运维项目哪些指标没有写具体数字",
        "设施运维里没写数字的指标",
        "运维项目 目标没给数字的有哪些",
    ],
    ids=["no-figure-written", "not-written", "not-given"],
)
def test_rows_written_without_a_figure(question: str) -> None:
    rows = rows_listed("variations", question)
    assert {"市民科普体验", "设施能耗", "设施环境评价"} <= rows, rows
    assert "巡检车辆数" not in rows, rows


def _answer(form: str, question: str) -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("builtin", "有截止日期要求的指标有几个", ["活动完成及时性(2026年12月底前)"]),
        ("builtin", "国交里以家计的指标有几个", ["合作单位数量(≥3家)"]),
        ("old_template", "养护项目用行业标准的指标有几个", ["养护合格率(≥95%(行业标准))"]),
    ],
    ids=["deadline", "unit", "standard"],
)
def test_a_count_of_rows_meeting_a_condition_names_their_targets(
    form: str, question: str, want: list[str]
) -> None:
    answer = _answer(form, question)
    assert all(part in answer for part in want), answer


def test_a_count_of_a_headings_rows_names_them_only() -> None:
    answer = _answer("builtin", "企服有几个质量指标")
    assert "基本信息采集准确性;" in answer and "=100%" not in answer, answer


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        (
            "国交除了数量指标还有哪些产出指标",
            {"活动、论坛质量达标率", "活动安全事故发生数", "活动完成及时性"},
        ),
        (
            "国交除了满意度指标以外的效益指标",
            {"科普活动影响力提升情况", "海峡两岸交流促进情况", "长效管理机制健全性"},
        ),
        (
            "企服产出指标里不是数量指标的有哪些",
            {"基本信息采集准确性", "建设指引验收合格率", "活动完成及时性"},
        ),
    ],
    ids=["besides-counts", "besides-satisfaction", "not-counts"],
)
def test_a_heading_left_out_of_another(question: str, rows: set[str]) -> None:
    assert rows_listed("builtin", question) == rows


@pytest.mark.parametrize(
    "question",
    ["运维里没有用≥的数量指标", "运维里哪些数量指标没写≥", "运维那边的数量指标里不带≥的"],
    ids=["in", "which", "over-there"],
)
def test_a_piece_of_a_project_name_placing_rows_picks_no_rows_by_name(question: str) -> None:
    assert rows_listed("variations", question) == {"维护步道长度", "巡检车辆数"}


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("运维里哪些指标是按米计的", {"维护步道长度"}),
        ("养护里有几个数量指标", {"道路养护长度", "桥梁检测数量"}),
        ("改造那边哪些指标用%", {"观众满意度"}),
    ],
    ids=["upkeep-metres", "roads-counts", "museum-percent"],
)
def test_a_piece_of_one_projects_name_before_li_scopes_the_listing(
    question: str, rows: set[str]
) -> None:
    assert rows_listed("other", question) == rows


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("builtin", "国交数量指标里目标最高的是哪个", {"活动参与人数"}),
        ("builtin", "国交数量指标里目标最小的那个是什么", {"海峡两岸科普论坛上海代表参会人数"}),
        ("variations", "运维项目以%计的指标里目标值最低的", {"设施完好率"}),
    ],
    ids=["highest", "smallest", "lowest-rate"],
)
def test_the_row_at_one_end_of_the_rows_listed(form: str, question: str, rows: set[str]) -> None:
    names = {name.replace(" ", "") for name in rows_listed(form, question)}
    assert names == {name.replace(" ", "") for name in rows}
