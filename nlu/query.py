"""One question read once: normalised text, named projects, content tokens and cues."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge.units import MONEY_UNITS
from nlu.cues import cue_words
from nlu.lexicon import Lexicon, ProjectMention
from nlu.normalize import Normalizer, strip_punctuation
from nlu.ordering import longest_first, longest_first_of
from nlu.prepared import built_once
from nlu.typos import TypoFixer, corrections
from nlu.weights import TermWeights

MIN_TOKEN_SIMILARITY = 70.0  # 港澳太 ~ 港澳台 scores 66.7 char-wise; two-char typos stay out
FOLLOWUP_PREFIXES = ("那", "那么", "还有", "另外", "它")  # 它的成本上限: of the project before
FOLLOWUP_SUFFIX = "呢"
_ASKED_MONEY = re.compile(r"(?:多少|几)(亿元|万元|千元|元|亿|万|千)(?!人|次|个)")
ORDINAL_MARK = "第"
FIELD_RULES = ("money:", "fact:")  # rules naming a field of the form (项目资金总额)
QUESTION_WORDS = frozenset({"哪", "什么", "啥", "几", "多少"})  # never part of a project name
MONEY_UNIT_SUFFIX = "元"  # 几万 asks in 万元
MONEY_BY_TEN_THOUSANDS_RULE = "money:budget"  # the rule 几万 and 多少万 make hold
TEN_THOUSANDS_ASKS = frozenset({"几万", "多少万"})  # an amount asked in 万, or a count (几万人次)
EDGE_PAIR = 2  # a name's edge character and its neighbour
_ASKED_UNIT = re.compile(r"(?:多少|几)(?:个(?=[\u4e00-\u9fff]))?")
# What a terse or spoken ask says after the thing it names (完好率一类的, 满意率呢, 合格率报一下
# 谢谢): hedges, particles and courtesies, which leave the rate the last word asked.
SPOKEN_TAILS = (
    "[一那这之]?[类种个项]的?",
    "什么的",
    "啥的",
    "等等?",
    "[报说查看讲]一?下",
    "谢谢",
    "多谢",
    "[吗呢啊呀吧嘛哈啦了的]",
)
SPOKEN_TAIL = "|".join(SPOKEN_TAILS)
_RATE_END = re.compile(rf"率(?:{SPOKEN_TAIL})*$")
# Where a question joins several things it asks about (论文和辩论队人数).
CONJUNCTIONS = frozenset(
    {"以及", "还有", "另外", "和", "与", "及", "跟", "同"}
    | {"、", "，", ",", "；", ";", "?", "。", "!", "/"}  # 主管/实施单位: a list, typed
)
# 一次性项目还是常年项目: the words after 还是 name the other choice, not a project with 还是.
DISJUNCTIONS = frozenset({"还是", "或者", "或是", "抑或"})
PROJECT_WORD = "项目"
MIN_PROJECT_NAME_CHARS = 2
# Words before 项目 read as a name: a longer run is a sentence. Bounding it keeps the work
# per 项目 constant (项目项目… of 4,096 characters took 15 s when each cut the whole prefix).
MAX_NAME_RUN_CHARS = 40
_WORDS_BEFORE = re.compile(r"[\u3400-\u9fffa-z0-9]*$")
# 两个项目, 3个项目, 2026年项目: words that count or date projects, not name them.
_COUNTED = re.compile(r"^(?:[\d几两一二三四五六七八九十百千多]+个?|[每各]个?|\d*年度?)$")
# A clause piece holding no asking word (问 of 想问下 is no ask).
_NO_ASK = r"(?:(?!多少|几|啥|什么|哪|吗|呢|怎么|如何|是否)[^,，。!！?？;；:： ])"
# 我是财务处的， 我在科协工作。: a clause about the asker, not about the form.
# 您好，财务科小王。: a clause that is only the asker's office and name (小王, 老李).
# 我新来的， 之前在别的单位管KPI，: the asker's arrival and past work.
# 写报告要用， 汇报急用：what the asker needs the answer for.
# 我是办公室小王企服的…: a voice message naming the asker's office and name, unpunctuated.
# 你好我是计财处的，: a clause about the asker right after a greeting, unpunctuated.
_ASKER = re.compile(
    r"(?:^|(?<=[,，。!！?？;；~～ 好嗨])|(?<=hi)|(?<=hello))"
    r"(?:(?:我|我们|本人)(?:是|在|来自|这边是)"
    r"[^,，。!！?？;； ]{1,16}|[\u4e00-\u9fff]{0,8}?[科处室办部局组所]的?[小老][\u4e00-\u9fff]"
    rf"|(?:我|我们|本人)(?:是|也是)?(?:新来|刚来|刚到|新调来|刚调来|刚入职|新入职){_NO_ASK}{{0,8}}"
    rf"|(?:我|本人)?(?:之前|以前|原来|原先|早先|过去)(?:在|是|做|管|负责|干){_NO_ASK}{{1,16}}"
    rf"|{_NO_ASK}{{1,8}}?(?:要用|急用|需要用|要用到)"
    # 王处让查：, 主任叫我问下，: who sent the asker, then the ask.
    rf"|{_NO_ASK}{{1,6}}?(?:让|叫)(?:我|我们)?(?:查|问|看|找|核对|确认|报)(?:一下|下)?)"
    r"[,，。!！;；:： ]"
    r"|^(?:我|本人)(?:是|叫)[\u4e00-\u9fff]{0,8}?[科处室办部局组所]的?[小老][\u4e00-\u9fff]"
)
# 质量达标率是多少我这边要报上去: after the ask, what the asker will do with the answer.
_ASKER_TAIL = re.compile(
    r"(?<=多少|什么)[呀啊呢吧]?[,，。 ]*((?:我|我们|咱们|咱|俺)(?:这边|这里|那边)?"
    rf"{_NO_ASK}{{1,12}})[。!！~～]*$"
)
# 从单位那里收集: where things come from, said around the thing asked for.
_SOURCE = re.compile(r"从[\u4e00-\u9fff]{1,8}?(?:那里|那儿|手里|那边)")
# 别给我企服的, 不是国际交流那个: a project said only to be set aside, before and after it.
_RULED_OUT_BEFORE = re.compile(
    r"(?:(?<!是)不是|不要|别给我?|别跟我说|别跟我讲|别告诉我|别说|别把)\s*$"
)
_RULED_OUT_AFTER = re.compile(
    r"\s*(?:项目)?(?:那个|这个|那边|那块|的)(?:项目)?(?:哈|啊|呀|哦)?\s*(?=$|[,，.。？?！!；;])"
)
# Counting words between a which-ask and the kind it names (哪两支队伍: 两支).
_MEASURE = re.compile(r"^[\d一二两三四五六七八九十几]*[个支类种项家所名位条本套批些]?$")
# A space between words, and the words that make a piece of a question an ask of its own.
# ①… ②…, 1. … 2. …, (1)…(2)…: the markers of numbered asks, at the start or after a break,
# with the space typed after them (1. 桥梁检测几座).
_NUMBERED = re.compile(
    r"[\u2460-\u2473\u2776-\u277f]|[(（]\d{1,2}[)）] ?(?=[\u4e00-\u9fff])"
    r"|(?:^|(?<=[\s，,；;。？?！!：:]))\d{1,2}[.．、)）] ?(?=[\u4e00-\u9fff])"
)
_SENTENCE_START = re.compile(r"[,，。!！?？;；:： ]")
CHAIN_BREAK = ","  # NFKC of ，
EXCEPTION_MARK = "除"  # 除了当年拨款还有啥钱: 还有 asks what else besides
STILL_HAS = "还有"  # a joiner (预算，还有负责人), or "what else" before an asking word
MIN_NUMBERED = 2  # one marker alone (1.企服…) numbers nothing
_SPACE_APART = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")
ASKING = re.compile(r"多少|几|啥|什么|哪|何时|怎么|如何|多长|多大|多高|多久|是否|吗|呢")
# The year a question mentions is context: every indicator of a form is of its year.
_YEAR = re.compile(r"(?:19|20)\d{2}年度?")
ANNUAL_GOAL_RULE = "fact:annual_goal"
BOUND_JOINERS = "要有是"  # between a bound and its ask: 至少要几个, 最多有多少
MAX_BOUND_VERB_CHARS = 2  # a verb between a bound and its ask: 至少要拉几个, 最多允许几起
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_ASK_START = re.compile(r"[\u4e00-\u9fff]|\d+[\u4e00-\u9fff]")  # 然后2期改造: an ask after it
RELATIVE_MARK = "的"
YEAR_AS_ANNUAL = "年度"  # what a named year stands for in a goal or an annual money ask
# Rules a named year can complete: 2025年要干成啥 (that year's goal), 2025年度申请的 (its
# annual request; cutting the year would leave 申请的, which names no column).
YEAR_RULES = (ANNUAL_GOAL_RULE, "money:annual_total")


@dataclass(frozen=True)
class Term:
    """A content token of a question with its weight (below the IDF when matched fuzzily)."""

    token: str
    weight: float


@dataclass(frozen=True)
class Query:
    """What the engine needs to know about one question."""

    text: str
    remainder: str
    project_ids: tuple[int, ...]
    project_choices: tuple[int, ...]  # projects a shared short name fits (企业项目)
    terms: tuple[Term, ...]
    rules: frozenset[str]
    unit: str | None
    followup: bool
    cues: Mapping[str, frozenset[str]]  # the keywords that made each rule hold
    parts: tuple[str, ...] = ()  # the question cut at 和, 、 … outside project names
    unnamed_projects: tuple[str, ...] = ()  # words before 项目 that name no known project
    named_order: tuple[int, ...] = ()  # the projects in the order written, loose names too
    # The general noun a which-ask names as the kind of thing sought, with its counting word
    # (哪两支队伍: 两支, 队伍): the sentence answering names the things, not the kind.
    asked_kinds: frozenset[str] = frozenset()
    corrected: tuple[tuple[str, str], ...] = ()  # typos read otherwise: (国焦, 国交)
    chained: bool = False  # asks spoken one after another (…多少钱然后…每家多少): each its own

    @property
    def total_weight(self) -> float:
        """Returns the summed weight of the content tokens."""
        return sum(term.weight for term in self.terms)


def read_query(
    text: str,
    *,
    lexicon: Lexicon,
    normalizer: Normalizer,
    weights: TermWeights,
    phrasing: frozenset[str] = frozenset(),
    typos: TypoFixer | None = None,
    bounds: frozenset[str] = frozenset(),
) -> Query:
    """Normalises ``text`` and extracts the projects, the content tokens and the cues."""
    text = numbered_apart(text)
    said = normalizer.normalize(text)
    apart = chained_apart(said)
    normalized = _SOURCE.sub(" ", _ASKER.sub(" ", apart))
    normalized = _ASKER_TAIL.sub(" ", normalized)
    written = normalized
    if typos is not None:
        normalized = typos.fix(normalized)
    mentions = lexicon.find_projects(normalized)
    if typos is not None and normalized == written and mentions:
        beside = _fixed_beside_projects(normalized, mentions, typos=typos, lexicon=lexicon)
        if beside != normalized:
            normalized, mentions = beside, lexicon.find_projects(beside)
    mentions, set_aside = _ruled_out_apart(normalized, mentions)
    remainder = normalized
    spans = [(m.start, m.end) for m in mentions] + set_aside
    for start, end in reversed(_merged_spans(sorted(spans))):
        remainder = remainder[:start] + " " + remainder[end:]
    project_ids = tuple(
        dict.fromkeys(mention.project_ids[0] for mention in mentions if not mention.ambiguous)
    )
    choices = tuple(
        dict.fromkeys(
            project_id
            for mention in mentions
            if mention.ambiguous
            for project_id in mention.project_ids
        )
    )
    compact = _YEAR.sub("", strip_punctuation(remainder))
    hits = _with_lent_project_word(
        _year_as_annual(
            _counted_in_ten_thousands(lexicon.vocabulary.rule_hits(compact), compact, lexicon),
            remainder,
            lexicon=lexicon,
        ),
        normalized,
        mentions,
        lexicon=lexicon,
    )
    return Query(
        text=normalized,
        remainder=compact,
        project_ids=project_ids,
        project_choices=() if project_ids else choices,
        terms=tuple(
            _terms(lexicon.tokens(_bound_asks_cut(compact, bounds)), weights, phrasing=phrasing)
        ),
        rules=frozenset(hits),
        unit=asked_unit(compact, units=lexicon.vocabulary.units),
        followup=_is_followup(normalized, lexicon),
        cues=hits,
        parts=_parts(normalized, mentions, lexicon),
        unnamed_projects=_unnamed_projects(remainder, lexicon, phrasing=phrasing),
        asked_kinds=asked_kinds(lexicon.cut(normalized)),
        corrected=corrections(written, normalized, cut=lexicon.cut),
        chained=apart != said,
    )


def _ruled_out_apart(
    text: str, mentions: list[ProjectMention]
) -> tuple[list[ProjectMention], list[tuple[int, int]]]:
    """Returns the mentions of projects asked, without one said only to be set aside (国交的
    预算多少，别给我企服的), and the spans of the words setting it aside; a project is set
    aside only beside another one asked, so the ask keeps a project of its own."""
    kept, set_aside = [], []
    for mention in mentions:
        before = _RULED_OUT_BEFORE.search(text, 0, mention.start)
        after = _RULED_OUT_AFTER.match(text, mention.end)
        if before is None or after is None:
            kept.append(mention)
        else:
            set_aside.append((before.start(), after.end()))
    if not set_aside or not any(not mention.ambiguous for mention in kept):
        return mentions, []
    return kept, set_aside


def _fixed_beside_projects(
    text: str, mentions: list[ProjectMention], *, typos: TypoFixer, lexicon: Lexicon
) -> str:
    """Returns ``text`` with the typos beside a project name fixed apart from it: 服满 of
    企服满义度 is no word that keeps 满义度 as written, 企服 being a name of its own."""
    ordered = sorted(mentions, key=lambda mention: mention.start)
    if not any(_straddles(text, mention.start, mention.end, lexicon) for mention in ordered):
        return text  # most questions: no word runs across a name's edge
    pieces, at = [], 0
    for mention in ordered:
        if mention.start < at:
            continue
        pieces += [typos.fix(text[at : mention.start]), text[mention.start : mention.end]]
        at = mention.end
    return "".join([*pieces, typos.fix(text[at:])])


def _straddles(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Tells whether a dictionary word runs across an edge of a name (服满 of 企服满义度)."""
    edges = (text[max(start - 1, 0) : start + 1], text[end - 1 : end + 1])
    return any(len(pair) == EDGE_PAIR and lexicon.frequency(pair) for pair in edges)


