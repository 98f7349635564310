"""Session 6, round 2: joiners a row name holds, event nouns beside a unit, and more."""

from __future__ import annotations

import pytest

from nlu.query import numbered_apart
from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise

NOT_SURE = "未能确定"


def _answer(form: str, question: str) -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    "question",
    [
        "暑期实习要多少家科技社团帮着推荐单位和岗位",
        "要找几家科技社团来推荐实习单位和岗位",
        "科技社团推荐单位和岗位，要几家",
        "推荐单位和岗位的社团要几家",
    ],
    ids=["helping", "finding", "sentence", "short"],
)
def test_a_joiner_the_row_name_holds_joins_no_two_asks(question: str) -> None:
    answer = _answer("builtin", question)
    assert "≥10家" in answer, answer
    assert "≥100" not in answer, answer


def test_a_joiner_the_row_name_holds_still_lets_a_second_ask_through() -> None:
    answer = _answer("builtin", "国交推荐实习单位和岗位的科技社团要几家 合作单位要几家")
    assert "≥10家" in answer and "≥3家" in answer, answer


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("企服里以场计的活动 一共多少场", "43场"),
        ("企服按场算的活动加起来多少场", "43场"),
        ("企服以次计的活动合计多少次", "="),
    ],
    ids=["by-chang", "counted-as", "by-ci"],
)
def test_an_event_noun_beside_an_event_unit_narrows_no_rows(question: str, total: str) -> None:
    answer = _answer("builtin", question)
    assert total in answer, answer
    assert "不限名称含" not in answer, answer


def test_another_noun_beside_a_unit_still_narrows_with_the_wider_total() -> None:
    answer = _answer("builtin", "企服以场计的培训一共多少场")
    assert "=2场" in answer and "不限名称含“培训”" in answer and "=43场" in answer, answer


@pytest.mark.parametrize(
    ("question", "want", "never"),
    [
        ("场馆改造项目的财政资金总共多少", "300万", "100万"),
        ("场馆改造项目的财政资金一共是多少", "300万", "100万"),
        ("场馆改造项目其他资金（项目总额那边）多少", "60万", "(0元)"),
        ("场馆改造项目其他资金（年度申请里）多少", "(0元)", "60万"),
    ],
    ids=["fiscal-whole", "fiscal-in-all", "other-project-column", "other-annual-column"],
)
def test_an_amount_in_both_columns_shows_the_one_column_asked(
    question: str, want: str, never: str
) -> None:
    answer = _answer("multi_year", question)
    assert want in answer and never not in answer, answer


def test_an_amount_in_both_columns_shows_both_when_no_column_is_said() -> None:
    answer = _answer("multi_year", "场馆改造项目的财政资金多少")
    assert "300万" in answer and "当年财政拨款:100万" in answer, answer


def test_two_amounts_each_keep_the_column_their_part_names() -> None:
    answer = _answer("multi_year", "场馆改造项目的财政资金总共多少，其他资金（项目总额那边）多少")
    assert "300万" in answer and "60万" in answer, answer
    assert "100万" not in answer, answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("下午要报材料 企服的成本控制数多少 快点", "≤130万元"),
        ("下午要报材料，企服的成本控制数多少", "≤130万元"),
        ("我在填申报材料，企服的成本控制数是多少", "≤130万元"),
        ("明天要交报告，国交合作单位要几家", "≥3家"),
        ("等会要去开会 国交合作单位要几家", "≥3家"),
    ],
    ids=["report-space", "report-comma", "filling", "hand-in", "meeting"],
)
def test_a_piece_about_the_askers_paperwork_is_left_out(question: str, want: str) -> None:
    answer = _answer("builtin", question)
    assert want in answer, answer
    assert NOT_SURE not in answer and "没有找到" not in answer, answer


def test_a_piece_naming_a_row_word_without_paperwork_still_qualifies_the_ask() -> None:
    answer = _answer("builtin", "院士专家基本信息采集 准确度要求多少")
    assert "=100%" in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("multi_year", "场馆改造项目从哪天干到哪天", ["2024-01-01", "2026-12-31"]),
        ("multi_year", "场馆改造从什么时候干到什么时候", ["2024-01-01", "2026-12-31"]),
        ("old_template", "道桥养护从哪天做到哪天", ["2023.07-2024.01"]),
        ("old_template", "养护项目起止时间和项目类别", ["2023.07-2024.01", "经常性项目"]),
    ],
    ids=["which-day", "what-time", "by-month", "period-and-category"],
)
def test_from_when_until_when_asks_the_period(form: str, question: str, want: list[str]) -> None:
    answer = _answer(form, question)
    assert all(part in answer for part in want), answer


