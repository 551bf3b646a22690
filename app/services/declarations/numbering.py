"""The reference a person reads on a declaration or a claim: ONE function allocates it.

Given when the adviser first submits (a draft has none), through the device's numbering
series (`app.services.numbering`, issue 14): `AO-GNT-2026-107-00001`, unique across
devices without asking the server. A device that never connected numbers as before
series existed: per office and year, the next after the highest given
(`AO-GNT-2026-0001`, format in `app.domain.declarations.numbers`)."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.declarations.numbers import declaration_number, number_prefix
from app.domain.numbering import series_number, series_prefix
from app.services.numbering import allocate, device_series

ENTITIES = {"accident_declarations": "accident", "insurance_claims": "claim"}


def allocate_number(session, model, office_code: str, year: int) -> str:
    entity = ENTITIES[model.__tablename__]
    prefix = number_prefix(entity, office_code, year)
    series = device_series(session)
    start = series_prefix(prefix, series) if series is not None else prefix
    numbers = session.scalars(select(model.number).where(model.number.like(f"{start}%"))).all()
    tails = (n[len(start) :] for n in numbers)
    highest = max((int(t) for t in tails if t.isdigit()), default=0)
    sequence = allocate(session, entity, prefix.rstrip("-"), highest).sequence
    if series is not None:
        return series_number(prefix, series, sequence)
    return declaration_number(entity, office_code, year, sequence)
