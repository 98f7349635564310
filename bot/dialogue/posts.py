"""Scheduled group summaries and reminders: what is due, claimed once, and what it says.

Transport-neutral: :class:`PostScheduler` returns :class:`Outgoing` messages; an adapter
sends them and gives a claim back with :meth:`PostScheduler.release` when sending failed.
A post is claimed in the database before it is built, so two bot processes sharing one
database never both post the same period, and a restart never posts a period twice.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlmodel import Session

from bot.dialogue import progress_view as view
from bot.dialogue.callbacks import Callback, encode
from bot.dialogue.context import App, Command, Feature, TurnContext
from bot.dialogue.messages import progress as msg
from bot.dialogue.progress import assess, chart_reply
from bot.dialogue.replies import ChatKind, Option, Reply
from knowledge.access import Role
from knowledge.monitoring import MonitorStatus, ProjectState
from knowledge.schedules import Frequency, Schedule, latest_slot, next_slot, period_key
from nlu.schedules import ScheduleError, is_off, parse_schedule
from storage.monitoring import entries_since, latest_entry_by_user
from storage.schedules import (
    claim_post,
    claim_reminder,
    clear_schedule,
    get_schedule,
    last_post,
    list_schedules,
    opt_out,
    opted_out,
    record_snapshot,
    release_post,
    set_schedule,
)
from storage.tables import aware_utc
from storage.users import get_role

REMINDER_FEATURE = "rm"
STOP_ACTION = "stop"
MANUAL_PERIOD = "manual"
# Names listed in a post's changes; more are summed up by the count.
MAX_CHANGED_NAMES = 8
# Reminders go out from this local hour on, at most once per ISO week and user; who is
# due is worked out at most this often.
REMINDER_HOUR = 10
REMINDER_CHECK_EVERY = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Outgoing:
    """Messages for one chat; ``period`` names the claim to release if sending fails."""

    chat_id: int
    replies: list[Reply]
    period: str | None = None
    reminder_week: str | None = None


@dataclass
class PostScheduler:
    """Finds the posts and reminders due at a moment and builds them."""

    app: App
    reminder_quiet_days: int = 14
    reminders_checked: dt.datetime | None = None

    def due(self, now: dt.datetime) -> list[Outgoing]:
        """Claims and builds every post and reminder due at ``now`` (aware)."""
        local = now.astimezone(self.app.settings.zone)
        with Session(self.app.engine) as session:
            rows = list_schedules(session=session)
        posts = [self._post_if_due(row.chat_id, row.schedule(), row.set_at, local) for row in rows]
        found = [post for post in posts if post is not None]
        checked = self.reminders_checked
        if local.hour >= REMINDER_HOUR and (
            checked is None or now - checked >= REMINDER_CHECK_EVERY
        ):
            self.reminders_checked = now
            found += self.reminders(now)
        return found

    def next_wakeup(self, now: dt.datetime) -> dt.datetime | None:
        """Returns the earliest next slot of any schedule after ``now``."""
        local = now.astimezone(self.app.settings.zone)
        with Session(self.app.engine) as session:
            slots = [next_slot(row.schedule(), local) for row in list_schedules(session=session)]
        return min(slots, default=None)

    def _post_if_due(
        self, chat_id: int, schedule: Schedule, set_at: dt.datetime, local: dt.datetime
    ) -> Outgoing | None:
        slot = latest_slot(schedule, local)
        if slot < aware_utc(set_at):  # Nothing is owed for the time before the subscription.
            return None
        period = period_key(schedule, slot)
        with Session(self.app.engine) as session:
            if not claim_post(session=session, chat_id=chat_id, period=period, now=_utc(local)):
                return None
            replies, snapshot = build_post(
                self.app, session, chat_id=chat_id, period=period, today=local.date()
            )
            record_snapshot(session=session, chat_id=chat_id, period=period, snapshot=snapshot)
        return Outgoing(chat_id, replies, period=period)

    def release(self, outgoing: Outgoing) -> None:
        """Gives back the claim of a post that could not be sent, so it is tried again."""
        if outgoing.period is None:
            return
        with Session(self.app.engine) as session:
            release_post(session=session, chat_id=outgoing.chat_id, period=outgoing.period)

    def reminders(self, now: dt.datetime) -> list[Outgoing]:
        """Claims and builds this week's reminders for staff whose projects fell behind."""
        today = now.astimezone(self.app.settings.zone).date()
        week = _iso_week(today)
        with Session(self.app.engine) as session:
            states = assess(self.app, session, today)
            latest = latest_entry_by_user(session=session)
            stopped = opted_out(session=session)
            due = _reminders_due(
                states, latest=latest, today=today, quiet_days=self.reminder_quiet_days
            )
            found = []
            for user_id, lines in due.items():
                if user_id in stopped or get_role(session=session, user_id=user_id) is None:
                    continue
                if claim_reminder(session=session, user_id=user_id, week=week, now=now):
                    found.append(Outgoing(user_id, [_reminder(lines)], reminder_week=week))
        return found


