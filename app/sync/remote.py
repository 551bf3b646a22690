"""Reaching the central database: its URL, the user's password, and telling a lost
connection (a normal state: the device works offline) from a refusal.

Passwords live only in the OS keyring (service `smartdesk`, one entry per URL and
login). `SMARTDESK_PASSWORD` is accepted for scripts. Where no keyring backend works,
nothing is written anywhere: the caller asks again each session. A password written in
the URL itself (`postgresql://u:pw@host/db` or `?password=pw`) is used for that
connection only: `public_url` drops it, so it is never kept on the device or shown.

A stalled network never hangs a round (issue 7, point 6). Every central session gets
TCP keepalives and a TCP user timeout (a dead peer is noticed by the kernel), server-side
statement, lock and idle-in-transaction timeouts (the server ends what the device left
behind), and the device itself waits at most `Timeouts.answer` for any one answer (a
frozen link that the kernel still acknowledges, e.g. a hung middlebox): the connection is
then closed and the round reports `offline`, with the outbox intact.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.pool import NullPool

from app.config import KeyringUnavailable, load_secret, store_secret

sa.dialects.registry.register(
    "postgresql.smartdesk_psycopg", "app.sync.central_dialect", "GreetedDialect"
)

PASSWORD_ENV = "SMARTDESK_PASSWORD"
CONNECT_TIMEOUT_SECONDS = 10
#: query parameters of a URL that carry a secret: used for one connection, never kept
SECRET_QUERY_KEYS = frozenset({"password", "passfile", "sslpassword"})


@dataclass(frozen=True)
class Timeouts:
    """How long a device waits on the central database (seconds).

    A first full pull of the Brussels office (~460,000 rows) takes ~45 s in pages of a
    few thousand rows, each page one statement: 60 s per statement leaves room for a
    slow server without letting a stuck one hold the round. The device's own limit on
    one answer is longer than the server's statement limit, so a slow statement is
    ended by the server with a clear error first."""

    statement: float = 60
    lock: float = 20
    idle_in_transaction: float = 60
    idle_session: float = 300  # PostgreSQL 14+: a session a frozen link left behind ends
    keepalive_idle: int = 15
    keepalive_interval: int = 5
    keepalive_count: int = 3
    tcp_user: float = 30
    answer: float | None = 75  # None: no limit of the device's own

    def connect_query(self) -> dict[str, str]:
        """libpq parameters: TCP keepalives, TCP user timeout, session timeouts."""
        ms = lambda seconds: str(max(0, int(seconds * 1000)))  # noqa: E731 - 0: no limit
        return {
            "keepalives": "1",
            "keepalives_idle": str(self.keepalive_idle),
            "keepalives_interval": str(self.keepalive_interval),
            "keepalives_count": str(self.keepalive_count),
            "tcp_user_timeout": ms(self.tcp_user),
            "options": (
                f"-c statement_timeout={ms(self.statement)} "
                f"-c lock_timeout={ms(self.lock)} "
                f"-c idle_in_transaction_session_timeout={ms(self.idle_in_transaction)}"
            ),
        }


DEFAULT_TIMEOUTS = Timeouts()


class SyncRefused(Exception):
    """The central database answered but will not sync with this device (yet)."""

    def __init__(self, message_key: str, message: str):
        self.message_key = message_key
        self.message = message
        super().__init__(message)


def central_url(url: str) -> URL:
    """The URL with psycopg as driver; `postgresql://...?sslmode=...` is accepted as is.
    Raises ValueError for anything else (the message never repeats a password)."""
    if "\x00" in (url or ""):
        raise ValueError("the address contains a NUL character")
    try:
        parsed = make_url(url)
    except Exception as exc:  # noqa: BLE001 - SQLAlchemy's parse errors vary by form
        raise ValueError("not a PostgreSQL URL (postgresql://server/database)") from exc
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(f"not a PostgreSQL URL: {public_url(parsed)}")
    return parsed.set(drivername="postgresql+psycopg")


def url_password(url: str | URL) -> str | None:
    """A password written into the URL (`user:pw@` or `?password=pw`), if any."""
    parsed = central_url(url) if isinstance(url, str) else url
    if parsed.password:
        return str(parsed.password)
    value = parsed.query.get("password")
    if isinstance(value, tuple):
        value = value[-1] if value else None
    return value or None


def public_url(url: str | URL) -> str:
    """The URL without any login or secret: what is stored on the device and shown."""
    parsed = central_url(url) if isinstance(url, str) else url
    # URL.set() ignores None, so the credentials are dropped by rebuilding the URL
    bare = URL.create(
        drivername=parsed.drivername,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query={k: v for k, v in parsed.query.items() if k.lower() not in SECRET_QUERY_KEYS},
    )
    return bare.render_as_string(hide_password=False)


def password_problem(password: str | None) -> str | None:
    """The message key when a password cannot be used as given (a NUL byte would be cut
    off by libpq, silently changing the password), else None."""
    if password is not None and "\x00" in password:
        return "sync.password_nul"
    return None


def keyring_account(url: str, login: str) -> str:
    parsed = central_url(url)
    return f"{login}@{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


def stored_password(url: str, login: str) -> tuple[str | None, bool]:
    """(password, keyring works): the keyring first, then `SMARTDESK_PASSWORD`."""
    keyring_works = True
    password = None
    try:
        password = load_secret(keyring_account(url, login))
    except KeyringUnavailable:
        keyring_works = False
    except Exception:  # noqa: BLE001 - a broken backend is "no keyring", not a crash
        keyring_works = False
    if password is None:
        password = os.environ.get(PASSWORD_ENV) or None
    return password, keyring_works


def remember_password(url: str, login: str, password: str) -> bool:
    """Store the password in the keyring; False (and nothing written) when there is none."""
    try:
        store_secret(keyring_account(url, login), password)
    except KeyringUnavailable:
        return False
    except Exception:  # noqa: BLE001
        return False
    return True


def open_central(
    url: str,
    login: str | None = None,
    password: str | None = None,
    timeouts: Timeouts | None = None,
    probe: bool = True,
) -> Engine:
    """An engine on the central database as `login` (or as the URL says).

    `probe=False` (a sync round): the engine asks the server nothing at its first
    connection beyond what the server says in its greeting (`central_dialect`).

    No pool: every round opens fresh connections, so a connection cut while the device
    was offline is never reused. TLS options in the URL (`sslmode`, `sslrootcert`, ...)
    reach libpq unchanged. SQL parameters never appear in an error or a log
    (`hide_parameters`): they hold members' national numbers.
    """
    if password_problem(password):
        raise ValueError("the password contains a NUL character")
    parsed = central_url(url)
    if login is not None:
        parsed = parsed.set(username=login)
    if password is not None:
        parsed = parsed.set(password=password)
        query = {k: v for k, v in parsed.query.items() if k.lower() != "password"}
        parsed = parsed.set(query=query)
    timeouts = timeouts or DEFAULT_TIMEOUTS
    query = dict(parsed.query)
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT_SECONDS))
    query.setdefault("application_name", "smartdesk")
    if not probe:
        parsed = parsed.set(drivername="postgresql+smartdesk_psycopg")
    engine = sa.create_engine(parsed.set(query=query), poolclass=NullPool, hide_parameters=True)

    @sa.event.listens_for(engine, "do_connect")
    def _bounded(dialect, conn_rec, cargs, cparams):
        # the limits go with the connection, not into the URL (which tools may print)
        for key, value in timeouts.connect_query().items():
            if key == "options":  # the URL's own options, if any, come after ours
                given = cparams.get(key)
                cparams[key] = f"{value} {given}" if given else value
            else:
                cparams.setdefault(key, value)
        from app.sync.bounded_connection import BoundedConnection

        # the idle-session limit rides in the greeting too (no round trip of its own); a
        # server older than PostgreSQL 14 does not know it and refuses: then without it
        idle = f"-c idle_session_timeout={int(timeouts.idle_session * 1000)}"
        try:
            connection = BoundedConnection.connect(
                *cargs, **{**cparams, "options": f"{idle} {cparams['options']}"}
            )
        except BoundedConnection.OperationalError as exc:
            if "idle_session_timeout" not in str(exc):
                raise
            connection = BoundedConnection.connect(*cargs, **cparams)
        connection.answer_timeout = timeouts.answer
        return connection

    return engine


_SIGN_IN_WORDS = (
    "password authentication failed",
    "is not permitted to log in",
    "no password supplied",
    'role "',
    "authentication failed",
)


def is_central_error(exc: BaseException) -> bool:
    """An error of the central database (psycopg), as opposed to one of the device's own
    SQLite database (read-only, disk full), which is never "offline"."""
    import psycopg

    return isinstance(getattr(exc, "orig", exc), psycopg.Error)


def is_offline(exc: BaseException) -> bool:
    """A lost or impossible connection (as opposed to a refusal by the database)."""
    if isinstance(exc, sa.exc.DBAPIError):
        if not is_central_error(exc):
            return False
        if exc.connection_invalidated:
            return True
        return isinstance(exc, sa.exc.OperationalError | sa.exc.InterfaceError) and not (
            is_sign_in_failure(exc)
        )
    return isinstance(exc, OSError | ConnectionError)


def is_sign_in_failure(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return isinstance(exc, sa.exc.OperationalError) and any(w in text for w in _SIGN_IN_WORDS)


def check_login(url: str, login: str, password: str) -> str | None:
    """Whether the central database accepts `login` with `password`: None when it does,
    "refused" when it says no, "offline" when it cannot be reached."""
    engine = open_central(url, login, password)
    try:
        with engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))
        return None
    except sa.exc.SQLAlchemyError as exc:
        return "refused" if is_sign_in_failure(exc) else "offline"
    finally:
        engine.dispose()
