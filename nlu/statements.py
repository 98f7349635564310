"""Clauses in which the asker tells their own figures instead of asking (``statements.txt``).

明年想提到350，今年参与人数定的多少: the first clause is the asker's plan. Read with the rest,
its 明年 asks for a form that is not loaded and its 350 looks like a figure to check. A clause
that asks nothing, holds a figure of the asker's (a plan, an actual, a remembered guess) and
stands beside a clause that does ask is set apart; the rest is answered on its own.

实际来了372人，比目标超出百分之几: when the ask works on the told figure instead, the told
figure is worked against the form's (:func:`told_against`, :func:`against_form`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

from knowledge.arithmetic import Operand, Operation, calculate
from knowledge.catalog import Catalog
from nlu.answers import Answer, FigureCalculation, IndicatorAnswer, MoneyAnswer, PassageAnswer
from nlu.calculations import PERCENTAGE_POINT
from nlu.cues import cue_words, word_sections
from nlu.figures import YUAN, Figure, money_figure, target_figure
from nlu.numbers import HUNDRED, NumberSpan, find_numbers
from nlu.ordering import longest_first
from nlu.prepared import built_once
from nlu.relative_years import relative_year_words
from nlu.retrieval import Passage

STATEMENTS_FILE = "statements.txt"
PERCENT_UNIT = "%"
LABEL_TOLD = "told"
BUDGET_WORD = "预算"
_TIME_UNITS = frozenset("年届月期季周天日号")
# 个 before 人 is the measure word of people counted (来了372个人 is 372人).
_UNIT_AFTER = re.compile(r"个?人次|个?人|[个场次家篇座辆米条套名位项份处]")
PEOPLE_UNIT = "人"
PEOPLE_UNITS = frozenset("人名位")  # the measure words of people, one for another (372位, 120名)
ASKER_PRONOUNS = ("我", "咱")  # 我们, 咱们: a clause the asker says of themselves
COUNT_ASKED = "多少"  # 国交活动多少人: a told count asked again in its measure
GENERIC_COUNT = "个"  # the measure word of anything counted (来了46个 of a row in 人)
MIN_TOLD_YUAN = 10_000  # 118万; a bare 118 of an amount says not whether 元 or 万元
# A clause ends at punctuation or, in a message typed by voice, at a space.
_CLAUSE = re.compile(r"[^，,。；;？?！! \t\n]+[，,。；;？?！! \t\n]*")  # a tab ends a pasted cell
_SEPARATORS = "，,。；;？?！!\n\t "
_FIGURE = re.compile(
    # 两百来人, 三十多家, 百余人: a figure told roughly
    r"\d|[零一二两三四五六七八九十百千万]+[来多余]?[个场次家人篇座辆米倍成届万元]"
    r"(?!数|问题|事|方面|东西|地方|项目|指标)"  # 确认两个数, 对比两个项目: the asks counted
    r"|百分之[零一二两三四五六七八九十]"  # 实测是百分之九十二点三
)
# 来了250人, 征集到64个: a count told with its measure word (a clause may end after it).
_TOLD_COUNT = re.compile(r"\d+(?:\.\d+)?(?:万元|万|元|人次|[个场次家人篇座辆米条套名项份处]|%)")
_DONE_PARTICLES = ("了", "啦")  # 做完3座了: the particle closing a count told
# 目标300人, 指标值4座: a clause quoting the form's own figure tells nothing of the asker's.
# 目标35场, ≥85% (a pasted cell): the form's figure quoted, no count of the asker's.
_TARGET_QUOTED = re.compile(r"目标|指标|要求|计划|申报|定的|定了|表上|表里|要|需|应|[≥≤≦≧]")
_NUMBER_WITH_UNIT = re.compile(r"[\d.]+[万亿]?[个场次家人篇座辆米元%]?")
# 签了2家, 来了372人: a verb done with its count, whatever the verb.
_DONE_COUNT = re.compile(r"[\u4e00-\u9fff]了[\d零一二两三四五六七八九十百千万]")
_MONEY_SAID = re.compile(r"[\d.]+(?:万元?|元)")
_CLAUSE_OF_SENTENCE = re.compile(r"[^，,。；;]*$")
_COUNTED = r"[\d.零一二两三四五六七八九十]+"
_DATE_SAID = re.compile(rf"前?{_COUNTED}个?(?:季度|年|月|周|日|号)[底初份前中末]?")  # 前两个季度
_ORDINAL_SAID = re.compile(r"第[\d零一二两三四五六七八九十]+[届期次]?")  # 好像是第33届
_DATE = re.compile(r"[\d.]+[年月日号]?[底初份前中]?")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# 项目一共360万，今年申请的占几成: a whole the asker tells, and an ask of the share of it.
_TOLD_WHOLE = re.compile(
    r"(?:一共|总共|合计|总计|总额|总数|共计)(?:是|有|为)?\s*(?=[\d零一二两三四五六七八九十])"
)
# 还差多少人, 差几场, 完成了几座: the measure word an ask of a count asks in.
_ASKED_MEASURE = re.compile(r"(?:多少|几)个?(人次|[个场次家人篇座辆米条套名项份处])")
# 一共来了186人: a word of a whole, with a verb of up to four characters, before the figure.
_WHOLE_BEFORE = re.compile(r"(?:一共|总共|合计|总计|累计|共计)[\u4e00-\u9fff]{0,4}$")
_PUNCTUATED_CLAUSE = re.compile(r"[^，,。；;？?！!\n]+")
_SHARE_ASKED = re.compile(
    r"占(?:了|到)?(?:几成|百分之几|多少|比|的比例|比例|总数的|总额的|全部的)"
)
# 我要对接一下, 我得核对一下, 我们马上去联系下: what the asker is about to do, its verb
# closed by 一下 with no thing after it (我要对一下人数 names what is asked).
_OWN_DOING = re.compile(
    r"(?:我们|我|咱们|咱)(?:这边|那边)?(?:马上|还|正|先|再|就)?(?:要|得|想|需要|好|去|会|准备)"
    r"[去来]?[\u4e00-\u9fff]{1,4}?(?:一下子?|下)[啊哈呀吧哦嘛]*$"
)
# 我记得是, 文件写的是, 应该是: all a clause may say before a figure put up for confirmation
# of the row asked before it.
_CONFIRM_HEAD = re.compile(
    r"(?:我们|我|咱们|咱)?(?:记得|印象中|印象里|好像|应该|大概|估计|以为|文件|表上|表里|上面|材料上"
    r"|那边|这边)*(?:写的|定的|填的|报的)?(?:是|为)?"
)
MIN_KEPT_CHARS = 2  # what is left of a message once a warning in it is left out (满意度)
_PURPOSE_NOT_BEFORE = "的是了着过"  # 我要写的是…: the purpose's object follows, no ask yet
MAX_MIXED_UP_CHARS = 16  # the thing named between 跟 and 搞混


@dataclass(frozen=True)
class SetApart:
    """A question with the clauses that tell the asker's own figures taken out."""

    kept: str  # the clauses that ask, as written
    clauses: tuple[str, ...]  # the clauses set apart, as written


