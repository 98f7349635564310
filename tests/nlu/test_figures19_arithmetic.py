"""Arithmetic said in a formal register: shares, bounds, what-ifs and the asker's own figures."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("国交项目的成本控制数占企服项目成本控制数的百分之几", "30.77", "325%"),
        ("国交项目成本控制数上限在企服项目成本控制数上限中占多大比例", "30.8", "325%"),
    ],
    ids=["share", "share-of-cap"],
)
def test_a_share_divides_the_part_by_the_project_named_after_it(
    question: str, figure: str, wrong: str
) -> None:
    answer = ask(question)
    assert figure in answer and wrong not in answer


def test_a_difference_of_lower_bounds_is_no_ratio() -> None:
    answer = ask("企服科创赋能及人才服务活动数量之下限较机构资格申报培训会数量之下限多几场")
    assert "34场" in answer and "35 倍" not in answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("如国交项目成本控制数下调两成，上限应调整为多少？", "32万"),
        ("假设企服项目的成本控制数上浮5%，新的上限是多少？", "136.5万"),
        ("国交项目港澳台籍学生人数如按现行下限的1.5倍重新约定，应不少于多少人？", "75人"),
        ("企服成本控制数削减两成用于应急，剩下多少", "104万"),
    ],
    ids=["lowered", "supposed", "current-bound", "kept-for"],
)
def test_a_change_supposed_works_on_the_named_row(question: str, figure: str) -> None:
    answer = ask(question)
    assert figure in answer and "未能确定" not in answer


def test_a_baseline_the_asker_sets_is_the_base_of_the_percentage() -> None:
    answer = ask("国交活动参与人数目标300人，假如把基线定为去年的250人，目标比基线提高百分之几？")
    assert "20%" in answer and "少" not in answer


def test_a_cap_restated_with_its_unit_is_divided_not_compared() -> None:
    answer = ask("企服项目成本控制数以130万元为限，如按培育工作站数量下限分摊，每家不超过多少元？")
    assert "32500" in answer and "二者相等" not in answer


def test_a_cap_other_than_the_forms_is_never_worked_as_the_rows() -> None:
    answer = ask("企服项目成本控制数以100万元为限，如按培育工作站数量下限分摊，每家不超过多少元？")
    assert "32500" not in answer


def test_a_note_declining_a_calculation_apart_asks_nothing() -> None:
    answer = ask("国交的成本控制数占两个项目成本控制数合计多少（企服的不必单独算）")
    assert "23.5" in answer and "30.77" not in answer


def test_projects_counted_are_no_divisor_of_one_projects_budget() -> None:
    answer = ask("两个项目的平均成本控制数是多少？国交单独比平均数低多少")
    assert "20万" not in answer


def test_two_sums_compared_are_never_one_figure_of_each() -> None:
    answer = ask("两个项目的预算合计，减去两个项目成本控制数之和，还剩多少")
    assert "90万" not in answer


def test_a_per_student_ask_divides_money_by_the_students() -> None:
    answer = ask("国交成本控制数按港澳台籍学生人数平均分摊，生均多少元")
    assert "8000元" in answer and "不能直接相加" not in answer


def test_a_comparison_after_an_aside_keeps_its_own_order() -> None:
    answer = ask("调查站点里，先不管国家级的，市级站点比国家级站点多几家")
    assert "多 9家" in answer


def test_the_result_asked_in_money_adds_no_amount_again() -> None:
    answer = ask("三个测试项目的年度预算加在一起是多少钱", "other")
    assert "620万" in answer and "980万" not in answer
