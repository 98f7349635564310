"""Session 15, projects: a project said by what it is about instead of its name, before a
pointer at it (跟企业搞科技创新的那个项目, 修路那个, 场馆中心那边, 养护那张表), read against
each project's own name, header fields, goals and rows; two projects fitting alike are asked
back, a description no project writes names none."""

from __future__ import annotations

import pytest

from bot.dialogue.callbacks import decode
from tests.nlu.question_sets import ask, service_for

CHOICE = "个项目符合"


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("给企业做科技创新服务的那个项目预算多少", "130万元", "40万元"),
        ("港澳台大学生来沪实习的那个项目预算是多少", "40万元", "130万元"),
        ("搞院士工作站的那个项目成本控制数多少", "≤130万元", "≤40万元"),
        ("做两岸交流的那个项目合作单位要几家", "≥3家", "130"),
        ("办海外人才交流的那个项目预算", "40万元", "130万元"),
        ("帮企业建院士专家工作站的那个项目一年预算多少", "130万元", "40万元"),
    ],
    ids=["enterprise", "interns", "stations", "strait", "overseas", "experts"],
)
def test_a_project_described_by_its_goals_and_rows_is_answered(
    question: str, figure: str, wrong: str
) -> None:
    answer = ask(question)
    assert figure in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("城市里做科普设施日常维护的那个项目，市民满意度多少", "≥90%", "85%"),
        ("上线虚拟导览的那个项目观众满意度", "≥85%", "90%"),
        ("管道路和桥梁的那个项目的养护合格率", "≥95%", "90%"),
        ("修路那个的养护合格率", "≥95%", "90%"),
        ("路面养护那个要养护多长", "道路养护长度", "步道"),
        ("场馆中心那边的成本控制数", "≤120万元", "250万元"),
        ("道路管理所那边的市民满意度", "≥85%", "90%"),
    ],
    ids=["facilities", "tour", "roads", "road-repair", "road-surface", "centre", "office"],
)
def test_a_project_of_another_form_described_is_answered(
    question: str, figure: str, wrong: str
) -> None:
    answer = ask(question, "other")
    assert figure in answer
    assert wrong not in answer
    assert "未能确定" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "设施维护那个项目市民满意度比修路那个高几个百分点",
        "科普设施日常维护的那个项目满意度比修桥补路那个高多少",
        "管设施运维的那个项目市民满意度比道路养护那边高几个点",
    ],
    ids=["repair", "bridges", "side"],
)
def test_two_described_projects_are_compared(question: str) -> None:
    answer = ask(question, "other")
    assert "90%" in answer and "85%" in answer and "5个百分点" in answer


def test_described_words_are_no_row_filter() -> None:
    answer = ask("城市里科普设施维护的那个项目，数量指标有哪些，一共几条", "other")
    assert "4 项" in answer and "巡检车辆数" in answer and "名称含" not in answer


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("科普那个项目的预算多少", "other"),
        ("市民满意度那个项目的年度预算", "other"),
        ("科协管的那个项目预算多少", "builtin"),
        ("上海市科学技术协会那个项目的预算", "builtin"),
    ],
    ids=["science", "satisfaction", "body", "body-full"],
)
def test_a_description_two_projects_fit_alike_is_asked_back(question: str, form: str) -> None:
    answer = ask(question, form)
    assert CHOICE in answer
    assert "万元" not in answer


def test_the_project_picked_after_the_ask_back_is_answered() -> None:
    service = service_for("other")
    result = service.answer("科普那个项目的预算多少")
    reply = result.replies[0]
    assert CHOICE in reply.text
    labels = [option.label for option in reply.options]
    pressed = decode(reply.options[labels.index("科普场馆数字化改造")].data)
    assert pressed is not None
    chosen = "\n".join(
        r.plain() for r in service.answer_option(pressed, context=result.context).replies
    )
    assert "120万元" in chosen and "250万元" not in chosen


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("搞乡村振兴的那个项目预算多少", "builtin"),
        ("科普基地建设那个项目预算多少", "builtin"),
        ("科技馆展教那个项目的成本控制数", "other"),
        ("搞绿化的那个项目预算多少", "other"),
    ],
    ids=["village", "base", "exhibits", "greening"],
)
def test_a_description_no_project_writes_gets_no_figure(question: str, form: str) -> None:
    answer = ask(question, form)
    assert "万元" not in answer and "≤" not in answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("科创赋能那个活动要办几场", "≥35场"),
        ("企服企业科协那块工作 走访对接几次", "≥10次"),
        ("完好率那个目标多少", "≥85%"),
    ],
    ids=["empower", "branch", "intact"],
)
def test_row_words_before_a_weak_pointer_stay_the_rows(question: str, figure: str) -> None:
    form = "other" if "完好率" in question else "builtin"
    assert figure in ask(question, form)


@pytest.mark.parametrize(
    "question",
    [
        "哪几个项目归科协管的？",
        "哪些项目是科协主管的",
        "科协管的项目都有哪些",
    ],
    ids=["which", "are", "listed"],
)
def test_the_projects_a_body_runs_are_those_only(question: str) -> None:
    answer = ask(question, "other")
    assert "科普场馆数字化改造" in answer
    assert "城市科普设施运维" not in answer and "道路桥梁养护" not in answer
