"""Reaching the central database: its URL, the user's password, and telling a lost
connection (a normal state: the device works offline) from a refusal.

Passwords live only in the OS keyring (service `smartdesk`, one entry per URL and
login). `SMARTDESK_PASSWORD` is accepted for scripts. Where no keyring backend works,
nothing is written anywhere: the caller asks again each session.
"""

from __future__ import annotations

import os

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.pool import NullPool

from app.config import KeyringUnavailable, load_secret, store_secret

PASSWORD_ENV = "SMARTDESK_PASSWORD"
CONNECT_TIMEOUT_SECONDS = 10


class SyncRefused(Exception):
    """The central database answered but will not sync with this device (yet)."""

    def __init__(self, message_key: str, message: str):
        self.message_key = message_key
        self.message = message
        super().__init__(message)


def central_url(url: str) -> URL:
    """The URL with psycopg as driver; `postgresql://...?sslmode=...` is accepted as is."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(f"not a PostgreSQL URL: {parsed.render_as_string()}")
    return parsed.set(drivername="postgresql+psycopg")


def public_url(url: str | URL) -> str:
    """The URL without any password: what is stored on the device and shown."""
    parsed = central_url(url) if isinstance(url, str) else url
    # URL.set() ignores None, so the credentials are dropped by rebuilding the URL
    bare = URL.create(
        drivername=parsed.drivername,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return bare.render_as_string(hide_password=False)


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


def open_central(url: str, login: str | None = None, password: str | None = None) -> Engine:
    """An engine on the central database as `login` (or as the URL says).

    No pool: every round opens fresh connections, so a connection cut while the device
    was offline is never reused. TLS options in the URL (`sslmode`, `sslrootcert`, ...)
    reach libpq unchanged.
    """
    parsed = central_url(url)
    if login is not None:
        parsed = parsed.set(username=login)
    if password is not None:
        parsed = parsed.set(password=password)
    query = dict(parsed.query)
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT_SECONDS))
    query.setdefault("application_name", "smartdesk")
    return sa.create_engine(parsed.set(query=query), poolclass=NullPool)


_SIGN_IN_WORDS = (
    "password authentication failed",
    "is not permitted to log in",
    "no password supplied",
    'role "',
    "authentication failed",
)


def is_offline(exc: BaseException) -> bool:
    """A lost or impossible connection (as opposed to a refusal by the database)."""
    if isinstance(exc, sa.exc.DBAPIError):
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
