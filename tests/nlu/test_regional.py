"""Shanghai and older office words are read as standard ones (nlu/regional.py)."""

from __future__ import annotations

import pytest

from nlu.regional import RegionalWords
from tests.nlu.question_sets import engine_for, service_for


def _answer(form: str, question: str) -> str:
    return "\n".join(reply.plain() for reply in service_for(form).answer(question).replies)


@pytest.mark.parametrize(
    ("form", "question", "expected", "wrong"),
    [
        ("builtin", "企服那个项目啥辰光结束？", "2026-12-31", "2026-01-01"),
        ("builtin", "国交的钞票一共多少", "40万元", "130万元"),
        ("builtin", "国交活动参与人数目标几化？对伐", "300人", "2027"),
        ("old_template", "道路桥梁养护归哪个衙门管预算", "某区建设和管理委员会", "道路管理所"),
    ],
)
def test_regional_words_asked(form: str, question: str, expected: str, wrong: str) -> None:
    answer = _answer(form, question)
    assert expected in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("国交关于两岸的指标", "国交关于两岸的指标"),  # 交关 runs into 关于: kept
        ("伐木的指标有伐", "伐木的指标有吗"),  # 伐 is a particle only at the end
        ("侬晓得企服预算伐？", "你知道企服预算吗？"),
    ],
)
def test_rewritten_only_as_whole_words(question: str, expected: str) -> None:
    assert RegionalWords(engine_for("builtin").lexicon.cut).rewritten(question) == expected
