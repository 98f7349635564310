"""Text pasted into the chat from the form (nlu/pasted.py, nlu/bullets.py, nlu/normalize.py) and
the classical words of written official Chinese (nlu/data/plain_words.txt, [formal]).

Pasted cells name rows and fields with the form's figures beside them (≤130.00(万元),
1,200,000.00): the rows are read as the rows they are, their figures never as the asker's own
numbers or conditions; an ask pointing at what was pasted (这两行, 以上两项, 前者…后者) is asked of
the names; names set apart by spaced slashes are a list, not a division; a quote's source
(纪要原话：“…”) is no row. Classical words (若干, 几何, 凡几, 之, 系, 拟, 见告) are read as the
plain words they stand for, never corrected into another word (兹询 is no 咨询, 拟于 no 属于).

Each case is a phrasing of its own; it asserts the figure or rows answered and that no wrong
figure appears.
"""

from __future__ import annotations

import pytest

from nlu.bullets import bullets_joined
from nlu.normalize import Normalizer
from nlu.pasted import pasted_read
from tests.nlu.question_sets import ask


@pytest.mark.parametrize(
    ("question", "form", "figures", "wrong"),
    [
        (
            "活动参与人数\t≥300.00(人)\n港澳台籍学生人数\t≥50.00(人)\n这两条加起来多少人",
            "builtin",
            ["350"],
            "300.00",
        ),
        (
            "合作单位数量 ≥3.00(家)；推荐实习单位和岗位的科技社团数量 ≥3.00(家)   "
            "以上两项分别是多少",
            "builtin",
            ["3家"],
            "6家",
        ),
        (
            "企服年度资金申请总额：1,300,000.00  国交年度资金申请总额：400,000.00  "
            "前者是后者的几倍",
            "builtin",
            ["3.25"],
            "000.00”",
        ),
        (
            "国交：当年财政拨款\t400,000.00\t上年结转资金\t0.00\t这两格加起来多少",
            "builtin",
            ["40万"],
            "130万",
        ),
        (
            "企业科技创新服务成本控制数\t≤130.00(万元)\n服务科技工作者人数\t≥8000.00(人次)\n"
            "上面两行，钱除以人次，一人次多少钱",
            "builtin",
            ["162.5"],
            "1300000 ÷",
        ),
        (
            "项目资金总额：\t3,600,000.00\t其中：财政资金\t3,000,000.00\t财政资金占总额多少",
            "multi_year",
            ["83.3"],
            "未能确定",
        ),
        (
            "年度资金申请总额：\t1,200,000.00\t上年结转资金\t200,000.00\t结转占年度的百分之几",
            "multi_year",
            ["16.7"],
            "20%",
        ),
        (
            "年度资金申请总额：1,300,000.00 / 年度资金申请总额：400,000.00   "
            "第一个是企服的，第二个是国交的，两个差多少",
            "builtin",
            ["90万"],
            "未能确定",
        ),
    ],
    ids=[
        "two-rows-summed",
        "two-rows-each",
        "former-latter",
        "two-cells-summed",
        "division-by-units",
        "share-of-total",
        "carried-over-share",
        "same-name-twice-kept",
    ],
)
def test_pasted_rows_are_read_as_the_rows_they_name(
    question: str, form: str, figures: list[str], wrong: str
) -> None:
    answer = ask(question, form)
    assert all(figure in answer for figure in figures)
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        (
            "【国交】合作单位数量 / 征集实习岗位数量 / 上海征集论文数量   三个分别多少",
            ["3家", "100个", "20篇"],
        ),
        (
            "企服 服务科技工作者人数 / 调查站点信息报送数量 / 建设指引验收合格率 各是多少",
            ["8000", "15篇", "100%"],
        ),
        ("• 合作单位数量\n• 上海征集论文数量\n两个分别多少", ["3家", "20篇"]),
        ("- 活动参与人数\n- 辩论队人数\n各要求多少", ["300人", "5人"]),
        ("国交\n- 合作单位几家\n- 论文几篇\n领导让我问的", ["3家", "20篇"]),
    ],
    ids=["slashes-three", "slashes-each", "bullets-two", "bullets-each", "bullets-remark"],
)
def test_names_listed_by_slashes_or_bullets_are_each_answered(
    question: str, figures: list[str]
) -> None:
    answer = ask(question)
    assert all(figure in answer for figure in figures)
    assert "除以" not in answer


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("邮件里转过来一句“活动参与人数”，这个指标值多少", "300人", "50人"),
        ("通知里写“辩论队尽快组队”，辩论队是几个人", "5人", "2人"),
        ("领导批示：“企服直通车要抓紧”   企服服务科技工作者人数目标多少", "8000", "130万"),
        ('群里有人发了句"合作单位数量"，国交这个是几家', "3家", "10家"),
    ],
    ids=["email", "notice", "instruction", "group-chat"],
)
def test_a_quotes_source_is_no_row(question: str, figure: str, wrong: str) -> None:
    answer = ask(question)
    assert figure in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "form", "figure", "wrong"),
    [
        ("兹询：企服项目以“家”为单位之指标共有若干？", "builtin", "培育新申报", "咨询"),
        ("国交合作单位数量拟定若干？", "builtin", "3家", "10家"),
        ("企服项目拟于何日开始？", "builtin", "2026-01-01", "属于"),
        ("国交上海征集论文数量几何？", "builtin", "20篇", "5场"),
        ("国交项目之满意度指标若干，各作何要求？", "builtin", "90%", "合作何"),
        ("企服年度预算系国交之几倍？", "builtin", "3.25", "170万"),
        ("国交之年度资金较企服少若干？", "builtin", "90万", "170万"),
        ("国交项目由何单位实施？", "builtin", "上海市科普教育展示技术中心", "40万"),
        ("国交项目以“篇”计之指标凡几？", "builtin", "上海征集论文数量", "活动参与人数"),
        ("征集实习岗位拟定若干，烦请见告。", "builtin", "100个", "50人"),
        ("企服项目计划完成日期为何日，望示。", "builtin", "2026-12-31", "2026-01-01"),
        ("辩论队员拟派几人？", "builtin", "5人", "2人"),
        ("国交项目内，以“场”计量者有哪几条？", "builtin", "研讨会相关活动场次", "活动参与人数"),
        ("企服项目主管部门系何单位？", "builtin", "上海市科学技术协会", "130万"),
        (
            "三项目之中，主管部门系某区建设和管理委员会者为何项目？",
            "other",
            "道路桥梁养护",
            "科普场馆数字化改造",
        ),
    ],
    ids=[
        "zixun-count",
        "nidìng-ruogan",
        "niyu-heri",
        "jihe",
        "gezuo-heyaoqiu",
        "xi-zhi-beishu",
        "jiao-ruogan",
        "he-danwei",
        "zhi-fanji",
        "jiangao",
        "wangshi",
        "nipai",
        "nei-zhe",
        "xi-he-danwei",
        "zhe-weihe-xiangmu",
    ],
)
def test_classical_words_are_read_plainly_never_corrected(
    question: str, form: str, figure: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert figure in answer
    assert wrong not in answer


def test_thousands_commas_of_a_pasted_cell_are_joined_but_not_of_a_typed_amount() -> None:
    normalizer = Normalizer()
    assert normalizer.simplified("总额\t3,600,000.00\t年度") == "总额\t3600000.00\t年度"
    assert normalizer.simplified("总额 3,600,000\t年度") == "总额 3600000\t年度"
    assert normalizer.simplified("总额3,600,000元扣掉") == "总额3,600,000元扣掉"
    assert normalizer.simplified("100,200个") == "100,200个"


def test_nothing_pasted_is_left_as_typed() -> None:
    assert pasted_read("国交活动参与人数多少") is None
    assert pasted_read("≥10.00(次)  ← 企服里指标值是这个的是哪几条") is None
    assert pasted_read("【企业科技创新服务】 2027年度  年度资金申请总额  是多少") is None


def test_a_closing_line_asks_of_the_bullets_or_is_a_remark() -> None:
    assert bullets_joined("• 二期改造完成时间\n• 线上参观人次\n各是多少") is None
    assert pasted_read("• 二期改造完成时间\n• 线上参观人次\n各是多少") == (
        "二期改造完成时间、线上参观人次，各是多少"
    )
    assert pasted_read("• 二期改造完成时间\n• 线上参观人次\n这两条指标值") == (
        "二期改造完成时间、线上参观人次，指标值"
    )
    assert bullets_joined("企服\n- 引入院士专家多少\n- 培育工作站几家\n同学让我帮他查的") == (
        "企服引入院士专家多少；企服培育工作站几家。同学让我帮他查的"
    )


@pytest.mark.parametrize(
    ("question", "form", "figure", "wrong"),
    [
        ("余明年即将荣退，国交项目合作单位数量几何", "builtin", "3家", "2027"),
        ("余欲核对国交项目计划完成日期，烦请见告。", "builtin", "2026-12-31", "2027"),
        ("吾处拟核国交预算，请示数额。", "builtin", "40万", "130万"),
        (
            "国交项目之主管部门与实施单位，各系何单位？",
            "builtin",
            "上海市科普教育展示技术中心",
            "40万",
        ),
        ("国交合作单位数量及上海征集论文数量，各几何？", "builtin", "20篇", "5场"),
        ("企服年度资金较国交多出若干万元？", "builtin", "90", "170万"),
        ("港澳台学生人数和征集的实习岗位数之比是多少", "builtin", "0.5", "150"),
        ("数字化改造的上年结转资金是运维上年结转的几分之几", "other", "40%", "70万"),
    ],
    ids=[
        "yu-next-year",
        "yu-wishes",
        "wu-office",
        "each-xi-he",
        "each-jihe",
        "jiao-wan",
        "zhi-ratio-kept",
        "fraction-kept",
    ],
)
def test_the_askers_classical_i_and_the_zhi_of_a_ratio(
    question: str, form: str, figure: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert figure in answer
    assert wrong not in answer


def test_a_pasted_date_cell_is_left_out_and_a_typed_date_kept() -> None:
    assert pasted_read("计划开始日期\t2026-01-01\t计划完成日期\t   企服计划完成日期是哪天") == (
        "计划开始日期\t计划完成日期\t   企服计划完成日期是哪天"
    )
    assert pasted_read("哪个项目是2026-01-01开始的") is None
    answer = ask("计划开始日期\t2026-01-01\t计划完成日期\t   企服这张表的计划完成日期是哪天")
    assert "2026-12-31" in answer


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        (
            "“全年组织开展相关展览展示、论坛、沙龙、路演等系列活动……”  企服这类活动全年几次",
            "2次",
            "35场",
        ),
        (
            "会上领导说的原话“港澳台学生实习要保质保量，岗位要够”  国交征集实习岗位数量多少",
            "100个",
            "50人",
        ),
        ("邮件里：“请核一下辩论队”   国交辩论队人数要求多少", "5人", "2人"),
        ("纪要里写着国交要把“合作单位数量”落到实处，这个指标几家", "3家", "10家"),
        ("通知原文“调查站点工作会请各单位参加”\n企服调查站点工作会、培训数量多少", "1场", "35场"),
    ],
    ids=["cut-off-pointed-back", "words-said", "email-label", "minutes-run-on", "notice-newline"],
)
def test_a_sentence_quoted_before_an_ask_is_context(
    question: str, figure: str, wrong: str
) -> None:
    answer = ask(question)
    assert figure in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    ("question", "figures", "wrong"),
    [
        (
            "合作单位数量\t≥3.00(家)\n上海征集论文数量\t≥20.00(篇)\n它们的指标值分别多少",
            ["3家", "20篇"],
            "23",
        ),
        ("活动参与人数 ≥300.00(人)\n辩论队人数 ≥5.00(人)\n两者相差多少人", ["295"], "305"),
        (
            "企服成本控制数\t≤130.00(万元)\n服务科技工作者人数\t≥8000.00(人次)\n上述两项，经费/人次是多少",
            ["162.5"],
            "130.00(万元)",
        ),
        (
            "国交合作单位数量\t≥3.00(家)\n企服走访对接区科协和企业科协数量\t≥10.00(次)\n这俩各是多少",
            ["3家", "10次"],
            "13",
        ),
        (
            "国交 年度资金申请总额：\t400,000.00\n国交成本控制数\t≤40.00(万元)\n这两个数一样吗",
            ["40万", "相等"],
            "000.00”",
        ),
    ],
    ids=["they-each", "both-difference", "money-per-unit", "two-projects-each", "same-check"],
)
def test_rows_pasted_on_lines_and_pointed_at(
    question: str, figures: list[str], wrong: str
) -> None:
    answer = ask(question)
    assert all(figure in answer for figure in figures)
    assert wrong not in answer


@pytest.mark.parametrize(
    "question",
    ["活动和论坛办得够不够格", "国交活动质量好不好", "企服满意度高不高", "辩论队人数够不够"],
    ids=["gou", "hao", "gao", "gou-count"],
)
def test_a_word_asked_as_a_not_a_is_never_corrected(question: str) -> None:
    assert "”按“" not in ask(question)  # no note of a correction: （“办得够”按“办得好”理解）
