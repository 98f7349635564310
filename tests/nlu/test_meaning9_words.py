"""Words of the same meaning as the form's (口径, 录入, 开头, 背景) and ordinals it
writes without 第 (二期)."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, IndicatorList, MoneyAnswer, PassageAnswer
from tests.nlu.question_sets import engine_for


def _answer(form: str, question: str) -> object:
    return engine_for(form).interpret(question).answer


def _row_named(form: str, question: str) -> str:
    answer = _answer(form, question)
    assert isinstance(answer, IndicatorAnswer), answer
    assert len(answer.indicators) == 1, answer
    return answer.indicators[0].name


def _quoted(form: str, question: str) -> str:
    answer = _answer(form, question)
    assert isinstance(answer, PassageAnswer), answer
    return "".join(match.passage.text for match in answer.matches)


@pytest.mark.parametrize(
    ("form", "question", "row"),
    [
        ("builtin", "企服要把多少条院士专家的信息录进库", "采集新增工作站及院士专家基本信息数量"),
        ("builtin", "企服院士专家信息要录入多少条", "采集新增工作站及院士专家基本信息数量"),
        ("builtin", "企服院士专家基本信息入库多少条", "采集新增工作站及院士专家基本信息数量"),
        ("builtin", "企服要收录多少条院士专家信息", "采集新增工作站及院士专家基本信息数量"),
        ("builtin", "企服满意度的统计口径是啥", "参与企业、专家的满意度"),
        ("old_template", "道路通行条件按什么口径考核", "道路通行条件"),
        ("old_template", "道路通行条件那条用的啥标准口径", "道路通行条件"),
    ],
    ids=[
        "into-store",
        "enter",
        "stored",
        "take-in",
        "caliber",
        "caliber-check",
        "standard-caliber",
    ],
)
def test_word_of_the_same_meaning_picks_the_row(form: str, question: str, row: str) -> None:
    assert _row_named(form, question) == row


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("港澳台实习开头跟结尾各办什么仪式", ("启动仪式", "结业仪式")),
        ("港澳台实习开头办什么仪式", ("启动仪式",)),
        ("国交实习活动开头结尾各有什么仪式", ("启动仪式", "结业仪式")),
    ],
    ids=["both", "start", "both-unjoined"],
)
def test_start_and_end_of_an_event_name_its_ceremonies(
    question: str, words: tuple[str, ...]
) -> None:
    assert all(word in _row_named("builtin", question) for word in words)


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("国交想吸引啥样的人才就是什么背景的", "海外海归科技人才"),
        ("国交要吸引什么背景的人才", "海外海归科技人才"),
        ("国交吸引的人才是什么身份的", "海外海归科技人才"),
        ("企服重点服务的产业口径是啥", "3+6"),
    ],
    ids=["background-after", "background", "identity", "industry-caliber"],
)
def test_kind_asked_by_a_general_noun_is_quoted(question: str, quoted: str) -> None:
    assert quoted in _quoted("builtin", question)


@pytest.mark.parametrize(
    "question",
    ["改造2025年改的是第几期展区", "数字化改照今年要改第几期展区", "2025年展区改造是第几期"],
    ids=["which-phase", "slip", "phase-last"],
)
def test_phase_asked_is_quoted_where_the_goal_writes_it_without_di(question: str) -> None:
    assert "二期" in _quoted("multi_year", question)


@pytest.mark.parametrize(
    ("form", "question"),
    [
        ("multi_year", "场馆改造今年改造第几批展区"),
        ("builtin", "国交要录入多少条志愿者信息"),
        ("builtin", "国交的美术馆参观人数是多少"),
    ],
    ids=["batch", "volunteers", "art-museum"],
)
def test_words_the_form_lacks_still_give_no_figure(form: str, question: str) -> None:
    assert not isinstance(_answer(form, question), IndicatorAnswer | MoneyAnswer)


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("国交项目安全方面的考核点目标值是多少", "活动安全事故发生数"),
        ("国交安全方面的指标是多少", "活动安全事故发生数"),
        ("国交安全层面的要求是多少", "活动安全事故发生数"),
        ("企服满意度方面的目标值是多少", "参与企业、专家的满意度"),
    ],
    ids=["check-item", "row", "level", "satisfaction"],
)
def test_topic_said_with_fangmian_picks_its_row(question: str, row: str) -> None:
    assert _row_named("builtin", question) == row


def test_topic_said_with_fangmian_lists_the_heading_rows() -> None:
    answer = _answer("builtin", "企服质量方面的目标是多少")
    assert isinstance(answer, IndicatorList), answer
    assert {row.name for group in answer.groups for row in group.indicators} == {
        "基本信息采集准确性",
        "建设指引验收合格率",
    }
