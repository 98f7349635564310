"""A message laid out as a list: a heading line and one ask a line (``- 完好率``).

Typed on a desktop or pasted from notes, a message may name its project once and list the
asks under it, one a line behind a bullet or a number::

    企服
    - 引入院士专家多少
    - 培育工作站几家

Read as one run of words, the lines blur into each other. The message is written the way the
engine reads several asks: a heading that only names what the asks are about goes before each
ask (企服引入院士专家多少；企服培育工作站几家), one that asks itself before them all (帮我查下面
几个：…). Without a heading the asks are only set apart.
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
    listed = [_BULLET.sub("", line, count=1) for line in lines if _BULLET.match(line)]
    if len(listed) < MIN_LISTED or any(not ask for ask in listed):
        return None
    heading = [line for line in lines if not _BULLET.match(line)]
    if len(heading) > 1 or (heading and lines[0] != heading[0]):
        return None  # words between the asks: not a list under one heading
    asks = [ask.rstrip(_HEADING_END) for ask in listed]
    if not heading:
        return _ASK_APART.join(asks)
    head = heading[0].rstrip(_HEADING_END)
    if len(head) > MAX_NAMING_HEADING or any(word in head for word in cue_words()["question"]):
        return f"{head}：{_ASK_APART.join(asks)}"  # 帮我查下面几个：…
    return _ASK_APART.join(head + ask for ask in asks)  # 运维完好率；运维市民满意度
