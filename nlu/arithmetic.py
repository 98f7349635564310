"""Reading arithmetic asks (比…少百分之多少, 平均, 加起来) and the figures a goal text states."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from importlib import resources

from knowledge.arithmetic import Operand, Operation
from nlu.filters import floor_and_ceiling_words
from nlu.numbers import parse_number
from nlu.ordering import longest_first
from nlu.prepared import built_once

ARITHMETIC_FILE = "arithmetic.txt"
SEPARATORS = "operands"
ASKING_WORDS = ("多少", "至少", "多长", "多久", "多大")
ASKING_COUNT = "几"
LISTED_TOGETHER = "、"  # things listed (仪式、参访): a row listing them counts them together
JOINING_WORDS = ("和", "与", "及", "跟", LISTED_TOGETHER)  # words joining two operands
COMPARISONS = "comparisons"
BOUNDS = "bounds"
VERBS = "verbs"
SUMMED = "summed"
UNSIGNED = "unsigned"
AMOUNTS = "amounts"
COSTS = "costs"
DIVIDING = "dividing"
SIDE_BY_SIDE = "side_by_side"
EACH_SHARE = "each_share"
ASIDE = "aside"
ASIDE_AFTER = "aside_after"
EXACTLY = "exactly"
PER_RESULT = "per_result"
CONCESSIONS = "concessions"
FEELINGS = "feelings"
IGNORING = "ignoring"
MODALS = "modals"
PEOPLE_NOUNS = "people"
HOLDING_JOINTS = "holding_joints"
SIDE_SECTIONS = (CONCESSIONS, FEELINGS, IGNORING, MODALS, PEOPLE_NOUNS, HOLDING_JOINTS)
MEMO_SIZE = 4096  # readings kept before the memo starts again
MAX_ASIDE_GAP = 4  # 除了今年的当年拨款: the words between 除了 and what it sets aside
CHECKED = "是不是"
ASIDE_FILLER = "资金的"  # 当年拨款资金以外, 当年拨款的以外: words before a word set aside after
_CLAUSE_END = re.compile(r"[，,。；;？?！!\s()（）]")  # (不是年度)的财政资金: its own aside
PERCENT_SAID = "百分比"
COMPARED_WITH = "比"  # with 多 or 少 it asks a difference even without 多多少
# The order in which operations are looked for: the most specific ask first.
PRECEDENCE = (
    Operation.SHARE,
    Operation.PERCENT_DIFFERENCE,
    Operation.RATIO,
    Operation.PER,
    Operation.AVERAGE,
    Operation.DIFFERENCE,
    Operation.SUM,
)
_CLAUSE_START = re.compile(r"[，,。；;、：:]|\d")
_PER_FILLER = (
    r"(?:一年|每年|全年)?"  # 每个站点一年多少份: the form's own year, no part of the unit
    r"(?:头上|身上)?"
    r"(?:大概|大约|约|至少|最少|最多|能|要|是|为|平均|合|分摊|摊到|摊|分到|分|花|得|出|拿出|提供"
    r"|对应|相当于)*"
)
# 每人多少钱, 平均每站几个, 人均多少: the unit a per-unit ask divides by, to the end of its clause.
# The unit may carry what it counts (每家新培育工作站); one with 的 is described (below).
MAX_PER_UNIT = 12
_UNIT_CHAR = "[\u4e00-\u7683\u7685-\u9fff]"  # a Chinese character but 的 (U+7684)
_PER_ASK = re.compile(
    rf"(?:人均|(?:平均)?(?:到)?每(?!个?项目|年|月|季度)(?P<unit>{_UNIT_CHAR}{{1,{MAX_PER_UNIT}}}?))"
    rf"[，,\s]?{_PER_FILLER}(?:多少|几)"  # 摊到每米养护道路，大概多少元: one clause per ask
    r"(?P<after>[^，,。；;？?!！]*)[？?!！。\s]*$"
)
# 每个来实习的港澳台学生头上多少钱, 每一场都市交通研讨会相关活动上多少钱: what is counted,
# described at length; only with 的 or a place word (上, 头上) ending the description.
_PER_DESCRIBED_ASK = re.compile(
    r"(?:平均)?(?:到)?每一?(?!个?项目|年|月|季度)(?P<described>[\u4e00-\u9fff]{1,16}?)"
    r"(?P<place>头上|身上|上)?[，,\s]?"
    rf"{_PER_FILLER}(?:多少|几)"
    r"(?P<after>[^，,。；;？?!！]*)[？?!！。\s]*$"
)
DESCRIBED_BY = "的"
# 每位专家对应的成本控制数, 每家企业分摊的预算: a verb linking what 每 counts to the amount
# after it, which is what is divided.
_LINKED_AMOUNT = re.compile(r"(?:对应|分摊|分担|摊到|分到|分得|所需|需要|花费|花掉|平摊|均摊)的")
# 每处设施一年预算多少: the form's own year said inside a per-unit ask, no part of its unit.
_YEAR_IN_PER = re.compile(
    r"(?P<per>每[^，,。；;？?！!\s每年]{1,8}?)(?:一年|全年)(?=[\u4e00-\u9fff]{0,6}?(?:多少|几))"
)
ONE = "一"
MAX_PER_VERB = 3  # 每征集一篇: the verb between 每 and 一
MAX_ONE_NOUN = 6  # 一篇论文多少钱: the noun after 一 and its measure word
_ONE_FILLER = "大概|大约|约|能|要|是|为|合|平均|分到|摊到"  # 一家大概多少份
# 一场摊多少钱, 一人合多少: 一 and a measure word ask per unit only before a verb of sharing
# (一共多少 and 一年多少 ask no such thing).
_ONE_PER_ASK = re.compile(
    r"一(?!个?项目|年|月|季度|共|起|下)(?P<unit>[\u4e00-\u9fff]{1,3}?)"
    r"(?:分摊|均摊|平均|摊|合)(?:下来)?(?:大概|大约|约)?(?:多少|几)"
    r"(?P<after>[^，,。；;？?!！]*)[？?!！。\s]*$"
)
PER_PERSON = "人"  # 人均 divides by people
GENERIC_MEASURE = "个"  # 个月 is 月 counted; 个 alone counts anything
SENTENCE_ENDS = "。；;！!？?"
MAX_QUOTE_CHARS = 60  # a quoted figure's sentence longer than this is cut to its clause
_FIGURE_IN_QUOTE = re.compile(r"(?<![第\d.])\d+(?:\.\d+)?")  # 第 8 届 counts nothing


@dataclass(frozen=True)
class OperationWords:
    """The words of ``nlu/data/arithmetic.txt`` per operation."""

    words: dict[Operation, tuple[str, ...]]
    separators: frozenset[str]  # the words between the figures of one calculation
    comparisons: frozenset[str] = frozenset()  # words that compare (比, 多, 少)
    bounds: frozenset[str] = frozenset()  # words that bound a figure (最多, 至少)
    verbs: frozenset[str] = frozenset()  # words that ask to compute, no operation of their own
    summed: frozenset[str] = frozenset()  # words that add several figures for certain
    unsigned: frozenset[str] = frozenset()  # words asking a difference with no direction
    aside: frozenset[str] = frozenset()  # words setting the next thing aside (除了, 非)
    aside_after: frozenset[str] = frozenset()  # words setting the thing before aside (以外)
    amounts: tuple[str, ...] = ()  # words naming the form's money (预算, 资金)
    costs: tuple[str, ...] = ()  # words naming money that rows name too (成本)
    dividing: tuple[str, ...] = ()  # words saying an amount comes out per unit (合多少)
    side_by_side: tuple[str, ...] = ()  # words asking figures side by side (对比下)
    each_share: tuple[str, ...] = ()  # words asking the share of each part (各占, 占比结构)
    exactly: tuple[str, ...] = ()  # words of exactness before a relation (正好等于)
    per_result: tuple[str, ...] = ()  # words naming what a per-unit ask yields (单位成本)

    @property
    def money_words(self) -> tuple[str, ...]:
        """Returns every word naming an amount of money, the longest first."""
        return tuple(longest_first((*self.amounts, *self.costs)))

    def all_words(self) -> frozenset[str]:
        """Returns every arithmetic word."""
        return frozenset(word for words in self.words.values() for word in words) | self.verbs

    @cached_property
    def _longest_first(self) -> tuple[str, ...]:
        return tuple(longest_first(self.all_words()))

    def strip(self, text: str) -> str:
        """Removes the arithmetic words from ``text`` (平均是多少 → 是多少)."""
        for word in self._longest_first:
            text = text.replace(word, "")
        return text

    def compares(self, text: str) -> bool:
        """Tells whether ``text`` compares one figure with another (比…少百分之多少); 对比
        alone sets figures side by side."""
        text = self.without_side_by_side(text)
        for asking in ASKING_WORDS:
            text = text.replace(asking, "")  # 百分之多少 holds 多 and 少 but compares nothing
        text = text.replace(PERCENT_SAID, "")  # 是企服的多少百分比: 比 of 百分比 compares nothing
        return any(word in text for word in self.comparisons)

    def without_side_by_side(self, text: str) -> str:
        """Returns ``text`` without the words asking figures side by side (对比下)."""
        for word in self.side_by_side:
            text = text.replace(word, " ")
        return text

    def unsigned_difference(self, text: str) -> bool:
        """Tells whether ``text`` asks a difference with no direction (国家级跟市级差几家):
        a word of ``unsigned`` and no other comparing word (比, 多, 少)."""
        if not any(word in text for word in self.unsigned):
            return False
        for word in (*ASKING_WORDS, *longest_first(self.unsigned)):
            text = text.replace(word, "")
        return not any(word in text for word in self.comparisons)

    def sets_aside(self, text: str, word: str) -> bool:
        """Tells whether ``text`` sets ``word`` aside (除了当年拨款, 非财政, 当年拨款以外)."""
        at = text.find(word)
        if at < 0 or not self.aside:
            return False
        # 是不是财政拨款 checks the part; it sets nothing aside, as 不是财政拨款 does.
        before = _CLAUSE_END.split(text[:at])[-1].replace(CHECKED, " " * len(CHECKED))
        for aside in self.aside:
            found = before.rfind(aside)
            gap = len(before) - found - len(aside)
            if found >= 0 and gap <= (MAX_ASIDE_GAP if len(aside) > 1 else 0):
                return True
        after = text[at + len(word) :].lstrip(ASIDE_FILLER)
        return after.startswith(tuple(self.aside_after)) if self.aside_after else False

    def read(self, text: str, *, tokens: frozenset[str] | None = None) -> Operation | None:
        """Returns the operation ``text`` asks for, if any.

        With ``tokens`` (the words ``text`` is cut into) a one-character word counts only
        as a word of its own: 加 of 参加 adds nothing up. A bound (最多多少钱) is no
        difference.
        """
        # One question reads the same remainder about ten times: each reading is kept.
        memo = self._read_memo
        key = (text, tokens)
        if key in memo:
            return memo[key]
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        found = memo[key] = self._read(text, tokens=tokens)
        return found

    @cached_property
    def _read_memo(self) -> dict[tuple[str, frozenset[str] | None], Operation | None]:
        return {}

    @cached_property
    def _word_patterns(self) -> dict[Operation, tuple[re.Pattern[str] | None, tuple[str, ...]]]:
        """Returns per operation a pattern of its words of two or more characters and its
        words of one (each found at once, not word by word)."""
        patterns: dict[Operation, tuple[re.Pattern[str] | None, tuple[str, ...]]] = {}
        for operation, words in self.words.items():
            longer = longest_first(word for word in words if len(word) > 1)
            pattern = re.compile("|".join(map(re.escape, longer))) if longer else None
            patterns[operation] = (pattern, tuple(word for word in words if len(word) == 1))
        return patterns

    def asking_pattern(self, operation: Operation) -> re.Pattern[str] | None:
        """Returns the pattern of the words of two or more characters asking ``operation``."""
        return self._word_patterns.get(operation, (None, ()))[0]

    def _read(self, text: str, *, tokens: frozenset[str] | None) -> Operation | None:
        for bound in self.bounds:
            # 数量之下限比…: a gap, so the words either side join into no other (之比)
            text = text.replace(bound, _BOUND_LEFT)
        text = _DECLINED.sub("", text)  # 列出来就行，不用加: no sum asked
        # 企服多少，国交多少: two asks whose projects are cut out leave 多少多少, no 少多少.
        text = text.replace(_TWO_ASKS, _TWO_ASKS_APART)
        text = _POOR_SAID.sub("", text)  # 质量差不差, 最差: 差 of a quality, no difference
        for operation in PRECEDENCE:
            longer, single = self._word_patterns.get(operation, (None, ()))
            if (longer is not None and longer.search(text)) or any(
                word in text and (tokens is None or word in tokens) for word in single
            ):
                return operation
            if operation is Operation.PER and _PER_ASK.search(text):
                return operation
        if COMPARED_WITH in self.without_side_by_side(text) and self.compares(text):
            return Operation.DIFFERENCE  # A比B多申请了多少
        return None


_BOUND_LEFT = " "  # where a bound word was: no word of an operation spans it
_TWO_ASKS = "多少多少"
_TWO_ASKS_APART = "多少，多少"
# 差 said of a quality (质量差不差, 哪个最差, 比较差): no difference asked.
_POOR_SAID = re.compile(r"差不差|差没差|(?:最|较|很|太|更|比较|有点|变|偏)差|差劲|差评")
# A calculation the question says it does not want (不用加, 不需要合计, 无需计算).
_DECLINED = re.compile(r"(?:不用|不要|不需要|无需|无须|不必|别)再?[^，,。；;！!？?]{0,4}")


# 每米多少钱，算 / 帮我算一下 / ？请予测算。: a command to compute after the ask, no part of it.
_TRAILING_COMMAND = re.compile(
    r"[，,？?。.\s]+(?:请予|烦请|敬请|请|帮我|帮忙|给我|麻烦)?(?:核算|计算|测算|算)"
    r"(?:下|一下|算|一算)?[。.!！]?$"
)


@dataclass(frozen=True)
class PerAsk:
    """The clause of a per-unit ask (每人多少钱) and the unit it divides by (人)."""

    start: int
    unit: str  # 每处设施 → 处设施: the unit, maybe with what it counts
    after: str = ""  # 每辆摊多少运维成本 → 运维成本: what is divided, when named there


def per_ask(
    text: str, *, units: frozenset[str] = frozenset(), dividing: bool = False
) -> PerAsk | None:
    """Returns where a question asks an amount per unit (每米多少钱) and that unit.

    ``units`` (the measure words known) split a described unit: 每一人次服务的科技工作者上
    divides by 人次 of 服务科技工作者. When the question says elsewhere that it divides
    (``dividing``: 按…平均), 一 and a known measure word ask per unit too (一家大概多少份).
    """
    text = _TRAILING_COMMAND.sub("", text)  # 每米养护多少钱，算: the ask ends before 算
    found = _PER_ASK.search(text) or _ONE_PER_ASK.search(text)
    if found is not None:
        unit = _measure_first(found.group("unit") or PER_PERSON, units)
        return _amount_after(PerAsk(found.start(), unit, found.group("after")), units)
    if dividing and units:
        one = _one_unit_ask(text, units)
        if one is not None:
            return _said_before(text, one) or one
    described = _PER_DESCRIBED_ASK.search(text)
    if described is None:
        return None
    words = described.group("described")
    if DESCRIBED_BY not in words and not described.group("place"):
        return None
    linked = _LINKED_AMOUNT.search(words)
    if linked is not None and linked.start() > 0:
        # 每位专家对应的成本控制数: what each is linked to is what is divided.
        counted = words[: linked.start()]
        return PerAsk(described.start(), counted, words[linked.end() :] + described.group("after"))
    measure = next(
        (unit for unit in longest_first(units) if words.startswith(unit)),
        words[0],
    )
    # The description stays with the noun: 新培育的工作站 tells the rows of 工作站 apart.
    noun = words[len(measure) :].replace(DESCRIBED_BY, "")
    per = PerAsk(described.start(), measure + noun, described.group("after"))
    return _amount_after(per, units)  # 每名学生对应的预算: 预算 is what is divided


def _count_given_in(text: str, unit: str) -> bool:
    """Tells whether ``text`` gives a count in the measure ``unit`` (985米, not 250万)."""
    return re.search(rf"(?<![第\d.])\d+(?:\.\d+)?\s*[万千]?{re.escape(unit)}", text) is not None


def _amount_after(per: PerAsk, units: frozenset[str]) -> PerAsk:
    """Moves the amount a unit ends with to what is divided (每处设施预算多少: 处设施, 预算);
    a cost only after a measure word alone (每米成本; 每处运维成本: 运维成本 names a row)."""
    words = load_operation_words()
    amount = next((word for word in words.amounts if per.unit.endswith(word)), "")
    cost = next((word for word in words.costs if per.unit.endswith(word)), "")
    counted = per.unit.removesuffix(cost)
    # 每个线上参观人次成本: the noun ends with a measure word, so the cost is each one's.
    if cost and (counted in units or any(len(u) > 1 and counted.endswith(u) for u in units)):
        amount = cost
    if not amount or len(amount) == len(per.unit):
        return per
    return PerAsk(per.start, per.unit.removesuffix(amount), amount + per.after)


def _said_before(text: str, one: PerAsk) -> PerAsk | None:
    """Returns the 每 clause an ask with 一 restates (摊到每场科创赋能活动，一场多少钱: 每场
    科创赋能活动), so the unit keeps what it counts."""
    said = re.search(
        rf"每(?P<unit>{re.escape(one.unit)}[\u4e00-\u9fff]{{1,{MAX_PER_UNIT}}})[，,\s]",
        text[: one.start],
    )
    return PerAsk(said.start(), said.group("unit"), one.after) if said else None


def _measure_first(unit: str, units: frozenset[str]) -> str:
    """Puts the measure word first when a verb and 一 come before it (每征集一篇上海论文:
    篇征集上海论文), so the unit reads as the measure word and what it counts."""
    verb, one, rest = unit.partition(ONE)
    if not one or not verb or len(verb) > MAX_PER_VERB:
        return unit
    measure = next((u for u in longest_first(units) if rest.startswith(u)), None)
    if measure is None:
        return unit
    return measure + verb + rest[len(measure) :]


def _one_unit_ask(text: str, units: frozenset[str]) -> PerAsk | None:
    """Returns a per-unit ask written 一 and a measure word (一米多少钱, 一家大概几份), maybe
    with what it counts (一篇论文多少钱, 一个展区多少钱: 个 only so)."""
    ordered = "|".join(map(re.escape, longest_first(units)))
    found = re.search(
        rf"(?<![第\d])一(?P<unit>{ordered})(?P<noun>[\u4e00-\u9fff]{{0,{MAX_ONE_NOUN}}}?)"
        rf"(?:{_ONE_FILLER})*(?:多少|几)"
        r"(?P<after>[^，,。；;？?!！]*)[？?!！。\s]*$",
        text,
    )
    if found is None:
        return None
    unit, noun = found.group("unit"), found.group("noun")
    if unit == GENERIC_MEASURE and not noun:
        return None  # 一个多少: 个 alone counts nothing named
    return PerAsk(found.start(), unit + noun, found.group("after"))


@built_once
def load_operation_words() -> OperationWords:
    """Reads the arithmetic words shipped with goalbot."""
    text = (resources.files("nlu") / "data" / ARITHMETIC_FILE).read_text(encoding="utf-8")
    words: dict[Operation, tuple[str, ...]] = {}
    separators: frozenset[str] = frozenset()
    comparisons: frozenset[str] = frozenset()
    bounds: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    summed: frozenset[str] = frozenset()
    unsigned: frozenset[str] = frozenset()
    aside: dict[str, frozenset[str]] = {}
    amounts: tuple[str, ...] = ()
    costs: tuple[str, ...] = ()
    dividing: tuple[str, ...] = ()
    side_by_side: tuple[str, ...] = ()
    each_share: tuple[str, ...] = ()
    exactly: tuple[str, ...] = ()
    per_result: tuple[str, ...] = ()
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, _, body = line.partition(":")
        if head.strip() == SEPARATORS:
            separators = frozenset(body.split())
        elif head.strip() == COMPARISONS:
            comparisons = frozenset(body.split())
        elif head.strip() == BOUNDS:  # with the bound nouns of filters.txt (保底, 封顶)
            bounds = frozenset(body.split()) | floor_and_ceiling_words()
        elif head.strip() == VERBS:
            verbs = frozenset(body.split())
        elif head.strip() == SUMMED:
            summed = frozenset(body.split())
        elif head.strip() == UNSIGNED:
            unsigned = frozenset(body.split())
        elif head.strip() == DIVIDING:
            dividing = tuple(body.split())
        elif head.strip() == EACH_SHARE:
            each_share = tuple(body.split())
        elif head.strip() == EXACTLY:
            exactly = tuple(longest_first(body.split()))
        elif head.strip() == PER_RESULT:
            per_result = tuple(longest_first(body.split()))
        elif head.strip() == SIDE_BY_SIDE:
            side_by_side = tuple(longest_first(body.split()))
        elif head.strip() == AMOUNTS:
            amounts = tuple(longest_first(body.split()))
        elif head.strip() == COSTS:
            costs = tuple(longest_first(body.split()))
        elif head.strip() in SIDE_SECTIONS:
            continue  # read by side_words
        elif head.strip() in (ASIDE, ASIDE_AFTER):
            aside[head.strip()] = frozenset(body.split())
        else:
            words[Operation(head.strip())] = tuple(body.split())
    return OperationWords(
        words,
        separators,
        comparisons,
        bounds,
        verbs,
        summed,
        unsigned,
        aside.get(ASIDE, frozenset()),
        aside.get(ASIDE_AFTER, frozenset()),
        amounts,
        costs,
        dividing,
        side_by_side,
        each_share,
        exactly,
        per_result,
    )


def stated_figures(text: str, *, unit: str, names: list[str] | None) -> tuple[Operand, ...]:
    """Returns the figures in ``unit`` that ``text`` states about each of ``names``.

    国家级…调查站点19家，市级调查站点28家 with 国家级 and 市级 gives 19 and 28; a figure
    whose clause names none of them, or names all of them alike, is left out. Without
    ``names`` every figure in ``unit`` counts, labelled by its whole clause.
    """
    figures = [(clause, Decimal(match.group(1))) for clause, match in _figures_in(text, unit)]
    if names is None:
        return tuple(Operand(clause, value) for clause, value in figures)
    found: list[Operand] = []
    for clause, value in figures:
        named = [
            name
            for name in names
            if name in clause and not all(name in other for other, _ in figures)
        ]
        # 国家 inside 国家级 is the same mention.
        named = [n for n in named if not any(n != other and n in other for other in named)]
        phrase = _one_phrase(clause, named)
        if phrase is not None:
            found.append(Operand(phrase, value))
    labels = [operand.label for operand in found]
    return tuple(found) if len(set(labels)) == len(labels) else ()


MAX_NAME_GAP = 2  # 国家级(科技)工作者: names a word apart still make one mention


def _one_phrase(clause: str, names: list[str]) -> str | None:
    """Returns the one mention ``names`` make in ``clause``: a name, or names written one
    right after another (国家级 科技工作者 状况 of 国家级科技工作者状况调查站点19家); of
    mentions apart, the one nearest the figure when it is the longest (市科协已在全市建有国家级
    科技工作者状况…: 国家级科技工作者状况, which the figure's noun follows)."""
    if len(names) == 1:
        return names[0]
    spans = sorted((clause.find(name), name) for name in names)
    if not spans:
        return None
    runs: list[list[tuple[int, str]]] = [[spans[0]]]
    for start, name in spans[1:]:
        last_start, last_name = runs[-1][-1]
        if 0 <= start - last_start - len(last_name) <= MAX_NAME_GAP:
            runs[-1].append((start, name))
        else:
            runs.append([(start, name)])
    if len(runs) > 1 and any(len(run) >= len(runs[-1]) for run in runs[:-1]):
        return None  # 全市 … 状况: mentions apart, none the clause's own
    first, last = runs[-1][0], runs[-1][-1]
    return clause[first[0] : last[0] + len(last[1])]


def stated_clause(
    text: str, *, unit: str, names: list[str], one_asked: bool = False
) -> str | None:
    """Returns the clause stating the one figure in ``unit`` that ``names`` point at, with
    the figure, when ``text`` states several in that unit (市级调查站点28家), or, of ``one_asked``
    count, one in that unit among figures in others (服务企业100家); else None.

    Only when no other clause holds a name of the question that not every clause holds:
    国家级和市级调查站点 points at both, so neither is singled out.
    """
    found = [(clause, match.group(0)) for clause, match in _figures_in(text, unit)]
    if one_asked and len(found) == 1 and len(_ANY_FIGURE.findall(text)) > 1:
        # 服务企业100家、科技工作者8000人次: the one figure in the unit asked, among others;
        # never 5000人 of 5000人次, a longer unit
        clause, figure = found[0]
        if _UNIT_GOES_ON.match(text, text.find(clause + figure) + len(clause + figure)):
            return None
        pointed = any(name in clause for name in names)
        return (clause + figure).strip(" ，,；;：:") if pointed else None
    if len(found) < 2:
        return None
    shared = {name for name in names if all(name in clause for clause, _ in found)}
    named = [
        clause + figure
        for clause, figure in found
        if any(name in clause for name in names if name not in shared)
    ]
    return named[0].strip(" ，,；;：:") if len(named) == 1 else None


_ANY_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_UNIT_GOES_ON = re.compile(r"[次数余多]")


def _figures_in(text: str, unit: str) -> list[tuple[str, re.Match[str]]]:
    """Returns each figure ``text`` states in ``unit``, with the clause written before it."""
    return [
        (_clause_before(text, match.start()), match)
        for match in re.finditer(rf"(\d+(?:\.\d+)?)\s*{re.escape(unit)}", text)
    ]


def _clause_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not _CLAUSE_START.match(text[start - 1]):
        start -= 1
    return text[start:end]


@dataclass(frozen=True)
class QuotedFigure:
    """A number a goal text states in a unit, with the clause it stands in."""

    clause: str
    value: Decimal
    unit: str
    sentence: str = ""  # from the start of its sentence: 开展…开放日活动，接待市民…5000 人次
    shown: str = ""  # what an answer quotes: the sentence, or the clause when it holds more


def quoted_figures(
    text: str, *, units: frozenset[str], about: list[str], after_chars: int = 0
) -> list[QuotedFigure]:
    """Returns the numbers ``text`` states in one of ``units`` whose clause names ``about``.

    接待市民不少于 5000 人次 about 接待; with ``after_chars`` the words right after the
    unit count too (12 处科普设施 about 设施).
    """
    ordered = "|".join(map(re.escape, longest_first(units)))
    found = []
    for match in re.finditer(rf"(\d+(?:\.\d+)?)\s*({ordered})", text):
        if _cut_short(text, match.start(2), match.group(2)):
            continue  # 8000人次 is no count in 人
        clause = _clause_before(text, match.start())
        following = text[match.end() : match.end() + after_chars]
        if any(word in clause or word in following for word in about):
            sentence = clause + match.group(0) + following
            start = max(text.rfind(end, 0, match.start()) for end in SENTENCE_ENDS) + 1
            whole = text[start : match.end()] + following
            whole = whole if len(whole) <= MAX_QUOTE_CHARS else sentence  # a whole paragraph
            found.append(
                QuotedFigure(
                    sentence.strip(),
                    Decimal(match.group(1)),
                    match.group(2),
                    whole.strip(),
                    _shown_quote(whole, clause + match.group(0) + following),
                )
            )
    return found


# Units a shorter one starts (人 of 人次): a figure in the longer is none in the shorter.
LONGER_UNITS = ("人次", "人天", "万元", "亿元", "千元", "平方米", "平方公里", "个月")


def _cut_short(text: str, at: int, unit: str) -> bool:
    """Tells whether ``unit`` written at ``at`` is the start of a longer unit (人 of 人次)."""
    return any(
        len(longer) > len(unit) and longer.startswith(unit) and text.startswith(longer, at)
        for longer in LONGER_UNITS
    )


def _shown_quote(whole: str, clause: str) -> str:
    """Returns the words an answer quotes for a figure: its sentence, or, when the sentence
    states other figures too (完成…养护985米,桥梁检测4座,保障…), its own clause (桥梁检测4座)
    up to the clause's end."""
    if len(_FIGURE_IN_QUOTE.findall(whole)) <= 1:
        return whole.strip()
    figure = _FIGURE_IN_QUOTE.search(clause)
    end = figure.end() if figure else 0
    cut = _CLAUSE_START.search(clause, end + 1) if figure else None
    return (clause[: cut.start()] if cut else clause).strip()


# 按40家工作站平均, 按合作单位数来算: what an amount is divided by, named before the verb.
_BY_CLAUSE = re.compile(
    r"(?:按照|按)(?P<by>[^，,。；;？?！!\s每]{1,20}?)(?:来|去)?"
    r"(?:平均分摊|平均分配|平均分|均分|平均|平摊|分摊|均摊|摊|折算|计算|算)"
)
# 平均到12个月, 除以引入的120名院士专家: what an amount is divided by, named after the verb.
_TO_CLAUSE = re.compile(
    r"(?:平均分到|平均分给|平均到|平摊到|分摊到|均摊到|摊到|分给|分到|除以)"
    r"(?P<by>[^，,。；;？?！!\s每]{1,20})"
)
# 每个月, 一个月, 月均: an amount asked per period of time (月 and 季度 are no per_ask units).
# 按月均分 shares over months by 按; its 月均 is no ask of its own.
_PERIOD_ASK = re.compile(
    r"(?:每一?|一)个?(?P<period>月|季度?|周|星期|天)(?!节)|(?<!按)(?P<mean>月)均(?![分摊])"
)
QUARTER_SAID_SHORT = "季"  # 一季, 每季, 按季: 季度 said short
PERIOD_WORDS = ("月", "季", "周", "星期", "天")  # what 每个月, 每季度 and 每周 divide by


# 按月平均, 按季度平摊, 按12个月算, 按季度分: a 按 clause naming the period of an ask per period,
# with the count of such periods in a year when it gives one.
_PERIOD_BY = re.compile(
    r"(?:按照|按)(?:全年|一年)?(?:(?P<count>\d+|[一二两三四五六七八九十]+)个?)?(?P<period>月份?|季度?)"
    r"(?:来|去)?(?:平均分摊|平均分配|平均分|均分|平均|平摊|分摊|均摊|摊|折算|计算|算|分)?"
)


def without_period_clause(text: str) -> str | None:
    """Returns ``text`` without the 按 clause naming the period of a year it asks per (按月平均
    每个月多少: the clause says the period again), or None when the clause counts periods
    other than a year's (按10个月算: the question's own divisor)."""
    found = _PERIOD_BY.search(text)
    if found is None:
        return text
    period = _full_period(found.group("period").removesuffix("份"))
    count = found.group("count")
    if period not in PERIODS_PER_YEAR:
        return None
    if count is not None and parse_number(count) != PERIODS_PER_YEAR[period][1]:
        return None
    return text[: found.start()] + " " + text[found.end() :]


# The periods of a year an annual figure is divided into (一个月多少: ÷ 12 个月). Weeks and days
# are left out: whether a year has 52 weeks of work or 250 working days is not the form's.
PERIODS_PER_YEAR = {"月": ("个月", 12), "季度": ("个季度", 4)}


# Fixed factors from a unit a form states to one a question may ask in (5 周 → 35 天).
CONVERSIONS: dict[tuple[str, str], int | Decimal] = {
    ("周", "天"): 7,
    ("星期", "天"): 7,
    ("周", "日"): 7,  # 折合几日: 日 is the day of older office writing
    ("星期", "日"): 7,
    ("年", "个月"): 12,
    ("年", "月"): 12,
    ("公里", "米"): 1000,
    ("千米", "米"): 1000,
    ("小时", "分钟"): 60,
    # 道路养护长度是多少公里: a length stated in 米, asked in 公里.
    ("米", "公里"): Decimal("0.001"),
    ("米", "千米"): Decimal("0.001"),
}


# 按每周5个工作日算, 每周按5天, 一周算5天, 每周上5天班: a rate the asker gives from a unit of
# the form (周) to the unit asked; it replaces the calendar's own (7 days a week).
_RATE_GIVEN = re.compile(
    r"(?:按照?)?(?:每|一)个?(?P<source>周|星期|年|月)(?:按|算|计)?(?:上|干|做|工作|开工)?"
    r"(?P<count>\d+|[一二两三四五六七八九十]+)个?(?P<target>工作日|天|日|个月|月|小时)"
    r"(?:班|工|活)?(?:来|去)?(?:算|计算|计)?"
)


WEEK, WEEK_SAID_LONG = "周", "星期"


@dataclass(frozen=True)
class RateGiven:
    """A rate the asker gives: so many ``target`` per ``source`` (5个工作日 a 周)."""

    source: str
    factor: Decimal
    target: str
    start: int
    end: int


def rate_given(text: str) -> RateGiven | None:
    """Returns the one rate a question gives between two units of time, if it gives one."""
    found = list(_RATE_GIVEN.finditer(text))
    if len(found) != 1:
        return None
    factor = parse_number(found[0]["count"])
    if factor is None or not factor:
        return None
    source, target = found[0]["source"], found[0]["target"]
    source = WEEK if source == WEEK_SAID_LONG else source  # 每星期: the form writes 周
    return RateGiven(source, factor, target, found[0].start(), found[0].end())


@dataclass(frozen=True)
class ByClause:
    """The words that name what an amount is divided by (按40家工作站平均 → 40家工作站)."""

    start: int
    end: int  # the clause with its verb, so the rest of the question names the dividend
    by: str


def by_clause(text: str, *, one_name: Callable[[str], bool] | None = None) -> ByClause | None:
    """Returns the one clause of ``text`` naming a divisor (按…平均, 平均到…), if one does.

    ``one_name`` tells whether joined words are one row's name (科创赋能及人才服务活动).
    """
    found = [*_BY_CLAUSE.finditer(text), *_TO_CLAUSE.finditer(text)]
    if len(found) != 1:
        return None
    match = found[0]
    by = match.group("by")
    if any(word in by for word in (*ASKING_WORDS, ASKING_COUNT)):
        return None  # 分到几个岗位 asks the result
    if any(word in by for word in JOINING_WORDS) and not (one_name and one_name(by)):
        return None  # 按成本和长度算 names both operands
    return ByClause(match.start(), match.end(), by)


def period_asked(text: str) -> tuple[str, int] | None:
    """Returns the period a question asks an amount per (一个月多少 → 月) and where."""
    found = period_span(text)
    return None if found is None else found[:2]


def period_span(text: str) -> tuple[str, int, int] | None:
    """Returns the period a question asks an amount per, where its words start and end
    (每季多少 → 季度, the words 每季: 季度 said short is no 季度 to look for in the text)."""
    found = _PERIOD_ASK.search(text)
    if found is None:
        return None
    period = _full_period(found.group("period") or found.group("mean"))
    return period, found.start(), found.end("period" if found.group("period") else "mean")


def _full_period(period: str) -> str:
    """Returns a period as the year's periods name it (一季 → 季度)."""
    return "季度" if period == QUARTER_SAID_SHORT else period


PEOPLE_MEASURES = ("名", "位")  # 每名学生, 每位专家: people, as the form's 人 counts them


def _people_said_so(measure: str) -> str:
    """Returns a measure word of people written as the form writes it (名学生 → 人学生)."""
    return PER_PERSON + measure[1:] if measure.startswith(PEOPLE_MEASURES) else measure


def same_measure(first: str | None, second: str | None) -> bool:
    """Tells whether two measure words count the same thing (个月 and 月, 家 and 家企业)."""
    first = _people_said_so((first or "").removeprefix(GENERIC_MEASURE))
    second = _people_said_so((second or "").removeprefix(GENERIC_MEASURE))
    return bool(first and second) and (first.startswith(second) or second.startswith(first))


# 36个月, 三年, 两个季度, 下半年: a span of time the form, filled in by the year, states no
# figure for. 一个月 and 每季度 ask per period (above); 12个月 and 4个季度 are the year itself;
# 3月 without 个 is a month of the calendar (3月底前).
_SPAN = re.compile(
    r"(?<![\d第每])(?P<count>\d+|[一二两三四五六七八九十]+)"
    r"(?:(?P<year>年)(?![度级底初末前后内中])|个(?P<period>月)|个?(?P<period2>季度))"
    r"|(?P<half>[上下前后]?半年)"
)
MAX_YEARS_SPANNED = 10  # 26年 may be a year (2026), never a span a form's figure covers
YEARS_PER_YEAR = 1


def unstated_span(text: str) -> str | None:
    """Returns the first span of time ``text`` asks about that is not one year (36个月, 三年,
    下半年), as written; None when it names none."""
    for found in _SPAN.finditer(text):
        if found.group("half"):
            return found.group(0)
        count = parse_number(found.group("count"))
        if count is None:
            continue
        if found.group("year"):
            if YEARS_PER_YEAR < count <= MAX_YEARS_SPANNED:
                return found.group(0)
        elif count not in (
            1,
            PERIODS_PER_YEAR[found.group("period") or found.group("period2")][1],
        ):
            return found.group(0)
    return None


# 每处每月, 每人每天: an amount per two units at once (每年 is the form's own period).
_PER_START = re.compile(r"每(?!年|一年)|人均|(?<!按)月均(?![分摊])")
MAX_PER_ASKS = 1


def asks_per_twice(text: str) -> bool:
    """Tells whether ``text`` asks an amount per two units at once (每处每月多少)."""
    return len(_PER_START.findall(text)) > MAX_PER_ASKS


# 场均, 站均, 季均: a per-unit ask coined from a measure word and 均. 年均 states the year a
# figure covers and 人均 is read as it is; 均摊, 均分 and 均值 are words of their own.
_COINED_MEAN = re.compile(r"(?P<unit>季度?|[月场站处家篇次户所天周])均(?![摊分匀衡值数])")
COINED_MEAN_SAID = "平均每"
# 季度均摊, 月平摊: the periods of a year an amount is shared over, said without 按.
_PERIOD_SHARED = re.compile(r"(?<![按每一个])(?P<period>季度?|月)(?=均摊|平摊|分摊|平均分)")
# 按季度算, 按月分: a 按 clause of a period that ends the message, with no ask per period after.
_PERIOD_BY_END = re.compile(
    r"按照?(?P<period>季度?|月)份?(?:来|去)?"
    r"(?:平均分摊|平均分配|平均分|均分|平均|平摊|分摊|均摊|摊|折算|计算|算|分|拆)$"
)
_PER_MARK = re.compile(r"人均|每一?(?!个?项目|年)")
ASKS_SAID = ("多少", "几", "啥", "什么", "哪", "吗", "是不是", "是否")  # an ask or a check
ASK_LEFT_OUT = "多少"
PER_CAPITA = "人均"
_ASK_CLAUSE_END = re.compile(r"[，,。；;？?！!\s]")


# 按季度均摊多少, 按月分是多少: a 按 clause of a period right before the ask, which says the
# period the amount is asked per only there.
_PERIOD_BY_ASK = re.compile(
    r"按照?(?P<period>季度?|月)份?(?:来|去)?"
    r"(?:平均分摊|平均分配|平均分|均分|平均|平摊|分摊|均摊|摊|折算|计算|算|分|拆)(?:下来)?"
    r"(?=(?:是|为|要|能|大概|大约|约)*(?:多少|几))"
)


_PER_UNIT_NOTE = re.compile(
    r"(?P<per>每(?:(?!多少|几)[^（()）每，,。]){1,8})[（(][^（()）]{1,16}[）)]"
)
# 每米多少钱 按养护成本算, 每人多少，按预算来算吧: a 按 clause naming the amount divided, said
# after the ask as a clause of its own.
_TRAILING_BY = re.compile(
    r"(?:多少|几)[\u4e00-\u9fff]{0,2}(?P<gap>[，,\s]+)(?P<by>按照?[^，,。；;？?！!\s每]{1,12}?(?:来|去)?"
    r"(?:计算|算|平均|分摊|均摊|平摊|摊))(?:吧|呢|啊)?[。.!！？?]?$"
)


# 一场合多少, 每人合几块钱: 合 (折合, "comes to") glued to the measure word before the ask,
# which would be read as a word of its own (场合); 合计 and 合格 are other words.
_AMOUNTS_TO = re.compile(
    r"(?P<per>(?:每|一|平均)个?(?P<unit>[\u4e00-\u9fff]{1,8}?))合(?=多少|几|是多少)"
)
MEAN_WORD = "平均"


def _amounts_to(text: str, units: frozenset[str]) -> str | None:
    """Returns ``text`` without the 合 of 一场合多少 (→ 平均一场多少; 一个线上参观人次合多少钱 →
    平均一个线上参观人次多少钱), else None: 合 after one of a unit asks that unit's share."""
    for found in _AMOUNTS_TO.finditer(text):
        unit = found["unit"]
        if not (unit == GENERIC_MEASURE or any(unit.endswith(known) for known in units)):
            continue
        per = found["per"]
        if per.startswith(ONE) and not text[: found.start()].endswith(MEAN_WORD):
            per = MEAN_WORD + per  # 一场合多少: one 场's share, an average
        return text[: found.start()] + per + text[found.end() :]
    return None


_DIGIT = re.compile(r"\d")
EACH_ONE = "每一"


def _each_one(text: str, units: frozenset[str]) -> str | None:
    """Returns ``text`` with 每一 and a measure word said as 每 and the measure word (平均到每一
    米道路多少元 → 平均到每米道路多少元), else None; 每一年 is the form's own year."""
    if EACH_ONE not in text:
        return None
    ordered = "|".join(map(re.escape, longest_first(units - WHEN_UNITS)))
    said = re.sub(rf"{EACH_ONE}(?=(?:{ordered}))", PER_WORD, text)
    return said if said != text else None


# 平均到每处科普设施上是多少, 摊到每个展区上多少: 上 after what 每 counts says where the amount
# lands, no part of the noun (头上 and 身上 are read with the noun; 线上, 网上 are words).
_PLACE_AFTER_PER = re.compile(
    r"(?P<per>每一?[^，,。；;？?！!\s每上]{1,12}?)(?<![头身线网以之])上"
    r"(?=[，,\s]*(?:是|为|大概|大约|约|能|要|合|平均|摊)*(?:多少|几))"
)


def _place_dropped(text: str) -> str | None:
    """Returns ``text`` without the 上 that ends what 每 counts before the ask (每处科普设施上是
    多少 → 每处科普设施是多少), else None."""
    said = _PLACE_AFTER_PER.sub(lambda found: found["per"], text, count=1)
    return said if said != text else None


@built_once
def _owned_amount() -> re.Pattern[str]:
    """Returns the pattern of an amount owned by what 每 counts, right before the ask
    (每个实习岗位的经费是多少, 每处设施的运维成本多少); never a price (每辆的采购单价预算: the
    form states no price of a thing bought)."""
    money = "|".join(map(re.escape, load_operation_words().money_words))
    return re.compile(
        r"(?<![均摊到])(?P<per>每一?(?!个?项目|年|月|季度)[^，,。；;？?！!\s每的]{1,12})"
        rf"的(?:(?![价购买租])[\u4e00-\u9fff]){{0,4}}?(?:{money})(?=[，,\s]*(?:是|为|大概|大约|约|能|要|有)*(?:多少|几))"
    )


def _owned_amount_averaged(text: str) -> str | None:
    """Returns ``text`` asking an average when it asks the amount each of a count owns (每个
    实习岗位的经费是多少 → 平均每个…), else None: never the whole amount, a wrong figure."""
    found = _owned_amount().search(text)
    if found is None:
        return None
    return text[: found.start()] + MEAN_WORD + text[found.start() :]


PER_WORD = "每"
WHEN_UNITS = frozenset({"年", "月", "日", "号", "届", "期"})  # 2024年, 第34届: when, no count


def _one_of_given(text: str, units: frozenset[str]) -> str | None:
    """Returns ``text`` asking an average (平均一米多少钱) when it asks for one of a measure
    after giving a count in it (修985米路，一米要多少钱), else None."""
    if ONE not in text or not _DIGIT.search(text):
        return None  # most questions: no count given, no 一 asked
    one = _one_unit_ask(text, units)
    if one is None or text[: one.start].endswith((MEAN_WORD, PER_WORD)):
        return None  # 平均一米, 每一处: averaged already
    said = one.unit.removeprefix(GENERIC_MEASURE) or one.unit  # 一个人: a count in 人
    measure = next((u for u in longest_first(units) if said.startswith(u)), "")
    if not measure or measure in WHEN_UNITS or not _count_given_in(text[: one.start], measure):
        return None  # 2024年那一年花了多少: a year named, no count shared out
    return text[: one.start] + MEAN_WORD + text[one.start :]


def per_ask_completed(text: str, *, units: frozenset[str], amounts: tuple[str, ...]) -> str | None:
    """Returns a terse per-unit ask with the asking word it leaves out, else None.

    场均接待人次 → 平均每场接待多少人次, 每处设施预算 → 每处设施多少预算, 企服预算季度均摊 →
    企服预算按季度均摊每季度多少, 按月分是多少 → 按月分每月是多少; a message asking or
    checking anything else is left as it is.
    """
    amounts_to = (
        _amounts_to(text, units)
        or _one_of_given(text, units)
        or _each_one(text, units)
        or _place_dropped(text)
        or _owned_amount_averaged(text)
    )
    if amounts_to is not None:
        return amounts_to
    year = _YEAR_IN_PER.search(text)
    if year is not None:
        return text[: year.end("per")] + text[year.end() :]
    noted = _PER_UNIT_NOTE.search(text)
    if noted is not None:
        # 每个站点（国家级加市级）大概多少份: the note says what 每 counts, no ask of its own.
        return text[: noted.end("per")] + text[noted.end() :]
    trailing = _TRAILING_BY.search(text)
    if trailing is not None and _PER_MARK.search(text[: trailing.start("gap")]):
        # 养护每米多少钱 按养护成本算: the basis said after the ask is read before it.
        return trailing["by"] + "，" + text[: trailing.start("gap")]
    by = _PERIOD_BY_ASK.search(text)
    if by is not None and _PERIOD_ASK.search(text) is None:
        return text[: by.end()] + "每" + _full_period(by["period"]) + text[by.end() :]
    if any(word in text for word in ASKS_SAID):
        return None
    body = text.rstrip("？?！!。. ")
    total = _total_ask_completed(body)
    if total is not None:
        return total
    written = _COINED_MEAN.sub(lambda found: COINED_MEAN_SAID + found["unit"], body)
    written = _PERIOD_SHARED.sub(r"按\g<period>", written)
    by = _PERIOD_BY_END.search(written)
    if by is not None:
        return written + "每" + _full_period(by["period"]) + ASK_LEFT_OUT
    marks = list(_PER_MARK.finditer(written))
    if not marks:
        return None
    start = marks[-1].end()
    end = next((found.start() for found in _ASK_CLAUSE_END.finditer(written, start)), len(written))
    counted = marks[-1].group() != PER_CAPITA  # 每 names what is counted; 人均 did already
    at = _ask_left_out_at(written[start:end], units=units, amounts=amounts, counted=counted)
    return written[: start + at] + ASK_LEFT_OUT + written[start + at :]


_TOTAL_END_FILLERS = ("一下", "下", "呢", "吧", "啊", "呀")


def _total_ask_completed(body: str) -> str | None:
    """Returns a message that ends with a word of adding up and asks nothing (调查站点国家级
    市级合计) with the asking word it leaves out (…合计多少), else None."""
    words = load_operation_words().words.get(Operation.SUM, ())
    trimmed = body
    for filler in _TOTAL_END_FILLERS:
        trimmed = trimmed.removesuffix(filler)
    said = next((w for w in words if len(w) > 1 and trimmed.endswith(w)), None)
    if said is None or len(trimmed) == len(said):
        return None
    return trimmed + ASK_LEFT_OUT


def _ask_left_out_at(
    clause: str, *, units: frozenset[str], amounts: tuple[str, ...], counted: bool
) -> int:
    """Returns where the asking word goes in the clause after 每 or 人均: before the amount
    or the unit it ends with (每处设施预算, 每场接待人次), else at its end (每站摊).

    ``counted``: the clause opens with what 每 counts (每场), which is never the unit asked.
    """
    ordered = longest_first(units)
    per_unit = next((unit for unit in ordered if clause.startswith(unit)), "")
    least = max(len(per_unit), 1) if counted else 0
    for word in (*amounts, *ordered):
        if clause.endswith(word) and len(clause) - len(word) >= least:
            return len(clause) - len(word)
    return len(clause)


# 以元为单位, 单位：万元, 按元算, 用万元表示, 换算成元: the unit an amount is to be shown in,
# said as a clause of its own; it names no item and asks nothing else.
_MONEY_UNITS_SAID = "亿元|万元|千元|元"
MONEY_UNITS_SAID = frozenset(_MONEY_UNITS_SAID.split("|"))
_UNIT_DIRECTIVE = re.compile(
    r"[，,、\s]*(?:请|要|需)?(?:"
    rf"(?:以|按|用)(?P<by>{_MONEY_UNITS_SAID})(?:为单位|为准|计算|来算|来计|计|算|表示|填)"
    rf"|单位(?:为|是|用|按)?[:：]?(?P<in>{_MONEY_UNITS_SAID})"
    rf"|(?:换算|折算|折合)(?:成|为)(?P<to>{_MONEY_UNITS_SAID})"
    r")(?:计算|算)?(?=[，,。；;？?！!\s]|$)"
)


def without_unit_directive(text: str) -> str | None:
    """Returns ``text`` without the clause saying which money unit to answer in (…合计数，以元
    为单位 → …合计数), asking in that unit when nothing else asks; None when it has none."""
    found = _UNIT_DIRECTIVE.search(text)
    if found is None:
        return None
    rest = (text[: found.start()] + text[found.end() :]).strip(" ，,")
    if not rest:
        return None
    if any(word in rest for word in (*ASKING_WORDS, ASKING_COUNT)):
        return rest
    body = rest.rstrip("？?！!。. ")
    return body + ASK_LEFT_OUT + (found.group("by") or found.group("in") or found.group("to"))


# （旧表按资金总额）, (老版本用项目资金总额): a note on how an older form writes the figure asked;
# each form's own column is read anyway (the old template's only total stands for its year).
# （道路桥梁养护那张老表取“资金总额”）: the form named before its version.
_FORM_NOTE = re.compile(
    r"[（(][^（()）]{0,12}?(?:那张|这张|那份|这份)?(?:旧|老|新)(?:版本|版|表|模板)[^（()）]{0,16}[）)]"
)


# （运维和数字化改造按年度资金申请总额，道路养护按资金总额）, （养护那个用资金总额算）: how each
# form's figure is to be read, which each form's own column does anyway.
_READING_NOTE = re.compile(
    r"[（(][^（()）]{0,40}?(?:按(?:照)?|用|拿)[^（()）]{0,40}?(?:总额|资金|预算)[^（()）]{0,20}[）)]"
)


# （国交的那部分不用单算）: a calculation apart the asker declines, asking nothing itself.
_APART_DECLINED = re.compile(
    r"[（(][^（()）]{0,16}?(?:不用|不必|无需|无须|不需要|不要)(?:单独|单|另外|另|分开|分别)"
    r"(?:计算|算|列|列出)[^（()）]{0,6}[）)]"
)


def without_form_note(text: str) -> str | None:
    """Returns ``text`` without a note in brackets on how one version of the form writes the
    figure asked (三个项目的年度资金（旧表按资金总额）加总) or declining a calculation apart
    (…占合计的多少（国交的那部分不用单算）), else None."""
    found = _FORM_NOTE.search(text) or _READING_NOTE.search(text) or _APART_DECLINED.search(text)
    if found is None:
        return None
    rest = text[: found.start()] + text[found.end() :]
    return rest if rest.strip() else None


# （以国交为基数）, 拿运维当分母, 以后者为基准: the figure a percentage or ratio is taken of.
_BASIS_NAMED = re.compile(
    r"[（(，,]?\s*(?:以|拿|用|按|把)(?P<basis>[^，,。；;？?！!（()）\s]{1,12}?)"
    r"(?:为|作为|当作|当成|当|做|作)(?:基数|基准|分母|基础|底数|参照|比较基准|对比基准)"
    r"(?:来|去)?(?:计算|来算|算|计)?[)）]?"
)
# The words after which a percentage's base is named (A比B, A占B, A是B的, A除以B).
_BASIS_AFTER = ("比", "占", "是", "除以", "相对于", "相较于", "对比", "÷")
MIN_BASIS_CHARS = 2  # 国交 of 以国交预算为基数
_LATTER_SAID = ("后者", "后一个", "后面那个", "后面的")


def without_basis_named(text: str) -> str | None:
    """Returns ``text`` without a clause naming the base of its percentage or ratio when the
    base is the figure it is taken of anyway (企服预算比国交多百分之几（以国交为基数）: 国交,
    named after 比), else None; a base named otherwise is left for the ask to refuse."""
    found = _BASIS_NAMED.search(text)
    if found is None:
        return None
    rest = (text[: found.start()] + text[found.end() :]).strip(" ，,")
    at = min((rest.find(word) for word in _BASIS_AFTER if word in rest), default=-1)
    if at < 0:
        return None
    if found["basis"] in _LATTER_SAID:
        return rest
    # 以国交预算为基数 of …比国交多…: the base's words as far as the question writes them.
    basis = next(
        (
            found["basis"][:end]
            for end in range(len(found["basis"]), MIN_BASIS_CHARS - 1, -1)
            if found["basis"][:end] in rest
        ),
        None,
    )
    if basis is None or basis in rest[:at] or basis not in rest[at:]:
        return None
    return rest


# 加起来 = ?, 全加起来等于多少: the result asked with an equals sign or 等于, no row set with =.
_RESULT_EQUALS = re.compile(r"\s*(?:=|等于)\s*(?:是)?(?:多少|几)?\s*(?P<mark>[?？]?)\s*$")
RESULT_ASKED = "是多少"
PLUS = "+"
SUM_SAID = "加"


def equals_said_as_is(text: str, words: OperationWords) -> str | None:
    """Returns an arithmetic ask with the result asked by an equals sign or 等于 written as
    words (全加起来等于多少 → 全加起来是多少, 企服预算+国交预算=? → 企服预算加国交预算是多少?),
    else None. A column joined to its value with = (单位=场) is said plainly before, by the
    listing's FieldSaying."""
    if "=" not in text and "等于" not in text:
        return None
    plain = text
    found = _RESULT_EQUALS.search(plain)
    if found is not None:
        # 企服预算+国交预算=?: the plus sign of a formula adds (alone it may list two asks).
        before = plain[: found.start()].replace(PLUS, SUM_SAID)
        if words.read(before) is not None:
            plain = before + RESULT_ASKED + found["mark"]
    if plain == text or words.read(plain) is None:
        return None
    return plain


# 目标里讲的, 年度目标里提到的, 总体目标中说的: where figures are stated, no ask of the goal.
_GOAL_POINTER = re.compile(
    r"(?:年度|总体|项目)?(?:总体)?目标(?:里|中|里面|当中|上)(?:头)?"
    r"(?:讲|提到|说|写|列|给)(?:了)?的"
    r"(?:(?:那|这)(?:几|些)[处个家所座条项]?)?"  # 目标里说的那几处科普设施: the things said there
)


# 国家级的调查站点，占全部调查站点的比例: the part said as a clause of its own before the
# word relating it to the whole.
_PART_CLAUSE_BREAK = re.compile(
    r"[，,]\s*(?=(?:占|相当于|是)[^，,。；;？?！!]*(?:比例|比重|占比|百分之|几成|几倍|多少倍|%))"
)


def calculation_said_plainly(text: str, words: OperationWords) -> str | None:
    """Returns a calculation with the words that only frame it left out, else None: the words
    pointing at the goal its figures are in (企服年度目标里提到的国家级站点数是市级的百分之几
    → 企服国家级站点数是…), a comma between a share's part and 占 (国家级的站点，占全部…)."""
    converted = _first_unit_dropped(text)
    if converted is not None:
        return converted
    plain = _MONEY_COUNT.sub(r"\g<money>", text)  # 预算数占两个项目合计: the budget
    if _PER_MARK.search(plain) or _DIVIDED_SAID.search(plain):
        plain = _BASIS_SAID.sub(_basis_as_by, plain)
        plain = _CONVERTED_PER.sub(MEAN_WORD, plain)
        plain = _result_named_plainly(plain, words)
    operation = words.read(plain)
    if operation is not None:
        plain = _GOAL_POINTER.sub("", plain)
        plain = _PART_CLAUSE_BREAK.sub("", plain)
        plain = _parts_listed_before(plain, words)
    if operation in _COMPARING and not any(word in plain for word in words.money_words):
        plain = _MONEY_SAID.sub(MONEY_HEAD, plain)  # 企业的钱是国际的几倍: their budgets
        if _WHOLE_SAID.search(plain):
            plain = _YEAR_ALONE.sub(r"\g<year>" + YEAR_AMOUNT, plain, count=1)
    return plain if plain != text else None


# 人均成本为多少元, 单位成本是多少, 平均费用多少: the result of a division named by what it is,
# after the amount divided is named; 多少元/人次: the unit of the result written out.
_RESULT_NOUN = re.compile(
    r"(?P<how>人均|单位|平均|每人)(?:成本|费用|花费|开支|金额|经费|资金)"
    r"(?=(?:为|是|大概|大约|约|要)*(?:多少|几))"
)
_RESULT_UNIT = re.compile(r"(?<=多少)(?P<money>元|万元)\s*/\s*[\u4e00-\u9fff]{1,3}")
UNIT_WORD = "单位"  # 单位成本: the cost of one unit, the quotient itself


def _result_named_plainly(text: str, words: OperationWords) -> str:
    """Returns ``text`` asking a quotient plainly (…按活动参与人数平摊，人均成本为多少元 →
    …人均为多少元; …除以服务人次，是多少元/人次 → …是多少元), when the amount divided is
    named before the words naming the result."""
    text = _RESULT_UNIT.sub(r"\g<money>", text)
    found = _RESULT_NOUN.search(text)
    if found is None or not any(word in text[: found.start()] for word in words.money_words):
        return text
    how = "" if found["how"] == UNIT_WORD else found["how"]
    return text[: found.start()] + how + text[found.end() :]


# 年度资金含当年财政拨款和上年结转，拨款比结转多多少: the parts a whole is made of, listed in
# a clause before the calculation over them; the calculation names them again.
_PARTS_LISTED = re.compile(
    r"(?:里面|里)?(?:包含了?|包括了?|含有|含了|含|分为|分成|由)"
    r"(?P<list>[^，,。；;？?！!]{2,30}?(?:和|与|及|、)[^，,。；;？?！!]{2,30}?)"
    r"(?:组成|构成|(?:两|几|三)(?:部分|块|项))?(?P<end>[，,])"
)


def _parts_listed_before(text: str, words: OperationWords) -> str:
    """Returns ``text`` without the parts a clause before a calculation lists (…含当年财政拨款
    和上年结转，拨款比结转多多少 → …，拨款比结转多多少), when that clause asks nothing."""
    found = _PARTS_LISTED.search(text)
    if found is None:
        return text
    head, tail = text[: found.start()], text[found.end() :]
    if words.read(tail) is None or any(word in head for word in ASKS_SAID):
        return text
    # 两者相差多少: the parts are the ones listed.
    return head + found["end"] + _BOTH_SAID.sub(found["list"], tail, count=1)


_BOTH_SAID = re.compile(r"两者|二者|两项|这两个|这两项|两个|这俩|俩")


# 预算数, 拨款数, 资金数: an amount of money said as a number of it (预算数量 is no such thing).
_MONEY_COUNT = re.compile(r"(?P<money>预算|资金|经费|拨款)数(?![量额字据值目])")
# 25年度占三年总盘子百分比, 今年占总额几成: a year alone, beside the whole of several years,
# stands for its own amount.
_YEAR_ALONE = re.compile(r"(?P<year>(?:(?:20)?\d{2})年度?|今年|本年度?|这一年)(?=占|是|比)")
_WHOLE_SAID = re.compile(r"总盘子|总额|总资金|总数|总共|合计|三年|多年|全部|整个")
YEAR_AMOUNT = "的年度资金"
# 企业的钱是国际的几倍, 改造的钱比养护少多少: 钱 said of a project compared is its budget.
_MONEY_SAID = re.compile(r"(?<=的)钱(?=是|比|占|和|跟|与|相比|多|少|高|低)")
MONEY_HEAD = "预算"
_COMPARING = (
    Operation.RATIO,
    Operation.DIFFERENCE,
    Operation.PERCENT_DIFFERENCE,
    Operation.SHARE,
)


# 用成本控制数来算, 拿预算算, 以参与人数计, 根据成本控制数来摊: the figure a per-unit ask is worked
# from, said with another verb than 按 (按成本控制数来算 is what the reader knows).
_BASIS_SAID = re.compile(
    r"(?<![按费作使可所难得足加予除])(?P<verb>用(?!于)|拿(?!出)|以(?![上下内外及便后前])"
    r"|根据|依照|依据)(?P<basis>(?:(?!多少|几)[^，,。；;？?！!\s每]){2,20}?)"
    r"(?<![预结核清])(?P<how>(?:来|去)?(?:计算|核算|测算|算(?!数)|计(?!划)|平均|平摊|分摊|均摊|摊))"
)
_DIVIDED_SAID = re.compile(r"平均|摊|人均|除以|一(?!共|起|下)[\u4e00-\u9fff]{1,4}?(?:多少|几)")
# 折成每家企业多少人次, 算成一个人多少钱: a figure turned into an amount per unit, an average.
_CONVERTED_PER = re.compile(
    r"(?:折合成|折算成|换算成|折算为|折成|算成|化成)(?:平均)?(?=每|一[^共起])"
)


def _basis_as_by(found: re.Match[str]) -> str:
    """Returns a basis said with 用 or 拿 as 按 says it, a money unit (以万元计) left alone."""
    if found["basis"] in MONEY_UNITS_SAID:
        return found.group()
    return "按" + found["basis"] + found["how"]


_UNIT_ASK = re.compile(r"(?:多少|几)个?(?P<unit>[\u4e00-\u9fff]{1,2})")


def _first_unit_dropped(text: str) -> str | None:
    """Returns ``text`` asking only its last unit when an ask in one unit is followed by one
    in a unit it converts to (实习几周，合下来一共多少天: 5周 in 天), else None."""
    asks = list(_UNIT_ASK.finditer(text))
    if len(asks) != 2:
        return None
    first, last = asks
    pair = next(
        (
            (source, target)
            for source, target in CONVERSIONS
            if first["unit"].startswith(source) and last["unit"].startswith(target)
        ),
        None,
    )
    if pair is None:
        return None
    return text[: first.start()] + text[first.start("unit") + len(pair[0]) :]


_CLAUSES_APART = re.compile(r"[，,；;。？?！!]")


def periods_asked_apart(text: str, *, names_project: Callable[[str], bool]) -> bool:
    """Tells whether two clauses each ask an amount per period of a year of a project they
    name (企服按月平均一个月多少，国交按季度平均一个季度多少): two asks, never one calculation
    over both projects."""
    asking = [
        clause
        for clause in _CLAUSES_APART.split(text)
        if _PERIOD_ASK.search(clause) or _PERIOD_BY.search(clause)
    ]
    return (
        len(asking) >= 2
        and any(word in clause for clause in asking for word in ASKS_SAID)
        and all(names_project(clause) for clause in asking)
    )


_CLAUSE_WITH_END = re.compile(r"[^，,；;。？?！!]+[，,；;。？?！!]*")
_BARE_AMOUNT_ASK = re.compile(r"(?:是)?多少(?:钱|元|万元|万)?(?:呢|啊|呀)?[，,；;。？?！!]*$")


def with_amount_lent(
    text: str, *, amounts: tuple[str, ...], names_project: Callable[[str], bool]
) -> str:
    """Lends the amount an earlier clause divides by period to a later one that names none
    (企服经费按月平均一个月多少，国交按季度平均一个季度多少: 国交经费按季度…)."""
    if not periods_asked_apart(text, names_project=names_project):
        return text
    lent = ""
    pieces: list[str] = []
    for clause in _CLAUSE_WITH_END.findall(text):
        named = next((word for word in amounts if word in clause), "")
        period = _PERIOD_BY.search(clause) or _PERIOD_ASK.search(clause)
        if named:
            lent = named
        elif lent and period is not None and _BARE_AMOUNT_ASK.search(clause):
            clause = clause[: period.start()] + lent + clause[period.start() :]
        pieces.append(clause)
    return "".join(pieces)


# 保留两位小数, 精确到小数点后一位, （两位小数）, 保留整数: how many decimal places a result is
# to be shown with, said as a clause of its own; it names no item and asks nothing else.
_PLACES_COUNT = r"(?P<count>[一二两三四1-4])"
_PLACES_SAID = re.compile(
    r"[（(，,、；;\s]*(?:请|要|需要?|并|再)?(?:四舍五入)?"
    r"(?:(?:保留|精确|取|留)(?:到)?(?:小数点后)?" + _PLACES_COUNT + r"位(?:小数)?"
    r"|小数点后" + _PLACES_COUNT.replace("count", "after") + r"位"
    r"|" + _PLACES_COUNT.replace("count", "bare") + r"位小数"
    r"|(?P<whole>保留整数|取整数?|精确到个位))"
    r"(?:就好|就行|就可以|即可|吧|哈)?[）)]?"
)
MAX_PLACES = 4


@dataclass(frozen=True)
class PlacesAsked:
    """A question without its words on decimal places, and the places asked."""

    rest: str
    places: int


def places_asked(text: str) -> PlacesAsked | None:
    """Returns ``text`` without the clause saying how many decimal places to show (企服预算是
    国交的几倍？保留两位小数 → 企服预算是国交的几倍？, 2), else None."""
    found = _PLACES_SAID.search(text)
    if found is None:
        return None
    rest = (text[: found.start()] + text[found.end() :]).strip(" ，,、；;")
    if not rest:
        return None
    if found["whole"]:
        return PlacesAsked(rest, 0)
    count = parse_number(found["count"] or found["after"] or found["bare"])
    if count is None or not 0 <= count <= MAX_PLACES:
        return None
    return PlacesAsked(rest, int(count))


# (A-B)/B, A/B 等于多少, 按(A−B)÷B算: a formula over letters standing for the figures the
# question names; it says how to work them, which the words already say.
_LETTER_FORMULA = re.compile(
    r"[，,；;\s]*(?:按照?|即|用|公式)?[:：]?\s*[（(]?[A-Za-z]\s*[-−+/÷×*]\s*[A-Za-z][）)]?"
    r"(?:\s*[-−+/÷×*]\s*[（(]?[A-Za-z][）)]?)*\s*(?:来)?(?:算|计算)?"
)
# 论文数量 / 活动场次, 企服预算-国交预算: an operator typed between two figures' words.
_SYMBOLS_SAID = {"/": "除以", "÷": "除以", "-": "减去", "−": "减去", "+": "加上", "×": "乘以"}
_SYMBOL_BETWEEN = re.compile(
    r"(?<=[\u4e00-\u9fff\d）)])\s*(?P<symbol>[/÷+×−-])\s*(?=[\u4e00-\u9fff（(])"
)
_EQUALS_ASKED = re.compile(r"\s*=\s*[?？]?\s*(?:多少)?\s*$")
# （院士专家数÷工作站数）: a note after the ask restating it as a formula.
_FORMULA_NOTE = re.compile(
    r"[（(][^（()）]{1,30}?(?:[÷/×*+−]|除以|乘以|减去|加上)[^（()）]{0,30}[）)]"
)
_ASKED_BEFORE = re.compile(r"多少|几")
_FORMULA_ASK = re.compile(r"多少|几|等于|=|算一下|算下|比值|结果")  # a result asked of it
MIN_FORMULA_WORDS = 3  # what each side of a typed operator names (论文数量 / 活动场次; 元/人 no)


def formula_said_in_words(text: str) -> str | None:
    """Returns a calculation typed as a formula in words (上海征集论文数量 / 研讨会相关活动场次，
    A/B 等于多少 → 上海征集论文数量除以研讨会相关活动场次，等于多少; 企服预算-国交预算=? →
    企服预算减去国交预算等于多少), else None."""
    if not any(symbol in text for symbol in (*_SYMBOLS_SAID, "=")):
        return None  # most questions: no formula
    if not _FORMULA_ASK.search(text):
        return None  # 主管/实施单位, 展区数量 + 满意度: / and + join asks, nothing is worked
    said = _LETTER_FORMULA.sub("", text)
    note = _FORMULA_NOTE.search(said)
    if note is not None and _ASKED_BEFORE.search(said, 0, note.start()):
        said = said[: note.start()] + said[note.end() :]  # …几名？（院士专家数÷工作站数）
    said = _EQUALS_ASKED.sub("等于多少", said)
    pieces, start = [], 0
    for found in _SYMBOL_BETWEEN.finditer(said):
        if _in_brackets(said, found.start()):
            continue  # （成本控制数/养护成本）: a note naming the alternatives
        before = re.findall(
            r"[\u4e00-\u9fff]", re.split(r"[，,。；;？?！!：:]", said[: found.start()])[-1]
        )
        after = re.findall(
            r"[\u4e00-\u9fff]", re.split(r"[，,。；;？?！!：:]", said[found.end() :])[0]
        )
        if min(len(before), len(after)) < MIN_FORMULA_WORDS:
            continue
        pieces.append(said[start : found.start()] + _SYMBOLS_SAID[found["symbol"]])
        start = found.end()
    said = "".join(pieces) + said[start:]
    return said if said != text and said.strip(" ，,") else None


# 市级调查站点数 ÷（国家级+市级）= ？%: a part over the sum of itself and another, typed.
_SHARE_FORMULA = re.compile(
    r"(?P<part>[^,，:：;；。?？=]+?)\s*(?:÷|/|除以)\s*[（(]\s*(?P<first>[^()（）+＋]+?)\s*"
    r"(?:\+|＋|加上|加)\s*(?P<second>[^()（）]+?)\s*[)）]"
    r"\s*(?:=|等于)?\s*(?:是)?(?:多少)?\s*[?？]*\s*[%％]?\s*[?？]*"
)


_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\s,，;；。]))(?P<label>[\u4e00-\u9fff]{1,12})\s*[:：]\s*$")


