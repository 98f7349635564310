"""The chart: every label has a glyph in the packaged font, and the PNG is drawn."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from bot.progress_chart import FONT_FILE, chart_font, chart_texts, missing_glyphs, render_chart
from knowledge.actuals import default_aggregation
from knowledge.builtin import builtin_document_text
from knowledge.catalog import catalog_from_forms
from knowledge.documents import read_declaration
from knowledge.monitoring import Clock, ProjectState, assess_project
from knowledge.progress import Progress

TODAY = dt.date(2026, 11, 26)
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def states() -> list[ProjectState]:
    forms = read_declaration(builtin_document_text().encode(), file_name="builtin.txt")
    catalog = catalog_from_forms(forms)
    rules = {i.id: default_aggregation(i.target, i.name) for i in catalog.indicators}
    progress = {
        i.id: Progress(indicator_id=i.id, entries=1, achieved=i.target.value / 2)
        for i in catalog.indicators
        if i.target.value
    }
    return [
        assess_project(project=p, progress=progress, rules=rules, today=TODAY)
        for p in catalog.projects
    ]


def test_every_label_character_has_a_glyph_in_the_font_used() -> None:
    for state in states():
        texts = chart_texts(state, clock=Clock.at(TODAY, state.project.year))
        assert any("国际" in t or "企业" in t for t in texts)
        assert missing_glyphs(texts) == set()


def test_missing_glyphs_notices_a_character_the_font_lacks() -> None:
    assert missing_glyphs(["进度🛸"]) == {"🛸"}


def test_the_font_comes_from_the_python_package_not_the_system() -> None:
    path = chart_font().get_file()
    assert Path(str(path)) == FONT_FILE
    assert "site-packages" in str(FONT_FILE) and FONT_FILE.is_file()


def test_chart_is_a_png_sized_for_its_rows() -> None:
    state = states()[1]
    png = render_chart(state, clock=Clock.at(TODAY, state.project.year))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    height = int.from_bytes(png[20:24], "big")
    width = int.from_bytes(png[16:20], "big")
    assert width == 880 and height > 700  # 8 in × 110 dpi; 18 rows


def test_goalbot_ask_does_not_import_matplotlib(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from bot.cli import main\n"
        "main(['ask', '活动参与人数目标是多少'])\n"
        "print('PLOT' if 'matplotlib' in sys.modules else 'NOPLOT')\n"
    )
    env = {"GOALBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'ask.db'}", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "≥300" in result.stdout
    assert result.stdout.strip().endswith("NOPLOT")
