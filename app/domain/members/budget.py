"""The member's budget simulator: what is left as gross wage from an invoiced amount.

Rules of Smart's 2021 annual report (DESIGN.md §6), kept in resources/rules/budget.toml:
the cooperative's contribution is 6.5% of the amount excl. VAT; the werkbudget is the
amount minus that contribution; the gross wage is the werkbudget divided by the
coefficient of the contract type. Temp (interim) contracts have no coefficient.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import resources
from app.domain.money import to_cent

CONTRACT_TYPES = ("employee", "artistic", "student")


class BudgetError(ValueError):
    """A simulation that cannot be made; `field` and `message_key` for the UI."""

    def __init__(self, field: str, message_key: str, **params):
        self.field = field
        self.message_key = message_key
        self.params = params
        super().__init__(f"{message_key} ({field})")


@dataclass(frozen=True)
class BudgetRules:
    valid_from: date
    source: str
    contribution_rate: Decimal
    contribution_rate_abroad_max: Decimal
    coefficients: dict[str, Decimal]
    unavailable: frozenset[str]


@dataclass(frozen=True)
class BudgetSimulation:
    amount_excl_vat: Decimal
    contribution_rate: Decimal
    contribution: Decimal
    werkbudget: Decimal
    contract_type: str
    coefficient: Decimal
    gross_wage: Decimal
    source: str
    expenses: Decimal = Decimal("0.00")


@lru_cache(maxsize=1)
def budget_periods() -> tuple[BudgetRules, ...]:
    path = Path(resources.__file__).parent / "rules" / "budget.toml"
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    periods = [
        BudgetRules(
            valid_from=row["valid_from"],
            source=row["source"],
            contribution_rate=Decimal(row["contribution_rate"]),
            contribution_rate_abroad_max=Decimal(row["contribution_rate_abroad_max"]),
            coefficients={k: Decimal(v) for k, v in row["coefficients"].items()},
            unavailable=frozenset(row.get("unavailable", ())),
        )
        for row in data["period"]
    ]
    return tuple(sorted(periods, key=lambda p: p.valid_from))


def budget_rules_on(day: date) -> BudgetRules:
    periods = [p for p in budget_periods() if p.valid_from <= day]
    if not periods:
        raise BudgetError("date", "budget.no_rules_for_date", first=budget_periods()[0].valid_from)
    return periods[-1]


def simulate_budget(
    amount_excl_vat: Decimal,
    contract_type: str,
    on: date,
    contribution_rate: Decimal | None = None,
    expenses: Decimal = Decimal("0.00"),
) -> BudgetSimulation:
    """Contribution, werkbudget and gross wage for an invoiced amount excl. VAT.

    `contribution_rate` (percent) is only for partners abroad, between the standard
    rate and the maximum of the rules; by default the standard rate applies. The
    `expenses` the member paid are refunded from the werkbudget; the rest becomes wage.
    """
    if isinstance(amount_excl_vat, bool) or not isinstance(amount_excl_vat, Decimal | int):
        raise BudgetError("amount_excl_vat", "budget.not_decimal")
    amount = Decimal(amount_excl_vat)
    if not amount.is_finite() or amount < 0:
        raise BudgetError("amount_excl_vat", "budget.amount_negative")
    rules = budget_rules_on(on)
    if contract_type in rules.unavailable:
        raise BudgetError("contract_type", "budget.not_for_temp_contracts")
    if contract_type not in rules.coefficients:
        raise BudgetError("contract_type", "budget.unknown_contract_type")
    rate = rules.contribution_rate if contribution_rate is None else contribution_rate
    if isinstance(rate, bool) or not isinstance(rate, Decimal | int):
        raise BudgetError("contribution_rate", "budget.not_decimal")
    rate = Decimal(rate)
    if not rules.contribution_rate <= rate <= rules.contribution_rate_abroad_max:
        raise BudgetError("contribution_rate", "budget.rate_out_of_range")
    if isinstance(expenses, bool) or not isinstance(expenses, Decimal | int):
        raise BudgetError("expenses", "budget.not_decimal")
    expenses = Decimal(expenses)
    if not expenses.is_finite() or expenses < 0:
        raise BudgetError("expenses", "budget.amount_negative")
    contribution = to_cent(amount * rate / 100)
    werkbudget = amount - contribution
    if expenses > werkbudget:
        raise BudgetError("expenses", "budget.expenses_over_werkbudget")
    coefficient = rules.coefficients[contract_type]
    return BudgetSimulation(
        amount_excl_vat=amount,
        contribution_rate=rate,
        contribution=contribution,
        werkbudget=werkbudget,
        contract_type=contract_type,
        coefficient=coefficient,
        gross_wage=to_cent((werkbudget - expenses) / coefficient),
        source=rules.source,
        expenses=expenses,
    )
