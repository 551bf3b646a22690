"""The rules of interest-free loans, read from `resources/rules/loans.toml` (dated).

Every number a rule uses (the cap, the maximum terms, the evidence per purpose, the
income threshold) is data with its source; what admin-facts.md §4.1 lists as uncertain
is marked as an assumption there and stays configurable.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import resources


class LoanRulesError(RuntimeError):
    """The rule file is inconsistent: a programming error caught by the tests."""


@dataclass(frozen=True)
class Purpose:
    key: str
    max_months: int
    evidence: tuple[str, ...]  # any one of these kinds; empty: none required
    source: str


@dataclass(frozen=True)
class RepaymentAccount:
    name: str
    iban: str
    bic: str


@dataclass(frozen=True)
class LoanRules:
    valid_from: date
    source: str
    cap_per_project: Decimal
    cap_source: str
    cap_counts_outstanding: bool
    cap_counts_outstanding_source: str
    amount_source: str
    income_threshold_percent: Decimal
    income_threshold_source: str
    review_months: int
    review_months_source: str
    young_activity_months: int
    young_activity_source: str
    min_refusal_reason_length: int
    purposes: dict[str, Purpose]
    account: RepaymentAccount


def rules_path() -> Path:
    return Path(resources.__file__).parent / "rules" / "loans.toml"


def load_loan_rules(path: Path | None = None) -> tuple[LoanRules, ...]:
    with (path or rules_path()).open("rb") as handle:
        data = tomllib.load(handle)
    account = data.get("repayment_account", {})
    periods = []
    for row in data["period"]:
        purposes = {
            key: Purpose(
                key=key,
                max_months=int(value["max_months"]),
                evidence=tuple(value.get("evidence", ())),
                source=value["source"],
            )
            for key, value in row["purposes"].items()
        }
        if not purposes or any(p.max_months < 1 for p in purposes.values()):
            raise LoanRulesError("every purpose needs a maximum term of at least one month")
        periods.append(
            LoanRules(
                valid_from=row["valid_from"],
                source=row["source"],
                cap_per_project=Decimal(row["cap_per_project"]),
                cap_source=row["cap_source"],
                cap_counts_outstanding=bool(row["cap_counts_outstanding"]),
                cap_counts_outstanding_source=row["cap_counts_outstanding_source"],
                amount_source=row["amount_source"],
                income_threshold_percent=Decimal(row["income_threshold_percent"]),
                income_threshold_source=row["income_threshold_source"],
                review_months=int(row["review_months"]),
                review_months_source=row["review_months_source"],
                young_activity_months=int(row["young_activity_months"]),
                young_activity_source=row["young_activity_source"],
                min_refusal_reason_length=int(row["min_refusal_reason_length"]),
                purposes=purposes,
                account=RepaymentAccount(
                    name=account.get("name", ""),
                    iban=account.get("iban", ""),
                    bic=account.get("bic", ""),
                ),
            )
        )
    return tuple(sorted(periods, key=lambda p: p.valid_from))


@lru_cache(maxsize=1)
def loan_periods() -> tuple[LoanRules, ...]:
    return load_loan_rules()


def loan_rules_on(day: date) -> LoanRules:
    """The rules in force on `day` (the earliest ones for a day before them all)."""
    periods = loan_periods()
    valid = [p for p in periods if p.valid_from <= day]
    return valid[-1] if valid else periods[0]


def purposes() -> tuple[str, ...]:
    """The purposes of the rules in force today, in the order of the rule file."""
    return tuple(loan_rules_on(date.today()).purposes)
