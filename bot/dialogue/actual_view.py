"""How recorded actuals read in replies: values, progress lines, entries and error reasons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from bot.dialogue.callbacks import encode
from bot.dialogue.context import TurnContext
from bot.dialogue.messages import record as msg
from bot.dialogue.replies import Option
from knowledge.actuals import (
    ActualError,
    Aggregation,
    DateInFuture,
    DateOutsideYear,
    FarBeyondTarget,
    FractionalCount,
    NegativeValue,
    NotANumber,
    PercentOverLimit,
    Status,
    UnitMismatch,
    UnknownStatus,
)
from knowledge.catalog import IndicatorInfo, ProjectInfo
from knowledge.model import format_number
from knowledge.progress import Progress
from knowledge.values import format_percent
from storage.actuals import Actual, aggregation_for, aggregation_rules, indicator_progress
from storage.tables import aware_utc


def rule_lookup(ctx: TurnContext) -> Callable[[IndicatorInfo], Aggregation]:
    """Returns how indicators add up in this turn, read from the database once per turn."""
    rules = aggregation_rules(session=ctx.session, catalog=ctx.app.catalog)

    def rule(indicator: IndicatorInfo) -> Aggregation:
        found = rules.get(indicator.id)
        if found is None:  # Not in the catalog this turn sees (retired meanwhile).
            return aggregation_for(session=ctx.session, indicator=indicator)
        return found

    return rule


def rule_of(ctx: TurnContext, indicator: IndicatorInfo) -> Aggregation:
    """Returns how the indicator's entries add up (the admin's choice or the default)."""
    return rule_lookup(ctx)(indicator)


def indicator_label(
    ctx: TurnContext, indicator: IndicatorInfo, project: ProjectInfo | None = None
) -> str:
    """Returns a button label for an indicator: its short name, with its project when asked."""
    name = ctx.app.catalog.short_name(indicator.id)
    if project is None:
        return msg.INDICATOR_LABEL.format(name=name)
    return msg.INDICATOR_LABEL_WITH_PROJECT.format(name=name, project=project.name)


def value_text(
    *, rule: Aggregation, indicator: IndicatorInfo, value: str | None, status: str | None
) -> str:
    """Returns an entry's value as shown: ``3 人``, ``3.5 万元``, ``达成``, ``已完成``."""
    if rule is Aggregation.DEADLINE:
        return msg.VALUE_DONE
    if status is not None:
        return msg.VALUE_STATUS.format(status=status)
    if value is None:
        return msg.VALUE_MISSING
    number = format_number(Decimal(value))
    unit = indicator.target.unit
    return msg.VALUE_WITH_UNIT.format(value=number, unit=unit) if unit else number


def entry_text(ctx: TurnContext, entry: Actual) -> str:
    """Returns one entry as a line: date, indicator, value and event."""
    indicator = find_indicator(ctx, entry.indicator_id)
    name = indicator.name if indicator else str(entry.indicator_id)
    value = (
        value_text(
            rule=rule_of(ctx, indicator),
            indicator=indicator,
            value=entry.value,
            status=entry.status,
        )
        if indicator
        else entry.value or entry.status or ""
    )
    extra = msg.HISTORY_EXTRA_EVENT.format(event=entry.event_name) if entry.event_name else ""
    return msg.ENTRY_LINE.format(
        date=entry.event_date.isoformat(), name=name, value=value, extra=extra
    )


def entry_label(ctx: TurnContext, entry: Actual) -> str:
    """Returns what a button acting on an entry names: ``活动参与人数 120人 11-25``."""
    indicator = find_indicator(ctx, entry.indicator_id)
    if indicator is None:
        return msg.ENTRY_LABEL.format(name=entry.indicator_id, value="", date=entry.event_date)
    value = value_text(
        rule=rule_of(ctx, indicator), indicator=indicator, value=entry.value, status=entry.status
    )
    name = ctx.app.catalog.short_name(indicator.id)
    return msg.ENTRY_LABEL.format(
        name=name, value="".join(value.split()), date=entry.event_date.strftime("%m-%d")
    )


def find_indicator(ctx: TurnContext, indicator_id: int) -> IndicatorInfo | None:
    """Returns the indicator from the current catalog, or None when it was retired."""
    try:
        return ctx.app.catalog.indicator(indicator_id)
    except KeyError:
        return None


def progress_text(ctx: TurnContext, indicator: IndicatorInfo) -> str:
    """Returns the indicator's total against its target, as after each change."""
    rule = rule_of(ctx, indicator)
    progress = indicator_progress(session=ctx.session, indicator=indicator)
    return progress_line(indicator=indicator, rule=rule, progress=progress)


