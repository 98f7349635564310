"""Session 17, projects: the form's owner said as a party (人家国交的钱, 你们企服), a project
asked by the body said after it (哪个项目是区里建管委报的), header fields said with where
they are written (表头里项目类别填的啥) and the year's work said as the work (这一年的活儿)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "form", "expected", "none"),
    [
        ("人家国交的预算多少", "builtin", "40万", "130万"),
        ("他们企服的满意度要到多少", "builtin", "90%", "40万"),
        ("对方国交活动参与人数定的多少", "builtin", "300人", "130万"),
        ("人家运维那个项目一年给了多少钱", "other", "250万", "120万"),
        ("你们养护的资金总额", "other", "250万", "360万"),
    ],
    ids=["theirs", "they", "other-side", "described", "yours"],
)
def test_the_owner_said_as_a_party_names_nothing(
    question: str, form: str, expected: str, none: str
) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert none not in answer


@pytest.mark.parametrize(
    "question",
    [
        "哪个项目是区里建管委报的",
        "哪个项目是建管委报的",
        "哪个项目归区建管委管",
        "哪个项目是道路管理所负责的",
        "哪个项目由区建设和管理委员会主管",
    ],
    ids=["district", "short", "belongs", "implementer", "full"],
)
def test_a_project_asked_by_the_body_after_it_is_named(question: str) -> None:
    answer = ask(question, "other")
    assert "道路桥梁养护" in answer
    assert "科普场馆数字化改造" not in answer
    assert "城市科普设施运维" not in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("道路桥梁养护表头里项目类别填的是什么", "经常性项目"),
        ("养护表头上项目类别写的啥", "经常性项目"),
        ("改造那张表表头的项目期限", "2026-12-31"),
        ("运维表头项目主管部门是哪个", "上海市某某局"),
        ("数字化改造表头信息里的项目性质", "跨年度"),
    ],
    ids=["category", "written", "period", "department", "nature"],
)
def test_a_header_field_said_with_where_it_is_written_is_answered(
    question: str, expected: str
) -> None:
    answer = ask(question, "other")
    assert expected in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造这一年的活儿主要是啥",
        "改造今年的工作主要是什么",
        "改造本年度的任务主要是啥",
        "场馆改造这期的活都有啥",
        "数字化改造今年的事主要是啥",
    ],
    ids=["work", "job", "task", "phase", "things"],
)
def test_the_years_work_asked_is_the_annual_goal(question: str) -> None:
    answer = ask(question, "multi_year")
    assert "二期展区改造" in answer
    assert "万元" not in answer


@pytest.mark.parametrize(
    ("question", "expected", "none"),
    [
        ("筛一下主管部门=上海市科学技术协会的项目", "科普场馆数字化改造", "道路桥梁养护"),
        ("主管部门='某区建设和管理委员会'的项目", "道路桥梁养护", "科普场馆数字化改造"),
        ("项目性质：跨年度项目的是哪个", "科普场馆数字化改造", "道路桥梁养护"),
        ("实施单位=某区道路管理所的项目预算", "250万", "120万"),
        ("主管部门＝上海市某某局的项目有哪些", "城市科普设施运维", "道路桥梁养护"),
    ],
    ids=["department", "quoted", "nature", "implementer-money", "full-width"],
)
def test_a_header_column_set_to_a_value_picks_its_projects(
    question: str, expected: str, none: str
) -> None:
    answer = ask(question, "other")
    assert expected in answer
    assert none not in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("国交谁牵头干", "实施单位"),
        ("企服哪家单位牵头搞", "实施单位"),
        ("国交干多久", "计划实施期间"),
        ("企服这个项目要搞多长时间", "计划实施期间"),
        ("国交要做几个月", "计划实施期间"),
        ("国交是长期的还是临时的", "其他一次性项目"),
        ("企服是常年的还是一次性的", "其他一次性项目"),
    ],
    ids=[
        "leads",
        "leads-unit",
        "how-long",
        "how-long-project",
        "months",
        "long-or-once",
        "yearly",
    ],
)
def test_header_fields_said_in_everyday_words_are_answered(question: str, expected: str) -> None:
    answer = ask(question)
    assert expected in answer
    assert "万元" not in answer
