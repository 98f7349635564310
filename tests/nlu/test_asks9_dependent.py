"""Session 9 multi, round 2: a chain whose later ask works on the first's result (…多多少
然后多出来的是国交的几倍) never gets one calculation over the whole message as either ask's
figure (session 10 works the later ask out on the result, tests/nlu/test_asks10_chains.py)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(question: str, form: str = "builtin") -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("question", "first", "wrong"),
    [
        ("企服比国交预算多多少 然后多出来的是国交的几倍", "90万", "3.25"),
        ("企服预算比国交多多少然后多出来的这部分是国交预算的几倍", "90万", "3.25"),
        ("企服比国交预算多多少 另外多出来的相当于国交的几倍", "90万", "3.25"),
        ("企服和国交预算差多少然后这个差是国交的多少倍", "90万", "3.25"),
        ("企服预算比国交多多少 然后得数是国交预算的几倍", "90万", "3.25"),
    ],
    ids=["more-then-times", "part-times", "besides-then-times", "the-difference", "result"],
)
def test_a_later_ask_on_the_first_result_is_worked_out_not_guessed(
    question: str, first: str, wrong: str
) -> None:
    said = _answer(question)  # session 10: the result before is the later ask's operand
    assert first in said
    assert wrong not in said
    assert "2.25倍" in said


@pytest.mark.parametrize(
    ("question", "first", "wrong"),
    [
        ("企服科创赋能那个活动场次是举办学术交流那些活动的几倍 然后两个加起来多少场", "7", "30场"),
        ("国交合作单位比推荐实习单位的科技社团少几家然后两个一共几家", "7家", "=10家"),
        ("服务企业数是科创赋能活动场次的几倍 然后两个相加是多少", "2.86", "135"),
        ("企服信息报送篇数比调查站点工作会数量多几 还有俩合计多少", "15篇", "16"),
    ],
    ids=["times-then-sum", "less-then-total", "times-then-add", "more-then-both"],
)
def test_both_of_the_first_asks_rows_are_said_back(question: str, first: str, wrong: str) -> None:
    said = _answer(question)
    assert first in said
    assert wrong not in said


@pytest.mark.parametrize(
    "question",
    [
        "国交项目计划开始、完成日期以及年度资金申请总额请一并提供",
        "企服开始、结束日期还有预算多少",
        "企服项目预算和开始、完成日期",
        "国交的主管部门、开始、完成日期",
    ],
    ids=["and-budget", "end-then-budget", "budget-first", "department-first"],
)
def test_a_start_sharing_its_date_with_the_end_is_answered_beside_other_fields(
    question: str,
) -> None:
    said = _answer(question)
    assert "2026-01-01" in said
    assert "2026-12-31" in said
