"""The built-in data set: the 2026 declaration forms shipped with goalbot."""

from __future__ import annotations

from importlib import resources

BUILTIN_DOCUMENT = "2026-performance-targets.txt"


def builtin_document_text() -> str:
    """Returns the text of the built-in 2026 申报表."""
    return (resources.files("knowledge") / "data" / BUILTIN_DOCUMENT).read_text(encoding="utf-8")
