"""Building the application once at start-up: settings, database, catalog, services."""

from __future__ import annotations

import datetime as dt
import gc
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlmodel import Session

from bot.dialogue.context import App
from bot.dialogue.messages.cli import BUILTIN_NOTICE
from bot.settings import Settings
from storage.database import create_db_engine
from storage.importer import prepare_store
from storage.projects import load_catalog

if TYPE_CHECKING:  # The conversation's modules load only for commands that converse.
    from bot.dialogue.access import AccessPolicy
    from bot.dialogue.context import Feature
    from bot.dialogue.core import DialogueCore
    from bot.dialogue.qa import QuestionService


def open_app(
    settings: Settings, *, load_builtin: bool = True, with_questions: bool = False
) -> App:
    """Migrates the database, loads the built-in data into an empty one and reads the catalog.

    ``with_questions`` also builds the question engine (jieba and the lexicon), which
    only the conversational commands need.
    """
    engine = create_db_engine(settings.database_url)
    report = prepare_store(engine=engine, load_builtin=load_builtin)
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
    from bot.engine_snapshot import question_engine

    cache = app.settings.cache_dir
    engine = question_engine(app.catalog, cache_dir=cache, dictionary=trimmed_dictionary(cache))
    app.questions = QuestionService(engine)


def prepare_to_serve(app: App) -> None:
    """Readies a long-running bot (``goalbot run``), now and after every import.

    - The whole word dictionary is held in memory; a one-shot command reads only the parts
      its question needs.
    - The word tables and patterns read from the data files are all built now, so that no
      asker's first question of a kind pays for compiling one (``nlu.prepared``).
    - What start-up built lives as long as the process, so it is frozen out of the cyclic
      garbage collector, whose full collections would walk it again and again (about 15 %
      of the CPU of a question in ``benchmarks/bench_load.py``). An import unfreezes it
      first, so that the engine it replaces can be collected.
    """

    def settle(app: App) -> None:
        hold_for_serving(app.questions)

    settle(app)
    app.catalog_listeners.append(settle)


def hold_for_serving(questions: QuestionService | None) -> None:
    """Holds the question service as a long-running bot does: the whole dictionary resident,
    the indexes a first question would build built now, and everything built so far frozen
    out of the cyclic garbage collector (see ``prepare_to_serve``; the speed benchmarks call
    it too, to measure what the bot runs)."""
    from bot.engine_snapshot import make_resident
    from nlu.prepared import prepare

    if questions is not None:
        make_resident(questions.engine)
        questions.index_for_serving()
    prepare()
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def features() -> list[Feature]:
    """Returns every slice of the conversation, in priority order."""
    from bot.dialogue import admin, basic, draft, posts, progress, questions, record

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
    from bot.dialogue.access import DatabaseAccess
    from bot.dialogue.core import DialogueCore

    return DialogueCore(app=app, features=features(), access=access or DatabaseAccess())
