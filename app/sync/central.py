"""Setting up the central PostgreSQL database and its users.

`init_central` runs the same Alembic migrations as every device (0004 adds the change
feed, the exactly-once table, the role rules and the row-level security policies),
then creates the group role that every SmartDesk login belongs to and grants it what
sync needs. Run it as the database owner (or a superuser); it is safe to run again
after an upgrade.

Each person signs in with their own PostgreSQL login role. Which rows they see and
may write is decided by PostgreSQL itself, from their `users` row (role and office) and
the `sync_role_rules` table, so a modified client cannot widen its scope.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from psycopg import sql
from sqlalchemy.engine import Connection, Engine

from app.db.migrate import current_revision, head_revision, upgrade
from app.db.types import utcnow
from app.services.context import ROLES
from app.sync.remote import central_url, open_central
from app.sync.tables import TABLES

GROUP_SETTING = "user_group"
MIN_REVISION_SETTING = "min_client_revision"


class CentralSetupError(Exception):
    def __init__(self, message_key: str, message: str):
        self.message_key = message_key
        super().__init__(message)


@dataclass(frozen=True)
class CentralInfo:
    url: str
    revision: str
    group_role: str
    min_client_revision: str
    users: int


def _superuser_engine(url: str) -> Engine:
    return open_central(url)


def group_role_name(database: str) -> str:
    """The group role of one central database: `<database>_users` (roles are shared by
    every database of a server, so the name carries the database's)."""
    safe = re.sub(r"[^a-z0-9_]", "_", database.lower())[:50]
    return f"{safe}_users"


def init_central(url: str, min_client_revision: str | None = None) -> CentralInfo:
    """Create or upgrade the central schema, then (re)grant the group role."""
    engine = _superuser_engine(url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            database = conn.scalar(sa.text("SELECT current_database()"))
            group = _setting(conn, GROUP_SETTING) or group_role_name(database)
            if not conn.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}):
                conn.execute(sa.text(f'CREATE ROLE "{group}" NOLOGIN'))
            _set_setting(conn, GROUP_SETTING, group)
            if min_client_revision:
                _set_setting(conn, MIN_REVISION_SETTING, min_client_revision)
            _grant(conn, database, group)
            users = conn.scalar(sa.text("SELECT count(*) FROM users WHERE active"))
            minimum = _setting(conn, MIN_REVISION_SETTING) or head_revision()
        return CentralInfo(
            url=central_url(url).render_as_string(hide_password=True),
            revision=current_revision(engine) or "",
            group_role=group,
            min_client_revision=minimum,
            users=users,
        )
    finally:
        engine.dispose()


def _grant(conn: Connection, database: str, group: str) -> None:
    g = f'"{group}"'
    synced = ", ".join(TABLES)
    for statement in (
        f'GRANT CONNECT ON DATABASE "{database}" TO {g}',
        f"GRANT USAGE ON SCHEMA public TO {g}",
        f"GRANT SELECT, INSERT, UPDATE ON {synced} TO {g}",
        f"GRANT SELECT ON offices, sync_role_rules, sync_settings, alembic_version, "
        f"sync_change_log TO {g}",
        f"GRANT SELECT, INSERT, UPDATE ON sync_applied, devices TO {g}",
    ):
        conn.execute(sa.text(statement))


def _setting(conn: Connection, key: str) -> str | None:
    return conn.scalar(sa.text("SELECT value FROM sync_settings WHERE key = :k"), {"k": key})


def _set_setting(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        sa.text(
            "INSERT INTO sync_settings (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )


def _group(conn: Connection) -> str:
    group = _setting(conn, GROUP_SETTING)
    if not group:
        raise CentralSetupError(
            "central.not_initialised",
            "this database is not set up yet: run `smartdesk central init`",
        )
    return group


def add_user(
    url: str,
    login: str,
    office_code: str,
    role: str,
    password: str,
    display_name: str | None = None,
    language: str = "nl",
) -> str:
    """Create (or re-enable) a person: a PostgreSQL login role in the group, and their
    `users` row. A `users` row with that login already there (uploaded from a device)
    is adopted: its role and office are set to what is asked. Returns the user's id."""
    if role not in ROLES:
        raise CentralSetupError("user.role_invalid", f"unknown role {role!r}: one of {ROLES}")
    if not login or len(login) > 60 or not re.fullmatch(r"[A-Za-z0-9._@-]+", login):
        raise CentralSetupError(
            "user.login_invalid", "a login is 1-60 letters, digits, '.', '_', '-' or '@'"
        )
    if len(password) < 8:
        raise CentralSetupError("user.password_too_short", "a password has at least 8 characters")
    engine = _superuser_engine(url)
    try:
        with engine.begin() as conn:
            group = _group(conn)
            office = conn.scalar(
                sa.text("SELECT id FROM offices WHERE code = :c"), {"c": office_code.upper()}
            )
            if office is None:
                raise CentralSetupError("user.office_unknown", f"no office {office_code!r}")
            _login_role(conn, login, password, group)
            now = utcnow()
            user_id = conn.scalar(sa.text("SELECT id FROM users WHERE login = :l"), {"l": login})
            if user_id is None:
                user_id = str(uuid.uuid4())
                conn.execute(
                    sa.text(
                        "INSERT INTO users (id, login, display_name, role, language, pin_hash, "
                        "pin_salt, active, office_id, row_version, created_at, updated_at) "
                        "VALUES (:id, :login, :name, :role, :lang, '', '', true, :office, 0, "
                        ":now, :now)"
                    ),
                    {
                        "id": user_id,
                        "login": login,
                        "name": display_name or login,
                        "role": role,
                        "lang": language,
                        "office": office,
                        "now": now,
                    },
                )
            else:
                conn.execute(
                    sa.text(
                        "UPDATE users SET role = :role, office_id = :office, active = true, "
                        "deleted_at = NULL, updated_at = :now WHERE id = :id"
                    ),
                    {"role": role, "office": office, "now": now, "id": user_id},
                )
            return str(user_id)
    finally:
        engine.dispose()


def _login_role(conn: Connection, login: str, password: str, group: str) -> None:
    """CREATE or ALTER the login role; the password is hashed (SCRAM) on this side, so
    it never appears in clear in the server's statement log."""
    raw = conn.connection.driver_connection
    verifier = raw.pgconn.encrypt_password(
        password.encode(), login.encode(), b"scram-sha-256"
    ).decode()
    exists = conn.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login})
    verb = "ALTER" if exists else "CREATE"
    statement = sql.SQL(verb + " ROLE {} WITH LOGIN PASSWORD {}").format(
        sql.Identifier(login), sql.Literal(verifier)
    )
    with raw.cursor() as cursor:
        cursor.execute(statement)
        cursor.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(login))
        )


def disable_user(url: str, login: str) -> bool:
    """Stop a person from signing in: the login role loses LOGIN, the `users` row turns
    inactive (which the policies check too), and their open sessions are ended."""
    engine = _superuser_engine(url)
    try:
        with engine.begin() as conn:
            _group(conn)
            found = conn.execute(
                sa.text("UPDATE users SET active = false, updated_at = :now WHERE login = :l"),
                {"l": login, "now": utcnow()},
            ).rowcount
            if conn.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}):
                raw = conn.connection.driver_connection
                with raw.cursor() as cursor:
                    cursor.execute(
                        sql.SQL("ALTER ROLE {} WITH NOLOGIN").format(sql.Identifier(login))
                    )
                found = found or 1
            conn.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE usename = :l AND datname = current_database()"
                ),
                {"l": login},
            )
            return bool(found)
    finally:
        engine.dispose()
