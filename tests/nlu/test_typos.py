"""One-character typos of words the form writes are corrected; real words never are."""

from __future__ import annotations

import pytest

from nlu.engine import QuestionEngine
from nlu.typos import TypoFixer

FORM_TEXTS = ["海峡两岸都市交通学术研讨会", "港澳台大学生暑期实习", "开放日活动场次"]
WORDS = {"研讨会": 100, "港澳台": 100, "开放日": 100, "活动": 100, "办": 10_000}


def fixer() -> TypoFixer:
    return TypoFixer(FORM_TEXTS, protected=("那个", "几"), frequency=lambda w: WORDS.get(w, 0))


@pytest.mark.parametrize(
    ("text", "fixed"),
    [("交通研讨汇那个论文", "交通研讨会那个论文"), ("港奥台实习", "港澳台实习")],
    ids=["last-char", "middle-char"],
)
def test_one_character_typo_of_a_form_word_is_corrected(text: str, fixed: str) -> None:
    assert fixer().fix(text) == fixed


@pytest.mark.parametrize(
    "text", ["开放日办几场", "多少钱", "港澳台实习"], ids=["verb", "question", "correct"]
)
def test_text_without_a_clear_typo_stays_as_written(text: str) -> None:
    assert fixer().fix(text) == text


def test_a_function_character_is_never_corrected() -> None:
    fixing = TypoFixer(
        ["指标值"], frequency=lambda w: int(w == "指标值"), is_function_word={"都"}.__contains__
    )
    assert fixing.fix("指标都") == "指标都"


def test_engine_reads_a_typo_as_the_form_word(engine: QuestionEngine) -> None:
    assert "研讨会" in engine.read("都市交通研讨汇征集几篇论文").text
    assert "目标分了" in engine.read("年度目标分了哪几块").text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [("台港澳学生", "港澳台学生"), ("的港台澳实习", "的港澳台实习")],
    ids=["word-first", "inside"],
)
def test_a_form_word_written_in_another_order_is_put_in_order(text: str, fixed: str) -> None:
    assert fixer().fix(text) == fixed


def test_characters_of_two_words_are_not_read_as_one_word_out_of_order() -> None:
    # 人多少 has the characters of 多少人, but 多少 and 多少钱 run on past it.
    words = {"多少人": 100, "多少": 100, "多少钱": 100}
    fixing = TypoFixer(["多少人"], frequency=lambda w: words.get(w, 0))
    assert fixing.fix("每人多少钱") == "每人多少钱"
    assert fixing.fix("人少多") == "多少人"


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("观众满义度目标多少", "满意度"),
        ("上年结专资金多少", "结转资金"),
        ("辨论队几个人", "辩论队"),
        ("科普论谈上海派几个代表", "科普论坛"),
    ],
    ids=["satisfaction", "carry-over", "debate", "forum"],
)
def test_engine_reads_a_slip_inside_a_form_phrase(
    engine: QuestionEngine, text: str, fixed: str
) -> None:
    assert fixed in engine.read(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("道路桥梁养护2025年的预算", "年的预算"),
        ("港澳台籍学生人数", "港澳台籍学生"),
        ("辩论队去几个人", "辩论队去"),
        ("国交项目里单位是人的指标", "项目里单位"),
        ("桥要检测几座", "桥要检测"),
    ],
    ids=["particle", "own-word", "verb", "locative", "modal"],
)
def test_words_meant_as_written_are_no_slips(engine: QuestionEngine, text: str, kept: str) -> None:
    assert kept in engine.read(text).text
