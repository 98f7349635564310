"""Inverse document frequencies shared by the indicator matcher and the passage retriever."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

# A token seen nowhere in the data is probably chatter, but it still dilutes a match.
UNSEEN_WEIGHT_SHARE = 0.5


class TermWeights:
    """IDF of every token in a corpus of token sets, with a default for unseen tokens."""

    def __init__(self, documents: Iterable[frozenset[str]]) -> None:
        frequency: Counter[str] = Counter()
        count = 0
        for tokens in documents:
            frequency.update(tokens)
            count += 1
        self._idf = {
            token: math.log(1 + (count - df + 0.5) / (df + 0.5)) for token, df in frequency.items()
        }
        self._unseen = math.log(1 + (count + 0.5) / 0.5) * UNSEEN_WEIGHT_SHARE

    def __contains__(self, token: str) -> bool:
        return token in self._idf

    def weight(self, token: str) -> float:
        """Returns the IDF of ``token``."""
        return self._idf.get(token, self._unseen)

    @property
    def vocabulary(self) -> list[str]:
        """Returns every known token."""
        return list(self._idf)
