"""Domain exceptions that carry the data needed to explain them."""

from __future__ import annotations


class GoalbotError(Exception):
    """Base class of every domain error."""


class DocumentFormatError(GoalbotError):
    """A 申报表 document could not be understood at a given line."""

    def __init__(self, *, line_no: int, text: str, reason: str) -> None:
        super().__init__(f"line {line_no}: {reason}: {text[:80]!r}")
        self.line_no = line_no
        self.text = text
        self.reason = reason


class UnknownProject(GoalbotError):
    """No project matches the user's words."""

    def __init__(self, query: str) -> None:
        super().__init__(query)
        self.query = query
