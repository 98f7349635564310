"""Orders word lists the same way in every run."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache


def longest_first(words: Iterable[str]) -> list[str]:
    """Returns ``words`` longest first, words of one length in code-point order.

    Word lists are read into sets, whose order changes with the hash seed; removing or matching
    words in that order gave one question two answers across runs (平摊到 read as 平摊 or 摊到).
    """
    return sorted(words, key=lambda word: (-len(word), word))


@cache
def longest_first_of(words: frozenset[str]) -> tuple[str, ...]:
    """Returns :func:`longest_first` of a fixed word set, sorted once for every question."""
    return tuple(longest_first(words))


def alternation(words: Iterable[str]) -> str:
    """Returns a regular-expression alternation of ``words``, escaped, longest first (so that
    the longest word said is the one matched)."""
    return "|".join(map(re.escape, longest_first(words)))
