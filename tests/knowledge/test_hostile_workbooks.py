"""Hostile and broken files (mostly .xlsx) are refused fast, in bounded memory, with a reason."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from knowledge.declaration import MAX_CELLS, MAX_ROWS
from knowledge.documents import (
    MAX_WORKBOOK_PART_BYTES,
    MAX_WORKBOOK_TAGS,
    is_exported_form,
    read_declaration,
)
from knowledge.errors import DocumentFormatError, DocumentProblem

SHEET = "xl/worksheets/sheet1.xml"
MAX_SECONDS = 10.0  # What the issue allows; a refusal takes well under a second here.
MAX_PEAK_MB = 200
WORKSHEET = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
REPO = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter so that the peak memory belongs to this one read alone. Linux
# carries the forking parent's peak into the child's ru_maxrss, so the peak (VmHWM) is reset
# through /proc first.
MEASURE = """
import json, sys, time
from pathlib import Path
from knowledge.documents import read_declaration
from knowledge.errors import DocumentFormatError
Path("/proc/self/clear_refs").write_text("5")
content = open(sys.argv[1], "rb").read()
start = time.perf_counter()
try:
    read_declaration(content, file_name=Path(sys.argv[1]).name)
    problem = None
except DocumentFormatError as error:
    problem = error.problem.value
seconds = time.perf_counter() - start
status = Path("/proc/self/status").read_text()
peak_kb = int(next(line for line in status.splitlines() if line.startswith("VmHWM")).split()[1])
print(json.dumps({"problem": problem, "seconds": seconds, "peak_mb": peak_kb / 1024}))
"""


def small_workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["项目名称", "测试项目"])
    sheet.append(["一级指标", "二级指标", "三级指标", "指标值"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_part(
    content: bytes,
    name: str,
    write: Callable[[zipfile.ZipFile, zipfile.ZipInfo], None],
) -> bytes:
    """Copies a workbook, letting ``write`` produce the part called ``name``."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(content)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename == name:
                write(target, info)
            else:
                target.writestr(info, source.read(info))
    return out.getvalue()


def replaced_sheet(xml: bytes) -> bytes:
    return with_part(small_workbook(), SHEET, lambda zf, info: zf.writestr(info.filename, xml))


def not_xml() -> bytes:
    return replaced_sheet(b"<worksheet><sheetData><row r='1'>this is not xml <<<")


