"""The first upload: rows a device made before it ever connected.

`upload` sends them at bulk speed, all-or-nothing (`app.sync.bulk_upload`);
`upload_row_by_row`, the way it was done before, stays as the reference the bulk upload
is tested and measured against.

An office that started offline, or a database filled with `demo-data`, holds rows the
central database has never seen (their `row_version` is still 0, and demo data has no
outbox entries). On the first round they go up as inserts, table by table, parents
first, as far as the user's role allows; the rest is reported with the reason and
stays on the device. A row the central database already has (same id) is left to the
pull, which brings the central version.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection, Engine

from app.db.engine import Database
from app.sync.bulk_upload import (
    UploadRefused,
    bulk_upload,
    forget_sent,
    may_write,
    outbox_through,
)
from app.sync.local import blank_device_only, local_write
from app.sync.push import REJECTION_KEYS
from app.sync.remote import is_offline
from app.sync.tables import ORDER

Progress = Callable[[int, int, str], None]
CHUNK = 2_000


@dataclass
class UploadResult:
    uploaded: int = 0
    already_central: int = 0
    # (table, message key) -> rows
    not_uploaded: Counter = field(default_factory=Counter)
    cancelled: bool = False

    def report(self) -> list[dict]:
        return [
            {"entity": entity, "rows": rows, "message_key": key}
            for (entity, key), rows in sorted(self.not_uploaded.items())
        ]


def upload(
    db: Database,
    engine: Engine,
    scope: dict,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    result: UploadResult | None = None,
) -> UploadResult:
    """Insert the rows never sent, parents first, in one central transaction: all of
    them (but what stays on the device, reported) or, when the central database
    refuses one, none (`UploadRefused`); a cancel sends none either."""
    result = result if result is not None else UploadResult()
    return bulk_upload(db, engine, scope, progress, cancelled, result)


def upload_row_by_row(
    db: Database,
    engine: Engine,
    scope: dict,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk: int = CHUNK,
    result: UploadResult | None = None,
) -> UploadResult:
    """Insert the rows never sent, parents first, chunk by chunk, row by row where the
    database refuses a chunk; counts into `result` as it goes (a cut upload still says
    what went up). The reference for `upload`, ~2,000 rows/s."""
    result = result if result is not None else UploadResult()
    with db.engine.connect() as lc:
        total = sum(
            lc.scalar(
                sa.select(sa.func.count())
                .select_from(m.__table__)
                .where(m.__table__.c.row_version == 0)
            )
            or 0
            for m in ORDER
        )
    done = 0
    with engine.connect() as rc:
        for model in ORDER:
            table = model.__table__
            entity = table.name
            last_id = None
            while True:
                if cancelled is not None and cancelled():
                    result.cancelled = True
                    return result
                query = sa.select(table).where(table.c.row_version == 0).order_by(table.c.id)
                if last_id is not None:
                    query = query.where(table.c.id > last_id)
                with db.engine.connect() as lc:
                    through = outbox_through(lc)  # before the rows are read
                    rows = [dict(r) for r in lc.execute(query.limit(chunk)).mappings()]
                if not rows:
                    break
                last_id = rows[-1]["id"]
                allowed = []
                for row in rows:
                    if may_write(scope, entity, row["office_id"]):
                        allowed.append(row)
                    else:
                        result.not_uploaded[(entity, "sync.upload_outside_role")] += 1
                inserted = _insert(rc, entity, allowed, result) if allowed else set()
                with local_write(db) as lc:
                    if inserted:
                        ids = list(inserted)
                        for start in range(0, len(ids), 500):
                            part = ids[start : start + 500]
                            lc.execute(  # the row's own updated_at stays (no onupdate)
                                sa.update(table)
                                .where(table.c.id.in_(part))
                                .values(row_version=1, updated_at=table.c.updated_at)
                            )
                            forget_sent(lc, [(i.replace("-", ""),) for i in part], through)
                done += len(rows)
                if progress is not None:
                    progress(done, total, f"upload:{entity}")
    return result


def _insert(rc: Connection, entity: str, rows: list[dict], result: UploadResult) -> set[str]:
    """Insert a chunk in one statement; when the database refuses it, row by row in
    savepoints, so each refused row is counted with its reason and the rest goes up."""
    table = ORDER_TABLES[entity]
    statement = pg_insert(table).on_conflict_do_nothing(index_elements=["id"]).returning(table.c.id)
    rows = blank_device_only(entity, rows)  # a PIN stays on its device
    for row in rows:
        row.pop("row_version", None)
    try:
        with rc.begin():
            inserted = {str(i) for i in rc.execute(statement, rows).scalars()}
    except sa.exc.DBAPIError as exc:
        if is_offline(exc):
            raise
        inserted = set()
        with rc.begin():
            for row in rows:
                savepoint = rc.begin_nested()
                try:
                    found = rc.execute(statement, [row]).scalars().all()
                    savepoint.commit()
                    inserted |= {str(i) for i in found}
                    if not found:
                        result.already_central += 1
                except sa.exc.DBAPIError as row_exc:
                    if is_offline(row_exc):
                        raise
                    savepoint.rollback()
                    key = REJECTION_KEYS.get(
                        getattr(row_exc.orig, "sqlstate", ""), "sync.rejected_invalid"
                    )
                    result.not_uploaded[(entity, key)] += 1
        result.uploaded += len(inserted)
        return inserted
    result.uploaded += len(inserted)
    result.already_central += len(rows) - len(inserted)
    return inserted


ORDER_TABLES = {m.__tablename__: m.__table__ for m in ORDER}
__all__ = ["UploadRefused", "UploadResult", "may_write", "upload", "upload_row_by_row"]
