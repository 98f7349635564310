"""A row named by what it measures, not by its name: the words of the description are read as
the form writes them (its row names, headings and project name) or as another word of their
synonym group, and the one row explaining them answers; a description no row fits is refused."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask

REFUSED = "没有找到"


@pytest.mark.parametrize(
    ("form", "question", "said", "unsaid"),
    [
        ("old_template", "养护这块质量关怎么把的，标准多少", ["养护合格率", "95%"], [REFUSED]),
        ("old_template", "道路养护的品质要求定了多少", ["95%"], [REFUSED]),
        ("old_template", "养护活儿的成色要达到多少", ["95%"], [REFUSED]),
        ("builtin", "国交活动质量关有啥要求", ["=100%"], [REFUSED, "≥90"]),
        ("variations", "运维设施可用率要求多少", ["设施完好率", "≥85%"], [REFUSED]),
        ("variations", "运维设施能用率目标多少", ["≥85%"], [REFUSED, "年度总体目标"]),
    ],
    ids=["quality-gate", "quality-grade", "quality-colour", "quality-events", "usable", "works"],
)
def test_quality_described_answers_the_rate_under_its_heading(
    form: str, question: str, said: list[str], unsaid: list[str]
) -> None:
    answer = ask(question, form)
    assert all(word in answer for word in said), answer
    assert not any(word in answer for word in unsaid), answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("运维在节电这块有啥目标", ["设施能耗", "降低"]),
        ("运维那边降耗有什么要求", ["设施能耗", "降低"]),
        ("运维节约用电的目标是啥", ["设施能耗", "降低"]),
        ("运维用电量要怎么样", ["设施能耗", "降低"]),
        ("运维对公众科学素养的预期", ["公众科学素质", "提高"]),
        ("运维老百姓的科学素养要怎么样", ["公众科学素质", "提高"]),
        ("运维成本的控制额是多少", ["≤250万"]),
        ("运维花钱的控制线", ["≤250万"]),
    ],
    ids=["power", "consumption", "saving", "use", "public", "folk", "cap-sum", "cap-line"],
)
def test_effect_described_in_plain_words_answers_its_row(question: str, said: list[str]) -> None:
    answer = ask(question, "variations")
    assert all(word in answer for word in said), answer
    assert REFUSED not in answer and "年度总体目标" not in answer, answer


@pytest.mark.parametrize(
    "question",
    ["路好走不好走，养护有啥目标", "道路养护对马路通畅有啥要求", "养护以后出行条件要怎样"],
    ids=["walkable", "smooth", "travel"],
)
def test_road_described_by_how_it_goes_answers_passage_conditions(question: str) -> None:
    answer = ask(question, "old_template")
    assert "道路通行条件" in answer and "改善" in answer, answer
    assert REFUSED not in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "said"),
    [
        ("builtin", "企服学会的本领提升有什么目标", ["自我发展能力", "提升"]),
        ("builtin", "企服学会自身能力长进的目标", ["自我发展能力", "提升"]),
        ("builtin", "企服里着眼长远的机制建设要求", ["长效管理机制健全性", "建立健全"]),
        ("builtin", "企服用户满意度要多少", ["参与企业、专家的满意度", "≥90%"]),
        ("builtin", "国交客户满意度是多少", ["参与人员与合作单位满意度", "≥90%"]),
        ("builtin", "国字号的站点几家", ["19家"]),
    ],
    ids=["skill", "own-ability", "long-run", "users", "clients", "national-grade"],
)
def test_formal_description_answers_its_row(form: str, question: str, said: list[str]) -> None:
    answer = ask(question, form)
    assert all(word in answer for word in said), answer
    assert REFUSED not in answer and "28家" not in answer, answer


@pytest.mark.parametrize(
    "question",
    ["运维设备坏了多快能修好", "运维设施出了毛病几天内修复", "运维设施修理速度有啥要求"],
    ids=["how-fast", "within-days", "speed"],
)
def test_speed_of_repair_answers_the_timeliness_row(question: str) -> None:
    answer = ask(question, "variations")
    assert "设施修复及时性" in answer and "12月底" in answer, answer
    assert "设备故障次数：" not in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "said"),
    [
        ("variations", "运维平常巡逻检查的车几辆", ["10辆"]),
        ("variations", "运维巡着查的车有几台", ["10辆"]),
        ("builtin", "国交派去比赛的上海队有几个人", ["5人"]),
        ("builtin", "国交港澳台的学子来几个", ["50人"]),
        ("builtin", "国交港澳台的娃娃要来几个", ["50人"]),
    ],
    ids=["patrol", "patrol-spelled", "shanghai-team", "kids", "little-ones"],
)
def test_thing_named_loosely_is_counted_by_its_row(
    form: str, question: str, said: list[str]
) -> None:
    answer = ask(question, form)
    assert all(word in answer for word in said), answer
    assert REFUSED not in answer and "100个" not in answer, answer


@pytest.mark.parametrize(
    ("form", "question"),
    [
        ("variations", "运维节水方面的目标"),
        ("builtin", "企服客户投诉率是多少"),
        ("old_template", "养护路面平整度要求多少"),
        ("variations", "运维用水量要控制在多少"),
        ("builtin", "国交国字号的合作单位有几家"),
        ("variations", "运维设施修好以后多快验收"),
        ("old_template", "道路桥梁养护的桥梁长度"),
        ("builtin", "服务科技工作者人数这条的绩效标准填的什么"),
    ],
    ids=[
        "water",
        "complaints",
        "flatness",
        "water-use",
        "national-partners",
        "acceptance",
        "bridge-length",
        "standard-unfilled",
    ],
)
def test_description_no_row_fits_is_refused(form: str, question: str) -> None:
    answer = ask(question, form)
    assert REFUSED in answer, answer
    assert not any(figure in answer for figure in ("≥", "≤", "2026年12月底前")), answer
