"""Session 13: a total checked against the amounts it is made of (总额跟各项加起来对得上吗),
conditions read from the sentence that asks, and a figure no condition read asked back."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    "question",
    [
        "企服各分项之和等不等于年度资金申请总额",
        "企服年度资金申请总额和明细合计一致吗",
        "企服预算与各项之和是否一致",
        "企服各项资金加起来与预算相符吗",
    ],
)
def test_a_total_checked_against_its_parts(question: str) -> None:
    answer = ask(question)
    assert "当年财政拨款 130万元" in answer and "上年结转资金 0万元" in answer
    assert "其他资金 0万元" in answer and "两者相等" in answer
    assert "40万" not in answer  # the other project is not asked


def test_a_project_total_checked_against_its_parts_in_the_project_column() -> None:
    answer = ask("数字化改造项目资金总额跟各项加起来对得上吗", "multi_year")
    assert "财政资金 300万元" in answer and "其他资金 60万元" in answer
    assert "= 360万元" in answer and "两者相等" in answer


@pytest.mark.parametrize(
    ("question", "operator", "other"),
    [
        (
            "我在核对企服的写法，有的写“≥”，有的写“=”。写“=”的是哪几个指标？我怕漏掉。",
            "=1套",
            "≥2次",
        ),
        ("企服有的指标写≥，有的写≤。写≤的有哪些？", "≤130万元", "≥2次"),
    ],
)
def test_the_operator_of_the_asking_sentence_is_read(
    question: str, operator: str, other: str
) -> None:
    answer = ask(question)
    assert operator in answer and other not in answer


def test_a_word_of_a_sentence_around_the_ask_picks_no_row() -> None:
    answer = ask("国交目标上百的那些指标是哪几个？领导说要重点盯一下。")
    assert "活动参与人数" in answer and "征集实习岗位数量" in answer
    assert "名称含" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服指标里跟8000有关的",
        "国交目标大约3000的指标有哪些",
    ],
)
def test_a_figure_no_condition_read_is_asked_back(question: str) -> None:
    answer = ask(question)
    assert "筛选条件" in answer
    assert "项：" not in answer and "成本控制数" not in answer  # no rows listed ignoring it


@pytest.mark.parametrize(
    "question",
    [
        "两个项目里第34届研讨会的指标有哪些",
        "2026年港澳台实习的指标有哪些",
        "三张表的满意度指标有哪些",
    ],
)
def test_figures_counting_forms_or_naming_rows_are_no_condition(question: str) -> None:
    answer = ask(question, "other" if "三张表" in question else "builtin")
    assert "筛选条件" not in answer
