"""The real ``goalbot run`` process against the local Bot API stand-in."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from tests.e2e.botapi import ADMIN_ID, TOKEN, BotApi

__all__ = ["ADMIN_ID", "BotProcess", "StartBot"]

PROJECT_ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 90.0  # a loaded CI machine with one test worker per core
STOP_TIMEOUT = 10.0


class BotProcess:
    """One running ``goalbot run``, its output kept in files."""

    def __init__(
        self,
        *,
        api: BotApi,
        env: dict[str, str],
        log_dir: Path,
        number: int,
        args: Sequence[str] = (),
    ) -> None:
        self.api = api
        self.stdout = log_dir / f"bot{number}.out"
        self.stderr = log_dir / f"bot{number}.err"
        with self.stdout.open("wb") as out, self.stderr.open("wb") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "run", *args],
                cwd=log_dir,  # Away from the developer's .env.
                env=env,
                stdout=out,
                stderr=err,
            )

    def wait_ready(self, commands_before: int) -> None:
        """Waits until the bot registered its commands and polls for updates."""
        self._wait(
            lambda: (
                len(self.api.calls_of("setMyCommands")) > commands_before
                and self.api.calls_of("getUpdates")
                and self.api.calls_of("getUpdates")[-1] is self.api.calls[-1]
            )
        )

    def wait_webhook(self, port: int) -> None:
        """Waits until the bot set its webhook and accepts connections on ``port``."""
        self._wait(lambda: self.api.calls_of("setWebhook"))
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and self.process.poll() is None:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                return
            time.sleep(0.05)
        raise AssertionError(f"the webhook server did not start:\n{self.output()}")

    def _wait(self, ready: Callable[[], object]) -> None:
        try:
            self.api.wait_for(lambda: ready() or self.process.poll() is not None, START_TIMEOUT)
        except AssertionError:
            raise AssertionError(f"the bot did not start:\n{self.output()}") from None
        assert self.process.poll() is None, f"the bot exited:\n{self.output()}"

    def output(self) -> str:
        """Returns what the process wrote to stderr and stdout."""
        return self.stderr.read_text(errors="replace") + self.stdout.read_text(errors="replace")

    def kill(self) -> None:
        """Kills the process at once, as a crash would (kill -9)."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(STOP_TIMEOUT)

    def stop(self) -> None:
        """Stops the process the way a service manager does, killing it if it hangs."""
        if self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.kill()


@pytest.fixture
def botapi() -> Iterator[BotApi]:
    """Yields a running Bot API stand-in."""
    api = BotApi()
    api.start()
    yield api
    api.stop()


@pytest.fixture
def bot_env(botapi: BotApi, tmp_path: Path) -> dict[str, str]:
    """Returns the environment of the bot process: token, stand-in URL, database, admin."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOALBOT_", "TELEGRAM_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        GOALBOT_TELEGRAM_API_URL=botapi.base_url,
        GOALBOT_DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}",
        GOALBOT_ADMINS=str(ADMIN_ID),
        PYTHONPATH=str(PROJECT_ROOT),
    )
    return env


StartBot = Callable[..., BotProcess]


@pytest.fixture
def start_bot(botapi: BotApi, bot_env: dict[str, str], tmp_path: Path) -> Iterator[StartBot]:
    """Yields a function starting the bot (again, after a crash) and waiting until it is ready.

    On teardown stops every process and checks the token never reached its output.
    """
    processes: list[BotProcess] = []

    def start(*args: str, webhook_port: int | None = None) -> BotProcess:
        before = len(botapi.calls_of("setMyCommands"))
        bot = BotProcess(
            api=botapi, env=bot_env, log_dir=tmp_path, number=len(processes), args=args
        )
        processes.append(bot)
        if webhook_port is None:
            bot.wait_ready(before)
        else:
            bot.wait_webhook(webhook_port)
        return bot

    yield start
    for bot in processes:
        bot.stop()
    for bot in processes:
        assert TOKEN not in bot.output(), "the token was written to the log"
