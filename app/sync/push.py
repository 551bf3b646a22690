"""Push: the outbox goes to the central database in order, in batches, exactly once.

For each entry, in the batch's central transaction:
1. `sync_applied` gets (device, seq). If it is already there the entry was applied
   before (its confirmation was lost: a cut connection, a killed program), so nothing
   is applied again and the recorded outcome is returned (DESIGN §4.2).
2. The central row is locked and compared with the version the device started from;
   `merge` decides: write the device's fields, nothing to do, or a conflict.
3. A refusal by the database (row-level security, a number already taken) is recorded
   as the entry's outcome too, inside a savepoint, so the rest of the batch goes on.

A batch costs a number of statements that does not grow with its entries (issue 14,
point 4): per table the rows are locked in one SELECT, written in one INSERT and one
UPDATE per shape of change, and the claims go in with their outcomes in one statement
at the end. Should a claim be taken already, the batch goes again claiming first; should
the database refuse any of it, the batch goes again entry by entry as above, which says
which entry was refused and why (the outcomes are the same either way).

Only after the central commit does the device remove the entries from its outbox, in
one local transaction with the rows as the central database now has them (§4.1).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from app.db.engine import Database
from app.db.models import AuditEntry, OutboxEntry, SyncConflict, SyncRejection
from app.db.types import jsonable, utcnow
from app.sync.local import (
    blank_device_only,
    central_columns,
    central_select,
    local_write,
    upsert_rows,
    without_device_only,
)
from app.sync.merge import merge, shown_during_conflict
from app.sync.remote import SyncRefused, is_offline
from app.sync.tables import STATE_RULES, TABLES, from_json, past_draft, to_json

Progress = Callable[[int, int, str], None]

REJECTION_KEYS = {
    "42501": "sync.rejected_not_allowed",  # privilege or row-level security
    "23505": "sync.rejected_duplicate",  # a unique number or login already taken
    "23503": "sync.rejected_missing_parent",
}


# Not a verdict on the change but on the moment (a lock held by another session, a
# statement the server ended, a serialization failure): the round stops, the entry stays
# in the outbox and goes again next round. Never a rejection.
TRANSIENT_STATES = frozenset({"55P03", "57014", "40001", "40P01"})


class PushRefused(SyncRefused):
    """The central database will not record this device's change (device, seq) at all:
    the exactly-once record is refused or held by someone else. The push stops; every
    entry stays in the outbox (nothing is lost) and the report says why."""


def _refused(device_id: str, seq: int, detail: str) -> PushRefused:
    return PushRefused(
        "sync.push_refused",
        f"the central database refused change {seq} of this device ({device_id}): "
        f"{detail}. Your changes stay on this device; ask your administrator.",
    )


def _central_json(table, row) -> dict:
    """A central row in the JSON form of `snapshot`, without device-only columns."""
    return {c.key: jsonable(row[c.key]) for c in central_columns(table)}


class SequenceReused(Exception):
    """The central side holds this (device, seq) for a different change: the device's
    database was restored from an older copy. The device takes a new id and pushes again
    (the entries that were really applied still match, the others are new)."""


def _digest(entry) -> str:
    text = json.dumps(
        {"id": str(entry.entity_id), "payload": entry.payload}, sort_keys=True, default=str
    )
    return hashlib.sha256(text.encode()).hexdigest()[:32]


@dataclass
class Outcome:
    seq: int
    entity: str
    entity_id: str
    operation: str
    payload: dict
    before: dict | None
    kind: str = "applied"  # applied | noop | conflict | rejected | folded
    replayed: bool = False
    row: dict | None = None  # the central row now, as this user may see it
    own_version: bool = False  # the central version is exactly this device's write
    fields: tuple[str, ...] = ()
    reason: str = ""
    message_key: str = ""
    detail: str = ""


@dataclass
class PushResult:
    pushed: int = 0
    conflicts: int = 0
    rejected: list[dict] = field(default_factory=list)
    cancelled: bool = False


def before_of(conn: Connection, entry) -> dict | None:
    """The row as the device saw it when it made this change: the audit entry written
    in the same transaction as the outbox entry has it."""
    return befores_of(conn, [entry])[entry.seq]


#: the audit entry of a change is written in the same flush as its outbox entry
SAME_FLUSH = timedelta(seconds=5)


def befores_of(conn: Connection, entries: list) -> dict[int, dict | None]:
    """`before_of` for a batch, in one query: the audit entries of the batch's rows
    written around the batch's changes; for each change the one closest in time whose
    `after` is the change's payload."""
    befores: dict[int, dict | None] = {e.seq: None for e in entries}
    changed = [e for e in entries if e.operation != "insert"]
    if not changed:
        return befores
    times = [e.created_at for e in changed if e.created_at is not None]
    found: dict[tuple[str, str], list] = {}
    ids = sorted({str(e.entity_id) for e in changed})
    for start in range(0, len(ids), 500):
        query = (
            sa.select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.at)
            .add_columns(AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.entity_id.in_(ids[start : start + 500]))
            .order_by(AuditEntry.at.desc())
        )
        if len(times) == len(changed):
            query = query.where(
                AuditEntry.at >= min(times) - SAME_FLUSH, AuditEntry.at <= max(times) + SAME_FLUSH
            )
        rows = conn.execute(query).all()
        for row in rows:
            found.setdefault((row.entity, str(row.entity_id)), []).append(row)
    for entry in changed:
        payload = without_device_only(entry.entity, entry.payload)
        matching = [
            row
            for row in found.get((entry.entity, str(entry.entity_id)), ())
            if without_device_only(entry.entity, row.after) == payload
        ]
        if matching:
            when = entry.created_at
            nearest = min(matching, key=lambda row: abs(row.at - when)) if when else matching[0]
            befores[entry.seq] = without_device_only(entry.entity, nearest.before)
    return befores


