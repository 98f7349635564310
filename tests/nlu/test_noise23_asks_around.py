"""Words around an ask that hid it: a row named by its target with no question word or an
odd verb (目标写50的那条帮我找找), a story or a quiz clause before the ask (我把单位搞混了,
我翻报表的时候看到…, 题库第三部分～), a slip of typing said after it (（手滑）), and loose
words of what is asked (参会的几个人, 上头批下来的钱, 学生得来几个)."""

from __future__ import annotations

import pytest

from nlu.plain_words import row_name_asked, statement_checked
from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("form", "question", "said", "not_said"),
    [
        ("builtin", "领导急着要，国交目标是3的那条帮我找找，多谢", "合作单位数量", "科技社团数量"),
        ("builtin", "企服目标是15那条叫什么", "信息报送数量", "3000"),
        ("multi_year", "数字化改造里目标写100000的那条", "线上参观人次", "没有找到"),
        ("old_template", "养护里目标是95的那条叫啥来着", "养护合格率", "没有找到"),
    ],
    ids=["find-it", "called-what", "bare-pointer", "called-what-then"],
)
def test_row_pointed_at_by_its_target_is_named(
    form: str, question: str, said: str, not_said: str
) -> None:
    answer = ask(question, form)
    assert said in answer and not_said not in answer, answer


def test_pointer_followed_by_more_clauses_is_no_ask_of_its_own() -> None:
    text = "判断：运维关于车辆的那条指标，目标是12辆。"
    assert row_name_asked(text) == text


def test_pointer_beside_another_ask_is_left_as_said() -> None:
    text = "国交预算多少，满意度那条帮我找一下"
    assert row_name_asked(text) == text


@pytest.mark.parametrize(
    ("form", "question", "said", "not_said"),
    [
        ("builtin", "我单位和名称老对不上，企服以“套”计的那个指标是啥？", "建设指引", "没有找到"),
        (
            "builtin",
            "手上一摞报表理不清楚了，国交以“篇”计的是哪个",
            "上海征集论文数量",
            "没有找到",
        ),
        ("builtin", "我翻报表的时候发现企服有一条目标是40家，是哪条", "工作站", "没有找到"),
    ],
    ids=["muddled-units", "lost-in-figures", "came-upon"],
)
def test_story_before_an_ask_of_rows_by_their_targets_is_left_out(
    form: str, question: str, said: str, not_said: str
) -> None:
    answer = ask(question, form)
    assert said in answer and not_said not in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "said", "not_said"),
    [
        ("other", "题库第三部分～运维的设施完好率目标？", "≥85%", "第3部分"),
        ("builtin", "下周要组卷，题都还没出完，国交合作单位至少几家", "≥3家", "没有找到"),
        ("variations", "运维巡检车辆数目标是多少（手抖）", "10辆", "没有找到"),
        ("other", "我把两个项目的题都出了一遍，再问养护合格率是多少", "≥95%", "没有找到"),
    ],
    ids=["quiz-part", "quiz-task", "slip", "projects-counted"],
)
def test_quiz_framing_and_slips_are_asides(
    form: str, question: str, said: str, not_said: str
) -> None:
    answer = ask(question, form)
    assert said in answer and not_said not in answer, answer


def test_quoted_name_in_the_askers_clause_is_what_is_asked() -> None:
    answer = ask("我们培训要考“线上参关人次”，目标是多少", "multi_year")
    assert "100000" in answer and "超出" not in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "said", "not_said"),
    [
        ("builtin", "国交那边参会的得派几个人", "≥2人", "≥300人"),
        ("multi_year", "数字化改造今年上头批下来的钱有多少", "100万", "120万"),
        ("builtin", "国交的暑期实习，学生得来几个", "≥50人", "≥300人"),
    ],
    ids=["attending", "approved-money", "must-come"],
)
def test_loose_words_of_what_is_asked(form: str, question: str, said: str, not_said: str) -> None:
    answer = ask(question, form)
    assert said in answer and not_said not in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "said", "not_said"),
    [
        (
            "builtin",
            "对方讲了一大堆自己单位的事，又扯到别的，最后才说到正题：国交项目合作单位要几家",
            "≥3家",
            "没有找到",
        ),
        ("multi_year", "数码化改造嘅线上参观人次target系几多", "100000", "没有找到"),
        ("old_template", "我们小区门口那条路修了好几个月，养护合格率多少", "≥95%", "没有找到"),
        ("builtin", "院士工作站今年培育几家 请直接给数字 不要解释", "≥40家", "没有找到"),
        (
            "builtin",
            "我们学院下周有个交流活动，国交项目的合作单位数量目标是多少",
            "≥3家",
            "没有找到",
        ),
        ("builtin", "晚上好～吃了吗？企服的成本控制数多少", "130万", "没有找到"),
    ],
    ids=["to-the-point", "cantonese", "several-months", "bare-figure", "loose-project", "meal"],
)
def test_talk_around_the_ask_is_left_out(
    form: str, question: str, said: str, not_said: str
) -> None:
    answer = ask(question, form)
    assert said in answer and not_said not in answer, answer


@pytest.mark.parametrize(
    ("form", "question", "said", "not_said"),
    [
        ("variations", "运维里以“辆”计的那条指标值多少", "10辆", "您是想问"),
        ("builtin", "企服里跟走访有关的那条目标是多少", "走访对接区科协", "没有找到"),
        ("old_template", "养护里绩效标准写行业标准的那条，指标值多少", "≥95%", "没有找到"),
    ],
    ids=["unit-then-target", "name-then-target", "standard-then-target"],
)
def test_row_pointed_at_by_a_condition_then_its_target(
    form: str, question: str, said: str, not_said: str
) -> None:
    answer = ask(question, form)
    assert said in answer and not_said not in answer, answer


def test_row_named_then_its_target_is_asked_as_it_is() -> None:
    text = "国交合作单位数量的那条目标多少"
    assert row_name_asked(text) == text
    answer = ask(text)
    assert "≥3家" in answer and "共" not in answer, answer


def test_true_or_false_item_is_read_as_a_check_of_its_statement() -> None:
    assert statement_checked("判断题：企服培训会目标是2场。") == "企服培训会目标是2场，对吗？"
    answer = ask("判断正误：企服项目计划完成日期是2026年6月30日。")
    assert "2026-12-31" in answer and "没有找到" not in answer, answer


def test_true_or_false_item_that_asks_is_left_as_said() -> None:
    text = "判断：国交预算是多少"
    assert statement_checked(text) == text


def test_the_only_one_said_with_its_count_is_no_condition() -> None:
    answer = ask("养护里唯一一项以“≤”设定的指标是哪项", "old_template")
    assert "养护成本" in answer and "没能读懂" not in answer, answer


def test_asker_restating_the_ask_is_read_as_asking() -> None:
    answer = ask("刚才说岔了，我是要问国交的合作单位数量，目标多少")
    assert "≥3家" in answer and "超出" not in answer, answer


def test_ask_before_a_lead_in_stays_an_ask() -> None:
    answer = ask("国交预算多少，领导问的：企服预算多少")
    assert "40万" in answer and "130万" in answer, answer


def test_only_and_latin_particles_closing_an_ask_are_dropped() -> None:
    answer = ask("企服的质量指标是不是就两个而已 lor")
    assert "2 项" in answer and "没有找到" not in answer, answer


def test_clause_naming_the_project_is_kept_beside_a_bare_check() -> None:
    answer = ask("麻烦了，科长让我对一下，就是企服那个走访对接数量，是12次吧？")
    assert "≥10次" in answer and "超出" not in answer, answer
