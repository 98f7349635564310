"""Session 14 meaning: rows and header fields described, not named.

A row said by its everyday words (散步的小路 of 步道), by its opposite (不坏 of 完好), by the
bar it sets (合格那条线, 多满意才算过关) or by the whole it counts (整体来参加的人头); a header
field said in everyday words (年年都有的 of 经常性, 具体干活的单位 of 实施单位), a kind said as the
project's modifier (这个跨年度的改造项目), a year pointed at (那年要干嘛), an ask dated by the
goal (虚拟导览上线后), and a date ask beside chat (hi 在忙吗，二期…).
"""

from __future__ import annotations

import re

import pytest

from tests.nlu.question_sets import ask
from tests.nlu.test_question_set import normalise

_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _figures(text: str) -> set[str]:
    return set(_FIGURE.findall(normalise(text)))


def _states_only(said: str, question: str, allowed: set[str]) -> None:
    """Asserts the answer states no figure beyond the asked ones and the question's own."""
    extra = _figures(said) - _figures(question) - allowed
    assert not extra, f"unexpected figures {extra} in {said!r}"


@pytest.mark.parametrize(
    "question",
    [
        "运维那个散步的小路要维护多长",
        "运维的步行道维护多少米",
        "设施运维里健身步道要管多长",
        "运维散步道长度多少",
        "运维要管护的小路有多长",
    ],
    ids=["stroll-path", "walkway", "fitness-path", "stroll-way", "small-road"],
)
def test_path_said_in_everyday_words_is_the_walkway_row(question: str) -> None:
    said = ask(question, "variations")
    assert "985" in said
    _states_only(said, question, {"985"})


@pytest.mark.parametrize(
    "question",
    [
        "运维设施不坏的比例要多少",
        "设施没坏的比例要达到多少",
        "设施不出毛病的比例",
        "运维要保证多少比例的设施没故障",
        "运维里设施完好无损的占比要多少",
    ],
    ids=["not-broken", "never-broke", "no-trouble", "no-fault", "intact"],
)
def test_intact_rate_said_by_its_opposite(question: str) -> None:
    said = ask(question, "variations")
    assert "85" in said and "设施完好率" in said
    _states_only(said, question, {"85"})


@pytest.mark.parametrize(
    "question",
    [
        "运维的环境口碑那条要到什么档次",
        "运维环境的风评目标",
        "设施环境口碑要求是什么",
        "老百姓对设施环境的印象要达到什么程度",
    ],
    ids=["reputation", "word-of-mouth", "reputation-ask", "impression"],
)
def test_opinion_of_the_environment_is_its_rating_row(question: str) -> None:
    said = ask(question, "variations")
    assert "优良" in said
    _states_only(said, question, set())


@pytest.mark.parametrize(
    ("form", "question", "figure"),
    [
        ("old_template", "养护做得合不合格的那条线", "95"),
        ("old_template", "养护合格的门槛是多少", "95"),
        ("old_template", "道路养护合格那道坎是多少", "95"),
        ("multi_year", "数改的观众要多满意才算过关", "85"),
        ("multi_year", "观众满意到多少才算达标", "85"),
        ("builtin", "企服里企业跟专家满意要达到多少才算过关", "90"),
    ],
    ids=["pass-line", "threshold", "bar", "pass-muster", "count-as-met", "experts-pass"],
)
def test_bar_a_row_sets_said_as_passing(form: str, question: str, figure: str) -> None:
    said = ask(question, form)
    assert figure in _figures(said)
    _states_only(said, question, {figure})


@pytest.mark.parametrize(
    "question",
    [
        "国交 要拉几家partner一起搞",
        "国交要找几家搭档一起干",
        "国交联手的单位要几家",
        "国交要拉几家单位一起干",
    ],
    ids=["partner", "teammate", "join-hands", "pull-in"],
)
def test_partners_pulled_in_are_the_cooperating_units(question: str) -> None:
    said = ask(question)
    assert "合作单位数量" in said and "3" in _figures(said)
    _states_only(said, question, {"3", "3.00"})


@pytest.mark.parametrize(
    "question",
    ["要给企业拉多少院士专家进来", "企服要拉进来几个专家"],
    ids=["pull-in-experts", "pull-in-few"],
)
def test_experts_pulled_in_are_those_brought_in(question: str) -> None:
    said = ask(question)
    assert "120" in _figures(said)
    _states_only(said, question, {"120", "120.00"})


@pytest.mark.parametrize(
    "question",
    [
        "国交整体来参加的人头目标",
        "国交各项活动来的总人头数至少要多少",
        "国交所有活动加起来参加的人数要多少",
    ],
    ids=["whole", "each-event-total", "all-events"],
)
def test_whole_asked_is_the_general_row_not_a_part(question: str) -> None:
    said = ask(question)
    assert "300" in _figures(said)
    _states_only(said, question, {"300", "300.00"})


@pytest.mark.parametrize(
    "question",
    ["企服 全年服务多少科研人员(人次)", "企服要服务多少科研人员", "企服服务的科技人员人次目标"],
    ids=["researchers-visits", "researchers", "tech-staff"],
)
def test_researchers_are_the_science_workers_served(question: str) -> None:
    said = ask(question)
    assert "8000" in _figures(said)


@pytest.mark.parametrize(
    "question",
    ["国交活动办得好不好，达标要求怎么定的？", "国交衡量活动办得好坏的质量标准是啥"],
    ids=["well-run", "good-or-bad"],
)
def test_how_well_events_are_run_is_their_quality_row(question: str) -> None:
    said = ask(question)
    assert "质量达标率" in said and "100" in _figures(said)
    _states_only(said, question, {"100", "100.00"})