def share_formula_said(text: str) -> str | None:
    """Returns a part typed over the sum it is part of as a share asked in words (市级调查站点数
    ÷（国家级+市级）= ？% → 市级调查站点数占国家级加市级的比例是多少), else None: the part names
    one of the two it is divided by, or it is no share."""
    if not any(sign in text for sign in ("÷", "/", "除以")):
        return None  # most questions: no formula typed
    found = _SHARE_FORMULA.search(text)
    if found is None:
        return None
    part, first, second = found["part"].strip(), found["first"], found["second"]
    start = found.start("part")
    label = _LABEL_BEFORE.search(text, 0, start)
    if first not in part and second not in part and label is not None:
        # 企服：130万 / （企服+国交）: the label names the part, its amount only restates it.
        part, start = label["label"], label.start("label")
    if first not in part and second not in part:
        return None
    said = f"{part}占{first}加{second}的比例是多少"
    return text[:start] + said + text[found.end() :]


# 年度目标第四块里，…占…的比例: where in the goal the figures are, before a calculation of them.
_GOAL_PART_PLACE = re.compile(
    r"(?:年度|总体)?(?:总体)?目标的?第(?:[一二三四五六七八九十]+|\d+)(?:块|部分|段|点)"
    r"(?:里面|里头|里|当中|中)[,，]?\s*"
)