def _read(rc: Connection, table, entity_id: str, lock: bool = False) -> dict | None:
    query = central_select(table).where(table.c.id == entity_id)
    if lock:
        query = query.with_for_update()
    row = rc.execute(query).mappings().first()
    return dict(row) if row is not None else None


def _writable(entity: str, values: dict) -> dict:
    return {k: v for k, v in from_json(entity, values).items() if k != "row_version"}


def apply_entry(
    rc: Connection, device_id: str, entry, before: dict | None, known: dict[str, int]
) -> Outcome:
    out = Outcome(
        entry.seq,
        entry.entity,
        entry.entity_id,
        entry.operation,
        without_device_only(entry.entity, entry.payload),
        before,
    )
    table = TABLES.get(entry.entity)
    if table is None:
        out.kind, out.message_key = "rejected", "sync.rejected_unknown_table"
        out.detail = f"{entry.entity} is not a synced table"
        return out
    try:
        claimed = rc.execute(
            sa.text(
                "INSERT INTO sync_applied (device_id, seq, entity, entity_id) "
                "VALUES (:d, :s, :e, :i) ON CONFLICT DO NOTHING RETURNING seq"
            ),
            {"d": device_id, "s": entry.seq, "e": entry.entity, "i": entry.entity_id},
        ).first()
    except sa.exc.DBAPIError as exc:
        if is_offline(exc) or _transient(exc):
            raise
        raise _refused(device_id, entry.seq, _reason(exc)) from exc
    if claimed is None:  # applied before: report what happened then, change nothing
        recorded_row = rc.execute(
            sa.text("SELECT outcome, detail FROM sync_applied WHERE device_id = :d AND seq = :s"),
            {"d": device_id, "s": entry.seq},
        ).first()
        if recorded_row is None:  # the key is taken, but not by this login
            raise _refused(
                device_id, entry.seq, "its record of applied changes is held by another login"
            )
        kind, detail = recorded_row
        recorded = json.loads(detail or "{}")
        if recorded.get("digest") not in (None, _digest(entry)):
            raise SequenceReused(f"{device_id}/{entry.seq}")
        out.kind, out.replayed = kind, True
        out.fields = tuple(recorded.get("fields", ()))
        out.reason = recorded.get("reason", "")
        out.message_key = recorded.get("message_key", "")
        out.detail = recorded.get("detail", "")
        out.row = _read(rc, table, entry.entity_id)
        return out
    savepoint = rc.begin_nested()
    try:
        _apply(rc, table, entry, out, known)
        savepoint.commit()
    except sa.exc.DBAPIError as exc:
        if is_offline(exc) or _transient(exc):
            raise
        savepoint.rollback()
        sqlstate = getattr(exc.orig, "sqlstate", "") or ""
        if _same_person(exc, entry):
            # another device made this person a member first: a conflict to merge,
            # never a second member (issue #9; migration 0007's unique index)
            out.kind, out.reason, out.fields = "conflict", "duplicate_person", ("insz",)
            out.row = _live_member_with_insz(rc, table, entry.payload.get("insz"))
        else:
            out.kind = "rejected"
            out.message_key = REJECTION_KEYS.get(sqlstate, "sync.rejected_invalid")
            out.detail = _reason(exc)
            out.row = _read(rc, table, entry.entity_id)
    rc.execute(
        sa.text(
            "UPDATE sync_applied SET outcome = :o, row_version = :v, detail = :t "
            "WHERE device_id = :d AND seq = :s"
        ),
        _outcome_params(device_id, entry, out),
    )
    return out


