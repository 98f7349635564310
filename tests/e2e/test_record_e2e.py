"""Logging an event from a phone through the real bot process and the Bot API stand-in."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlmodel import Session, col, select

from storage.actuals import Actual
from tests.e2e.botapi import BotApi, user
from tests.e2e.conftest import ADMIN_ID, StartBot

pytestmark = pytest.mark.e2e

ADMIN = user(ADMIN_ID, "管理员")
STAFF_ID = 3101
STAFF = user(STAFF_ID, "王老师")
REPLY_TIMEOUT = 20.0


def _buttons(message: dict[str, Any]) -> dict[str, str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return {button["text"]: button["callback_data"] for row in rows for button in row}


class StaffPhone:
    """The staff member's phone: sends messages, presses buttons, reads the bot's texts."""

    def __init__(self, api: BotApi) -> None:
        self.api = api
        self.seen = len(api.texts_to(STAFF_ID))

    def send(self, text: str) -> str:
        """Sends a message and returns the bot's next text."""
        self.api.say(STAFF, text)
        return self.next_text()

    def press(self, label: str) -> str:
        """Presses the button ``label`` under the bot's latest message offering it."""
        message = self._message_with(label)
        self.api.press(STAFF, message, _buttons(message)[label])
        return self.next_text()

    def keyboard(self, label: str) -> tuple[dict[str, Any], str]:
        """Returns a copy of the message offering ``label`` and the button's data."""
        message = self._message_with(label)
        return copy.deepcopy(message), _buttons(message)[label]

    def _message_with(self, label: str) -> dict[str, Any]:
        for (chat, _), message in reversed(list(self.api.messages.items())):
            if chat == STAFF_ID and label in _buttons(message):
                return dict(message)
        raise AssertionError(f"no button {label!r} was offered")

    def next_text(self) -> str:
        """Waits for the bot's next text to this phone and returns it."""
        texts = self.api.wait_for_texts(STAFF_ID, self.seen + 1, timeout=REPLY_TIMEOUT)
        self.seen = len(texts)
        return texts[-1]


def _grant_staff(api: BotApi) -> None:
    api.say(ADMIN, f"/grant {STAFF_ID}")
    api.wait_for_texts(ADMIN_ID, 1, timeout=REPLY_TIMEOUT)
    keyboard = api.sent_message(ADMIN_ID, str(STAFF_ID))
    api.press(ADMIN, keyboard, api.button_data(keyboard, "工作人员"))
    api.wait_for_texts(ADMIN_ID, 2, timeout=REPLY_TIMEOUT)


def _entries(database_url: str) -> list[Actual]:
    engine = create_engine(database_url)
    try:
        with Session(engine) as session:
            return list(session.exec(select(Actual).where(col(Actual.deleted).is_(False))))
    finally:
        engine.dispose()


def test_staff_logs_an_event_from_a_phone(
    botapi: BotApi, start_bot: StartBot, bot_env: dict[str, str]
) -> None:
    start_bot()
    _grant_staff(botapi)
    phone = StaffPhone(botapi)

    summary = phone.send("记录 昨天 海峡两岸科普论坛 上海代表参会 3人")
    assert "海峡两岸科普论坛上海代表参会人数：3 人" in summary
    message, confirm = phone.keyboard("确认")
    botapi.press(STAFF, message, confirm)
    botapi.press(STAFF, message, confirm)  # a double tap on a slow connection
    saved = phone.next_text()
    assert "已保存 1 条记录" in saved
    assert "海峡两岸科普论坛上海代表参会人数：已完成 3 / 目标 ≥2 人（150%）" in saved

    assert "请选择项目" in phone.send("/record")
    assert "请选择指标" in phone.press("国际科技人文交流与合作")
    assert "请输入「活动参与人数」" in phone.send("参与人数")
    assert "活动日期" in phone.send("一百二十")
    assert "活动名称" in phone.press("今天")
    summary = phone.press("跳过")
    if "确定吗" in summary:  # run on New Year's Day: today is outside the budget year
        summary = phone.press("确定")
    assert "活动参与人数：120 人" in summary
    assert "活动参与人数：已完成 120 / 目标 ≥300 人（40%）" in phone.press("确认")

    assert "确定撤销" in phone.send("/undo")
    assert "活动参与人数：已完成 0 / 目标 ≥300 人（0%）" in phone.press("确认撤销")

    entries = _entries(bot_env["GOALBOT_DATABASE_URL"])
    assert [(e.value, e.recorded_by) for e in entries] == [("3", STAFF_ID)]
    assert Decimal(entries[0].value or "0") == 3
