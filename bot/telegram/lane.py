"""Where the bot's database work runs: a few threads, or one for a SQLite file."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Generic, ParamSpec, TypeVar

from sqlalchemy import Engine

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
# PostgreSQL runs transactions of different chats side by side.
SERVER_DATABASE_THREADS = 8
# SQLSTATEs of a transaction PostgreSQL aborted for another's sake: deadlock detected,
# serialization failure. Tried again, it goes through.
TRANSIENT_SQLSTATES = frozenset({"40P01", "40001"})
TRANSIENT_ATTEMPTS = 3


class DatabaseLane:
    """Runs blocking database calls off the event loop.

    SQLite lets one writer in at a time and makes the others sleep and retry, so writes
    from several threads of one process wait far longer than they take. One thread for
    a SQLite file runs them back to back instead.
    """

    def __init__(self, engine: Engine) -> None:
        threads = 1 if engine.dialect.name == "sqlite" else SERVER_DATABASE_THREADS
        self._executor = ThreadPoolExecutor(threads, thread_name_prefix="database")

    async def run(self, function: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        """Returns ``function(*args, **kwargs)``, run on the lane."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(function, *args, **kwargs))


class Batch(Generic[T, R]):
    """Gathers items that arrive while a batch is being written, and writes them together.

    Each caller waits until its item is committed, as if alone, but a burst of updates
    costs one commit instead of one each. ``write`` takes the gathered items and returns
    one outcome per item, in order: its result, or the exception its caller gets.
    """

    def __init__(
        self, lane: DatabaseLane, write: Callable[[Sequence[T]], Sequence[R | Exception]]
    ) -> None:
        self._lane, self._write = lane, write
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def add(self, item: T) -> R:
        """Returns the outcome of ``item``, once the batch that wrote it is committed."""
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._drain(), name="database batch")
        return await future

    async def _drain(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            try:
                outcomes = await self._lane.run(self._write, [item for item, _ in batch])
            except Exception as error:  # Every caller of the batch sees the failure.
                outcomes = [error] * len(batch)
            for (_, future), outcome in zip(batch, outcomes, strict=True):
                if future.done():  # Its caller gave up waiting.
                    continue
                if isinstance(outcome, Exception):
                    future.set_exception(outcome)
                else:
                    future.set_result(outcome)


def one_by_one(
    write: Callable[[Sequence[T]], Sequence[R | Exception]],
) -> Callable[[Sequence[T]], Sequence[R | Exception]]:
    """Wraps a batch writer so that a failed batch is retried item by item.

    The batch's transaction rolled back as a whole; alone, each item gets its own result
    and only the one that fails again gets the error. A transaction the database aborted
    for another's sake (a deadlock between two processes, a serialization failure) is no
    fault of its items: a lone item is tried again too, up to :data:`TRANSIENT_ATTEMPTS`.
    """

    def write_or_retry(items: Sequence[T]) -> Sequence[R | Exception]:
        try:
            return write(items)
        except Exception as error:
            if len(items) == 1 and not is_transient(error):
                return [error]
        return [_alone(write, item) for item in items]

    return write_or_retry


def _alone(write: Callable[[Sequence[T]], Sequence[R | Exception]], item: T) -> R | Exception:
    """Writes one item in its own transaction, again while the database aborts it."""
    for attempt in range(1, TRANSIENT_ATTEMPTS + 1):
        try:
            (outcome,) = write([item])
            return outcome
        except Exception as error:
            if attempt == TRANSIENT_ATTEMPTS or not is_transient(error):
                return error
    raise AssertionError("unreachable")


def is_transient(error: BaseException) -> bool:
    """Tells a deadlock or serialization failure, which the same transaction survives when
    tried again, from an error of the work itself."""
    code = getattr(getattr(error, "orig", None), "sqlstate", None)
    return code in TRANSIENT_SQLSTATES


def per_bot(items: Sequence[tuple[int, T]]) -> list[tuple[int, list[T]]]:
    """Groups (bot id, item) pairs of a batch by bot, each bot's items in arrival order."""
    groups: dict[int, list[T]] = {}
    for bot_id, item in items:
        groups.setdefault(bot_id, []).append(item)
    return list(groups.items())