def _outcome_params(device_id: str, entry, out: Outcome) -> dict:
    """The parameters of one `sync_applied` outcome (RECORD_OUTCOME, CLAIM_WITH_OUTCOME)."""
    return {
        "o": out.kind,
        "v": (out.row or {}).get("row_version"),
        "d": device_id,
        "s": entry.seq,
        "t": json.dumps(
            {
                "fields": list(out.fields),
                "reason": out.reason,
                "message_key": out.message_key,
                "detail": out.detail,
                "digest": _digest(entry),
            }
        ),
    }


#: the central index that keeps one live member per INSZ (migration 0007)
SAME_PERSON_INDEX = "uq_members_live_insz"


def _same_person(exc: sa.exc.DBAPIError, entry) -> bool:
    diag = getattr(exc.orig, "diag", None)
    return (
        entry.entity == "members"
        and (getattr(exc.orig, "sqlstate", "") or "") == "23505"
        and getattr(diag, "constraint_name", None) == SAME_PERSON_INDEX
    )


def _live_member_with_insz(rc: Connection, table, insz: str | None) -> dict | None:
    """The member the central database already has for this INSZ, when this login may
    read it (a member of another office stays unnamed)."""
    row = (
        rc.execute(
            sa.select(*central_columns(table))
            .where(table.c.insz == insz, table.c.deleted_at.is_(None))
            .limit(1)
        )
        .mappings()
        .first()
    )
    return dict(row) if row is not None else None


def _transient(exc: sa.exc.DBAPIError) -> bool:
    return (getattr(exc.orig, "sqlstate", "") or "") in TRANSIENT_STATES


def _reason(exc: sa.exc.DBAPIError) -> str:
    """What the server said, without the statement or its parameters."""
    diag = getattr(exc.orig, "diag", None)
    return str((diag and diag.message_primary) or exc.orig.__class__.__name__)[:500]


def _apply(rc: Connection, table, entry, out: Outcome, known: dict[str, int]) -> None:
    entity = entry.entity
    current = _read(rc, table, entry.entity_id, lock=True)
    if current is None:
        if entry.operation != "insert":
            out.kind, out.message_key = "rejected", "sync.rejected_not_found"
            out.detail = "the row is not in the central database, or not yours to change"
            return
        row = (
            rc.execute(
                sa.insert(table)
                .values(**_writable(entity, blank_device_only(entity, [entry.payload])[0]))
                .returning(*central_columns(table))
            )
            .mappings()
            .one()
        )
        out.row, out.own_version = dict(row), True
        return
    theirs = _central_json(table, current)
    base_version = max(entry.base_version or 0, known.get(entry.entity_id, 0))
    same_version = entry.operation != "insert" and current["row_version"] == base_version
    result = merge(entity, out.before, entry.payload, theirs, same_version)
    out.row = current
    if result.outcome == "noop":
        out.kind = "noop"
        return
    if result.outcome == "conflict":
        out.kind, out.fields, out.reason = "conflict", result.fields, result.reason
        return
    row = (
        rc.execute(
            sa.update(table)
            .where(table.c.id == entry.entity_id)
            .values(**_writable(entity, without_device_only(entity, result.changes)))
            .returning(*central_columns(table))
        )
        .mappings()
        .first()
    )
    if row is None:  # visible but not writable for this role
        out.kind, out.message_key = "rejected", "sync.rejected_not_allowed"
        out.detail = "your role may read this row but not change it"
        return
    out.row = dict(row)
    out.own_version = same_version


