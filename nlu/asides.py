"""Clauses said about the speaker or the talk, not the form (``asides.txt``).

Typed by voice, a message carries clauses such as 嗯，你算一下，我脑子转不过来了 or 语音打的字可能
不对 beside its ask. Read with the rest, their nouns (脑子, 语音) are words the form lacks, and
the whole message is refused as asking for something the form does not have. A clause is an
aside when it speaks of the speaker or the talk (a word of [speaker]), holds no word of the
form, no figure and asks nothing, and another clause asks (an office asking, 财政局复核：, speaks
of the asker as 我 does); the engine reads the message
without it. 国交项目，我要找负责人 keeps its clause: the rest asks nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources

from nlu.cues import cue_words, word_sections

ASIDES_FILE = "asides.txt"
_CLAUSE = re.compile(r"[^，,。；;：:！!？?…（）()【】\s]+[，,。；;：:！!？?…（）()【】\s]*")
# A figure however written: 12, 百分之九十二点三, 三百, 五家.
_FIGURE = re.compile(
    r"\d|百分之|[零一二两三四五六七八九十百千万]{2,}"
    r"|(?<!第)[一二两三四五六七八九十百千万][个场次家人篇座辆米倍成届万元%]"  # not 第一次
)
_SEPARATORS = "，,。；;：:！!？?…（）()【】 \n"
_PARTICLE_THEN_SPEAKER = re.compile(r"([啊呀吧哈呢嘛哦])(?=我)")
_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』]{4,})[”\"」』]")
_ENDING = "，,；;：:…（(【 \n"  # left at the end of what is kept; a closing bracket or ？ stays
_LEFT_AFTER_EMPTY = re.compile(r"[!！~～.。…\s]+")
MIN_TASK_CHARS = 2  # 汇报, 赶材料: a task verb of the asker's own
MIN_FORM_WORD_CHARS = 2  # 人数, 预算: a lone character names nothing of the form


@cache
def _empty_words() -> re.Pattern[str]:
    sections = ("greeting", "opener", "filler", "urgent")
    words = sorted({word for name in sections for word in _words()[name]}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _empty(clause: str) -> bool:
    """Tells whether a clause only greets, opens the ask, fills a pause, presses for the answer
    or @mentions (您好, 麻烦问一下, 那个，嗯, 急，在线等, @绩效助手)."""
    words = clause.strip(_SEPARATORS)
    return words.startswith("@") or not _LEFT_AFTER_EMPTY.sub("", _empty_words().sub("", words))


@cache
def _words() -> dict[str, tuple[str, ...]]:
    text = (resources.files("nlu") / "data" / ASIDES_FILE).read_text(encoding="utf-8")
    return word_sections(text)


def without_asides(
    text: str,
    *,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    task_verbs: frozenset[str] = frozenset(),
) -> str | None:
    """Returns ``text`` without its aside clauses, or None when it has none (or only asides,
    or the rest asks nothing).

    ``task_verbs`` are verbs of the asker's own paperwork (写新闻稿中……): a clause cut with
    one speaks of the speaker as a pronoun does.
    """
    quoted = _quoted_ask(text, cut, form_word)
    if quoted is not None:
        return quoted  # 我想在汇报里写“企服预算比国交多百分之多少”，能帮我算一下吗
    # 是多少米啊我眼睛不好: a particle ending the ask, then the speaker, starts a clause.
    clauses = _CLAUSE.findall(_PARTICLE_THEN_SPEAKER.sub(r"\1，", text))
    passed_on = [_passed_on(clause, cut, form_word) for clause in clauses]
    if len(clauses) < 2 and passed_on == clauses:
        return None
    asides = [clause for clause in clauses if _aside(clause, cut, form_word, task_verbs)]
    if (not asides and passed_on == clauses) or len(asides) == len(clauses):
        return None
    kept = "".join(
        ask for clause, ask in zip(clauses, passed_on, strict=True) if clause not in asides
    )
    opened = any(word in aside for aside in asides for word in _words()["opener"])
    if (
        passed_on == clauses
        and not opened
        and not all(_empty(aside) or aside.rstrip().endswith(("：", ":")) for aside in asides)
        and not any(word in kept for word in cue_words()["question"])
    ):
        # 国交项目，我要找负责人: what is asked is in the aside (a heading, 财务处核对用：, asks
        # nothing; after 先问下 the rest is the ask)
        return None
    return kept.rstrip(_ENDING)


def _aside(
    clause: str,
    cut: Callable[[str], list[str]],
    form_word: Callable[[str], bool],
    task_verbs: frozenset[str],
) -> bool:
    """Tells whether a clause speaks of the speaker or the talk and of nothing the form has."""
    words = _words()
    if _empty(clause):
        return True  # 您好; 急，在线等
    if _FIGURE.search(clause):
        return False
    # 审计局核查：… heads the message with who asks; its 查 asks nothing of its own.
    colon = clause.rstrip().endswith(("：", ":"))
    if not colon and any(word in clause for word in words["asking"]):
        return False
    tokens = _offices_joined(cut(clause.strip(_SEPARATORS)), words["office"])
    if not tokens:
        return False
    # 财政局, 预算科: a word ending as an office's name does.
    office = any(
        len(token) >= MIN_FORM_WORD_CHARS and token[-1] in words["office"] for token in tokens
    )
    heading = office and colon
    if colon and not heading and any(word in clause for word in words["asking"]):
        return False  # a colon after no office: the clause asks as any other
    # 写大于等于的, 只写数字: a verb of one character (写, 报) also asks what the form writes.
    tasks = {token for token in tokens if len(token) >= MIN_TASK_CHARS} & task_verbs
    if not tasks and not office and not any(word in clause for word in words["speaker"]):
        return False
    if heading:  # 财务处核对用：… the office's own doing is no word of the form
        tokens = [token for token in tokens if token not in words["heading"]]
    return not _names_form(tokens, form_word)


@cache
def _said_words() -> frozenset[str]:
    return frozenset({*_words()["speaker"], *_words()["general"]})


def _names_form(tokens: list[str], form_word: Callable[[str], bool]) -> bool:
    """Tells whether ``tokens`` hold a word of the form; a word that speaks of the talk
    (问题 of 今天问题有点多) or one as general as 项目 names nothing of it here."""
    said = _said_words()
    return any(
        form_word(token)
        for token in tokens
        if len(token) >= MIN_FORM_WORD_CHARS and token not in said
    )


def _quoted_ask(
    text: str, cut: Callable[[str], list[str]], form_word: Callable[[str], bool]
) -> str | None:
    """Returns the ask a message quotes when the words around it name nothing of the form:
    我想在汇报里写“企服预算比国交多百分之多少”，能帮我算一下吗 → 企服预算比国交多百分之多少."""
    found = _QUOTED.search(text)
    if found is None:
        return None
    ask = found.group(1)
    if not any(word in ask for word in cue_words()["question"]):
        return None
    around = text[: found.start()] + "，" + text[found.end() :]
    if _FIGURE.search(around) or _names_form(cut(around), form_word):
        return None
    return ask


def _passed_on(
    clause: str, cut: Callable[[str], list[str]], form_word: Callable[[str], bool]
) -> str:
    """Returns ``clause`` from the ask someone passed on to the asker: 突然想起来领导问我企服的
    培训数量是多少 → 企服的培训数量是多少. The words before the passing on must name nothing of
    the form (国交预算领导让我问 keeps its words)."""
    if not any(word in clause for word in _words()["passed_on"]):
        return clause
    cuts, at = {0}, 0
    for token in cut(clause):
        at += len(token)
        cuts.add(at)
    for word in _words()["passed_on"]:
        at = clause.find(word)
        if at < 0 or at not in cuts or at + len(word) not in cuts:
            continue  # 请问我们: 问我 runs into 请问 and 我们
        head, ask = clause[:at], clause[at + len(word) :]
        if _FIGURE.search(head):
            return clause
        if any(form_word(token) for token in cut(head) if len(token) >= MIN_FORM_WORD_CHARS):
            return clause
        # 领导让我问一下，国交预算多少: a clause that only passes the ask on is left out.
        return ask if ask.strip(_SEPARATORS) else ""
    return clause


def _offices_joined(tokens: list[str], office: tuple[str, ...]) -> list[str]:
    """Returns ``tokens`` with an office's last character cut apart joined again to the word
    before it (预算 科 → 预算科, 审计 局 → 审计局): the office's name is no word of the form."""
    joined: list[str] = []
    for token in tokens:
        if token in office and joined:
            joined[-1] += token
        else:
            joined.append(token)
    return joined
