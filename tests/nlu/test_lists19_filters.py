"""Session 19 filters: several units listed after 单位为, a target's wording said with 表述,
a kind asked beside one left out in a list, a unit inside a bound (10人以上), a bound's noun
with an adverb before its figure (保底只要1场), a % said written and rows any two projects
have (不止一个项目)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask, rows_listed

SERVICE_IN_JIA_MING_TIAO = {
    "培育新申报院士(专家)工作站(服务中心)数量",
    "为企业新增引入合作的院士专家数量",
    "采集新增工作站及院士专家基本信息数量",
}
SERVICE_ONE_SESSION = {
    "机构资格申报培训会数量",
    "机构资格评审会、复审会等数量",
    "调查站点工作会、培训数量",
}
EXCHANGE_WORDED = {"科普活动影响力提升情况", "海峡两岸交流促进情况", "长效管理机制健全性"}
EXCHANGE_OVER_TEN_PEOPLE = {
    "活动参与人数",
    "参与 2026 年港澳台大学生暑期实习（上海）活动的港澳台籍学生人数",
}


@pytest.mark.parametrize(
    "question",
    [
        "企服哪些指标的单位是家、名或者条？",
        "企服里计量单位写的是“名”“条”“家”的指标列一下",
    ],
    ids=["joined", "quoted-one-by-one"],
)
def test_units_listed_after_the_unit_column_are_all_asked(question: str) -> None:
    rows = rows_listed("builtin", question)
    assert rows == SERVICE_IN_JIA_MING_TIAO
    assert "3 项" in ask(question)


def test_target_wordings_said_with_biaoshu_are_each_asked() -> None:
    answer = ask("两个项目的效益指标里，指标值表述为“有效提升”或者“提升”的有几条")
    assert "3 项" in answer
    assert "学会服务创新" in answer
    assert "2 项：" not in answer.splitlines()[0]


@pytest.mark.parametrize(
    "question",
    [
        "国交哪些指标是定性的，而不是时限类的？",
        "国交项目里用文字表述而非以数字或时限约定的指标有哪几项",
    ],
    ids=["alone", "last-in-list"],
)
def test_a_kind_asked_beside_a_kind_left_out_lists_the_kind(question: str) -> None:
    assert rows_listed("builtin", question) == EXCHANGE_WORDED
    assert "时限”这一项" not in ask(question)


@pytest.mark.parametrize(
    "question",
    ["国交目标值在10人以上的指标有哪些", "国交按人算的指标里，10人及以上的是哪几个"],
    ids=["unit-in-bound", "unit-said-too"],
)
def test_a_unit_inside_a_bound_keeps_the_rows_of_that_unit(question: str) -> None:
    rows = rows_listed("builtin", question)
    assert rows == EXCHANGE_OVER_TEN_PEOPLE
    assert "2026 年港澳台大学生暑期实习（上海）活动征集实习岗位数量" not in rows


def test_a_unit_inside_a_bound_on_events() -> None:
    rows = rows_listed("builtin", "企服5场及以下的指标有哪些")
    assert rows == {"举办创新服务、学术交流、科学普及等活动数量", *SERVICE_ONE_SESSION}


@pytest.mark.parametrize(
    "question",
    ["企服有哪些指标保底只要1场", "企服里下限就是1场的几条指标分别是啥"],
    ids=["only", "just"],
)
def test_a_bound_noun_with_an_adverb_before_its_figure_is_the_target_written(
    question: str,
) -> None:
    answer = ask(question)
    assert rows_listed("builtin", question) == SERVICE_ONE_SESSION
    assert "35场" not in answer
    assert "没能读懂" not in answer


def test_a_percent_sign_said_written_lists_the_rates() -> None:
    answer = ask("养护表里指标值标了%的是哪几条", "old_template")
    assert rows_listed("old_template", "养护表里指标值标了%的是哪几条") == {
        "养护合格率",
        "市民满意度",
    }
    assert "2 项" in answer
    assert "985米" not in answer


def test_rows_in_more_than_one_project_are_those_any_two_share() -> None:
    question = "三个项目的指标里，有哪些出现在两个以上项目中的同名指标"
    answer = ask(question, "other")
    assert "市民满意度" in answer
    assert "共 0 项" not in answer
    assert "长效管理机制" not in answer


def test_a_unit_said_with_ji_as_in_records_is_the_unit_counted() -> None:
    rows = rows_listed("builtin", "企服哪些指标是按“次”来记的")
    assert rows == {
        "组织开展相关展览展示、论坛、沙龙、路演等系列活动数量",
        "开展工作站建设推进、材料审核、实地调研和绩效管理活动数量",
        "走访对接区科协和企业科协数量",
    }


def test_a_column_said_not_to_matter_sets_no_condition() -> None:
    question = "企服数量指标里指标值不低于100的有哪几条（不管什么单位）"
    answer = ask(question)
    assert rows_listed("builtin", question) == {
        "为企业新增引入合作的院士专家数量",
        "采集新增工作站及院士专家基本信息数量",
        "服务科技工作者人数",
    }
    assert "3 项" in answer
    assert "40家" not in answer
