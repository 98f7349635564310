"""A common word jieba cuts across two domain terms is given back to them (线/上来/逛)."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer
from tests.nlu.question_sets import engine_for


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("线上来逛的人数目标", ("线上", "来逛")),
        ("网上来逛的人多吗", ("网上", "来逛")),
    ],
    ids=["online-visit", "web-visit"],
)
def test_segment_prefers_two_domain_terms_to_a_common_word(
    text: str, words: tuple[str, ...]
) -> None:
    cut = engine_for("other").lexicon.segment(text)
    assert all(word in cut for word in words), cut


def test_segment_keeps_a_common_word_no_term_claims() -> None:
    cut = engine_for("other").lexicon.segment("他上来看看")
    assert "上来" in cut, cut


@pytest.mark.parametrize(
    "question",
    [
        "场馆数字化那个线上来逛的人数目标",
        "数字化改造线上来逛的人数要多少",
        "场馆改造 网上来逛的人数要达到多少",
    ],
    ids=["venue", "renovation", "web"],
)
def test_online_visitors_asked_with_a_cut_across_words(question: str) -> None:
    answer = engine_for("other").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer), answer
    assert answer.indicators[0].name == "线上参观人次"
