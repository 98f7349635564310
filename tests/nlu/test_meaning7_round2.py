"""Round 2 of meaning7: words a row's name stands for (硬性要求, 开幕, 节能)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for


def _answer(form: str, question: str) -> str:
    return answer_of({"q": question, "form": form}, service_for)


@pytest.mark.parametrize(
    "question",
    [
        "交流项目在安全上有什么硬性要求",
        "交流项目在安全方面有什么硬性规定",
        "国交活动安全有啥硬指标",
        "国际交流安全上的刚性要求是什么",
    ],
)
def test_a_hard_requirement_is_the_target(question: str) -> None:
    answer = _answer("builtin", question)
    assert "活动安全事故发生数" in answer
    assert "=0" in answer


@pytest.mark.parametrize(
    "question",
    [
        "开幕结业仪式那些活动办几场",
        "国交开幕仪式和闭幕仪式一共几场",
        "实习活动开幕、结业这些仪式办几场",
        "暑期实习开班仪式等活动有几场",
    ],
)
def test_an_opening_is_the_launch_ceremony(question: str) -> None:
    answer = _answer("builtin", question)
    assert "组织启动仪式" in answer
    assert "≥3场" in answer


@pytest.mark.parametrize(
    "question",
    [
        "设施运维里跟节能有关的目标是什么",
        "设施运维节能方面要做到什么",
        "科普设施省电有什么要求",
        "运维的节电目标",
    ],
)
def test_saving_energy_is_the_energy_use_row(question: str) -> None:
    answer = _answer("variations", question)
    assert "设施能耗" in answer
    assert "降低" in answer


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造是不是一年就完的项目",
        "数字化改造一年能做完吗",
        "数字化改造是不是当年就结束",
        "数字化改造这个项目一年干完吗",
    ],
)
def test_done_in_one_year_asks_the_nature(question: str) -> None:
    assert "跨年度项目" in _answer("multi_year", question)


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造三年整体要达到啥效果",
        "数字化改造三年总体要达到什么效果",
        "场馆改造项目整体上要做成什么样",
        "数字化改造几年整体的目标",
    ],
)
def test_the_whole_of_several_years_is_the_overall_goal(question: str) -> None:
    answer = _answer("multi_year", question)
    assert "建成线上展馆" in answer
    assert "虚拟导览" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "2025年这一期改造要干成什么",
        "2025年本期改造要完成什么",
        "数字化改造2025年这期要做啥",
        "2025年那一期改造要做成什么",
    ],
)
def test_this_phase_is_no_phase_one(question: str) -> None:
    answer = _answer("multi_year", question)
    assert "虚拟导览" in answer
    assert "建成线上展馆" not in answer


@pytest.mark.parametrize(
    ("text", "normalized"),
    [("这一期", "这一期"), ("那一届", "那一届"), ("第三十四届", "第34届"), ("二期", "2期")],
)
def test_one_after_a_demonstrative_stays_a_word(text: str, normalized: str) -> None:
    from nlu.normalize import Normalizer

    assert Normalizer().normalize(text) == normalized


@pytest.mark.parametrize(
    "question",
    [
        "养护做完了社会效益上要达到什么效果",
        "养护社会效益上要达到什么效果",
        "养护在社会效益上有什么要求",
        "养护的社会效益要达到什么程度",
    ],
)
def test_the_effect_under_a_heading_of_one_row_is_that_row(question: str) -> None:
    answer = _answer("old_template", question)
    assert "道路通行条件" in answer
    assert "改善" in answer


def test_a_heading_of_several_rows_is_no_one_row() -> None:
    answer = _answer("builtin", "国交社会效益上要达到什么效果")
    assert "指标值" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服活动办完以后参与的企业专家要多满意才行",
        "企服活动参与企业专家满意度",
        "企服参与活动的专家满意度要多少",
        "企服参加活动的企业和专家满意度目标",
    ],
)
def test_an_event_is_implied_by_taking_part(question: str) -> None:
    assert "≥90%" in _answer("builtin", question)


@pytest.mark.parametrize(
    "question",
    ["企服参加的专家有多少", "企服活动参加的专家有多少", "企服参与活动的企业有多少"],
)
def test_a_satisfaction_rate_does_not_answer_a_count(question: str) -> None:
    assert "90%" not in _answer("builtin", question)
