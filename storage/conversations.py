"""Per (chat, user) conversation state: the flow in progress and the last question's context."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from storage.tables import Conversation, utc_now


@dataclass
class ConversationState:
    """A conversation's state as plain data."""

    flow: str | None = None
    flow_state: dict[str, Any] = field(default_factory=dict)
    qa_context: dict[str, Any] | None = None
    updated_at: dt.datetime | None = None


def load_conversation(*, session: Session, chat_id: int, user_id: int) -> ConversationState:
    """Returns the stored state, or an empty one."""
    row = session.get(Conversation, (chat_id, user_id))
    if row is None:
        return ConversationState()
    updated_at = row.updated_at
    if updated_at.tzinfo is None:  # SQLite hands back naive values.
        updated_at = updated_at.replace(tzinfo=dt.UTC)
    return ConversationState(
        flow=row.flow,
        flow_state=json.loads(row.flow_state or "{}"),
        qa_context=json.loads(row.qa_context) if row.qa_context else None,
        updated_at=updated_at,
    )


def save_conversation(
    *,
    session: Session,
    chat_id: int,
    user_id: int,
    state: ConversationState,
    now: dt.datetime | None = None,
) -> None:
    """Stores ``state`` as of ``now`` (default: the current time); the caller commits."""
    row = session.get(Conversation, (chat_id, user_id)) or Conversation(
        chat_id=chat_id, user_id=user_id
    )
    row.flow = state.flow
    row.flow_state = json.dumps(state.flow_state, ensure_ascii=False)
    row.qa_context = (
        json.dumps(state.qa_context, ensure_ascii=False) if state.qa_context is not None else None
    )
    row.updated_at = now or utc_now()
    session.add(row)
