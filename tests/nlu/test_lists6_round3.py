"""Session 6, round 3: either of two operators, and more."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(form: str, question: str) -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    "question",
    [
        "养护项目里用≤或≥设定的指标有哪些",
        "道路桥梁养护哪些指标是“≥”或“≤”的",
        "养护那个表里写了≥和≤的指标列一下",
        "养护项目哪些指标带着≥还是≤",
    ],
    ids=["or", "quoted", "and", "either"],
)
def test_two_operators_joined_select_rows_with_either(question: str) -> None:
    answer = _answer("old_template", question)
    for row in ("养护合格率", "养护成本", "市民满意度"):
        assert row in answer, answer
    assert "共3项" in answer, answer
    assert "道路养护长度" not in answer, answer


def test_one_operator_still_selects_its_rows_only() -> None:
    answer = _answer("old_template", "养护项目哪些指标带≥")
    assert "共2项" in answer and "养护成本" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "运维项目当中名称里有设施的指标有哪些",
        "运维表里名称含“设施”的指标有哪些",
        "运维里名字带设施的指标列一下",
        "运维那张表里名字带“设施”的指标列出来",
    ],
    ids=["project", "table", "in", "that-table"],
)
def test_a_project_piece_before_a_place_scopes_and_names_no_rows(question: str) -> None:
    answer = _answer("variations", question)
    assert "共6项" in answer, answer
    assert "名称含“运维”" not in answer, answer
    for row in ("设施完好率", "设施能耗", "设施环境评价"):
        assert row in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "这几个项目里有没有关于安全事故的指标",
        "这几个项目里有没有跟安全事故有关的指标",
        "这些项目中有没有涉及安全事故的指标",
        "那几个项目里有安全事故方面的指标吗",
    ],
    ids=["about", "related", "these", "those"],
)
def test_rows_asked_of_the_projects_at_hand_are_looked_for_by_name(question: str) -> None:
    answer = _answer("other", question)
    assert "0项" in answer or "没有" in answer, answer
    assert "目前共有3个项目" not in answer, answer


def test_rows_asked_of_the_projects_at_hand_are_listed_when_found() -> None:
    answer = _answer("other", "这几个项目有没有关于设施的指标")
    assert "共6项" in answer and "设施完好率" in answer, answer


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("企服时效怎么要求", "活动完成及时性"),
        ("企服的时效怎么定的", "活动完成及时性"),
        ("企服质量上有什么要求", "建设指引验收合格率"),
        ("企服预算多少、时效怎么要求", "活动完成及时性"),
    ],
    ids=["how", "set", "quality", "in-a-multi"],
)
def test_a_level_stem_with_a_requirement_ask_lists_its_rows(question: str, row: str) -> None:
    answer = _answer("builtin", question)
    assert row in answer, answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("路灯维修数量的目标是几盏", "路灯"),
        ("井盖更换的目标值是多少", "井盖"),
        ("绿化覆盖率的目标是多少", "绿化"),
        ("路灯维修数量目标多少", "路灯"),
    ],
    ids=["how-many", "target-value", "rate", "bare"],
)
def test_a_target_asked_of_a_row_the_form_lacks_names_it_missing(question: str, item: str) -> None:
    answer = _answer("old_template", question)
    assert "没有找到" in answer and item in answer, answer


def test_small_talk_stays_out_of_scope() -> None:
    assert "超出了我能回答的范围" in _answer("old_template", "今天天气怎么样")


@pytest.mark.parametrize(
    ("question", "standard"),
    [
        ("养护合格率多少，评价标准是什么", "行业标准"),
        ("道路养护长度多少米，考核标准是啥", "计划标准"),
        ("养护成本上限多少，绩效标准呢", "计划标准"),
        ("道路养护长度是多少，它的绩效标准是什么", "计划标准"),
    ],
    ids=["evaluation", "assessment", "bare", "its"],
)
def test_a_later_part_asking_only_the_column_means_the_row_just_answered(
    question: str, standard: str
) -> None:
    answer = _answer("old_template", question)
    assert f"绩效标准:{standard}" in answer, answer
    assert "共7项" not in answer and "历史标准" not in answer, answer
