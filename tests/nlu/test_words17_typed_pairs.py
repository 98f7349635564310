"""Words of the form typed in pinyin as another pair of their sound (nlu/sounds.py,
``SimilarSlips.typed_pairs``, read by ``TypoFixer``): 只标 for 指标, 语算 for 预算, 像目 for 项目,
两 of 数两 for 量, also two such pairs one after another (质两只标), and pairs typed as meant
kept as written (人数两个, 或者个, 全是, 以家计).

Each case is a phrasing of its own; it asserts the figure or rows answered and that no wrong
figure appears.
"""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask, engine_for


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("国交一共有多少个只标", "18 项", "22"),
        ("帮我看下国交语算是不是40万", "40万", "130万"),
        ("企服的语算是国交的几倍", "3.25", "170万"),
        ("企服语算减国交语算", "90万", "170万"),
        ("两个像目的预算一共多少", "170万", "90万"),
        ("国交的城本控制数", "40万", "130万"),
        ("国交年度姿金申请总额", "40万", "130万"),
        ("国交活动参与人数木标多少", "300人", "50人"),
        ("企服的主管部们是哪个", "上海市科学技术协会", "40万"),
        ("企服的指表一共几个", "22 项", "18 项"),
        ("国交参与人员满易度多少", "≥90%", "40万"),
        ("国交的效议指标有哪些", "长效管理机制健全性", "活动参与人数"),
    ],
    ids=[
        "indicators-bare",
        "budget-before-is",
        "budget-ratio",
        "budget-both",
        "projects",
        "cost",
        "funds",
        "target",
        "department",
        "indicators-last-typed",
        "satisfaction-written-word",
        "benefit-written-word",
    ],
)
def test_pair_typed_as_another_of_its_sound_is_read_as_the_form_word(
    question: str, figure: str, wrong: str
) -> None:
    answer = ask(question)
    assert figure in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "rows", "count"),
    [
        ("国交的质两只标有几个", ["活动、论坛质量达标率", "活动安全事故发生数"], "2 项"),
        ("企服数两只标一共多少条", ["机构资格申报培训会数量"], "14 项"),
        ("企服的只标里单位是家的有哪几个", ["培育新申报院士(专家)工作站(服务中心)数量"], "1 项"),
    ],
    ids=["quality-two-slips", "quantity-two-slips", "by-unit"],
)
def test_pairs_typed_one_after_another_are_read_together(
    question: str, rows: list[str], count: str
) -> None:
    answer = ask(question)
    assert count in answer
    assert all(row in answer for row in rows)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("国交活动参与人数两个月能达到吗", "人数两个"),
        ("国交以篇或者个计的指标有哪些", "或者个"),
        ("国交的钱全是财政给的吗", "全是"),
        ("国交以家计的指标有几个", "以家计"),
        ("科技社团帮着推荐岗位", "帮着"),
        ("拨款加结转跟总额对得上吗", "上吗"),
        ("实习按一周七天算", "周七天"),
        ("像目前这样的指标有几个", "像目前"),
        ("按目标值从大到小排", "大到"),
    ],
    ids=[
        "count-before-months",
        "or",
        "all-are",
        "by-unit",
        "particle-after-verb",
        "question-particle",
        "numeral-counting",
        "common-kept",
        "phrasing-word",
    ],
)
def test_pair_typed_as_meant_is_kept_as_written(question: str, kept: str) -> None:
    assert kept in engine_for("builtin").read(question).text
