"""The loans overview, the way the annual report shows it: per month, applications,
approved, refused, total and average amount approved, split by purpose; for the user's
office or the whole cooperative; and the same figures as CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from app.db.models import LoanApplication
from app.domain.loans.loan_rules import loan_rules_on
from app.services.context import ServiceContext
from app.services.permissions import reads_all_offices

ZERO = Decimal("0.00")


@dataclass
class MonthFigures:
    month: str  # YYYY-MM
    applications: int = 0
    approved: int = 0
    refused: int = 0
    total: Decimal = ZERO  # approved amounts
    by_purpose: dict[str, Decimal] = field(default_factory=dict)

    @property
    def average(self) -> Decimal:
        if not self.approved:
            return ZERO
        return (self.total / self.approved).quantize(Decimal("0.01"), ROUND_HALF_UP)


@dataclass(frozen=True)
class LoanFigures:
    scope: str  # "office" | "cooperative"
    purposes: tuple[str, ...]
    months: tuple[MonthFigures, ...]

    @property
    def total(self) -> MonthFigures:
        out = MonthFigures("total", by_purpose=dict.fromkeys(self.purposes, ZERO))
        for m in self.months:
            out.applications += m.applications
            out.approved += m.approved
            out.refused += m.refused
            out.total += m.total
            for p, v in m.by_purpose.items():
                out.by_purpose[p] = out.by_purpose.get(p, ZERO) + v
        return out


def _months_back(today: date, count: int) -> list[str]:
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return out[::-1]


def loan_figures(
    ctx: ServiceContext, cooperative: bool = False, months: int = 12, today: date | None = None
) -> LoanFigures:
    """Applications by the month they were made; decisions by the month they were taken.
    `cooperative`: every office (allowed to every role: these are counts and sums, no
    member's data); otherwise the user's office (a reviewer's: every office)."""
    today = today or date.today()
    purposes = tuple(loan_rules_on(today).purposes)
    keys = _months_back(today, months)
    table = {k: MonthFigures(k, by_purpose=dict.fromkeys(purposes, ZERO)) for k in keys}
    query = select(
        LoanApplication.created_at,
        LoanApplication.decided_at,
        LoanApplication.state,
        LoanApplication.purpose,
        LoanApplication.amount,
        LoanApplication.approved_amount,
    ).where(LoanApplication.deleted_at.is_(None))
    scope = "cooperative" if cooperative or reads_all_offices(ctx.user) else "office"
    if scope == "office":
        query = query.where(LoanApplication.office_id == ctx.user.office_id)
    with ctx.db.reading() as session:
        for created, decided, state, purpose, amount, approved in session.execute(query):
            made = table.get(f"{created:%Y-%m}")
            if made is not None:
                made.applications += 1
            if decided is None:
                continue
            row = table.get(f"{decided:%Y-%m}")
            if row is None:
                continue
            if state == "refused":
                row.refused += 1
            elif state == "approved":
                value = approved if approved is not None else amount
                row.approved += 1
                row.total += value
                row.by_purpose[purpose] = row.by_purpose.get(purpose, ZERO) + value
    return LoanFigures(scope, purposes, tuple(table[k] for k in keys))


def figures_csv(figures: LoanFigures, headers: dict[str, str] | None = None) -> str:
    """The overview as CSV (comma-separated, amounts with a point and two decimals);
    `headers` translates the column names (default: English keys)."""
    headers = headers or {}
    columns = ["month", "applications", "approved", "refused", "total", "average"] + [
        f"purpose:{p}" for p in figures.purposes
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([headers.get(c, c) for c in columns])
    for m in (*figures.months, figures.total):
        writer.writerow(
            [m.month, m.applications, m.approved, m.refused, f"{m.total:.2f}", f"{m.average:.2f}"]
            + [f"{m.by_purpose.get(p, ZERO):.2f}" for p in figures.purposes]
        )
    return out.getvalue()
