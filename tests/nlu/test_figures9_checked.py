"""A row's target stated in a question to check it (国交满意度是不是90) settles on that row."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for

SATISFACTION = "参与人员与合作单位满意度：指标值 ≥90%"
POSTS = "征集实习岗位数量：指标值 ≥100个"


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("国交满意度是不是90", SATISFACTION),
        ("对一下 国交满意度≥90吗", SATISFACTION),
        ("国交满意度是90吗", SATISFACTION),
        ("嗯那个就是国交的征集实习岗位数量是不是100个来着", POSTS),
        ("那个企服满意度是不是90来着", "参与企业、专家的满意度：指标值 ≥90%"),
        ("国交满意度是不是90，我核对一下", SATISFACTION),
    ],
    ids=["is-it", "check-sign", "terse", "voice", "other-project", "chat-after"],
)
def test_the_target_checked_picks_the_row_over_a_goal_sentence(question: str, result: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert result in answer
    assert "年度总体目标" not in answer


def test_a_value_no_row_has_does_not_pick_a_row_by_it() -> None:
    answer = answer_of({"q": "国交满意度是不是73", "form": "builtin"}, service_for)
    assert "≥73" not in answer


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("企服成本控制数是不是130万？国交的是多少", ("≤130万元", "≤40万元")),
        ("活动参与人数是不是300？论文征集多少篇", ("≥300人", "≥20篇")),
        ("国交满意度是90吗，企服的呢", ("≥90%", "参与企业、专家的满意度")),
    ],
    ids=["then-other-project", "then-other-row", "then-ellipsis"],
)
def test_a_check_followed_by_another_ask_leaves_both_answered(
    question: str, figures: tuple[str, ...]
) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert all(figure in answer for figure in figures), answer
