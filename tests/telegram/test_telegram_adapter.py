"""Translating updates into turns, and the bookkeeping that makes delivery idempotent."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session
from telegram import CallbackQuery, Message

from bot.dialogue.context import App
from bot.dialogue.replies import ChatKind
from bot.telegram.adapter import pressed_label, turn_from_button, turn_from_message
from storage.users import (
    KeyboardPress,
    SentMessage,
    press_keyboard,
    remember_keyboards,
)

BOT_ID = 123
BOT_NAME = "goalbot_test_bot"
ALICE = {"id": 2002, "is_bot": False, "first_name": "爱丽丝"}
GROUP = {"id": -100500, "type": "supergroup", "title": "项目组"}
PRIVATE = {"id": 2002, "type": "private", "first_name": "爱丽丝"}
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "goalbot", "username": BOT_NAME}


def message(text: str, *, chat: dict[str, Any] = GROUP, **extra: Any) -> Message:
    data = {"message_id": 7, "date": 0, "chat": chat, "from": ALICE, "text": text, **extra}
    return Message.de_json(data, None)


def mention(text: str) -> list[dict[str, Any]]:
    at = f"@{BOT_NAME}"
    return [{"type": "mention", "offset": text.index(at), "length": len(at)}]


def translate(msg: Message) -> Any:
    return turn_from_message(msg, bot_id=BOT_ID, bot_username=BOT_NAME)


def test_private_text_is_addressed_as_it_is() -> None:
    turn = translate(message("预算多少", chat=PRIVATE))
    assert (turn.chat_kind, turn.addressed, turn.text, turn.user_id) == (
        ChatKind.PRIVATE,
        True,
        "预算多少",
        2002,
    )


def test_group_text_without_mention_is_not_addressed() -> None:
    assert translate(message("大家好")).addressed is False


def test_group_mention_is_addressed_and_stripped() -> None:
    text = f"@{BOT_NAME} 预算多少"
    turn = translate(message(text, entities=mention(text)))
    assert turn.addressed and turn.text == "预算多少" and turn.chat_kind is ChatKind.GROUP


def test_group_command_is_addressed_unless_it_names_another_bot() -> None:
    assert translate(message("/help")).addressed
    assert translate(message(f"/help@{BOT_NAME}")).addressed
    assert not translate(message("/help@other_bot")).addressed


def test_text_mention_of_the_bot_is_addressed() -> None:
    entity = {"type": "text_mention", "offset": 0, "length": 2, "user": BOT_USER}
    assert translate(message("助手 预算多少", entities=[entity])).addressed


def test_reply_to_the_bot_is_addressed_and_not_a_grant_target() -> None:
    bot_message = {"message_id": 6, "date": 0, "chat": GROUP, "from": BOT_USER, "text": "答"}
    turn = translate(message("那预算呢", reply_to_message=bot_message))
    assert turn.addressed and turn.reply_to_user_id is None


def test_reply_to_a_member_names_them_for_grant() -> None:
    other = {"id": 3003, "is_bot": False, "first_name": "鲍勃"}
    theirs = {"message_id": 5, "date": 0, "chat": GROUP, "from": other, "text": "嗨"}
    turn = translate(message("/grant staff", reply_to_message=theirs))
    assert turn.reply_to_user_id == 3003 and turn.text == "/grant staff"


def test_messages_from_bots_and_channels_are_ignored() -> None:
    assert (
        turn_from_message(
            Message.de_json(
                {"message_id": 1, "date": 0, "chat": GROUP, "from": BOT_USER, "text": "x"}, None
            ),
            bot_id=BOT_ID,
            bot_username=BOT_NAME,
        )
        is None
    )
    channel = {"id": -100900, "type": "channel", "title": "公告"}
    assert translate(message("x", chat=channel)) is None


def test_pressed_button_becomes_an_option_turn_with_its_label() -> None:
    markup = {"inline_keyboard": [[{"text": "查看者", "callback_data": "grant:viewer"}]]}
    sent = {
        "message_id": 9,
        "date": 0,
        "chat": PRIVATE,
        "from": BOT_USER,
        "text": "请选择",
        "reply_markup": markup,
    }
    query = CallbackQuery.de_json(
        {"id": "q1", "from": ALICE, "chat_instance": "c", "message": sent, "data": "grant:viewer"},
        None,
    )
    turn = turn_from_button(query)
    assert turn is not None
    assert (turn.option, turn.message_id, turn.user_id, turn.text) == (
        "grant:viewer",
        9,
        2002,
        None,
    )
    assert pressed_label(query) == "查看者"


def test_keyboard_is_pressed_once_and_only_by_its_owner(app: App) -> None:
    now = dt.datetime.now(dt.UTC)
    key = {"bot_id": 1, "chat_id": -100500, "message_id": 9}
    with Session(app.engine) as session:
        shown = SentMessage(chat_id=-100500, message_id=9, user_id=2002)
        remember_keyboards(session=session, bot_id=1, sent=[shown])
        assert press_keyboard(session=session, user_id=3003, now=now, **key) is KeyboardPress.OTHER
        assert press_keyboard(session=session, user_id=2002, now=now, **key) is KeyboardPress.OK
        assert (
            press_keyboard(session=session, user_id=2002, now=now, **key) is KeyboardPress.PRESSED
        )


def test_unknown_keyboard_is_let_through_once(app: App) -> None:
    now = dt.datetime.now(dt.UTC)
    key = {"bot_id": 1, "chat_id": 2002, "message_id": 10, "user_id": 2002}
    with Session(app.engine) as session:
        assert press_keyboard(session=session, now=now, **key) is KeyboardPress.OK
        assert press_keyboard(session=session, now=now, **key) is KeyboardPress.PRESSED
