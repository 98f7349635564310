"""Progress in the real bot process over HTTP: /progress with charts, /export, /score, and a
scheduled group post at an injected time, once, and after a restart only in the next period."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pytest
from openpyxl import load_workbook

from tests.e2e.botapi import ADMIN_ID, BotApi, group_chat, user

if TYPE_CHECKING:
    from tests.e2e.conftest import StartBot

pytestmark = pytest.mark.e2e

ADMIN = user(ADMIN_ID, "管理员")
GROUP = group_chat(-100888, "项目组")
PNG = b"\x89PNG\r\n\x1a\n"
MONDAY_BEFORE_NINE = "2026-11-23T08:59:35+08:00"


def _confirm_record(api: BotApi, text: str) -> None:
    before = len(api.texts_to(ADMIN_ID))
    api.say(ADMIN, text)
    api.wait_for_texts(ADMIN_ID, before + 1, timeout=20)
    message = api.sent_message(ADMIN_ID, "确认")
    api.press(ADMIN, message, api.button_data(message, "确认"))
    api.wait_for(lambda: any("已保存" in t for t in api.texts_to(ADMIN_ID)[before:]), 20)


def summaries(api: BotApi, chat_id: int) -> list[str]:
    return [text for text in api.texts_to(chat_id) if text.startswith("进度简报")]


def photos_to(api: BotApi, chat_id: int) -> list[bytes]:
    return [
        content
        for call in api.calls_of("sendPhoto", chat_id=chat_id)
        for _, content in call.files.values()
    ]


def test_progress_sends_summary_and_charts_and_export_reads_back(
    botapi: BotApi, start_bot: StartBot, bot_env: dict[str, str]
) -> None:
    bot_env["GOALBOT_CLOCK_START"] = "2026-11-26T10:00:00+08:00"
    start_bot()
    _confirm_record(botapi, "记录 11月20日 活动参与人数 195人")
    botapi.say(ADMIN, "/progress")
    botapi.wait_for(lambda: len(photos_to(botapi, ADMIN_ID)) >= 2, 40)
    (summary,) = summaries(botapi, ADMIN_ID)
    assert "国际科技人文交流与合作：18 项" in summary and "序时进度 90%" in summary
    assert all(photo.startswith(PNG) for photo in photos_to(botapi, ADMIN_ID))
    botapi.say(ADMIN, "/export")
    (call,) = botapi.wait_for(lambda: botapi.calls_of("sendDocument", chat_id=ADMIN_ID), 30)
    name, content = next(iter(call.files.values()))
    assert name is not None and name.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(content))["国际科技人文交流与合作"]
    people = next(
        r for r in sheet.iter_rows(min_row=4, values_only=True) if r[2] == "活动参与人数"
    )
    assert people[4] == 195 and people[6] == 0.65


def test_scheduled_post_arrives_once_and_after_a_restart_only_next_period(
    botapi: BotApi, start_bot: StartBot, bot_env: dict[str, str]
) -> None:
    bot_env["GOALBOT_CLOCK_START"] = MONDAY_BEFORE_NINE
    bot = start_bot()
    botapi.say(ADMIN, "/subscribe 每周一 9:00", chat=GROUP)
    botapi.wait_for(lambda: any("每周一 09:00" in t for t in botapi.texts_to(GROUP["id"])), 20)
    botapi.wait_for(lambda: summaries(botapi, GROUP["id"]), 60)
    botapi.wait_for(lambda: len(photos_to(botapi, GROUP["id"])) >= 2, 40)
    bot.stop()
    # Restarted an hour later the same Monday: that period was posted, nothing more.
    bot_env["GOALBOT_CLOCK_START"] = "2026-11-23T10:00:00+08:00"
    again = start_bot()
    botapi.say(ADMIN, "/schedule", chat=GROUP)
    botapi.wait_for(
        lambda: any("下次发布：2026-11-30 09:00" in t for t in botapi.texts_to(GROUP["id"])), 20
    )
    assert len(summaries(botapi, GROUP["id"])) == 1
    again.stop()
    # Restarted just before the next Monday's slot: one more post.
    bot_env["GOALBOT_CLOCK_START"] = "2026-11-30T08:59:57+08:00"
    start_bot()
    botapi.wait_for(lambda: len(summaries(botapi, GROUP["id"])) == 2, 40)
    assert "自上次简报以来没有新的记录" in summaries(botapi, GROUP["id"])[1]
