"""Arithmetic a question asks for: over amounts, targets, or figures a goal sentence states."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal

from knowledge.arithmetic import Operand, Operation, calculate
from knowledge.catalog import Catalog, IndicatorInfo, ProjectInfo
from knowledge.units import MONEY_UNITS, YUAN_PER_UNIT
from nlu import intents
from nlu.agreement import asks_check, load_check_words
from nlu.answers import (
    Answer,
    Clarification,
    FigureCalculation,
    FigureMismatch,
    FigureRanking,
    IndicatorAnswer,
    MoneyAnswer,
    SeveralIndicators,
)
from nlu.arithmetic import (
    CONVERSIONS,
    GENERIC_MEASURE,
    JOINING_WORDS,
    LISTED_TOGETHER,
    PERIOD_WORDS,
    PERIODS_PER_YEAR,
    ByClause,
    OperationWords,
    PerAsk,
    by_clause,
    formula_said_in_words,
    per_ask,
    period_asked,
    period_span,
    quoted_figures,
    rate_given,
    same_measure,
    stated_figures,
    without_period_clause,
)
from nlu.evidence import Evidence
from nlu.figures import (
    COLUMN_PARTS,
    NATURAL_COLUMN,
    YUAN,
    Column,
    Figure,
    asked_column,
    distinct_amounts,
    money_figure,
    same_column,
    spans_years,
    target_figure,
)
from nlu.intents import Aggregate, MoneyField
from nlu.lexicon import Lexicon
from nlu.matcher import IndicatorMatch, IndicatorMatcher
from nlu.normalize import Normalizer, strip_punctuation
from nlu.numbers import NumberSpan, find_numbers
from nlu.ordering import longest_first, longest_first_of
from nlu.query import Query
from nlu.resolution import resolve_indicator
from nlu.retrieval import PassageMatch
from nlu.weights import TermWeights

HIGH_END_WORDS = ("最高", "最多", "最大")
# 最高 …比最低的高几个百分点, 最高和最低差多少: the ends of a ranking and the gap asked.
_SPREAD = re.compile(
    r"(?P<far>最高|最多|最大|最低|最少|最小)[^，,。比和与跟同]{0,6}?"
    r"[，,\s]*(?:它|他)?(?:比|和|与|跟|同)(?:最低|最少|最小|最高|最多|最大)的?(?:那个)?"
    r"(?:高|低|多|少|差|相差|差了|大|小)(?:了)?(?:几|多少)个?(?:百分点|点|个百分点)?"
)

CLAUSE_LABEL_CHARS = 8  # a quoted figure without a name of its own: the end of its clause
MIN_TERM_NAME = 2  # a question word this long may name what a quoted figure counts
TOTALS = (MoneyField.ANNUAL_TOTAL, MoneyField.PROJECT_TOTAL)
THIS_YEAR = ("今年", "本年", "当年", "这一年")  # 总额扣掉今年的: this year's amount
ANNUAL = "年度"  # 三年总额比25年度多多少: 年度 alone, beside a total, is the year's amount
_YEAR_SAID = re.compile(r"^(?:(?:20)?\d{2}|本)")
PROJECT_WORD = "项目"
COUNTED = (Operation.SUM, Operation.DIFFERENCE, Operation.AVERAGE)  # results in the asked unit
PERCENT = "%"
PERCENTAGE_POINT = "个百分点"  # the unit of a difference of two percentages
POINTS = "百分点"
POINT_SAID_SHORT = "点"  # 低几个点: 百分点 said short, after the ask only
GENERIC_PER = "个"  # 每个: each of the things named, not a unit to divide by
PAIR_CHARS = 2  # the characters a word of a name is looked up by (启动 of 启动仪式)
WRITTEN_AROUND = 2  # characters each side of a joiner that a row's name must write with it
JOIN_WINDOW = 16  # characters each side of a joiner cut for the words it joins
COPULA = "是"  # 每个月是多少钱: the 是 before an ask belongs to the ask, not to an operand
# 年度申请总额里(当中)财政拨款占多少: the whole is named first, the part after it.
_CONTAINER = re.compile(
    r"^(?P<whole>.+?)(?:里面|里|当中|之中|其中|[，,])(?P<part>[^占，,]+?)(?P<share>占(?:比|了)?)"
    r"(?P<rest>.*)$"
)
# 企服的成本控制数在两个项目总和里占多少: the part, then the whole between 在 and 里.
_PART_WITHIN = re.compile(
    r"^(?P<part>[^在]+?)的?在(?P<whole>.+?)(?:里面|里|当中|之中|中)(?P<share>占(?:比|了)?)(?P<rest>.*)$"
)
# 国家级站点在两级站点里占比: the whole, named between 在 and 里, after the part.
_WITHIN = re.compile(r"在.+?(?:里面|里|当中|之中|中)$")
# 两个项目的预算差额占企服预算的比例: the part before 占 is itself computed.
_SHARE_OF = re.compile(r"^(?P<part>.+?)(?:占|相当于|等于|是)(?P<whole>.+)$")
GOAL_RATIOS = (Operation.PERCENT_OF, Operation.PERCENT_DIFFERENCE, Operation.RATIO)
COMPOSITE_INNER = (Operation.DIFFERENCE, Operation.SUM)
COMPOSITE_OUTER = (
    Operation.SHARE,
    Operation.PERCENT_OF,
    Operation.PERCENT_DIFFERENCE,
    Operation.RATIO,  # 企服比国交多出来的钱是国交预算的几倍: 90万 ÷ 40万
)
SHOWN_MONEY_UNIT = "万元"  # a computed amount used as an operand is shown in 万元
MIN_PARTS = 2  # an owner said before the parts of a sum: the parts are two or more
EQUALITY_ASKS = ("是不是等于", "是否等于", "等不等于", "是否一致", "是不是一致")
ORDINAL_COUNTS = frozenset({"届", "期"})  # 第 34 届: a count of editions, asked 多几届
EDITION_NAME_CHARS = 16  # the name after 第 34 届, to tell which event it numbers
# 每处设施摊多少, 每篇论文均摊, 按学生人均多少: a cost shared out, when no unit is asked.
COST_SHARED = ("摊", "人均")
QUANTITY_LEVEL = "数量指标"  # the rows counting what a project puts out
MONEY_HEAD = "预算"  # the word 多少钱 is read as
PER_WORD = "每"  # 每一人次: the number after it names the unit, it is no count
BY_WORD = "按"  # 按港澳台籍学生人数算: divides by that count
DIVIDED_BY = "除以"  # A除以B: the order written is the order divided
DIVIDING_WORDS = (DIVIDED_BY, "÷")  # one figure divided by another, in words or a sign
MAX_GIVEN_COUNT = 1000  # 2026年 is a year, not a count of years to divide by
YEAR_UNIT = "年"  # 2026年 states when, never an amount or a count to divide
POSSESSIVE = "的"
COUNT_WORD = "数"  # 处数, 场数: a count in the unit before it
QUOTED_NOUN = 6  # 12 处科普设施: the noun a quoted count is of, right after its unit
PER_NOUN_SLACK = 3  # 12 处科普设施: the noun after the unit may have a few words before it
PER_SLASH = "/"
PART_LABEL_TRIM = "，,、；; 和与及的"  # 和 的年度预算差额: what is left once projects are read
# Amounts that are parts of a project's funding, and the wholes they are parts of.
PART_FIELDS = frozenset(
    {MoneyField.APPROPRIATION, MoneyField.FISCAL, MoneyField.CARRY_OVER, MoneyField.OTHER}
)
WHOLE_FIELDS = frozenset({MoneyField.BUDGET, MoneyField.ANNUAL_TOTAL, MoneyField.PROJECT_TOTAL})
# The whole a part of the funding is a share of, by the column it is written in.
COLUMN_TOTALS = {Column.ANNUAL: MoneyField.ANNUAL_TOTAL, Column.PROJECT: MoneyField.PROJECT_TOTAL}
SUM_LABEL_WORDS = ("合计", "之和", "总和", "加起来", "总额", "总数", "一共", "共计")
TEN_THOUSAND_WORD = "万"  # 多少万: the result asked in 万元
SENTENCE_MARKS = "？?！!。. "
APPROXIMATE_MARKS = "余多来"  # 3000余份, 3000多份, 3000来份
# 平均每个展区花多少钱（按成本控制数算）: the basis said last is read first, as if written
# 按成本控制数算，平均每个展区花多少钱.
_TRAILING_BASIS = re.compile(
    r"^(?P<head>.+?)[，,（(]\s*(?P<basis>按[^，,。；;？?！!（）()]{1,20}?(?:来)?(?:计算|算|计))"
    r"[）)]?[。？?！!\s]*$"
)
_SENTENCE_END = re.compile(r"[。；;]")  # 3000余份: the unit comes after them
_CLAUSE_BREAKS = re.compile(r"[，,。；;？?！!\s]+")
MONEY_SCALES = (
    "万",
    "亿",
    "千",
)  # 130万: an amount of money written without 元  # 元/人: a result per unit of the divisor
Counterpart = Callable[[IndicatorInfo, tuple[int, ...]], Answer | None]


def _part_first(text: str) -> str:
    """Puts the part first: 年度申请总额里财政拨款占多少 → 财政拨款占年度申请总额多少;
    企服的成本控制数在两个项目总和里占多少 → 企服的成本控制数占两个项目总和多少."""
    found = _CONTAINER.match(text) or _PART_WITHIN.match(text)
    if found is None:
        return text
    return found.group("part") + found.group("share") + found.group("whole") + found.group("rest")


def _divisor_last(
    figures: list[Figure], per: PerAsk | None, *, written: bool = False
) -> list[Figure]:
    """Orders two figures as dividend and divisor: the divisor counts what 每 names.

    每人多少钱 divides by the figure in 人; without such a unit, money is divided by the
    count (资金总额按养护长度), unless ``written`` (A除以B) says the order; an amount that
    divides is counted in 万元 (养护长度除以资金总额: 米/万元).
    """
    first, second = figures
    if per is not None and _counts_in(per.unit, first) and not _counts_in(per.unit, second):
        return [second, first]
    money_unit = _money_per(per) or (SHOWN_MONEY_UNIT if written and second.unit == YUAN else None)
    if money_unit is not None:
        # 每万元养护多少米: the amount is the divisor, counted in the unit 每 names.
        money = first if first.unit == YUAN else second
        count = second if money is first else first
        if money.unit != YUAN or count.unit == YUAN:
            return figures
        scaled = money.value / YUAN_PER_UNIT[money_unit]
        return [count, replace(money, value=scaled, unit=money_unit)]
    if first.unit != YUAN and second.unit == YUAN:
        return [second, first]
    return figures


def _money_per(per: PerAsk | None) -> str | None:
    """Returns the money unit a per-unit ask divides by (每万元 → 万元), if it names one."""
    if per is None:
        return None
    units = longest_first(YUAN_PER_UNIT)
    return next((unit for unit in units if per.unit.startswith(unit)), None)


def _counts_in(per_word: str, figure: Figure) -> bool:
    """Tells whether 每 names what ``figure`` counts (每人次 and 人次); 每个学生 says 个 of
    anything, so only the noun after it tells (never the 个 of 100个实习岗位)."""
    if per_word.startswith(GENERIC_PER) and len(per_word) > len(GENERIC_PER):
        return False
    return figure.unit is not None and per_word.startswith(figure.unit)


def _period_not_counted(per: PerAsk, figures: list[Figure]) -> bool:
    """Tells whether a per-unit ask divides by a period (每个月, 每季度) no figure counts."""
    unit = per.unit.removeprefix(GENERIC_PER)
    period = next((word for word in PERIOD_WORDS if unit.startswith(word)), None)
    return period is not None and not any(same_measure(f.unit, period) for f in figures)


def per_unit(figures: list[Figure]) -> str | None:
    """Returns the unit of a per-unit result: 元/人 for money per person."""
    dividend, divisor = figures[0].unit, figures[-1].unit
    if dividend is None or divisor is None:
        return None
    return f"{dividend}{PER_SLASH}{divisor}"


# What follows a project's words said as the owner of a figure (养护那边, 路桥项目, 运维这块).
_OWNER_MARKS = re.compile(r"(?:那边|这边|那块|这块|那个|这个|项目|方面|的)+$")
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# Operations comparing two figures, which two projects named alone compare by their budgets.
COMPARED = frozenset(
    {Operation.DIFFERENCE, Operation.RATIO, Operation.PERCENT_DIFFERENCE, Operation.PERCENT_OF}
)
# What is left of a comparison of two projects that names nothing: 比, the ask, spending words.
_NOTHING_NAMED = re.compile(
    r"比|多少|几|百分之|百分比|倍数?|是|的|要|还|了|呢|啊|呀|吗|花钱|花|用钱|用|投入|钱|一些|点"
    r"|[多少高低大小出]"
)
RESULT_ASKED = "等于多少"  # what a bracket's formula is read with, as if asked alone
# (企服预算加上国交预算)除以服务科技工作者人数: a bracketed sum or difference worked first.
_GROUPED = re.compile(
    r"[（(](?P<inner>[^（()）]+?(?P<inner_op>加上|减去|[+\-−])[^（()）]+)[）)]\s*"
    r"(?P<outer_op>除以|乘以)(?P<outer>[^，,。；;？?！!]+)"
)
_GROUPED_OUTER = {"除以": Operation.RATIO, "乘以": Operation.PRODUCT}
MAX_VERB_AFTER_NOUN = 4  # 站点每年上报: the words of the ask after what 每 counts
COMPARING_JOINERS = frozenset({"比", "较"})  # A比B, A较B: the words between two sides compared
QUOTE_MARKS = "“”\"'‘’「」『』"  # marks around words quoted from the form
_UNQUOTED = str.maketrans("", "", QUOTE_MARKS)


class Calculator:
    """Reads the operands of an arithmetic ask part by part and computes the result."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        lexicon: Lexicon,
        matcher: IndicatorMatcher,
        evidence: Evidence,
        weights: TermWeights,
        normalizer: Normalizer,
        operations: OperationWords,
        read: Callable[[str], Query],
        counterpart: Counterpart,
        narrowed: Callable[[Query, Clarification], Answer],
    ) -> None:
        self._catalog = catalog
        self._lexicon = lexicon
        self._matcher = matcher
        self._evidence = evidence
        self._weights = weights
        self._normalizer = normalizer
        self._operations = operations
        self._read = read
        self._counterpart = counterpart
        self._narrowed = narrowed  # the engine's: keeps the candidates the words fit
        # Row names that join things (启动仪式、结业仪式, 科创赋能及人才服务): a joiner between
        # two of those things in a question joins words of one operand, not two operands.
        self._joined_names = tuple(
            indicator.name
            for indicator in catalog.indicators
            if any(joiner in indicator.name for joiner in JOINING_WORDS)
        )
        self._joined_by_pair = _pair_index(self._joined_names)  # read only the names with both
        # 科学普及等活动: a joiner inside a word of a name (普及) is cut as one by the tokenizer.
        self._joined_written = "\n".join(normalizer.normalize(n) for n in self._joined_names)
        asked_units = lexicon.vocabulary.units | MONEY_UNITS | {TEN_THOUSAND_WORD}
        units = "|".join(map(re.escape, longest_first(asked_units)))
        # 多少个, 几家, 几个人, 几个百分点, 多少万元: the ask of the result, never an
        # operand's words (代表几个人: 代表, not 代表人).
        generic, point = GENERIC_PER, POINT_SAID_SHORT
        self._result_ask = re.compile(
            rf"{COPULA}?(?:(?:多少|几)(?:{generic}?(?:{units}|{point}))?|{generic}?{POINTS}"
            rf"|{generic}{point}(?=[{re.escape(SENTENCE_MARKS)}]*$))"  # 高几个点: 几 went with 高
        )

    def _tokens(self, query: Query) -> frozenset[str]:
        """Returns the words a question's remainder is cut into."""
        return frozenset(self._lexicon.cut(query.remainder))

    def money_operation(
        self, query: Query, money: MoneyField, scope: tuple[int, ...]
    ) -> MoneyAnswer | None:
        """Answers arithmetic over amounts: difference, ratio or share of projects, average."""
        if self._composite_ask(query) is not None:
            return None  # 差额占…的比例 that ``composite`` could not do: no plain share instead
        operation = self._operations.read(query.remainder, tokens=self._tokens(query))
        if operation is Operation.PER:
            # 平均下来每个多少 averages the projects; 每人多少 divides by a count instead.
            per = per_ask(query.text, units=self._lexicon.vocabulary.units)
            operation = Operation.AVERAGE if per and per.unit == GENERIC_PER else None
            if per is None and any(word in query.text for word in DIVIDING_WORDS):
                operation = Operation.RATIO  # 运维年度资金除以数字化改造年度资金: one by the other
        if operation is None:
            return None
        if operation is Operation.SUM:
            return self._projects_summed(query, money)
        named = (
            list(self._catalog.projects_in(query.named_order))
            if query.named_order
            else self._projects_in_order(query.text)
        )
        if query.named_order:
            order = {project_id: i for i, project_id in enumerate(query.named_order)}
            named.sort(key=lambda project: order[project.id])
        if len(named) < 2 and operation is not Operation.AVERAGE:
            named = self._projects_of_parts(query.text) or named
        if (
            operation is Operation.SHARE
            and len(named) == 2
            and self._part_in_whole(query.text, named[0])
        ):
            # 企服预算占企服预算加国交预算的比例: the part is one of the sum it is divided by.
            return MoneyAnswer(money, Aggregate.EACH, tuple(named), operation)
        if len(named) == 2 and self._percent_of(operation, query):
            operation = Operation.PERCENT_OF  # 国际交流项目的预算是企业项目的百分之几
        if operation is Operation.AVERAGE:
            projects = named if len(named) > 1 else list(self._catalog.projects_in(scope))
        elif operation is Operation.SHARE and len(named) == 1:
            same_year = [p for p in self._catalog.projects if p.year == named[0].year]
            projects = named + [p for p in same_year if p.id != named[0].id]
        elif len(named) == 2 and operation is not Operation.SHARE:
            projects = named
            if operation is Operation.DIFFERENCE and self._operations.unsigned_difference(
                query.text
            ):  # 国交和企服预算差多少: the larger first, never 少 90万
                projects = self._larger_first(money, tuple(p.id for p in named)) or named
        elif not named and operation is Operation.DIFFERENCE:
            projects = self._larger_first(money, scope)  # 两个项目的预算差额
        else:
            return None
        if len(projects) < 2:
            return None
        return MoneyAnswer(money, Aggregate.EACH, tuple(projects), operation)

    def _part_in_whole(self, text: str, part: ProjectInfo) -> bool:
        """Tells whether the project a share is asked of is named again after the share word,
        among the whole (企服占企服加国交的比例): the whole is their sum, never the other alone."""
        said = [text.find(word) for word in self._operations.words.get(Operation.SHARE, ())]
        said = [at for at in said if at >= 0]
        if not said:
            return False
        at = min(said)
        return any(
            part.id in mention.project_ids and mention.start > at
            for mention in self._lexicon.find_projects(text)
        )

    def _projects_summed(self, query: Query, money: MoneyField) -> MoneyAnswer | None:
        """Adds up the amounts of the projects the operands name by short words (运维加数字化改造
        年度资金合计), which the question's scope may have missed."""
        named = self._projects_of_parts(query.text)
        if not named:
            return None
        column = asked_column(query.rules, money, one_project=False, years=spans_years(query.text))
        return MoneyAnswer(money, Aggregate.TOTAL, tuple(named), column=column)

    def _projects_of_parts(self, text: str) -> list[ProjectInfo]:
        """Returns the one project each operand of ``text`` names, short words too, in order
        (运维 年度资金 是 数字化改造 的几倍, 养护预算占运维预算的百分之几); none unless two or
        more parts name projects, each a project of its own."""
        found: list[int] = []
        for part in self.operand_parts(text):
            bare = self.without_ask(self._operations.strip(part))
            ids = self._read(bare).project_ids
            if not ids:
                alone = self._owner_alone(bare)
                ids = alone.project_ids if alone is not None else ()
            if len(ids) > 1:
                return []
            found += ids
        if len(found) < 2 or len(set(found)) < len(found):
            return []
        return [self._catalog.project(project_id) for project_id in found]

    def parts_money(self, query: Query, scope: tuple[int, ...]) -> MoneyAnswer | None:
        """Works the amounts of projects the operands name by short words that scoped the
        question to none or one of them (养护预算加运维预算, 运维预算是养护的几倍)."""
        money = intents.money_rule(query.rules)
        if money is None or len(scope) > 1 or self.operation_asked(query) is None:
            return None
        named = self._projects_of_parts(query.text)
        if len(named) < 2:
            return None
        return self.money_operation(query, money[1], scope)

    def projects_compared(self, query: Query, scope: tuple[int, ...]) -> MoneyAnswer | None:
        """Compares the budgets of two projects a question names with nothing else (国交比企服
        少百分之几, 运维比改造多多少, 企业比国际多花多少): what a project is measured by alone is
        its money, and the answer names the amount it compares."""
        if len(scope) != 2 or query.terms or query.rules:
            return None
        if query.unit not in (None, PERCENT, *MONEY_UNITS):
            return None  # 国交比企服多几项: a count of something, never the budget
        if self._operations.read(query.remainder, tokens=self._tokens(query)) not in COMPARED:
            return None
        rest = self._operations.strip(query.remainder)
        if _NOTHING_NAMED.sub("", strip_punctuation(rest)):
            return None  # 国交比企服多招几个人: something named the rules do not know
        return self.money_operation(query, MoneyField.BUDGET, scope)

    def grouped(self, query: Query, scope: tuple[int, ...]) -> SeveralIndicators | None:
        """Works a formula whose first operand is a sum or difference in brackets ((企服预算加上
        国交预算)除以服务科技工作者人数): the bracket first, then the operation after it."""
        found = _GROUPED.search(query.text)
        if found is None:
            return None
        inner_operation = (
            Operation.SUM if found["inner_op"] in ("加上", "+") else Operation.DIFFERENCE
        )
        inner_text = formula_said_in_words(found["inner"] + RESULT_ASKED) or found["inner"]
        read = self._operands(inner_text, scope, None)
        divisor = self._operands(self.without_ask(found["outer"]), scope, None)
        if read is None or read[1] != 2 or divisor is None or len(divisor[0]) != 1:
            return None
        figures = same_column(read[0])
        if len({figure.unit for figure in figures}) != 1:
            return None
        inner = calculate(
            inner_operation, tuple(Operand(f.project.name, f.value) for f in figures)
        )
        if inner is None:
            return None
        worked = Figure(figures[0].project, inner.result, figures[0].unit, previous=True)
        other = divisor[0][0]
        outer_operation = _GROUPED_OUTER[found["outer_op"]]
        if outer_operation is Operation.RATIO and other.unit != worked.unit:
            outer_operation = Operation.PER  # 元 ÷ 人次: an amount for each
        outer = calculate(outer_operation, (Operand("", inner.result), Operand("", other.value)))
        if outer is None:
            return None
        unit = per_unit([worked, other]) if outer_operation is Operation.PER else worked.unit
        steps = (
            FigureCalculation(inner, worked.unit, figures=tuple(figures)),
            FigureCalculation(outer, unit, figures=(worked, other)),
        )
        return SeveralIndicators((), (), steps)

    def composite(self, query: Query, scope: tuple[int, ...]) -> SeveralIndicators | None:
        """Answers a share whose part is a difference or sum of amounts, showing both steps.

        两个项目的预算差额占企服预算的比例: 130万 − 40万 = 90万, then 90万 ÷ 130万.
        """
        asked = self._composite_ask(query)
        if asked is None:
            return None
        part, inner, whole = asked
        money = intents.money_field(part.rules)
        figures = self._inner_figures(part, inner, money, scope) if money else []
        first = calculate(inner, tuple(Operand(f.project.name, f.value) for f in figures))
        base = self._whole_figures(whole, figures, scope)
        if first is None or not base:
            return None
        total = sum((figure.value for figure in base), Decimal(0))
        scale = YUAN_PER_UNIT[SHOWN_MONEY_UNIT]
        summed = self._sums(whole)
        label = base[0].indicator.name if base[0].indicator else _label_of(whole, summed)
        operands = (
            Operand(part.text.strip(PART_LABEL_TRIM), first.result / scale),
            Operand(label, total / scale),
        )
        outer = self.operation_asked(query)
        outer = Operation.RATIO if outer is Operation.RATIO else Operation.PERCENT_OF
        share = calculate(outer, operands)
        if share is None:
            return None
        steps = (
            FigureCalculation(first, YUAN, figures=tuple(figures)),
            FigureCalculation(share, SHOWN_MONEY_UNIT),
        )
        return SeveralIndicators((), (), steps)

    def _composite_ask(self, query: Query) -> tuple[Query, Operation, Query] | None:
        """Returns the part, its own operation and the whole of a share of a computed part."""
        if self.operation_asked(query) not in COMPOSITE_OUTER:
            return None
        # 两个项目成本控制数合计里企服占多少: the sum holds the part; it is no computed part.
        found = _SHARE_OF.match(_part_first(query.text))
        if found is None:
            return None
        if _WITHIN.search(found.group("part").removesuffix("的")):
            return None  # 企服年度资金在两个项目合计中的占比: the sum is the whole, not the part
        part = self._read(found.group("part"))
        inner = self.operation_asked(part)
        if inner not in COMPOSITE_INNER:
            return None
        if self.operation_asked(query) is Operation.RATIO and inner is not Operation.DIFFERENCE:
            return None  # 几倍 of a difference only (多出来的钱是国交的几倍), no sum of asks
        if self.operation_asked(query) is Operation.RATIO and query.chained:
            return None  # …一共几个人 另外企服预算是国交的几倍: asks spoken one after another
        return part, inner, self._read(found.group("whole"))

    def _inner_figures(
        self, part: Query, inner: Operation, money: MoneyField, scope: tuple[int, ...]
    ) -> list[Figure]:
        """Returns the amounts a computed part names; a difference (差额) larger first."""
        named = list(self._catalog.projects_in(part.named_order or part.project_ids))
        if not (part.named_order or part.project_ids):
            # The projects the question names (设施运维和场馆改造), else all (两个项目的).
            named = list(self._catalog.projects_in(scope if len(scope) > 1 else ()))
        if len(named) < 2 or (inner is Operation.DIFFERENCE and len(named) != 2):
            return []
        found = [money_figure(project, money) for project in named]
        kept = [f for f in found if f is not None]
        if len(kept) < len(found):
            return []
        if inner is Operation.DIFFERENCE:
            kept.sort(key=lambda figure: figure.value, reverse=True)
        return kept

    def _whole_figures(
        self, whole: Query, figures: list[Figure], scope: tuple[int, ...]
    ) -> list[Figure]:
        """Returns the amounts the whole names: one project's, those of the part's projects,
        or a row counted in money (企服成本控制数)."""
        money = intents.money_field(whole.rules)
        if money is None and self._sums(whole):
            return figures  # 差额占两者合计的比例: the sum of the part's own amounts
        if money is None:
            found = self._figures_of(whole.text, whole.project_ids or scope, None) or []
            return found if len(found) == 1 and found[0].unit == YUAN else []
        projects = (
            self._catalog.projects_in(whole.project_ids)
            if whole.project_ids
            else tuple(figure.project for figure in figures)
        )
        amounts = [money_figure(project, money) for project in projects]
        return [] if any(f is None for f in amounts) else [f for f in amounts if f]

    def _sums(self, whole: Query) -> bool:
        """Tells whether a share's whole is said to be a sum (两者合计, 二者之和, 加起来)."""
        words = self._operations.words.get(Operation.SUM, ())
        summed = any(word in whole.text for word in words)
        return summed or intents.aggregate(whole.rules) is Aggregate.TOTAL

    def _larger_first(self, money: MoneyField, scope: tuple[int, ...]) -> list[ProjectInfo]:
        """Returns the two projects in scope, the larger amount first, for a difference that
        names neither (两个项目相差多少); none when the scope holds another number of them."""
        projects = self._catalog.projects_in(scope)
        figures = [money_figure(project, money) for project in projects]
        if len(projects) != 2 or any(figure is None for figure in figures):
            return []
        amounts = [figure.value for figure in figures if figure is not None]
        return list(projects) if amounts[0] >= amounts[1] else list(reversed(projects))

    def operation_asked(self, query: Query) -> Operation | None:
        """Returns the arithmetic the question asks for, if any."""
        return self._operations.read(query.remainder, tokens=self._tokens(query))

    def computed(
        self, query: Query, scope: tuple[int, ...]
    ) -> FigureCalculation | FigureMismatch | None:
        """Computes over the targets and amounts a question names (A比B少多少, A和B一共多少)."""
        if self._composite_ask(query) is not None:
            return None  # a share of a difference: ``composite`` or nothing
        if self._parts_shared(query) is not None:
            return None  # 财政资金和其他资金各占多少: each of the whole, never one of the other
        query = _basis_first(query)
        operation = self._operations.read(query.remainder, tokens=self._tokens(query))
        divided = self._divided_by_clause(query, operation, scope)
        divided = divided or self._per_period(query, scope) or self._converted(query, scope)
        divided = divided or self._per_money(query, scope)
        if divided is not None:
            return divided
        if operation is None or any(word in query.text for word in EQUALITY_ASKS):
            return None  # 加起来是不是等于总额 checks a sum against a figure: no sum of all three
        if operation is Operation.SUM and _checked_against(query.text):
            return None  # 加上结转，是否刚刚好就是申请总额: a check, never a sum of every figure
        per = (
            per_ask(
                query.text, units=self._lexicon.vocabulary.units, dividing=self._divides(query)
            )
            if operation in (Operation.PER, Operation.AVERAGE)
            else None
        )
        if per is not None and query.unit is None:
            query = self._unit_of_given_count(query, per, scope)
        read = self._per_operands(query, per, scope) if per is not None else None
        if read is None or read[1] < 2:
            if per is not None and not (self._divides(query) or self._counts_per_unit(query)):
                return None  # 每套多少钱: a unit cost the form does not state
            # 每个学生摊多少预算: the amount divided is named in the per clause itself.
            text = _part_first(query.text) if operation is Operation.SHARE else query.text
            read = self._operands(
                text,
                scope,
                query.unit,
                order=query.named_order,
                whole_of_part=operation is Operation.SHARE,
            )
        if read is None:
            return None
        figures, parts = read
        figures = _namesakes_in_order(figures, query.named_order)
        if parts < 2 and len(figures) == 1:
            # 设施运维和道路桥梁养护的市民满意度相差多少: the same row of each project named.
            figures, parts = self._in_each_named(query, figures[0]) or (figures, parts)
        if parts < 2 and len(figures) == 1 and operation in (Operation.AVERAGE, Operation.PER):
            # 总共三年，平均每年多少钱: an amount over a count the question gives.
            count = self._given_count(query.text, figures[0])
            figures, parts = ([figures[0], count], 2) if count else (figures, parts)
        if parts < 2 and not self._compares_one(operation, query):
            return None
        if not self._in_asked_unit(operation, query, figures):
            return None  # 多几届 of figures counted in 篇 and 人: they are not what is asked
        whole_holds_part = False
        if operation is Operation.SHARE:
            figures = self._project_in_whole(query, figures)
            kept = _first_of_each_row(figures)  # the part is among the rows of the whole
            whole_holds_part, figures = len(kept) < len(figures), kept
        if self._sums_compared(operation, query, figures, parts=parts):
            return None  # 年度资金合计扣掉成本控制数之和: each side a sum, never one of each
        figures = same_column(figures)
        if intents.asks_all_projects(query.rules) or not _part_and_whole(operation, figures):
            figures = distinct_amounts(figures)
        if _one_row_twice(figures):
            return None  # two parts that found the same row: one of them was misread
        fields = {figure.money for figure in figures}
        # Amounts of one field alone are the money answer's (合计, per-project lines).
        # 运维年度资金除以数字化改造年度资金: parts divided naming a project the scope left out.
        divided_apart = any(word in query.text for word in DIVIDING_WORDS) and not {
            figure.project.id for figure in figures
        } <= set(scope)
        if len(figures) < 2 or (None not in fields and len(fields) == 1 and not divided_apart):
            return None
        return self._calculated(query, operation, per, figures, whole_holds_part=whole_holds_part)

    def _sums_compared(
        self, operation: Operation, query: Query, figures: list[Figure], *, parts: int
    ) -> bool:
        """Tells whether a side compared is said to add several figures up (两个项目年度资金
        合计，扣掉两个项目成本控制数之和): one figure against another would drop the rest."""
        if operation not in TWO_SIDED or (len(figures) <= TWO_SIDES and parts >= TWO_SIDES):
            return False
        pattern = self._operations.asking_pattern(Operation.SUM)
        return pattern is not None and pattern.search(query.text) is not None

    def _per_money(self, query: Query, scope: tuple[int, ...]) -> FigureCalculation | None:
        """Divides the one count a question names by its project's money counted in the unit
        of money it asks per (企服每万元预算服务多少人次科技工作者: 8000人次 ÷ 130个万元)."""
        found = _PER_MONEY.search(query.text)
        projects = self._catalog.projects_in(scope)
        if found is None or len(projects) != 1:
            return None
        unit = found["scale"] + YUAN
        money = money_figure(projects[0], intents.money_field(query.rules) or MoneyField.BUDGET)
        rest = query.text[: found.start()] + query.text[found.end() :]
        named = self._figures_of(rest, scope, None) or []
        counts = [f for f in named if f.unit not in (None, YUAN, PERCENT, *MONEY_UNITS)]
        if money is None or len(counts) != 1 or len(counts) != len(named):
            return None  # 每万元成本控制数: a row of money named, not the budget
        if query.unit not in (None, YUAN, PERCENT, *MONEY_UNITS) and not same_measure(
            counts[0].unit, query.unit
        ):
            # 每万元服务多少人次: 100家 of the goal is no count in 人次; the one row in 人次 is.
            rows = [ind for ind in projects[0].indicators if ind.target.unit == query.unit]
            row = self._target(rows[0]) if len(rows) == 1 else None
            if row is None:
                return None
            counts = [row]
        step = MONEY_STEPS[found["scale"]]
        divisor = replace(money, value=money.value / step, unit=unit)
        calculation = calculate(
            Operation.PER,
            (
                Operand(counts[0].project.name, counts[0].value),
                Operand(money.project.name, divisor.value),
            ),
        )
        if calculation is None:
            return None
        return FigureCalculation(
            calculation, per_unit([counts[0], divisor]), figures=(counts[0], divisor)
        )

    def _own_part(self, part: str, scope: tuple[int, ...]) -> str:
        """Returns a part without the words of its projects' names (改造 年度 → 年度)."""
        names = [project.name for project in self._catalog.projects_in(scope)]
        words = [word.strip(" 的，,") for word in self._lexicon.cut(part)]
        kept = [w for w in words if w and w != PROJECT_WORD and not any(w in n for n in names)]
        return "".join(kept)

    def _unit_of_given_count(self, query: Query, per: PerAsk, scope: tuple[int, ...]) -> Query:
        """Returns the question asking in the unit of the one count it gives before a per-unit
        ask that names none (开放日5000人次分到每场多少: 人次 a 场)."""
        stated = self._stated_counts(query.text[: per.start], scope)
        if len(stated) != 1 or stated[0].unit in (None, YUAN, PERCENT):
            return query
        if same_measure(stated[0].unit, self._count_unit(per)):
            return query  # 按47个站点平均每个站点: the count given is the divisor
        return replace(query, unit=stated[0].unit)

    def _project_in_whole(self, query: Query, figures: list[Figure]) -> list[Figure]:
        """Puts first, as the part, the figure of the one project a share's part names alone.

        企服占两个项目成本控制数合计的多少: 企服 names no row; its row among the whole's is the
        part, over the sum of all (not 企服's row over the other's).
        """
        found = _SHARE_OF.match(_part_first(query.text))
        if found is None or len(figures) < 2:
            return figures
        part = self._read(found.group("part"))
        if len(part.project_ids) != 1 or self._lexicon.content_text(part.remainder):
            return figures
        if set(self._read(found.group("whole")).project_ids) - set(part.project_ids):
            return figures  # 企服占国交成本控制数的多少: the whole is the other's row
        own = [figure for figure in figures if figure.project.id == part.project_ids[0]]
        return [own[0], *figures] if len(own) == 1 else figures

    def _divided_by_clause(
        self, query: Query, operation: Operation | None, scope: tuple[int, ...]
    ) -> FigureCalculation | FigureMismatch | None:
        """Divides the amount a question names by what its 按 clause names.

        企服成本按40家工作站平均，每家多少钱: 130万元 ÷ the 40家 given; 国交成本上限按合作
        单位数平均: ÷ the row of 合作单位; 开放日按3场算，每场接待多少人次: 5000人次 ÷ 3场.
        """
        clause = by_clause(query.text, one_name=self._one_name)
        if clause is None:
            return None
        rest = (query.text[: clause.start] + query.text[clause.end :]).rstrip(SENTENCE_MARKS)
        per = per_ask(rest, units=self._lexicon.vocabulary.units, dividing=True)
        period = period_asked(rest)
        if per is None and period is None and operation not in (Operation.PER, Operation.AVERAGE):
            return None
        asked = per.unit if per else period[0] if period else None
        divisor = self._clause_divisor(clause, scope, asked) or self._unit_divisor(
            clause, rest, scope
        )
        if divisor is None:
            return None
        if asked and not asked.startswith(GENERIC_PER) and not same_measure(divisor.unit, asked):
            return None  # 按3场算，每人多少: the clause counts something else than 每 names
        before = rest[: per.start] if per else rest[: period[1]] if period else rest
        if per is not None and len(_AFTER_FILLER.sub("", per.after)) >= MIN_TERM_NAME:
            before += per.after  # 每位专家对应的成本控制数是多少: the amount is named after 每
        dividend = self._clause_dividend(query, before, divisor, scope)
        if dividend is None or dividend.unit == divisor.unit:
            return None
        if divisor.given:
            divisor = self._as_stated(clause, replace(divisor, project=dividend.project))
        return self._calculated(query, Operation.PER, per, [dividend, divisor])

    def _as_stated(self, clause: ByClause, given: Figure) -> Figure:
        """Returns the form's own figure when a count given repeats it: a row (按养护长度985米:
        道路养护长度) or a goal's (开放日接待的5000人次)."""
        named = clause.by.replace(given.quote, " ")
        words = self._own_words(self._read(named))
        if not words:
            return given
        rows = self._figures_of(named, (given.project.id,), None) or []
        same = [f for f in rows if (f.value, f.unit) == (given.value, given.unit)]
        if len(rows) == 1 and same:
            return same[0]
        units = frozenset({given.unit or ""})
        stated = self._one_quoted((given.project.id,), about=words, units=units)
        return stated if stated is not None and stated.value == given.value else given

    def _per_period(
        self, query: Query, scope: tuple[int, ...]
    ) -> FigureCalculation | FigureMismatch | None:
        """Divides the one annual figure a question names by the periods of a year it asks per.

        直通车一个月平均要服务多少人次科技工作者: 8000人次 ÷ 全年12个月.
        """
        text = without_period_clause(query.text)  # 按月平均每个月: the period said twice
        period = None if text is None else period_span(text)
        if text is None or period is None or period[0] not in PERIODS_PER_YEAR or by_clause(text):
            return None
        rest = text[: period[1]] + text[period[2] :]
        if not self._result_ask.search(rest):
            return None  # 一个月内完成: no amount asked
        named = self.without_ask(rest)
        read = self._operands(named, scope, None)
        figures = distinct_amounts(same_column(read[0])) if read else []
        ending = query.unit or self._unit_ending(named.rstrip(SENTENCE_MARKS))
        ending = ending or self._clause_unit(named)
        if ending not in (None, GENERIC_PER, PERCENT) and not _counts_stated(rest):
            # 直通车服务人次按季度算: of 服务企业100家、…8000人次, only a figure in 人次.
            figures = [f for f in figures if f.unit == YUAN or same_measure(f.unit, ending)]
        if _counts_stated(rest):
            # 企服一年130万，每个月多少: the amount the question gives is the one divided.
            figures = self._given_dividend(rest, scope, figures)
        rows = [figure for figure in figures if figure.indicator is not None]
        if len(rows) == 1 and all(figure.unit == YUAN for figure in figures):
            figures = rows  # 成本控制数合多少钱: 钱 asks the row's money, not the budget
        if len(figures) == 1 and not self._names_one_row(rest, figures[0], scope):
            return None  # 企服的活动一个月办几场: 活动 fits several rows, none is settled
        if not figures:
            figures = self._period_dividend(query, named, scope, ending)
        if len(figures) != 1 or figures[0].unit in (None, PERCENT):
            return None
        unit, count = PERIODS_PER_YEAR[period[0]]
        year = Figure(figures[0].project, Decimal(count), unit, given=True, in_a_year=True)
        return self._calculated(query, Operation.PER, None, [figures[0], year])

    def _period_dividend(
        self, query: Query, named: str, scope: tuple[int, ...], unit: str | None
    ) -> list[Figure]:
        """Returns the annual figure a per-period ask names by its money or its unit alone.

        企服季度均摊多少: the budget; 企服服务人次按季度分: the one row in 人次 that 服务 names;
        直通车一个月服务多少人次: the goal's one figure in 人次.
        """
        projects = self._catalog.projects_in(scope)
        money = self._money_shared(query)
        if money is not None and len(projects) == 1:
            amount = money_figure(projects[0], money)
            return [amount] if amount is not None else []
        if unit in (None, GENERIC_PER, PERCENT):
            return []
        units_known = self._lexicon.vocabulary.units
        about = [word for word in self._own_words(self._read(named)) if word not in units_known]
        rows = [
            ind
            for project in projects
            for ind in project.indicators
            # 企服服务人次: 服务 went to the project's name; the unit alone names its one row.
            if ind.target.unit == unit and (not about or any(word in ind.name for word in about))
        ]
        target = self._target(rows[0]) if len(rows) == 1 else None
        if target is not None:
            return [target]
        units = frozenset({unit or ""})
        quoted = self._one_quoted(scope, about=about, units=units) if about else None
        return [quoted] if quoted else []

    def _given_dividend(
        self, text: str, scope: tuple[int, ...], read: list[Figure]
    ) -> list[Figure]:
        """Returns the one amount or count a question states (企服一年130万, 年均3000份), as
        the form's own figure when one read from the question has its value and unit; the
        figures ``read`` from the form when it states none (企服2026年的成本控制数每月多少)."""
        given = [
            figure
            for figure in [*self._stated_amounts(text, scope), *self._stated_counts(text, scope)]
            # 2026年 is when, 两个项目 which projects: neither is an amount to divide.
            if figure.unit not in (YEAR_UNIT, GENERIC_PER)
        ]
        if not given:
            return read
        if len(given) != 1:
            return []
        same = [f for f in read if (f.value, f.unit) == (given[0].value, given[0].unit)]
        return same[:1] or given

    def _converted(self, query: Query, scope: tuple[int, ...]) -> FigureCalculation | None:
        """Converts the one figure the question's words name into the unit asked, when the
        form states it only in another unit (实习期折算一共多少天: 5 周 × 7天).

        Not when a row or a goal sentence states a figure about those words in the unit asked.
        """
        asked = query.unit
        sources = [source for source, target in CONVERSIONS if target == asked]
        rate = rate_given(query.text)
        text = query.text
        if rate is not None:
            # 按每周5个工作日算: the asker's rate, never the calendar's 7 days.
            asked, sources = rate.target, [rate.source]
            text = text[: rate.start] + text[rate.end :]
        if not sources:
            return None
        about = self._own_words(self._read(self.without_ask(text)))
        if not about or self._figures_in_unit(scope, about, frozenset({asked or ""})):
            return None
        found = self._figures_in_unit(scope, about, frozenset(sources))
        if len(found) != 1 or found[0].unit is None:
            return None
        factor = rate.factor if rate else CONVERSIONS[(found[0].unit, asked or "")]
        conversion = Figure(
            found[0].project, Decimal(factor), asked, given=True, converted_from=found[0].unit
        )
        calculation = calculate(
            Operation.PRODUCT,
            (
                Operand(found[0].project.name, found[0].value),
                Operand(found[0].project.name, conversion.value),
            ),
        )
        if calculation is None:
            return None
        return FigureCalculation(calculation, asked, figures=(found[0], conversion))

    def _figures_in_unit(
        self, scope: tuple[int, ...], about: list[str], units: frozenset[str]
    ) -> list[Figure]:
        """Returns the figures in ``units`` that rows or goal sentences state about ``about``."""
        rows = [
            figure
            for project in self._catalog.projects_in(scope)
            for row in project.indicators
            if row.target.unit in units
            and any(word in row.name for word in about)
            and (figure := self._target(row)) is not None
        ]
        quoted = self._one_quoted(scope, about=about, units=units, after_chars=QUOTED_NOUN)
        return rows or ([quoted] if quoted is not None else [])

    def _names_one_row(self, text: str, figure: Figure, scope: tuple[int, ...]) -> bool:
        """Tells whether ``text`` alone names the row of ``figure`` (or names no row at all)."""
        if figure.indicator is None:
            return True
        sub = self._read(text)
        resolved = resolve_indicator(self._matcher.match(sub, project_ids=scope), progress=False)
        if isinstance(resolved, Clarification):
            resolved = self._narrowed(sub, resolved)
        return isinstance(resolved, IndicatorAnswer) and resolved.indicators == (figure.indicator,)

    def _clause_divisor(
        self, clause: ByClause, scope: tuple[int, ...], asked: str | None
    ) -> Figure | None:
        """Returns the count a 按 clause gives (40家) or names (合作单位数), if one."""
        units = longest_first_of(self._lexicon.vocabulary.units)
        numbers = _counts_stated(clause.by)
        if numbers:
            rest = clause.by[numbers[0].end :]
            unit = next((u for u in units if rest.startswith(u)), None)
            if len(numbers) != 1 or unit in (None, YUAN) or numbers[0].percent:
                return None
            projects = self._catalog.projects_in(scope) or self._catalog.projects
            shown = numbers[0].text + (unit or "")
            return Figure(projects[0], numbers[0].value, unit, quote=shown, given=True)
        counted_in = self._count_unit(PerAsk(0, asked)) if asked else None
        found = self._figures_of(clause.by, scope, None, None, counted_in)
        if not found or len(found) != 1 or found[0].unit in (None, YUAN, PERCENT):
            return self._quoted_count(clause.by, scope, counted_in)
        if counted_in and not same_measure(found[0].unit, counted_in):
            return self._quoted_count(clause.by, scope, counted_in) or found[0]
        return found[0]

    def _unit_divisor(self, clause: ByClause, rest: str, scope: tuple[int, ...]) -> Figure | None:
        """Returns the one count in the unit a bare 按 clause names (按座平均, 按人算).

        桥梁检测4座，资金总额按座平均: the 4座 the question states; 资金总额按座平均 alone:
        the one row of the projects asked about counted in 座. Two such counts: no divisor.
        """
        unit = clause.by.removeprefix(GENERIC_PER)  # 按个座 is never said; 按个人 is
        if unit not in self._lexicon.vocabulary.units or unit == YUAN:
            return None
        projects = self._catalog.projects_in(scope) or self._catalog.projects
        rows = [
            figure
            for project in projects
            for indicator in project.indicators
            if (figure := target_figure(project, indicator)) is not None and figure.unit == unit
        ]
        stated = [n for n in _counts_stated(rest) if rest[n.end :].startswith(unit)]
        if len(stated) > 1:
            return None
        if not stated:
            return rows[0] if len(rows) == 1 else None
        same = [row for row in rows if row.value == stated[0].value]
        shown = stated[0].text + unit
        given = Figure(projects[0], stated[0].value, unit, quote=shown, given=True)
        return same[0] if len(same) == 1 else given

    def _quoted_count(self, named: str, scope: tuple[int, ...], unit: str | None) -> Figure | None:
        """Returns the one count in the unit 每 names that a goal states about the words of a
        按 clause: 按目标里的科普设施处数平均，每处 → 12 处科普设施."""
        if unit is None:
            return None
        words = [  # cut as written: a loose read takes 科普设施 for the project's name
            word
            for word in self._lexicon.cut(named)
            if len(word) >= MIN_TERM_NAME
            and not word.startswith(unit)
            and word not in self._evidence.phrasing
        ]
        if not words:
            return None
        after = max(map(len, words)) + PER_NOUN_SLACK
        units = frozenset({unit})
        return self._one_quoted(scope, about=words, units=units, after_chars=after)

    def _clause_dividend(
        self, query: Query, before: str, divisor: Figure, scope: tuple[int, ...]
    ) -> Figure | None:
        """Returns the one amount or count a question divides, named outside its 按 clause."""
        given = self._stated_amounts(before, scope)
        if given:
            return given[0] if len(given) == 1 else None
        read = self._operands(before, scope, query.unit) if strip_punctuation(before) else None
        figures = [
            figure
            for figure in (read[0] if read else [])
            if not same_measure(figure.unit or YUAN, divisor.unit or YUAN)
        ]
        if len(figures) == 1:
            return figures[0]
        if figures:
            return None
        money = intents.money_field(query.rules)
        projects = self._catalog.projects_in(scope)
        if money is not None and len(projects) == 1:
            return money_figure(projects[0], money)
        if divisor.given and len(projects) != 1:
            return None
        return self._counted_in_asked_unit(query, divisor)

    def _stated_amounts(self, text: str, scope: tuple[int, ...]) -> list[Figure]:
        """Returns the amounts of money a question states itself (企服一年130万)."""
        projects = self._catalog.projects_in(scope)
        if len(projects) != 1:
            return []
        units = longest_first_of(self._lexicon.vocabulary.units)
        return [
            Figure(projects[0], number.value, YUAN, quote=number.text, given=True)
            for number in _counts_stated(text)
            if text[number.end :].startswith(YUAN)
            or (number.text.endswith(MONEY_SCALES) and not _counted_after(text, number.end, units))
        ]

    def _calculated(
        self,
        query: Query,
        operation: Operation,
        per: PerAsk | None,
        figures: list[Figure],
        *,
        whole_holds_part: bool = False,
    ) -> FigureCalculation | FigureMismatch | None:
        """Settles the operation the units allow and computes it over ``figures``.

        ``whole_holds_part``: a share whose whole named the part too (企服占两个项目合计) is
        the part over the sum of all, never the part over the other.
        """
        units = {figure.unit for figure in figures}
        if per is not None and per.unit != GENERIC_PER and len(units) == 1:
            return None  # 每个展位 asked, yet nothing counts 展位: no average of the rest
        if per is not None and _period_not_counted(per, figures):
            return None  # 每个月要服务多少: 8000人次 ÷ 100家 is no amount a month
        if operation is Operation.SUM and PERCENT in units:
            return None  # 满意度指标一共几个: rates never add up (90% + 85% is no 175%)
        given = any(figure.given for figure in figures)  # 总共三年，平均每年
        divides = operation is Operation.PER or (operation is Operation.AVERAGE and (per or given))
        # 几倍 of 个 and 人 is a ratio of values; of 元 and 米 it compares nothing.
        ratio_across = (
            len(units) > 1 and operation is Operation.RATIO and len(figures) == 2
        ) and YUAN not in units
        if len(units) > 1 and not ratio_across:
            # 人均, 除以, 之比 divide whatever they are given; sums need one unit.
            if len(figures) != 2 or not divides:
                return FigureMismatch(tuple(figures))
            if per is not None and not self._dividend_asked(query, figures):
                return None  # 调查站点每家上报多少份: 1场 ÷ 40家 is no count of 份
            operation = Operation.PER
            figures = _divisor_last(figures, per, written=DIVIDED_BY in query.text)
        elif operation is Operation.PER:
            # One unit: 每场平均多少人 is an average, 论文数和人数之比 a ratio.
            operation = Operation.AVERAGE if per is not None else Operation.RATIO
        if len(figures) == 2 and self._percent_of(operation, query) and not whole_holds_part:
            operation = Operation.PERCENT_OF
        elif len(figures) == 2 and operation is Operation.RATIO and query.unit == PERCENT:
            operation = Operation.PERCENT_OF  # 年度资金除以项目资金总额的百分比: 33.3%, not 0.33
        if len(figures) > 2 and operation not in (Operation.SUM, Operation.AVERAGE):
            return None
        if operation is Operation.DIFFERENCE and self._operations.unsigned_difference(query.text):
            figures = sorted(figures, key=lambda figure: figure.value, reverse=True)
        operands = tuple(Operand(figure.project.name, figure.value) for figure in figures)
        calculation = calculate(operation, operands)
        if calculation is None:
            return None
        if ratio_across:  # 几倍 of 个 and 人: a ratio of values, said to be across units
            return FigureCalculation(calculation, None, figures=tuple(figures), units_differ=True)
        unit = per_unit(figures) if len(units) > 1 else units.pop()
        if unit == PERCENT and operation is Operation.DIFFERENCE:
            unit = PERCENTAGE_POINT  # 90% − 85%: 5 points, not 5 per cent of anything
        return FigureCalculation(calculation, unit, figures=tuple(figures))

    def _dividend_asked(self, query: Query, figures: list[Figure]) -> bool:
        """Tells whether a figure of a per-unit ask counts in the unit the question asks in
        (每家多少份: one in 份); a question asking in no unit of its own takes any."""
        asked = query.unit
        if asked in (None, GENERIC_PER, PERCENT) or any(figure.given for figure in figures):
            return True  # 十万的目标按十二个月分: the asker's own figure is what they ask of
        if asked in MONEY_UNITS or asked == TEN_THOUSAND_WORD:
            return any(figure.unit == YUAN for figure in figures)
        return any(
            same_measure(asked, figure.unit)
            or (figure.unit != YUAN and self._matcher.unit_fits(asked, figure.unit))
            for figure in figures
        )

    def _per_operands(
        self, query: Query, per: PerAsk, scope: tuple[int, ...]
    ) -> tuple[list[Figure], int] | None:
        """Returns the amount and the count of a per-unit ask, from wherever they are named.

        Before the clause (成本控制数按活动参与人数摊), a goal (每处设施: 12 处科普设施),
        the question's own numbers (130万服务8000人次), or the clause itself (每座桥多少钱:
        the row counting 座 and the project's budget).
        """
        counted_in = self._count_unit(per)
        read = self._operands(query.text[: per.start], scope, query.unit, counted_in)
        if read is not None and len(read[0]) == 1:
            divisor = self._per_divisor(per, read[0][0])
            read = (read[0] + [divisor], 2) if divisor is not None else read
        if read is not None and _one_figure_twice(read[0]):
            # 直通车平均每家企业多少人次: 直通车's 100家 is what 每家 counts, not the 人次 asked.
            read = None
        if read is not None and _none_in_asked_unit(read[0], query.unit):
            # 服务100家企业、8000人次科技工作者，平均每家多少人次: two figures in 家 give no 人次.
            read = None
        if read is not None and read[1] >= 2:
            return read
        given = (
            self._given(query.text[: per.start], scope)
            or self._amount_over_given(query, per, scope)
            or self._given_counts(query.text[: per.start], per, scope)
            or self._per_from_goal(query, per, scope)
            or self._over_goal_total(query, per, scope)
            or self._goal_count_over_total(query, per, scope)
        )
        if given:
            return given, 2
        before = read[0] if read is not None else []
        if not before:
            # 国交40万平均给到每家合作单位: the amount the question states is the dividend.
            amounts = self._stated_amounts(query.text[: per.start], scope)
            before = amounts if len(amounts) == 1 else []
        found = self._from_clause(query, per, scope, before) or self._named_after_each(
            query, per, scope
        )
        return (found, 2) if found else read

    def _named_after_each(self, query: Query, per: PerAsk, scope: tuple[int, ...]) -> list[Figure]:
        """Returns the amount named after 每 and its measure word, over the count the question
        gives in that measure (12处设施平均每处运维成本多少: 运维成本 ÷ 12处)."""
        measure = self._count_unit(per)
        noun = per.unit.removeprefix(measure or GENERIC_PER)
        if measure is None or len(noun) < MIN_TERM_NAME:
            return []
        found = self._figures_of(noun, scope, None)
        if not found or len(found) != 1 or found[0].unit != YUAN:
            return []
        count = self._given_count(query.text[: per.start], found[0], measure)
        return [found[0], count] if count is not None and count.unit == measure else []

    def _count_unit(self, per: PerAsk) -> str | None:
        """Returns the unit a per-unit ask divides by (每家企业 → 家), if it is one."""
        if per.unit == GENERIC_PER:
            return None
        units = longest_first_of(self._lexicon.vocabulary.units)
        return next((u for u in units if per.unit.startswith(u)), None)

    def _from_clause(
        self, query: Query, per: PerAsk, scope: tuple[int, ...], before: list[Figure]
    ) -> list[Figure]:
        """Completes a per-unit ask from its clause: the count 每 names, the amount asked.

        Only when the question divides outright (摊, 平均, 人均, 按…算): 每座桥多少钱 asks a
        cost per bridge the form never states, not the budget over the bridges; 每场接待几人次
        asks the average a goal's figure makes over the count of its own thing.
        """
        if per.unit == GENERIC_PER or len(before) > 1:
            return []
        found = self._clause_operands(query, per, scope, before)
        if self._divides(query) or not found:
            return found
        # 开放日每场接待几人次: said without 平均, a count per unit divides only a goal's figure
        # stated of the very thing the divisor counts (接待…5000 人次 of the 开放日's 3 场).
        dividend, divisor = found
        if dividend.unit == YUAN:
            return found if self._money_over_output(query, per, divisor) else []
        if not self._counts_per_unit(query) or divisor.indicator is None:
            return []
        name = self._normalizer.normalize(divisor.indicator.name)
        pairs = {name[at : at + PAIR_CHARS] for at in range(len(name) - PAIR_CHARS + 1)}
        return found if any(pair in dividend.quote for pair in pairs) else []

    def _money_over_output(self, query: Query, per: PerAsk, divisor: Figure) -> bool:
        """Tells whether money asked per unit without 平均 is the project's over its output.

        养护每米多少钱, 运维每处设施预算: what the project is named for; 改造每展区成本: the
        project's one quantity row, money named. Never a thing of its own (企服每次走访花多少钱
        is a price), nor a price of an item named without a word of money (每处设施多少钱).
        """
        noun = per.unit.removeprefix(self._count_unit(per) or "")
        money_named = any(word in query.text for word in self._operations.money_words)
        # 每米养护: a verb after the measure word, no item priced.
        if noun and self._evidence.describes_rows(noun) and not money_named:
            return False
        if self._names_project_only(query, divisor.project):
            return True
        row = divisor.indicator
        quantities = [
            ind for ind in divisor.project.indicators if row and ind.level2 == row.level2
        ]
        return (
            money_named
            and row is not None
            and row.level2 == QUANTITY_LEVEL
            and (len(quantities) == 1)
        )

    def _names_project_only(self, query: Query, project: ProjectInfo) -> bool:
        """Tells whether a question names nothing but ``project`` and words of money and of
        measure: each other word's characters are in the project's name (路桥 of 道路桥梁养护,
        设施 of 城市科普设施运维), so 每米 and 每处设施 count what the project is for."""
        units = self._lexicon.vocabulary.units
        money = (*self._operations.money_words, MONEY_HEAD)
        name = set(project.name)
        for term in query.terms:
            word = term.token.removeprefix(PER_WORD)
            if not word or word in units or word in money or word in self._evidence.phrasing:
                continue
            if not set(word) <= name:
                return False
        return True

    def _clause_operands(
        self, query: Query, per: PerAsk, scope: tuple[int, ...], before: list[Figure]
    ) -> list[Figure]:
        """Returns the amount and the count of ``_from_clause``, however the ask is said."""
        if before:
            scope = (before[0].project.id,)  # 研讨会的论文平均每场几篇: that project's 场
        counts = [f for f in before if f.unit != YUAN]  # 按港澳台籍学生人数算，每个学生…
        amounts = [f for f in before if f.unit == YUAN]
        if counts and intents.money_field(query.rules) is None:
            # 院士专家，平均每个工作站分到几位: no money asked, the count named first is
            # shared out over the rows the clause counts.
            row = self._counted_row(query, per, scope)
            # 养护每米多少成本: 985米 of 养护 is what 每米 counts, not a count shared out.
            if row is not None and row != counts[0] and row.unit != counts[0].unit:
                return [counts[0], row]
        # 按港澳台籍学生人数算，每个学生: the count before is the divisor when 每 names its
        # unit; 养护每座桥: the 985米 养护 names is no count of 座.
        counts = [f for f in counts if per.unit.startswith((f.unit or YUAN, GENERIC_PER))]
        divisor = counts[0] if counts else self._counted_row(query, per, scope)
        if divisor is None:
            return self._amount_over_goal_count(query, per, scope, amounts)
        if not amounts and per.after:
            named = self._figures_of(per.after, (divisor.project.id,), None)
            amounts = [f for f in named or [] if f.unit == YUAN]
            # 每个学生能分到几个实习岗位: the rows named after the ask are what is shared out.
            shared = [f for f in named or [] if f.unit not in (YUAN, PERCENT, divisor.unit)]
            if not amounts and len(shared) == 1 and shared[0].indicator != divisor.indicator:
                return [shared[0], divisor]
        if not amounts and self._money_shared(query) is not None:
            money = self._money_shared(query) or MoneyField.BUDGET
            amount = money_figure(divisor.project, money)
            amounts = [amount] if amount is not None else []
        if not amounts and intents.money_field(query.rules) is None:
            counted = self._counted_in_asked_unit(query, divisor)
            amounts = [counted] if counted is not None else []
        return [amounts[0], divisor] if len(amounts) == 1 else []

    def _counted_in_asked_unit(self, query: Query, divisor: Figure) -> Figure | None:
        """Returns the one figure of the divisor's project in the unit a per-unit ask asks in.

        开放日活动平均每场接待多少人次: 5000 人次 the goal states, over the 3 场 of the row.
        """
        asked = query.unit
        if asked in (None, GENERIC_PER, PERCENT, divisor.unit):
            return None
        project = divisor.project
        rows = [ind for ind in project.indicators if ind.target.unit == asked]
        if len(rows) == 1:
            return self._target(rows[0])
        about = self._own_words(query)  # 几处设施: 12 处科普设施, the noun after the unit
        units = frozenset({asked or ""})
        found = self._one_quoted((project.id,), about=about, units=units, after_chars=QUOTED_NOUN)
        if found is not None or not about:
            return found
        # 开放日平均每场多少人次: 开放日 is named earlier in the sentence stating 5000 人次.
        return self._one_quoted((project.id,), about=about, units=units, in_sentence=True)

    def _amount_over_goal_count(
        self, query: Query, per: PerAsk, scope: tuple[int, ...], amounts: list[Figure]
    ) -> list[Figure]:
        """Divides the amount asked by the count a goal states in the unit of 每.

        设施运维每处设施平均多少钱: no row counts 处, the goal says 12 处科普设施.
        """
        money = self._money_shared(query)
        projects = self._catalog.projects_in(scope)
        if not amounts and money is not None and len(projects) == 1:
            amount = money_figure(projects[0], money)
            amounts = [amount] if amount is not None else []
        divisor = self._per_divisor(per, amounts[0]) if len(amounts) == 1 else None
        return [amounts[0], divisor] if divisor is not None else []

    def _money_shared(self, query: Query) -> MoneyField | None:
        """Returns the money a per-unit ask divides: the field it names, or the budget when
        it shares a cost out with no unit asked (每处设施摊多少)."""
        money = intents.money_field(query.rules)
        if money is None and query.unit is None and any(w in query.text for w in COST_SHARED):
            return MoneyField.BUDGET
        return money

    def _divides(self, query: Query) -> bool:
        """Tells whether a question says outright that something is divided (摊, 平均, 按)."""
        words = self._operations.words
        dividing = (
            *words.get(Operation.PER, ()),
            *words.get(Operation.AVERAGE, ()),
            *self._operations.dividing,
            BY_WORD,
        )
        return any(word in query.text for word in dividing)

    def _counts_per_unit(self, query: Query) -> bool:
        """Tells whether a per-unit ask asks a count in a unit of its own (每场接待几人次): an
        average over the count 每 names, never a price the form does not state (每套多少钱)."""
        return query.unit not in (None, YUAN, PERCENT, GENERIC_PER) and (
            intents.money_field(query.rules) is None
        )

    def _counted_row(self, query: Query, per: PerAsk, scope: tuple[int, ...]) -> Figure | None:
        """Returns the one row counting in the unit 每 names, picked by its noun if given.

        每个实习岗位: 个 is said of anything, so rows in other units count when none in 个 fits.
        """
        units = longest_first_of(self._lexicon.vocabulary.units)
        # 每展区: a noun with no measure word counts as 每个展区 does.
        unit = next((u for u in units if per.unit.startswith(u)), GENERIC_PER)
        noun = per.unit.removeprefix(unit)
        rows = [ind for p in self._catalog.projects_in(scope) for ind in p.indicators]
        exact = [ind for ind in rows if ind.target.unit == unit]
        if not noun:
            return self._target(exact[0]) if len(exact) == 1 else None
        # 每个港澳台学生, 每名学生: a measure word said of anything, so the row the noun
        # names counts whatever its unit (人); for 个 only that way.
        counted = [ind for ind in rows if ind.target.unit not in (None, YUAN, PERCENT)]
        tries = (counted,) if unit == GENERIC_PER else (exact, counted)
        for candidates in tries:
            found = self._row_named(noun, candidates, scope)
            # 每场活动征集几篇: a row in 个 counts no 场; a measure word counts its own kind.
            if len(found) == 1 and (
                unit == GENERIC_PER or self._counts_alike(unit, found[0].target.unit)
            ):
                return self._target(found[0])
        named = next(
            (
                row
                for rows in tries
                if (row := self._noun_before_verb(noun, rows, scope))
                and (unit == GENERIC_PER or self._counts_alike(unit, row.unit))
            ),
            None,
        )
        if named is not None:
            return named  # 每场开放日接待多少人次: 开放日 names the row in 场, 接待 is the ask's
        if unit == GENERIC_PER:
            return self._best_in_generic(noun, counted, scope)
        # 每场接待多少: 接待 is what is counted per 场, not a noun naming a row in 场.
        verb = not self._evidence.describes_rows(noun)
        before = self._operations.strip(query.text[: per.start])
        if not verb and len(exact) > 1 and before.strip():
            # 交通研讨会平均每场活动收几篇: 活动 is said of every row in 场; the words before
            # and the noun together name one.
            found = self._row_named(before + noun, exact, scope)
            return self._target(found[0]) if len(found) == 1 else None
        if verb and len(exact) > 1:
            # 交通研讨会平均每场收几篇: of the rows in 场, the one the words before name.
            exact = self._row_named(before, exact, scope) if before.strip() else []
        return self._target(exact[0]) if verb and len(exact) == 1 else None

    def _counts_alike(self, unit: str, other: str | None) -> bool:
        """Tells whether a row in ``other`` may count what ``unit`` counts: the same kind (名 and
        人, 场 and 场次), or no measure word of a count at all; 个 never counts 场."""
        vocabulary = self._lexicon.vocabulary
        if other is None or other not in vocabulary.units:
            return True
        return same_measure(unit, other) or vocabulary.units_compatible(unit, other)

    def _noun_before_verb(
        self, noun: str, exact: list[IndicatorInfo], scope: tuple[int, ...]
    ) -> Figure | None:
        """Returns the one row in the unit 每 names that the start of ``noun`` names, the verb
        of the ask after it left out (场开放日接待 → 开放日), if one does."""
        for end in range(
            len(noun) - 1, max(MIN_TERM_NAME, len(noun) - MAX_VERB_AFTER_NOUN) - 1, -1
        ):
            found = self._row_named(noun[:end], exact, scope)
            if len(found) == 1:
                return self._target(found[0])
        return None

    def _best_in_generic(
        self, noun: str, counted: list[IndicatorInfo], scope: tuple[int, ...]
    ) -> Figure | None:
        """Returns the row in 个 that ``noun`` fits best among ``counted``, if one does.

        每个实习岗位 fits several rows of that activity, the 岗位 row in 个 best; 学生 of
        港澳台大学生 is written in that row too, yet fits the row of 学生人数 better.
        """
        ids = {ind.id for ind in counted}
        matches = self._matcher.match(self._read(noun), project_ids=scope)
        best = next((m.indicator for m in matches if m.indicator.id in ids), None)
        return self._target(best) if best and best.target.unit == GENERIC_PER else None

    def _row_named(
        self, noun: str, rows: list[IndicatorInfo], scope: tuple[int, ...]
    ) -> list[IndicatorInfo]:
        """Returns the rows among ``rows`` that ``noun`` names (实习岗位), settled if it can."""
        if len(rows) == 1:
            named = not self._evidence.unexplained(
                noun, explained_by=(rows[0].name,), cues={}, nouns_only=False
            )
            return rows if named else []
        ids = {ind.id for ind in rows}
        words = self._read(noun)
        matches = [
            m for m in self._matcher.match(words, project_ids=scope) if m.indicator.id in ids
        ]
        resolved = resolve_indicator(matches, progress=False)
        if isinstance(resolved, Clarification):
            resolved = self._narrowed(words, resolved)
        return list(resolved.indicators) if isinstance(resolved, IndicatorAnswer) else []

    def _in_each_named(self, query: Query, figure: Figure) -> tuple[list[Figure], int] | None:
        """Returns one figure's counterpart in the other project named, in written order."""
        order = query.named_order or tuple(p.id for p in self._projects_in_order(query.text))
        others = tuple(pid for pid in order if pid != figure.project.id)
        if len(order) != 2 or len(others) != 1:
            return None
        found = self._same_figure(figure, others)
        if len(found) != 1 or found[0] is None:
            return None
        pair = [figure, found[0]]
        return (pair if order[0] == figure.project.id else pair[::-1]), 2

    def _in_asked_unit(self, operation: Operation, query: Query, figures: list[Figure]) -> bool:
        """Tells whether a sum or difference asked in a unit (几届) has a figure in it."""
        asked = query.unit
        if operation not in COUNTED or asked in (None, GENERIC_PER, PERCENT) or not figures:
            return True
        return any(
            figure.unit == YUAN or self._matcher.unit_fits(asked, figure.unit)
            for figure in figures
        )

    def _operands(
        self,
        text: str,
        scope: tuple[int, ...],
        unit: str | None,
        counted_in: str | None = None,
        *,
        order: tuple[int, ...] = (),
        whole_of_part: bool = False,
    ) -> tuple[list[Figure], int] | None:
        """Returns the figures the parts of ``text`` name and how many operands they make.

        ``unit`` is the one the whole question asks in (一共多少人): it settles a part
        that fits several rows (港澳台学生); ``counted_in`` is the divisor's of 每;
        ``order`` the projects the question names, in the order it names them;
        ``whole_of_part``: a share's whole may hold the row its part names.
        """
        texts = self.operand_parts(text)
        read = self._parts_read(texts, scope, unit, counted_in, order=order)
        halves = self._compared_halves(text) if read is None else None
        if halves is not None and halves != texts:
            # 比举办创新服务、学术交流、科普那类活动多几场: the marks joined one row's words;
            # the two sides of 比 alone are the operands.
            read = self._parts_read(halves, scope, unit, counted_in, order=order)
        if read is None:
            return None
        read = read if whole_of_part else _namesakes_left(read)
        # Namesakes of one part are one operand named; a target and an amount are two.
        parts = sum(len({(f.money, f.indicator is None) for f in found}) for found in read)
        return [figure for found in read for figure in found], parts

    def _parts_read(
        self,
        texts: list[str],
        scope: tuple[int, ...],
        unit: str | None,
        counted_in: str | None,
        *,
        order: tuple[int, ...],
    ) -> list[list[Figure]] | None:
        """Returns the figures each part names, or None when one part names none."""
        read: list[list[Figure]] = []
        for part, within in zip(texts, self._part_scopes(texts, scope, order), strict=True):
            previous = read[-1][-1] if read and read[-1] else None
            found = self._figures_of(part, within, previous, unit, counted_in)
            if found is None:
                return None
            read.append(found)
        return read

    def _compared_halves(self, text: str) -> list[str] | None:
        """Returns the two sides of the one word comparing them (A比B多几场), else None."""
        mentions = self._lexicon.find_projects(text)
        spans = [
            (begin, end)
            for begin, end in self._lexicon.spans_of(text, COMPARING_JOINERS)
            if not any(m.start <= begin < m.end for m in mentions)
        ]
        if len(spans) != 1:
            return None
        begin, end = spans[0]
        halves = [text[:begin].translate(_UNQUOTED), text[end:].translate(_UNQUOTED)]
        return halves if all(strip_punctuation(half) for half in halves) else None

    def _part_scopes(
        self, parts: list[str], scope: tuple[int, ...], order: tuple[int, ...]
    ) -> list[tuple[int, ...]]:
        """Returns the projects each of two parts is about.

        道桥养护资金总额比场馆改造年度申请总额多多少, with 场馆改造 read as the scope: the
        part left without a project is about the project the other part does not name; two
        parts left without one are about the two projects named, in the order named.
        """
        if len(parts) > 2 and len(scope) == 2:
            # 设施运维的年度资金和…资金总额加一起多少: 一起多少 names nothing; the two that do.
            kept = [at for at, part in enumerate(parts) if self._names_something(part)]
            if len(kept) == 2:
                pair = self._part_scopes([parts[at] for at in kept], scope, order)
                scopes: list[tuple[int, ...]] = [scope] * len(parts)
                for at, within in zip(kept, pair, strict=True):
                    scopes[at] = within
                return scopes
        if len(parts) != 2 or len(scope) != 2:
            return [scope] * len(parts)
        named = [self._read(part).project_ids for part in parts]
        if not any(named) and len(order) == len(parts) and set(order) == set(scope):
            return [(project_id,) for project_id in order]
        if sorted(map(len, named)) != [0, 1] or not set(named[0] + named[1]) <= set(scope):
            return [scope] * len(parts)
        other = tuple(pid for pid in scope if pid not in named[0] + named[1])
        return [ids or other for ids in named]

    def _names_something(self, part: str) -> bool:
        """Tells whether a part of a question names a project, a row or an amount."""
        sub = self._read(self.without_ask(self._operations.strip(part)))
        return bool(sub.project_ids or sub.terms or sub.rules)

    def ranked(self, query: Query, scope: tuple[int, ...]) -> FigureRanking | None:
        """Ranks the targets of one indicator across projects (哪个项目的成本控制数更高)."""
        order = intents.aggregate(query.rules)
        if order not in (Aggregate.MAX, Aggregate.MIN) or intents.money_field(query.rules):
            return None
        spread = _SPREAD.search(query.text)
        if spread is not None:
            # 哪个最高，比最低的高几个百分点: the ranking, then how far apart its ends are.
            order = Aggregate.MAX if spread.group("far") in HIGH_END_WORDS else Aggregate.MIN
            query = self._read(query.text[: spread.start()] + query.text[spread.end() :])
        resolved = resolve_indicator(self._matcher.match(query, project_ids=scope), progress=False)
        if not isinstance(resolved, IndicatorAnswer) or len(resolved.indicators) < 2:
            return None
        found = [self._target(indicator) for indicator in resolved.indicators]
        figures = [figure for figure in found if figure is not None]
        if len(figures) < len(found) or len({figure.unit for figure in figures}) > 1:
            return None
        highest = order is Aggregate.MAX
        figures.sort(key=lambda figure: figure.value, reverse=highest)
        return FigureRanking(tuple(figures), highest, spread=spread is not None)

    def _label(self, clause: str) -> str:
        """Returns the last whole words of a clause, as a short label of its figure."""
        words = self._lexicon.cut(clause)
        label = words.pop() if words else clause
        while words and len(words[-1]) + len(label) <= CLAUSE_LABEL_CHARS:
            label = words.pop() + label
        return label

    def _compares_one(self, operation: Operation, query: Query) -> bool:
        """Tells whether one named item is compared across projects (两个项目的…相差多少).

        Without two parts, 满意度目标是百分之多少 asks a value, not a percent difference.
        """
        if operation in (Operation.SUM, Operation.AVERAGE):
            return True
        return intents.asks_all_projects(query.rules) or self._operations.compares(query.remainder)

    def _percent_of(self, operation: Operation, query: Query) -> bool:
        """Tells whether a share or percentage of two figures asks A ÷ B (A占B, A是B的百分之几)."""
        return operation is Operation.SHARE or (
            operation is Operation.PERCENT_DIFFERENCE
            and not self._operations.compares(query.remainder)
        )

    def operand_parts(self, text: str) -> list[str]:
        """Cuts a question at the words between its figures, never inside a project name."""
        mentions = self._lexicon.find_projects(text)
        parts, start = [], 0
        for begin, end in self._lexicon.spans_of(text, self._operations.separators):
            if any(m.start <= begin < m.end for m in mentions):
                continue
            if self._joined_in_one_row(text, begin, end):
                continue
            parts.append(text[start:begin])
            start = end
        parts.append(text[start:])
        # “服务企业100家、科技工作者8000人次”: marks quoting the form's words end no part's words.
        parts = [part.translate(_UNQUOTED) for part in parts]
        return [part for part in parts if strip_punctuation(part)]

    def _one_name(self, text: str) -> bool:
        """Tells whether every joiner in ``text`` joins words as one row's name does."""
        spans = self._lexicon.spans_of(text, frozenset(JOINING_WORDS))
        return bool(spans) and all(self._joined_in_one_row(text, *span) for span in spans)

    def _joined_in_one_row(self, text: str, begin: int, end: int) -> bool:
        """Tells whether the words either side of a joiner are joined so in one row's name.

        研讨会场次和启动、结业、研学那几场: 启动、结业 as in 组织启动仪式、结业仪式、研学参访
        交流活动数量; 科创赋能及人才服务活动: one row's name, not two operands.
        """
        joiner = text[begin:end]
        if joiner not in JOINING_WORDS and joiner not in ADDING_JOINERS:
            return False
        around = text[max(0, begin - WRITTEN_AROUND) : end + WRITTEN_AROUND]
        if len(around) == end - begin + 2 * WRITTEN_AROUND and around in self._joined_written:
            return True  # 科学普及等活动, 创新服务、学术交流: the joiner as a row's name writes it
        # Only the words beside the joiner matter: cut a window, not the whole message.
        before = self._lexicon.cut(text[max(0, begin - JOIN_WINDOW) : begin])[-1:]
        after = self._lexicon.cut(text[end : end + JOIN_WINDOW])[:1]
        if not before or not after or min(len(before[0]), len(after[0])) < PAIR_CHARS:
            return False  # 站和…: one character is no word a name could be checked for
        first = self._joined_by_pair.get(before[0][:PAIR_CHARS], ())
        second = set(self._joined_by_pair.get(after[0][:PAIR_CHARS], ()))
        return any(
            _joined_in(self._joined_names[at], before=before[0], joiner=joiner, after=after[0])
            for at in first
            if at in second
        )

    def _figures_of(
        self,
        part: str,
        scope: tuple[int, ...],
        previous: Figure | None,
        unit: str | None = None,
        counted_in: str | None = None,
    ) -> list[Figure] | None:
        """Returns the figures one part names; None when it names something else.

        ``counted_in`` is the unit of the divisor of a per-unit ask (每家企业: 家).
        """
        if _PRICE_ASKED.match(strip_punctuation(part)):
            return []  # 加起来是多少钱: the ask in money, no amount of every project again
        # 实习岗位的比例 → 实习岗位: the 的 left by the ask removed names nothing.
        said = self.without_ask(self._operations.strip(part)).strip()  # 总额 减 年度: typed apart
        bare = said.rstrip(POSSESSIVE)
        sub = self._read(self._unit_dropped(bare, unit))
        if not sub.project_ids and previous is not None:
            owner = self._owner_alone(said)  # 比路桥项目高几个百分点: that project's
            sub = owner if owner and owner.project_ids != (previous.project.id,) else sub
        within = sub.project_ids or scope
        if unit in ORDINAL_COUNTS:
            # 研讨会的届数比科普论坛多几届: 第 34 届…研讨会, the number before the name.
            words = self._own_words(sub)
            units = frozenset({unit})
            edition = self._one_quoted(
                within, about=words, units=units, after_chars=EDITION_NAME_CHARS
            )
            if words and edition is not None:
                return [edition]
        money = intents.money_field(sub.rules)
        if money is None and previous is not None and previous.money is not None:
            # 总额扣掉今年的: this year's amount, beside another amount of the project.
            year = _YEAR_SAID.sub("", bare).startswith(ANNUAL)  # 比25年度多: the form's year
            money = MoneyField.ANNUAL_TOTAL if bare.startswith(THIS_YEAR) or year else None
        elif money is None and _YEAR_SAID.sub("", self._own_part(bare, within)) == ANNUAL:
            money = MoneyField.ANNUAL_TOTAL  # 年度占总额: 年度 alone, an amount's part
        elif money is MoneyField.BUDGET and any(word in bare for word in THIS_YEAR):
            money = MoneyField.ANNUAL_TOTAL  # 改造今年的钱占项目总额: this year's, said so
        if money in TOTALS and not sub.project_ids and intents.asks_all_projects(sub.rules):
            # 国交年度资金占两个项目总额: the total of every project of the year, not the scope's.
            return self._money_figures(money, self._same_year(within))
        if not any(term.token in self._weights for term in sub.terms) and not sub.project_ids:
            return [] if money is None else self._money_figures(money, within)
        if money is None and not sub.project_ids and intents.asks_all_projects(sub.rules):
            # 企服成本控制数占两个项目成本控制数合计: every project of the year, not the scope.
            return self._per_project(sub, self._same_year(within))
        matches = self._matcher.match(sub, project_ids=within) if sub.terms else []
        if within and not sub.project_ids and sub.terms and not (matches and matches[0].strong):
            # 道路养护长度和设施运维的…: a row of a project the scope left out, named in full.
            anywhere = self._matcher.match(sub, project_ids=())
            matches = anywhere if anywhere and anywhere[0].strong else matches
        named = matches and not self._evidence.unexplained(
            sub.remainder,
            explained_by=(  # 人次 of 服务科技工作者人次: the unit of its target
                matches[0].indicator.name,
                matches[0].indicator.level2,
                matches[0].indicator.target.unit or "",
                # 场馆改造成本控制数: words of the project's own name, said loosely.
                *(project.name for project in self._catalog.projects_in(within)),
            ),
            cues=sub.cues,
        )
        if money is not None and not named:
            return self._money_figures(money, within)
        if named:
            resolved = self._resolved(sub, matches, unit)
            if resolved is None and money is not None:
                return self._money_figures(money, within)  # 养护资金总额: 养护 picks no row
            if resolved is None:
                quoted = self._quoted(sub, within, counted_in)  # 开放日接待人数: a goal states it
                return [quoted] if quoted is not None else None
            found = [self._target(indicator) for indicator in resolved.indicators]
            if money is not None and len(found) == 1:
                found = self._with_amount(sub, found, money, matches[0])
        elif sub.project_ids and previous is not None and not self._own_words(sub):
            # 比国交的多多少: the same figure of that project; 科创服务直通车服务的企业: not.
            found = self._same_figure(previous, sub.project_ids)
        else:
            quoted = self._quoted(sub, within, counted_in)
            if quoted is not None:
                return [quoted]
            return [] if not sub.terms else None
        return None if any(figure is None for figure in found) else [f for f in found if f]

    def _unit_dropped(self, part: str, unit: str | None) -> str:
        """Drops a unit of the asked kind that ends an operand (仪式类活动场次, asked 几场).

        It says what the sum counts in, not which row: 场次 would pick the row whose name
        happens to end in it over the row of 仪式.
        """
        if unit is None:
            return part
        words = self._lexicon.cut(part.rstrip("，," + SENTENCE_MARKS))  # …活动场？
        if len(words) < 2 or words[-1] not in self._lexicon.vocabulary.units:
            return part
        if not self._matcher.unit_fits(unit, words[-1]):
            return part
        return "".join(words[:-1])

    def without_ask(self, part: str) -> str:
        """Removes the ask of the result from an operand (学生多出多少个 → 学生), and the money
        unit its ask word leaves when the word took the 多少 with it (…相差多少万元 → …万元).

        The unit asked is the result's: 多少个 of a difference must not pick the row
        counting in 个 for the operand beside it.
        """
        return _MONEY_UNIT_LEFT.sub("", self._result_ask.sub("", part))

    def _resolved(
        self, sub: Query, matches: list[IndicatorMatch], unit: str | None
    ) -> IndicatorAnswer | None:
        """Returns the rows a part names, settled among close candidates if it can be."""
        resolved = resolve_indicator(matches, progress=False)
        if isinstance(resolved, Clarification):
            resolved = self._narrow(sub, resolved, unit)
        return resolved if isinstance(resolved, IndicatorAnswer) else None

    def _narrow(self, sub: Query, asked: Clarification, unit: str | None) -> Answer:
        """Settles a part that fits several rows: by its words, else by the unit asked."""
        narrowed = self._narrowed(sub, asked)
        if isinstance(narrowed, IndicatorAnswer) or unit is None or unit == GENERIC_PER:
            return narrowed
        fitting = [
            candidate
            for candidate in asked.candidates
            if candidate.target.unit is not None
            and self._matcher.unit_fits(unit, candidate.target.unit)
        ]
        return IndicatorAnswer((fitting[0],)) if len(fitting) == 1 else narrowed

    def _own_words(self, sub: Query) -> list[str]:
        """Returns the words of a part that may name what a figure counts (直通车, 企业)."""
        phrasing = self._evidence.phrasing
        return [
            term.token
            for term in sub.terms
            if len(term.token) >= MIN_TERM_NAME and term.token not in phrasing
        ]

    def _quoted(
        self, sub: Query, within: tuple[int, ...], counted_in: str | None = None
    ) -> Figure | None:
        """Returns the one number a goal text states about a part's words (接待…5000 人次).

        When the words fit several numbers, ``counted_in``, the unit a per-unit ask divides
        by, settles it (直通车服务的企业, 每家企业: 100家 of 服务企业100家、…8000人次).
        """
        about = self._own_words(sub)
        if not about:
            return None
        said = self._count_said(sub.text)
        if said is not None:
            # 设施处数: a count in 处, the noun maybe after it (12 处科普设施).
            units = frozenset({said})
            return self._one_quoted(within, about=about, units=units, after_chars=QUOTED_NOUN)
        found = self._one_quoted(within, about=about)
        ending = self._unit_ending(sub.text)
        if found is None and ending is not None:
            # 直通车服务科技工作者人次: of 服务企业100家、科技工作者8000人次, the one in 人次.
            found = self._one_quoted(within, about=about, units=frozenset({ending}))
        if found is None and counted_in:
            found = self._one_quoted(within, about=about, units=frozenset({counted_in}))
        return found

    def _unit_ending(self, text: str) -> str | None:
        """Returns the unit a part ends with (科技工作者人次 → 人次), if any."""
        text = text.rstrip(PART_LABEL_TRIM)
        units = longest_first_of(self._lexicon.vocabulary.units)
        return next((unit for unit in units if text.endswith(unit)), None)

    def _clause_unit(self, text: str) -> str | None:
        """Returns the unit the last clause ending with one names (直通车服务科技工作者的人次，
        每个月要服务多少: 人次, said before the ask's own clause), if any."""
        clauses = _CLAUSE_BREAKS.split(text)
        return next(filter(None, map(self._unit_ending, reversed(clauses))), None)

    def _count_said(self, text: str) -> str | None:
        """Returns the unit a part makes a count of with 数 (设施处数 → 处), if any."""
        units = "|".join(map(re.escape, longest_first_of(self._lexicon.vocabulary.units)))
        found = re.search(rf"({units}){COUNT_WORD}", text)
        return found.group(1) if found else None

    def _one_quoted(
        self,
        within: tuple[int, ...],
        *,
        about: list[str],
        units: frozenset[str] | None = None,
        after_chars: int = 0,
        in_sentence: bool = False,
    ) -> Figure | None:
        """Returns the only figure the goals of ``within`` state about ``about``, else None.

        ``in_sentence``: ``about`` may be named anywhere in the figure's sentence, not only in
        its clause; then the figure must be the only one in ``units`` the goals state.
        """
        found = []
        for project in self._catalog.projects_in(within):
            goal = self._normalizer.normalize(f"{project.overall_goal}。{project.annual_goal}")
            quoted = quoted_figures(
                goal,
                units=units or self._lexicon.vocabulary.units,
                about=[""] if in_sentence else about,
                after_chars=after_chars,
            )
            if in_sentence:
                named = [q for q in quoted if any(word in q.sentence for word in about)]
                quoted = named if len(quoted) == 1 else []
            # Shown: 桥梁检测4座, not the sentence's 985米 too.
            found += [
                Figure(project, q.value, q.unit, quote=q.sentence, shown_quote=q.shown)
                for q in quoted
            ]
        return found[0] if len(found) == 1 else None

    def _given(self, text: str, scope: tuple[int, ...]) -> list[Figure]:
        """Returns an amount and a count the question states itself (企服130万服务8000人次)."""
        projects = self._catalog.projects_in(scope)
        if len(projects) != 1:
            return []
        units = longest_first_of(self._lexicon.vocabulary.units)
        found = []
        for number in _counts_stated(text):
            rest = text[number.end :]
            if number.text.endswith(MONEY_SCALES) or rest.startswith(YUAN):
                unit: str | None = YUAN
            else:
                unit = next((u for u in units if rest.startswith(u)), None)
            if unit is not None and not number.percent:
                shown = number.text + ("" if unit == YUAN else unit)
                found.append(Figure(projects[0], number.value, unit, quote=shown, given=True))
        money = [figure for figure in found if figure.unit == YUAN]
        return found if len(found) == 2 and len(money) == 1 else []

    def _amount_over_given(
        self, query: Query, per: PerAsk, scope: tuple[int, ...]
    ) -> list[Figure]:
        """Returns an amount named by keyword and the count the question gives for 每.

        设施运维预算平均到12处设施，每处多少钱: the budget over 12 处.
        """
        money = intents.money_field(query.rules)
        projects = self._catalog.projects_in(scope)
        if money is None or len(projects) != 1:
            return []
        amount = money_figure(projects[0], money)
        # 分了六块工作，平均到每块: the measure word 每 names is the count's, known or not.
        measure = per.unit[:1] if per.unit != GENERIC_PER else None
        count = self._given_count(query.text[: per.start], amount, measure) if amount else None
        if amount is None or count is None:
            return []
        # 按300个参与者平均，人均多少: 个 is said of anything, so it counts 人 as well.
        if not per.unit.startswith(count.unit or YUAN) and count.unit != GENERIC_PER:
            return []
        return [amount, count]

    def _stated_counts(self, text: str, scope: tuple[int, ...]) -> list[Figure]:
        """Returns the counts a question states itself, as it writes them (3000余份)."""
        projects = self._catalog.projects_in(scope)
        units = longest_first_of(self._lexicon.vocabulary.units)
        found = []
        for number in _counts_stated(text):
            after = text[number.end :]
            rest = after.lstrip(APPROXIMATE_MARKS)
            unit = next((u for u in units if rest.startswith(u)), None)
            if unit is not None and unit != YUAN and not number.percent and projects:
                end = number.end + len(after) - len(rest) + len(unit)
                shown = text[number.start : end]  # 3000余份, as the question writes it
                found.append(Figure(projects[0], number.value, unit, quote=shown, given=True))
        return found

    def _over_goal_total(self, query: Query, per: PerAsk, scope: tuple[int, ...]) -> list[Figure]:
        """Returns a count the question gives and the total of goal figures it divides by.

        3000余份，按国家级和市级站点总数平均，每个站点多少份: 国家级…19家 + 市级…28家.
        """
        given = self._stated_counts(query.text[: per.start], scope)
        if len(given) != 1:
            return []
        at = query.text.find(given[0].quote)
        end = at + len(given[0].quote)
        words = self._own_words(self._read(query.text[end : per.start]))
        # 3000余份，平均摊到每个站点: with no parts named, every figure of the noun 每 counts.
        noun = per.unit.removeprefix(self._count_unit(per) or GENERIC_PER)
        if not words and not noun:
            # 调查站点年均3000余份，平均到每家: 每家 counts what the count was said of.
            for before in self._own_words(self._read(query.text[:at])):
                found = self._over_goal_total(query, replace(per, unit=per.unit + before), scope)
                if found:
                    return found
        # 每站摊几份: a noun said as the unit itself (站 of 站点) names what is counted too.
        every = not words and (len(noun) >= MIN_TERM_NAME or noun == per.unit)
        for project in self._catalog.projects_in(scope):
            goal = self._normalizer.normalize(f"{project.overall_goal}。{project.annual_goal}")
            units = sorted(self._lexicon.vocabulary.units - {given[0].unit or ""})
            for sentence, unit in ((s, u) for s in _SENTENCE_END.split(goal) for u in units):
                parts = (
                    tuple(
                        Operand(self._label(o.label), o.value)
                        for o in _every_figure_of(sentence, unit=unit, noun=noun)
                    )
                    if every
                    else stated_figures(sentence, unit=unit, names=words)
                )
                if len(parts) >= 2:
                    total = sum((part.value for part in parts), Decimal(0))
                    shown = " + ".join(f"{part.label}{part.value}{unit}" for part in parts)
                    shown += f" = {total}{unit}"
                    return [given[0], Figure(project, total, unit, quote=shown)]
        return []

    def _given_counts(self, text: str, per: PerAsk, scope: tuple[int, ...]) -> list[Figure]:
        """Returns two counts the question gives, the one 每 names last (3000余份 ÷ 47家)."""
        found = self._stated_counts(text, scope)
        divisors = [figure for figure in found if per.unit.startswith(figure.unit or YUAN)]
        if len(found) != 2 or len(divisors) != 1:
            return []
        return [next(f for f in found if f is not divisors[0]), divisors[0]]

    def _goal_count_over_total(
        self, query: Query, per: PerAsk, scope: tuple[int, ...]
    ) -> list[Figure]:
        """Returns the one count a goal sentence states in the unit asked and the total of the
        figures it states of the noun 每 names (调查站点上报的材料平均到每个站点多少份: 3000余份
        over 国家级…站点19家 + 市级调查站点28家), when the question gives no count itself."""
        named = per.unit.removeprefix(self._count_unit(per) or GENERIC_PER)
        asked = query.unit
        if len(named) < MIN_TERM_NAME or asked in (None, GENERIC_PER, PERCENT):
            return []
        if self._stated_counts(query.text[: per.start], scope):
            return []
        # 每个站点报多少份, 每个站点每年上报多少份: what 每 counts, maybe with the verb of the ask
        # after it, which the goal sentence need not write beside the noun.
        nouns = [named[:end] for end in range(len(named), MIN_TERM_NAME - 1, -1)]
        nouns = nouns[: MAX_VERB_AFTER_NOUN + 1]
        units = sorted(self._lexicon.vocabulary.units - {asked})
        found = []
        for project in self._catalog.projects_in(scope) if scope else self._catalog.projects:
            goal = self._normalizer.normalize(f"{project.overall_goal}。{project.annual_goal}")
            for sentence in _SENTENCE_END.split(goal):
                counts = list(
                    re.finditer(rf"(\d+(?:\.\d+)?)\s*(?:余|多)?\s*{re.escape(asked)}", sentence)
                )
                noun = next((noun for noun in nouns if noun in sentence), None)
                if len(counts) != 1 or noun is None:
                    continue
                totals = [(u, _every_figure_of(sentence, unit=u, noun=noun)) for u in units]
                totals = [(u, parts) for u, parts in totals if parts]
                if len(totals) != 1:
                    continue
                unit, parts = totals[0]
                total = sum((part.value for part in parts), Decimal(0))
                shown = " + ".join(f"{self._label(p.label)}{p.value}{unit}" for p in parts)
                said = counts[0]
                clause = _CLAUSE_MARK.split(sentence[: said.start()])[-1] + said.group(0)
                count = Figure(project, Decimal(said.group(1)), asked, quote=clause)
                found.append(
                    [count, Figure(project, total, unit, quote=f"{shown} = {total}{unit}")]
                )
        return found[0] if len(found) == 1 else []

    def _per_from_goal(self, query: Query, per: PerAsk, scope: tuple[int, ...]) -> list[Figure]:
        """Returns a count in the asked unit and one in the unit 每 names, from one goal sentence.

        直通车平均每家企业对应多少人次: 服务企业100家、科技工作者8000人次 gives 8000 ÷ 100.
        """
        units = longest_first_of(self._lexicon.vocabulary.units)
        divisor = next((u for u in units if per.unit.startswith(u)), None)
        asked = query.unit
        if divisor is None or asked in (None, GENERIC_PER, PERCENT, divisor):
            return []
        about = [
            t.token
            for t in query.terms
            if len(t.token) >= MIN_TERM_NAME and t.token not in self._evidence.phrasing
        ]
        found = []
        for project in self._catalog.projects_in(scope):
            goal = self._normalizer.normalize(f"{project.overall_goal}。{project.annual_goal}")
            for sentence in _SENTENCE_END.split(goal):
                if not any(word in sentence for word in about):
                    continue
                pair = [
                    quoted_figures(sentence, units=frozenset({u}), about=[""])
                    for u in (asked, divisor)
                ]
                if all(len(figures) == 1 for figures in pair):
                    found.append(
                        [Figure(project, f[0].value, f[0].unit, quote=f[0].clause) for f in pair]
                    )
        return found[0] if len(found) == 1 else []

    def _given_count(self, text: str, amount: Figure, measure: str | None = None) -> Figure | None:
        """Returns the one count the question states (三年), to divide an amount by; in
        ``measure`` too, the measure word of the per-unit ask (六块 for 每块)."""
        if amount.unit != YUAN:
            return None
        known = self._lexicon.vocabulary.units | ({measure} if measure else set())
        units = longest_first(known)
        found = []
        for number in _counts_stated(text):
            rest = text[number.end :]
            unit = next((u for u in units if rest.startswith(u)), None)
            if unit is not None and rest.startswith(PROJECT_WORD, len(unit)):
                return None  # 两个项目的平均预算: projects counted, never one project's divisor
            if unit is not None and not number.percent and number.value < MAX_GIVEN_COUNT:
                shown = number.text + unit
                found.append(Figure(amount.project, number.value, unit, quote=shown, given=True))
        return found[0] if len(found) == 1 else None

    def _per_divisor(self, per: PerAsk, dividend: Figure) -> Figure | None:
        """Returns the count 每 names when a goal states it: 每处设施 → 12 处科普设施."""
        if per.unit == GENERIC_PER:
            return None
        units = longest_first_of(self._lexicon.vocabulary.units)
        unit = next((u for u in units if per.unit.startswith(u)), None)
        noun = per.unit[len(unit) :] if unit else ""
        if unit is None or len(noun) < MIN_TERM_NAME:
            return None
        return self._one_quoted(
            (dividend.project.id,),
            about=[noun],
            units=frozenset({unit}),
            after_chars=len(noun) + PER_NOUN_SLACK,
        )

    def _with_amount(
        self, sub: Query, found: list[Figure | None], money: MoneyField, best: IndicatorMatch
    ) -> list[Figure | None]:
        """Adds the amount a part also names (养护成本控制在预算的百分之几), in written order."""
        cue = intents.money_rule(sub.rules)
        words = sub.cues.get(cue[0], frozenset()) if cue else frozenset()
        if not words or any(word in best.text for word in words):
            return found  # 预算执行率: the money word is the indicator's own
        quoted = _amounts_quoted(sub.text, words)
        if quoted is not None:
            # 成本控制数以40万元为限: 万元 is the unit of the row's figure restated, no budget;
            # a figure other than the row's is the asker's own, never worked as the row's.
            values = {figure.value for figure in found if figure is not None}
            return found if quoted and quoted <= values else [None]
        amount = money_figure(self._catalog.project(best.indicator.project_id), money)
        at = min(sub.text.find(word) for word in words)
        first_term = min(
            (sub.text.find(t.token) for t in sub.terms if t.token in best.text), default=at
        )
        return [*found, amount] if first_term <= at else [amount, *found]

    def _money_figures(self, money: MoneyField, within: tuple[int, ...]) -> list[Figure] | None:
        found = [money_figure(project, money) for project in self._catalog.projects_in(within)]
        return None if any(figure is None for figure in found) else [f for f in found if f]

    def _per_project(self, sub: Query, within: tuple[int, ...]) -> list[Figure] | None:
        """Returns one target per project for a question about all of them (两个项目的满意度).

        A project without such a row is left out (三个项目的市民满意度、观众满意度: the
        project with only 观众满意度 has it named apart); one that fits several rows is not.
        """
        found: dict[int, Figure | None] = {}
        for project in self._catalog.projects_in(within):
            resolved = resolve_indicator(
                self._matcher.match(sub, project_ids=(project.id,)), progress=False
            )
            if resolved is None:
                continue
            if not isinstance(resolved, IndicatorAnswer) or len(resolved.indicators) != 1:
                return None
            found[project.id] = self._target(resolved.indicators[0])
        rows = [f.indicator for f in found.values() if f]
        if rows and all(_money_row(f.project) is f.indicator for f in found.values() if f):
            # 三个项目的成本控制数: a project whose cost row is named otherwise (养护成本).
            for project in self._catalog.projects_in(within):
                row = _money_row(project)
                if project.id not in found and row is not None:
                    found[project.id] = self._target(row)
            order = [p.id for p in self._catalog.projects_in(within)]
            found = {pid: found[pid] for pid in order if pid in found}
        if not found or any(figure is None for figure in found.values()):
            return None
        return [f for f in found.values() if f]

    def _same_year(self, scope: tuple[int, ...]) -> tuple[int, ...]:
        """Returns every project of the year of the projects in ``scope`` (all without one)."""
        years = {project.year for project in self._catalog.projects_in(scope)}
        if not scope or len(years) != 1:
            return scope
        return tuple(p.id for p in self._catalog.projects if p.year in years)

    def _target(self, indicator: IndicatorInfo) -> Figure | None:
        return target_figure(self._catalog.project(indicator.project_id), indicator)

    def _owner_alone(self, bare: str) -> Query | None:
        """Reads a part that is a project's words alone, said as its owner (路桥项目, 养护那边
        of 比养护那边高多少) or bare (比路桥高): the project, with no words of a row of its own."""
        core = _OWNER_MARKS.sub("", bare.rstrip(SENTENCE_MARKS))
        if not core or not _CJK_ONLY.fullmatch(core):
            return None
        sub = self._read(core + POSSESSIVE)
        if sub.project_ids:
            return sub if len(sub.project_ids) == 1 and not self._own_words(sub) else None
        # 修路养桥那边: words read near those of one project's name (养护, 桥梁), none a row's.
        words = [term.token for term in sub.terms]
        owners = [
            project.id
            for project in self._catalog.projects
            if words
            and all(word in project.name for word in words)
            and sum(char in project.name for char in core) * 2 > len(core)
        ]
        return replace(sub, project_ids=(owners[0],), terms=()) if len(owners) == 1 else None

    def _same_figure(self, previous: Figure, project_ids: tuple[int, ...]) -> list[Figure | None]:
        """Returns the figure of another project that matches ``previous`` (成本 → 成本)."""
        projects = self._catalog.projects_in(project_ids)
        if previous.money is not None:
            return [money_figure(project, previous.money) for project in projects]
        if previous.indicator is None:
            return [None]
        answer = self._counterpart(previous.indicator, project_ids)
        if not isinstance(answer, IndicatorAnswer):
            # 设施运维和道路桥梁养护的成本上限: each project's one row counted in money.
            rows = [_money_row(project) for project in projects]
            if _money_row(self._catalog.project(previous.project.id)) is previous.indicator:
                return [self._target(row) if row else None for row in rows]
            return [self._peer_in_unit(previous, project) for project in projects]
        return [self._target(indicator) for indicator in answer.indicators]

    def _peer_in_unit(self, previous: Figure, project: ProjectInfo) -> Figure | None:
        """Returns the one row of ``project`` under the heading of ``previous``'s rate that is a
        rate too (观众满意度 85% → 市民满意度 90%, never 设施环境评价 优良)."""
        row = previous.indicator
        if row is None or previous.unit != PERCENT:
            return None  # 论文 20篇 and 信息报送 15篇 share a heading, yet count other things
        peers = [
            indicator
            for indicator in project.indicators
            if (indicator.level1, indicator.level2) == (row.level1, row.level2)
            and indicator.target.unit == row.target.unit
            and indicator.target.value is not None
        ]
        return self._target(peers[0]) if len(peers) == 1 else None

    def _projects_in_order(self, text: str) -> list[ProjectInfo]:
        """Returns the projects ``text`` names, in the order it names them."""
        ids = [
            mention.project_ids[0]
            for mention in sorted(self._lexicon.find_projects(text), key=lambda m: m.start)
            if not mention.ambiguous
        ]
        return [self._catalog.project(project_id) for project_id in dict.fromkeys(ids)]

    def _parts_shared(self, query: Query) -> tuple[Column, tuple[MoneyField, ...]] | None:
        """Returns the column and the parts of it whose shares are each asked (项目资金总额里，
        财政资金和其他资金各占多少, 拨款和结转的占比结构), else None."""
        if query.project_ids == () and len(self._catalog.projects) > 1:
            return None
        if not (
            intents.asks_each(query.rules)
            or any(word in query.text for word in self._operations.each_share)
        ):
            return None
        operation = self._operations.read(query.remainder, tokens=self._tokens(query))
        if operation not in (Operation.SHARE, Operation.PERCENT_OF):
            return None
        fields = [field for name, field in intents.MONEY_RULES if name in query.rules]
        parts = tuple(dict.fromkeys(field for field in fields if field in PART_FIELDS))
        wholes = {field for field in fields if field in WHOLE_FIELDS} - {MoneyField.BUDGET}
        columns = [
            column
            for column, members in COLUMN_PARTS.items()
            if all(part in members for part in parts) and wholes <= {COLUMN_TOTALS[column]}
        ]
        if len(parts) < 2 or len(columns) != 1:
            return None
        return columns[0], parts

    def _each_part_shared(self, query: Query, scope: tuple[int, ...]) -> Answer | None:
        """Divides each part of a column a question lists by the column's total (财政资金和
        其他资金的占比结构: 300万 ÷ 360万, 60万 ÷ 360万), in each project asked."""
        found = self._parts_shared(query)
        if found is None:
            return None
        column, parts = found
        shares = []
        for project in self._catalog.projects_in(scope):
            whole = money_figure(project, COLUMN_TOTALS[column], column)
            for part in parts:
                figure = money_figure(project, part, column)
                if figure is None or whole is None:
                    return None
                operands = (
                    Operand(project.name, figure.value),
                    Operand(project.name, whole.value),
                )
                calculation = calculate(Operation.PERCENT_OF, operands)
                if calculation is None:
                    return None
                shares.append(FigureCalculation(calculation, YUAN, figures=(figure, whole)))
        if not shares:
            return None
        return SeveralIndicators((), others=tuple(shares))

    def shares_of_totals(self, query: Query, scope: tuple[int, ...]) -> Answer | None:
        """Divides one part of the funding by its whole in each project asked (财政拨款占比,
        结转资金占年度资金申请总额的比重 of three projects): the whole is the total of the
        part's column when the question names none."""
        each = self._each_part_shared(query, scope)
        if each is not None:
            return each
        operation = self._operations.read(query.remainder, tokens=self._tokens(query))
        if operation not in (Operation.SHARE, Operation.PERCENT_OF):
            return None
        fields = [field for name, field in intents.MONEY_RULES if name in query.rules]
        parts = [field for field in fields if field in PART_FIELDS]
        wholes = [field for field in fields if field in WHOLE_FIELDS]
        if MoneyField.ANNUAL_TOTAL in wholes or MoneyField.PROJECT_TOTAL in wholes:
            wholes = [field for field in wholes if field is not MoneyField.BUDGET]
        if len(parts) != 1 or len(wholes) > 1 or self._names_a_row(query, scope):
            return None
        if intents.asks_all_projects(query.rules) and len(scope) < len(self._same_year(scope)):
            return None  # 企服当年拨款占两个项目预算: the whole is of both, no share in one
        column = NATURAL_COLUMN.get(parts[0], Column.ANNUAL)
        whole = wholes[0] if wholes else COLUMN_TOTALS[column]
        found = []
        for project in self._catalog.projects_in(scope):
            part_figure = money_figure(project, parts[0])
            whole_figure = money_figure(project, whole, column)
            if part_figure is None or whole_figure is None:
                continue  # 道路桥梁养护 writes no 上年结转资金: the money answer says so
            operands = (
                Operand(project.name, part_figure.value),
                Operand(project.name, whole_figure.value),
            )
            calculation = calculate(Operation.PERCENT_OF, operands)
            if calculation is None:
                return None
            found.append(FigureCalculation(calculation, YUAN, figures=(part_figure, whole_figure)))
        if len(found) == 1:
            return found[0]
        return SeveralIndicators((), others=tuple(found)) if found else None

    def _names_a_row(self, query: Query, scope: tuple[int, ...]) -> bool:
        """Tells whether a question names an indicator row strongly (成本控制数占预算)."""
        matches = self._matcher.match(query, project_ids=scope) if query.terms else []
        return bool(matches) and matches[0].strong

    def goal_figures(self, query: Query, passage: PassageMatch) -> FigureCalculation | None:
        """Adds up (or subtracts) figures a goal sentence states: 国家级加市级一共几家."""
        text = self._normalizer.normalize(passage.passage.text)
        names = self.whole_words(query)
        found = self._goal_worked(query, passage, text, names)
        past_owner = self._past_owner(query.text, names, text)
        if found is None and past_owner != names:
            # 市科协的国家级加市级站点: the owner's name tied the parts' clauses.
            found = self._goal_worked(query, passage, text, past_owner)
        return found

    def _goal_worked(
        self, query: Query, passage: PassageMatch, text: str, names: list[str]
    ) -> FigureCalculation | None:
        """Works the calculation ``goal_figures`` reads with the question's ``names``."""
        operation = self._operations.read(query.remainder, tokens=self._tokens(query))
        if operation is Operation.SHARE:
            return self._goal_share(text, self._part_names(query, names), passage)
        if operation is Operation.PER and query.unit is None:
            operation = Operation.RATIO  # 国家级站点数和市级站点数之比: two counts of one kind
        if operation in GOAL_RATIOS:
            return self._goal_ratio(query, operation, text, names, passage)
        if operation not in (Operation.SUM, Operation.DIFFERENCE):
            return None
        unit = query.unit or self._unit_named_apart(text, names)
        if unit == GENERIC_MEASURE:  # 国家级跟市级站点一共多少个: 个 counts what 家 counts
            unit = self._unit_named_apart(text, names) or unit
        if unit is None:
            return None
        operands = stated_figures(text, unit=unit, names=names)
        # 调查站点一共多少家: all the sentence states in the unit; not when the question joins
        # parts of its own (国家级站点数加上培育工作站数), which each must be named.
        joined = len(self.operand_parts(query.text)) > 1
        if len(operands) < 2 and operation is Operation.SUM and not joined and query.unit:
            whole = stated_figures(text, unit=unit, names=None)
            operands = tuple(Operand(self._label(o.label), o.value) for o in whole)
        if operation is Operation.DIFFERENCE and all(o.label in query.text for o in operands):
            # 市级调查站点比国家级的多几家: the first named first, whatever the goal's order.
            operands = _in_order_named(operands, query.text)
        if operation is Operation.DIFFERENCE and self._operations.unsigned_difference(query.text):
            operands = tuple(sorted(operands, key=lambda o: o.value, reverse=True))
        calculation = calculate(operation, operands) if len(operands) >= 2 else None
        if calculation is None:
            return None
        return FigureCalculation(calculation, unit, passage)

    def _past_owner(self, question: str, names: list[str], text: str) -> list[str]:
        """Returns the names after an owner said first (市科协的国家级加市级站点: 国家级, 市级),
        when the goal names the owner too; it says whose figures they are, not which."""
        owner, said, rest = question.partition(POSSESSIVE)
        if not said or any(word in owner for word in self._operations.separators):
            return self._owner_before_parts(question, names, text)
        kept = [name for name in names if name in rest]
        dropped = [name for name in names if name not in kept]
        return kept if dropped and kept and all(name in text for name in dropped) else names

    def _owner_before_parts(self, question: str, names: list[str], text: str) -> list[str]:
        """Returns the names without those said before the first part's own (市科协调查站点国家级
        加市级: 市科协), when no other part names them and the goal names them too."""
        parts = self.operand_parts(question)
        if len(parts) < MIN_PARTS:
            return names
        first = [
            name
            for name in names
            if name in parts[0] and not any(name in part for part in parts[1:])
        ]
        if len(first) < MIN_PARTS:
            return names
        own = max(first, key=lambda name: parts[0].rfind(name) + len(name))
        dropped = [
            name for name in first if parts[0].find(name) < parts[0].find(own) and name in text
        ]
        return [name for name in names if name not in dropped] if dropped else names

    def _unit_named_apart(self, text: str, names: list[str]) -> str | None:
        """Returns the one unit in which a goal sentence states a figure for each of two or
        more names of the question (国家级…19家，市级…28家 for 国家级 市级), when none is asked."""
        units = longest_first_of(self._lexicon.vocabulary.units)
        stated = dict.fromkeys(
            unit
            for match in re.finditer(r"\d+(?:\.\d+)?\s*(\S{1,3})", text)
            for unit in units
            if match.group(1).startswith(unit)
        )
        named = [unit for unit in stated if len(stated_figures(text, unit=unit, names=names)) > 1]
        return named[0] if len(named) == 1 else None

    def whole_words(self, query: Query) -> list[str]:
        """Returns the words a question writes, whole (and their canonical forms).

        工作站 is no 工作: a part of a word must not name the clause of 科技工作者…19家.
        """
        canonical = self._lexicon.vocabulary.canonical
        words = [w for w in self._lexicon.cut(query.remainder) if len(w) >= MIN_TERM_NAME]
        return list(dict.fromkeys([*words, *(canonical.get(w, w) for w in words)]))

    def _goal_ratio(
        self,
        query: Query,
        operation: Operation,
        text: str,
        names: list[str],
        passage: PassageMatch,
    ) -> FigureCalculation | None:
        """Divides two figures a goal states, in the order the question names them.

        国家级调查站点数是市级的百分之多少: 19家 ÷ 28家.
        """
        asked = query.unit if query.unit != PERCENT else None  # 百分之多少 asks the result's
        units = [asked] if asked else sorted(self._lexicon.vocabulary.units)
        found = [
            (unit, operands)
            for unit in units
            if len(operands := stated_figures(text, unit=unit, names=names)) == 2
        ]
        if len(found) != 1:
            return None
        unit, operands = found[0]
        ordered = _in_order_named(operands, query.text)
        if self._percent_of(operation, query):
            operation = Operation.PERCENT_OF
        calculation = calculate(operation, ordered)
        return None if calculation is None else FigureCalculation(calculation, unit, passage)

    def _part_names(self, query: Query, names: list[str]) -> list[str]:
        """Returns the names of a share's part: those before its share word.

        国家级调查站点占国家级加市级总数的比例: 国家级, though the whole names 市级 too.
        """
        text = _part_first(query.text)
        words = [w for w in self._operations.words.get(Operation.SHARE, ()) if w in text]
        if not words:
            return names
        before = _WITHIN.sub("", text[: min(text.find(word) for word in words)])
        return [name for name in names if name in before] or names

    def _goal_share(
        self, text: str, names: list[str], passage: PassageMatch
    ) -> FigureCalculation | None:
        """Computes the share of one figure a goal states among all it states in that unit.

        国家级调查站点在全部调查站点里占比: 19家 ÷ (19家 + 28家).
        """
        found = []
        for unit in self._lexicon.vocabulary.units:
            named = stated_figures(text, unit=unit, names=names)
            whole = stated_figures(text, unit=unit, names=None)
            if len(named) == 1 and len(whole) >= 2:
                found.append((unit, named[0], whole))
        if len(found) != 1:
            return None
        unit, part, whole = found[0]
        rest = [o for o in whole if o.value != part.value or part.label not in o.label]
        if len(rest) != len(whole) - 1:
            return None
        operands = (part, *(Operand(self._label(o.label), o.value) for o in rest))
        calculation = calculate(Operation.SHARE, operands)
        return None if calculation is None else FigureCalculation(calculation, unit, passage)


