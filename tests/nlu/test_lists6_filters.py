"""Session 6 filters: rows asked for by a word of their names, said many ways."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import engine_for


def _rows(form: str, question: str) -> set[str]:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    return {ind.name for group in answer.groups for ind in group.indicators}


@pytest.mark.parametrize(
    "question",
    [
        "道路桥梁养护名称里带养护两个字的",
        "道桥养护里名字中包含养护的指标",
        "道路桥梁养护 名称里面有“养护”的有哪些",
        "养护项目带养护俩字的指标",
    ],
    ids=["two-characters", "contains", "inside", "pair"],
)
def test_rows_asked_by_a_word_of_their_names(question: str) -> None:
    assert _rows("old_template", question) == {
        "道路养护长度",
        "养护合格率",
        "养护完成时间",
        "养护成本",
    }


@pytest.mark.parametrize(
    "question",
    [
        "国交跟暑期实习沾边的指标有哪几个",
        "国交和实习挂钩的指标有哪些",
        "国交跟暑期实习有关联的指标有哪些",
    ],
    ids=["touching", "hooked", "linked"],
)
def test_words_saying_related_to_only_point_at_the_topic(question: str) -> None:
    rows = _rows("builtin", question)
    assert len(rows) == 4 and all("实习" in name for name in rows), rows
