"""Session 10 multi: the thing a first ask is about (交通研讨会是第几届) scopes the later asks
that name only a general word (办几场活动), never a row of another activity."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(question: str, form: str = "builtin") -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("question", "wanted", "wrong"),
    [
        ("国交交通研讨会是第几届、办几场活动、上海收几篇论文", "≥4场", "≥3场"),
        ("交通研讨会是第几届，办几场活动", "≥4场", "≥3场"),
        ("国交交通研讨会第几届然后办几场活动还有上海收几篇论文", "≥4场", "≥3场"),
        ("交通研讨会征集多少篇论文，相关活动几场", "≥4场", "≥3场"),
        ("港澳台实习征集多少岗位，推荐单位的科技社团几家", "≥10家", "≥3家"),
    ],
    ids=["enumerated", "comma", "voice", "papers-then-events", "internship"],
)
def test_a_later_ask_is_of_the_thing_the_first_names(
    question: str, wanted: str, wrong: str
) -> None:
    said = _answer(question)
    assert wanted in said
    assert wrong not in said


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("港澳台学生多少人、论文几篇", ("≥50人", "≥20篇")),
        ("企服工作站培育多少家、引入多少院士专家", ("≥40家", "≥120名")),
    ],
    ids=["other-thing", "own-words"],
)
def test_a_later_ask_naming_its_own_row_keeps_it(question: str, rows: tuple[str, ...]) -> None:
    said = _answer(question)
    assert all(row in said for row in rows)


@pytest.mark.parametrize(
    ("question", "form", "answers"),
    [
        (
            "场馆改造这个项目计划啥时候完成然后二期改造要啥时候完成",
            "multi_year",
            ("2026-12-31", "2025-09-30"),
        ),
        ("项目计划啥时候完成然后二期改造要啥时候完成", "multi_year", ("2026-12-31", "2025-09-30")),
        ("企服预算多少然后2026年的满意度目标是多少", "builtin", ("130万", "≥90%")),
    ],
    ids=["then-second-phase", "no-project", "then-year"],
)
def test_a_connector_before_a_figure_still_parts_two_asks(
    question: str, form: str, answers: tuple[str, ...]
) -> None:
    said = _answer(question, form)
    assert all(answer in said for answer in answers)
