from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from knowledge.builtin import builtin_document_text
from knowledge.errors import DocumentFormatError
from storage.database import create_db_engine, migrate
from storage.importer import import_document, import_documents, load_builtin_if_empty
from storage.projects import ChangeKind, ImportChange, load_catalog
from storage.tables import Indicator

FORMS = Path(__file__).parent.parent / "knowledge" / "forms"
SEED = builtin_document_text().encode("utf-8")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, db_url: str) -> Iterator[Engine]:
    url = request.getfixturevalue("postgres_url") if request.param == "postgres" else db_url
    engine = create_db_engine(url)
    migrate(engine)
    yield engine
    engine.dispose()


def test_seed_import_reports_projects_and_indicators(engine: Engine) -> None:
    report = import_document(engine=engine, content=SEED, file_name="seed.txt")
    assert (report.projects, report.indicators, report.created) == (2, 40, 40)
    with Session(engine) as session:
        catalog = load_catalog(session=session)
    assert [p.funding.budget for p in catalog.projects] == [
        Decimal("1300000.00"),
        Decimal("400000.00"),
    ]
    assert [len(p.indicators) for p in catalog.projects] == [22, 18]
    target = next(i.target for i in catalog.indicators if i.name == "活动参与人数")
    assert (target.raw, target.value, target.unit) == ("≥300.00(人)", Decimal("300.00"), "人")


def test_second_import_changes_nothing(engine: Engine) -> None:
    import_document(engine=engine, content=SEED, file_name="seed.txt")
    report = import_document(engine=engine, content=SEED, file_name="seed.txt")
    assert (report.created, report.updated, report.retired, report.unchanged) == (0, 0, 0, 40)
    assert report.changes == []


def test_revised_form_updates_values_and_keeps_removed_indicators(engine: Engine) -> None:
    import_document(engine=engine, content=SEED, file_name="seed.txt")
    with Session(engine) as session:
        old_id = session.exec(select(Indicator.id).where(Indicator.name == "活动参与人数")).one()
    revised = (
        builtin_document_text()
        .replace("活动参与人数\t\t≥300.00(人)", "活动参与人数\t\t≥350.00(人)")
        .replace("\t\t海峡两岸科普论坛上海代表参会人数\t≥2.00(人)\t\n", "")
    )
    report = import_document(engine=engine, content=revised.encode(), file_name="v2.txt")
    assert (report.updated, report.retired, report.created) == (1, 1, 0)
    assert (
        ImportChange(
            ChangeKind.TARGET_CHANGED,
            project="国际科技人文交流与合作",
            year=2026,
            indicator="活动参与人数",
            fields=("raw_value",),
            before="≥300.00(人)",
            after="≥350.00(人)",
        )
        in report.changes
    )
    assert [change.kind for change in report.changes] == [
        ChangeKind.TARGET_CHANGED,
        ChangeKind.INDICATOR_RETIRED,
    ]
    with Session(engine) as session:
        kept = session.get(Indicator, old_id)
        assert kept is not None and kept.raw_value == "≥350.00(人)"  # Same row, same id.
        retired = session.exec(
            select(Indicator).where(Indicator.name == "海峡两岸科普论坛上海代表参会人数")
        ).one()
        assert retired.active is False
        assert len(load_catalog(session=session).indicators) == 39


def test_failed_document_imports_nothing(engine: Engine) -> None:
    bad = b"\xe9\xa1\xb9\xe7\x9b\xae\xe5\x90\x8d\xe7\xa7\xb0\tX\n"  # "项目名称\tX" and no table
    with pytest.raises(DocumentFormatError):
        import_documents(engine=engine, documents=[("seed.txt", SEED), ("bad.txt", bad)])
    with Session(engine) as session:
        assert load_catalog(session=session).projects == ()


def test_every_test_form_imports(engine: Engine) -> None:
    documents = [(path.name, path.read_bytes()) for path in sorted(FORMS.glob("*.txt"))]
    report = import_documents(engine=engine, documents=documents)
    assert report.projects == 3
    with Session(engine) as session:
        catalog = load_catalog(session=session)
    assert {p.year for p in catalog.projects} == {2024, 2025, 2026}
    multi = next(p for p in catalog.projects if p.year == 2025)
    assert multi.funding.project_total == Decimal("3600000.00")
    assert multi.funding.budget == Decimal("1200000.00")


def test_builtin_data_loads_only_into_an_empty_store(engine: Engine) -> None:
    first = load_builtin_if_empty(engine=engine)
    assert first is not None and first.indicators == 40
    assert load_builtin_if_empty(engine=engine) is None


def test_migrations_run_twice_and_keep_data(engine: Engine) -> None:
    import_document(engine=engine, content=SEED, file_name="seed.txt")
    migrate(engine)
    with Session(engine) as session:
        assert len(load_catalog(session=session).indicators) == 40
