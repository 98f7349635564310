"""Session 7 filters: rows picked by the text their qualitative targets are written in."""

from __future__ import annotations

import pytest

from nlu.answers import IndicatorList
from tests.nlu.question_sets import answer_of, engine_for, rows_listed, service_for
from tests.nlu.test_question_set import normalise


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("variations", "运维项目的效益指标里哪些是“提升”", {"市民科普体验", "科普服务能力"}),
        ("variations", "运维项目里哪些指标写的是“降低”", {"设施能耗"}),
        ("variations", "运维项目哪几个指标要求“健全”", {"运维制度", "长效管理机制健全性"}),
        ("variations", "运维项目效益指标中写“可控”的是哪个", {"运维风险"}),
        ("variations", "运维项目指标值写“及时”的有哪些", {"问题响应"}),
        ("old_template", "哪个指标写的是改善", {"道路通行条件"}),
        (
            "builtin",
            "有效提升的指标有哪些",
            {"科普沟通联络工作效果提升情况", "科普活动影响力提升情况"},
        ),
    ],
    ids=["is-quoted", "written", "required", "which-one", "holds-ji", "old-form", "bare"],
)
def test_a_target_text_picks_the_rows_written_so(form: str, question: str, rows: set[str]) -> None:
    assert rows_listed(form, question) == rows


def test_a_target_text_going_on_as_a_row_name_names_rows() -> None:
    # 是提升情况: 提升 goes on as 提升情况 of the names, so it picks rows by name, not target.
    rows = rows_listed("builtin", "名称里带提升情况的指标有哪些")
    assert rows == {
        "科普沟通联络工作效果提升情况",
        "学会服务创新、服务政府和社会、服务科技工作者和自我发展能力提升情况",
        "科普活动影响力提升情况",
    }


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("builtin", "国交项目里单位是人的指标都有那些", {"活动参与人数"}),
        ("multi_year", "场馆改造里带≥的指标", {"改造展区数量", "线上参观人次", "观众满意度"}),
        ("multi_year", "场馆数字化里面用≤的指标有哪些", {"改造成本控制数"}),
        ("multi_year", "数字化改造里面有哪些是百分比的指标", {"观众满意度"}),
        ("old_template", "道路养护里有哪些是百分比的指标", {"养护合格率", "市民满意度"}),
        (
            "builtin",
            "企服里除了满意度以外的百分比指标",
            {"基本信息采集准确性", "建设指引验收合格率"},
        ),
        (
            "old_template",
            "道路养护里绩效标准是计划标准的有哪些",
            {"道路养护长度", "桥梁检测数量", "养护完成时间", "养护成本", "市民满意度"},
        ),
        ("multi_year", "数字化改造有截至日期的指标吗", {"二期改造完成时间"}),
    ],
    ids=[
        "typed-nei",
        "project-words",
        "project-words-2",
        "percent-after-shi",
        "percent-old",
        "percent-except",
        "placed-standard",
        "jiezhi",
    ],
)
def test_a_project_placed_by_its_words_and_a_unit_said_after_shi_filter_rows(
    form: str, question: str, rows: set[str]
) -> None:
    found = rows_listed(form, question)
    assert rows <= found, found
    if len(rows) > 1 or form != "builtin":
        assert found == rows


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("运维项目里哪些指标只写了数没写≥或≤", {"维护步道长度", "巡检车辆数"}),
        ("运维项目里没写≥或≤的定量指标", {"维护步道长度", "巡检车辆数"}),
        ("运维项目里没写≥的定量指标有哪些", {"设施运维成本控制数", "维护步道长度", "巡检车辆数"}),
    ],
    ids=["only-number", "neither", "one-left-out"],
)
def test_operators_left_out_together_leave_out_each(question: str, rows: set[str]) -> None:
    assert rows_listed("variations", question) == rows


@pytest.mark.parametrize(
    ("question", "word", "count"),
    [
        ("企服里提到工作站的指标", "工作站", 3),
        ("企服项目中讲到院士的指标", "院士", 3),
        ("国交提到港澳台的指标都列一下", "港澳台", 4),
    ],
    ids=["mentions", "speaks-of", "list"],
)
def test_rows_mentioning_a_word_are_those_whose_names_hold_it(
    question: str, word: str, count: int
) -> None:
    rows = rows_listed("builtin", question)
    assert len(rows) == count and all(word in row for row in rows), rows


def test_a_figure_said_to_be_mentioned_is_the_rows_own() -> None:
    answer = engine_for("builtin").interpret("企服提到的服务科技工作者人数是多少").answer
    assert [ind.name for ind in getattr(answer, "indicators", ())] == ["服务科技工作者人数"]


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "几个测试项目里有完成期限的指标列一下",
            ["设施修复及时性", "二期改造完成时间", "养护完成时间"],
        ),
        ("三张测试表的年度资金加起来一共多少", ["620万"]),
        ("测试表里单位是米的指标有哪些", ["维护步道长度", "道路养护长度"]),
    ],
    ids=["deadlines", "sum", "metres"],
)
def test_forms_called_samples_are_the_forms_loaded(question: str, want: list[str]) -> None:
    answer = normalise(answer_of({"q": question, "form": "other"}, service_for))
    assert all(part in answer for part in want), answer


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("国交和企服一共有几个满意度指标", 2),
        ("两个项目一共有多少个满意度指标", 2),
        ("两个项目的成本指标一共几个", 2),
    ],
    ids=["satisfaction", "how-many", "cost"],
)
def test_a_count_of_rows_is_no_sum_of_their_targets(question: str, rows: int) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    assert sum(len(group.indicators) for group in answer.groups) == rows


