"""Where a user is in ``/draft``: the stages, the buttons' actions and the flow's state."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from bot.dialogue.callbacks import encode
from bot.dialogue.replies import Option

FLOW = "draft"


HEADER_FIELDS = ("annual_total", "annual_appropriation", "annual_carry_over", "annual_other")


MULTI_YEAR_FIELDS = ("project_total",)


class Stage(StrEnum):
    """The question the draft flow is waiting on."""

    CHOOSE = "choose"
    HEADER = "header"
    AMOUNT = "amount"
    GOAL = "goal"
    GOAL_TEXT = "goal_text"
    ROW = "row"
    ROW_VALUE = "row_value"
    ADD_LEVEL1 = "add_level1"
    ADD_LEVEL2 = "add_level2"
    ADD_NAME = "add_name"
    ADD_TARGET = "add_target"
    CHECK = "check"


# Stages that take any typed text as their answer, even one that reads like a question.
TEXT_STAGES = frozenset(
    {Stage.AMOUNT, Stage.GOAL_TEXT, Stage.ROW_VALUE, Stage.ADD_NAME, Stage.ADD_TARGET}
)


class Action(StrEnum):
    """What a button of the draft flow does (its action in the button data)."""

    PROJECT = "p"
    KEEP_HEADER = "hk"
    FIELD = "hf"
    TAKE_GOAL = "gt"
    KEEP_GOAL = "gk"
    EDIT_GOAL = "ge"
    TAKE = "t"
    KEEP = "k"
    CHANGE = "c"
    DELETE = "d"
    UP = "u"
    ADD = "a"
    TAKE_ALL = "ta"
    SAVE_EXIT = "x"
    LEVEL1 = "l1"
    LEVEL2 = "l2"
    ACCEPT = "w"
    ACCEPT_ALL = "wa"
    EDIT_HEADER = "eh"
    EDIT_GOAL_AGAIN = "eg"
    EDIT_ROWS = "er"
    EXPORT = "e"


@dataclass
class DraftState:
    """Where one user is in one draft; the draft's content is in the database."""

    stage: Stage = Stage.CHOOSE
    draft_id: int | None = None
    version: int = 0
    row: int = 0
    review: bool = False
    field: str | None = None
    level1: str | None = None
    level2: str | None = None
    name: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DraftState:
        """Reads the state written by :meth:`to_json`."""
        return cls(**{**data, "stage": Stage(data.get("stage", Stage.CHOOSE))})

    def to_json(self) -> dict[str, Any]:
        """Returns the state as JSON-ready data."""
        return asdict(self)


def button(label: str, action: Action, *args: str | int) -> Option:
    return Option(label, encode(FLOW, action.value, *args))
