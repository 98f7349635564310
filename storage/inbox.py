"""Updates received from Telegram and not yet finished, so that a crash loses none.

An update is kept from the moment it arrives. Its effect and the mark that it was
handled commit in one transaction, together with the replies it produced; the row is
removed once the replies are sent. After a crash, start-up replays every kept update
that has no replies yet (its effect never committed) and sends the stored replies of
the others (their effect committed, the sending did not finish).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import BigInteger, Text, delete, update
from sqlmodel import Field, Session, SQLModel, col, select

from storage.tables import conflict_insert, table_of, utc_now
from storage.users import PROCESSED_UPDATE_LIFETIME, PRUNE_EVERY_UPDATES, ProcessedUpdate


class InboxUpdate(SQLModel, table=True):
    """A received update (its JSON) until its replies are sent."""

    __tablename__ = "inbox_update"

    bot_id: int = Field(sa_type=BigInteger, primary_key=True)
    update_id: int = Field(sa_type=BigInteger, primary_key=True)
    payload: str = Field(sa_type=Text)
    received_at: dt.datetime = Field(default_factory=utc_now)
    replies: str | None = Field(default=None, sa_type=Text)


def receive(*, session: Session, bot_id: int, updates: Sequence[tuple[int, str]]) -> set[int]:
    """Keeps arriving updates (id, JSON) in one commit; returns the ids to handle.

    An update handled already (marked, no longer kept) is a re-delivery and is left out.
    Two processes keeping the same update at once both go on; the claim decides.
    """
    if not updates:
        return set()
    ids = [update_id for update_id, _payload in updates]
    kept = set(
        session.exec(
            select(InboxUpdate.update_id).where(
                col(InboxUpdate.bot_id) == bot_id, col(InboxUpdate.update_id).in_(ids)
            )
        )
    )
    handled = set(
        session.exec(
            select(ProcessedUpdate.update_id).where(
                col(ProcessedUpdate.bot_id) == bot_id, col(ProcessedUpdate.update_id).in_(ids)
            )
        )
    )
    fresh = {update_id: payload for update_id, payload in updates if update_id not in handled}
    new = [
        {"bot_id": bot_id, "update_id": update_id, "payload": payload, "received_at": utc_now()}
        for update_id, payload in fresh.items()
        if update_id not in kept
    ]
    if new:
        insert = conflict_insert(session)
        session.execute(
            insert(InboxUpdate)
            .values(new)
            .on_conflict_do_nothing(index_elements=["bot_id", "update_id"])
        )
    session.commit()
    return set(fresh) | (kept & set(ids))


def claim(*, session: Session, bot_id: int, update_id: int, now: dt.datetime) -> bool:
    """Marks the update handled in the caller's transaction; False when it already was.

    A single conditional INSERT, so two processes handling one update cannot both win;
    the caller commits the mark together with the update's effect.
    """
    insert = conflict_insert(session)
    statement = (
        insert(ProcessedUpdate)
        .values(bot_id=bot_id, update_id=update_id, processed_at=now)
        .on_conflict_do_nothing(index_elements=["bot_id", "update_id"])
        .returning(col(ProcessedUpdate.update_id))
    )
    return session.execute(statement).first() is not None


def keep_replies(*, session: Session, bot_id: int, update_id: int, replies: str) -> None:
    """Stores the replies of a handled update in the caller's transaction, until sent.

    One UPDATE; an update handled without passing the inbox has no row and keeps nothing.
    """
    session.execute(
        update(InboxUpdate)
        .where(col(InboxUpdate.bot_id) == bot_id, col(InboxUpdate.update_id) == update_id)
        .values(replies=replies)
    )


def finish(*, session: Session, bot_id: int, update_ids: Sequence[int], now: dt.datetime) -> None:
    """Forgets finished updates (marking the ones no handler took as handled). Commits.

    When an id passes a multiple of :data:`PRUNE_EVERY_UPDATES`, the marks of updates
    handled longer ago than Telegram re-delivers are forgotten too, so that table stays
    small.
    """
    if not update_ids:
        return
    insert = conflict_insert(session)
    statement = insert(table_of(ProcessedUpdate)).on_conflict_do_nothing(
        index_elements=["bot_id", "update_id"]
    )
    rows = [{"bot_id": bot_id, "update_id": i, "processed_at": now} for i in update_ids]
    session.connection().execute(statement, rows)
    if any(update_id % PRUNE_EVERY_UPDATES == 0 for update_id in update_ids):
        session.exec(
            delete(ProcessedUpdate).where(
                col(ProcessedUpdate.processed_at) < now - PROCESSED_UPDATE_LIFETIME
            )
        )
    session.exec(
        delete(InboxUpdate).where(
            col(InboxUpdate.bot_id) == bot_id, col(InboxUpdate.update_id).in_(update_ids)
        )
    )
    session.commit()


def unfinished(*, session: Session, bot_id: int) -> list[InboxUpdate]:
    """Returns the kept updates of ``bot_id`` in the order they arrived."""
    rows = session.exec(
        select(InboxUpdate)
        .where(col(InboxUpdate.bot_id) == bot_id)
        .order_by(col(InboxUpdate.update_id))
    )
    return list(rows)
