"""Characters and words of a message read before matching (nlu/sounds.py, nlu/typos.py,
nlu/normalize.py, plain_words.txt): a phase's numeral dictated as another character of its
sound (二七改造), a year of the 2020s said by two digits (二七年), a rare phrasing character
written for the end of a word of two (性值), a pair dictated as another word of its sound (空置数,
原始工作站), and the everyday words for a target's floor and ceiling (保底, 顶天).

Each case is a phrasing of its own kind, as different people would type it; it asserts the
figure answered and that the wrong figure does not appear.
"""

from __future__ import annotations

import pytest

from nlu.normalize import Normalizer
from tests.nlu.question_sets import ask

REFUSED = "没有找到"


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("二七改造要啥时候完成", "2026-12-31"),
        ("数字化改造二起改造最晚啥时候", "2026-12-31"),
        ("二其改造完成时间是哪天", "2026-12-31"),
        ("那个二七改造的完成时间定的哪天", "2026-12-31"),
        ("改造项目整体啥时候完，二七改造又是啥时候", REFUSED),
    ],
    ids=["when-done", "latest", "which-day", "set-for", "with-the-whole"],
)
def test_phase_numeral_dictated_as_its_sound_reads_the_phase(question: str, wrong: str) -> None:
    answer = ask(question, "multi_year")
    assert "2025-09-30" in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("form", "question", "year"),
    [
        ("builtin", "国交二七年的预算", "2027"),
        ("builtin", "二八年企服的成本控制数", "2028"),
        ("builtin", "企服二五年服务科技工作者多少人次", "2025"),
        ("multi_year", "改造项目二八年的预算", "2028"),
        ("builtin", "帮我看下二九年国交活动参与人数", "2029"),
    ],
    ids=["budget-27", "cost-28", "people-25", "multi-28", "ask-first-29"],
)
def test_year_said_by_two_digits_is_refused_when_not_loaded(
    form: str, question: str, year: str
) -> None:
    answer = ask(question, form)
    assert f"没有 {year} 年度" in answer
    assert "万元（" not in answer
    assert "人次（" not in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("企服二六年的预算多少", "130万元"),
        ("国交二六年活动参与人数", "300人"),
        ("二六年国交的成本控制数是多少", "40万元"),
    ],
    ids=["budget", "people", "cost"],
)
def test_loaded_year_said_by_two_digits_is_answered(question: str, expected: str) -> None:
    answer = ask(question, "builtin")
    assert expected in answer
    assert REFUSED not in answer


