"""Setting up the central PostgreSQL database and its users.

`init_central` runs the same Alembic migrations as every device (0004 adds the change
feed, the exactly-once table, the role rules and the row-level security policies, 0005
closes them against a hostile login), then creates the group role that every SmartDesk
login belongs to and grants it what sync needs, and nothing more: no TEMP, no CREATE,
no PIN hashes, EXECUTE only on the functions the policies call. Run it as the database
owner (or a superuser); it is safe to run again after an upgrade, and re-running it
re-applies the grants (a database copied from a template gets PUBLIC's TEMP back).

Each person signs in with their own PostgreSQL login role. Which rows they see and
may write is decided by PostgreSQL itself, from their `users` row (role and office) and
the `sync_role_rules` table, so a modified client cannot widen its scope.

`central user add` and `central user disable` act only on login roles SmartDesk made
(listed in `sync_logins`), never on a superuser, the database owner or a role with
CREATEROLE, CREATEDB, BYPASSRLS or REPLICATION. Each login gets server-side timeouts
(`LOGIN_SETTINGS`), so a session left in a transaction cannot hold the feed for long.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from psycopg import sql
from sqlalchemy.engine import Connection, Engine

from app.db.migrate import current_revision, head_revision, known_revisions, upgrade
from app.db.types import utcnow
from app.services.attachments.rules import attachment_rules
from app.services.context import ROLES
from app.sync.remote import central_url, open_central
from app.sync.tables import TABLES

GROUP_SETTING = "user_group"
MIN_REVISION_SETTING = "min_client_revision"
MAX_FILE_SETTING = "max_file_bytes"
MIN_PASSWORD = 8
MAX_NAME = 120  # users.display_name

# Set on every login `central user add` makes (a login may SET its own values in a
# session, so the administrator sets idle_in_transaction_session_timeout server-wide
# too, see README). idle_session_timeout needs PostgreSQL 14.
# jit is off: the row-level security policies make the planner's cost estimates large
# enough to start JIT compilation, which costs seconds for a query of milliseconds.
LOGIN_SETTINGS = {
    "statement_timeout": "120s",
    "idle_in_transaction_session_timeout": "30s",
    "lock_timeout": "30s",
    "jit": "off",
}
LOGIN_SETTINGS_14 = {"idle_session_timeout": "15min"}

# Only the functions the policies and a device call; the rest are trigger functions.
CALLABLE_FUNCTIONS = (
    "public.sync_is_owner()",
    "public.sync_my_role()",
    "public.sync_my_office()",
    "public.sync_my_user_id()",
    "public.sync_scope(text, boolean)",
    "public.sync_reads_referenced(text)",
    "public.sync_feed_entities(text)",
    "public.sync_feed_horizon()",
    "public.sync_upload_stage(text)",  # 0016: the bulk upload's staging table
    "public.sync_put_file(text)",  # 0017: the only way a file's bytes go in
    "public.sync_feed_page(bigint, bigint, integer)",  # 0019: horizon + first page
)
PIN_COLUMNS = ("pin_hash", "pin_salt")


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


def _checked_url(url: str) -> str:
    """The URL, or a CentralSetupError saying it is not a PostgreSQL URL."""
    try:
        central_url(url)
    except (sa.exc.ArgumentError, ValueError) as exc:
        raise CentralSetupError(
            "central.url_invalid",
            f"not a PostgreSQL URL: {url!r} (e.g. postgresql://postgres@db.smart.coop/smartdesk)",
        ) from exc
    return url


def check_min_client_revision(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise CentralSetupError(
            "central.revision_unknown",
            f"unknown schema revision {revision!r}: one of {sorted(known_revisions())}",
        )


def init_central(url: str, min_client_revision: str | None = None) -> CentralInfo:
    """Create or upgrade the central schema, then (re)grant the group role."""
    check_min_client_revision(min_client_revision)
    engine = _superuser_engine(_checked_url(url))
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
            # the largest file `sync_put_file` accepts: the attachment rules' own limit
            _set_setting(conn, MAX_FILE_SETTING, str(attachment_rules().max_bytes))
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
    """What a login may do, granted to the group: every time, from scratch."""
    g = sql.Identifier(group)
    db = sql.Identifier(database)
    synced = sql.SQL(", ").join(sql.Identifier(t) for t in TABLES if t != "users")
    users = TABLES["users"]
    readable = sql.SQL(", ").join(
        sql.Identifier(c.name) for c in users.columns if c.name not in PIN_COLUMNS
    )
    statements = [
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db, g),
        sql.SQL("REVOKE TEMPORARY ON DATABASE {} FROM PUBLIC, {}").format(db, g),
        sql.SQL("REVOKE CREATE ON SCHEMA public FROM {}").format(g),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(g),
        sql.SQL("GRANT SELECT, INSERT, UPDATE ON {} TO {}").format(synced, g),
        sql.SQL("REVOKE ALL ON users FROM {}").format(g),
        sql.SQL("GRANT SELECT ({}) ON users TO {}").format(readable, g),
        sql.SQL("GRANT INSERT, UPDATE ON users TO {}").format(g),
        sql.SQL(
            "GRANT SELECT ON offices, sync_role_rules, sync_settings, alembic_version, "
            "sync_change_log TO {}"
        ).format(g),
        sql.SQL("GRANT SELECT, INSERT, UPDATE ON sync_applied, devices TO {}").format(g),
        # attachment files (0012, 0017): read where row-level security says; the bytes go
        # in only through sync_put_file, which checks them against their hash
        sql.SQL("REVOKE INSERT, UPDATE, DELETE ON sync_files, sync_file_chunks FROM {}").format(g),
        sql.SQL("GRANT SELECT ON sync_files, sync_file_chunks TO {}").format(g),
        sql.SQL("GRANT SELECT, INSERT ON sync_file_uploads TO {}").format(g),
        sql.SQL("REVOKE ALL ON sync_logins, sync_references FROM PUBLIC, {}").format(g),
    ]
    for function in CALLABLE_FUNCTIONS:
        statements.append(sql.SQL(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC"))
        statements.append(sql.SQL(f"GRANT EXECUTE ON FUNCTION {function} TO {{}}").format(g))
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
        if _public_may_create(conn):
            if not _may_revoke_on_public(conn):
                raise CentralSetupError(
                    "central.public_schema_open",
                    "every role may create objects in schema public and only its owner can "
                    "change that: ask a superuser to run REVOKE CREATE ON SCHEMA public FROM "
                    "PUBLIC, then run `central init` again",
                )
            cursor.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")


def _public_may_create(conn: Connection) -> bool:
    return bool(
        conn.scalar(
            sa.text(
                "SELECT EXISTS (SELECT 1 FROM pg_namespace n, aclexplode(n.nspacl) a "
                "WHERE n.nspname = 'public' AND a.grantee = 0 "
                "AND a.privilege_type = 'CREATE') "
                "OR (SELECT nspacl IS NULL FROM pg_namespace WHERE nspname = 'public')"
            )
        )
    )


def _may_revoke_on_public(conn: Connection) -> bool:
    return bool(
        conn.scalar(
            sa.text(
                "SELECT pg_has_role(current_user, n.nspowner, 'USAGE') "
                "FROM pg_namespace n WHERE n.nspname = 'public'"
            )
        )
    )


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


def _check_login(login: str) -> None:
    if (
        not login
        or len(login) > 60
        or not re.fullmatch(r"[A-Za-z0-9._@-]+", login)
        or login.lower().startswith("pg_")
    ):
        raise CentralSetupError(
            "user.login_invalid",
            "a login is 1-60 letters, digits, '.', '_', '-' or '@', not starting with 'pg_'",
        )


def check_new_user(login: str, role: str, display_name: str | None = None) -> None:
    """What `add_user` refuses before it connects (and the CLI before it asks for the
    password): each with its own message."""
    if role not in ROLES:
        raise CentralSetupError("user.role_invalid", f"unknown role {role!r}: one of {ROLES}")
    _check_login(login)
    if display_name is not None and (
        len(display_name) > MAX_NAME
        or not display_name.strip()
        or any(ord(c) < 32 or ord(c) == 127 for c in display_name)
    ):
        raise CentralSetupError(
            "user.name_invalid",
            f"a display name is 1-{MAX_NAME} characters, without control characters",
        )


def check_password(password: str) -> None:
    if "\x00" in password:
        raise CentralSetupError(
            "user.password_invalid", "a password cannot contain a NUL character"
        )
    if len(password) < MIN_PASSWORD:
        raise CentralSetupError(
            "user.password_too_short", f"a password has at least {MIN_PASSWORD} characters"
        )


def _managed_role(conn: Connection, login: str, group: str) -> bool:
    """Whether the role `login` exists (True) or not (False); raises when SmartDesk must
    not touch it: not made by `central user add`, or a role with powers."""
    role = conn.execute(
        sa.text(
            "SELECT r.oid, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls, "
            "r.rolreplication, r.oid = d.datdba AS owns_database, "
            "r.rolname = current_user AS is_me "
            "FROM pg_roles r, pg_database d "
            "WHERE r.rolname = :r AND d.datname = current_database()"
        ),
        {"r": login},
    ).first()
    if role is None:
        return False
    powers = [
        word
        for word, has in (
            ("a superuser", role.rolsuper),
            ("the database owner", role.owns_database),
            ("the role running this command", role.is_me),
            ("the users group", login == group),
            ("allowed to create roles", role.rolcreaterole),
            ("allowed to create databases", role.rolcreatedb),
            ("allowed to bypass row-level security", role.rolbypassrls),
            ("a replication role", role.rolreplication),
        )
        if has
    ]
    if powers:
        raise CentralSetupError(
            "central.role_protected",
            f"the role {login!r} is {', '.join(powers)}: SmartDesk does not change it",
        )
    if not conn.scalar(sa.text("SELECT 1 FROM sync_logins WHERE login = :l"), {"l": login}):
        raise CentralSetupError(
            "central.role_not_ours",
            f"a role {login!r} already exists and was not made by `smartdesk central user "
            "add`: SmartDesk leaves it alone (choose another login)",
        )
    return True


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
    is adopted: its role and office are set to what is asked. Returns the user's id.
    An existing role is only changed when SmartDesk made it (see `_managed_role`)."""
    check_new_user(login, role, display_name)
    check_password(password)
    engine = _superuser_engine(_checked_url(url))
    try:
        with engine.begin() as conn:
            group = _group(conn)
            office = conn.scalar(
                sa.text("SELECT id FROM offices WHERE code = :c"), {"c": office_code.upper()}
            )
            if office is None:
                raise CentralSetupError("user.office_unknown", f"no office {office_code!r}")
            exists = _managed_role(conn, login, group)
            _login_role(conn, login, password, group, exists)
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


