"""Session 15 asks: a figure the asker puts up for checking inside a one-row ask (培育工作站
目标是50家吗) is the asker's, never a word of the row: the form's figure is answered, with
whether the two agree."""

from __future__ import annotations

import pytest

from nlu.statements import premises_said
from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise

DIFFERS = "不一致"
HOLDS = "一致"


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("企服走访对接是不是20次", "≥10次"),
        ("国交合作单位是8家吗", "≥3家"),
        ("国交论文征集定的是30篇吧", "≥20篇"),
        ("培育工作站目标是50家吗", "≥40家"),
        ("国交满意度目标是95%对吧", "≥90%"),
        ("企服成本上限是140万吧", "≤130万元"),
        ("国交预算是不是50万", "40万元"),
    ],
    ids=["visits", "partners", "papers", "stations", "satisfaction", "ceiling", "budget"],
)
def test_a_wrong_figure_put_up_for_checking_gets_the_forms_and_a_correction(
    question: str, figure: str
) -> None:
    answer = normalise(ask(question))
    assert figure in answer, answer
    assert DIFFERS in answer, answer
    assert "没有找到" not in answer, answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("企服走访对接是10次吗", "≥10次"),
        ("企服服务科技工作者8000人次没错吧", "≥8000人次"),
        ("企服满意度是不是90%以上哈", "≥90%"),
        ("国交预算40万对吧", "40万元"),
        ("国交成本控制数是不是不超过40万", "≤40万元"),
    ],
    ids=["visits", "people-times", "at-least", "budget", "at-most"],
)
def test_a_right_figure_put_up_for_checking_is_said_to_agree(question: str, figure: str) -> None:
    answer = normalise(ask(question))
    assert figure in answer, answer
    assert HOLDS in answer and DIFFERS not in answer, answer


@pytest.mark.parametrize(
    "question",
    ["这两个是不是一个", "开放日是第8届吗", "我记得是12次对吧", "有哪些指标目标是0的"],
    ids=["a-one", "edition", "told-alone", "filter"],
)
def test_no_figure_is_put_up_where_none_is_checked(question: str) -> None:
    assert premises_said(question) is None


def test_two_figures_put_up_are_both_set_apart_and_both_rows_answered() -> None:
    answer = normalise(ask("国交活动参与人数300人对吧？合作单位是3家吗"))
    assert "≥300人" in answer and "≥3家" in answer, answer


@pytest.mark.parametrize(
    ("question", "figure", "verdict"),
    [
        ("企服走访对接几次，我记得是12次对吧", "≥10次", DIFFERS),
        ("企服走访对接，我记得是10次", "≥10次", HOLDS),
        ("国交预算多少，我印象里是50万", "40万元", DIFFERS),
        ("国交活动参与人数，文件写的是≥500人吧", "≥300人", DIFFERS),
    ],
    ids=["remembered-wrong", "remembered-right", "impression", "file-bound"],
)
def test_a_figure_the_asker_remembers_of_the_row_asked_gets_a_verdict(
    question: str, figure: str, verdict: str
) -> None:
    answer = normalise(ask(question))
    assert figure in answer and verdict in answer, answer
    if verdict == HOLDS:
        assert DIFFERS not in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "养护项目的钱全是财政拨的吗，我记得有50万是自筹的？",
        "企服培育工作站几家，明年想报50家",
        "国交活动参与人数，实际来了350人",
    ],
    ids=["other-thing", "plan", "actual"],
)
def test_a_figure_told_of_something_else_gets_no_verdict(question: str) -> None:
    form = "other" if "养护" in question else "builtin"
    answer = normalise(ask(question, form))
    assert HOLDS not in answer, answer
