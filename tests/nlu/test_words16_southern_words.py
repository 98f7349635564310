"""Southern and dictated words read before matching (plain_words.txt, nlu/plain_words.py,
nlu/typos.py): Cantonese 几多 before a measure word the tokenizer joins to its 多 (几 / 多条),
the Cantonese asks of yes or no and of sums (系唔系, 系咪, 有冇, 加埋, 即系, 有啲咩), and 一
dictated for 意 in the middle of a word of the form (满一度).

Each case is a phrasing of its own kind, as different people would type it; it asserts the
figure or rows answered and that no wrong figure appears; the last tests keep words of the
form holding the same characters as written.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from nlu.normalize import Normalizer
from nlu.plain_words import PlainWords
from tests.nlu.question_sets import ask, engine_for

REFUSED = "没有找到"


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("企服嘅预算系国交嘅几多倍", "3.25", "170万"),
        ("企服的钱大概系国交的几多倍？", "3.25", "170万"),
        ("企服培育院士专家工作站要搞几多家", "40家", "120"),
        ("调查站点信息报送要几多篇啊", "15篇", "120"),
        ("国交辩论队要几多人", "5人", "300"),
        ("企服按场计嘅指标有几多项", "5 项", "43场"),
        ("企服引入院士专家要几多名", "120名", "40家"),
    ],
    ids=["ratio", "ratio-first", "stations", "reports", "debaters", "rows-by-unit", "experts"],
)
def test_cantonese_how_many_before_a_measure_word_asks_the_figure(
    question: str, figure: str, wrong: str
) -> None:
    answer = ask(question)
    assert figure in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    "question",
    [
        "企服嘅预算系唔系130万",
        "企服预算系咪130万？",
        "企服的预算系唔系130万啊",
        "请问企服预算系咪一百三十万",
        "企服预算130万，系唔系？",
    ],
    ids=["is-it-not", "is-it", "particle", "in-numerals", "asked-after"],
)
def test_cantonese_yes_or_no_checks_the_figure_said(question: str) -> None:
    answer = ask(question)
    assert "130万" in answer
    assert "不一致" not in answer


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("三张表的时效指标都有啲什么？", ("修复及时性", "二期改造完成时间", "养护完成时间")),
        ("三个项目嘅时效指标有啲乜嘢", ("修复及时性", "二期改造完成时间", "养护完成时间")),
        ("几个项目嘅满意度指标有啲咩", ("市民满意度", "观众满意度")),
    ],
    ids=["mixed", "what-things", "what"],
)
def test_cantonese_which_ones_lists_the_rows(question: str, rows: tuple[str, ...]) -> None:
    answer = ask(question, "other")
    assert all(row in answer for row in rows), answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("企服同国交嘅预算加埋几多", "170万"),
        ("企服预算加埋国交预算即系几多钱", "170万"),
        ("国交有冇满意度指标，系几多", "90%"),
        ("企服嘅满意度指标定咗几多", "90%"),
    ],
    ids=["sum", "sum-is", "have-any", "set-at"],
)
def test_cantonese_sums_and_haves_answer_the_figure(question: str, figure: str) -> None:
    answer = ask(question)
    assert figure in answer
    assert REFUSED not in answer


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("国交的满一度要求多少", "90%", "≥300"),
        ("企服满一度目标是多少", "90%", "120"),
        ("国交参与人员满一度定的多少", "90%", "≥50"),
        ("满一度 国交", "90%", "≥300"),
        ("那个企服的满一度要达到多少啊", "90%", "≥35"),
    ],
    ids=["asked", "target", "people", "terse", "reach"],
)
def test_yi_dictated_for_yi_of_satisfaction_reads_the_row(
    question: str, figure: str, wrong: str
) -> None:
    answer = ask(question)
    assert figure in answer
    assert wrong not in answer


@pytest.mark.parametrize(
    "text",
    [
        "企服项目性质是其他一次性项目吗",
        "国交一次活动来多少人",
        "满意度一度是多少",
        "走访对接区科协一次算几次",
        "学会服务创新能力提升情况",
    ],
    ids=["one-off", "one-event", "once", "one-visit", "row-name"],
)
def test_numeral_before_a_measure_word_stays_as_written(text: str) -> None:
    assert engine_for("builtin")._typos.fix(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "企服调查站点工作会、培训数量多少",
        "举办创新服务、学术交流、科学普及等活动数量",
        "国交活动参与人数多少人",
        "养老多少",
        "国交关于论文的要求",
        "企服和国交都设置了的同名指标",
        "两个项目的满意度是否相同",
        "企服一共几条",
        "国交合作单位数量几家",
    ],
    ids=[
        "row-name",
        "long-row-name",
        "people",
        "pension",
        "straddling",
        "same-name",
        "same",
        "how-many",
        "partners",
    ],
)
def test_words_of_the_form_stay_as_written(text: str) -> None:
    engine = engine_for("builtin")
    assert engine._plain_words.rewritten(text) == text


def _cut_as(*tokens: str) -> Callable[[str], list[str]]:
    return lambda text: list(tokens)


def test_how_many_joined_to_a_measure_word_is_read_only_before_a_measure() -> None:
    words = PlainWords(_cut_as("有", "几", "多条"), measures={"条"})
    assert words.rewritten("有几多条") == "有多少条"
    kept = PlainWords(_cut_as("有", "几", "多样"), measures={"条"})
    assert kept.rewritten("有几多样") == "有几多样"


def test_regional_word_the_form_writes_stays_as_written() -> None:
    cut = _cut_as("统统", "几", "多少")
    assert PlainWords(cut).rewritten("统统几多少") == "全部几多少"
    assert PlainWords(cut, form_words={"统统"}).rewritten("统统几多少") == "统统几多少"


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("國交預算係幾多？唔該", "40万"),
        ("企服嘅滿意度指標係幾多", "90%"),
        ("國際交流項目嘅預算同企服比，邊個多", "90万"),
        ("企服項目培育工作站要幾多家", "40家"),
    ],
    ids=["budget", "satisfaction", "compare", "stations"],
)
def test_traditional_characters_with_cantonese_words_answer_the_figure(
    question: str, figure: str
) -> None:
    assert figure in ask(question)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("企服甚麼時候開始", "2026-01-01"),
        ("国交有甚么满意度指标", "90%"),
        ("國交裡面有甚麼指標係按人計嘅", "≥300人"),
        ("國交預算衹有40萬嗎", "与申报表一致"),
    ],
    ids=["when", "which", "by-unit", "only"],
)
def test_traditional_spellings_kept_by_the_converter_read_as_simplified(
    question: str, figure: str
) -> None:
    answer = ask(question)
    assert figure in answer
    assert REFUSED not in answer


@pytest.mark.parametrize(
    ("form", "question", "date"),
    [
        ("builtin", "企服几时搞掂", "2026-12-31"),
        ("builtin", "国交活动几时可以搞定", "12月底前"),
        ("multi_year", "二期改造几时搞掂", "2025-09-30"),
        ("multi_year", "数字化改造什么时候搞定", "2026-12-31"),
    ],
    ids=["project", "activities", "phase", "mandarin"],
)
def test_done_said_loosely_asks_when_it_ends(form: str, question: str, date: str) -> None:
    answer = ask(question, form)
    assert date in answer
    assert "2026-01-01" not in answer


@pytest.mark.parametrize("form", ["builtin", "variations", "multi_year", "old_template"])
def test_every_text_of_a_form_reads_as_written(form: str) -> None:
    engine = engine_for(form)
    texts = [
        text
        for project in engine.catalog.projects
        for text in (
            project.name,
            project.overall_goal,
            project.annual_goal,
            *(item.text for item in project.goal_items),
            *(row.name for row in project.indicators),
        )
        if text
    ]
    for text in texts:
        simplified = engine._normalizer.simplified(text)
        assert engine._plain_words.rewritten(simplified) == simplified


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("国交项目的钱是多少呃就是预算啊语音打的字可能不对", "40万"),
        ("企服满意度多少呀我语音说的", "90%"),
        ("国交参与人数目标多少啊我这是语音转的字", "≥300人"),
        ("企服预算多少哈谢谢", "130万"),
        ("国交的钱呀企服的呢", "130万"),
    ],
    ids=["budget", "satisfaction", "people", "thanks", "then-other"],
)
def test_interjection_between_clauses_of_voice_input_parts_them(
    question: str, figure: str
) -> None:
    answer = ask(question)
    assert figure in answer
    assert REFUSED not in answer


@pytest.mark.parametrize(
    "text",
    [
        "企服干嘛的",
        "哈尔滨啊",
        "哎呀企服预算多少",
        "国交哦",
        "企服写提升啊促进啊那种的指标",
        "我在弄明年的预算啊头疼，企服预算多少",
        "企服 预算啊 多少",
    ],
    ids=["why", "city", "oh", "end", "listing", "marked", "spaced"],
)
def test_interjection_inside_a_word_or_at_the_end_stays(text: str) -> None:
    assert engine_for("builtin")._plain_words.rewritten(text) == text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("企 服 预 算 多 少", "130万"),
        ("国 交 满 意 度", "90%"),
        ("企 服 的 产 出 指 标 有 几 条", "17 项"),
        ("国　交　参　与　人　数", "≥300人"),
    ],
    ids=["budget", "satisfaction", "count", "wide-spaces"],
)
def test_characters_typed_one_by_one_with_spaces_read_as_one_run(
    question: str, figure: str
) -> None:
    answer = ask(question)
    assert figure in answer
    assert REFUSED not in answer


@pytest.mark.parametrize(
    "text",
    [
        "国交 人 数",
        "企服 预算 国交 预算",
        "数改 观众满意度 运维 市民满意度",
        "企 服 的预算",
        "第 34 届",
    ],
    ids=["two-alone", "words", "terse-asks", "then-a-word", "digits"],
)
def test_words_typed_apart_stay_apart(text: str) -> None:
    assert Normalizer().simplified(text) == text
