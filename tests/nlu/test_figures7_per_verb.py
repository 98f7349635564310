"""A per-unit ask with a verb before 一 and the measure word (每征集一篇上海论文)."""

from __future__ import annotations

import pytest

from nlu.arithmetic import per_ask
from tests.nlu.question_sets import answer_of, service_for

UNITS = frozenset({"篇", "家", "个", "人次", "场"})


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("每征集一篇上海论文花多少钱", "篇征集上海论文"),
        ("每推荐一家科技社团花多少钱", "家推荐科技社团"),
        ("每举办一场活动多少钱", "场举办活动"),
        ("每一人次多少钱", "一人次"),
    ],
)
def test_the_measure_word_leads_the_unit(question: str, unit: str) -> None:
    found = per_ask(question, units=UNITS)
    assert found is not None
    assert found.unit == unit


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("按成本控制数算，国交每征集一篇上海论文花多少钱", "20000元/篇"),
        ("国交按成本控制数算，每征集一篇论文摊多少钱", "20000元/篇"),
        ("企服按成本控制数算，每培育一个新申报工作站花多少钱", "32500元"),
    ],
    ids=["shanghai-papers", "papers", "stations"],
)
def test_a_verb_before_the_unit_still_divides_by_its_row(question: str, result: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert result in answer
    assert "÷" in answer


@pytest.mark.parametrize(
    ("form", "question", "result"),
    [
        ("multi_year", "场馆改造平均每个展区花多少钱（按成本控制数算）", "600000元/个"),
        ("multi_year", "场馆改造平均每个展区花多少钱，按成本控制数算", "600000元/个"),
        ("multi_year", "场馆改造每个展区摊多少钱(按成本控制数来算)", "600000元/个"),
        ("builtin", "企服平均每家新申报工作站多少钱，按成本控制数算", "32500元/家"),
    ],
    ids=["parenthesis", "comma", "ascii-parenthesis", "builtin"],
)
def test_a_basis_said_last_divides_as_if_said_first(form: str, question: str, result: str) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert result in answer
    assert "成本控制数" in answer


@pytest.mark.parametrize(
    "question",
    [
        "把企服的钱按直通车服务的100家企业分下去，一家多少",
        "把企服的钱按100家企业分下去，一家多少",
        "企服的预算按100家企业分下来，每家多少",
        "企服的钱按直通车服务的100家企业分，每家多少钱",
    ],
    ids=["goal-named", "count-only", "down", "bare-share"],
)
def test_money_shared_down_over_a_given_count(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "130万元 ÷" in answer
    assert "13000元/家" in answer


@pytest.mark.parametrize(
    "question",
    [
        "市科协调查站点总共多少家？年均3000余份平均到每家大概多少份",
        "调查站点年均3000余份，平均到每家大概多少份",
        "调查站点一年报3000余份，平均每家多少份",
        "企服的调查站点每年上报3000余份，摊到每家几份",
    ],
    ids=["two-asks", "comma", "per-year", "share-out"],
)
def test_a_bare_per_unit_counts_what_the_given_count_was_said_of(question: str) -> None:
    answer = answer_of({"q": question}, service_for)
    assert "= 47家" in answer
    assert "约63.83份/家" in answer
