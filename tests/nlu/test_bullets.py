"""A message laid out as a list is read as several asks (nlu/bullets.py)."""

from __future__ import annotations

import pytest

from nlu.bullets import bullets_joined
from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("message", "joined"),
    [
        ("企服\n- 预算\n- 满意度", "企服预算；企服满意度"),
        ("国交：\n1. 参与人数\n2、合作单位", "国交参与人数；国交合作单位"),
        ("• 运维预算\n• 养护预算", "运维预算；养护预算"),
        ("帮我查下面几个：\n① 国交预算\n② 企服预算", "帮我查下面几个：国交预算；企服预算"),
        ("国交 - 安全事故 - 质量达标率", "国交安全事故；国交质量达标率"),  # on one line
        ("2024-2026年企服预算", None),  # a hyphen between figures
        ("国交预算多少\n谢谢", None),  # no bullets: no list
        ("企服\n- 预算\n顺便说一下\n- 满意度", None),  # words between the asks
    ],
)
def test_list_written_as_asks_apart(message: str, joined: str | None) -> None:
    assert bullets_joined(message) == joined


@pytest.mark.parametrize(
    ("form", "message", "expected", "wrong"),
    [
        ("builtin", "国交\n- 合作单位几家\n- 论文征集几篇", ["3家", "20篇"], "130万元"),
        # The heading's project holds for each ask: 养护 has a 市民满意度 too (85%).
        ("other", "运维：\n• 完好率\n• 市民满意度", ["85%", "90%"], "养护"),
        ("other", "- 运维成本上限\n- 改造成本上限", ["250万元", "120万元"], "没有找到"),
    ],
)
def test_each_listed_ask_is_answered(
    form: str, message: str, expected: list[str], wrong: str
) -> None:
    answer = ask(message, form)
    assert all(figure in answer for figure in expected)
    assert wrong not in answer
