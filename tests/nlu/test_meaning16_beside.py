"""Session 16 meaning: asks naming something beside a real row, and rows said otherwise.

A topic clause naming one row's event before an ask another row counts (科普论坛那边，论文
几篇: the papers row is the symposium's), an ask-back between rows that each explain only part
of the question, and a goal sentence whose figures count other things than the one asked
(技术合同登记 in a list of fields beside 服务企业100家) are refused with no figure. Rows said in
other words: a verb fused to a noun (出毛病, 合作办事), one family of repair (维修 of 修复),
experience (感受 of 体验), intact (完整无损 of 完好), filing (建档 of 采集).
"""

from __future__ import annotations

import re

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise

_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_OPTION_NUMBER = re.compile(r"^\d+\.\s", re.MULTILINE)  # 1. 2. before the rows offered
REFUSED = "没有找到"


def _figures(text: str) -> set[str]:
    return set(_FIGURE.findall(normalise(_OPTION_NUMBER.sub("", text))))


def _states_only(said: str, question: str, allowed: set[str]) -> None:
    """Asserts the answer states no figure beyond the asked ones and the question's own."""
    extra = _figures(said) - _figures(question) - allowed
    assert not extra, f"unexpected figures {extra} in {said!r}"


@pytest.mark.parametrize(
    "question",
    [
        "海峡两岸科普论坛那边，上海要征集多少篇论文？",
        "科普论坛那块，要收多少篇论文",
        "两岸科普论坛那个，论文征集目标多少篇",
        "科普论坛方面，上海征集论文数量的目标是多少篇？",
        "海峡两岸科普论坛那边上海征集论文的数量目标是多少",
        "辩论赛那边，要办几场研讨会活动",
    ],
    ids=["forum-comma", "forum-block", "forum-that", "forum-aspect", "forum-joined", "debate"],
)
def test_topic_of_one_row_and_ask_of_another_is_refused(question: str) -> None:
    said = ask(question)
    assert REFUSED in said
    _states_only(said, question, set())


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("都市交通那个会，上海要交多少篇文章", "20"),
        ("港澳台实习那块，推荐单位的科技社团要几家", "10"),
        ("港澳台学生实习，征集的岗位有多少个", "100"),
    ],
    ids=["symposium-papers", "internship-societies", "internship-posts"],
)
def test_topic_the_asked_row_writes_still_answers(question: str, figure: str) -> None:
    said = ask(question)
    assert figure in _figures(said)
    _states_only(said, question, {figure, "34", "2026"})  # 34 and 2026 are of the row names


@pytest.mark.parametrize(
    "question",
    [
        "企服技术合同登记今年要做多少份？",
        "企服技术合同登记的目标是多少",
        "企服技术合同登记一年要完成多少",
        "企服知识产权服务要做几次",
        "企服科技财税那块目标定了多少",
    ],
    ids=["contracts-copies", "contracts-target", "contracts-year", "ip-times", "tax"],
)
def test_goal_sentence_whose_figures_count_other_things_gives_none(question: str) -> None:
    said = ask(question)
    assert REFUSED in said
    assert "8000" not in said and "100家" not in said
    _states_only(said, question, set())


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("市科协已建的国家级调查站点有多少家", "19"),
        ("调查站点一年上报多少份", "3000"),
        ("国交组织几所高校的辩论队去参赛", None),
    ],
    ids=["national-sites", "reports", "one-university"],
)
def test_goal_sentence_stating_the_asked_figure_still_quoted(
    question: str, figure: str | None
) -> None:
    said = ask(question)
    assert REFUSED not in said
    if figure is not None:
        assert figure in _figures(said)


@pytest.mark.parametrize(
    ("question", "row", "target"),
    [
        ("国交要拉几家单位一起合作办事", "合作单位数量", "3"),
        ("国交跟几家单位一起合作做事", "合作单位数量", "3"),
        ("国交拉多少家单位一起干活", "合作单位数量", "3"),
        ("企服建档入库的院士专家信息要采集多少条", "采集新增工作站及院士专家基本信息数量", "120"),
        ("企服归档的专家信息多少条", "采集新增工作站及院士专家基本信息数量", "120"),
    ],
    ids=["partners-work", "partners-do", "partners-labour", "filed-experts", "archived"],
)
def test_row_said_in_other_words_on_the_built_in_form(
    question: str, row: str, target: str
) -> None:
    said = ask(question)
    assert row in said and target in _figures(said)
    _states_only(said, question, {target})


