"""The loan rules as one function: is an application acceptable, and its schedule.

`assess_loan` is what the command line (`smartdesk loan schedule`), the application form,
the decision and the demo data all call. The schedule is linear at 0 % (admin-facts.md
§4.3, APP-RULE): `regular = floor(P / n, 0.01)`, the last instalment `P − regular × (n − 1)`,
so the total is exactly the principal; due dates fall on the day of the month of the first
due date, on the month's last day where the month is shorter.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal

from app.domain.loans.loan_rules import LoanRules, loan_rules_on

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

#: English sentences of the reasons, for the command line and logs; the window
#: translates the reason's key (`loans.reason.<code>`) with the same parameters
REASON_TEXTS = {
    "amount_not_positive": "the amount must be more than 0 (it is {amount}) [{source}]",
    "cap_exceeded": (
        "{amount} asked + {outstanding} still owed on the same project = {total}, "
        "above the cap of {cap} per project [{source}]"
    ),
    "term_too_short": "the term must be at least 1 month (it is {months})",
    "term_too_long": (
        "a term of {months} months is above the maximum of {max_months} months "
        "for {purpose} [{source}]"
    ),
    "evidence_missing": "{purpose} needs one of: {needed} attached [{source}]",
}


@dataclass(frozen=True)
class Reason:
    code: str
    params: dict = field(default_factory=dict, compare=False)

    @property
    def message_key(self) -> str:
        return f"loans.reason.{self.code}"

    @property
    def text(self) -> str:
        return REASON_TEXTS[self.code].format(**self.params)


@dataclass(frozen=True)
class Instalment:
    number: int
    due: date
    amount: Decimal
    balance_after: Decimal

    def to_dict(self) -> dict:
        return {
            "n": self.number,
            "due": self.due.isoformat(),
            "amount": f"{self.amount:.2f}",
            "balance_after": f"{self.balance_after:.2f}",
        }


@dataclass(frozen=True)
class LoanAssessment:
    decision: str  # "to_review" | "rejected"
    reasons: tuple[Reason, ...]
    instalments: tuple[Instalment, ...]
    total: Decimal

    @property
    def acceptable(self) -> bool:
        return self.decision == "to_review"

    def to_dict(self) -> dict:
        return {
            "decision": self.decision,
            "reasons": [reason.text for reason in self.reasons],
            "instalments": [i.to_dict() for i in self.instalments],
            "total": f"{self.total:.2f}",
        }


def due_date(first_due: date, k: int) -> date:
    """The k-th due date (k = 0 is `first_due`): same day of the month, or the month's
    last day where the month is shorter."""
    months = first_due.month - 1 + k
    year, month = first_due.year + months // 12, months % 12 + 1
    day = min(first_due.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def schedule(principal: Decimal, months: int, first_due: date) -> tuple[Instalment, ...]:
    """Equal monthly instalments rounded down to the cent, the last absorbing the rest."""
    if (
        not isinstance(principal, Decimal)
        or principal <= 0
        or principal != principal.quantize(CENT)
    ):
        raise ValueError("the principal must be a positive Decimal amount in cents")
    if isinstance(months, bool) or not isinstance(months, int) or months < 1:
        raise ValueError("the term must be a whole number of months, at least 1")
    regular = (principal / months).quantize(CENT, rounding=ROUND_DOWN)
    rows = []
    for k in range(months):
        amount = regular if k < months - 1 else principal - regular * (months - 1)
        rows.append(
            Instalment(
                number=k + 1,
                due=due_date(first_due, k),
                amount=amount,
                balance_after=principal - regular * k - amount,
            )
        )
    return tuple(rows)


def assess_loan(
    amount: Decimal,
    months: int,
    purpose: str,
    first_due: date,
    outstanding_same_project: Decimal = ZERO,
    evidence: Iterable[str] | None = None,
    on: date | None = None,
    rules: LoanRules | None = None,
) -> LoanAssessment:
    """Check an application against the rules in force `on` (default: the first due
    date) and give its schedule. `purpose` must be one of the rules' purposes (a caller
    refuses anything else as bad input). `evidence` lists the kinds attached; None
    means "not asked" (the command line), so the evidence rule is not checked."""
    rules = rules or loan_rules_on(on or first_due)
    rule = rules.purposes[purpose]
    reasons: list[Reason] = []
    if amount <= 0:
        reasons.append(
            Reason(
                "amount_not_positive", {"amount": f"{amount:.2f}", "source": rules.amount_source}
            )
        )
    counted = outstanding_same_project if rules.cap_counts_outstanding else ZERO
    if amount + counted > rules.cap_per_project:
        source = rules.cap_source
        if counted:
            source += "; " + rules.cap_counts_outstanding_source
        reasons.append(
            Reason(
                "cap_exceeded",
                {
                    "amount": f"{amount:.2f}",
                    "outstanding": f"{counted:.2f}",
                    "total": f"{amount + counted:.2f}",
                    "cap": f"{rules.cap_per_project:.2f}",
                    "source": source,
                },
            )
        )
    if months < 1:
        reasons.append(Reason("term_too_short", {"months": months}))
    elif months > rule.max_months:
        reasons.append(
            Reason(
                "term_too_long",
                {
                    "months": months,
                    "max_months": rule.max_months,
                    "purpose": purpose,
                    "source": rule.source,
                },
            )
        )
    if evidence is not None and rule.evidence and not set(rule.evidence) & set(evidence):
        reasons.append(
            Reason(
                "evidence_missing",
                {"purpose": purpose, "needed": ", ".join(rule.evidence), "source": rule.source},
            )
        )
    if reasons:
        return LoanAssessment("rejected", tuple(reasons), (), ZERO)
    instalments = schedule(amount, months, first_due)
    return LoanAssessment("to_review", (), instalments, sum((i.amount for i in instalments), ZERO))
