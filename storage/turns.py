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
from storage.tables import Conversation
from storage.users import BotUser

# Where a session keeps the rows the last preload read (``Session.info``).
_PRELOADED_KEY = "goalbot.preloaded_turn"


def preload_turn(*, session: Session, chat_id: int, user_id: int) -> None:
    """Reads the user's role row, the conversation row and every aggregation override.

    The rows land in the session, so that ``get_role`` and ``load_conversation`` that follow
    find them without a query (a missing row is still looked up then, as before); the
    overrides become the session's rules.
    """
    dialect = session.get_bind().dialect.name
    role, conversation, overrides = session.execute(
        _statement(dialect), {"chat_id": chat_id, "user_id": user_id}
    ).one()
    # The identity map holds rows weakly: keep these until the next turn's preload.
    session.info[_PRELOADED_KEY] = (role, conversation)
    remember_overrides(session=session, overrides=_overrides(overrides))


@cache
def _statement(dialect: str) -> Select[Any]:
    """Returns the preload query for a database kind, built once (values are parameters)."""
    user_id, chat_id = (
        bindparam("user_id", type_=BigInteger),
        bindparam("chat_id", type_=BigInteger),
    )
    anchor = sa_select(literal(1).label("one")).subquery("turn")
    return (
        sa_select(BotUser, Conversation, _overrides_json(dialect))
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
