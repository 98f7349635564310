"""A project's short name opening a message that asks what it has lists that project's rows,
not the rows whose names hold the short name (运维有哪些指标 once listed 3 of 19)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask, rows_listed


@pytest.mark.parametrize("question", ["运维有哪些指标", "运维都包括哪些指标"])
def test_short_name_opening_a_listing_lists_the_whole_project(question: str) -> None:
    answer = ask(question, "other")
    assert "绩效指标共 19 项" in answer
    assert "名称含" not in answer


def test_the_whole_project_is_counted_when_its_rows_are_counted() -> None:
    assert "19 项" in ask("运维一共有几个指标", "other")


def test_a_word_said_to_be_held_by_the_names_still_filters_them() -> None:
    assert rows_listed("other", "运维项目里名称带运维的指标有哪些") == {
        "设施运维成本控制数",
        "运维风险",
        "运维制度",
    }
