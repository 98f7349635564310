"""Session 11 figures: per-unit asks the way people put them: the basis said after the ask
(每米多少钱 按养护成本算), a supposed divisor (要是按40家工作站平均), the form's year inside the
ask (每个站点一年多少份), and a count given before a 每 that names no unit (5000人次分到每场)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    ("question", "form", "result", "wrong"),
    [
        ("每座桥摊多少钱，按养护成本来算", "old_template", "=625000元/座", "2538"),
        ("道路每米养护要多少钱 按照养护成本算吧", "old_template", "约2538.07元/米", "625000"),
        ("新引入合作的院士专家假如按40家工作站平均分，每家多少名", "builtin", "=3名/家", "0.33"),
        ("企服预算要是按40家工作站均摊，每家多少钱", "builtin", "=32500元/家", "325000"),
        ("企服那边一年3000份，按47个站点算，每个站点一年合几份", "builtin", "约63.83份", "157"),
        ("开放日一共接待5000人次，平均到每场是多少", "variations", "约1666.67人次/场", "1250"),
    ],
    ids=[
        "basis-after-bridge",
        "basis-after-metre",
        "supposed-count",
        "supposed-money",
        "year-in-ask",
        "count-given",
    ],
)
def test_per_unit_ask_divides(question: str, form: str, result: str, wrong: str) -> None:
    said = normalise(ask(question, form))
    assert result in said and wrong not in said


@pytest.mark.parametrize(
    "question",
    ["企服那边一年交3000份，平均到每个站点（19家加28家）多少份", "一年3000份，每站平均几份"],
    ids=["note-after-unit", "noun-as-unit"],
)
def test_count_over_the_goals_stations(question: str) -> None:
    said = normalise(ask(question))
    assert "约63.83份" in said and "157" not in said and "107" not in said
