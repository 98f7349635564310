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


@pytest.mark.parametrize(
    "question",
    [
        "国交计量单位是人的指标有哪些？人次的不要",
        "国交以人为单位的指标。人次的不算",
        "国交单位写的是人的有几个！人次除外",
    ],
)
def test_a_unit_left_out_in_a_sentence_of_its_own(question: str) -> None:
    answer = ask(question)
    assert "4 项" in answer and "活动参与人数" in answer
    assert "名称含" not in answer and "8000" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服以“场”作为单位的指标一共多少条",
        "企服拿场当单位的指标有哪些",
        "企服里用场当作计量单位的几条",
    ],
)
def test_a_unit_said_with_any_verb_of_being_the_unit(question: str) -> None:
    answer = ask(question)
    assert "5 项" in answer and "科创赋能" in answer and "调查站点工作会" in answer
    assert "≥2次" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交里跟“海峡两岸”有关系的指标有多少个",
        "国交和海峡两岸沾点边的指标有哪些",
        "国交里名字跟海峡两岸有关系的",
    ],
)
def test_rows_about_a_topic_said_with_any_word_of_relating(question: str) -> None:
    answer = ask(question)
    assert "5 项" in answer and "海峡两岸交流促进情况" in answer
    assert "活动参与人数" not in answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("国交名字带“第34届”的指标有哪些", 2),
        ("名称里有“第 25 届”的指标", 1),
        ("名称里有2026的指标几个", 5),
    ],
)
def test_a_name_word_holding_a_figure(question: str, count: int) -> None:
    answer = ask(question)
    assert f"{count} 项" in answer or (count == 1 and "辩论队人数" in answer)
    assert "年度总体目标" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "哪些指标目标写的是“有效提升”呀",
        "目标写的有效提升的有哪些啊",
        "目标填的是有效提升的指标呢",
    ],
)
def test_a_spoken_ending_is_no_part_of_a_target_text(question: str) -> None:
    answer = ask(question)
    assert "2 项" in answer and "科普活动影响力提升情况" in answer
    assert "学会服务创新" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交哪些指标没写具体数字，只写了“提升”“促进”这种说法的",
        "国交定性指标，比如写有效促进那种的，有哪些",
        "国交没有数字的指标，就是写着提升之类的",
    ],
)
def test_examples_beside_a_kind_say_the_kind(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and "长效管理机制健全性" in answer
    assert "≥" not in answer


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("企服里目标写的是至少1场的是哪几个会", ("申报培训会", "评审会", "调查站点工作会")),
        ("目标是不少于10次的有哪些", ("工作站建设推进", "走访对接")),
        ("国交目标定的是至少3家的", ("合作单位数量",)),
    ],
)
def test_an_operator_read_aloud_after_the_target_is_its_writing(
    question: str, rows: tuple[str, ...]
) -> None:
    answer = ask(question)
    assert all(row in answer for row in rows)
    assert f"{len(rows)} 项" in answer
    assert "≥35场" not in answer and "≥120" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "这几个项目里考核满意度的指标都列出来，各要多少",
        "三张表里衡量满意度的指标有哪些",
        "三个项目考评满意度的指标",
    ],
)
def test_a_verb_of_assessing_names_no_row(question: str) -> None:
    answer = ask(question, "other")
    assert "观众满意度" in answer and "≥85%" in answer and "≥90%" in answer
    assert "“考" not in answer and "没有找到" not in answer


def test_two_standards_asked_in_clauses_of_their_own() -> None:
    answer = ask("养护项目哪一个指标用的是行业标准，哪一个用的是历史标准？", "old_template")
    assert "养护合格率" in answer and "道路通行条件" in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服项目三级指标一共多少行？",
        "企服的指标表有几行",
        "企服一共多少行指标",
    ],
)
def test_lines_of_the_table_counted_as_rows(question: str) -> None:
    answer = ask(question)
    assert "22 项" in answer and "130" not in answer


def test_one_name_in_two_forms_is_counted() -> None:
    answer = ask("三张表里叫市民满意度的指标有几个", "other")
    assert "共 2 项" in answer and "≥90%" in answer and "≥85%" in answer


@pytest.mark.parametrize(
    "question",
    [
        "按篇计的指标有哪些？不分项目",
        "不区分项目，以篇计的指标一共几个",
        "以篇计的指标，不管哪个项目，都列出来",
    ],
)
def test_projects_not_told_apart_are_all_asked(question: str) -> None:
    answer = ask(question)
    assert "信息报送" in answer and "征集论文" in answer and "2 项" in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "哪一些项目是经常性项目？",
        "已载入的项目中，属于经常性项目的是哪些",
        "哪几个项目属于经常性项目",
        "经常性项目有哪几个",
    ],
)
def test_projects_by_a_header_value_any_field_writes(question: str) -> None:
    answer = ask(question, "other")
    assert "城市科普设施运维" in answer and "道路桥梁养护" in answer
    assert "科普场馆数字化改造" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "不包括国交项目，以场计的有哪些",
        "除了国交以外，单位是场的指标",
        "国交除外，以场为单位的有几个",
        "以场计的指标，国交项目不算",
    ],
)
def test_a_project_left_out_is_not_asked(question: str) -> None:
    answer = ask(question)
    assert "科创赋能" in answer and "5 项" in answer
    assert "研讨会相关活动场次" not in answer and "国际科技人文交流与合作" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交不算成本指标有几个",  # 不算 leaves the heading out, not the project
        "除了国交的成本指标以外还有哪些",
    ],
)
def test_a_heading_left_out_keeps_the_project(question: str) -> None:
    answer = ask(question)
    assert "17 项" in answer and "国际科技人文交流与合作" in answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("国交项目里单位是场的、目标≥10的有哪些", 0),
        ("国交里以人计的，而且目标不少于50的", 2),
        ("国交以人计的，目标不少于50的，有几个", 2),
        ("企服定量的、带≥的、单位是场的有几个", 5),
    ],
)
def test_conditions_said_clause_by_clause_all_hold(question: str, count: int) -> None:
    answer = ask(question)
    assert f"共 {count} 项" in answer
    assert answer.count("项：") <= 1 and "合作单位数量" not in answer
