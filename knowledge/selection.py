"""Selecting rows of the indicator table by their level, unit, operator, kind or target value."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from knowledge.catalog import IndicatorInfo
from knowledge.model import IndicatorKind, Target
from knowledge.units import YUAN_PER_UNIT


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
    other_bound: tuple[str, Decimal] | None = None  # (≤, 100) of 在10到100之间: a second bound
    target_text: str | None = None  # 提升: words the target is written in (目标是提升的)
    other_targets: tuple[str, ...] = ()  # 减少 of 降低或减少: other words it may be written in
    other_units: tuple[str, ...] = ()  # 套 of 以篇或套计的: another unit the rows may count in
    standard: str | None = None  # 计划标准: the 绩效标准 column of old forms
    excluded_operator: str | None = None  # 没写≥的: rows whose target has another operator
    excluded_level: str | None = None  # 除了产出指标以外: rows under any other heading
    excluded_kind: IndicatorKind | None = None  # 不是定性的: rows of any other kind
    excluded_standard: str | None = None  # 不是计划标准的: rows of any other 绩效标准
    shared: bool = False  # 两个项目都有的: rows whose name another project in scope has too
    excluded_shared: bool = False  # 排除掉两个项目都有的: rows whose name no other project has
    other_operators: tuple[str, ...] = ()  # ≤ of 带≥或者≤的: another operator rows may have
    other_excluded: tuple[str, ...] = ()  # ≤ of 没写≥或≤的: another operator rows must lack
    excluded_unit: str | None = None  # 不以人计的: rows counting in any other unit, or none
    other_excluded_units: tuple[str, ...] = ()  # 场 of 除了以人计和以场计的: left out too
    other_standards: tuple[str, ...] = ()  # 历史标准 of 行业标准或历史标准: another one asked
    other_excluded_levels: tuple[str, ...] = ()  # 质量指标 of 除了数量指标和质量指标: left out too
    excluded_words: tuple[str, ...] = ()  # 参会人数不算: words the name must not hold
    direction: str | None = None  # SMALLER (逆向, 越小越好) or LARGER (正向) is better
    excluded_targets: tuple[str, ...] = ()  # 除了写降低的: texts the target must not be
    due: DueSaid | None = None  # 12月底前要完成的: the date a deadline row's target falls on

    @property
    def narrows(self) -> bool:
        """Tells whether any condition other than the level is set."""
        return (
            bool(self.words)
            or bool(self.excluded_words)
            or bool(self.excluded_targets)
            or any(
                condition is not None
                for condition in (
                    self.unit,
                    self.operator,
                    self.kind,
                    self.value,
                    self.bound,
                    self.other_bound,
                    self.target_text,
                    self.standard,
                    self.excluded_operator,
                    self.excluded_unit,
                    self.excluded_level,
                    self.excluded_kind,
                    self.excluded_standard,
                    self.direction,
                    self.due,
                )
            )
            or self.shared
            or self.excluded_shared
        )

    def _written_as(self, raw: str) -> bool:
        """Tells whether a target is written in the words asked (提升, or 降低 or 减少)."""
        return _written_as_any(raw, (self.target_text or "", *self.other_targets))

    @cached_property
    def keeps_every_row(self) -> bool:
        """Tells whether no condition is set (一共多少个指标): no row need be tested."""
        return self == RowFilter()

    def accepts(self, row: IndicatorInfo) -> bool:
        """Tells whether ``row`` meets every condition."""
        return self._placed(row) and self._counted(row) and self._written(row)

    def _placed(self, row: IndicatorInfo) -> bool:
        """Tells whether a row's headings, name and 绩效标准 meet the conditions."""
        headings = (row.level1, row.level2)
        return (
            (self.level is None or self.level in headings)
            and (self.excluded_level is None or self.excluded_level not in headings)
            and not set(self.other_excluded_levels) & set(headings)
            and all(word in "".join(row.name.split()) for word in self.words)
            and not any(word in "".join(row.name.split()) for word in self.excluded_words)
            and (self.standard is None or row.standard in (self.standard, *self.other_standards))
            and (self.excluded_standard is None or row.standard != self.excluded_standard)
        )

    def _counted(self, row: IndicatorInfo) -> bool:
        """Tells whether a row's unit, value and bound meet the conditions."""
        target = row.target
        return (
            (
                self.unit is None
                or target.unit in (self.unit, *self.other_units)
                or (target.unit is not None and target.unit in self.unit_aliases)
            )
            and (
                self.excluded_unit is None
                or target.unit not in (self.excluded_unit, *self.other_excluded_units)
            )
            and (self.value is None or self.value in _values_of(target))
            and (self.bound is None or _within(target.value, *self.bound))
            and (self.other_bound is None or _within(target.value, *self.other_bound))
        )

    def _written(self, row: IndicatorInfo) -> bool:
        """Tells whether how a row's target is written (≥, 定性, 提升) meets the conditions."""
        target = row.target
        return (
            (self.operator is None or target.operator in (self.operator, *self.other_operators))
            and (
                self.excluded_operator is None
                or target.operator not in (self.excluded_operator, *self.other_excluded)
            )
            and (self.kind is None or target.kind is self.kind)
            and (self.excluded_kind is None or target.kind is not self.excluded_kind)
            and (self.target_text is None or self._written_as(target.raw))
            and not (self.excluded_targets and _written_as_any(target.raw, self.excluded_targets))
            and (
                self.direction is None or (self.direction == SMALLER) is smaller_is_better(target)
            )
            and (self.due is None or self.due.fits(target))
        )


@dataclass(frozen=True)
class DueSaid:
    """A date a question says rows are due by (2026年12月底前, 9月30日前): its year and day
    when said; a month said alone (12月底前) fits any day of it."""

    month: int
    year: int | None = None
    day: int | None = None

    def fits(self, target: Target) -> bool:
        """Tells whether a deadline target falls on this date (2026年12月底前 on 12月底前)."""
        due = target.deadline
        return (
            due is not None
            and due.month == self.month
            and (self.year is None or due.year == self.year)
            and (self.day is None or due.day == self.day)
        )


SMALLER = "smaller"  # 逆向指标: rows whose target caps a figure (≤130万元, =0起)
LARGER = "larger"  # 正向指标: every other row
CAPPING_OPERATORS = frozenset({"≤", "<"})


# 设施能耗：降低, 设备故障次数：减少: a qualitative target asking a figure to fall
FALLING_WORDS = ("降低", "减少", "下降", "缩短", "压减", "压缩", "减小", "减轻")


def smaller_is_better(target: Target) -> bool:
    """Tells whether a target caps its figure (≤, <, =0 such as accidents) or asks it to fall
    (降低): smaller is better."""
    return (
        target.operator in CAPPING_OPERATORS
        or (target.operator == "=" and target.value is not None and target.value == 0)
        or (target.value is None and _written_as_any(target.raw, FALLING_WORDS))
    )


def _written_as_any(raw: str, words: tuple[str, ...]) -> bool:
    """Tells whether a target's text holds one of ``words`` (降低 or 减少)."""
    written = "".join(raw.split())
    return any(word in written for word in words)


def _values_of(target: Target) -> tuple[Decimal | None, ...]:
    """A target's value, and in 元 too when it counts money (130万元 is said 130万)."""
    per_unit = YUAN_PER_UNIT.get(target.unit or "")
    if target.value is None or per_unit is None:
        return (target.value,)
    return (target.value, target.value * per_unit)


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
    if row_filter.keeps_every_row:
        return tuple(rows)  # at 10,000 rows, testing each took 10 ms
    return tuple(row for row in rows if row_filter.accepts(row))