_CLAUSE_MARK = re.compile(r"[，,；;：:]")  # 年均完成上报…共3000余份: the clause of a figure


def _every_figure_of(sentence: str, *, unit: str, noun: str) -> tuple[Operand, ...]:
    """Returns the figures in ``unit`` of a sentence when the clause of each names ``noun``
    (国家级…调查站点19家，市级调查站点28家 with 站点)."""
    found = stated_figures(sentence, unit=unit, names=None)
    if len(found) < 2 or not all(noun in operand.label for operand in found):
        return ()
    return found


def _namesakes_in_order(figures: list[Figure], order: tuple[int, ...]) -> list[Figure]:
    """Puts one row's namesakes in the order the question names their projects (道路养护和运维
    的市民满意度差多少: 道路桥梁养护's first), not in the catalog's order."""
    names = {figure.indicator.name if figure.indicator else None for figure in figures}
    projects = {figure.project.id for figure in figures}
    if len(figures) < 2 or None in names or len(names) != 1 or len(projects) != len(figures):
        return figures
    return sorted(
        figures, key=lambda f: order.index(f.project.id) if f.project.id in order else len(order)
    )


def _pair_index(names: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Returns, for each two characters written in some of ``names``, where those names are."""
    index: dict[str, list[int]] = {}
    for at, name in enumerate(names):
        for pair in {name[i : i + PAIR_CHARS] for i in range(len(name) - PAIR_CHARS + 1)}:
            index.setdefault(pair, []).append(at)
    return {pair: tuple(ats) for pair, ats in index.items()}


# 仪式加研学活动: things added that one row lists together (启动仪式、结业仪式、研学参访) are
# that row, counted once.
ADDING_JOINERS = ("加", "加上")


def _joined_in(name: str, *, before: str, joiner: str, after: str) -> bool:
    """Tells whether ``name`` writes ``before``, then a joiner, then ``after``: any word
    joining a list (仪式和参访 of 启动仪式、结业仪式、研学参访), not only the one said; things
    added (仪式加研学) only as a list of things counted together (、), never 单位和岗位."""
    joiners = (LISTED_TOGETHER,) if joiner in ADDING_JOINERS else (joiner, *JOINING_WORDS)
    for said in dict.fromkeys(joiners):
        at = name.find(said)
        while at >= 0:
            if before in name[:at] and after in name[at + len(said) :]:
                return True
            at = name.find(said, at + 1)
    return False


def _label_of(whole: Query, summed: bool = False) -> str:
    """Returns the whole's words up to its amount's keyword (企服预算的比例 → 企服预算), or
    up to its sum's when ``summed`` (两者合计的比例 → 两者合计)."""
    rule = intents.money_rule(whole.rules)
    words = whole.cues.get(rule[0], frozenset()) if rule else frozenset()
    if summed:
        words = frozenset(word for word in SUM_LABEL_WORDS if word in whole.text)
    ends = [whole.text.find(word) + len(word) for word in words if word in whole.text]
    return whole.text[: max(ends)] if ends else whole.text


def _namesakes_left(read: list[list[Figure]]) -> list[list[Figure]]:
    """Leaves out of a part's namesakes the rows another part names alone.

    设施运维的市民满意度比道路桥梁养护的高多少, with 设施运维 read as the scope: the first
    part finds both projects' 市民满意度, the second names 道路桥梁养护's, so the first is
    设施运维's.
    """
    alone = {_row_key(found[0]) for found in read if len(found) == 1}
    kept = []
    for found in read:
        if len(found) > 1:
            rest = [figure for figure in found if _row_key(figure) not in alone]
            found = rest or found
        kept.append(found)
    return kept


def _money_row(project: ProjectInfo) -> IndicatorInfo | None:
    """Returns a project's one row counted in money (its cost ceiling), if it has one."""
    rows = [ind for ind in project.indicators if ind.target.unit in MONEY_UNITS]
    return rows[0] if len(rows) == 1 else None


def _row_key(figure: Figure) -> tuple[int, int | None, str | None]:
    return figure.project.id, figure.indicator.id if figure.indicator else None, figure.money


# 是多少钱, 几多钱: a part that only asks the result in money.
_PRICE_ASKED = re.compile(r"^(?:是|一共|总共|共)?(?:多少|几多|几)(?:钱|块钱|元)$")
# Operations of one figure against another: said of sums, each side must be its own sum.
TWO_SIDED = frozenset({Operation.DIFFERENCE, Operation.RATIO, Operation.PERCENT_DIFFERENCE})
TWO_SIDES = 2
_CLAUSE_MARKS = re.compile(r"[，,。；;？?！!]")


def _in_order_named(operands: tuple[Operand, ...], text: str) -> tuple[Operand, ...]:
    """Returns ``operands`` in the order the last clause naming them all names them (不算国家级
    的，市级站点比国家级站点多百分之几: 市级 first, though the aside before names 国家级)."""
    clauses = [c for c in _CLAUSE_MARKS.split(text) if all(o.label in c for o in operands)]
    said = clauses[-1] if clauses else text
    return tuple(sorted(operands, key=lambda o: said.find(o.label)))


def _amounts_quoted(text: str, words: frozenset[str]) -> set[Decimal] | None:
    """Returns the amounts ``text`` writes with a money word as their unit (40万元), when the
    money words it holds are all such units, else None."""
    numbers = find_numbers(text)
    quoted: set[Decimal] = set()
    for word in words:
        for found in re.finditer(re.escape(word), text):
            number = next((n for n in numbers if n.start < found.start() <= n.end), None)
            if number is None:
                return None  # 预算: the money word said on its own names an amount
            quoted.add(number.value)
    return quoted


def _counts_stated(text: str) -> list[NumberSpan]:
    """Returns the numbers a question states, leaving out the 一 of 每一人次 (the unit) and
    any other one of a measure word (多少元一米 names the unit asked per; ÷ 1 says nothing)."""
    return [
        n
        for n in find_numbers(text)
        if not text[: n.start].endswith(PER_WORD) and not (n.value == 1 and not n.percent)
    ]


def _part_and_whole(operation: Operation, figures: list[Figure]) -> bool:
    """Tells whether a share names two amounts of one project apart (财政拨款占资金多大比例):
    equal amounts are then a part that is the whole (100%), not one amount said twice."""
    fields = {figure.money for figure in figures}
    return (
        operation is Operation.SHARE
        and len(figures) == 2
        and len(fields) == 2
        and bool(fields & PART_FIELDS)  # 财政拨款 of 资金; 预算 and 总预算 are one amount
        and not fields - PART_FIELDS - WHOLE_FIELDS
        and len({figure.project.id for figure in figures}) == 1
    )


def _first_of_each_row(figures: list[Figure]) -> list[Figure]:
    """Keeps each indicator row once, where it first stands (the part of a share first)."""
    seen: set[tuple[int, int | None, str | None]] = set()
    kept = []
    for figure in figures:
        key = _row_key(figure)
        if figure.indicator is None or key not in seen:
            kept.append(figure)
        seen.add(key)
    return kept


def _one_row_twice(figures: list[Figure]) -> bool:
    """Tells whether two operands are the same indicator row, or the same quoted figure."""
    rows = [(figure.project.id, figure.indicator.id) for figure in figures if figure.indicator]
    quotes = [
        (figure.project.id, figure.quote, figure.value)
        for figure in figures
        if figure.quote and not figure.given
    ]  # 接待人次除以设施处数: both parts found 5000 人次, one of them misread
    return len(rows) != len(set(rows)) or len(quotes) != len(set(quotes))


def _basis_first(query: Query) -> Query:
    """Moves a basis said last (…花多少钱（按成本控制数算）) before the ask it qualifies."""
    found = _TRAILING_BASIS.match(query.text)
    if found is None:
        return query
    text = f"{found.group('basis')}，{found.group('head')}"
    moved = _TRAILING_BASIS.match(query.remainder)
    remainder = f"{moved.group('basis')}，{moved.group('head')}" if moved else query.remainder
    return replace(query, text=text, remainder=remainder)


def _one_figure_twice(read: list[Figure]) -> bool:
    """Tells whether the figure read before 每 is the very count 每 names (直通车 and 每家企业:
    服务企业100家 both): the count divided by was read twice, the amount divided not at all."""
    if len(read) != 2:
        return False
    first, second = read
    return (first.project.id, first.indicator, first.value, first.unit) == (
        second.project.id,
        second.indicator,
        second.value,
        second.unit,
    )


def with_places(answer: Answer, places: int) -> Answer:
    """Shows the results of an answer's calculations to the decimal places asked (保留两位
    小数: 23.53%, not 23.5%); any other answer is left as it is."""
    if isinstance(answer, FigureCalculation):
        again = calculate(answer.calculation.operation, answer.calculation.operands, places=places)
        wider = None if answer.wider is None else with_places(answer.wider, places)
        return replace(
            answer,
            calculation=again or answer.calculation,
            wider=wider if isinstance(wider, FigureCalculation) else answer.wider,
        )
    if isinstance(answer, MoneyAnswer) and answer.operation is not None:
        return replace(answer, places=places)  # 国交占两个项目合计的比重: worked when shown
    if isinstance(answer, SeveralIndicators):
        return replace(answer, others=tuple(with_places(other, places) for other in answer.others))
    return answer


# 是否, 是不是, 有没有: a yes-or-no ask, which a sum is checked by (拨款加结转是否就是总额).
_YES_OR_NO = re.compile(
    r"是否|是不是|有没有|能否|能不能|可否|会不会|有无|对不对|对吗|吗[？?]?$"
    r"|系咪|系唔系|系不是|是咪|系不系|啱唔啱|对唔对|咩[？?]?$"  # Cantonese: 系咪等于总额
)


def _checked_against(text: str) -> bool:
    """Tells whether a sum is asked as a check of a figure (是否就是总额, 对得上吗), either said
    in the words of a check or as a yes-or-no ask after the sum."""
    return asks_check(text, load_check_words()) or _YES_OR_NO.search(text) is not None


def _none_in_asked_unit(figures: list[Figure], asked: str | None) -> bool:
    """Tells whether every figure read for a per-unit ask counts in one unit which is not the
    count asked (19家 and 100家 when 人次 per 家 is asked): no quotient of them answers it."""
    units = {figure.unit for figure in figures}
    if asked is None or asked in MONEY_UNITS or len(figures) < MIN_PARTS or len(units) != 1:
        return False
    (unit,) = units
    return unit is not None and unit != YUAN and not same_measure(unit, asked)


def share_of_kept(row: IndicatorInfo, total: FigureCalculation) -> FigureCalculation | None:
    """Returns a row's share of the total its figure was added into, else None (the row is
    none of the total's)."""
    own = [figure for figure in total.figures if figure.indicator == row]
    if len(own) != 1:
        return None
    others = [figure for figure in total.figures if figure.indicator != row]
    figures = (own[0], *others)
    operands = tuple(Operand(_row_label(figure), figure.value) for figure in figures)
    calculation = calculate(Operation.SHARE, operands)
    return (
        None
        if calculation is None
        else FigureCalculation(calculation, total.unit, figures=figures)
    )


def _row_label(figure: Figure) -> str:
    return figure.indicator.name if figure.indicator is not None else figure.project.name


# 国交成本控制数万元: the unit of a result asked in money (相差多少万元), left at an operand's end.
# 相差多少万元？: the marks ending the message go with it.
_MONEY_UNIT_LEFT = re.compile(rf"(?:万元|亿元|千元|元|万)[{re.escape(SENTENCE_MARKS)}，,]*$")


def _counted_after(text: str, end: int, units: Sequence[str]) -> bool:
    """Tells whether a measure word other than money's follows a number (五千人次: a count,
    though 五千 ends as 五千元 said short does)."""
    rest = text[end:].lstrip(APPROXIMATE_MARKS)
    unit = next((u for u in units if rest.startswith(u)), None)
    return unit is not None and not unit.endswith(YUAN)


# 每名学生多少元钱: the words after a per-unit ask that only say how it is counted.
_AFTER_FILLER = re.compile(r"亿元|万元|千元|元|钱|块|是|为|有|呢|啊|吧|呀|大概|大约|约|左右|上下")


# 每万元预算, 每花一千块, 每一万元经费: output asked per a unit of money (each one of it, never
# 每10万元, whose count the operand could not show).
_PER_MONEY = re.compile(
    r"每(?:花|投入|投|用)?一?(?P<scale>万|千|百)(?:元|块钱|块)?(?:的)?(?:预算|经费|资金|钱|拨款|投入)?"
)
MONEY_STEPS = {"万": Decimal(10000), "千": Decimal(1000), "百": Decimal(100)}
