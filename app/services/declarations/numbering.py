"""The reference a person reads on a declaration or a claim: ONE function allocates it.

`AO-<office>-<year>-<nnnn>` for an accident declaration, `SC-<office>-<year>-<nnnn>`
for an insurance claim, per office and year, the next after the highest given. Given
when the adviser submits (a draft has none). The per-device numbering series (#14)
will route through `allocate_number`."""

from __future__ import annotations

from sqlalchemy import select

PREFIXES = {"accident_declarations": "AO", "insurance_claims": "SC"}


def allocate_number(session, model, office_code: str, year: int) -> str:
    prefix = f"{PREFIXES[model.__tablename__]}-{office_code}-{year}-"
    numbers = session.scalars(select(model.number).where(model.number.like(f"{prefix}%"))).all()
    highest = max((int(n[len(prefix) :]) for n in numbers if n[len(prefix) :].isdigit()), default=0)
    return f"{prefix}{highest + 1:04d}"
