"""The device side of sync: its state keys, and writing central rows into SQLite.

Sync writes on its own connection, in `BEGIN IMMEDIATE` transactions (the window's
writes wait for it, never interleave with it), with foreign-key checks off: the central
database keeps the references whole, and a device that holds only its scope cannot
always order a page's inserts and removals the way SQLite's immediate checks want.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from app.db.engine import Database
from app.db.models import LocalState, OutboxEntry
from app.services.numbering import SERIES_STATE
from app.sync.tables import STATE_RULES, TABLES

log = logging.getLogger(__name__)

# LocalState keys
DEVICE_ID = "device_id"
URL = "sync_url"
USER = "sync_user"
CURSOR = "sync_cursor"  # "<txid>:<id>" of the last change-feed entry applied
LAST_SYNC = "last_sync_at"  # ISO time of the last round that finished (the dashboard reads it)
UPLOADED = "sync_uploaded"  # "1" once the rows made before connecting went up
NUMBER_SERIES = SERIES_STATE  # this device's numbering series, given at register
SCOPE = "sync_scope"  # JSON: role, office and the role rules, as the central database said

# Columns that never travel: a sign-in PIN is set per device and stays on it (issue 7,
# point 7). They are not read from the central database, not sent to it, and a pulled
# row never overwrites them (a user new to the device gets them empty: first sign-in).
DEVICE_ONLY: dict[str, frozenset[str]] = {"users": frozenset({"pin_hash", "pin_salt"})}


def central_columns(table) -> list:
    """The columns of a synced table that the device reads from and sends to the central
    database (all of them but the device-only ones)."""
    hidden = DEVICE_ONLY.get(table.name, frozenset())
    return [c for c in table.columns if c.key not in hidden]


def central_select(table) -> sa.Select:
    return sa.select(*central_columns(table))


def without_device_only(entity: str, values: dict | None) -> dict | None:
    """A row or payload without the columns that stay on the device."""
    hidden = DEVICE_ONLY.get(entity)
    if values is None or not hidden:
        return values
    return {k: v for k, v in values.items() if k not in hidden}


def blank_device_only(entity: str, rows: list[dict]) -> list[dict]:
    """Rows with their device-only columns empty: a central row made complete for a
    local insert, or a local row as it may be sent to the central database."""
    hidden = DEVICE_ONLY.get(entity)
    if not hidden:
        return rows
    blank = dict.fromkeys(hidden, "")
    return [{**blank, **{k: v for k, v in r.items() if k not in hidden}} for r in rows]


def get_state(conn_or_session, key: str) -> str | None:
    return conn_or_session.execute(
        sa.select(LocalState.value).where(LocalState.key == key)
    ).scalar()


def set_state(conn: Connection, key: str, value: str | None) -> None:
    table = LocalState.__table__
    if value is None:
        conn.execute(sa.delete(table).where(table.c.key == key))
        return
    statement = sqlite_insert(table).values(key=key, value=value)
    conn.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def read_state(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        return dict(conn.execute(sa.select(LocalState.key, LocalState.value)).all())


def scope_of(state: dict[str, str]) -> dict | None:
    raw = state.get(SCOPE)
    return json.loads(raw) if raw else None


@contextmanager
def local_write(db: Database) -> Iterator[Connection]:
    """One sync transaction on the device: all of it or nothing."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


def pending_ids(conn: Connection, ids: Iterable[str] | None = None) -> set[str]:
    """Rows with local changes not yet confirmed by the central database."""
    query = sa.select(OutboxEntry.entity_id).distinct()
    if ids is not None:
        ids = list(ids)
        if not ids:
            return set()
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            found |= set(
                conn.execute(
                    query.where(OutboxEntry.entity_id.in_(ids[start : start + 500]))
                ).scalars()
            )
        return found
    return set(conn.execute(query).scalars())


def upsert_rows(conn: Connection, entity: str, rows: list[dict], only_newer: bool = True) -> int:
    """Write central rows (Python values) into the device's table; with `only_newer`, a
    row already at that version or later is left as it is. Returns how many rows
    changed on the device: a device's own changes coming back from the central
    database at the version it already has are not "pulled" again.

    The central row wins a unique value (a login, a member or quote number) that a row
    made on this device also holds: that local row moves to `sync_rejections` (nothing
    is lost) and leaves the table. Except a document that left draft on this device (a
    sent quote: its number may be on a PDF with the client): it stays, and the central
    row waits in `sync_rejections` (`sync.central_row_held`) until someone decides."""
    if not rows:
        return 0
    table = TABLES[entity]
    rows = blank_device_only(entity, rows)
    statement = _upsert_statement(entity, only_newer)
    savepoint = conn.begin_nested()
    try:
        changed = _changed(conn.execute(statement, rows), len(rows))
        savepoint.commit()
        return changed
    except sa.exc.IntegrityError:
        savepoint.rollback()
    changed = 0
    for row in rows:
        for attempt in range(2):
            savepoint = conn.begin_nested()
            try:
                changed += _changed(conn.execute(statement, [row]), 1)
                savepoint.commit()
                break
            except sa.exc.IntegrityError:
                savepoint.rollback()
                if attempt:
                    log.warning("%s %s could not be applied on this device", entity, row["id"])
                else:
                    _displace(conn, table, row)
    return changed


