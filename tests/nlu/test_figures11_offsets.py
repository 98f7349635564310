"""Session 11 figures: an amount the question gives, added to or taken off one figure of the
form (预算要是砍掉10万还剩多少: 40万 − 10万), a part of a figure given out with 按 (按三成拨),
and a supposition (要是…，如果…的话) cut out with the change it supposes."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    ("question", "form", "result", "wrong"),
    [
        ("企服的预算假如削减20万，还剩下多少", "builtin", "=110万元", ("130万元(",)),
        ("国交预算再追加15万元是多少钱", "builtin", "=55万元", ()),
        ("国交成本上限要是扣掉5万的话还有多少", "builtin", "=35万元", ()),
        ("桥梁检测数量再加3座一共几座", "other", "=7座", ()),
        ("巡检车辆要是少给2辆，剩几辆", "other", "=8辆", ()),
        ("养护成本压缩50万以后是多少", "other", "=200万元", ()),
        ("企服满意度目标再提高3个百分点是多少", "builtin", "=93%", ()),
    ],
    ids=["cut-left", "added-yuan", "cap-supposed", "count-added", "count-taken", "cost", "points"],
)
def test_given_amount_changes_one_figure(
    question: str, form: str, result: str, wrong: tuple[str, ...]
) -> None:
    said = normalise(ask(question, form))
    assert result in said
    assert not any(figure in said for figure in wrong)


@pytest.mark.parametrize(
    ("question", "form"),
    [("国交预算要是减掉10还剩多少", "builtin"), ("巡检车辆数再加5万元是多少", "other")],
    ids=["no-unit-on-money", "money-on-count"],
)
def test_given_amount_of_other_unit_is_refused(question: str, form: str) -> None:
    said = normalise(ask(question, form))
    assert "=" not in said and "不给出数字" in said


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("企服预算如果按八成拨付，能拿到多少", "=104万元"),
        ("国交预算要是先打个七折的话，是多少钱", "=28万元"),
    ],
    ids=["portion-by", "discount-supposed"],
)
def test_supposed_scale_is_asked_not_told(question: str, result: str) -> None:
    said = normalise(ask(question))
    assert result in said and "您提供的情况" not in said


def test_level_reached_is_no_offset() -> None:
    said = normalise(ask("国交预算提高到50万是多少"))
    assert "90万" not in said and "=" not in said
