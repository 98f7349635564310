"""Session 16: a count of rows said in Cantonese (几多个) or by a verb beside a list (顺便计数,
列表+计数) counts the rows and never adds their figures; every word asking shared rows is read
(都设置了的同名指标); 指标有几条 counts rows, never a unit 条; a heading said by the opening
words of its stem where stems are joined (社会效益跟可持续的); a target text said with the words
pointing at it (有效提升那个); a strict sign typed alone (目标值<10); 筛选 asks the rows; the
dates asked after rows asked by what they are (时效指标分别是啥，截止到什么时候)."""

from __future__ import annotations

import pytest

from tests.nlu.question_sets import ask

NO_ROWS = "共 0 项"
SUMMED = ("43场", "合计", "计算：")


@pytest.mark.parametrize(
    "question",
    [
        "企服里按「场」计的指标一共几多个",
        "企服以场为单位的指标有几多项？",
        "企业科技创新服务按场算的指标总共几多条",
        "企服按场计的指标列出来，顺便计数",
        "企服单位是场的指标，列表+计数",
        "企服以场计的指标列一下，再统计个数",
    ],
)
def test_count_of_rows_said_regionally_or_by_a_verb_counts_rows(question: str) -> None:
    answer = ask(question)
    assert "5 项" in answer and "科创赋能" in answer and "调查站点工作会" in answer
    assert not any(word in answer for word in SUMMED)


@pytest.mark.parametrize(
    "question",
    ["企服的产出指标总共有几多条？", "企服产出指标有几多个", "企服一共有几多项产出指标"],
)
def test_count_of_a_heading_said_in_cantonese(question: str) -> None:
    answer = ask(question)
    assert "17 项" in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服和国交都设置了的同名指标",
        "两个项目都有的同名指标有哪些",
        "企服国交共有的重名指标一共几条",
        "企服跟国交都有的、名字一样的指标",
        "国交和企服同时设置的同名的指标列一下",
    ],
)
def test_every_shared_word_said_reads_shared_rows(question: str) -> None:
    answer = ask(question)
    assert "2 项" in answer and "活动完成及时性" in answer and "长效管理机制健全性" in answer
    assert NO_ROWS not in answer and "同名”" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "几个项目里叫“市民满意度”的指标有几条，各要求多少",
        "叫市民满意度的指标有几条",
        "三个项目中名为市民满意度的指标有几条，分别多少",
        "市民满意度指标一共几条",
        "名称是市民满意度的指标总共有多少条",
    ],
)
def test_rows_counted_by_tiao_after_the_rows_noun(question: str) -> None:
    answer = ask(question, "other")
    assert "2 项" in answer and "≥90%" in answer and "≥85%" in answer
    assert "没有以“条”计" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "嗯企服效益指标是哪几条 社会效益跟可持续的都算上",
        "企服效益指标有哪些 社会效益和可持续的都要",
        "国交的效益指标 社会效益与可持续的全列一下",
        "企服效益类的指标几条 社会和可持续的都算",
        "企服社会跟可持续的指标有哪些",
    ],
)
def test_heading_said_by_its_opening_words_where_stems_are_joined(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and "长效管理机制健全性" in answer
    assert "社会效益指标共 2 项" not in answer.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("嗯哪些指标写的是有效提升那个", ("科普沟通联络", "科普活动影响力")),
        ("目标写的是建立健全这个的有几条", ("长效管理机制健全性",)),
        ("哪些指标写的是有效促进那条", ("海峡两岸交流促进情况",)),
        ("指标值写的是有效提升那种的列一下", ("科普沟通联络", "科普活动影响力")),
    ],
)
def test_target_text_said_with_words_pointing_at_it(question: str, names: tuple[str, ...]) -> None:
    answer = ask(question)
    assert all(name in answer for name in names) and NO_ROWS not in answer
    assert "那个”" not in answer and "这个”" not in answer


