"""Fuzzy matching of a question to indicators: project first, then the indicator within it."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from knowledge.catalog import Catalog, IndicatorInfo
from nlu.lexicon import Lexicon
from nlu.normalize import Normalizer, strip_punctuation
from nlu.ordering import longest_first
from nlu.postings import Hits, Postings, in_projects
from nlu.query import Query
from nlu.vocabulary import Vocabulary
from nlu.weights import TermWeights

MIN_INDICATOR_SCORE = 55.0  # below this an indicator is not what the question is about
CONFIDENT_SCORE = 68.0  # a lone candidate at or above this is answered without asking
CLOSE_MARGIN = 6.0  # candidates this close are too close to choose between
CLEAR_GAP = 25.0  # a candidate this far ahead of the next is answered even below CONFIDENT_SCORE
STRONG_RECALL = 0.75  # the question names (almost) the whole indicator
STRONG_PRECISION = 0.7
PRECISION_WEIGHT = 0.6  # how much of the question the indicator explains
RECALL_WEIGHT = 0.4  # how much of the indicator the question names
FUZZY_WEIGHT = 0.15  # share of the character-level rapidfuzz similarity in the score
UNIT_MATCH_BONUS = 8.0
UNIT_COMPATIBLE_BONUS = 3.0
UNIT_MISMATCH_PENALTY = 10.0
RERANK_CANDIDATES = 24
MATCH_MEMO_SIZE = 256  # matches kept: a question asks again of its parts and their scope


@dataclass(frozen=True)
class IndicatorMatch:
    """An indicator with how well it fits a question."""

    indicator: IndicatorInfo
    score: float
    precision: float
    recall: float
    text: str = ""  # the normalised name the question was matched against

    @property
    def strong(self) -> bool:
        """Tells whether the question names this indicator nearly in full."""
        return self.recall >= STRONG_RECALL and self.precision >= STRONG_PRECISION


@dataclass(frozen=True)
class _Entry:
    indicator: IndicatorInfo
    text: str
    tokens: frozenset[str]


def indicator_text(
    indicator: IndicatorInfo, *, project_name: str, normalizer: Normalizer, lexicon: Lexicon
) -> str:
    """Returns an indicator name without the project name it repeats.

    企业科技创新服务成本控制数 becomes 成本控制数.
    """
    text = strip_punctuation(normalizer.normalize(indicator.name))
    for variant in longest_first(lexicon.variants(project_name)):
        if variant in text and len(variant) < len(text):
            return text.replace(variant, "")
    return text


class IndicatorMatcher:
    """Scores indicators against a question by weighted token overlap, units and rapidfuzz."""

    def __init__(self, catalog: Catalog, *, lexicon: Lexicon, normalizer: Normalizer) -> None:
        self._vocabulary: Vocabulary = lexicon.vocabulary
        self._entries: list[_Entry] = []
        lists: dict[str, list[tuple[int, float]]] = {}
        for project in catalog.projects:
            project_name = normalizer.normalize(project.name)
            for indicator in project.indicators:
                text = indicator_text(
                    indicator, project_name=project_name, normalizer=normalizer, lexicon=lexicon
                )
                tokens = frozenset(lexicon.tokens(text))
                for token in tokens:
                    lists.setdefault(token, []).append((len(self._entries), 1.0))
                self._entries.append(_Entry(indicator, text, tokens))
        self._postings = Postings(lists)
        self._projects = np.array(
            [entry.indicator.project_id for entry in self._entries], dtype=np.int64
        )
        self._totals = np.ones(len(self._entries), dtype=np.float64)
        self._memo: dict[tuple[object, ...], list[IndicatorMatch]] = {}

    @property
    def token_sets(self) -> list[frozenset[str]]:
        """Returns the token set of every indicator (for the shared IDF)."""
        return [entry.tokens for entry in self._entries]

    def tokens_by_project(self) -> dict[int, set[str]]:
        """Returns the tokens of every project's indicator names."""
        found: dict[int, set[str]] = {}
        for entry in self._entries:
            found.setdefault(entry.indicator.project_id, set()).update(entry.tokens)
        return found

    def set_weights(self, weights: TermWeights) -> None:
        """Fixes the IDF table used for scoring."""
        self._weights = weights
        self._memo.clear()
        self._totals = np.array(
            [sum(weights.weight(t) for t in entry.tokens) or 1.0 for entry in self._entries],
            dtype=np.float64,
        )

    def match(self, query: Query, *, project_ids: Collection[int] = ()) -> list[IndicatorMatch]:
        """Returns the indicators that share words with ``query``, best first."""
        if query.total_weight <= 0:
            return []
        key = (
            query.remainder,
            query.unit,
            tuple((term.token, term.weight) for term in query.terms),
            tuple(sorted(project_ids)),
        )
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= MATCH_MEMO_SIZE:
                self._memo.clear()
            found = self._memo[key] = self._ranked(query, project_ids)
        return list(found)

    def _ranked(self, query: Query, project_ids: Collection[int]) -> list[IndicatorMatch]:
        hits = Hits(len(self._entries))
        for term in query.terms:
            self._postings.add(hits, term.token, term.weight)
        # Most weight matched first, then the larger share of the name: the candidates kept
        # for re-scoring, without sorting every row a common word matches (10,000 rows).
        ranked = hits.best(
            hits.rows(in_projects(self._projects, project_ids)),
            (hits.scores, hits.scores / self._totals),
            limit=RERANK_CANDIDATES,
        )
        results = [self._score(index, query) for index in ranked]
        return sorted(results, key=lambda match: match.score, reverse=True)

    def _score(self, index: int, query: Query) -> IndicatorMatch:
        entry = self._entries[index]
        precision, recall = self._overlap(index, query)
        overlap = 100 * (PRECISION_WEIGHT * precision + RECALL_WEIGHT * recall)
        similarity = fuzz.partial_ratio(entry.text, query.remainder)
        score = (1 - FUZZY_WEIGHT) * overlap + FUZZY_WEIGHT * similarity
        score += self._unit_adjustment(query.unit, entry.indicator.target.unit)
        return IndicatorMatch(entry.indicator, score, precision, recall, entry.text)

    def _overlap(self, index: int, query: Query) -> tuple[float, float]:
        """Returns the weighted shares of the question and of the indicator that match.

        A question word also matches when it is written inside the indicator name
        (辩论队 in 上海高校辩论队人数) even if the tokenizer cut the name differently.
        """
        entry = self._entries[index]
        question_words = {term.token for term in query.terms}
        matched_question = sum(
            term.weight
            for term in query.terms
            if term.token in entry.tokens or term.token in entry.text
        )
        matched_indicator = sum(
            self._weights.weight(token)
            for token in entry.tokens
            if token in question_words or token in query.remainder
        )
        precision = matched_question / (query.total_weight or 1.0)
        return min(precision, 1.0), min(matched_indicator / float(self._totals[index]), 1.0)

    @property
    def vocabulary(self) -> Vocabulary:
        """Returns the vocabulary the matcher reads synonyms and units by."""
        return self._vocabulary

    def unit_fits(self, asked: str | None, unit: str | None) -> bool:
        """Tells whether an indicator's unit answers a question asked in ``asked``."""
        return self._unit_adjustment(asked, unit) >= 0

    def _unit_adjustment(self, asked: str | None, unit: str | None) -> float:
        if asked is None or unit is None:
            return 0.0
        if asked == unit:
            return UNIT_MATCH_BONUS
        if self._vocabulary.units_compatible(asked, unit):
            return UNIT_COMPATIBLE_BONUS
        return -UNIT_MISMATCH_PENALTY