@dataclass(frozen=True)
class StatementWords:
    """The word classes of ``statements.txt`` as patterns."""

    plan: re.Pattern[str]
    actual: re.Pattern[str]
    guess: re.Pattern[str]
    own_time: re.Pattern[str]
    ask: re.Pattern[str]
    against: re.Pattern[str]
    asker: re.Pattern[str]
    asker_inside: re.Pattern[str]  # the asker's words of two characters or more, anywhere
    rate: re.Pattern[str]
    points: re.Pattern[str]
    percent: re.Pattern[str]
    amount: re.Pattern[str]
    chain: re.Pattern[str]
    target_asked: re.Pattern[str] = re.compile("(?!)")
    doing: re.Pattern[str] = re.compile("(?!)")
    result_ask: re.Pattern[str] = re.compile("(?!)")
    supposition_end: re.Pattern[str] = re.compile("(?!)")
    told_time: re.Pattern[str] = re.compile("(?!)")
    measured: re.Pattern[str] = re.compile("(?!)")
    mixed_up: re.Pattern[str] = re.compile("(?!)")
    confirmed: re.Pattern[str] = re.compile("(?!)")


@dataclass(frozen=True)
class Premise:
    """An ask holding figures the asker puts up for checking (培育工作站目标是50家吗): the ask
    with each figure replaced by an asking word, and the figures as written."""

    kept: str
    told: tuple[str, ...]


@built_once
def load_statement_words() -> StatementWords:
    """Reads ``nlu/data/statements.txt`` (and the question words of ``cues.txt``)."""
    text = (resources.files("nlu") / "data" / STATEMENTS_FILE).read_text(encoding="utf-8")
    sections = word_sections(text)
    not_before = _alternatives(sections["plan_not_before"])
    return StatementWords(
        plan=re.compile(
            f"(?:{_alternatives(sections['plan'])})"
            f"(?!(?:{_alternatives(sections['plan_adverb'])})?(?:{not_before}))"
        ),
        actual=re.compile(_alternatives(sections["actual"])),
        guess=re.compile(_alternatives(sections["guess"])),
        own_time=re.compile(_alternatives((*sections["own_stage"], *relative_year_words()))),
        ask=re.compile(_alternatives((*sections["ask"], *cue_words()["question"]))),
        against=re.compile(_alternatives(sections["against"])),
        asker=re.compile(f"^(?:{_alternatives(sections['asker'])})+"),
        asker_inside=re.compile(_alternatives(tuple(w for w in sections["asker"] if len(w) > 1))),
        rate=re.compile(_alternatives(sections["rate"])),
        points=re.compile(_alternatives(sections["points"])),
        percent=re.compile(_alternatives(sections["percent"])),
        amount=re.compile(_alternatives(sections["amount"])),
        chain=re.compile(_alternatives(cue_words()["chain"])),
        target_asked=re.compile(f"(?:{_alternatives(sections['target_asked'])})"),
        doing=re.compile(_alternatives(sections["doing"])),
        result_ask=re.compile(_alternatives(sections["result_ask"])),
        supposition_end=re.compile(_alternatives(sections["supposition_end"])),
        told_time=re.compile(_alternatives(sections["told_time"])),
        measured=re.compile(_alternatives(sections["measured"])),
        confirmed=re.compile(
            r"[≥≤><=]?\s*\d+(?:\.\d+)?\s*(?:人次|万元|万|元|%|[个场次家人篇座辆米条套名项份处起])?\s*"
            rf"(?:{_alternatives(sections['confirm'])})[?？。!！]*$"
        ),
        mixed_up=re.compile(
            rf"(?:我|咱)?(?:{_alternatives(sections['mixed_up_opener'])})"
            # 别跟运维的搞混了: the other thing named; 别给我整岔了: none, only the plea
            rf"(?:(?:和|跟|与|同|把)[^{_SEPARATORS}]{{1,{MAX_MIXED_UP_CHARS}}}?|(?P<plea>给我|给咱|帮我))?"
            rf"(?:{_alternatives(sections['mixed_up'])})[了啊哈呀啦哦喔的喽咯]*"
        ),
    )


