"""What every turn reads first, in one statement: the user's role, the conversation, and how
the admins chose to add indicators up.

Each statement costs a round trip to PostgreSQL (and a pass through SQLAlchemy): reading the
three separately made them a third of a progress question's statements.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, and_, bindparam, func, literal
from sqlalchemy import select as sa_select
from sqlalchemy.sql import Select
from sqlmodel import Session, col

from knowledge.actuals import Aggregation
from storage.actuals import AggregationOverride, remember_overrides
from storage.conversations import ConversationState, conversation_state
from storage.tables import Conversation
from storage.users import BotUser, remember_role


def preload_turn(*, session: Session, chat_id: int, user_id: int) -> ConversationState:
    """Reads the user's role, the conversation and every aggregation override; returns the
    conversation's state.

    The role is kept for ``get_role`` in this transaction, the overrides become the
    session's rules: neither needs another query in this turn.
    """
    dialect = session.get_bind().dialect.name
    found = (
        session.connection()
        .execute(_statement(dialect), {"chat_id": chat_id, "user_id": user_id})
        .one()
    )
    role, stored, flow, flow_state, qa_context, updated_at, overrides = found
    remember_role(session=session, user_id=user_id, role=role)
    remember_overrides(session=session, overrides=_overrides(overrides))
    if stored is None:
        return ConversationState()
    return conversation_state(
        flow=flow, flow_state=flow_state, qa_context=qa_context, updated_at=updated_at
    )


@cache
def _statement(dialect: str) -> Select[Any]:
    """Returns the preload query for a database kind, built once (values are parameters)."""
    user_id = bindparam("user_id", type_=BigInteger)
    chat_id = bindparam("chat_id", type_=BigInteger)
    anchor = sa_select(literal(1).label("one")).subquery("turn")
    return (
        sa_select(
            col(BotUser.role),
            col(Conversation.user_id),
            col(Conversation.flow),
            col(Conversation.flow_state),
            col(Conversation.qa_context),
            col(Conversation.updated_at),
            _overrides_json(dialect),
        )
        .select_from(anchor)
        .outerjoin(BotUser, col(BotUser.user_id) == user_id)
        .outerjoin(
            Conversation,
            and_(col(Conversation.chat_id) == chat_id, col(Conversation.user_id) == user_id),
        )
    )


def _overrides_json(dialect: str) -> ColumnElement[Any]:
    """Returns every override as one JSON object (indicator id → aggregation)."""
    pairs = (col(AggregationOverride.indicator_id), col(AggregationOverride.aggregation))
    gather = func.json_object_agg if dialect == "postgresql" else func.json_group_object
    return sa_select(gather(*pairs)).scalar_subquery().label("overrides")


def _overrides(found: object) -> dict[int, Aggregation]:
    """Reads the JSON object (text on SQLite, parsed on PostgreSQL, NULL when empty)."""
    data = json.loads(found) if isinstance(found, str) else found
    if not isinstance(data, dict):
        return {}
    return {int(indicator_id): Aggregation(rule) for indicator_id, rule in data.items()}