def _folded(entry) -> Outcome:
    return Outcome(
        entry.seq,
        entry.entity,
        entry.entity_id,
        entry.operation,
        entry.payload,
        None,
        kind="folded",
    )


def _chunks(entries: list) -> list[list]:
    """The batch cut where a row comes back: within a chunk every row appears once, so
    its changes can go up together (the next change of a row starts from the first's)."""
    chunks: list[list] = [[]]
    seen: set[str] = set()
    for entry in entries:
        if entry.entity_id in seen:
            chunks.append([])
            seen = set()
        seen.add(entry.entity_id)
        chunks[-1].append(entry)
    return [c for c in chunks if c]


def _apply_batch(
    rc: Connection, device_id: str, entries: list, befores: dict, known: dict[str, int]
) -> list[Outcome]:
    """One batch in one central transaction, chunk by chunk in a number of statements
    that does not grow with its rows (issue 14, point 4). When the database refuses any
    of it (row-level security, a number or a person already there), the transaction is
    undone and the batch goes again entry by entry (`apply_entry`), which says which
    entry was refused and why: the outcomes are exactly those of the entry-by-entry
    path. `known` is updated only with what was committed."""
    for claim_first in (False, True):
        trial = dict(known)
        try:
            with rc.begin():
                outcomes: list[Outcome] = []
                stopped: set[str] = set()  # rows whose earlier entry here conflicted
                for chunk in _chunks(entries):
                    for out in _apply_set(
                        rc, device_id, chunk, befores, trial, stopped, claim_first
                    ):
                        _remember(out, trial, stopped)
                        outcomes.append(out)
            known.update(trial)
            return outcomes
        except _ClaimFirst:
            continue
        except sa.exc.DBAPIError as exc:
            if is_offline(exc) or _transient(exc):
                raise
            break
    outcomes, stopped = [], set()
    with rc.begin():
        for entry in entries:
            if entry.entity_id in stopped:
                outcomes.append(_folded(entry))
                continue
            outcomes.append(apply_entry(rc, device_id, entry, befores[entry.seq], known))
            _remember(outcomes[-1], known, stopped)
    return outcomes


def _remember(out: Outcome, known: dict[str, int], stopped: set[str]) -> None:
    if out.kind == "conflict":
        stopped.add(out.entity_id)
    elif out.own_version and out.row is not None:
        known[out.entity_id] = out.row["row_version"]


class _ClaimFirst(Exception):
    """An entry of the batch was applied before: the batch goes again claiming first."""


CLAIM_MANY = sa.text(
    "INSERT INTO sync_applied (device_id, seq, entity, entity_id) "
    "SELECT CAST(:d AS uuid), u.s, u.e, u.i FROM unnest("
    "CAST(:s AS bigint[]), CAST(:e AS varchar(40)[]), CAST(:i AS uuid[])) AS u(s, e, i) "
    "ON CONFLICT DO NOTHING RETURNING seq"
)
# the claim and the outcome at once, at the end of the chunk: one statement fewer when
# no entry was applied before (the usual case); when one was, the chunk goes again
# with the claims first (`_ClaimFirst`)
CLAIM_WITH_OUTCOME = sa.text(
    "INSERT INTO sync_applied (device_id, seq, entity, entity_id, outcome, row_version, detail) "
    "SELECT CAST(:d AS uuid), u.s, u.e, u.i, u.o, u.v, u.t FROM unnest("
    "CAST(:s AS bigint[]), CAST(:e AS varchar(40)[]), CAST(:i AS uuid[]), "
    "CAST(:o AS varchar(20)[]), CAST(:v AS integer[]), CAST(:t AS text[])) "
    "AS u(s, e, i, o, v, t) ON CONFLICT DO NOTHING RETURNING seq"
)
RECORDED_MANY = sa.text(
    "SELECT seq, outcome, detail FROM sync_applied "
    "WHERE device_id = CAST(:d AS uuid) AND seq = ANY(CAST(:s AS bigint[]))"
)
RECORD_OUTCOME = sa.text(
    "UPDATE sync_applied SET outcome = :o, row_version = :v, detail = :t "
    "WHERE device_id = :d AND seq = :s"
)


