"""The inbox of received updates: kept until finished, claimed once, re-deliveries dropped."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine
from sqlmodel import Session

from storage.inbox import claim, finish, keep_replies, receive, unfinished
from storage.users import PROCESSED_UPDATE_LIFETIME, PRUNE_EVERY_UPDATES

NOW = dt.datetime(2026, 11, 26, 2, 0, tzinfo=dt.UTC)


def test_an_update_is_kept_until_finished_and_then_dropped_on_redelivery(engine: Engine) -> None:
    with Session(engine) as session:
        assert receive(session=session, bot_id=1, updates=[(7, "{}")]) == {7}
        assert receive(session=session, bot_id=1, updates=[(7, "{}")]) == {7}  # still unfinished
        assert [row.update_id for row in unfinished(session=session, bot_id=1)] == [7]
        finish(session=session, bot_id=1, update_ids=[7], now=NOW)
        assert unfinished(session=session, bot_id=1) == []
        assert receive(session=session, bot_id=1, updates=[(7, "{}")]) == set()


def test_a_claim_wins_once_and_only_with_its_transaction(engine: Engine) -> None:
    with Session(engine) as session:
        receive(session=session, bot_id=1, updates=[(8, "{}"), (9, "{}")])
        assert claim(session=session, bot_id=1, update_ids=[8], now=NOW) == {8}
        session.rollback()  # A crash before the commit: the claim is gone with the effect.
        assert claim(session=session, bot_id=1, update_ids=[8, 9, 8], now=NOW) == {8, 9}
        keep_replies(session=session, bot_id=1, replies={8: "[]", 9: '["b"]'})
        session.commit()
        assert claim(session=session, bot_id=1, update_ids=[8, 10], now=NOW) == {10}
        assert claim(session=session, bot_id=2, update_ids=[8], now=NOW) == {8}  # another bot
        kept = unfinished(session=session, bot_id=1)
        # Replies kept until sent, for a restart to send.
        assert [(row.update_id, row.replies) for row in kept] == [(8, "[]"), (9, '["b"]')]


def test_marks_older_than_a_week_are_forgotten_now_and_then(engine: Engine) -> None:
    week_ago = NOW - PROCESSED_UPDATE_LIFETIME - dt.timedelta(hours=1)
    with Session(engine) as session:
        finish(session=session, bot_id=1, update_ids=[1], now=week_ago)
        finish(session=session, bot_id=1, update_ids=[2], now=NOW)
        assert receive(session=session, bot_id=1, updates=[(1, "{}")]) == set()  # kept so far
        finish(session=session, bot_id=1, update_ids=[PRUNE_EVERY_UPDATES], now=NOW)
        assert receive(session=session, bot_id=1, updates=[(1, "{}")]) == {1}  # forgotten
        assert receive(session=session, bot_id=1, updates=[(2, "{}")]) == set()  # recent: kept


def test_a_burst_is_kept_and_finished_together(engine: Engine) -> None:
    with Session(engine) as session:
        finish(session=session, bot_id=1, update_ids=[20], now=NOW)  # handled earlier
        updates = [(20, "{}"), (21, "{}"), (22, "{}"), (21, "{}")]
        assert receive(session=session, bot_id=1, updates=updates) == {21, 22}
        assert [row.update_id for row in unfinished(session=session, bot_id=1)] == [21, 22]
        assert receive(session=session, bot_id=2, updates=[(21, "{}")]) == {21}  # another bot
        finish(session=session, bot_id=1, update_ids=[21, 22], now=NOW)
        assert unfinished(session=session, bot_id=1) == []
        assert [row.update_id for row in unfinished(session=session, bot_id=2)] == [21]
        assert receive(session=session, bot_id=1, updates=updates) == set()


def test_finishing_marks_only_the_updates_no_turn_marked(engine: Engine) -> None:
    with Session(engine) as session:
        receive(session=session, bot_id=1, updates=[(30, "{}"), (31, "{}")])
        claim(session=session, bot_id=1, update_ids=[31], now=NOW)
        session.commit()
        finish(session=session, bot_id=1, update_ids=[30, 31], marked={31}, now=NOW)
        assert unfinished(session=session, bot_id=1) == []
        # 30 (no handler took it) is marked now; 31 keeps the mark its turn committed.
        assert receive(session=session, bot_id=1, updates=[(30, "{}"), (31, "{}")]) == set()
        finish(session=session, bot_id=1, update_ids=[32], marked={32}, now=NOW)
        assert receive(session=session, bot_id=1, updates=[(32, "{}")]) == {32}  # trusted
