"""The words a refusal names are shown as the user wrote them, not as the tokenizer cut them."""

from __future__ import annotations

import re

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("企服的预算", "“企服”"),  # 企服 is no word of the dictionary: cut as 企 and 服
        ("企服年度目标的最后一块讲啥", "“企服”"),
        ("城市科普设施运维的志愿者人数", "“志愿者”"),  # a word the dictionary knows stays whole
    ],
    ids=["abbreviation", "abbreviation-goal", "known-word"],
)
def test_a_missing_word_is_named_whole(question: str, shown: str) -> None:
    answer = answer_of({"q": question, "form": "other"}, service_for)
    assert "没有找到" in answer and shown in answer, answer
    assert not re.search(r"“.”", answer), answer  # never one character of a word
    assert not re.search(r"\d", answer), answer  # and no figure