def _rows_by_id(rc: Connection, table, ids: list[str], lock: bool) -> dict[str, dict]:
    if not ids:
        return {}
    query = central_select(table).where(table.c.id.in_(ids)).order_by(table.c.id)
    if lock:  # in the order of the ids, as every device does: no deadlock between two
        query = query.with_for_update()
    return {str(r["id"]): dict(r) for r in rc.execute(query).mappings()}


def _apply_set(
    rc: Connection,
    device_id: str,
    chunk: list,
    befores: dict,
    known: dict[str, int],
    stopped: set[str],
    claim_first: bool = False,
) -> list[Outcome]:
    """The chunk in a few set-based statements: claim every (device, seq) at once, lock
    the rows of each table at once, merge on this side, insert and update each table in
    one statement per shape, read the new versions back, record every outcome at once."""
    outs: dict[int, Outcome] = {}
    live = []
    for entry in chunk:
        if entry.entity_id in stopped:
            outs[entry.seq] = _folded(entry)
            continue
        out = Outcome(
            entry.seq,
            entry.entity,
            entry.entity_id,
            entry.operation,
            without_device_only(entry.entity, entry.payload),
            befores[entry.seq],
        )
        outs[entry.seq] = out
        if entry.entity not in TABLES:
            out.kind, out.message_key = "rejected", "sync.rejected_unknown_table"
            out.detail = f"{entry.entity} is not a synced table"
            continue
        live.append(entry)
    if not live:
        return [outs[e.seq] for e in chunk]
    claimed = (
        set(
            rc.scalars(
                CLAIM_MANY,
                {
                    "d": device_id,
                    "s": [e.seq for e in live],
                    "e": [e.entity for e in live],
                    "i": [str(e.entity_id) for e in live],
                },
            )
        )
        if claim_first
        else {e.seq for e in live}
    )
    replayed = [e for e in live if e.seq not in claimed]
    fresh = [e for e in live if e.seq in claimed]
    if replayed:  # applied before: report what happened then, change nothing
        recorded = {
            r.seq: (r.outcome, r.detail)
            for r in rc.execute(RECORDED_MANY, {"d": device_id, "s": [e.seq for e in replayed]})
        }
        for entry in replayed:
            if entry.seq not in recorded:  # the key is taken, but not by this login
                raise _refused(
                    device_id, entry.seq, "its record of applied changes is held by another login"
                )
            kind, detail = recorded[entry.seq]
            said = json.loads(detail or "{}")
            if said.get("digest") not in (None, _digest(entry)):
                raise SequenceReused(f"{device_id}/{entry.seq}")
            out = outs[entry.seq]
            out.kind, out.replayed = kind, True
            out.fields = tuple(said.get("fields", ()))
            out.reason = said.get("reason", "")
            out.message_key = said.get("message_key", "")
            out.detail = said.get("detail", "")
    for entity, table in TABLES.items():  # parents before children (sync ORDER)
        mine = [e for e in fresh if e.entity == entity]
        again = [e for e in replayed if e.entity == entity]
        if again:
            seen = _rows_by_id(rc, table, [str(e.entity_id) for e in again], lock=False)
            for entry in again:
                outs[entry.seq].row = seen.get(str(entry.entity_id))
        if mine:
            _apply_table(rc, table, mine, outs, known)
    if not fresh:
        return [outs[e.seq] for e in chunk]
    said = [_outcome_params(device_id, entry, outs[entry.seq]) for entry in fresh]
    if claim_first:
        rc.execute(RECORD_OUTCOME, said)
        return [outs[e.seq] for e in chunk]
    recorded = set(
        rc.scalars(
            CLAIM_WITH_OUTCOME,
            {
                "d": device_id,
                "s": [e.seq for e in fresh],
                "e": [e.entity for e in fresh],
                "i": [str(e.entity_id) for e in fresh],
                "o": [x["o"] for x in said],
                "v": [x["v"] for x in said],
                "t": [x["t"] for x in said],
            },
        )
    )
    if recorded != {e.seq for e in fresh}:  # some were applied before: judge them first
        raise _ClaimFirst()
    return [outs[e.seq] for e in chunk]


