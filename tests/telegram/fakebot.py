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
