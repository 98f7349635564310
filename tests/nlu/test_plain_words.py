"""Regional, older and English words are read as plain standard ones (nlu/plain_words.py)."""

from __future__ import annotations

import pytest

from nlu.plain_words import PlainWords
from tests.nlu.question_sets import ask, engine_for


@pytest.mark.parametrize(
    ("form", "question", "expected", "wrong"),
    [
        ("builtin", "企服那个项目啥辰光结束？", "2026-12-31", "2026-01-01"),
        ("builtin", "国交的钞票一共多少", "40万元", "130万元"),
        ("builtin", "国交活动参与人数目标几化？对伐", "300人", "2027"),
        ("old_template", "道路桥梁养护归哪个衙门管预算", "某区建设和管理委员会", "道路管理所"),
        ("builtin", "Hi，国交的Budget是多少 thx", "40万元", "130万元"),
        ("builtin", "企服的cost上限 pls", "130万元", "40万元"),
        ("builtin", "国交的 satisfaction KPI target", "90%", "40万元"),
        ("builtin", "国交budget在两个project total里的ratio", "23.5", "76.5"),
        # Words of a written official request.
        ("builtin", "经查，企服项目设有成本指标，请予确认其上限", "130万元", "40万元"),
        ("builtin", "请说明国际交流项目的活动参与人数目标", "300人", "40万元"),
        ("builtin", "烦请告知企服项目何时结束", "2026-12-31", "2026-01-01"),
        ("builtin", "请逐项列示国交项目的质量指标", "质量达标率", "130万元"),
        ("builtin", "國交項目以「家」為計量單位的產出指標共計幾項", "产出指标 2 项", "名称含"),
        ("builtin", "企服项目的成本控制数目标值为何？请列出算式", "130万元", "算式"),
        ("builtin", "请明确国交项目合作单位数量的目标值。", "3家", "明确"),
    ],
)
def test_words_asked(form: str, question: str, expected: str, wrong: str) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("企服130w比国交40w多多少", "企服130万比国交40万多多少"),
        ("按40k元一场算", "按40000元一场算"),
        ("0.4百万是不是国交预算", "40万是不是国交预算"),
        ("Q4那份多少", "第四季度那份多少"),
        ("kpi和wifi", "kpi和wifi"),  # only whole words: wifi holds no word of the list
    ],
)
def test_typed_figures_and_latin_words(question: str, expected: str) -> None:
    assert PlainWords(engine_for("builtin").lexicon.cut).rewritten(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("国交关于两岸的指标", "国交关于两岸的指标"),  # 交关 runs into 关于: kept
        ("伐木的指标有伐", "伐木的指标有吗"),  # 伐 is a particle only at the end
        ("侬晓得企服预算伐？", "你知道企服预算吗？"),
    ],
)
def test_rewritten_only_as_whole_words(question: str, expected: str) -> None:
    assert PlainWords(engine_for("builtin").lexicon.cut).rewritten(question) == expected