def _apply_table(rc: Connection, table, entries: list, outs: dict, known: dict) -> None:
    """What `_apply` does for one entry, for all of one table's entries of a chunk."""
    entity = table.name
    current = _rows_by_id(rc, table, [str(e.entity_id) for e in entries], lock=True)
    inserts: dict[tuple, list[tuple]] = {}  # shape (columns) -> (entry, values)
    updates: dict[tuple, list[tuple]] = {}
    for entry in entries:
        out = outs[entry.seq]
        row = current.get(str(entry.entity_id))
        if row is None:
            if entry.operation != "insert":
                out.kind, out.message_key = "rejected", "sync.rejected_not_found"
                out.detail = "the row is not in the central database, or not yours to change"
                continue
            values = _writable(entity, blank_device_only(entity, [entry.payload])[0])
            inserts.setdefault(tuple(sorted(values)), []).append((entry, values))
            continue
        theirs = _central_json(table, row)
        base_version = max(entry.base_version or 0, known.get(entry.entity_id, 0))
        same_version = entry.operation != "insert" and row["row_version"] == base_version
        result = merge(entity, out.before, entry.payload, theirs, same_version)
        out.row = row
        if result.outcome == "noop":
            out.kind = "noop"
            continue
        if result.outcome == "conflict":
            out.kind, out.fields, out.reason = "conflict", result.fields, result.reason
            continue
        values = _writable(entity, without_device_only(entity, result.changes))
        out.own_version = same_version  # kept only if the update goes through
        updates.setdefault(tuple(sorted(values)), []).append((entry, values))
    for items in inserts.values():
        made = rc.execute(
            sa.insert(table).returning(*central_columns(table), sort_by_parameter_order=True),
            [values for _, values in items],
        ).mappings()
        for (entry, _), row in zip(items, made, strict=True):
            out = outs[entry.seq]
            out.row, out.own_version = dict(row), True
    for shape, items in updates.items():
        written = _update_many(rc, table, shape, items)
        for entry, _ in items:
            out = outs[entry.seq]
            row = written.get(str(entry.entity_id))
            if row is None:  # visible but not writable for this role
                out.kind, out.message_key = "rejected", "sync.rejected_not_allowed"
                out.detail = "your role may read this row but not change it"
                out.own_version = False
                continue
            out.row = row


def _update_many(rc: Connection, table, shape: tuple, items: list[tuple]) -> dict[str, dict]:
    """One UPDATE for every row of one shape (the same columns set), the rows travelling
    as one JSON parameter unpacked by `jsonb_populate_recordset` (as `bulk_upload`
    does); returns the rows as written: {id: row}. A row this role may read but not
    change is not updated and not returned; one it could change but no longer read
    afterwards makes the statement fail (row-level security on RETURNING), as one
    entry's would."""
    name = table.name
    assignments = ", ".join(f'"{column}" = given."{column}"' for column in shape)
    returned = central_columns(table)
    statement = sa.text(
        f'UPDATE public."{name}" AS t SET {assignments or "id = t.id"} '
        f'FROM jsonb_populate_recordset(NULL::public."{name}", CAST(:rows AS jsonb)) AS given '
        f"WHERE t.id = given.id RETURNING " + ", ".join(f't."{c.name}"' for c in returned)
    ).columns(*returned)
    rows = [
        {"id": str(entry.entity_id), **{k: jsonable(v) for k, v in values.items()}}
        for entry, values in items
    ]
    written = rc.execute(statement, {"rows": json.dumps(rows)}).mappings()
    return {str(r["id"]): dict(r) for r in written}


