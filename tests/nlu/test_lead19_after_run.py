"""Session 19, after the final blind run: asks relayed from a hotline caller (市民来电问…,
来电者称…，请核实), Singapore and Malaysian per cent (巴仙), a quoted name before 的项目, and
bookkeeping totals (计几项, 小计)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "wants", "not_wanted"),
    [
        ("热线那边市民来电询问国交项目的实施单位", "上海市科普教育展示技术中心", "没有找到"),
        ("对方想了解国交项目合作单位数量要几家", "≥3家", "没有找到"),
        ("来电者称国交项目合作单位数量的目标是5家，请核实", "≥3家", "没有找到"),
        ("一位市民来电咨询企服项目的计划完成日期", "2026-12-31", "没有找到"),
    ],
    ids=["asks", "wants-to-know", "claims", "consults"],
)
def test_an_ask_relayed_from_a_caller_is_answered(
    question: str, wants: str, not_wanted: str
) -> None:
    answer = ask(question)
    assert wants in answer
    assert not_wanted not in answer


@pytest.mark.parametrize(
    ("question", "wants", "not_wanted"),
    [
        ("国交满意度要几巴仙", "≥90%", "巴仙"),
        ("企服预算占两个项目合计的几多巴仙", "76.47%", "没有找到"),
        ("企服哪些指标按巴仙算", "共 3 项", "没有找到"),
    ],
    ids=["target", "share", "unit"],
)
def test_per_cent_said_as_ba_xian(question: str, wants: str, not_wanted: str) -> None:
    answer = ask(question)
    assert wants in answer
    assert not_wanted not in answer


def test_a_quoted_name_before_de_xiangmu_is_refused_with_no_figure() -> None:
    answer = ask("有没有叫“青年创客营”的项目？它的预算是多少")
    assert "没有找到“青年创客营”这个项目" in answer
    assert "40万" not in answer and "130万" not in answer


@pytest.mark.parametrize(
    ("question", "wants", "form"),
    [
        ("国交质量指标计几项", "质量指标 2 项", "builtin"),
        ("企服以场计的指标值小计多少场", "43场", "builtin"),
        ("运维项目以“≥”设定的指标计几项", "项", "variations"),
    ],
    ids=["count", "subtotal", "operator-count"],
)
def test_bookkeeping_counts_and_subtotals(question: str, wants: str, form: str) -> None:
    answer = ask(question, form)
    assert wants in answer
    assert "没有找到" not in answer


def test_a_training_session_called_a_coaching_session_is_its_row() -> None:
    answer = ask("企服资格申报辅导会开几场")
    assert "机构资格申报培训会数量" in answer and "≥1场" in answer


def test_a_project_described_around_its_own_short_name_is_that_project() -> None:
    answer = ask("帮企业搞科技创新服务的那个项目，成本上限是多少")
    assert "≤130万元" in answer
    assert "没有找到" not in answer and "40万" not in answer


def test_the_word_leaving_a_project_out_leaves_out_no_unit() -> None:
    answer = ask("不算企服项目，以人计的指标有哪些")
    assert "单位为“人”的绩效指标共 4 项" in answer
    assert "企业科技创新服务】" not in answer and "单位不是" not in answer


def test_a_bare_table_header_is_read_with_the_words_after_it() -> None:
    answer = ask("运维项目表头上的项目类别是什么", "other")
    assert "项目类别：一般项目" in answer
    assert "没有找到" not in answer
