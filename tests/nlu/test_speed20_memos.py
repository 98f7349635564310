"""Judgements kept for speed give what a fresh judgement gives, for each input of its own."""

from __future__ import annotations

from functools import partial

from nlu.engine import QuestionEngine
from nlu.prepared import Memo


def test_a_remainder_is_judged_against_each_text_of_its_own(engine: QuestionEngine) -> None:
    evidence = engine._evidence
    cues: dict[str, frozenset[str]] = {}
    said = "志愿者有几个"
    assert evidence.unexplained(said, explained_by=("志愿者人数",), cues=cues) == ()
    other = evidence.unexplained(said, explained_by=("活动参与人数",), cues=cues)
    assert "志愿者" in other
    assert evidence.unexplained(said, explained_by=("志愿者人数",), cues=cues) == ()


def test_texts_given_one_at_a_time_are_judged_as_a_tuple(engine: QuestionEngine) -> None:
    evidence = engine._evidence
    texts = ("港澳台学生实习人数", "实习岗位数量")
    fresh = evidence.unexplained("实习的学生和岗位", explained_by=iter(texts), cues={})
    assert fresh == evidence.unexplained("实习的学生和岗位", explained_by=texts, cues={})
    assert fresh == ()


def test_a_keyword_of_one_ask_explains_nothing_of_another(engine: QuestionEngine) -> None:
    evidence = engine._evidence
    with_keyword = {"volunteers": frozenset({"志愿者"})}
    assert evidence.unexplained("志愿者几个", explained_by=(), cues=with_keyword) == ()
    assert evidence.unexplained("志愿者几个", explained_by=(), cues={}) == ("志愿者",)


def test_parts_of_a_word_cut_again_are_a_list_of_their_own(engine: QuestionEngine) -> None:
    first = engine.lexicon.cut_parts("科技社团")
    first.append("改过")
    assert engine.lexicon.cut_parts("科技社团") == ["科技", "社团"]


def test_row_filters_of_questions_read_in_turn_stay_their_own(engine: QuestionEngine) -> None:
    lister = engine._lister
    by_unit = engine.read("单位是万元的指标有哪些")
    qualitative = engine.read("定性指标有哪些")
    unit = lister.read_filter(by_unit)
    kind = lister.read_filter(qualitative)
    assert lister.read_filter(by_unit) is unit
    assert lister.read_filter(qualitative) is kind
    assert unit.row_filter.unit == "万元"
    assert kind.row_filter.unit is None


def test_a_memo_makes_each_result_once_and_empties_when_full() -> None:
    made: list[str] = []
    memo: Memo[str, str] = Memo(2)

    def make(key: str) -> str:
        made.append(key)
        return key.upper()

    assert [memo.get(key, partial(make, key)) for key in ("a", "a", "b", "b")] == [
        "A",
        "A",
        "B",
        "B",
    ]
    assert made == ["a", "b"]
    memo.get("c", lambda: make("c"))  # full: emptied, then "c" kept
    memo.get("a", lambda: make("a"))
    assert made == ["a", "b", "c", "a"]
