"""Words of the form typed in pinyin, in full or by initials (manyidu, myd), and a goal
sentence stating no number, never quoted for a figure asked."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import service_for


def _answer(question: str) -> str:
    replies = service_for("builtin").answer(question).replies
    return "\n".join(reply.plain() for reply in replies)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("国交manyidu多少", "≥90%"),
        ("企服myd要求多少", "≥90%"),
        ("国交yusuan多少", "40万元"),
        ("企服chengbenkongzhishu多少", "≤130万元"),
        ("国交gangaotai学生多少人", "≥50人"),
    ],
)
def test_a_form_word_typed_in_pinyin_is_read(question: str, figure: str) -> None:
    assert figure in _answer(question)


@pytest.mark.parametrize(
    ("question", "figure"),
    [("企服的kpi有几个", "22 项"), ("国交budget多少", "40万元")],
)
def test_english_terms_stay_english(question: str, figure: str) -> None:
    assert figure in _answer(question)


@pytest.mark.parametrize("question", ["国交ysjeq多少", "国交abc多少"])
def test_letters_fitting_no_word_give_no_figure(question: str) -> None:
    answer = _answer(question)
    assert "40万元" not in answer and "≥90%" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服要拉多少院士专家进来",
        "企服院士专家得拉多少进来",
        "企服准备拉多少院士专家进企业",
        "企服这边院士专家拉进来的目标是多少",
        "企服对接进来的院士专家多少",
    ],
)
def test_a_goal_sentence_stating_no_number_is_not_quoted_for_a_figure(question: str) -> None:
    answer = _answer(question)
    assert "3+6" not in answer  # a name in the goal sentence, no count of experts
    assert "院士专家" in answer


def test_latin_words_of_the_shipped_lists_are_never_pinyin() -> None:
    pinyin = service_for("builtin").engine._typos._pinyin
    assert pinyin is not None
    for word in ("ppt", "pdf", "app", "kpi", "ddl", "target", "budget", "test", "quarter"):
        assert pinyin.fix(word) == word
