"""Session 17: a column said not to be a value query-style (一级指标≠产出指标, 单位<>人, 不等于)
or in words (单位不是人); a column said with its word for a column (单位列=次); rows remembered
beside a list ask (我记得有个步道，还有个车子) are examples, no condition."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask

NOT_OUTPUT = ("成本控制数", "影响力提升", "交流促进", "长效管理机制", "满意度")


@pytest.mark.parametrize(
    "question",
    [
        "国交，一级指标≠产出指标的都列出来",
        "国交 一级指标 != 产出指标",
        "国交一级指标不等于产出指标的有几条",
        "国交 一级<>产出 的指标",
        "国交里一级指标栏≠“产出指标”的行",
    ],
)
def test_heading_said_unequal_leaves_its_rows_out(question: str) -> None:
    answer = ask(question)
    assert "5 项" in answer and all(word in answer for word in NOT_OUTPUT)
    assert "活动参与人数" not in answer and "≥300人" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交单位不是人的指标有几条",
        "国交里单位不是“人”的指标",
        "国交 单位 != 人 的指标有几条",
        "国交 where 单位<>'人' 几条",
        "国交单位≠人的指标数一下",
    ],
)
def test_unit_said_unequal_counts_the_other_rows(question: str) -> None:
    answer = ask(question)
    assert "14 项" in answer and "辩论队人数" not in answer and "≥300人" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服项目，单位列=“次”的指标筛出来，一共几条",
        "企服 单位栏=次 的指标",
        "企服 计量单位这一列=“次”的有哪些",
        "企服 unit列='次' 列一下",
        "企服单位字段=次的指标有几个",
    ],
)
def test_unit_said_with_its_column_word_picks_rows(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and "走访对接" in answer and "工作站建设推进" in answer


@pytest.mark.parametrize(
    "question",
    [
        "运维的数量指标有哪几条？我记得有个步道，还有个车子，一共几条",
        "运维数量指标共几条，记得有一条是带宽，还有个车辆",
        "运维有几条数量指标？我印象中有一条讲开放日的",
        "城市科普设施运维数量指标都列一下，我依稀记得有个巡检车辆",
        "运维数量指标是哪些，我只记得有个步道，另一个是网络带宽",
    ],
)
def test_rows_remembered_beside_a_list_ask_are_examples(question: str) -> None:
    answer = ask(question, "variations")
    assert "4 项" in answer
    assert all(word in answer for word in ("维护步道长度", "巡检车辆数", "网络带宽", "开放日"))
    assert "共 1 项" not in answer and "共有数量指标 1" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服里写“≥10次”的是哪两个呀，我只记得一个是跑工作站的",
        "企服≥10次的指标有哪些？我记得有个是工作站的",
        "企服以次计的有哪几条，印象里有个走访对接",
    ],
)
def test_rows_remembered_beside_conditions_do_not_narrow_them(question: str) -> None:
    answer = ask(question)
    assert "工作站建设推进" in answer and "走访对接" in answer
    assert "共 1 项" not in answer


def test_a_remembered_row_asked_alone_is_still_the_row() -> None:
    answer = ask("我记得运维有个步道的指标，是哪个", "variations")
    assert "维护步道长度" in answer and "985米" in answer and "巡检车辆数" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服数量指标里，目标值≥100的挑出来，从大到小排",
        "企服数量指标目标值>=100的有哪些",
        "企服 数量指标 target>=100 的行",
        "企服数量指标中目标≥100的筛一下",
    ],
)
def test_sign_and_figure_no_target_writes_bound_the_values(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and "8000人次" in answer and "120名" in answer and "120条" in answer
    assert "共 0 项" not in answer


def test_sign_and_figure_a_target_writes_still_picks_those_rows() -> None:
    answer = ask("企服里目标是≥120的指标")
    assert "2 项" in answer and "8000" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "各项目的成本类指标和上限，一个项目一行",
        "三个项目的成本指标跟上限，一张表一行",
        "成本指标的上限，一行一个项目",
    ],
)
def test_a_layout_said_after_a_bound_word_is_no_bound(question: str) -> None:
    answer = ask(question, "other")
    assert "≤250万元" in answer and "≤120万元" in answer and "养护成本" in answer
    assert "指标值≤1" not in answer and "共 0 项" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "两个项目的时效指标都怎么定的？各有几条？",
        "两个项目时效指标都定的啥，几条",
        "两个项目的时效指标是怎样设定的，一共几条",
        "两个项目的时效指标具体怎么写的，有几个",
    ],
)
def test_how_targets_are_set_beside_a_count_shows_them(question: str) -> None:
    answer = ask(question)
    assert "2 项" in answer and "2026年12月底前" in answer


@pytest.mark.parametrize(
    "question",
    [
        "运维 满意度类 都有啥",
        "运维满意度都包括什么",
        "运维满意度的指标都有些啥",
        "运维满意度那块都有什么",
    ],
)
def test_a_heading_asked_with_du_you_lists_its_rows(question: str) -> None:
    answer = ask(question, "variations")
    assert "2 项" in answer and "设施环境评价" in answer and "市民满意度" in answer


@pytest.mark.parametrize(
    "question",
    [
        "数字化改造项目一级指标为产出指标的有哪些（含质量、时效）",
        "数字化改造产出指标有哪些，包括质量和时效的",
        "数字化改造的产出指标（包含质量、时效指标）列一下",
        "数字化改造产出指标几条（连同质量指标、时效指标在内）",
    ],
)
def test_headings_said_included_under_the_one_asked_narrow_nothing(question: str) -> None:
    answer = ask(question, "multi_year")
    assert "2 项" in answer and "改造展区数量" in answer and "二期改造完成时间" in answer
    assert "共 0 项" not in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交的效益指标一共几个，分别挂在哪个二级下面",
        "国交效益指标几条，各属于哪个二级指标",
        "国交效益指标有几个，都归在哪一类",
        "国交效益指标共多少条，分别放在哪个二级底下？",
    ],
)
def test_the_heading_each_row_is_under_asked_shows_the_headings(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and "社会效益指标" in answer and "可持续影响指标" in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "form", "rows"),
    [
        ("请列明养护项目数量指标的全部条目。", "old_template", ("道路养护长度", "桥梁检测数量")),
        ("养护数量指标明细列一下", "old_template", ("道路养护长度", "桥梁检测数量")),
        ("人家运维里单位是%的指标有哪些", "variations", ("设施完好率", "市民满意度")),
        ("别人家运维里百分比的指标都列给我看看", "variations", ("设施完好率", "市民满意度")),
        ("企服里用“=”设定的（即精确值而非区间）有哪些", "builtin", ("采集准确性", "合格率")),
        ("国交 数量指标 共几条，底稿要填指标个数", "builtin", ("10 项",)),
        ("三张表里名称带“满意度”的指标全部列出来，连同所属项目", "other", ("观众满意度", "3 项")),
        ("三张表中指标值写为“985米”的有哪些，分属哪个项目？", "other", ("步道长度", "养护长度")),
    ],
)
def test_words_of_how_rows_are_wanted_name_no_row(
    question: str, form: str, rows: tuple[str, ...]
) -> None:
    answer = ask(question, form)
    assert all(row in answer for row in rows) and "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "三张表的满意度指标请按项目分别列明。",
        "三张表的满意度指标按项目分别列出",
        "满意度指标按各个项目分开列一下",
        "所有项目的满意度指标，按项目列",
    ],
)
def test_rows_asked_project_by_project_list_each_project(question: str) -> None:
    answer = ask(question, "other")
    assert "市民满意度" in answer and "观众满意度" in answer and "≥85%" in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("企服 百分比的 list", "3 项"),
        ("企服 次的 列表", "3 项"),
        ("国交 人的 有几个", "4 项"),
        ("国交 百分比的都有哪些", "2 项"),
    ],
)
def test_a_unit_said_alone_then_a_list_word_lists_its_rows(question: str, count: str) -> None:
    answer = ask(question)
    assert count in answer and "单位为" in answer


@pytest.mark.parametrize(
    "question",
    [
        "筛一下主管部门=上海市科学技术协会的项目",
        "主管单位='上海市科学技术协会' 的是哪个项目",
        "哪个项目 where 主管部门 = 上海市科学技术协会",
    ],
)
def test_a_header_field_said_query_style_picks_the_project(question: str) -> None:
    answer = ask(question, "other")
    assert "科普场馆数字化改造" in answer and "道路桥梁养护" not in answer
    assert "共 0 项" not in answer


@pytest.mark.parametrize(
    ("question", "unit", "count"),
    [
        ("国交里人数类的指标有哪些", "人", "4 项"),
        ("国交按人头数的指标有几个", "人", "4 项"),
        ("企服里算钱的指标有哪些", "万元", "1 项"),
        ("国交里跟钱有关的指标", "万元", "1 项"),
        ("企服次数类指标有哪几个", "次", "3 项"),
        ("国交比例类的指标", "%", "2 项"),
    ],
)
def test_a_sort_of_count_said_for_a_unit_picks_its_rows(
    question: str, unit: str, count: str
) -> None:
    answer = ask(question)
    assert f"单位为“{unit}”" in answer and count in answer


def test_a_count_word_inside_a_row_name_is_still_the_row() -> None:
    answer = ask("国交活动参与人数的指标")
    assert "≥300人" in answer and "单位为" not in answer


@pytest.mark.parametrize(
    "question",
    ["国交里目标是个日期的指标", "企服哪些指标写的是日期", "国交目标值写着日期的有几条"],
)
def test_targets_said_to_be_dates_are_deadline_rows(question: str) -> None:
    answer = ask(question)
    assert "1 项" in answer and "活动完成及时性" in answer


@pytest.mark.parametrize(
    "question",
    ["运维指标有哪些", "运维指标一共几个", "运维指标总数", "运维三级指标有几个"],
)
def test_a_project_word_right_before_its_rows_names_the_project(question: str) -> None:
    answer = ask(question, "variations")
    assert "19 项" in answer and "名称含" not in answer


@pytest.mark.parametrize("question", ["运维指标里带运维两个字的", "运维指标名称含运维的有几个"])
def test_a_project_word_said_again_as_a_name_word_picks_rows(question: str) -> None:
    answer = ask(question, "variations")
    assert "3 项" in answer and "名称含“运维”" in answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("运维按一级分组计数", "效益指标（10 项）"),
        ("运维的每个一级指标各有几条", "效益指标（10 项）"),
        ("运维每一个一级指标下有几个三级指标", "产出指标（6 项）"),
        ("运维各个一级下有多少条", "满意度指标（2 项）"),
        ("运维每个二级下面有几条", "生态效益指标（5 项）"),
        ("运维按二级分类，计个数", "数量指标（4 项）"),
        ("运维哪个二级下面的指标最多", "生态效益指标（5 项）"),
    ],
)
def test_each_heading_counted_shows_its_rows_count(question: str, shown: str) -> None:
    answer = ask(question, "variations")
    assert shown in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "count", "last"),
    [
        ("国交 数量指标 按目标值 top3", "3 项", "≥50人"),
        ("企服 数量指标 目标值前五", "5 项", "≥35场"),
        ("国交数量指标目标值TOP 2", "2 项", "≥100个"),
    ],
)
def test_first_rows_by_target_asked_without_an_order_word(
    question: str, count: str, last: str
) -> None:
    answer = ask(question)
    assert count in answer and last in answer


@pytest.mark.parametrize(
    "question",
    ["企服 一级指标 计数", "企服 一级指标 分组计数", "企服 按一级指标透视", "企服 一级指标透视"],
)
def test_a_column_then_a_spreadsheet_verb_groups_the_rows(question: str) -> None:
    answer = ask(question)
    assert "产出指标（17 项）" in answer and "满意度指标（1 项）" in answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("国交目标值在50以上100以下的", "4 项"),
        ("国交目标值大于等于50小于等于100的指标", "4 项"),
        ("国交目标值介于10和100的", "7 项"),
        ("国交目标值不低于5且不超过50的有哪些", "5 项"),
    ],
)
def test_both_ends_of_a_range_said_apart_bound_the_values(question: str, count: str) -> None:
    answer = ask(question)
    assert count in answer and "没能读懂" not in answer and "≥300人" not in answer


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("国交目标是三百的是哪条", "活动参与人数"),
        ("国交单位是篇的那个", "上海征集论文数量"),
    ],
)
def test_the_row_a_condition_picks_pointed_at(question: str, row: str) -> None:
    answer = ask(question)
    assert "1 项" in answer and row in answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("养护里绩效标准不是计划标准的行", "2 项"),
        ("养护 绩效标准≠计划标准", "2 项"),
        ("养护 绩效标准=行业标准", "1 项"),
        ("养护里单位是米的行", "1 项"),
    ],
)
def test_a_condition_on_a_column_typed_alone_or_asking_lines(question: str, count: str) -> None:
    answer = ask(question, "old_template")
    assert count in answer and "超出了我能回答的范围" not in answer


@pytest.mark.parametrize("question", ["国交单位是人的行，列出来", "国交单位是人的行，列一下"])
def test_lines_asked_then_a_verb_of_listing(question: str) -> None:
    answer = ask(question)
    assert "4 项" in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "运维项目定性指标里带提升两个字的有哪些",
        "运维带提升两个字的指标",
        "运维里含“提升”字样的指标",
    ],
)
def test_a_word_carried_that_only_targets_write_picks_those_targets(question: str) -> None:
    answer = ask(question, "variations")
    assert "2 项" in answer and "市民科普体验" in answer and "科普服务能力" in answer
    assert "公众科学素质" not in answer and "19 项" not in answer


@pytest.mark.parametrize(
    "question",
    ["国交定量指标和定性指标各几个", "国交定量和定性的各有几个", "国交定量与定性指标分别几条"],
)
def test_two_kinds_counted_each_are_both_counted(question: str) -> None:
    answer = ask(question)
    assert "定量的绩效指标 14 项" in answer and "定性的绩效指标 3 项" in answer
