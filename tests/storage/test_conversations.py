"""Conversation state and what a turn reads first: one statement for role, state and rules."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, event
from sqlmodel import Session

from knowledge.access import Role
from knowledge.actuals import Aggregation
from knowledge.catalog import Catalog
from storage.actuals import Author, aggregation_overrides, set_aggregation
from storage.conversations import ConversationState, load_conversation, save_conversation
from storage.tables import Conversation, aware_utc
from storage.turns import preload_turn
from storage.users import get_role, set_role

CHAT, USER, STRANGER = 5001, 2001, 9009
EARLY = dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC)
LATER = EARLY + dt.timedelta(minutes=10)


def _stored_time(engine: Engine) -> dt.datetime:
    with Session(engine) as session:
        row = session.get(Conversation, (CHAT, USER))
        assert row is not None
        return aware_utc(row.updated_at)


def _save_again(engine: Engine, change: dict[str, object] | None = None) -> None:
    """Reads the stored state, changes it (or not) and saves it ten minutes later."""
    with Session(engine) as session:
        state = load_conversation(session=session, chat_id=CHAT, user_id=USER)
        for name, value in (change or {}).items():
            setattr(state, name, value)
        save_conversation(session=session, chat_id=CHAT, user_id=USER, state=state, now=LATER)
        session.commit()


def _first(engine: Engine, state: ConversationState) -> None:
    with Session(engine) as session:
        save_conversation(session=session, chat_id=CHAT, user_id=USER, state=state, now=EARLY)
        session.commit()


def test_an_unchanged_state_without_a_flow_is_not_written_again(engine: Engine) -> None:
    _first(engine, ConversationState(qa_context={"project_ids": [1]}, user_name="王老师"))
    _save_again(engine)
    assert _stored_time(engine) == EARLY
    _save_again(engine, {"qa_context": {"project_ids": [2]}})
    assert _stored_time(engine) == LATER


def test_a_flow_is_written_every_turn_so_that_it_expires_after_the_last_one(
    engine: Engine,
) -> None:
    _first(engine, ConversationState(flow="record", flow_state={"stage": "summary"}))
    _save_again(engine)
    assert _stored_time(engine) == LATER


def test_a_turn_reads_role_state_and_rules_in_one_statement(
    engine: Engine, catalog: Catalog
) -> None:
    indicator = catalog.indicators[0]
    author = Author(user_id=1001)
    with Session(engine) as session:
        set_role(session=session, user_id=USER, role=Role.STAFF, changed_by=1001, via="test")
        set_aggregation(
            session=session, indicator=indicator, aggregation=Aggregation.LEVEL, author=author
        )
        session.commit()
    _first(engine, ConversationState(qa_context={"project_ids": [1]}))
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    with Session(engine) as session:
        state = preload_turn(session=session, chat_id=CHAT, user_id=USER)
        assert state == load_conversation(session=session, chat_id=CHAT, user_id=USER)
        statements.clear()
        state = preload_turn(session=session, chat_id=CHAT, user_id=USER)
        assert state.qa_context == {"project_ids": [1]}
        assert get_role(session=session, user_id=USER) is Role.STAFF
        assert aggregation_overrides(session=session) == {indicator.id: Aggregation.LEVEL}
        assert len(statements) == 1
        # No role and no conversation: known from the same statement, not looked up again.
        assert preload_turn(session=session, chat_id=CHAT, user_id=STRANGER).flow is None
        assert get_role(session=session, user_id=STRANGER) is None
        assert len(statements) == 2


def test_a_role_changed_in_the_turn_is_what_the_turn_then_reads(engine: Engine) -> None:
    with Session(engine) as session:
        preload_turn(session=session, chat_id=CHAT, user_id=USER)
        assert get_role(session=session, user_id=USER) is None
        set_role(session=session, user_id=USER, role=Role.VIEWER, changed_by=1001, via="test")
        assert get_role(session=session, user_id=USER) is Role.VIEWER
        session.commit()
    with Session(engine) as session:
        assert get_role(session=session, user_id=USER) is Role.VIEWER
