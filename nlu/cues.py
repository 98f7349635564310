"""Short word lists the conversation reacts to (yes/no, thanks, 记录 …), from one data file."""

from __future__ import annotations

import re
from importlib import resources

from nlu.ordering import longest_first
from nlu.prepared import built_once

CUES_FILE = "cues.txt"
_STRIP = " \t。.!！~～，,"


@built_once
def cue_words() -> dict[str, tuple[str, ...]]:
    """Returns each section of ``nlu/data/cues.txt`` as its words, longest first."""
    text = (resources.files("nlu") / "data" / CUES_FILE).read_text(encoding="utf-8")
    return word_sections(text)


def word_sections(text: str) -> dict[str, tuple[str, ...]]:
    """Returns each ``[section]`` of a word-list file as its words, longest first."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            continue
        current.extend(line.split())
    return {name: tuple(longest_first(words)) for name, words in sections.items()}


def _word(text: str) -> str:
    return text.strip(_STRIP).lower()


def is_yes(text: str) -> bool:
    """Tells whether a typed answer is a yes (是, 确定, 好的 …)."""
    return _word(text) in cue_words()["yes"]


def is_no(text: str) -> bool:
    """Tells whether a typed answer is a no (否, 不, 不用 …)."""
    return _word(text) in cue_words()["no"]


def is_thanks(text: str) -> bool:
    """Tells whether a message only says thanks."""
    return _word(text) in cue_words()["thanks"]


def looks_like_question(text: str) -> bool:
    """Tells whether a message asks something (a question mark or a question word)."""
    stripped = text.strip()
    return bool(stripped) and any(word in stripped for word in cue_words()["question"])


@built_once
def record_trigger() -> re.Pattern[str]:
    """Returns the pattern of a one-message log's start (``记录``, ``登记：`` …)."""
    words = "|".join(map(re.escape, cue_words()["record"]))
    # 记录了吗 / 登记的 are questions about records, not a new log.
    return re.compile(rf"^(?:{words})(?![了的过吗])\s*[:：]?")


def record_words() -> tuple[str, ...]:
    """Returns the words that start a one-message log."""
    return cue_words()["record"]
