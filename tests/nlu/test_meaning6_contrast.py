"""A quote stating several figures is focused on the clause a word of the question sets apart."""

from __future__ import annotations

import pytest

from nlu.answers import PassageAnswer
from nlu.retrieval import contrasted_clause
from tests.nlu.question_sets import engine_for, service_for

SENTENCE = "当前,市科协已在全市建有国家级科技工作者状况调查站点19家,市级调查站点28家,共3000余份。"


@pytest.mark.parametrize(
    "question",
    [
        "市级的科技工作者调查点现在建了几家",
        "市科协现在有多少家市级科技工作者调查站点？",
        "全市的市级科技工作者状况调查站点现在有几家",
        "市级调查站点建了多少家",
    ],
)
def test_the_city_level_clause_is_focused(question: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, PassageAnswer), answer
    assert answer.focus is not None and "28家" in answer.focus and "19家" not in answer.focus


@pytest.mark.parametrize(
    "question", ["科协建的国家级和市级调查站点各有多少家", "调查站点国家级、市级各有几家"]
)
def test_words_picking_both_clauses_focus_neither(question: str) -> None:
    replies = service_for("builtin").answer(question).replies
    text = "\n".join(reply.plain() for reply in replies)
    assert "19家" in text and "28家" in text


def _cut(text: str) -> list[str]:
    return engine_for("builtin").lexicon.cut(text)


@pytest.mark.parametrize(
    ("names", "clause"),
    [
        (["市级"], "市级调查站点28家"),
        (["国家级"], "市科协已在全市建有国家级科技工作者状况调查站点19家"),
        (["科技工作者"], None),  # the other clause only leaves it out
        (["全市"], None),  # 市 begins 市级, it ends no other word
        (["国家级", "市级"], None),
    ],
)
def test_contrasted_clause(names: list[str], clause: str | None) -> None:
    assert contrasted_clause(SENTENCE, unit="家", names=names, cut=_cut) == clause