def set_apart(
    text: str,
    normalized: str,
    words: StatementWords,
    *,
    names_form: Callable[[str], bool] = lambda _: False,
    year_loaded: Callable[[int], bool] = lambda _: True,
) -> SetApart | None:
    """Returns ``text`` without the clauses telling the asker's own figures, or None when
    none is told, every clause tells, or an ask works on a told figure (实际花了118万，离上限
    还剩多少: the 118万 is an operand).

    ``normalized`` is ``text`` normalised, the same length clause by clause or not at all: the
    clauses are read in it when its length matches, else in ``text``. ``names_form`` tells
    whether a clause names words of the form (人数 of 我这边要对一下人数): said of the asker
    after an ask, such a clause may still tell what is asked, so it is not set apart.
    ``year_loaded`` tells whether a form of a year is loaded: a figure told of a year none is
    (国交学生人数，2025年是40人，今年呢) is the asker's own, as one told of 去年 is.
    """
    read = normalized if len(normalized) == len(text) else text
    spans = _clause_spans(read, words)
    if len(spans) < 2:
        return None
    own_said = any(_tells_of_asker(read[start:end], words, after_ask=True) for start, end in spans)
    if not (
        _FIGURE.search(read)
        or words.own_time.search(read)
        or own_said
        or _ROUGH_NUMBER.search(read)  # 我记得是三十几届
    ):
        return None
    told = [
        (_tells(read[start:end], words) and not _year_only_named(read[start:end], year_loaded))
        or _told_of_year(read[start:end], words, year_loaded)
        for start, end in spans
    ]
    asks = [bool(words.ask.search(read[start:end])) for start, end in spans]
    told = [
        tells
        or _tells_of_asker(
            read[start:end],
            words,
            after_ask=any(asks[:at]) and not told[0] and not names_form(read[start:end]),
        )
        for at, ((start, end), tells) in enumerate(zip(spans, told, strict=True))
    ]
    kept = [span for span, tells in zip(spans, told, strict=True) if not tells]
    if not any(told) or not kept:
        return None
    asked = "".join(read[start:end] for start, end in kept)
    if not _CJK.search(asked) or _works_told(asked, words):
        return None
    clauses = tuple(
        text[start:end].strip(_SEPARATORS)
        for (start, end), tells in zip(spans, told, strict=True)
        if tells
    )
    rest = "".join(text[start:end] for start, end in kept).strip(_SEPARATORS)
    if told[0]:
        # 企服明年想报150万，今年报了多少: what the first clause opens with is what is asked of.
        start, end = spans[0]
        topic = _topic(read[start:end], words)
        # 数字化改造2024年花了80万: the year told of is the asker's, not the one asked.
        rest = _YEAR_SAID.sub("", text[start : start + len(topic)]) + rest if topic else rest
    return SetApart(rest, clauses)


def _clause_spans(text: str, words: StatementWords) -> list[tuple[int, int]]:
    """Returns where each clause of ``text`` starts and ends: at punctuation, at a space typed
    by voice, and before a word chaining spoken asks (国交实际支出36.5万然后还剩多少没花)."""
    spans = []
    for hit in _CLAUSE.finditer(text):
        start = hit.start()
        purpose = _purpose_end(hit.group(0), words)
        if purpose:
            spans.append((start, start + purpose))  # 我写总结要写 | 两个项目一共申请了多少
            start += purpose
        for chained in words.chain.finditer(text, hit.start() + 1, hit.end()):
            spans.append((start, chained.start()))
            start = chained.start()
        for told in _TOLD_COUNT.finditer(text, start, hit.end()):
            # 实际来了250人完成率多少: the figure told ends its clause where the working begins.
            end = told.end()
            after = end + (text[end : end + 1] in _DONE_PARTICLES)  # 检完3座了还差几座
            if start < told.start() and any(
                pattern.match(text, after) for pattern in (words.against, words.rate)
            ):
                spans.append((start, after))
                start = after
        spans.append((start, hit.end()))
    return spans


def _tells(clause: str, words: StatementWords) -> bool:
    """Tells whether a clause states the asker's own figure and asks nothing (去年是36家？
    tells with a rising tone: its question mark alone asks nothing)."""
    clause = clause.rstrip(_SEPARATORS)
    confirmed = words.confirmed.search(clause)
    if confirmed is not None and _CONFIRM_HEAD.fullmatch(clause[: confirmed.start()].strip()):
        # 我记得是12次对吧: a figure put up to check, said of the ask before it; 参与人数是300
        # 吧 names its own row and is asked.
        return True
    if words.guess.search(clause) and not words.against.search(clause):
        # 我记得是24届; 我记得是三十几届: 几 of a number guessed roughly asks nothing.
        # 我怎么记得是第7届: the 怎么 of the guess asks nothing either.
        return not words.ask.search(words.guess.sub("", _ROUGH_NUMBER.sub("", clause)))
    if words.ask.search(clause) or words.against.search(clause):
        return False
    if plan_told(clause, words):
        return True
    if not _FIGURE.search(clause):
        return False
    return _tells_by_word(clause, words)


def _year_only_named(clause: str, year_loaded: Callable[[int], bool]) -> bool:
    """Tells whether a clause's only figure is a year no form is loaded for (要是按2024年的口径,
    2024年那张表里): it says which year's form is asked, which none answers; nothing is told."""
    years = [int(found.group(1)) for found in _YEAR_SAID.finditer(clause)]
    if not years or any(year_loaded(year) for year in years):
        return False
    bare = _YEAR_SAID.sub("", clause)
    # 好像是2023年七月开始的: a date guessed is told, not the year's form asked
    return not (_FIGURE.search(_ORDINAL_SAID.sub("", bare)) or _MONTH_SAID.search(bare))


def _told_of_year(clause: str, words: StatementWords, year_loaded: Callable[[int], bool]) -> bool:
    """Tells whether a clause tells a figure of a year no form is loaded for, asking nothing
    (2025年是40人, 2024年只来了260人): the asker's own, not the year asked."""
    years = [int(found.group(1)) for found in _YEAR_SAID.finditer(clause)]
    if not years or any(year_loaded(year) for year in years):
        return False
    bare = _YEAR_SAID.sub("", clause).rstrip(_SEPARATORS)
    if words.ask.search(bare) or words.against.search(bare):
        return False
    return bool(_FIGURE.search(_ORDINAL_SAID.sub("", bare)))


def plan_told(clause: str, words: StatementWords) -> bool:
    """Tells whether a clause tells the asker's plan, with or without its figure (明年想各加一
    点: a time of their own and a verb of a plan)."""
    return bool(words.own_time.search(clause) and words.plan.search(clause))


def _tells_of_asker(clause: str, words: StatementWords, *, after_ask: bool) -> bool:
    """Tells whether a clause holding no figure tells of the asker, asking nothing: what they
    are busy with (我这边在做经费台账) anywhere; after an ask, anything they say of themselves
    (我们自评打算每项都写实际值, 我这边要跟接待那边对一下人数)."""
    clause = clause.rstrip(_SEPARATORS)
    opening = words.told_time.match(clause)  # 上次我们现场调查了下: said of the asker too
    if opening is not None:
        clause = clause[opening.end() :]
    if not clause.startswith(ASKER_PRONOUNS) or words.ask.search(clause):
        return False
    if words.against.search(clause) or words.guess.search(clause):
        return False  # 我记得是特定目标类: a guess checked, answered with the form's value
    if words.doing.search(clause) or _OWN_DOING.match(clause):
        return True
    return after_ask and not _FIGURE.search(clause)


