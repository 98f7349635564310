"""Session 10 multi: sentences that each scale their own figure (…的三成是多少 然后…的一半呢),
or one scaling beside another ask, are answered sentence by sentence; the amount a later
sentence leaves out is the one the sentence before named (然后国交要是翻一番呢)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(question: str, form: str = "builtin") -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("question", "form", "answers"),
    [
        ("国交成本上限的三成是多少 然后企服成本上限的一半呢", "builtin", ("=12万元", "=65万元")),
        ("国交预算的一半是多少，企服预算的三分之一呢", "builtin", ("=20万元", "43.33万元")),
        ("国交预算多少 然后企服预算的两倍是多少", "builtin", ("40万元", "=260万元")),
        (
            "养护的合格率比满意度目标高几个点 然后养护成本打九折多少",
            "other",
            ("10个百分点", "=225万元"),
        ),
        ("企服预算要是增加两成是多少 然后国交要是翻一番呢", "builtin", ("=156万元", "=80万元")),
    ],
    ids=["two-scales", "comma", "plain-then-scale", "difference-then-discount", "amount-left-out"],
)
def test_each_sentence_scales_its_own_figure(
    question: str, form: str, answers: tuple[str, ...]
) -> None:
    said = _answer(question, form)
    assert all(answer in said for answer in answers)


@pytest.mark.parametrize(
    "question",
    ["国交预算的一半，是多少", "企服预算的一半是多少"],
    ids=["comma-one-ask", "one-ask"],
)
def test_one_scaled_ask_is_still_one_answer(question: str) -> None:
    said = _answer(question)
    assert "×一半(0.5)" in said
