"""Splitting a 年度总体目标 text into its numbered sub-goals (一、二、…)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.model import GoalItem

NUMERALS = "一二三四五六七八九十"
MAX_TITLE_CHARS = 24

_SENTENCE_END = re.compile(r"(?<=[。！？；;])")


def _heading_at(text: str, *, number: int, start: int) -> tuple[int, int, str] | None:
    """Finds the heading of sub-goal ``number`` at or after ``start``.

    Returns the heading's start, the start of its body and its title.
    """
    numeral = NUMERALS[number - 1] if number <= len(NUMERALS) else str(number)
    pattern = re.compile(
        rf"(?:[(（]{numeral}[)）]|{numeral}[、.．]?|{number}[、.．])"
        rf"(?P<title>[^，,。；;、]{{2,{MAX_TITLE_CHARS}}}?)[。：:]"
    )
    for match in pattern.finditer(text, start):
        title = match.group("title").strip()
        # A real heading starts the text or follows the end of a previous phrase.
        before = text[: match.start()].rstrip()
        if match.start() == 0 or not before or before[-1] not in "第之每" + NUMERALS:
            return match.start(), match.end(), title
    return None


def split_goal_items(text: str) -> list[GoalItem]:
    """Returns the numbered sub-goals of ``text``; empty when it is not numbered."""
    first = _heading_at(text, number=1, start=0)
    if first is None or first[0] > 2:
        return []
    headings = [first]
    while len(headings) < 20:
        found = _heading_at(text, number=len(headings) + 1, start=headings[-1][1])
        if found is None:
            break
        headings.append(found)
    if len(headings) < 2:
        return []
    items = []
    for index, (_, body_start, title) in enumerate(headings):
        body_end = headings[index + 1][0] if index + 1 < len(headings) else len(text)
        items.append(
            GoalItem(number=index + 1, title=title, text=text[body_start:body_end].strip())
        )
    return items


def split_sentences(text: str) -> list[str]:
    """Splits a goal text into sentences at Chinese sentence ends."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


MIN_TITLE_WORD = 2  # 法律 of 科技工作者法律服务: the shortest run of a title that names it
MIN_PARTS = 2  # a goal in fewer parts has none to point at
# A part of the work pointed at (法律那块, 跟站点有关的这一部分, 评价方面的工作).
_PART_POINTED = re.compile(r"(?:那|这)一?(?:块|大块|部分|板块|摊)|方面的?工作|方面")
# What help or work is offered, asked after the need (遇到法律问题，能提供什么帮助).
_HELP_ASK = re.compile(r"(?:提供|给予|给|有)(?:什么|哪些|啥)(?:帮助|帮扶|支持|服务|援助)|帮什么忙")
_FIGURE_ASK = re.compile(r"多少|(?<!哪)几")  # 靠哪几路人 asks which, 几场 a figure
_ROW_WORDS = ("指标", "目标值", "指标值")  # 法律那块有哪些指标: rows, not the prose


def part_pointed_at(items: tuple[GoalItem, ...] | list[GoalItem], text: str) -> int | None:
    """Returns the number of the one sub-goal a question points at by a run of its title
    before a word of parts (企服法律那块具体干啥: 科技工作者法律服务, the fifth) or before an ask
    of the help given, None when no part, or several, are pointed at, or a figure or rows
    are asked.

    A run counts when no other title writes it (服务 and 科技工作者 name several parts).
    """
    if len(items) < MIN_PARTS or _FIGURE_ASK.search(text):
        return None
    if any(word in text for word in _ROW_WORDS):
        return None
    pointed = set()
    helping = _HELP_ASK.search(text)
    if helping is not None:  # 遇到法律问题，企服能提供什么帮助: the part of that help
        pointed |= _titles_said(items, text[: helping.start()])
    for found in _PART_POINTED.finditer(text):
        clause = re.split(r"[，,。；;？?！!\s]", text[: found.start()])[-1]
        pointed |= _titles_said(items, clause)
    return pointed.pop() if len(pointed) == 1 else None


def part_titled_in(items: tuple[GoalItem, ...] | list[GoalItem], text: str) -> int | None:
    """Returns the number of the one sub-goal whose title alone ``text`` writes a run of
    (创新方法培训 of 科技评价与创新方法培训), None when none or several are named."""
    said = _titles_said(items, text)
    return said.pop() if len(said) == 1 else None


def _titles_said(items: tuple[GoalItem, ...] | list[GoalItem], text: str) -> set[int]:
    return {
        item.number
        for item in items
        if _own_run_said(item.title, text, (i.title for i in items if i is not item))
    }


def _own_run_said(title: str, clause: str, others: Iterable[str]) -> bool:
    """Tells whether a clause writes a run of ``title`` that none of ``others`` writes."""
    others = tuple(others)
    for size in range(len(title), MIN_TITLE_WORD - 1, -1):
        for start in range(len(title) - size + 1):
            run = title[start : start + size]
            if run in clause and not any(run in other for other in others):
                return True
    return False
