"""Session 9 multi: terse lists of items (运维 巡检车辆 步道长度), a project named first."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(question: str, form: str = "other") -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("运维 巡检车辆 步道长度", ("10辆", "985米")),
        ("运维 巡检车辆 步道长度 各是多少", ("10辆", "985米")),
        ("养护 实施单位 起止时间", ("道路管理所", "2023.07")),
        ("养护 实施单位 起止时间 分别是什么", ("道路管理所", "2023.07")),
        ("运维 结转 主管部门", ("上年结转资金:50万元", "上海市某某局")),
    ],
    ids=["two-rows", "each-asked", "two-facts", "facts-each-asked", "money-and-fact"],
)
def test_a_project_word_heading_a_terse_list_scopes_every_item(
    question: str, wants: tuple[str, ...]
) -> None:
    answer = _answer(question)
    assert all(want in answer for want in wants), answer
    assert "养护完成时间" not in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("数字化 开始 完成日期", ("2024-01-01", "2026-12-31")),
        ("养护 开始 结束日期", ("2023.07", "2024.01")),
        ("改造 计划开始 完成日期", ("2024-01-01", "2026-12-31")),
    ],
    ids=["start-end-date", "start-finish", "planned"],
)
def test_an_item_shares_the_head_of_the_item_after_it(
    question: str, wants: tuple[str, ...]
) -> None:
    answer = _answer(question)
    assert all(want in answer for want in wants), answer


def test_a_list_with_an_item_left_unread_is_answered_whole() -> None:
    answer = _answer("运维 完好率 绩效标准")
    assert "没有找到" in answer, answer


def test_a_long_sentence_borrows_no_head() -> None:
    answer = _answer("您好，我是财务，想核一下数字化改造项目的项目资金总额")
    assert "360万元" in answer and "年度预算" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "wants"),
    [
        ("运维带宽和完好率", "variations", ("≥80M", "≥85%")),
        ("运维的带宽和完好率", "variations", ("≥80M", "≥85%")),
        ("养护合格率和运维带宽", "other", ("≥95%", "≥80M")),
        ("数字化展区数量和运维车辆", "other", ("≥2个", "10辆")),
    ],
    ids=["glued", "with-of", "second-part", "two-projects"],
)
def test_a_part_starting_with_project_words_is_read_without_them(
    question: str, form: str, wants: tuple[str, ...]
) -> None:
    answer = _answer(question, form)
    assert all(want in answer for want in wants), answer
    assert "未能确定" not in answer and "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("国交 主管/实施单位", ("上海市科学技术协会", "科普教育展示技术中心")),
        ("国交 开始/完成日期", ("2026-01-01", "2026-12-31")),
        ("国交 满意度/时效", ("≥90%", "活动完成及时性")),
    ],
    ids=["facts-shared-head", "dates", "row-and-heading"],
)
def test_a_slash_between_items_lists_them(question: str, wants: tuple[str, ...]) -> None:
    answer = _answer(question, "builtin")
    assert all(want in answer for want in wants), answer