def goal_part_place_dropped(text: str, words: OperationWords) -> str | None:
    """Returns a calculation of a goal's figures without the part of the goal it says they are
    in (年度目标第四块里，市级调查站点占全部站点的比例 → 市级调查站点占全部站点的比例), else None:
    the figures are read wherever the goal states them, the part asks no quote."""
    found = _GOAL_PART_PLACE.search(text)
    if found is None:
        return None
    rest = text[: found.start()] + text[found.end() :]
    if words.read(rest) is None or not rest.strip(" ，,"):
        return None
    return rest


# …几位院士专家？他说就拿引入的院士专家数量除以培育的工作站数量算。: how to work the ask before,
# told in a sentence of its own with 拿 or 用 (or 就按, as a relayed sentence is read).
_METHOD_TOLD = re.compile(
    r"(?<=[?？。])\s*(?:他|她|对方|领导|老师|同事)?(?:说|讲)?(?:就|可以|直接)?(?:拿|用|(?<=就)按)"
    r"(?P<formula>[^，,。；;？?！!]+?除以[^，,。；;？?！!]+?)(?:来)?(?:算|计算)[。.!！]?\s*$"
)


def method_told_as_basis(text: str) -> str | None:
    """Returns an ask with the way to work it told after it said as its basis (…几位？他说就拿A
    除以B算。 → …几位？按A除以B算), else None."""
    found = _METHOD_TOLD.search(text)
    if found is None or not _ASKED_BEFORE.search(text, 0, found.start()):
        return None
    said = f"{text[: found.start()]}按{found['formula']}算"
    return said if said != text else None


