"""Short project names dictated whole as another word of their syllables (起伏 for 企服)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "form", "read_as", "figure"),
    [
        ("起伏项目的质量指标有哪些", "builtin", "“起伏项目”按“企服项目”理解", "验收合格率"),
        ("起伏预算是国交的几倍", "builtin", "“起伏”按“企服”理解", "3.25"),
        ("你好，起伏项目的预算", "builtin", "“起伏项目”按“企服项目”理解", "130万元"),
        ("云维项目预算", "other", "“云维项目”按“运维项目”理解", "250万元"),
        ("到桥项目的市民满意度", "other", "“到桥项目”按“道桥项目”理解", "≥85%"),
    ],
    ids=["qifu-rows", "qifu-ratio", "greeting", "yunwei", "daoqiao"],
)
def test_a_short_name_dictated_as_another_word_is_read_as_the_name(
    question: str, form: str, read_as: str, figure: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert read_as in answer
    assert figure in answer


@pytest.mark.parametrize(
    ("question", "form", "kept"),
    [
        ("任何项目都有满意度指标吗", "builtin", "人合"),
        ("企服项目的活动数量起伏大吗", "builtin", "按“企服"),
        ("国交项目的研讨会场次会有起伏吗", "builtin", "按“企服"),
    ],
    ids=["function-word", "after-project", "mid-sentence"],
)
def test_a_word_where_no_project_is_named_stays_as_written(
    question: str, form: str, kept: str
) -> None:
    assert kept not in answer_of({"q": question, "form": form}, service_for)
