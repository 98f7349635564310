"""A speaker's own corrections (不对，是…) restate the message as meant (nlu/corrections.py)."""

from __future__ import annotations

import pytest

from nlu.corrections import restated
from tests.nlu.question_sets import ask, engine_for


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        # The word named after 不是 is replaced where it was said.
        ("国交的成本控制数，不对，不是国交，是企服的，多少", "企服的成本控制数，多少"),
        # A clause that is only a project gives way to the corrected words.
        (
            "国交，不对不对，是企服那个一百三十万的预算，一半是多少",
            "企服那个一百三十万的预算，一半是多少",
        ),
        # Only the project corrected: it replaces the clause's project.
        ("企服的满意度目标多少，说错了，应该是国交的", "国交的满意度目标多少"),
        # Other words corrected: the project said before stays.
        ("企服里的人数指标，不对，是以场计的指标有哪些", "企服的以场计的指标有哪些"),
    ],
)
def test_restated_as_meant(said: str, meant: str) -> None:
    assert restated(said, engine_for("builtin").lexicon.find_projects) == meant


@pytest.mark.parametrize(
    "question",
    [
        "国交辩论赛是第25届，对不对",  # 对不对 checks, it corrects nothing
        "企服满意度是90%，是不对的吗",
        "国交的参与人数多少，嗯，我打字可能不对",  # nothing said again after it
        "企服预算多少",
    ],
)
def test_no_correction(question: str) -> None:
    assert restated(question, engine_for("builtin").lexicon.find_projects) is None


def test_corrected_project_answered_alone() -> None:
    answer = ask("企服的年度预算，不对，不是企服，是国交的，多少钱", "builtin")
    assert "按您更正后的说法理解" in answer
    assert "40万元" in answer
    assert "130万元" not in answer  # the project taken back is not answered


def test_pointed_words_kept_with_corrected_row() -> None:
    answer = ask("养护那个观众满意度，不对，是市民满意度，目标多少", "other")
    assert "【道路桥梁养护】" in answer and "85%" in answer
    assert "【城市科普设施运维】" not in answer  # 养护 still says which project


def test_a_long_corrected_message_is_quoted_short() -> None:
    answer = ask("企服的年度预算，不对，是" + "国交" * 300 + "的，多少", "builtin")
    note = answer.splitlines()[0]
    assert note.startswith("（按您更正后的说法理解") and note.endswith("…”）")
    assert len(note) < 120


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("企服里采集新增工作站及院土专家基本信息数量（院土打错了，是院士）", "120条", "40万元"),
        ("国交上海征集论问多少篇，论问写错了，应该是论文", "20篇", "15篇"),
        ("企服评申会几场 评申打错了 应为评审", "≥1场", "130万元"),
    ],
)
def test_a_word_said_to_be_mistyped_is_read_as_meant(
    question: str, figure: str, wrong: str
) -> None:
    answer = ask(question)
    assert figure in answer
    assert wrong not in answer
    assert "更正" not in answer  # the mistyped word is replaced, not restated


def test_a_word_taken_back_with_no_again_word() -> None:
    """企服预算 不对不是企服 国交的 多少钱: the word after 不是企服 says it again."""
    answer = ask("国交成本上限 不对不是国交 企服的 多少")
    assert "130万元" in answer
    assert "40万元" not in answer
