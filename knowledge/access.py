"""Roles and what each may do."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A user's role; higher roles may do everything lower ones may."""

    VIEWER = "viewer"
    STAFF = "staff"
    ADMIN = "admin"


_RANK = {Role.VIEWER: 1, Role.STAFF: 2, Role.ADMIN: 3}


def role_allows(role: Role | None, required: Role | None) -> bool:
    """Tells whether ``role`` meets ``required``; None required lets anyone through."""
    if required is None:
        return True
    return role is not None and _RANK[role] >= _RANK[required]
