"""The references of loans a person reads and pays with, allocated in ONE place.

`allocate_loan_reference` gives a new application its reference and its structured
communication (admin-facts.md §6.4) through the device's numbering series
(`app.services.numbering`, issue 14): `LOAN-BXL-2026-107-00007` and a `5<yy><series>...`
communication (`app.domain.numbering.series_loan_communication`), unique across devices
without asking the server. A device that never connected numbers as before series
existed: `LOAN-BXL-2026-0007`, the office's sequence of the year.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import LoanApplication, Office
from app.domain.loans.payment import loan_reference
from app.domain.numbering import (
    MAX_LOAN_SEQUENCE,
    series_loan_communication,
    series_number,
    series_prefix,
)
from app.services.errors import ServiceError
from app.services.numbering import allocate, device_series


def allocate_loan_reference(session: Session, office_id: str, year: int) -> tuple[str, str]:
    """(reference, OGM) for the next loan application of the office in `year`."""
    office = session.get(Office, office_id)
    prefix = f"LOAN-{office.code}-{year}-"
    series = device_series(session)
    if series is not None:
        mine = series_prefix(prefix, series)
        last = session.scalar(
            select(func.max(LoanApplication.reference)).where(
                LoanApplication.reference.like(mine + "%")
            )
        )
        floor = int(last.rsplit("-", 1)[1]) if last else 0
        sequence = allocate(session, "loan", prefix.rstrip("-"), floor).sequence
        if sequence > MAX_LOAN_SEQUENCE:
            raise ServiceError("numbering.series_full", series=series, scope=prefix.rstrip("-"))
        return (
            series_number(prefix, series, sequence),
            series_loan_communication(year, series, sequence),
        )
    last = session.scalar(
        select(func.max(LoanApplication.reference)).where(
            LoanApplication.office_id == office_id,
            LoanApplication.reference.like(prefix + "____"),
        )
    )
    floor = int(last.rsplit("-", 1)[1]) if last else 0
    return loan_reference(
        office.code, year, allocate(session, "loan", prefix.rstrip("-"), floor).sequence
    )
