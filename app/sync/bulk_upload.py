"""The first upload at bulk speed: all-or-nothing, in one central transaction.

The rows a device made before it ever connected (`row_version` 0) go up table by table,
parents first, as a few large statements instead of one round trip per row:

- Read: the rows as SQLite stores them, without building Python values. Each stored
  form is also the PostgreSQL input of the same column (`STORED_AS_INPUT`): ids as 32
  hex digits, dates as ISO text, times as UTC text (the upload's transaction sets its
  time zone to UTC), booleans as 0/1, money as whole cents, decimals as exact text,
  JSON as its text. So a row is passed on as it was read, and the central database
  converts each value exactly as its own input does.
- Staging: each batch goes by `COPY` into a staging table (`sync_upload_stage`, 0016):
  made by the schema's owner in this session's own temporary schema, shaped like the
  synced table, dropped at commit. A login has no TEMP privilege of its own, and COPY
  refuses a table under row-level security; no other session sees the staging table.
- Apply: one set-based `INSERT ... SELECT` per batch, as the login, so the same checks
  as the row-by-row upload hold: the row-level security policies (office scope), the
  foreign keys, the check constraints, and the triggers that stamp `row_version`, blank
  PIN hashes, guard loan decisions and write the change log entries (with their
  "touch" entries) that the other devices pull, once per statement (0016). The row's
  own `updated_at` is sent and kept, on both sides.
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
The user keeps working meanwhile: a change made after the rows were read stays in the
outbox and goes up with the next push (`forget_sent`).
While the transaction runs it holds the change feed's lock, so other devices' pulls see
the upload's entries only once it ends (seconds for an office).
"""

from __future__ import annotations

import queue
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

import psycopg
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from app.db.engine import Database
from app.db.types import DecimalText, Money, TextUuid, UTCDateTime
from app.sync.local import DEVICE_ONLY, local_write
from app.sync.push import REJECTION_KEYS
from app.sync.remote import SyncRefused, is_central_error, is_offline
from app.sync.tables import ORDER, TABLES

Progress = Callable[[int, int, str], None]
BATCH = 10_000

OUTSIDE_ROLE = "sync.upload_outside_role"
DUPLICATE = REJECTION_KEYS["23505"]
MISSING_PARENT = REJECTION_KEYS["23503"]

# Column types whose SQLite stored form PostgreSQL reads as the same value (see the
# module's doc). Money and DecimalText before Integer and String: they are neither.
STORED_AS_INPUT = (
    TextUuid,
    UTCDateTime,
    Money,
    DecimalText,
    sa.Date,
    sa.Boolean,
    sa.Integer,
    sa.String,
    sa.JSON,
)


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


def stored_columns(table: sa.Table) -> list[sa.Column]:
    """The columns of `table`, each checked to travel in its stored form; a column type
    not in `STORED_AS_INPUT` (a float, a plain DateTime) is a TypeError here, before
    any value goes wrong centrally."""
    for column in table.columns:
        if not isinstance(column.type, STORED_AS_INPUT):
            raise TypeError(
                f"{table.name}.{column.name}: {type(column.type).__name__} is not known to "
                "travel in its SQLite form; convert it or add it to STORED_AS_INPUT"
            )
    return list(table.columns)


def unsent_query(table: sa.Table) -> str:
    """The rows of `table` never sent, as SQLite stores them, in the order of
    `stored_columns`: device-only columns blank, `row_version` already the 1 the
    central database gives an inserted row (0016 then skips stamping it). Then, last,
    the row's place in the file (`rowid`), where it is marked as sent."""
    hidden = DEVICE_ONLY.get(table.name, frozenset())

    def value(column: sa.Column) -> str:
        if column.name in hidden:
            return "''"
        return "1" if column.name == "row_version" else f'"{column.name}"'

    values = ", ".join(value(c) for c in stored_columns(table))
    return f'SELECT {values}, rowid FROM "{table.name}" WHERE row_version = 0'


def unsent_rows(lc: Connection, table: sa.Table, batch: int) -> Iterator[Sequence[Sequence]]:
    """`unsent_query`'s rows, `batch` at a time, in the file's order; `row[:-1]` is
    what goes up."""
    result = lc.exec_driver_sql(unsent_query(table))
    while part := result.fetchmany(batch):
        yield part


