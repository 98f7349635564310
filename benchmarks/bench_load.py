"""Load benchmark: the real ``goalbot run`` process against the local Bot API stand-in.

Run with ``uv run python benchmarks/bench_load.py [--runs 3] [--sqlite-only]``; set
``GOALBOT_TEST_POSTGRES_URL`` to measure PostgreSQL too (that database is emptied), by
long polling and with ``--webhooks 2`` (the default) webhook processes behind a
round-robin balancer, so that a conversation's steps land on different processes.
``--compare-clients`` also runs SQLite with python-telegram-bot's own httpx client.

Users are simulated as phones in threads on 127.0.0.1 only: each sends an update, waits
for the bot's reply, then sends the next (bounded counts, bounded waits). Two workloads:
questions only, and a 70/30 mix of questions and one-message logs confirmed with 确认
(a log is two updates: the message and the press). Two regimes:

* saturation, rate limiter off (``GOALBOT_TELEGRAM_RATE_LIMIT=false``): updates/s;
* 25 updates/s offered, rate limiter on (Telegram's limits): p50/p95 latency from the
  update being queued to the bot's reply reaching the stand-in.

After every run the stored total of the logged indicator must equal the number of
confirmed logs (nothing lost or doubled). Goals (issue 14): ≥ 200 updates/s at
saturation; p95 ≤ 100 ms at 25 updates/s; totals exact.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import queue
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from sqlmodel import Session

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "e2e"))
from botapi import TOKEN, BotApi, private_chat, user  # noqa: E402

from bot.settings import HttpClient  # noqa: E402
from storage.actuals import indicator_totals  # noqa: E402
from storage.database import create_db_engine  # noqa: E402
from storage.projects import load_catalog  # noqa: E402
from tests.postgres import empty_postgres  # noqa: E402

USERS = 20
FIRST_USER_ID = 500_001
SATURATION_INTERACTIONS = 20  # per user
RATE = 25.0  # updates/s offered in the latency runs
RATE_SECONDS = 10.0
REPLY_TIMEOUT = 30.0
START_TIMEOUT = 60.0
SATURATION_GOAL = 200.0
P95_GOAL_MS = 100.0
CONFIRM = "确认"
SAVED = "已保存"
LOGGED_INDICATOR = "活动参与人数"
LOG_TEXT = "记录 活动参与人数 1人"
SECRET = "balancer-secret"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
QUESTIONS = (
    "国际交流项目活动参与人数目标是多少",
    "两个项目的预算加起来是多少",
    "哪个项目预算最多",
    "国际交流项目有哪些质量指标",
    "国际交流项目的实施单位是哪个",
    "活动参与人数完成了多少",
    "活动完成及时性",
)
MIX = ("q", "q", "log", "q", "q", "log", "q", "q", "log", "q")  # 7 questions, 3 logs


class LoadApi(BotApi):
    """The stand-in, also handing each chat's sent messages to the phone waiting for them."""

    def __init__(self) -> None:
        super().__init__()
        self._server.handle_error = lambda *_args: None  # type: ignore[method-assign]
        self.inboxes: dict[int, queue.Queue[tuple[float, dict[str, Any]]]] = {}
        self.hooks: list[str] = []
        self._hook_lock = threading.Lock()
        self._turn = itertools.count()

    def queue(self, update: dict[str, Any]) -> dict[str, Any]:
        """Posts the update to the next webhook process (a round-robin balancer), if any."""
        if not self.hooks:
            return super().queue(update)
        update.setdefault("update_id", next(self._ids))
        with self._hook_lock:
            hook = self.hooks[next(self._turn) % len(self.hooks)]
        request = urllib.request.Request(
            hook,
            data=json.dumps(update, ensure_ascii=False).encode(),
            headers={
                "Content-Type": "application/json",
                "X-Telegram-Bot-Api-Secret-Token": SECRET,
            },
        )
        with urllib.request.urlopen(request, timeout=REPLY_TIMEOUT) as response:
            assert response.status == 200
        return update

    def handle(self, method: str, params: dict[str, Any], files: dict[str, Any]) -> Any:
        result = super().handle(method, params, files)
        if method == "sendMessage":
            inbox = self.inboxes.get(int(params["chat_id"]))
            if inbox is not None:
                inbox.put((time.monotonic(), result))
        return result


