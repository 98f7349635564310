"""Session 19 meaning: rows asked by what they mean, and textbook frameworks read as levels.

A part of a textbook framework (3E's 经济性, the logic model's 投入, SMART's 时限性) is read as
the level of the form that measures it; the same word said as money or as a row's name is left
alone. Rows said in other words: a forum called an exchange forum, Shanghai called 沪方, a
person said as 人员 of a row counted in 人, a tolerance (限度), a work manual (指导手册), the
quality of a finished item (成品质量), a social organisation (社会组织) of the 科技社团 row; a
rate asked of the longer name of the row it rates (信息采集的准确程度).
"""

from __future__ import annotations

import pytest

from nlu.frameworks import framework_parts_as_levels
from tests.nlu.question_sets import ask

REFUSED = "没有找到"


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("用3E框架的“经济性”维度衡量，企服那条指标是多少", "成本指标"),
        ("从逻辑模型“产出”环节看，国交有哪些指标", "产出指标"),
        ("按4E的“公平性”要素看国交", "满意度指标"),
        ("SMART原则中的时限性，养护项目怎么定的", "时效指标"),
        ("从效果性视角看，企服有什么要求", "效益指标"),
    ],
    ids=["economy", "output", "equity", "time-bound", "effect-aspect"],
)
def test_framework_part_is_written_as_its_level(question: str, level: str) -> None:
    read = framework_parts_as_levels(question)
    assert level in read
    assert "3E" not in read and "逻辑模型" not in read and "SMART" not in read


@pytest.mark.parametrize(
    "question",
    [
        "本年度投入多少资金",
        "企服有没有体现“公平性”的指标",
        "国交在科普影响方面的效益口径",
        "养桥那个项目有没有可持续影响方面的指标",
    ],
    ids=["money", "named-row", "influence-aspect", "sustained"],
)
def test_words_beside_no_framework_stay(question: str) -> None:
    assert framework_parts_as_levels(question) == question


def test_economy_of_three_e_answers_the_cost_row() -> None:
    said = ask("拿3E理论里的“经济性”这个维度套一下，企服对应的指标目标是多少？")
    assert "130万" in said
    assert "40万" not in said


def test_input_of_logic_model_answers_this_years_money() -> None:
    said = ask("按逻辑模型的“投入”环节，数字化改造今年投了多少钱？", "multi_year")
    assert "120万" in said
    assert "360万" not in said or "年度" in said


def test_exchange_forum_of_shanghai_people_answers_the_delegates_row() -> None:
    said = ask("国交派去两岸科普交流论坛的沪方人员最少几个人？")
    assert "≥2人" in said
    assert "5人" not in said


def test_person_word_does_not_explain_another_role() -> None:
    said = ask("国交港澳台大学生暑期实习活动的领队人员有几人？")
    assert REFUSED in said
    assert "50人" not in said


def test_tolerance_of_accidents_answers_the_accident_row() -> None:
    said = ask("国交活动出安全事故的限度是几起？")
    assert "0起" in said


def test_work_manual_answers_the_guide_row() -> None:
    said = ask("企服要编印的工作指导手册是几套？")
    assert "1套" in said


def test_finished_quality_of_the_guide_answers_its_acceptance_rate() -> None:
    said = ask("企服那本建设指引的成品质量要求多少？")
    assert "100%" in said
    assert "1套" not in said


def test_social_organisation_answers_the_society_row() -> None:
    said = ask("国交实习活动里推荐岗位的社会组织至少几家？")
    assert "10家" in said
    assert "3家" not in said


def test_rate_asked_by_the_counted_rows_name_answers_the_rate() -> None:
    said = ask("企服采集新增工作站及院士专家信息的准确程度定的多少？")
    assert "100%" in said
    assert "120条" not in said


def test_modifier_of_the_rated_row_keeps_the_rate() -> None:
    said = ask("企服编印的建设指引合格率多少")
    assert "100%" in said
    assert "1套" not in said


def test_unknown_act_on_papers_is_still_refused() -> None:
    said = ask("国交项目论文发表数量是多少")
    assert REFUSED in said
    assert "20篇" not in said and "2人" not in said