def _counted_in_ten_thousands(
    hits: dict[str, frozenset[str]], text: str, lexicon: Lexicon
) -> dict[str, frozenset[str]]:
    """Drops the money ask of 几万 or 多少万 said of a count (线上参观目标几万人次)."""
    said = hits.get(MONEY_BY_TEN_THOUSANDS_RULE)
    if not said or not said <= TEN_THOUSANDS_ASKS:
        return hits
    units = lexicon.vocabulary.units - MONEY_UNITS
    for ask in said:
        at = text.find(ask)
        while at >= 0:
            rest = text[at + len(ask) :]
            if not any(rest.startswith(unit) for unit in units):
                return hits  # 几万 alone, or 几万元: an amount is asked
            at = text.find(ask, at + 1)
    return {rule: words for rule, words in hits.items() if rule != MONEY_BY_TEN_THOUSANDS_RULE}


def _year_as_annual(
    hits: dict[str, frozenset[str]], remainder: str, *, lexicon: Lexicon
) -> dict[str, frozenset[str]]:
    """Reads a year named before a goal ask as 年度 (2025年要干成啥 asks that year's goal).

    The year itself is cut from the text the rules read, so 2025年 would leave 要干成啥 with
    no word saying which goal; a year the forms lack is refused before any answer.
    """
    text = strip_punctuation(remainder)
    if all(rule in hits for rule in YEAR_RULES) or not _YEAR.search(text):
        return hits
    found = lexicon.vocabulary.rule_hits(_YEAR.sub(YEAR_AS_ANNUAL, text))
    added = {rule: found[rule] for rule in YEAR_RULES if rule in found and rule not in hits}
    return {**hits, **added} if added else hits


