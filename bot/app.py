"""Building the application once at start-up: settings, database, catalog, services."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable

from sqlmodel import Session

from bot.dialogue import admin, basic, draft, posts, progress, questions, record
from bot.dialogue.access import AccessPolicy, DatabaseAccess
from bot.dialogue.context import App, Feature
from bot.dialogue.core import DialogueCore
from bot.dialogue.messages.cli import BUILTIN_NOTICE
from bot.settings import Settings
from storage.actuals import progress_lookup
from storage.database import create_db_engine, migrate
from storage.importer import load_builtin_if_empty
from storage.projects import load_catalog


def open_app(
    settings: Settings, *, load_builtin: bool = True, with_questions: bool = False
) -> App:
    """Migrates the database, loads the built-in data into an empty one and reads the catalog.

    ``with_questions`` also builds the question engine (jieba and the lexicon), which
    only the conversational commands need.
    """
    engine = create_db_engine(settings.database_url)
    migrate(engine)
    if load_builtin:
        report = load_builtin_if_empty(engine=engine)
        if report is not None:
            print(
                BUILTIN_NOTICE.format(projects=report.projects, indicators=report.indicators),
                file=sys.stderr,
            )
    with Session(engine) as session:
        catalog = load_catalog(session=session)
    app = App(
        settings=settings,
        engine=engine,
        catalog=catalog,
        progress=progress_lookup(engine=engine),
    )
    if settings.clock_start is not None:
        app.clock = shifted_clock(settings.clock_start)
    if with_questions:
        refresh_services(app)
        app.catalog_listeners.append(refresh_services)
    return app


def shifted_clock(start: dt.datetime) -> Callable[[], dt.datetime]:
    """Returns a clock that reads ``start`` now and runs at normal speed from there."""
    offset = start.astimezone(dt.UTC) - dt.datetime.now(dt.UTC)
    return lambda: dt.datetime.now(dt.UTC) + offset


def refresh_services(app: App) -> None:
    """(Re)builds the services that depend on the catalog, after start-up or an import."""
    from bot.dialogue.qa import QuestionService
    from bot.dictionary import trimmed_dictionary
    from nlu.engine import QuestionEngine

    engine = QuestionEngine(app.catalog, dictionary=trimmed_dictionary(app.settings.cache_dir))
    app.questions = QuestionService(engine)


def features() -> list[Feature]:
    """Returns every slice of the conversation, in priority order."""
    return [
        basic.feature(),
        admin.feature(),
        record.feature(),
        progress.feature(),
        posts.feature(),
        draft.feature(),
        questions.feature(),
    ]


def build_core(app: App, *, access: AccessPolicy | None = None) -> DialogueCore:
    """Returns the dialogue core serving ``app``."""
    return DialogueCore(app=app, features=features(), access=access or DatabaseAccess())
