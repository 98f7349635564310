"""Two ``goalbot run --webhook`` processes on one PostgreSQL, behind a balancer that
alternates: each update is handled once and a conversation continues on either process."""

from __future__ import annotations

import itertools
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from typing import TYPE_CHECKING, Any

import pytest
from sqlmodel import Session

from storage.actuals import indicator_totals
from storage.database import create_db_engine
from storage.projects import load_catalog
from tests.e2e.botapi import ADMIN_ID, BotApi, private_chat, user

if TYPE_CHECKING:
    from tests.e2e.conftest import StartBot

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

ADMIN = user(ADMIN_ID, "管理员")
SECRET = "balancer-secret"
QUESTION = "国际交流项目活动参与人数目标是多少"
QUESTIONS = 6
QUIET_SECONDS = 1.0  # no second reply to a duplicate arrives within this


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _deliver(port: int, update: dict[str, Any]) -> None:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/hook",
        data=json.dumps(update).encode(),
        headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200


def _message(update_id: int, text: str) -> dict[str, Any]:
    entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": private_chat(ADMIN),
            "from": ADMIN,
            "text": text,
            **({"entities": entities} if text.startswith("/") else {}),
        },
    }


def _press(update_id: int, message: dict[str, Any], label: str) -> dict[str, Any]:
    data = next(
        button["callback_data"]
        for row in message["reply_markup"]["inline_keyboard"]
        for button in row
        if button["text"] == label
    )
    query = {
        "id": str(update_id),
        "from": ADMIN,
        "chat_instance": str(ADMIN_ID),
        "message": message,
        "data": data,
    }
    return {"update_id": update_id, "callback_query": query}


def _start_two(start_bot: StartBot, bot_env: dict[str, str], postgres_url: str) -> tuple[int, int]:
    bot_env["GOALBOT_DATABASE_URL"] = postgres_url
    ports = (_free_port(), _free_port())
    for port in ports:
        start_bot(
            "--webhook-url",
            f"http://127.0.0.1:{port}/hook",
            "--port",
            str(port),
            "--secret-token",
            SECRET,
            webhook_port=port,
        )
    return ports


def _logged_total(url: str) -> tuple[int, int]:
    engine = create_db_engine(url)
    with Session(engine) as session:
        catalog = load_catalog(session=session)
        people = next(ind for ind in catalog.indicators if ind.name == "活动参与人数")
        totals = indicator_totals(session=session, indicator_id=people.id)
    engine.dispose()
    return totals.count, int(totals.total)


def test_two_webhook_processes_handle_each_update_once_and_share_conversations(
    botapi: BotApi, start_bot: StartBot, bot_env: dict[str, str], postgres_url: str
) -> None:
    ports = _start_two(start_bot, bot_env, postgres_url)
    ids = itertools.count(1)
    for number in range(QUESTIONS):  # alternately, as a round-robin balancer would
        _deliver(ports[number % 2], _message(next(ids), QUESTION))
    answers = botapi.wait_for_texts(ADMIN_ID, QUESTIONS, timeout=30)
    assert all("300" in answer for answer in answers)

    twice = _message(next(ids), "/whoami")  # the same update reaches both processes
    threads = [threading.Thread(target=_deliver, args=(port, twice)) for port in ports]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    botapi.wait_for_texts(ADMIN_ID, QUESTIONS + 1, timeout=30)

    _deliver(ports[0], _message(next(ids), "记录 活动参与人数 3人"))  # step 1 on one process
    botapi.wait_for_texts(ADMIN_ID, QUESTIONS + 2, timeout=30)
    summary = botapi.sent_message(ADMIN_ID, "活动参与人数")
    confirm = _press(next(ids), summary, "确认")
    for port in ports:  # step 2 on the other, and delivered to both
        _deliver(port, confirm)
    texts = botapi.wait_for_texts(ADMIN_ID, QUESTIONS + 3, timeout=30)
    assert "已保存" in texts[-1]

    time.sleep(QUIET_SECONDS)
    assert len(botapi.texts_to(ADMIN_ID)) == QUESTIONS + 3  # nothing handled twice
    assert _logged_total(postgres_url) == (1, 3)
