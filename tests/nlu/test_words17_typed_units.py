"""Units typed in pinyin right after their figure (300ren, 20pian, 40wan: nlu/plain_words.py
with ``nlu.sounds.units_by_pinyin``, read from the form's own units), and chat words of thanks
and particles spelled by their sound (蟹蟹, 噻: plain_words.txt).

Each case is a phrasing of its own; it asserts the figure answered and that no wrong figure
appears; years typed in pinyin (2027nian) are left to the dates.
"""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask, engine_for


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("国交实习岗位要100ge吗", "100个", "50人"),
        ("国交征集论文20pian够吗", "20篇", "100个"),
        ("国交合作单位3jia对不对", "3家", "10家"),
        ("国交启动仪式那些活动3chang吗", "3场", "4场"),
        ("国交成本控制数按活动参与人数300ren摊 每人多少钱", "1333.33", "130万"),
        ("国交预算40wan对吗", "40万", "130万"),
        ("企服预算130wanyuan吗", "130万", "40万"),
    ],
    ids=["posts", "papers", "partners", "ceremonies", "per-person", "ten-thousands", "yuan"],
)
def test_unit_typed_in_pinyin_after_its_figure_is_read_as_the_unit(
    question: str, figure: str, wrong: str
) -> None:
    answer = ask(question)
    assert figure in answer
    assert wrong not in answer


def test_year_typed_in_pinyin_is_left_to_the_dates() -> None:
    assert "2027nian" in engine_for("builtin").read("国交2027nian预算").text


@pytest.mark.parametrize(
    "question",
    ["国交的预算是多少 蟹蟹", "国交的预算是多少噻", "蟹蟹 国交的预算是多少噻"],
    ids=["thanks", "particle", "both"],
)
def test_chat_words_spelled_by_their_sound_ask_nothing(question: str) -> None:
    answer = ask(question)
    assert "40万" in answer
    assert "130万" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交预算多少 [捂脸]",
        "[微笑]国交预算多少",
        "国交预算多少[抱拳][抱拳]",
        "国交预算多少 ［OK］",
    ],
    ids=["after", "before", "twice", "full-width"],
)
def test_sticker_typed_by_its_name_asks_nothing(question: str) -> None:
    answer = ask(question)
    assert "40万" in answer
    assert "130万" not in answer


def test_name_of_the_form_in_brackets_is_no_sticker() -> None:
    assert "300人" in ask("[活动参与人数]是多少")
