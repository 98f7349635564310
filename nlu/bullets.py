"""A message laid out as a list: a heading line and one ask a line (``- 完好率``).

Typed on a desktop or pasted from notes, a message may name its project once and list the
asks under it, one a line behind a bullet or a number::

    企服
    - 引入院士专家多少
    - 培育工作站几家

Read as one run of words, the lines blur into each other. The message is written the way the
engine reads several asks: a heading that only names what the asks are about goes before each
ask (企服引入院士专家多少；企服培育工作站几家), one that asks itself before them all (帮我查下面
几个：…). Without a heading the asks are only set apart. A line after items that ask by
themselves is a remark (同学让我帮他查的); after items that only name rows (• 二期改造完成时间 •
线上参观人次 / 各是多少) it asks of them all, as of rows pasted (nlu/pasted.py).
"""

from __future__ import annotations

import re

from nlu.cues import cue_words

# A bullet or a number opening a line: - • · * ● ○ ▪ 1. 1、 1) (1) ①.
_BULLET = re.compile(r"^\s*(?:[-–—•·*●○▪■□>]+|\(?\d{1,2}[.、)）]|（\d{1,2}）|[①-⑳])\s*")
# A marker typed inside a line, before an item (- 完好率 - 满意度); a hyphen between figures or
# letters (2024-2026, A-B) is none.
_INLINE_BULLET = re.compile(r"(?:^|\s)[-*•·▪●○◦→](?=\s*[\u4e00-\u9fff])\s*")
MIN_LISTED = 2  # one marker alone lists nothing
_ASK_APART = "；"
_HEADING_END = "：:，,。；; "
MAX_NAMING_HEADING = 12  # characters of a heading that only names what the asks are about


def bullets_joined(text: str) -> str | None:
    """Returns the message as one line of asks set apart, or None when it is no list
    (fewer than two items behind a bullet, or other lines among them)."""
    if "\n" in text:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
    elif len(_INLINE_BULLET.findall(text)) >= MIN_LISTED:
        # 国交 - 安全事故要求 - 质量达标率: the markers typed on one line open the items.
        head, *items = _INLINE_BULLET.split(text)
        lines = [head.strip()] if head.strip() else []
        lines += [f"- {item.strip()}" for item in items]
    else:
        return None
    closing = lines.pop() if len(lines) > MIN_LISTED and not _BULLET.match(lines[-1]) else ""
    listed = [_BULLET.sub("", line, count=1) for line in lines if _BULLET.match(line)]
    if len(listed) < MIN_LISTED or any(not ask for ask in listed):
        return None
    heading = [line for line in lines if not _BULLET.match(line)]
    if len(heading) > 1 or (heading and lines[0] != heading[0]):
        return None  # words between the asks: not a list under one heading
    asks = [ask.rstrip(_HEADING_END) for ask in listed]
    head = heading[0].rstrip(_HEADING_END) if heading else ""
    if closing and _asks(closing) and not all(_asks(ask) for ask in asks):
        return None  # • 二期改造完成时间 • 线上参观人次 / 各是多少: rows pasted (nlu/pasted.py)
    # …\n用表格输出: a closing line asking nothing only says how the answer is wanted
    joined = _asks_joined(head, asks)
    return f"{joined}。{closing}" if closing else joined  # …\n同学让我帮他查的: a remark after


def _asks(text: str) -> bool:
    """Tells whether a line asks by words of its own (引入院士专家多少), not only names a row."""
    return any(word in text for word in cue_words()["question"])


def _asks_joined(head: str, asks: list[str]) -> str:
    """Returns the asks set apart, each after a heading that only names what they are about
    (运维完好率；运维市民满意度), all after one that asks itself (帮我查下面几个：…)."""
    if not head:
        return _ASK_APART.join(asks)
    if len(head) > MAX_NAMING_HEADING or _asks(head):
        return f"{head}：{_ASK_APART.join(asks)}"  # 帮我查下面几个：…
    return _ASK_APART.join(head + ask for ask in asks)  # 运维完好率；运维市民满意度


def bullet_dropped(line: str) -> str:
    """Returns ``line`` without the bullet or number opening it (• 线上参观人次 → 线上参观人次)."""
    return _BULLET.sub("", line, count=1)
