"""The audit trail and the sync outbox, written inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.db.models import AuditEntry, Base, OutboxEntry
from app.db.types import jsonable
from app.db.unit_of_work import UnitOfWork
from app.services.context import ServiceContext
from app.sync.local import without_device_only


def snapshot(row: Base) -> dict:
    """A JSON-safe copy of a row's columns (for before/after and for the outbox)."""
    values = {}
    for column in inspect(row).mapper.column_attrs:
        values[column.key] = jsonable(getattr(row, column.key))
    return values


def record_change(
    session: Session,
    ctx: ServiceContext,
    action: str,
    row: Base,
    before: dict | None,
    operation: str = "update",
) -> None:
    """Append the audit entry and queue the change for sync, in the same transaction;
    the unit of work learns that the row changed."""
    session.flush()
    after = snapshot(row)
    entity = row.__tablename__
    unit = UnitOfWork.of(session)
    if unit is not None:
        unit.touched(entity, row.id)
    office_id = getattr(row, "office_id", None)
    session.add(
        AuditEntry(
            user_id=ctx.user.id,
            office_id=office_id,
            action=action,
            entity=entity,
            entity_id=row.id,
            before=before,
            after=after,
        )
    )
    session.add(
        OutboxEntry(
            entity=entity,
            entity_id=row.id,
            operation=operation,
            base_version=(before or {}).get("row_version", 0) or 0,
            payload=without_device_only(entity, after),  # a PIN never leaves its device
        )
    )


def record_event(
    session: Session,
    user_id: str | None,
    office_id: str | None,
    action: str,
    entity: str,
    detail: dict | None = None,
) -> None:
    """An audit entry for an action that changes no single row (sign-in, demo data)."""
    session.add(
        AuditEntry(user_id=user_id, office_id=office_id, action=action, entity=entity, after=detail)
    )
