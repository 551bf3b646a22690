"""The review file of a loan application: figures computed from the Activity's data, and
a flag wherever a rule's threshold is crossed, each naming its rule and its numbers
(admin-facts.md §4.2–4.3; thresholds in resources/rules/loans.toml)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.domain.loans.loan_rules import LoanRules

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Flag:
    code: str  # message key loans.flag.<code>
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ReviewFigures:
    activity_started: date
    activity_age_months: int
    invoiced_12m: Decimal
    werkbudget_12m: Decimal
    outstanding_loans: Decimal
    outstanding_same_project: Decimal
    arrears: Decimal
    arrears_days: int
    instalment: Decimal
    average_monthly_income: Decimal
    instalment_share: Decimal | None  # percent of the average monthly income
    flags: tuple[Flag, ...]

    def to_json(self) -> dict:
        out = {}
        for key, value in asdict(self).items():
            if key == "flags":
                out[key] = [{"code": f["code"], "params": f["params"]} for f in value]
            elif isinstance(value, Decimal | date):
                out[key] = str(value) if isinstance(value, Decimal) else value.isoformat()
            else:
                out[key] = value
        return out


def months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return max(0, months - (1 if end.day < start.day else 0))


def review_figures(
    rules: LoanRules,
    today: date,
    activity_started: date,
    invoiced_12m: Decimal,
    werkbudget_12m: Decimal,
    outstanding_loans: Decimal,
    outstanding_same_project: Decimal,
    arrears: Decimal,
    arrears_days: int,
    instalment: Decimal,
) -> ReviewFigures:
    age = months_between(activity_started, today)
    average = (invoiced_12m / rules.review_months).quantize(Decimal("0.01"), ROUND_HALF_UP)
    share = (
        (instalment * 100 / average).quantize(Decimal("0.1"), ROUND_HALF_UP)
        if average > 0
        else None
    )
    flags = []
    if age < rules.young_activity_months:
        flags.append(
            Flag(
                "young_activity",
                {
                    "months": age,
                    "minimum": rules.young_activity_months,
                    "source": rules.young_activity_source,
                },
            )
        )
    if share is None:
        flags.append(
            Flag(
                "no_income",
                {"months": rules.review_months, "source": rules.review_months_source},
            )
        )
    elif share > rules.income_threshold_percent:
        flags.append(
            Flag(
                "instalment_above_threshold",
                {
                    "instalment": f"{instalment:.2f}",
                    "average": f"{average:.2f}",
                    "share": f"{share}",
                    "threshold": f"{rules.income_threshold_percent}",
                    "source": rules.income_threshold_source,
                },
            )
        )
    if arrears > 0:
        flags.append(
            Flag(
                "arrears",
                {"amount": f"{arrears:.2f}", "days": arrears_days, "source": "admin-facts.md §4.2"},
            )
        )
    if outstanding_same_project > 0:
        flags.append(
            Flag(
                "outstanding_same_project",
                {
                    "amount": f"{outstanding_same_project:.2f}",
                    "cap": f"{rules.cap_per_project:.2f}",
                    "source": rules.cap_counts_outstanding_source,
                },
            )
        )
    return ReviewFigures(
        activity_started=activity_started,
        activity_age_months=age,
        invoiced_12m=invoiced_12m,
        werkbudget_12m=werkbudget_12m,
        outstanding_loans=outstanding_loans,
        outstanding_same_project=outstanding_same_project,
        arrears=arrears,
        arrears_days=arrears_days,
        instalment=instalment,
        average_monthly_income=average,
        instalment_share=share,
        flags=tuple(flags),
    )