def _works_told(asked: str, words: StatementWords) -> bool:
    """Tells whether an ask works on a told figure (还差几场, 超了多少), not a bound of its own
    (目标值超过100的有哪些: a number follows the word)."""
    if words.rate.search(asked) or words.points.search(asked):
        return True
    if _TIMES_OR_SHARE_OF_ASKER.search(asked):
        return True  # 企服的是我们的几倍
    return any(
        not asked[hit.end() : hit.end() + 1].isdigit() for hit in words.against.finditer(asked)
    )


def _topic(clause: str, words: StatementWords) -> str:
    """Returns what a telling clause opens with before the words that tell (企服 of
    企服明年想报150万), or "" when that is only the asker or a time (我们上半年, 我们到9月).
    """
    cues = (words.plan, words.actual, words.guess, words.own_time, words.told_time, _DONE_COUNT)
    starts = [hit.start() for cue in cues if (hit := cue.search(clause)) is not None]
    opening = clause[: min(starts)] if starts else ""
    return opening if _DATE.sub("", words.asker.sub("", _YEAR_SAID.sub("", opening))) else ""


def _alternatives(found: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, longest_first(found)))


@dataclass(frozen=True)
class ToldAgainst:
    """An ask working a figure the asker tells against the form's (实际来了372人，比目标超出
    百分之几): the told number, how it is worked, and texts naming the form's figure."""

    told: NumberSpan
    operation: Operation
    rows: tuple[str, ...]  # texts that may name the form's figure, best first
    unit: str = ""  # the unit written after the told number (人次 of 5600人次)
    form_first: bool = False  # the form's figure is changed by the told one (砍掉10万)
    also: tuple[Operation, ...] = ()  # further workings asked apart (完成率多少，还差多少)


def told_against(
    text: str, words: StatementWords, normalize: Callable[[str], str]
) -> ToldAgainst | None:
    """Reads an ask working one told figure against the form's, else None.

    The clauses of ``text`` (cut as written: a space typed by voice ends one) are read
    normalised. The clause telling holds exactly one number; the clauses asking say how it is
    worked (:func:`_operation`).
    """
    share = _share_of_told(text, words, normalize)
    if share is not None:
        return share
    working = (words.against, words.rate, words.points, _TIMES_OR_SHARE_OF_ASKER)
    if not _FIGURE.search(text) or not any(word.search(text) for word in working):
        return None
    clauses = [normalize(text[start:end]) for start, end in _clause_spans(text, words)]
    told = [clause for clause in clauses if _tells_figure(clause, words)]
    if not told:
        # 桥梁检测我们做完3座了，完成率多少: beside a working, a count the asker says is theirs.
        told = [clause for clause in clauses if _counts_told(clause, words)]
        if len(told) != 1 or not _works_a_count(
            [clause for clause in clauses if clause not in told], words
        ):
            return None
    clause = told[0]
    asked_in = _asked_measure(clauses, told)
    numbers = _told_numbers(clause, asked_in)
    told_unit = _unit_told(clause, numbers[0].end) if len(numbers) == 1 else ""
    if len(told) > 1:
        numbers, told_unit = _added_up(told, words)  # 上周办了2场，之前办了10场，还差几场
    others = [other for other in clauses if other not in told]
    if any(_asks_alone(other, words) and not _asks_target(other, words) for other in others):
        return None  # 养护成本是多少以内？实际结算262万，超了没: the target is asked too
    asked = "".join(others)
    operation = _operation(asked, words)
    if len(numbers) != 1 or operation is None:
        return None
    each = [found for other in others if (found := _operation(other, words)) is not None]
    also = tuple(dict.fromkeys(found for found in each if found is not operation))
    naming = [other for other in others if _operation(other, words) is None]
    rows = (
        _cleaned(_topic(clause, words), words),
        _cleaned(clause, words),
        _cleaned(words.against.split(asked)[0], words),
        *(_cleaned(other, words) for other in naming[:1]),  # 养护的市民满意度，…实测…，高几个点
    )
    named = [row for row in rows if _CJK.search(row)]
    if named and _MONEY_SAID.match(clause, numbers[0].start):
        named.append(named[0] + BUDGET_WORD)  # 企服明年要是压到110万: an amount of its budget
    # 企服活动现场满意度调查结果86.5%: how the asker measured (现场, 问卷) names no row; tried
    # last, so a row whose name holds such a word is found first.
    named += [row for found in named if (row := words.measured.sub("", found)) != found]
    # 国交活动实际来了330人: the thing and the measure told name the row (国交活动多少人).
    measure = PEOPLE_UNIT if told_unit in PEOPLE_UNITS else told_unit
    named += [f"{row}{COUNT_ASKED}{measure}" for row in named] if told_unit else []
    named = list(dict.fromkeys(row for row in named if _CJK.search(row)))
    said = normalize(text)
    form_first = (
        _told_compared_with(said, numbers[0].text)
        or _told_as_base(said, numbers[0].text)
        or _told_named_as_base(said, clause)
    )
    return ToldAgainst(
        numbers[0], operation, tuple(named), told_unit, form_first=form_first, also=also
    )


# 国交参与人数比我们多多少, 比我们区的50人多几个: the told figure is what the form's is compared
# with, so the form's comes first (300 − 50 = 多 250, never 少 250).
_COMPARED_WITH_ASKER = re.compile(
    r"[比差](?:我们|我|咱们|咱|本区|我区|(?:这个|这|那个)(?!个?项目|个?指标|[\u4e00-\u9fff]{0,2}项目))"
)


# 人家是我们的几倍, 只有人家的百分之几, 是市里的几成: how many times one figure is the other, the
# base said right before 的; read only beside the asker's own figure.
_TIMES_OR_SHARE = re.compile(
    r"(?P<base>[\u4e00-\u9fff\d.]{0,6}?)(?:的?(?P<times>(?:几|多少)倍)"
    r"|的(?:百分之(?:几|多少)|几成|(?:几|多少)%))"
)
_ASKER_SAID = re.compile(r"我们|咱们|我区|本区|咱")
_TIMES_OR_SHARE_OF_ASKER = re.compile(
    r"(?:我们|咱们|我区|本区|咱|人家)[\u4e00-\u9fff\d.]{0,6}?(?:的?(?:几|多少)倍|的(?:百分之(?:几|多少)|几成))"
)


