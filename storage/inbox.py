"""Updates received from Telegram and not yet finished, so that a crash loses none.

An update is kept from the moment it arrives. Its effect and the mark that it was
handled commit in one transaction, together with the replies it produced; the row is
removed once the replies are sent. After a crash, start-up replays every kept update
that has no replies yet (its effect never committed) and sends the stored replies of
the others (their effect committed, the sending did not finish).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Text, delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, Session, SQLModel, col, select

from storage.tables import conflict_insert, utc_now
from storage.users import PROCESSED_UPDATE_LIFETIME, PRUNE_EVERY_UPDATES, ProcessedUpdate


class InboxUpdate(SQLModel, table=True):
    """A received update (its JSON) until its replies are sent."""

    __tablename__ = "inbox_update"

    bot_id: int = Field(sa_type=BigInteger, primary_key=True)
    update_id: int = Field(sa_type=BigInteger, primary_key=True)
    payload: str = Field(sa_type=Text)
    received_at: dt.datetime = Field(default_factory=utc_now)
    replies: str | None = Field(default=None, sa_type=Text)


def receive(*, session: Session, bot_id: int, update_id: int, payload: str) -> bool:
    """Keeps an arriving update; False when it was handled already (a re-delivery). Commits."""
    kept = session.get(InboxUpdate, (bot_id, update_id))
    if kept is None and session.get(ProcessedUpdate, (bot_id, update_id)) is not None:
        return False
    if kept is None:
        session.add(InboxUpdate(bot_id=bot_id, update_id=update_id, payload=payload))
        try:
            session.commit()
        except IntegrityError:  # The same update arrived twice at once: the other one keeps it.
            session.rollback()
    return True


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
    """Stores the replies of a handled update in the caller's transaction, until sent."""
    kept = session.get(InboxUpdate, (bot_id, update_id))
    if kept is None:  # Handled without passing the inbox (a row already finished).
        return
    kept.replies = replies
    session.add(kept)


def finish(*, session: Session, bot_id: int, update_id: int, now: dt.datetime) -> None:
    """Forgets a finished update (marking it handled if no handler did). Commits.

    One update in :data:`PRUNE_EVERY_UPDATES` also forgets the marks of updates handled
    longer ago than Telegram re-delivers, so that table stays small.
    """
    claim(session=session, bot_id=bot_id, update_id=update_id, now=now)
    if update_id % PRUNE_EVERY_UPDATES == 0:
        session.exec(
            delete(ProcessedUpdate).where(
                col(ProcessedUpdate.processed_at) < now - PROCESSED_UPDATE_LIFETIME
            )
        )
    session.exec(
        delete(InboxUpdate).where(
            col(InboxUpdate.bot_id) == bot_id, col(InboxUpdate.update_id) == update_id
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