def _reminder(lines: list[str]) -> Reply:
    stop = Option(msg.REMINDER_STOP, encode(REMINDER_FEATURE, STOP_ACTION))
    return Reply("\n".join(lines), options=(stop,))


def _reminders_due(
    states: list[ProjectState],
    *,
    latest: dict[tuple[int, int], dt.date],
    today: dt.date,
    quiet_days: int,
) -> dict[int, list[str]]:
    """Returns, per user, a reminder line for each project of theirs that is behind and quiet."""
    due: dict[int, list[str]] = {}
    for state in states:
        behind = [s for s in state.indicators if s.status is MonitorStatus.BEHIND]
        if not behind:
            continue
        ids = {s.indicator.id for s in state.indicators}
        last_by_user: dict[int, dt.date] = {}
        for (user_id, indicator_id), day in latest.items():
            if indicator_id in ids:
                last_by_user[user_id] = max(day, last_by_user.get(user_id, day))
        names = view.names_of(state)
        listed = msg.NAME_SEPARATOR.join(names[s.indicator.name] for s in behind)
        for user_id, last in last_by_user.items():
            if (today - last).days >= quiet_days:
                line = msg.REMINDER.format(
                    project=state.project.name, days=(today - last).days, names=listed
                )
                due.setdefault(user_id, []).append(line)
    return due


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)


def build_post(
    app: App, session: Session, *, chat_id: int, period: str, today: dt.date | None = None
) -> tuple[list[Reply], str]:
    """Returns a group post (headlines, changes since the last post, charts) and its snapshot."""
    today = today or app.today()
    states = assess(app, session, today)
    if not states:
        return [Reply(msg.NOTHING)], "{}"
    previous = last_post(session=session, chat_id=chat_id, before=period)
    statuses = {str(s.indicator.id): s.status.value for p in states for s in p.indicators}
    lines = [view.summary_header(states, today=today)]
    lines += [view.headline(state) for state in states]
    lines += _changes(app, session, states, previous_at=previous.sent_at if previous else None)
    if previous is not None:
        lines += _status_changes(states, json.loads(previous.snapshot or "{}"))
    lines += [msg.BUDGET_RULE]
    charts = [chart_reply(state, app=app, today=today) for state in states]
    replies = [Reply("\n".join(lines)), *charts]
    return replies, json.dumps(statuses)


def _changes(
    app: App, session: Session, states: list[ProjectState], *, previous_at: dt.datetime | None
) -> list[str]:
    if previous_at is None:
        return []
    entries = entries_since(session=session, since=previous_at)
    if not entries:
        return [msg.POST_CHANGES_NONE]
    names = _short_names(states)
    seen = list(dict.fromkeys(names.get(e.indicator_id, "") for e in entries))
    listed = [name for name in seen if name][:MAX_CHANGED_NAMES]
    return [msg.POST_CHANGES.format(count=len(entries), names=msg.NAME_SEPARATOR.join(listed))]


def _short_names(states: list[ProjectState]) -> dict[int, str]:
    found: dict[int, str] = {}
    for state in states:
        names = view.names_of(state)
        found.update({s.indicator.id: names[s.indicator.name] for s in state.indicators})
    return found


