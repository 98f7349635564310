"""Session 7 round 2: listings and several asks of the blind sets 8 and 9."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import answer_of, engine_for, rows_listed, service_for


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("variations", "设施运维有没有按辆计的指标", {"巡检车辆数"}),
        ("variations", "设施运维里有没有以辆为单位的指标", {"巡检车辆数"}),
        (
            "builtin",
            "企服有没有用“名”或者“条”来计的指标",
            {"为企业新增引入合作的院士专家数量", "采集新增工作站及院士专家基本信息数量"},
        ),
        ("builtin", "国交是不是有按家计的指标", {"科技社团数量", "合作单位数量"}),
    ],
    ids=["has-no-has", "has-no-has-unit", "two-units", "is-not-is"],
)
def test_an_ask_whether_there_are_rows_of_a_unit_does_not_negate_it(
    form: str, question: str, rows: set[str]
) -> None:
    found = rows_listed(form, question)
    assert {name for name in found if any(row in name for row in rows)} == found
    assert len(found) == len(rows)


def test_a_unit_said_as_not_counted_in_still_leaves_its_rows_out() -> None:
    found = rows_listed("variations", "设施运维里不以米计的指标有哪些")
    assert "维护步道长度" not in found
    assert "巡检车辆数" in found


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("企服：调查站点信息报送几篇、工作会几场", ("≥15篇", "≥1场")),
        ("国交：合作单位几家、活动参与人数多少", ("≥3家", "≥300人")),
        ("企服的成本控制数多少、院士专家数量多少", ("≤130万元", "≥120名")),
        ("国交论文征集多少篇、辩论队多少人", ("≥20篇", "≥5人")),
    ],
    ids=["ji", "ji-duoshao", "duoshao", "duoshao-unit"],
)
def test_asks_joined_by_a_pause_mark_are_each_answered(
    question: str, figures: tuple[str, ...]
) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert all(figure in answer for figure in figures), answer


@pytest.mark.parametrize(
    "question",
    [
        "有没有哪条指标定的是零的？国交那个项目",
        "国交哪些指标定的是0",
        "国交有没有指标设为0的",
        "国交哪条指标写的是零",
    ],
    ids=["ding-de-shi-ling", "ding-de-shi-0", "she-wei", "xie-de-shi"],
)
def test_a_value_said_of_the_rows_set_picks_them(question: str) -> None:
    assert rows_listed("builtin", question) == {"活动安全事故发生数"}


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("数字化改造里按人次或者按%计量的指标", {"线上参观人次", "观众满意度"}),
        ("数字化改造里以人次或以%为单位的指标", {"线上参观人次", "观众满意度"}),
        ("数字化改造按个或者按人次算的指标有哪些", {"改造展区数量", "线上参观人次"}),
        ("数字化改造用个或用人次来计的指标", {"改造展区数量", "线上参观人次"}),
    ],
    ids=["an-huozhe-an", "yi-huo-yi", "an-ge", "yong-huo-yong"],
)
def test_two_units_each_said_with_its_preposition_list_rows_of_either(
    question: str, rows: set[str]
) -> None:
    assert rows_listed("multi_year", question) == rows


@pytest.mark.parametrize(
    ("form", "question", "count"),
    [
        ("other", "所有项目里的时效指标汇总一下", 3),
        ("other", "把三个项目的时效指标整理一下", 3),
        ("other", "把所有项目的满意度指标罗列一下", 4),
        ("builtin", "把两个项目的时效指标都找出来", 2),
        ("builtin", "国交的质量指标梳理一下", 2),
    ],
    ids=["huizong", "zhengli", "luolie", "zhaochulai", "shuli"],
)
def test_a_verb_gathering_rows_names_no_row(form: str, question: str, count: int) -> None:
    answer = engine_for(form).interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    assert sum(len(group.indicators) for group in answer.groups) == count
    assert not answer.row_filter.words


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("企服那几个按场算的指标，场次合计是多少", "43场"),
        ("企服那几个按场算的指标场次合计是多少", "43场"),
        ("国交以人为单位的指标，人数加起来多少", "357人"),
        ("国交按家计的指标家数合计是多少", "13家"),
    ],
    ids=["comma", "one-sentence", "renshu", "jiashu"],
)
def test_the_unit_counted_before_a_sum_adds_the_rows_up(question: str, total: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert total in answer, answer


def test_a_count_of_rows_of_a_unit_is_no_sum() -> None:
    answer = answer_of({"q": "企服按场计的指标一共有几个", "form": "builtin"}, service_for)
    assert "5 项" in answer
    assert "43" not in answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("不好意思打扰了 请问国交的活动完成及时性要求", "2026年12月底前"),
        ("抱歉打扰 企服的成本控制数是多少", "≤130万元"),
        ("劳驾 国交合作单位几家", "≥3家"),
        ("对不起打扰下 企服院士专家数量", "≥120名"),
    ],
    ids=["buhaoyisi", "baoqian", "laojia", "duibuqi"],
)
def test_courtesies_before_an_ask_name_nothing(question: str, figure: str) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert figure in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "这几个项目里名字带满意度的指标都列出来",
        "名称里有“满意度”的指标有哪些",
        "名字里带满意度的指标",
        "名称包含满意度的指标有几个",
    ],
    ids=["mingzi-dai", "mingcheng-li-you", "mingzi-li-dai", "baohan"],
)
def test_a_heading_word_said_as_in_the_names_picks_rows_by_name(question: str) -> None:
    found = rows_listed("other", question)
    assert found == {"市民满意度", "观众满意度"}
    assert "设施环境评价" not in found


def test_a_heading_word_alone_still_lists_the_heading() -> None:
    assert "设施环境评价" in rows_listed("other", "满意度指标有哪些")


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("企服论家算的是不是就工作站那一个", 1),
        ("企服论家算的指标有几个", 1),
        ("国交论人算的指标有哪些", 4),
        ("企服里论场计的有哪些", 5),
    ],
    ids=["lun-jia-shibushi", "lun-jia-count", "lun-ren", "lun-chang"],
)
def test_a_unit_said_after_lun_picks_rows_of_that_unit(question: str, count: int) -> None:
    assert len(rows_listed("builtin", question)) == count


@pytest.mark.parametrize(
    "question",
    [
        "企服：信息报送几篇，工作会几场",
        "企服：信息报送几篇、工作会几场",
        "企服信息报送要几篇？工作会几场",
    ],
    ids=["comma", "pause-mark", "question-mark"],
)
def test_a_thing_carried_from_the_ask_before_never_finds_a_row_of_another_unit(
    question: str,
) -> None:
    answer = answer_of({"q": question, "form": "builtin"}, service_for)
    assert "≥15篇" in answer
    assert "≥1场" in answer
    assert "≥10次" not in answer


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("企服哪个指标目标是130万元", {"企业科技创新服务成本控制数"}),
        ("企服哪个指标定成130万元", {"企业科技创新服务成本控制数"}),
        ("国交哪个指标目标是40万", {"国际科技人文交流合作成本控制数"}),
        ("企服哪个指标目标是130", {"企业科技创新服务成本控制数"}),
    ],
    ids=["wanyuan", "dingcheng", "wan", "bare"],
)
def test_a_money_value_said_in_wan_picks_the_row_written_in_wanyuan(
    question: str, rows: set[str]
) -> None:
    assert rows_listed("builtin", question) == rows
