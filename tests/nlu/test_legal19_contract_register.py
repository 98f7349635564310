"""Asks in the register of contracts and legal review (nlu/data/plain_words.txt [bounds] and
[formal], nlu/data/asides.txt [ask_opening_cause], nlu/filters.py).

A lawyer checking an agreement asks what a target is with contract words: 约定值, 如何约定,
应当达到, 不得低于, 应不少于, the 下限 typed by its sound as 下线, and opens with who asks and
for what review (本人系法务处，现因合同审查请教：…). A bound word asked of one row answers the
row's target; only a bound said with a figure, or beside a word asking rows, filters rows.

Each case is a phrasing of its own; it asserts the figure answered and that no wrong figure
appears.
"""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "form", "figure", "wrong"),
    [
        ("国交参与人员与合作单位的满意度按约定不得低于多少", "builtin", "≥90%", "以“≥”设定"),
        ("企服服务科技工作者人数应不少于多少人次", "builtin", "8000人次", "以“≥”设定"),
        ("港澳台籍学生人数不得少于几人", "builtin", "50人", "100个"),
        ("运维巡检车辆数按协议应当配几辆", "variations", "10辆", "没有找到"),
        ("企服成本控制数不得超过多少", "builtin", "130万", "以“≤”设定"),
        ("国交合作单位数量的约定值是几家", "builtin", "3家", "10家"),
        ("企服建设指引验收合格率怎么约定的", "builtin", "100%", "没有找到"),
        ("养护项目道路养护长度如何约定", "old_template", "985米", "没有找到"),
        ("国交港澳台籍学生人数下线是多少", "builtin", "50人", "没有找到“下线”"),
    ],
    ids=[
        "must-not-fall-below",
        "should-be-no-fewer",
        "must-not-be-fewer",
        "ought-to",
        "must-not-exceed",
        "agreed-value",
        "how-agreed",
        "how-agreed-old-form",
        "floor-typed-by-sound",
    ],
)
def test_contract_words_ask_the_row_target(
    question: str, form: str, figure: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert figure in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("企服为企业引进合作的院士专家的人数下限是多少", "≥120名", "120条"),
        ("国交的海峡两岸科普论坛上海代表的人数上限是多少", "≥2人", "以“≤”设定"),
    ],
    ids=["floor-of-a-head-count", "ceiling-of-a-head-count"],
)
def test_bound_noun_after_a_head_count_asks_one_row(
    question: str, figure: str, wrong: str
) -> None:
    answer = ask(question)
    assert figure in answer
    assert wrong not in answer


def test_bound_noun_beside_a_word_asking_rows_still_lists() -> None:
    answer = ask("企服哪几项指标的人数设了下限")
    assert "以“≥”设定" in answer


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("您好，本人系审计处，现因协议审核请教：国交的成本控制数上限是多少？盼复", "40万", "审核"),
        ("我处现为合同会签咨询：企服参与企业、专家的满意度不得低于多少？", "≥90%", "会签"),
        ("法务处复核合同附件：国交的活动参与人数应不少于几人？谢谢", "300人", "复核"),
    ],
    ids=["audit-review", "countersign", "office-heading"],
)
def test_review_the_ask_is_made_for_names_no_row(question: str, figure: str, wrong: str) -> None:
    answer = ask(question)
    assert figure in answer
    assert f"没有找到“{wrong}”" not in answer


@pytest.mark.parametrize(
    ("question", "form", "figure"),
    [
        ("国交对活动安全事故的容忍限度约定为多少", "builtin", "0起"),
        ("国交沪方征集论文数量约定多少篇", "builtin", "20篇"),
        ("国交选派参加辩论赛的上海高校辩论队人数约定几人", "builtin", "5人"),
        ("运维项目对运维过程中风险的管控如何约定", "other", "可控"),
        ("养护项目约定道路通车状况达到什么效果", "old_template", "改善"),
        ("企服到基层区科协上门联系几次为限", "builtin", "10次"),
        ("企服对外办路演推介活动的次数约定多少", "builtin", "2次"),
        ("长话短说：国交合作单位数量不得少于几家", "builtin", "3家"),
    ],
    ids=[
        "tolerance",
        "shanghai-side",
        "sent-to",
        "risk-managed",
        "traffic-state",
        "grassroots-visits",
        "outward-promotion",
        "brief-opening",
    ],
)
def test_contract_paraphrases_find_their_row(question: str, form: str, figure: str) -> None:
    answer = ask(question, form)
    assert figure in answer
    assert "没有找到" not in answer
