"""Session 10 filters: a clause of its own leaving words or a heading out."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorAnswer, IndicatorList
from tests.nlu.question_sets import engine_for, listing_of, rows_listed

SERVICE_IN_TIMES = {
    "组织开展相关展览展示、论坛、沙龙、路演等系列活动数量",
    "开展工作站建设推进、材料审核、实地调研和绩效管理活动数量",
    "走访对接区科协和企业科协数量",
}


@pytest.mark.parametrize(
    "question",
    [
        "企服单位是“次”的指标列一下（人次不算）",
        "列企服以次计的(人次不算)",
        "科创服务里按次算的指标有哪些(人次除外)",
        "企服里计量单位是次的都列出来（人次不计）",
        "企服单位为次的指标，人次的不算",
        "列企服以次计的 人次不算",
    ],
    ids=["brackets", "terse", "except", "not-counted", "comma", "space"],
)
def test_a_clause_leaving_a_word_out_picks_no_rows_by_it(question: str) -> None:
    assert rows_listed("builtin", question) == SERVICE_IN_TIMES


@pytest.mark.parametrize(
    "question",
    [
        "国交有哪些指标 数量指标除外",
        "国交里哪些是≥的，数量指标不算",
        "国交的指标列一下（数量指标不算）",
    ],
    ids=["except", "operator", "brackets"],
)
def test_a_heading_said_not_to_count_is_left_out(question: str) -> None:
    rows = rows_listed("builtin", question)
    assert rows
    assert "活动参与人数" not in rows
    assert "参与人员与合作单位满意度" in rows


EXCHANGE_SOCIAL = {"科普活动影响力提升情况", "海峡两岸交流促进情况"}


@pytest.mark.parametrize(
    "question",
    [
        "国交的效益指标里，二级属于社会效益的有几项？分别是",
        "国交效益类里面，社会效益那块有几条",
        "国交二级是社会效益的几项",
        "国交社会效益的有几项",
        "国交 二级社会效益 几个",
        "国交效益指标当中 社会效益一共几条",
    ],
    ids=["scope-part", "kind-scope", "tier-is", "you", "terse", "voice"],
)
def test_a_second_tier_heading_said_under_its_first_tier_lists_its_rows(question: str) -> None:
    assert rows_listed("builtin", question) == EXCHANGE_SOCIAL


def test_a_first_tier_part_sets_where_the_sub_heading_after_it_looks() -> None:
    rows = rows_listed("builtin", "国交的产出指标中，质量指标有哪些")
    assert rows == {"活动、论坛质量达标率", "活动安全事故发生数"}


UPKEEP_SATISFACTION = {"设施环境评价", "市民满意度"}


@pytest.mark.parametrize(
    "question",
    [
        "运维项目的满意度类指标",
        "运维的满意度指标",
        "运维满意度类的",
        "运维项目满意度那块的指标有几个",
        "城市科普设施运维满意度方面的指标",
    ],
    ids=["kind", "heading", "terse", "count", "full-name"],
)
def test_a_heading_over_two_rows_lists_both_not_the_row_sharing_its_stem(question: str) -> None:
    assert rows_listed("variations", question) == UPKEEP_SATISFACTION


def test_a_row_named_in_full_beside_the_heading_word_is_that_row() -> None:
    answer = engine_for("variations").interpret("运维市民满意度指标是多少").answer
    assert isinstance(answer, IndicatorAnswer)
    assert [row.name for row in answer.indicators] == ["市民满意度"]


EXCHANGE_AT_LEAST_UNDER_10 = {
    "合作单位数量",
    "2026 年港澳台大学生暑期实习（上海）活动中组织启动仪式、结业仪式、研学参访交流活动数量",
    "第 34 届海峡两岸都市交通学术研讨会相关活动场次",
    "参加第 25 届海峡两岸大学生辩论赛上海高校辩论队人数",
    "海峡两岸科普论坛上海代表参会人数",
}


@pytest.mark.parametrize(
    "question",
    [
        "国交里写着≥而且数字不到10的指标",
        "国交≥且小于10的指标",
        "国交里用≥的、数值低于10的有哪些",
        "国交目标写≥的 然后数低于10的 列一下",
    ],
    ids=["written-then", "terse", "comma", "voice"],
)
def test_a_written_operator_and_a_bound_said_after_it_both_hold(question: str) -> None:
    assert rows_listed("builtin", question) == EXCHANGE_AT_LEAST_UNDER_10


def test_a_bound_said_after_a_written_operator_bounds_the_values() -> None:
    rows = rows_listed("builtin", "国交写着≥而且目标超过100的指标")
    assert rows == {"活动参与人数"}


RENOVATION_AT_LEAST = {"改造展区数量", "线上参观人次", "观众满意度"}


@pytest.mark.parametrize(
    "question",
    [
        "数改写≥的几项",
        "数改≥的几个",
        "数改 写大于等于的 几条",
        "数字化改造项目不低于某个数的多少项",
    ],
    ids=["written", "ge", "read-aloud", "at-least"],
)
def test_a_condition_then_a_count_of_items_asks_the_rows(question: str) -> None:
    assert rows_listed("multi_year", question) == RENOVATION_AT_LEAST


EXCHANGE_HMT = {
    "2026 年港澳台大学生暑期实习（上海）活动推荐实习单位和岗位的科技社团数量",
    "参与 2026 年港澳台大学生暑期实习（上海）活动的港澳台籍学生人数",
    "2026 年港澳台大学生暑期实习（上海）活动征集实习岗位数量",
    "2026 年港澳台大学生暑期实习（上海）活动中组织启动仪式、结业仪式、研学参访交流活动数量",
}


@pytest.mark.parametrize(
    "question",
    [
        "国交 港澳台相关几个",
        "国交和港澳台挂钩的多少个",
        "国交里涉及港澳台的有哪些",
        "国交跟港澳台有关的都列一下",
        "国交港澳台有关的几项",
    ],
    ids=["terse", "hooked", "before", "command", "items"],
)
def test_rows_said_about_a_topic_are_those_whose_names_hold_it(question: str) -> None:
    assert rows_listed("builtin", question) == EXCHANGE_HMT


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("研讨会相关活动场次是多少", "第 34 届海峡两岸都市交通学术研讨会相关活动场次"),
        ("关于论文的目标是多少", "第 34 届海峡两岸都市交通学术研讨会上海征集论文数量"),
    ],
    ids=["row-word", "one-row"],
)
def test_a_topic_word_asking_no_rows_leaves_the_one_row_asked(question: str, row: str) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorAnswer)
    assert [ind.name for ind in answer.indicators] == [row]


UPKEEP_PERCENT_OR_MONEY = {"设施完好率", "市民满意度", "设施运维成本控制数"}


@pytest.mark.parametrize(
    "question",
    [
        "运维项目里面按百分比的指标和按万元的指标分别有哪些 顺便把目标值也带上",
        "运维按百分比的和按万元的各有哪些",
        "运维里单位是%或者万元的有哪些",
        "单位是%或万元的",
        "运维按%的还有按万元的都列一下",
    ],
    ids=["voice", "each", "or", "terse", "command"],
)
def test_two_units_said_each_on_its_own_list_rows_of_either(question: str) -> None:
    assert rows_listed("variations", question) == UPKEEP_PERCENT_OR_MONEY


def test_rows_asked_by_a_money_unit_are_rows_not_the_budget() -> None:
    assert rows_listed("variations", "单位是万元的有哪些") == {"设施运维成本控制数"}


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("variations", "运维目标写降低/减少的", {"设施能耗", "设备故障次数"}),
        ("variations", "运维目标是降低或者减少的有几个", {"设施能耗", "设备故障次数"}),
        ("variations", "运维项目里以百分比（%）计的指标有哪些", {"设施完好率", "市民满意度"}),
        ("variations", "运维以百分比(%)为单位的有几个", {"设施完好率", "市民满意度"}),
        ("builtin", "国交里要求百分之百的指标有哪些", {"活动、论坛质量达标率"}),
        ("builtin", "企服要求100%的几项", {"基本信息采集准确性", "建设指引验收合格率"}),
    ],
    ids=["slash", "or", "restated", "restated-unit", "required-all", "required-100"],
)
def test_targets_joined_by_a_slash_units_restated_and_values_required(
    form: str, question: str, rows: set[str]
) -> None:
    assert rows_listed(form, question) == rows


SATISFACTION_ROWS = {"参与企业、专家的满意度", "参与人员与合作单位满意度"}


@pytest.mark.parametrize(
    "question",
    ["满意度指标全列", "满意度指标都列", "满意度的指标全给我", "所有项目满意度指标全部列出来"],
    ids=["all-list", "each-list", "give-all", "formal"],
)
def test_a_heading_asked_whole_lists_every_projects_rows(question: str) -> None:
    assert rows_listed("builtin", question) == SATISFACTION_ROWS


EXCHANGE_STRAIT = {
    "第 34 届海峡两岸都市交通学术研讨会相关活动场次",
    "第 34 届海峡两岸都市交通学术研讨会上海征集论文数量",
    "参加第 25 届海峡两岸大学生辩论赛上海高校辩论队人数",
    "海峡两岸科普论坛上海代表参会人数",
    "海峡两岸交流促进情况",
}


@pytest.mark.parametrize(
    "question",
    [
        "带“海峡两岸”的指标",
        "国交 海峡两岸的列出来",
        "海峡两岸的都有哪些",
        "国交含海峡两岸的有几项",
        "查 国交带海峡两岸的",
    ],
    ids=["carried", "alone-listed", "alone-which", "held-count", "command"],
)
def test_a_word_the_names_hold_said_before_de_lists_the_rows_holding_it(question: str) -> None:
    assert rows_listed("builtin", question) == EXCHANGE_STRAIT


def test_a_word_carried_by_one_row_lists_that_row() -> None:
    rows = rows_listed("builtin", "查 企服带调查站点的")
    assert rows == {"科技工作者状况调查站点信息报送数量", "调查站点工作会、培训数量"}


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("other", "三张表 满意度全列", {"设施环境评价", "市民满意度", "观众满意度"}),
        ("other", "几张表的满意度都列一下", {"设施环境评价", "市民满意度", "观众满意度"}),
        ("multi_year", "改造 效益类", {"线上参观人次"}),
        ("multi_year", "改造的效益类指标有哪些", {"线上参观人次"}),
    ],
    ids=["three-forms", "forms-counted", "project-word", "project-word-de"],
)
def test_a_heading_asked_beside_words_pointing_at_forms_or_projects(
    form: str, question: str, rows: set[str]
) -> None:
    assert rows_listed(form, question) == rows


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("企服定性几个", 3),
        ("国交定量多少项", 14),
        ("企服带≥号的数一下", 14),
        ("国交等于号的有几个呀", 2),
        ("国交以人计的一共多少个", 4),
        ("企服以场计的总共几个", 5),
    ],
    ids=["kind-count", "kind-items", "count-command", "operator-count", "unit-ge", "unit-ji"],
)
def test_a_condition_then_a_count_in_items_counts_the_rows(question: str, rows: int) -> None:
    assert len(rows_listed("builtin", question)) == rows


def test_a_count_in_the_rows_own_unit_still_adds_their_targets() -> None:
    answer = engine_for("builtin").interpret("国交以人计的一共多少人").answer
    assert not isinstance(answer, IndicatorList)


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("other", "数改的时效", {"二期改造完成时间"}),
        ("builtin", "国交的质量", {"活动、论坛质量达标率", "活动安全事故发生数"}),
        ("builtin", "企服的时效", {"活动完成及时性"}),
    ],
    ids=["renovation", "quality", "timeliness"],
)
def test_a_heading_stem_said_last_after_a_project_lists_its_rows(
    form: str, question: str, rows: set[str]
) -> None:
    assert rows_listed(form, question) == rows


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("国交哪些指标是用篇计的还有用场计的", 3),
        ("国交以篇计的以场计的都列一下", 3),
        ("国交里头数值等于零的是哪个", 1),
        ("国交目标为0的是哪个", 1),
        ("国交等于100%的是哪个", 1),
    ],
    ids=["units-and", "units-side-by-side", "zero-which", "zero", "hundred"],
)
def test_units_said_one_after_another_and_a_value_asked_with_which_one(
    question: str, rows: int
) -> None:
    assert len(rows_listed("builtin", question)) == rows


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("other", "路桥的数量指标一共几个然后单位分别是啥", {"道路养护长度", "桥梁检测数量"}),
        (
            "builtin",
            "国交以家计的有哪些单位分别是什么",
            EXCHANGE_IN_FAMILIES := {
                "2026 年港澳台大学生暑期实习（上海）活动推荐实习单位和岗位的科技社团数量",
                "合作单位数量",
            },
        ),
        ("other", "养护数量指标 目标值各是多少", {"道路养护长度", "桥梁检测数量"}),
    ],
    ids=["units-asked", "units-in-names", "targets-asked"],
)
def test_a_column_asked_of_the_rows_listed_picks_no_rows(
    form: str, question: str, rows: set[str]
) -> None:
    assert rows_listed(form, question) == rows


@pytest.mark.parametrize(
    ("question", "rows"),
    [("国交 百分比的", 2), ("企服 人次的", 1), ("国交 万元的", 1), ("国交人的", 4)],
    ids=["percent", "visits", "money", "people"],
)
def test_a_unit_alone_after_a_project_lists_its_rows(question: str, rows: int) -> None:
    assert len(rows_listed("builtin", question)) == rows


@pytest.mark.parametrize(
    ("question", "left_out"),
    [
        ("国交以人计的指标列一下，参会人数不算", "海峡两岸科普论坛上海代表参会人数"),
        (
            "国交以人计的指标有哪些（辩论队不算）",
            "参加第 25 届海峡两岸大学生辩论赛上海高校辩论队人数",
        ),
        ("国交以人计的，不包括辩论队", "参加第 25 届海峡两岸大学生辩论赛上海高校辩论队人数"),
        ("国交以人计的 去掉辩论队", "参加第 25 届海峡两岸大学生辩论赛上海高校辩论队人数"),
    ],
    ids=["comma", "brackets", "not-including", "voice"],
)
def test_a_row_said_not_to_count_is_left_out_of_the_list(question: str, left_out: str) -> None:
    rows = rows_listed("builtin", question)
    assert len(rows) == 3
    assert left_out not in rows


def test_rows_whose_names_hold_a_word_left_out_are_all_left_out() -> None:
    rows = rows_listed("builtin", "国交数量指标有哪些 港澳台的除外")
    assert len(rows) == 6
    assert not any("港澳台" in row for row in rows)


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("帮我找找所有项目里目标写的是百分比的指标然后告诉我一共几个", 5),
        ("帮忙找找三个项目里以米计的", 2),
        ("三张表里名称带“满意度”的指标全部列一下，注明所属项目", 3),
        ("以米计的指标列一下 标明所属项目", 2),
    ],
    ids=["find-all", "find-three", "note-owner", "mark-owner"],
)
def test_words_asking_to_look_or_note_the_project_name_no_project(
    question: str, rows: int
) -> None:
    listing = listing_of("other", question)
    assert sum(len(group.indicators) for group in listing.groups) == rows


@pytest.mark.parametrize(
    ("question", "row", "target"),
    [
        ("国交满意度目标是95%对吧", "参与人员与合作单位满意度", "≥90%"),
        (
            "国交上海征集论文数量不是≥30篇吗",
            "第 34 届海峡两岸都市交通学术研讨会上海征集论文数量",
            "≥20",
        ),
        ("企服满意度指标值是不是≥95%", "参与企业、专家的满意度", "≥90%"),
    ],
    ids=["right", "not-it", "is-it"],
)
def test_a_figure_checked_of_named_rows_lists_them_with_their_own_targets(
    question: str, row: str, target: str
) -> None:
    listing = listing_of("builtin", question)
    rows = [ind for group in listing.groups for ind in group.indicators]
    assert [ind.name for ind in rows] == [row]
    assert rows[0].target.raw.startswith(target[:2])


@pytest.mark.parametrize(
    "question",
    ["运维项目目标写了“提升”的指标有哪些", "运维目标填了提升的有几个"],
    ids=["wrote", "filled"],
)
def test_a_target_text_said_after_a_verb_with_le(question: str) -> None:
    assert rows_listed("variations", question) == {"市民科普体验", "科普服务能力"}
