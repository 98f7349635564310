"""Session 9 multi: spoken chains of asks (…是谁然后几号开始) are cut at the connector."""

from __future__ import annotations

import pytest

from nlu.query import chained_apart
from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(question: str, form: str = "builtin") -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("主管部门是谁然后计划几号开始", "主管部门是谁,计划几号开始"),
        ("学生多少人还有岗位几个顺便问下社团几家", "学生多少人,岗位几个,社团几家"),
        ("类别是啥再问一下开始日期", "类别是啥,开始日期"),
        ("实施单位接着问下起止时间", "实施单位,起止时间"),
        ("预算多少另外满意度呢", "预算多少,满意度呢"),
    ],
    ids=["then", "still-has-and-by-the-way", "ask-again", "next-ask", "besides"],
)
def test_connectors_between_asks_become_breaks(text: str, want: str) -> None:
    assert chained_apart(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "还有哪些质量指标",
        "满意度多少还有别的满意度指标吗",
        "除了当年拨款还有上年结转吗",
        "另外两个项目的预算",
        "企服还有多少没完成",
        "然后呢",
        "预算多少然后",
    ],
    ids=["what-else", "any-other", "besides-what", "the-other-two", "still-left", "alone", "end"],
)
def test_connectors_that_ask_or_point_stay(text: str) -> None:
    assert chained_apart(text) == text


@pytest.mark.parametrize(
    ("question", "form", "wants"),
    [
        ("企服预算是多少然后满意度目标多少", "builtin", ("130万元", "≥90%")),
        ("国交征集论文多少篇顺便问一下科技社团要几家", "builtin", ("≥20篇", "≥10家")),
        ("企服的主管部门然后实施单位是谁", "builtin", ("主管部门:", "实施单位:")),
        ("企服编印指引几套接着问院士工作站几家", "builtin", ("=1套", "≥40家")),
        ("国交项目类别是啥再问一下开始日期", "builtin", ("特定目标类", "2026-01-01")),
        (
            "企服培育院士工作站几家然后编印指引几套还有科创赋能活动几场",
            "builtin",
            ("≥40家", "=1套", "≥35场"),
        ),
        ("国交的安全事故数然后满意度还有时效指标有几个", "builtin", ("=0起", "≥90%", "1项")),
        ("企服调查站点信息报送几篇顺带问下院士专家引进多少名", "builtin", ("≥15篇", "≥120名")),
        ("运维巡检车辆几辆然后步道多长", "variations", ("10辆", "985米")),
        ("运维项目资金总额多少顺便问下当年财政拨款", "variations", ("当年财政拨款:200万元",)),
        ("养护的实施单位接着问下项目起止时间", "old_template", ("道路管理所", "2023.07")),
    ],
    ids=[
        "money-then-row",
        "row-by-the-way-row",
        "fact-then-fact",
        "row-next-row",
        "fact-ask-again-fact",
        "three-rows",
        "rows-then-count",
        "rows-in-passing",
        "two-rows-other-form",
        "money-by-the-way-money",
        "facts-old-template",
    ],
)
def test_every_ask_of_a_spoken_chain_is_answered(
    question: str, form: str, wants: tuple[str, ...]
) -> None:
    answer = _answer(question, form)
    assert all(normalise(want) in answer for want in wants), answer
    assert "未能确定" not in answer and "没有找到" not in answer, answer


def test_an_ambiguous_part_of_a_chain_is_named_not_guessed() -> None:
    answer = _answer("国交学生要来多少人另外岗位征集几个")
    assert "≥100个" in answer and "未能确定“学生”" in answer, answer
    assert "≥50人" not in answer and "≥5人" not in answer, answer
