"""Hostile workbooks sent in the chat get the reason, not "出现问题", and the bot keeps going."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.e2e.botapi import ADMIN_ID, BotApi, user
from tests.knowledge.test_hostile_workbooks import crc_corrupted, huge_dimension, not_xml

if TYPE_CHECKING:
    from tests.e2e.conftest import StartBot

pytestmark = pytest.mark.e2e

ADMIN = user(ADMIN_ID, "管理员")
QUESTION = "国际交流项目活动参与人数目标是多少"


def test_hostile_workbooks_are_refused_with_their_reason(
    botapi: BotApi, start_bot: StartBot
) -> None:
    bot = start_bot()
    files = [
        (not_xml(), "无法打开 Excel 文件（ParseError）"),
        (crc_corrupted(), "无法打开 Excel 文件（BadZipFile）"),
        (huge_dimension(), "工作表范围过大（A1:XFD1048576）"),
    ]
    for number, (content, reason) in enumerate(files, start=1):
        botapi.say(ADMIN, "", document=botapi.add_file(content, f"申报表{number}.xlsx"))
        reply = botapi.wait_for_texts(ADMIN_ID, number, timeout=20)[-1]
        assert reply.startswith("导入失败（第 1 行）") and reason in reply, bot.output()
        assert "出现问题" not in reply
    botapi.say(ADMIN, QUESTION)
    assert "300" in botapi.wait_for_texts(ADMIN_ID, len(files) + 1, timeout=20)[-1]
