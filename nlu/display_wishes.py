"""Clauses wishing how the answer is shown (按金额降序排, 列表+计数), not asking anything.

A person asking for several figures or rows often adds how they want them: 两个项目年度资金各
多少，按金额降序排; 国交以人计的指标，列表+计数; …筛出来，顺便计数. Read as asks, 降序排 or 计数
are things the form lacks and the message is refused, or a part of it is. A clause made of the
words of ``wishes.txt`` alone (and of the key an order names after 按) is taken apart: the rest
is answered, its rows or amounts put in the order wished and listed when a list is wished.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from functools import partial
from importlib import resources

from knowledge.catalog import IndicatorInfo, ProjectInfo
from knowledge.units import MONEY_UNITS
from nlu.answers import (
    Answer,
    IndicatorAnswer,
    IndicatorGroup,
    IndicatorList,
    MoneyAnswer,
    SeveralIndicators,
)
from nlu.cues import word_sections
from nlu.figures import amount_of
from nlu.intents import Aggregate
from nlu.ordering import longest_first
from nlu.prepared import built_once

WISHES_FILE = "wishes.txt"
_CLAUSES = re.compile(r"[^，,。；;！!？?\s]+")
_MARKS = re.compile(r"[+＋、/]")
_DOUBLED = re.compile(r"([，,。；;！!？?\s])[，,。；;！!？?\s]+")
_ENDS = "，,；; "
_KEY_OPENING = r"(?:按照|依照|按|依)"
MAX_KEY_CHARS = 8  # 按金额, 按目标值大小, 按年度资金申请总额: the thing ordered by
_WISH_SECTIONS = (
    "descending",
    "ascending",
    "order",
    "counted",
    "with_targets",
    "working",
    "brief",
)


class Order(StrEnum):
    """The order of rows or amounts wished."""

    DESCENDING = "descending"
    ASCENDING = "ascending"


@dataclass(frozen=True)
class DisplayWish:
    """What is asked (``rest``) and how it is to be shown."""

    rest: str
    order: Order | None
    listed: bool  # 列表, 列出来: the rows shown, not only counted
    said: str = ""  # the wish's own words (按目标值排序，前三是哪些), read again to order rows


# Rows of groups put in the order the words say (按目标值排序，前三: the first three): the
# listing's own ordering, so that a list is ordered one way however the order is asked.
RowsInOrder = Callable[[list[IndicatorGroup], str], list[IndicatorGroup]]


@built_once
def _words() -> dict[str, tuple[str, ...]]:
    text = (resources.files("nlu") / "data" / WISHES_FILE).read_text(encoding="utf-8")
    sections = word_sections(text)
    # 列明指标值, 逐项注明目标值: each verb of showing with each name of the targets.
    shown = {
        verb + noun
        for verb in sections.get("target_verb", ())
        for noun in sections.get("target_noun", ())
    }
    sections["with_targets"] = tuple(longest_first({*sections.get("with_targets", ()), *shown}))
    return sections


@built_once
def _wish_words() -> re.Pattern[str]:
    """Matches any word of a wish (降序, 列表, 计数…)."""
    words = longest_first({word for name in _WISH_SECTIONS for word in _words()[name]})
    return re.compile("|".join(map(re.escape, words)))


@built_once
def _keyed_order() -> re.Pattern[str]:
    """Matches the key an order names after 按 (按金额降序: 金额), up to the order words."""
    order = "|".join(
        map(re.escape, longest_first({*_words()["descending"], *_words()["ascending"]}))
    )
    verbs = "|".join(map(re.escape, _words()["order"]))
    # 按金额, 按目标值的大小; never 按场计的指标 (a condition on rows, then the order)
    key = rf"(?P<key>[^，,。；;的计为是]{{1,{MAX_KEY_CHARS}}}?(?:的?(?:大小|多少|高低))?)"
    return re.compile(rf"{_KEY_OPENING}{key}(?=(?:{order}|{verbs}))")


@built_once
def order_asked() -> re.Pattern[str]:
    """Matches an order asked of rows (按目标值排序, 降序排列, 从小到大排一下, 谁多谁排前面), the
    words of smallest first in group ``up``; never a bare 排 (安排一下)."""
    words = _words()
    up = "|".join(map(re.escape, longest_first(words["ascending"])))
    down = "|".join(map(re.escape, longest_first(words["descending"])))
    verbs = "|".join(map(re.escape, longest_first(w for w in words["order"] if len(w) > 1)))
    return re.compile(
        r"(?:按照?(?:目标值|指标值|数值|目标|数字|值)?(?:的?大小)?(?:来|进行)?)?"
        rf"(?:(?P<up>{up})|{down}|(?<!安)(?:{verbs}))(?:排列|排序|排)?(?:一下|下|看)?"
    )


@built_once
def _all_words() -> re.Pattern[str]:
    words = longest_first(
        {word for name, section in _words().items() if name != "table_columns" for word in section}
    )
    return re.compile("|".join(map(re.escape, words)))


def display_wish_apart(text: str, *, names_project: Callable[[str], bool]) -> DisplayWish | None:
    """Returns the ask of ``text`` apart from the clauses only wishing how it is shown, or None
    when no clause is a wish or nothing else is asked. The rest keeps its own marks and spaces
    (运维 生态效益指标 list + count: 运维 stays the project of the rows)."""
    if _wish_words().search(text) is None:
        return None
    spans = _wishes_cut_off(text, names_project)
    wishes = [span for span in spans if _only_wished(text[slice(*span)], names_project)]
    if not wishes or len(wishes) == len(spans):
        return None
    said = "".join(text[slice(*span)] for span in wishes)
    order = _order_of(said)
    if order is not None:
        # 按目标值排序，前三是哪些？最小的是哪条: the ends of the order, shown by it.
        wishes += [span for span in spans if span not in wishes and _ranked(text[slice(*span)])]
        if len(wishes) == len(spans):
            return None
        said = "，".join(text[slice(*span)] for span in sorted(wishes))
    rest = text
    for start, end in sorted(wishes, reverse=True):
        rest = rest[:start] + "，" + rest[end:]
    rest = _DOUBLED.sub(r"\1", rest).strip(_ENDS)
    return DisplayWish(rest, order, _listed(said), said)


def _wishes_cut_off(text: str, names_project: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Returns the spans of the clauses of ``text``, a wish ending one with no mark before it
    cut off as a clause of its own (国交数量指标按目标值排序 → 国交数量指标, 按目标值排序). It
    opens with 按 and the like, or with a word of direction (…各多少从大到小); never with a bare
    排 (安排)."""
    spans: list[tuple[int, int]] = []
    for found in _CLAUSES.finditer(text):
        clause, begin = found.group(0), found.start()
        if _only_wished(clause, names_project):
            spans.append(found.span())  # 按金额从大到小: whole
            continue
        starts = sorted(start.start() for start in _wish_start().finditer(clause, 1))
        at = next((at for at in starts if _only_wished(clause[at:], names_project)), None)
        opening = _wish_opening().match(clause)
        if at is None and opening is not None and opening.end() < len(clause):
            at = opening.end()  # 请按从大到小的顺序列出…: the wish opens the clause
        if at is None:
            spans.append(found.span())
        else:
            spans += [(begin, begin + at), (begin + at, found.end())]
    return spans