def _changed(result, given: int) -> int:
    """Rows an upsert inserted or updated (SQLite counts neither the rows its WHERE
    left alone nor, for an upsert, anything twice); `given` where the driver cannot say."""
    return result.rowcount if result.rowcount >= 0 else given


@functools.cache
def _upsert_statement(entity: str, only_newer: bool):
    table = TABLES[entity]
    statement = sqlite_insert(table)
    hidden = DEVICE_ONLY.get(entity, frozenset())
    update = {
        c.key: statement.excluded[c.key]
        for c in table.columns
        if c.key != "id" and c.key not in hidden  # a pull never overwrites a local PIN
    }
    conditions = []
    if only_newer:
        conditions.append(statement.excluded.row_version > table.c.row_version)
    rules = STATE_RULES.get(entity)
    if rules is not None:  # a document that left draft here is never turned back to draft
        states, frozen = rules
        drafts = [state for state in states if state not in frozen]
        frozen_sql = ", ".join(f"'{state}'" for state in sorted(frozen))
        drafts_sql = ", ".join(f"'{state}'" for state in drafts)
        conditions.append(  # literal lists: the statement is run with executemany
            sa.text(
                f"NOT ({table.name}.state IN ({frozen_sql}) AND excluded.state IN ({drafts_sql}))"
            )
        )
    return statement.on_conflict_do_update(
        index_elements=["id"],
        set_=update,
        where=sa.and_(*conditions) if conditions else None,
    )


def _unique_columns(table) -> list[str]:
    names = [c.key for c in table.columns if c.unique]
    for constraint in table.constraints:
        if isinstance(constraint, sa.UniqueConstraint) and len(constraint.columns) == 1:
            names += [c.key for c in constraint.columns]
    return sorted(set(names))


def _displace(conn: Connection, table, row: dict) -> None:
    from app.db.models import SyncRejection
    from app.db.types import utcnow
    from app.sync.tables import past_draft, to_json

    for name in _unique_columns(table):
        if row.get(name) is None:
            continue
        for other in (
            conn.execute(
                sa.select(table).where(table.c[name] == row[name], table.c.id != row["id"])
            )
            .mappings()
            .all()
        ):
            if past_draft(table.name, to_json(table, other)):  # never un-sent by sync
                conn.execute(
                    sa.insert(SyncRejection.__table__).values(
                        entity=table.name,
                        entity_id=row["id"],
                        operation="pull",
                        payload=to_json(table, row),
                        message_key="sync.central_row_held",
                        detail=f"{name} {row[name]!r} is on a document this device sent",
                        created_at=utcnow(),
                    )
                )
                continue
            conn.execute(
                sa.insert(SyncRejection.__table__).values(
                    entity=table.name,
                    entity_id=other["id"],
                    operation="insert",
                    payload=to_json(table, other),
                    message_key="sync.local_row_displaced",
                    detail=f"the central database gave {name} {row[name]!r} to another row",
                    created_at=utcnow(),
                )
            )
            conn.execute(sa.delete(table).where(table.c.id == other["id"]))


def insert_rows(conn: Connection, entity: str, rows: list[dict]) -> int:
    if rows:
        conn.execute(sa.insert(TABLES[entity]), blank_device_only(entity, rows))
    return len(rows)


def delete_rows(conn: Connection, entity: str, ids: Iterable[str]) -> int:
    table = TABLES[entity]
    ids = list(ids)
    removed = 0
    for start in range(0, len(ids), 500):
        removed += conn.execute(
            sa.delete(table).where(table.c.id.in_(ids[start : start + 500]))
        ).rowcount
    return removed


LEFT_SCOPE = "sync.left_scope"


def remove_left_scope(conn: Connection, entity: str, central_ids: set[str]) -> tuple[int, list]:
    """After a full pull: remove the rows of `entity` that came from the central database
    (row_version > 0) but that it no longer returns to this user (another role or office,
    a demotion). Rows never sent (row_version 0) are left for upload and push, which say
    what becomes of them. A removed row's local changes not yet sent leave the outbox for
    `sync_rejections` (message key `sync.left_scope`): kept, not lost, not sent.

    Returns (rows removed, the rejections as the sync report lists them)."""
    from app.db.models import SyncRejection
    from app.db.types import utcnow

    table = TABLES[entity]
    local_ids = conn.execute(sa.select(table.c.id).where(table.c.row_version > 0)).scalars()
    gone = [i for i in local_ids if i not in central_ids]
    if not gone:
        return 0, []
    outbox = OutboxEntry.__table__
    rejected = []
    for start in range(0, len(gone), 500):
        part = gone[start : start + 500]
        entries = conn.execute(
            sa.select(outbox).where(outbox.c.entity_id.in_(part)).order_by(outbox.c.seq)
        ).all()
        for entry in entries:
            detail = "no longer part of what your role and office may read centrally"
            conn.execute(
                sa.insert(SyncRejection.__table__).values(
                    entity=entry.entity,
                    entity_id=entry.entity_id,
                    operation=entry.operation,
                    payload=entry.payload,
                    message_key=LEFT_SCOPE,
                    detail=detail,
                    created_at=utcnow(),
                )
            )
            rejected.append(
                {
                    "entity": entry.entity,
                    "entity_id": entry.entity_id,
                    "message_key": LEFT_SCOPE,
                    "detail": detail,
                }
            )
        if entries:
            conn.execute(sa.delete(outbox).where(outbox.c.entity_id.in_(part)))
    return delete_rows(conn, entity, gone), rejected
