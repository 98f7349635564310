from __future__ import annotations

from decimal import Decimal

from knowledge.catalog import Catalog, catalog_from_forms
from knowledge.model import IndicatorKind
from knowledge.selection import RowFilter, select_rows
from tests.nlu.question_sets import forms_of


def _builtin() -> Catalog:
    return catalog_from_forms(forms_of("builtin"))


def test_rows_selected_by_unit_keep_table_order() -> None:
    rows = select_rows(_builtin().indicators, RowFilter(unit="人"))
    assert [row.name for row in rows][:1] == ["活动参与人数"]
    assert all(row.target.unit == "人" for row in rows) and len(rows) == 4


def test_rows_selected_by_kind_and_value() -> None:
    catalog = _builtin()
    qualitative = select_rows(catalog.indicators, RowFilter(kind=IndicatorKind.QUALITATIVE))
    assert len(qualitative) == 6
    zero = select_rows(catalog.indicators, RowFilter(value=Decimal(0)))
    assert [row.name for row in zero] == ["活动安全事故发生数"]


def test_no_row_meets_an_unknown_unit() -> None:
    assert select_rows(_builtin().indicators, RowFilter(unit="吨")) == ()
    assert not RowFilter(level="质量指标").narrows and RowFilter(unit="吨").narrows


def test_a_row_filter_with_two_bounds_keeps_values_between_them() -> None:
    between = RowFilter(bound=("≥", Decimal(40)), other_bound=("≤", Decimal(50)))
    rows = select_rows(_builtin().indicators, between)
    assert between.narrows
    assert sorted(row.target.value or 0 for row in rows) == [40, 40, 50]
