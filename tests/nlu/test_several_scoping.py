"""How the asks of one message are scoped: the thing a first ask names before 的 scopes the
asks after it that fit its rows; a project named once keeps an ask from another's rows."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(question: str, form: str = "builtin") -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        ("港澳台实习的征集岗位和参加的学生分别多少", ("≥100个", "≥50人"), "≥5人"),
        ("暑期实习的推荐社团和参加的学生各多少", ("≥10家", "≥50人"), "≥5人"),
        ("港澳台实习的岗位征集数以及参加的学生人数", ("≥100个", "≥50人"), "≥5人"),
        ("实习活动的推荐社团数和参加学生数各是多少", ("≥10家", "≥50人"), "≥5人"),
    ],
    ids=["and-each", "summer", "yiji", "activity"],
)
def test_a_later_ask_fitting_a_row_of_the_thing_named_before_de_takes_that_row(
    question: str, wanted: tuple[str, ...], unwanted: str
) -> None:
    answer = _answer(question)
    assert all(figure in answer for figure in wanted), answer
    assert unwanted not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "wanted", "unwanted"),
    [
        # The later ask names a row of its own: the head is not forced on it.
        ("港澳台实习的岗位数和辩论队人数", "builtin", ("≥100个", "≥5人"), "≥50人"),
        ("港澳台实习的岗位数和交通研讨会的论文数", "builtin", ("≥100个", "≥20篇"), "≥3场"),
        # A project before 的 scopes every ask already.
        ("国交的活动参与人数和满意度", "builtin", ("≥300人", "90"), "≥50人"),
        ("开放日活动的场次和市民满意度", "variations", ("3场", "≥90"), "优良"),
    ],
    ids=["own-row", "own-activity", "project-head", "other-form"],
)
def test_a_later_ask_with_a_row_of_its_own_keeps_it(
    question: str, form: str, wanted: tuple[str, ...], unwanted: str
) -> None:
    answer = _answer(question, form)
    assert all(figure in answer for figure in wanted), answer
    assert unwanted not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "unwanted"),
    [
        ("企服那边大学生实习岗位要征集多少个然后港澳台学生几个", "builtin", "≥50人"),
        ("企服的满意度多少，辩论队几个人", "builtin", "≥5人"),
        ("国交的预算多少，院士专家引进几名", "builtin", "120名"),
        ("运维的预算多少，线上参观人次多少", "other", "100000"),
    ],
    ids=["chain", "comma", "other-way", "other-forms"],
)
def test_an_ask_after_a_project_is_named_takes_no_row_of_another_project(
    question: str, form: str, unwanted: str
) -> None:
    answer = _answer(question, form)
    assert unwanted not in answer, answer
    assert "没有找到" in answer, answer


def test_an_ask_naming_another_project_by_a_word_takes_its_row() -> None:
    answer = _answer("数字化改造展区几个，道路养护多长", "other")
    assert "≥2个" in answer and "985米" in answer, answer
