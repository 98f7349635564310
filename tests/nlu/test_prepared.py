"""Word tables and patterns built once per process, all at once when a bot starts serving."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from knowledge.catalog import Catalog
from nlu import prepared

ROOT = Path(__file__).resolve().parents[2]


def test_a_registered_builder_runs_once_however_often_it_is_asked_for() -> None:
    calls: list[int] = []

    def build() -> tuple[str, ...]:
        calls.append(1)
        return ("场", "次")

    words = prepared.built_once(build)
    try:
        registered = prepared.prepare()
        assert calls == [1]
        assert words() == ("场", "次")
        assert words() is words()
        assert prepared.prepare() == registered
        assert calls == [1]
    finally:
        prepared._BUILDERS.remove(words)


def test_a_serving_bot_builds_every_pattern_before_the_first_question() -> None:
    # A fresh interpreter: in this one, earlier tests have built the patterns already.
    script = textwrap.dedent(
        """
        from nlu import prepared
        from nlu.engine import QuestionEngine  # registers every builder
        from bot.app import hold_for_serving

        def built() -> int:
            return sum(builder.cache_info().currsize for builder in prepared._BUILDERS)

        before = built()
        hold_for_serving(None)
        print(len(prepared._BUILDERS), before, built())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    registered, before, after = map(int, result.stdout.split())
    assert registered >= 40
    assert before < registered
    assert after == registered


def test_a_serving_bot_reads_every_projects_goals_and_short_names_before_the_first_question(
    catalog: Catalog,
) -> None:
    from bot.app import hold_for_serving
    from bot.dialogue.qa import QuestionService
    from nlu.engine import QuestionEngine

    service = QuestionService(QuestionEngine(catalog))
    hold_for_serving(service)
    rows = {row.id for project in catalog.projects for row in project.indicators}
    assert set(service._short) == rows
    assert set(service.engine._second_look._goals_plain) == {p.id for p in catalog.projects}
    goals = service.engine._second_look._goals_plain[catalog.projects[0].id]
    assert "科协" in goals[0]  # read plain, not empty
