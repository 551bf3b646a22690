"""The first upload at bulk speed: all-or-nothing, in one central transaction.

The rows a device made before it ever connected (`row_version` 0) go up table by table,
parents first, as a few large statements instead of one round trip per row:

- Staging: each batch of rows travels as ONE JSON document (one bind parameter) and is
  unpacked by PostgreSQL with `jsonb_populate_recordset(NULL::public.<table>, ...)`,
  so a batch of 5,000 rows costs one round trip. No staging table: logins have no TEMP
  privilege (0005), and `COPY FROM` is refused on a table with row-level security, so a
  shared staging table would have to do without it and would let one login read
  another's rows.
- Apply: one set-based `INSERT ... SELECT` per batch, as the login, so the same checks
  as the row-by-row upload hold: the row-level security policies (office scope), the
  foreign keys, the check constraints, and the triggers that stamp `row_version`, blank
  PIN hashes, guard loan decisions and write the change log entries (with their
  "touch" entries) that the other devices pull. The row's own `updated_at` is sent and
  kept, on both sides.
- What the role may not write is known in advance (`may_write`) and stays on the
  device, reported, as before; a row the central database has already (same id) is left
  to the pull; a row whose unique number is taken centrally, and the rows of this
  upload that depend on it, stay on the device, reported.
- Anything else the central database refuses (another office's row, a reference to a
  record it does not have, an invalid value) refuses the WHOLE upload: the
  transaction is rolled back, nothing stays half-done centrally or locally, and
  `UploadRefused` says which table, which row where the database names it, and why.
  A cancel also rolls everything back (nothing went up).

Resumable it is not: it is all-or-nothing. Rows are marked as sent on the device only
after the central commit; should the device stop between the two, the next upload finds
the rows centrally (same id) and leaves them to the pull, as the row-by-row upload did.
While the transaction runs it holds the change feed's lock, so other devices' pulls see
the upload's entries only once it ends (seconds for an office).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from app.db.engine import Database
from app.db.models import OutboxEntry
from app.sync.local import blank_device_only, local_write
from app.sync.push import REJECTION_KEYS
from app.sync.remote import SyncRefused, is_offline
from app.sync.tables import ORDER, TABLES

Progress = Callable[[int, int, str], None]
BATCH = 5_000
MARK_CHUNK = 500

OUTSIDE_ROLE = "sync.upload_outside_role"
DUPLICATE = REJECTION_KEYS["23505"]
MISSING_PARENT = REJECTION_KEYS["23503"]


class UploadRefused(SyncRefused):
    """The central database refused a row of the upload: nothing went up."""

    def __init__(self, entity: str, reason_key: str, detail: str):
        self.entity = entity
        self.reason_key = reason_key
        self.detail = detail
        super().__init__(
            "sync.upload_refused",
            f"the central database refused a record of {entity} made before this device "
            f"connected ({detail}); nothing was uploaded and every record stays on this device",
        )


class _Cancelled(Exception):
    pass


def may_write(scope: dict, entity: str, office_id: str) -> bool:
    """What the central policies will accept, known in advance from the role rules."""
    rule = scope["rules"].get(entity)
    if not rule or not rule["writes"]:
        return False
    return rule["all_offices"] or office_id == scope["office_id"]


def parents(table: sa.Table) -> list[tuple[str, str]]:
    """(column, synced table it names) of each foreign key to another synced table."""
    return [
        (column.key, fk.column.table.name)
        for column in table.columns
        for fk in column.foreign_keys
        if fk.column.table.name in TABLES
    ]


def _statement(table: sa.Table) -> sa.TextClause:
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    return sa.text(
        f'INSERT INTO public."{table.name}" ({names}) '
        f'SELECT {names} FROM jsonb_populate_recordset(NULL::public."{table.name}", '
        "CAST(:rows AS jsonb)) ON CONFLICT DO NOTHING RETURNING id"
    )


def _plain(value):
    """A value as JSON carries it; a JSON column's dict or list goes as it is (the whole
    batch is serialised once, by `json.dumps`)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _payload(table: sa.Table, rows, dialect) -> list[dict]:
    """The rows as JSON in the central database's column form (a column type that
    converts, such as Money in cents, converts as it would for a bound value)."""
    binders = [
        (c.key, c.type.process_bind_param)
        for c in table.columns
        if isinstance(c.type, sa.types.TypeDecorator)
    ]
    out = []
    for row in rows:
        values = dict(row)
        for key, bind in binders:
            values[key] = bind(values[key], dialect)
        out.append({key: _plain(value) for key, value in values.items()})
    return out


