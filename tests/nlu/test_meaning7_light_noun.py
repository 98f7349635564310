"""工作, 建设 only say some work is meant (养护工作, 机制建设); the words beside name the item."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("form", "question", "row"),
    [
        ("builtin", "给企业科协的那本工作手册要印多少", "编印《企业科协建设指引(2026)》数量"),
        ("old_template", "道路养护工作最晚什么时候完成", "养护完成时间"),
        ("old_template", "桥梁检测工作要测几座", "桥梁检测数量"),
        ("builtin", "企服项目在机制建设上要做到什么程度", "长效管理机制健全性"),
        ("builtin", "企服的长效机制建设要求", "长效管理机制健全性"),
    ],
    ids=["handbook", "road-work", "bridge-work", "mechanism-building", "long-term-mechanism"],
)
def test_work_beside_an_item_names_the_item(form: str, question: str, row: str) -> None:
    answer = engine_for(form).interpret(question).answer
    if not isinstance(answer, IndicatorAnswer):
        assert hasattr(answer, "answers"), answer  # the end date beside the deadline row
        answer = answer.answers[0]
    assert row in [found.name for found in answer.indicators]


@pytest.mark.parametrize(
    "question",
    ["国交的志愿者工作有几个人", "企服的宣传工作经费多少"],
    ids=["volunteers", "publicity"],
)
def test_work_of_an_absent_item_gives_no_figure(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert not isinstance(answer, IndicatorAnswer | MoneyAnswer), answer
