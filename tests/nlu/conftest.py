"""Fixtures for the nlu tests: the built-in catalog and one engine built from it."""

from __future__ import annotations

import pytest

from bot.dictionary import trimmed_dictionary
from knowledge.builtin import builtin_document_text
from knowledge.catalog import Catalog, catalog_from_forms
from knowledge.declaration import parse_declaration_text
from nlu.engine import QuestionEngine


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """Returns the built-in 2026 catalog."""
    return catalog_from_forms(parse_declaration_text(builtin_document_text(), source="builtin"))


@pytest.fixture(scope="session")
def engine(catalog: Catalog) -> QuestionEngine:
    """Returns one engine for the whole session (jieba loads once)."""
    return QuestionEngine(catalog, dictionary=trimmed_dictionary())
