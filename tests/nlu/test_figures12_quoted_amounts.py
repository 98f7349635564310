"""Session 12 figures: an amount quoted right after a project's name that equals one of its
money figures is read as that column (国交40万比企服130万少多少); any other stays told."""

from __future__ import annotations

import pytest

from knowledge.model import Funding
from nlu.quoted_amounts import column_named
from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    ("question", "result", "wrong"),
    [
        ("国交40万比企服130万少多少钱", "少90万元", "170万"),
        ("企服的130万是国交那40万的几倍", "3.25倍", "170万"),
        ("企服130万加国交40万一共多少", "170万", "90万"),
    ],
    ids=["less", "times", "sum"],
)
def test_quoted_budgets_compare(question: str, result: str, wrong: str) -> None:
    said = normalise(ask(question))
    assert result in said and wrong not in said
    assert "没有找到" not in said


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造项目一共360万，本年度申请的部分占多少比例",
        "数字化改造的总额360万里年度申请占几成",
    ],
    ids=["total-then-part", "part-in-total"],
)
def test_quoted_project_total_as_the_whole(question: str) -> None:
    said = normalise(ask(question, "multi_year"))
    assert "33.3%" in said and "项目资金总额360万" in said


def test_a_check_keeps_its_amount() -> None:
    said = normalise(ask("企服预算比国交多90万吗"))
    assert "90万" in said


def test_only_an_equal_column_is_named() -> None:
    funding = Funding(annual_total=None, project_total=None)
    assert column_named(funding, 1) is None  # type: ignore[arg-type]
    funding = Funding(project_total=3600000, annual_total=1200000)  # type: ignore[arg-type]
    assert column_named(funding, 3600000) == "项目资金总额"  # type: ignore[arg-type]
    assert column_named(funding, 1200000) == "年度资金申请总额"  # type: ignore[arg-type]
    assert column_named(funding, 1300000) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "form", "result", "wrong"),
    [
        (
            "开放日一共接待5000人次的话，把运维成本控制数平摊到每人次合多少",
            "variations",
            "500元/人次",
            "250万元/人次",
        ),
        (
            "服务科技工作者8000人次，企服成本控制数分摊到每人次多少元",
            "builtin",
            "162.5元/人次",
            "1300000",
        ),
    ],
    ids=["open-day", "served"],
)
def test_count_said_before_the_amount_it_divides(
    question: str, form: str, result: str, wrong: str
) -> None:
    said = normalise(ask(question, form))
    assert result in said and wrong not in said
