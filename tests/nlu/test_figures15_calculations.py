"""Session 15 figures: percentages to two decimals as well, and the operands of a calculation."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


@pytest.mark.parametrize(
    ("question", "form", "one", "two"),
    [
        ("场馆改造财政资金在项目资金总额里占多少", "other", "约83.3%", "83.33%"),
        ("数字化改造上年结转的钱是今年申请总额的百分之几", "other", "约16.7%", "16.67%"),
        ("国交的年度预算比企服少了百分之多少", "builtin", "少约69.2%", "69.23%"),
        ("国交年度资金占两个项目合计的比重", "builtin", "约23.5%", "23.53%"),
        ("活动参与人数目标300，实际到了326人，超出目标百分之几", "builtin", "约8.7%", "8.67%"),
    ],
    ids=["fiscal-share", "carry-over", "less-percent", "share-of-sum", "told-over"],
)
def test_a_rounded_percentage_is_also_given_to_two_decimals(
    question: str, form: str, one: str, two: str
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert one in answer and f"保留两位小数为{two}" in answer


@pytest.mark.parametrize(
    ("question", "form", "shown"),
    [
        ("国交预算是企服的百分之几，保留一位小数", "builtin", "约30.8%"),
        ("场馆改造财政资金占项目资金总额的比例，保留两位小数", "other", "约83.33%"),
        ("国交的年度预算在两个项目里占多大比重", "builtin", "约23.5%"),
    ],
    ids=["one-place-asked", "two-places-asked", "not-asked"],
)
def test_places_asked_add_no_second_figure(question: str, form: str, shown: str) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert shown in answer
    assert ("保留两位小数为" in answer) is ("保留" not in question)
