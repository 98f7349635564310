"""Session 17, projects: years typed unusually (2027nian, FY27, 27财年, mingnian, 来年), a
project named by the initials of its short name (gj, yw, szh) and a project described by its
work before 的项目, 项目 typed as another word of its sound (修路修桥的像目)."""

from __future__ import annotations

import pytest

from nlu.relative_years import years_written_plainly
from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国交2027nian预算", "国交2027年预算"),
        ("国交 2027 NIAN 预算", "国交 2027年 预算"),
        ("2025niandu企服满意度", "2025年度企服满意度"),
        ("国交预算 FY27", "国交预算 2027年度"),
        ("国交27财年预算", "国交2027年度预算"),
        ("gj mingnian 的预算", "gj 明年 的预算"),
        ("国交预算（2027）", "国交预算（2027年）"),
        ("国交'27的预算", "国交2027年的预算"),
        ("国交本财年预算", "国交本年度预算"),
        ("目标是‘10次’的指标", "目标是‘10次’的指标"),
        ("企服预算130万", "企服预算130万"),
    ],
    ids=[
        "nian",
        "spaced-upper",
        "niandu",
        "fy",
        "fiscal",
        "pinyin-word",
        "bracket",
        "apostrophe",
        "this-fiscal",
        "quoted-figure",
        "none",
    ],
)
def test_a_year_typed_unusually_is_written_as_the_form_writes_years(
    text: str, expected: str
) -> None:
    assert years_written_plainly(text) == expected


@pytest.mark.parametrize(
    ("question", "form", "none"),
    [
        ("国交2027nian预算多少", "builtin", "40万"),
        ("FY2027 国交的预算", "builtin", "40万"),
        ("国交27财年的预算", "builtin", "40万"),
        ("企服来年的满意度定多少", "builtin", "90%"),
        ("国交次年的预算是多少", "builtin", "40万"),
        ("国交前一年的预算", "builtin", "40万"),
        ("国交'27的预算", "builtin", "40万"),
        ("国交下个财年的预算", "builtin", "40万"),
        ("企服上个年度的满意度", "builtin", "90%"),
        ("企业科技创新服务 mingnian 预算", "builtin", "130万"),
        ("养护2025 nián 的资金", "old_template", "250万"),
        ("改造项目2026nian年度预算", "multi_year", "120万"),
    ],
    ids=[
        "nian",
        "fy",
        "fiscal",
        "coming",
        "next",
        "before",
        "apostrophe",
        "next-fiscal",
        "last-year-of-accounts",
        "pinyin",
        "tone",
        "multi",
    ],
)
def test_a_year_the_catalog_lacks_gets_no_figure(question: str, form: str, none: str) -> None:
    answer = ask(question, form)
    assert "没有" in answer
    assert none not in answer


def test_a_loaded_year_typed_in_pinyin_is_answered() -> None:
    answer = ask("国交2026nian的预算")
    assert "40万" in answer
    assert "130万" not in answer


@pytest.mark.parametrize(
    ("question", "form", "expected", "none"),
    [
        ("gj的预算多少", "builtin", "40万", "130万"),
        ("GJ项目性质是什么", "builtin", "其他一次性项目", "130万"),
        ("qf预算多少", "builtin", "130万", "40万"),
        ("kc的年度资金", "builtin", "130万", "40万"),
        ("yw的预算", "other", "250万", "120万"),
        ("yh 的资金总额", "other", "250万", "120万"),
        ("szh项目的资金总额", "other", "360万", "250万"),
        ("guojiao的预算", "builtin", "40万", "130万"),
        ("QiFu 预算多少", "builtin", "130万", "40万"),
        ("yunwei的预算", "other", "250万", "120万"),
    ],
    ids=["gj", "upper", "qf", "kc", "yw", "yh", "szh", "full", "full-upper", "full-other"],
)
def test_a_project_named_by_its_initials_is_scoped(
    question: str, form: str, expected: str, none: str
) -> None:
    answer = ask(question, form)
    assert expected in answer
    assert none not in answer


