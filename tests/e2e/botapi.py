"""A local stand-in for the Telegram Bot API: queues updates, records every call, and keeps
Telegram's own limits, so the real bot process can be driven as users over HTTP."""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

TOKEN = "123:TEST"
BOT_ID = 123
BOT_USERNAME = "goalbot_test_bot"
ADMIN_ID = 1001  # GOALBOT_ADMINS of the bot process.
TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
MAX_POLL_SECONDS = 5.0  # Long polls are honoured up to this, so a stopping test never hangs.
HOLD_TIMEOUT = 30.0  # A held call is let go after this even if the test never releases it.
# Parameters PTB sends JSON-encoded; every other value is a plain string.
JSON_PARAMETERS = frozenset(
    {
        "chat_id",
        "message_id",
        "offset",
        "timeout",
        "limit",
        "allowed_updates",
        "reply_markup",
        "reply_parameters",
        "commands",
        "scope",
        "show_alert",
        "drop_pending_updates",
        "max_connections",
    }
)

BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "goalbot", "username": BOT_USERNAME}


class ApiError(Exception):
    """An error answer of the Bot API."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


@dataclass
class Call:
    """One Bot API request the bot made."""

    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str | None, bytes]] = field(default_factory=dict)
    error: int | None = None  # The error code answered, None for success.


@dataclass
class Failure:
    """An error to answer instead of the next call of a method."""

    code: int = 0
    description: str = ""
    parameters: dict[str, Any] | None = None
    disconnect: bool = False


def utf16_length(text: str) -> int:
    """Returns the length Telegram counts."""
    return len(text.encode("utf-16-le")) // 2


def user(user_id: int, name: str) -> dict[str, Any]:
    """Returns a Telegram user object."""
    return {"id": user_id, "is_bot": False, "first_name": name}


def private_chat(person: dict[str, Any]) -> dict[str, Any]:
    """Returns the private chat with ``person``."""
    return {"id": person["id"], "type": "private", "first_name": person["first_name"]}


def group_chat(chat_id: int, title: str) -> dict[str, Any]:
    """Returns a supergroup chat object."""
    return {"id": chat_id, "type": "supergroup", "title": title}


def _entities(text: str) -> list[dict[str, Any]]:
    """Returns the command and mention entities Telegram would attach to ``text``."""
    entities = []
    if text.startswith("/"):
        command = text.split()[0]
        entities.append({"type": "bot_command", "offset": 0, "length": utf16_length(command)})
    mention = f"@{BOT_USERNAME}"
    index = text.find(mention)
    if index >= 0:
        offset = utf16_length(text[:index])
        entities.append({"type": "mention", "offset": offset, "length": len(mention)})
    return entities


class _Server(ThreadingHTTPServer):
    """The HTTP server: a thread per connection, and a listen backlog like a real server's
    (the standard 5 drops connections a burst of replies opens at once)."""

    daemon_threads = True
    request_queue_size = 256


class BotApi:
    """The stand-in server; tests queue updates and assert on :attr:`calls`."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.files: dict[str, tuple[str, bytes]] = {}
        self.failures: dict[str, list[Failure]] = {}
        self.held: dict[str, threading.Event] = {}
        self.answered: set[str] = set()
        self.redelivered: list[dict[str, Any]] = []
        self.chats: dict[int, dict[str, Any]] = {}
        self._ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._changed = threading.Condition()
        self._closed = False
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """Returns the value for ``GOALBOT_TELEGRAM_API_URL``."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def start(self) -> None:
        """Starts serving in a background thread."""
        self._thread.start()

    def stop(self) -> None:
        """Stops serving and releases waiting long polls."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # What tests do as users.

    def queue(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queues an update (a fresh id unless it has one) for the next getUpdates."""
        with self._changed:
            update.setdefault("update_id", next(self._ids))
            self.updates.append(update)
            self._changed.notify_all()
        return update

    def redeliver(self, update: dict[str, Any]) -> None:
        """Delivers an update again whatever the offset, as after a lost confirmation."""
        with self._changed:
            self.redelivered.append(update)
            self._changed.notify_all()

    def say(
        self,
        person: dict[str, Any],
        text: str,
        *,
        chat: dict[str, Any] | None = None,
        reply_to: dict[str, Any] | None = None,
        document: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Sends a message from ``person`` (in private unless ``chat``); returns the update."""
        chat = chat or private_chat(person)
        self.chats[chat["id"]] = chat
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": person,
        }
        key = "caption" if document else "text"
        if text:
            message[key] = text
            message[f"{key}_entities" if document else "entities"] = _entities(text)
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if document is not None:
            message["document"] = document
        return self.queue({"message": message})

    def press(self, person: dict[str, Any], message: dict[str, Any], data: str) -> dict[str, Any]:
        """Presses the button with ``data`` under a message the bot sent."""
        query = {
            "id": str(next(self._ids) + 10_000),
            "from": person,
            "chat_instance": str(message["chat"]["id"]),
            "message": message,
            "data": data,
        }
        return self.queue({"callback_query": query})

    def add_file(self, content: bytes, file_name: str) -> dict[str, Any]:
        """Stores a file users can send; returns the document object of a message."""
        file_id = f"file{len(self.files) + 1}"
        self.files[file_id] = (f"documents/{file_id}_{file_name}", content)
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": file_name,
            "file_size": len(content),
        }

    def fail_next(self, method: str, failure: Failure) -> None:
        """Answers the next call of ``method`` with ``failure``."""
        with self._changed:
            self.failures.setdefault(method, []).append(failure)

    # What tests read back.

    def calls_of(self, method: str, **params: Any) -> list[Call]:
        """Returns the successful calls of ``method`` whose parameters include ``params``."""
        with self._changed:
            return [
                call
                for call in self.calls
                if call.method == method
                and call.error is None
                and all(call.params.get(k) == v for k, v in params.items())
            ]

    def texts_to(self, chat_id: int) -> list[str]:
        """Returns the texts the bot sent to a chat, in order."""
        return [call.params["text"] for call in self.calls_of("sendMessage", chat_id=chat_id)]

    def wait_for(self, condition: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Waits until ``condition()`` is truthy (bounded); returns its value or fails."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                value = condition()
                if value:
                    return value
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out after {timeout} s waiting for the bot")
                self._changed.wait(left)

    def wait_for_texts(self, chat_id: int, count: int, timeout: float = 10.0) -> list[str]:
        """Waits until the bot has sent at least ``count`` texts to a chat; returns them all."""
        texts: list[str] = self.wait_for(
            lambda: (found := self.texts_to(chat_id)) and len(found) >= count and found,
            timeout,
        )
        return texts

    def sent_message(self, chat_id: int, text_part: str) -> dict[str, Any]:
        """Returns the last message the bot sent to a chat containing ``text_part``."""
        with self._changed:
            for (chat, _), message in reversed(self.messages.items()):
                if chat == chat_id and text_part in message.get("text", ""):
                    return message
        raise AssertionError(f"no message with {text_part!r} in chat {chat_id}")

    @staticmethod
    def button_data(message: dict[str, Any], label: str) -> str:
        """Returns the callback data of the button labelled ``label`` under ``message``."""
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        for row in rows:
            for button in row:
                if button["text"] == label:
                    return str(button["callback_data"])
        raise AssertionError(f"no button {label!r} under the message")

    # The server side.

    def hold(self, method: str) -> threading.Event:
        """Makes calls of ``method`` (or file downloads, "download") wait until the returned
        event is set: a crash can then be caused while the bot is in the middle of a step."""
        gate = threading.Event()
        self.held[method] = gate
        return gate

    def _pass_gate(self, method: str) -> None:
        gate = self.held.get(method)
        if gate is not None:
            with self._changed:
                self.calls.append(Call(f"held:{method}", {}))
                self._changed.notify_all()
            gate.wait(HOLD_TIMEOUT)

    def handle(self, method: str, params: dict[str, Any], files: dict[str, Any]) -> Any:
        """Answers one Bot API call, or raises :class:`ApiError`."""
        if method == "getUpdates":
            return self._get_updates(params)
        self._pass_gate(method)
        with self._changed:
            call = Call(method, params, files)
            self.calls.append(call)
            try:
                failure = (
                    self.failures.get(method, []).pop(0) if self.failures.get(method) else None
                )
                if failure is not None:
                    call.error = failure.code or 599
                    if failure.disconnect:
                        raise ConnectionAbortedError
                    raise ApiError(failure.code, failure.description, failure.parameters)
                try:
                    return self._answer(method, params, files)
                except ApiError as error:
                    call.error = error.code
                    raise
            finally:
                self._changed.notify_all()

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), MAX_POLL_SECONDS)
        deadline = time.monotonic() + timeout
        with self._changed:
            self.calls.append(Call("getUpdates", params))
            self._changed.notify_all()
            if offset:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
            while not self.updates and not self.redelivered and not self._closed:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._changed.wait(left)
            delivered, self.redelivered = [*self.redelivered, *self.updates], []
            return delivered

    def _answer(self, method: str, params: dict[str, Any], files: dict[str, Any]) -> Any:
        answers: dict[str, Callable[[dict[str, Any], dict[str, Any]], Any]] = {
            "getMe": lambda p, f: BOT_USER,
            "deleteWebhook": lambda p, f: True,
            "setWebhook": lambda p, f: True,
            "setMyCommands": self._set_my_commands,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_file,
            "sendDocument": self._send_file,
            "editMessageText": self._edit_text,
            "editMessageReplyMarkup": self._edit_markup,
            "answerCallbackQuery": self._answer_callback,
            "sendChatAction": lambda p, f: True,
            "getFile": self._get_file,
        }
        if method not in answers:
            raise ApiError(404, "Not Found")
        return answers[method](params, files)

    def _set_my_commands(self, params: dict[str, Any], _files: dict[str, Any]) -> bool:
        for command in params["commands"]:
            name, description = command["command"], command["description"]
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise ApiError(400, "Bad Request: command is invalid")
            if not 1 <= len(description) <= 256:
                raise ApiError(400, "Bad Request: command description is invalid")
        return True

    @staticmethod
    def _check_markup(markup: dict[str, Any] | None) -> None:
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data", "")
                if not 1 <= len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")

    @staticmethod
    def _check_text(text: str | None, limit: int = TEXT_LIMIT) -> None:
        if not text or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_length(text) > limit:
            raise ApiError(400, "Bad Request: message is too long")

    def _new_message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        chat = self.chats.get(chat_id) or {"id": chat_id, "type": "private", "first_name": "?"}
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": BOT_USER,
            **content,
        }
        markup = params.get("reply_markup") or {}
        if "inline_keyboard" in markup:  # Like Telegram, a message keeps inline keyboards only.
            message["reply_markup"] = markup
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def _send_message(self, params: dict[str, Any], _files: dict[str, Any]) -> dict[str, Any]:
        self._check_text(params.get("text"))
        self._check_markup(params.get("reply_markup"))
        return self._new_message(params, text=params["text"])

    def _send_file(self, params: dict[str, Any], files: dict[str, Any]) -> dict[str, Any]:
        if not files:
            raise ApiError(400, "Bad Request: there is no file in the request")
        if params.get("caption"):
            self._check_text(params["caption"], CAPTION_LIMIT)
        self._check_markup(params.get("reply_markup"))
        name, content = next(iter(files.values()))
        file_id = f"sent{len(self.calls)}"
        self.files[file_id] = (f"sent/{name}", content)
        kind = "photo" if "photo" in files else "document"
        sent = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(content)}
        body = (
            [{**sent, "width": 1, "height": 1}] if kind == "photo" else {**sent, "file_name": name}
        )
        return self._new_message(params, **{kind: body, "caption": params.get("caption")})

    def _edited(self, params: dict[str, Any]) -> dict[str, Any]:
        key = (int(params["chat_id"]), int(params["message_id"]))
        if key not in self.messages:
            raise ApiError(400, "Bad Request: message to edit not found")
        return self.messages[key]

    def _edit_text(self, params: dict[str, Any], _files: dict[str, Any]) -> dict[str, Any]:
        message = self._edited(params)
        self._check_text(params.get("text"))
        self._check_markup(params.get("reply_markup"))
        markup = params.get("reply_markup")
        if message.get("text") == params["text"] and message.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message["text"] = params["text"]
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        return message

    def _edit_markup(self, params: dict[str, Any], _files: dict[str, Any]) -> dict[str, Any]:
        message = self._edited(params)
        markup = params.get("reply_markup")
        self._check_markup(markup)
        if message.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        return message

    def _answer_callback(self, params: dict[str, Any], _files: dict[str, Any]) -> bool:
        query_id = params["callback_query_id"]
        if query_id in self.answered:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired")
        self.answered.add(query_id)
        return True

    def _get_file(self, params: dict[str, Any], _files: dict[str, Any]) -> dict[str, Any]:
        file_id = params["file_id"]
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        path, content = self.files[file_id]
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(content),
            "file_path": path,
        }

    def download(self, path: str) -> bytes | None:
        """Returns the content of a file by its ``file_path``."""
        self._pass_gate("download")
        with self._changed:
            self.calls.append(Call("download", {"path": path}))
            self._changed.notify_all()
            return next((c for p, c in self.files.values() if p == path), None)


