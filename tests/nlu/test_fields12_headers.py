"""Header fields asked loosely: who runs a project, when it ends, its span, its long-run goal,
where its money comes from (session 12, fields)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask

IMPLEMENTER_ROAD = "某区道路管理所"
IMPLEMENTER_BUILTIN = "上海市科普教育展示技术中心"


@pytest.mark.parametrize(
    ("question", "form", "expected"),
    [
        ("养护项目的执行方是哪家", "old_template", IMPLEMENTER_ROAD),
        ("道路桥梁养护是谁在干", "old_template", IMPLEMENTER_ROAD),
        ("养护这个活儿具体是哪个单位在办", "old_template", IMPLEMENTER_ROAD),
        ("企服的活动由哪个单位来执行的", "builtin", IMPLEMENTER_BUILTIN),
        ("国交那些工作是哪家单位在做", "builtin", IMPLEMENTER_BUILTIN),
        ("数字化改造谁来做", "multi_year", "上海市科普场馆中心"),
    ],
    ids=["executor", "who-doing", "which-unit-running", "activities", "work", "who-does"],
)
def test_who_runs_a_project_answers_its_implementer(
    question: str, form: str, expected: str
) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert "主管部门" not in answer


def test_a_piece_of_work_named_keeps_the_goal_sentence_of_its_doers() -> None:
    answer = ask("企服的法律咨询主要靠谁来做", "builtin")
    assert "律师团" in answer
    assert "实施单位" not in answer


@pytest.mark.parametrize(
    "question",
    ["养护项目的预算主管部门是哪个", "道路桥梁养护的归口单位", "养护项目的主管方"],
    ids=["budget-department", "attached-to", "party"],
)
def test_department_said_with_money_word_answers_department(question: str) -> None:
    answer = ask(question, "old_template")
    assert "某区建设和管理委员会" in answer
    assert "250" not in answer


@pytest.mark.parametrize(
    ("question", "form", "expected"),
    [
        ("路桥项目要做到什么时候", "other", "2024年1月"),
        ("养护项目持续到几月", "old_template", "2024年1月"),
        ("道路桥梁养护最晚哪天结项", "old_template", "2024年1月"),
        ("国交最迟什么时间要全部做好", "builtin", "2026年12月"),
        ("改造项目一直到哪年", "multi_year", "2026"),
    ],
    ids=["do-until", "goes-on-until", "latest-closed", "latest-all-done", "until-year"],
)
def test_every_way_to_ask_when_a_project_ends(question: str, form: str, expected: str) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert "开始日期" not in answer


@pytest.mark.parametrize(
    ("question", "form", "expected"),
    [
        ("养护项目的时间段是怎样的", "old_template", ("2023年7月", "2024年1月")),
        ("道路桥梁养护工期从几时到几时", "old_template", ("2023年7月", "2024年1月")),
        ("数字化改造的时间范围", "multi_year", ("2024年1月1日", "2026年12月31日")),
    ],
    ids=["span", "works-period", "range"],
)
def test_a_span_asked_answers_start_and_end(
    question: str, form: str, expected: tuple[str, ...]
) -> None:
    answer = ask(question, form)
    assert all(day in answer for day in expected)


def test_span_asked_beside_a_deadline_row_answers_the_span() -> None:
    answer = ask("路桥项目什么时间段干", "other")
    assert "2023年7月" in answer and "2024年1月" in answer


@pytest.mark.parametrize(
    "question",
    ["设施坏了多久要修好", "企服的“要干到什么时候”那个时间要求"],
    ids=["repair", "time-requirement"],
)
def test_a_deadline_row_said_keeps_the_row(question: str) -> None:
    form = "variations" if "设施" in question else "builtin"
    answer = ask(question, form)
    assert "12月底前" in answer
    assert "计划完成日期" not in answer and "计划实施期间" not in answer


@pytest.mark.parametrize(
    "question",
    ["数字化改造长远来看要建成啥样", "场馆改造的远期目标", "改造项目长期要达到什么样子"],
    ids=["long-run", "far-goal", "long-term"],
)
def test_the_long_run_asks_the_goal_of_the_whole_span(question: str) -> None:
    answer = ask(question, "multi_year")
    assert "线上展馆" in answer


@pytest.mark.parametrize(
    "question",
    ["运维的钱打哪儿来", "运维项目经费是从哪里来的", "运维资金怎么筹措的"],
    ids=["from-where", "from-where-full", "raised"],
)
def test_where_money_comes_from_lists_its_parts(question: str) -> None:
    answer = ask(question, "variations")
    assert "200万" in answer and "50万" in answer and "250万" in answer
