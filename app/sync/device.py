"""One sync round of this device, and joining a central database.

A round: check the schema versions (an older device does not push, and says "update
SmartDesk", DESIGN §4.7), learn the user's scope from the central database, upload
the rows made before the first connection (once), push the outbox, pull the changes.
Each step commits its own work, so a cut or a cancel between two batches leaves the
device consistent and the next round goes on from there.
"""

from __future__ import annotations

import functools
import json
import logging
import platform
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from app.db.engine import Database
from app.db.migrate import alembic_config_for_scripts, head_revision
from app.db.models import OutboxEntry, SyncConflict, SyncRound
from app.db.types import utcnow
from app.sync import local
from app.sync.pull import FIRST_PULL, full_pull, parse_cursor, pull_changes
from app.sync.push import TRANSIENT_STATES, PushResult, SequenceReused, push
from app.sync.remote import (
    SyncRefused,
    Timeouts,
    is_central_error,
    is_offline,
    is_sign_in_failure,
    open_central,
    password_problem,
    url_password,
)
from app.sync.upload import UploadResult, upload

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class RoundReport:
    pushed: int = 0
    pulled: int = 0
    removed: int = 0  # rows that left the user's scope, removed from the device
    removed_by_table: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0  # open conflicts on the device after the round
    new_conflicts: int = 0
    pending: int = 0
    uploaded: int = 0
    rejected: list[dict] = field(default_factory=list)
    not_uploaded: list[dict] = field(default_factory=list)
    offline: bool = False
    cancelled: bool = False
    ok: bool = True
    message_key: str = ""
    message: str = ""

    def summary(self) -> dict:
        return asdict(self)


@functools.cache
def _revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config_for_scripts())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def schema_problem(minimum: str | None, central_revision: str | None) -> SyncRefused | None:
    """Why this device must not push to that central database, if it must not."""
    known = _revisions()
    mine = head_revision()
    if minimum and (minimum not in known or known.index(minimum) > known.index(mine)):
        return SyncRefused(
            "sync.update_smartdesk",
            f"update SmartDesk: the central database needs schema {minimum} or newer, "
            f"this SmartDesk has {mine}. Your changes stay on this device until then.",
        )
    if (
        central_revision
        and central_revision in known
        and (known.index(central_revision) < known.index(mine))
    ):
        return SyncRefused(
            "sync.central_outdated",
            f"the central database is at schema {central_revision}, older than this "
            f"SmartDesk ({mine}): an administrator runs `smartdesk central init` first.",
        )
    return None


def central_scope(rc: Connection) -> dict:
    """The user's role, office and the role rules, as the central database states them."""
    me = rc.execute(
        sa.text(
            "SELECT sync_my_role() AS role, sync_my_office() AS office_id, "
            "sync_my_user_id() AS user_id"
        )
    ).one()
    if me.role is None:
        raise SyncRefused(
            "sync.not_a_user", "this login has no active SmartDesk user in the central database"
        )
    rules = {
        r.entity: {"reads": r.reads, "writes": r.writes, "all_offices": r.all_offices}
        for r in rc.execute(
            sa.text(
                "SELECT entity, reads, writes, all_offices FROM sync_role_rules WHERE role = :r"
            ),
            {"r": me.role},
        )
    }
    return {
        "role": me.role,
        "office_id": str(me.office_id),
        "user_id": str(me.user_id),
        "rules": rules,
    }


