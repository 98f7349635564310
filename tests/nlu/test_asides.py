"""Clauses about the speaker or the talk are no items the form lacks (nlu/asides.py)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("国交的活动参与人数目标多少，嗯，我手机信号不太好", "300人"),
        ("企服的成本控制数是多少，你帮个忙，我脑子有点乱", "130万元"),
        ("企服预算是国交的几倍，语音打的字有点乱", "3.25"),
        ("正在赶汇报……国交的成本控制数是多少", "40万元"),  # the asker's paperwork
    ],
)
def test_aside_left_out_of_the_ask(question: str, figure: str) -> None:
    answer = ask(question)
    assert figure in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "lacking"),
    [
        ("国交项目，我要找负责人", "负责人"),  # what is asked is in the clause of the speaker
        ("企服参与人数多少，你告诉我电话", "电话"),  # 告诉 asks
        ("国交的志愿者人数目标多少，我急用", "志愿者"),  # the lacking word is not in the aside
    ],
)
def test_a_clause_that_asks_stays(question: str, lacking: str) -> None:
    answer = ask(question)
    assert f"没有找到“{lacking}" in answer
    assert "40万元" not in answer and "130万元" not in answer


def test_a_year_of_the_speakers_own_is_no_year_asked() -> None:
    """我后年就调走了: the speaker's year, not a form's; the ask is of the loaded year."""
    answer = ask("大家好，我后年就调走了，帮处里看一下：国交的预算是不是40万？")
    assert "40万元" in answer
    assert "2028" not in answer


def test_a_year_asked_stays_asked() -> None:
    answer = ask("我想知道明年国交的预算")
    assert "2027" in answer and "40万元" not in answer


@pytest.mark.parametrize(
    ("form", "question", "kept"),
    [
        ("multi_year", "数改 写大于等于的 几条", "改造展区数量"),  # 写 asks what rows write
        ("variations", "运维项目哪些指标没写≥或≤号，只写数字", "巡检车辆数"),
    ],
)
def test_a_clause_saying_what_rows_write_is_no_aside(form: str, question: str, kept: str) -> None:
    answer = ask(question, form)
    assert kept in answer


def test_an_ask_passed_on_keeps_words_of_the_form_before_it() -> None:
    """国交预算领导让我问: the words before the passing on are the ask itself."""
    answer = ask("国交预算多少领导让我问")
    assert "40万元" in answer
    assert "130万元" not in answer


def test_a_term_gets_back_the_character_a_common_word_took() -> None:
    """告诉我国交…: 我国 (China) took the 国 of 国交."""
    answer = ask("麻烦告诉我国交的满意度指标是多少")
    assert "90%" in answer
    assert "年度总体目标" not in answer


@pytest.mark.parametrize(
    "opening",
    ["您好，", "麻烦问一下，", "那个，嗯，", "@绩效助手 ", "领导让我问一下，", "早～ 打扰了，"],
)
def test_an_opening_that_asks_nothing_changes_no_answer(opening: str) -> None:
    """The answer with a greeting, an opener, fillers or an @mention before it is the answer
    without them, on a question read from its start (…那个，用…摊到每人次)."""
    question = "开放日接待5000人次那个，用设施运维成本控制数摊到每人次大概多少钱？"
    plain = ask(question, "variations")
    assert "500元" in plain
    assert ask(opening + question, "variations") == plain


@pytest.mark.parametrize("closing", ["，急，在线等", " 急急急！！", "，比较急，谢谢"])
def test_a_closing_that_presses_changes_no_answer(closing: str) -> None:
    question = "哪些指标的目标写的是“有效提升”"
    plain = ask(question)
    assert "共 2 项" in plain or "2 项" in plain
    assert ask(question + closing) == plain


def test_an_opening_keeps_a_clause_that_asks() -> None:
    """麻烦问一下，国交预算多少，还有宣传费: the part the form lacks is still read."""
    answer = ask("麻烦问一下，国交预算多少，还有宣传费")
    assert "没有找到“宣传" in answer


@pytest.mark.parametrize(
    ("form", "question", "expected", "wrong"),
    [
        # An office heading the message: its 财政 or 查 asks nothing of the form.
        ("builtin", "区财政局复核：国交的成本控制数是多少？", "40万元", "170万元"),
        ("builtin", "审计局核查：企服参与企业满意度的目标是多少", "90%", "130万元"),
        ("builtin", "市科委要用：国际交流项目活动参与人数目标是多少", "300人", "40万元"),
        # The office's own doing in its heading (核对 is a word of the goal texts).
        ("multi_year", "财务处核对用：改造 年度占总额百分比", "33.3", "财务处"),
        # Traditional characters, read before the whole-message steps.
        ("builtin", "財政局複核：國際交流項目的成本控制數是多少？", "40万元", "170万元"),
        ("builtin", "請問企業科技創新服務的預算是多少", "130万元", "40万元"),
        # Courtesies and the asker's state, with no pronoun and a word the goal text has.
        ("other", "又来了，今天问题有点多不好意思 运维的市民满意度多少", "90%", "85%"),
        ("builtin", "刚来业务不熟悉，国交的成本控制数是多少", "40万元", "130万元"),
        ("builtin", "企服服务科技工作者多少人次 打错字了见谅", "8000", "错字"),
        # An office named by a word of the form (预算科) is still the asker's office.
        ("builtin", "预算科这边，表格今天要交，企服的满意度是多少", "90%", "130万元"),
        # An ask passed on by someone else starts after the passing on.
        ("builtin", "突然想起来主任让我问国交的活动参与人数目标", "300人", "40万元"),
        ("builtin", "下午开会时处长叫我查企服服务科技工作者人数", "8000", "130万元"),
        # A tag in 【】 and a closing that presses.
        ("builtin", "【求助】企服项目的计划完成日期，麻烦快点～", "2026-12-31", "求助"),
        # An ask quoted in words that name nothing of the form.
        (
            "builtin",
            "我打算在简报里写“国交预算占两个项目合计的百分之多少”，帮忙算下",
            "23.5",
            "简报",
        ),
        # 第一次 is an ordinal, no figure; 项目 is too general to be the form's word.
        ("old_template", "路桥的桥梁检测几座？我是第一次做这类项目", "4座", "第1次"),
        # A particle ends the ask and the speaker's clause follows, unpunctuated.
        ("old_template", "桥梁检测几座啊我刚到这个科室", "4座", "没有找到"),
        # Punctuation said aloud by voice input.
        ("builtin", "国交合作单位几家逗号我记一下", "3家", "逗号"),
        # 先问下 opens the ask that follows, though it asks with no question word.
        ("builtin", "我下周要出差了 先问下 企服满意度目标", "90%", "年度总体目标"),
    ],
)
def test_words_around_the_ask_are_left_out(
    form: str, question: str, expected: str, wrong: str
) -> None:
    """The ask is answered as if said alone, and nothing of it is refused."""
    answer = ask(question, form)
    assert expected in answer
    assert wrong not in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("国交的活动参与人数目标多少，海报上要印出来", "≥300人"),
        ("港澳台学生人数目标多少，宿舍要提前安排", "≥50人"),
        ("国交的活动参与人数目标多少，志愿者也要安排", "≥300人"),
        ("企服预算是国交的几倍？标题想对比一下", "3.25"),
    ],
)
def test_a_clause_of_what_the_asker_will_do_is_left_out(question: str, figure: str) -> None:
    answer = ask(question)
    assert figure in answer, answer
    assert "没有找到" not in answer, answer


def test_a_thing_wanted_after_the_ask_is_still_refused() -> None:
    answer = ask("国交预算多少，负责人电话也要")
    assert "40万元" in answer and "没有找到“负责人" in answer, answer
