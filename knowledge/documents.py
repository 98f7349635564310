"""Reading a declaration document of any supported format from its bytes."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from decimal import Decimal

from knowledge.declaration import DeclarationReader, parse_declaration_text
from knowledge.errors import DocumentFormatError
from knowledge.form_layout import EXPORT_CREATOR
from knowledge.model import ProjectForm

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
_CREATOR = re.compile(rb"<dc:creator[^>]*>([^<]*)</dc:creator>")


def read_declaration(content: bytes, *, file_name: str) -> list[ProjectForm]:
    """Reads a 申报表 from PDF-extracted text (UTF-8 or GB18030) or an .xlsx workbook."""
    if len(content) > MAX_DOCUMENT_BYTES:
        raise DocumentFormatError(line_no=1, text=file_name, reason="文件过大（超过 20 MB）")
    if content.startswith(b"PK") or file_name.lower().endswith((".xlsx", ".xlsm")):
        return _read_workbook(content, file_name=file_name)
    if content.startswith(b"%PDF"):
        raise DocumentFormatError(
            line_no=1, text=file_name, reason="暂不能直接读取 PDF，请先导出为文本或 Excel"
        )
    return parse_declaration_text(_decode(content, file_name=file_name), source=file_name)


def _decode(content: bytes, *, file_name: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentFormatError(line_no=1, text=file_name, reason="无法识别文件编码")


def _read_workbook(content: bytes, *, file_name: str) -> list[ProjectForm]:
    from openpyxl import load_workbook  # Imported here: only imports need it.

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise DocumentFormatError(
            line_no=1, text=file_name, reason=f"无法打开 Excel 文件（{type(error).__name__}）"
        ) from error
    rows: list[list[str]] = []
    for sheet in workbook.worksheets:
        rows.extend(
            [_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)
        )
    workbook.close()
    return DeclarationReader(source=file_name).read(rows)


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
            core = archive.read("docProps/core.xml")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False
    match = _CREATOR.search(core)
    return match is not None and match.group(1).decode("utf-8", "replace") == EXPORT_CREATOR
