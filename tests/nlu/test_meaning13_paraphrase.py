"""Session 13 meaning: rows and goal sentences described in other words than the form's.

A which-ask's kind with a word before it (哪些海外的力量) or two kinds joined (团体和资源), a
form name said without its bracketed aside (院士工作站 of 院士（专家）工作站), and the everyday
words for things the form names (孩子 of 学生, 串门 of 走访, 人头数 of 人数).
"""

from __future__ import annotations

import re

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise

_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _figures(text: str) -> set[str]:
    return set(_FIGURE.findall(normalise(text)))


@pytest.mark.parametrize(
    "question",
    [
        "国交联动哪些方",
        "国交要联动哪些海外的力量",
        "国交联动了哪些团体和资源",
        "国际交流项目要联动哪几方",
        "国交那边联动哪些海外的团体",
    ],
    ids=["bare-side", "modified-kind", "joined-kinds", "how-many-sides", "modified-group"],
)
def test_which_ask_kind_after_a_modifier_is_answered_by_the_listing_sentence(
    question: str,
) -> None:
    said = normalise(ask(question))
    assert "海智基地" in said and "专业学会" in said
    assert "没有找到" not in said


@pytest.mark.parametrize(
    "question",
    ["国交的志愿者是哪些单位的", "国交跟哪些外国的大学合作"],
    ids=["volunteers", "foreign-universities"],
)
def test_which_ask_of_a_thing_the_form_lacks_is_still_refused(question: str) -> None:
    said = normalise(ask(question))
    assert "没有找到" in said
    assert "海智基地" not in said


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("企服给院士工作站做实地调研、绩效管理要几次", "≥10次", ("120", "40")),
        ("企服去院士工作站搞材料审核，一年几次", "≥10次", ("120", "40")),
        ("企服今年要新增多少个院士工作站的申报", "≥40家", ("120", "10")),
        ("今年申报院士工作站的有多少家", "≥40家", ("120", "10")),
        ("企服要培养几家新申报的院士工作站", "≥40家", ("120", "10")),
    ],
    ids=["visits", "audits", "applications", "applied", "fostered"],
)
def test_name_said_without_its_bracketed_aside(
    question: str, figure: str, wrong: tuple[str, ...]
) -> None:
    said = normalise(ask(question))
    assert figure in said
    assert not _figures(said) & set(wrong)


@pytest.mark.parametrize(
    ("question", "figure", "form"),
    [
        ("港澳台来实习的孩子要招多少", "≥50人", "builtin"),
        ("暑期实习来的港澳台小孩有几个", "≥50人", "builtin"),
        ("企服这边去区里和企业科协串门对接要跑几次", "≥10次", "builtin"),
        ("企服登门拜访区科协、企业科协几次", "≥10次", "builtin"),
        ("企服调研站点交上来的材料要几篇", "≥15篇", "builtin"),
        ("企服帮企业带来新的院士专家合作，目标多少位", "≥120名", "builtin"),
        ("国交的对外合作伙伴要几家", "≥3家", "builtin"),
        ("国交合作单位对活动的认可程度要多高", "≥90%", "builtin"),
        ("数改网上参观量", "≥100000", "multi_year"),
        ("数字化改造第二期工程的完工节点是哪天", "2025-09-30", "multi_year"),
    ],
    ids=[
        "children",
        "kids",
        "drop-in",
        "call-on",
        "survey-sites",
        "brought-in",
        "outside-partners",
        "approval",
        "visit-volume",
        "phase-works",
    ],
)
def test_everyday_word_for_what_the_row_names(question: str, figure: str, form: str) -> None:
    said = normalise(ask(question, form))
    assert normalise(figure) in said
    assert "没有找到" not in said


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("港澳台学生的家长要来几个", "builtin"),
        ("国交的对外合作志愿者有几个", "builtin"),
        ("院士工作站的志愿者有几个", "builtin"),
    ],
    ids=["parents", "volunteers", "station-volunteers"],
)
def test_a_thing_beside_a_paraphrase_is_still_refused(question: str, form: str) -> None:
    said = normalise(ask(question, form))
    assert "没有找到" in said
    assert "指标值" not in said


@pytest.mark.parametrize(
    ("question", "figure", "form"),
    [
        ("数字化 观众评价要求", "≥85%", "multi_year"),
        ("场馆改造观众口碑要达到多少", "≥85%", "multi_year"),
        ("企服的企业和专家给的评价要多高", "≥90%", "builtin"),
        ("企服参与企业专家的好评要到多少", "≥90%", "builtin"),
        ("数字化改造观众的感受目标多少", "≥85%", "multi_year"),
    ],
    ids=["evaluation", "reputation", "experts-rate", "praise", "feeling"],
)
def test_opinion_asked_of_a_satisfaction_row(question: str, figure: str, form: str) -> None:
    said = normalise(ask(question, form))
    assert normalise(figure) in said
    assert "没有找到" not in said and "100000" not in said


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("企服那本企业科协建设手册验收要达到什么水平", "=100%"),
        ("企业科协建设指南验收的合格程度要多少", "=100%"),
        ("企业科协那本手册验收通过率", "=100%"),
        ("企业科协建设手册要印几套", "=1套"),
    ],
    ids=["acceptance-level", "guide-degree", "pass-rate", "printed"],
)
def test_thing_named_in_full_by_its_sibling_row(question: str, figure: str) -> None:
    said = normalise(ask(question))
    assert normalise(figure) in said
    assert "没有找到" not in said


@pytest.mark.parametrize(
    "question",
    ["直通车一年计划服务几家企业", "科创直通车全年计划服务多少企业"],
    ids=["one-year-plan", "whole-year-plan"],
)
def test_phrasing_words_the_tokenizer_glued_explain_nothing(question: str) -> None:
    said = normalise(ask(question))
    assert "100家" in said
    assert "没有找到" not in said


def test_glued_phrasing_leaves_a_thing_the_form_lacks_refused() -> None:
    said = normalise(ask("直通车一年计划服务几家银行"))
    assert "没有找到" in said and "银行" in said
    assert "100家" not in said


@pytest.mark.parametrize(
    "question",
    ["企服院士工作站验收通过率要多少", "企服院士工作站的建设推进活动合格率多少"],
    ids=["acceptance-rate", "activity-pass-rate"],
)
def test_rate_asked_is_never_answered_by_a_count_the_goal_names(question: str) -> None:
    said = normalise(ask(question))
    assert "没有找到" in said
    assert "10次" not in said and "40家" not in said


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("国交办这些活动对两岸交流要达到什么效果", "有效促进"),
        ("国交那些活动对两岸交流有啥作用", "有效促进"),
        ("企服的管理机制最后要做成啥样", "建立健全"),
        ("国交长效管理这块要搞成什么样", "建立健全"),
        ("国交这些活动对科普影响力要达到啥程度", "有效提升"),
    ],
    ids=["pointed-events", "pointed-role", "made-into", "done-as", "influence"],
)
def test_effect_asked_in_words_is_answered_by_the_rows_target(question: str, target: str) -> None:
    said = normalise(ask(question))
    assert target in said
    assert "≥3场" not in said and "没有找到" not in said


def test_effect_asked_of_a_thing_the_form_lacks_is_refused() -> None:
    said = normalise(ask("国交这些志愿者对两岸交流要达到什么效果"))
    assert "没有找到" in said and "志愿者" in said
    assert "有效促进" not in said.split("没有找到")[0]
