"""Session 19 meaning: fields, rows and projects said by what they mean.

Money said by what it is not (非财政的钱 is the other funds, never the fiscal amount), the
public's opinion of a project (市民评价, 观众评价) read as its satisfaction row, and a project
described by a list of its works or a quoted brand of it (搞工作站、企业科协那个项目).
"""

from __future__ import annotations

from tests.nlu.question_sets import ask

REFUSED = "没有找到"


def test_money_beside_the_fiscal_is_the_other_funds() -> None:
    said = ask("数字化改造财政以外的资金总共多少", "multi_year")
    assert "60万" in said
    assert "300万" not in said


def test_non_fiscal_money_is_not_the_fiscal_amount() -> None:
    said = ask("场馆改造非财政性的资金是多少", "multi_year")
    assert "300万" not in said
    assert "100万" not in said


def test_visitors_opinion_is_the_satisfaction_row() -> None:
    said = ask("场馆数字化改造对观众评价定的目标多少", "multi_year")
    assert "85%" in said
    assert "100000" not in said


def test_citizens_opinion_of_road_upkeep_is_its_satisfaction() -> None:
    said = ask("养护项目的市民评价要达到多少", "old_template")
    assert "85%" in said
    assert "95%" not in said


def test_project_described_by_a_list_of_its_works() -> None:
    said = ask("搞创新集市、院士工作站那个项目成本上限多少")
    assert "130万" in said
    assert "40万" not in said


def test_project_described_with_a_quoted_brand() -> None:
    said = ask("办“创新集市”和院士工作站的那个项目，成本控制数多少")
    assert "130万" in said
    assert "40万" not in said


def test_list_of_two_named_projects_still_reads_both() -> None:
    said = ask("国交、企服那个项目的预算各是多少")
    assert "130万" in said and "40万" in said


def test_effect_word_read_as_target_still_tells_two_rows_apart() -> None:
    said = ask("企服的工作效果提升定到什么程度")
    assert "有效提升" in said
    assert "能力提升情况" not in said


def test_checking_materials_is_the_review_row() -> None:
    said = ask("企服对工作站材料核查这类活动搞几次")
    assert "10次" in said
    assert "35场" not in said


def test_routine_mechanism_is_the_lasting_mechanism_row() -> None:
    said = ask("国交要求建立常态化的管理机制到什么程度")
    assert "建立健全" in said
    assert "有效促进" not in said
