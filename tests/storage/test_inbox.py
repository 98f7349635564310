"""The inbox of received updates: kept until finished, claimed once, re-deliveries dropped."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from bot.dialogue.context import App
from storage.inbox import claim, finish, keep_replies, receive, unfinished
from storage.users import PROCESSED_UPDATE_LIFETIME, PRUNE_EVERY_UPDATES

NOW = dt.datetime(2026, 11, 26, 2, 0, tzinfo=dt.UTC)


def test_an_update_is_kept_until_finished_and_then_dropped_on_redelivery(app: App) -> None:
    with Session(app.engine) as session:
        assert receive(session=session, bot_id=1, updates=[(7, "{}")]) == {7}
        assert receive(session=session, bot_id=1, updates=[(7, "{}")]) == {7}  # still unfinished
        assert [row.update_id for row in unfinished(session=session, bot_id=1)] == [7]
        finish(session=session, bot_id=1, update_ids=[7], now=NOW)
        assert unfinished(session=session, bot_id=1) == []
        assert receive(session=session, bot_id=1, updates=[(7, "{}")]) == set()


def test_a_claim_wins_once_and_only_with_its_transaction(app: App) -> None:
    with Session(app.engine) as session:
        receive(session=session, bot_id=1, updates=[(8, "{}")])
        assert claim(session=session, bot_id=1, update_id=8, now=NOW)
        session.rollback()  # A crash before the commit: the claim is gone with the effect.
        assert claim(session=session, bot_id=1, update_id=8, now=NOW)
        keep_replies(session=session, bot_id=1, update_id=8, replies="[]")
        session.commit()
        assert not claim(session=session, bot_id=1, update_id=8, now=NOW)
        [kept] = unfinished(session=session, bot_id=1)
        assert kept.replies == "[]"  # Replies kept until sent, for a restart to send.


def test_marks_older_than_a_week_are_forgotten_now_and_then(app: App) -> None:
    week_ago = NOW - PROCESSED_UPDATE_LIFETIME - dt.timedelta(hours=1)
    with Session(app.engine) as session:
        finish(session=session, bot_id=1, update_ids=[1], now=week_ago)
        finish(session=session, bot_id=1, update_ids=[2], now=NOW)
        assert receive(session=session, bot_id=1, updates=[(1, "{}")]) == set()  # kept so far
        finish(session=session, bot_id=1, update_ids=[PRUNE_EVERY_UPDATES], now=NOW)
        assert receive(session=session, bot_id=1, updates=[(1, "{}")]) == {1}  # forgotten
        assert receive(session=session, bot_id=1, updates=[(2, "{}")]) == set()  # recent: kept


def test_a_burst_is_kept_and_finished_together(app: App) -> None:
    with Session(app.engine) as session:
        finish(session=session, bot_id=1, update_ids=[20], now=NOW)  # handled earlier
        updates = [(20, "{}"), (21, "{}"), (22, "{}"), (21, "{}")]
        assert receive(session=session, bot_id=1, updates=updates) == {21, 22}
        assert [row.update_id for row in unfinished(session=session, bot_id=1)] == [21, 22]
        assert receive(session=session, bot_id=2, updates=[(21, "{}")]) == {21}  # another bot
        finish(session=session, bot_id=1, update_ids=[21, 22], now=NOW)
        assert unfinished(session=session, bot_id=1) == []
        assert [row.update_id for row in unfinished(session=session, bot_id=2)] == [21]
        assert receive(session=session, bot_id=1, updates=updates) == set()