def push(
    db: Database,
    engine: Engine,
    device_id: str,
    batch_size: int = 200,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    connection: Connection | None = None,
    result: PushResult | None = None,
    device_claimed: bool = False,
) -> PushResult:
    """Send the whole outbox, batch after batch. Raises the connection's error when the
    central database cannot be reached; what was confirmed before stays confirmed, and
    is counted in `result` when the caller passes one (a cut round still says what went
    up). `device_claimed`: the caller's `connection` already claimed `device_id` for
    the change log (the round's first statement does)."""
    result = result if result is not None else PushResult()
    with db.engine.connect() as lc:
        total = lc.scalar(sa.select(sa.func.count()).select_from(OutboxEntry)) or 0
    if not total:
        return result
    rc = connection or engine.connect()
    try:
        if not device_claimed:
            rc.execute(
                sa.text("SELECT set_config('smartdesk.device_id', :d, false)"), {"d": device_id}
            )
            rc.commit()
        known: dict[str, int] = {}
        done = 0
        after_seq = 0
        while True:
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            with db.engine.connect() as lc:
                entries = lc.execute(
                    sa.select(OutboxEntry.__table__)
                    .where(OutboxEntry.seq > after_seq)
                    .order_by(OutboxEntry.seq)
                    .limit(batch_size)
                ).all()
                befores = befores_of(lc, entries)
            if not entries:
                break
            outcomes = _apply_batch(rc, device_id, entries, befores, known)
            done += len(entries)
            if progress is not None:  # after the central commit, before the local one
                progress(min(done, total), total, "push")
            with local_write(db) as lc:
                _acknowledge(lc, outcomes, result)
            after_seq = entries[-1].seq
    finally:
        if connection is None:
            rc.close()
    return result


def _later_changes(lc: Connection, outcomes: list[Outcome]) -> dict[str, list]:
    """The changes still in the outbox of the rows of these outcomes, by row, in order
    (one query per 500 rows, not one per change)."""
    ids = sorted({str(o.entity_id) for o in outcomes if o.kind != "folded"})
    later: dict[str, list] = {}
    for start in range(0, len(ids), 500):
        for row in lc.execute(
            sa.select(OutboxEntry.entity_id, OutboxEntry.seq, OutboxEntry.payload)
            .where(OutboxEntry.entity_id.in_(ids[start : start + 500]))
            .order_by(OutboxEntry.seq)
        ):
            later.setdefault(str(row.entity_id), []).append(row)
    return later