def _login_role(conn: Connection, login: str, password: str, group: str, exists: bool) -> None:
    """CREATE or ALTER the login role; the password is hashed (SCRAM) on this side, so
    it never appears in clear in the server's statement log. The role is marked as
    SmartDesk's and gets its timeouts (for the role, so in every database)."""
    raw = conn.connection.driver_connection
    verifier = raw.pgconn.encrypt_password(
        password.encode(), login.encode(), b"scram-sha-256"
    ).decode()
    name = sql.Identifier(login)
    if exists:
        statement = sql.SQL("ALTER ROLE {} WITH LOGIN PASSWORD {}")
    else:
        statement = sql.SQL(
            "CREATE ROLE {} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
            "NOBYPASSRLS INHERIT PASSWORD {}"
        )
    settings = dict(LOGIN_SETTINGS)
    if conn.scalar(sa.text("SELECT current_setting('server_version_num')::int")) >= 140000:
        settings.update(LOGIN_SETTINGS_14)
    with raw.cursor() as cursor:
        cursor.execute(statement.format(name, sql.Literal(verifier)))
        cursor.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), name))
        for setting, value in settings.items():
            cursor.execute(
                sql.SQL("ALTER ROLE {} SET {} = {}").format(
                    name, sql.Identifier(setting), sql.Literal(value)
                )
            )
    conn.execute(
        sa.text("INSERT INTO sync_logins (login) VALUES (:l) ON CONFLICT DO NOTHING"),
        {"l": login},
    )


