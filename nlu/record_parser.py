"""Reading one logging message: ``记录 11月20日 海峡两岸科普论坛 上海代表参会 3人``."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from knowledge.actuals import (
    COUNT_UNITS,
    STATUS_WORDS,
    Aggregation,
    Quantity,
    Status,
    accepts_unit,
    default_aggregation,
    parse_status,
)
from knowledge.catalog import Catalog, IndicatorInfo, ProjectInfo
from knowledge.units import MONEY_UNITS
from nlu.cues import cue_words, record_words
from nlu.dates import find_date
from nlu.numbers import NumberSpan, find_numbers
from nlu.ordering import longest_first
from nlu.prepared import built_once

MIN_INDICATOR_SCORE = 80
MIN_MARGIN = 5
# A weaker match still counts when nothing else comes close (港澳台学生 for a long name).
MIN_CLEAR_SCORE = 60
CLEAR_MARGIN = 25
MIN_SEARCH_SCORE = 55
MIN_PROJECT_SCORE = 90
# A word scoring below this against every proposed indicator is taken as the event's name.
MAX_EVENT_SCORE = 80  # a word this much inside the indicator's name names it, not the event
PARTIAL_WEIGHT = 0.8

UNIT_WORDS = tuple(longest_first((*COUNT_UNITS, *MONEY_UNITS, "%")))
# Words after a number that make it part of a name or a date, not a quantity.
_NOT_QUANTITY_AFTER = ("年", "届", "月", "日", "号", "周", "岁", "级", "期间", "点")
_NOTE = re.compile(r"[，,;；\s]*备注\s*[:：]?\s*(?P<note>.+)$")
_QUOTED = re.compile(r"[“\"「《『](?P<text>[^”\"」》』]+)[”\"」》』]")
_EVENT_LABEL = re.compile(r"(?:活动|事件|活动名称)\s*[:：]\s*(?P<text>[^\s，,;；]+)")
_SEPARATORS = re.compile(r"[\s，,;；、。]+")
_FILLERS = ("新增", "本次", "共计", "共", "合计", "累计", "一共", "实际")

STATUS_WORD_MAX_CHARS = 5

RuleFor = Callable[[IndicatorInfo], Aggregation]


@dataclass(frozen=True)
class Candidate:
    """An indicator that the words may mean, scored 0–100."""

    indicator: IndicatorInfo
    score: float


@dataclass(frozen=True)
class ParsedItem:
    """One value of the message with the indicators it may belong to, best first."""

    quantity: Quantity | None
    status: Status | None
    candidates: tuple[Candidate, ...]
    confident: bool

    @property
    def indicator(self) -> IndicatorInfo | None:
        """Returns the indicator when the words name it clearly, else None."""
        return self.candidates[0].indicator if self.confident and self.candidates else None


@dataclass(frozen=True)
class ParsedRecord:
    """Everything one message says about an event."""

    items: tuple[ParsedItem, ...]
    date: dt.date | None
    event: str | None
    note: str | None
    project: ProjectInfo | None
    approximate: bool = False  # a number was said with 约 / 来 / 余 / 左右


@dataclass(frozen=True)
class _QuantitySpan:
    start: int
    end: int
    quantity: Quantity


def normalize_record_text(text: str) -> str:
    """Returns ``text`` in NFKC with one space between words and no trigger word in front."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    for word in record_words():
        if text.startswith(word):
            return text[len(word) :].lstrip(" :：")
    return text


_DIGIT = r"[\d一二两三四五六七八九十百千万]"


@built_once
def _approximate_markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = cue_words()
    before = "|".join(map(re.escape, cues["approximate_before"]))
    after = "|".join(map(re.escape, cues["approximate_after"]))
    return re.compile(rf"(?:{before})\s*(?={_DIGIT})"), re.compile(rf"(?<={_DIGIT})(?:{after})")


def without_approximation(text: str) -> tuple[str, bool]:
    """Removes 约 / 来 / 余 / 左右 around numbers; tells whether any was there."""
    before, after = _approximate_markers()
    cleaned = after.sub("", before.sub("", text))
    return cleaned, cleaned != text


def parse_quantity(text: str) -> Quantity | None:
    """Parses a text that is one value: ``120``, ``１２０``, ``一百二十``, ``1.2万``, ``三场``."""
    text, approximate = without_approximation(normalize_record_text(text))
    quantity = _parse_plain_quantity(text.replace(" ", "").rstrip("。."))
    return replace(quantity, approximate=True) if quantity and approximate else quantity


def _parse_plain_quantity(text: str) -> Quantity | None:
    negative = text.startswith(("-", "负", "−"))
    body = text.lstrip("-−负")
    spans = find_numbers(body)
    if not spans or spans[0].start != 0:
        return None
    span = spans[0]
    unit = _unit_at(body, span.end)
    if span.end + len(unit or "") != len(body) and not (span.percent and span.end == len(body)):
        return None
    quantity = _quantity(span, unit, body)
    return Quantity(-quantity.number, quantity.unit, text, quantity.wan) if negative else quantity