@pytest.mark.parametrize(
    "question",
    [
        "修路修桥的项目花多少钱",
        "修路修桥的像目花多少钱",
        "管修桥的向目资金总额",
        "修马路的项目总共多少钱",
        "养路修桥的项目资金总额",
    ],
    ids=["plain", "sound-typo", "sound-typo-2", "road", "upkeep"],
)
def test_a_project_described_before_de_xiangmu_is_named(question: str) -> None:
    answer = ask(question, "other")
    assert "250万" in answer
    assert "120万" not in answer
    assert "360万" not in answer


def test_projects_asked_by_their_description_are_not_renamed() -> None:
    answer = ask("跨年度的项目有哪些", "multi_year")
    assert "科普场馆数字化改造" in answer


@pytest.mark.parametrize(
    "question",
    [
        "改造项目2024到2026年的资金总额",
        "数字化改造2024-2026年项目资金总额多少",
        "场馆改造2024年至2026年总的资金",
    ],
    ids=["to", "dash", "from-to"],
)
def test_the_projects_whole_span_said_by_its_years_asks_its_total(question: str) -> None:
    answer = ask(question, "multi_year")
    assert "360万" in answer
    assert "没有 2026" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造2026年要完成啥",
        "改造2026年要干啥",
        "改造2024年的年度目标是什么",
        "改造项目2024-2026年的年度资金",
        "改造项目2024-2026年总资金",
    ],
    ids=["goal", "work", "annual-goal", "annual-money", "typo-annual"],
)
def test_a_year_other_than_the_forms_asks_no_goal_or_amount_of_it(question: str) -> None:
    answer = ask(question, "multi_year")
    assert "没有" in answer
    assert "二期展区" not in answer
    assert "120万" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "嗯嗯 养护那个 最晚 哪个月 弄完",
        "养护最迟什么时候得干完",
        "养护项目最晚哪天结束",
        "道路养护最后哪个月收尾",
        "桥梁养护顶多哪年完工",
    ],
    ids=["terse", "latest", "end", "last-month", "at-most"],
)
def test_the_latest_finish_asked_is_the_end(question: str) -> None:
    answer = ask(question, "old_template")
    assert "2024.01" in answer or "2024年1月" in answer
    assert "985" not in answer


@pytest.mark.parametrize(
    ("question", "expected", "none"),
    [
        ("哪个项目计划从2024年一直做到2026年", "科普场馆数字化改造", "道路桥梁养护"),
        ("哪个项目是2024到2026年的", "科普场馆数字化改造", "城市科普设施运维"),
        ("哪个项目是2023年开始的", "道路桥梁养护", "科普场馆数字化改造"),
        ("哪个项目是2023年7月开工的", "道路桥梁养护", "城市科普设施运维"),
        ("哪个项目是2025年的", "科普场馆数字化改造", "道路桥梁养护"),
        ("三个项目里哪个是2024年度的", "道路桥梁养护", "城市科普设施运维"),
    ],
    ids=["span-said", "span", "start", "start-month", "form-year", "form-year-of-three"],
)
def test_a_project_asked_by_when_it_runs_is_named(question: str, expected: str, none: str) -> None:
    answer = ask(question, "other")
    assert expected in answer
    assert none not in answer


def test_projects_ending_in_one_year_are_each_named() -> None:
    answer = ask("哪些项目2026年完成", "other")
    assert "城市科普设施运维" in answer
    assert "科普场馆数字化改造" in answer
    assert "道路桥梁养护" not in answer


def test_a_which_project_ask_no_project_fits_gets_no_figure() -> None:
    answer = ask("哪个项目从2020年做到2021年", "other")
    assert "万" not in answer


def test_last_years_carry_over_is_this_forms_column() -> None:
    answer = ask("国交上年度结转资金")
    assert "上年结转资金" in answer
    assert "没有 2025" not in answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [("满意度要求最高的项目", "最高的是"), ("预算最多的项目是哪个", "最多的是")],
    ids=["highest", "most"],
)
def test_projects_ranked_before_de_xiangmu_are_ranked_not_renamed(
    question: str, expected: str
) -> None:
    answer = ask(question, "other")
    assert expected in answer
    assert "2025年度，主管部门" not in answer


@pytest.mark.parametrize(
    "question", ["国交本财年预算", "国交当前财年的年度资金"], ids=["this", "current"]
)
def test_the_forms_own_fiscal_year_is_answered(question: str) -> None:
    answer = ask(question)
    assert "40万" in answer
    assert "没有" not in answer
