"""English words mixed into office chat and the older staff's regional words are read as the
form's own words (nlu/plain_words.py, plain_words.txt).

Each case is a phrasing of its own kind, as different people would type it; it asserts the
figure answered and that the wrong figure does not appear. An English word for a thing the form
does not have is refused as its Chinese word is, with no figure.
"""

from __future__ import annotations

import pytest

from nlu.plain_words import PlainWords
from tests.nlu.question_sets import ask, engine_for

REFUSED = "没有找到"


@pytest.mark.parametrize(
    ("form", "question", "expected", "wrong"),
    [
        # A verb asking to look up, in English, before or inside the ask.
        ("builtin", "get 国交 计划完成日期", "2026-12-31", "没有找到"),
        ("builtin", "帮忙get一下企服的开始日期", "2026-01-01", "2026-12-31"),
        ("builtin", "pls show me 国交 活动参与人数 target", "300人", "没有找到"),
        ("builtin", "query 企服 满意度kpi", "90%", "没有找到"),
        # The form's words said in English.
        ("builtin", "国交有几个partners一起合作", "3家", "没有找到"),
        ("builtin", "国交 accident 最多几起", "0起", "没有找到"),
        ("builtin", "企服 satisfaction 的 min 是多少", "90%", "130万元"),
        ("builtin", "max型的KPI(≤那种) 两个项目各是哪条", "成本控制数", "=100%"),
        ("builtin", "企服 ddl 是哪天", "2026-12-31", "2026-01-01"),
        ("builtin", "国交 start_date 和 end_date", "2026-01-01", "没有找到"),
        ("builtin", "国交 funding 里 carry over 多少", "上年结转资金：0万元", "40万元（"),
        ("builtin", "企服 grant 多少", "当年财政拨款：130万元", "40万元"),
        ("builtin", "企服 qualitative KPI 有哪些", "长效管理机制健全性", "没有找到"),
        ("builtin", "国交 quality KPIs list", "活动安全事故发生数", "没有找到"),
        ("builtin", "企服和国交 budget 的 diff", "90万元", "170万元"),
        ("other", "运维 资金 breakdown", "上年结转资金：50万元", "没有找到"),
        ("other", "运维 funding split pls", "当年财政拨款：200万元", "没有找到"),
        # A document the answer goes into, and a unit typed after the ask.
        ("builtin", "国交活动参与人数 target 多少ppl 我要写进excel", "300人", "没有找到"),
        ("builtin", "帮我check下企服成本控制数 要放slides里", "130万元", "没有找到"),
        # Query-style words and a mark typed for 和.
        ("builtin", "select * from 国交 where 单位 是 人", "活动参与人数", "没有找到"),
        ("builtin", "企服 成本控制数&满意度", "90%", "没有找到"),
        ("builtin", "国交 辩论队人数 & 科普论坛上海代表人数", "≥2人", "没有找到"),
        # Sounds and courtesies drawn out.
        ("builtin", "emmmm okkk 企服成本控制数 thxxx", "130万元", "40万元"),
    ],
)
def test_english_word_read_as_the_forms_word(
    form: str, question: str, expected: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服项目 owner 是谁",
        "国交对接人的 phone 和 email",
        "企服 contact 给个 wechat",
        "国交 vendor 是哪家",
        "企服 invoice 开了多少",
    ],
    ids=["owner", "phone-email", "contact", "vendor", "invoice"],
)
def test_english_ask_for_a_thing_the_form_lacks_is_refused(question: str) -> None:
    answer = ask(question)
    assert REFUSED in answer
    assert "万元" not in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("get 企服 计划开始日期", "查 企服 计划开始日期"),
        ("企服 Start Date", "企服 开始日期"),
        ("企服 startDate", "企服 开始日期"),
        ("企服budget2026多少", "企服预算2026多少"),
        ("L2指标", "二级指标"),
        ("thank you so much", " "),
        ("emmmm 国交", " 国交"),
        ("国交对接人 email", "国交对接人 邮箱"),
        ("kpi和wifi", "kpi和wifi"),  # whole words only
    ],
)
def test_english_words_rewritten(question: str, expected: str) -> None:
    assert PlainWords(engine_for("builtin").lexicon.cut).rewritten(question) == expected


@pytest.mark.parametrize(
    ("form", "question", "expected", "wrong"),
    [
        # Shanghai: money, things, may be spent, passing.
        ("builtin", "企服今年钞票最多好用多少", "130万元", "40万元"),
        ("builtin", "国交一塌刮子多少钞票", "40万元", "130万元"),
        ("builtin", "国交容许出几桩安全事故", "0起", "没有找到"),
        ("builtin", "国交港澳台实习 要完成哪些事体", "实习岗位征集", "没有找到"),
        ("builtin", "企服里企业跟专家满意度 要多少才算过关", "90%", "没有找到"),
        ("builtin", "国交铜钿有多少", "40万元", "130万元"),
        # Everyday words for the form's own.
        ("variations", "运维 老百姓觉得环境咋样 要到啥档次", "优良", "没有找到"),
        ("builtin", "国交预算折成元是多少", "400,000.00元", "130万元"),
        ("other", "养护项目对老百姓出行预期有啥效果", "改善", "没有找到"),
        ("other", "运维老百姓满意度要多少", "90%", "85%"),
        # Cantonese.
        ("builtin", "企服成本控制数几多啊 唔该", "130万元", "40万元"),
        ("builtin", "国交啲合作单位要几多家", "3家", "没有找到"),
        # Northern.
        ("builtin", "俺们企服的票子有多少", "130万元", "40万元"),
        ("builtin", "国交的活儿啥前儿得干完", "2026-12-31", "2026-01-01"),
    ],
)
def test_regional_word_read_as_the_forms_word(
    form: str, question: str, expected: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert wrong not in answer


def test_latin_word_the_form_writes_is_kept() -> None:
    cut = engine_for("builtin").lexicon.cut
    assert PlainWords(cut).rewritten("online展厅人数") == "线上展厅人数"
    kept = PlainWords(cut, form_words=frozenset({"online"}))
    assert kept.rewritten("Online展厅人数") == "Online展厅人数"
