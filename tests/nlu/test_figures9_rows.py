"""A figure asked for its row (20篇对应哪一行, ≥10次是哪俩, 985米是哪项)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "form", "rows"),
    [
        ("企服里面目标是≥10次的是哪俩指标", "builtin", ("工作站建设推进", "走访对接区科协")),
        ("企服目标值为10次的指标有哪些", "builtin", ("工作站建设推进", "走访对接区科协")),
        ("企服10次的指标", "builtin", ("工作站建设推进", "走访对接区科协")),
        ("国交20篇对应的是哪一行", "builtin", ("上海征集论文",)),
        ("国交里20篇指的是啥", "builtin", ("上海征集论文",)),
        ("20篇说的是哪个", "builtin", ("上海征集论文",)),
        ("国交征集20篇那个是哪一项", "builtin", ("上海征集论文",)),
        ("运维里那个985米是哪项", "other", ("维护步道长度",)),
        ("985米对应哪一行", "other", ("维护步道长度",)),
    ],
    ids=[
        "bound-pair",
        "target-is",
        "terse",
        "which-line",
        "means-what",
        "says-which",
        "with-verb",
        "which-item",
        "no-project",
    ],
)
def test_a_figure_asked_for_its_row_lists_the_rows_with_that_target(
    question: str, form: str, rows: tuple[str, ...]
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert all(row in answer for row in rows)
    assert "没有找到" not in answer


def test_the_one_of_which_line_is_no_figure() -> None:
    answer = answer_of({"q": "20篇对应的是哪一行", "form": "builtin"}, service_for)
    assert "指标值为 1的" not in answer
    assert "上海征集论文" in answer
