"""What-ifs said in bookkeeping words and amounts set out before a split are worked out."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "form", "result", "wrong"),
    [
        # 核减 lowers by a part, 尚余 asks what is left
        ("倘若国交年度资金核减两成，尚余多少？", "builtin", "32万元", "40万元（400"),
        # 增拨 adds an amount given
        ("假如企服年度资金增拨拾万元，共计多少？", "builtin", "140万元", "= 130万元"),
        # a payment made, the figure named by 按…计, the balance asked by 余额
        ("企服已支付款项叁拾万元，按成本控制数计，余额多少？", "builtin", "100万元", "= 130万"),
        ("该项目已付款贰佰万元，按资金总额计，余额若干？", "old_template", "50万元", "= 250万"),
    ],
    ids=["cut-by-part", "granted-more", "paid-against-row", "paid-against-total"],
)
def test_bookkeeping_what_if_works_the_change(
    question: str, form: str, result: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert result in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "result", "wrong"),
    [
        # a part set out before the rest is split by a count given
        ("国交成本控制数先留出10万备用，剩下的按30家平均，每家多少钱", "10000元/家", "3333"),
        # an amount taken off for someone, then split by a row's count
        (
            "企服成本控制数扣除给调查站点的10万后，剩下的按服务科技工作者人数平均，每人多少钱",
            "150元",
            "162.5",
        ),
        # an amount taken off with what it was for, then what is left
        ("国交的经费扣掉两万元的差旅费，还剩多少？", "38万元", "40万元（400"),
    ],
    ids=["set-out-then-split", "taken-for-someone", "taken-with-purpose"],
)
def test_amount_set_out_before_a_split_is_taken_off_first(
    question: str, result: str, wrong: str
) -> None:
    answer = ask(question)
    assert result in answer
    assert wrong not in answer


def test_next_years_figure_changed_scales_this_years() -> None:
    answer = ask("要是国交明年的预算增加25%，会是多少？")
    assert "50万元" in answer
    assert "2027" not in answer


def test_payment_without_the_balance_asked_is_no_offset() -> None:
    answer = ask("要是企服年底前已支出65万元，预算执行率是多少？")
    assert "50%" in answer
    assert "65万元（" not in answer