def crc_corrupted() -> bytes:
    """Stores the sheet uncompressed, then changes one byte of it behind the CRC's back."""
    xml = zipfile.ZipFile(io.BytesIO(small_workbook())).read(SHEET)

    def stored(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        zf.writestr(info.filename, xml, compress_type=zipfile.ZIP_STORED)

    content = bytearray(with_part(small_workbook(), SHEET, stored))
    offset = bytes(content).index(b"<sheetData>")
    content[offset + 1] ^= 0x20  # s → S: still a valid zip, no longer the stored CRC
    return bytes(content)


def huge_dimension() -> bytes:
    xml = zipfile.ZipFile(io.BytesIO(small_workbook())).read(SHEET).decode()
    start = xml.index("<dimension")
    end = xml.index("/>", start) + 2
    return replaced_sheet((xml[:start] + '<dimension ref="A1:XFD1048576"/>' + xml[end:]).encode())


def far_cell() -> bytes:
    """No declared range, but one cell in the last row and column of the sheet."""
    return replaced_sheet(
        WORKSHEET + b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
        b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>'
    )


def zip_bomb(part_name: str = SHEET) -> bytes:
    """A part that expands to 64 MB of empty rows from a file of about 100 KB."""

    def bomb(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        chunk = b"<row/>" * (1024 * 1024 // 6)
        with zf.open(info.filename, "w", force_zip64=True) as part:
            part.write(b"<worksheet><sheetData>")
            for _ in range(64):
                part.write(chunk)
            part.write(b"</sheetData></worksheet>")

    return with_part(small_workbook(), part_name, bomb)


def many_parts_bomb() -> bytes:
    """Parts each under the limit that together expand too far."""
    content = small_workbook()
    out = io.BytesIO(content)
    padding = b" " * (MAX_WORKBOOK_PART_BYTES - 1)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        for number in range(4):
            archive.writestr(f"xl/media/padding{number}.bin", padding)
    return out.getvalue()


def dense_cells() -> bytes:
    """A dense sheet within the part limit but with more cells than any 申报表."""
    cells = b"<c><v>1</v></c>" * 20
    rows = b"".join(
        b'<row r="%d">%s</row>' % (number, cells) for number in range(1, MAX_CELLS // 20 + 100)
    )
    return replaced_sheet(WORKSHEET + b"<sheetData>" + rows + b"</sheetData></worksheet>")


def too_many_rows() -> bytes:
    rows = b"".join(
        b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(1, MAX_ROWS + 5)
    )
    return replaced_sheet(WORKSHEET + b"<sheetData>" + rows + b"</sheetData></worksheet>")


def empty_cells() -> bytes:
    """One row of empty cells, dropped by the parser but each costing it time."""
    cells = b"<c/>" * (MAX_WORKBOOK_TAGS + 1)
    return replaced_sheet(
        WORKSHEET + b'<sheetData><row r="1">' + cells + b"</row></sheetData></worksheet>"
    )


def widest_allowed_row() -> bytes:
    """As many elements as the tag limit allows, all in one row that is held until it ends."""
    children = b"<x/>" * (MAX_WORKBOOK_TAGS - 2_000)
    return replaced_sheet(
        WORKSHEET + b'<sheetData><row r="1">' + children + b"</row></sheetData></worksheet>"
    )


def text_rows() -> bytes:
    """Text within the 20 MB download limit with ten times the rows of any form."""
    return b"\t\t\t\xe6\xb4\xbb\xe5\x8a\xa8\t1\n" * (MAX_ROWS * 10)


def text_cells() -> bytes:
    """One line of text with more cells than any form."""
    return "项目名称\t测试".encode() + b"\t" * (MAX_CELLS + 1)


def file_name(name: str) -> str:
    return name if name.endswith(".txt") else f"{name}.xlsx"


HOSTILE = {
    "not-xml": (not_xml, DocumentProblem.WORKBOOK_UNREADABLE),
    "crc-corrupted": (crc_corrupted, DocumentProblem.WORKBOOK_UNREADABLE),
    "huge-dimension": (huge_dimension, DocumentProblem.SHEET_TOO_LARGE),
    "far-cell": (far_cell, DocumentProblem.TOO_MANY_ROWS),
    "zip-bomb": (zip_bomb, DocumentProblem.WORKBOOK_PART_TOO_LARGE),
    "many-parts": (many_parts_bomb, DocumentProblem.WORKBOOK_TOO_LARGE),
    "dense-cells": (dense_cells, DocumentProblem.TOO_MANY_ELEMENTS),
    "too-many-rows": (too_many_rows, DocumentProblem.TOO_MANY_ROWS),
    "empty-cells": (empty_cells, DocumentProblem.TOO_MANY_ELEMENTS),
    "widest-allowed-row": (widest_allowed_row, DocumentProblem.NOT_A_DECLARATION),
    "text-rows.txt": (text_rows, DocumentProblem.TOO_MANY_ROWS),
    "text-cells.txt": (text_cells, DocumentProblem.TOO_MANY_CELLS),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_workbook_is_refused_with_its_problem(name: str) -> None:
    build, problem = HOSTILE[name]
    with pytest.raises(DocumentFormatError) as caught:
        read_declaration(build(), file_name=file_name(name))
    assert caught.value.problem is problem


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_workbook_is_refused_quickly_in_bounded_memory(name: str, tmp_path: Path) -> None:
    build, problem = HOSTILE[name]
    path = tmp_path / file_name(name)
    path.write_bytes(build())
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=True,
    )
    result = json.loads(done.stdout)
    assert result["problem"] == problem.value
    assert result["seconds"] < MAX_SECONDS
    assert result["peak_mb"] < MAX_PEAK_MB


LARGE_FORM_INDICATORS = 10_000


def test_a_legitimate_10000_indicator_workbook_is_within_every_limit() -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["财政项目支出绩效目标申报表"])
    sheet.append(["(2026年度)"])
    sheet.append(["项目名称", "大型测试项目", "", "", "", "", ""])
    sheet.append(["", "一级指标", "二级指标", "三级指标", "指标值", "", ""])
    sheet.append(["", "产出指标", "数量指标", "活动场次 0", "≥1(场)", "", ""])
    for number in range(1, LARGE_FORM_INDICATORS):
        sheet.append(["", "", "", f"活动场次 {number}", f"≥{number}(场)", "", ""])
    buffer = io.BytesIO()
    book.save(buffer)
    (form,) = read_declaration(buffer.getvalue(), file_name="large.xlsx")
    assert len(form.indicators) == LARGE_FORM_INDICATORS


def test_checking_for_an_exported_form_never_unpacks_a_bomb() -> None:
    content = zip_bomb("docProps/core.xml")
    tracemalloc.start()
    try:
        exported = is_exported_form(content)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not exported
    assert peak < MAX_WORKBOOK_PART_BYTES