def _told_as_base(text: str, told: str) -> bool:
    """Tells whether the told figure, or the asker, is the base a ratio is of (人家是我们的
    几倍: the form's over the told)."""
    found = _TIMES_OR_SHARE.search(text)
    if found is None:
        return False
    base = found.group("base")
    return bool(_ASKER_SAID.search(base)) or told in base


# 目标值比基线提高了百分之几: what 比 compares with, named by the few words right after it.
_COMPARED_NOUN = re.compile(
    r"比(?P<noun>[\u4e00-\u9fff]{2,4}?)值?"
    r"(?=提高|提升|增加|增长|上升|下降|降低|减少|高|低|多|少|超)"
)
MIN_BASE_CHARS = 2  # 基线: the shortest name the told clause may give its figure


def _told_named_as_base(text: str, clause: str) -> bool:
    """Tells whether what 比 compares with is what the telling clause names (把基线值设为240人，
    目标值比基线提高了百分之几: the told figure is the base)."""
    return any(
        len(found.group("noun")) >= MIN_BASE_CHARS
        and found.group("noun") in clause
        and found.group(0) not in clause  # 实际336人比目标高: the clause compares, names no base
        for found in _COMPARED_NOUN.finditer(text)
    )


def _told_compared_with(text: str, told: str) -> bool:
    """Tells whether the told figure, or the asker, is said after 比 (A比我们多多少, A比50人多)."""
    if _COMPARED_WITH_ASKER.search(text):
        return True
    return (
        re.search(rf"比[^，,。；;？?！!比]{{0,6}}?(?<![\d.]){re.escape(told)}(?![\d.])", text)
        is not None
    )


def against_form(asked: ToldAgainst, answer: Answer, catalog: Catalog) -> FigureCalculation | None:
    """Works the told figure against the one figure ``answer`` gives (a target in its unit,
    an amount in 元), or None when it gives none or another unit."""
    form = _one_figure(answer, catalog, asked.unit)
    if form is None or not _same_unit(asked, form):
        return None
    value = asked.told.value
    if form.unit == PERCENT_UNIT and not asked.told.percent and value < 1:
        value *= HUNDRED  # 0.93 of a percentage target
    unit_said = asked.told.percent or form.unit == YUAN or not form.unit
    quote = asked.told.text if unit_said else f"{asked.told.text}{form.unit}"
    told = Figure(form.project, value, form.unit, quote=quote, given=True)
    operands = (Operand(LABEL_TOLD, told.value), Operand(form.project.name, form.value))
    if asked.form_first:
        operands = operands[::-1]
    calculation = calculate(asked.operation, operands)
    if calculation is None:
        return None
    figures = (form, told) if asked.form_first else (told, form)
    unit = None if form.unit == YUAN else form.unit
    if form.unit == PERCENT_UNIT and asked.operation is Operation.DIFFERENCE:
        unit = PERCENTAGE_POINT  # 97.2% − 95% = 多 2.2个百分点
    return FigureCalculation(calculation, unit, figures=figures)


def _tells_figure(clause: str, words: StatementWords) -> bool:
    """Tells whether a clause states the asker's own figure (asking nothing of its own)."""
    if words.ask.search(words.against.sub("", clause.rstrip(_SEPARATORS))):
        return False
    return bool(_FIGURE.search(clause)) and _tells_by_word(clause, words)


def _tells_by_word(clause: str, words: StatementWords) -> bool:
    """Tells whether a clause holding a figure says it is the asker's: a plan, a result
    reached (实际, 签了2家) or a year of the asker's own (明年, 去年)."""
    found = (words.plan, words.actual, words.own_time, _DONE_COUNT)
    return any(pattern.search(clause) for pattern in found)


def _asks_alone(clause: str, words: StatementWords) -> bool:
    """Tells whether a clause asks on its own, working no told figure (是多少以内)."""
    working = (words.against, words.rate, words.points, words.amount, _TIMES_OR_SHARE)
    return bool(words.ask.search(clause)) and not any(w.search(clause) for w in working)


def _asks_target(clause: str, words: StatementWords) -> bool:
    """Tells whether a clause asks only the form's figure of the row worked against (目标几场,
    目标是多少): the working quotes it, so it is answered there."""
    rest = _UNIT_AFTER.sub("", words.target_asked.sub("", clause))
    return not _CJK.search(rest) and bool(words.target_asked.search(clause))


# 人均不超过多少元, 不低于几场: a bound before the ask, never a figure said to exceed another.
_BOUND_ASKED = re.compile(r"(?<![超高多低少])不(?:超过|超出|高于|低于|多于|少于)(?=多少|几)")


def _operation(asked: str, words: StatementWords) -> Operation | None:
    """Returns how the ask works the told figure: a rate of the form's (完成率), points or a
    percentage above or below it, the amount above or below it, or how many times the one
    is the other (人家是我们的几倍, 只有人家的百分之几)."""
    asked = _BOUND_ASKED.sub("", asked)  # 人均不超过多少元: a bound asked, no figure exceeded
    times = _TIMES_OR_SHARE.search(asked)
    if times is not None:
        return Operation.RATIO if times.group("times") else Operation.PERCENT_OF
    if words.rate.search(asked):
        return Operation.PERCENT_OF
    if words.points.search(asked):
        return Operation.DIFFERENCE
    if not words.amount.search(asked) and not words.against.search(asked):
        return None
    if words.percent.search(asked):
        return Operation.PERCENT_DIFFERENCE
    return Operation.DIFFERENCE


def _cleaned(text: str, words: StatementWords) -> str:
    """Returns ``text`` without its numbers, dates and the words that tell or ask."""
    cleaning = (
        words.guess,  # 我记得 before 我 alone is taken off
        _ORDINAL_SAID,
        _DATE_SAID,
        _NUMBER_WITH_UNIT,
        words.asker,
        words.asker_inside,
        words.plan,
        words.told_time,
    )
    for pattern in (*cleaning, words.actual):
        text = pattern.sub("", text)
    return words.own_time.sub("", words.guess.sub("", text)).strip(_SEPARATORS)


