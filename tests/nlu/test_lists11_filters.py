"""Session 11: units said bare or as a list, commands around a short name or a heading, a sum
of a unit's rows said tersely, and a listing ask that only the goal texts explain."""

from __future__ import annotations

import re

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import ask, engine_for

_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _listed(form: str, question: str) -> list[str]:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    return [row.name for group in answer.groups for row in group.indicators]


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("国交 家计的指标", {"家"}),
        ("企服里 次计的有哪些", {"次"}),
        ("国交以家、人计的指标", {"家", "人"}),
        ("企服按套 篇计的列一下", {"套", "篇"}),
        ("企服用条或套或篇计的指标", {"条", "套", "篇"}),
    ],
    ids=["bare", "bare-after-li", "list-mark", "space", "three-or"],
)
def test_units_said_bare_or_listed_keep_rows_of_every_unit(question: str, units: set[str]) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    rows = [row for group in answer.groups for row in group.indicators]
    assert rows
    assert {row.target.unit for row in rows} == units


def test_a_unit_said_bare_counts_its_rows_only() -> None:
    answer = ask("国交 家计的指标", "builtin")
    assert "共 2 项" in answer
    assert "合作单位数量" in answer and "科技社团" in answer
    assert "活动参与人数" not in answer


@pytest.mark.parametrize(
    "question",
    ["列国交满意度指标", "列国交的时效指标", "拉国交质量指标"],
    ids=["satisfaction", "deadline", "pull"],
)
def test_a_command_before_a_short_name_still_names_the_project(question: str) -> None:
    answer = ask(question, "builtin")
    assert "【国际科技人文交流与合作】" in answer
    assert "列国" not in answer
    assert "共 0 项" not in answer


def test_a_command_before_a_short_name_lists_that_projects_rows() -> None:
    assert _listed("builtin", "列国交质量指标") == ["活动、论坛质量达标率", "活动安全事故发生数"]


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("国交效益类 列", 3),
        ("企服满意度类 列出来", 1),
        ("国交时效 列一下", 1),
    ],
    ids=["benefit", "satisfaction", "deadline"],
)
def test_a_heading_then_a_command_lists_its_rows(question: str, rows: int) -> None:
    assert len(_listed("builtin", question)) == rows


@pytest.mark.parametrize(
    ("form", "question", "row"),
    [
        ("variations", "运维时效要求", "设施修复及时性"),
        ("old_template", "养护质量方面的要求是啥", "养护合格率"),
        ("multi_year", "数字化改造时效上的规定", "二期改造完成时间"),
    ],
    ids=["deadline", "quality", "rules"],
)
def test_a_heading_then_its_requirement_lists_its_rows(form: str, question: str, row: str) -> None:
    assert row in _listed(form, question)


@pytest.mark.parametrize(
    ("question", "total", "wrong"),
    [
        ("国交场次合计", "7场", ("43场",)),
        ("国交人数总和是多少", "357人", ("300人（",)),
        ("企服场次加起来", "43场", ("22次",)),
    ],
    ids=["sessions", "people", "sessions-added"],
)
def test_a_unit_then_a_sum_adds_its_rows(
    question: str, total: str, wrong: tuple[str, ...]
) -> None:
    answer = ask(question, "builtin")
    assert f"= {total}" in answer or f"={total}" in answer or f"合计 {total}" in answer, answer
    assert not any(bad in answer for bad in wrong)


def test_a_unit_inside_a_row_name_is_no_sum_of_its_rows() -> None:
    answer = ask("国交活动参与人数合计", "builtin")
    assert "活动参与人数" in answer and "300人" in answer
    assert "357" not in answer


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("国交都跟哪些单位联动", "海智基地"),
        ("企服项目聚焦哪些产业", "3+6"),
    ],
    ids=["partners", "industries"],
)
def test_a_listing_ask_only_the_goal_explains_quotes_the_goal(question: str, quoted: str) -> None:
    answer = ask(question, "builtin")
    assert quoted in answer
    assert "绩效指标共" not in answer
    assert not _FIGURE.search(answer.replace("3+6", "").replace("2026", ""))


def test_a_listing_ask_of_the_rows_still_lists_them() -> None:
    assert len(_listed("builtin", "国交有哪些绩效指标")) == 18


@pytest.mark.parametrize(
    ("question", "named", "left"),
    [
        ("哪个是跨年度的", "【科普场馆数字化改造】项目性质：跨年度项目", ("城市科普设施运维",)),
        ("这几张表哪个属于一般项目", "【城市科普设施运维】项目类别：一般项目", ("道路桥梁养护",)),
        ("哪一个是特定目标类的", "【科普场馆数字化改造】项目类别", ("道路桥梁养护",)),
    ],
    ids=["span", "general", "specific"],
)
def test_a_which_ask_of_a_header_value_names_only_its_projects(
    question: str, named: str, left: tuple[str, ...]
) -> None:
    answer = ask(question, "other")
    assert named in answer
    assert not any(project in answer for project in left)


def test_a_header_value_beside_a_row_asked_answers_no_header() -> None:
    answer = ask("哪个一般项目的设施完好率目标", "other")
    assert "项目类别" not in answer


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("企服社会效益的呢", 2),
        ("国交可持续影响的吧", 1),
        ("企服时效的呢", 1),
    ],
    ids=["social", "lasting", "deadline"],
)
def test_a_heading_said_with_a_spoken_ending_lists_its_rows(question: str, rows: int) -> None:
    assert len(_listed("builtin", question)) == rows


