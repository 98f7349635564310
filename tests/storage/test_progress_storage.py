"""Progress storage: bulk totals agree with the public per-indicator lookup; the schema
matches the models after migrating; milestones and weights are kept."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine
from sqlmodel import Session, SQLModel

from knowledge.actuals import Aggregation, Status
from storage.actuals import (
    ActualCreate,
    Author,
    aggregation_rules,
    delete_entry,
    progress_lookup,
    save_entries,
    set_aggregation,
)
from storage.monitoring import (
    milestones,
    progress_of_all,
    scoring_rules,
    set_milestone,
    set_score_weight,
)
from storage.projects import load_catalog

AUTHOR = Author(user_id=7, user_name="测试", chat_id=7)


def test_migrated_schema_matches_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []


def test_bulk_totals_equal_the_lookup_for_every_indicator(engine: Engine) -> None:
    with Session(engine) as session:
        catalog = load_catalog(session=session)
    by_name = {indicator.name: indicator for indicator in catalog.indicators}
    people, rate, impact = (
        by_name["活动参与人数"],
        by_name["活动、论坛质量达标率"],
        by_name["科普活动影响力提升情况"],
    )
    entries = [
        ActualCreate(
            key="a", indicator_id=people.id, event_date=dt.date(2026, 5, 1), value=Decimal(120)
        ),
        ActualCreate(
            key="b", indicator_id=people.id, event_date=dt.date(2026, 6, 1), value=Decimal(75)
        ),
        ActualCreate(
            key="c", indicator_id=rate.id, event_date=dt.date(2026, 6, 1), value=Decimal(98)
        ),
        ActualCreate(
            key="d", indicator_id=rate.id, event_date=dt.date(2026, 5, 1), value=Decimal(90)
        ),
        ActualCreate(
            key="e", indicator_id=impact.id, event_date=dt.date(2026, 6, 1), status=Status.PARTIAL
        ),
    ]
    with Session(engine) as session:
        saved = save_entries(session=session, entries=entries, author=AUTHOR).entries
        delete_entry(session=session, actual_id=saved[1].id or 0, version=1, author=AUTHOR)
        set_aggregation(
            session=session, indicator=people, aggregation=Aggregation.LEVEL, author=AUTHOR
        )
        session.commit()
    lookup = progress_lookup(engine=engine)
    with Session(engine) as session:
        rules = aggregation_rules(session=session, catalog=catalog)
        bulk = progress_of_all(session=session, indicators=catalog.indicators, rules=rules)
    assert rules[people.id] is Aggregation.LEVEL
    assert bulk == {indicator.id: lookup(indicator.id) for indicator in catalog.indicators}
    assert bulk[people.id].achieved == Decimal(120)  # the deleted 75 is not counted
    assert bulk[rate.id].achieved == Decimal(98)  # the latest by event date


def test_milestones_and_weights_are_kept(engine: Engine) -> None:
    with Session(engine) as session:
        indicator = load_catalog(session=session).indicators[3]
        set_milestone(session=session, indicator_id=indicator.id, month=7, by=1)
        set_score_weight(session=session, indicator_id=indicator.id, weight=12.5, by=1)
        session.commit()
    with Session(engine) as session:
        assert milestones(session=session) == {indicator.id: 7}
        assert scoring_rules(session=session).weights == {indicator.id: 12.5}
