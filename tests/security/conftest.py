"""Hostile logins against a real central database (issue 7).

Each test gets its own copy of the sync tests' template database, on which `central
init` runs again (a database copied from a template gets PUBLIC's TEMP privilege back,
as any new database does). Attacks run through psycopg signed in AS the login (trust
authentication on loopback), never as postgres; what changed is checked as postgres.
"""

from __future__ import annotations

import hashlib

import psycopg
import pytest
import sqlalchemy as sa

from app.sync.central import init_central
from tests.sync.conftest import central, sync_run  # noqa: F401

# the role of each login the attacks run as (short names of tests.sync.conftest.USERS)
ATTACKERS = ("gnt1", "team", "rev")

# what is compared before and after an attack
WATCHED = (
    "users",
    "members",
    "activities",
    "contracts",
    "certificate_requests",
    "loan_applications",
    "devices",
    "sync_applied",
    "sync_change_log",
    "sync_role_rules",
    "sync_settings",
)


@pytest.fixture
def secured(central):  # noqa: F811 - the imported fixture is used by name
    init_central(central.url)
    return central


def connect_as(db, short: str, autocommit: bool = False) -> psycopg.Connection:
    url = sa.engine.make_url(db.url)
    return psycopg.connect(
        host=url.host or "127.0.0.1",
        port=url.port or 5432,
        dbname=db.name,
        user=db.login(short),
        autocommit=autocommit,
    )


def fingerprint(db) -> dict[str, str]:
    """Every watched table's rows, hashed (as postgres, so row-level security aside)."""
    out = {}
    with db.engine.connect() as conn:
        for table in WATCHED:
            rows = conn.execute(sa.text(f"SELECT t::text FROM {table} t ORDER BY 1")).scalars()
            out[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        out["roles"] = hashlib.sha256(
            repr(
                conn.execute(
                    sa.text(
                        "SELECT rolname, rolsuper, rolcanlogin, rolpassword FROM pg_authid "
                        "WHERE rolname LIKE :p OR rolname = current_user ORDER BY 1"
                    ),
                    {"p": db.run.prefix + "%"},
                ).all()
            ).encode()
        ).hexdigest()
    return out


def refused(conn: psycopg.Connection, statement: str, params=None) -> bool:
    """Whether the statement fails (in a savepoint, so the session goes on)."""
    try:
        with conn.transaction():
            conn.execute(statement, params)
    except psycopg.Error:
        return True
    return False


def affected(conn: psycopg.Connection, statement: str, params=None) -> int:
    """Rows the statement changed, or -1 when it was refused (rolled back either way)."""
    try:
        with conn.transaction(force_rollback=True):
            return conn.execute(statement, params).rowcount
    except psycopg.Error:
        return -1
