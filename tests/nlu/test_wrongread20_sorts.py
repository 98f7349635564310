"""A sort of rows said with examples or described in words lists the sort's rows."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


def test_examples_before_a_unit_sort_are_no_row_names() -> None:
    answer = ask("两个项目里报送、论文之类按篇计的指标是哪些")
    assert "2 项" in answer
    assert "信息报送数量" in answer
    assert "征集论文数量" in answer


def test_examples_before_a_kind_keep_the_project() -> None:
    answer = ask("企服里人数、场次这种定量的有几条")
    assert "【企业科技创新服务】定量的绩效指标共 18 项" in answer
    assert "国际科技人文交流与合作" not in answer


@pytest.mark.parametrize(
    ("question", "count", "row", "other"),
    [
        (
            "国交里讲效果、讲长远影响的指标（也就是效益那一大类）是哪几条",
            "3 项",
            "海峡两岸交流促进情况",
            "名称含",
        ),
        ("企服里管花钱多少的指标（就是成本那块）有哪些", "1 项", "≤130万元", "≤40万元"),
    ],
    ids=["benefit-restated", "cost-restated"],
)
def test_rows_described_then_restated_as_a_heading_list_the_heading(
    question: str, count: str, row: str, other: str
) -> None:
    answer = ask(question)
    assert count in answer
    assert row in answer
    assert other not in answer


def test_satisfied_asked_as_a_not_a_sets_no_bound() -> None:
    answer = ask("运维里跟市民满意不满意有关的指标有哪些", "variations")
    assert "以“<”设定" not in answer
    assert "市民满意度" in answer


def test_rows_described_by_what_they_weigh_then_said_as_rows_list_the_heading() -> None:
    answer = ask("运维里管市民满不满意的指标是哪几条", "variations")
    assert "满意度指标共 2 项" in answer
    assert "设施环境评价" in answer
    assert "名称含" not in answer
