"""A project's progress chart: completion bars per indicator, coloured by status.

Imported only when a chart is drawn: matplotlib stays out of the cold path. Chinese is
drawn with the Noto Sans CJK font shipped as a Python package (never a system font).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

# Figure renders with the Agg canvas on savefig: no pyplot, no display backend.
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from bot.dialogue import progress_view as view
from bot.dialogue.messages import progress as msg
from knowledge.monitoring import Clock, IndicatorState, Light, ProjectState
from knowledge.values import format_percent

# Face 2 of the Noto Sans CJK collection is Simplified Chinese (JP, KR, SC, TC, HK).
SC_FACE_INDEX = 2
# The OFL Noto Sans CJK collection from the noto-cjk-sans-otc package.
FONT_FILE = Path(str(files("noto_cjk_sans_otc").joinpath("NotoSansCJK-Regular.ttc")))
LIGHT_COLOURS = {
    Light.BLUE: "#2f6fd0",
    Light.GREEN: "#2e9e4f",
    Light.YELLOW: "#e3a907",
    Light.RED: "#d64541",
    Light.GREY: "#a7a7a7",
}
LEGEND = (
    (Light.BLUE, "超前"),
    (Light.GREEN, "正常/已完成"),
    (Light.YELLOW, "关注/风险"),
    (Light.RED, "滞后/超限/逾期"),
    (Light.GREY, "未开始/未评价"),
)
BAR_CAP = 100.0  # Bars stop at 100%; the real figure is printed beside them.
X_LIMIT = 135.0
WIDTH_INCHES = 8.0
ROW_INCHES = 0.36
BASE_INCHES = 1.6
DPI = 110


def chart_font() -> font_manager.FontProperties:
    """Returns the packaged Noto Sans CJK SC face."""
    return font_manager.FontProperties(
        fname=font_manager.FontPath(str(FONT_FILE), SC_FACE_INDEX), size=10
    )


@dataclass(frozen=True)
class Bar:
    """One row of the chart."""

    label: str
    length: float
    note: str
    colour: str


def bars(state: ProjectState) -> list[Bar]:
    """Returns the rows: short name, bar length (capped), printed figure and colour."""
    names = view.names_of(state)
    return [_bar(s, names[s.indicator.name]) for s in state.indicators]


def _bar(state: IndicatorState, label: str) -> Bar:
    colour = LIGHT_COLOURS[state.light]
    if state.completion is None:
        return Bar(label, 0.0, state.status.value, colour)
    percent = state.completion * 100
    note = f"{format_percent(state.completion)} {state.status.value}"
    return Bar(label, min(percent, BAR_CAP), note, colour)


def chart_texts(state: ProjectState, *, clock: Clock) -> list[str]:
    """Returns every text drawn on the chart (for the glyph test)."""
    texts = [_title(state, clock), msg.CHART_AXIS, _elapsed_label(clock)]
    texts += [label for _, label in LEGEND]
    for bar in bars(state):
        texts += [bar.label, bar.note]
    return texts


def _title(state: ProjectState, clock: Clock) -> str:
    return msg.CHART_TITLE.format(name=state.project.name, date=clock.today.isoformat())


def _elapsed_label(clock: Clock) -> str:
    return msg.CHART_ELAPSED.format(elapsed=format_percent(clock.elapsed))


def render_chart(state: ProjectState, *, clock: Clock) -> bytes:
    """Returns the project's chart as PNG bytes."""
    rows = bars(state)
    font = chart_font()
    figure = Figure(figsize=(WIDTH_INCHES, BASE_INCHES + ROW_INCHES * len(rows)), dpi=DPI)
    axes = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]  # The table's first indicator on top.
    axes.barh(positions, [r.length for r in rows], color=[r.colour for r in rows], height=0.62)
    for y, row in zip(positions, rows, strict=True):
        axes.text(
            row.length + 1.5, y, row.note, va="center", fontproperties=font, fontsize=8,
            color=row.colour if row.length == 0 else "#222222",
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6, "alpha": 0.85},
        )  # fmt: skip
    axes.set_yticks(positions, [r.label for r in rows], fontproperties=font, fontsize=9)
    elapsed = clock.elapsed * 100
    axes.axvline(elapsed, color="#444444", linestyle="--", linewidth=1)
    axes.text(
        elapsed, len(rows) - 0.35, _elapsed_label(clock), ha="center", fontproperties=font,
        fontsize=8, color="#444444",
    )  # fmt: skip
    axes.set_xlim(0, X_LIMIT)
    axes.set_ylim(-0.7, len(rows) - 0.1)
    axes.set_xticks([0, 20, 40, 60, 80, 100], ["0", "20%", "40%", "60%", "80%", "100%"])
    axes.set_xlabel(msg.CHART_AXIS, fontproperties=font)
    axes.set_title(_title(state, clock), fontproperties=font, fontsize=12)
    axes.spines[["top", "right"]].set_visible(False)
    _legend(axes, font)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _legend(axes: object, font: font_manager.FontProperties) -> None:
    handles = [Patch(color=LIGHT_COLOURS[light], label=label) for light, label in LEGEND]
    axes.legend(  # type: ignore[attr-defined]
        handles=handles, loc="lower right", prop=_smaller(font), framealpha=0.9, fontsize=8
    )


def _smaller(font: font_manager.FontProperties) -> font_manager.FontProperties:
    small = font.copy()
    small.set_size(8)
    return small


def missing_glyphs(texts: Iterable[str]) -> set[str]:
    """Returns the characters of ``texts`` that the chart font has no glyph for."""
    from matplotlib import ft2font

    face = ft2font.FT2Font(str(FONT_FILE), face_index=SC_FACE_INDEX)
    chars = {char for text in texts for char in text if not char.isspace()}
    return {char for char in chars if not face.get_char_index(ord(char))}
