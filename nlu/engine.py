"""The question engine: one question (and what came before) in, a structured answer out."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from knowledge.catalog import Catalog, IndicatorInfo, ProjectInfo
from nlu import intents
from nlu.intents import Aggregate, MoneyField, ProjectField
from nlu.lexicon import Lexicon, build_lexicon
from nlu.matcher import (
    CLEAR_GAP,
    CLOSE_MARGIN,
    CONFIDENT_SCORE,
    MIN_INDICATOR_SCORE,
    IndicatorMatch,
    IndicatorMatcher,
)
from nlu.normalize import Normalizer
from nlu.query import Query, read_query
from nlu.retrieval import PassageMatch, PassageRetriever, PassageSource
from nlu.vocabulary import Vocabulary, load_vocabulary
from nlu.weights import TermWeights

MIN_PASSAGE_COVERAGE = 0.75  # a goal sentence must explain this share of the question
PASSAGE_MARGIN = 0.15  # ...and this much more of it than the best indicator does
WEAK_PASSAGE_COVERAGE = 0.6  # enough for a quote when no indicator fits at all
MIN_SUGGESTION_SCORE = 40.0  # weaker candidates are not worth offering
MAX_SUGGESTIONS = 3
_ORDINAL = re.compile(r"第\d+[届次期轮批]")
LEVEL_SUFFIX = "指标"


class Topic:
    """Names of what a turn was about, kept for follow-ups."""

    TARGET = "target"
    PROGRESS = "progress"
    LISTING = "listing"
    PASSAGE = "passage"
    OVERVIEW = "overview"
    MONEY_PREFIX = "money:"
    FACT_PREFIX = "fact:"


@dataclass(frozen=True)
class FollowUp:
    """What a follow-up question needs from the previous turn."""

    project_ids: tuple[int, ...] = ()
    indicator_ids: tuple[int, ...] = ()
    topic: str | None = None


@dataclass(frozen=True)
class IndicatorAnswer:
    """Targets (or progress) of one indicator, or of one namesake per project."""

    indicators: tuple[IndicatorInfo, ...]
    progress: bool = False


@dataclass(frozen=True)
class Clarification:
    """Candidates too close to choose between: ask the user."""

    candidates: tuple[IndicatorInfo, ...]
    progress: bool = False


@dataclass(frozen=True)
class MoneyAnswer:
    """An amount of 项目资金 for some projects, per project or combined."""

    field: MoneyField
    aggregate: Aggregate
    projects: tuple[ProjectInfo, ...]


@dataclass(frozen=True)
class FactAnswer:
    """A header fact or the goal of some projects."""

    field: ProjectField
    projects: tuple[ProjectInfo, ...]


@dataclass(frozen=True)
class ProjectList:
    """Every known project."""

    projects: tuple[ProjectInfo, ...]


@dataclass(frozen=True)
class IndicatorGroup:
    """The indicators of one project that a listing shows."""

    project: ProjectInfo
    indicators: tuple[IndicatorInfo, ...]


@dataclass(frozen=True)
class IndicatorList:
    """Indicators per project, optionally of one level, or only their count."""

    groups: tuple[IndicatorGroup, ...]
    level: str | None
    count_only: bool


@dataclass(frozen=True)
class PassageAnswer:
    """Sentences of goal texts (or indicator names) that state the fact asked for."""

    matches: tuple[PassageMatch, ...]


@dataclass(frozen=True)
class ProjectOverview:
    """A project named without a question about it."""

    project: ProjectInfo


@dataclass(frozen=True)
class OutOfScope:
    """Nothing in the data answers this; ``greeting`` when it was small talk."""

    greeting: bool = False


Answer = (
    IndicatorAnswer
    | Clarification
    | MoneyAnswer
    | FactAnswer
    | ProjectList
    | IndicatorList
    | PassageAnswer
    | ProjectOverview
    | OutOfScope
)


@dataclass(frozen=True)
class Interpretation:
    """The answer to a question and the state a follow-up needs."""

    answer: Answer
    followup: FollowUp = field(default_factory=FollowUp)


class QuestionEngine:
    """Understands questions about one catalog; build it once at start-up."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        vocabulary: Vocabulary | None = None,
        normalizer: Normalizer | None = None,
        dictionary: str | None = None,
    ) -> None:
        self.catalog = catalog
        self._normalizer = normalizer or Normalizer()
        self.lexicon: Lexicon = build_lexicon(
            catalog,
            vocabulary=vocabulary or load_vocabulary(),
            normalizer=self._normalizer,
            dictionary=dictionary,
        )
        self._matcher = IndicatorMatcher(
            catalog, lexicon=self.lexicon, normalizer=self._normalizer
        )
        self._retriever = PassageRetriever(
            catalog, lexicon=self.lexicon, normalizer=self._normalizer
        )
        self._weights = TermWeights([*self._matcher.token_sets, *self._retriever.token_sets])
        self._matcher.set_weights(self._weights)
        self._retriever.set_weights(self._weights)
        self._levels = _level_names(catalog, self._normalizer)

    def read(self, text: str) -> Query:
        """Reads one question (exposed for tests and benchmarks)."""
        return read_query(
            text, lexicon=self.lexicon, normalizer=self._normalizer, weights=self._weights
        )

    def interpret(self, text: str, *, context: FollowUp | None = None) -> Interpretation:
        """Answers ``text``; ``context`` is the follow-up state of the previous turn."""
        query = self.read(text)
        context = context or FollowUp()
        scope = self._scope(query, context)
        answer = self._answer(query, scope, context)
        return Interpretation(answer, _followup_after(answer, scope=scope, previous=context))

    def indicator(self, indicator_id: int) -> IndicatorInfo | None:
        """Returns an indicator by id, or None when the catalog no longer has it."""
        try:
            return self.catalog.indicator(indicator_id)
        except KeyError:
            return None

    def project(self, project_id: int) -> ProjectInfo | None:
        """Returns a project by id, or None when the catalog no longer has it."""
        try:
            return self.catalog.project(project_id)
        except KeyError:
            return None

    def _scope(self, query: Query, context: FollowUp) -> tuple[int, ...]:
        if query.project_ids:
            return query.project_ids
        return context.project_ids if query.followup else ()

    def _projects(self, scope: Sequence[int]) -> tuple[ProjectInfo, ...]:
        if not scope:
            return self.catalog.projects
        return tuple(project for project in self.catalog.projects if project.id in scope)

    def _answer(self, query: Query, scope: tuple[int, ...], context: FollowUp) -> Answer:
        rules = query.rules
        if query.followup and query.project_ids and not query.terms and context.topic:
            repeated = self._repeat(context, scope)
            if repeated is not None:
                return repeated
        matches = self._matcher.match(query, project_ids=scope)
        strong = bool(matches) and matches[0].strong
        keyword_answer = None if strong else self._keyword_answer(query, scope)
        if keyword_answer is not None:
            return keyword_answer
        progress = intents.asks_progress(rules) or (
            query.followup and context.topic == Topic.PROGRESS
        )
        if intents.asks_ordinal(rules):
            ordinal = self._ordinal(query, scope)
            if ordinal is not None:
                return ordinal
        return self._indicator_or_passage(query, scope, matches, progress=progress)

    def _keyword_answer(self, query: Query, scope: tuple[int, ...]) -> Answer | None:
        rules = query.rules
        money = intents.money_field(rules)
        if money is not None:
            return self._money(money, intents.aggregate(rules), scope)
        if intents.asks_projects(rules) and not query.project_ids:
            return ProjectList(self.catalog.projects)
        if intents.asks_listing(rules) or intents.asks_count(rules):
            return self._listing(query, scope)
        fact = intents.project_field(rules)
        if fact is not None:
            return FactAnswer(fact, self._projects(scope))
        return None

    def _money(self, money: MoneyField, aggregate: Aggregate, scope: tuple[int, ...]) -> Answer:
        projects = self._projects(scope)
        if len(projects) < 2:
            aggregate = Aggregate.EACH
        return MoneyAnswer(money, aggregate, projects)

    def _listing(self, query: Query, scope: tuple[int, ...]) -> IndicatorList:
        level = _find_level(query.remainder, self._levels)
        groups = []
        for project in self._projects(scope):
            chosen = tuple(
                indicator
                for indicator in project.indicators
                if level is None or level in (indicator.level1, indicator.level2)
            )
            if chosen:
                groups.append(IndicatorGroup(project, chosen))
        count_only = intents.asks_count(query.rules) and not intents.asks_listing(query.rules)
        return IndicatorList(tuple(groups), level, count_only)

    def _ordinal(self, query: Query, scope: tuple[int, ...]) -> Answer | None:
        found = self._retriever.search(
            query,
            project_ids=scope,
            pattern=_ORDINAL,
            sources=(PassageSource.GOAL, PassageSource.INDICATOR),
            limit=1,
        )
        if found and found[0].coverage >= WEAK_PASSAGE_COVERAGE:
            return PassageAnswer(tuple(found))
        return None

    def _indicator_or_passage(
        self,
        query: Query,
        scope: tuple[int, ...],
        matches: list[IndicatorMatch],
        *,
        progress: bool,
    ) -> Answer:
        passages = [] if progress else self._retriever.search(query, project_ids=scope, limit=1)
        passage = passages[0] if passages else None
        best = matches[0] if matches and matches[0].score >= MIN_INDICATOR_SCORE else None
        if passage is not None and self._passage_wins(query, passage, best):
            return PassageAnswer((passage,))
        resolved = resolve_indicator(matches, progress=progress)
        if resolved is not None:
            return resolved
        if passage is not None and passage.coverage >= WEAK_PASSAGE_COVERAGE:
            return PassageAnswer((passage,))
        return self._fallback(query, scope, matches, progress=progress)

    def _passage_wins(
        self, query: Query, passage: PassageMatch, best: IndicatorMatch | None
    ) -> bool:
        """Tells whether a goal sentence answers better than the best indicator."""
        if passage.coverage >= MIN_PASSAGE_COVERAGE and (
            best is None or passage.coverage >= best.precision + PASSAGE_MARGIN
        ):
            return True
        # Asked in 周 while the indicator counts 人, and the sentence says 5周: quote it.
        return (
            query.unit is not None
            and passage.coverage >= WEAK_PASSAGE_COVERAGE
            and (
                best is None or not self._matcher.unit_fits(query.unit, best.indicator.target.unit)
            )
            and states_quantity(passage.passage.text, query.unit, self._normalizer)
        )

    def _fallback(
        self,
        query: Query,
        scope: tuple[int, ...],
        matches: list[IndicatorMatch],
        *,
        progress: bool,
    ) -> Answer:
        if len(query.project_ids) == 1 and not query.terms:
            return ProjectOverview(self._projects(query.project_ids)[0])
        suggestions = [m.indicator for m in matches if m.score >= MIN_SUGGESTION_SCORE]
        if suggestions and not intents.is_small_talk(query.rules):
            return Clarification(tuple(suggestions[:MAX_SUGGESTIONS]), progress=progress)
        return OutOfScope(greeting=intents.is_small_talk(query.rules))

    def _counterpart(
        self, previous: IndicatorInfo, scope: tuple[int, ...], *, progress: bool
    ) -> Answer | None:
        """Finds the indicator of another project that matches ``previous`` (满意度 → 满意度)."""
        matches = self._matcher.match(self.read(previous.name), project_ids=scope)
        resolved = resolve_indicator(matches, progress=progress)
        if isinstance(resolved, IndicatorAnswer):
            return resolved
        # The only indicator under the same 一级 / 二级 heading is the counterpart.
        peers = [
            indicator
            for project in self._projects(scope)
            for indicator in project.indicators
            if _same_level(indicator, previous)
        ]
        if len(peers) == 1:
            return IndicatorAnswer((peers[0],), progress=progress)
        return resolved

    def _repeat(self, context: FollowUp, scope: tuple[int, ...]) -> Answer | None:
        topic = context.topic or ""
        if topic.startswith(Topic.MONEY_PREFIX):
            field_name = MoneyField(topic.removeprefix(Topic.MONEY_PREFIX))
            return MoneyAnswer(field_name, Aggregate.EACH, self._projects(scope))
        if topic.startswith(Topic.FACT_PREFIX):
            fact = ProjectField(topic.removeprefix(Topic.FACT_PREFIX))
            return FactAnswer(fact, self._projects(scope))
        if topic in (Topic.TARGET, Topic.PROGRESS) and context.indicator_ids:
            previous = self.indicator(context.indicator_ids[0])
            if previous is None:
                return None
            return self._counterpart(previous, scope, progress=topic == Topic.PROGRESS)
        if topic == Topic.LISTING:
            groups = tuple(IndicatorGroup(p, p.indicators) for p in self._projects(scope))
            return IndicatorList(groups, None, count_only=False)
        return None