# 运维、场馆改造、道路养护三个项目: the projects listed before their count, each named once.
_PROJECTS_LISTED = re.compile(
    r"(?P<listed>[^,，。;；?？!！、\s]{2,12}(?:、[^,，。;；?？!！、\s]{2,12})+)"
    r"(?:这|那)?(?P<count>[两二三四五六七八九十])个项目"
)
_COUNT_WORDS = "零一二三四五六七八九十"
PROJECTS_COUNTED = "个项目"


def projects_listed_dropped(
    text: str, *, names_project: Callable[[str], bool], loaded: Callable[[], int]
) -> str | None:
    """Returns ``text`` without the projects listed before their count (运维、场馆改造、道路养护
    三个项目各自的年度资金 → 三个项目各自的年度资金), else None: when they are all the ``loaded``
    projects the count says them all, and a short name listed would be read as a row's word."""
    if LISTED_TOGETHER not in text or PROJECTS_COUNTED not in text:
        return None  # most questions list no projects
    found = _PROJECTS_LISTED.search(text)
    if found is None:
        return None
    listed = found["listed"].split(LISTED_TOGETHER)
    count = 2 if found["count"] == "两" else _COUNT_WORDS.index(found["count"])
    if len(listed) != count or count != loaded():
        return None
    if not all(names_project(name) for name in listed):
        return None
    return text[: found.start()] + text[found.start("count") :]


