"""Abbreviations users coin from two words of a row's name: 成控 for 成本控制, 安事 for
安全事故, 信采 for 信息采集."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer
from tests.nlu.question_sets import engine_for


def _row_named(form: str, question: str) -> str:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert len(answer.indicators) == 1, answer
    return answer.indicators[0].name


@pytest.mark.parametrize(
    ("form", "question", "row"),
    [
        ("builtin", "急！企服成控多少", "企业科技创新服务成本控制数"),
        ("builtin", "国交成控", "国际科技人文交流合作成本控制数"),
        ("builtin", "科创成控", "企业科技创新服务成本控制数"),
        ("variations", "急 运维成控报一下谢谢", "设施运维成本控制数"),
        ("builtin", "国交安事几起", "活动安全事故发生数"),
        ("builtin", "企服信采准确性要求", "基本信息采集准确性"),
        ("builtin", "国交质达率", "活动、论坛质量达标率"),
    ],
    ids=["cost", "cost-bare", "cost-alias", "cost-spoken", "accident", "gathering", "quality"],
)
def test_coined_abbreviation_names_its_row(form: str, question: str, row: str) -> None:
    assert _row_named(form, question) == row


def test_word_written_across_a_coined_pair_stays_as_written() -> None:
    # 产学研 holds 学研 (学术研讨), a pair it never means.
    text = engine_for("builtin").read("企服产学研那块聚焦哪类企业").text
    assert "学术研讨" not in text
    assert "产学研" in text


def test_project_short_name_is_no_coined_abbreviation() -> None:
    text = engine_for("builtin").read("科创成控").text
    assert text.startswith("科创")


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("领导问企服满义度目标", "参与企业、专家的满意度"),
        ("企服满义度", "参与企业、专家的满意度"),
        ("企服满以度", "参与企业、专家的满意度"),
        ("国交的满义度多少", "参与人员与合作单位满意度"),
        ("国交满意渡呢", "参与人员与合作单位满意度"),
    ],
    ids=["boss-asks", "terse", "other-char", "of-other-project", "particle"],
)
def test_sound_slip_right_after_a_project_name_is_read(question: str, row: str) -> None:
    assert _row_named("builtin", question) == row
