"""Figures a calculation can use: an indicator's target, or an amount of a project's funding."""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import assert_never

from knowledge.catalog import IndicatorInfo, ProjectInfo
from knowledge.model import Funding, IndicatorKind
from knowledge.units import YUAN_PER_UNIT
from nlu.intents import MoneyField

YUAN = "元"


@dataclass(frozen=True)
class Figure:
    """One operand: a target or an amount (in 元), with where it was taken from."""

    project: ProjectInfo
    value: Decimal
    unit: str | None
    indicator: IndicatorInfo | None = None
    money: MoneyField | None = None
    quote: str = ""  # the goal sentence a figure was quoted from (接待市民不少于 5000 人次)
    given: bool = False  # the question itself states it (130万服务8000人次)
    shown_as: MoneyField | None = None  # the amount's own name when not its field's
    in_a_year: bool = False  # the periods of a year (12 个月) the question's 一个月 divides by
    converted_from: str = ""  # 周 of 7 天 a 周: a factor converting a figure to the unit asked
    scaled_by: str = ""  # 的一半: the scale a question asks of a figure, as it writes it
    previous: bool = False  # the result of the ask before it (多出来的是国交的几倍)
    shown_quote: str = ""  # the words of ``quote`` an answer shows: its figure's own clause


class Column(StrEnum):
    """The two money columns of a form: this year's application and the whole project."""

    ANNUAL = "annual"
    PROJECT = "project"


# The column each amount is read from first; 其他资金 is written in both, so it follows the
# other figures of a calculation (其他资金占项目资金总额 reads the project column).
NATURAL_COLUMN = {
    MoneyField.BUDGET: Column.ANNUAL,
    MoneyField.ANNUAL_TOTAL: Column.ANNUAL,
    MoneyField.APPROPRIATION: Column.ANNUAL,
    MoneyField.CARRY_OVER: Column.ANNUAL,
    MoneyField.PROJECT_TOTAL: Column.PROJECT,
    MoneyField.FISCAL: Column.PROJECT,
}


# Rules that name one column beside an amount written in both (其他资金（项目总额那边）).
COLUMN_RULES = (
    ("money:project_total", Column.PROJECT),
    ("money:annual_total", Column.ANNUAL),
    ("money:appropriation", Column.ANNUAL),
)
TWO_COLUMN_FIELDS = frozenset({MoneyField.BUDGET, MoneyField.FISCAL, MoneyField.OTHER})
WHOLE_RULE = "aggregate:total"  # 总共, 一共: the whole of one project's amount


# A span of several years a money ask is said of (三年的总盘子, 这几年, 整个周期): the
# project's column, which covers them, never one year's.
_YEARS_SPANNED = re.compile(
    r"(?<![\d第每前后近])(?:[两三四五六七八九十几多]|\d)个?年(?![度级底初末中份前后])"
    r"|这几年|整个(?:项目)?(?:周期|实施期)|全周期|项目周期|实施期(?:内|间)"
)


def spans_years(text: str) -> bool:
    """Tells whether a question asks an amount over several years (三年的总盘子)."""
    return _YEARS_SPANNED.search(text) is not None


def asked_column(
    rules: Set[str], field: MoneyField, *, one_project: bool, years: bool = False
) -> Column | None:
    """Returns the one column a question asks an amount written in both from, if it says so.

    其他资金（项目总额那边）: the project column only. 财政资金总共多少 of one project asks the
    whole, the column 财政资金 is written in (项目资金), not also this year's 当年财政拨款.
    """
    if field not in TWO_COLUMN_FIELDS:
        return None
    said = {column for name, column in COLUMN_RULES if name in rules}
    if len(said) == 1:
        return said.pop()
    if not said and one_project and years:
        return Column.PROJECT  # 数字化改造三年的总盘子: the project's 360万, not this year's
    natural = NATURAL_COLUMN.get(field)
    if not said and one_project and natural is Column.PROJECT and WHOLE_RULE in rules:
        return natural
    return None


# 预算 or 总额 beside a specific amount means the same column (财政资金占总额: the project's).
FOLLOWING = frozenset({MoneyField.BUDGET})


def _columns(funding: Funding, field: MoneyField) -> tuple[Decimal | None, Decimal | None]:
    """Returns the annual and the project-wide amount of ``field``."""
    match field:
        case MoneyField.BUDGET | MoneyField.ANNUAL_TOTAL | MoneyField.PROJECT_TOTAL:
            return funding.annual_total, funding.project_total
        case MoneyField.APPROPRIATION | MoneyField.FISCAL:
            return funding.annual_appropriation, funding.project_fiscal
        case MoneyField.CARRY_OVER:
            return funding.annual_carry_over, None
        case MoneyField.OTHER:
            return funding.annual_other, funding.project_other
        case _:
            assert_never(field)


