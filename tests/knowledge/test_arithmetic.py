from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.arithmetic import Operand, Operation, calculate


def _operands(*values: str) -> tuple[Operand, ...]:
    return tuple(Operand(f"x{i}", Decimal(value)) for i, value in enumerate(values))


@pytest.mark.parametrize(
    ("operation", "values", "result", "exact"),
    [
        (Operation.SUM, ("19", "28"), "47", True),
        (Operation.AVERAGE, ("1300000", "400000"), "850000", True),
        (Operation.DIFFERENCE, ("400000", "1300000"), "-900000", True),
        (Operation.PERCENT_DIFFERENCE, ("400000", "1300000"), "-69.2", False),
        (Operation.RATIO, ("1300000", "400000"), "3.25", True),
        (Operation.SHARE, ("400000", "1300000"), "23.5", False),
        (Operation.PERCENT_OF, ("3000000", "3600000"), "83.3", False),
        (Operation.PERCENT_OF, ("1", "4"), "25", True),
    ],
    ids=["sum", "average", "difference", "percent-less", "ratio", "share", "percent-of", "exact"],
)
def test_calculate_gives_exact_or_rounded_decimals(
    operation: Operation, values: tuple[str, ...], result: str, exact: bool
) -> None:
    calculation = calculate(operation, _operands(*values))
    assert calculation is not None
    assert calculation.result == Decimal(result)
    assert calculation.exact is exact


def test_division_by_zero_is_not_computed() -> None:
    assert calculate(Operation.RATIO, _operands("5", "0")) is None
    assert calculate(Operation.PERCENT_DIFFERENCE, _operands("5", "0")) is None


def test_one_operand_is_not_a_sum() -> None:
    assert calculate(Operation.SUM, _operands("5")) is None
