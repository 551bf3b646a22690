"""The references of loans a person reads and pays with, allocated in ONE place.

`allocate_loan_reference` gives a new application its reference (`LOAN-BXL-2026-0007`)
and its structured communication (admin-facts.md §6.4), from the office's sequence of the
year. Per-device numbering series (issue 14) will be routed through here.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import LoanApplication, Office
from app.domain.loans.payment import loan_reference


def allocate_loan_reference(session: Session, office_id: str, year: int) -> tuple[str, str]:
    """(reference, OGM) for the next loan application of the office in `year`."""
    office = session.get(Office, office_id)
    prefix = f"LOAN-{office.code}-{year}-"
    last = session.scalar(
        select(func.max(LoanApplication.reference)).where(
            LoanApplication.office_id == office_id,
            LoanApplication.reference.like(prefix + "%"),
        )
    )
    sequence = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return loan_reference(office.code, year, sequence)