def _unit_at(text: str, position: int) -> str | None:
    rest = text[position:].lstrip()
    return next((unit for unit in UNIT_WORDS if rest.startswith(unit)), None)


def _quantity(span: NumberSpan, unit: str | None, text: str) -> Quantity:
    wan = span.text.endswith("万")
    if span.percent:
        unit = "%"
    end = text.find(unit, span.end) + len(unit) if unit and not span.percent else span.end
    written = text[span.start : max(end, span.end)]
    if unit == "万元":  # 3万元 comes as 3 and 万元 when 万 is not read as part of the number.
        return Quantity(span.value * 10000, "元", written)
    return Quantity(span.value, unit, written, wan=wan and unit is None)


def find_quantities(text: str) -> list[_QuantitySpan]:
    """Returns the values in a message: a number with a unit, or a bare Arabic number."""
    found = []
    for span in find_numbers(text):
        if text[max(span.start - 1, 0) : span.start] == "第":
            continue
        if text[span.end :].startswith(_NOT_QUANTITY_AFTER):
            continue
        unit = _unit_at(text, span.end)
        if unit is None and not span.percent and not _stands_alone(text, span):
            continue
        quantity = _quantity(span, unit, text)
        start = span.start - 1 if text[span.start - 1 : span.start] in ("-", "负") else span.start
        if start != span.start:
            quantity = Quantity(-quantity.number, quantity.unit, quantity.text, quantity.wan)
        found.append(_QuantitySpan(start, span.start + len(quantity.text), quantity))
    return found


def _stands_alone(text: str, span: NumberSpan) -> bool:
    before = text[span.start - 1 : span.start]
    after = text[span.end : span.end + 1]
    return before in ("", " ", "-", "负") and after in ("", " ", "，", ",")


def indicator_score(words: str, indicator: IndicatorInfo) -> float:
    """Scores how well ``words`` name the indicator; a part of the name scores high."""
    return _score(_prepared(words), indicator)


def _prepared(words: str) -> str:
    return _strip_fillers(words.replace(" ", ""))


def _score(words: str, indicator: IndicatorInfo) -> float:
    """Scores words already stripped by :func:`_prepared` (once per message, not per name)."""
    name = "".join(indicator.name.split())
    if not words:
        return 0.0
    partial = fuzz.partial_ratio(words, name)
    whole = fuzz.ratio(words, name)
    return PARTIAL_WEIGHT * partial + (1 - PARTIAL_WEIGHT) * whole


def _strip_fillers(words: str) -> str:
    for filler in _FILLERS:
        words = words.replace(filler, "")
    return words


def search_indicators(
    query: str, indicators: Sequence[IndicatorInfo], *, limit: int = 6
) -> list[Candidate]:
    """Returns the indicators whose names best match ``query``, best first."""
    query = normalize_record_text(query)
    scored = [Candidate(ind, indicator_score(query, ind)) for ind in indicators]
    scored = [candidate for candidate in scored if candidate.score >= MIN_SEARCH_SCORE]
    return sorted(scored, key=lambda c: (-c.score, c.indicator.position))[:limit]


def parse_record(
    text: str, *, catalog: Catalog, today: dt.date, rule_for: RuleFor | None = None
) -> ParsedRecord:
    """Reads indicators, values, units, the date, the event and a note from one message."""
    rule_for = rule_for or _default_rule
    text, approximate = without_approximation(normalize_record_text(text))
    note_match = _NOTE.search(text)
    note = note_match.group("note").strip() if note_match else None
    text = text[: note_match.start()] if note_match else text
    event, text = _explicit_event(text)
    date_span = find_date(text, today=today)
    if date_span is not None:
        text = f"{text[: date_span.start]} {text[date_span.end :]}"
    project = _mentioned_project(text, catalog)
    if project is not None:
        text = text.replace(project.name, " ")
    pool = project.indicators if project else catalog.indicators
    items = _items(text, pool, rule_for)
    items = _keep_to_one_project(items, rule_for)
    if event is None:
        event = _implicit_event(text, items)
    return ParsedRecord(
        items=tuple(items),
        date=date_span.date if date_span else None,
        event=event,
        note=note,
        project=project,
        approximate=approximate,
    )


def _default_rule(indicator: IndicatorInfo) -> Aggregation:
    return default_aggregation(indicator.target, indicator.name)


def _explicit_event(text: str) -> tuple[str | None, str]:
    for pattern in (_QUOTED, _EVENT_LABEL):
        match = pattern.search(text)
        if match:
            return match.group("text").strip(), f"{text[: match.start()]} {text[match.end() :]}"
    return None, text


def _mentioned_project(text: str, catalog: Catalog) -> ProjectInfo | None:
    compact = text.replace(" ", "")
    for project in catalog.projects:
        name = "".join(project.name.split())
        if name in compact or (
            len(compact) >= len(name) and fuzz.partial_ratio(name, compact) >= MIN_PROJECT_SCORE
        ):
            return project
    return None


