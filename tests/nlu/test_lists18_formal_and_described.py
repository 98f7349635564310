"""Session 18: rows asked in formal official Chinese (凡以“场”计者，烦请悉数开列; 计有哪几条;
满意度指标若干，各作何要求), a left-out clause said after its words (时限类不计), headings
described instead of named (讲节能环保那方面的, 数数量的那一栏) and a row of the form pasted
before an ask of rows: the rows are listed and counted, never summed."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask

EVENT_ROWS = ("展览展示", "工作站建设推进", "走访对接")


@pytest.mark.parametrize(
    "question",
    [
        "企服项目中以“次”计者有哪几项，合计几条，望一并见告。",
        "企服项目内，凡以“次”为计量单位之指标，烦请悉数开列，并注明条数。",
        "企业科技创新服务项目以次计之指标计有几条？",
        "企服项目以“次”为单位者共有若干？请逐一列示。",
        "企服以“次”计者凡几条，各为何指标",
        "企服项目内以“次”计量者，合计几条",
    ],
)
def test_formal_ask_of_rows_by_unit_counts_them_never_sums(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and all(word in answer for word in EVENT_ROWS)
    assert "22" not in answer and "计算" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "兹询：国交项目以“人”为单位之绩效指标共有若干？请逐一列示。",
        "国交项目以“人”计者有若干条",
        "国交项目内以人为计量单位者计有哪几条",
        "国交之指标，凡以“人”计者，烦请开列",
        "国交项目以“人”为单位之指标若干，各作何要求？",
    ],
)
def test_formal_ask_of_people_rows_lists_the_four(question: str) -> None:
    answer = ask(question)
    assert "4 项" in answer and "活动参与人数" in answer and "辩论队人数" in answer
    assert "357" not in answer and "共有的" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服项目里，目标数为一百二十者有几条，各为何指标？",
        "企服指标值为120者有哪几条",
        "企服目标为一百二十者凡几条",
        "企服项目内目标数为120者，烦请开列",
        "企服目标值等于120者有若干条",
    ],
)
def test_formal_ask_of_rows_by_figure_lists_them(question: str) -> None:
    answer = ask(question)
    assert "2 项" in answer and "院士专家数量" in answer and "基本信息数量" in answer


@pytest.mark.parametrize(
    "question",
    [
        "凡指标值填作“有效提升”者，两项目合计几条，分属何项目，烦请见告。",
        "指标值填作“有效提升”者有几条",
        "两项目中目标标作“有效提升”者凡几条",
        "凡指标值写作“有效提升”者，烦请开列",
        "指标值记作“有效提升”者计有几条，分属何项目",
    ],
)
def test_formal_ask_of_rows_by_target_text_lists_them(question: str) -> None:
    answer = ask(question)
    assert "2 项" in answer and "科普沟通联络" in answer and "科普活动影响力" in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交项目之定性指标（时限类不计）有哪几条？请逐项列出。",
        "国交的定性指标（时效类不算）有哪几条",
        "国交定性指标有哪几条（时限类不计）",
        "国交的定性指标（不计时限类）有哪几条",
        "国交的定性指标（时效指标不算）一共几条",
    ],
)
def test_left_out_clause_after_its_words_leaves_rows_out(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and "长效管理机制" in answer and "海峡两岸交流促进" in answer
    assert "活动完成及时性" not in answer and "共 0 项" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交的数量指标（以人计的不算）有哪几条",
        "国交数量指标里以人计的除外，有哪些",
        "国交的数量指标，以“人”计的不计，有几条",
    ],
)
def test_unit_left_out_after_its_words_counts_the_others(question: str) -> None:
    answer = ask(question)
    assert "6 项" in answer and "合作单位数量" in answer
    assert "活动参与人数" not in answer and "≥300人" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "该运维项目满意度指标若干，各作何要求？",
        "运维项目满意度指标若干？",
        "运维项目之满意度指标计有几条，各作何要求",
        "运维项目满意度指标共几条，各有何要求？",
        "城市科普设施运维项目内满意度指标凡几条",
    ],
)
def test_formal_ask_of_a_heading_lists_its_rows(question: str) -> None:
    answer = ask(question, "variations")
    assert "2 项" in answer and "设施环境评价" in answer and "市民满意度" in answer


@pytest.mark.parametrize(
    "question",
    [
        "设施维护那个项目里讲生态、节能环保那方面的有哪些？",
        "运维里讲节能环保方面的指标有几条",
        "运维项目里管环境保护、省电的那几条是什么",
        "运维项目讲生态环境的那些指标",
        "运维里头关于节能减排那一块的有哪几条",
    ],
)
def test_heading_described_by_its_subject_lists_its_rows(question: str) -> None:
    answer = ask(question, "variations")
    assert "5 项" in answer and "设施能耗" in answer and "问题响应" in answer


@pytest.mark.parametrize(
    "question",
    [
        "设施维护项目里讲长久可持续的是哪几条？",
        "运维里讲长远影响的那些指标",
        "运维项目中讲可持续、长效的有几条",
        "运维里关于长期持续那方面的指标有哪些",
        "城市科普设施运维讲长久的那几条",
    ],
)
def test_lasting_effect_described_lists_its_rows(question: str) -> None:
    answer = ask(question, "variations")
    assert "2 项" in answer and "运维制度" in answer and "长效管理机制" in answer


@pytest.mark.parametrize(
    "question",
    [
        "企业那个项目的产出里，数数量的那一栏一共列了多少条？",
        "企服里数量的那一栏有几条",
        "企服数数量的那几条有哪些",
        "企服里头数量的有哪几条",
        "企服项目数量那一栏一共几条",
    ],
)
def test_counting_column_described_counts_its_rows(question: str) -> None:
    answer = ask(question)
    assert "14 项" in answer and "≥120条" not in answer.split("项")[0]


@pytest.mark.parametrize(
    "question",
    [
        "给企业办事那个项目，讲社会影响、长远效果的那几条分别是啥？",
        "企服讲社会影响和长远效果的那几条",
        "企服里说社会影响、长远作用的有哪些",
    ],
)
def test_headings_described_together_list_their_common_heading(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and "科普沟通联络" in answer and "长效管理机制" in answer


@pytest.mark.parametrize(
    "question",
    [
        "产出指标\t数量指标\t道路养护长度\t985米 … 数量指标下面一共有几条",
        "产出指标 数量指标 道路养护长度 985米 这一类一共几条",
        "产出指标\t数量指标\t桥梁检测数量\t4座\n数量指标有哪几条",
        "道路养护长度\t985米 —— 数量指标一共几条",
        "产出指标  数量指标  道路养护长度  985米  同类的指标有几条",
    ],
)
def test_row_pasted_before_an_ask_of_rows_picks_no_rows(question: str) -> None:
    answer = ask(question, "old_template")
    assert "2 项" in answer and "道路养护长度" in answer and "桥梁检测数量" in answer
    assert "没能读懂" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服以“场”计的指标合计条数",
        "企服以场计的合计条数",
        "企服按场算的，总条数是多少",
        "企服里以场计的合计多少项",
        "企服以“场”计者，总计若干条",
        "企服以场为单位的指标，合计项数多少",
    ],
)
def test_count_of_rows_beside_a_sum_word_is_never_a_sum(question: str) -> None:
    answer = ask(question)
    assert "5 项" in answer and "科创赋能" in answer
    assert "43" not in answer and "计算" not in answer


@pytest.mark.parametrize(
    ("question", "total"),
    [("企服以次计的合计几次", "22"), ("国交以人计的合计多少人", "357")],
)
def test_sum_in_the_rows_unit_is_still_a_sum(question: str, total: str) -> None:
    assert total in ask(question)


@pytest.mark.parametrize(
    "question",
    [
        "三项目中主管部门系上海市科学技术协会者为何？",
        "三项目之中，主管部门系上海市科学技术协会者为何项目？",
        "主管部门系上海市科学技术协会者系何项目",
        "实施单位系上海市科普场馆中心者为何项目",
        "三张表内，实施单位系上海市科普场馆中心者为何",
    ],
)
def test_formal_ask_of_the_project_a_body_heads(question: str) -> None:
    answer = ask(question, "other")
    assert "科普场馆数字化改造" in answer
    assert "城市科普设施运维" not in answer and "道路桥梁养护" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交项目效益指标之下，社会效益指标凡几？",
        "国交效益指标下，社会效益指标有几条",
        "国交项目效益指标项下，社会效益指标计有哪几条",
        "国交的效益指标底下，社会效益指标都有哪些",
        "国交效益指标下面，社会效益指标一共几个",
    ],
)
def test_heading_placing_the_one_asked_lists_only_its_rows(question: str) -> None:
    answer = ask(question)
    assert "2 项" in answer and "长效管理机制" not in answer and "3 项" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "两项目成本指标各若干，分别为何数？",
        "两项目之成本指标各为何数",
        "两个项目成本指标各若干",
    ],
)
def test_formal_ask_of_each_projects_heading_lists_their_targets(question: str) -> None:
    answer = ask(question)
    assert "≤130万元" in answer and "≤40万元" in answer and "请选择" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "设施维护那个，数量任务里哪些没写“不少于”，就直接写了个数的？",
        "设施维护那个，数量指标里哪些没写“不少于”？",
        "设施维护的那个，数量指标中不是≥的有哪些",
        "设施维护那个，数量指标里没用≥的有几条",
        "科普设施维护那个，数量指标哪些没写不少于",
    ],
)
def test_project_pointed_at_opening_the_ask_picks_no_rows_by_name(question: str) -> None:
    answer = ask(question, "variations")
    assert "2 项" in answer and "维护步道长度" in answer and "巡检车辆数" in answer
    assert "名称含" not in answer


@pytest.mark.parametrize(
    ("question", "heading", "count"),
    [
        ("国交里讲钱花多少的那几条", "成本指标", "1 项"),
        ("企服讲干得好不好的那几条有哪些", "质量指标", "2 项"),
        ("国交里讲大家满不满意的是哪几条", "满意度指标", "1 项"),
        ("国交讲社会影响的那几条", "社会效益指标", "2 项"),
        ("国交讲数量多少的那一栏有几条", "数量指标", "10 项"),
        ("国交讲质量合格的那一块有哪些", "质量指标", "2 项"),
    ],
)
def test_heading_described_in_everyday_words_lists_its_rows(
    question: str, heading: str, count: str
) -> None:
    answer = ask(question)
    assert heading in answer and count in answer and "22 项" not in answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("两个项目预算合计有多少", "170万元"),
        ("两项目年度预算合计若干", "170万元"),
        ("国交以人计之指标共计若干", "4 项"),
        ("企服以“次”计之指标合计若干条", "3 项"),
    ],
)
def test_formal_words_keep_a_sum_and_a_count_apart(question: str, said: str) -> None:
    assert said in ask(question)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("企服里只写了几个字、没有数的那些是哪几条", "定性的绩效指标共 3 项"),
        ("国交没有数的指标有几条", "3 项"),
        ("国交里定了上不封顶、只说至少多少的那些有几条", "以“≥”设定的绩效指标共 11 项"),
        ("国交上不封顶的指标有哪些", "11 项"),
    ],
)
def test_sort_of_rows_described_by_how_targets_are_written(question: str, said: str) -> None:
    assert said in ask(question)


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        (
            "您好，我记得企服项目里有两个指标的目标都是“不少于10次”，但想不起来具体是哪两个了",
            ("工作站建设推进", "走访对接"),
        ),
        ("我记得企服有两个指标目标都是不少于10次，是哪两个", ("工作站建设推进", "走访对接")),
        ("我记得国交有几条是以人计的，是哪几条来着", ("活动参与人数", "辩论队人数")),
        ("印象中企服有个指标是等于1套的，是哪个", ("建设指引",)),
        ("我记得国交有个指标目标是0起，是哪个来着", ("安全事故",)),
    ],
)
def test_condition_remembered_before_a_bare_ask_picks_the_rows(
    question: str, rows: tuple[str, ...]
) -> None:
    answer = ask(question)
    assert all(row in answer for row in rows) and "不作为查询条件" not in answer.split("\n")[-1]
    assert "主管部门" not in answer