def _with_lent_project_word(
    hits: dict[str, frozenset[str]],
    text: str,
    mentions: list[ProjectMention],
    *,
    lexicon: Lexicon,
) -> dict[str, frozenset[str]]:
    """Reads the field a project's name shares its 项目 with (数字化改造项目总额: 项目总额).

    A name written with 项目 is cut out whole, yet that 项目 also begins the field after it.
    """
    lent = text
    for mention in sorted(mentions, key=lambda item: item.start, reverse=True):
        kept = PROJECT_WORD if text[: mention.end].endswith(PROJECT_WORD) else ""
        lent = lent[: mention.start] + " " + kept + lent[mention.end :]
    if lent.replace(" ", "") == text.replace(" ", "") or PROJECT_WORD not in lent:
        return hits
    found = lexicon.vocabulary.rule_hits(_YEAR.sub("", strip_punctuation(lent)))
    borrowed = {
        name: words
        for name, words in found.items()
        if name.startswith(FIELD_RULES) and any(w.startswith(PROJECT_WORD) for w in words)
    }
    if not borrowed:
        return hits
    kept_hits = {
        name: words
        for name, words in hits.items()
        if not name.startswith(FIELD_RULES) or name in found
    }
    return {**kept_hits, **borrowed}


def numbered_apart(text: str) -> str:
    """Turns the markers of numbered asks (①…②…, 1.…2.…) into breaks between sentences,
    before NFKC makes ① a digit of the question."""
    if len(_NUMBERED.findall(text)) < MIN_NUMBERED:
        return bare_numbers_apart(text)
    return _NUMBERED.sub("；", text).lstrip("；")


