"""A heading of the table named in quotation marks is the heading, not a row's name
(nlu/engine.py ``_headings_unquoted``)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("form", "question", "rows", "count"),
    [
        (
            "builtin",
            "请列出企服二级指标“质量指标”项下的三级指标",
            ("基本信息采集准确性", "建设指引验收合格率"),
            "2 项",
        ),
        ("builtin", "企服二级指标“质量”下面有哪几条", ("基本信息采集准确性",), "2 项"),
        ("builtin", "国交一级指标“效益指标”下设几条", ("科普活动影响力",), "3 项"),
        ("builtin", "企服“质量”指标有哪些", ("建设指引验收合格率",), "2 项"),
        ("multi_year", "数字化改造的一级指标“产出指标”下有什么", ("改造展区数量",), "2 项"),
    ],
    ids=["level2-full", "level2-short", "level1", "quoted-before-zhibiao", "test-form"],
)
def test_a_quoted_heading_lists_its_rows(
    form: str, question: str, rows: tuple[str, ...], count: str
) -> None:
    answer = ask(question, form)
    assert count in answer and all(row in answer for row in rows), answer
    assert "没有找到" not in answer, answer


def test_a_quoted_row_name_is_still_a_name() -> None:
    answer = ask("国交的“活动参与人数”目标多少")
    assert "≥300人" in answer and "港澳台" not in answer, answer