def progress_line(*, indicator: IndicatorInfo, rule: Aggregation, progress: Progress) -> str:
    """Returns ``活动参与人数：已完成 195 / 目标 ≥300 人（65%）`` and its kin."""
    target = indicator.target
    goal = (
        f"{target.operator or ''}{format_number(target.value)}"
        if target.value is not None
        else target.display()
    )
    unit = target.unit or ""
    percent = (
        msg.PROGRESS_PERCENT.format(percent=format_percent(progress.ratio))
        if progress.ratio is not None
        else ""
    )
    name = indicator.name
    if rule in (Aggregation.COUNT, Aggregation.MONEY, Aggregation.LEVEL):
        if progress.achieved is None:
            return msg.PROGRESS_LEVEL_NONE.format(name=name, target=goal, unit=unit)
        template = {
            Aggregation.COUNT: msg.PROGRESS_COUNT,
            Aggregation.MONEY: msg.PROGRESS_MONEY,
            Aggregation.LEVEL: msg.PROGRESS_LEVEL,
        }[rule]
        achieved = format_number(progress.achieved)
        return template.format(
            name=name, achieved=achieved, target=goal, unit=unit, percent=percent
        ).replace("  ", " ")
    if rule is Aggregation.DEADLINE and progress.last_date is not None:
        on_time = progress.ratio == 1.0
        return msg.PROGRESS_DEADLINE.format(
            name=name,
            date=progress.last_date.isoformat(),
            target=target.display(),
            status=msg.DEADLINE_ON_TIME if on_time else msg.DEADLINE_LATE,
        )
    if progress.status is None:
        return msg.PROGRESS_STATUS_NONE.format(name=name, target=target.display())
    return msg.PROGRESS_STATUS.format(name=name, status=progress.status, target=target.display())


def reason_text(error: ActualError) -> str:
    """Returns why an entry cannot be recorded as given, in Chinese."""
    if isinstance(error, NotANumber):
        return msg.NOT_A_NUMBER.format(text=error.text)
    if isinstance(error, NegativeValue):
        return msg.NEGATIVE.format(value=format_number(error.value))
    if isinstance(error, FractionalCount):
        return msg.FRACTIONAL.format(value=format_number(error.value))
    if isinstance(error, UnitMismatch):
        if error.expected is None:
            return msg.UNIT_MISMATCH_NO_UNIT.format(unit=error.unit)
        return msg.UNIT_MISMATCH.format(unit=error.unit, expected=error.expected)
    if isinstance(error, PercentOverLimit):
        return msg.PERCENT_OVER.format(value=format_number(error.value))
    if isinstance(error, UnknownStatus):
        return msg.UNKNOWN_STATUS
    return str(error)


def question_text(error: ActualError, *, indicator: IndicatorInfo | None = None) -> str:
    """Returns the 确定吗？ question for unusual but possible input."""
    if isinstance(error, DateInFuture):
        return msg.FUTURE_DATE.format(date=error.date.isoformat(), today=error.today.isoformat())
    if isinstance(error, DateOutsideYear):
        return msg.OUTSIDE_YEAR.format(date=error.date.isoformat(), year=error.year)
    if isinstance(error, FarBeyondTarget):
        return msg.FAR_BEYOND.format(
            name=indicator.name if indicator else "",
            value=format_number(error.value),
            target=format_number(error.target),
            unit=indicator.target.unit or "" if indicator else "",
        )
    return reason_text(error)


def local_time(ctx: TurnContext, moment: dt.datetime) -> str:
    """Returns ``2026-11-20 14:05`` in the configured time zone (SQLite gives naive UTC)."""
    return aware_utc(moment).astimezone(ctx.app.settings.zone).strftime("%Y-%m-%d %H:%M")


STATUS_CODES = {"a": Status.ACHIEVED, "p": Status.PARTIAL, "n": Status.NOT_ACHIEVED}


def value_question(indicator: IndicatorInfo, rule: Aggregation) -> str:
    """Returns the question asking for an entry's value, worded for how it adds up."""
    template = {
        Aggregation.COUNT: msg.ASK_VALUE_COUNT,
        Aggregation.MONEY: msg.ASK_VALUE_MONEY,
        Aggregation.LEVEL: msg.ASK_VALUE_LEVEL,
        Aggregation.STATUS: msg.ASK_VALUE_STATUS,
        Aggregation.DEADLINE: msg.ASK_VALUE_DEADLINE,
    }[rule]
    return template.format(name=indicator.name, unit=indicator.target.unit or "")


def status_options(prefix: str) -> list[Option]:
    """Returns 达成 / 部分达成 / 未达成 as options ``<prefix>:s:<code>``."""
    return [
        Option(msg.STATUS_LABELS[status.value], encode(prefix, "s", code))
        for code, status in STATUS_CODES.items()
    ]


def choose_hint(ctx: TurnContext) -> str:
    """Asks to pick an option the way the transport offers them: tap, or type its number."""
    return msg.CHOOSE_WITH_BUTTONS if ctx.turn.buttons else msg.CHOOSE_BY_NUMBER
