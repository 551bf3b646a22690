"""The issuer's identity per entity (vat-facts.md §11.16): installation data held
centrally and synced. Every user reads it; only an administrator sets it."""

from __future__ import annotations

from sqlalchemy import select

from app.db.models import IssuerIdentity
from app.db.types import new_id
from app.db.unit_of_work import Changes
from app.domain.quotes.issuer import IDENTITY_FIELDS, Identity, clean_identity, missing_fields
from app.services.audit import record_change, snapshot
from app.services.context import ServiceContext
from app.services.errors import FieldProblem, ValidationFailed
from app.services.permissions import ensure_role
from app.services.results import changes_of


def _row(session, entity: str) -> IssuerIdentity | None:
    return session.scalar(
        select(IssuerIdentity).where(
            IssuerIdentity.entity == entity, IssuerIdentity.deleted_at.is_(None)
        )
    )


def identity_from_row(row: IssuerIdentity | None) -> Identity | None:
    if row is None:
        return None
    return Identity(row.entity, *(getattr(row, name) for name in IDENTITY_FIELDS))


def identity_in(session, entity: str) -> Identity | None:
    """The identity of `entity` inside a caller's session (the quote services)."""
    return identity_from_row(_row(session, entity))


def issuer_identity(ctx: ServiceContext, entity: str) -> Identity | None:
    """The identity of `entity` as stored, or None when nobody set it yet."""
    with ctx.db.reading() as session:
        return identity_in(session, entity)


def issuer_identities(ctx: ServiceContext) -> list[Identity]:
    with ctx.db.reading() as session:
        rows = session.scalars(
            select(IssuerIdentity)
            .where(IssuerIdentity.deleted_at.is_(None))
            .order_by(IssuerIdentity.entity)
        )
        return [identity_from_row(row) for row in rows]


def set_issuer_identity(ctx: ServiceContext, identity: Identity) -> Changes:
    """Set (create or change) an entity's identity; administrators only. Numbers are
    checked (enterprise and VAT number mod 97, IBAN, BIC) and stored in their standard
    form; a bad one refuses the whole change."""
    ensure_role(ctx.user, "admin")
    cleaned, problems = clean_identity(identity)
    if not cleaned.entity:
        problems.append(("entity", "field.required"))
    if problems:
        raise ValidationFailed([FieldProblem(name, key) for name, key in problems])
    with ctx.db.transaction() as session:
        row = _row(session, cleaned.entity)
        before = None if row is None else snapshot(row)
        if row is None:
            row = IssuerIdentity(entity=cleaned.entity, office_id=ctx.user.office_id)
            session.add(row)
        for name in IDENTITY_FIELDS:
            setattr(row, name, getattr(cleaned, name))
        row.updated_by = ctx.user.id
        session.flush()
        record_change(
            session, ctx, "identity.set", row, before, "insert" if before is None else "update"
        )
        return changes_of(session)


__all__ = [
    "identity_in",
    "issuer_identities",
    "issuer_identity",
    "missing_fields",
    "set_issuer_identity",
]


def set_identity_centrally(url: str, identity: Identity, office_code: str = "BXL") -> Identity:
    """`smartdesk central identity set`: the central administrator writes an entity's
    identity straight into the central database (as the schema's owner); the triggers
    stamp its version and log it, so every device pulls it at its next sync. Raises
    ValidationFailed for a bad number, LookupError for an unknown office."""
    import sqlalchemy as sa

    from app.db.models import IssuerIdentity, Office
    from app.db.types import utcnow
    from app.sync.remote import open_central

    cleaned, problems = clean_identity(identity)
    if not cleaned.entity:
        problems.append(("entity", "field.required"))
    if problems:
        raise ValidationFailed([FieldProblem(name, key) for name, key in problems])
    offices, identities = Office.__table__, IssuerIdentity.__table__
    engine = open_central(url)
    try:
        with engine.begin() as conn:
            office = conn.scalar(
                sa.select(offices.c.id).where(offices.c.code == office_code.upper())
            )
            if office is None:
                raise LookupError(office_code)
            values = {name: getattr(cleaned, name) for name in IDENTITY_FIELDS}
            found = conn.scalar(
                sa.select(identities.c.id).where(identities.c.entity == cleaned.entity)
            )
            now = utcnow()
            if found is None:
                conn.execute(
                    sa.insert(identities).values(
                        id=new_id(),
                        entity=cleaned.entity,
                        office_id=office,
                        row_version=0,
                        created_at=now,
                        updated_at=now,
                        **values,
                    )
                )
            else:
                conn.execute(
                    sa.update(identities)
                    .where(identities.c.id == found)
                    .values(updated_at=now, deleted_at=None, **values)
                )
    finally:
        engine.dispose()
    return cleaned
