"""Calculations spoken one after another, a later one working on an earlier one.

企服比国交预算多多少 然后多出来的是国交的几倍: the second ask divides the first's result;
…的几倍 然后两个加起来多少场: it adds the first's operands; 企服年度资金按12个月平摊每个月多少钱
另外国交按12个月呢: it asks the first again of another project.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from knowledge.arithmetic import Calculation, Operand, Operation, calculate
from knowledge.model import format_number
from knowledge.values import format_wan
from nlu.answers import (
    Answer,
    FactAnswer,
    FigureCalculation,
    IndicatorAnswer,
    MoneyAnswer,
    SeveralIndicators,
)
from nlu.arithmetic import by_clause
from nlu.figures import YUAN, Figure, money_figure
from nlu.intents import Aggregate
from nlu.lexicon import Lexicon
from nlu.normalize import strip_punctuation
from nlu.query import ASKING, Query
from nlu.several import pieces_of

PartAsker = Callable[[str, tuple[int, ...]], Answer]
OperationAsked = Callable[[Query], Operation | None]
MIN_CHAIN = 2  # sentences of a chain
MIN_OPERANDS = 2  # 两个加起来: the operands of the ask before, all of them
# 多出来的, 这个结果, 得数: the result of the ask before.
_RESULT_BACK = re.compile(
    r"(?:多出来|少出来|差出来|多出|少出|差出|相差|剩下)的(?:部分|钱|数|那部分)?"
    r"|[这那]个(?:结果|差额|差值|差|总数|平均数|平均值|均值|数|和)|得数|算出来的(?:数|结果)?"
)
# 平均到这些单位, 分给这几家: the things the ask before counted, which its result counts.
_COUNTED_BACK = re.compile(r"[这那](?:些|几)(?:单位|家|个|所|人|项目|站点|场)?")
# 它的实施单位, 这个项目的预算: the projects the ask before found.
_PROJECT_BACK = re.compile(r"它们?|该项目|[这那](?:个|些)?项目")
# Answers that settle one sentence of a chain.
ANSWERED = (IndicatorAnswer, MoneyAnswer, FigureCalculation, FactAnswer)
# 两个加起来, 这俩一共, 它们相差: the operands of the ask before.
_OPERANDS_BACK = re.compile(
    r"[这那](?:俩|两[个项样条])|它们|它俩|二者|两者|(?<![这那\d])(?:两个|俩)"
)
# 国交按12个月呢: the ask of the sentence before, said of another thing; words left over.
_ELLIPSIS_TAIL = re.compile(r"(?:的|那边|那个|项目)?呢$")
# 是结转的几倍, 占结转的百分之几: a sentence that opens on its verb, its subject unsaid; after
# a comparison (当年财政拨款比上年结转多了多少) it is the subject compared (当年财政拨款).
_SUBJECTLESS = re.compile(r"^(?:然后|另外|还有|那么?|再)?(?:帮我)?(?:算一?下)?(?=是|占|为|相当于)")
COMPARED_MARK = "比"
# 企服和国交的预算差额，是国交预算的几倍: a sentence that ends on the name of a calculation's
# result, before a sentence opening on its verb (_SUBJECTLESS) that works on that result.
_RESULT_NAMED = re.compile(
    r"(?:差额|差值|差距|总和|合计数|相差的(?:部分|钱|数)?|(?:多|少)(?:出来)?的(?:部分|钱|那部分))$"
)
# 差额是国交预算的几倍 said in one breath: the result named, then an operation on it.
_RESULT_THEN_WORKED = re.compile(
    r"(?:差额|差值|差距|总和|合计数|的部分)(?=(?:是|占|为|相当于)[^，,。；;？?]*"
    r"(?:几倍|多少倍|百分之几|几成|比例|占比|百分比))"
)
_RESULT_POINTER = "这个结果"  # the pointer _RESULT_BACK reads, standing for a result named
# 一共多少, 加起来, 合计: a sentence asking a sum; 占比, 占百分之几: one asking a share; 总额,
# 全部: a whole a share-asking sentence names itself (占总额的比例 is no share of the sum before).
_SUM_ASKED = re.compile(r"一共|总共|共计|合计|总计|加起来|加在一起|相加|之和|总和")
_SHARE_ASKED = re.compile(r"占(?:了|到)?(?:比|多少|百分之|几成|的比例|比例|比重|多大)|比例|比重")
_WHOLE_NAMED = re.compile(r"总额|总数|总量|全部|所有|整体|一共|总共|合计|加起来")
# Operations a result takes part in with a figure the sentence names (…是国交的几倍).
WITH_FIGURE = (Operation.RATIO, Operation.PERCENT_OF, Operation.DIFFERENCE)
# Operations over amounts whose result a later sentence may work on (两个项目平均预算多少？企服
# 比这个平均数高多少).
ADDED_UP = (Operation.SUM, Operation.AVERAGE)
# Operations over the operands of the ask before (两个加起来, 两者之比).
OVER_OPERANDS = (Operation.SUM, Operation.AVERAGE, Operation.DIFFERENCE, Operation.RATIO)


@dataclass(frozen=True)
class Worked:
    """The operands and result of a calculation answered before, in one unit."""

    figures: tuple[Figure, ...]
    calculation: Calculation
    unit: str | None


class ChainedAsks:
    """Answers each calculation of a spoken chain, a later one on an earlier one's result."""

    def __init__(
        self,
        *,
        lexicon: Lexicon,
        read: Callable[[str], Query],
        operation_asked: OperationAsked,
    ) -> None:
        self._lexicon = lexicon
        self._read = read
        self._operation_asked = operation_asked

    def answer(
        self, sentences: list[str], scope: tuple[int, ...], *, ask: PartAsker
    ) -> SeveralIndicators | None:
        """Answers every sentence, or returns None when one is left open: a chain half
        answered is no better than the whole question answered as one.

        ``scope`` is the projects the chain is about before any sentence names one (a
        project picked, or the one the talk is about).
        """
        sentences = [part for sentence in sentences for part in result_apart(sentence)]
        if len(sentences) < MIN_CHAIN:
            return None
        found: list[Answer] = []
        for at, sentence in enumerate(sentences):
            before = found[-1] if found else None
            # The projects a sentence names hold for it and the sentences after it only; 它的
            # (哪个项目的主管单位是科协然后它的实施单位叫啥) names those the one before found.
            named = self._read(sentence).project_ids
            pointed = _projects_of(before) if at and _PROJECT_BACK.search(sentence) else ()
            scope = named or pointed or scope
            answer = (
                self._later(sentence, sentences[at - 1], before, scope, ask=ask) if at else None
            )
            if answer is None and at and _works_on_before(sentence):
                return None  # 这个差额是企服预算的几倍 alone would be 企服's budget
            answer = answer or ask(sentence, scope)
            if not isinstance(answer, ANSWERED):
                return None
            found.append(answer)
        answers = tuple(answer for answer in found if isinstance(answer, IndicatorAnswer))
        others = tuple(answer for answer in found if not isinstance(answer, IndicatorAnswer))
        return SeveralIndicators(answers, (), others)

    def _later(
        self,
        sentence: str,
        previous: str,
        before: Answer | None,
        scope: tuple[int, ...],
        *,
        ask: PartAsker,
    ) -> Answer | None:
        """Answers a later sentence of a chain on the answer before it, or returns None when it
        says nothing of it (it is then asked alone)."""
        worked = worked_of(before) if before is not None else None
        if worked is None:
            return None
        if _RESULT_BACK.search(sentence) or _COUNTED_BACK.search(sentence):
            return self._on_result(sentence, worked, scope, ask=ask)
        if _OPERANDS_BACK.search(sentence):
            return self._on_operands(sentence, worked)
        result_said = _RESULT_BACK.search(previous)
        opening = _SUBJECTLESS.match(sentence)
        if result_said is None and opening is not None and _RESULT_NAMED.search(previous):
            # 企服和国交的预算差额，是国交预算的几倍: the result named before is the subject.
            said = _RESULT_POINTER + sentence[opening.end() :]
            return self._on_result(said, worked, scope, ask=ask)
        if result_said is not None and opening is not None:
            # 企服比国交多出来的钱，是国交预算的几倍: the result before is the subject.
            said = previous[result_said.start() :] + sentence[opening.end() :]
            return self._on_result(said, worked, scope, ask=ask)
        if share_of_sum(sentence, previous) and worked.calculation.operation is Operation.SUM:
            return self._result_against(sentence, None, worked)  # 国交占比多少: of the sum
        subject = _subject_lent(sentence, previous)
        if subject is not None:
            lent = ask(subject, scope)  # …比上年结转多了多少，然后是结转的几倍
            if isinstance(lent, FigureCalculation):
                return lent
        alone = ask(sentence, scope)
        if isinstance(alone, ANSWERED):
            return alone
        return self._elided(sentence, previous, scope, ask=ask) or self._result_against(
            sentence, None, worked
        )

    def _on_result(
        self, sentence: str, worked: Worked, scope: tuple[int, ...], *, ask: PartAsker
    ) -> Answer | None:
        """Answers a sentence working on the result before: divided among the things it
        counted (平均到这些单位), or set against a figure of a project it names (…的几倍)."""
        pointer = _RESULT_BACK.search(sentence) or _COUNTED_BACK.search(sentence)
        if pointer is None or not worked.calculation.result:
            return None
        result = abs(worked.calculation.result)
        written = format_wan(result) if worked.unit == YUAN else format_number(result)
        unit = "" if worked.unit in (YUAN, None) else worked.unit
        said = sentence[: pointer.start()] + written + (unit or "") + sentence[pointer.end() :]
        answer = ask(said, scope)
        if isinstance(answer, FigureCalculation) and any(
            figure.given and figure.value == result for figure in answer.figures
        ):
            return answer  # the result stood where the pointer was, as a figure the user gave
        return self._result_against(sentence, pointer, worked)

    def _result_against(
        self, sentence: str, pointer: re.Match[str] | None, worked: Worked
    ) -> Answer | None:
        """Sets the result against the one operand before whose project the sentence names:
        多出来的是国交的几倍 is 90万 ÷ 国交's 40万; 国交是多出来的几倍 the other way round.

        With no word pointing back, the sentence asks a share of the result: 两个项目预算加起来
        然后企服占多少比例 is 企服's 130万 ÷ the 170万 added up.
        """
        # 比这个平均数高多少: the pointer's own words (平均) ask nothing of the sentence
        said = (
            sentence
            if pointer is None
            else sentence[: pointer.start()] + sentence[pointer.end() :]
        )
        operation = self._operation_asked(self._read(said))
        if operation is Operation.SHARE:
            operation = Operation.PERCENT_OF  # 这个差额占企服的百分之几: of one figure named
        summed = worked.calculation.operation is Operation.SUM
        if pointer is None and not (operation is Operation.PERCENT_OF and summed):
            return None
        if operation not in WITH_FIGURE or worked.unit is None:
            return None
        mentions = [m for m in self._lexicon.find_projects(sentence) if not m.ambiguous]
        named = {m.project_ids[0] for m in mentions}
        if len(named) != 1:
            return None
        others = [figure for figure in worked.figures if figure.project.id in named]
        if len(others) != 1:
            return None
        result = replace_value(others[0], abs(worked.calculation.result))
        first = pointer is not None and pointer.start() < mentions[0].start
        pair = (result, others[0]) if first else (others[0], result)
        return _computed(operation, pair, worked.unit)

    def _on_operands(self, sentence: str, worked: Worked) -> Answer | None:
        """Computes a sentence's operation over the operands before (两个加起来多少场), when
        it names no project or other thing of its own."""
        sub = self._read(sentence)
        operation = self._operation_asked(sub)
        if operation not in OVER_OPERANDS or sub.project_ids or len(worked.figures) < MIN_OPERANDS:
            return None
        if worked.unit is None:
            return None  # 个 and 人 are not added up
        figures = worked.figures
        if operation is Operation.DIFFERENCE:
            figures = tuple(sorted(figures, key=lambda figure: figure.value, reverse=True))
        return _computed(operation, figures, worked.unit)

    def _elided(
        self, sentence: str, previous: str, scope: tuple[int, ...], *, ask: PartAsker
    ) -> Answer | None:
        """Asks a sentence that leaves out what the sentence before said: the amount divided
        (然后按100家企业平均每家多少) or all but the project (另外国交按12个月呢)."""
        said = self._amount_lent(sentence, previous) or self._project_swapped(sentence, previous)
        if said is None:
            return None
        answer = ask(said, scope)
        return answer if isinstance(answer, FigureCalculation) else None

    def _amount_lent(self, sentence: str, previous: str) -> str | None:
        """Returns the sentence with the amount the sentence before divided, when it divides
        by a clause of its own and names nothing to divide."""
        own, lent = by_clause(sentence), by_clause(previous)
        if own is None or lent is None or not previous[: lent.start].strip():
            return None
        head = self._read(sentence[: own.start])
        if head.project_ids or head.terms or head.rules:
            return None
        return previous[: lent.start] + sentence[own.start :]

    def _project_swapped(self, sentence: str, previous: str) -> str | None:
        """Returns the sentence before with its project replaced by the one a sentence names
        that says nothing else the sentence before does not (国交按12个月呢)."""
        mine = [m for m in self._lexicon.find_projects(sentence) if not m.ambiguous]
        theirs = [m for m in self._lexicon.find_projects(previous) if not m.ambiguous]
        if len(mine) != 1 or len(theirs) != 1 or mine[0].project_ids == theirs[0].project_ids:
            return None
        rest = strip_punctuation(sentence[: mine[0].start] + sentence[mine[0].end :])
        rest = _ELLIPSIS_TAIL.sub("", rest).removeprefix("的")
        if ASKING.search(rest) or rest not in previous:
            return None  # 国交占比多少 asks something of its own
        name = sentence[mine[0].start : mine[0].end]
        return previous[: theirs[0].start] + name + previous[theirs[0].end :]