@pytest.mark.parametrize(
    "question",
    [
        "我外甥女在台湾读书 也想报名 台湾香港澳门的大学生来上海实习 一共要请几个来",
        "港澳台的大学生来上海实习一共要请几个",
    ],
    ids=["story-invite", "invite"],
)
def test_people_a_verb_invites_are_counted_in_people(question: str) -> None:
    said = ask(question)
    assert "50" in _figures(said)
    assert "100" not in _figures(said)


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("builtin", "国交具体干活的单位是哪个", "上海市科普教育展示技术中心"),
        ("builtin", "国交实际干活的是哪个单位", "上海市科普教育展示技术中心"),
        ("builtin", "企服具体做事的是哪家单位", "上海市科普教育展示技术中心"),
        ("builtin", "企服是一次性的项目还是年年都有的？", "一次性"),
        ("builtin", "企服是每年都有的项目吗", "一次性"),
        ("multi_year", "这个跨年度的改造项目三年总的目标是什么？", "线上展馆"),
        ("multi_year", "改造项目整个周期的总目标", "线上展馆"),
        ("multi_year", "数改2025年要干嘛", "虚拟导览"),
        ("multi_year", "改造项目那一年要做啥", "虚拟导览"),
    ],
    ids=[
        "doing-unit",
        "actual-worker",
        "doing-which",
        "once-or-yearly",
        "yearly-check",
        "kind-as-modifier",
        "whole-span",
        "that-year",
        "that-one-year",
    ],
)
def test_header_field_said_in_everyday_words(form: str, question: str, want: str) -> None:
    said = ask(question, form)
    assert want in said
    assert "没有找到" not in said


@pytest.mark.parametrize(
    "question",
    ["每年都有的常规项目是哪几个？", "哪些项目年年都搞的", "哪些项目是常年性的"],
    ids=["yearly-regular", "every-year", "perennial"],
)
def test_projects_said_to_recur_are_the_recurring_ones(question: str) -> None:
    said = ask(question, "other")
    assert "城市科普设施运维" in said and "道路桥梁养护" in said
    assert "共有的绩效指标" not in said


def test_yearly_count_of_people_is_no_kind_of_project() -> None:
    said = ask("企服每年都有多少科技工作者来参加服务", "builtin")
    assert "项目性质" not in said


@pytest.mark.parametrize(
    "question",
    ["虚拟导览上线后网上要有多少人看？", "虚拟导览上线以后线上要多少人来看"],
    ids=["online-viewers", "online-visitors"],
)
def test_ask_dated_by_an_event_of_the_goal_is_the_row_after_it(question: str) -> None:
    said = ask(question, "multi_year")
    assert "100000" in normalise(said) or "10万" in said


@pytest.mark.parametrize(
    "question",
    [
        "hi 在忙吗, 二期展区 最晚啥时候改完 哈",
        "二期展区最晚什么时候改完，发布会要定时间",
        "您好，数字化那个项目的第二期什么时候完工？领导说要掐着时间验收。",
        "老师好，二期啥时候搞完",
    ],
    ids=["greeting", "purpose", "polite-second-phase", "teacher"],
)
def test_second_phase_date_beside_chat_is_its_deadline_row(question: str) -> None:
    said = ask(question, "other")
    assert "2025-09-30" in said
    assert "2026-12-31" not in said


@pytest.mark.parametrize(
    "question",
    ["道路养护啥时候完成，领导要", "运维什么时候结束，我要排期"],
    ids=["road-end", "upkeep-end"],
)
def test_project_end_beside_chat_stays_the_project_end(question: str) -> None:
    said = ask(question, "other")
    assert "计划完成日期" in said


@pytest.mark.parametrize(
    "question",
    ["国交要拉上哪些伙伴一起搞呀，目标里写的那种", "国交打算和哪些机构联手", "国交要携手哪些团体"],
    ids=["partners-goal", "institutions", "groups"],
)
def test_which_partners_join_forces_is_the_goal_sentence_listing_them(question: str) -> None:
    said = ask(question)
    assert "海智基地" in said and "专业学会" in said


@pytest.mark.parametrize(
    ("form", "question", "want"),
    [
        ("variations", "运维生态方面要求啥", "设施能耗"),
        ("variations", "运维社会方面的要求", "市民科普体验"),
        ("variations", "运维的管理制度要达到什么", "健全"),
        ("builtin", "企服管理制度长期有效这一项如何设定？", "建立健全"),
        ("old_template", "道路养护项目的上级管钱的部门是哪个", "某区建设和管理委员会"),
        ("old_template", "养护管钱的单位是谁", "某区建设和管理委员会"),
        ("old_template", "路桥养护对老百姓出行有什么预期效果", "改善"),
        ("variations", "运维项目的电费能耗方面，target是怎么写的？", "降低"),
    ],
    ids=[
        "heading-first-half",
        "social-half",
        "rules-as-mechanism",
        "long-lasting",
        "office-over-money",
        "office-who",
        "public-effect",
        "power-bill",
    ],
)
def test_thing_said_in_other_words_of_its_family(form: str, question: str, want: str) -> None:
    said = ask(question, form)
    assert want in said
    assert "没有找到" not in said


@pytest.mark.parametrize(
    "question",
    ["企服的KPI里有个管钱的上限吧，是多少", "养护的钱有多少"],
    ids=["money-cap", "money-amount"],
)
def test_money_asked_stays_an_amount_beside_the_office_words(question: str) -> None:
    form = "old_template" if "养护" in question else "builtin"
    said = ask(question, form)
    assert "主管部门" not in said and "预算部门" not in said
