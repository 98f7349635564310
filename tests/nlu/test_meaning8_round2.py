"""meaning8, round 2: one unit before an ask of its size (实习一期多长时间) is no ordinal
phase; a part of a goal beyond its last part, and a field no form has, are said absent."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import answer_of, service_for

# form, question, what the answer must hold, what it must not
CASES = [
    pytest.param("builtin", "港澳台实习一期多长时间", ["5 周"], ["没有找到"], id="per-one-1"),
    pytest.param("builtin", "港澳台暑期实习一期要多久", ["5 周"], ["没有找到"], id="per-one-2"),
    pytest.param("builtin", "港澳台学生实习一期是几周", ["5 周"], ["没有找到"], id="per-one-3"),
    pytest.param("builtin", "国交的暑期实习一期大概多长", ["5 周"], ["没有找到"], id="per-one-4"),
    pytest.param("builtin", "港澳台实习第一期多长时间", ["没有找到"], ["5 周"], id="first-kept"),
    pytest.param(
        "multi_year", "数字化改造一期改造啥时候完成", ["没有找到"], ["2026"], id="phase-kept"
    ),
    pytest.param("builtin", "企服年度目标的第七块讲的啥", ["没有找到"], ["产学研"], id="past-1"),
    pytest.param("builtin", "企服总体目标第8部分是什么", ["没有找到"], ["产学研"], id="past-2"),
    pytest.param("builtin", "企服第六块工作是啥", ["第六部分"], ["没有找到"], id="last-kept"),
    pytest.param("builtin", "国交目标第五块工作讲的是啥", ["没有找到"], ["5 周"], id="unparted-1"),
    pytest.param(
        "multi_year", "数字化改造年度目标第三块讲的啥", ["没有找到"], ["展区"], id="unparted-2"
    ),
    pytest.param(
        "old_template", "养护的总体目标第四部分是什么", ["没有找到"], [], id="unparted-3"
    ),
    pytest.param(
        "builtin", "企服有没有设置培训人数这个指标，多少人", ["没有以“人”计"], ["1场"], id="unit-1"
    ),
    pytest.param(
        "builtin", "企服有没有设置论坛参会人数这个指标", ["没有以“人”计"], ["2次"], id="unit-2"
    ),
    pytest.param(
        "multi_year",
        "数字化改造有没有设置展区这个指标，多少人",
        ["没有以“人”计"],
        ["≥2个"],
        id="unit-3",
    ),
    pytest.param(
        "variations", "运维有没有设置巡检这个指标，多少人", ["没有以“人”计"], ["10辆"], id="unit-4"
    ),
    pytest.param("builtin", "企服关于培训的指标有哪些", ["≥1场"], ["没有"], id="unit-kept-1"),
    pytest.param(
        "builtin", "国交有没有实习岗位这个指标，多少个", ["≥100个"], ["没有"], id="unit-kept-2"
    ),
    pytest.param(
        "builtin", "企服名称里带“工作站”的指标有几项", ["3 项"], ["没有以"], id="unit-kept-4"
    ),
    pytest.param("variations", "运维跟巡检有关的指标有哪些", ["10辆"], ["没有"], id="unit-kept-3"),
    pytest.param("other", "这几个项目的负责人分别是谁", ["没有找到"], ["250万"], id="who-1"),
    pytest.param("other", "这几个项目的联系人都是谁", ["没有找到"], ["250万"], id="who-2"),
    pytest.param("builtin", "几个项目的负责人分别是哪位", ["没有找到"], ["万元"], id="who-3"),
    pytest.param("other", "这几个项目分别是什么", ["3 个项目"], ["没有找到"], id="list-kept-1"),
    pytest.param("builtin", "目前有哪几个项目", ["2 个项目"], ["没有找到"], id="list-kept-2"),
    pytest.param(
        "builtin", "国交是一次性项目还是常年项目", ["一次性"], ["没有找到"], id="nature-1"
    ),
    pytest.param(
        "builtin", "企服属于常规项目还是临时的", ["项目性质"], ["没有找到"], id="nature-2"
    ),
    pytest.param("builtin", "国交算不算常规项目", ["项目性质"], ["没有找到"], id="nature-3"),
    pytest.param("other", "运维项目是常规的还是一次性的", ["经常性"], ["没有找到"], id="nature-4"),
    pytest.param("variations", "运维这个项目是每年都有的那种吗", ["经常性"], [], id="nature-5"),
    pytest.param("other", "数字化改造是年年都有的项目吗", ["跨年度"], [], id="nature-6"),
    pytest.param(
        "old_template", "通行条件那条用的啥考核标准", ["历史标准"], ["没有找到"], id="standard-1"
    ),
    pytest.param(
        "old_template", "路况那条的绩效标准是哪种", ["历史标准"], ["没有找到"], id="standard-2"
    ),
    pytest.param(
        "old_template", "桥梁那条考核标准是啥", ["计划标准"], ["历史标准"], id="standard-3"
    ),
    pytest.param(
        "old_template", "合格率那项按什么标准评价", ["行业标准"], ["计划标准"], id="standard-4"
    ),
    pytest.param(
        "old_template", "养护各指标的考核标准分别是啥", ["7 项"], ["没有找到"], id="standard-all"
    ),
    pytest.param("builtin", "企服各指标的考核标准分别是啥", ["没有找到"], [], id="standard-none"),
    pytest.param("builtin", "企服说的3+6是指啥", ["3+6"], ["没有找到"], id="means-1"),
    pytest.param("builtin", "企服里讲的专精特新指的是什么企业", ["专精特新"], [], id="means-2"),
    pytest.param("builtin", "企服目标里的四个服务是什么意思", ["四个服务"], [], id="means-3"),
    pytest.param("builtin", "企服的一站式平台指的是啥", ["一站式"], [], id="means-4"),
    pytest.param("builtin", "国交项目要搭一个什么样的平台", ["人才交流的平台"], [], id="build-1"),
    pytest.param("builtin", "国交要搭个什么桥", ["合作的桥梁"], [], id="build-2"),
    pytest.param("builtin", "国交要架起一座什么样的桥梁", ["合作的桥梁"], [], id="build-3"),
    pytest.param("builtin", "国交要建一个什么平台", ["人才交流的平台"], [], id="build-4"),
    pytest.param("variations", "运维这个项目一共照管多少处设施", ["12 处"], [], id="care-1"),
    pytest.param("variations", "运维要打理几处科普设施", ["12 处"], [], id="care-2"),
    pytest.param("variations", "运维照看着多少处设施", ["12 处"], [], id="care-3"),
    pytest.param("variations", "运维照管的志愿者有多少人", ["没有找到"], [], id="care-absent"),
    pytest.param("multi_year", "数字化改造是几年的项目", ["2024-01-01"], [], id="span-1"),
    pytest.param("multi_year", "数字化改造算几个年度的项目", ["2026-12-31"], [], id="span-2"),
    pytest.param("builtin", "国交是几年的项目", ["2026-01-01"], ["万元"], id="span-3"),
    pytest.param("old_template", "养护项目是几年的", ["2023"], ["万元"], id="span-4"),
    pytest.param(
        "old_template",
        "道路通得顺不顺那项用的是什么标准",
        ["历史标准"],
        ["没有找到"],
        id="a-not-a-1",
    ),
    pytest.param("old_template", "道路通行顺不顺", ["历史标准"], ["没有找到"], id="a-not-a-2"),
    pytest.param("old_template", "养护合格不合格那项用啥标准", ["行业标准"], [], id="a-not-a-3"),
    pytest.param(
        "variations", "运维的巡检车够不够用，有几辆", ["10辆"], ["没有找到"], id="a-not-a-4"
    ),
]


@pytest.mark.parametrize(("form", "question", "holds", "lacks"), CASES)
def test_round2_meaning(form: str, question: str, holds: list[str], lacks: list[str]) -> None:
    answer = answer_of({"q": question, "form": form}, service_for)
    for text in holds:
        assert text in answer, answer
    for text in lacks:
        assert text not in answer, answer