def _decode(raw: dict[str, str]) -> dict[str, Any]:
    return {k: json.loads(v) if k in JSON_PARAMETERS else v for k, v in raw.items()}


def _read_multipart(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, Any]]:
    """Parses a multipart/form-data body into fields and uploaded files."""
    parsed = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    fields: dict[str, str] = {}
    files: dict[str, tuple[str | None, bytes]] = {}
    for part in parsed.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        if part.get_filename() is not None:
            files[name] = (part.get_filename(), payload)
        else:
            fields[name] = payload.decode("utf-8")
    return fields, files


def _handler_for(api: BotApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        """Routes ``/bot<token>/<method>`` and ``/file/bot<token>/<path>``."""

        # Keeps connections open between requests, as the real Bot API does, and sends each
        # answer in one piece without waiting for the client's ACK (no Nagle stalls).
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True
        wbufsize = -1

        def log_message(self, format: str, *args: Any) -> None:
            """Keeps test output quiet."""

        def do_GET(self) -> None:
            path = unquote(urlsplit(self.path).path)  # httpx sends the token's ":" as %3A
            prefix = f"/file/bot{TOKEN}/"
            if path.startswith(prefix):
                content = api.download(path.removeprefix(prefix))
                if content is None:
                    self._send(404, b"not found", "text/plain")
                else:
                    self._send(200, content, "application/octet-stream")
                return
            self._api_call(parse_qs(urlsplit(self.path).query), b"")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self._api_call({}, self.rfile.read(length))

        def _api_call(self, query: dict[str, list[str]], body: bytes) -> None:
            path = urlsplit(self.path).path
            token, _, method = path.removeprefix("/bot").partition("/")
            if not path.startswith("/bot") or token != TOKEN:
                self._json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                return
            content_type = self.headers.get("Content-Type", "")
            raw = {k: v[-1] for k, v in query.items()}
            files: dict[str, Any] = {}
            if content_type.startswith("multipart/form-data"):
                fields, files = _read_multipart(content_type, body)
                raw.update(fields)
            elif content_type.startswith("application/json"):
                raw.update({k: json.dumps(v) for k, v in json.loads(body or b"{}").items()})
            elif body:
                raw.update({k: v[-1] for k, v in parse_qs(body.decode("utf-8")).items()})
            try:
                result = api.handle(method, _decode(raw), files)
            except ConnectionAbortedError:
                self.close_connection = True
                self.connection.close()
                return
            except ApiError as error:
                answer: dict[str, Any] = {
                    "ok": False,
                    "error_code": error.code,
                    "description": error.description,
                }
                if error.parameters:
                    answer["parameters"] = error.parameters
                self._json(error.code, answer)
                return
            self._json(200, {"ok": True, "result": result})

        def _json(self, status: int, answer: dict[str, Any]) -> None:
            self._send(status, json.dumps(answer, ensure_ascii=False).encode(), "application/json")

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler
