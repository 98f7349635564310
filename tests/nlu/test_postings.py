"""The numpy postings sum ranks rows exactly as a row-by-row sum in Python does."""

from __future__ import annotations

import heapq
import random

import numpy as np

from nlu.postings import Hits, Postings, in_projects

ROWS = 300
TOKENS = [f"w{number}" for number in range(12)]


def _random_lists(seed: int) -> dict[str, list[tuple[int, float]]]:
    chance = random.Random(seed)
    lists: dict[str, list[tuple[int, float]]] = {}
    for token in TOKENS:
        rows = sorted(chance.sample(range(ROWS), chance.randint(1, ROWS // 2)))
        # Few distinct factors, so that many rows tie.
        lists[token] = [(row, chance.choice((1.0, 0.5, 1.5))) for row in rows]
    return lists


def _python_best(
    lists: dict[str, list[tuple[int, float]]],
    asked: list[tuple[str, float]],
    *,
    keep: set[int] | None,
    limit: int,
) -> list[int]:
    scores: dict[int, float] = {}
    for token, weight in asked:
        for row, factor in lists.get(token, ()):
            if keep is None or row in keep:
                scores[row] = scores.get(row, 0.0) + weight * factor
    return heapq.nlargest(limit, scores, key=scores.__getitem__)


def test_best_rows_and_their_tie_order_equal_a_python_sum() -> None:
    for seed in range(40):
        lists = _random_lists(seed)
        chance = random.Random(seed + 1000)
        asked = [
            (chance.choice([*TOKENS, "absent"]), chance.choice((1.0, 2.0, 0.25)))
            for _ in range(chance.randint(1, 6))
        ]
        projects = np.array([row // 30 for row in range(ROWS)], dtype=np.int64)
        asked_projects = set(chance.sample(range(10), chance.randint(0, 3)))
        keep = {row for row in range(ROWS) if row // 30 in asked_projects} or None
        hits = Hits(ROWS)
        postings = Postings(lists)
        for token, weight in asked:
            postings.add(hits, token, weight)
        rows = hits.rows(in_projects(projects, asked_projects))
        found = hits.best(rows, (hits.scores,), limit=8)
        assert found == _python_best(lists, asked, keep=keep, limit=8), seed


def test_a_word_no_row_holds_reaches_nothing() -> None:
    hits = Hits(5)
    Postings({"a": [(1, 1.0), (3, 1.0)]}).add(hits, "b", 1.0)
    assert hits.rows().tolist() == []
    assert hits.best(hits.rows(), (hits.scores,), limit=3) == []


def test_second_key_breaks_ties_of_the_first() -> None:
    hits = Hits(4)
    Postings({"a": [(0, 1.0), (1, 1.0), (2, 1.0)]}).add(hits, "a", 1.0)
    shares = np.array([0.2, 0.9, 0.5, 0.0])
    assert hits.best(hits.rows(), (hits.scores, shares), limit=2) == [1, 2]