def _same_level(indicator: IndicatorInfo, other: IndicatorInfo) -> bool:
    return (indicator.level1, indicator.level2) == (other.level1, other.level2)


def resolve_indicator(matches: list[IndicatorMatch], *, progress: bool) -> Answer | None:
    """Picks the indicator(s) to answer, or asks back when candidates are too close."""
    candidates = [match for match in matches if match.score >= MIN_INDICATOR_SCORE]
    if not candidates:
        return None
    top = candidates[0]
    close = [match for match in candidates if top.score - match.score <= CLOSE_MARGIN]
    projects = {match.indicator.project_id for match in close}
    if len(close) > 1 and len(projects) == len(close):
        # The same indicator in several projects (满意度, 活动完成及时性): one line each.
        return IndicatorAnswer(tuple(match.indicator for match in close), progress=progress)
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    if len(close) == 1 and (top.score >= CONFIDENT_SCORE or top.score - runner_up >= CLEAR_GAP):
        return IndicatorAnswer((top.indicator,), progress=progress)
    offered = tuple(match.indicator for match in candidates[:MAX_SUGGESTIONS])
    return Clarification(offered, progress=progress)


def states_quantity(text: str, unit: str, normalizer: Normalizer) -> bool:
    """Tells whether ``text`` states a number in ``unit`` (19家, 5 周)."""
    return re.search(rf"\d\s*{re.escape(unit)}", normalizer.normalize(text)) is not None


