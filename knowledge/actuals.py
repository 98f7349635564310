"""Actual results (实际完成值): how entries add up per indicator, validation and progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from knowledge.errors import GoalbotError
from knowledge.model import Direction, IndicatorKind, Target
from knowledge.progress import Progress
from knowledge.units import MONEY_UNITS, TEN_THOUSAND, YUAN_PER_UNIT

# An entry more than this many times its target is probably a typo (3000 for 300).
FAR_BEYOND_FACTOR = Decimal(10)
MAX_PERCENT = Decimal(100)

# fmt: off
COUNT_UNITS = frozenset({
    "人", "人次", "名", "位", "场", "次", "期", "家", "篇", "个", "条", "套", "起", "项",
    "所", "份", "件", "批", "本", "册", "户", "辆", "部", "支", "门", "台", "座", "处", "轮",
})
# fmt: on
# Units people use for one another when counting: 3名 for a target in 人, 1场 for 次.
_SYNONYMS = (
    frozenset({"人", "人次", "名", "位"}),
    frozenset({"场", "次", "期", "轮"}),
    frozenset({"个", "项", "件"}),
    frozenset({"家", "个", "所"}),
)
_MONEY_NAME_WORDS = ("成本", "支出", "经费", "资金", "费用", "金额")
_LEVEL_NAME_WORDS = ("率", "满意度", "比例", "占比")


class Aggregation(StrEnum):
    """How an indicator's entries add up over the year."""

    COUNT = "count"
    MONEY = "money"
    LEVEL = "level"
    STATUS = "status"
    DEADLINE = "deadline"


class Status(StrEnum):
    """The state of a qualitative indicator."""

    ACHIEVED = "达成"
    PARTIAL = "部分达成"
    NOT_ACHIEVED = "未达成"


STATUS_WORDS: tuple[tuple[str, Status], ...] = (
    # Longest first: 部分达成 and 未达成 contain 达成.
    ("部分达成", Status.PARTIAL),
    ("基本达成", Status.PARTIAL),
    ("部分完成", Status.PARTIAL),
    ("未达成", Status.NOT_ACHIEVED),
    ("没有达成", Status.NOT_ACHIEVED),
    ("没达成", Status.NOT_ACHIEVED),
    ("未完成", Status.NOT_ACHIEVED),
    ("已达成", Status.ACHIEVED),
    ("达成", Status.ACHIEVED),
    ("已完成", Status.ACHIEVED),
    ("完成", Status.ACHIEVED),
    ("已实现", Status.ACHIEVED),
)


@dataclass(frozen=True)
class Quantity:
    """A number as typed, with its unit; ``wan`` marks a bare ``3万`` (3万元 for money)."""

    number: Decimal
    unit: str | None
    text: str
    wan: bool = False
    approximate: bool = False  # 约50人, 三十来人: kept, and said so in the entry's note


@dataclass(frozen=True)
class Entry:
    """One stored entry as progress sees it; ``order`` breaks ties between equal dates."""

    event_date: dt.date
    order: int
    value: Decimal | None = None
    status: Status | None = None


class ActualError(GoalbotError):
    """An entry that cannot be recorded as given."""


class NotANumber(ActualError):
    """The text holds no number."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class NegativeValue(ActualError):
    """Actuals are never negative; a correction is an edit."""

    def __init__(self, value: Decimal) -> None:
        super().__init__(str(value))
        self.value = value


class FractionalCount(ActualError):
    """Counts of people, events and things are whole numbers."""

    def __init__(self, value: Decimal) -> None:
        super().__init__(str(value))
        self.value = value


class UnitMismatch(ActualError):
    """The typed unit does not fit the indicator (``3万元`` for a head count)."""

    def __init__(self, unit: str, expected: str | None) -> None:
        super().__init__(f"{unit} for {expected}")
        self.unit = unit
        self.expected = expected


class PercentOverLimit(ActualError):
    """A rate above 100%."""

    def __init__(self, value: Decimal) -> None:
        super().__init__(str(value))
        self.value = value


class UnknownStatus(ActualError):
    """A qualitative entry without 达成 / 部分达成 / 未达成."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class Questionable(ActualError):
    """Plausible but unusual input that the user should confirm before it is saved."""

    code = "questionable"


class DateInFuture(Questionable):
    """An event date after today."""

    code = "future"

    def __init__(self, date: dt.date, today: dt.date) -> None:
        super().__init__(f"{date} > {today}")
        self.date = date
        self.today = today


