"""Sync for the window and the command line: status, one round, the conflict list.

Qt-free. `run_sync` never raises for a lost connection: being offline is a normal state
(DESIGN §4.8), reported with `offline=True` and a message key. Resolving a conflict is
a service write like any other (audited, queued in the outbox), so the choice syncs;
the version that lost stays in the audit log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from app.db.engine import Database
from app.db.models import SyncConflict
from app.db.types import utcnow
from app.services.audit import record_change, record_event, snapshot
from app.services.context import ServiceContext
from app.services.errors import FieldProblem, NotFound, PermissionDenied, ValidationFailed
from app.sync import local
from app.sync.device import RoundReport, connect_device, counts, sync_round
from app.sync.remote import password_problem, public_url, remember_password, stored_password
from app.sync.tables import BOOKKEEPING, TABLES, from_json

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
CHOICES = ("mine", "theirs", "fields")


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    last_sync_at: datetime | None
    conflicts: int
    connected_url: str | None
    user: str | None


@dataclass
class SyncReport(RoundReport):
    """What a round did (the device's `RoundReport`), and after `connect` whether the
    password could be kept in the keyring."""

    password_saved: bool | None = None  # after connect: False when no keyring works
    files_up: int = 0  # attachment files sent up after the round (issue 14, point 5)
    files_down: int = 0  # attachment files fetched after the round
    files_damaged: int = 0  # fetched files that did not match their hash: discarded


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str
    entity_id: str
    reason: str
    fields: tuple[str, ...]
    base: dict | None
    mine: dict
    theirs: dict | None
    created_at: datetime


def _report(round_: RoundReport, **extra) -> SyncReport:
    return SyncReport(**round_.summary(), **extra)


def sync_status(db: Database) -> SyncStatus:
    state = local.read_state(db)
    pending, conflicts = counts(db)
    last = state.get(local.LAST_SYNC)
    return SyncStatus(
        pending=pending,
        last_sync_at=datetime.fromisoformat(last) if last else None,
        conflicts=conflicts,
        connected_url=state.get(local.URL),
        user=state.get(local.USER),
    )


def run_sync(
    db: Database,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    password: str | None = None,
    **options,
) -> SyncReport:
    """One round (upload once, push, pull). `password` is for a session whose machine has
    no keyring (the window asked for it); otherwise the keyring or SMARTDESK_PASSWORD."""
    state = local.read_state(db)
    url, login = state.get(local.URL), state.get(local.USER)
    if url and url_problem(url):  # a central address this device cannot use
        pending, conflicts = counts(db)
        return SyncReport(
            ok=False,
            pending=pending,
            conflicts=conflicts,
            message_key="sync.url_invalid",
            message="the central address kept on this device is not a PostgreSQL address: "
            "connect again with `smartdesk connect URL --user LOGIN`",
        )
    if url and login and password is None:
        password, _keyring = stored_password(url, login)
        if password is None:
            pending, conflicts = counts(db)
            return SyncReport(
                ok=False,
                pending=pending,
                conflicts=conflicts,
                message_key="sync.password_needed",
                message="no password stored for this device's sync: "
                "enter it (it is kept only for this session)",
            )
    try:
        report = _report(sync_round(db, password, progress, cancelled, **options))
        return _with_files(db, report, password, progress, cancelled)
    except Exception as exc:  # noqa: BLE001 - the window gets a report, never a traceback
        log.exception("sync round failed")
        pending, conflicts = counts(db)
        return SyncReport(
            ok=False,
            pending=pending,
            conflicts=conflicts,
            message_key="sync.failed",
            message=str(exc)[:300],
        )


def connect(
    db: Database,
    url: str,
    login: str,
    password: str,
    remember: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncReport:
    """Join the central database at `url` as `login` and make the first full round.
    The password goes to the keyring when one works (`password_saved`), nowhere else.
    A password written in the URL itself is used for this connection only: it is not
    kept (neither in the keyring nor with the address). Bad input raises
    `ValidationFailed` naming the field, before anything is sent or written."""
    from app.sync.remote import url_password

    problems = connect_problems(url, login, password)
    if problems:
        raise ValidationFailed(problems)
    url = url.strip()
    from_url = not password
    password = password or url_password(url) or ""
    report = _report(connect_device(db, url, login, password, progress, cancelled))
    report = _with_files(db, report, password, progress, cancelled)
    if report.ok or (
        report.message_key not in ("sync.sign_in_failed", "sync.not_a_user")
        and not report.offline
        and not report.message_key.startswith("database.")
    ):
        report.password_saved = (
            remember_password(public_url(url), login, password)
            if remember and not from_url
            else False
        )
    return report


def connect_problems(url: str, login: str, password: str | None) -> list[FieldProblem]:
    """What is wrong with the address, login and password typed to connect (no network)."""
    from app.sync.remote import url_password

    problems = []
    if url_problem(url):
        problems.append(FieldProblem("url", "sync.url_invalid"))
    if not login or not login.strip() or len(login) > 63 or "\x00" in login:
        problems.append(FieldProblem("login", "sync.login_invalid"))
    try:
        given = password or url_password((url or "").strip())
    except ValueError:
        given = password
    if not given:
        problems.append(FieldProblem("password", "field.required"))
    elif password_problem(given):
        problems.append(FieldProblem("password", password_problem(given)))
    return problems


def _view(row) -> ConflictView:
    return ConflictView(
        row.id,
        row.entity,
        row.entity_id,
        row.reason,
        tuple(row.fields or ()),
        row.base,
        row.mine,
        row.theirs,
        row.created_at,
    )


def _may_resolve(ctx: ServiceContext, entity: str, office_id: str | None) -> None:
    user = ctx.user
    if user.role == "admin":
        return
    scope = local.scope_of(local.read_state(ctx.db)) or {}
    rule = (scope.get("rules") or {}).get(entity)
    if rule is None and user.role == "adviser" and entity != "users":
        rule = {"writes": True, "all_offices": False}
    if not rule or not rule.get("writes"):
        raise PermissionDenied()
    if not rule.get("all_offices") and office_id != user.office_id:
        raise NotFound()


def list_conflicts(ctx: ServiceContext, include_resolved: bool = False) -> list[ConflictView]:
    with ctx.db.reading() as session:
        query = sa.select(SyncConflict).order_by(SyncConflict.created_at)
        if not include_resolved:
            query = query.where(SyncConflict.resolved_at.is_(None))
        views = []
        for row in session.scalars(query):
            office = (row.mine or {}).get("office_id")
            try:
                _may_resolve(ctx, row.entity, office)
            except (PermissionDenied, NotFound):
                continue
            views.append(_view(row))
        return views


def resolve_conflict(
    ctx: ServiceContext,
    conflict_id: str,
    choice: str,
    fields: dict[str, str] | list[str] | None = None,
) -> None:
    """Settle a conflict: keep mine, keep theirs, or pick per field.

    `fields` (with choice "fields") maps a field to "mine" or "theirs", or lists the
    fields to take from mine; every other field keeps the central value. The row
    becomes the chosen version through an audited write that syncs like any change.
    """
    if choice not in CHOICES:
        raise ValidationFailed([FieldProblem("choice", "sync.choice_invalid")])
    with ctx.db.transaction() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFound()
        if conflict.reason == "duplicate_person":  # one person, two members: merged
            from app.services.members.duplicates import keep_for_choice, merge_duplicate_member

            merge_duplicate_member(ctx, conflict_id, keep_for_choice(choice, fields))
            return
        model = _model(conflict.entity)
        row = session.get(model, conflict.entity_id)
        _may_resolve(
            ctx,
            conflict.entity,
            (row.office_id if row is not None else conflict.mine.get("office_id")),
        )
        mine = conflict.mine
        if choice == "mine":
            take = [n for n in mine if n not in BOOKKEEPING]
        elif choice == "theirs":
            take = []
        else:
            if isinstance(fields, dict):
                unknown = [
                    n
                    for n, side in fields.items()
                    if n not in mine or side not in ("mine", "theirs")
                ]
                take = [n for n, side in fields.items() if side == "mine"]
            else:
                unknown = [n for n in (fields or []) if n not in mine]
                take = list(fields or [])
            if unknown:
                raise ValidationFailed([FieldProblem(n, "sync.field_unknown") for n in unknown])
        if row is None:  # the central side has no such row (or not for you): mine is new
            if take:
                row = model(**from_json(conflict.entity, {**mine, "row_version": 0}))
                session.add(row)
                record_change(session, ctx, "sync.conflict_keep_mine", row, None, "insert")
        else:
            # While the conflict waited the device showed the central row plus the fields
            # only it changed (`merge.shown_during_conflict`): the choice is made against
            # the central version, which is the base the change is sent from.
            before = snapshot(row)
            theirs = conflict.theirs
            target = {n: mine[n] for n in take}
            if theirs is not None:
                central = {n: v for n, v in theirs.items() if n in before and n not in BOOKKEEPING}
                before = {**before, **central}
                target = {**{n: v for n, v in central.items() if n in mine}, **target}
            values = from_json(conflict.entity, target)
            changed = {n: v for n, v in values.items() if getattr(row, n) != v}
            sends = [n for n in take if theirs is None or mine.get(n) != theirs.get(n)]
            if changed or sends:
                for name, value in changed.items():
                    setattr(row, name, value)
                row.updated_by = ctx.user.id
                record_change(session, ctx, f"sync.conflict_{choice}", row, before)
        # Whatever loses stays in the audit log: the whole conflict, with the choice.
        record_event(
            session,
            ctx.user.id,
            getattr(row, "office_id", None),
            "sync.conflict_resolved",
            conflict.entity,
            {
                "conflict_id": conflict.id,
                "entity_id": conflict.entity_id,
                "choice": choice,
                "fields": take,
                "base": conflict.base,
                "mine": conflict.mine,
                "theirs": conflict.theirs,
            },
        )
        conflict.resolved_at = utcnow()
        conflict.resolution = choice
        conflict.resolved_by = ctx.user.id


def _model(entity: str):
    from app.sync.tables import ORDER

    for model in ORDER:
        if model.__tablename__ == entity:
            return model
    raise NotFound()


__all__ = [
    "SyncStatus",
    "SyncReport",
    "ConflictView",
    "sync_status",
    "run_sync",
    "connect",
    "list_conflicts",
    "resolve_conflict",
    "settle_rejection",
    "recent_rounds",
    "TABLES",
]


# --- read-only helpers for the window (Sync view) -------------------------------------------


@dataclass(frozen=True)
class RejectionView:
    """A local change the central database refused, kept on the device with the reason."""

    id: str
    entity: str
    entity_id: str
    operation: str
    message_key: str
    detail: str
    payload: dict
    created_at: datetime


def list_rejections(
    ctx: ServiceContext, limit: int = 500, include_resolved: bool = False
) -> list[RejectionView]:
    """The refused changes kept on this device (`sync_rejections`), newest first; those
    dismissed or re-applied only with `include_resolved`.

    An admin sees all of them; anyone else the ones of their office or made by them."""
    from app.db.models import SyncRejection

    user = ctx.user
    with ctx.db.reading() as session:
        query = sa.select(SyncRejection)
        if not include_resolved:
            query = query.where(SyncRejection.resolved_at.is_(None))
        rows = session.scalars(
            query.order_by(SyncRejection.created_at.desc(), SyncRejection.id).limit(limit)
        )
        views = []
        for row in rows:
            payload = row.payload or {}
            if user.role != "admin" and not (
                _same_id(payload.get("office_id"), user.office_id)
                or _same_id(payload.get("updated_by"), user.id)
            ):
                continue
            views.append(
                RejectionView(
                    row.id,
                    row.entity,
                    row.entity_id,
                    row.operation,
                    row.message_key,
                    row.detail or "",
                    payload,
                    row.created_at,
                )
            )
        return views


@dataclass(frozen=True)
class RoundView:
    """One past round, for the Sync view's timeline."""

    started_at: datetime
    seconds: float
    pushed: int
    pulled: int
    uploaded: int
    conflicts: int
    refused: int
    outcome: str  # ok | offline | cancelled | failed
    message_key: str


def recent_rounds(ctx: ServiceContext, limit: int = 30) -> list[RoundView]:
    """The device's last rounds, newest first (`sync_rounds`)."""
    from app.db.models import SyncRound

    with ctx.db.reading() as session:
        rows = session.scalars(sa.select(SyncRound).order_by(SyncRound.id.desc()).limit(limit))
        return [
            RoundView(
                r.started_at,
                r.seconds,
                r.pushed,
                r.pulled,
                r.uploaded,
                r.conflicts,
                r.refused,
                r.outcome,
                r.message_key,
            )
            for r in rows
        ]


MIN_REASON_LENGTH = 5
REJECTION_CHOICES = ("dismiss", "reapply")


def settle_rejection(ctx: ServiceContext, rejection_id: str, choice: str, reason: str) -> None:
    """Dismiss a refused change (the device's version is given up; it stays in the audit
    log) or re-apply it (written again on the device as a new audited change, so the
    next round sends it again), with the person's reason kept on the refusal and in the
    audit log (issue 14, point 6). A central row held back by a sent document can only
    be dismissed: it is not this device's change."""
    from app.db.models import SyncRejection

    reason = (reason or "").strip()
    problems = []
    if choice not in REJECTION_CHOICES:
        problems.append(FieldProblem("choice", "sync.choice_invalid"))
    if len(reason) < MIN_REASON_LENGTH:
        problems.append(FieldProblem("reason", "sync.reason_required"))
    if problems:
        raise ValidationFailed(problems)
    with ctx.db.transaction() as session:
        rejection = session.get(SyncRejection, rejection_id)
        if rejection is None or rejection.resolved_at is not None:
            raise NotFound()
        payload = dict(rejection.payload or {})
        model = _model(rejection.entity)
        row = session.get(model, rejection.entity_id)
        office = row.office_id if row is not None else payload.get("office_id")
        _may_resolve(ctx, rejection.entity, office)
        if choice == "reapply":
            if rejection.operation == "pull":
                raise ValidationFailed([FieldProblem("choice", "sync.reapply_not_mine")])
            _reapply(session, ctx, model, row, rejection.entity, payload)
        rejection.resolved_at = utcnow()
        rejection.resolution = choice
        rejection.resolution_reason = reason
        rejection.resolved_by = ctx.user.id
        record_event(
            session,
            ctx.user.id,
            office,
            f"sync.rejection_{choice}",
            rejection.entity,
            {
                "rejection_id": rejection.id,
                "entity_id": rejection.entity_id,
                "message_key": rejection.message_key,
                "reason": reason,
                "payload": payload,
            },
        )


def _reapply(session, ctx: ServiceContext, model, row, entity: str, payload: dict) -> None:
    """The refused version becomes the device's row again, through an audited write
    that queues it for the next round."""
    if row is None:
        row = model(**from_json(entity, {**payload, "row_version": 0}))
        row.updated_by = ctx.user.id
        session.add(row)
        record_change(session, ctx, "sync.rejection_reapply", row, None, "insert")
        return
    before = snapshot(row)
    values = from_json(entity, {n: v for n, v in payload.items() if n not in BOOKKEEPING})
    for name, value in values.items():
        setattr(row, name, value)
    row.updated_by = ctx.user.id
    record_change(session, ctx, "sync.rejection_reapply", row, before)


def _same_id(a, b) -> bool:
    if a is None or b is None:
        return False
    return str(a).replace("-", "").lower() == str(b).replace("-", "").lower()


def keyring_works() -> bool:
    """Whether this machine can keep the sync password in an OS keyring (read-only probe:
    nothing is written). Where it cannot, the window asks for the password each session."""
    from app.config import KeyringUnavailable, load_secret

    try:
        load_secret("smartdesk-keyring-probe")
    except KeyringUnavailable:
        return False
    except Exception:  # noqa: BLE001 - a broken backend is "no keyring", not a crash
        return False
    return True


__all__ += ["RejectionView", "list_rejections", "keyring_works"]


def url_problem(url: str) -> str | None:
    """None when `url` is a PostgreSQL address SmartDesk can connect to, else the message
    key that says what is wrong with it (no network: a check of its form only)."""
    from app.sync.remote import central_url

    try:
        parsed = central_url((url or "").strip())
    except Exception:  # noqa: BLE001 - unparsable or not PostgreSQL: same answer
        return "sync.url_invalid"
    if not parsed.host and not parsed.query.get("host"):
        return "sync.url_invalid"
    if not parsed.database:
        return "sync.url_invalid"
    return None


__all__ += ["url_problem", "connect_problems", "password_problem"]


# --- attachment files (issue 14, point 5): app/sync/files.py ------------------------------


def _with_files(db: Database, report: SyncReport, password, progress, cancelled) -> SyncReport:
    """After a good round, the files travel: a failure here never spoils the round's report
    (the rows went through; the files go at the next round or when opened)."""
    if not report.ok or db.attachments_dir is None:
        return report
    from app.sync.files import central_engine, has_attachments, transfer

    if not has_attachments(db):  # nothing to move: no extra connection
        return report
    try:
        with central_engine(db, password) as engine:
            files = transfer(db, engine, progress, cancelled)
    except Exception:  # noqa: BLE001 - offline between the round and the files: next time
        log.info("attachment files not moved this round", exc_info=True)
        return report
    report.files_up, report.files_down = files.uploaded, files.downloaded
    report.files_damaged = len(files.damaged)
    return report


def fetch_attachment_file(db: Database, sha256: str, password: str | None = None) -> bool:
    """Fetch one attachment's file now (`app.sync.files.fetch_now`)."""
    from app.sync.files import fetch_now

    return fetch_now(db, sha256, password)


def attachment_files(ctx: ServiceContext):
    """Which files this device's attachments name: here, being fetched, or missing
    (`FileState`). A medical certificate is listed only to those who may read the
    health data it belongs to (as the declaration shows it)."""
    from app.db.models import AccidentHealth, Attachment
    from app.services.declarations.declarations import may_read_health
    from app.sync.files import file_states

    with ctx.db.reading() as session:
        health = session.execute(
            sa.select(Attachment.sha256, AccidentHealth.declared_by)
            .join(AccidentHealth, AccidentHealth.id == Attachment.owner_id, isouter=True)
            .where(Attachment.owner_table == "accident_health", Attachment.deleted_at.is_(None))
        ).all()
        others = session.scalars(
            sa.select(Attachment.sha256).where(
                Attachment.owner_table != "accident_health", Attachment.deleted_at.is_(None)
            )
        ).all()
    hidden = {sha for sha, declared_by in health if not may_read_health(ctx, declared_by)}
    hidden -= set(others)  # the same bytes attached elsewhere too: listed
    return [state for state in file_states(ctx.db) if state.sha256 not in hidden]


__all__ += ["fetch_attachment_file", "attachment_files"]
