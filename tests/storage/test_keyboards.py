"""Claiming a pressed keyboard when its record and the press race (two processes)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlmodel import Session

from storage.users import KeyboardPress, SentMessage, press_keyboard, remember_keyboards

NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
BOT = 1
SHOWN = SentMessage(chat_id=2002, message_id=77, user_id=2002)
KEY = {"bot_id": BOT, "chat_id": SHOWN.chat_id, "message_id": SHOWN.message_id}


def _press(session: Session, user_id: int = SHOWN.user_id) -> KeyboardPress:
    return press_keyboard(session=session, user_id=user_id, now=NOW, **KEY)


def test_a_record_arriving_after_the_press_does_not_reopen_the_keyboard(engine: Engine) -> None:
    with Session(engine) as session:
        assert _press(session) is KeyboardPress.OK  # no record yet: let through once
        session.commit()
        remember_keyboards(session=session, bot_id=BOT, sent=[SHOWN])
        assert _press(session) is KeyboardPress.PRESSED
        assert _press(session, user_id=3003) is KeyboardPress.OTHER


@pytest.mark.postgres
@pytest.mark.parametrize("engine", ["postgres"], indirect=True)
@pytest.mark.parametrize("lands_before", ["SELECT", "INSERT INTO SENT_KEYBOARD"])
def test_a_record_landing_while_the_press_looks_still_lets_the_press_win(
    engine: Engine, lands_before: str
) -> None:
    """The press's claim finds no record, then the sending process commits it (before the
    press reads the row, or before it inserts its own): the press must claim the new record
    instead of calling it pressed."""
    landed: list[bool] = []

    def land_record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(lands_before) and not landed:
            landed.append(True)
            with Session(engine) as other:  # the process that sent the message
                remember_keyboards(session=other, bot_id=BOT, sent=[SHOWN])

    with Session(engine) as session:
        connection = session.connection()
        event.listen(connection, "before_cursor_execute", land_record)
        try:
            assert _press(session) is KeyboardPress.OK
        finally:
            event.remove(connection, "before_cursor_execute", land_record)
        session.commit()
        assert landed
        assert _press(session) is KeyboardPress.PRESSED