def _names_a_time(text: str, end: int) -> bool:
    """Tells whether a number counts a time or an edition (前三季度, 前两个季度, 10月底, 第8届),
    not the figure told."""
    after = text[end : end + 2]
    return after[:1] in _TIME_UNITS or (after[:1] == "个" and after[1:] in _TIME_UNITS)


def _one_figure(answer: Answer, catalog: Catalog, unit: str) -> Figure | None:
    """Returns the one figure an answer gives: a row's target, a project's amount, or the
    one number in ``unit`` (the unit told) of the goal sentence quoted."""
    if isinstance(answer, IndicatorAnswer) and len(answer.indicators) == 1:
        row = answer.indicators[0]
        return target_figure(catalog.project(row.project_id), row)
    if isinstance(answer, MoneyAnswer) and len(answer.projects) == 1 and answer.operation is None:
        return money_figure(answer.projects[0], answer.field, answer.column)
    if isinstance(answer, PassageAnswer) and len(answer.matches) == 1 and unit:
        return _goal_figure(answer.matches[0].passage, unit, catalog)
    return None


def _goal_figure(passage: Passage, unit: str, catalog: Catalog) -> Figure | None:
    """Returns the one figure in ``unit`` a goal sentence states, quoted with its clause
    (开放日接待市民实际到了5600人次 → 接待市民不少于 5000人次), else None."""
    text = passage.text
    stated = [n for n in find_numbers(text) if text[n.end :].lstrip().startswith(unit)]
    if len(stated) != 1:
        return None
    opening = _CLAUSE_OF_SENTENCE.search(text[: stated[0].start])
    said = opening.group(0) if opening else ""
    quote = (said + text[stated[0].start : stated[0].end] + unit).strip()
    return Figure(catalog.project(passage.project_id), stated[0].value, unit, quote=quote)


def _same_unit(asked: ToldAgainst, form: Figure) -> bool:
    """Tells whether a told number is in the form figure's unit (372人 of a row in 人; 118万
    of an amount; 93.6% of a percentage); a number without a unit counts as in it, except
    a bare small number of money."""
    told = asked.told
    if form.unit == YUAN:
        return told.value >= MIN_TOLD_YUAN
    if form.unit == PERCENT_UNIT:
        return told.percent or told.value <= HUNDRED
    if {asked.unit, form.unit} <= PEOPLE_UNITS:
        return not told.percent
    if asked.unit not in ("", GENERIC_COUNT) and form.unit and asked.unit[0] != form.unit[0]:
        return False  # 12辆 told of a row in 人; 46个 counts people or places alike
    return not told.percent


def told_words(clauses: tuple[str, ...], words: StatementWords) -> str:
    """Returns what the told clauses name, without their figures, times and the words that
    tell (国交明年打算拉5家单位合作 → 国交拉单位合作): the thing an ask naming none
    (今年写的几家) is asked of."""
    return "".join(_cleaned(clause, words) for clause in clauses)


def result_joined(text: str, at: int, words: StatementWords) -> str:
    """Joins the clause asking a supposition's result to the clause it was made in, where a
    scale was cut out at ``at`` (企服预算要是砍掉两成，还剩多少钱 → 企服预算要是还剩多少钱)."""
    ending = words.supposition_end.match(text, at)
    after = text[ending.end() if ending else at :]
    asked = after.lstrip(_SEPARATORS)
    if asked == after or not words.result_ask.match(asked):
        return text
    return text[:at] + asked


def told_figures(told: SetApart) -> bool:
    """Tells whether the clauses set apart tell a figure, not only what the asker does."""
    return any(_FIGURE.search(clause) for clause in told.clauses)


def figures_told(told: SetApart, words: StatementWords) -> tuple[str, ...]:
    """Returns the clauses set apart that tell a figure or a plan for another year, which the
    answer names as the asker's; what the asker says of themselves (我看别的表有写一般项目的)
    is left unsaid, so no word of it reads as the form's."""
    return tuple(
        clause
        for clause in told.clauses
        if _FIGURE.search(clause) or words.own_time.search(clause)
    )


def _added_up(told: list[str], words: StatementWords) -> tuple[list[NumberSpan], str]:
    """Returns the one figure several told clauses add up to (上周办了2场，之前办了10场: 2+10场),
    each telling one number in one and the same unit; none when they differ, or when a clause
    says a year (去年办了30场，今年办了12场 are no sum)."""
    found: list[tuple[NumberSpan, str]] = []
    for clause in told:
        numbers = [n for n in find_numbers(clause) if not _names_a_time(clause, n.end)]
        unit = _unit_told(clause, numbers[0].end) if len(numbers) == 1 else ""
        if not unit or words.own_time.search(clause) or numbers[0].percent:
            return [], ""
        found.append((numbers[0], unit))
    if len({unit for _, unit in found}) != 1:
        return [], ""
    written = "+".join(number.text for number, _ in found)
    total = sum((number.value for number, _ in found), Decimal(0))
    return [NumberSpan(0, 0, written, total)], found[0][1]


def _share_of_told(
    text: str, words: StatementWords, normalize: Callable[[str], str]
) -> ToldAgainst | None:
    """Reads an ask of the share a figure of the form takes of a whole the asker tells
    (数字化改造项目一共360万，今年申请的占几成: 120万 ÷ 360万), else None.

    The telling clause holds one number right after a word of a whole and asks nothing; the
    asking clause names no number of its own, so the share is of the told whole.
    """
    if not _TOLD_WHOLE.search(normalize(text)):
        return None
    clauses = [normalize(hit.group(0)) for hit in _PUNCTUATED_CLAUSE.finditer(text)]
    told = [clause for clause in clauses if _TOLD_WHOLE.search(clause)]
    asked = [clause for clause in clauses if _SHARE_ASKED.search(clause)]
    if len(told) != 1 or len(asked) != 1 or told == asked or _FIGURE.search(asked[0]):
        return None
    clause = told[0]
    if words.ask.search(_TOLD_WHOLE.sub("", clause.rstrip(_SEPARATORS))):
        return None
    whole = _TOLD_WHOLE.search(clause)
    if whole is None:
        return None
    numbers = [
        n
        for n in find_numbers(clause)
        if n.start >= whole.end() and not _names_a_time(clause, n.end)
    ]
    if len(numbers) != 1:
        return None
    named = _cleaned(_SHARE_ASKED.split(asked[0])[0], words)
    topic = _cleaned(clause[: whole.start()], words).strip()
    rows = tuple(row for row in (topic + named, named) if _CJK.search(row))
    return ToldAgainst(
        numbers[0],
        Operation.PERCENT_OF,
        rows,
        _unit_told(clause, numbers[0].end),
        form_first=True,
    )


