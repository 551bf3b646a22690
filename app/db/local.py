"""Open this device's own database: create the folder, the file and the schema on first use."""

from __future__ import annotations

import logging

from app.config import Paths
from app.db.engine import Database, make_engine, sqlite_url
from app.db.migrate import current_revision, head_revision, upgrade

log = logging.getLogger(__name__)


def open_local(paths: Paths) -> Database:
    paths.ensure()
    engine = make_engine(sqlite_url(paths.database))
    if current_revision(engine) != head_revision():
        log.info("migrating %s to %s", paths.database, head_revision())
        upgrade(engine)
    return Database(engine)