@dataclass
class Tally:
    """What one run measured."""

    latencies: list[float] = field(default_factory=list)
    updates: int = 0
    logs: int = 0
    started: float = 0.0
    finished: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, latency: float, *, logged: bool = False) -> None:
        with self.lock:
            self.latencies.append(latency)
            self.updates += 1
            self.logs += logged
            self.finished = max(self.finished, time.monotonic())


class Pacer:
    """Hands out send permits at a fixed rate (None: as fast as the phones go)."""

    def __init__(self, rate: float | None, permits: int) -> None:
        self.rate, self.permits = rate, permits
        self.tokens: threading.Semaphore = threading.Semaphore(0 if rate else permits)
        self.thread = threading.Thread(target=self._feed, daemon=True)

    def start(self) -> None:
        if self.rate:
            self.thread.start()

    def _feed(self) -> None:
        assert self.rate is not None
        start = time.monotonic()
        for number in range(self.permits):
            delay = start + number / self.rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            self.tokens.release()

    def acquire(self) -> bool:
        return self.tokens.acquire(timeout=REPLY_TIMEOUT)


class Phone:
    """One simulated user: sends, waits for the reply, presses 确认."""

    def __init__(self, api: LoadApi, user_id: int) -> None:
        self.api, self.person = api, user(user_id, f"用户{user_id}")
        self.inbox: queue.Queue[tuple[float, dict[str, Any]]] = queue.Queue()
        api.inboxes[user_id] = self.inbox
        api.chats[user_id] = private_chat(self.person)

    def _reply(self) -> tuple[float, dict[str, Any]]:
        return self.inbox.get(timeout=REPLY_TIMEOUT)

    def ask(self, question: str, tally: Tally, pacer: Pacer) -> None:
        pacer.acquire()
        sent = time.monotonic()
        self.api.say(self.person, question)
        arrived, message = self._reply()
        assert "抱歉" not in message.get("text", ""), message.get("text")
        tally.add(arrived - sent)

    def log(self, tally: Tally, pacer: Pacer) -> None:
        pacer.acquire()
        sent = time.monotonic()
        self.api.say(self.person, LOG_TEXT)
        arrived, summary = self._reply()
        tally.add(arrived - sent)
        data = _button(summary, CONFIRM)
        pacer.acquire()
        sent = time.monotonic()
        self.api.press(self.person, summary, data)
        arrived, saved = self._reply()
        assert SAVED in saved["text"], saved["text"]
        tally.add(arrived - sent, logged=True)

    def assert_quiet(self) -> None:
        assert self.inbox.empty(), f"unexpected extra reply: {self.inbox.get()[1].get('text')}"


def _button(message: dict[str, Any], label: str) -> str:
    for row in message.get("reply_markup", {}).get("inline_keyboard", []):
        for button in row:
            if button["text"] == label:
                return str(button["callback_data"])
    raise AssertionError(f"no {label} button under: {message.get('text')}")


def run_load(phones: list[Phone], plans: list[list[str]], pacer: Pacer) -> Tally:
    """Runs every phone's plan in its own thread; returns the tally."""
    tally = Tally(started=time.monotonic())
    errors: list[BaseException] = []

    def play(phone: Phone, plan: list[str]) -> None:
        try:
            for number, kind in enumerate(plan):
                if kind == "log":
                    phone.log(tally, pacer)
                else:
                    phone.ask(QUESTIONS[number % len(QUESTIONS)], tally, pacer)
        except BaseException as error:
            errors.append(error)

    threads = [
        threading.Thread(target=play, args=(phone, plan), daemon=True)
        for phone, plan in zip(phones, plans, strict=True)
    ]
    pacer.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(REPLY_TIMEOUT * 10)
    if errors:
        raise errors[0]
    time.sleep(0.2)  # any stray second reply would have arrived by now
    for phone in phones:
        phone.assert_quiet()
    return tally


def plans_for(workload: str, interactions: int) -> list[list[str]]:
    kinds = MIX if workload == "mix" else ("q",)
    return [[kinds[(n + u) % len(kinds)] for n in range(interactions)] for u in range(USERS)]


def updates_of(plans: list[list[str]]) -> int:
    return sum(2 if kind == "log" else 1 for plan in plans for kind in plan)


