"""Plain words of an ask: 认可度 is a satisfaction rate, 维权 the 合法权益 a goal defends; of goal
sentences covering the rest alike, the one writing the light words said too (提供, 咨询)
answers."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("form", "question", "said"),
    [
        ("multi_year", "数字化改造项目观众认可度目标？", "≥85%"),
        ("variations", "运维市民认可度要多少", "≥90%"),
        ("builtin", "国交合作方满意度多少", "≥90%"),
    ],
    ids=["approval", "citizens-approval", "partners"],
)
def test_approval_is_a_satisfaction_rate(form: str, question: str, said: str) -> None:
    answer = ask(question, form)
    assert said in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "给科技工作者维权靠的是哪两支队伍",
        "企服帮科技工作者维权，靠谁",
        "企服里法律那块是靠谁来给科技工作者提供咨询的",
        "科技工作者的法律咨询是谁来提供的",
        "给科技工作者做法律咨询、维权，靠的是哪几支队伍？",
    ],
    ids=["rights-two", "rights-who", "advice-provided", "advice-who", "advice-and-rights"],
)
def test_who_gives_legal_help_quotes_the_sentence_naming_them(question: str) -> None:
    answer = ask(question)
    assert "法咨委" in answer and "律师团" in answer, answer
    assert "没有找到" not in answer, answer