@built_once
def _wish_opening() -> re.Pattern[str]:
    """Matches an order wished opening a clause before the ask (请按从大到小的顺序列出…)."""
    direction = "|".join(
        map(re.escape, longest_first({*_words()["descending"], *_words()["ascending"]}))
    )
    return re.compile(rf"(?:请|麻烦|帮我)?{_KEY_OPENING}?(?:{direction})的?(?:顺序|次序)")


@built_once
def _wish_start() -> re.Pattern[str]:
    """Matches where a wish may open inside a clause (按, 依照, 从大到小, 降序); never a count
    (拿人来计数的, 信息采集条数: the count is what the clause asks)."""
    words = longest_first({*_words()["descending"], *_words()["ascending"]})
    return re.compile("|".join((_KEY_OPENING, *map(re.escape, words))))


@built_once
def _rank_words() -> re.Pattern[str]:
    words = longest_first({*_words()["rank"], *_words()["rank_ask"], *_words()["joining"]})
    return re.compile("|".join(map(re.escape, words)))


def _ranked(clause: str) -> bool:
    """Tells whether a clause asks only the first or last places of an order (前三是哪些,
    最小的是哪条)."""
    return any(word in clause for word in _words()["rank"]) and not _rank_words().sub("", clause)


def _only_wished(clause: str, names_project: Callable[[str], bool]) -> bool:
    """Tells whether a clause is made of the words of a wish alone (按金额降序排, 列表+计数),
    at least one of them a wish of order, count or brevity, with the key of an order naming no
    project. A list asked alone (请列出, 麻烦都列出来) is the ask itself, no wish."""
    if _wish_words().search(clause) is None:
        return False
    keyed = _keyed_order().search(clause)
    if keyed is not None:
        if names_project(keyed.group("key")):
            return False
        clause = clause[: keyed.start()] + clause[keyed.end() :]
    return not _all_words().sub("", _MARKS.sub("", clause))