def test_rows_counted_then_added_up_are_still_added_up() -> None:
    answer = normalise(
        answer_of(
            {"q": "企业项目里以次为单位的几个指标加总是多少次", "form": "builtin"}, service_for
        )
    )
    assert "22次" in answer


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("builtin", "国交项目哪个指标的目标值最大", {"活动参与人数"}),
        ("builtin", "企服项目目标值最大的指标是哪个", {"服务科技工作者人数"}),
        ("variations", "运维项目哪个指标数值最大", {"维护步道长度"}),
    ],
    ids=["which-row", "largest", "number"],
)
def test_the_row_at_the_end_of_the_targets_is_listed(
    form: str, question: str, rows: set[str]
) -> None:
    assert rows_listed(form, question) == rows


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("国交效益指标里有几个是“有效”开头的", {"科普活动影响力提升情况", "海峡两岸交流促进情况"}),
        ("企服项目里指标值是建立开头的", {"长效管理机制健全性"}),
    ],
    ids=["quoted-start", "start-said"],
)
def test_the_start_of_a_target_text_picks_rows(question: str, rows: set[str]) -> None:
    assert rows_listed("builtin", question) == rows


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("国交以家计的指标有几个，加起来多少家", ["2项", "13家"]),
        ("企服以场计的指标有几项，一共多少场", ["5项", "43场"]),
    ],
    ids=["units", "sessions"],
)
def test_how_many_rows_and_their_total_are_both_answered(question: str, want: list[str]) -> None:
    answer = normalise(answer_of({"q": question, "form": "builtin"}, service_for))
    assert all(part in answer for part in want), answer


@pytest.mark.parametrize(
    ("form", "question", "rows"),
    [
        ("variations", "运维有没有关于能耗的指标", {"设施能耗"}),
        ("other", "运维有没有关于能耗的指标", {"设施能耗"}),
        ("old_template", "养护有没有关于桥梁的指标", {"桥梁检测数量"}),
    ],
    ids=["topic", "several-forms", "both-in-the-name"],
)
def test_a_project_word_that_picks_no_row_with_the_others_names_the_project(
    form: str, question: str, rows: set[str]
) -> None:
    assert rows_listed(form, question) == rows


def test_the_target_asked_of_rows_just_listed_is_no_goal_text() -> None:
    answer = answer_of(
        {"q": "运维有没有关于能耗的指标，目标是什么", "form": "variations"}, service_for
    )
    assert "降低" in answer
    assert "年度总体目标" not in answer
    both = answer_of(
        {"q": "国交项目活动参与人数多少，年度目标是什么", "form": "builtin"}, service_for
    )
    assert "≥300人" in both and "年度总体目标" in both


def test_a_slip_in_a_filter_word_is_read_as_the_word() -> None:
    rows = rows_listed("builtin", "国交的定姓指标有哪些")
    assert rows == {"科普活动影响力提升情况", "海峡两岸交流促进情况", "长效管理机制健全性"}


@pytest.mark.parametrize(
    ("question", "absent", "count"),
    [
        ("国交里不以人计的数量指标", "人", 6),
        ("企服哪些指标不是百分比", "%", 19),
    ],
    ids=["not-people", "not-percent"],
)
def test_a_unit_said_as_what_rows_must_not_count_in_leaves_them_out(
    question: str, absent: str, count: int
) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    rows = [ind for group in answer.groups for ind in group.indicators]
    assert len(rows) == count and all(row.target.unit != absent for row in rows)


def test_an_aspect_mark_between_a_comparison_and_its_number_keeps_the_bound() -> None:
    rows = rows_listed("builtin", "企服目标超过了50的指标")
    assert "服务科技工作者人数" in rows and "机构资格申报培训会数量" not in rows


@pytest.mark.parametrize(
    ("question", "count", "absent"),
    [
        ("企服除了数量指标和质量指标还有什么指标", 6, {"数量指标", "质量指标"}),
        ("国交项目除了产出指标和效益指标以外的指标有哪些", 2, {"产出指标", "效益指标"}),
    ],
    ids=["two-sub-levels", "two-top-levels"],
)
def test_headings_joined_to_one_left_out_are_left_out_too(
    question: str, count: int, absent: set[str]
) -> None:
    answer = engine_for("builtin").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    rows = [ind for group in answer.groups for ind in group.indicators]
    assert len(rows) == count
    assert not any({row.level1, row.level2} & absent for row in rows)


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("企服的质量指标都有那些", {"基本信息采集准确性", "建设指引验收合格率"}),
        (
            "国交的效益指标有那些",
            {"科普活动影响力提升情况", "海峡两岸交流促进情况", "长效管理机制健全性"},
        ),
    ],
    ids=["quality", "benefit"],
)
def test_na_typed_for_which_still_lists_the_rows(question: str, rows: set[str]) -> None:
    assert rows_listed("builtin", question) == rows


def test_two_standards_joined_by_or_list_the_rows_of_either() -> None:
    rows = rows_listed("old_template", "养护项目哪些指标是行业标准或历史标准")
    assert rows == {"养护合格率", "道路通行条件"}


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("养护项目哪些指标是行业标准或历史标准", ("行业标准", "历史标准")),
        ("历史标准或行业标准的指标有哪些", ("历史标准", "行业标准")),
    ],
    ids=["industry-first", "history-first"],
)
def test_two_standards_are_named_in_the_order_written(
    question: str, order: tuple[str, ...]
) -> None:
    answer = engine_for("old_template").interpret(question).answer
    assert isinstance(answer, IndicatorList), answer
    said = (answer.row_filter.standard, *answer.row_filter.other_standards)
    assert said == order