def _in_brackets(text: str, at: int) -> bool:
    """Tells whether position ``at`` of ``text`` is inside brackets left open before it."""
    before = text[:at]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


# 请列出算式, 写一下计算过程, 附上公式: the working asked shown, which every worked answer shows.
_WORKING_ASKED = re.compile(
    r"[，,。；;\s]*(?:请|麻烦|并|同时)?(?:列出|列一下|写出|写一下|给出|附上|说明)"
    r"(?:计算)?(?:算式|公式|过程|计算过程|计算方法|算法)(?:来)?[。.!！]?"
)


# 请按年度目标原文测算, 以申报表数据为准, 根据表里的数字算: the form named as the source of the
# figures, which every worked answer takes them from anyway.
_SOURCE_SAID = re.compile(
    r"[，,。；;？?\s]*(?:请|麻烦|都|均)?(?:按照|按|根据|依据|依照|以|用)"
    r"(?:[^，,。；;？?！!\s]{0,6}?)(?:原文|申报表|表里|表中|表内|表上|目标)"
    r"(?:里|中|上|所写|写的|原文)?(?:的)?(?:数字|数据|数|内容|口径)?"
    r"(?:来|去)?(?:测算|计算|核算|算|计|为准)[。.!！]?$"
)


def without_working_asked(text: str) -> str | None:
    """Returns ``text`` without a request to show the working (…多少人次？请列出算式。) or one
    naming the form as the figures' source (请按年度目标原文测算。), when the rest still asks;
    None when it makes none."""
    found = _WORKING_ASKED.search(text) or _SOURCE_SAID.search(text)
    if found is None:
        return None
    rest = (text[: found.start()] + text[found.end() :]).strip(" ，,")
    return rest if _FORMULA_ASK.search(rest) else None


