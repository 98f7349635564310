"""Header fields asked together with a word the asks share (计划开始、完成日期)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    "question",
    [
        "企服的计划开始、完成日期还有项目性质",
        "国交的计划开始、完成日期还有项目性质",
        "企服项目开始、结束时间以及项目类别",
        "国交的开始、完成日期和实施单位",
    ],
    ids=["nature", "other-project", "category", "implementer"],
)
def test_a_shared_date_word_keeps_both_dates_beside_a_third_field(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "计划开始日期：2026-01-01" in answer
    assert "计划完成日期：2026-12-31" in answer
    assert len(answer.splitlines()) == 3


def test_a_field_apart_keeps_its_own_answer_only() -> None:
    answer = answer_of({"q": "企服的完成日期和项目性质"}, service_for)
    assert "计划完成日期" in answer
    assert "计划开始日期" not in answer
    assert "项目性质：其他一次性项目" in answer


@pytest.mark.parametrize(
    "question",
    ["暑期实习周期多长", "暑期实习的周期是多久", "国交暑期实习周期多长", "实习的周期有多长"],
    ids=["bare", "de", "project-named", "short"],
)
def test_a_span_said_of_an_activity_is_not_the_projects_period(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "计划实施期间" not in answer
    assert "5 周实习" in answer


@pytest.mark.parametrize(
    "question", ["国交项目周期多长", "企服项目实施期是多久", "这个项目周期多长"]
)
def test_a_span_of_the_project_is_its_period(question: str) -> None:
    assert "计划实施期间" in answer_of({"q": question}, service_for)


@pytest.mark.parametrize(
    ("form", "question", "row"),
    [
        ("old_template", "养护啥时候必须完工", "2024年1月底前"),
        ("old_template", "养护完工的期限是什么时候", "2024年1月底前"),
        ("builtin", "国交啥时候必须完工", "2026年12月底前"),
        ("builtin", "国交的项目要完工的期限是哪天", "2026年12月底前"),
    ],
    ids=["must", "term", "builtin-must", "builtin-term"],
)
def test_a_must_finish_ask_shows_the_deadline_row_beside_the_end(
    form: str, question: str, row: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert row in answer
    assert "计划完成日期" in answer
