"""A count asked of the one candidate row is answered from it, not from a goal sentence that
states no count (only 第 18 届)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    "question",
    [
        "国交去科普论坛开会的上海代表几个",
        "国交去科普论坛开会的上海代表要几人",
        "去海峡两岸科普论坛开会的上海人有几个",
        "科普论坛那边上海派去开会的代表几个人",
    ],
    ids=["sample-shape", "people", "place-first", "sent-there"],
)
def test_a_count_of_the_one_candidate_row_is_its_target(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "海峡两岸科普论坛上海代表参会人数" in answer
    assert "≥2人" in answer
    assert "第 18 届" not in answer


def test_an_ordinal_asked_is_still_quoted_from_the_goal() -> None:
    assert "第 34 届" in answer_of({"q": "研讨会是第几届"}, service_for)