class _Reader:
    """The rows never sent, table by table in ORDER, read on a thread of their own while
    the central database takes the previous batch (the two overlap; at most `ahead`
    batches wait). Iterating gives (table, rows) and (table, None) at each table's end;
    an error of the reader is raised here; `close` stops it."""

    def __init__(self, db: Database, batch: int, ahead: int = 2):
        self._queue: queue.Queue = queue.Queue(maxsize=ahead)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(db, batch), name="upload-reader", daemon=True
        )
        self._thread.start()

    def _put(self, item) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self, db: Database, batch: int) -> None:
        try:
            with db.engine.connect() as lc:
                for model in ORDER:
                    table = model.__table__
                    for part in unsent_rows(lc, table, batch):
                        if not self._put((table, part)):
                            return
                    if not self._put((table, None)):
                        return
            self._put(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the uploading thread
            self._put(exc)

    def __iter__(self):
        while (item := self._queue.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


def column_list(table: sa.Table) -> str:
    return ", ".join(f'"{c.name}"' for c in stored_columns(table))


def _canonical(hex_id: str) -> str:
    h = hex_id
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _refused(entity: str, exc: sa.exc.DBAPIError) -> UploadRefused:
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", "") or ""
    diag = getattr(orig, "diag", None)
    primary = getattr(diag, "message_primary", None) or str(orig).splitlines()[0]
    detail = getattr(diag, "message_detail", None)
    text = f"{primary}: {detail}" if detail else primary
    return UploadRefused(entity, REJECTION_KEYS.get(sqlstate, "sync.rejected_invalid"), text)


def row_counts(db: Database) -> dict[str, int]:
    """Rows per synced table, sent or not: a count SQLite answers from an index, where
    counting the unsent rows would read every row once more. The progress total."""
    with db.engine.connect() as lc:
        return {
            m.__tablename__: lc.exec_driver_sql(
                f'SELECT count(*) FROM "{m.__tablename__}"'
            ).scalar()
            for m in ORDER
        }


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
    counts = row_counts(db)
    with db.engine.connect() as lc:  # before any row is read
        through = outbox_through(lc)
    total = sum(counts.values())
    staying: dict[str, set[str]] = {}  # ids (hex, as stored) that stay on the device
    sent: dict[str, list[tuple]] = {}  # (rowid, id) the central database took, per table
    not_uploaded: Counter = Counter()
    already = 0
    done = 0
    entity = ""
    with engine.connect() as rc:
        reader = _Reader(db, batch)
        try:
            with rc.begin():
                # stored times are UTC text: read as UTC, for this transaction only
                rc.exec_driver_sql("SET LOCAL TIME ZONE 'UTC'")
                _session_memory(rc)
                raw = rc.connection.driver_connection
                filters: dict[str, Callable] = {}
                for table, part in reader:
                    entity = table.name
                    if part is None:  # the table's end: progress counts its sent rows too
                        done = max(done, sum(counts[t] for t in _through(entity)))
                        if progress is not None:
                            progress(min(done, total), total, f"upload:{entity}")
                        continue
                    if cancelled is not None and cancelled():
                        raise _Cancelled
                    if entity not in filters:
                        filters[entity] = _filter(scope, table, staying, not_uploaded)
                    keep = filters[entity]
                    allowed = [row for row in part if keep(row)]
                    if allowed:
                        already += _apply(
                            raw,
                            table,
                            allowed,
                            sent.setdefault(entity, []),
                            staying.setdefault(entity, set()),
                            not_uploaded,
                        )
                    done += len(part)
                    if progress is not None:
                        progress(min(done, total), total, f"upload:{entity}")
        except _Cancelled:
            result.cancelled = True
            return result
        except sa.exc.DBAPIError as exc:
            if is_offline(exc) or not is_central_error(exc):  # not a refusal
                raise
            raise _refused(entity, exc) from exc
        finally:
            reader.close()
    _mark_sent(db, sent, through)
    result.uploaded += sum(len(rows) for rows in sent.values())
    result.already_central += already
    result.not_uploaded.update(not_uploaded)
    return result


#: the staging table of a batch and the statement trigger's transition table (the rows
#: one INSERT inserted) are kept in memory instead of temporary files: PostgreSQL's
#: defaults (8 MB, 4 MB) are smaller than one batch of the widest tables
STAGE_MEMORY = "SELECT set_config('temp_buffers', %s, true), set_config('work_mem', %s, true)"
TEMP_BUFFERS = "64MB"
WORK_MEM = "64MB"


def _session_memory(rc: Connection) -> None:
    """Room for a batch in memory, for this transaction only. `temp_buffers` can only
    change before the session's first temporary table: on a session that had one
    already (a second upload on a pooled connection) only `work_mem` changes."""
    raw = rc.connection.driver_connection
    try:
        with raw.transaction():  # a savepoint: a refused setting leaves the upload's intact
            raw.execute(STAGE_MEMORY, (TEMP_BUFFERS, WORK_MEM))
    except psycopg.errors.InvalidParameterValue:
        raw.execute("SELECT set_config('work_mem', %s, true)", (WORK_MEM,))


def _through(entity: str) -> list[str]:
    """The synced tables up to and including `entity`, in ORDER."""
    names = [m.__tablename__ for m in ORDER]
    return names[: names.index(entity) + 1]


def _filter(
    scope: dict, table: sa.Table, staying: dict[str, set[str]], not_uploaded: Counter
) -> Callable[[Sequence], bool]:
    """Whether a stored row of `table` goes up; one that stays is counted, with why: the
    role may not write it, or a row it names stays on the device."""
    entity = table.name
    positions = {c.name: i for i, c in enumerate(stored_columns(table))}
    key, office = positions["id"], positions["office_id"]
    links = [(positions[c], staying.setdefault(p, set())) for c, p in parents(table)]
    stay = staying.setdefault(entity, set())
    offices: dict[str, bool] = {}

    def keep(row: Sequence) -> bool:
        where = row[office]
        allowed = offices.get(where)
        if allowed is None:
            allowed = offices[where] = may_write(scope, entity, _canonical(where))
        if not allowed:
            reason = OUTSIDE_ROLE
        elif any(row[i] is not None and row[i] in ids for i, ids in links):
            reason = MISSING_PARENT  # its parent stays on the device
        else:
            return True
        stay.add(row[key])
        not_uploaded[(entity, reason)] += 1
        return False

    return keep


def _apply(
    raw: psycopg.Connection,
    table: sa.Table,
    rows: list[Sequence],
    took: list[tuple],
    stay: set[str],
    not_uploaded: Counter,
) -> int:
    """One batch: staged by COPY, inserted set-based; (rowid, id) of each row taken go
    into `took`, in the file's order. Returns how many rows the central database had
    already (same id)."""
    entity = table.name
    names = column_list(table)
    key = [c.name for c in stored_columns(table)].index("id")
    statement = ""
    try:
        with raw.cursor() as cursor:
            statement = "SELECT public.sync_upload_stage(%s)"
            stage = cursor.execute(statement, (entity,)).fetchone()[0]
            statement = f"COPY {stage} ({names}) FROM STDIN"
            with cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row[:-1])
            # only the ids NOT inserted come back (usually none): 10,000 ids a batch
            # read back and compared cost the client more than the insert's checks
            statement = (
                f'WITH taken AS (INSERT INTO public."{entity}" ({names}) '
                f"SELECT {names} FROM {stage} ON CONFLICT DO NOTHING RETURNING id) "
                f"SELECT s.id FROM {stage} s WHERE NOT EXISTS "
                "(SELECT 1 FROM taken WHERE taken.id = s.id)"
            )
            left = [i.hex for (i,) in cursor.execute(statement)]
            if not left:
                took.extend((r[-1], r[key]) for r in rows)
                return 0
            refused = set(left)
            took.extend((r[-1], r[key]) for r in rows if r[key] not in refused)
            if not left:
                return 0
            # not inserted: the same id is central already (left to the pull), or a
            # unique number of the row is taken by another record (stays here, said)
            statement = f'SELECT id FROM public."{entity}" WHERE id = ANY(%s::uuid[])'
            known = {i.hex for (i,) in cursor.execute(statement, (left,))}
    except psycopg.Error as exc:  # as SQLAlchemy would have raised it
        raise sa.exc.DBAPIError.instance(statement, None, exc, psycopg.Error) from exc
    taken = [i for i in left if i not in known]
    stay.update(taken)
    if taken:
        not_uploaded[(entity, DUPLICATE)] += len(taken)
    return len(known)


def outbox_through(lc: Connection) -> int:
    """The outbox's highest seq now: every change up to it is in the rows read after
    (a change and its outbox entry are written in one transaction)."""
    return lc.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM outbox").scalar()


def forget_sent(lc: Connection, ids: list[tuple[str]], through: int) -> None:
    """The outbox after the rows `ids` went up as they were read once the outbox's
    highest seq was `through`: what they carried leaves it (the changes up to
    `through`, and the row's insert: a row read had been inserted). A change made
    later (the user kept working during the upload) stays, to be pushed, now starting
    from the version the upload gave the row (1): it is never lost; pushed again
    when the rows read had it already, it changes nothing."""
    lc.exec_driver_sql(
        "DELETE FROM outbox WHERE entity_id = ? AND (seq <= ? OR operation = 'insert')",
        [(i, through) for (i,) in ids],
    )
    lc.exec_driver_sql(
        "UPDATE outbox SET base_version = 1 WHERE entity_id = ? AND base_version = 0",
        ids,
    )


MARK_CHUNK = 5_000


def _mark_sent(db: Database, sent: dict[str, list[tuple]], through: int) -> None:
    """The rows the central database took are sent: row_version 1, their own
    `updated_at` kept, and what they carried out of the outbox (`forget_sent`; the
    outbox's highest seq was `through` when they were read).

    In local transactions of `MARK_CHUNK` rows: each row marked is central already, so a
    stop half-way leaves only rows that the next upload finds central (same id) and
    leaves to the pull; between two chunks the user's own writes go through, and the
    write-ahead log stays small enough to be reused instead of growing by the size of
    the whole database (an encrypted page written twice, and the file grown page by
    page, cost more than the update itself).

    Each row is found by its place in the file, in the file's order, and only if it is
    still the row with that id there (SmartDesk runs no VACUUM, which could renumber; a
    row missed would keep row_version 0 until the pull brings its central version): the
    file is rewritten in one pass, where looking each id up in the id index reads it at
    random, page by page (minutes for a national database)."""
    with db.engine.connect() as lc:
        outbox = lc.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM outbox)").scalar()
    for entity, rows in sent.items():
        for start in range(0, len(rows), MARK_CHUNK):
            part = rows[start : start + MARK_CHUNK]
            with local_write(db) as lc:
                lc.exec_driver_sql(
                    f'UPDATE "{entity}" SET row_version = 1 WHERE rowid = ? AND id = ?', part
                )
                if outbox:
                    forget_sent(lc, [(i,) for _, i in part], through)
