"""The member's side of a quote or an Activity: what an invoiced amount becomes.

The window asks for the simulation of every contract type at once, so the member sees
side by side what the same invoice yields as employee, artist or student wage.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain.members.budget import CONTRACT_TYPES, BudgetError, BudgetSimulation, simulate_budget
from app.services.errors import FieldProblem, ValidationFailed


def budget_for_amount(
    amount_excl_vat: Decimal, on: date | None = None, expenses: Decimal = Decimal("0.00")
) -> list[BudgetSimulation]:
    try:
        return [
            simulate_budget(amount_excl_vat, kind, on or date.today(), expenses=expenses)
            for kind in CONTRACT_TYPES
        ]
    except BudgetError as exc:
        raise ValidationFailed([FieldProblem(exc.field, exc.message_key)]) from exc
