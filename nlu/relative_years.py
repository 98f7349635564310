"""Years named relative to the newest loaded form (去年, 明年): ``nlu/data/years.txt``."""

from __future__ import annotations

from functools import cache
from importlib import resources

YEARS_FILE = "years.txt"


@cache
def load_relative_years() -> tuple[tuple[str, int], ...]:
    """Returns each relative-year word with its offset, longest words first."""
    text = (resources.files("nlu") / "data" / YEARS_FILE).read_text(encoding="utf-8")
    found = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, offset = line.partition(":")
        found.append((word.strip(), int(offset)))
    return tuple(sorted(found, key=lambda item: -len(item[0])))


def relative_year_words(*, coming: bool = False) -> tuple[str, ...]:
    """Returns the relative-year words (去年, 明年 …), only those of coming years if asked."""
    return tuple(word for word, offset in load_relative_years() if offset > 0 or not coming)