@pytest.mark.parametrize(
    ("form", "question", "expected", "wrong"),
    [
        ("multi_year", "数字化改造项目性值是啥", "跨年度项目", REFUSED),
        ("builtin", "企服项目性值是什么", "其他一次性项目", REFUSED),
        ("variations", "运维项目性值", "经常性项目", REFUSED),
        ("builtin", "企服项目的性值和类别", "特定目标类", REFUSED),
        ("builtin", "企服值量指标有哪些", "建设指引验收合格率", REFUSED),
    ],
    ids=["nature-multi", "nature-builtin", "nature-other", "nature-and-kind", "quality-rows"],
)
def test_phrasing_character_for_the_end_of_a_word_of_two(
    form: str, question: str, expected: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("form", "question", "expected", "wrong"),
    [
        ("multi_year", "改造成本空置数是多少", "120万元", REFUSED),
        ("builtin", "企服的成本空置数定的多少", "130万元", "40万元"),
        ("builtin", "国交成本空置数多少", "40万元", "130万元"),
        ("variations", "运维成本空置数", "250万元", REFUSED),
        ("builtin", "企服新培育原始工作站多少家", "40家", REFUSED),
    ],
    ids=["cost-multi", "cost-qifu", "cost-guojiao", "cost-upkeep", "academician-station"],
)
def test_pair_dictated_as_another_word_of_its_sound(
    form: str, question: str, expected: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("form", "question", "expected", "wrong"),
    [
        ("builtin", "暑期实习来的学生保底多少人", "50人", "300人"),
        ("builtin", "企服服务科技工作者的人次保底是多少来着", "8000人次", REFUSED),
        ("builtin", "国交活动参与人数打底多少", "300人", REFUSED),
        ("variations", "设施完好率兜底多少", "85%", REFUSED),
        ("builtin", "国交成本撑死能花多少钱", "40万元", "130万元"),
        ("builtin", "企服的钱顶天多少", "130万元", REFUSED),
        ("multi_year", "场馆数字化那个项目改造的钱顶天多少", "120万元", REFUSED),
    ],
    ids=[
        "floor-students",
        "floor-people",
        "floor-attend",
        "floor-rate",
        "cap-cost",
        "cap-money",
        "cap-renovation",
    ],
)
def test_everyday_word_for_a_floor_or_ceiling(
    form: str, question: str, expected: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert wrong not in answer


def test_sum_of_floors_said_plainly() -> None:
    answer = ask("企服按“场”计的那几条，保底加起来一共多少场", "builtin")
    assert "43场" in answer
    assert "65" not in answer


@pytest.mark.parametrize(
    ("form", "question", "expected"),
    [
        ("builtin", "国交活动参与人数目票多少", "300人"),
        ("builtin", "企服满意度目票值", "90%"),
        ("builtin", "国交辩论队人数的目票定的几个", "5人"),
        ("builtin", "国交论文征集目票", "20篇"),
        ("variations", "运维设施完好率的目票", "85%"),
        ("builtin", "企服举办学木交流活动几场", "5场"),
    ],
    ids=["attend", "satisfaction", "debaters", "papers", "intact-rate", "academic"],
)
def test_look_alike_character_read_as_the_forms(form: str, question: str, expected: str) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert REFUSED not in answer


@pytest.mark.parametrize(
    ("question", "expected", "wrong"),
    [
        ("企服跑区里科协、企业科协的次数多少", "10次", "1套"),
        ("企服下去走访科协的次数保底多少", "10次", "1套"),
        ("国交研讨会相关活动场数多少", "4场", REFUSED),
        ("企服院士专家引进的人次数", "120名", REFUSED),
    ],
    ids=["visits", "visits-floor", "sessions", "person-times-kept"],
)
def test_count_of_a_measure_word_asks_in_it(question: str, expected: str, wrong: str) -> None:
    answer = ask(question, "builtin")
    assert expected in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "expected", "wrong"),
    [
        ("国交预算的两成半是多少钱", "10万元", "8万元"),
        ("企服成本控制数的九成五是多少", "123.5万元", "117万元"),
        ("国交预算要是砍掉两成半还剩多少", "30万元", "32万元"),
        ("企服年度预算的一成半合多少钱", "19.5万元", "13万元"),
        ("国交预算的三成是多少", "12万元", "10万元"),
    ],
    ids=["quarter", "ninety-five", "cut-quarter", "fifteen", "tenths-kept"],
)
def test_tenths_and_half_a_tenth_said_in_characters(
    question: str, expected: str, wrong: str
) -> None:
    answer = ask(question, "builtin")
    assert expected in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("企服满意度多少来者", "90%"),
        ("国交活动参与人数是多少来者", "300人"),
        ("企服院士专家引进多少名来者，我忘了", "120名"),
        ("国交的科技社团推荐几家来这", "10家"),
        ("国交论文征集几篇来者？", "20篇"),
    ],
    ids=["rate", "people", "experts-aside", "societies", "papers-marked"],
)
def test_spoken_particle_typed_by_its_sound(question: str, expected: str) -> None:
    answer = ask(question, "builtin")
    assert expected in answer
    assert REFUSED not in answer


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("二七年的预算", "27年的预算"),
        ("二零年代的项目", "二零年代的项目"),
        ("二三年级的学生", "二三年级的学生"),
        ("第二年的预算", "第2年的预算"),
        ("一九年的预算", "一九年的预算"),
        ("每二年一次", "每二年一次"),
    ],
    ids=["year-27", "decade", "grades", "ordinal", "not-2020s", "count"],
)
def test_only_a_year_of_the_2020s_said_by_two_digits_is_written_in_digits(
    said: str, written: str
) -> None:
    assert Normalizer().normalize(said) == written


@pytest.mark.parametrize(
    ("form", "question", "kept"),
    [
        ("builtin", "任何项目都有满意度指标吗", "人合"),
        ("builtin", "企服调查站点往上报多少篇信息", "网上"),
        ("builtin", "企服项目钱从哪来，全是财政拨的吗", "全市"),
        ("builtin", "要来多少港澳台学生", "邀来"),
        ("builtin", "两个项目的计划开始日期都是哪天", "都市"),
        ("multi_year", "数字化改造二五年的预算多少", "年底"),
    ],
    ids=["function-pair", "straddled", "common-phrasing", "verb", "adverb", "particle"],
)
def test_words_as_written_are_never_read_as_slips(form: str, question: str, kept: str) -> None:
    assert kept not in ask(question, form)
