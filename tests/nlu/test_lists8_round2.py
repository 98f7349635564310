"""Session 8, round 2: a count asked on its own after the rows are named, rows by unit sign."""

from __future__ import annotations

import re

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import answer_of, engine_for, service_for
from tests.nlu.test_question_set import normalise

_SUM = re.compile(r"计算|[+＋]")


@pytest.mark.parametrize(
    ("form", "question", "count"),
    [
        ("other", "满意度指标都有哪些，一共几个", 4),
        ("other", "名字里有满意度的指标都列出来，一共几个", 3),
        ("other", "三张表里名称带“满意度”的指标都有哪些，总共多少项", 3),
        ("builtin", "满意度指标列一下，共几条", 2),
        ("variations", "运维的满意度指标是哪些？一共几个", 2),
    ],
    ids=["tier", "name-has", "three-tables", "builtin", "one-project"],
)
def test_a_count_asked_after_the_rows_counts_them_and_adds_no_rates(
    form: str, question: str, count: int
) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    assert sum(len(group.indicators) for group in answer.groups) == count
    reply = answer_of({"q": question, "form": form}, service_for)
    assert not _SUM.search(reply), reply


FULL_RATES = {"基本信息采集准确性", "建设指引验收合格率", "活动、论坛质量达标率"}


@pytest.mark.parametrize(
    "question",
    [
        "两个项目中目标定为100%的指标全部列出来，并说下数量",
        "指标值是100%的指标列一下，再告诉我数量",
        "等于100%的指标有哪些，数量是多少",
        "目标是百分之百的指标都有哪些？给个数量吧",
    ],
    ids=["say-count", "tell-count", "count-is", "give-count"],
)
def test_a_heading_stem_asked_after_the_rows_is_the_count_not_the_heading(
    question: str,
) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    assert {ind.name for group in answer.groups for ind in group.indicators} == FULL_RATES


def test_a_heading_said_in_full_still_picks_its_rows() -> None:
    answer = engine_for("builtin").interpret("企服的数量指标列出来，说下数量").answer
    assert isinstance(answer, IndicatorList), answer
    assert all(ind.level2 == "数量指标" for group in answer.groups for ind in group.indicators)


INTERNS = "≥50人"
DEBATERS = "≥5人"


@pytest.mark.parametrize(
    ("question", "unasked"),
    [
        ("港澳台实习：征集岗位、推荐单位的社团、参加的学生，三个数分别给我", "≥3场"),
        ("港澳台实习：参加的学生和征集的岗位各多少", "≥10家"),
        ("港澳台暑期实习：岗位征集多少个、参加的学生多少人", "≥3场"),
        ("港澳台实习：推荐单位的社团几家，参加的学生几人", "≥3场"),
        ("港澳台实习这块：参加的学生、征集岗位数，分别是多少", "≥10家"),
    ],
    ids=["three-then-ask", "each", "two-asks", "comma", "then-each"],
)
def test_a_head_said_with_a_colon_scopes_every_item_listed(question: str, unasked: str) -> None:
    answer = normalise(answer_of({"q": question, "form": "builtin"}, service_for))
    assert INTERNS in answer and DEBATERS not in answer, answer
    assert unasked not in answer, answer  # the closing ask names no row of its own


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("养护项目中带%的指标", {"养护合格率", "市民满意度"}),
        ("运维里哪些指标带%", {"设施完好率", "市民满意度"}),
        ("养护里含有“%”的指标", {"养护合格率", "市民满意度"}),
        ("运维项目中带有%的指标有几个", {"设施完好率", "市民满意度"}),
    ],
    ids=["with", "which-with", "holds-quoted", "how-many"],
)
def test_the_percent_sign_said_with_a_verb_of_having_picks_rates(
    question: str, rows: set[str]
) -> None:
    answer = engine_for("other").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    assert {ind.name for group in answer.groups for ind in group.indicators} == rows


WORDED_TARGETS = {"科普活动影响力提升情况", "海峡两岸交流促进情况", "长效管理机制健全性"}


@pytest.mark.parametrize(
    "question",
    [
        "国交项目哪些指标是定性的，就是指标值写文字不写数的",
        "国交哪些指标写的是文字",
        "国交指标值写文字的有哪些",
        "国交指标值用文字表述的有几个",
        "国交有哪些指标不写数",
    ],
    ids=["explained", "written-is", "value-writes", "worded", "no-number"],
)
def test_targets_written_in_words_are_the_qualitative_rows(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    rows = [ind for group in answer.groups for ind in group.indicators]
    assert {ind.name for ind in rows} == WORDED_TARGETS, rows


INTERNSHIPS = "2026 年港澳台大学生暑期实习（上海）活动征集实习岗位数量"


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        (
            "企服数量指标里数值过百的是哪几个？几个",
            {
                "为企业新增引入合作的院士专家数量",
                "采集新增工作站及院士专家基本信息数量",
                "服务科技工作者人数",
            },
        ),
        ("两个项目里目标过千的指标", {"服务科技工作者人数"}),
        ("国交的数量指标哪些破百", {"活动参与人数"}),  # ≥100个 does not pass 100
        ("国交指标值上百的数量指标有几个", {"活动参与人数", INTERNSHIPS}),
    ],
    ids=["past-hundred", "past-thousand", "break-hundred", "reach-hundred"],
)
def test_a_round_number_passed_bounds_the_targets(question: str, rows: set[str]) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    assert {ind.name for group in answer.groups for ind in group.indicators} == rows


@pytest.mark.parametrize(
    "question",
    [
        "旧版表里绩效标准不是计划标准的指标",
        "老版本的表里绩效标准不是计划标准的指标",
        "旧模板里绩效标准不是计划标准的指标",
        "老版申报表里绩效标准不是计划标准的指标",
    ],
    ids=["old-edition", "old-version", "old-template", "old-form"],
)
def test_words_for_the_forms_version_pick_no_rows(question: str) -> None:
    answer = engine_for("old_template").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    rows = {ind.name for group in answer.groups for ind in group.indicators}
    assert rows == {"养护合格率", "道路通行条件"}


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("您好，财务科小王。国交的当年财政拨款麻烦报一下", "40万元"),
        ("你好，办公室老李，企服的预算多少", "130万元"),
        ("财务处小张：国交的当年财政拨款是多少", "40万元"),
        ("领导在群里问企服预算多少", "130万元"),
        ("主任在微信群里问国交的论文征集多少篇", "≥20篇"),
        ("那个啥，国交交通研讨会论文征集要多少篇来着，我这边赶着填表", "≥20篇"),
        ("急着填表，国交的当年财政拨款多少", "40万元"),
    ],
    ids=["office-name", "hello-name", "name-colon", "group", "wechat", "hurry-form", "hurry"],
)
def test_who_asks_where_and_in_what_hurry_is_no_item(question: str, figure: str) -> None:
    answer = normalise(answer_of({"q": question, "form": "builtin"}, service_for))
    assert normalise(figure) in answer and "未能确定" not in answer, answer