def _refused(entity: str, exc: sa.exc.DBAPIError) -> UploadRefused:
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", "") or ""
    diag = getattr(orig, "diag", None)
    primary = getattr(diag, "message_primary", None) or str(orig).splitlines()[0]
    detail = getattr(diag, "message_detail", None)
    text = f"{primary}: {detail}" if detail else primary
    return UploadRefused(entity, REJECTION_KEYS.get(sqlstate, "sync.rejected_invalid"), text)


def bulk_upload(
    db: Database,
    engine: Engine,
    scope: dict,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    result,
    batch: int = BATCH,
):
    """Upload every row never sent in one central transaction (see the module's doc).
    Counts go into `result` (an `UploadResult`) only once the central database has
    committed; raises `UploadRefused` (nothing went up) or an offline error."""
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
    staying: dict[str, set[str]] = {}  # ids that stay on the device, per table
    sent: dict[str, list[str]] = {}  # ids the central database took, per table
    not_uploaded: Counter = Counter()
    already = 0
    done = 0
    with engine.connect() as rc:
        try:
            with rc.begin():
                for model in ORDER:
                    table = model.__table__
                    entity = table.name
                    stay = staying.setdefault(entity, set())
                    took = sent.setdefault(entity, [])
                    links = parents(table)
                    statement = _statement(table)
                    query = sa.select(table).where(table.c.row_version == 0).order_by(table.c.id)
                    with db.engine.connect() as lc:
                        rows = lc.execute(query).mappings()
                        while part := rows.fetchmany(batch):
                            if cancelled is not None and cancelled():
                                raise _Cancelled
                            allowed = []
                            for row in part:
                                key = None
                                if not may_write(scope, entity, row["office_id"]):
                                    key = OUTSIDE_ROLE
                                elif any(
                                    row[c] is not None and str(row[c]) in staying.get(p, ())
                                    for c, p in links
                                ):
                                    key = MISSING_PARENT  # its parent stays on the device
                                if key is None:
                                    allowed.append(row)
                                else:
                                    stay.add(str(row["id"]))
                                    not_uploaded[(entity, key)] += 1
                            if allowed:
                                already += _apply(
                                    rc, table, statement, allowed, took, stay, not_uploaded
                                )
                            done += len(part)
                            if progress is not None:
                                progress(done, total, f"upload:{entity}")
        except _Cancelled:
            result.cancelled = True
            return result
        except sa.exc.DBAPIError as exc:
            if is_offline(exc):
                raise
            raise _refused(entity, exc) from exc
    _mark_sent(db, sent)
    result.uploaded += sum(len(ids) for ids in sent.values())
    result.already_central += already
    result.not_uploaded.update(not_uploaded)
    return result


def _apply(
    rc: Connection,
    table: sa.Table,
    statement: sa.TextClause,
    rows,
    took: list[str],
    stay: set[str],
    not_uploaded: Counter,
) -> int:
    """One batch: staged as one JSON document, inserted set-based. Returns how many
    rows the central database had already (same id)."""
    entity = table.name
    payload = blank_device_only(entity, _payload(table, rows, rc.dialect))
    inserted = {
        str(i) for i in rc.execute(statement, {"rows": json.dumps(payload, default=str)}).scalars()
    }
    took.extend(inserted)
    left = [str(r["id"]) for r in rows if str(r["id"]) not in inserted]
    if not left:
        return 0
    # not inserted: the same id is central already (left to the pull), or a unique
    # number of the row is taken by another record (stays here, said)
    known = {
        str(i)
        for i in rc.execute(
            sa.text(f'SELECT id FROM public."{entity}" WHERE id = ANY(CAST(:ids AS uuid[]))'),
            {"ids": left},
        ).scalars()
    }
    taken = [i for i in left if i not in known]
    stay.update(taken)
    if taken:
        not_uploaded[(entity, DUPLICATE)] += len(taken)
    return len(known)


def _mark_sent(db: Database, sent: dict[str, list[str]]) -> None:
    """The rows the central database took are sent: row_version 1, no outbox entry, their
    own `updated_at` kept. One local transaction."""
    with local_write(db) as lc:
        for entity, ids in sent.items():
            table = TABLES[entity]
            for start in range(0, len(ids), MARK_CHUNK):
                part = ids[start : start + MARK_CHUNK]
                lc.execute(
                    sa.update(table)
                    .where(table.c.id.in_(part))
                    .values(row_version=1, updated_at=table.c.updated_at)
                )
                lc.execute(sa.delete(OutboxEntry.__table__).where(OutboxEntry.entity_id.in_(part)))
