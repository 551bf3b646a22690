"""Merging the member a device made offline into the one the central database already
had for the same person (issue #9: duplicate INSZ through sync).

The push reports such a member as a `duplicate_person` conflict (app/sync/push.py):
the device's member never reached the central database, and neither did what points
at it (an Activity's link, a contract...), since the central foreign keys refuse rows
that name a member it does not have. Merging, in one unit of work: the fields the
adviser keeps from the device's version go onto the existing member (an audited update
that syncs); every row of this device that names the device's member names the
existing one instead and is queued again as new; the device's member is removed from
this device; the conflict is closed with the choice in the audit log.
"""

from __future__ import annotations

from sqlalchemy import delete, select

from app.db.models import (
    AccidentDeclaration,
    ActivityMember,
    CertificateRequest,
    Contract,
    InsuranceClaim,
    LoanApplication,
    Member,
    OutboxEntry,
    SyncConflict,
)
from app.db.types import utcnow
from app.db.unit_of_work import Changes
from app.domain.members.member_fields import EDITABLE_FIELDS, check_member_fields
from app.services.audit import record_change, record_event, snapshot
from app.services.context import ServiceContext
from app.services.errors import FieldProblem, NotFound, ServiceError, ValidationFailed
from app.services.permissions import ensure_can_write_member_data
from app.services.results import changes_of

#: the rows that name a member (their `member_id`)
POINTING = (
    ActivityMember,
    Contract,
    AccidentDeclaration,
    InsuranceClaim,
    CertificateRequest,
    LoanApplication,
)
REASON = "duplicate_person"


def keep_for_choice(choice: str, fields: dict | list | None) -> tuple[str, ...]:
    """The Sync view's choice as the fields to keep from this device's version: "theirs"
    keeps none, "mine" every editable one, "fields" those picked as mine."""
    if choice == "mine":
        return EDITABLE_FIELDS
    if choice == "fields":
        picked = (
            [n for n, side in fields.items() if side == "mine"]
            if isinstance(fields, dict)
            else list(fields or ())
        )
        return tuple(n for n in picked if n in EDITABLE_FIELDS)
    return ()


def merge_duplicate_member(
    ctx: ServiceContext, conflict_id: str, keep_mine: tuple[str, ...] = ()
) -> Changes:
    """Merge this device's member of a `duplicate_person` conflict into the existing
    member; `keep_mine` names the fields (address, contact, IBAN, language) to take from
    this device's version."""
    unknown = set(keep_mine) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationFailed([FieldProblem(name, "field.unknown") for name in sorted(unknown)])
    with ctx.db.transaction() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None or conflict.reason != REASON:
            raise NotFound()
        if not conflict.theirs:  # a member of an office this user does not see
            raise ServiceError("member.merge_other_office")
        existing = session.get(Member, conflict.theirs["id"])
        duplicate = session.get(Member, conflict.entity_id)
        if existing is None:
            raise NotFound()
        ensure_can_write_member_data(ctx.user, existing.office_id)
        mine = conflict.mine
        if keep_mine:
            check = check_member_fields({n: mine.get(n) or "" for n in keep_mine}, partial=True)
            if not check.ok:
                raise ValidationFailed(
                    [FieldProblem(p.field, p.message_key, dict(p.params)) for p in check.problems]
                )
            before = snapshot(existing)
            for name in keep_mine:
                setattr(existing, name, check.values[name])
            existing.updated_by = ctx.user.id
            record_change(session, ctx, "member.merge_fields", existing, before)
        moved = 0
        for model in POINTING:
            for row in session.scalars(select(model).where(model.member_id == conflict.entity_id)):
                # never accepted centrally (its member was not there): sent again as new
                session.execute(delete(OutboxEntry).where(OutboxEntry.entity_id == row.id))
                row.member_id = existing.id
                row.updated_by = ctx.user.id
                record_change(session, ctx, "member.merge_move", row, None, "insert")
                moved += 1
        session.execute(delete(OutboxEntry).where(OutboxEntry.entity_id == conflict.entity_id))
        if duplicate is not None:
            session.delete(duplicate)
        record_event(
            session,
            ctx.user.id,
            existing.office_id,
            "member.merge_duplicate",
            "members",
            {
                "conflict_id": conflict.id,
                "into": existing.id,
                "removed": conflict.entity_id,
                "kept_from_device": list(keep_mine),
                "rows_moved": moved,
                "mine": mine,
            },
        )
        conflict.resolved_at = utcnow()
        conflict.resolution = "merged"
        conflict.resolved_by = ctx.user.id
        return changes_of(session)