@built_once
def _chain() -> re.Pattern[str]:
    """Returns the pattern of a connector chaining two spoken asks (然后, 顺便问下, 还有)."""
    cues = cue_words()

    def either(*sections: str) -> str:
        words = longest_first(w for name in sections for w in cues[name])
        return "(?:" + "|".join(map(re.escape, words)) + ")"

    ask = either("chain_ask") + either("chain_ask_end") + "?"
    return re.compile(
        f"{either('chain', 'chain_guarded')}(?:{ask})?|{either('chain_by_ask')}{ask}"
    )


def chained_apart(text: str) -> str:
    """Turns the connectors of a spoken chain of asks (主管部门是谁然后计划几号开始) into
    breaks between sentences, as the comma a typed question would have.

    A connector opens no break at the start of the message (还有呢 follows up) or at its end;
    还有 and 另外 also ask what else or name the other (还有哪些, 另外两个项目, 除了拨款还有
    啥钱) or join the items of one ask (A、B还有C这些加起来), so they break only after an ask
    and before a word that asks nothing of the kind.
    """
    if not _chain().search(text):
        return text  # most questions hold no connector at all
    cues = cue_words()
    guarded, not_before = set(cues["chain_guarded"]), cues["chain_not_before"]
    out, start = [], 0
    for found in _chain().finditer(text):
        # The sentence so far, looked at within a name's reach so long texts stay linear.
        window = text[max(start, found.start() - MAX_NAME_RUN_CHARS) : found.start()]
        before = _SENTENCE_START.split(window.rstrip())[-1]  # 几个人 另外…: the piece before
        after = text[found.end() :]
        if not _ASK_START.match(after) or not _CJK_RUN.search(text, 0, found.start()):
            continue  # 还有呢 starts the message: a follow-up, no break
        if found.group(0) in guarded and (
            after.startswith(not_before) or EXCEPTION_MARK in before or not ASKING.search(before)
        ):
            continue  # 启动仪式结业仪式还有研学参访这些加起来: 还有 joins the items of one ask
        out.append(text[start : found.start()] + CHAIN_BREAK)
        start = found.end()
    return "".join(out) + text[start:]