def points_back(text: str) -> bool:
    """Tells whether a sentence after the first works on the result or the operands of the
    one before it (多出来的, 这个差额, 两个加起来) or is said of its subject (是结转的几倍), or
    asks a share of the sum before it (两项目总共申请多少钱？国交占比多少)."""
    pieces = [part for piece in pieces_of(text) for part in result_apart(piece)]
    return any(
        _points_back(piece)
        or _subject_lent(piece, before) is not None
        or _result_subject(piece, before)
        or share_of_sum(piece, before)
        for before, piece in itertools.pairwise(pieces)
    )


def share_of_sum(sentence: str, previous: str) -> bool:
    """Tells whether a sentence asks the share of a thing it names in the sum the sentence
    before asks (…一共多少？国交在里面占百分之多少; …加起来，企服那个占多少比例), naming no
    whole of its own."""
    return bool(
        _SUM_ASKED.search(previous)
        and _SHARE_ASKED.search(sentence)
        and not _WHOLE_NAMED.search(sentence)
    )


def result_apart(sentence: str) -> list[str]:
    """Splits a sentence naming a calculation's result and working on it in one breath
    (企服和国交预算的差额是国交预算的几倍) into its two asks; other sentences stay whole."""
    cut = _RESULT_THEN_WORKED.search(sentence)
    if cut is None or _RESULT_BACK.search(sentence, 0, cut.end()):
        return [sentence]  # 然后这个差额是企服的几倍: it works on the sentence before
    return [sentence[: cut.end()], sentence[cut.end() :]]