def disable_user(url: str, login: str) -> bool:
    """Stop a person from signing in: the login role loses LOGIN, the `users` row turns
    inactive (which the policies check too), and their open sessions are ended. A role
    SmartDesk did not make is refused, and nothing changes."""
    _check_login(login)
    engine = _superuser_engine(_checked_url(url))
    try:
        with engine.begin() as conn:
            group = _group(conn)
            has_role = _managed_role(conn, login, group)
            found = conn.execute(
                sa.text("UPDATE users SET active = false, updated_at = :now WHERE login = :l"),
                {"l": login, "now": utcnow()},
            ).rowcount
            if has_role:
                raw = conn.connection.driver_connection
                with raw.cursor() as cursor:
                    cursor.execute(
                        sql.SQL("ALTER ROLE {} WITH NOLOGIN").format(sql.Identifier(login))
                    )
                found = found or 1
                # a non-superuser owner may only end sessions it has the right to signal
                conn.execute(
                    sa.text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE usename = :l AND datname = current_database() "
                        "AND (pg_has_role(current_user, usesysid, 'MEMBER') "
                        "OR pg_has_role(current_user, 'pg_signal_backend', 'MEMBER') "
                        "OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user))"
                    ),
                    {"l": login},
                )
            return bool(found)
    finally:
        engine.dispose()
