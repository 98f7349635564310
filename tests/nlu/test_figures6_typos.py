"""Slips inside a phrase of the form: inside a whole indicator name (走方对接 of
走访对接区科协和企业科协数量), and a phrasing character inside a long phrase (市急调查站点)."""

from __future__ import annotations

import pytest

from nlu.engine import QuestionEngine
from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    "question",
    ["企服走方对接区科协几次", "走方对接了多少区科协", "今年走方对接多少次"],
)
def test_a_slip_inside_an_indicator_name_is_corrected(
    engine: QuestionEngine, question: str
) -> None:
    assert "走访对接" in engine.read(question).text


@pytest.mark.parametrize(
    "question",
    ["市急调查站点有多少家", "全市市急调查站点多少个", "国家级和市急调查站点一共几家"],
)
def test_a_phrasing_character_inside_a_long_phrase_is_a_slip(
    engine: QuestionEngine, question: str
) -> None:
    assert "市级调查站点" in engine.read(question).text


@pytest.mark.parametrize(
    "question", ["急急急，市级调查站点几家", "市级调查站点多少家急"], ids=["before", "after"]
)
def test_urgency_next_to_a_phrase_stays(engine: QuestionEngine, question: str) -> None:
    assert "急" in engine.read(question).text


@pytest.mark.parametrize(
    ("question", "figure"),
    [("企服走方对接区科协几次", "10次"), ("市急调查站点有多少家", "28家")],
)
def test_the_corrected_question_gets_the_figure_of_the_phrase(question: str, figure: str) -> None:
    assert figure in answer_of({"q": question}, service_for)
