"""Session 17 asks: a remark around the ask (a cry, a judgment of the figure, what befell in a
year gone by, a figure of another year or read elsewhere, chat marks, a letter's salutation or a
signature) neither blocks the ask nor lends it a year or a figure."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise

# 企服 年度预算 130万, 引进院士专家 ≥120名, 满意度 ≥90%; 国交 年度预算 40万, 合作单位 ≥3家,
# 活动参与人数 ≥300人, 港澳台籍学生 ≥50人, 论文 ≥20篇; 养护 (old_template, 2024) 合格率 ≥95%.


def _answered(question: str, figure: str, form: str = "builtin") -> str:
    answer = normalise(ask(question, form))
    assert figure in answer, answer
    assert "没有找到" not in answer, answer
    assert "年度的申报表" not in answer, answer  # no year read from the remark
    return answer


@pytest.mark.parametrize(
    "question",
    [
        "忙了一上午脑袋嗡嗡的，国交合作单位几家",
        "头都大了，国交合作单位要几家",
        "哎呀妈呀 国交合作单位几家",
        "我的天，国交合作单位要几家啊",
        "国交合作单位几家？这个数挺关键的",
        "这个数很要紧：国交合作单位几家",
        "国交合作单位几家，累死了今天",
        "好家伙，国交合作单位几家",
    ],
    ids=["head-buzz", "head-big", "oh-my", "my-god", "key-after", "key-before", "tired", "wow"],
)
def test_a_cry_or_a_judgment_beside_the_ask_is_left_out(question: str) -> None:
    _answered(question, "3家")


@pytest.mark.parametrize(
    "question",
    [
        "企服引进院士专家多少名？这个数不小啊",
        "企服引进院士专家多少名，真不少",
        "这数可不少：企服引进院士专家多少名",
        "企服引进院士专家多少名？要求太高了吧",
        "企服引进院士专家多少名，挺吓人的",
    ],
    ids=["not-small", "really-many", "lead-in", "too-high", "scary"],
)
def test_a_judgment_of_the_figure_keeps_the_figure_asked(question: str) -> None:
    _answered(question, "120名")


@pytest.mark.parametrize(
    ("question", "figure", "form"),
    [
        ("企服满意度定了多少，去年没达标挨批了", "90%", "builtin"),
        ("国交合作单位几家？前年出过岔子", "3家", "builtin"),
        ("养护合格率要多少，前年出过事故", "95%", "old_template"),
        ("国交合作单位要几家，2024年差点没谈成", "3家", "builtin"),
        ("企服满意度多少，去年被投诉过", "90%", "builtin"),
    ],
    ids=["criticised", "mishap", "accident", "year-written", "complaint"],
)
def test_what_befell_in_a_year_gone_by_lends_no_year(
    question: str, figure: str, form: str
) -> None:
    _answered(question, figure, form)


def test_a_year_gone_by_asked_is_still_refused() -> None:
    answer = normalise(ask("国交合作单位几家，去年的呢"))
    assert "3家" not in answer or "2025" in answer, answer
    answer = normalise(ask("企服满意度去年完成了没"))
    assert "2025" in answer, answer


@pytest.mark.parametrize(
    ("question", "figure", "told"),
    [
        ("国交活动参与人数多少？2025年只有260人来", "300人", "260"),
        ("企服预算多少？2024年是100万", "130万", "100万"),
        ("国交港澳台学生人数，2025年是40人，今年呢", "50人", "40人"),
        ("2023年企服请了80名院士专家，今年要引进多少名", "120名", "80名"),
        ("国交论文征集，2025年收了三十多篇，今年定的多少", "20篇", "三十多篇"),
    ],
    ids=["came", "was", "then-this-year", "year-first", "roughly"],
)
def test_a_figure_told_of_another_year_is_set_apart(question: str, figure: str, told: str) -> None:
    answer = _answered(question, figure)
    assert f"≥{told}" not in answer, answer


def test_a_figure_told_roughly_is_set_apart() -> None:
    answer = _answered("国交活动参与人数目标多少，去年好像才来了两百来人", "300人")
    assert "提供的情况" in answer, answer
    _answered("企服走访对接几次？上半年跑了七八次了", "10次")


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("我手上材料写的企服预算120万，表里是多少", "130万"),
        ("国交的年度预算是多少？我手上的旧表写的35万", "40万"),
        ("文件上写的企服引进院士专家100名，表里是多少", "120名"),
        ("国交合作单位几家？我赌五毛是5家", "3家"),
        ("国交合作单位多少家，我估摸着是4家", "3家"),
    ],
    ids=["material", "old-form", "document", "bet", "reckon"],
)
def test_a_figure_read_elsewhere_or_guessed_is_never_the_answer(
    question: str, figure: str
) -> None:
    answer = _answered(question, figure)
    for wrong in ("≥120万", "≥35万", "≥100名", "≥5家", "≥4家"):
        assert wrong not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "国交合作单位几家[捂脸]",
        "[抱拳]国交合作单位几家",
        "国交合作单位几家[微笑][微笑]",
        "尊敬的助手：您好！请问国交合作单位几家？盼复。",
        "亲爱的小助手，国交合作单位几家",
        "国交合作单位几家 —— 来自一个迷茫的打工人",
        "国交合作单位几家（备注：用于年中汇报）",
        "听说今年在杭州办，国交合作单位几家",
    ],
    ids=[
        "emoji-after",
        "emoji-before",
        "emojis",
        "letter",
        "dear",
        "signature",
        "note",
        "hearsay",
    ],
)
def test_chat_marks_salutations_and_notes_are_left_out(question: str) -> None:
    _answered(question, "3家")


def test_emojis_between_two_asks_part_them() -> None:
    answer = _answered("国交预算多少[捂脸]合作单位几家[抱拳]", "40万")
    assert "3家" in answer, answer


def test_a_bracketed_project_is_no_emoji() -> None:
    _answered("[国交]合作单位几家", "3家")