def _purpose_end(clause: str, words: StatementWords) -> int:
    """Returns where the asker's purpose that opens an asking clause ends (我写总结要写 of
    我写总结要写两个项目一共申请了多少资金), or 0 when the clause opens on no such purpose."""
    if not clause.startswith(ASKER_PRONOUNS):
        return 0
    doings = list(words.doing.finditer(clause))
    if not doings:
        return 0
    end = doings[-1].end()
    rest = clause[end:]
    if words.ask.search(clause[:end]) or not words.ask.search(rest):
        return 0
    return end if _CJK.match(rest) and rest[:1] not in _PURPOSE_NOT_BEFORE else 0


def _counts_told(clause: str, words: StatementWords) -> bool:
    """Tells whether a clause asking nothing holds a count with its measure word (做完3座了,
    完成3座, 搞定了120条) that quotes no figure of the form: beside an ask working a told
    figure, the asker's own count, whatever verb tells it."""
    if words.ask.search(words.against.sub("", clause.rstrip(_SEPARATORS))):
        return False
    if _TARGET_QUOTED.search(clause):
        return False
    return bool(_TOLD_COUNT.search(clause))


def _works_a_count(asked: list[str], words: StatementWords) -> bool:
    """Tells whether the asking clauses say how a count is worked (完成率, 还差几座, 高几个
    百分点, 是我们的几倍), not only that it is (按这个分: a count the goal states, divided)."""
    working = (words.rate, words.points, words.amount, _TIMES_OR_SHARE_OF_ASKER)
    return any(pattern.search(clause) for clause in asked for pattern in working)


def _asked_measure(clauses: list[str], told: list[str]) -> str:
    """Returns the measure word the asking clauses ask in (还差多少人 → 人), or ""."""
    for clause in clauses:
        if clause in told:
            continue
        found = _ASKED_MEASURE.search(clause)
        if found is not None:
            return found.group(1)
    return ""


def _told_numbers(clause: str, measure: str) -> list[NumberSpan]:
    """Returns the numbers a told clause states as its figure: all but times and editions;
    of several (上周办了2场一共来了186人), the one in the measure asked (还差多少人: 186人),
    else the one a word of a whole opens (一共来了186人)."""
    numbers = [n for n in find_numbers(clause) if not _names_a_time(clause, n.end)]
    if len(numbers) < 2:
        return numbers
    if measure:
        measured = [n for n in numbers if clause.startswith(measure, n.end)]
        if len(measured) == 1:
            return measured
    whole = [n for n in numbers if _WHOLE_BEFORE.search(clause, 0, n.start)]
    return whole if len(whole) == 1 else numbers


def without_mixed_up(text: str, words: StatementWords) -> str | None:
    """Returns ``text`` without a warning not to mix the thing asked up with another (道路养护
    的满意度多少 别和运维那个搞混了 → 道路养护的满意度多少), else None: read with the rest,
    the other thing (运维) is asked too and its figure shown beside the one asked.

    A warning that is (nearly) the whole message, or holds an ask of its own, is left in
    place."""
    found = words.mixed_up.search(text)
    # 别给我整岔了: its 给我 pleads, it asks for nothing
    warning = found.group(0).replace(found.group("plea") or "\x00", "") if found else ""
    if found is None or words.ask.search(warning):
        return None
    kept = (text[: found.start()] + text[found.end() :]).strip(_SEPARATORS)
    return kept if len(_CJK.findall(kept)) >= MIN_KEPT_CHARS else None


_BOUND_SIGNS = ("≥", "≤", ">", "<", "=")
_PARTICLES_AFTER = "的啊呀哦呢哈嘛"
_PUNCTUATED_ENDING = re.compile(r"[^，,。；;？?！!\n]+[，,。；;？?！!\n]*")
_LIST_MARK = "、"
_LISTED_ITEM = re.compile(r"[^、]+、?")  # 论文25篇、研讨会5场: each item its own figure
_NUMERAL = re.compile(r"[\d零一二两三四五六七八九十百千万]")
_MONEY_IN_WAN = ("万元", "万")
_WAN = Decimal(10_000)
# 三十几, 十几, 二十多, 几十, 几百: a number said roughly, its 几 asking nothing.
_YEAR_SAID = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?")  # 2025年是40人
# 一期那张表, 第3届: an ordinal says which one, it tells no figure
_ORDINAL_SAID = re.compile(
    r"第?\s*[\d一二两三四五六七八九十]+\s*[期届批]|第\s*[\d一二三四五六七八九十]+"
)
_MONTH_SAID = re.compile(r"[\d一二三四五六七八九十]+\s*[月日号]|[年月]底|[年月]初|上半年|下半年")
_ROUGH_NUMBER = re.compile(r"[一二两三四五六七八九十\d]+几|几[十百千万]+")


def _unit_told(clause: str, end: int) -> str:
    """Returns the measure word written right after a told number (372人, 372个人 → 人), or ""."""
    said = _UNIT_AFTER.match(clause, end)
    if said is None:
        return ""
    unit = said.group(0)
    return unit.removeprefix(GENERIC_COUNT) if len(unit) > 1 else unit


