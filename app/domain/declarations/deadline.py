"""The declaration deadline (admin-facts §1.3 and §2): one function for the window, the
services, the demo data and `smartdesk declaration deadline`.

APP-RULE formula (§1.3): deadline = base date + N calendar days (N from the rules data:
8 for an accident; for a claim the policy's delay, default 8 from discovery); the base is
the accident, the day the cooperative learned of the aggravation of a light accident, or
a claim's discovery. No extension when the last day is not a working day (weekend or
Belgian public holiday): a warning instead. A filing more than 3 years after an accident
is flagged as prescribed; it can still be made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.domain.declarations.errors import DeclarationInputError, FieldError, field_error
from app.domain.declarations.rules import DEADLINE_KINDS, declaration_rules
from app.domain.working_days import is_working_day

WARNING_NOT_WORKING_DAY = "deadline_not_working_day"
MAX_POLICY_DELAY_DAYS = 365
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FIELDS = frozenset(
    {
        "kind",
        "event_date",
        "filing_date",
        "aggravation_notice_date",
        "policy_delay_days",
        "discovery_date",
    }
)


def add_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class DeadlineAnswer:
    kind: str
    base_date: date
    deadline: date
    filing_date: date
    days_left: int
    on_time: bool
    late_by_days: int
    warnings: tuple[str, ...]
    prescribed: bool
    days: int
    source: str

    def to_dict(self) -> dict[str, Any]:
        """The answer as `checks.md` prints it."""
        return {
            "base_date": self.base_date.isoformat(),
            "deadline": self.deadline.isoformat(),
            "days_left": self.days_left,
            "on_time": self.on_time,
            "late_by_days": self.late_by_days,
            "warnings": list(self.warnings),
            "prescribed": self.prescribed,
        }


def declaration_deadline(
    kind: str,
    event_date: date,
    filing_date: date | None = None,
    *,
    aggravation_notice_date: date | None = None,
    discovery_date: date | None = None,
    policy_delay_days: int | None = None,
    today: date | None = None,
    prefix: str = "",
) -> DeadlineAnswer:
    """The deadline of an accident declaration or an insurance claim and where a filing
    on `filing_date` (default today) stands. Raises DeclarationInputError naming every
    bad field (a filing before the event, an event in the future, ...)."""
    today = today or date.today()
    filing = filing_date or today
    rules = declaration_rules()
    errors: list[FieldError] = []
    if kind not in DEADLINE_KINDS:
        errors.append(
            field_error(f"{prefix}kind", "unknown_kind", allowed=", ".join(DEADLINE_KINDS))
        )
    if event_date > today:
        errors.append(
            field_error(f"{prefix}event_date", "event_in_future", value=event_date, today=today)
        )
    if filing < event_date and filing_date is not None:
        errors.append(
            field_error(
                f"{prefix}filing_date", "filing_before_event", value=filing, event=event_date
            )
        )
    base = event_date
    if kind == "accident":
        if discovery_date is not None:
            errors.append(field_error(f"{prefix}discovery_date", "only_for_claim"))
        if policy_delay_days is not None:
            errors.append(field_error(f"{prefix}policy_delay_days", "only_for_claim"))
        if aggravation_notice_date is not None:
            base = aggravation_notice_date
            name = f"{prefix}aggravation_notice_date"
            if aggravation_notice_date < event_date:
                errors.append(
                    field_error(name, "notice_before_event", value=base, event=event_date)
                )
            elif aggravation_notice_date > today:
                errors.append(field_error(name, "notice_in_future", value=base, today=today))
            elif filing < aggravation_notice_date and filing >= event_date:
                errors.append(
                    field_error(
                        f"{prefix}filing_date", "filing_before_notice", value=filing, notice=base
                    )
                )
    elif kind == "claim":
        if aggravation_notice_date is not None:
            errors.append(field_error(f"{prefix}aggravation_notice_date", "only_for_accident"))
        if discovery_date is not None:
            base = discovery_date
            name = f"{prefix}discovery_date"
            if discovery_date < event_date:
                errors.append(
                    field_error(name, "discovery_before_event", value=base, event=event_date)
                )
            elif discovery_date > today:
                errors.append(field_error(name, "discovery_in_future", value=base, today=today))
        if policy_delay_days is not None and not 1 <= policy_delay_days <= MAX_POLICY_DELAY_DAYS:
            errors.append(
                field_error(
                    f"{prefix}policy_delay_days",
                    "not_a_day_count",
                    low=1,
                    high=MAX_POLICY_DELAY_DAYS,
                )
            )
    rule = rules.deadline_rule(kind, event_date) if kind in DEADLINE_KINDS else None
    if rule is None and kind in DEADLINE_KINDS:
        errors.append(
            field_error(
                f"{prefix}event_date", "no_rule_for_date", since=rules.first_valid_from(kind)
            )
        )
    if errors:
        raise DeclarationInputError(errors)
    days = policy_delay_days if policy_delay_days is not None else rule.days
    deadline = base + timedelta(days=days)
    days_left = (deadline - filing).days
    warnings = () if is_working_day(deadline) else (WARNING_NOT_WORKING_DAY,)
    prescribed = bool(
        rule.prescription_years and filing > add_years(event_date, rule.prescription_years)
    )
    return DeadlineAnswer(
        kind=kind,
        base_date=base,
        deadline=deadline,
        filing_date=filing,
        days_left=days_left,
        on_time=days_left >= 0,
        late_by_days=max(0, -days_left),
        warnings=warnings,
        prescribed=prescribed,
        days=days,
        source=rule.source,
    )


def _date_field(data: dict, name: str, prefix: str, errors: list[FieldError], required=False):
    value = data.get(name)
    if value is None:
        if required:
            errors.append(field_error(f"{prefix}{name}", "required"))
        return None
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    errors.append(field_error(f"{prefix}{name}", "not_a_date"))
    return None


def deadline_from_json(data: Any, prefix: str = "", today: date | None = None) -> DeadlineAnswer:
    """One question of `smartdesk declaration deadline` (checks.md), read strictly."""
    if not isinstance(data, dict):
        raise DeclarationInputError([field_error(prefix.rstrip(".") or "", "not_an_object")])
    errors: list[FieldError] = []
    for name in sorted(set(data) - _FIELDS):
        errors.append(field_error(f"{prefix}{name}", "unknown_field"))
    kind = data.get("kind")
    if kind is None:
        errors.append(field_error(f"{prefix}kind", "required"))
    elif kind not in DEADLINE_KINDS:
        errors.append(
            field_error(f"{prefix}kind", "unknown_kind", allowed=", ".join(DEADLINE_KINDS))
        )
    event = _date_field(data, "event_date", prefix, errors, required=True)
    filing = _date_field(data, "filing_date", prefix, errors)
    notice = _date_field(data, "aggravation_notice_date", prefix, errors)
    discovery = _date_field(data, "discovery_date", prefix, errors)
    delay = data.get("policy_delay_days")
    if delay is not None and (isinstance(delay, bool) or not isinstance(delay, int)):
        errors.append(
            field_error(
                f"{prefix}policy_delay_days", "not_a_day_count", low=1, high=MAX_POLICY_DELAY_DAYS
            )
        )
        delay = None
    answer = None
    if event is not None:
        try:
            answer = declaration_deadline(
                kind if kind in DEADLINE_KINDS else "",
                event,
                filing,
                aggravation_notice_date=notice,
                discovery_date=discovery,
                policy_delay_days=delay,
                today=today,
                prefix=prefix,
            )
        except DeclarationInputError as exc:
            named = {error.field for error in errors}
            errors.extend(error for error in exc.errors if error.field not in named)
    if errors or answer is None:
        raise DeclarationInputError(errors)
    return answer


def deadlines_from_json(items: list, today: date | None = None) -> list[DeadlineAnswer]:
    """An array of questions: every bad field of every item is named (`[3].event_date`)."""
    answers: list[DeadlineAnswer] = []
    errors: list[FieldError] = []
    for index, item in enumerate(items):
        try:
            answers.append(deadline_from_json(item, prefix=f"[{index}].", today=today))
        except DeclarationInputError as exc:
            errors.extend(exc.errors)
    if errors:
        raise DeclarationInputError(errors)
    return answers
