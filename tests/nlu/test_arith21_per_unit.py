"""Per-unit asks, splits, shares of goal figures and completion rates said in harder words."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "form", "figure", "wrong"),
    [
        (
            "开放日计划接待5000人次市民，平均每场得接待多少人次",
            "variations",
            "1666.67",
            "没有找到",
        ),
        (
            "开放日打算接待5000人次，平均每场开放日要接待几人次",
            "variations",
            "1666.67",
            "没有找到",
        ),
        (
            "运维项目的年度资金，摊到这几处设施上，每处多少钱",
            "variations",
            "208333.33",
            "没有找到",
        ),
        ("国交预算分摊到每位港澳台学生身上，一人合多少", "builtin", "8000元/人", "1333.33"),
        ("国交那笔钱平均到每个实习岗位，每个岗位多少钱", "builtin", "4000元/个", "没有找到"),
        ("调查站点每年报送4000几份材料，平均每个月多少份", "builtin", "333.33", "没有找到"),
    ],
    ids=[
        "modal-after-measure",
        "noun-and-verb-after-measure",
        "pointed-share",
        "people-again",
        "money-pointed",
        "rough-count-ji",
    ],
)
def test_per_unit_ask_said_loosely_is_worked(
    question: str, form: str, figure: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert figure in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "form", "figure", "wrong"),
    [
        ("运维年度资金申请总额除以12，每处多少元", "variations", "208333.33", "没有找到"),
        ("国交年度资金申请总额 ÷ 4（按季度）= ？", "builtin", "100000元/个季度", "没有找到"),
        ("国交 月度拆分：成本控制数 ÷ 12 = ？元", "builtin", "33333.33", "没有找到"),
    ],
    ids=["bare-count-per-place", "bare-count-quarters", "bare-count-months-of-a-row"],
)
def test_division_by_a_bare_number_reads_what_it_counts(
    question: str, form: str, figure: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert figure in answer
    assert wrong not in answer


def test_completion_rate_of_pasted_cells_with_target_restated() -> None:
    answer = ask("国交\t活动参与人数\t目标300人\t已完成240人\t完成率=？")
    assert "80%" in answer
    assert "尚未登记" not in answer


def test_completion_rate_told_with_yiwancheng_on_old_form() -> None:
    answer = ask("道路养护长度\t985米\t已完成788米\t完成率多少", "old_template")
    assert "80%" in answer
    assert "尚未登记" not in answer


def test_share_of_goal_figures_typed_as_a_formula() -> None:
    answer = ask("企服年度目标：国家级调查站点数 ÷（国家级+市级）= ？%")
    assert "40.4%" in answer
    assert "59.6%" not in answer


def test_goal_part_named_before_a_share_of_its_figures() -> None:
    answer = ask("年度目标第四块里，国家级站点占全部站点的比例多少")
    assert "40.4%" in answer
    assert "据【" not in answer


def test_method_told_after_the_ask_by_someone_else() -> None:
    answer = ask(
        "企服项目平均每家工作站要引进几名院士专家？领导说就拿引入的院士专家数量除以培育的工作站数量算。"
    )
    assert "3名/家" in answer
    assert "没有找到" not in answer


def test_count_per_ten_thousand_yuan_is_in_the_unit_asked() -> None:
    answer = ask("企服项目每万元服务多少人次")
    assert "61.54人次/万元" in answer
    assert "0.77家" not in answer


def test_method_note_naming_a_row_with_canyu_joins_nothing() -> None:
    answer = ask("国交项目每万元预算对应多少活动参与人数（按活动参与人数测算）")
    assert "7.5人/万元" in answer
    assert "活动参除以" not in answer


def test_count_per_event_divides_by_the_events_the_words_before_name() -> None:
    answer = ask("都市交通研讨会平均每场活动征集几篇上海论文")
    assert "5篇/场" in answer
    assert "0.2篇/个" not in answer


def test_asker_feeling_after_a_comma_is_no_ask() -> None:
    answer = ask("国交平均每个实习岗位摊多少钱，我挺好奇我们的岗位值多少")
    assert "4000元/个" in answer
    assert "没有找到" not in answer


def test_completion_rate_pasted_with_a_target_cell_as_written() -> None:
    answer = ask("市民满意度\t≥85%\t计划标准    实测下来91%，高出目标几个百分点", "old_template")
    assert "6个百分点" in answer
    assert "没能读懂" not in answer


def test_few_things_pointed_at_after_an_earlier_ask_point_back() -> None:
    answer = ask("国交推荐实习单位的科技社团和合作单位一共几家，然后国交预算平均到这几家每家多少")
    assert "30769.23" in answer
    assert "133333" not in answer


def test_sum_pointed_at_after_de_keeps_one_de() -> None:
    answer = ask("两个项目预算相差的那笔钱是企服预算的百分之几")
    assert "69.2%" in answer
    assert "的的" not in answer


def test_cut_said_with_yajian_scales_the_row() -> None:
    answer = ask("企服成本控制数压减20%是多少万元")
    assert "104万元" in answer
    assert "130万元（" not in answer


@pytest.mark.parametrize(
    ("question", "form", "figure"),
    [
        ("企服要是服务了9000人次，满意度要达标，至少多少人次满意", "builtin", "8100人次"),
        ("要是问了400个市民，满意度想达标，最少得几人满意", "old_template", "340人"),
        ("要是修了1000米路，合格率要达到要求，起码多少米要合格", "old_template", "950米"),
    ],
    ids=["people-times-satisfaction", "generic-count-of-people", "metres-times-pass-rate"],
)
def test_rate_target_applied_to_a_count_given(question: str, form: str, figure: str) -> None:
    answer = ask(question, form)
    assert figure in answer
    assert "是您提供的情况" not in answer


def test_raise_said_in_cantonese_scales_the_budget() -> None:
    answer = ask("如果企服嘅预算加多10%，会变成几多？")
    assert "143万" in answer
    assert "130万元（1,300,000.00元）" not in answer


def test_percent_of_asked_as_duoshao_baifenbi_is_no_difference() -> None:
    answer = ask("企服的成本控制数是国交成本控制数的多少百分比？")
    assert "325%" in answer
    assert "多225%" not in answer


def test_days_per_week_said_with_a_verb_replace_the_calendar() -> None:
    answer = ask("港澳台学生实习5周，按每周上4天班算，一共实习几天？")
    assert "20天" in answer
    assert "35天" not in answer


def test_amount_divided_by_said_short_before_a_per_unit_ask() -> None:
    answer = ask("养护项目资金总额除道路养护长度，每米合多少钱？", "old_template")
    assert "2538.07" in answer
    assert "没有找到" not in answer


def test_average_over_rows_picked_by_unit_said_per_row() -> None:
    answer = ask("国交以“场”计的那几条，其他单位的不管，平均每条目标多少场")
    assert "= 3.5场" in answer
    assert "没有找到" not in answer


def test_share_in_tenths_said_in_cantonese() -> None:
    answer = ask("国交活动参与人数入面，参加实习的港澳台籍学生人数占几多成？")
    assert "16.7%" in answer
    assert "没有找到" not in answer


def test_all_projects_listed_before_their_count_are_summed() -> None:
    answer = ask("养护、运维、数字化改造这三个项目各自一年的钱，合起来多少？", "other")
    assert "620万" in answer
    assert "未能确定" not in answer


def test_older_form_named_in_a_note_and_unit_after_the_mark() -> None:
    answer = ask("三个项目年度资金求和（养护那份老表用“资金总额”）= ？万元", "other")
    assert "620万" in answer
    assert answer.count("项目资金总额：250万元") == 1


def test_projects_called_test_projects_in_english() -> None:
    answer = ask("这三个test项目的年度资金合计是多少", "other")
    assert "620万" in answer
    assert "没有找到“test”" not in answer


def test_told_actual_against_a_target_said_in_english() -> None:
    answer = ask("企服 服务科技工作者人数 实际服务了8800 超target几%")
    assert "10%" in answer
    assert "是您提供的情况" not in answer


def test_rest_set_aside_after_only_is_said_once() -> None:
    answer = ask(
        "数字化改造年度资金只分到线上参观人次上，其余的都不算，每人次多少钱", "multi_year"
    )
    assert "12元/人次" in answer
    assert "没有找到" not in answer


def test_rows_named_then_averaged_with_the_unit_in_brackets() -> None:
    answer = ask("国交 活动参与人数 + 港澳台籍学生人数，两行求平均（人）")
    assert "175人" in answer
    assert "没有找到" not in answer


def test_cost_of_each_counted_in_a_measure_word_is_divided() -> None:
    answer = ask("场馆数字化改造，每个线上参观人次的成本大概多少", "multi_year")
    assert "12元/人次" in answer
    assert "没有找到“成本”" not in answer