def _items(text: str, pool: Sequence[IndicatorInfo], rule_for: RuleFor) -> list[ParsedItem]:
    spans = find_quantities(text)
    if not spans:
        status, words = _trailing_status(text)
        rules = (Aggregation.STATUS, Aggregation.DEADLINE) if status else None
        candidates = _rank(words, words, pool, rule_for, rules=rules)
        if status is None and not candidates:
            return []
        return [_item(None, status, candidates)]
    items = []
    previous_end = 0
    for span in spans:
        segment = text[previous_end : span.start]
        previous_end = span.end
        fitting = _accepting(pool, rule_for, span.quantity.unit)
        candidates = _rank(segment, _without_spans(text, spans), fitting, rule_for, rules=None)
        items.append(_item(span.quantity, None, candidates))
    return items


def _accepting(
    pool: Sequence[IndicatorInfo], rule_for: RuleFor, unit: str | None
) -> list[IndicatorInfo]:
    """Returns the indicators a value in ``unit`` fits, deciding once per rule and target unit."""
    decided: dict[tuple[str, str | None], bool] = {}
    fitting = []
    for ind in pool:
        rule = rule_for(ind)
        key = (rule.value, ind.target.unit)
        fits = decided.get(key)
        if fits is None:
            fits = decided[key] = accepts_unit(rule, ind.target, unit)
        if fits:
            fitting.append(ind)
    return fitting


def _trailing_status(text: str) -> tuple[Status | None, str]:
    """Finds a status said after the indicator (``活动完成及时性 已完成``), not inside its name."""
    words = text.split()
    for index in range(len(words) - 1, -1, -1):
        status = parse_status(words[index])
        if status is not None and len(words[index]) <= STATUS_WORD_MAX_CHARS:
            return status, " ".join(words[:index] + words[index + 1 :])
    for word, _status in STATUS_WORDS:
        if text.endswith(word) and len(text) > len(word):
            return parse_status(word), text[: -len(word)]
    return None, text


def _without_spans(text: str, spans: Sequence[_QuantitySpan]) -> str:
    for span in reversed(spans):
        text = f"{text[: span.start]} {text[span.end :]}"
    return text


def _rank(
    segment: str,
    whole: str,
    pool: Sequence[IndicatorInfo],
    rule_for: RuleFor,
    *,
    rules: tuple[Aggregation, ...] | None,
) -> list[Candidate]:
    if rules is not None:
        pool = [ind for ind in pool if rule_for(ind) in rules]
    scored = []
    segment, whole = _prepared(segment), _prepared(whole)
    for indicator in pool:
        score = _score(segment, indicator)
        if score < MIN_INDICATOR_SCORE:
            # The words before a value may be only the event; the whole message may say more.
            score = max(score, _score(whole, indicator) - MIN_MARGIN)
        scored.append(Candidate(indicator, score))
    return sorted(scored, key=lambda c: (-c.score, c.indicator.position))


def _item(
    quantity: Quantity | None, status: Status | None, candidates: Sequence[Candidate]
) -> ParsedItem:
    return ParsedItem(quantity, status, tuple(candidates), _is_confident(candidates))


def _is_confident(candidates: Sequence[Candidate]) -> bool:
    if len(candidates) == 1:
        return True
    if not candidates:
        return False
    top, margin = candidates[0].score, candidates[0].score - candidates[1].score
    if top >= MIN_INDICATOR_SCORE and margin >= MIN_MARGIN:
        return True
    return top >= MIN_CLEAR_SCORE and margin >= CLEAR_MARGIN


def _keep_to_one_project(items: list[ParsedItem], rule_for: RuleFor) -> list[ParsedItem]:
    """One event belongs to one project: clear picks narrow the others to that project."""
    projects = {item.candidates[0].indicator.project_id for item in items if item.confident}
    if len(projects) != 1:
        return items
    (project_id,) = projects
    narrowed = []
    for item in items:
        if item.confident:
            narrowed.append(item)
            continue
        kept = [c for c in item.candidates if c.indicator.project_id == project_id]
        narrowed.append(_item(item.quantity, item.status, kept or item.candidates))
    return narrowed


def _implicit_event(text: str, items: Sequence[ParsedItem]) -> str | None:
    proposed = [item.candidates[0].indicator for item in items if item.candidates]
    quantities = find_quantities(text)
    words = [_trim_event(word) for word in _SEPARATORS.split(_without_spans(text, quantities))]
    kept = [word for word in words if len(word) >= 2 and not _names_an_indicator(word, proposed)]
    return " ".join(kept) or None


def _trim_event(word: str) -> str:
    """Drops verbs, counters and status words around an event's name (科普讲座参与 → 科普讲座)."""
    fillers = (*cue_words()["event_filler"], *(status for status, _ in STATUS_WORDS))
    changed = True
    while changed and word:
        changed = False
        for filler in fillers:
            if word.endswith(filler) or word.startswith(filler):
                word = word.removesuffix(filler) if word.endswith(filler) else word[len(filler) :]
                changed = True
    return word


def _names_an_indicator(word: str, indicators: Sequence[IndicatorInfo]) -> bool:
    compact = "".join(word.split())
    return any(
        fuzz.partial_ratio(compact, "".join(ind.name.split())) >= MAX_EVENT_SCORE
        for ind in indicators
    )