def test_from_which_day_it_starts_asks_the_start_only() -> None:
    answer = _answer("multi_year", "场馆改造项目从哪天开始")
    assert "2024-01-01" in answer and "2026-12-31" not in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("builtin", "企服的法律服务靠谁来做？另外时效上有啥要求", ["法咨委", "12月底前"]),
        ("builtin", "企服的主管部门和实施单位", ["科学技术协会", "科普教育展示技术中心"]),
        ("multi_year", "数字化改造谁来实施？二期改造啥时候完", ["科普场馆中心", "2025-09-30"]),
    ],
    ids=["who-by-goal", "two-facts", "who-implements"],
)
def test_a_who_part_is_answered_by_what_says_who(
    form: str, question: str, want: list[str]
) -> None:
    answer = _answer(form, question)
    assert all(part in answer for part in want), answer


def test_a_who_part_a_goal_answers_is_not_the_implementer() -> None:
    answer = _answer("builtin", "企服的法律服务靠谁来做？另外时效上有啥要求")
    assert "实施单位" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "①企服的成本控制数多少 ②国交合作单位几家",
        "①企服成本控制数②国交合作单位要几家",
        "1.企服的成本控制数多少 2.国交合作单位几家",
        "(1)企服的成本控制数多少(2)国交合作单位几家",
        "1、企服的成本控制数多少；2、国交合作单位几家",
        "机器人 1. 企服的成本控制数多少 2. 国交合作单位几家",
        "@绩效助手 两件事：1.企服的成本控制数多少 2.国交合作单位几家",
    ],
    ids=["circled", "circled-tight", "dotted", "parenthesised", "comma-marks", "spaced", "colon"],
)
def test_numbered_asks_are_each_answered(question: str) -> None:
    answer = _answer("builtin", question)
    assert "≤130万元" in answer and "≥3家" in answer, answer


def test_a_decimal_is_no_numbering() -> None:
    assert numbered_apart("国交1.5倍的合作单位是多少") == "国交1.5倍的合作单位是多少"
    assert numbered_apart("1.企服的成本控制数多少") == "1.企服的成本控制数多少"


@pytest.mark.parametrize(
    "question",
    [
        "企服 科创赋能人才服务活动 和 创新服务学术交流科普那类活动 场次各是多少",
        "企服科创赋能人才服务活动和创新服务学术交流科普活动各几场",
        "企服科创赋能人才服务活动、创新服务学术交流科普活动，场次分别多少",
    ],
    ids=["spaced", "joined", "listed"],
)
def test_a_count_word_said_of_events_is_explained_by_their_unit(question: str) -> None:
    answer = _answer("builtin", question)
    assert "≥35场" in answer and "≥5场" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "除了产出指标以外，国交项目还有哪些质量类指标",
        "除了产出指标以外国交项目还有哪些质量指标",
        "除了产出指标外，国交还有哪些质量指标",
    ],
    ids=["comma", "run-on", "wai"],
)
def test_leaving_aside_the_heading_that_holds_the_one_asked_lists_that_one(
    question: str,
) -> None:
    answer = _answer("builtin", question)
    assert "质量达标率" in answer and "安全事故发生数" in answer, answer
    assert "活动参与人数" not in answer and "成本控制数" not in answer, answer


def test_leaving_aside_a_heading_still_lists_the_rest() -> None:
    answer = _answer("builtin", "除了产出指标，国交还有哪些指标")
    assert "不属于产出指标" in answer and "共5项" in answer, answer


def test_still_has_before_an_asking_word_joins_no_two_asks() -> None:
    answer = _answer("builtin", "国交合作单位几家，还有多少篇论文")
    assert "≥3家" in answer and "≥20篇" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "海峡两岸那几个交流活动的产出指标给我列下",
        "海峡两岸那几个交流活动有哪些指标",
        "海峡两岸这几个交流项目的指标列一下",
    ],
    ids=["list-down", "which", "these"],
)
def test_words_after_pointing_at_rows_say_what_they_are_when_no_row_holds_them(
    question: str,
) -> None:
    answer = _answer("builtin", question)
    assert all(word in answer for word in ("研讨会", "论文", "辩论", "科普论坛")), answer


def test_a_list_a_row_name_writes_with_a_shortened_item_stays_one_ask() -> None:
    answer = _answer("builtin", "企服创新服务、学术交流、科普活动几场")
    assert "≥5场" in answer, answer
    assert "国际科技人文交流与合作" not in answer, answer
