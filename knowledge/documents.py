"""Reading a declaration document of any supported format from its bytes.

A workbook is a zip of XML parts that may expand to far more than its own size, so
every bound is checked before anything is parsed: the declared size of each part and
of all parts together, the declared range of each sheet, then the rows and cells read.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Protocol, cast

from knowledge.declaration import MAX_CELLS, MAX_ROWS, DeclarationReader, parse_declaration_text
from knowledge.errors import DocumentFormatError, DocumentProblem
from knowledge.form_layout import EXPORT_CREATOR
from knowledge.model import ProjectForm

MEGABYTE = 1024 * 1024
MAX_DOCUMENT_BYTES = 20 * MEGABYTE  # What the Bot API lets a bot download.
MAX_WORKBOOK_PART_BYTES = 8 * MEGABYTE  # A 10,000-indicator sheet is about 1.5 MB.
MAX_WORKBOOK_BYTES = 24 * MEGABYTE
MAX_WORKBOOK_PARTS = 500
MAX_SHEET_COLUMNS = 100
# Tags ("<") in all parts. Every element costs the parser time even when it is dropped,
# and a row's elements stay in memory until the row ends (about 330 bytes each), so they
# are counted before parsing: 400,000 elements in one row peak at about 160 MB. A
# 10,000-indicator workbook has about 200,000 tags.
MAX_WORKBOOK_TAGS = 400_000
_CREATOR = re.compile(rb"<dc:creator[^>]*>([^<]*)</dc:creator>")


class _Sheet(Protocol):
    """The part of openpyxl's read-only worksheet used here."""

    @property
    def max_row(self) -> int | None: ...

    @property
    def max_column(self) -> int | None: ...

    def calculate_dimension(self) -> str: ...

    def iter_rows(
        self, *, values_only: bool, max_row: int, max_col: int
    ) -> Iterator[tuple[object, ...]]: ...


def read_declaration(content: bytes, *, file_name: str) -> list[ProjectForm]:
    """Reads a 申报表 from PDF-extracted text (UTF-8 or GB18030) or an .xlsx workbook."""
    if len(content) > MAX_DOCUMENT_BYTES:
        raise DocumentFormatError(
            DocumentProblem.TOO_LARGE, line_no=1, text=file_name, limit=MAX_DOCUMENT_BYTES
        )
    if content.startswith(b"PK") or file_name.lower().endswith((".xlsx", ".xlsm")):
        return _read_workbook(content, file_name=file_name)
    if content.startswith(b"%PDF"):
        raise DocumentFormatError(DocumentProblem.PDF, line_no=1, text=file_name)
    return parse_declaration_text(_decode(content, file_name=file_name), source=file_name)


