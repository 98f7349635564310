"""Clauses telling the asker's own figures (a plan, an actual, a guess) are set apart."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, MoneyAnswer, NotInForm
from nlu.normalize import Normalizer
from nlu.statements import load_statement_words, set_apart
from tests.nlu.question_sets import ask, engine_for, service_for


def _apart(text: str) -> tuple[str, tuple[str, ...]] | None:
    found = set_apart(text, Normalizer().normalize(text), load_statement_words())
    return None if found is None else (found.kept, found.clauses)


@pytest.mark.parametrize(
    ("question", "kept", "told"),
    [
        (
            "国交论文明年打算多收5篇，今年目标几篇",
            "国交论文今年目标几篇",
            "国交论文明年打算多收5篇",
        ),
        ("企服满意度要求多少？去年我们实测89%", "企服满意度要求多少", "去年我们实测89%"),
        ("开放日是第几届？我记得是第6届", "开放日是第几届", "我记得是第6届"),
        (
            "我们到9月已经办了18场，科创赋能活动目标几场",
            "科创赋能活动目标几场",
            "我们到9月已经办了18场",
        ),
        ("养护长度目标，明年计划养1200米", "养护长度目标", "明年计划养1200米"),
    ],
    ids=["plan-first", "actual-after", "guess", "actual-no-topic", "terse"],
)
def test_a_clause_telling_the_askers_figure_is_set_apart(
    question: str, kept: str, told: str
) -> None:
    assert _apart(question) == (kept, (told,))


@pytest.mark.parametrize(
    "question",
    [
        "国交的预算，去年的",  # a year asked, no figure told
        "我想知道国交预算，还有企服的",  # 想 of an ask
        "实际花了118万，离上限还剩多少",  # the ask works on the told figure
        "线上参观人次实际做到了8万，完成率是多少",
        "国交预算是多少，2025年是40万吗",  # a check, not a statement
        "国交满意度实测92%",  # one clause: nothing else asks
        "企服计划开始日期和完成日期，分别是",  # 计划 of a field's name
        "想算一下国交预算占两个项目合计的比例，大概是多少",  # 想 of an ask to work out
    ],
    ids=["year-asked", "want-to-know", "left", "rate", "check", "alone", "field", "work-out"],
)
def test_nothing_is_set_apart_when_no_clause_only_tells(question: str) -> None:
    assert _apart(question) is None


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("国交论文明年打算多收5篇，今年要求几篇", "上海征集论文数量"),
        ("企服满意度要求多少？去年我们实测89%", "参与企业、专家的满意度"),
        ("明年想把辩论队扩到10个人，今年辩论队几个人", "辩论队人数"),
        ("活动参与人数目标，明年我们准备报400人", "活动参与人数"),
    ],
    ids=["plan-first", "last-year-after", "plan-first-2", "plan-after"],
)
def test_the_rest_is_answered_for_the_loaded_year(question: str, row: str) -> None:
    found = engine_for("builtin").interpret(question)
    assert isinstance(found.answer, IndicatorAnswer), found.answer
    assert [row in indicator.name for indicator in found.answer.indicators] == [True]
    assert found.set_apart


def test_a_budget_asked_beside_next_years_plan_is_this_years() -> None:
    found = engine_for("builtin").interpret("国交明年想报45万，今年预算多少")
    assert isinstance(found.answer, MoneyAnswer), found.answer
    reply = "\n".join(
        r.plain() for r in service_for("builtin").answer("国交明年想报45万，今年预算多少").replies
    )
    assert "40万元" in reply and "“国交明年想报45万”是您提供的情况" in reply
    assert "45万元" not in reply


def test_a_year_asked_without_a_figure_is_still_the_year_asked() -> None:
    answer = engine_for("builtin").interpret("国交的预算，去年的").answer
    assert isinstance(answer, NotInForm) and answer.year == 2025


@pytest.mark.parametrize(
    ("form", "question", "shown"),
    [
        (
            "variations",
            "设施完好率我们实测88%，比目标高几个百分点",
            ["88%", "85%", "多 3个百分点"],
        ),
        (
            "builtin",
            "企服服务科技工作者人数实际做到9000人次，完成率多少",
            ["9000人次", "8000人次", "112.5%"],
        ),
        ("builtin", "国交合作单位实际签了2家，还差几家", ["2家", "3家", "少 1家"]),
        ("builtin", "国交成本实际花了36万，离上限还剩多少", ["36万", "40万元", "少 4万元"]),
        ("builtin", "企服明年预算打算报150万，比今年多百分之几", ["150万", "130万元", "15.4%"]),
    ],
    ids=["points", "rate", "short-of", "left-under-cap", "rise"],
)
def test_a_told_figure_is_worked_against_the_forms(
    form: str, question: str, shown: list[str]
) -> None:
    replies = service_for(form).answer(question).replies
    reply = "\n".join(r.plain() for r in replies)
    assert "您给出的" in reply, reply
    assert all(part in reply for part in shown), reply


@pytest.mark.parametrize(
    "question",
    [
        "国交满意度实测92%",  # nothing asked of it
        "国交合作单位实际签了2家和3家，还差几家",  # two told figures
    ],
    ids=["nothing-asked", "two-figures"],
)
def test_no_told_figure_is_worked_without_one_clear_operand(question: str) -> None:
    replies = service_for("other" if "养护" in question else "builtin").answer(question).replies
    assert "您给出的" not in "\n".join(r.plain() for r in replies)


@pytest.mark.parametrize(
    ("form", "question", "shown", "told"),
    [
        ("builtin", "国交合作单位几家 我们已经签了2家", ["≥3家"], "我们已经签了2家"),
        ("builtin", "企服满意度目标多少，去年是88%？", ["≥90%"], "去年是88%"),
        (
            "builtin",
            "国交里目标超过10的有哪些，我们实际办了12场",
            ["≥20篇", "≥300人"],
            "实际办了12场",
        ),
    ],
    ids=["voice-space", "rising-tone", "bound-of-a-filter"],
)
def test_a_told_clause_is_set_apart_however_it_is_separated(
    form: str, question: str, shown: list[str], told: str
) -> None:
    reply = ask(question, form)
    assert told in reply and "是您提供的情况" in reply, reply
    assert all(part in reply for part in shown), reply


@pytest.mark.parametrize(
    ("form", "question", "shown"),
    [
        ("builtin", "国交明年打算压到35万，比今年少多少", ["35万", "40万元", "少 5万元"]),
        ("variations", "运维设施完好率实测90% 比目标高几个点", ["90%", "85%", "多 5个百分点"]),
        ("builtin", "国交成本上半年支出了30万然后还剩多少", ["30万", "40万元", "少 10万元"]),
        ("builtin", "合作单位前两个季度签了2家，完成率多少", ["2家", "3家", "约66.7%"]),
        ("builtin", "国交成本实际花了38万，执行率多少", ["38万", "40万元", "95%"]),
        ("variations", "开放日实际接待了4500人次 完成率多少", ["4500人次", "5000人次", "90%"]),
        ("variations", "巡检车要是加到12辆 增加百分之多少", ["12辆", "10辆", "多20%"]),
    ],
    ids=[
        "amount-of-the-budget",
        "points-by-voice",
        "chained",
        "time-counted",
        "spending-rate",
        "goal-sentence",
        "rise-by-voice",
    ],
)
def test_a_told_figure_said_loosely_is_worked_against_the_forms(
    form: str, question: str, shown: list[str]
) -> None:
    reply = ask(question, form)
    assert all(part in reply for part in shown), reply


@pytest.mark.parametrize(
    ("question", "shown", "not_shown"),
    [
        ("国交的合作单位数量和论文数量分别多少？明年想各加一些", ["≥3家", "≥20篇"], []),
        ("企服计划开始日期是哪天？明年的打算提前", ["2026-01-01"], []),
        (
            "明年打算把企服的场次类指标都调高，先列一下今年以场计的指标",
            ["科创赋能及人才服务活动数量"],
            ["相关活动场次"],  # 国交's row: the project told is the one asked
        ),
    ],
    ids=["plan-without-figure", "plan-of-a-date", "project-told"],
)
def test_a_plan_told_without_its_figure_is_set_apart(
    question: str, shown: list[str], not_shown: list[str]
) -> None:
    reply = ask(question, "builtin")
    assert "是您提供的情况" in reply and "2027" not in reply, reply
    assert all(part in reply for part in shown), reply
    assert not any(part in reply for part in not_shown), reply


@pytest.mark.parametrize(
    ("question", "want", "never"),
    [
        # The figure told and the working asked in one run of words.
        ("国交合作单位实际签了2家还差几家", "少 1家", "尚未登记"),
        ("企服科创赋能活动已经办了20场，达到目标的百分之几", "57.1%", "尚未登记"),
        # 累计 and 报名 tell a result reached so far.
        ("企服服务科技工作者目前累计6000人次，还差多少", "少 2000人次", "尚未登记"),
        ("国交港澳台学生现在报名40人，完成率多少", "80%", "尚未登记"),
        ("企服明年打算报150万比今年涨多少", "多 20万元", "2027"),
        ("国交满意度上次调查93%，比目标高几个百分点", "多 3个百分点", "尚未登记"),
    ],
)
def test_a_count_told_then_worked_in_one_breath(question: str, want: str, never: str) -> None:
    answer = ask(question, "builtin")
    assert want in answer and never not in answer, answer
