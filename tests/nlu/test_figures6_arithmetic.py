"""Arithmetic over a figure named by its year: 2025年度申请的 is the annual request."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for

MULTI_YEAR = "multi_year"  # a form of 2025 with a three-year total of 360万 and 120万 asked


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造项目总额减去2025年度申请的，还剩多少",
        "数字化改造项目总额减去2025年申请的资金还剩多少",
        "改造项目总额扣掉2025年度申请的还有多少",
    ],
)
def test_a_year_before_the_request_names_the_annual_request(question: str) -> None:
    answer = answer_of({"q": question, "form": MULTI_YEAR}, service_for)
    assert "240万" in answer
    assert "年度资金申请总额" in answer


def test_a_year_the_forms_lack_is_refused_not_subtracted() -> None:
    question = "数字化改造项目总额减去2026年度申请的，还剩多少"
    answer = answer_of({"q": question, "form": MULTI_YEAR}, service_for)
    assert "240万" not in answer
    assert "2026" in answer


@pytest.mark.parametrize(
    "question",
    [
        "养护成本上限摊到每米养护道路，大概多少元一米",
        "养护成本上限摊到每米养护道路，大概多少元",
        "养护成本摊到每米道路，多少元一米",
    ],
)
def test_a_per_clause_set_apart_by_a_comma_from_its_ask_divides(question: str) -> None:
    answer = answer_of({"q": question, "form": "old_template"}, service_for)
    assert "2538.07" in answer
    assert "÷" in answer


@pytest.mark.parametrize(
    "question",
    [
        "科创服务平均每家新培育工作站能摊到多少经费",
        "企服预算平均每家新培育工作站多少钱",
        "企服年度预算平摊到每家新培育院士工作站大概多少",
        "企服的钱，平均每家新培育工作站能分多少",
    ],
)
def test_a_per_unit_carrying_what_it_counts_divides_by_that_row(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "32500元/家" in answer
    assert "培育新申报" in answer


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("养护完了合格的比率要多少", "≥95%"),
        ("养护合格的比率是多少", "≥95%"),
        ("合格比率要求多少", "≥95%"),
        ("养护成本占项目资金总额的比率是多少", "= 100%"),
    ],
)
def test_a_ratio_word_reads_as_the_rate_row_or_a_share(question: str, found: str) -> None:
    answer = answer_of({"q": question, "form": "old_template"}, service_for)
    assert found in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "平均下来每家推荐社团得出几个实习岗位？",
        "平均每家推荐社团能拿出几个实习岗位?",
        "每家推荐社团平均提供几个实习岗位",
        "平均每家社团得出多少个岗位",
    ],
)
def test_a_per_ask_with_a_verb_of_giving_and_a_question_mark_divides(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "10个/家" in answer
