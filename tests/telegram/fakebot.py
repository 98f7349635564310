"""A Bot API fake for PTB's request layer, in the spirit of PTB's own ``OfflineRequest``."""

from __future__ import annotations

import itertools
import json
import time
from typing import Any

from telegram.request import BaseRequest, RequestData

BOT_USER = {"id": 123, "is_bot": True, "first_name": "goalbot", "username": "goalbot_test_bot"}


class RecordingRequest(BaseRequest):
    """Answers every Bot API call like Telegram would, and remembers it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
        self._message_ids = itertools.count(1)

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        endpoint = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        files = dict(request_data.multipart_data) if request_data else {}
        self.calls.append((endpoint, params, files))
        return 200, json.dumps({"ok": True, "result": self._result(endpoint, params)}).encode()

    def _result(self, endpoint: str, params: dict[str, Any]) -> Any:
        if endpoint == "getMe":
            return BOT_USER
        if not endpoint.startswith("send") or endpoint == "sendChatAction":
            return True
        chat = {"id": params["chat_id"], "type": "private"}
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat}
        return {**message, "text": params.get("text", "")}

    def sent(self, endpoint: str) -> list[dict[str, Any]]:
        """Returns the parameters of every call to ``endpoint``."""
        return [params for name, params, _ in self.calls if name == endpoint]


# What Telegram answers when a call repeats one that already took effect.
ALREADY_DONE = {
    "answerCallbackQuery": (
        "Bad Request: query is too old and response timeout expired or query id is invalid"
    ),
    "editMessageText": "Bad Request: message is not modified: specified new message content "
    "and reply markup are exactly the same as a current content and reply markup of the message",
    "editMessageReplyMarkup": "Bad Request: message is not modified",
}


class BadGatewayAfterDelivery(RecordingRequest):
    """Applies the first call of each method, then loses its answer to a 502.

    ``applied`` lists the calls that took effect; a repeat of an edit or a callback
    answer is refused the way Telegram refuses it, and a repeated send is applied again.
    """

    def __init__(self) -> None:
        super().__init__()
        self.applied: list[str] = []

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        endpoint = url.rsplit("/", 1)[-1]
        first = endpoint not in self.applied
        if endpoint == "getMe" or (not first and endpoint not in ALREADY_DONE):
            self.applied.append(endpoint)
            return await super().do_request(url, method, request_data)
        self.calls.append((endpoint, dict(request_data.parameters) if request_data else {}, {}))
        if first:
            self.applied.append(endpoint)
            return 502, json.dumps(
                {"ok": False, "error_code": 502, "description": "Bad Gateway"}
            ).encode()
        answer = {"ok": False, "error_code": 400, "description": ALREADY_DONE[endpoint]}
        return 400, json.dumps(answer).encode()
