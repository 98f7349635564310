"""Short, distinct names for the indicators of one project, for buttons and summaries.

A 三级指标 name can be 45 characters long, and several names of a project often share a
long event phrase (``2026 年港澳台大学生暑期实习（上海）活动…``). A short name drops what
carries no distinction (spaces, the budget year, editions, brackets, the phrase shared
with sibling names) and keeps whole parts; it is never cut inside a word. When dropping
would make two names alike, the fuller form is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

MAX_SHORT_CHARS = 14  # about half a phone screen's width in a button
MIN_SHARED_PHRASE = 8  # a shared phrase shorter than this is part of the name, not an event
MIN_LEFT_CHARS = 4  # what remains after dropping a phrase must still say something
GENERIC_LEFT_CHARS = 6  # a remainder this short gets the phrase's last word back
PHRASE_TAIL_CHARS = 3  # 研讨会, 辩论赛, 实习活动's 活动 …
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?:度)?")
_EDITION = re.compile(r"第\s*\d+\s*[届期次]")
_BRACKETS = re.compile(r"[（(][^）)]*[)）]|《([^》]*)》")
_FILLER = "中|的|之|及|和|与|、|参与|参加"
_LEADING_FILLER = re.compile(rf"^(?:{_FILLER})+")
_TRAILING_FILLER = re.compile(rf"(?:{_FILLER})+$")
_LIST = re.compile(
    r"^(?P<first>[^、，,]+)[、，,][^的]*?"
    r"(?P<tail>(?:活动|会议|能力)?(?:数量|场次|人数|提升情况|情况))$"
)


def _plain(name: str) -> str:
    text = "".join(name.split())
    text = _YEAR.sub("", text)
    text = _EDITION.sub("", text)
    for _ in range(2):  # 《指引(2026)》: the title's own brackets go too
        text = _BRACKETS.sub(lambda m: m.group(1) or "", text)
    return text


def _shared_phrase(name: str, others: Sequence[str]) -> tuple[int, int]:
    """Returns where the longest phrase ``name`` shares with another name starts and ends.

    Only names holding one of its runs of :data:`MIN_SHARED_PHRASE` characters are compared
    at length: a shorter phrase is never returned, and most pairs share none.
    """
    runs = {name[i : i + MIN_SHARED_PHRASE] for i in range(len(name) - MIN_SHARED_PHRASE + 1)}
    best = (0, 0)
    for other in others:
        if not any(run in other for run in runs):
            continue
        match = SequenceMatcher(None, name, other, autojunk=False).find_longest_match()
        if match.size > best[1] - best[0]:
            best = (match.a, match.a + match.size)
    return best if best[1] - best[0] >= MIN_SHARED_PHRASE else (0, 0)


def _without_phrase(name: str, start: int, end: int) -> str:
    before = _TRAILING_FILLER.sub("", name[:start])
    after = _LEADING_FILLER.sub("", name[end:])
    rest = before + after
    if len(rest) <= GENERIC_LEFT_CHARS:  # 相关活动场次 alone says too little: 研讨会相关活动场次
        rest = name[end - PHRASE_TAIL_CHARS : end] + after
    return rest


def _shorten(name: str, siblings: Sequence[str]) -> list[str]:
    """Returns candidate short forms of one plain name, shortest last."""
    candidates = [name]
    start, end = _shared_phrase(name, siblings)
    rest = _without_phrase(name, start, end) if end else name
    if end and len(rest) >= MIN_LEFT_CHARS:
        candidates.append(rest)
    listed = _LIST.match(rest)
    if listed and len(rest) > MAX_SHORT_CHARS:
        candidates.append(f"{listed['first']}等{listed['tail']}")
    return candidates


def short_names(names: Sequence[str]) -> dict[str, str]:
    """Maps each name of one project to its short form, distinct from every other one."""
    plain = {name: _plain(name) or name for name in names}
    options: dict[str, list[str]] = {}
    for name in names:
        siblings = [plain[other] for other in names if other != name]
        options[name] = _shorten(plain[name], siblings)
    chosen = {name: options[name][-1] for name in names}
    for _ in range(max((len(o) for o in options.values()), default=0)):
        counts: dict[str, int] = {}
        for short in chosen.values():
            counts[short] = counts.get(short, 0) + 1
        clashes = [name for name, short in chosen.items() if counts[short] > 1]
        if not clashes:
            break
        for name in clashes:
            fuller = options[name][:-1] or [name]
            options[name] = fuller
            chosen[name] = fuller[-1]
    return chosen
