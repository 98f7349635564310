"""Rows, units, kinds and projects said to be left out are left out, not asked for."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "count", "kept", "left_out"),
    [
        # two units set aside before the rest asked
        ("国交数量指标里，除开按人计和按场计的，剩余的列一下", "4 项", "合作单位", "活动参与人数"),
        ("国交数量指标，以人计的之外还有哪些", "6 项", "合作单位数量", "代表参会人数"),
        # a unit left out in a clause of its own, after a value asked
        ("国交目标是100的那些，百分比的不算，有哪些", "1 项", "实习岗位", "质量达标率"),
    ],
    ids=["two-units-excepted", "unit-then-rest", "unit-clause-left-out"],
)
def test_units_left_out_keep_the_other_rows(
    question: str, count: str, kept: str, left_out: str
) -> None:
    answer = ask(question)
    assert count in answer
    assert kept in answer
    assert left_out not in answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("国交数量指标当中，名称里没有港澳台的有几条", "6 项"),
        ("国交数量指标，名字不带“海峡两岸”的是哪些", "6 项"),
    ],
    ids=["name-lacks", "name-not-carrying"],
)
def test_a_word_the_names_lack_leaves_rows_out(question: str, count: str) -> None:
    answer = ask(question)
    assert count in answer
    assert "名称不含" in answer
    assert "名称含" not in answer


def test_two_kinds_left_out_keep_the_third() -> None:
    answer = ask("企服既不是定量也不是时限的指标，都有哪些")
    assert "3 项" in answer
    assert "长效管理机制" in answer
    assert "130万元" not in answer and "12月底" not in answer


@pytest.mark.parametrize(
    ("question", "total", "wrong"),
    [
        ("企服按场计的那些，科创赋能那条除外，剩下的合计几场", "8场", "43场"),
        ("国交以人计的，除了活动参与人数，其他的加起来几人", "57人", "357人"),
    ],
    ids=["row-excepted-after", "row-excepted-before"],
)
def test_a_row_set_aside_is_not_summed(question: str, total: str, wrong: str) -> None:
    answer = ask(question)
    result = answer.splitlines()[-1]  # a sum may be shown as a step before the row is taken off
    assert result.endswith(f"= {total}")
    assert f"= {wrong}" not in result


def test_the_rest_of_a_heading_leaves_the_named_row_out() -> None:
    answer = ask("国交效益指标，除了海峡两岸交流促进情况，其余的是哪些")
    assert "2 项" in answer
    assert "科普活动影响力" in answer
    assert "有效促进" not in answer


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("企服的年度资金申请总额是多少，不要国交那个", "130万元", "40万元"),
        ("国交成本控制数是多少？别跟我讲企服的", "40万元", "130万元"),
    ],
    ids=["not-that-project", "do-not-tell-me"],
)
def test_a_project_set_aside_is_not_answered(question: str, figure: str, wrong: str) -> None:
    answer = ask(question)
    assert figure in answer
    assert wrong not in answer


def test_a_project_set_aside_alone_still_answers_it() -> None:
    """With no other project named, 不是企服的 is no scope to cut: it is left as it was."""
    answer = ask("企服的预算不是国交的三倍吗")
    assert "国际科技人文交流与合作" in answer


def test_a_row_ruled_out_between_the_row_and_the_ask() -> None:
    answer = ask("国交活动参与人数，不是港澳台籍学生那条啊，目标是多少")
    assert "300人" in answer
    assert "50人" not in answer


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("企服建设指引验收合格率定的多少，采集准确性那条不算", "100%", "采集准确性"),
        ("国交合作单位要几家，科技社团那条除外", "3家", "10家"),
    ],
    ids=["rate-other-rate-left-out", "count-other-count-left-out"],
)
def test_a_row_left_out_after_one_ask_is_not_answered(
    question: str, figure: str, wrong: str
) -> None:
    answer = ask(question)
    assert figure in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    "question",
    ["国交数量指标中，指标值低于10的去掉，还剩哪些", "国交数量指标，除了目标低于10的，其余是哪些"],
    ids=["bound-dropped-after", "bound-excepted-before"],
)
def test_rows_within_a_bound_left_out_keep_the_others(question: str) -> None:
    answer = ask(question)
    assert "5 项" in answer
    assert "活动参与人数" in answer
    assert "合作单位数量" not in answer


def test_a_heading_set_aside_before_one_figure_asked_narrows_nothing() -> None:
    answer = ask("国交除了成本指标，满意度定的多少？另外成本控制数是多少")
    assert "90%" in answer
    assert "40万元" in answer
    assert "不属于成本指标" not in answer


def test_the_rest_asked_after_one_figure_takes_no_word_of_it() -> None:
    answer = ask("企服成本控制数多少，效益指标里除了可持续影响的，其余是哪些")
    assert "130万元" in answer
    assert "2 项" in answer
    assert "名称含" not in answer


def test_target_texts_set_aside_keep_the_other_rows() -> None:
    answer = ask("运维生态效益指标里，除了写着“降低”或“减少”的，剩下几条各是什么", "variations")
    assert "3 项" in answer
    assert "运维风险" in answer
    assert "设施能耗" not in answer and "故障次数" not in answer
