"""The database lane: one thread for SQLite, and writes gathered into batches."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Sequence

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from bot.dialogue.context import App
from bot.telegram.lane import (
    SERVER_DATABASE_THREADS,
    TRANSIENT_ATTEMPTS,
    Batch,
    DatabaseLane,
    is_transient,
    one_by_one,
    per_bot,
)
from storage.database import create_db_engine


def test_a_sqlite_file_gets_one_thread_and_a_server_several(app: App) -> None:
    async def threads(lane: DatabaseLane) -> set[str]:
        barrier = threading.Barrier(2, timeout=0.5)

        def meet() -> str:
            # Alone on the lane, nobody else reaches the barrier and it breaks.
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait()
            return threading.current_thread().name

        return set(await asyncio.gather(lane.run(meet), lane.run(meet)))

    assert len(asyncio.run(threads(DatabaseLane(app.engine)))) == 1
    server = create_db_engine("postgresql://goalbot@127.0.0.1:1/none")  # never connected
    assert SERVER_DATABASE_THREADS > 1
    assert len(asyncio.run(threads(DatabaseLane(server)))) == 2


def test_items_arriving_during_a_write_go_into_the_next_batch(app: App) -> None:
    batches: list[list[int]] = []
    writing = threading.Event()
    release = threading.Event()

    def write(items: Sequence[int]) -> list[int]:
        batches.append(list(items))
        if len(batches) == 1:
            writing.set()
            release.wait(5)
        return [len(batches) * 10 + item for item in items]

    async def play() -> list[int]:
        batch: Batch[int, int] = Batch(DatabaseLane(app.engine), write)
        first = asyncio.create_task(batch.add(1))
        await asyncio.to_thread(writing.wait, 5)
        later = [asyncio.create_task(batch.add(n)) for n in (2, 3, 4)]
        await asyncio.sleep(0.05)
        release.set()
        return await asyncio.gather(first, *later)

    assert asyncio.run(play()) == [11, 22, 23, 24]  # each caller: its batch, its own item
    assert batches == [[1], [2, 3, 4]]


def test_a_failed_write_reaches_every_caller_of_its_batch_only(app: App) -> None:
    def write(items: Sequence[int]) -> list[int]:
        if 0 in items:
            raise ValueError("disk full")
        return [sum(items)] * len(items)

    async def play() -> tuple[Sequence[object], int]:
        batch: Batch[int, int] = Batch(DatabaseLane(app.engine), write)
        failed = await asyncio.gather(batch.add(0), batch.add(5), return_exceptions=True)
        return failed, await batch.add(7)

    failed, later = asyncio.run(play())
    assert [type(outcome) for outcome in failed] == [ValueError, ValueError]
    assert later == 7


def test_a_batch_answers_each_caller_once_even_if_one_gave_up(app: App) -> None:
    async def play() -> int:
        batch: Batch[int, int] = Batch(DatabaseLane(app.engine), lambda items: [sum(items)])
        gone = asyncio.create_task(batch.add(1))
        await asyncio.sleep(0)
        gone.cancel()
        with pytest.raises(asyncio.CancelledError):
            await gone
        # A writer that tripped over the abandoned caller would never answer this one.
        return await asyncio.wait_for(batch.add(2), timeout=5)

    assert asyncio.run(play()) == 2  # 1 was written in a batch of its own


def test_a_failed_batch_is_retried_item_by_item_and_only_the_bad_item_fails() -> None:
    written: list[list[int]] = []

    def write(items: Sequence[int]) -> list[int]:
        written.append(list(items))
        if 0 in items:  # like a turn that raises: the whole transaction rolls back
            raise ValueError("bad item")
        return [item * 2 for item in items]

    outcomes = one_by_one(write)([3, 0, 4])
    assert outcomes[0] == 6 and outcomes[2] == 8
    assert isinstance(outcomes[1], ValueError)
    assert written == [[3, 0, 4], [3], [0], [4]]
    assert one_by_one(write)([5, 6]) == [10, 12]  # a good batch is written once
    assert written[-1] == [5, 6]


class _Aborted(Exception):
    """What SQLAlchemy raises for a transaction PostgreSQL aborted (``orig.sqlstate``)."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.orig = type("DriverError", (), {"sqlstate": sqlstate})()


def test_a_lone_item_is_tried_again_only_when_the_database_aborted_it() -> None:
    attempts: list[int] = []

    def write(items: Sequence[int]) -> list[int]:
        attempts.append(items[0])
        if items[0] == 1 and attempts.count(1) == 1:
            raise _Aborted("40P01")  # deadlock detected, once
        if items[0] == 2:
            raise _Aborted("40001")  # serialization failure, every time
        if items[0] == 3:
            raise ValueError("bad item")
        return [item * 10 for item in items]

    assert one_by_one(write)([1]) == [10]
    (gave_up,) = one_by_one(write)([2])
    assert isinstance(gave_up, _Aborted) and attempts.count(2) == 1 + TRANSIENT_ATTEMPTS
    (bad,) = one_by_one(write)([3])
    assert isinstance(bad, ValueError) and attempts.count(3) == 1  # its own fault: not again


def test_a_real_deadlock_between_two_transactions_is_transient(postgres_url: str) -> None:
    engine = create_db_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE lane_rows (id int PRIMARY KEY, n int)"))
        connection.execute(text("INSERT INTO lane_rows VALUES (1, 0), (2, 0)"))
    both_hold_one = threading.Barrier(2, timeout=10)
    errors: list[BaseException] = []

    def cross(first: int, second: int) -> None:
        try:
            with engine.begin() as connection:
                update = text("UPDATE lane_rows SET n = n + 1 WHERE id = :id")
                connection.execute(update, {"id": first})
                both_hold_one.wait()
                connection.execute(update, {"id": second})
        except DBAPIError as error:
            errors.append(error)

    threads = [threading.Thread(target=cross, args=pair) for pair in ((1, 2), (2, 1))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    engine.dispose()
    assert len(errors) == 1 and is_transient(errors[0])
    assert not is_transient(ValueError("bad item"))


def test_a_batch_is_grouped_per_bot_in_arrival_order() -> None:
    items = [(1, "a"), (2, "x"), (1, "b"), (1, "c")]
    assert per_bot(items) == [(1, ["a", "b", "c"]), (2, ["x"])]
