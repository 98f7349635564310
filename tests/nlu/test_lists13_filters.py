"""Session 13: filters said in more of the ways people say them (考核 for 指标, 定成0, 重名的,
用百分比做指标值, 养护那张 …): the rows and their count, and no figure of another row."""

from __future__ import annotations

import re

import pytest

from tests.nlu.question_sets import ask

QUALITY_ROWS = ("基本信息采集准确性", "建设指引验收合格率")


@pytest.mark.parametrize(
    "question",
    [
        "企服质量方面的考核有几条",
        "企服的考核里质量指标有哪些",
        "企服项目在质量上是怎么考核的，有几条",
        "企服质量上如何衡量的",
        "企服的质量考评有哪些",
    ],
)
def test_assessing_said_as_a_noun_names_rows(question: str) -> None:
    answer = ask(question)
    assert all(row in answer for row in QUALITY_ROWS)
    assert "2 项" in answer
    assert "服务科技工作者人数" not in answer and "8000" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "效益这块都考核啥",  # a verb: the heading's rows
        "用百分比考核的指标有哪些",  # a verb of the unit
        "企服的考核标准是什么",  # a noun of its own: the column, not the rows
    ],
)
def test_assessing_said_as_a_verb_stays_a_verb(question: str) -> None:
    answer = ask(question)
    assert "“指标" not in answer  # never read as a word the names hold


@pytest.mark.parametrize(
    "question",
    [
        "国交有没有哪条指标的目标定成0的",
        "哪个考核目标填的是零",
        "两个项目里目标写的是0的有哪些",
        "目标设为0的指标是哪个",
        "有没有目标值要求做到0的指标",
        "哪条指标定的目标是0",
    ],
)
def test_a_value_said_with_any_verb_of_setting(question: str) -> None:
    answer = ask(question)
    assert "活动安全事故发生数" in answer and "0起" in answer
    assert "1 项" in answer
    assert "300" not in answer and "≥90" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "两个项目加在一起，要求做到百分之百的指标有几个",
        "目标要达到100%的有哪些",
        "哪些指标的目标定成百分之百",
        "目标值填的是100%的指标",
    ],
)
def test_a_full_rate_said_with_any_verb(question: str) -> None:
    answer = ask(question)
    assert all(row in answer for row in (*QUALITY_ROWS, "活动、论坛质量达标率"))
    assert "3 项" in answer
    assert "≥90" not in answer and "满意度" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "俩项目 重名的指标 哪几个",
        "两个项目名字一模一样的考核是哪几条",
        "企服和国交叫法相同的指标有几个",
        "两边都有的指标是哪些",
        "两个项目里同名的指标",
        "企服跟国交名称重复的指标列一下",
    ],
)
def test_rows_of_the_same_name_counted_once(question: str) -> None:
    answer = ask(question)
    assert "共 2 项：活动完成及时性、长效管理机制健全性" in answer
    assert "4 项" not in answer
    assert "成本控制数" not in answer


def test_a_target_text_said_with_its_characters_counted() -> None:
    answer = ask("有些考核只写了“有效提升”四个字，两个项目里是哪几条")
    assert "科普沟通联络工作效果提升情况" in answer and "科普活动影响力提升情况" in answer
    assert "学会服务创新" not in answer  # 提升 alone is not 有效提升
    assert "2 项" in answer


@pytest.mark.parametrize(
    "question",
    [
        "运维项目里用百分比做指标值的有哪些",
        "运维拿百分比当目标值的指标",
        "运维以%作为指标值的有几条",
    ],
)
def test_a_unit_said_as_what_targets_are_written_in(question: str) -> None:
    answer = ask(question, "variations")
    assert "设施完好率" in answer and "市民满意度" in answer
    assert "2 项" in answer
    assert "985" not in answer and "250万" not in answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("养护那张 绩效标准写计划标准的有几条", 5),
        ("养护表 哪些指标带≥的", 2),
        ("养护那份，定量的指标几条", 5),
        ("养护这张表 带≥的有哪些", 2),
    ],
)
def test_a_project_named_by_its_form_picks_no_rows_by_name(question: str, count: int) -> None:
    answer = ask(question, "old_template")
    assert f"{count} 项" in answer
    assert "名称含" not in answer


def test_a_number_word_going_on_a_word_is_no_value() -> None:
    answer = ask("运维项目哪些指标写的是≥，一共几条", "variations")
    assert "4 项" in answer and "指标值为" not in answer
    assert re.search(r"指标值为\s*1", answer) is None