class DateOutsideYear(Questionable):
    """An event date outside the project's budget year."""

    code = "year"

    def __init__(self, date: dt.date, year: int) -> None:
        super().__init__(f"{date} not in {year}")
        self.date = date
        self.year = year


class FarBeyondTarget(Questionable):
    """An entry more than :data:`FAR_BEYOND_FACTOR` times the target."""

    code = "beyond"

    def __init__(self, value: Decimal, target: Decimal) -> None:
        super().__init__(f"{value} vs {target}")
        self.value = value
        self.target = target


def default_aggregation(target: Target, name: str) -> Aggregation:
    """Returns how entries add up when no admin chose otherwise, from the unit and the name."""
    if target.kind is IndicatorKind.QUALITATIVE:
        return Aggregation.STATUS
    if target.kind is IndicatorKind.DEADLINE:
        return Aggregation.DEADLINE
    unit = target.unit or ""
    if unit in MONEY_UNITS or unit.endswith("元"):
        return Aggregation.MONEY
    if unit == "%":
        return Aggregation.LEVEL
    if unit in COUNT_UNITS:
        return Aggregation.COUNT
    if any(word in name for word in _MONEY_NAME_WORDS):
        return Aggregation.MONEY
    if any(word in name for word in _LEVEL_NAME_WORDS):
        return Aggregation.LEVEL
    return Aggregation.COUNT


def status_word_at_end(text: str) -> tuple[str, str] | None:
    """Returns ``(before, after)`` around the last status word in ``text``, or None."""
    for word, _status in STATUS_WORDS:
        if word in text:
            before, _, after = text.rpartition(word)
            return before, after
    return None


def parse_status(text: str) -> Status | None:
    """Finds 达成 / 部分达成 / 未达成 (or a word meaning one of them) in ``text``."""
    for word, status in STATUS_WORDS:
        if word in text:
            return status
    return None


def units_fit(unit: str, expected: str | None) -> bool:
    """Tells whether a typed count unit fits the target's unit (名 fits 人, 场 fits 次)."""
    if expected is None or unit == expected:
        return True
    return any(unit in group and expected in group for group in _SYNONYMS)


def accepts_unit(rule: Aggregation, target: Target, unit: str | None) -> bool:
    """Tells whether a quantity written with ``unit`` can be an entry of the indicator."""
    if unit is None:
        return rule in (Aggregation.COUNT, Aggregation.MONEY, Aggregation.LEVEL)
    if rule is Aggregation.MONEY:
        return unit in MONEY_UNITS
    if rule is Aggregation.LEVEL:
        return unit in ("%", target.unit)
    if rule is Aggregation.COUNT:
        return unit not in MONEY_UNITS and unit != "%" and units_fit(unit, target.unit)
    return False


def measure(quantity: Quantity, *, rule: Aggregation, target: Target) -> Decimal:
    """Returns the quantity in the target's unit, or raises why it cannot be an entry."""
    if quantity.number < 0:
        raise NegativeValue(quantity.number)
    if not accepts_unit(rule, target, quantity.unit):
        raise UnitMismatch(_written_unit(quantity), target.unit)
    if rule is Aggregation.MONEY:
        return _money_in_target_unit(quantity, target)
    if rule is Aggregation.LEVEL:
        if (quantity.unit == "%" or target.unit == "%") and quantity.number > MAX_PERCENT:
            raise PercentOverLimit(quantity.number)
        return quantity.number
    if quantity.number != quantity.number.to_integral_value():
        raise FractionalCount(quantity.number)
    return quantity.number


def _written_unit(quantity: Quantity) -> str:
    if quantity.unit == "元" and "万" in quantity.text:
        return "万元"
    return quantity.unit or ""


def _money_in_target_unit(quantity: Quantity, target: Target) -> Decimal:
    if quantity.unit is None and not quantity.wan:
        return quantity.number  # A bare number is read in the target's own unit.
    yuan = quantity.number * YUAN_PER_UNIT.get(quantity.unit or "元", Decimal(1))
    if target.unit == "万元":
        return yuan / TEN_THOUSAND
    return yuan


def check_magnitude(value: Decimal, *, target: Target) -> None:
    """Raises :class:`FarBeyondTarget` for an entry far beyond a positive target."""
    if target.value is not None and target.value > 0 and value > target.value * FAR_BEYOND_FACTOR:
        raise FarBeyondTarget(value, target.value)


def check_date(date: dt.date, *, today: dt.date, year: int) -> None:
    """Raises when the event date is in the future or outside the budget year."""
    if date > today:
        raise DateInFuture(date, today)
    if date.year != year:
        raise DateOutsideYear(date, year)


