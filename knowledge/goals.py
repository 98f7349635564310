"""Splitting a 年度总体目标 text into its numbered sub-goals (一、二、…)."""

from __future__ import annotations

import re

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
