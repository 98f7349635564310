"""BM25 retrieval of goal-text sentences and sub-goals, for facts that live only in prose."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from knowledge.catalog import Catalog, ProjectInfo
from knowledge.goals import split_sentences
from nlu.cues import cue_words
from nlu.lexicon import Lexicon
from nlu.normalize import Normalizer, strip_punctuation
from nlu.postings import Hits, Postings, in_projects
from nlu.prepared import built_once
from nlu.query import Query
from nlu.weights import TermWeights

BM25_K1 = 1.2
BM25_B = 0.75
SHORTLIST = 8  # passages re-scored for coverage after BM25
MIN_PAIR_WORD = 2  # a word written beside a dropped one counts as a phrase from this length
ASKS_TIME_RULE = "asks_time"  # its words (持续, 时间 of 多长时间) ask, they name nothing
MAX_PASSAGE_CHARS = 160  # longer sentences are cut at commas so the quote stays readable
NEAR_GAP = 2  # 解决企业科技工作者: two words of the question this close still read as a phrase
NAME_GAP = 3  # “创新集市”活动品牌: a quoted name this close before the word whose name is asked
_QUOTE_CLOSE = '”"」』'
_CLAUSE_END = re.compile(r"(?<=[，,：:])")
_CJK = re.compile(r"[\u4e00-\u9fff]+")


class PassageSource(StrEnum):
    """Where a passage was taken from."""

    GOAL = "goal"
    INDICATOR = "indicator"


@dataclass(frozen=True)
class Passage:
    """A sentence of a project's goal text (or an indicator name) that can be quoted."""

    project_id: int
    text: str
    source: PassageSource
    title: str | None = None
    goal_label: str | None = None  # the form's label of a project-wide goal (项目总体目标…)
    part: int | None = None  # the number of a goal's part quoted whole (第六块工作)


@dataclass(frozen=True)
class PassageMatch:
    """A passage with its BM25 score and the weighted share of the question it covers."""

    passage: Passage
    score: float
    coverage: float
    phrases: int = 0  # pairs of the question's words written side by side here too
    near: int = 0  # pairs written close by, in order (解决企业科技工作者 of 解决科技工作者)
    light: int = 0  # words too common to match on that it writes too (提供, 咨询)


@built_once
def _goal_part_pattern() -> re.Pattern[str]:
    words = "|".join(map(re.escape, cue_words()["goal_part"]))
    last = "|".join(map(re.escape, cue_words()["last_part"]))
    # 第6块工作; 倒数第2块 counts from the end; 最后一块 is the last.
    return re.compile(rf"(倒数)?第(\d+)(?:{words})|(?:{last})[一1]?个?(?:{words})")


@built_once
def _which_part_pattern() -> re.Pattern[str]:
    words = "|".join(map(re.escape, cue_words()["goal_part"]))
    # 属于哪一块, 放在哪个部分里: 哪 asks which part only after a verb of belonging.
    belong = "属于|归属|归于|归在|归到|算在|算到|算作|算是|算|放在|放到|列在|划在|划到|落在|在"
    which = rf"(?:{belong})哪(?:一|个|一个)?(?:{words})"
    return re.compile(rf"(?:属于|在|是)?第几(?:{words})|{which}")


def asks_which_part(text: str) -> str | None:
    """Returns a question without its ask of which numbered part of a goal says something
    (企服里搞第三方科技评价属于第几块工作 → 企服里搞第三方科技评价工作), None if it asks none."""
    found = _which_part_pattern().search(text)
    return None if found is None else text[: found.start()] + " " + text[found.end() :]


def part_titled(project: ProjectInfo, title: str) -> int | None:
    """Returns the number of the part of a project's goal with ``title``, if one has it."""
    numbers = [at for at, item in enumerate(project.goal_items, start=1) if item.title == title]
    return numbers[0] if len(numbers) == 1 else None


def asked_goal_part(text: str) -> int | None:
    """Returns N of a question asking the Nth part of a goal (第6块工作, 第3部分), if it does.

    A part counted from the end is negative: 最后一块 is -1, 倒数第二块 -2.
    """
    found = _goal_part_pattern().search(text)
    if found is None:
        return None
    if found.group(2) is None:
        return -1
    number = int(found.group(2))
    return -number if found.group(1) else number


