"""Engine and session set-up: the embedded SQLite default, or any SQLAlchemy URL.

The device's SQLite file is encrypted with SQLCipher (see `app.db.encryption`): its
connections come from the `sqlcipher3` binding, keyed before SQLAlchemy sees them.
Every engine hides SQL parameters from its errors and logs (a national number must
never reach a traceback).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.db import encryption
from app.db.unit_of_work import UnitOfWork, open_unit_for, pop, push


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # 32 MiB of decrypted pages per connection (SQLite's default is 2 MiB): a page read
    # from the file costs an AES + HMAC; with the default cache the search's p95 at
    # national scale rose by half (bench_encryption), with this one it matches a clear file
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


def make_engine(url: str, *, key: encryption.DatabaseKey | None = None) -> Engine:
    """An engine for `url`. For a SQLite file the key is `key`, else the one that opens
    the existing encrypted file (keyring, SMARTDESK_DB_KEY; DatabaseKeyError when none
    does); a missing or clear file without `key` is opened in clear (tools and tests
    that build old clear files; `app.db.local.open_local` never does that)."""
    if url.startswith("sqlite"):
        database = make_url(url).database or ""
        file_backed = database not in ("", ":memory:") and not database.startswith("file:")
        if key is None and file_backed:
            key = encryption.key_for_existing(Path(database))

        def connect():
            return encryption.connect(database or ":memory:", key)

        engine = create_engine(url, module=encryption.dbapi2, creator=connect, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


class Database:
    """One database: its engine and a session factory. Services open a unit of work on
    it; one opened while another is open in the same thread joins it (see
    `app.db.unit_of_work`)."""

    def __init__(self, engine: Engine, attachments_dir: Path | None = None) -> None:
        self.engine = engine
        #: where this device keeps attached files (by content hash); None: no files here
        self.attachments_dir = attachments_dir
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """Everything inside commits together or not at all; inside an open unit of work
        of this database, the same unit (the outermost one commits)."""
        joined = open_unit_for(self)
        if joined is not None:
            yield joined
            return
        session = self._sessions()
        unit = UnitOfWork(self, session)
        token = push(unit)
        try:
            with session.begin():
                yield unit
        finally:
            pop(token)
            session.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """The session of a unit of work (see `unit_of_work`)."""
        with self.unit_of_work() as unit:
            yield unit.session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session to read with; inside a unit of work, its session (a use case reads
        what it has written so far)."""
        joined = open_unit_for(self)
        if joined is not None:
            yield joined.session
            return
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