def _acknowledge(lc: Connection, outcomes: list[Outcome], result: PushResult) -> None:
    """The local half: drop confirmed entries, keep what the central side said."""
    outbox = OutboxEntry.__table__
    lc.execute(
        sa.delete(outbox).where(outbox.c.seq.in_([o.seq for o in outcomes if o.kind != "folded"]))
    )
    waiting = _later_changes(lc, outcomes)
    settled: dict[str, dict[str, dict]] = {}  # entity -> id -> central row; the last one wins
    for out in outcomes:
        if out.kind == "folded":
            continue
        later = [e for e in waiting.get(str(out.entity_id), ()) if e.seq > out.seq]
        if out.kind in ("applied", "noop"):
            result.pushed += 1
            if out.row is None:
                continue
            if not later:
                settled.setdefault(out.entity, {})[out.entity_id] = out.row
            elif out.own_version:
                version = out.row["row_version"]
                table = TABLES[out.entity]
                lc.execute(
                    sa.update(table)
                    .where(table.c.id == out.entity_id)
                    .values(row_version=version, updated_at=table.c.updated_at)
                )
                lc.execute(
                    sa.update(outbox)
                    .where(outbox.c.entity_id == out.entity_id, outbox.c.seq > out.seq)
                    .values(base_version=version)
                )
        elif out.kind == "conflict":
            result.conflicts += 1
            mine = later[-1].payload if later else out.payload
            if later:
                lc.execute(
                    sa.delete(outbox).where(
                        outbox.c.entity_id == out.entity_id, outbox.c.seq > out.seq
                    )
                )
                waiting[str(out.entity_id)] = [
                    e for e in waiting[str(out.entity_id)] if e.seq <= out.seq
                ]
            _record_conflict(lc, out, mine)
            if out.row is not None:  # the central version, with what only this device changed
                theirs = _central_json(TABLES[out.entity], out.row)
                shown = shown_during_conflict(out.before, mine, theirs, out.fields)
                settled.setdefault(out.entity, {})[out.entity_id] = {
                    **out.row,
                    **from_json(out.entity, {k: v for k, v in shown.items() if k != "row_version"}),
                }
        else:  # rejected
            lc.execute(
                sa.insert(SyncRejection.__table__).values(
                    entity=out.entity,
                    entity_id=out.entity_id,
                    operation=out.operation,
                    payload=out.payload,
                    message_key=out.message_key,
                    detail=out.detail,
                    created_at=utcnow(),
                )
            )
            result.rejected.append(
                {
                    "entity": out.entity,
                    "entity_id": out.entity_id,
                    "message_key": out.message_key,
                    "detail": out.detail,
                }
            )
            if later:
                continue
            if _keeps_its_document(lc, out):
                settled.get(out.entity, {}).pop(out.entity_id, None)
                continue
            if out.row is not None:
                settled.setdefault(out.entity, {})[out.entity_id] = out.row
            elif (out.operation == "insert" and out.message_key == "sync.rejected_not_allowed") or (
                out.operation != "insert" and out.message_key == "sync.rejected_not_found"
            ):  # no central copy this user may see: the device's copy goes (kept in the refusal)
                settled.get(out.entity, {}).pop(out.entity_id, None)
                table = TABLES.get(out.entity)
                if table is not None:  # made outside this user's scope: not kept as a row
                    lc.execute(sa.delete(table).where(table.c.id == out.entity_id))
    for entity, rows in settled.items():
        upsert_rows(lc, entity, list(rows.values()), only_newer=False)


def _keeps_its_document(lc: Connection, out: Outcome) -> bool:
    """A document that left draft on this device (a sent quote: its PDF with that number
    may be with the client) is never turned back by a refusal: the device keeps it as
    it is, the refusal stays listed with the reason to re-apply or dismiss (issue 14)."""
    table = TABLES.get(out.entity)
    if table is None or out.entity not in STATE_RULES:
        return False
    mine = lc.execute(sa.select(table).where(table.c.id == out.entity_id)).mappings().first()
    if mine is None or not past_draft(out.entity, to_json(table, mine)):
        return False
    theirs = _central_json(table, out.row) if out.row is not None else None
    return not past_draft(out.entity, theirs) or theirs.get("state") != mine["state"]


def _record_conflict(lc: Connection, out: Outcome, mine: dict) -> None:
    table = SyncConflict.__table__
    theirs = _central_json(TABLES[out.entity], out.row) if out.row is not None else None
    version = out.row["row_version"] if out.row is not None else None
    open_one = lc.execute(
        sa.select(table.c.id, table.c.fields).where(
            table.c.entity_id == out.entity_id, table.c.resolved_at.is_(None)
        )
    ).first()
    if open_one is not None:  # one open conflict per row: the newest mine and theirs
        fields = sorted(set(open_one.fields or ()) | set(out.fields))
        lc.execute(
            sa.update(table)
            .where(table.c.id == open_one.id)
            .values(
                mine=mine, theirs=theirs, theirs_version=version, fields=fields, reason=out.reason
            )
        )
        return
    lc.execute(
        sa.insert(table).values(
            entity=out.entity,
            entity_id=out.entity_id,
            reason=out.reason or "same_field",
            fields=list(out.fields),
            base=out.before,
            mine=mine,
            theirs=theirs,
            theirs_version=version,
            created_at=utcnow(),
        )
    )