def asked_goal_part_words(text: str) -> str:
    """Returns the words asking a part of a goal (第7块 of 企服年度目标的第7块讲的啥), or ""."""
    found = _goal_part_pattern().search(text)
    return "" if found is None else found.group(0)


_PART_NUMBER = re.compile(r"第(\d+)")


def asked_goal_parts(text: str) -> tuple[int, ...]:
    """Returns every part of a goal a question asks by number (第二块和第五块: 2 and 5).

    Only when one of them is said with a word of parts (块, 部分); one part alone or from the
    end (最后一块) as :func:`asked_goal_part` reads it.
    """
    first = asked_goal_part(text)
    if first is None:
        return ()
    numbers = tuple(dict.fromkeys(int(found) for found in _PART_NUMBER.findall(text)))
    return numbers if first > 0 and len(numbers) > 1 else (first,)


def goal_part(project: ProjectInfo, number: int) -> Passage | None:
    """Returns the Nth numbered sub-goal of a project as one passage, None past the last.

    A negative N counts from the end (-1: the last part).
    """
    count = len(project.goal_items)
    index = number - 1 if number > 0 else count + number
    if not 0 <= index < count or number == 0:
        return None
    item = project.goal_items[index]
    return Passage(project.id, item.text, PassageSource.GOAL, title=item.title, part=index + 1)


MIN_LISTED = 2  # a sentence lists a kind when it writes two things of that kind
_LIST_END = '、，,；;。和及与或等”"）)'  # what may follow one listed thing


def lists_kind(text: str, noun: str) -> bool:
    """Tells whether a sentence lists several things of a kind: 科技领军企业和“专精特新”
    中小企业 lists 企业, each ending a listed name; 企业科协 does not."""
    ends = 0
    start = text.find(noun)
    while start >= 0:
        after = start + len(noun)
        if start > 0 and (after == len(text) or text[after] in _LIST_END):
            ends += 1
        start = text.find(noun, after)
    return ends >= MIN_LISTED


_CLAUSE_MARK = re.compile(r"[，,；;。]")


def contrasted_clause(
    text: str, *, unit: str, names: Sequence[str], cut: Callable[[str], list[str]]
) -> str | None:
    """Returns the one clause stating a figure in ``unit`` that a question's word picks out
    against the others, each of which writes another word ending like it (``cut`` splits
    a clause into words).

    国家级…站点19家，市级调查站点28家 asked of 市级: the other clause says 国家级, another
    word ending in 级, so 28家 is meant. A word the other clauses merely leave out
    (科技工作者) picks nothing, and words picking different clauses (国家级和市级) neither.
    """
    figure = re.compile(rf"\d+(?:\.\d+)?\s*{re.escape(unit)}")
    clauses = [c.strip() for c in _CLAUSE_MARK.split(text) if figure.search(c)]
    if len(clauses) < MIN_LISTED:
        return None
    picked = set()
    for name in names:
        holding = [clause for clause in clauses if name in clause]
        if len(name) < MIN_LISTED or len(holding) != 1:
            continue
        if all(
            any(word != name and word.endswith(name[-1]) for word in cut(clause))
            for clause in clauses
            if clause != holding[0]
        ):
            picked.add(holding[0])
    return picked.pop() if len(picked) == 1 else None


def project_passages(project: ProjectInfo) -> list[Passage]:
    """Cuts a project's goal texts into quotable sentences, sub-goal by sub-goal."""
    passages: list[Passage] = []
    if project.goal_items:
        for item in project.goal_items:
            passages += _sentences(project.id, item.text, title=item.title)
    else:
        passages += _sentences(project.id, project.annual_goal, title=None)
    if project.overall_goal and project.overall_goal != project.annual_goal:
        label = " ".join(project.overall_goal_label.split())
        passages += _sentences(project.id, project.overall_goal, title=None, goal_label=label)
    passages += [
        Passage(project.id, indicator.name, PassageSource.INDICATOR)
        for indicator in project.indicators
    ]
    return passages


def _sentences(
    project_id: int, text: str, *, title: str | None, goal_label: str | None = None
) -> list[Passage]:
    result = []
    for sentence in split_sentences(text):
        for piece in _shorten(sentence):
            result.append(Passage(project_id, piece, PassageSource.GOAL, title, goal_label))
    return result


def _shorten(sentence: str) -> list[str]:
    if len(sentence) <= MAX_PASSAGE_CHARS:
        return [sentence]
    pieces, current = [], ""
    for clause in _CLAUSE_END.split(sentence):
        if current and len(current) + len(clause) > MAX_PASSAGE_CHARS:
            pieces.append(current)
            current = ""
        current += clause
    return [*pieces, current] if current else pieces


