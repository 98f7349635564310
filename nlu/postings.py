"""Word postings summed over a question's words with numpy: the candidate step shared by the
indicator matcher and the goal-text retriever.

Summing a common word's postings row by row in Python costs milliseconds at 10,000 indicators;
numpy adds a word's whole list at once. Ties keep the order a row-by-row sum would give (the
word that hit a row first, then the row's position), so the answers do not change.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import numpy as np
import numpy.typing as npt

NOT_HIT = np.iinfo(np.int64).max  # the first-hit step of a row no word reached


class Postings:
    """Token → the rows holding it, each with a factor (1.0 unless given)."""

    def __init__(self, lists: Mapping[str, Sequence[tuple[int, float]]]) -> None:
        self._rows = {token: np.array([row for row, _ in found]) for token, found in lists.items()}
        self._factors = {
            token: np.array([factor for _, factor in found], dtype=np.float64)
            for token, found in lists.items()
        }

    def add(self, hits: Hits, token: str, weight: float) -> None:
        """Adds ``weight`` times each row's factor to the rows holding ``token``."""
        hits.step += 1
        rows = self._rows.get(token)
        if rows is None:
            return
        hits.scores[rows] += weight * self._factors[token]
        hits.first[rows] = np.minimum(hits.first[rows], hits.step)


class Hits:
    """The summed weight of every row, and the step at which a word first reached it."""

    def __init__(self, size: int) -> None:
        self.scores: npt.NDArray[np.float64] = np.zeros(size, dtype=np.float64)
        self.first: npt.NDArray[np.int64] = np.full(size, NOT_HIT, dtype=np.int64)
        self.step = 0

    def rows(self, keep: npt.NDArray[np.bool_] | None = None) -> npt.NDArray[np.intp]:
        """Returns the rows some word reached (of those ``keep`` allows), in table order."""
        reached = self.first < NOT_HIT
        if keep is not None:
            reached &= keep
        return np.flatnonzero(reached)

    def best(
        self,
        rows: npt.NDArray[np.intp],
        keys: Sequence[npt.NDArray[np.float64]],
        *,
        limit: int,
    ) -> list[int]:
        """Returns up to ``limit`` of ``rows``, the highest ``keys`` first (the first key
        decides, later ones break ties); equal rows in the order they were first reached."""
        if not len(rows):
            return []
        chosen = rows
        order = np.lexsort((chosen, self.first[chosen], *(-key[chosen] for key in reversed(keys))))
        return [int(row) for row in chosen[order[:limit]]]


def in_projects(
    row_projects: npt.NDArray[np.int64], project_ids: Collection[int]
) -> npt.NDArray[np.bool_] | None:
    """Returns which rows belong to the projects asked (None when no project is asked)."""
    if not project_ids:
        return None
    return np.isin(row_projects, np.fromiter(project_ids, dtype=np.int64))
