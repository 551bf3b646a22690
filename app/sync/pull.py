"""Pull: the central changes this user may read, into the device, page by page.

The change feed is read in commit order: entries are ordered by (feed key, id) and
only entries below the central `sync_feed_horizon()` are read, a statement earlier than
the read itself. The horizon waits only for transactions that are writing the change
log (migration 0005 explains why a push that commits late can never land behind the
cursor, DESIGN §4.3, and why an idle transaction that writes nothing holds back no one). For each page the rows are read as they
are now (row-level security applies: a row the user may no longer read comes back
missing and the device drops its copy), applied in one SQLite transaction together
with the new cursor (§4.4). Tombstones are rows like any other (§4.6).

The first pull of a device reads the tables themselves, faster than replaying the
feed, in pages of short transactions (issue 14, point 2): the feed horizon is read once
at the start, each page is one statement of its own (no snapshot held for minutes, so
no other device's pull and no vacuum waits on it) and is applied locally together with
where the pull stands (`FIRST_PULL`), so a cut or a cancel resumes at the next page.
Then the cursor is set to the horizon read at the start, and the feed brings everything
written meanwhile. A row whose parent came in after that parent's table was read is
left for the feed too (its parent, written after the horizon, is in the feed, and so is
the row that points to it).
A row with local changes waiting in the outbox is left as it is: its push merges
with the central version and brings the result back.
"""

from __future__ import annotations

import json
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
    read_state,
    remove_left_scope,
    set_state,
    upsert_rows,
)
from app.sync.tables import ORDER, TABLES

Progress = Callable[[int, int, str], None]

# below it every entry is visible (0005: only transactions that wrote the log hold it)
HORIZON = sa.text("SELECT public.sync_feed_horizon()")
FEED_PAGE = sa.text(
    "SELECT txid, id, entity, entity_id FROM sync_change_log "
    "WHERE (txid, id) > (:t, :i) AND txid < :h ORDER BY txid, id LIMIT :n"
)
# the horizon, then the first page below it, in one call (0019): two statements on
# the server, one round trip; one row with the horizon alone when nothing waits
FEED_FIRST_PAGE = sa.text(
    "SELECT horizon, txid, id, entity, entity_id FROM public.sync_feed_page(:t, :i, :n)"
)
FULL_PULL_CHUNK = 5_000
MAX_ID = 2**63 - 1
ID_PAGE = 50_000
#: where a first pull stands: {"horizon", "table", "after", "nonempty"} (JSON)
FIRST_PULL = "sync_first_pull"


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


def full_pull(
    db: Database,
    engine: Engine,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk: int = FULL_PULL_CHUNK,
) -> PullResult:
    """Every row the user may read, page by page; a cut or a cancel keeps the pages
    already applied and the next round goes on from there.

    Rows the device got from the central database earlier and that the central database
    no longer gives this user (the user's role or office changed, a demotion) are
    removed at the end, with the cursor, children before parents (issue 7, point 3)."""
    result = PullResult()
    try:
        _full_pull(db, engine, result, progress, cancelled, chunk)
    except _Cancelled:
        return PullResult(cancelled=True, pulled=result.pulled)
    return result


def _start(db: Database, engine: Engine) -> dict:
    state = read_state(db).get(FIRST_PULL)
    if state:
        return json.loads(state)
    with engine.connect() as rc:
        horizon = rc.execute(HORIZON).scalar_one()
        rc.commit()
    with local_write(db) as lc:
        nonempty = [
            m.__tablename__
            for m in ORDER
            if lc.execute(sa.select(m.__table__.c.id).limit(1)).first() is not None
        ]
        state = {"horizon": horizon, "table": ORDER[0].__tablename__, "after": None}
        state["nonempty"] = nonempty
        set_state(lc, FIRST_PULL, json.dumps(state))
    return state


def _orphans(lc: Connection, table, ids: list) -> set:
    """Rows of this page whose synced parent the device does not have (yet)."""
    found: set = set()
    for fk in table.foreign_keys:
        parent = fk.column
        if parent.table.name not in TABLES:
            continue
        found.update(
            lc.execute(
                sa.select(table.c.id).where(
                    table.c.id.in_(ids),
                    fk.parent.is_not(None),
                    ~sa.exists().where(parent == fk.parent),
                )
            ).scalars()
        )
    return found