def _rank(match: PassageMatch) -> tuple[float, int, int, int, bool, float]:
    # Prose beats an indicator name that says the same: it carries the context.
    return (
        round(match.coverage, 2),
        match.phrases,
        match.near,
        match.light,
        match.passage.source is PassageSource.GOAL,
        match.score,
    )


class PassageRetriever:
    """Okapi BM25 over the passages of every project, with the lexicon's tokenizer."""

    def __init__(self, catalog: Catalog, *, lexicon: Lexicon, normalizer: Normalizer) -> None:
        self._passages: list[Passage] = []
        self._counts: list[dict[str, int]] = []
        self._texts: list[str] = []
        self._raw: list[str] = []  # normalised, with the punctuation that ends listed things
        self._lexicon = lexicon
        for project in catalog.projects:
            for passage in project_passages(project):
                counts: dict[str, int] = {}
                for token in lexicon.tokens(normalizer.normalize(passage.text)):
                    counts[token] = counts.get(token, 0) + 1
                self._passages.append(passage)
                self._counts.append(counts)
                self._texts.append(strip_punctuation(normalizer.normalize(passage.text)))
                self._raw.append(normalizer.normalize(passage.text))
        self._postings = self._index()
        self._projects = np.array(
            [passage.project_id for passage in self._passages], dtype=np.int64
        )

    def _index(self) -> dict[PassageSource, Postings]:
        """Builds postings per source with the BM25 term-frequency factor precomputed."""
        lengths = [sum(counts.values()) for counts in self._counts]
        average = sum(lengths) / len(lengths) if lengths else 1.0
        lists: dict[PassageSource, dict[str, list[tuple[int, float]]]] = {
            source: {} for source in PassageSource
        }
        for index, counts in enumerate(self._counts):
            norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths[index] / average)
            by_token = lists[self._passages[index].source]
            for token, frequency in counts.items():
                factor = frequency * (BM25_K1 + 1) / (frequency + norm)
                by_token.setdefault(token, []).append((index, factor))
        return {source: Postings(found) for source, found in lists.items()}

    @property
    def token_sets(self) -> list[frozenset[str]]:
        """Returns the token set of every passage (for the shared IDF)."""
        return [frozenset(counts) for counts in self._counts]

    def set_weights(self, weights: TermWeights) -> None:
        """Fixes the IDF table used for scoring."""
        self._weights = weights

    def search(
        self,
        query: Query,
        *,
        project_ids: Collection[int] = (),
        pattern: re.Pattern[str] | None = None,
        sources: Collection[PassageSource] = (PassageSource.GOAL,),
        limit: int = 3,
    ) -> list[PassageMatch]:
        """Returns the best passages for ``query``; ``pattern`` keeps only passages matching it."""
        hits = Hits(len(self._passages))
        for source in sources:
            for term in query.terms:
                self._postings[source].add(hits, term.token, term.weight)
        rows = hits.rows(in_projects(self._projects, project_ids))
        if pattern is not None:
            rows = rows[[bool(pattern.search(self._texts[index])) for index in rows]]
        shortlist = hits.best(rows, (hits.scores,), limit=SHORTLIST)
        spoken = self._spoken_pairs(query) if len(shortlist) > 1 else ()
        named = _names_asked(query) if len(shortlist) > 1 else ()
        light = self._light_words(query) if len(shortlist) > 1 else ()
        found = [
            PassageMatch(
                self._passages[index],
                float(hits.scores[index]),
                self._coverage(index, query),
                self._phrases(index, query)
                + sum(pair in self._texts[index] for pair in spoken)
                + self._names_quoted(index, named),
                self._phrases(index, query, gap=NEAR_GAP),
                sum(word in self._texts[index] for word in light),
            )
            for index in shortlist
        ]
        # The passage that explains most of the question wins; of those, the one writing
        # more of its word pairs side by side (活动品牌 of “创新集市”活动品牌); BM25 breaks ties.
        found.sort(key=_rank, reverse=True)
        return found[:limit]

    def listing(
        self, query: Query, *, noun: str, project_ids: Collection[int] = ()
    ) -> PassageMatch | None:
        """Returns the goal sentence that best covers the question among those listing
        several things of the kind ``noun`` (哪几类企业: …科技领军企业和“专精特新”中小企业)."""
        found = [
            PassageMatch(passage, 0.0, self._coverage(index, query), self._phrases(index, query))
            for index, passage in enumerate(self._passages)
            if passage.source is PassageSource.GOAL
            and (not project_ids or passage.project_id in project_ids)
            and lists_kind(self._raw[index], noun)
        ]
        return max(found, key=_rank, default=None)

    def _phrases(self, index: int, query: Query, *, gap: int = 0) -> int:
        """Returns how many pairs of words next to each other in the question are written
        together in the passage too, in order and at most ``gap`` characters apart
        (解决科技工作者的啥问题: 解决企业科技工作者的急难愁盼 at a gap of 2)."""
        text = self._texts[index]
        words = [term.token for term in query.terms]
        if not gap:
            return sum(first + second in text for first, second in itertools.pairwise(words))
        return sum(_near(first, second, text, gap) for first, second in itertools.pairwise(words))

    def _names_quoted(self, index: int, words: Collection[str]) -> bool:
        """Tells whether the passage quotes a name right before one of ``words``, whose name
        is asked (品牌活动叫啥: “创新集市”活动品牌)."""
        raw = self._raw[index]
        for word in words:
            at = raw.find(word)
            while at > 0:
                before = raw[max(0, at - NAME_GAP - 1) : at]
                if any(mark in before for mark in _QUOTE_CLOSE):
                    return True
                at = raw.find(word, at + 1)
        return False

    def _light_words(self, query: Query) -> tuple[str, ...]:
        """Returns the words of a question that carry no weight to match on (提供, 咨询 of
        给科技工作者提供咨询): between passages covering the rest alike, the one writing them
        says what was asked."""
        tokens = {term.token for term in query.terms}
        return tuple(
            dict.fromkeys(
                word
                for word in self._lexicon.cut(strip_punctuation(query.remainder))
                if len(word) >= MIN_PAIR_WORD
                and word not in tokens
                and not self._lexicon.is_asking(word)
                and _CJK.fullmatch(word)
            )
        )

    def _spoken_pairs(self, query: Query) -> tuple[str, ...]:
        """Returns a question's words written next to a word that carries no content alone
        (法律咨询: 咨询 is dropped as in 想咨询一下, yet the form writes 法律咨询 too)."""
        tokens = {term.token for term in query.terms}
        words = self._lexicon.cut(strip_punctuation(query.remainder))
        return tuple(
            first + second
            for first, second in itertools.pairwise(words)
            if min(len(first), len(second)) >= MIN_PAIR_WORD
            and (first in tokens) != (second in tokens)
        )

    def _coverage(self, index: int, query: Query) -> float:
        """Returns the weighted share of question words found in the passage (as token or text).

        The kind a which-ask names (哪两支队伍) counts only where the sentence writes it: one
        answering names the things themselves (法咨委、律师团). So do the words asking a length
        of time (实习要持续多久: 5 周实习期间 need not write 持续).
        """
        counts, text = self._counts[index], self._texts[index]
        found = [term.token in counts or term.token in text for term in query.terms]
        asking = query.asked_kinds | query.cues.get(ASKS_TIME_RULE, frozenset())
        weights = [
            term.weight
            for term, written in zip(query.terms, found, strict=True)
            if written or term.token not in asking
        ]
        covered = sum(
            term.weight for term, written in zip(query.terms, found, strict=True) if written
        )
        return min(covered / (sum(weights) or 1.0), 1.0)


def _near(first: str, second: str, text: str, gap: int) -> bool:
    """Tells whether ``text`` writes ``second`` after ``first`` at most ``gap`` characters on."""
    at = text.find(first)
    while at >= 0:
        end = at + len(first)
        if text.find(second, end, end + gap + len(second)) >= 0:
            return True
        at = text.find(first, at + 1)
    return False


def _names_asked(query: Query) -> tuple[str, ...]:
    """Returns the words of a question whose names it asks: every word when it asks what
    something is called (品牌活动叫啥), else a word right after a which-ask (打的啥品牌,
    什么样的服务平台)."""
    terms = [term.token for term in query.terms]
    if any(word in query.text for word in cue_words()["name_ask"]):
        return tuple(terms)
    asks = cue_words()["which_ask"]
    return tuple(
        term
        for term in terms
        if any(ask + term in query.text or ask + "的" + term in query.text for ask in asks)
    )