@pytest.mark.parametrize(
    ("question", "count", "left_out"),
    [
        ("国交数量指标中目标值<10的筛出来，顺便计数", "5 项", "科技社团数量"),
        ("国交数量指标中目标值<10的有哪些", "5 项", "科技社团数量"),
        ("国交 target<5 的数量指标", "4 项", "辩论队人数"),
        ("国交目标值>100的指标", "1 项", "实习岗位"),
        ("国交目标值＜10的数量指标共几条", "5 项", "科技社团数量"),
    ],
)
def test_strict_sign_typed_alone_bounds_the_value(
    question: str, count: str, left_out: str
) -> None:
    answer = ask(question)
    assert count in answer and left_out not in answer and "指标值为 10" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交 筛选二级指标=质量指标，逐条给出指标值",
        "国交筛选出质量指标",
        "帮我筛选一下国交的质量指标",
        "把国交的质量指标挑出来",
        "国交质量指标过滤一下",
    ],
)
def test_picking_out_rows_asks_them(question: str) -> None:
    answer = ask(question)
    assert "2 项" in answer and "质量达标率" in answer and "=0起" in answer


@pytest.mark.parametrize(
    "question",
    [
        "两个项目的时效指标分别是啥，截止到什么时候",
        "企服时效指标是什么，什么时候截止",
        "国交的时效指标有啥，啥时候到期",
    ],
)
def test_dates_asked_after_rows_asked_by_what_they_are(question: str) -> None:
    answer = ask(question)
    assert "活动完成及时性" in answer and "2026年12月底前" in answer
    assert "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "两个项目的满意度指标放一起对比下，各是多少",
        "两个项目的满意度指标对比下",
        "两个项目的满意度指标比较一下",
        "企服和国交的满意度指标对比一下",
    ],
)
def test_rows_of_a_heading_set_side_by_side_are_listed(question: str) -> None:
    answer = ask(question)
    assert "2 项" in answer and "参与企业、专家的满意度" in answer
    assert "参与人员与合作单位满意度" in answer and "年度总体目标" not in answer


def test_cost_rows_compared_are_listed_not_refused() -> None:
    answer = ask("两个项目的成本指标对比下")
    assert "≤130万元" in answer and "≤40万元" in answer and "没有找到" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "国交数量指标按目标值排序，前三是哪些",
        "国交数量指标目标值最大的前三个",
        "国交数量指标里指标值排名前3的",
        "国交数量指标按数值从大到小排，取前三",
        "国交数量指标按目标值大小排排看，头三个",
    ],
)
def test_first_rows_of_an_order_are_the_highest(question: str) -> None:
    answer = ask(question)
    assert "3 项" in answer and "≥300人" in answer and "≥100个" in answer and "≥50人" in answer
    assert "≥20篇" not in answer and NO_ROWS not in answer


@pytest.mark.parametrize(
    "question", ["国交数量指标按指标值降序排列", "国交数量指标目标值从大到小排一下"]
)
def test_rows_in_falling_order(question: str) -> None:
    answer = ask(question)
    assert "10 项" in answer
    assert answer.index("≥300人") < answer.index("≥100个") < answer.index("≥20篇")
    assert answer.index("≥20篇") < answer.index("≥2人")


def test_rows_in_rising_order() -> None:
    answer = ask("国交数量指标目标值从小到大排一下")
    assert "10 项" in answer and answer.index("≥2人") < answer.index("≥300人")


def test_lowest_rows_counted_keep_the_ties() -> None:
    answer = ask("国交数量指标目标值最小的两个")
    assert "≥2人" in answer and "≥3家" in answer and "≥300人" not in answer


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("企服有哪些志愿者指标", ""),
        ("企服的党建指标有哪些", ""),
    ],
)
def test_rows_kept_by_no_name_word_are_refused_not_counted_zero(
    question: str, offered: str
) -> None:
    answer = ask(question)
    assert NO_ROWS not in answer and "没有找到" in answer and offered in answer


def test_rows_asked_by_a_name_they_lack_are_none() -> None:
    answer = ask("名称里有“媒体”的指标")
    assert NO_ROWS in answer
