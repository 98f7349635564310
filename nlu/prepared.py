"""Word tables and patterns read from the data files once per process.

Each is built on first use. A long-running process (the bot, the terminal chat) builds them
all when it starts, so that no asker's question pays for compiling a pattern of a few hundred
words (tens of milliseconds each); a one-shot ``goalbot ask`` builds only what it needs.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import cache
from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

_BUILDERS: list[Callable[[], object]] = []


def built_once(builder: Callable[[], T]) -> Callable[[], T]:
    """Caches what ``builder`` returns and registers it for :func:`prepare`."""
    cached = cache(builder)
    _BUILDERS.append(cached)
    return cached


def prepare() -> int:
    """Builds every registered table and pattern not yet built; returns how many there are."""
    from nlu import engine  # noqa: F401 - imports every module that registers a builder

    for builder in _BUILDERS:
        builder()
    return len(_BUILDERS)


class Memo(Generic[K, T]):
    """Results kept for their inputs, at most ``size``, emptied when full: a question's parts
    and checks ask the same things again, and no memo grows with the questions asked."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._kept: dict[K, T] = {}

    def get(self, key: K, make: Callable[[], T]) -> T:
        """Returns what was kept for ``key``, else ``make()``, kept."""
        found = self._kept.get(key)
        if found is None:
            if len(self._kept) >= self._size:
                self._kept.clear()
            found = self._kept[key] = make()
        return found