# 领导讲企服钞票比国交多老多 到底企服的年度预算是国交的几倍: clauses of a message, apart by
# marks or by spaces between words (a message typed without punctuation).
_CLAUSE_BREAK = re.compile(r"[，,。；;！!]+\s*|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
MAX_TOLD_CLAUSES = 3
# Words by which a clause asks something of its own (谁, 怎么, 呢), besides those of ASKS_SAID.
CLAUSE_ASKS = (*ASKS_SAID, "谁", "怎么", "怎样", "如何", "咋", "何时", "呢", "?", "？")


def _worked_apart(text: str, words: OperationWords) -> bool:
    """Tells whether ``text`` asks a calculation that reads alone: two figures compared, or a
    sum said for certain (上海这边论文一共要收多少篇 is one row's total, no sum of rows)."""
    operation = words.read(text)
    if operation is Operation.SUM:
        return any(word in text for word in words.summed)
    return operation in _COMPARING or operation is Operation.PERCENT_OF


def asks_after_told(text: str, words: OperationWords) -> list[str]:
    """Returns what is left of an arithmetic ask once each clause before it that asks nothing
    is left out (我记得满意度一般都是九十 数字化改造的…跟运维的…差几个百分点 → 数字化改造的…),
    one clause left out first; none when the first clause asks or the rest asks no arithmetic.
    A told clause may itself hold words of a calculation (企服钞票比国交多老多)."""
    breaks = list(_CLAUSE_BREAK.finditer(text))[:MAX_TOLD_CLAUSES]
    rests: list[str] = []
    start = 0
    for found in breaks:
        clause = text[start : found.start()]
        if any(word in clause for word in CLAUSE_ASKS) or any(char.isdigit() for char in clause):
            break  # a clause asking, or giving figures the rest may work on (总共360万)
        rest = text[found.end() :]
        if not any(word in rest for word in ASKS_SAID) or not _worked_apart(rest, words):
            break
        rests.append(rest)
        start = found.end()
    return rests


# 摊到活动参与的每个人头上，一人合多少钱; 平均分给每家合作单位，每家多少: the unit 每 names, said
# again by 一 or 每 and its measure word right before the ask.
_PER_SAID_AGAIN = re.compile(
    r"(?P<per>每一?(?P<measure>[\u4e00-\u9fff])(?P<noun>[^，,。；;？?！!\s]{0,12}?)"
    r"(?:头上|身上|上)?)(?P<mark>[，,\s]\s*)(?:那|那么)?(?:一|每)(?:一)?个?"
    r"(?P<again>[\u4e00-\u9fff]{1,8}?)"
    rf"(?=(?:{_ONE_FILLER}|分摊|均摊|摊|分)*(?:多少|几))"
)


PAIR_SAID = 2  # a noun said again is a word of two characters at least (展区, 设施)


def per_said_again(text: str) -> str | None:
    """Returns a per-unit ask without the unit said again before its ask (…每个人头上，一人合
    多少钱 → …每个人头上，合多少钱), else None."""
    found = _PER_SAID_AGAIN.search(text)
    if found is None:
        return None
    measure, again, noun = found["measure"], found["again"], found["noun"]
    # 每个要改的展区，一个展区多少钱: the noun said again, 展区 of 要改的展区.
    noun_again = len(again) >= PAIR_SAID and noun.endswith(again)
    measure_again = again == measure or (measure == GENERIC_MEASURE and noun.startswith(again))
    if not (measure_again or noun_again):
        return None
    return text[: found.end("mark")] + text[found.end() :]


# 国交那点钱，企服是它的几倍; 跟国交比，企服的预算是几倍: the figure compared with (the base)
# named in a clause of its own before the ask. 它 right after a word setting two figures side
# by side points back at it; the frame words around it (跟…比, 以…为准) only say it is the base.
_OPERAND_POINTER = re.compile(r"(?<=[是比跟和与同占对较])它(?![们俩])")
_TOPIC_BREAK = re.compile(r"[，,：:；;]\s*")
# 企服的经费，是国交的几倍: an ask opening with 是 leaves its subject to the clause before it,
# which is then the first figure, not the base.
# 国交成本控制数，相当于企服的百分之几: the ask goes on from the clause before, its subject
_SUBJECT_LEFT_OUT = re.compile(r"^(?:它|这|那)?(?:也|就|大概|大约|约)?(?:是|相当于|等于|占|为)")
_TOPIC_OPENER = re.compile(r"^(?:说到|说起|至于|关于|提到|讲到|拿|就)")
_BASE_FRAME = re.compile(
    r"^(?:(?:跟|和|与|同|拿|对比|相比|比起|相对于|相较于|较)(?P<with>.+?)"
    r"(?:相比较?|比较|比起来|来比|比|而言|来说)?"
    r"|以(?P<by>.+?)为(?:准|基数|基准|标准|参照|底数|分母|1))$"
)
_TOPIC_ASKS = re.compile(r"多少|几|吗|么|[?？]")
_SIDE_BY_SIDE = re.compile(r"[比跟和与同较对]")  # the ask names its own base
_BASE_LAST = (Operation.RATIO, Operation.PERCENT_DIFFERENCE, Operation.DIFFERENCE)


def base_said_first(
    text: str, *, projects_named: Callable[[str], tuple[int, ...]], words: OperationWords
) -> str | None:
    """Returns a comparison whose base is named in a clause before it, with the base said
    where the ask takes it (国交那点钱，企服是它的几倍 → 企服是国交那点钱的几倍; 跟国交比，企服的
    预算是几倍 → 企服的预算是几倍，国交), else None: the project named first is not the first
    figure then."""
    breaks = _TOPIC_BREAK.search(text)
    if breaks is None:
        return None
    topic, rest = text[: breaks.start()], text[breaks.end() :]
    framed = _BASE_FRAME.match(topic)
    if _TOPIC_ASKS.search(topic) or (not framed and words.read(topic) is not None):
        return None
    base = (framed["with"] or framed["by"]) if framed else _TOPIC_OPENER.sub("", topic)
    named = projects_named(base)
    if len(named) != 1 or words.read(rest) not in _BASE_LAST or _SUBJECT_LEFT_OUT.match(rest):
        return None
    said = base.removesuffix("的")
    pointers = list(_OPERAND_POINTER.finditer(rest))
    if len(pointers) == 1:
        return rest[: pointers[0].start()] + said + rest[pointers[0].end() :]
    others = projects_named(rest)
    if pointers or _SIDE_BY_SIDE.search(rest) or len(others) != 1 or others == named:
        return None
    return f"{rest}，{said}"


_CLAUSE_PARTS = re.compile(r"([，,])")


def others_ignored_dropped(text: str, words: OperationWords) -> str | None:
    """Returns a calculation without a clause telling only that nothing else counts (…人数，
    不看别的，平均每家几名 → …人数，平均每家几名), else None."""
    ignoring = side_words().get(IGNORING, ())
    if not any(word in text for word in ignoring) or words.read(text) is None:
        return None
    parts = _CLAUSE_PARTS.split(text)
    kept = [
        part
        for at, part in enumerate(parts)
        if not (part.strip() in ignoring or (at and parts[at - 1].strip() in ignoring))
    ]
    said = "".join(kept)
    return said if said != text and said.strip("，, ") else None


# 每年上报三千多份，按3000份算: a figure said roughly, then the figure to work with.
_ROUGH_THEN_SETTLED = re.compile(
    r"(?P<rough>[\d一二两三四五六七八九十百千万]+(?:多|余|几|来)(?P<unit>[\u4e00-\u9fff]))"
    r"(?P<between>[^，,。；;？?！!]{0,12})[，,]\s*(?:就|先|姑且|暂且)?按照?"
    r"(?P<settled>\d+(?:\.\d+)?)(?P=unit)(?:来)?(?:算|计算|计)[，,]?"
)


def rough_figure_settled(text: str) -> str | None:
    """Returns ``text`` with a figure said roughly replaced by the one it says to work with
    (每年上报三千多份，按3000份算，一个月多少份 → 每年上报3000份一个月多少份), else None: one
    figure is given, never two."""
    found = _ROUGH_THEN_SETTLED.search(text)
    if found is None:
        return None
    settled = found["settled"] + found["unit"] + found["between"]
    return text[: found.start()] + settled + "，" + text[found.end() :]


# 平均一个新培育的工作站要引进几个专家: 一 after 平均 counts one of each, as 每 does.
_ONE_AS_EACH = re.compile(
    r"(?<=平均)(?:下来|算下来)?一(?=[个家名位场次篇座处条项所套辆人](?![月年季周天]))"
)
EACH_WORD = "每"


def one_as_each(text: str) -> str | None:
    """Returns ``text`` with the 一 after 平均 said as 每 (平均一个工作站 → 平均每个工作站),
    else None; where 每 is said already (分到每场活动，平均一场多少) the ask reads it there."""
    if EACH_WORD in text:
        return None
    said = _ONE_AS_EACH.sub(EACH_WORD, text)
    return said if said != text else None


# 运维比数改高出多少，高出百分之几: a comparison asked, then asked again by another measure in a
# clause that names nothing of its own; each is one calculation of the same two figures.
_CLAUSES = re.compile(r"[，,；;？?。！!\s]+")
TWO_MEASURES = frozenset({Operation.DIFFERENCE, Operation.PERCENT_DIFFERENCE, Operation.RATIO})
_AGAIN_FILLER = re.compile(
    r"又|还有|还|那么|那|再|也|以及|并且|分别|是|为|了|呢|啊|吧|的话|大概|大约|约|有|能|算|个"
    r"|万元|元|钱|相当于|等于"
)
_TIMES_BEFORE = re.compile(r"^(?:是|为|相当于|等于)+")


def second_measure_asked(text: str, words: OperationWords) -> tuple[str, str] | None:
    """Returns the two asks of a comparison asked by two measures (运维比数改高出多少，高出百分
    之几 → 运维比数改高出多少, 运维比数改高出百分之几), else None: the second clause names
    nothing but its measure, so it compares the figures of the first."""
    clauses = [clause for clause in _CLAUSES.split(text) if clause]
    if len(clauses) != 2 or COMPARED_WITH not in clauses[0] or COMPARED_WITH in clauses[1]:
        return None
    first, second = clauses
    measures = (words.read(first), words.read(second))
    if not set(measures) <= TWO_MEASURES or measures[0] == measures[1]:
        return None
    if _AGAIN_FILLER.sub("", _elided(second, words)):
        return None  # 多多少，是国交的几倍: the second names a figure of its own
    verb_at = _measure_at(first, measures[0], words)
    if verb_at is None:
        return None
    stem = first[:verb_at]
    asked = second.lstrip("又还那再也")
    if measures[1] is Operation.RATIO:  # 多多少，是几倍: 运维是数改的几倍
        compared = stem.find(COMPARED_WITH)
        base = stem[compared + len(COMPARED_WITH) :]
        return first, f"{stem[:compared]}是{base}的{_TIMES_BEFORE.sub('', asked)}"
    if not any(asked.startswith(word) for word in words.comparisons):
        verb = next(
            (w for w in longest_first(words.comparisons) if first.startswith(w, verb_at)), ""
        )
        asked = verb + asked
    return first, stem + asked


def _elided(clause: str, words: OperationWords) -> str:
    """Returns ``clause`` without its operation, comparing and asking words."""
    clause = words.strip(clause)
    for word in (*ASKING_WORDS, ASKING_COUNT, *longest_first(words.comparisons)):
        clause = clause.replace(word, "")
    return clause


def _measure_at(clause: str, operation: Operation | None, words: OperationWords) -> int | None:
    """Returns where the words asking ``operation`` start after the 比 of ``clause`` (高出多少
    of 运维比数改高出多少), or its first comparing word there, else None."""
    compared = clause.find(COMPARED_WITH) + len(COMPARED_WITH)
    longer = words.asking_pattern(operation) if operation is not None else None
    found = longer.search(clause, compared) if longer is not None else None
    if found is not None:
        return found.start()
    return min(
        (at for word in words.comparisons if (at := clause.find(word, compared)) >= 0),
        default=None,
    )


def exactness_dropped(text: str, *, words: OperationWords, relations: Iterable[str]) -> str | None:
    """Returns ``text`` without the word of exactness before a relation it checks (是不是正好等于
    总额 → 是不是等于总额), which the check reads as any other; else None."""
    if not any(word in text for word in words.exactly):
        return None
    said = "|".join(map(re.escape, longest_first(relations)))
    exact = "|".join(map(re.escape, words.exactly))
    plain = re.sub(f"(?:{exact})(?=(?:{said}))", "", text)
    return plain if plain != text else None


# 科创赋能那35场在它所有按场算的活动里占多大比例: one row's share of the rows a filter keeps.
_SHARE_WITHIN = re.compile(
    r"^(?P<part>[^，,。；;？?]+?)(?:在|于)(?P<whole>[^，,。；;？?]+?)"
    r"(?:里面|里头|里边|里|当中|之中|中间|中)(?:所)?占(?:了|到)?(?P<ask>[^，,。；;]*?)[？?。！!\s]*$"
)
# 企服按场计的活动里，科创赋能那35场占总场次的比例: the whole said first, then the part's share.
_SHARE_WITHIN_AFTER = re.compile(
    r"^(?:在|于)?(?P<whole>[^，,。；;？?]+?)(?:里面|里头|里边|里|当中|之中|中间|中)[，,\s]*"
    r"(?P<part>[^，,。；;？?]+?)(?:所)?占(?:了|到)?(?P<ask>[^，,。；;]*?)[？?。！!\s]*$"
)
# 企服那个35场的，占企服所有按场算的加起来的比例: the part, then 占 the whole said as a sum.
_SHARE_OF_SUM = re.compile(
    r"^(?P<part>[^，,。；;？?]+?)[，,\s]*(?:所)?占(?:了|到)?"
    r"(?P<whole>[^，,。；;？?]+?(?:加起来|加在一起|合计|总计|总和|之和|一共|总共))的?"
    r"(?P<ask>比例|比重|百分比|占比|份额|百分之几|百分之多少|几成)[^，,。；;]*?[？?。！!\s]*$"
)
_WITHIN_POINTER = re.compile(r"^(?:它|其|这个项目|该项目)(?:的)?")
_SUM_ENDING = re.compile(r"(?:的)?(?:加起来|加在一起|合计|总计|总和|之和|一共|总共)$")
ROW_ASKED = "是多少"
ROW_BY_FIGURE_ASKED = "是哪个"  # 那个35场的是哪个: a row named by its figure, asked as a listing
WHOLE_ASKED = "加起来多少"


# 国交年度资金在两个项目合计中所占比重: the share of a sum said with 在…中, as 占…的 says it.
_SHARE_IN_SUM = re.compile(
    r"(?:在|于)(?P<whole>[^，,。；;？?在于]{1,20}?(?:合计|总计|总和|之和|加起来|一共|总额|总数))"
    r"(?:里面|里头|里|当中|之中|中)(?:所)?占(?:的)?(?P<ask>比重|比例|占比|份额|百分比)"
)


def share_in_sum_said_plainly(text: str) -> str | None:
    """Returns a share of a sum said with 在…中所占 said with 占…的 (国交年度资金在两个项目合计中
    所占比重 → 国交年度资金占两个项目合计的比重), else None."""
    said = _SHARE_IN_SUM.sub(r"占\g<whole>的\g<ask>", text)
    return said if said != text else None


def share_within_asked(text: str) -> tuple[str, str] | None:
    """Returns the ask of the part and of the whole it is a share of (科创赋能那35场在它所有按场
    算的活动里占多大比例 → 科创赋能那35场是多少, 所有按场算的活动加起来多少), else None."""
    found = (
        _SHARE_WITHIN.match(text) or _SHARE_WITHIN_AFTER.match(text) or _SHARE_OF_SUM.match(text)
    )
    if found is None:
        return None
    whole = _SUM_ENDING.sub("", _WITHIN_POINTER.sub("", found.group("whole")))
    return found.group("part") + ROW_ASKED, whole + WHOLE_ASKED


# …一场平均多少人次？这个数不小啊。: a remark after the question mark that asks nothing, names no
# figure and no basis; the calculation's patterns read the ask at the message's end.
_QUESTION_MARK = re.compile(r"[？?]")
MAX_REMARK_CHARS = 20
_ASKER_OPENING = ("我们", "我", "咱们", "咱")
_REMARK_UNFIT = re.compile(r"\d|按|以|除|算|计|折|摊|比|占|加|减|[一二两三四五六七八九十百千万]")


@built_once
def side_words() -> dict[str, tuple[str, ...]]:
    """Returns the words of ``SIDE_SECTIONS``: what the asker grants (当然, 其实) and feels
    (意外, 好奇) in a remark after an ask, clauses ignoring the rest, the modals after what 每
    counts (要, 需要), the nouns naming people (学生, 专家) and the words holding a joining
    character (参与), the longest first."""
    text = (resources.files("nlu") / "data" / ARITHMETIC_FILE).read_text(encoding="utf-8")
    found: dict[str, tuple[str, ...]] = {}
    for raw in text.splitlines():
        head, _, body = raw.partition(":")
        if head in SIDE_SECTIONS:
            found[head] = tuple(longest_first(body.split()))
    return found


def remark_after_calculation(
    text: str, words: OperationWords, *, names_form: Callable[[str], bool]
) -> str | None:
    """Returns a calculation asked before a question mark without the remark after it
    (…一场平均多少人次？这个数不小啊。 → …一场平均多少人次？), else None; ``names_form`` tells
    whether words name something of the form (…多少？，国交: the base, no remark)."""
    marks = list(_QUESTION_MARK.finditer(text))
    if not marks:
        return _feeling_after_comma(text, words)
    head, tail = text[: marks[-1].end()], text[marks[-1].end() :].strip()
    if not tail or len(tail) > MAX_REMARK_CHARS or any(word in tail for word in ASKS_SAID):
        return None
    # 我们区算下来一人次要40块: the asker's own figure, told after an ask that never points
    # at the asker (是我们的几倍 would), is theirs; the form's calculation is asked.
    remark = side_words()
    granted = next((w for w in remark.get(CONCESSIONS, ()) if tail.startswith(w)), "")
    opening = tail.removeprefix(granted)  # 当然我知道…: what the asker grants
    own = opening.startswith(_ASKER_OPENING) and not any(w in head for w in _ASKER_OPENING)
    # 差距这么大我有点意外: the asker's feeling, with no figure of its own
    own = own or (
        any(word in tail for word in remark.get(FEELINGS, ())) and not re.search(r"\d", tail)
    )
    if not own and (_REMARK_UNFIT.search(tail) or names_form(tail)):
        return None
    if not own and any(word in tail for word in words.all_words() if len(word) > 1):
        return None
    asked = words.read(head) is not None or _PER_MARK.search(head) is not None
    return head if asked and any(word in head for word in (*ASKING_WORDS, ASKING_COUNT)) else None


_LAST_COMMA = re.compile(r"[，,](?=[^，,]*$)")


def _feeling_after_comma(text: str, words: OperationWords) -> str | None:
    """Returns a calculation asked before a comma without the asker's feeling after it (…每个
    实习岗位摊多少钱啊，我好奇我这个岗位值多少哈哈 → …摊多少钱啊), else None: the remark opens
    with the asker and says a feeling, so what it wonders about is no ask of the form."""
    comma = _LAST_COMMA.search(text)
    if comma is None:
        return None
    head, tail = text[: comma.start()], text[comma.end() :].strip()
    feelings = side_words().get(FEELINGS, ())
    if (
        not tail.startswith(_ASKER_OPENING)
        or len(tail) > MAX_REMARK_CHARS
        or re.search(r"\d", tail)
    ):
        return None
    if not any(word in tail for word in feelings):
        return None
    asked = words.read(head) is not None or _PER_MARK.search(head) is not None
    return head if asked and any(word in head for word in (*ASKING_WORDS, ASKING_COUNT)) else None


_RESULT_LEAD = re.compile(r"^[:：，,\s]+")


def per_result_dropped(
    text: str, words: OperationWords, *, form_word: Callable[[str], bool]
) -> str | None:
    """Returns ``text`` without the word naming what its per-unit ask yields (测算一下单位成本：
    …每人次多少元 → 测算一下…每人次多少元; 单位成本每人次多少元 → 每人次多少元), else None.

    The word only names the result when the rest still asks per unit and no row of the form
    writes it (a form may hold a row named 单位成本)."""
    said = next((word for word in words.per_result if word in text), None)
    if said is None or form_word(said):
        return None
    at = text.index(said)
    rest = text[:at] + _RESULT_LEAD.sub("", text[at + len(said) :])
    if _PER_MARK.search(rest) is None or not any(w in rest for w in (*ASKING_WORDS, ASKING_COUNT)):
        return None
    return rest


# 以企服年度预算计, 以服务人次来计算: a basis said with 以 and 计, as 按…算 says it (以元计 is the
# unit to answer in, read before).
_BASIS_WITH_YI = re.compile(
    r"(?<![可所加予难足得之除])以(?P<by>[^，,。；;？?！!\s以我帮]{2,20}?)(?:来|去)?(?:为准|为基数|为分母)?"
    r"(?<![预核估测])(?:计算|计|算)(?=[，,。；;？?！!\s]|$)"  # 除以国交预算: no basis
)
# 直通车那个活动，平均每家…: a pointer and a general noun closing a clause that named the thing.
_POINTED_NOUN = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:那个|这个|那项|这项)(?:活动|工作|事情|事儿|事)(?=[，,\s])"
)


