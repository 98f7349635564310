"""Session 9, round 2: a project's word opening a question that asks rows by a word of
their names names the project (运维名字里带“设施”的: 设施 rows of 运维, not 运维设施 rows)."""

from __future__ import annotations

import pytest

from nlu.answers import NotInForm
from tests.nlu.question_sets import engine_for, rows_listed

UPKEEP_FACILITY = {
    "设施运维成本控制数",
    "第 8 届科普设施开放日活动场次",
    "设施完好率",
    "设施修复及时性",
    "设施能耗",
    "设施环境评价",
}
UPKEEP_WORD = {"设施运维成本控制数", "运维风险", "运维制度"}
ENTERPRISE_ACADEMICIAN = {
    "培育新申报院士(专家)工作站(服务中心)数量",
    "为企业新增引入合作的院士专家数量",
    "采集新增工作站及院士专家基本信息数量",
}


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("other", "运维指标名里有设施的是哪些", UPKEEP_FACILITY),
        ("other", "运维带设施字样的指标", UPKEEP_FACILITY),
        ("other", "运维名称里有设施的有几条", UPKEEP_FACILITY),
        ("other", "运维 名字带“设施”的列一下", UPKEEP_FACILITY),
        ("other", "运维字样的指标有哪些", UPKEEP_WORD),
        ("builtin", "企服指标名里有院士的是哪些", ENTERPRISE_ACADEMICIAN),
        ("builtin", "企服 名字里含“院士”的指标几个", ENTERPRISE_ACADEMICIAN),
        ("builtin", "企服名含院士的", ENTERPRISE_ACADEMICIAN),
    ],
    ids=["name-has", "word-mark", "count", "quoted", "word-itself", "ent", "ent-count", "terse"],
)
def test_a_project_word_before_a_name_ask_names_the_project(
    form: str, question: str, rows: set[str]
) -> None:
    assert rows_listed(form, question) == rows


@pytest.mark.parametrize(
    "question",
    [
        "企服 满意度 绩效标准",
        "国交 论文数量 评价标准",
        "国交 满意度 辩论队人数 考核标准",
        "企服 院士专家数量 绩效标准",
    ],
    ids=["terse", "paper", "two-rows", "experts"],
)
def test_a_column_the_form_lacks_is_refused_in_terse_parts(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, NotInForm), answer


def test_the_column_of_an_old_form_is_still_answered() -> None:
    answer = engine_for("old_template").interpret("养护 合格率 绩效标准").answer
    assert not isinstance(answer, NotInForm), answer
