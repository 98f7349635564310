"""A role changed while a flow is open reaches that flow's next press, over the real Bot API."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.e2e.botapi import ADMIN_ID, BotApi, group_chat, user

if TYPE_CHECKING:
    from tests.e2e.conftest import StartBot

pytestmark = pytest.mark.e2e

ADMIN = user(ADMIN_ID, "管理员")
DEPUTY_ID = 7007
DEPUTY = user(DEPUTY_ID, "副管理员")
TARGET_ID = 4004
REPLY_TIMEOUT = 20.0


def test_demoted_admin_pressing_an_old_role_button_changes_nothing(
    botapi: BotApi, start_bot: StartBot
) -> None:
    start_bot()
    botapi.say(ADMIN, f"/grant {DEPUTY_ID} admin")
    botapi.wait_for_texts(ADMIN_ID, 1, timeout=20)
    botapi.say(DEPUTY, f"/grant {TARGET_ID}")
    botapi.wait_for_texts(DEPUTY_ID, 1, timeout=20)
    keyboard = botapi.sent_message(DEPUTY_ID, str(TARGET_ID))
    make_admin = botapi.button_data(keyboard, "管理员")

    botapi.say(ADMIN, f"/grant {DEPUTY_ID} staff")
    botapi.wait_for_texts(ADMIN_ID, 2, timeout=20)
    botapi.press(DEPUTY, keyboard, make_admin)
    texts = botapi.wait_for_texts(DEPUTY_ID, 2, timeout=20)
    assert "权限" in texts[-1] and "已将用户" not in texts[-1]

    botapi.say(ADMIN, "/users")
    users = botapi.wait_for_texts(ADMIN_ID, 3, timeout=20)[-1]
    assert str(TARGET_ID) not in users


def test_a_guided_step_in_a_group_asks_for_a_reply_and_takes_it(
    botapi: BotApi, start_bot: StartBot
) -> None:
    group = group_chat(-100888, "项目组")
    staff = user(3103, "王老师")
    bot = start_bot()
    _set_up_group(botapi, group, staff)
    asked = botapi.say(staff, "/record 活动参与人数", chat=group)["message"]
    botapi.wait_for(lambda: _texts_with(botapi, group, "请输入"), REPLY_TIMEOUT)
    [question] = botapi.calls_of("sendMessage", chat_id=group["id"])[-1:]
    assert question.params["reply_markup"]["force_reply"] is True
    assert question.params["reply_markup"]["selective"] is True
    assert question.params["reply_parameters"]["message_id"] == asked["message_id"]
    bot_message = botapi.sent_message(group["id"], "活动参与人数")
    botapi.say(staff, "120", chat=group, reply_to=bot_message)
    botapi.wait_for(lambda: _texts_with(botapi, group, "120 人"), REPLY_TIMEOUT)
    texts = botapi.texts_to(group["id"])
    assert "120 人" in texts[-1], bot.output()
    assert "不是一个数字" not in texts[-1]


def test_another_members_confirm_in_a_group_gets_a_notice(
    botapi: BotApi, start_bot: StartBot
) -> None:
    group = group_chat(-100889, "项目组")
    owner = user(3104, "U6006")
    start_bot()
    _set_up_group(botapi, group, owner)
    botapi.say(owner, "/record 活动参与人数 10人", chat=group)
    botapi.wait_for(lambda: _texts_with(botapi, group, "确认后保存"), REPLY_TIMEOUT)
    summary = botapi.sent_message(group["id"], "确认后保存")
    press = botapi.press(ADMIN, summary, botapi.button_data(summary, "确认"))
    botapi.wait_for(
        lambda: botapi.calls_of(
            "answerCallbackQuery", callback_query_id=press["callback_query"]["id"]
        )
    )
    [answer] = botapi.calls_of(
        "answerCallbackQuery", callback_query_id=press["callback_query"]["id"]
    )
    assert "U6006" in answer.params.get("text", "")


def test_a_wrong_token_ends_in_one_line_without_the_token(
    botapi: BotApi, bot_env: dict[str, str], tmp_path: Path
) -> None:
    wrong = "999:WRONG-TOKEN-VALUE"
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        env={**bot_env, "TELEGRAM_BOT_TOKEN": wrong},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr and "Traceback" not in result.stderr
    assert wrong not in result.stderr + result.stdout


def _texts_with(api: BotApi, chat: dict[str, Any], part: str) -> list[str]:
    return [text for text in api.texts_to(chat["id"]) if part in text]


def _set_up_group(api: BotApi, group: dict[str, Any], member: dict[str, Any]) -> None:
    """Grants the member staff and registers the group, waiting for both: chats are handled
    concurrently, so the member's first message must not overtake the grant."""
    before = len(api.texts_to(ADMIN_ID))
    api.say(ADMIN, f"/grant {member['id']} staff")
    api.wait_for_texts(ADMIN_ID, before + 1, timeout=REPLY_TIMEOUT)
    api.say(ADMIN, "/subscribe", chat=group)
    api.wait_for(lambda: _texts_with(api, group, "登记"), REPLY_TIMEOUT)