def _full_pull(db, engine, result, progress, cancelled, chunk) -> None:
    state = _start(db, engine)
    names = [m.__tablename__ for m in ORDER]
    with engine.connect() as rc:
        for name in names[names.index(state["table"]) :]:
            table = TABLES[name]
            after = state["after"] if name == state["table"] else None
            while True:
                if cancelled is not None and cancelled():
                    raise _Cancelled()
                query = central_select(table).order_by(table.c.id).limit(chunk)
                if after is not None:
                    query = query.where(table.c.id > after)
                with rc.begin():  # one statement: no snapshot kept between pages
                    rows = [dict(r) for r in rc.execute(query).mappings()]
                with local_write(db) as lc:
                    lc.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                    if rows:
                        pending = pending_ids(lc, [r["id"] for r in rows])
                        mine = [r for r in rows if r["id"] not in pending]
                        if name in state["nonempty"]:
                            upsert_rows(lc, name, mine)
                        else:
                            insert_rows(lc, name, mine)
                        orphans = _orphans(lc, table, [r["id"] for r in mine])
                        if orphans:  # the feed brings them with their parent
                            lc.execute(sa.delete(table).where(table.c.id.in_(orphans)))
                        result.pulled += len(rows)
                    after = str(rows[-1]["id"]) if len(rows) == chunk else None
                    state["table"], state["after"] = name, after
                    if after is None and name != names[-1]:
                        state["table"] = names[names.index(name) + 1]
                    set_state(lc, FIRST_PULL, json.dumps(state))
                if progress is not None:
                    progress(result.pulled, 0, f"pull:{name}")
                if after is None:
                    break
        with local_write(db) as lc:
            for model in reversed(ORDER):  # children before parents
                name = model.__tablename__
                if name not in state["nonempty"]:  # the table was empty: nothing to remove
                    continue
                removed, rejected = remove_left_scope(lc, name, _central_ids(rc, TABLES[name]))
                result.count_removed(name, removed)
                result.rejected += rejected
            set_state(lc, CURSOR, f"{state['horizon'] - 1}:{MAX_ID}")
            set_state(lc, FIRST_PULL, None)


def _central_ids(rc: Connection, table) -> set[str]:
    ids: set[str] = set()
    after = None
    while True:
        query = sa.select(table.c.id).order_by(table.c.id).limit(ID_PAGE)
        if after is not None:
            query = query.where(table.c.id > after)
        with rc.begin():
            page = [str(i) for i in rc.execute(query).scalars()]
        ids.update(page)
        if len(page) < ID_PAGE:
            return ids
        after = page[-1]


class _Cancelled(Exception):
    pass


def pull_changes(
    db: Database,
    engine: Engine,
    cursor: tuple[int, int],
    page_size: int = 2_000,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    connection: Connection | None = None,
    horizon: int | None = None,
) -> PullResult:
    """Follow the change feed from `cursor` until it is drained, up to the feed horizon:
    `horizon` when the caller read it, else read with the first page.

    The horizon is read only after a transaction of this round that wrote (and so took
    a transaction id) has committed: a change's feed key can be above its own
    transaction id (the server's "latest ended + 1" when it wrote), and the horizon
    passes that key only once a transaction id at least as young has ended; read before
    then, it leaves out a change committed before the round began until some later
    transaction on the server ends. The first page's entries are read in the same call
    (`sync_feed_page`, 0019) but by a later statement on the server than the horizon's,
    which is all migration 0005 asks.

    Each page costs two statements whatever its size: its entries, then per table the
    rows they name, read later still, so a row may be newer than its entry: never
    older, and the newer change's own entry comes after the cursor, so nothing is
    skipped (DESIGN §4.3)."""
    result = PullResult()
    rc = connection or engine.connect()
    try:
        while True:
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            with rc.begin():
                place = {"t": cursor[0], "i": cursor[1], "n": page_size}
                if horizon is None:  # the first page reads the horizon too (0019)
                    rows = rc.execute(FEED_FIRST_PAGE, place).all()
                    horizon = rows[0].horizon
                    entries = [row for row in rows if row.txid is not None]
                else:
                    entries = rc.execute(FEED_PAGE, {**place, "h": horizon}).all()
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
    finally:
        if connection is None:
            rc.close()
    return result
