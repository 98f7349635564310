"""The aiohttp client under PTB, against the Bot API stand-in over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.telegram.transport import AiohttpRequest, client_timeout, environment_proxy
from tests.e2e.botapi import TOKEN, BotApi, Failure

CHAT_ID = 4242
SLOW_SECONDS = 1.0


@pytest.fixture
def api() -> Iterator[BotApi]:
    server = BotApi()
    server.start()
    yield server
    server.stop()


def _bot(base_url: str, request: AiohttpRequest | None = None) -> Bot:
    return Bot(TOKEN, base_url=base_url, request=request or AiohttpRequest())


async def test_a_message_with_a_keyboard_reaches_the_api_with_every_parameter(
    api: BotApi,
) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("确认", callback_data="c:1")]])
    async with _bot(api.base_url) as bot:
        sent = await bot.send_message(CHAT_ID, "目标：≥300人 & <b>", reply_markup=keyboard)
    (call,) = api.calls_of("sendMessage")
    assert call.params["chat_id"] == CHAT_ID and call.params["text"] == "目标：≥300人 & <b>"
    assert call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "c:1"
    assert sent.text == "目标：≥300人 & <b>" and sent.chat.id == CHAT_ID


async def test_a_document_is_uploaded_as_multipart_with_its_name_and_caption(
    api: BotApi,
) -> None:
    content = bytes(range(256)) * 40
    async with _bot(api.base_url) as bot:
        sent = await bot.send_document(CHAT_ID, content, filename="申报表.xlsx", caption="草稿")
    (call,) = api.calls_of("sendDocument")
    assert call.files["document"] == ("申报表.xlsx", content)
    assert call.params["caption"] == "草稿" and sent.document is not None


async def test_an_api_error_keeps_its_telegram_meaning(api: BotApi) -> None:
    api.fail_next("sendMessage", Failure(400, "Bad Request: message text is empty"))
    async with _bot(api.base_url) as bot:
        with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
            await bot.send_message(CHAT_ID, "x")


async def test_a_closed_connection_is_a_network_error_and_the_next_call_works(
    api: BotApi,
) -> None:
    api.fail_next("sendMessage", Failure(disconnect=True))
    async with _bot(api.base_url) as bot:
        with pytest.raises(NetworkError):
            await bot.send_message(CHAT_ID, "第一条")
        await bot.send_message(CHAT_ID, "第二条")
    assert api.texts_to(CHAT_ID) == ["第二条"]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_an_unreachable_server_is_a_network_error() -> None:
    bot = _bot(f"http://127.0.0.1:{_closed_port()}/bot")
    with pytest.raises(NetworkError) as caught:
        await bot.initialize()
    assert not isinstance(caught.value, TimedOut)
    await bot.shutdown()


class _SlowHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        threading.Event().wait(SLOW_SECONDS)
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


async def test_a_server_slower_than_the_read_timeout_is_timed_out() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    request = AiohttpRequest(read_timeout=SLOW_SECONDS / 10)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.post(f"http://127.0.0.1:{server.server_address[1]}/botx/getMe")
    finally:
        await request.shutdown()
        server.shutdown()
        server.server_close()


def test_the_client_opens_again_in_a_new_event_loop_after_a_shutdown(api: BotApi) -> None:
    """The runner reaches the API in one loop, then PTB runs the bot in another."""
    bot = _bot(api.base_url)

    async def send(text: str) -> None:
        async with bot:
            await bot.send_message(CHAT_ID, text)

    asyncio.run(send("预检"))
    asyncio.run(send("运行"))
    assert api.texts_to(CHAT_ID) == ["预检", "运行"]


async def test_a_call_before_initialize_is_refused() -> None:
    with pytest.raises(RuntimeError, match="not initialized"):
        await AiohttpRequest().do_request("http://127.0.0.1:9/", "POST")


async def test_calls_go_through_the_proxy_when_one_is_set(api: BotApi) -> None:
    """The stand-in answers as the proxy: the API host itself does not exist."""
    proxy = api.base_url.removesuffix("/bot")
    request = AiohttpRequest(proxy=proxy)
    async with _bot("http://api.telegram.invalid/bot", request) as bot:
        await bot.send_message(CHAT_ID, "经代理")
    assert api.texts_to(CHAT_ID) == ["经代理"]


def test_the_proxy_comes_from_the_environment_unless_the_host_is_exempt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    api_url = "https://api.telegram.org/bot"
    assert environment_proxy(api_url) is None
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    assert environment_proxy(api_url) == "http://proxy.example:3128"
    assert environment_proxy("http://127.0.0.1:8081/bot") is None  # only https is proxied
    monkeypatch.setenv("NO_PROXY", "telegram.org")
    assert environment_proxy(api_url) is None


def test_opening_a_connection_gets_the_connect_timeout_on_top_of_the_pool_wait() -> None:
    timeout = client_timeout(read=5.0, write=None, connect=5.0, pool=1.0)
    # aiohttp's connect spans the pool wait and the new connection: PTB's two together.
    assert (timeout.connect, timeout.sock_connect, timeout.sock_read) == (6.0, 5.0, 5.0)
    assert timeout.total is None
    upload = client_timeout(read=5.0, write=20.0, connect=None, pool=1.0)
    assert (upload.total, upload.connect) == (25.0, None)