def _result_subject(sentence: str, previous: str) -> bool:
    """Tells whether a sentence opening on its verb works on the result the sentence before
    names at its end (…的预算差额，是国交预算的几倍)."""
    return bool(_SUBJECTLESS.match(sentence) and _RESULT_NAMED.search(previous.rstrip("，,")))


def _points_back(sentence: str) -> bool:
    return _works_on_before(sentence) or bool(_PROJECT_BACK.search(sentence))


def _works_on_before(sentence: str) -> bool:
    """Tells whether a sentence works on the result or the operands of the one before."""
    return bool(_RESULT_BACK.search(sentence) or _OPERANDS_BACK.search(sentence))


def _projects_of(answer: Answer | None) -> tuple[int, ...]:
    """Returns the projects a header fact or an amount was found of (哪个项目的主管单位是科协)."""
    if isinstance(answer, FactAnswer | MoneyAnswer):
        return tuple(project.id for project in answer.projects)
    return ()


def worked_of(answer: Answer) -> Worked | None:
    """Returns the operands and result of a calculation answered, with their one unit."""
    if isinstance(answer, FigureCalculation) and answer.figures and not answer.units_differ:
        units = {figure.unit for figure in answer.figures}
        unit = units.pop() if len(units) == 1 else None
        return Worked(answer.figures, answer.calculation, unit)
    operation = answer.operation if isinstance(answer, MoneyAnswer) else None
    if isinstance(answer, MoneyAnswer) and answer.aggregate is Aggregate.TOTAL:
        operation = Operation.SUM  # 两个项目预算加起来: the amounts added up
    if isinstance(answer, MoneyAnswer) and operation in (*WITH_FIGURE, *ADDED_UP):
        figures = [money_figure(p, answer.field, answer.column) for p in answer.projects]
        kept = tuple(figure for figure in figures if figure is not None)
        if len(kept) != len(figures) or len(kept) < MIN_OPERANDS:
            return None
        calculation = calculate(operation, _operands(kept))
        return None if calculation is None else Worked(kept, calculation, YUAN)
    return None


def replace_value(figure: Figure, value: Decimal) -> Figure:
    """Returns the result before as a figure: the value, counted as the operand it is set
    against, and marked as worked out, not read from the form."""
    return Figure(figure.project, value, figure.unit, previous=True)


def _computed(operation: Operation, figures: tuple[Figure, ...], unit: str) -> Answer | None:
    calculation = calculate(operation, _operands(figures))
    return None if calculation is None else FigureCalculation(calculation, unit, figures=figures)


def _operands(figures: tuple[Figure, ...]) -> tuple[Operand, ...]:
    return tuple(Operand(figure.project.name, figure.value) for figure in figures)


def _subject_lent(sentence: str, previous: str) -> str | None:
    """Returns a sentence that opens on its verb with the subject the comparison before it
    compares (当年财政拨款比上年结转多了多少, 是结转的几倍 → 当年财政拨款是结转的几倍)."""
    opening = _SUBJECTLESS.match(sentence)
    compared = previous.find(COMPARED_MARK)
    if opening is None or compared <= 0:
        return None
    return previous[:compared] + sentence[opening.end() :]
