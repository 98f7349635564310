"""Session 9 multi: a heading said by its stem before a word for targets (质量上的要求)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for
from tests.nlu.test_question_set import normalise


def _answer(question: str, form: str = "builtin") -> str:
    return normalise(answer_of({"q": question, "form": form}, service_for))


@pytest.mark.parametrize(
    ("question", "form", "wants", "unwanted"),
    [
        ("国交质量方面的要求", "builtin", ("质量达标率", "安全事故发生数"), "≥90%"),
        (
            "企服时效上的要求还有质量上的要求",
            "builtin",
            ("活动完成及时性", "基本信息采集准确性", "建设指引验收合格率"),
            "≥90%",
        ),
        ("国交效益方面的目标值都给我", "builtin", ("有效提升", "有效促进", "建立健全"), "≥300"),
        ("企服成本上的要求", "builtin", ("≤130万元",), "≤40"),
        ("运维项目时效上的要求", "variations", ("设施修复及时性",), "985"),
        (
            "运维的质量上的要求和满意度方面的要求分别是多少",
            "variations",
            ("设施完好率", "市民满意度"),
            "985",
        ),
    ],
    ids=["quality-aspect", "chain-of-two", "benefit-targets", "cost", "other-form", "and-each"],
)
def test_a_heading_stem_with_a_target_word_lists_its_rows(
    question: str, form: str, wants: tuple[str, ...], unwanted: str
) -> None:
    answer = _answer(question, form)
    assert all(want in answer for want in wants), answer
    assert unwanted not in answer and "共0项" not in answer, answer


def test_a_row_word_after_a_stem_is_no_heading() -> None:
    answer = _answer("企服建设指引验收质量要求是多少")
    assert "=100%" in answer and "基本信息采集准确性" not in answer, answer


@pytest.mark.parametrize(
    ("question", "form", "wants"),
    [
        ("企服社会效益那两条的指标值", "builtin", ("有效提升", "提升情况")),
        ("企服质量那两项分别是啥", "builtin", ("基本信息采集准确性", "建设指引验收合格率")),
        ("国交时效那块的目标", "builtin", ("2026年12月底前",)),
        ("企服效益那几条的目标值", "builtin", ("有效提升", "建立健全")),
        ("运维项目可持续影响那块有哪几条", "variations", ("运维制度", "长效管理机制健全性")),
    ],
    ids=["two-rows", "two-items-each", "that-block", "several", "other-form"],
)
def test_a_heading_stem_before_rows_pointed_at_lists_them(
    question: str, form: str, wants: tuple[str, ...]
) -> None:
    answer = _answer(question, form)
    assert all(want in answer for want in wants), answer
    assert "没有找到" not in answer, answer


def test_one_row_pointed_at_after_a_name_tail_is_no_heading() -> None:
    answer = _answer("国交征集论文数量那项多少")
    assert "≥20篇" in answer and "≥300" not in answer and "数量指标共" not in answer, answer
