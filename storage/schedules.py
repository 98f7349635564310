"""Group posting schedules, the record of sent posts, and reminder opt-outs.

A post is claimed by inserting (chat, period) under a unique key before it is sent, so
that two bot processes sharing a database can never both post the same period.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, UniqueConstraint
from sqlmodel import Field, Session, SQLModel, col, select

from knowledge.schedules import Frequency, Schedule
from storage.tables import conflict_insert, table_of, utc_now


class GroupSchedule(SQLModel, table=True):
    """When a registered group receives the progress summary."""

    __tablename__ = "group_schedule"

    chat_id: int = Field(sa_type=BigInteger, primary_key=True)
    frequency: str = Field(max_length=10)
    hour: int
    minute: int
    weekday: int | None = None
    day: int | None = None
    set_by: int = Field(sa_type=BigInteger)
    set_at: dt.datetime = Field(default_factory=utc_now)

    def schedule(self) -> Schedule:
        """Returns the domain schedule."""
        return Schedule(
            Frequency(self.frequency),
            hour=self.hour,
            minute=self.minute,
            weekday=self.weekday,
            day=self.day,
        )


class SentPost(SQLModel, table=True):
    """A scheduled (or /summary) post sent to a group for one period."""

    __tablename__ = "sent_post"
    __table_args__ = (UniqueConstraint("chat_id", "period", name="uq_sent_post_chat_period"),)

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_type=BigInteger, index=True)
    period: str = Field(max_length=40)
    sent_at: dt.datetime = Field(default_factory=utc_now)
    # Each indicator's status when the post was built (JSON), to say what changed since.
    snapshot: str = "{}"


class ReminderOptOut(SQLModel, table=True):
    """A staff member who pressed 不再提醒."""

    __tablename__ = "reminder_opt_out"

    user_id: int = Field(sa_type=BigInteger, primary_key=True)
    at: dt.datetime = Field(default_factory=utc_now)


class ReminderSent(SQLModel, table=True):
    """A reminder sent to a user in one week; the unique key allows one a week."""

    __tablename__ = "reminder_sent"
    __table_args__ = (UniqueConstraint("user_id", "week", name="uq_reminder_user_week"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_type=BigInteger, index=True)
    week: str = Field(max_length=10)
    sent_at: dt.datetime = Field(default_factory=utc_now)


def set_schedule(
    *, session: Session, chat_id: int, schedule: Schedule, by: int, now: dt.datetime
) -> None:
    """Sets the group's schedule, replacing any earlier one; posts are owed from ``now``."""
    row = session.get(GroupSchedule, chat_id) or GroupSchedule(
        chat_id=chat_id, frequency=schedule.frequency.value, hour=0, minute=0, set_by=by
    )
    row.frequency, row.hour, row.minute = schedule.frequency.value, schedule.hour, schedule.minute
    row.weekday, row.day, row.set_by, row.set_at = schedule.weekday, schedule.day, by, now
    session.add(row)


def clear_schedule(*, session: Session, chat_id: int) -> bool:
    """Stops the group's scheduled posts; False when there were none."""
    row = session.get(GroupSchedule, chat_id)
    if row is None:
        return False
    session.delete(row)
    return True


def get_schedule(*, session: Session, chat_id: int) -> GroupSchedule | None:
    """Returns the group's schedule row, if any."""
    return session.get(GroupSchedule, chat_id)


def list_schedules(*, session: Session) -> list[GroupSchedule]:
    """Returns every group's schedule."""
    return list(session.exec(select(GroupSchedule).order_by(col(GroupSchedule.chat_id))))


def _insert_once(
    session: Session, table: type[SQLModel], keys: list[str], **values: object
) -> bool:
    insert = conflict_insert(session)
    statement = insert(table).values(**values).on_conflict_do_nothing(index_elements=keys)
    # RETURNING, not rowcount: psycopg reports -1 for INSERT … ON CONFLICT.
    returned = session.connection().execute(statement.returning(*table_of(table).primary_key))
    return returned.first() is not None


def claim_post(*, session: Session, chat_id: int, period: str, now: dt.datetime) -> bool:
    """Claims the group's post for ``period``; False when it was already claimed (commits)."""
    won = _insert_once(
        session, SentPost, ["chat_id", "period"], chat_id=chat_id, period=period, sent_at=now
    )
    session.commit()
    return won


def record_snapshot(*, session: Session, chat_id: int, period: str, snapshot: str) -> None:
    """Keeps the statuses a claimed post reported, for the next post's changes."""
    row = session.exec(
        select(SentPost).where(SentPost.chat_id == chat_id, SentPost.period == period)
    ).one()
    row.snapshot = snapshot
    session.add(row)
    session.commit()


def release_post(*, session: Session, chat_id: int, period: str) -> None:
    """Gives a claim back after the post could not be sent, so that it is tried again."""
    row = session.exec(
        select(SentPost).where(SentPost.chat_id == chat_id, SentPost.period == period)
    ).first()
    if row is not None:
        session.delete(row)
        session.commit()


def last_post(*, session: Session, chat_id: int, before: str | None = None) -> SentPost | None:
    """Returns the group's latest sent post, other than the one of period ``before``."""
    query = select(SentPost).where(SentPost.chat_id == chat_id)
    if before is not None:
        query = query.where(SentPost.period != before)
    return session.exec(query.order_by(col(SentPost.sent_at).desc())).first()


def opt_out(*, session: Session, user_id: int) -> None:
    """Stops reminders to the user."""
    if session.get(ReminderOptOut, user_id) is None:
        session.add(ReminderOptOut(user_id=user_id))


def opted_out(*, session: Session) -> set[int]:
    """Returns the users who asked not to be reminded."""
    return {row.user_id for row in session.exec(select(ReminderOptOut))}


def claim_reminder(*, session: Session, user_id: int, week: str, now: dt.datetime) -> bool:
    """Claims the user's reminder of ``week``; False when one was already sent (commits)."""
    won = _insert_once(
        session, ReminderSent, ["user_id", "week"], user_id=user_id, week=week, sent_at=now
    )
    session.commit()
    return won
