"""Open this device's own database: create the folder, the file and the schema on first use."""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError

from app.config import Paths
from app.db.engine import Database, make_engine, sqlite_url
from app.db.migrate import current_revision, head_revision, known_revisions, upgrade

log = logging.getLogger(__name__)


class LocalDatabaseError(Exception):
    """The device's database cannot be used; the message says what to do."""

    def __init__(self, message_key: str, message: str) -> None:
        self.message_key = message_key
        super().__init__(message)


def open_local(paths: Paths) -> Database:
    try:
        paths.ensure()
    except OSError as exc:
        raise LocalDatabaseError(
            "database.folder_unusable",
            f"cannot use the folder {paths.data_dir}: {exc.strerror or exc}. "
            "Choose another folder with --data-dir, or check its permissions.",
        ) from exc
    engine = make_engine(sqlite_url(paths.database))
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
        raise LocalDatabaseError(
            "database.unreadable",
            f"{paths.database} cannot be opened as a SmartDesk database "
            f"({getattr(exc, 'orig', exc)}). Restore it from a copy, or start with an empty "
            "folder (--data-dir).",
        ) from exc
    except LocalDatabaseError:
        engine.dispose()
        raise
    return Database(engine)
