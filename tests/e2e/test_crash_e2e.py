"""A kill -9 in the middle of handling an update: after restart its effect happens once
and the user gets the reply."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from sqlalchemy import create_engine
from sqlmodel import Session, col, func, select

from knowledge.builtin import builtin_document_text
from storage.actuals import Actual
from storage.tables import Document
from tests.e2e.botapi import ADMIN_ID, BotApi, user
from tests.e2e.test_record_e2e import STAFF_ID, StaffPhone, _grant_staff

if TYPE_CHECKING:
    from tests.e2e.conftest import StartBot

pytestmark = pytest.mark.e2e

ADMIN = user(ADMIN_ID, "管理员")
REPLY_TIMEOUT = 30.0


def _count(database_url: str, statement: object) -> int:
    engine = create_engine(database_url)
    try:
        with Session(engine) as session:
            return int(session.exec(statement).one())  # type: ignore[call-overload]
    finally:
        engine.dispose()


def test_kill_while_a_document_is_imported_imports_it_once_after_restart(
    botapi: BotApi, start_bot: StartBot, bot_env: dict[str, str]
) -> None:
    bot = start_bot()
    revised = builtin_document_text().replace("≥300.00(人)", "≥320.00(人)")
    document = botapi.add_file(revised.encode(), "2026-修订.txt")
    gate = botapi.hold("download")
    botapi.say(ADMIN, "", document=document)
    botapi.wait_for(lambda: botapi.calls_of("held:download"), REPLY_TIMEOUT)
    bot.kill()  # In the middle of the import: the file is being fetched.
    gate.set()

    start_bot()
    [report] = botapi.wait_for_texts(ADMIN_ID, 1, timeout=REPLY_TIMEOUT)
    assert "更新 1" in report
    documents = select(func.count()).select_from(Document)
    assert _count(bot_env["GOALBOT_DATABASE_URL"], documents) == 2  # the built-in and this one


def test_kill_while_a_confirm_is_answered_saves_once_and_replies(
    botapi: BotApi, start_bot: StartBot, bot_env: dict[str, str]
) -> None:
    bot = start_bot()
    _grant_staff(botapi)
    phone = StaffPhone(botapi)
    phone.send("记录 活动参与人数 12人")
    message, confirm = phone.keyboard("确认")
    gate = botapi.hold("answerCallbackQuery")
    botapi.press(user(STAFF_ID, "王老师"), message, confirm)
    botapi.wait_for(lambda: botapi.calls_of("held:answerCallbackQuery"), REPLY_TIMEOUT)
    bot.kill()  # The entry is being saved and the press answered.
    gate.set()
    botapi.held.clear()

    start_bot()
    assert "已保存 1 条记录" in phone.next_text()
    entries = select(func.count()).select_from(Actual).where(col(Actual.deleted).is_(False))
    assert _count(bot_env["GOALBOT_DATABASE_URL"], entries) == 1
    botapi.press(user(STAFF_ID, "王老师"), message, confirm)  # Pressed again after the restart.
    botapi.wait_for(lambda: len(botapi.calls_of("answerCallbackQuery")) >= 2, REPLY_TIMEOUT)
    assert _count(bot_env["GOALBOT_DATABASE_URL"], entries) == 1
