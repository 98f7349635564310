"""Posting slots at fixed times: latest, next and period keys for each frequency."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.schedules import Frequency, Schedule, latest_slot, next_slot, period_key

SHANGHAI = ZoneInfo("Asia/Shanghai")
WEEKLY = Schedule(Frequency.WEEKLY, hour=9, weekday=0)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("now", "latest", "following"),
    [
        ("2026-11-23 09:00", "2026-11-23 09:00", "2026-11-30 09:00"),  # Monday, on the dot
        ("2026-11-23 08:59", "2026-11-16 09:00", "2026-11-23 09:00"),
        ("2026-11-26 14:00", "2026-11-23 09:00", "2026-11-30 09:00"),  # Thursday
    ],
    ids=["on-time", "a-minute-early", "mid-week"],
)
def test_weekly_slots(now: str, latest: str, following: str) -> None:
    assert latest_slot(WEEKLY, at(now)) == at(latest)
    assert next_slot(WEEKLY, at(now)) == at(following)


def test_daily_and_monthly_slots_cross_month_and_year() -> None:
    daily = Schedule(Frequency.DAILY, hour=18)
    assert latest_slot(daily, at("2026-12-01 17:00")) == at("2026-11-30 18:00")
    monthly = Schedule(Frequency.MONTHLY, hour=9, day=1)
    assert latest_slot(monthly, at("2026-01-01 08:00")) == at("2025-12-01 09:00")
    assert next_slot(monthly, at("2026-12-15 08:00")) == at("2027-01-01 09:00")


def test_period_key_names_the_slot_day() -> None:
    assert period_key(WEEKLY, at("2026-11-23 09:00")) == "weekly:2026-11-23"


def test_schedule_refuses_impossible_values() -> None:
    with pytest.raises(ValueError):
        Schedule(Frequency.MONTHLY, day=31)
    with pytest.raises(ValueError):
        Schedule(Frequency.DAILY, hour=24)
