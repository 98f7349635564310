"""Arithmetic over figures of the forms: sums, differences, ratios, shares and averages."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import assert_never

HUNDRED = Decimal(100)
PERCENT_STEP = Decimal("0.1")  # percentages are shown to one decimal (23.5%)
RATIO_STEP = Decimal("0.01")  # ratios to two (3.25 倍)
FINER_PERCENT_STEP = Decimal("0.01")  # a rounded percentage is also shown to two (8.67%)


class Operation(StrEnum):
    """What is computed from the operands."""

    SUM = "sum"
    AVERAGE = "average"
    DIFFERENCE = "difference"  # first − second
    PERCENT_DIFFERENCE = "percent_difference"  # (first − second) ÷ second
    RATIO = "ratio"  # first ÷ second
    SHARE = "share"  # first ÷ the sum of all
    PERCENT_OF = "percent_of"  # first ÷ second, as a percentage (A 占 B)
    PER = "per"  # first ÷ second of another unit: 40万元 ÷ 300人 = 1333.33元 a person
    PRODUCT = "product"  # first × second: 5周 × 7天 a week = 35天
    OFFSET = "offset"  # first + a signed amount given: 40万 − 10万 砍掉 = 30万 left


@dataclass(frozen=True)
class Operand:
    """A labelled figure (a project's amount, a number quoted from a goal)."""

    label: str
    value: Decimal


@dataclass(frozen=True)
class Calculation:
    """The result of an operation with the operands it came from; ``exact`` unless rounded."""

    operation: Operation
    operands: tuple[Operand, ...]
    result: Decimal
    exact: bool
    finer: Decimal | None = None  # a rounded percentage to two decimals, where they differ

    @property
    def percent(self) -> bool:
        """Tells whether the result is a percentage."""
        return self.operation in (
            Operation.PERCENT_DIFFERENCE,
            Operation.SHARE,
            Operation.PERCENT_OF,
        )


def calculate(
    operation: Operation, operands: tuple[Operand, ...], *, places: int | None = None
) -> Calculation | None:
    """Computes ``operation``; None when the operands do not allow it (division by zero).

    ``places``: the decimal places asked (保留两位小数), else percentages to one, ratios to two.
    """
    step = None if places is None else Decimal(1).scaleb(-places)
    percent_step, ratio_step = step or PERCENT_STEP, step or RATIO_STEP
    values = [operand.value for operand in operands]
    if len(values) < (1 if operation is Operation.SHARE else 2):
        return None
    total = sum(values, Decimal(0))
    match operation:
        case Operation.SUM:
            return Calculation(operation, operands, total, exact=True)
        case Operation.AVERAGE:
            return _rounded(operation, operands, total / len(values), ratio_step)
        case Operation.DIFFERENCE:
            return Calculation(operation, operands, values[0] - values[1], exact=True)
        case Operation.PERCENT_DIFFERENCE:
            if not values[1]:
                return None
            share = (values[0] - values[1]) / values[1] * HUNDRED
            return _percent(operation, operands, share, percent_step, finer=step is None)
        case Operation.RATIO | Operation.PER:
            if not values[1]:
                return None
            return _rounded(operation, operands, values[0] / values[1], ratio_step)
        case Operation.PERCENT_OF:
            if not values[1]:
                return None
            share = values[0] / values[1] * HUNDRED
            return _percent(operation, operands, share, percent_step, finer=step is None)
        case Operation.PRODUCT:
            return Calculation(operation, operands, values[0] * values[1], exact=True)
        case Operation.OFFSET:
            return Calculation(operation, operands, values[0] + values[1], exact=True)
        case Operation.SHARE:
            if not total:
                return None
            share = values[0] / total * HUNDRED
            return _percent(operation, operands, share, percent_step, finer=step is None)
        case _:
            assert_never(operation)


def _rounded(
    operation: Operation, operands: tuple[Operand, ...], value: Decimal, step: Decimal
) -> Calculation:
    rounded = value.quantize(step, rounding=ROUND_HALF_UP)
    exact = rounded == value
    result = rounded.normalize() if exact else rounded
    return Calculation(operation, operands, result, exact=exact)


def _percent(
    operation: Operation,
    operands: tuple[Operand, ...],
    value: Decimal,
    step: Decimal,
    *,
    finer: bool,
) -> Calculation:
    """Rounds a percentage; unless the places were asked, keeps it to two decimals as well
    (约8.7%, 8.67%), as forms and readers write either."""
    calculation = _rounded(operation, operands, value, step)
    if calculation.exact or not finer:
        return calculation
    two = value.quantize(FINER_PERCENT_STEP, rounding=ROUND_HALF_UP)
    return replace(calculation, finer=two) if two != calculation.result else calculation


def scaled(
    operand: Operand, *, numerator: Decimal, denominator: Decimal, label: str
) -> Calculation | None:
    """Multiplies one figure by ``numerator / denominator`` (预算的三分之一), exact where it
    can be: 300 × 1/3 is 100, not 99.99."""
    if not denominator:
        return None
    factor = Operand(label, numerator / denominator)
    value = operand.value * numerator / denominator
    return _rounded(Operation.PRODUCT, (operand, factor), value, RATIO_STEP)
