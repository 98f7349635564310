"""Short indicator names for summaries, charts and buttons, cut only at word boundaries.

Long 三级指标 names carry years, session numbers, brackets and enumerations. They are
shortened the same way everywhere: noise is dropped, an enumeration keeps its first item
(``A、B、C活动数量`` → ``A等活动数量``), and a name still too long keeps the part after
a boundary word (``…活动的港澳台籍学生人数`` → ``港澳台籍学生人数``) when that part is
unique in the project. A name is never cut inside a word; without a boundary it stays long.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_SHORT_CHARS = 14
MIN_SHORT_CHARS = 5

_NOISE = (
    re.compile(r"\d{4}年度?"),
    re.compile(r"第\d+届"),
    re.compile(r"[(（][^()（）]*[)）]"),
)
_ENUMERATION = re.compile(
    r"^(?P<head>[^、]+)、.*?(?P<tail>(?:等)?(?:系列)?(?:交流)?(?:活动)?"
    r"(?:能力)?(?:提升)?(?:数量|人数|场次|次数|情况))$"
)
# Words after which the rest of a name still says what is counted.
_CUT_AFTER = ("的", "活动中", "活动")
# Event nouns a shortened name starts with, so that 相关活动场次 keeps whose events they are.
_KEEP_FROM = ("研讨会", "论坛", "辩论赛")


def clean_name(name: str) -> str:
    """Drops spaces, years, session numbers and bracketed remarks."""
    text = "".join(name.split())
    for pattern in _NOISE:
        text = pattern.sub("", text)
    enumeration = _ENUMERATION.match(text)
    if enumeration and len(text) > MAX_SHORT_CHARS:
        tail = enumeration["tail"].removeprefix("等")
        text = f"{enumeration['head']}等{tail}"
    return text


def _tails(text: str) -> list[str]:
    """Returns the parts after each boundary word, shortest first."""
    tails = set()
    for word in (*_CUT_AFTER, *_KEEP_FROM):
        start = text.rfind(word)
        if start >= 0:
            tail = text[start:] if word in _KEEP_FROM else text[start + len(word) :]
            if len(tail) > len(word) and len(tail) >= MIN_SHORT_CHARS:
                tails.add(tail)
    return sorted(tails, key=len)


def short_names(names: Sequence[str]) -> dict[str, str]:
    """Returns a short name for each of one project's indicator names, unique among them."""
    cleaned = {name: clean_name(name) for name in names}
    result: dict[str, str] = {}
    for name, text in cleaned.items():
        result[name] = text
        if len(text) <= MAX_SHORT_CHARS:
            continue
        others = [other for key, other in cleaned.items() if key != name]
        for tail in _tails(text):
            if not any(tail in other for other in others):
                result[name] = tail
                break
    if len(set(result.values())) < len(result):  # Never make two names read the same.
        return {name: cleaned[name] for name in names}
    return result