def _decode(content: bytes, *, file_name: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentFormatError(DocumentProblem.UNKNOWN_ENCODING, line_no=1, text=file_name)


def _read_workbook(content: bytes, *, file_name: str) -> list[ProjectForm]:
    try:
        _check_parts(content, file_name=file_name)
        rows = _workbook_rows(content)
    except DocumentFormatError:
        raise
    except Exception as error:
        # zipfile, zlib, the XML parser and openpyxl raise many unrelated types on a
        # damaged file (BadZipFile on a bad CRC, zlib.error, ParseError, KeyError,
        # TypeError …); all of them mean the same thing to the user.
        raise DocumentFormatError(
            DocumentProblem.WORKBOOK_UNREADABLE,
            line_no=1,
            text=file_name,
            detail=type(error).__name__,
        ) from error
    return DeclarationReader(source=file_name).read(rows)


def _check_parts(content: bytes, *, file_name: str) -> None:
    """Refuses a workbook whose parts declare more than the limits before any is unpacked.

    ``zipfile`` never returns more than a part's declared size, so checking the
    declarations bounds what parsing can expand to.
    """
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        _check_declared_sizes(archive.infolist(), file_name=file_name)
        _check_tags(archive, file_name=file_name)


def _check_declared_sizes(parts: list[zipfile.ZipInfo], *, file_name: str) -> None:
    if len(parts) > MAX_WORKBOOK_PARTS:
        raise DocumentFormatError(
            DocumentProblem.WORKBOOK_TOO_LARGE, line_no=1, text=file_name, limit=MAX_WORKBOOK_BYTES
        )
    for part in parts:
        if part.file_size > MAX_WORKBOOK_PART_BYTES:
            raise DocumentFormatError(
                DocumentProblem.WORKBOOK_PART_TOO_LARGE,
                line_no=1,
                text=file_name,
                limit=MAX_WORKBOOK_PART_BYTES,
                detail=part.filename,
            )
    if sum(part.file_size for part in parts) > MAX_WORKBOOK_BYTES:
        raise DocumentFormatError(
            DocumentProblem.WORKBOOK_TOO_LARGE, line_no=1, text=file_name, limit=MAX_WORKBOOK_BYTES
        )


def _check_tags(archive: zipfile.ZipFile, *, file_name: str) -> None:
    """Counts the tags in every part (a sheet may be stored under any name)."""
    tags = 0
    for part in archive.infolist():
        tags += archive.read(part).count(b"<")
        if tags > MAX_WORKBOOK_TAGS:
            raise DocumentFormatError(
                DocumentProblem.TOO_MANY_ELEMENTS,
                line_no=1,
                text=file_name,
                limit=MAX_WORKBOOK_TAGS,
            )


def _workbook_rows(content: bytes) -> list[list[str]]:
    from openpyxl import load_workbook  # Imported here: only imports need it.

    workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    try:
        return list(_bounded_rows(cast(Sequence[_Sheet], workbook.worksheets)))
    finally:
        workbook.close()


def _bounded_rows(sheets: Sequence[_Sheet]) -> Iterator[list[str]]:
    rows = cells = 0
    for sheet in sheets:
        _check_dimensions(sheet)
        columns = min(sheet.max_column or MAX_SHEET_COLUMNS, MAX_SHEET_COLUMNS)
        for values in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 1, max_col=columns):
            rows += 1
            if rows > MAX_ROWS:
                raise DocumentFormatError(
                    DocumentProblem.TOO_MANY_ROWS,
                    line_no=rows,
                    limit=MAX_ROWS,
                )
            if values.count(None) == len(values):  # Padding for a missing row: cheap.
                yield []
                continue
            row = [_cell_text(value) for value in values]
            while row and not row[-1]:
                row.pop()
            cells += sum(1 for text in row if text)
            if cells > MAX_CELLS:
                raise DocumentFormatError(
                    DocumentProblem.TOO_MANY_CELLS,
                    line_no=rows,
                    limit=MAX_CELLS,
                )
            yield row


def _check_dimensions(sheet: _Sheet) -> None:
    """Refuses a sheet that declares a range larger than any 申报表, before reading it."""
    max_row, max_column = sheet.max_row or 0, sheet.max_column or 0
    if max_row > MAX_ROWS or max_column > MAX_SHEET_COLUMNS:
        raise DocumentFormatError(
            DocumentProblem.SHEET_TOO_LARGE,
            line_no=1,
            limit=MAX_ROWS,
            detail=sheet.calculate_dimension(),
        )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(Decimal(repr(value)))
    return str(value)


def is_exported_form(content: bytes) -> bool:
    """Tells whether a file is a form this assistant exported (its author is goalbot)."""
    if not content.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            info = archive.getinfo("docProps/core.xml")
            if info.file_size > MAX_WORKBOOK_PART_BYTES:  # Never unpack a bomb to look.
                return False
            core = archive.read(info)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError, zlib.error):
        return False  # Not readable as ours; reading it as a form explains what is wrong.
    match = _CREATOR.search(core)
    return match is not None and match.group(1).decode("utf-8", "replace") == EXPORT_CREATOR