def _parts(text: str, mentions: list[ProjectMention], lexicon: Lexicon) -> tuple[str, ...]:
    """Cuts ``text`` at conjunctions that are words of their own, never inside a name.

    The tokenizer keeps 参与 and 及时性 whole, so only a standalone 与 or 及 cuts.
    """
    parts, start = [], 0
    for begin, end in lexicon.spans_of(text, CONJUNCTIONS):
        if any(m.start <= begin < m.end for m in mentions):
            continue
        if text[begin:end] == STILL_HAS and ASKING.match(text, end):
            continue  # 还有哪些质量指标 asks what else, joining nothing
        parts.append(text[start:begin])
        start = end
    parts.append(text[start:])
    split = [piece for part in parts for piece in _asks_apart(part)]
    kept = tuple(part for part in split if strip_punctuation(part))
    return kept if len(kept) > 1 else ()


def _asks_apart(part: str) -> list[str]:
    """Cuts a part at spaces that set two asks apart, as people type on a phone (国交合作单位
    几家 论文征集几篇); words before an ask that ask nothing (急, 国交的) stay with it."""
    pieces = _SPACE_APART.split(part)
    if len(pieces) < 2:
        return [part]
    asks: list[str] = []
    pending = ""
    for piece in pieces:
        pending += piece
        if ASKING.search(piece):
            asks.append(pending)
            pending = ""
    if pending and asks:
        asks[-1] += pending  # 马上要报 after the ask belongs to it
    return asks or [part]