def _order_of(said: str) -> Order | None:
    words = _words()
    if any(word in said for word in words["ascending"]):
        return Order.ASCENDING
    if any(word in said for word in (*words["descending"], *words["order"])):
        return Order.DESCENDING
    return None


def _listed(said: str) -> bool:
    return any(word in said for word in _words()["listed"])


def shown_as_wished(answer: Answer, wish: DisplayWish, rows_in_order: RowsInOrder) -> Answer:
    """Returns ``answer`` in the order wished and, when a list is wished, with its rows shown;
    a list's rows are ordered by ``rows_in_order`` (with the first ones asked: 前三), rows or
    amounts answered apart that cannot be set side by side (other units, texts) keep the
    form's order."""
    if isinstance(answer, IndicatorList):
        groups = answer.groups
        if wish.order is not None:
            groups = tuple(rows_in_order(list(groups), wish.said))
        listed = answer.count_only and wish.listed
        return replace(answer, groups=groups, count_only=answer.count_only and not listed)
    if wish.order is None:
        return answer
    if isinstance(answer, MoneyAnswer) and answer.operation is None:
        return replace(answer, projects=_projects_ordered(answer, wish.order))
    if isinstance(answer, SeveralIndicators) and not answer.others:
        return replace(answer, answers=_answers_ordered(answer.answers, wish.order))
    return answer


def _value(row: IndicatorInfo) -> tuple[str | None, Decimal] | None:
    target = row.target
    return None if target.value is None else (target.unit, target.value)


def _rows_ordered(rows: tuple[IndicatorInfo, ...], order: Order) -> tuple[IndicatorInfo, ...]:
    """Returns ``rows`` by their targets' figures, as wished (按目标值排序: 300人 before 100个);
    rows of a text target, or of amounts in different money units, keep the form's order."""
    values = [_value(row) for row in rows]
    units = {value[0] for value in values if value is not None}
    if any(value is None for value in values) or (len(units) > 1 and units & MONEY_UNITS):
        return rows
    return tuple(sorted(rows, key=partial(target_order, lowest_first=order is Order.ASCENDING)))


def target_order(row: IndicatorInfo, *, lowest_first: bool) -> tuple[bool, Decimal]:
    """Returns the key ordering rows by their targets' figures (the listing's order too):
    highest first unless ``lowest_first``, rows without a figure last."""
    value = row.target.value
    if value is None:
        return (True, Decimal(0))
    return (False, value if lowest_first else -value)


def _answers_ordered(
    answers: tuple[IndicatorAnswer, ...], order: Order
) -> tuple[IndicatorAnswer, ...]:
    if any(len(answer.indicators) != 1 for answer in answers):
        return answers
    rows = _rows_ordered(tuple(answer.indicators[0] for answer in answers), order)
    by_row = {answer.indicators[0].id: answer for answer in answers}
    return tuple(by_row[row.id] for row in rows)


def _projects_ordered(answer: MoneyAnswer, order: Order) -> tuple[ProjectInfo, ...]:
    amounts = [
        amount_of(project.funding, answer.field, answer.column) for project in answer.projects
    ]
    if any(amount is None for amount in amounts) or answer.aggregate not in (
        Aggregate.EACH,
        Aggregate.TOTAL,
    ):
        return answer.projects
    paired = sorted(
        zip(answer.projects, amounts, strict=True),
        key=lambda pair: pair[1] or Decimal(0),
        reverse=order is Order.DESCENDING,
    )
    return tuple(project for project, _ in paired)


# A table's header written with bars (项目 | 指标 | 指标值), in brackets or not.
_BARRED = re.compile(r"[（(]?\s*[\u4e00-\u9fff]{1,6}(?:\s*[|｜]\s*[\u4e00-\u9fff]{1,6})+\s*[）)]?")


def table_header_dropped(text: str) -> str:
    """Returns ``text`` without the header of the table the asker wants the answer in
    (用表格列出（项目 | 指标 | 指标值）): every cell a name of a column, so it names no row."""
    if "|" not in text and "｜" not in text:
        return text
    columns = frozenset(_words()["table_columns"])
    for found in reversed(list(_BARRED.finditer(text))):
        cells = re.split(r"\s*[|｜]\s*", found.group(0).strip("（()） "))
        if all(cell in columns for cell in cells):
            text = text[: found.start()] + text[found.end() :]
    return text