def basis_said_plainly(text: str) -> str | None:
    """Returns ``text`` with a basis said 以…计 said 按…算 (以企服年度预算计 → 按企服年度预算算)
    and a pointer closing a clause dropped (直通车那个活动， → 直通车，), else None."""
    said = _POINTED_NOUN.sub("", text)
    found = _BASIS_WITH_YI.search(said)
    if found is not None and found["by"] not in MONEY_UNITS_SAID:
        said = said[: found.start()] + f"按{found['by']}算" + said[found.end() :]
    return said if said != text else None


# 国交 占total 多少%, 国交占两个项目合计的百分之几: a project alone over the projects' whole.
_PROJECT_SHARE = re.compile(
    r"^(?P<owner>[^，,。；;？?占\s]{1,16}?)的?\s*占\s*"
    r"(?P<whole>(?:两个|三个|几个|所有|全部|各)?(?:项目)?的?(?:合计|总计|总和|总数|全部|整体|总体)的?)\s*"
    r"(?P<ask>多少%|几%|百分之几|百分之多少|多少比例|比例是多少|几成|多少)\s*[？?。!！]*$"
)
BUDGET_SAID = "预算"


def project_share_said_plainly(text: str, *, project_alone: Callable[[str], bool]) -> str | None:
    """Returns a project's share of the projects' whole asked by the project's name alone
    with the budget said (国交 占合计 多少% → 国交预算占合计多少%), else None: what a project is
    measured by alone is its money. ``project_alone`` tells whether words name one project
    and nothing else."""
    found = _PROJECT_SHARE.match(text)
    if found is None or not project_alone(found["owner"]):
        return None
    return f"{found['owner']}{BUDGET_SAID}占{found['whole']}{found['ask']}"
