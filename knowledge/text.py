"""Cleaning of text cells extracted from PDF or spreadsheet forms."""

from __future__ import annotations

import re
import unicodedata

_TAG = re.compile(r"</?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_SPACE_CJK_DIGIT = re.compile(rf"(?<=[{_CJK}])\s+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])\s+(?=[{_CJK}])")


def clean_cell(text: str) -> str:
    """Removes HTML fragments and surrounding white space, keeping the words as written."""
    text = _TAG.sub("", text).replace("&nbsp;", " ").replace("\u3000", " ")
    return " ".join(text.split())


def compact(text: str) -> str:
    """Returns ``text`` in NFKC with the spaces between CJK and digits removed.

    ``2026 年 12 月底前`` becomes ``2026年12月底前`` and ``第 34 届`` becomes ``第34届``.
    """
    text = unicodedata.normalize("NFKC", clean_cell(text))
    return _SPACE_CJK_DIGIT.sub("", text)