@pytest.mark.parametrize(
    ("form", "question", "amount"),
    [
        ("old_template", "养护这个项目的钱是用什么单位写的", "250万元"),
        ("builtin", "国交预算以啥单位计", "40万元"),
        ("variations", "运维的资金按哪种单位填", "万元"),
    ],
    ids=["old", "budget", "funds"],
)
def test_a_unit_of_money_asked_answers_the_amount_not_an_office(
    form: str, question: str, amount: str
) -> None:
    answer = ask(question, form)
    assert amount in answer
    assert "实施单位" not in answer and "主管部门" not in answer
    assert "没有找到" not in answer


def test_a_budget_unit_still_names_the_office() -> None:
    assert "主管部门" in ask("养护的预算单位是哪个", "old_template")


def test_a_round_number_passed_leaves_amounts_out_and_says_so() -> None:
    answer = ask("企服有哪些指标目标值上百", "builtin")
    assert "成本控制数" not in answer
    assert "单位不是“万元”" in answer
    assert {"为企业新增引入合作的院士专家数量", "服务科技工作者人数"} <= set(
        _listed("builtin", "企服有哪些指标目标值上百")
    )


def test_a_round_number_that_leaves_nothing_out_says_nothing_of_amounts() -> None:
    answer = ask("企服数量指标里目标破百的", "builtin")
    assert "万元" not in answer
    assert "服务科技工作者人数" in answer


def test_a_number_said_in_full_still_bounds_amounts_too() -> None:
    assert "企业科技创新服务成本控制数" in _listed("builtin", "企服目标值大于100的指标")


def test_a_bound_in_money_still_compares_amounts() -> None:
    assert _listed("builtin", "国交不超过50万的指标") == ["国际科技人文交流合作成本控制数"]


@pytest.mark.parametrize(
    "question", ["俩项目 以家计的指标", "两个项目 家计的"], ids=["two-colloquial", "two-bare"]
)
def test_projects_counted_before_a_unit_are_no_word_of_it(question: str) -> None:
    assert _listed("builtin", question) == [
        "培育新申报院士(专家)工作站(服务中心)数量",
        "2026 年港澳台大学生暑期实习（上海）活动推荐实习单位和岗位的科技社团数量",
        "合作单位数量",
    ]


@pytest.mark.parametrize(
    ("question", "unit", "rows"),
    [
        ("国交 单位是按人来算的指标有哪些", "人", 4),
        ("企服计量单位填的是套的", "套", 1),
        ("国交单位写着场的那些指标", "场", 2),
    ],
    ids=["by-people", "sets", "sessions"],
)
def test_the_unit_column_said_before_its_unit_keeps_its_rows(
    question: str, unit: str, rows: int
) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    listed = [row for group in answer.groups for row in group.indicators]
    assert len(listed) == rows
    assert {row.target.unit for row in listed} == {unit}
    assert not answer.row_filter or not answer.row_filter.words


def test_sorts_counted_list_the_rows_not_a_total_of_their_unit() -> None:
    answer = ask("国交按场计的那些活动有几样，分别是啥", "builtin")
    assert "共 2 项" in answer
    assert "7场" not in answer and "= 7" not in answer


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("企服里管质量的指标都有啥", ["基本信息采集准确性", "建设指引验收合格率"]),
        ("国交讲质量的那几条", ["活动、论坛质量达标率", "活动安全事故发生数"]),
    ],
    ids=["in-charge", "about"],
)
def test_a_heading_after_a_verb_of_being_about_is_the_heading(
    question: str, rows: list[str]
) -> None:
    assert _listed("builtin", question) == rows


def test_rows_asked_shown_and_counted_show_their_targets() -> None:
    answer = engine_for("builtin").interpret("国交的满意度指标拉个清单，一共几条也讲一下").answer
    assert isinstance(answer, IndicatorList)
    assert not answer.count_only
    assert "≥90%" in ask("国交的满意度指标拉个清单，一共几条也讲一下", "builtin")


def test_rows_only_counted_are_counted() -> None:
    answer = engine_for("builtin").interpret("国交的质量指标一共几条").answer
    assert isinstance(answer, IndicatorList)
    assert answer.count_only


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("养护那张旧式的表里，绩效标准写行业标准的有几条", ["养护合格率"]),
        ("路桥养护这张表上定性的指标都有哪些", ["道路通行条件"]),
    ],
    ids=["old-style", "this-form"],
)
def test_words_saying_which_form_pick_no_rows(question: str, rows: list[str]) -> None:
    assert _listed("old_template", question) == rows


@pytest.mark.parametrize(
    ("form", "question", "heading", "rows"),
    [
        ("builtin", "国交社会方面效益的指标", "社会效益指标", 2),
        ("builtin", "企服社会效益的指标", "社会效益指标", 2),
        ("variations", "运维里讲生态类效益的有哪些", "生态效益指标", 5),
    ],
    ids=["inside", "plain-de", "ecology"],
)
def test_a_heading_said_with_a_word_of_kind_inside_lists_its_rows(
    form: str, question: str, heading: str, rows: int
) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    listed = [row for group in answer.groups for row in group.indicators]
    assert len(listed) == rows
    assert {row.level2 for row in listed} == {heading}


@pytest.mark.parametrize(
    "question",
    ["运维里前面没加≥或≤的定量指标", "运维指标值没标≥或≤号的定量指标有哪些"],
    ids=["added", "marked"],
)
def test_operators_said_not_added_keep_rows_without_them(question: str) -> None:
    assert _listed("variations", question) == ["维护步道长度", "巡检车辆数"]


def test_a_header_value_two_fields_write_answers_the_field_its_words_name() -> None:
    answer = ask("哪个是经常性项目", "other")
    assert "【城市科普设施运维】项目性质：经常性项目" in answer
    assert "项目类别" not in answer
