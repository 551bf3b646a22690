"""The references of loans a person reads and pays with, allocated in ONE place.

`allocate_loan_reference` gives a new application its reference and its structured
communication (admin-facts.md §6.4) through the device's numbering series
(`app.services.numbering`, issue 14): `LOAN-BXL-2026-107-00007` and a `5<yy><series>...`
communication (`app.domain.numbering.series_loan_communication`), unique across devices
without asking the server. A device that never connected numbers as before series
existed: `LOAN-BXL-2026-0007`, the office's sequence of the year.

The series communication carries the year, the series and the sequence, not the office:
so a device counts its loans per series and year across offices (an admin's device
prepares loans for several offices; a person may change office). Counting per office
gave the first Gent loan and the first Brussels loan of a desk the same communication,
which the central database then refused. A communication already on the device (any
row, pulled ones too) is never given again: the count skips it.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import LoanApplication, NumberCounter, Office
from app.domain.loans.payment import loan_reference
from app.domain.numbering import (
    MAX_LOAN_SEQUENCE,
    series_loan_communication,
    series_number,
)
from app.services.errors import ServiceError
from app.services.numbering import allocate, device_series


def allocate_loan_reference(session: Session, office_id: str, year: int) -> tuple[str, str]:
    """(reference, OGM) for the next loan application of the office in `year`."""
    office = session.get(Office, office_id)
    prefix = f"LOAN-{office.code}-{year}-"
    series = device_series(session)
    if series is not None:
        floor = _highest_of_series(session, year, series)
        while True:
            sequence = allocate(session, "loan", f"LOAN-{year}", floor).sequence
            if sequence > MAX_LOAN_SEQUENCE:
                raise ServiceError("numbering.series_full", series=series, scope=f"LOAN-{year}")
            ogm = series_loan_communication(year, series, sequence)
            if not _ogm_taken(session, ogm):
                return series_number(prefix, series, sequence), ogm
            floor = sequence
    last = session.scalar(
        select(func.max(LoanApplication.reference)).where(
            LoanApplication.office_id == office_id,
            LoanApplication.reference.like(prefix + "____"),
        )
    )
    floor = int(last.rsplit("-", 1)[1]) if last else 0
    while True:
        sequence = allocate(session, "loan", prefix.rstrip("-"), floor).sequence
        reference, ogm = loan_reference(office.code, year, sequence)
        if not _ogm_taken(session, ogm):
            return reference, ogm
        floor = sequence


def _ogm_taken(session: Session, ogm: str) -> bool:
    return session.scalar(select(LoanApplication.id).where(LoanApplication.ogm == ogm)) is not None


def _highest_of_series(session: Session, year: int, series: int) -> int:
    """The highest loan sequence of `series` in `year` this device knows of: in the
    references of any office (`LOAN-GNT-2026-107-00004`), and in the per-office counts
    kept before loans were counted across offices."""
    mine = [
        reference
        for reference in session.scalars(
            select(LoanApplication.reference).where(
                LoanApplication.reference.like(f"LOAN-%-{year}-{series:03d}-%")
            )
        )
        if reference.startswith("LOAN-") and reference.count("-") == 4
    ]
    highest = max((int(r.rsplit("-", 1)[1]) for r in mine if r[-5:].isdigit()), default=0)
    per_office = session.scalar(
        select(func.max(NumberCounter.last)).where(
            NumberCounter.kind == "loan",
            NumberCounter.series == series,
            NumberCounter.scope.like(f"LOAN-%-{year}"),
        )
    )
    return max(highest, per_office or 0)