@contextmanager
def bot_processes(
    api: LoadApi,
    url: str,
    *,
    limiter: bool,
    folder: Path,
    webhooks: int,
    http_client: str = HttpClient.AIOHTTP,
) -> Iterator[list[int]]:
    """Runs ``goalbot run`` on ``url`` until the block ends (SIGTERM, then kill): one process
    polling, or ``webhooks`` processes each behind its own webhook port."""
    admins = ",".join(str(FIRST_USER_ID + n) for n in range(USERS))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOALBOT_", "TELEGRAM_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        GOALBOT_TELEGRAM_API_URL=api.base_url,
        GOALBOT_DATABASE_URL=url,
        GOALBOT_ADMINS=admins,
        GOALBOT_TELEGRAM_RATE_LIMIT="true" if limiter else "false",
        GOALBOT_TELEGRAM_HTTP_CLIENT=http_client,
        GOALBOT_CACHE_DIR=str(folder / "cache"),
        PYTHONPATH=str(ROOT),
    )
    processes: list[subprocess.Popen[bytes]] = []
    logs = []
    try:
        for number in range(max(1, webhooks)):
            log = (folder / f"bot{number}.err").open("wb")
            logs.append(log)
            command = [sys.executable, "-m", "bot.cli", "run"]
            port = _free_port() if webhooks else 0
            if webhooks:
                hook = f"http://127.0.0.1:{port}/hook"
                command += ["--webhook-url", hook, "--port", str(port), "--secret-token", SECRET]
            polls = len(api.calls_of("getUpdates"))
            process = subprocess.Popen(command, cwd=folder, env=env, stdout=log, stderr=log)
            processes.append(process)
            if webhooks:
                _wait_for_port(port, process)
                api.hooks.append(hook)
            else:
                _wait_for_poll(api, polls, process)
            assert process.poll() is None, (folder / f"bot{number}.err").read_text()
        yield [process.pid for process in processes]
    finally:
        api.hooks.clear()
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
        for log in logs:
            log.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_for_poll(api: LoadApi, polls: int, process: subprocess.Popen[bytes]) -> None:
    api.wait_for(
        lambda: len(api.calls_of("getUpdates")) > polls or process.poll() is not None,
        START_TIMEOUT,
    )


def _wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"no webhook process listening on port {port}")


def stored_total(url: str) -> tuple[int, int]:
    """Returns (entries, total) of the logged indicator as the database has them."""
    engine = create_db_engine(url)
    try:
        with Session(engine) as session:
            catalog = load_catalog(session=session)
            indicator = next(i for i in catalog.indicators if i.name == LOGGED_INDICATOR)
            totals = indicator_totals(session=session, indicator_id=indicator.id)
            return totals.count, int(totals.total)
    finally:
        engine.dispose()


def spread(values: list[float]) -> str:
    return (
        f"min {min(values):7.1f}  median {statistics.median(values):7.1f}  max {max(values):7.1f}"
    )


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(
    label: str,
    url: str,
    *,
    runs: int,
    folder: Path,
    limiter: bool,
    body: Callable[..., None],
    webhooks: int = 0,
    http_client: str = HttpClient.AIOHTTP,
) -> None:
    api = LoadApi()
    api.start()
    try:
        phones = [Phone(api, FIRST_USER_ID + n) for n in range(USERS)]
        processes = bot_processes(
            api, url, limiter=limiter, folder=folder, webhooks=webhooks, http_client=http_client
        )
        with processes as pids:
            try:
                body(label, url, phones, runs, bot_pids=pids)
            except AssertionError:
                for log in sorted(folder.glob("bot*.err")):  # what the bot said, for the cause
                    print(f"--- {log.name}", *failure_lines(log.read_text()), sep="\n")
                raise
    finally:
        api.stop()


def failure_lines(log: str, shown: int = 60) -> list[str]:
    """Returns a bot log's first error with its traceback, or else its last lines."""
    lines = log.splitlines()
    first = next((n for n, line in enumerate(lines) if " ERROR " in line), None)
    return lines[first : first + shown] if first is not None else lines[-shown:]


WORKLOADS = ("questions", "mix")


