"""Session 15: which way a row is better (逆向, 越小越好) as a condition, a unit said with the
verb of counting (按“次”来数的), a clause describing the project (…的那个项目) picking no rows,
A-not-A (满不满意) negating nothing, targets asked beside a count (值也顺便列上), and a yes/no
check of a heading's rows (满意度指标就一个市民满意度吧) answered with the real rows."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask

NO_ROWS = "共 0 项"


@pytest.mark.parametrize(
    "question",
    [
        "国交哪些指标是逆向的",
        "国交里越小越好的那几个指标列一下",
        "国际交流项目反向指标有几条，都是啥",
        "国交有没有数越小越好的指标",
        "国交负向指标",
        "国交这张表里属于逆向、越少越好的有哪几条",
    ],
)
def test_smaller_is_better_lists_capped_and_zero_rows(question: str) -> None:
    answer = ask(question)
    assert "2 项" in answer and "成本控制数" in answer and "安全事故发生数" in answer
    assert "40万元" in answer and "=0起" in answer
    assert "活动参与人数" not in answer and NO_ROWS not in answer


def test_smaller_is_better_reads_a_falling_text_as_smaller() -> None:
    answer = ask("运维有哪些逆向指标", "variations")
    assert "3 项" in answer and "设施能耗" in answer and "设备故障次数" in answer
    assert "≤250万元" in answer and "市民满意度" not in answer


@pytest.mark.parametrize(
    "question", ["国交不是逆向的指标有几个", "国交正向指标有几条", "国交越大越好的指标一共几个"]
)
def test_larger_is_better_counts_the_other_rows(question: str) -> None:
    answer = ask(question)
    assert "16 项" in answer and "2 项" not in answer


@pytest.mark.parametrize(
    ("question", "count", "names"),
    [
        ("企服里面按“次”来数的有哪几条", "3 项", ("展览展示", "工作站建设推进", "走访对接")),
        ("企服以次来数的指标一共几个，都列上", "3 项", ("展览展示", "走访对接")),
        ("国交按人头数的有几个", "4 项", ("活动参与人数", "辩论队人数")),
        ("国交按“家”来数的都有啥", "2 项", ("科技社团", "合作单位数量")),
        ("国交论家数的有哪些", "2 项", ("科技社团", "合作单位数量")),
        ("国交拿“人”来点的指标有哪些", "4 项", ("活动参与人数", "上海代表参会人数")),
    ],
)
def test_unit_said_with_the_verb_of_counting_is_the_unit(
    question: str, count: str, names: tuple[str, ...]
) -> None:
    answer = ask(question)
    assert count in answer and all(name in answer for name in names)
    assert "成本控制数" not in answer and NO_ROWS not in answer


@pytest.mark.parametrize(
    ("question", "form", "count", "names"),
    [
        (
            "港澳台学生来实习的那个交流项目，目标是按人头数的有几个，都是啥",
            "builtin",
            "4 项",
            ("活动参与人数", "辩论队人数", "上海代表参会人数"),
        ),
        (
            "跟企业搞科技创新的那个项目，按“次”来数的有哪几条",
            "builtin",
            "3 项",
            ("展览展示", "走访对接"),
        ),
        (
            "城市里科普设施维护的那个项目，数量指标有哪些，一共几条",
            "variations",
            "4 项",
            ("步道", "巡检车辆", "开放日", "网络带宽"),
        ),
        (
            "管科普设施日常维护的这个项目，满意度指标有几条",
            "variations",
            "2 项",
            ("设施环境评价", "市民满意度"),
        ),
        (
            "国际交流合作这个项目里，按“家”计的都有啥",
            "builtin",
            "2 项",
            ("科技社团", "合作单位数量"),
        ),
    ],
)
def test_clause_describing_the_project_picks_no_rows(
    question: str, form: str, count: str, names: tuple[str, ...]
) -> None:
    answer = ask(question, form)
    assert count in answer and all(name in answer for name in names)
    assert "名称含" not in answer and NO_ROWS not in answer


@pytest.mark.parametrize(
    "question",
    [
        "这几个项目里，跟市民满不满意有关的考核，各项目分别定的多少",
        "各项目里关于群众满不满意的指标都列一下",
        "哪些项目有市民满不满意相关的指标，目标多少",
    ],
)
def test_a_not_a_word_sets_no_operator(question: str) -> None:
    answer = ask(question, "other")
    assert "≥90%" in answer and "≥85%" in answer
    assert "以“<”设定" not in answer and NO_ROWS not in answer


@pytest.mark.parametrize(
    ("question", "form", "values"),
    [
        ("国交质量这一块设了几条？值也顺便列上", "builtin", ("=100%", "=0起")),
        ("企服效益指标一共几条，顺便把值带上", "builtin", ("有效提升", "建立健全")),
        ("运维满意度指标下有几条，值是多少", "variations", ("优良", "≥90%")),
        ("国交质量指标有几个，数值分别多少", "builtin", ("=100%", "=0起")),
        ("运维满意度指标几条？目标值也写一下", "variations", ("优良", "≥90%")),
    ],
)
def test_targets_asked_beside_a_count_are_listed(
    question: str, form: str, values: tuple[str, ...]
) -> None:
    answer = ask(question, form)
    assert all(value in answer for value in values)


@pytest.mark.parametrize(
    ("question", "form", "names"),
    [
        ("运维满意度指标就一个市民满意度吧？", "variations", ("设施环境评价", "市民满意度")),
        ("运维的满意度指标只有市民满意度一个吗", "variations", ("设施环境评价", "市民满意度")),
        ("运维满意度指标就市民满意度这一个对吧", "variations", ("设施环境评价", "市民满意度")),
        (
            "道路桥梁养护的数量指标是不是只有道路养护长度一个",
            "old_template",
            ("道路养护长度", "桥梁检测数量"),
        ),
        ("养护数量指标就俩吧", "old_template", ("道路养护长度", "桥梁检测数量")),
        ("国交质量指标就一个质量达标率吗", "builtin", ("质量达标率", "安全事故发生数")),
    ],
)
def test_check_of_a_headings_rows_answers_with_every_row(
    question: str, form: str, names: tuple[str, ...]
) -> None:
    answer = ask(question, form)
    assert "2 项" in answer and all(name in answer for name in names)
    assert "名称含" not in answer


@pytest.mark.parametrize(
    ("question", "heading", "count"),
    [
        ("企业那个项目里，管东西做得好不好（质量）那几条是啥，有几条？", "质量指标", "2 项"),
        ("国交里讲钱花多少的（成本）有几条", "成本指标", "1 项"),
        ("企服讲老百姓买不买账（满意度）的有哪些", "满意度指标", "1 项"),
        ("国交办成啥样（效益）那些列一下", "效益指标", "3 项"),
        ("企服按时按点（时效）那块有几条", "时效指标", "1 项"),
    ],
)
def test_heading_glossed_in_brackets_is_the_heading(
    question: str, heading: str, count: str
) -> None:
    answer = ask(question)
    assert heading in answer and count in answer
    assert "名称含" not in answer and NO_ROWS not in answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("港澳台那个项目，讲效果、讲好处的那一大类下面挂了哪些", "3 项"),
        ("国交讲好处的那块有几条", "3 项"),
        ("国交讲效果的那一类都列一下", "3 项"),
        ("企服管成效的那些指标有哪些", "3 项"),
        ("国交考作用、影响的那几条", "3 项"),
    ],
)
def test_sort_described_in_everyday_words_is_its_heading(question: str, count: str) -> None:
    answer = ask(question)
    assert "效益指标" in answer and count in answer and NO_ROWS not in answer


@pytest.mark.parametrize(
    ("question", "count", "left"),
    [
        ("国际交流项目里，除了干活数量、产出那一块，剩下的考核有几条？", "5 项", "产出指标"),
        ("国交除了讲数量讲产出的那些，其余指标有几条", "5 项", "产出指标"),
        ("企服指标里除了干活多少那块（产出），其余的有几条", "5 项", "产出指标"),
        ("国交除开满意度那块，剩下的指标有几条", "17 项", "满意度指标"),
        ("国交除了干活的数量那块，剩下的有几条", "8 项", "数量指标"),
    ],
)
def test_headings_in_a_clause_leaving_rows_out_are_left_out(
    question: str, count: str, left: str
) -> None:
    answer = ask(question)
    assert count in answer and f"不属于{left}" in answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("两个项目里没具体数的那种定性指标（写提升、健全的）都有哪些", "6 项"),
        ("企服定性的指标（比如有效提升那种）有几条", "3 项"),
        ("国交定性指标（就是写促进啊提升啊之类）列一下", "3 项"),
        ("两个项目的定性指标（像健全、提升这种）有几个", "6 项"),
        ("国交定量指标（像人数、场次之类）一共几个", "14 项"),
    ],
)
def test_examples_in_brackets_after_a_sort_set_no_condition(question: str, count: str) -> None:
    answer = ask(question)
    assert count in answer and "指标值含" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "两个项目加一块，指标值带≤封顶的有哪些",
        "两个项目合起来，以≤设定的有哪几条",
        "两个项目放一起，上限封顶的指标列一下",
        "两个项目加起来，带≤号的指标有哪些",
        "两个项目凑一块儿，设上限的是哪几个",
    ],
)
def test_projects_put_together_before_rows_asked_sum_nothing(question: str) -> None:
    answer = ask(question)
    assert "2 项" in answer and "≤130万元" in answer and "≤40万元" in answer
    assert "170万" not in answer and "计算" not in answer


def test_projects_put_together_before_a_total_still_sum() -> None:
    answer = ask("两个项目加一块，成本控制数一共多少")
    assert "170万元" in answer


@pytest.mark.parametrize(
    ("question", "names", "absent"),
    [
        ("企服哪几条的保底是10次？", ("工作站建设推进", "走访对接"), "系列活动数量"),
        ("企服保底10次的有哪些", ("工作站建设推进", "走访对接"), "系列活动数量"),
        ("企服下限是120的是哪俩", ("院士专家数量", "基本信息数量"), "服务科技工作者人数"),
        ("企业那个项目里，目标写的至少120的是哪俩", ("院士专家数量", "基本信息数量"), "8000"),
        ("国交指标值下限为3的有几个", ("合作单位数量", "研学参访"), "≥10家"),
        ("国交封顶是40万的是哪条", ("成本控制数",), "活动参与人数"),
    ],
)
def test_bound_noun_with_a_figure_is_the_target_as_written(
    question: str, names: tuple[str, ...], absent: str
) -> None:
    answer = ask(question)
    assert all(name in answer for name in names) and absent not in answer


@pytest.mark.parametrize(
    ("question", "form", "figure"),
    [
        ("暑期实习来的学生保底多少人", "builtin", "≥50人"),
        ("企服服务科技工作者的人次保底是多少来着", "builtin", "8000"),
        ("运维完好的设施比例保底多少", "variations", "85%"),
        ("国交活动参与人数兜底多少", "builtin", "≥300人"),
        ("企服成本控制数顶格多少", "builtin", "130万"),
    ],
)
def test_bound_noun_asked_alone_answers_the_rows_figure(
    question: str, form: str, figure: str
) -> None:
    answer = ask(question, form)
    assert figure in answer and "没有找到" not in answer


def test_bound_nouns_summed_over_listed_rows() -> None:
    answer = ask("企服按“场”计的那几条，保底加起来一共多少场")
    assert "43场" in answer and "65" not in answer


@pytest.mark.parametrize(
    ("question", "count", "names", "absent"),
    [
        ("办海峡两岸交流的那个项目里，按“家”计的都有啥", "2 项", ("合作单位数量",), "≥40家"),
        ("管院士工作站的那个项目，按“家”来数的是哪个", "1 项", ("院士",), "合作单位数量"),
        ("做暑期实习那个项目，以“人”计的有几条", "4 项", ("辩论队人数",), "名称含"),
        ("搞港澳台大学生实习的那个项目，按“人”算的有哪些", "4 项", ("活动参与人数",), "名称含"),
        ("办科创直通车的那个项目，以场计的有哪些", "5 项", ("科创赋能",), "名称含"),
    ],
)
def test_project_described_without_its_name_is_the_project_whose_rows_write_it(
    question: str, count: str, names: tuple[str, ...], absent: str
) -> None:
    answer = ask(question)
    assert count in answer and all(name in answer for name in names) and absent not in answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("企业创新服务项目的数量指标总共多少个？", "14 项"),
        ("企业创新服务项目里，计量单位是“场”的指标内容有哪几个？", "5 项"),
        ("企业创新服务项目里，以“次”计的有哪些", "3 项"),
        ("企业创新服务项目的质量指标有几个", "2 项"),
        ("企业创新服务项目里，预期目标是≥10次的是哪两个？", "2 项"),
    ],
)
def test_overlapping_mentions_of_a_project_cut_its_name_once(question: str, count: str) -> None:
    answer = ask(question)
    assert count in answer and "22 项" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "设施维护那个项目里跟“生态”沾边的几条是啥",
        "运维里关于生态的指标有哪些",
        "运维有几条跟生态有关的指标",
        "运维涉及生态的指标都列一下",
        "运维和生态相关的指标有哪些",
    ],
)
def test_topic_only_a_heading_holds_lists_that_headings_rows(question: str) -> None:
    answer = ask(question, "variations")
    assert "5 项" in answer and "设施能耗" in answer and "问题响应" in answer
    assert NO_ROWS not in answer


def test_topic_said_of_names_outright_stays_with_the_names() -> None:
    assert NO_ROWS in ask("运维名称含“生态”的指标", "variations")


@pytest.mark.parametrize(
    "question",
    [
        "企服里卡死100%的指标是哪几条，现场采集得注意",
        "企服卡死100%的指标是哪几条",
        "企服写死100%的有几个",
        "企服定死为100%的有哪些",
        "企服锁死100%的指标列一下",
    ],
)
def test_target_fixed_at_a_figure_is_the_figure(question: str) -> None:
    answer = ask(question)
    assert "2 项" in answer and "采集准确性" in answer and "验收合格率" in answer
    assert "满意度" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服跑区里科协、企业科协的次数保底多少",
        "企服科协相关的次数多少",
        "企服跟科协有关的次数要多少",
    ],
)
def test_count_asked_picks_the_candidate_counting_in_its_unit(question: str) -> None:
    answer = ask(question)
    assert "≥10次" in answer and "套" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "修路那个项目里，数数量的考核有哪些",
        "养护里，数数量的有几条",
        "养护表里数数量那块有哪些",
    ],
)
def test_verb_of_counting_before_the_counts_heading_is_no_word(question: str) -> None:
    answer = ask(question, "old_template")
    assert "2 项" in answer and "道路养护长度" in answer and "桥梁检测数量" in answer


@pytest.mark.parametrize(
    "question",
    [
        "两个项目带截止日期的时效类指标分别是哪条，截到什么时候",
        "国交有截止日期的是哪条，截止到啥时候",
        "两个项目有截止日期的指标是哪几个，分别啥时候截止",
        "企服的时效指标是哪条，到什么时候",
        "两个项目的时效指标分别是哪条，什么时候到期",
    ],
)
def test_when_asked_after_deadline_rows_shows_their_dates(question: str) -> None:
    answer = ask(question)
    assert "活动完成及时性" in answer and "12月底" in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "运维的数量指标里，哪些是直接写死一个数、没带≥的？",
        "运维的数量指标里，哪些是直接定死一个数、没带≥的？",
    ],
)
def test_some_figure_fixed_is_no_figure_one(question: str) -> None:
    answer = ask(question, "variations")
    assert "步道" in answer and "巡检车辆" in answer and "=1" not in answer


@pytest.mark.parametrize(
    ("question", "heading", "count"),
    [
        ("企服效益那一大类下面有几条", "效益指标", "3 项"),
        ("国交满意度那块有哪些", "满意度指标", "1 项"),
        ("企服质量这块的指标都列一下", "质量指标", "2 项"),
        ("国交看效果的那几条是啥", "效益指标", "3 项"),
        ("国交成本那一类有几条", "成本指标", "1 项"),
    ],
)
def test_heading_stem_pointed_as_a_sort_is_the_heading(
    question: str, heading: str, count: str
) -> None:
    answer = ask(question)
    assert heading in answer and count in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("企服质量这块的指标就两条吧，值多少", ("采集准确性", "验收合格率", "=100%")),
        ("企服满意度指标就一条，对吧", ("满意度",)),
        ("国交质量指标就达标率和安全事故两个吧", ("=100%", "=0起")),
        ("国交的时效指标是不是只有一个？", ("活动完成及时性",)),
    ],
)
def test_check_of_a_count_with_a_value_ask_lists_rows_with_targets(
    question: str, values: tuple[str, ...]
) -> None:
    answer = ask(question)
    assert all(value in answer for value in values) and "没有找到" not in answer
