"""Session 12 (second): checks of one figure against another (是否等于, 一样多吗, 超没超, 够不够):
both sides shown with the verdict, never a sum of every figure named."""

from __future__ import annotations

import pytest

from nlu.answers import FigureCheck
from tests.nlu.question_sets import ask, engine_for


@pytest.mark.parametrize(
    "question",
    [
        "运维的当年拨款加上年结转，跟年度申请总额一致吗",
        "帮我核一下运维：拨款和结转两项合计与申请总额相符吗？",
        "运维项目当年财政拨款+上年结转资金是否等于年度资金申请总额",
        "运维拨款加结转等不等于总额",
        "运维当年拨款与上年结转之和，和年度资金总额吻合吗",
        "运维拨款加结转是否与总额相符",
    ],
)
def test_a_sum_checked_against_the_total(question: str) -> None:
    answer = ask(question, "variations")
    assert "200万元 + " in answer and "50万元 = 250万元" in answer
    assert "两者相等" in answer
    assert "500万" not in answer  # never the sum of all three amounts


def test_one_part_checked_against_the_total_is_unequal() -> None:
    answer = ask("运维拨款是否跟总额一致", "variations")
    assert "不相等" in answer and "少 50万元" in answer


@pytest.mark.parametrize(
    "question",
    [
        "养护跟运维的钱是不是一样多",
        "运维和养护两个项目预算相等吗",
        "设施运维的总额与道路桥梁养护的总额一致不一致",
        "那个 养护 和 运维 钱一样多吗 说下",
    ],
)
def test_two_projects_amounts_checked(question: str) -> None:
    answer = ask(question, "other")
    assert "都是 250万元" in answer
    assert "120万" not in answer and "360万" not in answer  # 数字化改造 is not asked


def test_rows_of_two_projects_checked_in_points() -> None:
    answer = ask("运维和养护的满意度目标一样吗", "other")
    assert "不相等" in answer and "高 5 个百分点" in answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("国交的成本控制数跟它的年度预算对得上吗", "两者相等"),
        ("请问国交项目成本控制数上限和年度资金申请总额分别是多少，二者是否一致？", "两者相等"),
        ("企服的成本控制数是否超过企服预算", "没有超过"),
        ("国交成本控制数有没有超出年度资金申请总额", "没有超过"),
        ("企服预算够不够覆盖成本控制数", "够，"),
        ("企服和国交预算一样吗", "多 90万元"),
    ],
)
def test_checks_on_the_builtin_form(question: str, verdict: str) -> None:
    answer = ask(question)
    assert verdict in answer
    assert isinstance(engine_for("builtin").interpret(question).answer, FigureCheck)


@pytest.mark.parametrize(
    "question",
    ["国交有没有超过50%的指标", "企服的满意度是否符合要求", "国交的目标是否合理"],
)
def test_no_check_without_two_figures(question: str) -> None:
    assert not isinstance(engine_for("builtin").interpret(question).answer, FigureCheck)


@pytest.mark.parametrize(
    ("question", "form", "same"),
    [
        ("运维项目年度资金申请总额是否等于当年财政拨款加上年结转资金？", "variations", "250万元"),
        ("运维的年度申请总额跟拨款加结转对不对得上", "variations", "250万元"),
        ("运维拨款加结转等于总额吗", "variations", "250万元"),
        ("运维的成本控制数超过预算了吗", "variations", "250万元"),
        ("改造项目的财政资金和其他资金加起来，与项目资金总额是否一致", "multi_year", "360万元"),
        ("改造项目财政资金加其他资金等于总额吗", "multi_year", "360万元"),
        ("改造当年拨款、上年结转、其他资金三项之和是不是等于年度总额", "multi_year", "120万元"),
        ("养护的成本跟运维的一样吗", "other", "250万元"),
    ],
)
def test_sides_in_either_order_and_column(question: str, form: str, same: str) -> None:
    answer = ask(question, form)
    assert f"都是 {same}" in answer
    assert "500万" not in answer and "720万" not in answer  # never every amount added up


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("企服和国交的年度总额加起来是否等于170万", "都是 170万元"),
        ("请核实两个项目年度资金申请总额之和是否等于一百七十万元", "都是 170万元"),
        ("国交预算超没超50万", "没有超过，前者比后者少 10万元"),
        ("企服预算够不够100万", "够，前者比后者多 30万元"),
        ("国交活动参与人数是不是等于300人", "都是 300人"),
    ],
)
def test_a_figure_checked_against_one_the_question_states(question: str, verdict: str) -> None:
    answer = ask(question)
    assert verdict in answer
