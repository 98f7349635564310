"""Session 8, round 2: a count asked on its own after the rows are named, rows by unit sign."""

from __future__ import annotations

import re

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import answer_of, engine_for, service_for

_SUM = re.compile(r"计算|[+＋]")


@pytest.mark.parametrize(
    ("form", "question", "count"),
    [
        ("other", "满意度指标都有哪些，一共几个", 4),
        ("other", "名字里有满意度的指标都列出来，一共几个", 3),
        ("other", "三张表里名称带“满意度”的指标都有哪些，总共多少项", 3),
        ("builtin", "满意度指标列一下，共几条", 2),
        ("variations", "运维的满意度指标是哪些？一共几个", 2),
    ],
    ids=["tier", "name-has", "three-tables", "builtin", "one-project"],
)
def test_a_count_asked_after_the_rows_counts_them_and_adds_no_rates(
    form: str, question: str, count: int
) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    assert sum(len(group.indicators) for group in answer.groups) == count
    reply = answer_of({"q": question, "form": form}, service_for)
    assert not _SUM.search(reply), reply
