import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from knowledge.builtin import builtin_document_text
from knowledge.documents import MAX_DOCUMENT_BYTES, read_declaration
from knowledge.errors import DocumentFormatError, DocumentProblem

FORMS = Path(__file__).parent / "forms"


def workbook_bytes(text: str) -> bytes:
    """Lays a tab-separated form out as an .xlsx sheet, numbers as numbers."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in text.splitlines():
        cells: list[object] = []
        for cell in row.split("\t"):
            plain = cell.replace(",", "")
            cells.append(float(plain) if plain.replace(".", "", 1).isdigit() else cell)
        sheet.append(cells)
        for written in sheet[sheet.max_row]:
            if isinstance(written.value, str) and written.value.startswith("="):
                written.data_type = "s"  # Text such as "=1.00(套)", not a formula.
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_xlsx_form_reads_like_the_text_form() -> None:
    text = builtin_document_text()
    from_text = read_declaration(text.encode(), file_name="seed.txt")
    from_xlsx = read_declaration(workbook_bytes(text), file_name="seed.xlsx")
    assert [f.name for f in from_xlsx] == [f.name for f in from_text]
    assert [f.funding.budget for f in from_xlsx] == [f.funding.budget for f in from_text]
    assert [[r.name for r in f.indicators] for f in from_xlsx] == [
        [r.name for r in f.indicators] for f in from_text
    ]


def test_gb18030_text_is_decoded() -> None:
    content = (FORMS / "old_template.txt").read_text(encoding="utf-8").encode("gb18030")
    (form,) = read_declaration(content, file_name="old.txt")
    assert form.name == "道路桥梁养护"


@pytest.mark.parametrize(
    ("content", "name", "problem"),
    [
        (b"PK\x03\x04 not really a zip", "broken.xlsx", DocumentProblem.WORKBOOK_UNREADABLE),
        (b"%PDF-1.7 binary", "form.pdf", DocumentProblem.PDF),
        (b"\xff\xfe\x00\x00garbage\x00", "garbage.txt", DocumentProblem.UNKNOWN_ENCODING),
        (b"\x00\x01\x02 plain bytes", "nul.txt", DocumentProblem.NOT_TEXT),
        (b"x" * (MAX_DOCUMENT_BYTES + 1), "huge.txt", DocumentProblem.TOO_LARGE),
    ],
    ids=["broken-xlsx", "pdf", "binary", "nul-bytes", "huge"],
)
def test_unreadable_documents_are_refused_with_a_reason(
    content: bytes, name: str, problem: DocumentProblem
) -> None:
    with pytest.raises(DocumentFormatError) as caught:
        read_declaration(content, file_name=name)
    assert caught.value.problem is problem
