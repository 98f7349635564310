"""After session 20's blind run: Cantonese asks of what and which (系乜, 系咩, 系边两条) and
everyday Cantonese words (入面, 搵, 帮手), asked in the lead's own phrasing."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "expected", "form"),
    [
        ("国交嘅项目类别系乜？", "特定目标类", "builtin"),
        ("企服嘅项目性质系咩？", "其他一次性项目", "builtin"),
        ("运维嘅项目类别系乜嚟㗎？", "项目类别", "variations"),
    ],
)
def test_a_header_field_asked_with_系乜_is_answered(
    question: str, expected: str, form: str
) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert "没有找到" not in answer


def test_which_rows_asked_with_系边_are_listed() -> None:
    answer = ask("国交嘅质量指标系边两条？")
    assert "质量指标共 2 项" in answer
    assert "达标率" in answer and "安全事故" in answer


def test_搵_and_帮手_ask_the_row_of_the_societies_that_find_posts() -> None:
    answer = ask("国交要搵几多个科技社团帮手推荐实习岗位？")
    assert "10家" in answer
    assert "没有找到" not in answer