def _level_names(catalog: Catalog, normalizer: Normalizer) -> dict[str, str]:
    """Maps the normalised level names and their stems (质量指标 → 质量) to the names."""
    names: dict[str, str] = {}
    for indicator in catalog.indicators:
        for level in (indicator.level1, indicator.level2):
            normalized = normalizer.normalize(level)
            names[normalized] = level
            stem = normalized.removesuffix(LEVEL_SUFFIX)
            if len(stem) >= 2:
                names.setdefault(stem, level)
    return names


def _find_level(text: str, levels: dict[str, str]) -> str | None:
    found = [name for name in levels if name in text]
    return levels[max(found, key=len)] if found else None


def _followup_after(answer: Answer, *, scope: tuple[int, ...], previous: FollowUp) -> FollowUp:
    """Returns the state a follow-up of ``answer`` needs."""
    if isinstance(answer, IndicatorAnswer | Clarification):
        indicators = answer.indicators if isinstance(answer, IndicatorAnswer) else ()
        chosen = indicators or (answer.candidates if isinstance(answer, Clarification) else ())
        topic = Topic.PROGRESS if answer.progress else Topic.TARGET
        projects = tuple(dict.fromkeys(ind.project_id for ind in chosen))
        return FollowUp(projects, tuple(ind.id for ind in chosen), topic)
    if isinstance(answer, MoneyAnswer):
        return FollowUp(_ids(answer.projects), (), Topic.MONEY_PREFIX + answer.field)
    if isinstance(answer, FactAnswer):
        return FollowUp(_ids(answer.projects), (), Topic.FACT_PREFIX + answer.field)
    if isinstance(answer, IndicatorList):
        return FollowUp(_ids(group.project for group in answer.groups), (), Topic.LISTING)
    if isinstance(answer, PassageAnswer):
        ids = tuple(dict.fromkeys(match.passage.project_id for match in answer.matches))
        return FollowUp(ids, (), Topic.PASSAGE)
    if isinstance(answer, ProjectOverview):
        return FollowUp((answer.project.id,), (), Topic.OVERVIEW)
    return previous if not isinstance(answer, ProjectList) else FollowUp()


def _ids(projects: Iterable[ProjectInfo]) -> tuple[int, ...]:
    return tuple(project.id for project in projects)
