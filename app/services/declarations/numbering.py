"""The reference a person reads on a declaration or a claim: ONE function allocates it.

Per office and year, the next after the highest given (format in
`app.domain.declarations.numbers`). Given when the adviser first submits (a draft has
none). The per-device numbering series (#14) will route through `allocate_number`."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.declarations.numbers import declaration_number, number_prefix

ENTITIES = {"accident_declarations": "accident", "insurance_claims": "claim"}


def allocate_number(session, model, office_code: str, year: int) -> str:
    entity = ENTITIES[model.__tablename__]
    prefix = number_prefix(entity, office_code, year)
    numbers = session.scalars(select(model.number).where(model.number.like(f"{prefix}%"))).all()
    tails = (n[len(prefix) :] for n in numbers)
    highest = max((int(t) for t in tails if t.isdigit()), default=0)
    return declaration_number(entity, office_code, year, highest + 1)
