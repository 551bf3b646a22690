"""`smartdesk loan schedule`'s input (checks.md): read field by field, never guessed.

Bad input (a missing or malformed field, an unknown purpose) raises `LoanInputError`
naming every bad field; a valid question whose answer is "no" (above the cap, too long a
term) is an answer from `assess_loan`, not an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from app.domain.loans.loan_rules import loan_rules_on
from app.domain.loans.schedule import LoanAssessment, assess_loan

AMOUNT = re.compile(r"^-?\d{1,9}(\.\d{1,2})?$")
FIELDS = frozenset(
    {"amount", "months", "purpose", "first_due", "outstanding_same_project", "evidence"}
)


@dataclass(frozen=True)
class LoanFieldError:
    field: str
    message: str
    params: dict = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict:
        return {"field": self.field, "message": self.message}


class LoanInputError(ValueError):
    def __init__(self, errors: list[LoanFieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.field or '(input)'}: {e.message}" for e in self.errors))


def _amount(value, name: str, errors: list, prefix: str, required: bool) -> Decimal | None:
    if value is None and not required:
        return Decimal("0.00")
    if isinstance(value, str) and AMOUNT.match(value.strip()):
        try:
            return Decimal(value.strip())
        except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
            pass
    errors.append(
        LoanFieldError(
            prefix + name,
            'missing: an amount as a string with at most two decimals, e.g. "4671.00"'
            if value is None
            else 'not an amount: give a string with at most two decimals, e.g. "4671.00"',
        )
    )
    return None


def parse_request(data, prefix: str = "") -> tuple[LoanFieldError, ...] | dict:
    """The checked arguments of `assess_loan`, or the errors of this one request."""
    errors: list[LoanFieldError] = []
    if not isinstance(data, dict):
        return (LoanFieldError(prefix.rstrip(".") or "", "expected a JSON object"),)
    for name in sorted(set(data) - FIELDS):
        errors.append(LoanFieldError(prefix + name, "unknown field"))
    amount = _amount(data.get("amount"), "amount", errors, prefix, required=True)
    outstanding = _amount(
        data.get("outstanding_same_project"), "outstanding_same_project", errors, prefix, False
    )
    if outstanding is not None and outstanding < 0:
        errors.append(LoanFieldError(prefix + "outstanding_same_project", "cannot be negative"))
    months = data.get("months")
    if isinstance(months, bool) or not isinstance(months, int):
        errors.append(LoanFieldError(prefix + "months", "missing or not a whole number of months"))
    elif not -10_000 < months < 10_000:
        errors.append(LoanFieldError(prefix + "months", "out of range"))
    first_due = None
    raw_due = data.get("first_due")
    try:
        if not isinstance(raw_due, str) or len(raw_due) != 10:
            raise ValueError
        first_due = date.fromisoformat(raw_due)
    except ValueError:
        errors.append(
            LoanFieldError(prefix + "first_due", "missing or not a date written YYYY-MM-DD")
        )
    purpose = data.get("purpose")
    known = loan_rules_on(first_due or date.today()).purposes
    if purpose not in known:
        errors.append(
            LoanFieldError(prefix + "purpose", "unknown purpose; one of: " + ", ".join(known))
        )
    evidence = data.get("evidence")
    if evidence is not None and (
        not isinstance(evidence, list) or not all(isinstance(e, str) for e in evidence)
    ):
        errors.append(LoanFieldError(prefix + "evidence", "a list of evidence kinds (strings)"))
    if errors:
        return tuple(errors)
    return {
        "amount": amount,
        "months": months,
        "purpose": purpose,
        "first_due": first_due,
        "outstanding_same_project": outstanding,
        "evidence": evidence,
    }


def check_loan(data) -> LoanAssessment:
    parsed = parse_request(data)
    if isinstance(parsed, tuple):
        raise LoanInputError(list(parsed))
    return assess_loan(**parsed)


def check_loans(items: list) -> list[LoanAssessment]:
    """Every request of an array, or every bad field of all of them (`[i].field`)."""
    parsed = [parse_request(item, f"[{i}].") for i, item in enumerate(items)]
    errors = [e for p in parsed if isinstance(p, tuple) for e in p]
    if errors:
        raise LoanInputError(errors)
    return [assess_loan(**p) for p in parsed]