@dataclass(frozen=True)
class EntryTotals:
    """What progress needs of an indicator's entries: how many, their sum and the latest."""

    count: int = 0
    total: Decimal = Decimal(0)
    latest: Entry | None = None


def summarize_entries(entries: Sequence[Entry]) -> EntryTotals:
    """Returns the totals of ``entries``; storage keeps the same up to date as it writes."""
    latest = max(entries, key=_recency, default=None)
    total = sum((entry.value or Decimal(0) for entry in entries), Decimal(0))
    return EntryTotals(count=len(entries), total=total, latest=latest)


def _recency(entry: Entry) -> tuple[dt.date, int]:
    """Orders entries by event date, ties by entry order: the latest is the largest."""
    return entry.event_date, entry.order


@dataclass(frozen=True)
class TotalsUpdate:
    """Totals after one change of an entry; ``latest_unknown`` when the latest entry was
    removed or moved back, so that it must be read again from the entries."""

    totals: EntryTotals
    latest_unknown: bool = False


def updated_totals(
    totals: EntryTotals, *, removed: Entry | None = None, added: Entry | None = None
) -> TotalsUpdate:
    """Returns ``totals`` without ``removed`` and with ``added`` (an edit is both).

    Count and sum change incrementally; the latest entry does too unless the change takes
    the current latest away (deleted, or dated earlier), which no running total can answer.
    """
    count = totals.count - (removed is not None) + (added is not None)
    total = totals.total - _value(removed) + _value(added)
    latest = totals.latest
    if removed is not None and latest is not None and removed.order == latest.order:
        if added is None or added.order != removed.order or _recency(added) < _recency(removed):
            return TotalsUpdate(EntryTotals(count=count, total=total), latest_unknown=count > 0)
        latest = added
    if added is not None and (latest is None or _recency(added) >= _recency(latest)):
        latest = added
    return TotalsUpdate(EntryTotals(count=count, total=total, latest=latest))


def _value(entry: Entry | None) -> Decimal:
    return Decimal(0) if entry is None or entry.value is None else entry.value


def compute_progress(
    *, indicator_id: int, target: Target, rule: Aggregation, entries: Sequence[Entry]
) -> Progress:
    """Returns what the entries add up to against the target."""
    return progress_from_totals(
        indicator_id=indicator_id, target=target, rule=rule, totals=summarize_entries(entries)
    )


def progress_from_totals(
    *, indicator_id: int, target: Target, rule: Aggregation, totals: EntryTotals
) -> Progress:
    """Returns what entries with ``totals`` add up to against the target."""
    latest = totals.latest
    last_date = latest.event_date if latest else None
    base = Progress(indicator_id=indicator_id, entries=totals.count, last_date=last_date)
    if rule in (Aggregation.COUNT, Aggregation.MONEY):
        total = totals.total
        return replace(base, achieved=total, unit=target.unit, ratio=_ratio(total, target))
    if latest is None:
        return replace(base, unit=target.unit)
    if rule is Aggregation.LEVEL:
        value = latest.value
        ratio = None if value is None else _ratio(value, target)
        return replace(base, achieved=value, unit=target.unit, ratio=ratio)
    if rule is Aggregation.DEADLINE:
        on_time = target.deadline is None or latest.event_date <= target.deadline
        done = Status.ACHIEVED if on_time else Status.NOT_ACHIEVED
        return replace(base, status=done.value, ratio=1.0 if on_time else 0.0)
    status_ratio = {Status.ACHIEVED: 1.0, Status.NOT_ACHIEVED: 0.0}
    status = latest.status
    return replace(
        base,
        status=None if status is None else status.value,
        ratio=None if status is None else status_ratio.get(status),
    )


def _ratio(value: Decimal, target: Target) -> float | None:
    if target.value is None or target.value <= 0:
        return None
    return float(value / target.value)


def lower_is_better(target: Target) -> bool:
    """Tells whether the target is a cap (成本控制数 ≤40万元) rather than a goal to reach."""
    return target.direction is Direction.LOWER


class EntryNotFound(ActualError):
    """No entry with this id (or not one the user may change)."""

    def __init__(self, actual_id: int) -> None:
        super().__init__(str(actual_id))
        self.actual_id = actual_id


class EntryDeleted(ActualError):
    """The entry was already deleted, by this user or another."""

    def __init__(self, actual_id: int) -> None:
        super().__init__(str(actual_id))
        self.actual_id = actual_id


class EntryChanged(ActualError):
    """Someone else changed the entry since it was shown; the edit was not applied."""

    def __init__(self, actual_id: int) -> None:
        super().__init__(str(actual_id))
        self.actual_id = actual_id
