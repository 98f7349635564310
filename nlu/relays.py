"""Reads an ask relayed from a chat as the ask itself.

A message passing on what someone else asked quotes them after their name and a colon
(「方姐：国家级调查站点几家？」帮忙问下[抱拳]); the name is no word of the form, and the words
asking to pass the ask on ask nothing of it.
"""

from __future__ import annotations

import re
from importlib import resources

from nlu.cues import word_sections
from nlu.ordering import alternation
from nlu.prepared import built_once

RELAYS_FILE = "relays.txt"
ASIDES_FILE = "asides.txt"
# What may stand beside a relayed quote asking nothing: stickers, emoji, particles, spaces.
_NOTHING_ASKED = re.compile(
    r"(?:\[[\u4e00-\u9fffA-Za-z]{1,4}\]|[^\w\u4e00-\u9fff]|[哈啊呀吧哦呢嘛亲])*"
)


@built_once
def _words() -> dict[str, tuple[str, ...]]:
    text = (resources.files("nlu") / "data" / RELAYS_FILE).read_text(encoding="utf-8")
    return word_sections(text)


@built_once
def _surnames() -> tuple[str, ...]:
    text = (resources.files("nlu") / "data" / ASIDES_FILE).read_text(encoding="utf-8")
    return tuple(dict.fromkeys((*word_sections(text)["surname"], *_words()["surname"])))


@built_once
def _relayed_quote() -> re.Pattern[str]:
    """「方姐：…」, “小赵：…”: a quote opening with a person's name and a colon."""
    words = _words()
    surname = alternation(_surnames())
    name = (
        f"(?:{alternation(words['name_before'])})(?:{surname})"
        f"|(?:{surname})(?:{alternation(words['name_after'])})"
    )
    opening, closing = alternation(words["open"]), alternation(words["close"])
    return re.compile(
        f"(?:{opening})(?:{name})[：:](?P<said>[^{''.join(words['close'])}]+)(?:{closing})"
    )


@built_once
def _relay_words() -> re.Pattern[str]:
    return re.compile(alternation(_words()["relay"]))


def relayed_ask(text: str) -> str | None:
    """Returns ``text`` with a relayed quote read as said, or None when it quotes none.

    What the quote says is kept, then what the asker asks after it (「吴老师：我们实测97.5%」
    比目标高几个百分点？); words passing the ask on and stickers beside it are left out.
    """
    found = _relayed_quote().search(text)
    if found is None:
        return None
    said = found.group("said").strip()
    rest = _relay_words().sub("", text[: found.start()] + "，" + text[found.end() :])
    if _NOTHING_ASKED.fullmatch(rest):
        return said
    ending = "" if said[-1:] in "，,。？?！!" else "，"
    return said + ending + rest.strip("，, ")
