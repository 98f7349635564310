"""Fixtures of the dialogue tests: an app on a fixed day with staff, and their phones."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlmodel import Session

from bot.dialogue.context import App
from bot.dialogue.core import DialogueCore
from knowledge.access import Role
from storage.users import set_role
from tests.dialogue.phone import ADMIN_ID, NOW, OTHER_STAFF_ID, STAFF_ID, VIEWER_ID, Phone


@pytest.fixture
def recording_app(app: App) -> Iterator[App]:
    """Returns the app on a fixed day with two staff members and a viewer."""
    app.clock = lambda: NOW
    with Session(app.engine) as session:
        for user_id, role in (
            (STAFF_ID, Role.STAFF),
            (OTHER_STAFF_ID, Role.STAFF),
            (VIEWER_ID, Role.VIEWER),
        ):
            set_role(session=session, user_id=user_id, role=role, changed_by=ADMIN_ID, via="test")
        session.commit()
    yield app


@pytest.fixture
def staff(core: DialogueCore, recording_app: App) -> Phone:
    """Returns a staff member's phone."""
    return Phone(core, STAFF_ID)


@pytest.fixture
def admin(core: DialogueCore, recording_app: App) -> Phone:
    """Returns an admin's phone."""
    return Phone(core, ADMIN_ID, name="管理员")
