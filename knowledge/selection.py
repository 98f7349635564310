"""Selecting rows of the indicator table by their level, unit, operator, kind or target value."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from knowledge.catalog import IndicatorInfo
from knowledge.model import IndicatorKind


@dataclass(frozen=True)
class RowFilter:
    """Conditions a row must meet; None (or empty) means any."""

    level: str | None = None
    unit: str | None = None
    operator: str | None = None
    kind: IndicatorKind | None = None
    value: Decimal | None = None
    unit_aliases: frozenset[str] = frozenset()  # other ways forms write the unit (场次 for 场)
    words: tuple[str, ...] = ()  # words the name must hold (关于安全的指标)
    bound: tuple[str, Decimal] | None = None  # (≥, 50): the target value compared (不低于50)
    target_text: str | None = None  # 提升: words the target is written in (目标是提升的)
    standard: str | None = None  # 计划标准: the 绩效标准 column of old forms
    excluded_operator: str | None = None  # 没写≥的: rows whose target has another operator
    shared: bool = False  # 两个项目都有的: rows whose name another project in scope has too

    @property
    def narrows(self) -> bool:
        """Tells whether any condition other than the level is set."""
        return (
            bool(self.words)
            or any(
                condition is not None
                for condition in (
                    self.unit,
                    self.operator,
                    self.kind,
                    self.value,
                    self.bound,
                    self.target_text,
                    self.standard,
                    self.excluded_operator,
                )
            )
            or self.shared
        )

    def accepts(self, row: IndicatorInfo) -> bool:
        """Tells whether ``row`` meets every condition."""
        target = row.target
        return (
            (self.level is None or self.level in (row.level1, row.level2))
            and (
                self.unit is None
                or target.unit == self.unit
                or (target.unit is not None and target.unit in self.unit_aliases)
            )
            and (self.operator is None or target.operator == self.operator)
            and (self.kind is None or target.kind is self.kind)
            and (self.value is None or target.value == self.value)
            and all(word in "".join(row.name.split()) for word in self.words)
            and (self.bound is None or _within(target.value, *self.bound))
            and (self.target_text is None or self.target_text in "".join(target.raw.split()))
            and (self.standard is None or row.standard == self.standard)
            and (self.excluded_operator is None or target.operator != self.excluded_operator)
        )


def _within(value: Decimal | None, operator: str, limit: Decimal) -> bool:
    """Tells whether a target value meets a bound such as ≥ 50 or > 100."""
    if value is None:
        return False
    compare = _COMPARISONS.get(operator)
    return compare is not None and compare(value, limit)


_COMPARISONS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "≥": lambda value, limit: value >= limit,
    ">": lambda value, limit: value > limit,
    "≤": lambda value, limit: value <= limit,
    "<": lambda value, limit: value < limit,
    "=": lambda value, limit: value == limit,
}


def select_rows(rows: Iterable[IndicatorInfo], row_filter: RowFilter) -> tuple[IndicatorInfo, ...]:
    """Returns the rows that meet ``row_filter``, in table order."""
    return tuple(row for row in rows if row_filter.accepts(row))