_JOINERS = CONJUNCTIONS | DISJUNCTIONS


MIN_NAME_HEAD_CHARS = 2
COUNT_BOUNDS = frozenset({"以上", "及以上", "或以上", "以下", "以内"})  # 两个以上项目
_CLOSING_QUOTES = "”」』’\"'"


def _unnamed_projects(
    remainder: str, lexicon: Lexicon, *, phrasing: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """Returns the words written before 项目 that are no known name (某某项目, 国际交流项目).

    Known names were cut out of ``remainder`` already; words that only point at
    projects (哪个项目, 两个项目, 所有项目) or only pad the phrasing (国交一类项目) are not names.
    """
    names = []
    fields = lexicon.vocabulary.rule_words_starting(PROJECT_WORD, rules=FIELD_RULES)
    start = remainder.find(PROJECT_WORD)
    while start >= 0:
        if any(remainder.startswith(field, start) for field in fields):
            # 养护成本占项目资金总额: 项目 begins the name of a field, not of a project.
            start = remainder.find(PROJECT_WORD, start + len(PROJECT_WORD))
            continue
        end = start
        if (
            end > 1
            and remainder[end - 1] == RELATIVE_MARK
            and remainder[end - 2] in _CLOSING_QUOTES
        ):
            end -= 1  # 叫“东盟青年科技交流”的项目: 的 between the quoted name and 项目
        while end > 0 and remainder[end - 1] in _CLOSING_QUOTES:
            end -= 1  # “上海科技节”项目: the name quoted
        before = _WORDS_BEFORE.search(remainder, max(0, end - MAX_NAME_RUN_CHARS), end)
        said = before.group(0) if before else ""
        head, _, run = said.rpartition("的")
        if len(run) == 1 and len(head) >= MIN_NAME_HEAD_CHARS:
            run = said  # 科学之夜项目, read 科学的夜: the 的 is inside the name
        run = run if len(run) < MAX_NAME_RUN_CHARS else ""  # a sentence, not a name
        words = lexicon.cut(run)
        joins = [i for i, word in enumerate(words) if word in _JOINERS]
        if joins:
            words = words[joins[-1] + 1 :]  # 总体目标和项目资金总额: 和 ends the other ask
        while words and (_points_only(words[0], lexicon) or words[0] in phrasing):
            words.pop(0)
        if any(word in QUESTION_WORDS or word in lexicon.vocabulary.question for word in words):
            words = []  # 企业科创项目算哪一类项目: a question about the project, no name
        if words and words[-1] in COUNT_BOUNDS and (len(words) == 1 or _COUNTED.match(words[-2])):
            words.pop()  # 出现在两个以上项目里: a bound on the projects counted
        if words and _COUNTED.match(words[-1]):
            words = []  # 国际交流合作占两个项目, 平均每个项目: they count projects, name none
        while words and (_points_only(words[-1], lexicon) or words[-1] in phrasing):
            words.pop()  # 国际交流那个项目
        name = "".join(words)
        if any(
            "".join(words[at:]) + PROJECT_WORD in lexicon.rule_words for at in range(len(words))
        ):
            name = ""  # 算不算常规项目: a kind of project a rule asks about, not a name
        if len(name) >= MIN_PROJECT_NAME_CHARS:
            names.append(name)
        start = remainder.find(PROJECT_WORD, start + len(PROJECT_WORD))
    return tuple(dict.fromkeys(names))


def _points_only(word: str, lexicon: Lexicon) -> bool:
    """Tells whether a word before 项目 says which projects rather than naming one."""
    return (
        word in lexicon.ignored or word in lexicon.rule_words or _COUNTED.match(word) is not None
    )


def _bound_asks_cut(text: str, bounds: frozenset[str]) -> str:
    """Returns ``text`` without a bound said right before the ask (至少几个, 最多多少): it
    asks for the target value, whose operator says the bound, and names no row."""
    for bound in longest_first_of(bounds):
        start = text.find(bound)
        while start >= 0:
            end = start + len(bound)
            at = end + 1 if text[end : end + 1] in BOUND_JOINERS else end  # 至少要几个
            asked = _ask_after_verb(text, at)  # 至少要拉几个, 最多允许几起
            # 不低于多少的有几个 asks for rows with such a bound: the bound is the filter.
            if asked is not None and not text.startswith(RELATIVE_MARK, asked.end()):
                text = text[:start] + text[end:]
                start = text.find(bound, start)
            else:
                start = text.find(bound, end)
    return text


def _ask_after_verb(text: str, at: int) -> re.Match[str] | None:
    """Returns the ask at ``at`` or after a verb of up to MAX_BOUND_VERB_CHARS characters."""
    for gap in range(MAX_BOUND_VERB_CHARS + 1):
        skipped = text[at : at + gap]
        if gap and (not _CJK_RUN.fullmatch(skipped) or RELATIVE_MARK in skipped):
            return None
        asked = ASKING.match(text, at + gap)
        if asked is not None:
            return asked
    return None


def _terms(tokens: list[str], weights: TermWeights, *, phrasing: frozenset[str]) -> list[Term]:
    terms: dict[str, Term] = {}
    vocabulary: list[str] | None = None
    phrased = [token for token in tokens if token in phrasing]
    for token in tokens:
        if token in weights:
            terms[token] = Term(token, weights.weight(token))
            continue
        # A phrasing word the data never uses (上限 of 成本上限) says nothing to match, nor
        # do the words inside it (归根 of 归根到底).
        if len(token) < 2 or token in phrasing or any(token in word for word in phrased):
            continue  # a lone unknown character is noise (港澳太 cuts as 港澳 / 太)
        vocabulary = vocabulary if vocabulary is not None else weights.vocabulary
        found = process.extractOne(
            token, vocabulary, scorer=fuzz.ratio, score_cutoff=MIN_TOKEN_SIMILARITY
        )
        if found is None:
            terms[token] = Term(token, weights.weight(token))
        else:
            near = found[0]
            terms.setdefault(near, Term(near, weights.weight(near) * found[1] / 100))
    return list(terms.values())


SPAN_BEFORE = ("这", "那", "近", "前", "头", "过去")  # 这几年, 近几个月: a span said loosely
SPAN_UNITS = ("年", "个月", "月", "个季度", "季度", "周", "天")


def asked_unit(text: str, *, units: frozenset[str]) -> str | None:
    """Returns the measure word a question asks in: 多少人 → 人, 要几家 → 家, 几个人 → 人."""
    ordered = longest_first_of(units)
    for match in _ASKED_UNIT.finditer(text):
        if text[: match.start()].endswith(ORDINAL_MARK):
            continue  # 第几名 asks a rank, not a count of 名
        rest = text[match.end() :]
        if rest.startswith(PROJECT_WORD):
            continue  # 这几个项目: projects are counted, no unit is asked
        if text[: match.start()].endswith(SPAN_BEFORE) and rest.startswith(SPAN_UNITS):
            continue  # 这几年经费合计: a span of time said, no count of years asked
        for unit in ordered:
            if rest.startswith(unit):
                return unit
        if match.group(0).endswith("个"):
            return "个"
    counted = unit_counted(text, units=units)
    if counted is not None:
        return counted
    if "百分" in text or "%" in text or _RATE_END.search(text):
        return "%"
    if any(word in text for word in cue_words()["percent_ask"]):
        return "%"  # 信息采集要做到多准: a rate
    return None


def _is_followup(text: str, lexicon: Lexicon) -> bool:
    stripped = strip_punctuation(text)
    if stripped.startswith(FOLLOWUP_PREFIXES) or stripped.endswith(FOLLOWUP_SUFFIX):
        return True
    return any(word in stripped for word in lexicon.vocabulary.followup if len(word) > 2)


def asked_money_unit(text: str) -> str | None:
    """Returns the money unit a question asks in: 多少元 → 元, 几万 → 万元, else None."""
    found = _ASKED_MONEY.search(text)
    if found is None:
        return None
    unit = found.group(1)
    return unit if unit in MONEY_UNITS else unit + MONEY_UNIT_SUFFIX


def asked_kinds(words: list[str]) -> frozenset[str]:
    """Returns the general nouns (kind_noun of cues.txt) a which-ask in ``words`` names as the
    kind of thing sought, with the counting words before them: 哪两支队伍 → 两支, 队伍;
    海智资源包括哪些 → 资源."""
    cues = cue_words()
    asks, verbs, kinds = cues["which_ask"], cues["which_ask_verb"], frozenset(cues["kind_noun"])
    found: set[str] = set()
    for at, word in enumerate(words):
        if word not in asks:
            continue
        counting = list(itertools.takewhile(_MEASURE.match, words[at + 1 :]))
        after = words[at + 1 + len(counting) :]
        named = list(itertools.takewhile(lambda w: w in kinds or w in _OF_MARKS, after))
        start = len(named)
        if not named:
            named = _kind_after_modifier(after, kinds)  # 哪种评价方式, 哪些海外的力量
            start = after.index(named[0]) + 1 if named else 0
        named += _kinds_joined(after[start:], kinds) if named else []  # 团体和资源, 资源渠道
        if any(word in kinds for word in named):  # 什么平台, 哪两支队伍, 哪几方面的力量
            found.update(word for word in [*counting, *named] if word not in _OF_MARKS)
        kind_at = at - 2
        while kind_at > 0 and words[kind_at] in cues["which_ask_adverb"]:
            kind_at -= 1  # 企业对象主要是哪几类: the adverb goes with the verb
        if at >= 2 and words[at - 1] in verbs and words[kind_at] in kinds:
            found.add(words[kind_at])  # 海智资源包括哪些
    return frozenset(found)


def asks_twice(text: str) -> bool:
    """Tells whether a question holds two asking words (啥时候开始啥时候完成)."""
    return len(ASKING.findall(text)) >= 2


_CJK_WORDS = re.compile(r"[\u4e00-\u9fff]+")
MAX_KIND_MODIFIER_WORDS = 2  # 哪些海外的力量: 海外 and 的 between the which-ask and its kind
KIND_JOINERS = frozenset({"和", "与", "及", "、", "跟", "或"})  # 哪些团体和资源: two kinds asked


def _kind_after_modifier(after: list[str], kinds: frozenset[str]) -> list[str]:
    """Returns the kind noun a which-ask names after a word saying what it is of (哪种评价方式,
    哪些海外的力量: 海外 and 的 come first), or nothing when no kind follows so close."""
    for at, word in enumerate(after[: MAX_KIND_MODIFIER_WORDS + 1]):
        if word in kinds:
            return [word] if at else []
        if not _CJK_WORDS.fullmatch(word):
            return []  # a clause ends before any kind is named
    return []


def _kinds_joined(rest: list[str], kinds: frozenset[str]) -> list[str]:
    """Returns the further kinds joined to the first one (团体和资源, 机构、团队, 资源渠道)."""
    found = []
    while rest:
        if rest[0] in kinds:
            found.append(rest[0])
            rest = rest[1:]
        elif len(rest) >= 2 and rest[0] in KIND_JOINERS and rest[1] in kinds:
            found.append(rest[1])
            rest = rest[2:]
        else:
            break
    return found


# 次数, 场数, 篇数: the count of a measure word counting events or pieces asks in it (跑区里科协的
# 次数多少 → 次); never of a word that also ends nouns (位 of 单位数, 家 of 专家数, 人, 个), nor
# 人次数 (人次 is the unit), 数量 or 数据.
_UNIT_COUNTED = re.compile(r"([次场篇起届])数(?![量据字值额])")


def unit_counted(text: str, *, units: frozenset[str]) -> str | None:
    """Returns the measure word whose count a question names (次数 → 次), else None."""
    for match in _UNIT_COUNTED.finditer(text):
        unit = match.group(1)
        before = text[max(match.start() - 1, 0) : match.start()]
        if unit in units and before + unit not in units:
            return unit
    return None


def _merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Returns ``spans`` in order with overlapping ones merged: mentions of a project may
    overlap (企业创新 and 企业创新服务项目), and the text is cut out once."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# 国交 1 合作单位 2 参与人数 3 满意度: a number typed alone before an ask, after the start or a
# break, with a space after it.
_BARE_NUMBER = re.compile(r"(?:^|(?<=[\s，,；;。？?！!：:]))(\d{1,2})\s+(?=[\u4e00-\u9fff])")


def bare_numbers_apart(text: str) -> str:
    """Turns numbers typed alone before each ask (1 合作单位 2 参与人数) into breaks between
    sentences, when they count 1, 2, 3… in order: a figure typed so (几个 2 人) counts nothing."""
    found = _BARE_NUMBER.findall(text)
    if len(found) < MIN_NUMBERED or [int(number) for number in found] != list(
        range(1, len(found) + 1)
    ):
        return text
    return _BARE_NUMBER.sub("；", text).lstrip("；")


_OF_MARKS = frozenset({"的", "之"})  # 哪些方面的力量, 哪些方面之力量 in written style