def counts(db: Database) -> tuple[int, int]:
    with db.engine.connect() as conn:
        pending = conn.scalar(sa.select(sa.func.count()).select_from(OutboxEntry)) or 0
        conflicts = (
            conn.scalar(
                sa.select(sa.func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
            )
            or 0
        )
    return pending, conflicts


def same_scope(previous: dict | None, scope: dict) -> bool:
    """Whether what the user may read is unchanged: same role, office and role rules.
    When it changed, the round starts the feed again with a full pull, which removes the
    rows that left the scope (issue 7, point 3)."""
    if previous is None:
        return True
    keys = ("role", "office_id", "rules")
    return all(previous.get(k) == scope.get(k) for k in keys)


def _register(rc: Connection, device_id: str, office_id: str) -> int | None:
    """Register (or refresh) this device; returns the numbering series the central
    database gave it (migration 0010: given once, never changed)."""
    return rc.execute(
        sa.text(
            "INSERT INTO devices (id, name, office_id, schema_revision, row_version, created_at, "
            "updated_at) VALUES (:id, :name, :office, :rev, 0, :now, :now) "
            "ON CONFLICT (id) DO UPDATE SET schema_revision = excluded.schema_revision, "
            "office_id = excluded.office_id, updated_at = excluded.updated_at "
            "RETURNING number_series"
        ),
        {
            "id": device_id,
            "name": platform.node()[:120] or "SmartDesk",
            "office": office_id,
            "rev": head_revision(),
            "now": utcnow(),
        },
    ).scalar()


def register_device(db: Database, engine: Engine, device_id: str, office_id: str) -> str:
    """Tell the central database this device exists (and its schema). A device id belongs
    to the login that registered it; when the central database refuses this one (another
    login registered it: a copied database, a device handed over), the device takes a new
    id. Returns the id in use."""
    for attempt in range(2):
        try:
            with engine.connect() as rc:
                series = _register(rc, device_id, office_id)
                rc.commit()
            if series is not None:
                with local.local_write(db) as lc:
                    local.set_state(lc, local.NUMBER_SERIES, str(series))
            return device_id
        except sa.exc.DBAPIError as exc:
            if attempt or is_offline(exc) or not is_central_error(exc):
                raise
            if is_series_limit(exc):
                raise series_limit_refusal() from exc
            log.warning("device id refused centrally (%s): new device id", _state(exc))
            device_id = new_device_id(db)
    return device_id


def is_series_limit(exc: sa.exc.DBAPIError) -> bool:
    """The central database refused this device a numbering series: its login holds as
    many as `sync_settings.max_series_per_login` allows (migration 0017). A new device
    id would be refused the same way, so the device keeps its id."""
    return _state(exc) == "42501" and "numbering series already" in str(exc.orig)


def series_limit_refusal() -> SyncRefused:
    return SyncRefused(
        "sync.series_limit",
        "this login already holds as many numbering series as the central database gives "
        "one login (one per device it registered), so this device cannot sync yet: ask "
        "an administrator to retire the series of your old devices. Your changes stay on "
        "this device.",
    )


def new_device_id(db: Database) -> str:
    """A new id for this device, without the numbering series of the old one: a
    database restored from a copy may have given that series' next numbers already, so
    the device numbers in a new series, given when the new id registers."""
    device_id = str(uuid.uuid4())
    with local.local_write(db) as lc:
        local.set_state(lc, local.DEVICE_ID, device_id)
        local.set_state(lc, local.NUMBER_SERIES, None)
    return device_id


def _state(exc: sa.exc.DBAPIError) -> str:
    return getattr(exc.orig, "sqlstate", "") or exc.orig.__class__.__name__


def sync_round(
    db: Database,
    password: str | None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = 200,
    page_size: int = 2_000,
    engine: Engine | None = None,
    timeouts: Timeouts | None = None,
) -> RoundReport:
    """One round; never raises for a lost connection, a refusal or a device database it
    cannot write: the report says."""
    report = RoundReport()
    state = local.read_state(db)
    url, login = state.get(local.URL), state.get(local.USER)
    if not url or not login:
        report.ok = False
        report.message_key = "sync.not_connected"
        report.message = "this device is not connected: run `smartdesk connect URL --user LOGIN`"
        report.pending, report.conflicts = counts(db)
        return report
    started, clock = utcnow(), time.monotonic()
    try:
        return _timed_round(
            db, password, progress, cancelled, batch_size, page_size, engine, timeouts, report
        )
    except BaseException:  # an unexpected error: the timeline says the round failed
        report.ok = False
        raise
    finally:
        record_round(db, report, started, time.monotonic() - clock)


KEEP_ROUNDS = 500


def record_round(db: Database, report: RoundReport, started, seconds: float) -> None:
    """Keep the round in the device's timeline (`sync_rounds`, the newest 500). A device
    that cannot write says so in the round's own report; the timeline just misses it."""
    outcome = (
        "ok"
        if report.ok
        else "offline"
        if report.offline
        else "cancelled"
        if report.cancelled
        else "failed"
    )
    table = SyncRound.__table__
    try:
        with local.local_write(db) as lc:
            lc.execute(
                sa.insert(table).values(
                    started_at=started,
                    seconds=round(seconds, 3),
                    pushed=report.pushed,
                    pulled=report.pulled,
                    uploaded=report.uploaded,
                    conflicts=report.new_conflicts,
                    refused=len(report.rejected),
                    outcome="cancelled" if report.cancelled else outcome,
                    message_key=report.message_key or "",
                )
            )
            newest = sa.select(table.c.id).order_by(table.c.id.desc()).limit(KEEP_ROUNDS)
            lc.execute(sa.delete(table).where(table.c.id.not_in(newest)))
    except sa.exc.DBAPIError:
        log.info("sync round not added to the timeline: the device database is not writable")


def _timed_round(
    db, password, progress, cancelled, batch_size, page_size, engine, timeouts, report
) -> RoundReport:
    state = local.read_state(db)
    url, login = state.get(local.URL), state.get(local.USER)
    own_engine = engine is None
    if engine is None:
        if password_problem(password):
            _say(report, "sync.password_nul", NUL_MESSAGE)
            report.pending, report.conflicts = counts(db)
            return report
        try:
            engine = open_central(url, login, password, timeouts, probe=False)
        except ValueError as exc:
            _say(report, "sync.url_invalid", f"the central address kept on this device: {exc}")
            report.pending, report.conflicts = counts(db)
            return report
    try:
        _round(db, engine, state, report, progress, cancelled, batch_size, page_size)
    except SyncRefused as exc:
        report.ok = False
        report.message_key, report.message = exc.message_key, exc.message
    except sa.exc.DBAPIError as exc:
        report.ok = False
        if not is_central_error(exc):  # this device's own database, not the network
            _local_problem(report, db, exc)
        elif is_sign_in_failure(exc):
            report.message_key = "sync.sign_in_failed"
            report.message = "the central database refused the login or password"
        elif is_offline(exc):
            report.offline = True
            report.message_key = "sync.offline"
            report.message = "no connection to the central database: working offline"
        elif _state(exc) in TRANSIENT_STATES:
            report.message_key = "sync.central_busy"
            report.message = (
                "the central database is busy (a lock or a time limit): nothing is lost, "
                "sync again in a minute"
            )
        else:
            raise
        log.info("sync round stopped: %s", _state(exc))
    except OSError:
        report.ok, report.offline = False, True
        report.message_key = "sync.offline"
        report.message = "no connection to the central database: working offline"
    finally:
        if own_engine:
            engine.dispose()
    report.pending, report.conflicts = counts(db)
    return report


NUL_MESSAGE = "the password contains a NUL character: type it again without it"


def _say(report: RoundReport, key: str, message: str) -> None:
    report.ok = False
    report.message_key, report.message = key, message


def _local_problem(report: RoundReport, db: Database, exc: sa.exc.DBAPIError) -> None:
    """A failure of the device's own SQLite database: never "offline"."""
    where = db.engine.url.database or "the database"
    text = str(exc.orig).lower()
    if "readonly" in text or "read-only" in text or "read only" in text:
        _say(
            report,
            "database.read_only",
            f"this device's database {where} is read-only, so sync cannot record what it "
            "receives: make the file and its folder writable for your account, then sync "
            "again. Nothing was sent or lost.",
        )
    else:
        _say(
            report,
            "database.write_failed",
            f"this device's database {where} could not be written "
            f"({exc.orig.__class__.__name__}): check the disk, then sync again.",
        )
    log.warning("sync round stopped on the local database: %s", exc.orig.__class__.__name__)


ROUND_START = sa.text(
    """
    WITH me AS (
        SELECT sync_my_role() AS role, sync_my_office() AS office_id,
               sync_my_user_id() AS user_id
    ), claim AS (
        SELECT set_config('smartdesk.device_id', CAST(:id AS text), false) AS device_id
    ), registered AS (
        INSERT INTO devices (id, name, office_id, schema_revision, row_version, created_at,
                             updated_at)
        SELECT CAST(:id AS uuid), :name, me.office_id, :rev, 0, CAST(:now AS timestamptz),
               CAST(:now AS timestamptz)
        FROM me WHERE me.role IS NOT NULL
        ON CONFLICT (id) DO UPDATE SET schema_revision = excluded.schema_revision,
            office_id = excluded.office_id, updated_at = excluded.updated_at
        RETURNING number_series
    )
    SELECT me.role, me.office_id, me.user_id,
        (SELECT value FROM sync_settings WHERE key = 'min_client_revision') AS minimum,
        (SELECT version_num FROM alembic_version) AS central_revision,
        (SELECT json_agg(json_build_object('entity', r.entity, 'reads', r.reads,
                'writes', r.writes, 'all_offices', r.all_offices))
         FROM sync_role_rules r WHERE r.role = me.role) AS rules,
        (SELECT number_series FROM registered) AS number_series,
        (SELECT device_id FROM claim) AS claimed
    FROM me
    """
)


@dataclass
class _Start:
    device_id: str
    minimum: str | None
    central_revision: str | None
    scope: dict


def _start_round(db: Database, rc: Connection, device_id: str) -> _Start:
    """What `central_scope` and `register_device` ask, in one statement
    (one round trip, issue 14 point 4); the session claims the device id for the change
    log (migration 0005). A device id the central database refuses (another login
    registered it) is replaced, as `register_device` does."""
    for attempt in range(2):
        try:
            me = rc.execute(
                ROUND_START,
                {
                    "id": device_id,
                    "name": platform.node()[:120] or "SmartDesk",
                    "rev": head_revision(),
                    "now": utcnow(),
                },
            ).one()
            rc.commit()
            break
        except sa.exc.DBAPIError as exc:
            rc.rollback()
            if attempt or is_offline(exc) or not is_central_error(exc):
                raise
            if _state(exc) in TRANSIENT_STATES:
                raise
            if is_series_limit(exc):
                raise series_limit_refusal() from exc
            log.warning("device id refused centrally (%s): new device id", _state(exc))
            device_id = new_device_id(db)
    if me.role is None:
        raise SyncRefused(
            "sync.not_a_user", "this login has no active SmartDesk user in the central database"
        )
    if me.number_series is not None:
        with local.local_write(db) as lc:
            local.set_state(lc, local.NUMBER_SERIES, str(me.number_series))
    rules = {
        r["entity"]: {"reads": r["reads"], "writes": r["writes"], "all_offices": r["all_offices"]}
        for r in me.rules or ()
    }
    scope = {
        "role": me.role,
        "office_id": str(me.office_id),
        "user_id": str(me.user_id),
        "rules": rules,
    }
    return _Start(device_id, me.minimum, me.central_revision, scope)


def _round(db, engine, state, report, progress, cancelled, batch_size, page_size) -> None:
    """The round on one central connection: every step's statements go over the same
    session (a new one costs several round trips), the statements outside the push in
    autocommit (no BEGIN and COMMIT of their own, issue 14 point 4)."""
    with local.local_write(db) as lc:  # a device that cannot write says so, online or not
        lc.execute(sa.text("UPDATE local_state SET value = value WHERE 1 = 0"))
    with engine.connect() as rc:
        rc.execution_options(isolation_level="AUTOCOMMIT")
        _round_on(db, engine, rc, state, report, progress, cancelled, batch_size, page_size)


def _round_on(db, engine, rc, state, report, progress, cancelled, batch_size, page_size) -> None:
    start = _start_round(db, rc, state.get(local.DEVICE_ID))
    device_id, scope = start.device_id, start.scope
    refused = schema_problem(start.minimum, start.central_revision)
    if refused is not None and refused.message_key == "sync.central_outdated":
        raise refused
    rescope = not same_scope(local.scope_of(state), scope)
    with local.local_write(db) as lc:
        local.set_state(lc, local.SCOPE, json.dumps(scope))
        if rescope:  # another role or office: start the feed again from a full pull
            local.set_state(lc, local.CURSOR, None)
            local.set_state(lc, FIRST_PULL, None)  # and that pull from its start
    if refused is None:
        if state.get(local.UPLOADED) != "1":
            uploaded = UploadResult()
            try:
                upload(db, engine, scope, progress, cancelled, result=uploaded)
            finally:  # a cut upload still reports what went up
                report.uploaded = uploaded.uploaded
                report.not_uploaded = uploaded.report()
            if uploaded.cancelled:
                report.cancelled = True
                return
            with local.local_write(db) as lc:
                local.set_state(lc, local.UPLOADED, "1")
        pushed = PushResult()
        rc.execution_options(isolation_level="READ COMMITTED")  # the change log's rule
        try:
            try:
                push(db, engine, device_id, batch_size, progress, cancelled, rc, pushed, True)
            except SequenceReused:
                log.warning("outbox sequence reused (database restored?): new device id")
                device_id = new_device_id(db)
                device_id = register_device(db, engine, device_id, scope["office_id"])
                push(db, engine, device_id, batch_size, progress, cancelled, rc, pushed)
        finally:  # a round cut mid-push reports the batches the central side confirmed
            report.pushed = pushed.pushed
            report.new_conflicts = pushed.conflicts
            report.rejected = list(pushed.rejected)
        if rc.in_transaction():
            rc.rollback()
        rc.execution_options(isolation_level="AUTOCOMMIT")
        if pushed.cancelled:
            report.cancelled = True
            return
    # The feed horizon is read by the pull, in a statement of its own after the round's
    # start committed: that statement registered the device (a write, so a transaction
    # id younger than the feed key of every change committed before the round began),
    # and the horizon passes a key only once a transaction id at least as young has
    # ended. Read inside the round's start it could stop just short of a colleague's
    # change committed before this round (its key above its own transaction id).
    cursor = parse_cursor(local.read_state(db).get(local.CURSOR))
    if cursor is None:
        pulled = full_pull(db, engine, progress, cancelled)
    else:
        pulled = pull_changes(db, engine, cursor, page_size, progress, cancelled, connection=rc)
    report.pulled, report.removed = pulled.pulled, pulled.removed
    report.removed_by_table = dict(pulled.removed_by_table)
    report.rejected += pulled.rejected
    if pulled.cancelled:
        report.cancelled = True
        return
    if refused is not None:  # pulled, but pushed nothing: say why
        raise refused
    with local.local_write(db) as lc:
        local.set_state(lc, local.LAST_SYNC, utcnow().isoformat())


def connect_device(
    db: Database,
    url: str,
    login: str,
    password: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RoundReport:
    """Join a central database as `login`: check the credentials, remember where and as
    whom (never the password: that is the keyring's), then run the first round."""
    from app.sync.remote import public_url

    password = password or url_password(url)
    if password_problem(password):
        return RoundReport(ok=False, message_key="sync.password_nul", message=NUL_MESSAGE)
    if not password:
        return RoundReport(
            ok=False, message_key="sync.password_needed", message="no password given"
        )
    engine = open_central(url, login, password, probe=False)
    try:
        with engine.connect() as rc:
            central_scope(rc)
    except SyncRefused as exc:
        engine.dispose()
        return RoundReport(ok=False, message_key=exc.message_key, message=exc.message)
    except sa.exc.DBAPIError as exc:
        engine.dispose()
        if is_sign_in_failure(exc):
            return RoundReport(
                ok=False,
                message_key="sync.sign_in_failed",
                message="the central database refused the login or password",
            )
        if is_offline(exc):
            return RoundReport(
                ok=False,
                offline=True,
                message_key="sync.offline",
                message="the central database cannot be reached",
            )
        raise
    state = local.read_state(db)
    try:
        with local.local_write(db) as lc:
            if not state.get(local.DEVICE_ID) or (
                state.get(local.USER) and state.get(local.USER) != login
            ):  # a device id belongs to one login (the central database enforces it)
                local.set_state(lc, local.DEVICE_ID, str(uuid.uuid4()))
                local.set_state(lc, local.NUMBER_SERIES, None)  # the new id gets its own
            local.set_state(lc, local.URL, public_url(url))
            local.set_state(lc, local.USER, login)
            if state.get(local.URL) and state.get(local.URL) != public_url(url):
                local.set_state(lc, local.CURSOR, None)  # another central database
                local.set_state(lc, FIRST_PULL, None)
    except sa.exc.DBAPIError as exc:
        engine.dispose()
        report = RoundReport()
        _local_problem(report, db, exc)
        return report
    try:
        return sync_round(db, password, progress, cancelled, engine=engine)
    finally:
        engine.dispose()
