"""Who may read and write which office's data (DESIGN.md §1).

An adviser works on the data of their own office. TeamAdmin and loan reviewers work
centrally and read every office (TeamAdmin processes certificates and declarations for
all of them; reviewers decide loans for all). Only an admin writes everywhere. The
central database enforces the same rules with row-level security once sync lands.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, true

from app.services.context import CurrentUser
from app.services.errors import NotFound, PermissionDenied

CENTRAL_READERS = frozenset({"teamadmin", "loan_reviewer", "admin"})


def reads_all_offices(user: CurrentUser) -> bool:
    return user.role in CENTRAL_READERS


def office_filter(user: CurrentUser, office_column) -> ColumnElement[bool]:
    """The WHERE clause that limits a query to what this user may read."""
    if reads_all_offices(user):
        return true()
    return office_column == user.office_id


def ensure_can_read(user: CurrentUser, office_id: str) -> None:
    # An adviser of another office must not even learn that the row exists.
    if not reads_all_offices(user) and office_id != user.office_id:
        raise NotFound()


def can_write_member_data(user: CurrentUser, office_id: str | None = None) -> bool:
    """Whether this user may change member data (members, Activities, clients, quotes) of
    `office_id`; without an office: of the offices they see. The window asks this to offer
    only what the user may do; the services enforce it with the check below."""
    if user.role == "admin":
        return True
    return user.role == "adviser" and office_id in (None, user.office_id)


def ensure_can_write_member_data(user: CurrentUser, office_id: str) -> None:
    if can_write_member_data(user, office_id):
        return
    if user.role == "adviser":
        raise NotFound()
    raise PermissionDenied()


def ensure_role(user: CurrentUser, *roles: str) -> None:
    if user.role not in roles:
        raise PermissionDenied()
