"""A row recalled by its target figure alone (企服那个2次的是啥): the one row with that target
is named, several rows with it are listed, a figure no row has is never matched to another."""

from __future__ import annotations

import pytest

from nlu.engine import QuestionEngine
from nlu.figure_recalled import FigureRecall
from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("企服里那个15篇的指的是哪一条", ["报送", "≥15篇"], ["没有找到", "≥35场"]),
        ("国交2人的那条叫什么", ["科普论坛上海代表参会人数"], ["≥5人", "≥300人"]),
        ("企服里有个15篇的指标，叫什么来着", ["报送", "≥15篇"], ["≥35场"]),
        ("企服那个40家的跟120名的分别是什么", ["工作站", "院士专家数量"], ["没能读懂"]),
    ],
    ids=["one-row", "row-before-ask", "row-after-you-ge", "two-rows-joined-by-gen"],
)
def test_a_figure_said_for_a_row_names_the_row(
    question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question, "builtin")
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer


def test_rows_recalled_by_figures_are_worked_on_as_named() -> None:
    added = ask("国交300人的那个再加上2人的那个，合计多少人", "builtin")
    assert "302人" in added and "357人" not in added, added
    apart = ask("国交那个100个的比10家的多几个", "builtin")
    assert "单位不同" in apart or "90" in apart, apart
    difference = ask("国交300人的比5人的多多少人", "builtin")
    assert "295人" in difference and "250人" not in difference, difference


def test_a_figure_several_rows_share_lists_them_all() -> None:
    answer = ask("那个100%的是哪几条", "builtin")
    assert "基本信息采集准确性" in answer and "活动、论坛质量达标率" in answer, answer
    assert "3 项" in answer, answer


def test_a_figure_no_row_has_is_not_read_as_a_row() -> None:
    answer = ask("国交那个7人的是啥", "builtin")
    assert "≥5人" not in answer and "≥2人" not in answer and "≥300人" not in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "said", "unsaid"),
    [
        ("variations", "运维那边50万是哪一笔？", ["上年结转资金：50万"], ["没有找到"]),
        (
            "multi_year",
            "数字化改造项目的300万跟60万分别是什么资金",
            ["财政资金：300万", "其他资金（项目资金）：60万"],
            ["没有找到"],
        ),
        ("other", "道路桥梁养护的250万是哪项钱", ["项目资金总额：250万"], ["没有找到"]),
    ],
    ids=["loose-project-word", "two-amounts", "two-columns-hold-it"],
)
def test_amounts_recalled_for_a_project_name_the_money_columns(
    form: str, question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question, form)
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer


def test_an_amount_in_no_money_column_is_named_as_none() -> None:
    answer = ask("运维的70万是哪笔钱", "variations")
    assert "70万" not in answer.replace("您", "") or "没有" in answer, answer
    assert "250万元" not in answer and "200万元" not in answer, answer


def test_a_row_recalled_after_is_is_the_other_side_of_a_ratio() -> None:
    answer = ask("企服120名的是40家的几倍", "builtin")
    assert "= 3 倍" in answer and "院士专家数量 120名" in answer, answer
    asked = ask("企服目标是40家的是哪条", "builtin")
    assert "工作站" in asked and "≥40家" in asked, asked


def test_a_figure_echoing_the_target_of_the_row_named_before_it_is_left_out() -> None:
    share = ask("企服培育工作站40家当中，引入院士专家120名是它的几倍", "builtin")
    assert "= 3 倍" in share, share
    summed = ask("国交合作单位3家跟论文20篇那条，单位一样吗", "builtin")
    assert "没能读懂" not in summed, summed


@pytest.mark.parametrize(
    "text",
    [
        "国交合作单位5家里头，满意度多少",
        "国交活动参与人数来了350，学生占几成",
        "国交合作单位是3家，对吧",
    ],
    ids=["no-row-in-that-unit", "no-row-with-that-figure", "figure-told-after-is"],
)
def test_a_figure_no_target_echoes_is_kept_as_told(engine: QuestionEngine, text: str) -> None:
    recall = FigureRecall(engine.catalog, find_projects=engine.lexicon.find_projects)
    assert recall.echoes_dropped(text) == text


def test_the_echo_of_a_rows_target_is_dropped(engine: QuestionEngine) -> None:
    recall = FigureRecall(engine.catalog, find_projects=engine.lexicon.find_projects)
    said = recall.echoes_dropped("国交活动参与人数300里头，港澳台学生那50个占百分之几")
    assert said == "国交活动参与人数里头，港澳台学生占百分之几"


def test_a_verb_setting_the_target_before_a_figure_reads_as_the_target() -> None:
    answer = ask("两个项目里设为90%的各是哪一条", "builtin")
    assert "参与企业、专家的满意度" in answer and "参与人员与合作单位满意度" in answer, answer