def cpu_seconds(pids: list[int]) -> float:
    """Returns the CPU time (user + system) the processes ``pids`` have used so far."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def saturation(
    label: str,
    url: str,
    phones: list[Phone],
    runs: int,
    *,
    bot_pids: list[int],
    workloads: tuple[str, ...] = WORKLOADS,
) -> None:
    for workload in workloads:
        plans = plans_for(workload, SATURATION_INTERACTIONS)
        rates, bot_cpu, bench_cpu = [], [], []
        for _ in range(runs):
            before = stored_total(url)
            bot_before, bench_before = cpu_seconds(bot_pids), time.process_time()
            tally = run_load(phones, plans, Pacer(None, updates_of(plans)))
            bot_cpu.append((cpu_seconds(bot_pids) - bot_before) * 1000 / tally.updates)
            bench_cpu.append((time.process_time() - bench_before) * 1000 / tally.updates)
            check_totals(url, before, tally)
            rates.append(tally.updates / (tally.finished - tally.started))
        verdict = "ok" if statistics.median(rates) >= SATURATION_GOAL else "UNDER"
        print(
            f"  {label:<10} {workload:<9} saturation, limiter off  updates/s  {spread(rates)}"
            f"   goal ≥ {SATURATION_GOAL:g}  {verdict}"
        )
        print(
            f"  {label:<10} {workload:<9} CPU ms per update: bot {statistics.median(bot_cpu):.2f},"
            f" stand-in and phones {statistics.median(bench_cpu):.2f}"
        )


def paced(
    label: str,
    url: str,
    phones: list[Phone],
    runs: int,
    *,
    bot_pids: list[int],
    workloads: tuple[str, ...] = WORKLOADS,
) -> None:
    del bot_pids  # Only saturation reports CPU time.
    for workload in workloads:
        per_user = max(1, int(RATE * RATE_SECONDS / USERS / (1.3 if workload == "mix" else 1)))
        plans = plans_for(workload, per_user)
        p50s, p95s = [], []
        for _ in range(runs):
            before = stored_total(url)
            tally = run_load(phones, plans, Pacer(RATE, updates_of(plans)))
            check_totals(url, before, tally)
            p50s.append(statistics.median(tally.latencies) * 1000)
            p95s.append(percentile(tally.latencies, 0.95) * 1000)
        verdict = "ok" if statistics.median(p95s) <= P95_GOAL_MS else "OVER"
        print(f"  {label:<10} {workload:<9} {RATE:g} updates/s, limiter on  p50 ms {spread(p50s)}")
        print(
            f"  {label:<10} {workload:<9} {RATE:g} updates/s, limiter on  p95 ms {spread(p95s)}"
            f"   goal ≤ {P95_GOAL_MS:g}  {verdict}"
        )


def check_totals(url: str, before: tuple[int, int], tally: Tally) -> None:
    entries, total = stored_total(url)
    expected = (before[0] + tally.logs, before[1] + tally.logs)
    assert (entries, total) == expected, f"stored {entries, total}, expected {expected}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--workload", choices=WORKLOADS, help="only this workload")
    parser.add_argument("--regime", choices=("saturation", "paced"), help="only this regime")
    parser.add_argument(
        "--webhooks",
        type=int,
        default=2,
        help="also run this many webhook processes on PostgreSQL behind a round-robin balancer",
    )
    parser.add_argument(
        "--compare-clients",
        action="store_true",
        help="also run SQLite with python-telegram-bot's own httpx client",
    )
    args = parser.parse_args()
    workloads = (args.workload,) if args.workload else WORKLOADS
    regimes = [
        (limiter, partial(body, workloads=workloads))
        for limiter, body in ((False, saturation), (True, paced))
        if args.regime in (None, body.__name__)
    ]
    databases: list[tuple[str, Callable[[Path], str]]] = [
        ("SQLite", lambda folder: f"sqlite:///{folder / 'load.db'}")
    ]
    postgres = os.environ.get("GOALBOT_TEST_POSTGRES_URL")
    if postgres and not args.sqlite_only:
        databases.append(("PostgreSQL", lambda _folder: empty_postgres(postgres)))
    print(f"{USERS} users, {args.runs} runs each; totals checked after every run")
    setups = [(label, new_url, 0, HttpClient.AIOHTTP) for label, new_url in databases]
    if args.compare_clients:
        setups.insert(1, ("SQLite httpx", databases[0][1], 0, HttpClient.HTTPX))
    if postgres and not args.sqlite_only and args.webhooks > 1:
        setups.append(
            (f"PG ×{args.webhooks} hook", databases[-1][1], args.webhooks, HttpClient.AIOHTTP)
        )
    for label, new_url, webhooks, http_client in setups:
        for limiter, body in regimes:
            with tempfile.TemporaryDirectory() as name:
                folder = Path(name)
                url = new_url(folder)
                measure(
                    label,
                    url,
                    runs=args.runs,
                    folder=folder,
                    limiter=limiter,
                    body=body,
                    webhooks=webhooks,
                    http_client=http_client,
                )
    print("totals exact in every run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
