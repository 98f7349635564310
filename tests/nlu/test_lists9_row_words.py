"""Session 9 filters: words people say for 指标 (KPI, 考核点) ask rows as 指标 does."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import listing_of, rows_listed

COST_ROWS = {"设施运维成本控制数", "改造成本控制数", "养护成本"}


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("other", "哪几个KPI是按米算的", {"维护步道长度", "道路养护长度"}),
        ("other", "养护项目有deadline的是哪条", {"养护完成时间"}),
        ("other", "运维项目的考核点里哪些写的是及时", {"问题响应"}),
        ("other", "名字里带成本的考核项列一下", COST_ROWS),
        ("builtin", "企服有ddl的kpi", {"活动完成及时性"}),
    ],
    ids=["kpi-unit", "deadline", "checkpoint-target", "item-name", "ddl-kpi"],
)
def test_a_word_for_indicator_asks_the_rows_it_filters(
    form: str, question: str, rows: set[str]
) -> None:
    assert rows_listed(form, question) == rows


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("国交以人计的KPI有几个", 4),
        ("企服考核点一共多少个", 22),
        ("国交带港澳台字样的考核点几条", 4),
    ],
    ids=["unit", "all", "by-name"],
)
def test_a_count_of_kpis_counts_the_rows(question: str, count: int) -> None:
    listing = listing_of("builtin", question)
    assert listing.count_only
    assert sum(len(group.indicators) for group in listing.groups) == count
