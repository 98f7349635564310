"""Shanghai and older office words read as the standard ones (``regional.txt``).

什么辰光开始, 一个人合几钿, 上年结转有伐: staff of a Shanghai office ask in the words they speak.
Each such word is rewritten as the word a question in standard Chinese would use, so that the
rest of the engine reads it as any other question. A word is rewritten only where the
tokenizer cuts at both its ends (国交关于 keeps its 交关); a particle of [end] only before
punctuation or at the end of the message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources

REGIONAL_FILE = "regional.txt"
_END = r"(?=[，,。；;！!？?\s~～]|$)"


@cache
def _sections() -> dict[str, dict[str, str]]:
    text = (resources.files("nlu") / "data" / REGIONAL_FILE).read_text(encoding="utf-8")
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        word, _, standard = line.partition(":")
        current[word.strip()] = standard.strip()
    return sections


class RegionalWords:
    """Rewrites the regional words of a question as standard ones."""

    def __init__(self, cut: Callable[[str], list[str]]) -> None:
        sections = _sections()
        self._cut = cut
        self._standard = {**sections["words"], **sections["end"]}
        words = sorted(sections["words"], key=len, reverse=True)
        ends = sorted(sections["end"], key=len, reverse=True)
        self._pattern = re.compile(
            "|".join([*map(re.escape, words), *(f"{re.escape(end)}{_END}" for end in ends)])
        )
        self._chars = frozenset(word[0] for word in self._standard)

    def rewritten(self, text: str) -> str:
        """Returns ``text`` with its regional words written as standard ones."""
        if not self._chars.intersection(text):
            return text
        found = [m for m in self._pattern.finditer(text)]
        if not found:
            return text
        cuts, at = {0}, 0
        for token in self._cut(text):
            at += len(token)
            cuts.add(at)
        pieces, last = [], 0
        for match in found:
            if match.start() not in cuts or match.end() not in cuts:
                continue  # 国交关于: 交关 runs into 关于
            pieces += [text[last : match.start()], self._standard[match.group(0)]]
            last = match.end()
        return "".join(pieces) + text[last:] if pieces else text