def amount_of(funding: Funding, field: MoneyField, column: Column | None = None) -> Decimal | None:
    """Returns the amount a money question means, as the answer to it shows first.

    预算 and 其他资金 are the year's column first; 财政资金 and 项目资金总额 the project's.
    """
    annual, project = _columns(funding, field)
    first = column or NATURAL_COLUMN.get(field, Column.ANNUAL)
    ordered = (annual, project) if first is Column.ANNUAL else (project, annual)
    return ordered[0] if ordered[0] is not None else ordered[1]


def money_figure(
    project: ProjectInfo, field: MoneyField, column: Column | None = None
) -> Figure | None:
    """Returns an amount of a project's funding as a figure, None when the form has none."""
    amount = amount_of(project.funding, field, column)
    if amount is None:
        return None
    shown = None
    if field is MoneyField.BUDGET and amount == project.funding.project_total != (
        project.funding.annual_total
    ):
        shown = MoneyField.PROJECT_TOTAL  # 总额 read from the project column is named so
    return Figure(project, amount, YUAN, money=field, shown_as=shown)


def same_column(figures: list[Figure]) -> list[Figure]:
    """Reads amounts written in both columns from the column the other amounts come from."""
    columns = {
        NATURAL_COLUMN[f.money]
        for f in figures
        if f.money in NATURAL_COLUMN and f.money not in FOLLOWING
    }
    if not columns:
        columns = _written_column(figures)
    if len(columns) != 1:
        return figures
    column = columns.pop()
    return [
        (money_figure(f.project, f.money, column) or f)
        if f.money is not None and (f.money not in NATURAL_COLUMN or f.money in FOLLOWING)
        else f
        for f in figures
    ]


def _written_column(figures: list[Figure]) -> set[Column]:
    """Returns the project column when an amount written in both is empty in the year's.

    数字化改造其他资金占总额 on a form spanning years: 其他资金 of the year is 0, of the project
    60万; no one asks the share of nothing, so the operands are read where it is written.
    """
    empty_in_year = [
        f
        for f in figures
        if f.money is MoneyField.OTHER
        and not f.project.funding.annual_other
        and f.project.funding.project_other
    ]
    return {Column.PROJECT} if empty_in_year else set()


def target_figure(project: ProjectInfo, indicator: IndicatorInfo) -> Figure | None:
    """Returns a quantitative target as a figure (money targets in 元), else None."""
    target = indicator.target
    if target.kind is not IndicatorKind.QUANTITATIVE or target.value is None:
        return None
    if target.unit in YUAN_PER_UNIT:
        return Figure(project, target.value * YUAN_PER_UNIT[target.unit], YUAN, indicator)
    return Figure(project, target.value, target.unit, indicator)


def distinct_amounts(figures: list[Figure]) -> list[Figure]:
    """Reads 预算 from the project column when another operand is this year's amount.

    总额扣掉本年度申请的: two operands of one project are never the same amount, so the
    general word takes the column the specific one leaves.
    """
    specific = {
        (f.project.id, f.value) for f in figures if f.money not in (None, MoneyField.BUDGET)
    }
    moved = [
        (money_figure(f.project, f.money, Column.PROJECT) or f)
        if f.money is MoneyField.BUDGET and (f.project.id, f.value) in specific
        else f
        for f in figures
    ]
    # Still the same amount (钱 beside 年度申请额 where no project column is written): one.
    return [
        f
        for f in moved
        if not (f.money is MoneyField.BUDGET and (f.project.id, f.value) in specific)
    ]


# The parts each column of 项目资金 is made of: what is left of it when one part is set aside.
COLUMN_PARTS = {
    Column.ANNUAL: (MoneyField.APPROPRIATION, MoneyField.CARRY_OVER, MoneyField.OTHER),
    Column.PROJECT: (MoneyField.FISCAL, MoneyField.OTHER),
}


def rest_of_column(aside: Set[MoneyField]) -> tuple[Column, tuple[MoneyField, ...]] | None:
    """Returns the column and its other parts when parts of one column are set aside.

    除了当年拨款还有啥钱: 上年结转 and 其他资金 of the year; 非财政的钱: 其他资金 of the project.
    其他资金, written in both columns, and totals set aside nothing that can be told.
    """
    columns = {NATURAL_COLUMN.get(field) for field in aside}
    if len(columns) != 1:
        return None
    column = columns.pop()
    if column is None or not aside <= set(COLUMN_PARTS[column]):
        return None
    rest = tuple(field for field in COLUMN_PARTS[column] if field not in aside)
    return (column, rest) if rest else None
