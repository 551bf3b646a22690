"""Open this device's own database: create the folder, the file and the schema on first use.

The file is encrypted (`app.db.encryption`): a new one gets its key on creation, a clear
one from an older SmartDesk is converted before anything else, an encrypted one is
opened with the key from this computer's keyring or the passphrase (`SMARTDESK_DB_KEY`,
or `passphrase=` from the window's dialog).
"""

from __future__ import annotations

import logging

from keyring.errors import KeyringError
from sqlalchemy.exc import SQLAlchemyError

from app.config import Paths
from app.db import encryption
from app.db.engine import Database, make_engine, sqlite_url
from app.db.migrate import current_revision, head_revision, known_revisions, upgrade

log = logging.getLogger(__name__)


class LocalDatabaseError(Exception):
    """The device's database cannot be used; the message says what to do."""

    def __init__(self, message_key: str, message: str) -> None:
        self.message_key = message_key
        super().__init__(message)


def open_local(
    paths: Paths,
    passphrase: str | None = None,
    progress: encryption.Progress | None = None,
) -> Database:
    """The device's database, ready to use. `passphrase` where no keyring works (else
    SMARTDESK_DB_KEY); `progress` follows the one-time encryption of a clear database."""
    try:
        paths.ensure()
    except OSError as exc:
        raise _folder_unusable(paths, exc) from exc
    try:
        key = encryption.prepare(paths.database, passphrase, progress)
    except encryption.DatabaseKeyError as exc:
        raise LocalDatabaseError(exc.message_key, str(exc)) from exc
    except KeyringError as exc:
        raise LocalDatabaseError(
            "database.keyring_failed",
            f"the keyring of this computer did not give the key of {paths.database} ({exc}). "
            "Unlock the keyring (sign in to your computer's session again) and start again.",
        ) from exc
    except OSError as exc:
        raise _folder_unusable(paths, exc) from exc
    if key is None:
        raise _unreadable(paths, "not a SmartDesk database")
    engine = make_engine(sqlite_url(paths.database), key=key)
    try:
        revision = current_revision(engine)
        if revision is not None and revision not in known_revisions():
            raise LocalDatabaseError(
                "database.newer_schema",
                f"{paths.database} was last used by a newer SmartDesk (schema {revision}). "
                "Update SmartDesk on this computer.",
            )
        if revision != head_revision():
            log.info("migrating %s to %s", paths.database, head_revision())
            upgrade(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise _unreadable(paths, getattr(exc, "orig", exc)) from exc
    except LocalDatabaseError:
        engine.dispose()
        raise
    return Database(engine, attachments_dir=paths.attachments)


def _unreadable(paths: Paths, reason: object) -> LocalDatabaseError:
    return LocalDatabaseError(
        "database.unreadable",
        f"{paths.database} cannot be opened as a SmartDesk database ({reason}). Restore it "
        "from a copy, or start with an empty folder (--data-dir).",
    )


def _folder_unusable(paths: Paths, exc: OSError) -> LocalDatabaseError:
    return LocalDatabaseError(
        "database.folder_unusable",
        f"cannot use the folder {paths.data_dir}: {exc.strerror or exc}. "
        "Choose another folder with --data-dir, or check its permissions.",
    )
