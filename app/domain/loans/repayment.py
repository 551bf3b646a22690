"""Repayments: a payment pays the oldest open instalments first; arrears are what is due
and unpaid, with the days since the oldest unpaid due date (admin-facts.md §4.3)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Due:
    """One instalment as repayment sees it."""

    number: int
    due: date
    amount: Decimal
    paid: Decimal

    @property
    def open(self) -> Decimal:
        return self.amount - self.paid


@dataclass(frozen=True)
class Arrears:
    amount: Decimal
    instalments: int
    days_late: int  # since the oldest due date still unpaid (0 when none)
    oldest_due: date | None


def balance(rows: Sequence[Due]) -> Decimal:
    return sum((r.open for r in rows), ZERO)


def allocate(rows: Sequence[Due], payment: Decimal) -> dict[int, Decimal]:
    """How much of `payment` goes to each instalment (by number), oldest first. The
    payment must be more than 0 and at most the balance (ValueError otherwise)."""
    if payment <= 0:
        raise ValueError("payment_not_positive")
    if payment > balance(rows):
        raise ValueError("payment_above_balance")
    left, out = payment, {}
    for row in sorted(rows, key=lambda r: r.number):
        if left <= 0:
            break
        part = min(left, row.open)
        if part > 0:
            out[row.number] = part
            left -= part
    return out


def arrears(rows: Sequence[Due], today: date) -> Arrears:
    late = [r for r in rows if r.due < today and r.open > 0]
    if not late:
        return Arrears(ZERO, 0, 0, None)
    oldest = min(r.due for r in late)
    return Arrears(sum((r.open for r in late), ZERO), len(late), (today - oldest).days, oldest)