@built_once
def _premise_pattern() -> re.Pattern[str]:
    """Matches a clause ending with a figure put up for checking: the thing, a verb, the
    figure with its bound and unit, and a tag (…目标是50家吗, …是不是8家, …90%以上对吧)."""
    sections = _sections()
    bounds = _alternatives((*sections["premise_at_least"], *sections["premise_at_most"]))
    # 一 alone says "a" (是不是一个): a number in characters has two or is not 一.
    characters = r"[零一二两三四五六七八九十百千万]{2,}|[二两三四五六七八九十]"
    number = rf"(?<![第\d.])(?:\d+(?:\.\d+)?|{characters})"
    unit = r"(?:人次|万元|万|元|%|[个场次家人篇座辆米条套名项份处起])"
    return re.compile(
        rf"^(?P<head>.*?[\u4e00-\u9fff].*?)(?P<verb>{_alternatives(sections['premise_verb'])})?"
        rf"(?P<figure>(?:{bounds})?{number}{unit}?(?:{bounds})?)(?:来着)?[，,\s]*"
        rf"(?P<tag>{_alternatives(sections['confirm'])})?[哈啊呀哦嘛呢]*[?？。!！\s]*$"
    )


@built_once
def _sections() -> dict[str, tuple[str, ...]]:
    text = (resources.files("nlu") / "data" / STATEMENTS_FILE).read_text(encoding="utf-8")
    return word_sections(text)


def premises_said(text: str) -> Premise | None:
    """Reads the figures a question puts up for checking in its asks (企服走访对接是10次吗 →
    企服走访对接是多少次, 10次), or None when it puts up none. A clause only saying the figure
    (我记得是12次对吧) is set apart as told instead (:func:`set_apart`)."""
    if not _NUMERAL.search(text):
        return None
    kept, told = [], []
    clauses = _PUNCTUATED_ENDING.findall(text)
    # 国交论文25篇、研讨会5场，没记错吧: a closing tag alone puts up every figure before it.
    tagged = len(clauses) > 1 and _tag_alone().fullmatch(clauses[-1].rstrip(_SEPARATORS))
    if tagged:
        clauses = [item for clause in clauses[:-1] for item in _LISTED_ITEM.findall(clause)]
    for clause in clauses:
        said = clause.rstrip(_SEPARATORS + _LIST_MARK)
        found = _premise_pattern().match(said)
        if (
            found is None
            or not (tagged or found["tag"] or found["verb"] in _sections()["premise_asking"])
            or _CONFIRM_HEAD.fullmatch(found["head"].strip())
        ):
            kept.append(clause)
            continue
        figure = found["figure"]
        unit = _UNIT_AFTER.search(figure)
        verb = found["verb"] or ""
        if verb in _sections()["premise_asking"] or verb.startswith("不"):
            verb = "是"  # 是不是8家, 不是≥30篇吗: the form's figure is asked
        asked = found["head"] + verb + COUNT_ASKED + (unit.group(0) if unit else "")
        kept.append(asked + clause[len(said) :])
        told.append(figure)
    return Premise("".join(kept), tuple(told)) if told else None


@built_once
def _tag_alone() -> re.Pattern[str]:
    """Matches a clause that is only a tag putting figures up for checking (没记错吧, 对不对)."""
    tags = _alternatives(_sections()["confirm"])
    return re.compile(rf"(?:我|咱)?(?:{tags})[哈啊呀哦嘛呢]*[?？。!！\s]*")


def premise_holds(told: str, answer: Answer) -> bool | None:
    """Tells whether a figure the asker put up agrees with the one figure the answer states
    (50家 against ≥40家: no; 40万 against 40万元: yes), None when the answer states no one
    figure to compare it with or counts in another unit."""
    numbers = find_numbers(told)
    if len(numbers) != 1:
        return None
    number = numbers[0]
    unit = _UNIT_AFTER.search(told)
    bound = _bound_of(told)
    if isinstance(answer, IndicatorAnswer) and len(answer.indicators) == 1:
        target = answer.indicators[0].target
        if target.value is None or (unit and unit.group(0) != target.unit):
            return None
        if number.percent != (target.unit == PERCENT_UNIT) and "%" in told:
            return None  # 90% said of a row counted in 人
        value = number.value
        if target.unit in _MONEY_IN_WAN and (unit is None or "万" in told or "元" in told):
            value = value / _WAN if value >= MIN_TOLD_YUAN else value
        return value == target.value and bound in ("", target.operator or "")
    if isinstance(answer, MoneyAnswer) and len(answer.projects) == 1 and unit is None:
        figure = money_figure(answer.projects[0], answer.field, answer.column)
        if figure is None or bound:
            return None
        value = number.value if number.value >= MIN_TOLD_YUAN else number.value * _WAN
        return value == figure.value
    return None


def _bound_of(told: str) -> str:
    """Returns the operator a figure is said with (不少于40家: ≥), or "" when none."""
    sections = _sections()
    if any(word in told for word in sections["premise_at_least"]):
        return "≥"
    if any(word in told for word in sections["premise_at_most"]):
        return "≤"
    return ""


def confirmed_figure(clauses: tuple[str, ...], words: StatementWords) -> str:
    """Returns the figure of the one told clause that puts it up for checking or remembers it
    (我记得是12次对吧, 我印象里是40万), or "" when the clauses tell anything else (a plan, an
    actual, several figures)."""
    if len(clauses) != 1:
        return ""
    clause = clauses[0]
    if not (words.confirmed.search(clause) or words.guess.search(clause)):
        return ""
    if words.plan.search(clause) or words.own_time.search(clause) or words.actual.search(clause):
        return ""
    found = list(_TOLD_COUNT.finditer(clause))
    if len(found) != 1 or len(find_numbers(clause)) != 1:
        return ""
    figure = found[0]
    said = clause[: figure.start()].strip(_SEPARATORS)
    bound = said[-1:] if said.endswith(_BOUND_SIGNS) else ""  # 文件写的是≥500人吧
    said = said.removesuffix(bound)
    tags = "|".join(map(re.escape, longest_first(_sections()["confirm"])))
    after = re.sub(tags, "", clause[figure.end() :]).strip(_SEPARATORS + _PARTICLES_AFTER)
    # 我记得有50万是自筹的: the figure is said of another thing than the one asked.
    head = any(_CONFIRM_HEAD.fullmatch(text) for text in (said, words.guess.sub("", said).strip()))
    return bound + figure.group(0) if head and not after else ""
