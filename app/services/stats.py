"""Row counts per table, for `smartdesk stats` and for support."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Base


def table_counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {
            name: session.scalar(select(func.count()).select_from(table)) or 0
            for name, table in sorted(Base.metadata.tables.items())
        }