def _status_changes(states: list[ProjectState], before: dict[str, str]) -> list[str]:
    names = _short_names(states)
    lines = []
    for status, template in (
        (MonitorStatus.DONE, msg.POST_NEW_DONE),
        (MonitorStatus.BEHIND, msg.POST_NEW_BEHIND),
    ):
        changed = [
            names[s.indicator.id]
            for p in states
            for s in p.indicators
            if s.status is status and before.get(str(s.indicator.id)) not in (None, status.value)
        ]
        if changed:
            lines.append(template.format(names=msg.NAME_SEPARATOR.join(changed)))
    return lines


# --- commands -------------------------------------------------------------------------


def schedule_text(schedule: Schedule) -> str:
    """Returns ``每周一 09:00`` and its kin."""
    time = f"{schedule.hour:02d}:{schedule.minute:02d}"
    if schedule.frequency is Frequency.DAILY:
        return msg.WHEN_DAILY.format(time=time)
    if schedule.frequency is Frequency.WEEKLY:
        assert schedule.weekday is not None
        return msg.WHEN_WEEKLY.format(weekday=msg.WEEKDAY_NAMES[schedule.weekday], time=time)
    return msg.WHEN_MONTHLY.format(day=schedule.day, time=time)


def set_group_schedule(ctx: TurnContext, args: str) -> list[Reply]:
    """Sets the group's schedule from ``每周一 9:00`` (the default) or stops it (``关闭``)."""
    chat_id = ctx.turn.chat_id
    if is_off(args):
        clear_schedule(session=ctx.session, chat_id=chat_id)
        return [Reply(msg.SCHEDULE_OFF)]
    try:
        schedule = parse_schedule(args)
    except ScheduleError as error:
        return [Reply(msg.SCHEDULE_BAD.format(text=error.text))]
    set_schedule(
        session=ctx.session,
        chat_id=chat_id,
        schedule=schedule,
        by=ctx.turn.user_id,
        now=ctx.app.clock(),
    )
    zone = ctx.app.settings.timezone
    return [Reply(msg.SCHEDULE_SET.format(when=schedule_text(schedule), zone=zone))]


def stop_group_schedule(ctx: TurnContext) -> None:
    """Stops the group's scheduled posts (the group was unsubscribed)."""
    clear_schedule(session=ctx.session, chat_id=ctx.turn.chat_id)


def show_schedule(ctx: TurnContext, _args: str) -> list[Reply]:
    """Shows the group's schedule and the next posting time."""
    row = get_schedule(session=ctx.session, chat_id=ctx.turn.chat_id)
    if row is None:
        return [Reply(msg.SCHEDULE_NONE)]
    settings = ctx.app.settings
    upcoming = next_slot(row.schedule(), ctx.app.clock().astimezone(settings.zone))
    return [
        Reply(
            msg.SCHEDULE_SHOW.format(
                when=schedule_text(row.schedule()),
                zone=settings.timezone,
                next=upcoming.strftime("%Y-%m-%d %H:%M"),
            )
        )
    ]


def summary_now(ctx: TurnContext, _args: str) -> list[Reply]:
    """Posts the group summary now; it counts as the last post for the next one's changes."""
    if ctx.turn.chat_kind is not ChatKind.GROUP:
        return [Reply(msg.SCHEDULE_GROUP_ONLY)]
    now = ctx.app.clock()
    period = f"{MANUAL_PERIOD}:{now.isoformat(timespec='seconds')}"
    chat_id = ctx.turn.chat_id
    replies, snapshot = build_post(ctx.app, ctx.session, chat_id=chat_id, period=period)
    if claim_post(session=ctx.session, chat_id=chat_id, period=period, now=now):
        record_snapshot(session=ctx.session, chat_id=chat_id, period=period, snapshot=snapshot)
    return replies


def stop_reminders(ctx: TurnContext, callback: Callback) -> list[Reply]:
    """Honours 不再提醒."""
    if callback.action != STOP_ACTION:
        return []
    opt_out(session=ctx.session, user_id=ctx.turn.user_id)
    return [Reply(msg.REMINDER_STOPPED)]


def feature() -> Feature:
    """Returns /schedule, /summary and the 不再提醒 button."""
    return Feature(
        commands=[
            Command("schedule", msg.SCHEDULE_DESCRIPTION, show_schedule),
            Command("summary", msg.SUMMARY_DESCRIPTION, summary_now, min_role=Role.ADMIN),
        ],
        options={REMINDER_FEATURE: stop_reminders},
    )
