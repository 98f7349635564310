"""A role changed while a flow is open reaches that flow's next press, over the real Bot API."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.e2e.botapi import ADMIN_ID, BotApi, user

if TYPE_CHECKING:
    from tests.e2e.conftest import StartBot

pytestmark = pytest.mark.e2e

ADMIN = user(ADMIN_ID, "管理员")
DEPUTY_ID = 7007
DEPUTY = user(DEPUTY_ID, "副管理员")
TARGET_ID = 4004


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
