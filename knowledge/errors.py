"""Domain exceptions that carry the data needed to explain them."""

from __future__ import annotations

from enum import StrEnum


class GoalbotError(Exception):
    """Base class of every domain error."""


class DocumentProblem(StrEnum):
    """Why a 申报表 document was refused; ``bot/dialogue/messages`` words each one."""

    TOO_LARGE = "too_large"
    PDF = "pdf"
    UNKNOWN_ENCODING = "unknown_encoding"
    NOT_TEXT = "not_text"
    WORKBOOK_UNREADABLE = "workbook_unreadable"
    WORKBOOK_PART_TOO_LARGE = "workbook_part_too_large"
    WORKBOOK_TOO_LARGE = "workbook_too_large"
    SHEET_TOO_LARGE = "sheet_too_large"
    TOO_MANY_ROWS = "too_many_rows"
    TOO_MANY_CELLS = "too_many_cells"
    TOO_MANY_ELEMENTS = "too_many_elements"
    NOT_A_DECLARATION = "not_a_declaration"
    PROJECT_NAME_EMPTY = "project_name_empty"
    PROJECT_NAME_MISSING = "project_name_missing"
    HEADER_IN_TABLE = "header_in_table"
    NO_INDICATOR_TABLE = "no_indicator_table"
    UNKNOWN_YEAR = "unknown_year"
    BAD_DATE = "bad_date"
    BAD_AMOUNT = "bad_amount"
    MISSING_TARGET = "missing_target"
    MISSING_LEVEL1 = "missing_level1"
    NAME_LOOKS_LIKE_TARGET = "name_looks_like_target"
    INDICATOR_NAME_EMPTY = "indicator_name_empty"
    TEXT_TOO_LONG = "text_too_long"


class DocumentFormatError(GoalbotError):
    """A 申报表 document could not be understood at a given line.

    ``text`` is the offending cell (or the file name), ``limit`` the bound that was
    exceeded and ``detail`` a technical hint such as the name of a parser's error.
    """

    def __init__(
        self,
        problem: DocumentProblem,
        *,
        line_no: int,
        text: str = "",
        limit: int | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(f"line {line_no}: {problem}: {text[:80]!r}")
        self.problem = problem
        self.line_no = line_no
        self.text = text
        self.limit = limit
        self.detail = detail


class UnknownProject(GoalbotError):
    """No project matches the user's words."""

    def __init__(self, query: str) -> None:
        super().__init__(query)
        self.query = query
