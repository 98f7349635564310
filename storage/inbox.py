"""Updates received from Telegram and not yet finished, so that a crash loses none.

An update is kept from the moment it arrives. Its effect and the mark that it was
handled commit in one transaction, together with the replies it produced; the row is
removed once the replies are sent. After a crash, start-up replays every kept update
that has no replies yet (its effect never committed) and sends the stored replies of
the others (their effect committed, the sending did not finish).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from functools import cache

from sqlalchemy import BigInteger, Insert, Text, bindparam, delete, literal, union_all, update
from sqlalchemy import select as sa_select
from sqlmodel import Field, Session, SQLModel, col, select

from storage.tables import InsertFactory, conflict_insert, table_of, utc_now
from storage.users import PROCESSED_UPDATE_LIFETIME, PRUNE_EVERY_UPDATES, ProcessedUpdate


class InboxUpdate(SQLModel, table=True):
    """A received update (its JSON) until its replies are sent."""

    __tablename__ = "inbox_update"

    bot_id: int = Field(sa_type=BigInteger, primary_key=True)
    update_id: int = Field(sa_type=BigInteger, primary_key=True)
    payload: str = Field(sa_type=Text)
    received_at: dt.datetime = Field(default_factory=utc_now)
    replies: str | None = Field(default=None, sa_type=Text)


# The statements every update runs, built once: their values are parameters.
_INBOX, _PROCESSED = table_of(InboxUpdate), table_of(ProcessedUpdate)
_KEEP_REPLIES = (
    update(_INBOX)
    .where(
        _INBOX.c.bot_id == bindparam("kept_bot"),
        _INBOX.c.update_id == bindparam("kept_update"),
    )
    .values(replies=bindparam("replies"))
)
# Which of a burst's ids are kept already (0) or handled already (1), in one statement.
_SEEN = union_all(
    sa_select(_INBOX.c.update_id, literal(0).label("handled")).where(
        _INBOX.c.bot_id == bindparam("bot"),
        _INBOX.c.update_id.in_(bindparam("ids", expanding=True)),
    ),
    sa_select(_PROCESSED.c.update_id, literal(1).label("handled")).where(
        _PROCESSED.c.bot_id == bindparam("bot"),
        _PROCESSED.c.update_id.in_(bindparam("ids", expanding=True)),
    ),
)
_FORGET = delete(_INBOX).where(
    _INBOX.c.bot_id == bindparam("bot"),
    _INBOX.c.update_id.in_(bindparam("ids", expanding=True)),
)
_PRUNE = delete(_PROCESSED).where(_PROCESSED.c.processed_at < bindparam("before"))


@cache
def _keep(insert: InsertFactory) -> Insert:
    """Keeps an arriving update once (another process may be keeping it too)."""
    statement: Insert = insert(_INBOX).on_conflict_do_nothing(
        index_elements=["bot_id", "update_id"]
    )
    return statement


@cache
def _mark(insert: InsertFactory) -> Insert:
    """Marks an update handled once (a second mark of the same update does nothing)."""
    statement: Insert = insert(_PROCESSED).on_conflict_do_nothing(
        index_elements=["bot_id", "update_id"]
    )
    return statement


@cache
def _claim(insert: InsertFactory) -> Insert:
    """Marks updates handled and returns the ids this statement marked."""
    return _mark(insert).returning(_PROCESSED.c.update_id)


def receive(*, session: Session, bot_id: int, updates: Sequence[tuple[int, str]]) -> set[int]:
    """Keeps arriving updates (id, JSON) in one commit; returns the ids to handle.

    An update handled already (marked, no longer kept) is a re-delivery and is left out.
    Two processes keeping the same update at once both go on; the claim decides.
    """
    if not updates:
        return set()
    ids = [update_id for update_id, _payload in updates]
    connection = session.connection()
    seen = connection.execute(_SEEN, {"bot": bot_id, "ids": ids}).all()
    kept = {update_id for update_id, was_handled in seen if not was_handled}
    handled = {update_id for update_id, was_handled in seen if was_handled}
    fresh = {update_id: payload for update_id, payload in updates if update_id not in handled}
    new = [
        {"bot_id": bot_id, "update_id": update_id, "payload": payload, "received_at": utc_now()}
        for update_id, payload in fresh.items()
        if update_id not in kept
    ]
    if new:  # One statement, built once, run for every row of the burst.
        connection.execute(_keep(conflict_insert(session)), new)
    session.commit()
    return set(fresh) | (kept & set(ids))


def claim(
    *, session: Session, bot_id: int, update_ids: Sequence[int], now: dt.datetime
) -> set[int]:
    """Marks updates handled in the caller's transaction; returns the ids that were not yet.

    One conditional INSERT for them all, so two processes handling one update cannot both
    win; the caller commits the marks together with the updates' effects.
    """
    if not update_ids:
        return set()
    rows = [
        {"bot_id": bot_id, "update_id": update_id, "processed_at": now}
        for update_id in dict.fromkeys(update_ids)
    ]
    statement = _claim(conflict_insert(session))
    return set(session.connection().execute(statement, rows).scalars())


def keep_replies(*, session: Session, bot_id: int, replies: Mapping[int, str]) -> None:
    """Stores the replies of handled updates (id → JSON) in the caller's transaction, until
    sent.

    One UPDATE for them all; an update handled without passing the inbox has no row and
    keeps nothing.
    """
    if not replies:
        return
    rows = [
        {"kept_bot": bot_id, "kept_update": update_id, "replies": text}
        for update_id, text in replies.items()
    ]
    session.connection().execute(_KEEP_REPLIES, rows)


def finish(
    *,
    session: Session,
    bot_id: int,
    update_ids: Sequence[int],
    now: dt.datetime,
    marked: Collection[int] = (),
) -> None:
    """Forgets finished updates, marking as handled the ones no handler took (all but
    ``marked``, whose turns committed their marks). Commits.

    When an id passes a multiple of :data:`PRUNE_EVERY_UPDATES`, the marks of updates
    handled longer ago than Telegram re-delivers are forgotten too, so that table stays
    small.
    """
    if not update_ids:
        return
    connection = session.connection()
    rows = [
        {"bot_id": bot_id, "update_id": update_id, "processed_at": now}
        for update_id in update_ids
        if update_id not in marked
    ]
    if rows:
        connection.execute(_mark(conflict_insert(session)), rows)
    if any(update_id % PRUNE_EVERY_UPDATES == 0 for update_id in update_ids):
        connection.execute(_PRUNE, {"before": now - PROCESSED_UPDATE_LIFETIME})
    connection.execute(_FORGET, {"bot": bot_id, "ids": list(update_ids)})
    session.commit()


def unfinished(*, session: Session, bot_id: int) -> list[InboxUpdate]:
    """Returns the kept updates of ``bot_id`` in the order they arrived."""
    rows = session.exec(
        select(InboxUpdate)
        .where(col(InboxUpdate.bot_id) == bot_id)
        .order_by(col(InboxUpdate.update_id))
    )
    return list(rows)
