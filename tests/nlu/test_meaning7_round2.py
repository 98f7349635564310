"""Round 2 of meaning7: words a row's name stands for (硬性要求, 开幕, 节能), the kind of
project (一年就完), the overall or this phase's goal, an effect under a heading, an event implied
by taking part, and a rate that answers no count."""

from __future__ import annotations

import pytest

from nlu.normalize import Normalizer
from tests.nlu.question_sets import answer_of, service_for

# form, question, what the answer must hold, what it must not
CASES = [
    pytest.param(
        "builtin",
        "交流项目在安全上有什么硬性要求",
        ["活动安全事故发生数", "=0"],
        [],
        id="hard-requirement-1",
    ),
    pytest.param(
        "builtin",
        "交流项目在安全方面有什么硬性规定",
        ["活动安全事故发生数", "=0"],
        [],
        id="hard-requirement-2",
    ),
    pytest.param(
        "builtin",
        "国交活动安全有啥硬指标",
        ["活动安全事故发生数", "=0"],
        [],
        id="hard-requirement-3",
    ),
    pytest.param(
        "builtin",
        "国际交流安全上的刚性要求是什么",
        ["活动安全事故发生数", "=0"],
        [],
        id="hard-requirement-4",
    ),
    pytest.param(
        "builtin",
        "开幕结业仪式那些活动办几场",
        ["组织启动仪式", "≥3场"],
        [],
        id="opening-is-launch-1",
    ),
    pytest.param(
        "builtin",
        "国交开幕仪式和闭幕仪式一共几场",
        ["组织启动仪式", "≥3场"],
        [],
        id="opening-is-launch-2",
    ),
    pytest.param(
        "builtin",
        "实习活动开幕、结业这些仪式办几场",
        ["组织启动仪式", "≥3场"],
        [],
        id="opening-is-launch-3",
    ),
    pytest.param(
        "builtin",
        "暑期实习开班仪式等活动有几场",
        ["组织启动仪式", "≥3场"],
        [],
        id="opening-is-launch-4",
    ),
    pytest.param(
        "variations",
        "设施运维里跟节能有关的目标是什么",
        ["设施能耗", "降低"],
        [],
        id="saving-energy-1",
    ),
    pytest.param(
        "variations", "设施运维节能方面要做到什么", ["设施能耗", "降低"], [], id="saving-energy-2"
    ),
    pytest.param(
        "variations", "科普设施省电有什么要求", ["设施能耗", "降低"], [], id="saving-energy-3"
    ),
    pytest.param("variations", "运维的节电目标", ["设施能耗", "降低"], [], id="saving-energy-4"),
    pytest.param(
        "multi_year", "数字化改造是不是一年就完的项目", ["跨年度项目"], [], id="one-year-nature-1"
    ),
    pytest.param(
        "multi_year", "数字化改造一年能做完吗", ["跨年度项目"], [], id="one-year-nature-2"
    ),
    pytest.param(
        "multi_year", "数字化改造是不是当年就结束", ["跨年度项目"], [], id="one-year-nature-3"
    ),
    pytest.param(
        "multi_year", "数字化改造这个项目一年干完吗", ["跨年度项目"], [], id="one-year-nature-4"
    ),
    pytest.param(
        "multi_year",
        "数字化改造三年整体要达到啥效果",
        ["建成线上展馆"],
        ["虚拟导览"],
        id="whole-years-goal-1",
    ),
    pytest.param(
        "multi_year",
        "数字化改造三年总体要达到什么效果",
        ["建成线上展馆"],
        ["虚拟导览"],
        id="whole-years-goal-2",
    ),
    pytest.param(
        "multi_year",
        "场馆改造项目整体上要做成什么样",
        ["建成线上展馆"],
        ["虚拟导览"],
        id="whole-years-goal-3",
    ),
    pytest.param(
        "multi_year",
        "数字化改造几年整体的目标",
        ["建成线上展馆"],
        ["虚拟导览"],
        id="whole-years-goal-4",
    ),
    pytest.param(
        "multi_year",
        "2025年这一期改造要干成什么",
        ["虚拟导览"],
        ["建成线上展馆"],
        id="this-phase-1",
    ),
    pytest.param(
        "multi_year", "2025年本期改造要完成什么", ["虚拟导览"], ["建成线上展馆"], id="this-phase-2"
    ),
    pytest.param(
        "multi_year",
        "数字化改造2025年这期要做啥",
        ["虚拟导览"],
        ["建成线上展馆"],
        id="this-phase-3",
    ),
    pytest.param(
        "multi_year",
        "2025年那一期改造要做成什么",
        ["虚拟导览"],
        ["建成线上展馆"],
        id="this-phase-4",
    ),
    pytest.param(
        "old_template",
        "养护做完了社会效益上要达到什么效果",
        ["道路通行条件", "改善"],
        [],
        id="effect-under-heading-1",
    ),
    pytest.param(
        "old_template",
        "养护社会效益上要达到什么效果",
        ["道路通行条件", "改善"],
        [],
        id="effect-under-heading-2",
    ),
    pytest.param(
        "old_template",
        "养护在社会效益上有什么要求",
        ["道路通行条件", "改善"],
        [],
        id="effect-under-heading-3",
    ),
    pytest.param(
        "old_template",
        "养护的社会效益要达到什么程度",
        ["道路通行条件", "改善"],
        [],
        id="effect-under-heading-4",
    ),
    pytest.param(
        "builtin",
        "企服活动办完以后参与的企业专家要多满意才行",
        ["≥90%"],
        [],
        id="event-by-taking-part-1",
    ),
    pytest.param(
        "builtin", "企服活动参与企业专家满意度", ["≥90%"], [], id="event-by-taking-part-2"
    ),
    pytest.param(
        "builtin", "企服参与活动的专家满意度要多少", ["≥90%"], [], id="event-by-taking-part-3"
    ),
    pytest.param(
        "builtin", "企服参加活动的企业和专家满意度目标", ["≥90%"], [], id="event-by-taking-part-4"
    ),
    pytest.param("builtin", "企服参加的专家有多少", [], ["90%"], id="rate-is-no-count-1"),
    pytest.param("builtin", "企服活动参加的专家有多少", [], ["90%"], id="rate-is-no-count-2"),
    pytest.param("builtin", "企服参与活动的企业有多少", [], ["90%"], id="rate-is-no-count-3"),
]


@pytest.mark.parametrize(("form", "question", "present", "absent"), CASES)
def test_a_row_or_sentence_asked_by_what_it_means(
    form: str, question: str, present: list[str], absent: list[str]
) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    assert all(text in answer for text in present), answer
    assert not any(text in answer for text in absent), answer


@pytest.mark.parametrize(
    ("text", "normalized"),
    [("这一期", "这一期"), ("那一届", "那一届"), ("第三十四届", "第34届"), ("二期", "2期")],
)
def test_one_after_a_demonstrative_stays_a_word(text: str, normalized: str) -> None:
    assert Normalizer().normalize(text) == normalized


def test_a_heading_of_several_rows_is_no_one_row() -> None:
    answer = answer_of({"q": "国交社会效益上要达到什么效果", "form": "builtin"}, service_for)
    assert "指标值" not in answer
