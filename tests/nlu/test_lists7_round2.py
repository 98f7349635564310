"""Session 7 round 2: listings and several asks of the blind sets 8 and 9."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import engine_for


def _rows(form: str, question: str) -> set[str]:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    return {ind.name for group in answer.groups for ind in group.indicators}


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("variations", "设施运维有没有按辆计的指标", {"巡检车辆数"}),
        ("variations", "设施运维里有没有以辆为单位的指标", {"巡检车辆数"}),
        (
            "builtin",
            "企服有没有用“名”或者“条”来计的指标",
            {"为企业新增引入合作的院士专家数量", "采集新增工作站及院士专家基本信息数量"},
        ),
        ("builtin", "国交是不是有按家计的指标", {"科技社团数量", "合作单位数量"}),
    ],
    ids=["has-no-has", "has-no-has-unit", "two-units", "is-not-is"],
)
def test_an_ask_whether_there_are_rows_of_a_unit_does_not_negate_it(
    form: str, question: str, rows: set[str]
) -> None:
    found = _rows(form, question)
    assert {name for name in found if any(row in name for row in rows)} == found
    assert len(found) == len(rows)


def test_a_unit_said_as_not_counted_in_still_leaves_its_rows_out() -> None:
    found = _rows("variations", "设施运维里不以米计的指标有哪些")
    assert "维护步道长度" not in found
    assert "巡检车辆数" in found
