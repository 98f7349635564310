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
