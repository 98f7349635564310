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
    one result that every caller of the batch receives.
    """

    def __init__(self, lane: DatabaseLane, write: Callable[[Sequence[T]], R]) -> None:
        self._lane, self._write = lane, write
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def add(self, item: T) -> R:
        """Returns the result of the batch that wrote ``item``, once it is written."""
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._drain(), name="database batch")
        return await future

    async def _drain(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            try:
                result = await self._lane.run(self._write, [item for item, _ in batch])
            except Exception as error:  # Every caller of the batch sees the failure.
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error)
                continue
            for _, future in batch:
                if not future.done():
                    future.set_result(result)
