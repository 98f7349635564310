"""Words around a clear ask that are not the ask (nlu/asides.py, nlu/plain_words.py,
nlu/normalize.py, nlu/corrections.py): the asker's story, a project ruled out or said again, a
heading, Shanghai, Cantonese and internet words, pictographs, messages typed without
punctuation and corrections in mid-sentence.

Each kind is tried with phrasings of several people; each case asserts the figure answered and
that the wrong figure (or a refusal) does not appear. The held-out questions wrapped in the new
kinds of words must get the very same answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import pytest

from tests.nlu.question_sets import answer_of, ask, service_for
from tests.nlu.test_question_set import load
from tests.nlu.test_tune_and_held_out import HELD_OUT_SET

EVERY = 6  # one question in six of the held-out set, not those test_noise_invariance reads
FIRST = 3
REFUSED = "没有找到"
_MARKS = re.compile(r"[，。？！?!,;；：:]+")


def _bare(question: str) -> str:
    return question.rstrip("？?。!！")


WRAPPINGS: dict[str, Callable[[str], str]] = {
    "story": lambda q: "我刚接手活动这块，不太熟，" + q,
    "story going on": lambda q: "我是从人事处借调过来的，下周还要去培训，" + q,
    "meeting": lambda q: "上次开会领导说要把表里的数核一下，" + q,
    "moment asked": lambda q: "问个简单的：" + q,
    "purpose": lambda q: _bare(q) + "？（我们这边审核要用）",
    "shanghai": lambda q: "侬晓得伐，" + q,
    "shanghai this": lambda q: "搿个，" + q,
    "internet": lambda q: _bare(q) + "？？？😅",
    "latin courtesies": lambda q: "hi～" + _bare(q) + " thx",
    "spaces": lambda q: _MARKS.sub(" ", q).strip(),
    "diminutive": lambda q: "请问一下下哈，" + q,
    "heading": lambda q: "内审核对：" + q,
    "waiting": lambda q: "哎 " + _bare(q) + " 我等着",
}
HELD_OUT = load(HELD_OUT_SET)[FIRST::EVERY]


@cache
def _plain_answer(at: int) -> str:
    return answer_of(HELD_OUT[at], service_for)


@pytest.mark.parametrize("wrapping", list(WRAPPINGS))
@pytest.mark.parametrize("at", range(len(HELD_OUT)), ids=lambda at: str(HELD_OUT[at]["id"]))
def test_new_kinds_of_wrapping_change_no_answer(at: int, wrapping: str) -> None:
    item = HELD_OUT[at]
    wrapped = {**item, "q": WRAPPINGS[wrapping](str(item["q"]))}
    assert answer_of(wrapped, service_for) == _plain_answer(at)


CASES = [
    # The asker's story: words of the form in it (活动, 实习, 培训) are the asker's job, not the
    # row asked, when the rest names its row on its own.
    (
        "took-over",
        "builtin",
        "我刚接手活动这块，不太熟，国交的满意度要求是多少啊",
        "90%",
        "组织实施",
    ),
    ("moved-to", "builtin", "我刚调到科协这边管活动，企服的成本控制数是多少", "130万元", "40万元"),
    ("our-office", "builtin", "我们处新接了实习这摊事，国交的合作单位要几家", "3家", "10家"),
    ("new-here", "builtin", "本人刚入职负责培训，企服参与企业满意度目标多少", "90%", REFUSED),
    (
        "paperwork",
        "builtin",
        "我在整理今年活动的台账，下周要交，国交成本上限多少",
        "40万",
        REFUSED,
    ),
    (
        "never-did",
        "builtin",
        "我以前没做过论文征集这块，企服的服务科技工作者人数目标多少",
        "8000",
        "20篇",
    ),
    (
        "came-back",
        "builtin",
        "我之前在研讨会那边帮忙，刚回来，国交安全事故数要求多少",
        "0起",
        "4场",
    ),
    ("first-day", "builtin", "～刚回国实习第一天 想问下国交的活动参与人数是多少", "300人", "50人"),
    # What was said at a meeting, passed on: the ask starts after who said it.
    ("meeting", "builtin", "上次开会领导说国交的满意度要核一下，是多少来着", "90%", REFUSED),
    ("director-said", "builtin", "主任说企服的预算要再看看，多少", "130万元", REFUSED),
    ("said-at-meeting", "builtin", "会上说国交合作单位数量要确认，几家", "3家", REFUSED),
    # A project ruled out, before or after the ask, in any words.
    ("not-mix-up", "other", "那个...养护的市民满意度多少来着，别跟运维的搞混了", "85%", "90%"),
    ("not-that-one", "other", "养护的市民满意度多少 不是运维那个哦", "85%", "90%"),
    ("not-confuse", "other", "养护的市民满意度多少，别和运维那个弄混", "85%", "90%"),
    ("not-want", "other", "养护的市民满意度多少，不要运维的", "85%", "90%"),
    ("bracket", "other", "养护的市民满意度多少（不是运维）", "85%", "90%"),
    ("before", "other", "运维那个不要，养护的市民满意度多少", "85%", "90%"),
    # A project said again by words of its name the lexicon does not know as one.
    ("said-again", "other", "你好，嗯，道路养护的市民满意度多少，就路桥那个", "85%", "90%"),
    ("i-mean", "other", "养护的市民满意度多少，我说的是路桥那个项目", "85%", "90%"),
    # What the asker does with the answer, in a heading with no office or a clause of their
    # own (材料审核 is a row's word).
    ("audit-heading", "old_template", "内审核对：道路养护长度多少米？？", "985米", REFUSED),
    ("review-heading", "builtin", "财务复核：国交成本控制数多少", "40万元", REFUSED),
    ("heading-then-hi", "builtin", "内审核对：hi，企服的budget是多少 thx", "130万元", REFUSED),
    (
        "purpose-bracket",
        "builtin",
        "请问 国交 质量达标率 多少（我们这边审核要用）",
        "100%",
        REFUSED,
    ),
    ("purpose", "builtin", "国交满意度多少？我们这边汇总要用", "90%", REFUSED),
    # Asking for a moment of the listener's time.
    ("simple-one", "builtin", "问个简单的：国交项目计划啥时候结束", "2026-12-31", REFUSED),
    ("small-question", "builtin", "有个小问题，国交满意度目标多少", "90%", REFUSED),
    (
        "diminutive",
        "builtin",
        "老师您好，请问一下下哈，企服里服务科技工作者人数那一栏填的多少",
        "8000",
        REFUSED,
    ),
    ("timid", "builtin", "弱弱地问一句，企服成本控制数多少", "130万元", REFUSED),
    ("presume", "variations", "冒昧问一下，运维设施完好率要求多少", "85%", REFUSED),
    # Shanghai, Cantonese and internet words, pictographs.
    ("shanghai-this", "builtin", "搿个国交满意度目标是多少", "90%", REFUSED),
    ("shanghai-all", "builtin", "企服预算是多少 侪讲讲", "130万元", REFUSED),
    ("cantonese-how-many", "builtin", "国交满意度目标定了几多", "90%", REFUSED),
    ("cantonese-of", "builtin", "企服嘅成本控制数係几多", "130万元", REFUSED),
    ("internet-none", "builtin", "国交有木有安全事故的指标", "0起", REFUSED),
    ("duck-and-emoji", "variations", "运维那个 开放日 活动 要搞几场鸭🦆", "3场", REFUSED),
    ("dear-and-ne", "builtin", "亲，国交满意度目标多少捏", "90%", REFUSED),
    ("drawn-mark", "builtin", "国交合作单位要几家❓", "3家", REFUSED),
    # English words typed among the Chinese ones.
    ("latin-value", "builtin", "国交满意度的目标value", "90%", "组织实施"),
    ("latin-quarter", "builtin", "企服预算按quarter平均多少", "325000", REFUSED),
    ("latin-person-time", "builtin", "企服服务科技工作者多少person-time", "8000", REFUSED),
    ("latin-start-date", "builtin", "国交的start date", "2026-01-01", REFUSED),
    # Typed without punctuation: clauses end before the speaker and an ask's opening word.
    (
        "greeting-then-want",
        "builtin",
        "您好我在做一张饼图想知道国交的年度资金占两个项目合计的百分之多少",
        "23.5",
        REFUSED,
    ),
    (
        "which-then-me",
        "builtin",
        "请问企服项目中以次为单位的指标有哪些我这边做台账麻烦您列一下",
        "共 3 项",
        REFUSED,
    ),
    ("particle-me", "builtin", "国交满意度目标多少啊我这边急用", "90%", REFUSED),
    ("ne-me", "builtin", "国交的合作单位要几家呢我要填表", "3家", REFUSED),
    ("laizhe-me", "other", "道路养护长度多少来着我看材料要写", "985米", REFUSED),
    # A remark of the asker's said with a rising tone.
    (
        "rising-remark",
        "old_template",
        "养护项目的财政拨款占资金总额百分之多少？我看其他资金好像没有？",
        "100%",
        REFUSED,
    ),
    # Corrections in mid-sentence, with or without 是 before the words meant.
    ("pause-only", "builtin", "企服预算 哦不对 国交预算多少", "40万元", "130万元"),
    ("ah-no", "builtin", "国交的满意度 啊不是 国交的合作单位数量多少", "3家", "90%"),
    ("correct-that", "builtin", "企服的预算多少 更正一下 是国交的", "40万元", "130万元"),
    (
        "not-x-but-row",
        "builtin",
        "企服的服务科技工作者人数，不是企服，是国交的活动参与人数",
        "300人",
        "8000",
    ),
    ("put-right", "builtin", "国交论文征集几篇，纠正一下，是辩论队几个人", "5人", "20篇"),
    ("reversed", "other", "运维的设施完好率 说反了 是养护的养护合格率", "95%", "85%"),
    ("remark-after-no", "builtin", "国交预算40万 不对 我看表上是50万", "40万元", "更正"),
    # A story the rest needs stays: the rest names no row, or points back at the story.
    ("rest-names-no-row", "builtin", "我负责辩论赛那块，国交要派几个人", "辩论", "300人"),
    (
        "rest-points-back",
        "multi_year",
        "我一直分不清“项目资金总额”和“年度资金申请总额”，这两个数各是多少",
        "120万元",
        REFUSED,
    ),
    # A clause naming a row of the other project is still asked.
    ("other-row-asked", "other", "养护的市民满意度多少，还有运维的预算", "250万", REFUSED),
]


@pytest.mark.parametrize(
    ("form", "question", "figure", "wrong"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_the_ask_is_read_past_the_words_around_it(
    form: str, question: str, figure: str, wrong: str
) -> None:
    answer = ask(question, form)
    assert figure in answer
    assert wrong not in answer
