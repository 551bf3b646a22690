"""Pull: the central changes this user may read, into the device, page by page.

The change feed is read in commit order: entries are ordered by (feed key, id) and
only entries below the central `sync_feed_horizon()` are read, a statement earlier than
the read itself. The horizon waits only for transactions that are writing the change
log (migration 0005 explains why a push that commits late can never land behind the
cursor, DESIGN §4.3, and why an idle transaction that writes nothing holds back no one). For each page the rows are read as they
are now (row-level security applies: a row the user may no longer read comes back
missing and the device drops its copy), applied in one SQLite transaction together
with the new cursor (§4.4). Tombstones are rows like any other (§4.6).

The first pull of a device reads the tables themselves in one repeatable-read snapshot
and sets the cursor to that snapshot's horizon: faster than replaying the feed.
A row with local changes waiting in the outbox is left as it is: its push merges
with the central version and brings the result back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from app.db.engine import Database
from app.sync.local import (
    CURSOR,
    central_select,
    delete_rows,
    insert_rows,
    local_write,
    pending_ids,
    remove_left_scope,
    set_state,
    upsert_rows,
)
from app.sync.tables import ORDER, TABLES

Progress = Callable[[int, int, str], None]

# below it every entry is visible (0005: only transactions that wrote the log hold it)
HORIZON = sa.text("SELECT public.sync_feed_horizon()")
FULL_PULL_CHUNK = 5_000
MAX_ID = 2**63 - 1


@dataclass
class PullResult:
    pulled: int = 0
    removed: int = 0
    removed_by_table: dict[str, int] = field(default_factory=dict)
    # local changes of removed rows, moved to sync_rejections (key sync.left_scope)
    rejected: list[dict] = field(default_factory=list)
    cancelled: bool = False

    def count_removed(self, entity: str, rows: int) -> None:
        if rows:
            self.removed += rows
            self.removed_by_table[entity] = self.removed_by_table.get(entity, 0) + rows


def parse_cursor(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    txid, _, entry = text.partition(":")
    return int(txid), int(entry)


def _snapshot(rc: Connection) -> None:
    rc.execute(sa.text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))


def full_pull(
    db: Database,
    engine: Engine,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk: int = FULL_PULL_CHUNK,
) -> PullResult:
    """Every row the user may read, from one consistent snapshot, applied in one local
    transaction with the cursor: a cancel or a cut leaves the device as it was.

    Rows the device got from the central database earlier and that the snapshot no
    longer holds (the user's role or office changed, a demotion) are removed in the
    same transaction, children before parents (issue 7, point 3)."""
    result = PullResult()
    try:
        _full_pull(db, engine, result, progress, cancelled, chunk)
    except _Cancelled:
        return PullResult(cancelled=True)
    return result


def _full_pull(db, engine, result, progress, cancelled, chunk) -> None:
    with engine.connect() as rc, rc.begin():
        _snapshot(rc)
        horizon = rc.execute(HORIZON).scalar_one()
        with local_write(db) as lc:
            pending = pending_ids(lc)
            central_ids: dict[str, set[str] | None] = {}
            for model in ORDER:
                table = model.__table__
                name = table.name
                empty = lc.execute(sa.select(table.c.id).limit(1)).first() is None
                seen: set[str] | None = None if empty else set()
                stream = rc.execution_options(yield_per=chunk).execute(central_select(table))
                for part in stream.mappings().partitions(chunk):
                    if cancelled is not None and cancelled():
                        raise _Cancelled()
                    rows = [dict(r) for r in part]
                    if seen is None:
                        insert_rows(lc, name, rows)
                    else:
                        seen.update(r["id"] for r in rows)
                        upsert_rows(lc, name, [r for r in rows if r["id"] not in pending])
                    result.pulled += len(rows)
                    if progress is not None:
                        progress(result.pulled, 0, f"pull:{name}")
                central_ids[name] = seen
            for model in reversed(ORDER):  # children before parents
                name = model.__tablename__
                if central_ids[name] is None:  # the table was empty: nothing to remove
                    continue
                removed, rejected = remove_left_scope(lc, name, central_ids[name])
                result.count_removed(name, removed)
                result.rejected += rejected
            set_state(lc, CURSOR, f"{horizon - 1}:{MAX_ID}")


class _Cancelled(Exception):
    pass


def pull_changes(
    db: Database,
    engine: Engine,
    cursor: tuple[int, int],
    page_size: int = 2_000,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PullResult:
    """Follow the change feed from `cursor` until it is drained."""
    result = PullResult()
    with engine.connect() as rc:
        while True:
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            with rc.begin():
                _snapshot(rc)
                entries = rc.execute(
                    sa.text(
                        "SELECT txid, id, entity, entity_id FROM sync_change_log "
                        "WHERE (txid, id) > (:t, :i) "
                        "AND txid < (SELECT public.sync_feed_horizon()) "
                        "ORDER BY txid, id LIMIT :n"
                    ),
                    {"t": cursor[0], "i": cursor[1], "n": page_size},
                ).all()
                if not entries:
                    break
                wanted: dict[str, set[str]] = defaultdict(set)
                for entry in entries:
                    wanted[entry.entity].add(str(entry.entity_id))
                found: dict[str, list[dict]] = {}
                for entity, ids in wanted.items():
                    table = TABLES.get(entity)
                    if table is None:
                        continue
                    found[entity] = [
                        dict(r)
                        for r in rc.execute(
                            central_select(table).where(table.c.id.in_(list(ids)))
                        ).mappings()
                    ]
            cursor = (entries[-1].txid, entries[-1].id)
            with local_write(db) as lc:
                for entity in [m.__tablename__ for m in ORDER]:
                    if entity not in wanted:
                        continue
                    ids = wanted[entity]
                    rows = found.get(entity, [])
                    pending = pending_ids(lc, ids)
                    result.pulled += upsert_rows(
                        lc, entity, [r for r in rows if r["id"] not in pending]
                    )
                    gone = ids - {r["id"] for r in rows} - pending
                    if gone:  # left this user's scope
                        result.count_removed(entity, delete_rows(lc, entity, gone))
                set_state(lc, CURSOR, f"{cursor[0]}:{cursor[1]}")
            if progress is not None:
                progress(result.pulled, 0, "pull")
            if len(entries) < page_size:
                break
    return result
