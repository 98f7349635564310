"""Reads a clause asking whether the things asked before it are the same.

企服里目标是120的有哪几条？单位一样吗？ asks the rows, then whether their units agree;
两个项目的满意度目标分别多少，有没有差别？ asks both targets, then whether they differ. The
clause names no row of its own: the rest is answered as asked, and the answer says whether
what it shows is the same (nlu reads the ask; the reply compares what it shows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from nlu.cues import word_sections
from nlu.ordering import alternation
from nlu.prepared import built_once

SAMENESS_FILE = "sameness.txt"
_CLAUSE_END = "，,。；;？?！! "
# The other thing compared, named after a joiner (与国交的, 跟运维那边): a few characters.
MAX_OTHER_CHARS = 8
# What a clause names before its sameness ask (实施单位是不是同一家): a word at least.
MIN_NAMED_CHARS = 2


@dataclass(frozen=True)
class SamenessAsk:
    """A clause asking sameness, and the message without it."""

    rest: str
    of_units: bool  # 单位一样吗: the units compared, not the targets


@built_once
def _words() -> dict[str, tuple[str, ...]]:
    text = (resources.files("nlu") / "data" / SAMENESS_FILE).read_text(encoding="utf-8")
    return word_sections(text)


def _asked() -> str:
    """Returns the pattern of a difference or a sameness asked, with its particles (有没有差别,
    是否一致, 一样不一样吗), shared by a whole clause and a clause's end."""
    words = _words()
    has, difference = alternation(words["has"]), alternation(words["difference"])
    same, either = alternation(words["same"]), alternation(words["either_way"])
    return (
        f"(?:(?:{either})|(?:{has})?(?:什么|啥)?(?:{difference})|(?:是否|是不是|都是)?(?:{same}))"
        f"(?:{alternation(words['asking'])})*"
    )


@built_once
def _clause() -> re.Pattern[str]:
    """Matches a whole clause asking sameness: what is compared, then a difference or a
    sameness asked (两者有没有差别, 单位一样吗, 与国交的口径是否一致, 一样不一样)."""
    words = _words()
    pointer, joiner = alternation(words["pointer"]), alternation(words["joiner"])
    what = alternation((*words["units"], *words["values"]))
    other = f"(?:(?:{joiner})(?P<other>[\\u4e00-\\u9fff]{{1,{MAX_OTHER_CHARS}}}?)(?:的|相比|比)?)?"
    return re.compile(
        f"(?:那|这|但|那么)?{other}(?:{pointer})?的?(?P<what>{what})?(?:{pointer})?{_asked()}"
    )


@built_once
def _tail() -> re.Pattern[str]:
    """Matches sameness asked at the end of a clause naming what is compared (下面那个项目的
    实施单位是不是同一家, 活动参与人数和合作单位数量是否相同): a word asking it is said
    (有, 是否, 是不是), not a bare 一样 that may end any phrase."""
    words = _words()
    opening = alternation((*words["has"], *words["either_way"], "是否", "是不是", "都是"))
    return re.compile(f"(?=(?:{opening})){_asked()}$")


def sameness_asked(text: str) -> SamenessAsk | None:
    """Returns the ask of sameness closing ``text`` and the message without it, or None when
    its last clause asks no sameness or nothing is asked before it."""
    stripped = text.rstrip(_CLAUSE_END)
    start = max(stripped.rfind(mark) for mark in _CLAUSE_END) + 1
    last = stripped[start:]
    found = _clause().fullmatch(last) if start > 0 else None
    rest = stripped[:start].rstrip(_CLAUSE_END)
    if found is None:
        tail = _tail().search(last)
        named = last[: tail.start()] if tail is not None else ""
        if len(named) < MIN_NAMED_CHARS:
            return None
        # 下面那个项目的实施单位是不是同一家: what the clause names is asked, then compared
        asked = f"{rest}，{named}" if rest else named
        # 两条的单位是不是一样: the units; 实施单位是不是同一家: a field named 单位
        units = _words()["units"]
        of_units = any(named == word or named.endswith(f"的{word}") for word in units)
        return SamenessAsk(asked, of_units=of_units)
    if not rest:
        return None
    other = found.group("other")
    if other:
        rest += f"，{other}的呢"  # 与国交的口径是否一致: the same ask of the other project
    return SamenessAsk(rest, of_units=found.group("what") in _words()["units"])
