"""Session 18, projects: two projects described in one comparison (企业那个项目比两岸交流那个
多多少), a project's money after a weak pointer (两岸交流那块钱), a description before a bare
项目 (修路项目), a doing no project writes (修修补补), several years said loosely (跨好几年的那
个项目), the header asked in older official words (由何单位具体承办, 拟于何日完成, 项目性质系
跨年度者为何项目) and a year said of the asker's own doings (明年可能要调，先告诉我现在的)."""

from __future__ import annotations

import re

import pytest

from tests.nlu.question_sets import ask

_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _no_figure(answer: str) -> bool:
    """Tells whether an answer gives no figure: a refusal or an ask-back."""
    return not _FIGURE.search(answer.replace("2026", "").replace("2027", ""))


@pytest.mark.parametrize(
    ("question", "expected", "none"),
    [
        ("搞企业服务那个项目比港澳台交流那个多多少钱", "90万", "130万元（1,300,000.00元）\n"),
        ("两岸交流那个比企业那个项目少多少钱", "少 90万", "3.25"),
        ("帮企业的那块钱是海外交流那块的几倍", "3.25", "90万"),
        ("海外交流那个和企业那个项目加起来一共多少钱", "170万", "3.25"),
        ("企业那个项目的钱减去两岸交流那个的，还剩多少", "90万", "170万"),
    ],
    ids=["more", "less", "times", "sum", "minus"],
)
def test_two_described_projects_compared_use_both_budgets(
    question: str, expected: str, none: str
) -> None:
    answer = ask(question, "builtin")
    assert expected in answer
    assert none not in answer


@pytest.mark.parametrize(
    ("question", "expected", "none"),
    [
        ("修桥修路那个和科普设施维护那个，合起来多少钱", "500万", "985米"),
        ("科普设施维护项目的市民满意度比修路项目的高多少", "5个百分点", "95%"),
        ("修路项目的市民满意度比科普设施维护那个低几个点", "5个百分点", "95%"),
        ("道路养护那个跟搞场馆数字化那个比，年度资金差多少", "130万", "360万"),
        ("科普设施维护那个项目的年度资金是修路那个的几倍", "= 1", "985"),
    ],
    ids=["sum", "higher", "lower", "annual", "times"],
)
def test_two_described_projects_on_other_forms(question: str, expected: str, none: str) -> None:
    answer = ask(question, "other")
    assert expected in answer
    assert none not in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("两岸交流那块钱打个八折是多少", "32万"),
        ("港澳台交流那块钱砍掉一半还剩多少", "20万"),
        ("海外交流那块的预算是多少", "40万"),
        ("帮企业那块钱是多少", "130万"),
        ("企业那块经费有多少", "130万"),
    ],
    ids=["discount", "half", "budget", "money", "funds"],
)
def test_a_projects_money_after_a_weak_pointer(question: str, expected: str) -> None:
    assert expected in ask(question, "builtin")


@pytest.mark.parametrize(
    "question",
    [
        "科普那个比企业那个项目多多少钱",
        "搞科普那个项目的预算",
        "上海那个项目比企业那个项目多多少钱",
        "科技那块钱打个八折",
        "科普项目比企业那个项目多多少钱",
    ],
    ids=["science-pop", "budget", "shanghai", "tech", "bare"],
)
def test_a_description_fitting_two_projects_gives_no_figure(question: str) -> None:
    answer = ask(question, "builtin")
    assert "130万" not in answer
    assert "40万" not in answer


@pytest.mark.parametrize(
    ("question", "expected", "none"),
    [
        ("修修补补科普设施那个项目的预算", "250万", "120万"),
        ("缝缝补补路面的那个项目预算多少", "250万", "120万"),
        ("敲敲打打改造场馆的那个项目总共多少钱", "360万", "250万"),
        ("修路项目的主管部门", "某区建设和管理委员会", "上海市科学技术协会"),
        ("科普设施维护项目的实施单位", "上海市某某", "某区道路管理所"),
    ],
    ids=["mending", "patching", "knocking", "bare-road", "bare-facility"],
)
def test_a_project_described_loosely_is_named(question: str, expected: str, none: str) -> None:
    answer = ask(question, "other")
    assert expected in answer
    assert none not in answer


@pytest.mark.parametrize(
    "question",
    [
        "跨好几年的那个项目整个项目一共多少钱",
        "要干好几年的那个项目总共多少钱",
        "横跨三个年度的那个项目资金总额",
        "持续好几年的那个项目总资金",
        "跨了好几个年头的项目一共多少钱",
    ],
    ids=["cross", "work", "span", "last", "years"],
)
def test_a_project_said_to_run_over_years_is_the_multi_year_one(question: str) -> None:
    answer = ask(question, "other")
    assert "360万" in answer
    assert "250万" not in answer


def test_years_asked_with_a_bare_few_stay_a_question_of_length() -> None:
    answer = ask("改造项目要做几年", "other")
    assert "2024" in answer
    assert "2026" in answer


