"""When scheduled group summaries are due: daily, weekly or monthly slots in local time.

A slot is identified by its period key, so that a post is recorded once per period
whatever the number of bot processes or restarts.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_HOUR = 9
DEFAULT_WEEKDAY = 0  # Monday
# Months never have more than this many days in every month; later days are refused.
MAX_MONTH_DAY = 28


class Frequency(StrEnum):
    """How often a group receives the summary."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Schedule:
    """A group's posting time: ``weekday`` (0 = Monday) for weekly, ``day`` for monthly."""

    frequency: Frequency
    hour: int = DEFAULT_HOUR
    minute: int = 0
    weekday: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not (0 <= self.hour < 24 and 0 <= self.minute < 60):
            raise ValueError(f"bad time {self.hour}:{self.minute}")
        if self.frequency is Frequency.WEEKLY and self.weekday not in range(7):
            raise ValueError(f"bad weekday {self.weekday}")
        if self.frequency is Frequency.MONTHLY and self.day not in range(1, MAX_MONTH_DAY + 1):
            raise ValueError(f"bad day {self.day}")


def latest_slot(schedule: Schedule, now: dt.datetime) -> dt.datetime:
    """Returns the most recent posting time at or before ``now`` (aware, in now's zone)."""
    at = dt.time(schedule.hour, schedule.minute)
    today = dt.datetime.combine(now.date(), at, tzinfo=now.tzinfo)
    if schedule.frequency is Frequency.DAILY:
        return today if today <= now else today - dt.timedelta(days=1)
    if schedule.frequency is Frequency.WEEKLY:
        assert schedule.weekday is not None
        slot = today - dt.timedelta(days=(now.weekday() - schedule.weekday) % 7)
        return slot if slot <= now else slot - dt.timedelta(days=7)
    assert schedule.day is not None
    slot = today.replace(day=schedule.day)
    if slot <= now:
        return slot
    year, month = (now.year, now.month - 1) if now.month > 1 else (now.year - 1, 12)
    return slot.replace(year=year, month=month)


def next_slot(schedule: Schedule, now: dt.datetime) -> dt.datetime:
    """Returns the first posting time strictly after ``now``."""
    latest = latest_slot(schedule, now)
    if schedule.frequency is Frequency.DAILY:
        return latest + dt.timedelta(days=1)
    if schedule.frequency is Frequency.WEEKLY:
        return latest + dt.timedelta(days=7)
    year, month = (latest.year, latest.month + 1) if latest.month < 12 else (latest.year + 1, 1)
    days = calendar.monthrange(year, month)[1]
    return latest.replace(year=year, month=month, day=min(latest.day, days))


def period_key(schedule: Schedule, slot: dt.datetime) -> str:
    """Returns the key of the period a slot opens: ``weekly:2026-11-23``."""
    return f"{schedule.frequency.value}:{slot.date().isoformat()}"


def previous_slot(schedule: Schedule, slot: dt.datetime) -> dt.datetime:
    """Returns the posting time before ``slot`` (the start of what the post reports on)."""
    return latest_slot(schedule, slot - dt.timedelta(seconds=1))
