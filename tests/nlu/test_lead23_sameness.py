"""Session 23: a closing clause asking whether what is asked before it is the same (单位一样吗,
有没有差别, 与国交的口径是否一致) is answered after the rest, by what the rest's answer shows."""

from __future__ import annotations

import pytest

from nlu.sameness import sameness_asked
from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "rest", "of_units"),
    [
        (
            "运维的完好率和满意度目标分别多少，两者有区别吗？",
            "运维的完好率和满意度目标分别多少",
            False,
        ),
        ("以场计的有哪几条？计量单位一致不一致", "以场计的有哪几条", True),
        ("企服成本控制数多少，跟国交的是否相同", "企服成本控制数多少，国交的呢", False),
    ],
    ids=["difference", "either-way", "other-named"],
)
def test_a_closing_sameness_clause_is_read_apart(question: str, rest: str, of_units: bool) -> None:
    asked = sameness_asked(question)
    assert asked is not None and asked.rest == rest and asked.of_units is of_units


@pytest.mark.parametrize(
    "question",
    ["有区别吗", "国交合作单位几家", "国交活动参与人数目标，是不是300"],
    ids=["nothing-before", "no-sameness", "a-figure-checked"],
)
def test_no_sameness_clause_is_read_where_none_closes_an_ask(question: str) -> None:
    assert sameness_asked(question) is None


def test_targets_of_rows_listed_that_differ_are_said_to_differ() -> None:
    answer = ask("企服以次计的指标有哪几条？目标一样吗", "builtin")
    assert "共 3 项" in answer, answer
    assert "指标值不相同：≥2次、≥10次" in answer, answer


def test_two_figures_checked_as_said_are_left_to_the_check() -> None:
    # Two targets asked and compared read as a check of the two figures (核对结果).
    answer = ask("运维和养护的市民满意度分别定的多少？一样吗", "other")
    assert "≥90%" in answer and "≥85%" in answer and "不相等" in answer, answer
    assert "以上 2 项" not in answer, answer


def test_units_of_the_rows_listed_are_compared() -> None:
    answer = ask("企服以场计的指标有哪几条？单位一样不一样？", "builtin")
    assert "单位相同，均为 场" in answer and "不相同" not in answer, answer


def test_the_other_project_named_in_the_clause_is_asked_too() -> None:
    answer = ask("企服满意度目标是多少，跟国交的有没有差别", "builtin")
    assert "参与人员与合作单位满意度" in answer, answer
    assert "指标值相同，均为 ≥90%" in answer, answer


def test_a_header_fact_shared_says_so() -> None:
    answer = ask("两个项目的实施单位分别是哪家？是不是一样", "builtin")
    assert "实施单位相同" in answer and "科普教育展示技术中心" in answer, answer


def test_sameness_asked_at_the_end_of_a_clause_naming_what_is_compared() -> None:
    asked = sameness_asked("运维的实施单位是谁？养护的实施单位是不是同一家？")
    assert asked is not None and asked.rest == "运维的实施单位是谁，养护的实施单位"
    assert not asked.of_units  # 实施单位 is a field, not the units of rows


def test_a_field_of_two_projects_asked_in_two_clauses_is_compared() -> None:
    answer = ask("运维的实施单位是谁？养护的实施单位是不是同一家？", "other")
    assert "实施单位不相同" in answer, answer


def test_two_rows_named_in_one_clause_are_compared() -> None:
    # In two units, the two figures are no check of one against the other (核对结果).
    answer = ask("国交活动参与人数和合作单位数量是否相同", "builtin")
    assert "指标值不相同：≥300人、≥3家" in answer, answer