@pytest.mark.parametrize(
    ("question", "form", "expected"),
    [
        ("场馆改造一项，由何单位具体承办？", "other", "上海市科普场馆中心"),
        ("企服一项，具体由何单位实施？", "builtin", "上海市科普教育展示技术中心"),
        ("养护项目系何部门主管", "other", "某区建设和管理委员会"),
        ("道路桥梁养护隶属何部门", "other", "某区建设和管理委员会"),
        ("国交项目拟于何日完成", "builtin", "2026-12-31"),
        ("改造项目预定于何时启动", "other", "2024-01-01"),
        ("修路修桥那个项目，管预算的上级部门是哪家", "other", "某区建设和管理委员会"),
    ],
    ids=["undertake", "carry-out", "in-charge", "belongs", "finish", "start", "budget-office"],
)
def test_header_fields_asked_in_older_official_words(
    question: str, form: str, expected: str
) -> None:
    assert expected in ask(question, form)


@pytest.mark.parametrize(
    ("question", "expected", "none"),
    [
        ("三项目之中，项目性质系跨年度者为何项目？", "科普场馆数字化改造", "道路桥梁养护"),
        ("主管部门系上海市科学技术协会者为何", "科普场馆数字化改造", "道路桥梁养护"),
        ("实施单位为上海市科普场馆中心者系何项目", "科普场馆数字化改造", "城市科普设施运维"),
        ("预算部门系某区建设和管理委员会者为何项目", "道路桥梁养护", "科普场馆数字化改造"),
        ("项目性质为跨年度的项目为何", "科普场馆数字化改造", "道路桥梁养护"),
    ],
    ids=["nature", "department", "implementer", "budget-office", "plain-end"],
)
def test_a_project_asked_by_a_header_value_in_older_words(
    question: str, expected: str, none: str
) -> None:
    answer = ask(question, "other")
    assert expected in answer
    assert none not in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("国交的活动参与人数目标是多少？明年可能要调，先告诉我现在的", "300人"),
        ("余明年即将荣退，此番最后一次核表，国交项目合作单位数量几何", "3家"),
        ("我明年就要调走了，国交合作单位几家", "3家"),
        ("明年打算换个岗位，企服的预算是多少", "130万"),
        ("孩子明年高考，我抽空问下国交的预算多少", "40万"),
    ],
    ids=["plan", "retire", "transfer", "new-post", "family"],
)
def test_a_year_said_of_the_askers_own_doings_is_not_asked(question: str, expected: str) -> None:
    answer = ask(question, "builtin")
    assert expected in answer
    assert "2027" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "明年，国交的预算多少",
        "国交明年的预算多少",
        "明年的话，国交预算呢",
        "国交合作单位几家？明年呢",
        "明年国交合作单位要几家",
    ],
    ids=["topic", "inside", "if", "follow", "plain"],
)
def test_a_year_asked_still_has_no_form(question: str) -> None:
    answer = ask(question, "builtin")
    assert "2027" in answer
    assert "40万" not in answer
    assert "3家" not in answer


@pytest.mark.parametrize(
    ("question", "expected", "none"),
    [
        ("台湾大学生来实习的那个项目预算多少", "40万", "130万"),
        ("香港学生暑期实习那个项目归哪个部门管", "上海市科学技术协会", "130万"),
        ("澳门学生来沪实习的那个项目一年多少钱", "40万", "130万"),
        ("跟台湾搞辩论赛的那个项目预算", "40万", "130万"),
        ("台胞学生实习那个交流项目是哪个单位具体承办的", "上海市国际科技交流中心", "130万"),
    ],
    ids=["taiwan", "hongkong", "macao", "debate", "compatriots"],
)
def test_a_place_the_form_writes_inside_a_wider_word_describes_its_project(
    question: str, expected: str, none: str
) -> None:
    answer = ask(question, "builtin")
    assert expected in answer
    assert none not in answer


@pytest.mark.parametrize(
    ("question", "expected", "none"),
    [
        ("设施维护那个的市民满意度多少？修路那个的呢", "85%", "95%"),
        ("数字化改造那个一年申请多少钱，修路那个呢", "250万", "985"),
        ("修路那个的市民满意度多少，设施维护那个呢", "90%", "95%"),
        ("场馆改造那个的实施单位是谁？修路那个的呢", "某区道路管理所", "985"),
        ("运维那个的主管部门是哪个，修路那个呢？", "某区建设和管理委员会", "985"),
    ],
    ids=["satisfaction", "money", "reverse", "implementer", "department"],
)
def test_the_same_asked_again_of_a_described_project(
    question: str, expected: str, none: str
) -> None:
    answer = ask(question, "other")
    assert expected in answer
    assert none not in answer


@pytest.mark.parametrize(
    ("question", "form", "expected", "none"),
    [
        ("设施维护那个网速要求多少", "variations", "80M", "985"),
        ("设施维护那边巡检车辆几辆", "variations", "10辆", "80M"),
        ("科普设施维护那个市民满意度多少", "other", "90%", "85%"),
        ("设施维护那块预算多少", "other", "250万", "120万"),
        ("修路那个养护合格率多少", "other", "95%", "90%"),
    ],
    ids=["bandwidth", "cars", "satisfaction", "budget", "road-row"],
)
def test_a_weak_pointer_after_a_projects_description_no_row_writes(
    question: str, form: str, expected: str, none: str
) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert none not in answer


@pytest.mark.parametrize(
    "question",
    ["完好率那个是多少", "维护那个要求多少", "开放日那个办几场"],
    ids=["rate", "upkeep", "open-day"],
)
def test_a_weak_pointer_after_a_rows_words_stays_the_rows(question: str) -> None:
    answer = ask(question, "variations")
    assert "250万" not in answer