@pytest.mark.parametrize(
    ("question", "row", "target"),
    [
        ("运维出毛病次数那条怎么定的", "设备故障次数", "减少"),
        ("运维设备出毛病次数怎么定", "设备故障次数", "减少"),
        ("运维的维修速度有什么要求？", "设施修复及时性", "12月底前"),
        ("运维的修理速度怎么规定", "设施修复及时性", "12月底前"),
        ("运维的市民科普感受要达到什么效果？", "市民科普体验", "有效提升"),
        ("运维市民的科普感受如何", "市民科普体验", "有效提升"),
        ("市民对科普的体会有啥目标", "市民科普体验", "有效提升"),
        ("运维设施完整无损比例的底线", "设施完好率", "85%"),
        ("设施完整无损的比例要多少", "设施完好率", "85%"),
    ],
    ids=[
        "fault-trouble",
        "device-trouble",
        "repair-speed",
        "mend-speed",
        "felt-effect",
        "felt-how",
        "sensed",
        "intact-floor",
        "intact-share",
    ],
)
def test_row_said_in_other_words_on_the_variations_form(
    question: str, row: str, target: str
) -> None:
    said = ask(question, "variations")
    assert row in said and target in normalise(said)
    _states_only(said, question, {"85", "2026", "12"})


@pytest.mark.parametrize(
    "question",
    [
        "今年新落地的院士站要几家",
        "今年新挂牌的院士工作站几家",
        "新成立的院士工作站目标多少家",
        "企服今年要新开几家院士工作站",
        "今年要培育几家院士工作站",
    ],
    ids=["landed", "plaque", "founded", "opened", "fostered"],
)
def test_new_stations_said_otherwise_are_the_fostering_row(question: str) -> None:
    said = ask(question)
    assert "40" in _figures(said)
    _states_only(said, question, {"40"})


@pytest.mark.parametrize(
    "question",
    ["已经挂牌的院士工作站有几家", "累计落地的院士站多少家", "至今已成立的院士工作站几家"],
    ids=["plaqued", "landed-total", "founded-so-far"],
)
def test_stations_existing_already_are_not_this_years_new_ones(question: str) -> None:
    said = ask(question)
    assert "40" not in _figures(said)


@pytest.mark.parametrize(
    "question",
    [
        "企业项目年度目标提到的法律知识丛书，计划编印多少册？",
        "年度目标里说的法律知识丛书，要印几本",
    ],
    ids=["law-books", "law-books-print"],
)
def test_goal_topic_the_row_does_not_write_is_refused(question: str) -> None:
    said = ask(question)
    assert "1套" not in normalise(said) and "=1" not in said


@pytest.mark.parametrize(
    "question",
    ["来参观的人对场馆满不满意，目标定的多少", "去场馆看的人满意度目标", "场馆观众满不满意"],
    ids=["visitors-hall", "hall-lookers", "hall-audience"],
)
def test_project_said_loosely_explains_the_offered_row(question: str) -> None:
    said = ask(question, "multi_year")
    assert "观众满意度" in said and "85" in _figures(said)


@pytest.mark.parametrize(
    ("question", "form", "target"),
    [
        ("虚拟导览那期改造最晚啥时候完", "other", "2025-09-30"),
        ("上线虚拟导览的那期改造啥时候完成", "other", "2025-09-30"),
        ("养护啥时候必须干完", "old_template", "2024年1月底前"),
        ("养护什么时候得弄完", "old_template", "2024年1月底前"),
    ],
    ids=["tour-phase", "tour-phase-done", "upkeep-must", "upkeep-finish"],
)
def test_deadline_row_of_the_work_said_otherwise(question: str, form: str, target: str) -> None:
    said = ask(question, form)
    assert target in normalise(said)


@pytest.mark.parametrize(
    "question",
    [
        "企服录信息不能出错的要求写的多少",
        "企服基本信息采集不出差错的比例",
    ],
    ids=["no-error", "no-slip"],
)
def test_errors_said_are_the_accuracy_row(question: str) -> None:
    said = ask(question)
    assert "基本信息采集准确性" in said and "100" in _figures(said)
    _states_only(said, question, {"100"})


@pytest.mark.parametrize(
    "question",
    ["国交依托哪些海外资源渠道", "国交要联动哪些海外力量渠道", "国交靠哪些海外的资源"],
    ids=["resource-channels", "force-channels", "resources"],
)
def test_kinds_run_together_are_answered_by_the_listing_sentence(question: str) -> None:
    said = ask(question)
    assert "海智基地" in said and REFUSED not in said


@pytest.mark.parametrize(
    "question",
    ["国交的主管部门是谁，活动参与人数下限多少", "道路桥梁养护的实施单位是谁，养护合格率是多少"],
    ids=["department-and-people", "implementer-and-rate"],
)
def test_a_field_asked_before_a_row_is_no_topic(question: str) -> None:
    form = "old_template" if "养护" in question else "builtin"
    said = ask(question, form)
    assert REFUSED not in said


@pytest.mark.parametrize(
    "question",
    ["道路桥梁养护的项目起止时间", "养护项目 从啥时候干到啥时候"],
    ids=["start-end", "from-to"],
)
def test_a_period_asked_is_not_a_deadline_row(question: str) -> None:
    said = ask(question, "old_template")
    assert "2023" in said
