"""Session 14, after the final blind run: years said aloud (二零二七年), a unit measured with 计
(按人头计), the unit column called 计量口径, the kind column called 指标属性, two headings
joined before 的 (社会效益和可持续影响的), words of attending and scale, and a clause saying
what paperwork the answer is for that names the project the rest asks of."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask

NO_ROWS = "共 0 项"


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("国交二零二七年的预算是多少", "2027"),
        ("二〇二五年国交的合作单位要几家", "2025"),
        ("两千零二十八年企服的活动参与人数", "2028"),
        ("企服二零二四年度的资金申请总额", "2024"),
    ],
)
def test_a_year_said_aloud_that_is_not_loaded_gets_no_figure(question: str, year: str) -> None:
    answer = ask(question)
    assert f"没有 {year} 年度的申报表" in answer
    assert "万元" not in answer and "≥" not in answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("国交二零二六年的预算是多少", "40万元"),
        ("两千零二十六年企服的年度预算", "130万元"),
    ],
)
def test_a_year_said_aloud_that_is_loaded_is_answered(question: str, figure: str) -> None:
    assert figure in ask(question)


@pytest.mark.parametrize(
    "question",
    [
        "国交项目里按人头计的指标有几项",
        "国交以人计的指标都有哪些",
        "国交计量口径为“人”的指标有哪些",
        "国交的指标里计量口径是人的列一下",
    ],
)
def test_rows_counted_in_people_said_with_ji_or_koujing(question: str) -> None:
    answer = ask(question)
    assert "4 项" in answer and "活动参与人数" in answer
    assert "18 项" not in answer and "名称含" not in answer and NO_ROWS not in answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("企服指标属性为定性的指标有几条", "3 项"),
        ("企服里属性是定性的指标列一下", "3 项"),
        ("企服指标属性为定量的指标有几条", "18 项"),
    ],
)
def test_the_kind_column_called_zhibiao_shuxing(question: str, count: str) -> None:
    answer = ask(question)
    assert count in answer
    assert "属性" not in answer and NO_ROWS not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服效益指标底下都有啥 社会效益和可持续影响的都要",
        "企服的效益指标有哪些，社会效益和可持续影响的都列上",
        "企服社会效益与可持续影响的指标一共几条",
    ],
)
def test_two_headings_joined_before_de_list_both(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer
    assert "长效管理机制健全性" in answer or "3 项。" in answer
    assert NO_ROWS not in answer and "名称含" not in answer


def test_another_ask_after_haiyou_is_not_a_heading_joined() -> None:
    answer = ask("企服成本上限 满意度 还有质量指标几个")
    assert "≤130万元" in answer and "≥90%" in answer and "2 项" in answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("国交港澳台学生来沪实习的规模定了多少", "≥50人"),
        ("国交来实习的港澳台学生规模多大", "≥50人"),
    ],
)
def test_scale_asks_the_count(question: str, figure: str) -> None:
    answer = ask(question)
    assert figure in answer and "≥100个" not in answer


def test_visitors_coming_to_the_venue_are_the_visitors() -> None:
    answer = ask("数字化改造项目来馆观众的满意度要多少", "multi_year")
    assert "≥85%" in answer and "90%" not in answer


@pytest.mark.parametrize(
    "question",
    ["国交志愿者到场人数目标多少", "国交志愿者队伍规模要多大", "二零二六年国交志愿者人数"],
)
def test_a_thing_the_form_lacks_is_still_refused(question: str) -> None:
    answer = ask(question)
    assert "志愿者" in answer and "没有找到" in answer
    assert "≥300" not in answer and "≥50" not in answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("汇报PPT要放一页国交项目的指标结构，按一级指标分一下，每类几条", "产出指标（13 项）"),
        ("写总结材料要用企服项目的数据，满意度要求多少", "≥90%"),
        ("通稿里要写国交项目的情况，活动参与人数要多少", "≥300人"),
    ],
)
def test_a_paperwork_clause_lends_its_project_and_is_no_ask(question: str, want: str) -> None:
    answer = ask(question)
    assert want in answer and "没有找到" not in answer


def test_a_paperwork_clause_leaves_an_absent_ask_refused() -> None:
    answer = ask("写总结材料要用企服项目的数据，志愿者人数多少")
    assert "没有找到“志愿者”" in answer and "≥" not in answer
