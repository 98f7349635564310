"""Normalisation of Chinese input, done once at the edge of ``nlu``."""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_SPACE_CJK_DIGIT = re.compile(
    rf"(?<=[{_CJK}])\s+(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%])\s+(?=[{_CJK}])"
)
_SPACES = re.compile(r"\s+")
_PUNCTUATION = re.compile(
    r"[\s,，。!！?？;；:：、\"“”'‘’()（）《》〈〉【】\[\]<>·~～…—]+|(?<!\d)[.\-]|[.\-](?!\d)"
)


class Converter(Protocol):
    """Anything that converts traditional characters to simplified ones."""

    def convert(self, text: str) -> str: ...


class Normalizer:
    """Turns user text into one canonical form: NFKC, simplified, compact spacing, lower case."""

    def __init__(self, converter: Converter | None = None) -> None:
        if converter is None:
            from opencc import OpenCC  # built once, at start-up

            converter = OpenCC("t2s")
        self._converter = converter

    def normalize(self, text: str) -> str:
        """Returns ``text`` in NFKC, simplified characters, without spaces around CJK."""
        text = unicodedata.normalize("NFKC", text).strip()
        text = self._converter.convert(text)
        text = _SPACE_CJK_DIGIT.sub("", text)
        return _SPACES.sub(" ", text).lower()


def strip_punctuation(text: str) -> str:
    """Removes punctuation and spaces, keeping words, digits and ``%``."""
    return _PUNCTUATION.sub("", text)
