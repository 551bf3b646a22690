"""Who is acting, on which database: passed to every service call."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.engine import Database

ROLES = ("adviser", "teamadmin", "loan_reviewer", "admin")


@dataclass(frozen=True)
class CurrentUser:
    id: str
    login: str
    display_name: str
    role: str
    office_id: str
    office_code: str
    language: str


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    user: CurrentUser
